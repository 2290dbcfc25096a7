//! `gap FROM TO` on profiles of `tests/fixtures/profiles`: coverage across sections, the
//! degree ladder in both directions and across fields, the plan's order, the summary.

use crate::common::{fixture, json, rolediff, stdout};

use serde_json::Value;

fn gap(from: &str, to: &str) -> Value {
    json(
        rolediff()
            .arg("gap")
            .arg(fixture("profiles").join(from))
            .arg(fixture("profiles").join(to))
            .args(["-f", "json"]),
    )
}

/// The carried-over pairs as (section, `from_section`, from, to).
fn carried(gap: &Value) -> Vec<(String, String, String, String)> {
    gap["carries_over"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let text = |key: &str| c[key].as_str().unwrap().to_owned();
            (
                text("section"),
                text("from_section"),
                text("from"),
                text("to"),
            )
        })
        .collect()
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|item| item["name"].as_str().unwrap())
        .collect()
}

#[test]
fn an_item_covers_a_requirement_in_another_section() {
    let gap = gap("analyst-profile.yaml", "analytics-target.yaml");
    let carried = carried(&gap);
    for (from, to) in [("SQL", "SQL"), ("Python", "Python")] {
        assert!(
            carried.contains(&(
                "tools".to_owned(),
                "skills".to_owned(),
                from.to_owned(),
                to.to_owned()
            )),
            "{carried:?}"
        );
    }
    let tools = names(&gap["to_learn"]["tools"]);
    assert_eq!(tools, ["Snowflake", "Tableau"]);
    let table = stdout(
        rolediff()
            .arg("gap")
            .arg(fixture("profiles/analyst-profile.yaml"))
            .arg(fixture("profiles/analytics-target.yaml")),
    );
    assert!(table.contains("SQL (your skills)"), "{table}");
}

#[test]
fn a_higher_degree_covers_a_lower_requirement_in_a_listed_field() {
    let gap = gap("analyst-profile.yaml", "analytics-target.yaml");
    assert!(names(&gap["to_learn"]["education"]).is_empty());
    assert!(carried(&gap).contains(&(
        "education".to_owned(),
        "education".to_owned(),
        "Master's degree in computer science".to_owned(),
        "Bachelor's degree in computer science, data science, or statistics".to_owned()
    )));
}

#[test]
fn a_lower_degree_never_covers_a_higher_one() {
    let gap = gap("bachelor-profile.yaml", "research-target.yaml");
    let education = names(&gap["to_learn"]["education"]);
    assert!(
        education.contains(&"Master's degree or PhD in statistics or a related field"),
        "{education:?}"
    );
    // The other way round, the master's in statistics covers a BSc in statistics.
    let dir = tempfile::tempdir().unwrap();
    let bachelor = dir.path().join("bsc.yaml");
    std::fs::write(
        &bachelor,
        "title: B
education: [B.S. in statistics]
",
    )
    .unwrap();
    let reverse = json(
        rolediff()
            .arg("gap")
            .arg(fixture("profiles/research-target.yaml"))
            .arg(&bachelor)
            .args(["-f", "json"]),
    );
    assert!(names(&reverse["to_learn"]["education"]).is_empty());
}

#[test]
fn a_related_field_counts_only_where_the_requirement_allows_it() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("maths.yaml");
    std::fs::write(
        &profile,
        "title: Maths\neducation: [MSc in applied mathematics]\n",
    )
    .unwrap();
    let gap = json(
        rolediff()
            .arg("gap")
            .arg(&profile)
            .arg(fixture("profiles/research-target.yaml"))
            .args(["-f", "json"]),
    );
    // Statistics "or a related field" takes mathematics; nursing does not.
    assert_eq!(
        names(&gap["to_learn"]["education"]),
        ["Bachelor's degree in nursing"]
    );
}

#[test]
fn the_plan_leads_with_what_is_required_then_demand_and_keeps_notes_and_categories() {
    let gap = json(
        rolediff()
            .arg("gap")
            .arg(fixture("profiles/bachelor-profile.yaml"))
            .arg(fixture("profiles/analytics-target.yaml"))
            .args(["-f", "json"]),
    );
    // What states no importance is required (1.0): before Python at 0.9.
    assert_eq!(
        gap["to_learn"]["tools"],
        serde_json::json!([
            {"name": "Snowflake", "note": "hot technology", "category": "Databases"},
            {"name": "SQL", "category": "Databases"},
            {"name": "Tableau", "category": "Visualisation"},
            {"name": "Python", "importance": 0.9, "note": "in demand", "category": "Visualisation"}
        ])
    );
}

#[test]
fn a_summary_says_how_much_is_covered_by_section() {
    let gap = gap("analyst-profile.yaml", "analytics-target.yaml");
    assert_eq!(
        gap["coverage"]["tools"],
        serde_json::json!({"covered": 2, "required": 4})
    );
    assert_eq!(
        gap["coverage"]["education"],
        serde_json::json!({"covered": 1, "required": 1})
    );
    for format in ["table", "markdown"] {
        let text = stdout(
            rolediff()
                .arg("gap")
                .arg(fixture("profiles/analyst-profile.yaml"))
                .arg(fixture("profiles/analytics-target.yaml"))
                .args(["-f", format]),
        );
        assert!(
            text.contains("covers 3 of 7 requirements: skills 0/2, tools 2/4, education 1/1"),
            "{format}: {text}"
        );
    }
}

#[test]
fn a_lower_degree_never_covers_a_higher_one_however_low_the_threshold() {
    // At a low threshold `compare` pairs the two degrees (their words are nearly the same,
    // and "college" and "graduate" are no degree levels to the matcher); the ladder, not
    // the matcher, must keep the graduate degree on the plan.
    let dir = tempfile::tempdir().unwrap();
    let from = dir.path().join("from.yaml");
    let to = dir.path().join("to.yaml");
    std::fs::write(
        &from,
        "title: Graduate\neducation: [College degree in statistics]\n",
    )
    .unwrap();
    std::fs::write(
        &to,
        "title: Researcher\neducation: [Graduate degree in statistics]\n",
    )
    .unwrap();
    for threshold in ["0.4", "0.1"] {
        let compared = json(
            rolediff()
                .args([
                    "compare",
                    "-f",
                    "json",
                    "--section",
                    "education",
                    "--threshold",
                ])
                .arg(threshold)
                .arg(&from)
                .arg(&to),
        );
        let similar = compared["sections"][0]["similar"].as_array().unwrap();
        assert_eq!(
            similar.len(),
            1,
            "the matcher pairs them at {threshold}, so the ladder is what is tested: {compared}"
        );
        let gap = json(
            rolediff()
                .args(["gap", "-f", "json", "--threshold", threshold])
                .arg(&from)
                .arg(&to),
        );
        assert_eq!(
            names(&gap["to_learn"]["education"]),
            ["Graduate degree in statistics"],
            "threshold {threshold}: {gap}"
        );
        assert!(carried(&gap).is_empty(), "{gap}");
    }
    // The other way up, the higher degree covers the lower one.
    let gap = json(
        rolediff()
            .args(["gap", "-f", "json", "--threshold", "0.4"])
            .arg(&to)
            .arg(&from),
    );
    assert!(names(&gap["to_learn"]["education"]).is_empty(), "{gap}");
}

#[test]
fn a_posting_s_requirements_come_before_its_wishes_and_a_wished_tool_stays_wished() {
    let gap = json(
        rolediff()
            .args(["gap", "data-manager"])
            .arg(fixture("postings/startup-posting.md"))
            .args(["-f", "json", "--top", "2"]),
    );
    // Two of the posting's skills are nice to have (0.5), written first; the required
    // ones lead the plan.
    assert_eq!(
        names(&gap["to_learn"]["skills"]),
        [
            "4+ years building data models in SQL",
            "Clear writing: you document what you build"
        ]
    );
    let whole = json(
        rolediff()
            .args(["gap", "data-manager"])
            .arg(fixture("postings/startup-posting.md"))
            .args(["-f", "json"]),
    );
    let tools = whole["to_learn"]["tools"].as_array().unwrap();
    let airflow = tools
        .iter()
        .find(|tool| tool["name"] == "Apache Airflow")
        .unwrap();
    assert_eq!(airflow["note"], "nice to have", "{airflow}");
    assert_eq!(tools.last().unwrap()["name"], "Apache Airflow");
}
