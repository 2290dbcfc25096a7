//! Comparing by what items ask for: two postings of one occupation overlap though their
//! sentences pair with none of the other's, and `--explain` says why in every format.

use crate::common::{fixture, json, rolediff, stdout};

use predicates::prelude::*;
use rolediff::analysis::diff::compare_section;
use rolediff::library::Library;
use rolediff::matching::DEFAULT_THRESHOLD;
use rolediff::role::Item;
use rolediff::role::section::Section;
use serde_json::Value;

fn posting(name: &str) -> String {
    fixture("postings").join(name).display().to_string()
}

fn compare(a: &str, b: &str, extra: &[&str]) -> Value {
    json(
        rolediff()
            .args(["compare", &posting(a), &posting(b), "-f", "json"])
            .args(extra),
    )
}

#[test]
fn postings_of_one_occupation_overlap_more_than_of_two() {
    let same = compare("ml-engineer-a.md", "ml-engineer-b.txt", &[]);
    let apart = compare("ml-engineer-a.md", "registered-nurse.txt", &[]);
    let (same, apart) = (
        same["similarity"].as_f64().unwrap(),
        apart["similarity"].as_f64().unwrap(),
    );
    assert!(same >= 0.2, "{same}");
    assert!(apart < same / 4.0, "{apart} against {same}");
}

#[test]
fn explain_names_the_concepts_in_json_and_only_when_asked() {
    let explained = compare("ml-engineer-a.md", "ml-engineer-b.txt", &["--explain"]);
    let concepts = &explained["concepts"];
    assert!(concepts["similarity"].as_f64().unwrap() > 0.2, "{concepts}");
    let because: Vec<&str> = concepts["because"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    for concept in ["pytorch", "kubernetes", "scikit learn"] {
        assert!(because.contains(&concept), "{concept}: {because:?}");
    }
    let plain = compare("ml-engineer-a.md", "ml-engineer-b.txt", &[]);
    assert!(plain.get("concepts").is_none(), "{plain}");
    for section in plain["sections"].as_array().unwrap() {
        for pair in section["similar"].as_array().unwrap() {
            assert!(pair.get("because").is_none(), "{pair}");
        }
    }
}

#[test]
fn explain_gives_each_similar_pair_its_reasons() {
    let diff = json(rolediff().args([
        "compare",
        "data-scientist",
        "ml-engineer",
        "-f",
        "json",
        "--explain",
    ]));
    let similar: Vec<&Value> = diff["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["similar"].as_array().unwrap())
        .collect();
    assert!(!similar.is_empty());
    for pair in similar {
        let because = pair["because"].as_array().unwrap();
        assert!(!because.is_empty(), "{pair}");
    }
    // Shared pairs are the same item: they need no reason.
    for section in diff["sections"].as_array().unwrap() {
        for pair in section["shared"].as_array().unwrap() {
            assert!(pair.get("because").is_none(), "{pair}");
        }
    }
}

#[test]
fn explain_reads_in_every_text_format() {
    let run = |format: &str| {
        stdout(rolediff().args([
            "compare",
            "data-scientist",
            "ml-engineer",
            "-f",
            format,
            "--explain",
        ]))
    };
    let table = run("table");
    assert!(table.contains("concepts in common "), "{table}");
    let diff = run("diff");
    let comment = diff.lines().nth(2).unwrap();
    assert!(comment.starts_with("# concepts in common "), "{diff}");
    assert!(
        diff.lines().any(|l| l.starts_with('~') && l.contains("; ")),
        "{diff}"
    );
    let markdown = run("markdown");
    assert!(markdown.contains("\nConcepts in common "), "{markdown}");
    for (format, header) in [
        ("tsv", "section\trelation\ta\tb\tscore\tbecause"),
        ("csv", "section,relation,a,b,score,because"),
    ] {
        let text = run(format);
        assert_eq!(text.lines().next(), Some(header), "{text}");
        let similar = text.lines().find(|l| l.contains("similar")).unwrap();
        assert!(!similar.ends_with(['\t', ',']), "{similar}");
    }
    // Without `--explain` the columns are those of the contract.
    let plain = stdout(rolediff().args(["compare", "data-scientist", "ml-engineer", "-f", "csv"]));
    assert_eq!(
        plain.lines().next(),
        Some("section,relation,a,b,score"),
        "{plain}"
    );
}

#[test]
fn explain_with_exact_is_a_usage_error() {
    rolediff()
        .args([
            "compare",
            "data-manager",
            "ml-engineer",
            "--explain",
            "--exact",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--exact"));
}

#[test]
fn gap_explains_its_near_matches() {
    let gap = json(rolediff().args([
        "gap",
        "data-manager",
        "data-governance-manager",
        "-f",
        "json",
        "--explain",
    ]));
    let near: Vec<&Value> = gap["carries_over"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["score"].as_f64().unwrap() < 1.0)
        .collect();
    assert!(!near.is_empty(), "{gap}");
    for item in near {
        assert!(!item["because"].as_array().unwrap().is_empty(), "{item}");
    }
    let csv = stdout(rolediff().args([
        "gap",
        "data-manager",
        "data-governance-manager",
        "-f",
        "csv",
        "--explain",
    ]));
    assert!(
        csv.lines().next().unwrap().ends_with(",category,because"),
        "{csv}"
    );
    let plain = json(rolediff().args([
        "gap",
        "data-manager",
        "data-governance-manager",
        "-f",
        "json",
    ]));
    for item in plain["carries_over"].as_array().unwrap() {
        assert!(item.get("because").is_none(), "{item}");
    }
}

/// Whether `compare` pairs two items of a section, as the command's matcher does.
fn pairs(a: &str, b: &str) -> bool {
    let matcher = Library::built_in_matcher(Some(DEFAULT_THRESHOLD));
    let (a, b) = (Item::named(a), Item::named(b));
    let diff = compare_section(Section::Skills, &[&a], &[&b], &matcher, 0.0);
    !(diff.shared.is_empty() && diff.similar.is_empty())
}

#[test]
fn items_that_ask_for_the_same_things_pair_and_near_misses_do_not() {
    for (a, b) in [
        (
            "Experience with Python, pandas and NumPy",
            "Python (pandas, NumPy)",
        ),
        (
            "Programming in Python",
            "Strong programming skills in Python",
        ),
        ("3+ years of SQL", "SQL: 3 years or more"),
        (
            "Statistical programming in R",
            "R programming for statistics",
        ),
    ] {
        assert!(pairs(a, b), "{a} ~ {b}");
    }
    for (a, b) in [
        (
            "Experience with Python and pandas",
            "Experience with Java and Spring",
        ),
        ("Manage the R&D budget", "Statistical programming in R"),
        ("Go the extra mile for customers", "Backend services in Go"),
        (
            "Bachelor's degree in statistics",
            "Master's degree in statistics",
        ),
    ] {
        assert!(!pairs(a, b), "{a} !~ {b}");
    }
}

#[test]
fn postings_find_the_library_s_tool_names_in_sentences_as_concepts() {
    // "PBI" is a way of writing a tool of the library only: the two sentences share it
    // as a concept, not as a word.
    let dir = tempfile::tempdir().unwrap();
    let roles = dir.path().join("roles");
    std::fs::create_dir(&roles).unwrap();
    std::fs::write(
        roles.join("bi-developer.yaml"),
        "title: BI Developer\ntools:\n  - {name: Microsoft Power BI, aka: [PBI]}\n",
    )
    .unwrap();
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    std::fs::write(&a, "Analyst\n\nRequirements:\n- Dashboards in PBI\n").unwrap();
    std::fs::write(
        &b,
        "Analyst\n\nRequirements:\n- Microsoft Power BI dashboards\n",
    )
    .unwrap();
    let diff = json(
        rolediff()
            .args(["compare", "--explain", "-f", "json", "--roles-dir"])
            .arg(&roles)
            .arg(&a)
            .arg(&b),
    );
    let skills = crate::common::section(&diff, "skills");
    let pair = &skills["similar"][0];
    assert_eq!(pair["a"], "Dashboards in PBI", "{skills}");
    assert!(
        crate::common::strings(&pair["because"]).contains(&"microsoft power bi"),
        "{pair}"
    );
}
