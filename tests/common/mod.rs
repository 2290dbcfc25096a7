//! What the end-to-end tests share: the binary in a clean environment.

use assert_cmd::Command;

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
