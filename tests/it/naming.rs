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

#[test]
fn names_as_typed_resolve_with_case_spaces_hyphens_and_punctuation_folded() {
    for (typed, id) in [
        ("machine learning engineer", "ml-engineer"),
        ("Machine Learning Software Engineer", "ml-engineer"),
        ("Data Scientist", "data-scientist"),
        ("DATA_MANAGER", "data-manager"),
        ("data manager!", "data-manager"),
    ] {
        let shown = json(rolediff().args(["show", typed, "--format", "json"]));
        assert_eq!(shown["id"], id, "{typed}");
    }
    let compared = json(rolediff().args([
        "compare",
        "Data Scientist",
        "machine learning engineer",
        "-f",
        "json",
    ]));
    assert_eq!(compared["a"]["id"], "data-scientist");
    assert_eq!(compared["b"]["id"], "ml-engineer");
}

#[test]
fn a_name_that_folds_to_none_is_an_error_that_suggests_what_find_finds() {
    rolediff()
        .args(["show", "machine learning enginer"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: unknown role `machine learning enginer`\n  hint: did you mean `ml-engineer`",
        ));
    // Nothing near: no suggestion at all rather than a wild one.
    rolediff()
        .args(["show", "qqqq zzzz"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "hint: `rolediff list` shows the roles available",
        ));
}

#[test]
fn a_dash_reads_a_role_file_from_standard_input() {
    let yaml = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("roles/data-manager.yaml"),
    )
    .unwrap();
    let compared = json(
        rolediff()
            .args(["compare", "-", "data-engineer", "-f", "json"])
            .write_stdin(yaml.clone()),
    );
    assert_eq!(compared["a"]["id"], "stdin");
    assert_eq!(compared["a"]["title"], "Data Manager");
    let gap = json(
        rolediff()
            .args(["gap", "-", "ml-engineer", "-f", "json"])
            .write_stdin(yaml),
    );
    assert_eq!(gap["from"]["title"], "Data Manager");
    rolediff()
        .args(["show", "-"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: <stdin>: the posting is empty",
        ));
    // A role file is text that parses as a YAML mapping with a title; anything else on
    // standard input is a posting (a role file named by its path reports its YAML errors).
    let posting = json(
        rolediff()
            .args(["show", "-", "-f", "json"])
            .write_stdin("title: [broken\nWe need SQL.\n"),
    );
    assert_eq!(posting["id"], "stdin");
    assert_eq!(posting["source"], "<stdin>");
}

#[test]
fn a_name_is_matched_whole_never_by_its_beginning() {
    // `data` begins the ids of several roles and the title of more: it names none of them.
    for typed in ["data", "Data", "ml", "machine learning"] {
        rolediff()
            .args(["show", typed])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::starts_with("error: unknown role"));
    }
}

#[test]
fn a_name_that_climbs_out_of_the_roles_folder_finds_no_file_that_is_there() {
    // A valid role file one folder up from the library: reachable as a path, never as a name.
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    std::fs::create_dir(&library).unwrap();
    std::fs::write(
        dir.path().join("outside.yaml"),
        "title: Outside\nskills: [SQL]\n",
    )
    .unwrap();
    rolediff()
        .args(["show", "-f", "json"])
        .arg(dir.path().join("outside.yaml"))
        .assert()
        .success();
    // (`../outside.yaml` is a path, as the user typed it, and is read as one.)
    for name in [
        "../outside",
        "library/../outside",
        "./../outside",
        "..%2Foutside",
    ] {
        rolediff()
            .current_dir(&library)
            .env("ROLEDIFF_PATH", &library)
            .args(["show", name])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("Outside").not());
    }
}

#[test]
fn a_long_unknown_name_is_refused_at_once_and_quoted_short() {
    // No role is named by ten thousand characters: no search for one, and the error quotes
    // the name's beginning only.
    for name in ["x".repeat(10_000), "data manager ".repeat(800)] {
        let output = common::bounded()
            .args(["show", &name])
            .assert()
            .code(2)
            .get_output()
            .clone();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("unknown role"), "{stderr}");
        assert!(stderr.len() < 300, "{} bytes", stderr.len());
    }
}

#[test]
fn a_name_resolves_the_same_however_typed_and_an_ambiguous_one_is_an_error() {
    // An O*NET-like folder beside the built-in roles: `data-scientists`, whose reported
    // titles include "Data Scientist", and two roles that share an alias.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("data-scientists.yaml"),
        "title: Data Scientists\naliases: [Data Scientist, Quant Lead]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("quant-leads.yaml"),
        "title: Quant Leads\naliases: [Quant Lead]\n",
    )
    .unwrap();
    let id_of = |name: &str| {
        json(
            rolediff()
                .arg("--roles-dir")
                .arg(dir.path())
                .args(["show", name, "-f", "json"]),
        )["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    // The key is an id first: the built-in `data-scientist`, however typed.
    for typed in [
        "data scientist",
        "DATA_SCIENTIST",
        "Data-Scientist",
        "data-scientist",
    ] {
        assert_eq!(id_of(typed), "data-scientist", "{typed}");
    }
    assert_eq!(id_of("Data Scientists"), "data-scientists");
    rolediff()
        .arg("--roles-dir")
        .arg(dir.path())
        .args(["show", "quant lead"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`quant lead` names 2 roles"))
        .stderr(predicate::str::contains("`data-scientists`"))
        .stderr(predicate::str::contains("`quant-leads`"));
}
