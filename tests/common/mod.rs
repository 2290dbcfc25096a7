//! What the end-to-end tests share: the binary in a clean environment, and reading its JSON.

// Each test file uses some of these helpers, not all.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

/// The binary with no colour settings, no user roles and a cache of its own, never the
/// user's.
#[must_use]
pub fn rolediff() -> Command {
    let mut cmd = Command::cargo_bin("rolediff").unwrap();
    cmd.env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("ROLEDIFF_PATH")
        .env("XDG_CONFIG_HOME", "/nonexistent/rolediff-tests")
        .env(
            "XDG_CACHE_HOME",
            std::env::temp_dir().join(format!("rolediff-test-cache-{}", std::process::id())),
        );
    cmd
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
