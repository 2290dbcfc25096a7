//! What the end-to-end tests share: the binary in a clean environment, and reading its JSON.

use assert_cmd::Command;
use serde_json::Value;

/// The binary with no colour settings, no user roles and a cache of its own, never the
/// user's.
#[must_use]
pub fn rolediff() -> Command {
    Command::from_std(rolediff_process())
}

/// [`rolediff`] as a plain process, for tests that hold its pipes themselves.
#[must_use]
pub fn rolediff_process() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("rolediff"));
    cmd.env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env_remove("COLUMNS")
        .env_remove("ROLEDIFF_PATH")
        .env("XDG_CONFIG_HOME", "/nonexistent/rolediff-tests")
        .env(
            "XDG_CACHE_HOME",
            std::env::temp_dir().join(format!("rolediff-test-cache-{}", std::process::id())),
        );
    cmd
}

/// What a successful run prints on stdout, as text.
pub fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}

/// The JSON a successful run prints.
pub fn json(cmd: &mut Command) -> Value {
    serde_json::from_slice(&cmd.assert().success().get_output().stdout).unwrap()
}

/// A JSON array of strings.
pub fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

/// Every output format rolediff has, and `None` (no `--format`): which of them `command`
/// takes is asked of its `--help`, so a new format is tested as soon as it exists.
pub const ALL_FORMATS: &[&str] = &["table", "diff", "json", "markdown", "tsv", "csv", "yaml"];

/// The formats `command` (its words, without options) takes, from its `--help`; `[None]`
/// for a command without `--format`.
#[must_use]
pub fn formats_of(command: &[&str]) -> Vec<Option<&'static str>> {
    let help = rolediff()
        .args(command)
        .arg("--help")
        .output()
        .unwrap()
        .stdout;
    let help = String::from_utf8(help).unwrap();
    if !help.contains("--format") {
        return vec![None];
    }
    ALL_FORMATS
        .iter()
        .filter(|format| {
            help.contains(&format!("- {format}:")) || help.contains(&format!("- {format}\n"))
        })
        .map(|format| Some(*format))
        .collect()
}

/// A roles folder of 80 roles (`role-00` to `role-79`), large enough to be cached.
#[must_use]
pub fn large_folder(yaml: impl Fn(usize) -> String) -> tempfile::TempDir {
    let roles = tempfile::tempdir().unwrap();
    for i in 0..80 {
        std::fs::write(roles.path().join(format!("role-{i:02}.yaml")), yaml(i)).unwrap();
    }
    roles
}

/// A file of `tests/fixtures`.
#[must_use]
pub fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The section named `name` of `compare --format json`.
#[must_use]
pub fn section<'a>(diff: &'a Value, name: &str) -> &'a Value {
    diff["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["section"] == name)
        .unwrap()
}

/// The names of a JSON list of items: each a string, or an object with a `name`.
#[must_use]
pub fn item_names(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item.as_str().or_else(|| item["name"].as_str()).unwrap())
        .collect()
}
