//! The documentation's samples are real: every `$ rolediff ...` command of a `console`
//! block of the README, the guide, the performance document and CONTRIBUTING.md that needs
//! nothing outside the repository is run, and its output must match the sample, as a
//! terminal 100 columns wide shows it.

use crate::common;

use common::rolediff;

/// Commands that need the O*NET import, a home folder or a file of the reader's own.
fn needs_more_than_the_repository(command: &str) -> bool {
    ["onet", "~/", "me.yaml", "15-2"]
        .iter()
        .any(|marker| command.contains(marker))
}

#[test]
fn every_documentation_sample_is_current() {
    let documents = [
        ("README.md", include_str!("../../README.md")),
        ("docs/GUIDE.md", include_str!("../../docs/GUIDE.md")),
        (
            "docs/PERFORMANCE.md",
            include_str!("../../docs/PERFORMANCE.md"),
        ),
        ("CONTRIBUTING.md", include_str!("../../CONTRIBUTING.md")),
    ];
    let mut checked = 0;
    for (name, text) in documents {
        checked += check_samples(name, text);
    }
    assert!(checked >= 15, "only {checked} samples checked");
}

/// Runs the samples of one document; returns how many it checked.
fn check_samples(name: &str, text: &str) -> usize {
    let mut checked = 0;
    for block in text.split("```console\n").skip(1) {
        let block = &block[..block.find("```").unwrap()];
        let mut lines = block.lines().peekable();
        while let Some(line) = lines.next() {
            let Some(command) = line.strip_prefix("$ rolediff ") else {
                continue;
            };
            let mut expected = String::new();
            while let Some(next) = lines.peek().filter(|next| !next.starts_with("$ ")) {
                expected.push_str(next);
                expected.push('\n');
                lines.next();
            }
            if needs_more_than_the_repository(command) {
                continue;
            }
            let (command, head) = match command.split_once(" | head -") {
                Some((command, count)) => (command, count.parse::<usize>().ok()),
                None => (command, None),
            };
            // The samples are what a terminal 100 columns wide shows.
            let output = rolediff()
                .env("COLUMNS", "100")
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .args(command.split_whitespace())
                .output()
                .unwrap();
            let mut got = String::from_utf8_lossy(&output.stdout).replace('\r', "")
                + &String::from_utf8_lossy(&output.stderr);
            if let Some(count) = head {
                got = got.lines().take(count).collect::<Vec<_>>().join("\n");
            }
            assert_eq!(
                got.trim_end(),
                expected.trim_end(),
                "{name}: sample of `rolediff {command}`"
            );
            checked += 1;
        }
    }
    checked
}
