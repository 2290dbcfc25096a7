//! Rendering tests: one snapshot per format over a fixed comparison, every format
//! exercised, wrapping and colour.

use clap::ValueEnum;

use super::*;
use crate::analysis::diff::compare_roles;
use crate::library::Library;
use crate::matching::Matcher;
use crate::role::section::Section;

fn seed_diff(sections: &[Section]) -> RoleDiff {
    let library = Library::discover(&[], None).unwrap();
    let a = library.load("data-manager").unwrap().unwrap();
    let b = library.load("ml-engineer").unwrap().unwrap();
    let mut diff = compare_roles(&a, &b, sections, &Matcher::default());
    diff.forget_reasons();
    diff
}

fn render(format: CompareFormat, terminal: &Terminal, diff: &RoleDiff) -> String {
    let mut out = Vec::new();
    super::render_compare(diff, format, terminal, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

const SNAPSHOT_SECTIONS: [Section; 4] = [
    Section::Skills,
    Section::Education,
    Section::Certifications,
    Section::Industries,
];

#[test]
fn every_format_renders_the_seed_comparison() {
    let diff = seed_diff(&SNAPSHOT_SECTIONS);
    for &format in CompareFormat::value_variants() {
        let name = format.to_possible_value().unwrap().get_name().to_owned();
        insta::assert_snapshot!(
            format!("compare_{name}"),
            render(format, &Terminal::default(), &diff)
        );
    }
}

#[test]
fn explain_gives_the_reasons_of_similar_pairs_in_every_format() {
    let library = Library::discover(&[], None).unwrap();
    let a = library.load("data-manager").unwrap().unwrap();
    let b = library.load("ml-engineer").unwrap().unwrap();
    let diff = compare_roles(&a, &b, &[Section::Skills], &Matcher::default());
    for &format in CompareFormat::value_variants() {
        let name = format.to_possible_value().unwrap().get_name().to_owned();
        insta::assert_snapshot!(
            format!("compare_explain_{name}"),
            render(format, &Terminal::default(), &diff)
        );
    }
}

#[test]
fn machine_formats_ignore_the_terminal() {
    let diff = seed_diff(&Section::ALL);
    let colourful = Terminal {
        color: true,
        width: Some(40),
    };
    for format in [
        CompareFormat::Json,
        CompareFormat::Tsv,
        CompareFormat::Csv,
        CompareFormat::Markdown,
    ] {
        assert_eq!(
            render(format, &colourful, &diff),
            render(format, &Terminal::default(), &diff)
        );
    }
}

#[test]
fn tables_wrap_to_the_width_and_never_cut() {
    let diff = seed_diff(&[Section::Skills]);
    let text = render(
        CompareFormat::Table,
        &Terminal {
            color: false,
            width: Some(60),
        },
        &diff,
    );
    assert!(
        text.lines().all(|line| line.chars().count() <= 60),
        "{text}"
    );
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '|')
        .filter(|w| !w.is_empty())
        .collect();
    for word in "Strong programming skills in languages like Python, Java, or C++".split(' ') {
        assert!(words.contains(&word), "{word} missing from\n{text}");
    }
}

#[test]
fn tables_are_not_wrapped_without_a_width() {
    let diff = seed_diff(&[Section::Skills]);
    let text = render(CompareFormat::Table, &Terminal::default(), &diff);
    assert!(text.contains("| + |                                                             | Strong programming skills in languages like Python, Java, or C++      |"), "{text}");
}

#[test]
fn colour_marks_rows_by_relation() {
    let diff = seed_diff(&[Section::Industries]);
    let coloured = render(
        CompareFormat::Table,
        &Terminal {
            color: true,
            width: None,
        },
        &diff,
    );
    assert!(
        coloured.contains("\u{1b}[38;5;9m")
            || coloured.contains("\u{1b}[31m")
            || coloured.contains("\u{1b}[91m"),
        "{coloured}"
    );
    let plain = render(CompareFormat::Table, &Terminal::default(), &diff);
    assert!(!plain.contains('\u{1b}'));
}

#[test]
fn empty_sections_still_appear() {
    let b = crate::role::Role {
        id: "blank".into(),
        title: "Blank".into(),
        ..crate::role::Role::default()
    };
    let diff = compare_roles(&b, &b, &Section::ALL, &Matcher::default());
    let json: serde_json::Value =
        serde_json::from_str(&render(CompareFormat::Json, &Terminal::default(), &diff)).unwrap();
    assert_eq!(json["sections"].as_array().unwrap().len(), 7);
    assert!(json["sections"][0]["similarity"].is_null());
    assert_eq!(json["similarity"], 1.0);
    let table = render(CompareFormat::Table, &Terminal::default(), &diff);
    assert!(
        table.contains("skills  -  (neither role lists any)"),
        "{table}"
    );
}

#[test]
fn markdown_and_csv_escape_what_would_break_them() {
    let mut diff = seed_diff(&[Section::Industries]);
    diff.sections[0]
        .only_a
        .push("Pipes | and \"quotes\", commas\nnewline".into());
    let markdown = render(CompareFormat::Markdown, &Terminal::default(), &diff);
    assert!(
        markdown.contains("| - | Pipes \\| and \"quotes\", commas\\\\nnewline |   |"),
        "{markdown}"
    );
    diff.sections[0]
        .only_b
        .push("<script>alert(1)</script> & R&D".into());
    let markdown = render(CompareFormat::Markdown, &Terminal::default(), &diff);
    assert!(
        markdown.contains("| + |   | &lt;script&gt;alert(1)&lt;/script&gt; &amp; R&amp;D |"),
        "{markdown}"
    );
    diff.sections[0].only_b.pop();
    let csv = render(CompareFormat::Csv, &Terminal::default(), &diff);
    assert!(
        csv.contains("industries,only_a,\"Pipes | and \"\"quotes\"\", commas\nnewline\",,\r\n"),
        "{csv}"
    );
    let tsv = render(CompareFormat::Tsv, &Terminal::default(), &diff);
    assert!(
        tsv.contains("industries\tonly_a\tPipes | and \"quotes\", commas\\nnewline\t\t\n"),
        "{tsv}"
    );
}
