//! `import onet`: a made-up release in the O*NET layout (tests/fixtures/onet), and the real
//! text release in `../shared/onet/db_30_1_text` when it is there.

use crate::common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use common::rolediff;
use predicates::prelude::*;
use serde_json::Value;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/onet")
}

fn real_release() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/onet/db_30_1_text");
    if path.join("Occupation Data.txt").exists() {
        Some(path)
    } else {
        crate::common::data_missing(&path.display());
        None
    }
}

/// `rolediff import onet <release> --out <out>`.
fn import(release: &Path, out: &Path) -> assert_cmd::Command {
    let mut cmd = rolediff();
    cmd.args(["import", "onet"])
        .arg(release)
        .arg("--out")
        .arg(out);
    cmd
}

/// `validate` passes on the import in `out`, with nothing on stderr.
fn validates_beside_the_built_in_roles(out: &Path) {
    rolediff()
        .arg("validate")
        .arg("--roles-dir")
        .arg(out)
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}

fn show(out: &Path, name: &str) -> Value {
    let output = rolediff()
        .args(["show", name, "-f", "json", "--roles-dir"])
        .arg(out)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&output).unwrap()
}

/// The strings of a JSON list, or the names of its items (a string, or an object with a
/// `name` where the file gives more than a name).
fn strings(value: &Value) -> Vec<String> {
    common::item_names(value)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_fixture_imports_one_role_per_occupation() {
    let out = tempfile::tempdir().unwrap();
    import(&fixture(), out.path())
        .assert()
        .success()
        .stdout(predicate::str::starts_with("imported 3 occupations: 3 role files written to "))
        .stderr(predicate::str::contains("Task Statements.txt: 1 row names an occupation missing from Occupation Data.txt (first: line 5, 99-9999.00)"));
    let mut names: Vec<String> = fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "gadget-engineers.yaml",
            "widget-analysts-99-0003-00.yaml",
            "widget-analysts.yaml"
        ]
    );

    let widget = show(out.path(), "99-0001.00");
    assert_eq!(widget["id"], "widget-analysts");
    assert_eq!(
        strings(&widget["aliases"]),
        ["99-0001.00", "Widget Analyst"],
        "a title two occupations report is no alias, and a title reported twice is one alias"
    );
    assert_eq!(
        strings(&widget["also_called"]),
        ["Analyst", "DBA"],
        "it is kept for find, on each occupation that reports it; so is a name of a built-in role"
    );
    // The import sits beside the built-in roles without a clash.
    validates_beside_the_built_in_roles(out.path());
    assert_eq!(
        strings(&show(out.path(), "99-0002.00")["also_called"]),
        ["Analyst"]
    );
    assert_eq!(
        strings(&widget["responsibilities"]),
        [
            "Measure widgets with calipers.",
            "Write reports on widget quality."
        ]
    );
    assert_eq!(
        strings(&widget["skills"]),
        ["Mathematics", "Reading Comprehension"],
        "Active Listening (2.5) is under the cut-off"
    );
    assert_eq!(strings(&widget["education"])[0], "Bachelor's Degree");
    assert_eq!(
        strings(&widget["education"])[1],
        "Job Zone Four: Considerable Preparation Needed"
    );
    assert_eq!(
        widget["tools"][1],
        serde_json::json!({
            "name": "Python",
            "category": "Object or component oriented development software",
            "note": "hot technology, in demand"
        })
    );
    assert!(
        strings(&widget["sources"])
            .iter()
            .any(|s| s.contains("CC BY 4.0") && s.contains("USDOL/ETA"))
    );

    let text = fs::read_to_string(out.path().join("widget-analysts.yaml")).unwrap();
    assert!(
        text.contains("- name: Mathematics\n  importance: 1.0\n"),
        "{text}"
    );
    assert!(
        text.contains("- name: Python\n    note: hot technology, in demand\n"),
        "{text}"
    );
    rolediff()
        .arg("validate")
        .arg(out.path().join("widget-analysts.yaml"))
        .arg(out.path().join("gadget-engineers.yaml"))
        .assert()
        .success();
}

#[test]
fn a_second_import_needs_force() {
    let out = tempfile::tempdir().unwrap();
    import(&fixture(), out.path()).assert().success();
    fs::write(
        out.path().join("gadget-engineers.yaml"),
        "title: Edited by hand\n",
    )
    .unwrap();
    import(&fixture(), out.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "already exists; 3 role files would be overwritten",
        ))
        .stderr(predicate::str::contains("--force"));
    assert_eq!(
        fs::read_to_string(out.path().join("gadget-engineers.yaml")).unwrap(),
        "title: Edited by hand\n"
    );
    import(&fixture(), out.path())
        .arg("--force")
        .assert()
        .success();
    assert!(
        fs::read_to_string(out.path().join("gadget-engineers.yaml"))
            .unwrap()
            .contains("title: Gadget Engineers")
    );
}

#[test]
fn missing_optional_files_leave_sections_out_with_a_warning() {
    let release = tempfile::tempdir().unwrap();
    for file in ["Occupation Data.txt", "Task Statements.txt"] {
        fs::copy(fixture().join(file), release.path().join(file)).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    import(release.path(), out.path())
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: Technology Skills.txt is missing: the roles have no technology skills",
        ))
        .stderr(predicate::str::contains(
            "warning: Skills.txt is missing: the roles have no skills",
        ));
    let widget = show(out.path(), "widget-analysts");
    assert!(widget["tools"].as_array().unwrap().is_empty());
    assert_eq!(strings(&widget["responsibilities"]).len(), 2);
}

#[test]
fn malformed_rows_and_folders_are_errors() {
    let release = tempfile::tempdir().unwrap();
    fs::copy(
        fixture().join("Occupation Data.txt"),
        release.path().join("Occupation Data.txt"),
    )
    .unwrap();
    fs::write(
        release.path().join("Tools Used.txt"),
        "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\r\n99-0001.00\tCalipers\r\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    import(release.path(), out.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Tools Used.txt:2: expected 4 tab-separated fields, found 2",
        ));
    assert_eq!(
        fs::read_dir(out.path()).unwrap().count(),
        0,
        "nothing is written"
    );
    rolediff()
        .args(["import", "onet", "tests", "--out"])
        .arg(out.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not an O*NET text release"));
}

#[test]
fn a_fifo_or_a_device_among_the_tables_is_an_error_not_a_wait() {
    for (name, plant) in [
        ("Task Statements.txt", "fifo"),
        ("Skills.txt", "/dev/zero"),
        ("Tools Used.txt", "/dev/urandom"),
    ] {
        let release = tempfile::tempdir().unwrap();
        fs::copy(
            fixture().join("Occupation Data.txt"),
            release.path().join("Occupation Data.txt"),
        )
        .unwrap();
        let path = release.path().join(name);
        if plant == "fifo" {
            let made = std::process::Command::new("mkfifo").arg(&path).status();
            assert!(made.unwrap().success());
        } else {
            std::os::unix::fs::symlink(plant, &path).unwrap();
        }
        let out = tempfile::tempdir().unwrap();
        crate::common::bounded()
            .args(["import", "onet"])
            .arg(release.path())
            .arg("--out")
            .arg(out.path())
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "{name}: cannot read: not a regular file"
            )));
        assert_eq!(fs::read_dir(out.path()).unwrap().count(), 0, "{name}");
    }
}

/// The technology skills and tools an occupation lists in the raw files.
fn raw_tools(release: &Path, code: &str) -> BTreeSet<String> {
    let mut tools = BTreeSet::new();
    for file in ["Technology Skills.txt", "Tools Used.txt"] {
        for line in fs::read_to_string(release.join(file))
            .unwrap()
            .lines()
            .skip(1)
        {
            let fields: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
            if fields[0] == code {
                tools.insert(fields[1].to_owned());
            }
        }
    }
    tools
}

#[test]
fn the_real_release_imports_whole_and_compares_like_the_raw_files() {
    let Some(release) = real_release() else {
        return;
    };
    let out = tempfile::tempdir().unwrap();
    import(&release, out.path())
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "imported 1016 occupations: 1016 role files written",
        ));
    assert_eq!(fs::read_dir(out.path()).unwrap().count(), 1016);
    // No alias names two roles, no warning (the built-in `dba`, `sre`, `statistician` keep
    // their names).
    validates_beside_the_built_in_roles(out.path());
    let scientists = show(out.path(), "15-2051.00");
    assert_eq!(scientists["title"], "Data Scientists");
    assert!(
        strings(&scientists["sources"])
            .iter()
            .any(|s| s.contains("CC BY 4.0"))
    );

    for (a, b) in [
        ("15-2051.00", "15-1243.00"),
        ("15-1252.00", "15-1211.00"),
        ("29-1141.00", "11-1011.00"),
    ] {
        let output = rolediff()
            .args([
                "compare",
                a,
                b,
                "--exact",
                "--section",
                "tools",
                "-f",
                "json",
                "--roles-dir",
            ])
            .arg(out.path())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let diff: Value = serde_json::from_slice(&output).unwrap();
        let shared: BTreeSet<String> = diff["sections"][0]["shared"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["a"].as_str().unwrap().to_owned())
            .collect();
        let expected: BTreeSet<String> = raw_tools(&release, a)
            .intersection(&raw_tools(&release, b))
            .cloned()
            .collect();
        assert_eq!(shared, expected, "{a} vs {b}");
    }
}

/// The names in `out` that are not whole role files: temporary or hidden ones.
fn leftovers(out: &Path) -> Vec<String> {
    fs::read_dir(out)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| {
            name.starts_with('.') || Path::new(name).extension().is_none_or(|ext| ext != "yaml")
        })
        .collect()
}

/// Ctrl-C, SIGTERM and SIGHUP each stop an import between two files, with 128 + the
/// signal, a message saying how many files were written, and only whole files left.
#[test]
fn a_signal_leaves_only_whole_files() {
    let Some(release) = real_release() else {
        return;
    };
    for (signal, code, named) in [
        ("INT", 130, "Ctrl-C"),
        ("TERM", 143, "SIGTERM"),
        ("HUP", 129, "SIGHUP"),
    ] {
        let out = tempfile::tempdir().unwrap();
        let child = common::rolediff_process()
            .args(["import", "onet"])
            .arg(&release)
            .arg("--out")
            .arg(out.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Wait until some files are written, then send the signal.
        let started = std::time::Instant::now();
        while fs::read_dir(out.path()).unwrap().count() < 20 && started.elapsed().as_secs() < 20 {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        std::process::Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        // The import may have finished before the signal came.
        if output.status.code() == Some(code) {
            assert!(
                stderr.contains(&format!("interrupted by {named}:")),
                "{stderr}"
            );
            assert!(stderr.contains("role files written"), "{stderr}");
        } else {
            assert_eq!(output.status.code(), Some(0), "{signal}: {stderr}");
        }
        assert!(
            leftovers(out.path()).is_empty(),
            "{:?}",
            leftovers(out.path())
        );
        let paths: Vec<PathBuf> = fs::read_dir(out.path())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        rolediff().arg("validate").args(&paths).assert().success();
    }
}

#[test]
fn temporary_files_of_a_killed_import_are_removed_by_the_next() {
    let out = tempfile::tempdir().unwrap();
    // What SIGKILL leaves: a temporary file of a process that no longer runs.
    fs::write(
        out.path().join(".gadget-engineers.yaml.tmp-4194999-Xy12ab"),
        "tit",
    )
    .unwrap();
    // Not of the import's own pattern: left alone.
    fs::write(out.path().join(".notes.tmp"), "mine").unwrap();
    fs::write(out.path().join("notes.txt"), "mine").unwrap();
    import(&fixture(), out.path()).assert().success();
    let mut left = leftovers(out.path());
    left.sort();
    assert_eq!(left, [".notes.tmp", "notes.txt"]);
}

#[test]
fn a_duplicated_code_is_an_error_before_anything_is_written() {
    let release = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(fixture()).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), release.path().join(entry.file_name())).unwrap();
    }
    let data = release.path().join("Occupation Data.txt");
    let mut text = fs::read_to_string(&data).unwrap().trim_end().to_owned();
    text.push_str("\n99-0001.00\tWidget Inspectors\tAnother occupation under a taken code.\n");
    fs::write(&data, text).unwrap();
    let out = tempfile::tempdir().unwrap();
    import(release.path(), out.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Occupation Data.txt:5:"))
        .stderr(predicate::str::contains("`99-0001.00` is also on line 2"));
    assert_eq!(fs::read_dir(out.path()).unwrap().count(), 0);
}

#[test]
fn a_file_size_limit_stops_the_import_with_the_file_s_name() {
    let out = tempfile::tempdir().unwrap();
    // 1 block (512 or 1,024 bytes, by shell): smaller than any role file of the fixture.
    let script = "ulimit -f 1 && exec \"$0\" import onet \"$1\" --out \"$2\"";
    let binary = common::rolediff_process().get_program().to_owned();
    let output = std::process::Command::new("sh")
        .args(["-c", script])
        .arg(binary)
        .arg(fixture())
        .arg(out.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(".yaml: cannot write"), "{stderr}");
    assert!(
        leftovers(out.path()).is_empty(),
        "{:?}",
        leftovers(out.path())
    );
}

#[test]
fn a_file_that_cannot_be_written_stops_the_import_with_its_name() {
    let out = tempfile::tempdir().unwrap();
    import(&fixture(), out.path()).assert().success();
    // A folder where a role file goes cannot be replaced by a file, even with --force.
    let blocked = out.path().join("gadget-engineers.yaml");
    fs::remove_file(&blocked).unwrap();
    fs::create_dir(&blocked).unwrap();
    import(&fixture(), out.path())
        .arg("--force")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "gadget-engineers.yaml: cannot write",
        ));
    let leftovers: Vec<_> = fs::read_dir(out.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file is left: {leftovers:?}"
    );
}
