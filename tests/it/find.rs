//! `find`: roles ranked by how well they fit a text in a person's own words.

use crate::common;

use common::{json, rolediff};
use predicates::prelude::*;

fn ids(found: &serde_json::Value) -> Vec<&str> {
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|role| role["id"].as_str().unwrap())
        .collect()
}

#[test]
fn a_title_in_other_words_finds_its_role_first() {
    for (text, expected) in [
        ("machine learning engineer", "ml-engineer"),
        ("data scientist", "data-scientist"),
        ("Statistician", "statistician"),
        ("database administrator", "database-administrator"),
        ("labour statistician", "statistician"),
        ("data architekt", "data-architect"),
    ] {
        let found = json(rolediff().args(["find", text, "--format", "json"]));
        assert_eq!(ids(&found)[0], expected, "{text}: {found}");
    }
}

#[test]
fn the_words_of_the_text_may_come_as_several_arguments() {
    let found = json(rolediff().args(["find", "machine", "learning", "engineer", "-f", "json"]));
    assert_eq!(ids(&found)[0], "ml-engineer");
}

#[test]
fn scores_are_between_0_and_1_best_first_and_top_limits_them() {
    let found = json(rolediff().args(["find", "data", "--top", "3", "-f", "json"]));
    let scores: Vec<f64> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|role| role["score"].as_f64().unwrap())
        .collect();
    assert_eq!(scores.len(), 3);
    assert!(
        scores.windows(2).all(|pair| pair[0] >= pair[1]),
        "{scores:?}"
    );
    assert!(scores.iter().all(|score| (0.0..=1.0).contains(score)));
    let keys: Vec<&String> = found[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["id", "title", "score"]);
}

#[test]
fn a_text_nothing_fits_finds_nothing_and_no_text_is_a_usage_error() {
    // Nothing found is the weakest fit: exit 1, an empty array for scripts.
    rolediff()
        .args(["find", "qqqq zzzz", "-f", "json"])
        .assert()
        .code(1)
        .stdout("[]\n");
    rolediff()
        .args(["find", "qqqq zzzz"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("(none"));
    rolediff().arg("find").assert().code(2);
}

/// A folder of two roles that share a title people use for both (`also_called`).
fn folder_with_a_shared_title() -> tempfile::TempDir {
    let roles = tempfile::tempdir().unwrap();
    for (id, title) in [("bookkeepers", "Bookkeepers"), ("auditors", "Auditors")] {
        let yaml = format!("title: {title}\nalso_called: [Tax Accountant, Ledger Keeper]\n");
        std::fs::write(roles.path().join(format!("{id}.yaml")), yaml).unwrap();
    }
    roles
}

#[test]
fn a_title_roles_share_finds_each_of_them_but_names_none() {
    let roles = folder_with_a_shared_title();
    let dir = roles.path().to_str().unwrap();
    let found = json(rolediff().args(["find", "tax accountant", "--roles-dir", dir, "-f", "json"]));
    let mut top: Vec<&str> = ids(&found).into_iter().take(2).collect();
    top.sort_unstable();
    assert_eq!(top, ["auditors", "bookkeepers"], "{found}");
    // Naming a role stays unambiguous: a shared title suggests, it does not resolve.
    rolediff()
        .args(["show", "tax accountant", "--roles-dir", dir])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: unknown role `tax accountant`",
        ))
        .stderr(predicate::str::contains("did you mean"));
}

#[test]
fn shared_titles_are_shown_and_written_back_as_a_role_file() {
    let roles = folder_with_a_shared_title();
    let dir = roles.path().to_str().unwrap();
    let shown = json(rolediff().args(["show", "auditors", "--roles-dir", dir, "-f", "json"]));
    assert_eq!(
        common::strings(&shown["also_called"]),
        ["Tax Accountant", "Ledger Keeper"]
    );
    let table = common::stdout(rolediff().args(["show", "auditors", "--roles-dir", dir]));
    assert!(
        table.contains("also_called") && table.contains("- Ledger Keeper"),
        "{table}"
    );
    let yaml =
        common::stdout(rolediff().args(["show", "auditors", "--roles-dir", dir, "-f", "yaml"]));
    assert!(
        yaml.contains("also_called:\n- Tax Accountant\n- Ledger Keeper\n"),
        "{yaml}"
    );
    let kept = roles.path().join("kept.yaml");
    std::fs::write(&kept, &yaml).unwrap();
    rolediff().arg("validate").arg(&kept).assert().success();
    // A role without any leaves the key out, as before.
    let plain = json(rolediff().args(["show", "data-manager", "-f", "json"]));
    assert!(plain.get("also_called").is_none(), "{plain}");
}

/// A posting whose title names one role and whose body describes another one's work.
const POSTING: &str = "# Data Engineer\n\n## What you'll do\n- Build and run batch and streaming \
    data pipelines\n- Model data in the warehouse\n\n## Requirements\n- Strong SQL and Python\n\
    - Experience with Apache Spark and Airflow\n";

#[test]
fn a_document_is_found_by_its_title_and_body_and_the_heading_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("posting.md");
    std::fs::write(&path, POSTING).unwrap();
    let found = json(rolediff().args(["find", "-f", "json", "--file"]).arg(&path));
    assert_eq!(ids(&found)[0], "data-engineer", "{found}");
    let table = common::stdout(rolediff().args(["find", "--top", "3", "--file"]).arg(&path));
    let heading = table.lines().next().unwrap();
    assert!(heading.contains("posting.md"), "{heading}");
    assert!(heading.contains("(\"Data Engineer\")"), "{heading}");
    assert!(
        !table.contains("pipelines"),
        "the body is not echoed: {table}"
    );
    // The same document on standard input, named as such.
    let piped = common::stdout(
        rolediff()
            .args(["find", "-", "--top", "3"])
            .write_stdin(POSTING),
    );
    assert!(
        piped.starts_with("roles that fit standard input (\"Data Engineer\")"),
        "{piped}"
    );
    let piped_json = json(
        rolediff()
            .args(["find", "-", "-f", "json"])
            .write_stdin(POSTING),
    );
    assert_eq!(
        piped_json, found,
        "a file and standard input are read alike"
    );
}

#[test]
fn a_document_never_fits_worse_than_its_title_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("posting.md");
    std::fs::write(&path, POSTING).unwrap();
    let by_title = json(rolediff().args(["find", "-f", "json", "Data Engineer"]));
    let by_document = json(rolediff().args(["find", "-f", "json", "--file"]).arg(&path));
    assert_eq!(ids(&by_title)[0], ids(&by_document)[0]);
    // A document with a title only is searched as that title.
    let bare = dir.path().join("bare.txt");
    std::fs::write(&bare, "Data Engineer\n").unwrap();
    let by_bare = json(rolediff().args(["find", "-f", "json", "--file"]).arg(&bare));
    assert_eq!(ids(&by_bare), ids(&by_title));
}

#[test]
fn a_file_named_as_text_is_searched_as_words_with_a_hint_of_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("posting.md");
    std::fs::write(&path, POSTING).unwrap();
    let output = rolediff().arg("find").arg(&path).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is a file"), "{stderr}");
    assert!(stderr.contains("find --file"), "{stderr}");
    // The text of the file is never quoted, and a text that is no file has no hint.
    assert!(!stderr.contains("pipelines"), "{stderr}");
    let words = rolediff().args(["find", "posting.md"]).output().unwrap();
    assert!(words.stderr.is_empty(), "{words:?}");
}

#[test]
fn a_cv_titled_with_its_authors_name_is_found_by_what_it_says() {
    // "Priya Natarajan" names no role; her CV's experience and skills are data work.
    let cv = common::fixture("postings/cv-uk.md");
    let found = json(rolediff().args(["find", "-f", "json", "--file"]).arg(&cv));
    let first = ids(&found)[0];
    // The name alone fits nothing well (exit 1), but its best row is another role.
    let output = rolediff()
        .args(["find", "-f", "json", "Priya Natarajan"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let by_name: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_ne!(first, ids(&by_name)[0], "{found}");
    assert!(
        [
            "data-analyst",
            "data-governance-manager",
            "bi-developer",
            "data-manager"
        ]
        .contains(&first),
        "{found}"
    );
}

#[test]
fn a_document_that_cannot_be_read_is_an_error_and_text_and_file_do_not_mix() {
    rolediff()
        .args(["find", "--file", "no-such-posting.md"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no-such-posting.md"));
    rolediff()
        .args(["find", "data", "--file", "x.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
    rolediff().args(["find"]).assert().code(2);
}

#[test]
fn a_long_text_is_named_by_its_beginning() {
    let text = "data manager ".repeat(100);
    let table = common::stdout(rolediff().args(["find", "--top", "1", &text]));
    let heading = table.lines().next().unwrap();
    assert!(heading.chars().count() < 90, "{heading}");
    assert!(heading.ends_with("\u{2026}\""), "{heading}");
}

#[test]
fn a_role_file_is_a_document_too_from_a_path_or_standard_input() {
    let role = "title: Data Engineer\nresponsibilities: [Build and run data pipelines]\n";
    let dir = tempfile::tempdir().unwrap();
    // A role file under a name with no `.yaml`: read by its content, not its name.
    let path = dir.path().join("my-target");
    std::fs::write(&path, role).unwrap();
    let from_file = json(rolediff().args(["find", "-f", "json", "--file"]).arg(&path));
    assert_eq!(ids(&from_file)[0], "data-engineer", "{from_file}");
    let from_stdin = json(
        rolediff()
            .args(["find", "-", "-f", "json"])
            .write_stdin(role),
    );
    assert_eq!(from_stdin, from_file);
}

#[test]
fn a_weak_best_fit_is_said_and_exits_1_and_a_named_role_comes_first() {
    // No built-in role is a chef's: the table says so, JSON keeps the rows, the exit
    // status is 1, as `grep` says it found nothing.
    rolediff()
        .args(["find", "sous", "chef"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("No role fits well: the best fits"));
    let output = rolediff()
        .args(["find", "truck driver", "-f", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let rows: serde_json::Value = serde_json::from_slice(&output).unwrap();
    assert!(!rows.as_array().unwrap().is_empty());
    // A text that is a role's id, title or alias, however typed, puts that role first.
    for text in [
        "ML engineer",
        "machine learning engineer",
        "ML-Software-Engineer",
    ] {
        let found = json(rolediff().args(["find", text, "-f", "json"]));
        assert_eq!(found[0]["id"], "ml-engineer", "{text}");
        assert_eq!(found[0]["score"], 1.0, "{text}");
        assert_eq!(
            found
                .as_array()
                .unwrap()
                .iter()
                .filter(|row| row["id"] == "ml-engineer")
                .count(),
            1
        );
    }
    rolediff()
        .args(["find", "data", "governance"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No role fits well").not());
}
