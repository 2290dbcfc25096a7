//! Hostile inputs: each ends with exit 2 and a located `error:`, or with a correct result,
//! within a bound on CPU time and memory ([`common::bounded`]).

use crate::common;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use common::bounded as rolediff;
use predicates::prelude::*;

const LIMIT: std::time::Duration = common::HANG_GUARD;

/// `count` lines made by `line`, each ending in a newline.
fn lines(count: usize, line: impl Fn(usize) -> String) -> String {
    (0..count).map(|i| line(i) + "\n").collect()
}

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, content).unwrap();
    path
}

/// `show` of `content` ends with exit 2 and an error that names the file and `located`.
fn assert_refused(name: &str, content: impl AsRef<[u8]>, located: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), name, content);
    rolediff()
        .arg("show")
        .arg(&path)
        .timeout(LIMIT)
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(format!(
            "error: {}{located}",
            path.display()
        )));
}

/// `list` (which reads only names and skips the other keys' values) of a folder holding
/// `content` ends in time, with the file listed or warned about.
fn assert_listed_in_time(name: &str, content: &str) {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), name, content);
    rolediff()
        .arg("--roles-dir")
        .arg(dir.path())
        .args(["list", "--format", "json"])
        .timeout(LIMIT)
        .assert()
        .success();
}

/// An alias bomb of nine levels (9^9 strings once expanded) under a real key.
fn alias_bomb() -> String {
    let mut bomb =
        String::from("title: x\nsummary:\n  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (name, previous) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        let aliases = vec![format!("*{previous}"); 9].join(", ");
        writeln!(bomb, "  - &{name} [{aliases}]").unwrap();
    }
    bomb
}

#[test]
fn an_alias_bomb_under_a_real_key_ends_in_time() {
    // Refused at the first alias, before the parser expands any.
    assert_refused("bomb.yaml", alias_bomb(), ":4:9: a YAML alias (`*name`)");
    assert_listed_in_time("bomb.yaml", &alias_bomb());
}

#[test]
fn aliases_that_repeat_long_text_or_lists_of_the_right_type_are_refused() {
    // Each of these is a valid role once expanded: gigabytes from a file under 1 MiB.
    let text = "x".repeat(200_000);
    let long_text = format!(
        "title: T\nsummary: &a \"{text}\"\nskills:\n{}",
        lines(100_000, |_| "- *a".to_owned())
    );
    assert_refused("text.yaml", &long_text, ":4:3: a YAML alias");
    assert_listed_in_time("text.yaml", &long_text);
    let list = vec!["SQL"; 50_000].join(", ");
    let lists = format!(
        "title: T\ntools:\n  first: &l [{list}]\n{}",
        lines(2_000, |i| format!("  c{i}: *l"))
    );
    assert_refused("lists.yaml", &lists, ":4:7: a YAML alias");
    // Text that starts with a star is quoted, and is text.
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "star.yaml",
        "title: T\nskills: [\"*nix\", 'C*']\n",
    );
    rolediff()
        .arg("show")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("*nix"));
}

#[test]
fn ten_thousand_levels_of_nesting_end_in_time() {
    let deep = format!(
        "title: T\nsummary: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    // Refused at the bracket one level too deep, before the YAML parser reads it.
    let too_deep = ": lists and mappings nested more than 64 deep";
    assert_refused("deep.yaml", &deep, &format!(":2:74{too_deep}"));
    assert_listed_in_time("deep.yaml", &deep);
    assert_refused(
        "deep-map.yaml",
        format!(
            "title: T\nsummary: {}x{}\n",
            "{a: ".repeat(10_000),
            "}".repeat(10_000)
        ),
        &format!(":2:{}{too_deep}", 10 + 4 * 64),
    );
    assert_refused(
        "top.yaml",
        format!("{}{}\n", "[".repeat(10_000), "]".repeat(10_000)),
        &format!(":1:65{too_deep}"),
    );
}

#[test]
fn hundreds_of_thousands_of_levels_end_in_time_in_every_shape() {
    let n = 300_000;
    for (name, content, located) in [
        (
            "seq.yaml",
            format!("title: T\nskills: {}", "[".repeat(n)),
            ":2:73",
        ),
        (
            "map.yaml",
            format!("title: T\nskills: {}", "{k: ".repeat(n / 4)),
            ":2:",
        ),
        (
            "lines.yaml",
            format!("title: T\nskills:\n{}", "[\n".repeat(n)),
            ":67:1",
        ),
        (
            "mixed.yaml",
            format!("title: T\nskills: {}", "[{a: ".repeat(n / 5)),
            ":2:",
        ),
        (
            "anchored.yaml",
            format!("title: T\nskills: {}", "&a [".repeat(n / 4)),
            ":2:",
        ),
    ] {
        assert_refused(name, &content, located);
        assert_listed_in_time(name, &content);
    }
}

#[test]
fn a_50_mib_file_is_refused_without_reading_it_all() {
    let mut content = b"title: Huge\nskills:\n".to_vec();
    content.resize(50 * 1024 * 1024, b'x');
    assert_refused("huge.yaml", content, ": the file is larger than 1 MiB");
}

#[test]
fn nul_bytes_invalid_utf8_tabs_and_duplicate_keys_are_located() {
    assert_refused(
        "nul.yaml",
        vec![0u8; 1000],
        ":1:1: control characters are not allowed",
    );
    assert_refused(
        "latin1.yaml",
        b"title: Caf\xe9\n",
        ":1:11: the file is not valid UTF-8",
    );
    assert_refused("tabs.yaml", "title: T\nskills:\n\t- SQL\n", ":3:1:");
    assert_refused(
        "duplicate.yaml",
        "title: A\ntitle: B\n",
        ":1:1: duplicate field `title`",
    );
    assert_refused(
        "numbers.yaml",
        "title: T\nskills: [1, true]\n",
        ":2:10: skills[0]: invalid type: integer `1`",
    );
    assert_refused(
        "list.yaml",
        "- a\n- b\n",
        ":1:1: not a role file: this file holds a list",
    );
}

#[test]
fn an_empty_file_is_refused() {
    assert_refused("empty.yaml", "", ": the file is empty");
}

#[test]
fn a_byte_order_mark_and_crlf_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "bom.yaml",
        b"\xEF\xBB\xBFtitle: Marked\r\nskills: [SQL]\r\n",
    );
    rolediff()
        .args(["show", "-f", "tsv"])
        .arg(&path)
        .timeout(LIMIT)
        .assert()
        .success()
        .stdout(predicate::str::contains("title\t\tMarked\t\t\t\n"));
}

#[test]
fn a_hundred_thousand_items_compare_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let items = lines(100_000, |i| format!("- s{i}"));
    let path = write(
        dir.path(),
        "big.yaml",
        format!("title: Big\nskills:\n{items}"),
    );
    let output = rolediff()
        .args(["compare", "-f", "json", "-s", "skills"])
        .arg(&path)
        .arg(&path)
        .timeout(LIMIT)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let diff: serde_json::Value = serde_json::from_slice(&output).unwrap();
    assert_eq!(
        diff["sections"][0]["shared"].as_array().unwrap().len(),
        100_000
    );
}

#[test]
fn five_thousand_items_against_five_thousand_compare_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let a = lines(5000, |i| format!("- alpha{i} beta{} gamma", i % 97));
    let b = lines(5000, |i| format!("- delta{i} beta{} epsilon", i % 89));
    let a = write(dir.path(), "a.yaml", format!("title: A\nskills:\n{a}"));
    let b = write(dir.path(), "b.yaml", format!("title: B\nskills:\n{b}"));
    rolediff()
        .arg("compare")
        .arg(&a)
        .arg(&b)
        .timeout(LIMIT)
        .assert()
        .success();
}

/// How many pairs of each kind `compare -f json` of `a` and `b` finds in their skills.
fn pair_counts(a: &Path, b: &Path) -> (usize, usize, usize, usize) {
    let output = rolediff()
        .args(["compare", "-f", "json"])
        .arg(a)
        .arg(b)
        .timeout(LIMIT)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let skills = json["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|section| section["section"] == "skills")
        .unwrap();
    let count = |kind: &str| skills[kind].as_array().map_or(0, Vec::len);
    (
        count("shared"),
        count("similar"),
        count("only_a"),
        count("only_b"),
    )
}

#[test]
fn thousands_of_alike_items_pair_in_linear_memory() {
    // Every pair of these shares words: all pairs were candidates once (1.25 GB at 6,000
    // a side, an abort at 20,000). Each item keeps its best few, so memory follows the
    // items, and the pairs are still the right ones.
    let dir = tempfile::tempdir().unwrap();
    let count = 20_000;
    let alike = |side: &str| {
        lines(count, |i| {
            format!("- Data analysis skill number {i} {side}")
        })
    };
    let a = write(
        dir.path(),
        "a.yaml",
        format!("title: A\nskills:\n{}", alike("a")),
    );
    let b = write(
        dir.path(),
        "b.yaml",
        format!("title: B\nskills:\n{}", alike("b")),
    );
    assert_eq!(pair_counts(&a, &b), (0, count, 0, 0));
    // Copies of one item: each copy of one side is shared with a copy of the other.
    let copies = |copies_of| lines(copies_of, |_| "- SQL".to_owned());
    let many = write(
        dir.path(),
        "c.yaml",
        format!("title: C\nskills:\n{}", copies(count)),
    );
    let half = write(
        dir.path(),
        "d.yaml",
        format!("title: D\nskills:\n{}", copies(count / 2)),
    );
    assert_eq!(pair_counts(&many, &half), (count / 2, 0, count / 2, 0));
    assert_eq!(pair_counts(&half, &many), (count / 2, 0, 0, count / 2));
    for args in [["gap", "-f", "json"], ["gap", "-f", "markdown"]] {
        rolediff()
            .args(args)
            .arg(&a)
            .arg(&b)
            .timeout(LIMIT)
            .assert()
            .success();
    }
    // The same items as tools: covered across sections, each requirement looked at for
    // the tools it names (by its words, not against every tool).
    let tools = write(
        dir.path(),
        "tools.yaml",
        format!("title: T\ntools:\n{}", alike("b")),
    );
    let gap = common::json(rolediff().args(["gap", "-f", "json"]).arg(&a).arg(&tools));
    assert_eq!(gap["carries_over"].as_array().unwrap().len(), count);
}

#[test]
fn a_symlink_loop_and_a_folder_named_like_a_role_file_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good-role.yaml", "title: Good\n");
    fs::create_dir(dir.path().join("x.yaml")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("loop.yaml"), dir.path().join("loop.yaml")).unwrap();
    rolediff()
        .args(["list", "-f", "tsv", "--roles-dir"])
        .arg(dir.path())
        .timeout(LIMIT)
        .assert()
        .success()
        .stdout(predicate::str::contains("good-role\tGood\t"))
        .stderr(predicate::str::contains(
            "x.yaml: skipped: not a readable file",
        ));
}

#[test]
fn names_that_climb_out_of_a_folder_are_not_found() {
    for name in ["../../etc/passwd", "..", "../roles/data-manager"] {
        rolediff()
            .args(["show", name])
            .timeout(LIMIT)
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with("error:"));
    }
}

/// Every command that prints, with what it needs to print something.
const PRINTING_COMMANDS: &[&[&str]] = &[
    &["compare", "data-manager", "ml-engineer"],
    &["list"],
    &["show", "data-manager"],
    &["find", "data manager"],
    &["similar", "data-manager"],
    &["gap", "data-manager", "ml-engineer"],
    &["matrix"],
    &["validate"],
    &["schema"],
    &["completions", "bash"],
    &["man"],
];

/// Each printing command in each format it takes, as arguments.
fn every_command_and_format() -> Vec<Vec<&'static str>> {
    let mut runs = Vec::new();
    for command in PRINTING_COMMANDS {
        for format in common::formats_of(&command[..1]) {
            let mut args = command.to_vec();
            if let Some(format) = format {
                args.extend(["--format", format]);
            }
            runs.push(args);
        }
    }
    runs
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    use std::io::Read;
    for args in every_command_and_format() {
        // Closed at once, and after one byte: either way the program may still be writing.
        for read_first in [0, 1] {
            let mut child = common::rolediff_process()
                .args(&args)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            let mut stdout = child.stdout.take().unwrap();
            let mut byte = vec![0; read_first];
            stdout.read_exact(&mut byte).unwrap();
            drop(stdout);
            let output = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
            assert!(stderr.is_empty(), "{args:?}: {stderr}");
        }
    }
}

#[test]
fn a_full_disk_is_one_error_line_for_every_command() {
    let Ok(full) = fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("skipped: this system has no /dev/full");
        return;
    };
    for args in every_command_and_format() {
        let output = common::rolediff_process()
            .args(&args)
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{args:?}: {stderr}");
        assert!(
            lines[0].starts_with("error: cannot write output: "),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn the_largest_item_the_loader_accepts_renders_as_a_table_in_time() {
    let dir = tempfile::tempdir().unwrap();
    // One item of nearly 1 MiB of words, the most a role file may hold.
    let words = "data model pipeline analysis report ".repeat(28_000);
    let path = write(
        dir.path(),
        "big.yaml",
        format!("title: Big\nskills:\n  - \"{}\"\n", words.trim()),
    );
    // How often each command shows the item: a shared item shows on both sides.
    for (args, times) in [
        (&["show"][..], 1),
        (&["compare", "--color", "always"], 2),
        (&["compare"], 2),
        (&["gap"], 2),
    ] {
        let mut cmd = rolediff();
        cmd.args(args).arg(&path);
        if args[0] != "show" {
            cmd.arg(&path);
        }
        let output = cmd.timeout(LIMIT).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let text = String::from_utf8(output.stdout).unwrap();
        // Every word is there: broken into lines, never cut.
        assert_eq!(text.matches("pipeline").count(), 28_000 * times, "{args:?}");
    }
}

#[test]
fn a_matrix_table_too_wide_to_read_is_refused_with_a_hint() {
    let roles = common::large_folder(|i| format!("title: Role {i:02}\nskills: [SQL]\n"));
    rolediff()
        .arg("--roles-dir")
        .arg(roles.path())
        .arg("matrix")
        .timeout(LIMIT)
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: a table of 112 roles is too wide",
        ))
        .stderr(predicate::str::contains("hint: use --format csv"));
    let csv = rolediff()
        .arg("--roles-dir")
        .arg(roles.path())
        .args(["matrix", "--format", "csv"])
        .timeout(LIMIT)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(csv).unwrap().lines().count(), 113);
    rolediff()
        .arg("--roles-dir")
        .arg(roles.path())
        .args(["matrix", "role-01", "role-02"])
        .assert()
        .success();
}

#[test]
fn a_matrix_of_more_roles_than_it_computes_at_once_is_refused_before_the_work() {
    // Every pair of a library's roles is held at once: 20,000 roles aborted, 2,000 took
    // seconds and hundreds of MB. Refused in every format, in bounded time and memory.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..1_600 {
        write(
            dir.path(),
            &format!("r{i}.yaml"),
            format!("title: R{i}\nskills: [S{i}]\n"),
        );
    }
    for format in ["csv", "tsv", "json"] {
        rolediff()
            .arg("--roles-dir")
            .arg(dir.path())
            .args(["matrix", "--format", format])
            .timeout(LIMIT)
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with("error: a matrix of 1"))
            .stderr(predicate::str::contains("at most 1500 roles at once"))
            .stderr(predicate::str::contains("hint: name the roles to compare"));
    }
    // Named roles of that library are compared as ever.
    rolediff()
        .arg("--roles-dir")
        .arg(dir.path())
        .args(["matrix", "r1", "r2", "--format", "csv"])
        .timeout(LIMIT)
        .assert()
        .success();
}

#[test]
fn a_fifo_or_a_device_named_as_a_role_file_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.yaml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|status| status.success()) {
        println!("skipped: no mkfifo");
        return;
    }
    for path in [fifo.as_path(), Path::new("/dev/zero")] {
        rolediff()
            .arg("show")
            .arg(path)
            .timeout(LIMIT)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("not a regular file"));
    }
}
