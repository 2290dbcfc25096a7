//! Terminals and pipes: colour, escapes, closed pipes, usage errors.

use crate::common;

use std::fs;
use std::io::{BufRead, BufReader};
use std::process::{Command as Process, Stdio};

use common::{json, rolediff};
use predicates::prelude::*;

#[test]
fn piped_output_has_no_escape_codes_unless_asked() {
    let plain = rolediff()
        .env_remove("NO_COLOR")
        .args(["compare", "data-manager", "ml-engineer"])
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&plain.get_output().stdout).contains('\x1b'));
    for (env, flag) in [(None, Some("always")), (Some("1"), None)] {
        let mut cmd = rolediff();
        cmd.env_remove("NO_COLOR")
            .args(["compare", "data-manager", "ml-engineer", "-f", "diff"]);
        if let Some(value) = env {
            cmd.env("CLICOLOR_FORCE", value);
        }
        if let Some(flag) = flag {
            cmd.args(["--color", flag]);
        }
        let output = cmd.assert().success().get_output().stdout.clone();
        assert!(
            String::from_utf8_lossy(&output).contains("\x1b[31m-Government"),
            "{env:?} {flag:?}"
        );
    }
    let never = rolediff()
        .env("CLICOLOR_FORCE", "1")
        .args(["compare", "data-manager", "ml-engineer", "--color", "never"])
        .assert();
    assert!(!String::from_utf8_lossy(&never.get_output().stdout).contains('\x1b'));
    let no_color = rolediff()
        .env("CLICOLOR_FORCE", "1")
        .args(["compare", "data-manager", "ml-engineer"])
        .assert();
    assert!(!String::from_utf8_lossy(&no_color.get_output().stdout).contains('\x1b'));
}

#[test]
fn a_hostile_title_cannot_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.yaml");
    fs::write(
        &path,
        "title: \"Evil\\e[2J\\a\"\nskills: [\"x\\e]0;pwned\\a\"]\n",
    )
    .unwrap();
    let output = rolediff()
        .args(["compare", "--color", "never"])
        .arg(&path)
        .arg("data-manager")
        .assert()
        .success();
    let text = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    assert!(!text.contains('\x1b') && !text.contains('\x07'));
    assert!(text.contains("Evil\\x1b[2J\\x07"));
    let json = json(
        rolediff()
            .args(["compare", "-f", "json"])
            .arg(&path)
            .arg("data-manager"),
    );
    assert_eq!(json["a"]["title"], "Evil\u{1b}[2J\u{7}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    // Enough roles that `list` outgrows the pipe's buffer and meets the closed end.
    for i in 0..3000 {
        fs::write(
            dir.path().join(format!("role-{i:04}.yaml")),
            format!("title: Role number {i}\n"),
        )
        .unwrap();
    }
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("rolediff"))
        .args(["list", "-f", "tsv", "--roles-dir"])
        .arg(dir.path())
        .env("XDG_CONFIG_HOME", dir.path())
        .env("XDG_CACHE_HOME", dir.path().join("cache"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "id\ttitle\taliases\tsource\n");
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn usage_errors_exit_with_2() {
    rolediff()
        .args(["compare", "data-manager"])
        .assert()
        .code(2);
    rolediff()
        .args(["compare", "a", "b", "--format", "yaml"])
        .assert()
        .code(2);
    rolediff()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("compare"));
}

/// The widest line of `rolediff <args>` run with `env`.
fn widest_line(args: &[&str], env: &[(&str, &str)]) -> usize {
    let mut cmd = rolediff();
    for (key, value) in env {
        cmd.env(key, value);
    }
    let output = cmd
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output)
        .unwrap()
        .lines()
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0)
}

const WIDE_COMMANDS: &[&[&str]] = &[
    &["compare", "data-manager", "ml-engineer"],
    &["list"],
    &["show", "data-manager"],
    &["similar", "data-manager"],
    &["gap", "data-manager", "ml-engineer"],
];

#[test]
fn width_follows_the_flag_then_columns_and_piped_output_is_not_wrapped() {
    for width in [40, 60, 80, 120] {
        for command in WIDE_COMMANDS {
            // At 40 columns, the whole ids of `list` and `similar` are wider than that.
            if width < 60 && matches!(command[0], "list" | "similar") {
                continue;
            }
            let columns = width.to_string();
            let flag = [&["--width", columns.as_str()][..], command].concat();
            assert!(
                widest_line(&flag, &[]) <= width,
                "--width {width} {command:?}"
            );
            assert!(
                widest_line(command, &[("COLUMNS", &columns)]) <= width,
                "COLUMNS={width} {command:?}"
            );
        }
    }
    // --width wins over COLUMNS; with neither, a pipe gets lines as long as they are.
    let both = [&["--width", "60"][..], WIDE_COMMANDS[0]].concat();
    assert!(widest_line(&both, &[("COLUMNS", "200")]) <= 60);
    assert!(widest_line(WIDE_COMMANDS[0], &[]) > 120);
    rolediff()
        .args(["--width", "0", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--width"));
}

#[test]
fn colour_variables_turn_colour_off_unless_forced() {
    let coloured = |env: &[(&str, &str)], args: &[&str]| {
        let mut cmd = rolediff();
        cmd.env_remove("NO_COLOR");
        for (key, value) in env {
            cmd.env(key, value);
        }
        let output = cmd
            .args(args)
            .args(["compare", "data-manager", "ml-engineer"])
            .output()
            .unwrap();
        output.stdout.contains(&0x1b)
    };
    assert!(coloured(&[("CLICOLOR_FORCE", "1")], &[]));
    assert!(!coloured(
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
        &[]
    ));
    assert!(!coloured(&[("TERM", "dumb")], &[]));
    assert!(!coloured(&[("CLICOLOR", "0")], &[]));
    assert!(coloured(&[("TERM", "dumb"), ("CLICOLOR_FORCE", "1")], &[]));
    assert!(coloured(&[("CLICOLOR", "0")], &["--color", "always"]));
    assert!(coloured(&[("TERM", "dumb")], &["--color", "always"]));
    assert!(!coloured(&[], &[]), "a pipe gets no colour");
}

#[test]
fn ids_are_never_broken_at_any_width() {
    let matrix = [
        "matrix",
        "data-manager",
        "ml-engineer",
        "accountants-and-auditors-x",
    ];
    let roles = tempfile::tempdir().unwrap();
    std::fs::write(
        roles.path().join("accountants-and-auditors-x.yaml"),
        "title: Accountants and Auditors\nskills: [Accounting]\n",
    )
    .unwrap();
    let listed = json(rolediff().args(["list", "--format", "json"]));
    let ids: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|role| role["id"].as_str().unwrap())
        .collect();
    for width in ["40", "60", "80", "120"] {
        let run = |args: &[&str]| {
            let output = rolediff()
                .arg("--roles-dir")
                .arg(roles.path())
                .args(["--width", width])
                .args(args)
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            String::from_utf8(output).unwrap()
        };
        let list = run(&["list"]);
        for id in &ids {
            assert!(list.contains(id), "list --width {width}: `{id}` broken");
        }
        // Across and down, or in the key of a numbered table.
        let table = run(&matrix);
        for id in &matrix[1..] {
            assert!(table.contains(id), "matrix --width {width}: `{id}`");
        }
        let similar = run(&["similar", "data-manager"]);
        for id in ["data-governance-manager", "chief-data-officer"] {
            assert!(
                similar.contains(id),
                "similar --width {width}: `{id}` broken"
            );
        }
    }
}
