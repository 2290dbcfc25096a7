//! The library index kept beside the role cache: a large library answers from it exactly
//! as from its roles, follows every change of its files, and is never trusted over them.

use std::fs;
use std::path::Path;

use predicates::prelude::*;

use crate::common::{self, rolediff};

/// A folder of 80 roles with titles, aliases, work and skills that differ from role to role.
fn library() -> tempfile::TempDir {
    const TRADES: [&str; 5] = ["Data", "Nursing", "Welding", "Payroll", "Forestry"];
    common::large_folder(|i| {
        let trade = TRADES[i % TRADES.len()];
        format!(
            "title: {trade} Worker {i}\naliases: [CODE-{i:02}, {trade} Hand {i}]\n\
             responsibilities: [Plan {trade} work, Report on {trade} results {i}]\n\
             skills: [{trade} practice, Skill {i}]\ntools: [Tool {}]\n",
            i % 7
        )
    })
}

/// `rolediff ARGS --roles-dir ROLES` with its cache in `cache`, or with no cache at all.
fn run(cache: Option<&Path>, roles: &Path, args: &[&str]) -> Vec<u8> {
    let mut cmd = rolediff();
    match cache {
        Some(cache) => cmd.env("XDG_CACHE_HOME", cache),
        None => cmd.env_remove("XDG_CACHE_HOME").env_remove("HOME"),
    };
    let output = cmd
        .args(args)
        .arg("--roles-dir")
        .arg(roles)
        .output()
        .unwrap();
    assert!(
        output.status.code().is_some_and(|code| code < 2),
        "{args:?}: {output:?}"
    );
    output.stdout
}

const COMMANDS: [&[&str]; 7] = [
    &["list", "-f", "json"],
    &["list", "nursing"],
    &["find", "welding hand", "-f", "json"],
    &[
        "find",
        "someone who reports on payroll results",
        "-f",
        "json",
    ],
    &["similar", "role-07", "-f", "json", "--top", "20"],
    &["show", "code-05", "-f", "json"],
    &["compare", "Nursing Hand 11", "data-worker-10"],
];

#[test]
fn a_large_library_answers_from_its_index_as_from_its_roles() {
    let roles = library();
    let cache = tempfile::tempdir().unwrap();
    for args in COMMANDS {
        let without = run(None, roles.path(), args);
        let building = run(Some(cache.path()), roles.path(), args);
        let indexed = run(Some(cache.path()), roles.path(), args);
        assert_eq!(building, without, "{args:?}: the run that builds the index");
        assert_eq!(indexed, without, "{args:?}: the run that reads it");
        assert!(!without.is_empty(), "{args:?}");
    }
    let kinds: Vec<String> = fs::read_dir(cache.path().join("rolediff"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("index-"))
        .collect();
    assert_eq!(kinds.len(), 3, "{kinds:?}: names, find and similar");
}

#[test]
fn a_document_is_found_and_ranked_from_the_index_as_from_the_roles() {
    let roles = library();
    let cache = tempfile::tempdir().unwrap();
    let documents = tempfile::tempdir().unwrap();
    let posting = documents.path().join("posting.md");
    fs::write(
        &posting,
        "# Welding Lead\n\n## Responsibilities\n- Report on welding results\n\n## Tools\n- Tool 3\n",
    )
    .unwrap();
    let path = posting.to_str().unwrap();
    for args in [
        &["find", "--file", path, "-f", "json"][..],
        &["similar", path, "-f", "json"],
    ] {
        let without = run(None, roles.path(), args);
        assert_eq!(run(Some(cache.path()), roles.path(), args), without);
        assert_eq!(run(Some(cache.path()), roles.path(), args), without);
        assert!(
            String::from_utf8_lossy(&without).contains("Welding Worker"),
            "{args:?}"
        );
    }
}

#[test]
fn the_index_follows_every_change_of_the_files() {
    let roles = library();
    let cache = tempfile::tempdir().unwrap();
    let list = || {
        String::from_utf8(run(
            Some(cache.path()),
            roles.path(),
            &["list", "-f", "tsv"],
        ))
        .unwrap()
    };
    let find = |text: &str| {
        let found = run(
            Some(cache.path()),
            roles.path(),
            &["find", text, "-f", "json"],
        );
        serde_json::from_slice::<serde_json::Value>(&found).unwrap()[0]["id"]
            .as_str()
            .map(str::to_owned)
    };
    assert!(list().contains("role-07\tWelding Worker 7\t"));
    assert_ne!(find("zygomorphic botanist").as_deref(), Some("role-07"));
    // An edited file, a new one, a removed one.
    fs::write(
        roles.path().join("role-07.yaml"),
        "title: Zygomorphic Botanist\nskills: [Botany]\n",
    )
    .unwrap();
    fs::write(roles.path().join("role-80.yaml"), "title: Added Role\n").unwrap();
    fs::remove_file(roles.path().join("role-08.yaml")).unwrap();
    let listed = list();
    assert!(
        listed.contains("role-07\tZygomorphic Botanist\t"),
        "{listed}"
    );
    assert!(listed.contains("role-80\tAdded Role\t"));
    assert!(!listed.contains("role-08"));
    assert_eq!(find("zygomorphic botanist").as_deref(), Some("role-07"));
    // A file that no longer loads, and one whose name is no id, are warned about on every
    // run, the index's too, each once.
    fs::write(roles.path().join("role-09.yaml"), "title: [broken\n").unwrap();
    fs::write(roles.path().join("Not An Id.yaml"), "title: T\n").unwrap();
    let runs: [&[&str]; 6] = [
        &["list"],
        &["list"],
        &["similar", "role-01"],
        &["similar", "role-01"],
        // By an alias: the names, then the similarity index.
        &["similar", "CODE-01"],
        &["similar", "CODE-01"],
    ];
    for args in runs {
        let output = rolediff()
            .env("XDG_CACHE_HOME", cache.path())
            .args(args)
            .arg("--roles-dir")
            .arg(roles.path())
            .assert()
            .success()
            .stdout(predicate::str::contains("role-09").not())
            .get_output()
            .clone();
        let warnings = String::from_utf8(output.stderr).unwrap();
        assert_eq!(
            warnings.matches("role-09.yaml:1:").count(),
            1,
            "{args:?}: {warnings}"
        );
        assert_eq!(
            warnings.matches("Not An Id.yaml").count(),
            1,
            "{args:?}: {warnings}"
        );
    }
}

#[test]
fn a_role_file_from_elsewhere_is_ranked_among_the_library_with_each_warning_once() {
    let roles = library();
    fs::write(roles.path().join("role-09.yaml"), "title: [broken\n").unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let file = elsewhere.path().join("mine.yaml");
    fs::write(&file, "title: Nursing Hand\nskills: [Nursing practice]\n").unwrap();
    let cache = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let output = rolediff()
            .env("XDG_CACHE_HOME", cache.path())
            .arg("similar")
            .arg(&file)
            .args(["-f", "json", "--roles-dir"])
            .arg(roles.path())
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        let warnings = String::from_utf8(output.stderr).unwrap();
        assert_eq!(warnings.matches("role-09.yaml:1:").count(), 1, "{warnings}");
        let ranked: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert!(
            ranked[0]["title"].as_str().unwrap().starts_with("Nursing"),
            "{ranked}"
        );
    }
}
