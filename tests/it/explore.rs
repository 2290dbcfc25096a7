//! End-to-end tests of `similar`, `gap` and `matrix` on the built-in library.

use crate::common;

use common::{json, rolediff, strings};
use predicates::prelude::*;

#[test]
fn similar_ranks_neighbours_a_counsellor_would_name() {
    let ranked = json(rolediff().args(["similar", "data-manager", "--top", "5", "-f", "json"]));
    let ranked = ranked.as_array().unwrap();
    assert_eq!(ranked.len(), 5);
    let plausible = [
        "data-governance-manager",
        "chief-data-officer",
        "database-administrator",
        "data-architect",
        "data-steward",
        "data-quality-analyst",
        "data-science-manager",
    ];
    for entry in ranked {
        assert!(
            plausible.contains(&entry["id"].as_str().unwrap()),
            "{entry}"
        );
        assert!(entry["title"].is_string() && !entry["drivers"].as_array().unwrap().is_empty());
    }
    let scores: Vec<f64> = ranked
        .iter()
        .map(|e| e["similarity"].as_f64().unwrap())
        .collect();
    assert!(
        scores.windows(2).all(|pair| pair[0] >= pair[1]),
        "{scores:?}"
    );
    assert!(ranked.iter().all(|e| e["id"] != "data-manager"));
}

#[test]
fn similar_has_table_and_tsv() {
    rolediff()
        .args(["similar", "ml-engineer", "--top", "3"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "roles most like Machine Learning Software Engineer\n",
        ));
    let output = rolediff()
        .args(["similar", "ml-engineer", "--top", "3", "-f", "tsv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(
        text.starts_with("id\ttitle\tsimilarity\tdrivers\n"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 4);
}

#[test]
fn gap_lists_what_the_target_adds() {
    let gap = json(rolediff().args(["gap", "data-manager", "ml-engineer", "-f", "json"]));
    assert_eq!(gap["from"]["id"], "data-manager");
    assert_eq!(gap["to"]["id"], "ml-engineer");
    let skills = names(&gap["to_learn"]["skills"]);
    assert!(
        skills.contains(&"Knowledge of machine learning algorithms and techniques"),
        "{skills:?}"
    );
    assert!(
        !skills.contains(&"Strong problem-solving and analytical skills"),
        "carried over, not to learn"
    );
    let tools = names(&gap["to_learn"]["tools"]);
    assert_eq!(
        tools,
        [
            "TensorFlow",
            "PyTorch",
            "Scikit-learn",
            "AWS",
            "Azure",
            "Python",
            "Java",
            "C++",
            "PyCharm",
            "Eclipse"
        ]
    );
    assert_eq!(names(&gap["to_learn"]["certifications"]), ["MLCC", "MCSE"]);
    let carried: Vec<&str> = gap["carries_over"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["to"].as_str().unwrap())
        .collect();
    assert!(
        carried.contains(&"Healthcare")
            && carried.contains(&"Strong problem-solving and analytical skills")
    );
    assert_eq!(strings(&gap["tips"]).len(), 4);
}

#[test]
fn gap_takes_a_profile_of_ones_own_and_renders_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let me = dir.path().join("me.yaml");
    std::fs::write(
        &me,
        "title: Me\nskills: [Python, SQL]\ntools: [Python, Tableau]\n",
    )
    .unwrap();
    let gap = json(
        rolediff()
            .args(["gap", "-f", "json"])
            .arg(&me)
            .arg("data-scientist"),
    );
    assert!(!names(&gap["to_learn"]["tools"]).contains(&"Python"));
    assert!(names(&gap["to_learn"]["tools"]).contains(&"R"));
    rolediff()
        .args(["gap", "data-manager", "ml-engineer", "-f", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "## From Data Manager to Machine Learning Software Engineer\n",
        ))
        .stdout(predicate::str::contains(
            "### To learn: tools\n\n- TensorFlow\n",
        ));
    rolediff()
        .args(["gap", "data-manager", "ml-engineer"])
        .assert()
        .success()
        .stdout(predicate::str::contains("to learn: skills"));
}

#[test]
fn similar_shows_for_a_role_the_score_matrix_shows() {
    let neighbours = json(rolediff().args(["similar", "data-manager", "--top", "3", "-f", "json"]));
    for neighbour in neighbours.as_array().unwrap() {
        let id = neighbour["id"].as_str().unwrap();
        let matrix = json(rolediff().args(["matrix", "data-manager", id, "-f", "json"]));
        assert_eq!(matrix["similarity"][0][1], neighbour["similarity"], "{id}");
        assert_eq!(matrix["similarity"][1][0], neighbour["similarity"], "{id}");
    }
}

#[test]
fn similar_ranks_every_role_when_top_asks_for_more_than_it_scores_by_default() {
    let skills = ["SQL", "Python", "Excel", "Spark", "Tableau", "R", "Java"];
    let roles = crate::common::large_folder(|i| {
        format!(
            "title: Role {i}\nskills: [{}, {}]\n",
            skills[i % 7],
            skills[i / 7 % 7]
        )
    });
    let ranked = json(
        rolediff()
            .args(["similar", "role-00", "--top", "500", "-f", "json"])
            .arg("--roles-dir")
            .arg(roles.path()),
    );
    let ranked = ranked.as_array().unwrap();
    let listed = json(
        rolediff()
            .args(["list", "-f", "json"])
            .arg("--roles-dir")
            .arg(roles.path()),
    );
    // Every other role once, best first.
    assert_eq!(ranked.len(), listed.as_array().unwrap().len() - 1);
    let mut ids: Vec<&str> = ranked.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let scores: Vec<f64> = ranked
        .iter()
        .map(|r| r["similarity"].as_f64().unwrap())
        .collect();
    assert!(
        scores.windows(2).all(|pair| pair[0] >= pair[1]),
        "{scores:?}"
    );
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), ranked.len());
    assert!(!ids.contains(&"role-00"));
}

#[test]
fn matrix_is_symmetric_with_ones_on_the_diagonal() {
    let matrix = json(rolediff().args([
        "matrix",
        "data-manager",
        "ml-engineer",
        "data-scientist",
        "-f",
        "json",
    ]));
    assert_eq!(
        strings(&matrix["roles"]),
        ["data-manager", "ml-engineer", "data-scientist"]
    );
    let values: Vec<Vec<f64>> = matrix["similarity"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            row.as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_f64().unwrap())
                .collect()
        })
        .collect();
    for (i, row) in values.iter().enumerate() {
        assert_eq!(row[i], 1.0);
        for (j, value) in row.iter().enumerate() {
            assert_eq!(*value, values[j][i]);
            assert!((0.0..=1.0).contains(value));
        }
    }
    rolediff()
        .args(["matrix", "data-manager", "ml-engineer", "-f", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "id,data-manager,ml-engineer\r\ndata-manager,1.0000,",
        ));
    let all = json(rolediff().args(["matrix", "-f", "json"]));
    assert_eq!(all["roles"].as_array().unwrap().len(), 32);
    rolediff()
        .args(["matrix", "data-manager", "ml-engineer"])
        .assert()
        .success()
        .stdout(predicate::str::contains("| data-manager | 100%"));
    let shaded = rolediff()
        .args(["matrix", "data-manager", "ml-engineer", "--color", "always"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&shaded).contains("\u{1b}[48;5;"));
}

#[test]
fn matrix_takes_ids_aliases_and_paths_and_an_alias_is_its_role() {
    let mixed = json(rolediff().args([
        "matrix",
        "data-manager",
        "Machine-Learning-Software-Engineer",
        "tests/fixtures/good.yaml",
        "-f",
        "json",
    ]));
    assert_eq!(
        strings(&mixed["roles"]),
        ["data-manager", "ml-engineer", "good"]
    );
    // A role from a path joins the library the scores are measured against, so the
    // alias is checked on its own.
    let pair = |b: &str| json(rolediff().args(["matrix", "data-manager", b, "-f", "json"]));
    assert_eq!(
        pair("Machine-Learning-Software-Engineer"),
        pair("ml-engineer")
    );
}

/// The names of a JSON list of items to learn (`{"name", "importance"}` objects).
fn names(items: &serde_json::Value) -> Vec<&str> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["name"].as_str().unwrap())
        .collect()
}

#[test]
fn gap_takes_exact_threshold_and_top_and_keeps_notes_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("target.yaml");
    std::fs::write(
        &target,
        "title: Target\nskills: [Strong problem-solving and analytical skills]\ntools:\n  Languages: [Autobox, {name: Python, note: hot technology}, {name: SQL, importance: 0.9}]\n",
    )
    .unwrap();
    let gap = |extra: &[&str]| {
        json(
            rolediff()
                .args(["gap", "data-manager"])
                .arg(&target)
                .args(["-f", "json"])
                .args(extra),
        )
    };
    // The near tier carries the paraphrased skill over; --exact does not.
    assert_eq!(gap(&[])["carries_over"].as_array().unwrap().len(), 1);
    assert!(
        gap(&["--exact"])["carries_over"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(
        gap(&["--threshold", "1"])["carries_over"]
            .as_array()
            .unwrap()
            .len()
            <= 1
    );
    let tools = gap(&[])["to_learn"]["tools"].clone();
    assert_eq!(
        tools,
        serde_json::json!([
            {"name": "Python", "note": "hot technology", "category": "Languages"},
            {"name": "Autobox", "category": "Languages"},
            {"name": "SQL", "importance": 0.9, "category": "Languages"}
        ])
    );
    assert_eq!(
        gap(&["--top", "1"])["to_learn"]["tools"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let tsv = rolediff()
        .args(["gap", "data-manager"])
        .arg(&target)
        .args(["-f", "tsv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let tsv = String::from_utf8(tsv).unwrap();
    assert!(
        tsv.starts_with(
            "kind\tsection\tfrom_section\tfrom\tto\tscore\timportance\tnote\tcategory\n"
        ),
        "{tsv}"
    );
    assert!(
        tsv.contains("to_learn\ttools\t\t\tPython\t\t\thot technology\tLanguages\n"),
        "{tsv}"
    );
    let table = rolediff()
        .args(["gap", "data-manager"])
        .arg(&target)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(table)
            .unwrap()
            .contains("Python (hot technology)")
    );
}
