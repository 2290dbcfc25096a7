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

/// The CPU time a run on hostile input may take: a bound on work, not on the wall clock,
/// so that a loaded machine fails no test while a quadratic path (minutes) still does.
pub const CPU_SECONDS: u64 = 4;

/// The address space a run on hostile input may map: an all-pairs allocation fails it.
pub const ADDRESS_SPACE: u64 = 2 << 30;

/// How long a bounded run may wait at all: a guard against a hang on a blocking read (a
/// FIFO), which uses no CPU; generous, since it measures nothing.
pub const HANG_GUARD: std::time::Duration = std::time::Duration::from_secs(120);

/// [`rolediff`] held to [`CPU_SECONDS`] of CPU and [`ADDRESS_SPACE`] of memory (a run over
/// either is killed, and fails its test), and to [`HANG_GUARD`] of waiting.
#[must_use]
pub fn bounded() -> Command {
    use std::os::unix::process::CommandExt as _;
    let mut cmd = rolediff_process();
    // SAFETY: between fork and exec the closure only calls setrlimit, which is
    // async-signal-safe, and allocates nothing.
    unsafe {
        cmd.pre_exec(|| {
            limit(libc::RLIMIT_CPU, CPU_SECONDS)?;
            limit(libc::RLIMIT_AS, ADDRESS_SPACE)
        });
    }
    let mut cmd = Command::from_std(cmd);
    cmd.timeout(HANG_GUARD);
    cmd
}

fn limit(resource: libc::__rlimit_resource_t, value: u64) -> std::io::Result<()> {
    let limit = libc::rlimit {
        rlim_cur: value,
        rlim_max: value,
    };
    // SAFETY: a plain call with a valid pointer to a local struct.
    if unsafe { libc::setrlimit(resource, &raw const limit) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
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

/// Says that a measuring test's data is missing: under `CI=true` (where `../shared` is laid
/// beside the clone) that fails the test, elsewhere the test says it skipped and returns.
pub fn data_missing(what: &dyn std::fmt::Display) {
    let in_ci = std::env::var("CI").is_ok_and(|value| value == "true");
    assert!(
        !in_ci,
        "{what} is not there, and CI=true: CI must have ../shared"
    );
    println!("skipped: {what} is not there");
}
