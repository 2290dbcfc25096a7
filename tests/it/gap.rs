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

/// `gap FROM TO -f json` of two documents of `tests/fixtures/postings`.
fn posting_gap(from: &str, to: &str) -> Value {
    let postings = fixture("postings");
    json(
        rolediff()
            .arg("gap")
            .arg(postings.join(from))
            .arg(postings.join(to))
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
fn a_degree_in_letters_covers_by_its_level_and_the_field_its_letters_name() {
    let gap = posting_gap("cv-teacher.md", "instructional-designer.txt");
    // "M.Ed. Curriculum and Instruction" is a master's in education: it covers the
    // bachelor's in education and the master's wished for; "B.S. Biology" covers neither.
    assert!(names(&gap["to_learn"]["education"]).is_empty(), "{gap}");
    let by_med: Vec<String> = carried(&gap)
        .into_iter()
        .filter(|(section, _, from, _)| section == "education" && from.starts_with("M.Ed."))
        .map(|(_, _, _, to)| to)
        .collect();
    assert_eq!(
        by_med,
        [
            "Bachelor's degree in Instructional Design, Education, or a related field",
            "Master's preferred"
        ]
    );
}

#[test]
fn years_a_cv_s_profile_states_cover_years_a_posting_asks() {
    let gap = posting_gap("cv-caps-bullets.txt", "fpa-analyst.md");
    assert!(
        carried(&gap).iter().any(|(_, _, from, to)| {
            from.starts_with("Finance professional with 6 years")
                && to == "3+ years in management accounting or FP&A"
        }),
        "{gap}"
    );
    assert!(
        !names(&gap["to_learn"]["skills"]).contains(&"3+ years in management accounting or FP&A")
    );
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

/// `gap <from> <to> -f <format>` with `extra`, its output.
fn gap_in(format: &str, from: &std::path::Path, to: &std::path::Path, extra: &[&str]) -> String {
    stdout(
        rolediff()
            .arg("gap")
            .arg(from)
            .arg(to)
            .args(["-f", format])
            .args(extra),
    )
}

/// A target with a hostile title and items, a near match, and a list `--top` cuts.
fn hostile_target(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let from = dir.join("from.yaml");
    std::fs::write(
        &from,
        "title: Analyst\nskills: [Verbal and written communication with clients, SQL]\n",
    )
    .unwrap();
    let to = dir.join("to.yaml");
    std::fs::write(
        &to,
        "title: \"<script>alert(1)</script> & \\\"Co\\\" \\e[2J\"\n\
         skills: [Strong written and verbal communication, \"<b>Rust</b>\", Go, Kotlin, Scala]\n\
         tips: [\"Read <i>the book</i> & practise\"]\n",
    )
    .unwrap();
    (from, to)
}

#[test]
fn the_html_hand_out_is_one_page_that_escapes_every_text_and_holds_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let (from, to) = hostile_target(dir.path());
    let page = gap_in("html", &from, &to, &[]);
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    // Nothing runs and nothing is fetched: no script, no link, no source from elsewhere.
    for banned in ["<script", "<link", "src=", "@import", "url(", "\u{1b}"] {
        assert!(!page.contains(banned), "`{banned}` in the page");
    }
    let xml = page.trim_start_matches("<!DOCTYPE html>");
    let document = roxmltree::Document::parse(xml).expect("the page is well formed");
    let texts = |tag: &str| -> Vec<String> {
        document
            .descendants()
            .filter(|node| node.has_tag_name(tag))
            .map(|node| {
                node.descendants()
                    .filter(roxmltree::Node::is_text)
                    .map(|text| text.text().unwrap_or_default())
                    .collect()
            })
            .collect()
    };
    assert_eq!(
        texts("h1"),
        ["From Analyst to <script>alert(1)</script> & \"Co\" \\x1b[2J"]
    );
    let items = texts("li");
    for item in [
        "<b>Rust</b>",
        "Go",
        "Kotlin",
        "Scala",
        "Read <i>the book</i> & practise",
    ] {
        assert!(items.iter().any(|li| li == item), "{item} not in {items:?}");
    }
    // The near match shows its score; the chart has a bar a section with requirements.
    assert!(
        texts("td")
            .iter()
            .any(|td| td.ends_with(')') && td.contains("(0."))
    );
    assert!(document.descendants().any(|n| n.has_tag_name("svg")));
}

#[test]
fn the_markdown_hand_out_has_no_empty_heading_and_says_what_top_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let (from, to) = hostile_target(dir.path());
    let markdown = gap_in("markdown", &from, &to, &["--top", "2"]);
    assert!(
        !markdown.contains("### To learn: certifications"),
        "{markdown}"
    );
    assert!(!markdown.contains("### To learn: tools"), "{markdown}");
    assert!(markdown.contains("- *and 2 more"), "{markdown}");
    assert!(markdown.contains("verbal communication  (0."), "{markdown}");
    let json = json(
        rolediff()
            .arg("gap")
            .arg(&from)
            .arg(&to)
            .args(["-f", "json", "--top", "2"]),
    );
    assert_eq!(json["left_out"]["skills"], 2);
    // Without tips, no Tips heading.
    let bare = dir.path().join("bare.yaml");
    std::fs::write(&bare, "title: Bare\nskills: [Go]\n").unwrap();
    assert!(!gap_in("markdown", &from, &bare, &[]).contains("Tips"));
    assert!(!gap_in("html", &from, &bare, &[]).contains("Tips"));
}

#[test]
fn hand_outs_of_o_star_net_roles_carry_their_attribution() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("roles");
    rolediff()
        .args(["import", "onet"])
        .arg(fixture("onet"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let ids: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|entry| {
            let name = entry.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".yaml").map(str::to_owned)
        })
        .collect();
    for format in ["markdown", "html", "json", "table"] {
        let text = stdout(rolediff().arg("--roles-dir").arg(&out).args([
            "gap",
            "data-manager",
            &ids[0],
            "-f",
            format,
        ]));
        assert!(text.contains("CC BY 4.0"), "{format}: {text}");
        assert!(text.contains("Modified"), "{format}");
    }
    // Built-in roles state no licence: no attribution.
    let text = stdout(rolediff().args(["gap", "data-manager", "ml-engineer", "-f", "markdown"]));
    assert!(!text.contains("CC BY"));
}

#[test]
fn a_requirement_naming_several_tools_is_covered_only_when_each_is() {
    let dir = tempfile::tempdir().unwrap();
    let from = dir.path().join("from.yaml");
    let to = dir.path().join("to.yaml");
    std::fs::write(&from, "title: Dev\nskills: [Git, Python, PyTorch]\n").unwrap();
    std::fs::write(
        &to,
        "title: Ops\nskills: [Familiarity with Docker and Git, Experience with PyTorch or TensorFlow]\n\
         tools: [Docker, Git, PyTorch, TensorFlow]\n",
    )
    .unwrap();
    let gap: Value = serde_json::from_str(&gap_in("json", &from, &to, &[])).unwrap();
    let covered: Vec<String> = carried(&gap).into_iter().map(|(.., to)| to).collect();
    // Git alone does not cover Docker and Git.
    assert!(
        !covered
            .iter()
            .any(|to| to == "Familiarity with Docker and Git"),
        "{covered:?}"
    );
    assert!(names(&gap["to_learn"]["skills"]).contains(&"Familiarity with Docker and Git"));
    // With Docker too, it is covered.
    std::fs::write(&from, "title: Dev\nskills: [Git, Docker, Python]\n").unwrap();
    let gap: Value = serde_json::from_str(&gap_in("json", &from, &to, &[])).unwrap();
    assert!(!names(&gap["to_learn"]["skills"]).contains(&"Familiarity with Docker and Git"));
}

/// What `from_skills` covers of `to_skills` (as YAML flow lists), by `gap`.
fn covered_of(from_skills: &str, to_skills: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let from = dir.path().join("from.yaml");
    let to = dir.path().join("to.yaml");
    std::fs::write(&from, format!("title: From\nskills: {from_skills}\n")).unwrap();
    std::fs::write(&to, format!("title: To\nskills: {to_skills}\n")).unwrap();
    let gap: Value = serde_json::from_str(&gap_in("json", &from, &to, &[])).unwrap();
    carried(&gap).into_iter().map(|(.., to)| to).collect()
}

#[test]
fn a_cover_covers_each_thing_a_requirement_asks_for() {
    let asked = "[Statistics and machine learning]";
    assert!(covered_of("[Statistics]", asked).is_empty());
    assert_eq!(
        covered_of("[Statistics, Machine learning]", asked),
        ["Statistics and machine learning"]
    );
    // Examples and choices ask for one of them.
    let cloud = "[\"Experience with cloud platforms (AWS, GCP, Azure)\"]";
    assert_eq!(covered_of("[AWS]", cloud).len(), 1);
    assert_eq!(covered_of("[PyTorch]", "[PyTorch or TensorFlow]").len(), 1);
}

#[test]
fn an_acronym_covers_the_words_it_stands_for_and_the_words_cover_it() {
    assert_eq!(
        covered_of("[CPA]", "[Certified Public Accountant]"),
        ["Certified Public Accountant"]
    );
    assert_eq!(
        covered_of(
            "[Electronic health record systems]",
            "[Experience with EHR systems]"
        ),
        ["Experience with EHR systems"]
    );
    // Initials by chance are no acronym's words.
    assert!(covered_of("[Coordinate regional meetings]", "[CRM]").is_empty());
}

#[test]
fn an_acronym_covers_its_words_in_another_section_after_a_cover_of_its_own() {
    // The first covers read what the role holds; a later cover in another section reads
    // the same holdings, with the acronyms of both roles.
    let dir = tempfile::tempdir().unwrap();
    let from = dir.path().join("from.yaml");
    let to = dir.path().join("to.yaml");
    std::fs::write(&from, "title: From\nskills: [CPA, Statistics]\n").unwrap();
    std::fs::write(
        &to,
        "title: To\nskills: [Statistical analysis]\n\
         certifications: [Certified Public Accountant]\n",
    )
    .unwrap();
    let gap: Value = serde_json::from_str(&gap_in("json", &from, &to, &[])).unwrap();
    let carried = carried(&gap);
    assert!(
        carried.iter().any(
            |(section, from_section, from, to)| section == "certifications"
                && from_section == "skills"
                && from == "CPA"
                && to == "Certified Public Accountant"
        ),
        "{carried:?}"
    );
}

#[test]
fn a_thing_of_several_words_is_covered_only_by_most_of_them_in_one_item() {
    let medical = "[Medical image database systems]";
    assert!(covered_of("[Database software, Document imaging software]", medical).is_empty());
    assert_eq!(
        covered_of(medical, "[Database software]"),
        ["Database software"]
    );
    assert!(covered_of("[Pacemakers]", "[Pacemaker analyzers]").is_empty());
    // Items that together name all of it hold it.
    let models = "[4+ years building data models in SQL]";
    assert!(covered_of("[SQL (advanced)]", models).is_empty());
    assert_eq!(
        covered_of("[SQL (advanced), Data modelling]", models).len(),
        1
    );
}

#[test]
fn a_product_is_covered_by_itself_and_its_platform_by_any_product_of_the_family() {
    assert!(covered_of("[SQL Server]", "[SSMS]").is_empty());
    assert_eq!(covered_of("[SSMS]", "[SQL Server]"), ["SQL Server"]);
    assert_eq!(covered_of("[PySpark]", "[Apache Spark]"), ["Apache Spark"]);
    // A product sold beside a platform is no product of its family.
    assert!(covered_of("[SSRS]", "[SQL Server]").is_empty());
    assert!(covered_of("[SQL Server]", "[SSRS]").is_empty());
    assert_eq!(
        covered_of("[SSRS]", "[SQL Server Reporting Services]"),
        ["SQL Server Reporting Services"]
    );
    // In compare they stay similar: the family is one.
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.yaml");
    let b = dir.path().join("b.yaml");
    std::fs::write(&a, "title: A\ntools: [SQL Server]\n").unwrap();
    std::fs::write(&b, "title: B\ntools: [SSMS]\n").unwrap();
    let diff = json(
        rolediff()
            .arg("compare")
            .arg(&a)
            .arg(&b)
            .args(["-f", "json"]),
    );
    let tools = diff["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|section| section["section"] == "tools")
        .unwrap()
        .clone();
    assert_eq!(tools["similar"].as_array().unwrap().len(), 1, "{tools}");
}

#[test]
fn one_alternative_of_a_choice_covers_it_and_a_like_word_alone_does_not() {
    // "NEBOSH or IOSH qualification" asks for one of them: the CV's NEBOSH certificate
    // covers it. "Lean Six Sigma Green Belt" is no choice and stays to learn.
    let gap = json(
        rolediff()
            .env("ROLEDIFF_PATH", "")
            .args(["gap", "-f", "json"])
            .arg(fixture("postings/cv-dates-first.txt"))
            .arg(fixture("postings/pay-line-and-qualifications.txt")),
    );
    let covered: Vec<&str> = gap["carries_over"]
        .as_array()
        .unwrap()
        .iter()
        .map(|cover| cover["to"].as_str().unwrap())
        .collect();
    assert!(
        covered.contains(&"NEBOSH or IOSH qualification"),
        "{covered:?}"
    );
    let to_learn = gap["to_learn"]["certifications"].to_string();
    assert!(to_learn.contains("Green Belt"), "{to_learn}");
}
