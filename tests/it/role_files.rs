//! Role files that are not valid: each a located error.

use crate::common;

use std::fs;

use common::{fixture, rolediff};
use predicates::prelude::*;

#[test]
fn bad_role_files_end_with_a_located_error() {
    let cases = [
        (
            "unknown-key.yaml",
            ":2:1: unknown key `skils`; allowed keys: `title`",
        ),
        (
            "wrong-type.yaml",
            ":2:9: skills: invalid type: string \"SQL and Python\", expected a sequence",
        ),
        (
            "invalid-yaml.yaml",
            ":3:6: did not find expected ',' or ']'",
        ),
        ("not-utf8.yaml", ":3:8: the file is not valid UTF-8"),
        ("alias-bomb.yaml", ":4:10: a YAML alias (`*name`)"),
        (
            "deep-nesting.yaml",
            ":2:73: lists and mappings nested more than 64 deep",
        ),
    ];
    for (name, message) in cases {
        let path = fixture(name);
        crate::common::bounded()
            .args(["show"])
            .arg(&path)
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with(format!(
                "error: {}{message}",
                path.display()
            )));
    }
}

#[test]
fn a_file_over_one_mebibyte_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let mut text = String::from("title: Huge\nskills:\n");
    while text.len() <= 1024 * 1024 {
        text.push_str("  - Some skill that repeats\n");
    }
    fs::write(&path, text).unwrap();
    rolediff()
        .arg("show")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the file is larger than 1 MiB"));
}

#[test]
fn an_empty_or_missing_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.yaml");
    fs::write(&empty, "").unwrap();
    rolediff()
        .arg("show")
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the file is empty"));
    rolediff()
        .args(["show", "no/such/role.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/role.yaml: cannot read"));
}
