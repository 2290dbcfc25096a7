//! Tables as a person sees them: each command run under a real pseudo-terminal of 60, 80,
//! 100 and 120 columns, over the O*NET import (long titles, ids and alias lists) and the
//! built-in roles. No line is wider than the terminal (a line that holds an id longer than
//! that aside), no word of a title is broken, no column runs down the screen a letter or two
//! a line.

use crate::common;

use std::collections::BTreeSet;
use std::fs::File;
use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::OnceLock;

use serde_json::Value;

const WIDTHS: [u16; 4] = [60, 80, 100, 120];

/// What `args` prints to a pseudo-terminal `columns` wide, colours and all (escapes are
/// taken off by [`visible`]).
fn in_terminal(columns: u16, args: &[&str]) -> String {
    let size = libc::winsize {
        ws_row: 50,
        ws_col: columns,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    let (mut controller, mut device) = (-1, -1);
    // SAFETY: openpty writes the two descriptors it opens; the name and the terminal
    // settings are optional and null.
    let opened = unsafe {
        libc::openpty(
            &raw mut controller,
            &raw mut device,
            std::ptr::null_mut(),
            std::ptr::null(),
            &raw const size,
        )
    };
    assert_eq!(opened, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: both descriptors were just opened and are owned by nothing else.
    let (controller, device) = unsafe {
        (
            OwnedFd::from_raw_fd(controller),
            OwnedFd::from_raw_fd(device),
        )
    };
    let mut child = common::rolediff_process()
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::from(device))
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read while the child writes: a pseudo-terminal holds only a few kilobytes.
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let mut file = File::from(controller);
        let mut chunk = [0; 8192];
        loop {
            match file.read(&mut chunk) {
                Ok(0) => break,
                Ok(read) => bytes.extend_from_slice(&chunk[..read]),
                // The device's last holder closed it: what Linux says at the end.
                Err(error) if error.raw_os_error() == Some(libc::EIO) => break,
                Err(error) => panic!("reading the terminal: {error}"),
            }
        }
        bytes
    });
    let status = child.wait().unwrap();
    // The child's copy was the last one open; the parent's went into the child's stdout.
    let bytes = reader.join().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(status.success(), "{args:?}: {stderr}");
    String::from_utf8(bytes).unwrap().replace("\r\n", "\n")
}

/// `text` without its ANSI escapes (colours), as the terminal shows it.
fn visible(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // CSI: ESC [ parameters final-byte (a letter).
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
        } else {
            shown.push(c);
        }
    }
    shown
}

/// The O*NET import of the shared release, made once for this test binary; `None` (said)
/// when `../shared` is missing.
fn onet_roles() -> Option<&'static Path> {
    static IMPORT: OnceLock<Option<tempfile::TempDir>> = OnceLock::new();
    IMPORT
        .get_or_init(|| {
            let release = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/onet/db_30_1_text");
            if !release.join("Occupation Data.txt").exists() {
                common::data_missing(&release.display());
                return None;
            }
            let out = tempfile::tempdir().unwrap();
            let roles = out.path().join("roles");
            common::rolediff()
                .args(["import", "onet"])
                .arg(&release)
                .arg("--out")
                .arg(&roles)
                .assert()
                .success();
            Some(out)
        })
        .as_ref()
        .map(tempfile::TempDir::path)
}

fn roles_dir(dir: &Path) -> PathBuf {
    dir.join("roles")
}

/// The ids and titles of the roles in `dir` (the built-in ones when `None`).
fn ids_and_titles(dir: Option<&Path>) -> Vec<(String, String)> {
    let mut cmd = common::rolediff();
    if let Some(dir) = dir {
        cmd.arg("--roles-dir").arg(roles_dir(dir));
    }
    let listed = common::json(cmd.args(["list", "-f", "json"]));
    listed
        .as_array()
        .unwrap()
        .iter()
        .map(|role: &Value| {
            (
                role["id"].as_str().unwrap().to_owned(),
                role["title"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// What is wrong with `text` as shown at `width` columns: lines too wide (unless they hold
/// an id that is), words of the `titles` shown broken, cells of a letter or two a line.
fn faults(text: &str, width: usize, ids: &[String], titles: &[&str]) -> Vec<String> {
    let mut faults = Vec::new();
    for line in text.lines() {
        let columns = unicode_width::UnicodeWidthStr::width(line);
        // A record's rule holds its rank and id: `-[ 12 id ]`.
        let holds_long_id = ids
            .iter()
            .any(|id| id.len() + 9 > width && line.contains(id.as_str()));
        if columns > width && !holds_long_id {
            faults.push(format!("{columns} columns: {line}"));
        }
    }
    let words: BTreeSet<&str> = text
        .split(|c: char| c.is_whitespace() || "|+".contains(c))
        .collect();
    for title in titles {
        for word in title.split_whitespace() {
            let word = word.trim_matches(|c: char| ",;:()".contains(c));
            let whole = words
                .iter()
                .any(|shown| shown.trim_matches(|c: char| ",;:()".contains(c)) == word);
            if word.chars().count() > 3 && !whole {
                faults.push(format!("`{word}` of \"{title}\" broken"));
            }
        }
    }
    faults.extend(letters_a_line(text));
    faults
}

/// Cells of one or two letters on two lines running, in the same place of a table.
fn letters_a_line(text: &str) -> Vec<String> {
    let cells = |line: &str| -> Vec<(usize, String)> {
        if !line.starts_with('|') {
            return Vec::new();
        }
        let mut at = 0;
        line.split('|')
            .map(|cell| {
                let start = at;
                at += cell.len() + 1;
                (start, cell.trim().to_owned())
            })
            .collect()
    };
    let short = |cell: &str| {
        (1..=2).contains(&cell.chars().count()) && cell.chars().all(char::is_alphabetic)
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut faults = Vec::new();
    for pair in lines.windows(2) {
        let (above, below) = (cells(pair[0]), cells(pair[1]));
        for (start, cell) in &above {
            let under = below.iter().find(|(at, _)| at == start);
            if short(cell) && under.is_some_and(|(_, text)| short(text)) {
                faults.push(format!("a letter or two a line: {}", pair[0]));
            }
        }
    }
    faults
}

/// The commands of the check, over the O*NET import.
const ONET_COMMANDS: &[&[&str]] = &[
    &["list", "nurse"],
    &["find", "warehouse supervisor"],
    &["similar", "registered-nurses"],
    &[
        "matrix",
        "registered-nurses",
        "acute-care-nurses",
        "critical-care-nurses",
        "nurse-practitioners",
        "nurse-anesthetists",
        "licensed-practical-and-licensed-vocational-nurses",
    ],
    &["show", "registered-nurses"],
    &[
        "compare",
        "registered-nurses",
        "first-line-supervisors-of-farming-fishing-and-forestry-workers",
    ],
    &["gap", "registered-nurses", "nurse-practitioners"],
];

/// The titles of the roles whose ids `text` shows whole (a matrix shows ids only).
fn titles_shown<'a>(command: &[&str], text: &str, roles: &'a [(String, String)]) -> Vec<&'a str> {
    if command[0] == "matrix" {
        return Vec::new();
    }
    let tokens: BTreeSet<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .collect();
    roles
        .iter()
        // An id of one word can be a word of prose ("veterinarians"): the title's first word,
        // as the title writes it, must be there too.
        .filter(|(id, title)| {
            let first = title.split_whitespace().next().unwrap_or_default();
            tokens.contains(id.as_str()) && text.contains(first)
        })
        .map(|(_, title)| title.as_str())
        .collect()
}

/// Runs each of `commands` (over the roles of `folder`, or the built-in ones) at every
/// width of [`WIDTHS`] and fails with every fault found.
fn check_every_width(folder: Option<&Path>, commands: &[&[&str]]) {
    let roles = ids_and_titles(folder);
    let ids: Vec<String> = roles.iter().map(|(id, _)| id.clone()).collect();
    let folder = folder.map(roles_dir);
    let mut all = Vec::new();
    for width in WIDTHS {
        for command in commands {
            let mut args: Vec<&str> = match &folder {
                Some(folder) => vec!["--roles-dir", folder.to_str().unwrap()],
                None => Vec::new(),
            };
            args.extend_from_slice(command);
            let text = visible(&in_terminal(width, &args));
            let titles = titles_shown(command, &text, &roles);
            for fault in faults(&text, usize::from(width), &ids, &titles) {
                all.push(format!("{command:?} at {width}: {fault}"));
            }
        }
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
}

#[test]
fn onet_tables_fit_every_terminal_and_break_no_word() {
    if let Some(dir) = onet_roles() {
        check_every_width(Some(dir), ONET_COMMANDS);
    }
}

#[test]
fn built_in_tables_fit_every_terminal_and_break_no_word() {
    check_every_width(
        None,
        &[
            &["list"],
            &["find", "data"],
            &["similar", "data-manager"],
            &["matrix"],
            &["show", "data-manager"],
            &["compare", "data-manager", "ml-engineer"],
            &["gap", "data-manager", "ml-engineer"],
        ],
    );
}

#[test]
fn the_checks_see_what_they_look_for() {
    // A line too wide, a title's word broken, a column a letter a line: each is found.
    let ids = vec!["acute-care-nurses".to_owned()];
    assert_eq!(faults(&"x".repeat(61), 60, &ids, &[]).len(), 1);
    assert!(faults(&format!("| {} |", "acute-care-nurses"), 10, &ids, &[]).is_empty());
    let broken = "| Acute Care Nur |\n| ses            |";
    assert_eq!(faults(broken, 60, &ids, &["Acute Care Nurses"]).len(), 1);
    let squeezed = "| id | ti |\n| x  | tl |\n|    | e  |";
    assert!(!faults(squeezed, 60, &ids, &[]).is_empty());
    assert_eq!(visible("\x1b[31m-x\x1b[0m"), "-x");
}

#[test]
fn a_terminal_is_detected_and_colours_and_widths_follow_it() {
    let text = in_terminal(60, &["compare", "data-manager", "ml-engineer"]);
    assert!(text.contains('\x1b'), "a terminal gets colour");
    let widest = visible(&text)
        .lines()
        .map(|line| line.chars().count())
        .max()
        .unwrap();
    assert!(widest <= 60 && widest > 40, "{widest}");
}
