//! Where roles come from: `--roles-dir`, the user's folder, `ROLEDIFF_PATH`, what overrides what, and the cache of large folders.

use crate::common;

use std::fs;

use common::{fixture, json, rolediff};
use predicates::prelude::*;

#[test]
fn roles_dir_overrides_built_in_roles_and_adds_its_own() {
    let roles = json(
        rolediff()
            .args(["list", "-f", "json", "--roles-dir"])
            .arg(fixture("mixed-folder")),
    );
    let manager = roles
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "data-manager")
        .unwrap();
    assert_eq!(manager["title"], "Data Manager (local edition)");
    assert!(
        manager["source"]
            .as_str()
            .unwrap()
            .ends_with("data-manager.yaml")
    );
    let wrangler = roles
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "data-wrangler")
        .unwrap();
    assert_eq!(wrangler["aliases"], serde_json::json!(["Wrangler"]));
    let engineer = roles
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "ml-engineer")
        .unwrap();
    assert_eq!(engineer["source"], "built-in");
}

#[test]
fn a_broken_file_is_reported_and_the_good_roles_still_work() {
    rolediff()
        .args(["list", "-f", "tsv", "--roles-dir"])
        .arg(fixture("mixed-folder"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "data-wrangler\tData Wrangler\tWrangler\t",
        ))
        .stderr(predicate::str::contains(
            "broken-role.yaml:2:1: unknown key `skils`",
        ));
    rolediff()
        .args(["compare", "wrangler", "ml-engineer", "--roles-dir"])
        .arg(fixture("mixed-folder"))
        .assert()
        .success()
        .stderr(predicate::str::contains("warning:"));
    rolediff()
        .args(["show", "data-wrangler", "--roles-dir"])
        .arg(fixture("mixed-folder"))
        .assert()
        .success()
        .stderr("");
}

#[test]
fn user_folder_and_roledif_path_are_searched() {
    let config = tempfile::tempdir().unwrap();
    let user_roles = config.path().join("rolediff/roles");
    fs::create_dir_all(&user_roles).unwrap();
    fs::write(user_roles.join("my-role.yaml"), "title: Mine\n").unwrap();
    let extra = tempfile::tempdir().unwrap();
    fs::write(extra.path().join("extra-role.yaml"), "title: Extra\n").unwrap();
    rolediff()
        .env("XDG_CONFIG_HOME", config.path())
        .env("ROLEDIFF_PATH", extra.path())
        .args(["list", "-f", "tsv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("my-role\tMine\t\t"))
        .stdout(predicate::str::contains("extra-role\tExtra\t\t"));
}

#[test]
fn a_role_hidden_by_a_later_folder_is_shown_in_list_and_warned_by_validate() {
    let early = tempfile::tempdir().unwrap();
    let late = tempfile::tempdir().unwrap();
    fs::write(early.path().join("data-manager.yaml"), "title: Early DM\n").unwrap();
    fs::write(late.path().join("data-manager.yaml"), "title: Late DM\n").unwrap();
    fs::write(late.path().join("x.yaml"), "title: X\n").unwrap();
    fs::write(late.path().join("x.yml"), "title: X too\n").unwrap();
    let run = |args: &[&str]| {
        let mut cmd = rolediff();
        cmd.env("ROLEDIFF_PATH", early.path())
            .arg("--roles-dir")
            .arg(late.path())
            .args(args);
        cmd
    };
    let listed = json(&mut run(&["list", "-f", "json"]));
    let entry = |id: &str| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|entry| entry["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(entry("data-manager")["title"], "Late DM");
    let early_path = early.path().join("data-manager.yaml");
    assert_eq!(
        entry("data-manager")["overrides"],
        serde_json::json!(["built-in", early_path.to_str().unwrap()])
    );
    assert_eq!(
        entry("x")["overrides"],
        serde_json::json!([late.path().join("x.yaml").to_str().unwrap()])
    );
    assert!(entry("ml-engineer").get("overrides").is_none());
    run(&["list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(overrides built-in,"));
    run(&["validate"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "warning: {}: the role `data-manager` is hidden by {}",
            early_path.display(),
            late.path().join("data-manager.yaml").display()
        )))
        .stdout(predicate::str::contains(
            "warning: roles/data-manager.yaml (built-in): the role `data-manager` is hidden by",
        ))
        .stdout(predicate::str::contains("3 warnings"));
}

#[test]
fn a_folder_of_the_environment_that_is_missing_or_a_file_is_one_warning() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    fs::write(&file, "x").unwrap();
    let missing = dir.path().join("missing");
    let path_list = format!(
        "{}:{}:{}",
        file.display(),
        missing.display(),
        missing.display()
    );
    let output = rolediff()
        .env("ROLEDIFF_PATH", &path_list)
        .args(["show", "data-manager", "-f", "json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        format!(
            "warning: {} (from ROLEDIFF_PATH): not a folder; skipped\nwarning: {} (from ROLEDIFF_PATH): no such folder; skipped\n",
            file.display(),
            missing.display()
        )
    );
    // The user's roles folder: a file there is a warning; no folder at all is silent.
    let config = tempfile::tempdir().unwrap();
    fs::create_dir_all(config.path().join("rolediff")).unwrap();
    rolediff()
        .env("XDG_CONFIG_HOME", config.path())
        .args(["show", "data-manager"])
        .assert()
        .success()
        .stderr("");
    fs::write(config.path().join("rolediff/roles"), "x").unwrap();
    rolediff()
        .env("XDG_CONFIG_HOME", config.path())
        .args(["compare", "data-manager", "ml-engineer"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "(the user's roles folder): not a folder; skipped",
        ));
}

#[test]
fn roles_named_by_id_are_found_by_file_name_and_listing_commands_warn_of_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("Bad Name.yaml"), "title: Bad\n").unwrap();
    fs::write(dir.path().join("mine.yaml"), "title: Mine\nskills: [SQL]\n").unwrap();
    fs::write(
        dir.path().join("mine.yml"),
        "title: Mine Too\nskills: [Python]\n",
    )
    .unwrap();
    // Two ids: only their files are read, so nothing else in the folder is warned of; of
    // `x.yml` and `x.yaml`, the `.yml` wins, as `list` says.
    let shown = json(
        rolediff()
            .args(["show", "mine", "-f", "json", "--roles-dir"])
            .arg(dir.path()),
    );
    assert_eq!(shown["title"], "Mine Too");
    rolediff()
        .args(["compare", "mine", "data-manager", "--roles-dir"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr("");
    // What needs every role reads the folder through, and says what it skipped.
    for args in [&["list"][..], &["show", "Mine Too"]] {
        rolediff()
            .args(args)
            .arg("--roles-dir")
            .arg(dir.path())
            .assert()
            .success()
            .stderr(predicate::str::contains("Bad Name.yaml: skipped"));
    }
    let listed = json(
        rolediff()
            .args(["list", "-f", "json", "--roles-dir"])
            .arg(dir.path()),
    );
    let mine = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|role| role["id"] == "mine")
        .unwrap();
    assert!(
        mine["source"].as_str().unwrap().ends_with("mine.yml"),
        "{mine}"
    );
}

#[test]
fn a_missing_roles_dir_is_an_error() {
    rolediff()
        .args(["list", "--roles-dir", "no/such/folder"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "error: no/such/folder: not a folder of role files",
        ));
}

/// The kinds of file in the cache folder under `cache` (`roles`, `index-names`...), sorted.
fn cache_kinds(cache: &std::path::Path) -> Vec<String> {
    let mut kinds: Vec<String> = fs::read_dir(cache.join("rolediff"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .map(|name| name.rsplit_once('-').unwrap().0.to_owned())
        .collect();
    kinds.sort();
    kinds
}

/// A folder of 80 roles (`role-00` to `role-79`), enough to be cached; `yaml` writes each.
#[test]
fn a_large_folder_is_cached_and_a_changed_file_is_read_again() {
    let roles = common::large_folder(|i| format!("title: Role {i}\nskills: [SQL]\n"));
    let cache = tempfile::tempdir().unwrap();
    let list = || {
        let mut cmd = rolediff();
        cmd.env("XDG_CACHE_HOME", cache.path())
            .args(["list", "-f", "tsv", "--roles-dir"])
            .arg(roles.path());
        cmd
    };
    let first = list().assert().success().get_output().stdout.clone();
    assert_eq!(
        cache_kinds(cache.path()),
        ["index-names", "roles"],
        "one cache of the folder's roles, and the index of their names"
    );
    assert_eq!(
        list().assert().success().get_output().stdout,
        first,
        "the cache gives the same roles"
    );
    fs::write(
        roles.path().join("role-07.yaml"),
        "title: Role seven, edited\n",
    )
    .unwrap();
    list()
        .assert()
        .success()
        .stdout(predicate::str::contains("role-07\tRole seven, edited\t"));
    fs::write(roles.path().join("role-08.yaml"), "title: [broken\n").unwrap();
    list()
        .assert()
        .success()
        .stderr(predicate::str::contains("role-08.yaml:1:"))
        .stdout(predicate::str::contains("role-08").not());
}

#[test]
fn aliases_in_a_large_folder_resolve_through_the_cache_and_follow_edits() {
    let roles = common::large_folder(|i| {
        format!("title: Role {i}\naliases: [CODE-{i:02}]\nskills: [SQL, Python {i}]\n")
    });
    let cache = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let mut cmd = rolediff();
        cmd.env("XDG_CACHE_HOME", cache.path())
            .args(args)
            .arg("--roles-dir")
            .arg(roles.path());
        cmd
    };
    let compared = json(&mut run(&[
        "compare", "code-05", "CODE-06", "--format", "json",
    ]));
    assert_eq!(compared["a"]["id"], "role-05");
    assert_eq!(compared["b"]["id"], "role-06");
    run(&["similar", "role-01"]).assert().success();
    assert_eq!(
        cache_kinds(cache.path()),
        ["index-names", "index-similar", "roles"],
        "one cache of whole roles, and the index of what the commands asked"
    );
    // An edited alias is seen at once: the cached names of a changed file are not used.
    fs::write(
        roles.path().join("role-05.yaml"),
        "title: Role five\naliases: [renamed]\nskills: [SQL]\n",
    )
    .unwrap();
    let compared = json(&mut run(&[
        "compare", "RENAMED", "code-06", "--format", "json",
    ]));
    assert_eq!(compared["a"]["title"], "Role five");
    run(&["compare", "code-05", "code-06"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown role `code-05`"));
}

#[test]
fn a_symbolic_link_in_a_roles_folder_is_a_role() {
    let roles = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("kept-elsewhere.yaml");
    fs::write(&target, "title: Linked Role\n").unwrap();
    std::os::unix::fs::symlink(&target, roles.path().join("linked.yaml")).unwrap();
    let mut cmd = rolediff();
    cmd.args(["show", "linked", "--roles-dir"])
        .arg(roles.path());
    cmd.assert()
        .success()
        .stdout(predicate::str::contains("Linked Role"));
}

#[test]
fn a_malformed_role_is_a_located_warning_in_list_and_an_error_where_it_is_named() {
    let roles = tempfile::tempdir().unwrap();
    fs::write(
        roles.path().join("odd.yaml"),
        "title: Odd Role\nskills: [{nam: SQL}]\n",
    )
    .unwrap();
    fs::write(roles.path().join("no-title.yaml"), "aliases: [x]\n").unwrap();
    let run = |args: &[&str]| {
        let mut cmd = rolediff();
        cmd.args(args).arg("--roles-dir").arg(roles.path());
        cmd
    };
    run(&["list", "-f", "tsv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("odd\t").not())
        .stderr(predicate::str::contains("odd.yaml:2:"))
        .stdout(predicate::str::contains("no-title").not())
        .stderr(predicate::str::contains(
            "no-title.yaml:1:1: missing key `title`",
        ));
    run(&["compare", "odd", "data-manager"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("odd.yaml:2:"))
        .stderr(predicate::str::contains("unknown key `nam`"));
}
