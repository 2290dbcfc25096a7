//! `schema`, `completions` and `man`.

use crate::common;

use common::{json, rolediff};
use predicates::prelude::*;

#[test]
fn schema_is_json_schema() {
    let schema = json(rolediff().arg("schema"));
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["required"], serde_json::json!(["title"]));
}

#[test]
fn completions_and_man_page_are_printed() {
    // Each shell's script in its own form, knowing every subcommand and its options.
    for (shell, form) in [
        ("bash", "complete -F _rolediff"),
        ("zsh", "#compdef rolediff"),
        ("fish", "complete -c rolediff"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[rolediff]"),
    ] {
        let script = rolediff()
            .args(["completions", shell])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let script = String::from_utf8(script).unwrap();
        assert!(script.contains(form), "{shell}: no `{form}`");
        for word in [
            "compare",
            "similar",
            "matrix",
            "validate",
            "exact",
            "roles-dir",
        ] {
            assert!(script.contains(word), "{shell}: no `{word}`");
        }
    }
    rolediff()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(".ie \\n(.g .ds Aq"))
        .stdout(predicate::str::contains(".TH rolediff"));
}

#[test]
fn version_names_the_commit_it_was_built_from() {
    let output = rolediff()
        .arg("--version")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let version = String::from_utf8(output).unwrap();
    assert!(
        version.starts_with(concat!("rolediff ", env!("CARGO_PKG_VERSION"), " (")),
        "{version}"
    );
    assert!(
        version.contains("(commit ") || version.contains("(unknown commit)"),
        "{version}"
    );
}
