//! `list` and `show` in their formats.

use crate::common;

use common::{json, rolediff, stdout};
use predicates::prelude::*;

#[test]
fn list_formats() {
    rolediff()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"\| data-manager +\| Data Manager +\|").unwrap());
    rolediff()
        .args(["list", "--format", "tsv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("id\ttitle\taliases\tsource\n"))
        .stdout(predicate::str::contains(
            "\ndata-manager\tData Manager\tdata-management-manager, data-management-lead\tbuilt-in\n",
        ));
    let roles = json(rolediff().args(["list", "--format", "json"]));
    let first = &roles[0];
    let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["id", "title", "aliases", "source"]);
    assert_eq!(first["source"], "built-in");
}

#[test]
fn show_json_carries_every_key() {
    let role = json(rolediff().args([
        "show",
        "machine-learning-software-engineer",
        "--format",
        "json",
    ]));
    assert_eq!(role["id"], "ml-engineer");
    assert_eq!(role["source"], "built-in");
    assert_eq!(
        role["tools"][0],
        serde_json::json!({"name": "TensorFlow", "category": "Machine learning libraries"})
    );
    for key in [
        "title",
        "aliases",
        "summary",
        "responsibilities",
        "skills",
        "education",
        "certifications",
        "industries",
        "tips",
        "outlook",
        "salary",
        "sources",
    ] {
        assert!(role.get(key).is_some(), "{key}");
    }
}

#[test]
fn every_machine_format_of_show_keeps_every_field_of_an_item() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rich.yaml");
    std::fs::write(
        &path,
        "title: T\nskills:\n  - {name: SQL, aka: [Structured Query Language, SQL language], importance: 0.8, note: core}\ntools:\n  DB: [{name: Oracle, note: hot technology}]\n",
    )
    .unwrap();
    let output = |format: &str| stdout(rolediff().args(["show", "-f", format]).arg(&path));
    assert!(
        output("tsv")
            .contains("skills\t\tSQL\tStructured Query Language; SQL language\t0.8000\tcore\n")
    );
    assert!(output("csv").contains("tools,DB,Oracle,,,hot technology"));
    let json: serde_json::Value = serde_json::from_str(&output("json")).unwrap();
    assert_eq!(
        json["skills"][0],
        serde_json::json!({"name": "SQL", "aka": ["Structured Query Language", "SQL language"], "importance": 0.8, "note": "core"})
    );
    let yaml: serde_yaml::Value = serde_yaml::from_str(&output("yaml")).unwrap();
    assert_eq!(yaml["skills"][0]["note"], "core");
    assert_eq!(yaml["tools"]["DB"][0]["note"], "hot technology");
    assert!(
        output("table")
            .contains("SQL  (importance 0.80; core; also Structured Query Language; SQL language)")
    );
}

#[test]
fn show_table_and_tsv() {
    rolediff()
        .args(["show", "data-manager"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "| tools            | - Oracle  (Database management systems)",
        ));
    rolediff()
        .args(["show", "data-manager", "-f", "tsv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "field\tcategory\tvalue\taka\timportance\tnote\nid\t\tdata-manager\t\t\t\n",
        ))
        .stdout(predicate::str::contains(
            "tools\tDatabase management systems\tOracle\t\t\t\n",
        ));
}

#[test]
fn list_filters_by_id_title_or_alias_ignoring_case() {
    let listed = |pattern: &str| json(rolediff().args(["list", pattern, "--format", "json"]));
    let ids = |pattern: &str| {
        listed(pattern)
            .as_array()
            .unwrap()
            .iter()
            .map(|role| role["id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let data = listed("data");
    for role in data.as_array().unwrap() {
        let names = format!("{} {} {}", role["id"], role["title"], role["aliases"]);
        assert!(names.to_lowercase().contains("data"), "{names}");
    }
    let data = ids("data");
    assert!(data.contains(&"data-manager".to_owned()));
    assert!(!data.contains(&"ml-engineer".to_owned()));
    // By title, and by alias, whatever the case.
    assert_eq!(ids("MACHINE LEARNING SOFTWARE"), ["ml-engineer"]);
    assert!(ids("Machine-Learning-Software-Engineer").contains(&"ml-engineer".to_owned()));
    assert!(ids("no role is called this").is_empty());
}

#[test]
fn show_json_keeps_every_field_of_an_item_that_the_file_gives() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rich.yaml");
    std::fs::write(
        &path,
        "title: Rich\nskills:\n  - SQL\n  - {name: Python, aka: [py], importance: 0.8, note: hot technology}\ntools:\n  Languages: [{name: R, aka: [GNU R], importance: 0.5, note: in demand}, Go]\n",
    )
    .unwrap();
    let shown = json(rolediff().arg("show").arg(&path).args(["-f", "json"]));
    assert_eq!(shown["skills"][0], "SQL");
    assert_eq!(
        shown["skills"][1],
        serde_json::json!({"name": "Python", "aka": ["py"], "importance": 0.8, "note": "hot technology"})
    );
    assert_eq!(
        shown["tools"][0],
        serde_json::json!({"name": "R", "category": "Languages", "aka": ["GNU R"], "importance": 0.5, "note": "in demand"})
    );
    assert_eq!(
        shown["tools"][1],
        serde_json::json!({"name": "Go", "category": "Languages"})
    );
}

#[test]
fn all_shows_every_alias_and_whole_paths_in_a_table_with_a_width() {
    let dir = tempfile::tempdir().unwrap();
    let aliases: Vec<String> = (1..=30).map(|n| format!("Nurse Title {n}")).collect();
    std::fs::write(
        dir.path().join("nurses.yaml"),
        format!("title: Nurses\naliases: [{}]\n", aliases.join(", ")),
    )
    .unwrap();
    let run = |args: &[&str]| {
        common::stdout(
            rolediff()
                .arg("--roles-dir")
                .arg(dir.path())
                .args(["--width", "100"])
                .args(args),
        )
    };
    let short = run(&["list", "nurses"]);
    assert!(
        short.contains("more") && !short.contains("Nurse Title 30"),
        "{short}"
    );
    assert!(!short.contains("nurses.yaml"), "{short}");
    let whole = run(&["list", "nurses", "--all"]);
    assert!(
        whole.contains("Nurse Title 30") && whole.contains("nurses.yaml"),
        "{whole}"
    );
    let shown = run(&["show", "nurses"]);
    assert!(
        shown.contains("more") && !shown.contains("Nurse Title 30"),
        "{shown}"
    );
    assert!(run(&["show", "nurses", "--all"]).contains("- Nurse Title 30"));
}
