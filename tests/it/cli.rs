//! End-to-end tests of the `rolediff` binary: commands, formats, flags and errors.

use crate::common;

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use common::{json, rolediff, strings};
use predicates::prelude::*;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn section<'a>(diff: &'a Value, name: &str) -> &'a Value {
    diff["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["section"] == name)
        .unwrap()
}

#[test]
fn compare_prints_a_table_of_both_roles() {
    rolediff()
        .args(["compare", "data-manager", "ml-engineer"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Data Manager  vs  Machine Learning Software Engineer",
        ))
        .stdout(predicate::str::contains("industries  43%  ####------"))
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
        expected.extend(strings(&role[key]).into_iter().map(str::to_owned));
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
             @@ industries 43% @@\n Healthcare\n Finance\n Retail\n-Government\n-Education\n+Technology\n+Manufacturing\n",
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
            "section\trelation\ta\tb\tscore\nindustries\tshared\tHealthcare\tHealthcare\t1.0\n",
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
        .stdout(predicate::str::contains("### industries (43%)\n\n|   | Data Manager | Machine Learning Software Engineer |\n|---|---|---|\n| = | Healthcare | Healthcare |"));
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
    ]));
    let names: Vec<&str> = diff["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["section"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["tools", "industries"]);
    // 3 shared industries over 7 industries and 19 tools, none shared.
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
            "@@ industries 43% @@\n+Technology\n+Manufacturing\n",
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
fn aliases_resolve_case_insensitively() {
    let diff = json(rolediff().args([
        "compare",
        "Machine-Learning-Software-Engineer",
        "DATA-MANAGER",
        "-f",
        "json",
    ]));
    assert_eq!(diff["a"]["id"], "ml-engineer");
    assert_eq!(diff["b"]["id"], "data-manager");
}

#[test]
fn a_path_names_a_role_file() {
    let diff = json(rolediff().args([
        "compare",
        fixture("good.yaml").to_str().unwrap(),
        "data-manager",
        "-f",
        "json",
    ]));
    assert_eq!(diff["a"]["id"], "good");
    assert_eq!(diff["a"]["title"], "Data Wrangler");
}

#[test]
fn unknown_role_suggests_the_closest_id() {
    rolediff()
        .args(["compare", "data-manger", "ml-engineer"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: unknown role `data-manger`",
        ))
        .stderr(predicate::str::contains("did you mean `data-manager`"));
}

#[test]
fn names_that_look_like_escapes_are_not_paths() {
    for name in ["..", "../../etc/passwd", "ETC"] {
        rolediff()
            .args(["show", name])
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with("error:"));
    }
}

#[test]
fn roles_dir_overrides_built_in_roles_and_adds_its_own() {
    let roles = json(
        rolediff()
            .args(["list", "-f", "json", "--roles-dir"])
            .arg(fixture("mixed-folder")),
    );
    let manager = roles
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "data-manager")
        .unwrap();
    assert_eq!(manager["title"], "Data Manager (local edition)");
    assert!(
        manager["source"]
            .as_str()
            .unwrap()
            .ends_with("data-manager.yaml")
    );
    let wrangler = roles
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "data-wrangler")
        .unwrap();
    assert_eq!(wrangler["aliases"], serde_json::json!(["Wrangler"]));
    let engineer = roles
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "ml-engineer")
        .unwrap();
    assert_eq!(engineer["source"], "built-in");
}

#[test]
fn a_broken_file_is_reported_and_the_good_roles_still_work() {
    rolediff()
        .args(["list", "-f", "tsv", "--roles-dir"])
        .arg(fixture("mixed-folder"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "data-wrangler\tData Wrangler\tWrangler\t",
        ))
        .stderr(predicate::str::contains(
            "broken-role.yaml:2:1: unknown key `skils`",
        ));
    rolediff()
        .args(["compare", "wrangler", "ml-engineer", "--roles-dir"])
        .arg(fixture("mixed-folder"))
        .assert()
        .success()
        .stderr(predicate::str::contains("warning:"));
    rolediff()
        .args(["show", "data-wrangler", "--roles-dir"])
        .arg(fixture("mixed-folder"))
        .assert()
        .success()
        .stderr("");
}

#[test]
fn user_folder_and_roledif_path_are_searched() {
    let config = tempfile::tempdir().unwrap();
    let user_roles = config.path().join("rolediff/roles");
    fs::create_dir_all(&user_roles).unwrap();
    fs::write(user_roles.join("my-role.yaml"), "title: Mine\n").unwrap();
    let extra = tempfile::tempdir().unwrap();
    fs::write(extra.path().join("extra-role.yaml"), "title: Extra\n").unwrap();
    rolediff()
        .env("XDG_CONFIG_HOME", config.path())
        .env("ROLEDIFF_PATH", extra.path())
        .args(["list", "-f", "tsv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("my-role\tMine\t\t"))
        .stdout(predicate::str::contains("extra-role\tExtra\t\t"));
}

#[test]
fn a_role_hidden_by_a_later_folder_is_shown_in_list_and_warned_by_validate() {
    let early = tempfile::tempdir().unwrap();
    let late = tempfile::tempdir().unwrap();
    fs::write(early.path().join("data-manager.yaml"), "title: Early DM\n").unwrap();
    fs::write(late.path().join("data-manager.yaml"), "title: Late DM\n").unwrap();
    fs::write(late.path().join("x.yaml"), "title: X\n").unwrap();
    fs::write(late.path().join("x.yml"), "title: X too\n").unwrap();
    let run = |args: &[&str]| {
        let mut cmd = rolediff();
        cmd.env("ROLEDIFF_PATH", early.path())
            .arg("--roles-dir")
            .arg(late.path())
            .args(args);
        cmd
    };
    let listed = json(&mut run(&["list", "-f", "json"]));
    let entry = |id: &str| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|entry| entry["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(entry("data-manager")["title"], "Late DM");
    let early_path = early.path().join("data-manager.yaml");
    assert_eq!(
        entry("data-manager")["overrides"],
        serde_json::json!(["built-in", early_path.to_str().unwrap()])
    );
    assert_eq!(
        entry("x")["overrides"],
        serde_json::json!([late.path().join("x.yaml").to_str().unwrap()])
    );
    assert!(entry("ml-engineer").get("overrides").is_none());
    run(&["list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(overrides built-in,"));
    run(&["validate"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "warning: {}: the role `data-manager` is hidden by {}",
            early_path.display(),
            late.path().join("data-manager.yaml").display()
        )))
        .stdout(predicate::str::contains(
            "warning: roles/data-manager.yaml (built-in): the role `data-manager` is hidden by",
        ))
        .stdout(predicate::str::contains("3 warnings"));
}

#[test]
fn a_folder_of_the_environment_that_is_missing_or_a_file_is_one_warning() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    fs::write(&file, "x").unwrap();
    let missing = dir.path().join("missing");
    let path_list = format!(
        "{}:{}:{}",
        file.display(),
        missing.display(),
        missing.display()
    );
    let output = rolediff()
        .env("ROLEDIFF_PATH", &path_list)
        .args(["show", "data-manager", "-f", "json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        format!(
            "warning: {} (from ROLEDIFF_PATH): not a folder; skipped\nwarning: {} (from ROLEDIFF_PATH): no such folder; skipped\n",
            file.display(),
            missing.display()
        )
    );
    // The user's roles folder: a file there is a warning; no folder at all is silent.
    let config = tempfile::tempdir().unwrap();
    fs::create_dir_all(config.path().join("rolediff")).unwrap();
    rolediff()
        .env("XDG_CONFIG_HOME", config.path())
        .args(["show", "data-manager"])
        .assert()
        .success()
        .stderr("");
    fs::write(config.path().join("rolediff/roles"), "x").unwrap();
    rolediff()
        .env("XDG_CONFIG_HOME", config.path())
        .args(["compare", "data-manager", "ml-engineer"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "(the user's roles folder): not a folder; skipped",
        ));
}

#[test]
fn a_missing_roles_dir_is_an_error() {
    rolediff()
        .args(["list", "--roles-dir", "no/such/folder"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "error: no/such/folder: not a folder of role files",
        ));
}

#[test]
fn bad_role_files_end_with_a_located_error() {
    let cases = [
        (
            "unknown-key.yaml",
            ":2:1: unknown key `skils`; allowed keys: `title`",
        ),
        (
            "wrong-type.yaml",
            ":2:9: skills: invalid type: string \"SQL and Python\", expected a sequence",
        ),
        (
            "invalid-yaml.yaml",
            ":3:6: did not find expected ',' or ']'",
        ),
        ("not-utf8.yaml", ":3:8: the file is not valid UTF-8"),
        ("alias-bomb.yaml", ":4:5: skills[0]: invalid type: sequence"),
        (
            "deep-nesting.yaml",
            ":2:10: skills[0]: invalid type: sequence",
        ),
    ];
    for (name, message) in cases {
        let path = fixture(name);
        rolediff()
            .args(["show"])
            .arg(&path)
            .timeout(std::time::Duration::from_secs(10))
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with(format!(
                "error: {}{message}",
                path.display()
            )));
    }
}

#[test]
fn a_file_over_one_mebibyte_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let mut text = String::from("title: Huge\nskills:\n");
    while text.len() <= 1024 * 1024 {
        text.push_str("  - Some skill that repeats\n");
    }
    fs::write(&path, text).unwrap();
    rolediff()
        .arg("show")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the file is larger than 1 MiB"));
}

#[test]
fn an_empty_or_missing_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.yaml");
    fs::write(&empty, "").unwrap();
    rolediff()
        .arg("show")
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the file is empty"));
    rolediff()
        .args(["show", "no/such/role.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/role.yaml: cannot read"));
}

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
fn show_table_and_tsv() {
    rolediff()
        .args(["show", "data-manager"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "| tools            | Oracle  (Database management systems)",
        ));
    rolediff()
        .args(["show", "data-manager", "-f", "tsv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "field\tcategory\tvalue\nid\t\tdata-manager\n",
        ))
        .stdout(predicate::str::contains(
            "tools\tDatabase management systems\tOracle\n",
        ));
}

#[test]
fn piped_output_has_no_escape_codes_unless_asked() {
    let plain = rolediff()
        .env_remove("NO_COLOR")
        .args(["compare", "data-manager", "ml-engineer"])
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&plain.get_output().stdout).contains('\x1b'));
    for (env, flag) in [(None, Some("always")), (Some("1"), None)] {
        let mut cmd = rolediff();
        cmd.env_remove("NO_COLOR")
            .args(["compare", "data-manager", "ml-engineer", "-f", "diff"]);
        if let Some(value) = env {
            cmd.env("CLICOLOR_FORCE", value);
        }
        if let Some(flag) = flag {
            cmd.args(["--color", flag]);
        }
        let output = cmd.assert().success().get_output().stdout.clone();
        assert!(
            String::from_utf8_lossy(&output).contains("\x1b[31m-Government"),
            "{env:?} {flag:?}"
        );
    }
    let never = rolediff()
        .env("CLICOLOR_FORCE", "1")
        .args(["compare", "data-manager", "ml-engineer", "--color", "never"])
        .assert();
    assert!(!String::from_utf8_lossy(&never.get_output().stdout).contains('\x1b'));
    let no_color = rolediff()
        .env("CLICOLOR_FORCE", "1")
        .args(["compare", "data-manager", "ml-engineer"])
        .assert();
    assert!(!String::from_utf8_lossy(&no_color.get_output().stdout).contains('\x1b'));
}

#[test]
fn a_hostile_title_cannot_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.yaml");
    fs::write(
        &path,
        "title: \"Evil\\e[2J\\a\"\nskills: [\"x\\e]0;pwned\\a\"]\n",
    )
    .unwrap();
    let output = rolediff()
        .args(["compare", "--color", "never"])
        .arg(&path)
        .arg("data-manager")
        .assert()
        .success();
    let text = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    assert!(!text.contains('\x1b') && !text.contains('\x07'));
    assert!(text.contains("Evil\\x1b[2J\\x07"));
    let json = json(
        rolediff()
            .args(["compare", "-f", "json"])
            .arg(&path)
            .arg("data-manager"),
    );
    assert_eq!(json["a"]["title"], "Evil\u{1b}[2J\u{7}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    // Enough roles that `list` outgrows the pipe's buffer and meets the closed end.
    for i in 0..3000 {
        fs::write(
            dir.path().join(format!("role-{i:04}.yaml")),
            format!("title: Role number {i}\n"),
        )
        .unwrap();
    }
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("rolediff"))
        .args(["list", "-f", "tsv", "--roles-dir"])
        .arg(dir.path())
        .env("XDG_CONFIG_HOME", dir.path())
        .env("XDG_CACHE_HOME", dir.path().join("cache"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "id\ttitle\taliases\tsource\n");
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn usage_errors_exit_with_2() {
    rolediff()
        .args(["compare", "data-manager"])
        .assert()
        .code(2);
    rolediff()
        .args(["compare", "a", "b", "--format", "yaml"])
        .assert()
        .code(2);
    rolediff()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("compare"));
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
            "skills\tsimilar\tAnalytical and problem-solving skills\tStrong problem-solving and analytical skills\t1.0\n",
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
fn validate_accepts_the_library_and_refuses_a_bad_file() {
    rolediff().arg("validate").assert().success().stdout(
        predicate::str::is_match(r"checked \d+ role files: 0 errors, 0 warnings\n$").unwrap(),
    );
    rolediff()
        .arg("validate")
        .arg(fixture("unknown-key.yaml"))
        .arg(fixture("good.yaml"))
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "unknown-key.yaml:2:1: unknown key `skils`",
        ))
        .stdout(predicate::str::ends_with(
            "checked 2 role files: 1 error, 0 warnings\n",
        ));
}

#[test]
fn validate_tells_errors_from_warnings() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("one.yaml"),
        "title: One\naliases: [both, data-manager]\nskills: [SQL, sql]\n",
    )
    .unwrap();
    fs::write(dir.path().join("two.yaml"), "title: ''\naliases: [Both]\n").unwrap();
    fs::write(dir.path().join("broken.yaml"), "title: [\n").unwrap();
    let output = rolediff()
        .args(["validate", "--roles-dir"])
        .arg(dir.path())
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(
        text.contains("broken.yaml:1:8: title: invalid type"),
        "{text}"
    );
    assert!(
        text.contains("warning: ") && text.contains("skills: `sql` repeats `SQL`"),
        "{text}"
    );
    assert!(
        text.contains("the alias `data-manager` is the id of"),
        "{text}"
    );
    assert!(text.contains("two.yaml: the title is empty"), "{text}");
    assert!(text.contains("the alias `Both` also names `one`"), "{text}");
    assert!(text.ends_with("3 errors, 2 warnings\n"), "{text}");
}

#[test]
fn schema_is_json_schema() {
    let schema = json(rolediff().arg("schema"));
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["required"], serde_json::json!(["title"]));
}

#[test]
fn completions_and_man_page_are_printed() {
    rolediff()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("_rolediff()"));
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        rolediff()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("rolediff"));
    }
    rolediff()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(".ie \\n(.g .ds Aq"))
        .stdout(predicate::str::contains(".TH rolediff"));
}

/// A folder of 80 roles (`role-00` to `role-79`), enough to be cached; `yaml` writes each.
#[test]
fn a_large_folder_is_cached_and_a_changed_file_is_read_again() {
    let roles = common::large_folder(|i| format!("title: Role {i}\nskills: [SQL]\n"));
    let cache = tempfile::tempdir().unwrap();
    let list = || {
        let mut cmd = rolediff();
        cmd.env("XDG_CACHE_HOME", cache.path())
            .args(["list", "-f", "tsv", "--roles-dir"])
            .arg(roles.path());
        cmd
    };
    let first = list().assert().success().get_output().stdout.clone();
    let cached: Vec<_> = fs::read_dir(cache.path().join("rolediff"))
        .unwrap()
        .collect();
    assert_eq!(cached.len(), 1, "one cache file for the folder");
    assert_eq!(
        list().assert().success().get_output().stdout,
        first,
        "the cache gives the same roles"
    );
    fs::write(
        roles.path().join("role-07.yaml"),
        "title: Role seven, edited\n",
    )
    .unwrap();
    list()
        .assert()
        .success()
        .stdout(predicate::str::contains("role-07\tRole seven, edited\t"));
    fs::write(roles.path().join("role-08.yaml"), "title: [broken\n").unwrap();
    list()
        .assert()
        .success()
        .stderr(predicate::str::contains("role-08.yaml:1:"))
        .stdout(predicate::str::contains("role-08").not());
}

#[test]
fn aliases_in_a_large_folder_resolve_through_the_cache_and_follow_edits() {
    let roles = common::large_folder(|i| {
        format!("title: Role {i}\naliases: [CODE-{i:02}]\nskills: [SQL, Python {i}]\n")
    });
    let cache = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let mut cmd = rolediff();
        cmd.env("XDG_CACHE_HOME", cache.path())
            .args(args)
            .arg("--roles-dir")
            .arg(roles.path());
        cmd
    };
    let compared = json(&mut run(&[
        "compare", "code-05", "CODE-06", "--format", "json",
    ]));
    assert_eq!(compared["a"]["id"], "role-05");
    assert_eq!(compared["b"]["id"], "role-06");
    run(&["similar", "role-01"]).assert().success();
    let mut kinds: Vec<String> = fs::read_dir(cache.path().join("rolediff"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .map(|name| name.split('-').next().unwrap().to_owned())
        .collect();
    kinds.sort();
    assert_eq!(kinds, ["roles"], "one cache, of whole roles");
    // An edited alias is seen at once: the cached names of a changed file are not used.
    fs::write(
        roles.path().join("role-05.yaml"),
        "title: Role five\naliases: [renamed]\nskills: [SQL]\n",
    )
    .unwrap();
    let compared = json(&mut run(&[
        "compare", "RENAMED", "code-06", "--format", "json",
    ]));
    assert_eq!(compared["a"]["title"], "Role five");
    run(&["compare", "code-05", "code-06"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown role `code-05`"));
}

#[test]
fn a_symbolic_link_in_a_roles_folder_is_a_role() {
    let roles = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("kept-elsewhere.yaml");
    fs::write(&target, "title: Linked Role\n").unwrap();
    std::os::unix::fs::symlink(&target, roles.path().join("linked.yaml")).unwrap();
    let mut cmd = rolediff();
    cmd.args(["show", "linked", "--roles-dir"])
        .arg(roles.path());
    cmd.assert()
        .success()
        .stdout(predicate::str::contains("Linked Role"));
}

#[test]
fn a_malformed_role_is_a_located_warning_in_list_and_an_error_where_it_is_named() {
    let roles = tempfile::tempdir().unwrap();
    fs::write(
        roles.path().join("odd.yaml"),
        "title: Odd Role\nskills: [{nam: SQL}]\n",
    )
    .unwrap();
    fs::write(roles.path().join("no-title.yaml"), "aliases: [x]\n").unwrap();
    let run = |args: &[&str]| {
        let mut cmd = rolediff();
        cmd.args(args).arg("--roles-dir").arg(roles.path());
        cmd
    };
    run(&["list", "-f", "tsv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("odd\t").not())
        .stderr(predicate::str::contains("odd.yaml:2:"))
        .stdout(predicate::str::contains("no-title").not())
        .stderr(predicate::str::contains(
            "no-title.yaml:1:1: missing key `title`",
        ));
    run(&["compare", "odd", "data-manager"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("odd.yaml:2:"))
        .stderr(predicate::str::contains("unknown key `nam`"));
}
