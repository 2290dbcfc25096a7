//! Job postings as roles: the postings and the CV of `tests/fixtures/postings`, each with the
//! role it must become (`expected/`), postings on standard input and in every command,
//! bad input, and names the library knows recognised anywhere.

use crate::common::{fixture, item_names, json, rolediff, stdout};

use predicates::prelude::*;
use serde_json::Value;

/// The postings of the fixtures, by file name.
const POSTINGS: &[&str] = &[
    "bullet-symbols.txt",
    "cv-qualifications.md",
    "crlf-clauses.txt",
    "cv-uk.md",
    "cv-dates-first.txt",
    "duties-run-on.txt",
    "emoji-bullets.txt",
    "run-in-bullets.txt",
    "headless-ad.txt",
    "headless-role-subject.txt",
    "headless-hygienist.txt",
    "minimum-preferred.md",
    "one-block-labels.txt",
    "one-block-driver.txt",
    "person-specification.txt",
    "public-notice.txt",
    "cv-bar-skills.txt",
    "cv-grouped-skills.txt",
    "job-site-form.txt",
    "tasks-and-profile.txt",
    "page-source.txt",
    "cv-job-headings.md",
    "pasted-bullets.txt",
    "own-heading-words.md",
    "own-headings.md",
    "pay-line-and-qualifications.txt",
    "startup-posting.md",
    "markdown-headings.md",
    "no-headings.txt",
    "numbered-lists.md",
    "requirements-lines.txt",
    "resume-us.txt",
    "cv-teacher.md",
    "instructional-designer.txt",
    "headless-warehouse.txt",
    "own-words-designer.md",
    "cv-caps-bullets.txt",
    "fpa-analyst.md",
];

/// `show <posting> --format yaml`, read back as YAML.
fn shown_yaml(path: &std::path::Path) -> serde_yaml::Value {
    serde_yaml::from_str(&stdout(
        rolediff().args(["show", "--format", "yaml"]).arg(path),
    ))
    .unwrap()
}

#[test]
fn each_posting_becomes_its_expected_role() {
    for posting in POSTINGS {
        let path = fixture("postings").join(posting);
        let stem = posting.rsplit_once('.').unwrap().0;
        let expected = fixture("postings/expected").join(format!("{stem}.yaml"));
        let expected: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&expected).unwrap()).unwrap();
        assert_eq!(shown_yaml(&path), expected, "{posting}");
    }
}

#[test]
fn a_posting_shown_as_yaml_is_a_valid_role_file() {
    let dir = tempfile::tempdir().unwrap();
    for posting in POSTINGS {
        let output = rolediff()
            .args(["show", "--format", "yaml"])
            .arg(fixture("postings").join(posting))
            .output()
            .unwrap();
        let file = dir.path().join(posting.replace('.', "-") + ".yaml");
        std::fs::write(&file, output.stdout).unwrap();
        rolediff().arg("validate").arg(&file).assert().success();
    }
}

#[test]
fn every_built_in_role_survives_show_as_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let listed = json(rolediff().args(["list", "-f", "json"]));
    for role in listed.as_array().unwrap() {
        let id = role["id"].as_str().unwrap();
        let yaml = rolediff()
            .args(["show", id, "-f", "yaml"])
            .output()
            .unwrap()
            .stdout;
        let file = dir.path().join(format!("{id}.yaml"));
        std::fs::write(&file, yaml).unwrap();
        let mut original = json(rolediff().args(["show", id, "-f", "json"]));
        let mut copy = json(rolediff().args(["show", "-f", "json"]).arg(&file));
        for shown in [&mut original, &mut copy] {
            shown["source"] = Value::Null;
            shown["id"] = Value::Null;
        }
        assert_eq!(original, copy, "{id}");
    }
}

#[test]
fn a_posting_works_in_every_command_that_takes_a_role() {
    let posting = fixture("postings/markdown-headings.md");
    let posting = posting.to_str().unwrap();
    let compared = json(rolediff().args(["compare", posting, "ml-engineer", "-f", "json"]));
    assert_eq!(compared["a"]["title"], "Machine Learning Engineer");
    assert_eq!(compared["a"]["id"], "markdown-headings");
    let gap = json(rolediff().args(["gap", "data-analyst", posting, "-f", "json"]));
    assert_eq!(gap["to"]["title"], "Machine Learning Engineer");
    let similar = json(rolediff().args(["similar", posting, "-f", "json"]));
    // The posting of an ML engineer is closest to the roles of that kind.
    let best: Vec<&str> = similar.as_array().unwrap()[..5]
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(best.contains(&"ml-engineer"), "{best:?}");
    let matrix = json(rolediff().args(["matrix", posting, "ml-engineer", "-f", "json"]));
    assert_eq!(matrix["roles"][0], "markdown-headings");
}

#[test]
fn standard_input_is_a_posting_when_it_is_not_a_role_file() {
    let text = std::fs::read_to_string(fixture("postings/bullet-symbols.txt")).unwrap();
    let shown = json(
        rolediff()
            .args(["show", "-", "-f", "json"])
            .write_stdin(text),
    );
    assert_eq!(shown["id"], "stdin");
    assert_eq!(shown["title"], "Senior Business Intelligence Analyst");
    assert!(
        item_names(&shown["responsibilities"])
            .contains(&"Present findings and recommendations to leadership")
    );
    // A YAML mapping with a `title` is a role file, errors and all, in either style.
    rolediff()
        .args(["show", "-"])
        .write_stdin("title: T\nskils: [SQL]\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>:2:1: unknown key"));
    for flow in [
        "{title: X, skills: [SQL]}\n",
        "{\"title\": \"X\", \"skills\": [\"SQL\"]}",
    ] {
        let shown = json(
            rolediff()
                .args(["show", "-", "-f", "json"])
                .write_stdin(flow),
        );
        assert_eq!(shown["title"], "X", "{flow}");
        assert_eq!(item_names(&shown["skills"]), ["SQL"], "{flow}");
    }
    // A posting with a line that starts `title:` is still a posting.
    let posting = "Data Engineer\ntitle: senior level\n\nRequirements:\n- 3 years of SQL\n";
    let shown = json(
        rolediff()
            .args(["show", "-", "-f", "json"])
            .write_stdin(posting),
    );
    assert_eq!(shown["title"], "Data Engineer");
    assert_eq!(item_names(&shown["skills"]), ["3 years of SQL"]);
}

#[test]
fn bad_postings_are_errors_that_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &[u8], &str)] = &[
        ("empty.txt", b"", "the posting is empty"),
        ("blank.md", b"\n  \n\t\n", "the posting is empty"),
        (
            "binary.txt",
            b"\x7fELF\x02\x01\x01\x00\x00\x00",
            ":1:8: not a text file",
        ),
        (
            "latin1.txt",
            b"Analyst\nR\xe9sum\xe9\n",
            ":2:2: the posting is not valid UTF-8",
        ),
    ];
    for (name, bytes, message) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        rolediff()
            .arg("show")
            .arg(&path)
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with(format!(
                "error: {}",
                path.display()
            )))
            .stderr(predicate::str::contains(*message))
            .stderr(predicate::str::contains("hint:"));
    }
    let large = dir.path().join("large.txt");
    std::fs::write(&large, "Analyst\n".repeat(140_000)).unwrap();
    rolediff()
        .arg("show")
        .arg(&large)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than 1 MiB"));
    rolediff()
        .args(["show", "-"])
        .write_stdin(vec![b'a'; 2 * 1024 * 1024])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than 1 MiB"));
    rolediff()
        .args(["show"])
        .arg(dir.path().join("missing.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read"));
}

#[test]
fn a_posting_with_no_section_is_a_role_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("prose.txt");
    std::fs::write(
        &path,
        "We are a friendly company in a nice town and we like tea.\n",
    )
    .unwrap();
    let shown = rolediff()
        .args(["show", "-f", "json"])
        .arg(&path)
        .assert()
        .success()
        .stderr(predicate::str::contains("no heading names a section"))
        .stderr(predicate::str::contains("no items found"))
        .stderr(predicate::str::contains("no title line"));
    let shown: Value = serde_json::from_slice(&shown.get_output().stdout).unwrap();
    assert_eq!(shown["title"], "prose");
    // The posting's text is not quoted in the warnings.
    let no_headings = rolediff()
        .arg("show")
        .arg(fixture("postings/no-headings.txt"))
        .assert()
        .success()
        .get_output()
        .stderr
        .clone();
    assert!(!String::from_utf8(no_headings).unwrap().contains("trading"));
}

#[test]
fn posting_text_is_escaped_on_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.txt");
    std::fs::write(
        &path,
        "Analyst \x1b[31mRED\u{202e}\n\nRequirements:\n- SQL\x07 and \u{200b}Python\n",
    )
    .unwrap();
    for format in ["table", "yaml", "tsv", "csv"] {
        let text = stdout(rolediff().args(["show", "-f", format]).arg(&path));
        assert!(
            !text.contains(['\x1b', '\x07', '\u{202e}', '\u{200b}']),
            "{format}: {text}"
        );
    }
}

#[test]
fn tools_of_an_imported_library_are_recognised_in_a_posting() {
    let out = tempfile::tempdir().unwrap();
    rolediff()
        .args(["import", "onet"])
        .arg(fixture("onet"))
        .arg("--out")
        .arg(out.path())
        .assert()
        .success();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("drafter.txt");
    std::fs::write(
        &path,
        "Drafter\n\nWhat you'll do\n- Draw plans in Autodesk AutoCAD for our clients\n",
    )
    .unwrap();
    let tools = |roles_dir: Option<&std::path::Path>| {
        let mut cmd = rolediff();
        cmd.args(["show", "-f", "json"]).arg(&path);
        if let Some(dir) = roles_dir {
            cmd.arg("--roles-dir").arg(dir);
        }
        let shown = json(&mut cmd);
        item_names(&Value::Array(
            shown["tools"]
                .as_array()
                .unwrap()
                .iter()
                .map(|tool| tool["name"].clone())
                .collect(),
        ))
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>()
    };
    assert!(!tools(None).contains(&"Autodesk AutoCAD".to_owned()));
    assert!(tools(Some(out.path())).contains(&"Autodesk AutoCAD".to_owned()));
}

#[test]
fn a_posting_of_many_bullets_and_names_is_read_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.md");
    let mut text = String::from("# Analyst\n\n## Requirements\n");
    text.extend((0..25_000).map(|i| format!("- item {i} with SQL, Python and R\n")));
    text.push_str("## Tech stack\n");
    text.push_str(
        &(0..5_000)
            .map(|i| format!("Tool{i}"))
            .collect::<Vec<_>>()
            .join(", "),
    );
    std::fs::write(&path, text).unwrap();
    let shown = json(
        crate::common::bounded()
            .args(["show", "-f", "json"])
            .arg(&path),
    );
    assert_eq!(shown["skills"].as_array().unwrap().len(), 25_000);
    let tools = shown["tools"].as_array().unwrap();
    assert_eq!(tools.len(), 5_003, "every tool once, and SQL, Python and R");
    // Tens of thousands of headings and labelled lines.
    let heads = dir.path().join("heads.txt");
    let lines: String = (0..50_000)
        .map(|i| {
            if i % 2 == 0 {
                "Requirements: SQL\n"
            } else {
                "Skills and more\n"
            }
        })
        .collect();
    std::fs::write(&heads, format!("Title\n{lines}")).unwrap();
    crate::common::bounded()
        .args(["show", "-f", "json"])
        .arg(&heads)
        .assert()
        .success();
}

#[test]
fn a_line_of_brackets_is_read_in_linear_time() {
    // Each line once under a bound of CPU time: a cleaner that searches again from every
    // `[` takes minutes on these.
    let dir = tempfile::tempdir().unwrap();
    for (name, line) in [
        ("open.txt", format!("{}](x)", "[".repeat(300_000))),
        ("tags.txt", "[Remote] [Full-time] [SQL] ".repeat(12_000)),
        ("links.txt", "[a](b".repeat(150_000)),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("Analyst\n\nRequirements\n- {line}\n")).unwrap();
        crate::common::bounded()
            .args(["show", "-f", "json"])
            .arg(&path)
            .assert()
            .success();
    }
}

/// The names of the items of `section` of a role shown as JSON, with their notes.
fn section_of(shown: &Value, section: &str) -> Vec<(String, Option<String>)> {
    shown[section]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| match item {
            Value::String(name) => (name.clone(), None),
            item => (
                item["name"].as_str().unwrap().to_owned(),
                item["note"].as_str().map(str::to_owned),
            ),
        })
        .collect()
}

fn names_in(shown: &Value, section: &str) -> Vec<String> {
    section_of(shown, section)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

#[test]
fn a_cv_has_what_was_done_as_responsibilities_and_no_job_lines() {
    let shown = json(
        rolediff()
            .args(["show", "-f", "json"])
            .arg(fixture("postings/cv-uk.md")),
    );
    let done = names_in(&shown, "responsibilities");
    assert!(
        done.iter()
            .any(|item| item.starts_with("Led the migration")),
        "{done:?}"
    );
    assert!(
        done.iter()
            .any(|item| item.starts_with("Analysed customer churn")),
        "{done:?}"
    );
    let skills = names_in(&shown, "skills");
    // The experience bullets are not skills, the job lines no items at all.
    let everything: Vec<String> = ["responsibilities", "skills", "education", "certifications"]
        .iter()
        .flat_map(|section| names_in(&shown, section))
        .collect();
    assert!(
        everything
            .iter()
            .all(|item| !item.contains("Northway") && !item.contains("Brightside")),
        "{everything:?}"
    );
    // A comma list under Skills is one item an entry; a tool's name among them a tool.
    for entry in [
        "SQL (advanced)",
        "Python (pandas)",
        "data modelling",
        "stakeholder management",
    ] {
        assert!(skills.contains(&entry.to_owned()), "{entry}: {skills:?}");
    }
    assert!(names_in(&shown, "tools").contains(&"Microsoft Excel".to_owned()));
}

#[test]
fn a_startup_posting_reads_what_you_will_bring_as_requirements() {
    let shown = json(
        rolediff()
            .args(["show", "-f", "json"])
            .arg(fixture("postings/startup-posting.md")),
    );
    let done = names_in(&shown, "responsibilities");
    assert_eq!(done.len(), 3, "only what you'll do: {done:?}");
    assert!(
        names_in(&shown, "skills").contains(&"4+ years building data models in SQL".to_owned())
    );
    assert_eq!(
        names_in(&shown, "education"),
        ["A degree in a quantitative subject, or equivalent experience"]
    );
    let bonus = section_of(&shown, "skills");
    let airflow = bonus
        .iter()
        .find(|(name, _)| name.contains("Airflow"))
        .expect("the bonus point");
    assert_eq!(airflow.1.as_deref(), Some("nice to have"));
    assert!(names_in(&shown, "tools").contains(&"dbt".to_owned()));
}

#[test]
fn a_headless_ad_has_its_sentences_sorted_by_what_they_say() {
    let shown = json(
        rolediff()
            .args(["show", "-f", "json"])
            .arg(fixture("postings/headless-ad.txt")),
    );
    let done = names_in(&shown, "responsibilities");
    assert_eq!(done.len(), 5, "{done:?}");
    assert!(
        done.iter()
            .any(|item| item.starts_with("Develops and tests backup"))
    );
    assert_eq!(
        names_in(&shown, "education"),
        ["Bachelor's degree in computer science or a related field"]
    );
    let skills = section_of(&shown, "skills");
    assert!(skills.contains(&(
        "Snowflake or Databricks is a plus".to_owned(),
        Some("nice to have".to_owned())
    )));
    assert!(skills.contains(&(
        "5+ years of experience administering SQL Server".to_owned(),
        None
    )));
    // What is about the company or the pay stays in the summary.
    let summary = shown["summary"].as_str().unwrap();
    assert!(summary.contains("equal opportunity employer"), "{summary}");
    assert!(summary.contains("401(k)"), "{summary}");
}

#[test]
fn bare_tool_names_are_the_tools_the_library_knows() {
    let roles = tempfile::tempdir().unwrap();
    std::fs::write(
        roles.path().join("sql-developer.yaml"),
        "title: SQL Developer\ntools:\n- Apache Spark\n- Microsoft SQL Server Integration Services SSIS\n\
         - Transact-SQL\n- Google Cloud software\n- Microsoft Excel\n- Oracle Hyperion\n- IBM Hyperion\n",
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let tools_of = |text: &str| {
        let path = dir.path().join("ad.txt");
        std::fs::write(&path, text).unwrap();
        names_in(
            &json(
                rolediff()
                    .args(["show", "-f", "json"])
                    .arg(&path)
                    .arg("--roles-dir")
                    .arg(roles.path()),
            ),
            "tools",
        )
    };
    let found = tools_of(
        "SQL Developer\n\nExperience with Spark, SSIS and T-SQL. You know GCP and Excel. Hyperion is a plus.\n",
    );
    for tool in [
        "Apache Spark",
        // The vocabulary's name, as for Google Cloud Platform.
        "SQL Server Integration Services",
        "Transact-SQL",
        "Google Cloud Platform",
        "Microsoft Excel",
    ] {
        assert!(found.contains(&tool.to_owned()), "{tool}: {found:?}");
    }
    assert!(
        found.iter().all(|tool| !tool.contains("Hyperion")),
        "two vendors': {found:?}"
    );
    // The same words as words are no tools.
    let found = tools_of(
        "SQL Developer\n\nExcellent communication; a spark of curiosity. You will excel at reporting.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_tool_in_a_wish_is_wished_for_under_any_heading_but_a_duty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ad.md");
    std::fs::write(
        &path,
        "Data Engineer\n\nResponsibilities\n- Build batch pipelines with Spark\n\
         - Experience with Airflow is a plus\n\nRequirements\n- Knowledge of Kafka is a plus\n",
    )
    .unwrap();
    let shown = json(rolediff().args(["show", "-f", "json"]).arg(&path));
    let tools = section_of(&shown, "tools");
    let wished = Some("nice to have".to_owned());
    // Under the duties, a wish is a requirement all the same, and so is its tool.
    assert!(
        tools.contains(&("Apache Airflow".to_owned(), wished.clone())),
        "{tools:?}"
    );
    assert!(
        tools.contains(&("Apache Kafka".to_owned(), wished)),
        "{tools:?}"
    );
    // A tool a duty names is asked for.
    assert!(
        tools.contains(&("Apache Spark".to_owned(), None)),
        "{tools:?}"
    );
}

#[test]
fn a_cv_whose_jobs_are_headings_reads_them_as_its_work_history() {
    // "### Data Analyst — Acme Retail (2019–2023)" under "## Experience" names a job, not
    // a section: no warning, and what was done in it is a responsibility.
    let shown = rolediff()
        .args(["show", "-f", "json"])
        .arg(fixture("postings/cv-job-headings.md"))
        .assert()
        .success()
        .stderr(predicate::str::contains("name no section").not());
    let shown: Value = serde_json::from_slice(&shown.get_output().stdout).unwrap();
    let duties = shown["responsibilities"].as_array().unwrap();
    assert!(
        duties.iter().any(
            |item| item.as_str() == Some("Modelled sales data in dbt and BigQuery")
                || item["name"] == "Modelled sales data in dbt and BigQuery"
        ),
        "{duties:?}"
    );
}
