//! Every command that prints data, in every format it takes, read back by the format's own
//! consumer: JSON by `serde_json`, CSV by the csv crate, TSV by its fields.

use crate::common;

use common::{formats_of, rolediff};

const DATA_COMMANDS: &[&[&str]] = &[
    &["compare", "data-manager", "ml-engineer"],
    &["list"],
    &["show", "data-manager"],
    &["find", "data", "scientist"],
    &["similar", "data-manager"],
    &["gap", "data-manager", "ml-engineer"],
    &["matrix", "data-manager", "ml-engineer", "data-engineer"],
];

#[test]
fn every_data_command_has_json_and_every_row_command_tsv_and_csv() {
    for command in DATA_COMMANDS {
        let formats: Vec<&str> = formats_of(&command[..1]).into_iter().flatten().collect();
        for format in ["json", "tsv", "csv"] {
            assert!(formats.contains(&format), "{command:?} has no {format}");
        }
    }
}

#[test]
fn every_format_is_read_back_by_its_consumer() {
    for command in DATA_COMMANDS {
        for format in formats_of(&command[..1]).into_iter().flatten() {
            let output = rolediff()
                .args(*command)
                .args(["--format", format])
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            let text = String::from_utf8(output).unwrap();
            let context = format!("{command:?} --format {format}");
            match format {
                "json" => {
                    serde_json::from_str::<serde_json::Value>(&text)
                        .unwrap_or_else(|err| panic!("{context}: {err}"));
                }
                "csv" => {
                    let mut reader = csv::Reader::from_reader(text.as_bytes());
                    let width = reader.headers().unwrap().len();
                    let rows: Vec<csv::StringRecord> = reader
                        .records()
                        .map(|record| record.unwrap_or_else(|err| panic!("{context}: {err}")))
                        .collect();
                    assert!(!rows.is_empty(), "{context}: no rows");
                    assert!(rows.iter().all(|row| row.len() == width), "{context}");
                }
                "tsv" => {
                    let mut lines = text.lines();
                    let width = lines.next().unwrap().split('\t').count();
                    assert!(width >= 2, "{context}: a header of one field");
                    for line in lines {
                        assert_eq!(line.split('\t').count(), width, "{context}: {line}");
                    }
                }
                _ => assert!(!text.is_empty(), "{context}: nothing printed"),
            }
        }
    }
}

#[test]
fn scores_are_written_alike_in_every_machine_format() {
    let tsv = |args: &[&str]| {
        let output = rolediff()
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(output).unwrap()
    };
    // Four decimals, all written, wherever a score is a field.
    for (args, column) in [
        (
            &[
                "compare",
                "data-manager",
                "ml-engineer",
                "-f",
                "tsv",
                "-s",
                "skills",
            ][..],
            4,
        ),
        (&["similar", "data-manager", "-f", "tsv"], 2),
        (&["matrix", "data-manager", "ml-engineer", "-f", "tsv"], 1),
        (&["gap", "data-manager", "ml-engineer", "-f", "tsv"], 5),
    ] {
        let text = tsv(args);
        let scores: Vec<&str> = text
            .lines()
            .skip(1)
            .filter_map(|line| line.split('\t').nth(column))
            .filter(|field| !field.is_empty())
            .collect();
        assert!(!scores.is_empty(), "{args:?}");
        for score in scores {
            let (_, decimals) = score
                .split_once('.')
                .unwrap_or_else(|| panic!("{args:?}: {score}"));
            assert_eq!(decimals.len(), 4, "{args:?}: {score}");
        }
    }
}
