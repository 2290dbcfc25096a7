//! Naming a role: ids, aliases, paths, and what an unknown name suggests.

use crate::common;

use common::{fixture, json, rolediff};
use predicates::prelude::*;

#[test]
fn aliases_resolve_case_insensitively() {
    let diff = json(rolediff().args([
        "compare",
        "Machine-Learning-Software-Engineer",
        "DATA-MANAGER",
        "-f",
        "json",
    ]));
    assert_eq!(diff["a"]["id"], "ml-engineer");
    assert_eq!(diff["b"]["id"], "data-manager");
}

#[test]
fn a_path_names_a_role_file() {
    let diff = json(rolediff().args([
        "compare",
        fixture("good.yaml").to_str().unwrap(),
        "data-manager",
        "-f",
        "json",
    ]));
    assert_eq!(diff["a"]["id"], "good");
    assert_eq!(diff["a"]["title"], "Data Wrangler");
}

#[test]
fn unknown_role_suggests_the_closest_id() {
    rolediff()
        .args(["compare", "data-manger", "ml-engineer"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: unknown role `data-manger`",
        ))
        .stderr(predicate::str::contains("did you mean `data-manager`"));
}

#[test]
fn names_that_look_like_escapes_are_not_paths() {
    for name in ["..", "../../etc/passwd", "ETC"] {
        rolediff()
            .args(["show", name])
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with("error:"));
    }
}
