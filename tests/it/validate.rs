//! `validate`: the library, bad files, errors and warnings.

use crate::common;

use std::fs;

use common::{fixture, rolediff};
use predicates::prelude::*;

#[test]
fn validate_accepts_the_library_and_refuses_a_bad_file() {
    rolediff().arg("validate").assert().success().stdout(
        predicate::str::is_match(r"checked \d+ role files: 0 errors, 0 warnings\n$").unwrap(),
    );
    rolediff()
        .arg("validate")
        .arg(fixture("unknown-key.yaml"))
        .arg(fixture("good.yaml"))
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "unknown-key.yaml:2:1: unknown key `skils`",
        ))
        .stdout(predicate::str::ends_with(
            "checked 2 role files: 1 error, 0 warnings\n",
        ));
}

#[test]
fn validate_tells_errors_from_warnings() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("one.yaml"),
        "title: One\naliases: [both, data-manager]\nskills: [SQL, sql]\n",
    )
    .unwrap();
    fs::write(dir.path().join("two.yaml"), "title: ''\naliases: [Both]\n").unwrap();
    fs::write(dir.path().join("broken.yaml"), "title: [\n").unwrap();
    let output = rolediff()
        .args(["validate", "--roles-dir"])
        .arg(dir.path())
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(
        text.contains("broken.yaml:1:8: title: invalid type"),
        "{text}"
    );
    assert!(
        text.contains("warning: ") && text.contains("skills: `sql` repeats `SQL`"),
        "{text}"
    );
    assert!(
        text.contains("the alias `data-manager` is the id of"),
        "{text}"
    );
    assert!(text.contains("two.yaml: the title is empty"), "{text}");
    assert!(
        text.contains("the alias `Both` also names `one`; keep it on one role, or move it to `also_called` on both"),
        "{text}"
    );
    assert!(text.ends_with("3 errors, 2 warnings\n"), "{text}");
}
