//! `compare`: every format, the filters, `--exit-code`, and the tiers of matching as a user sees them.

use crate::common;

use std::fs;

use assert_cmd::Command;
use common::{json, rolediff, section, strings};
use predicates::prelude::*;
use serde_json::Value;

#[test]
fn compare_prints_a_table_of_both_roles() {
    rolediff()
        .args(["compare", "data-manager", "ml-engineer"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Data Manager  vs  Machine Learning Software Engineer",
        ))
        .stdout(predicate::str::contains("industries  45%  #####-----"))
        .stdout(predicate::str::contains("| = | Healthcare"))
        .stdout(predicate::str::contains("| - | Government"))
        .stdout(predicate::str::contains("| + |              | Technology"));
}

#[test]
fn compare_json_shows_shared_and_unique_items() {
    let diff =
        json(rolediff().args(["compare", "data-manager", "ml-engineer", "--format", "json"]));
    assert_eq!(diff["a"]["id"], "data-manager");
    assert_eq!(diff["b"]["title"], "Machine Learning Software Engineer");
    let industries = section(&diff, "industries");
    let shared: Vec<&str> = industries["shared"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["a"].as_str().unwrap())
        .collect();
    assert_eq!(shared, ["Healthcare", "Finance", "Retail"]);
    assert_eq!(strings(&industries["only_a"]), ["Government", "Education"]);
    assert_eq!(
        strings(&industries["only_b"]),
        ["Technology", "Manufacturing"]
    );
    let education = section(&diff, "education");
    assert_eq!(
        education["shared"][0]["a"],
        "Bachelor's or Master's degree in computer science, data science, or a related field"
    );
    let names: Vec<&str> = diff["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["section"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "responsibilities",
            "skills",
            "education",
            "certifications",
            "tools",
            "industries",
            "tips"
        ]
    );
    assert!(diff["similarity"].as_f64().unwrap() > 0.0);
}

#[test]
fn every_item_appears_exactly_once_in_json() {
    let diff = json(rolediff().args(["compare", "data-manager", "ml-engineer", "-f", "json"]));
    let role = json(rolediff().args(["show", "data-manager", "-f", "json"]));
    let mut listed: Vec<String> = Vec::new();
    for section in diff["sections"].as_array().unwrap() {
        for relation in ["shared", "similar"] {
            listed.extend(
                section[relation]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| p["a"].as_str().unwrap().to_owned()),
            );
        }
        listed.extend(strings(&section["only_a"]).into_iter().map(str::to_owned));
    }
    let mut expected: Vec<String> = Vec::new();
    for key in [
        "responsibilities",
        "skills",
        "education",
        "certifications",
        "industries",
        "tips",
    ] {
        expected.extend(
            common::item_names(&role[key])
                .into_iter()
                .map(str::to_owned),
        );
    }
    expected.extend(
        role["tools"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap().to_owned()),
    );
    listed.sort();
    expected.sort();
    assert_eq!(listed, expected);
}

#[test]
fn diff_format_is_one_item_a_line() {
    rolediff()
        .args(["compare", "data-manager", "ml-engineer", "--format", "diff", "--section", "industries"])
        .assert()
        .success()
        .stdout(
            "--- data-manager (Data Manager)\n+++ ml-engineer (Machine Learning Software Engineer)\n\
             @@ industries 45% @@\n Healthcare\n Finance\n Retail\n-Government\n-Education\n+Technology\n+Manufacturing\n",
        );
}

#[test]
fn tsv_and_csv_have_a_header_and_a_row_an_item() {
    rolediff()
        .args([
            "compare",
            "data-manager",
            "ml-engineer",
            "-f",
            "tsv",
            "-s",
            "industries",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "section\trelation\ta\tb\tscore\nindustries\tshared\tHealthcare\tHealthcare\t1.0000\n",
        ))
        .stdout(predicate::str::contains(
            "industries\tonly_b\t\tTechnology\t\n",
        ));
    rolediff()
        .args(["compare", "data-manager", "ml-engineer", "-f", "csv", "-s", "skills"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("section,relation,a,b,score\r\n"))
        .stdout(predicate::str::contains("skills,only_b,,\"Strong programming skills in languages like Python, Java, or C++\",\r\n"));
}

#[test]
fn markdown_is_a_table_a_section() {
    rolediff()
        .args(["compare", "data-manager", "ml-engineer", "-f", "markdown", "-s", "industries"])
        .assert()
        .success()
        .stdout(predicate::str::contains("### industries (45%)\n\n|   | Data Manager | Machine Learning Software Engineer |\n|---|---|---|\n| = | Healthcare | Healthcare |"));
}

#[test]
fn section_limits_the_comparison_and_its_score() {
    let diff = json(rolediff().args([
        "compare",
        "data-manager",
        "ml-engineer",
        "-f",
        "json",
        "-s",
        "industries",
        "-s",
        "tools",
        "--exact",
    ]));
    let names: Vec<&str> = diff["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["section"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["tools", "industries"]);
    // 3 shared industries over 7 industries and 19 tools, none shared (`--exact`: no
    // likeness of the roles counted for the items left).
    assert_eq!(diff["similarity"], 0.1154);
}

#[test]
fn only_keeps_the_chosen_rows() {
    rolediff()
        .args([
            "compare",
            "data-manager",
            "ml-engineer",
            "-f",
            "diff",
            "-s",
            "industries",
            "--only",
            "b",
        ])
        .assert()
        .success()
        .stdout(predicate::str::ends_with(
            "@@ industries 45% @@\n+Technology\n+Manufacturing\n",
        ));
}

#[test]
fn exit_code_tells_whether_roles_differ() {
    rolediff()
        .args(["compare", "data-manager", "data-manager", "--exit-code"])
        .assert()
        .code(0);
    rolediff()
        .args(["compare", "data-manager", "ml-engineer", "--exit-code"])
        .assert()
        .code(1);
    rolediff()
        .args(["compare", "data-manager", "ml-engineer"])
        .assert()
        .code(0);
}

#[test]
fn a_role_against_itself_is_all_shared() {
    let diff = json(rolediff().args(["compare", "ml-engineer", "ml-engineer", "-f", "json"]));
    assert_eq!(diff["similarity"], 1.0);
    for section in diff["sections"].as_array().unwrap() {
        assert!(section["only_a"].as_array().unwrap().is_empty());
        assert!(section["only_b"].as_array().unwrap().is_empty());
    }
}

#[test]
fn similar_items_are_paired_with_their_score() {
    let diff = json(rolediff().args([
        "compare",
        "data-manager",
        "ml-engineer",
        "-f",
        "json",
        "-s",
        "skills",
    ]));
    let similar = &section(&diff, "skills")["similar"][0];
    assert_eq!(similar["a"], "Analytical and problem-solving skills");
    assert_eq!(similar["b"], "Strong problem-solving and analytical skills");
    assert!(similar["score"].as_f64().unwrap() >= 0.7);
    rolediff()
        .args(["compare", "data-manager", "ml-engineer", "-f", "diff", "-s", "skills"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "~Analytical and problem-solving skills => Strong problem-solving and analytical skills (1.00)\n",
        ));
    rolediff()
        .args(["compare", "data-manager", "ml-engineer", "-f", "tsv", "-s", "skills"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "skills\tsimilar\tAnalytical and problem-solving skills\tStrong problem-solving and analytical skills\t1.0000\n",
        ));
}

#[test]
fn exact_turns_the_similar_tier_off_and_threshold_moves_it() {
    let exact = json(rolediff().args([
        "compare",
        "data-manager",
        "ml-engineer",
        "-f",
        "json",
        "-s",
        "skills",
        "--exact",
    ]));
    assert!(
        section(&exact, "skills")["similar"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let loose = json(rolediff().args([
        "compare",
        "data-manager",
        "ml-engineer",
        "-f",
        "json",
        "--threshold",
        "0.3",
    ]));
    let strict = json(rolediff().args([
        "compare",
        "data-manager",
        "ml-engineer",
        "-f",
        "json",
        "--threshold",
        "1",
    ]));
    let count = |diff: &Value| -> usize {
        diff["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["similar"].as_array().unwrap().len())
            .sum()
    };
    assert!(
        count(&loose) > count(&strict),
        "{} vs {}",
        count(&loose),
        count(&strict)
    );
    rolediff()
        .args([
            "compare",
            "data-manager",
            "ml-engineer",
            "--threshold",
            "1.5",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("outside 0 to 1"));
    rolediff()
        .args([
            "compare",
            "data-manager",
            "ml-engineer",
            "--exact",
            "--threshold",
            "0.5",
        ])
        .assert()
        .code(2);
}

#[test]
fn vocabulary_traps_never_pair() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.yaml");
    let b = dir.path().join("b.yaml");
    fs::write(
        &a,
        "title: A\ntools: [C++, Java, C#]\neducation: [Bachelor's degree in computer science]\n",
    )
    .unwrap();
    fs::write(&b, "title: B\ntools: [C, JavaScript, .NET]\neducation: [Master's degree in computer science]\n").unwrap();
    let diff = json(
        rolediff()
            .args(["compare", "-f", "json", "--threshold", "0"])
            .arg(&a)
            .arg(&b),
    );
    for section in diff["sections"].as_array().unwrap() {
        assert!(
            section["shared"].as_array().unwrap().is_empty(),
            "{section}"
        );
        assert!(
            section["similar"].as_array().unwrap().is_empty(),
            "{section}"
        );
    }
}

#[test]
fn a_vocabulary_file_in_a_roles_folder_extends_the_vocabulary() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.yaml"), "title: A\ntools: [Gizmo Pro]\n").unwrap();
    fs::write(dir.path().join("b.yaml"), "title: B\ntools: [GP]\n").unwrap();
    let shared = |cmd: &mut Command| -> usize {
        let diff = json(cmd);
        section(&diff, "tools")["shared"].as_array().unwrap().len()
    };
    assert_eq!(
        shared(
            rolediff()
                .args(["compare", "a", "b", "-f", "json", "--roles-dir"])
                .arg(dir.path())
        ),
        0
    );
    fs::write(
        dir.path().join("vocabulary.yaml"),
        "synonyms:\n  - [Gizmo Pro, GP]\n",
    )
    .unwrap();
    assert_eq!(
        shared(
            rolediff()
                .args(["compare", "a", "b", "-f", "json", "--roles-dir"])
                .arg(dir.path())
        ),
        1
    );
    rolediff()
        .args(["list", "-f", "tsv", "--roles-dir"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("vocabulary").not());
    fs::write(
        dir.path().join("vocabulary.yaml"),
        "synonym:\n  - [Gizmo Pro, GP]\n",
    )
    .unwrap();
    rolediff()
        .args(["compare", "a", "b", "--roles-dir"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "vocabulary.yaml:1:1: unknown key `synonym`",
        ));
}

#[test]
fn an_empty_group_or_term_of_a_vocabulary_is_a_located_error_never_a_panic() {
    // Each with the line of the group at fault.
    let dir = tempfile::tempdir().unwrap();
    for (vocabulary, at) in [
        ("alike: [[]]\n", ":1:"),
        ("alike:\n  - [mentor, coach]\n  - []\n", ":3:"),
        ("families: [[\"\"]]\n", ":1:"),
        ("synonyms: [[]]\n", ":1:"),
        ("synonyms: [{same: [], kind: tool}]\n", ":1:"),
        ("synonyms:\n  - [SQL, \"!!\"]\n", ":2:"),
    ] {
        fs::write(dir.path().join("vocabulary.yaml"), vocabulary).unwrap();
        for command in [
            &["compare", "data-manager", "ml-engineer"][..],
            &["validate"],
        ] {
            // `compare` says it on stderr, `validate` in its report.
            let output = rolediff()
                .args(command)
                .arg("--roles-dir")
                .arg(dir.path())
                .assert()
                .code(2)
                .get_output()
                .clone();
            let said = String::from_utf8_lossy(&output.stdout).into_owned()
                + &String::from_utf8_lossy(&output.stderr);
            assert!(
                said.contains(&format!("vocabulary.yaml{at}")),
                "{vocabulary:?}: {said}"
            );
            assert!(!said.contains("panicked"), "{said}");
        }
    }
}

#[test]
fn a_folder_vocabulary_adds_alike_words_and_families_to_the_similar_tier() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.yaml"),
        "title: A\nresponsibilities: [Assemble gizmo kits]\ntools: [Gizmo Pro]\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("b.yaml"),
        "title: B\nresponsibilities: [Put together gizmo kits]\ntools: [Gizmo Lite]\n",
    )
    .unwrap();
    let similar = |dir: &std::path::Path| {
        let diff = json(
            rolediff()
                .args(["compare", "a", "b", "-f", "json", "--roles-dir"])
                .arg(dir),
        );
        ["responsibilities", "tools"].map(|name| {
            let section = section(&diff, name);
            (
                section["shared"].as_array().unwrap().len(),
                section["similar"].as_array().unwrap().len(),
            )
        })
    };
    assert_eq!(similar(dir.path()), [(0, 0), (0, 0)]);
    fs::write(
        dir.path().join("vocabulary.yaml"),
        "alike:\n  - [assemble, put together]\nfamilies:\n  - [Gizmo Pro, Gizmo Lite]\n",
    )
    .unwrap();
    // Similar, never shared.
    assert_eq!(similar(dir.path()), [(0, 1), (0, 1)]);
}
