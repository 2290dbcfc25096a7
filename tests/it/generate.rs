//! `schema`, `completions` and `man`.

use crate::common;

use common::{json, rolediff};
use predicates::prelude::*;

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
    // Each shell's script in its own form, asking rolediff what to complete.
    for (shell, form) in [
        ("bash", "-F _clap_complete_rolediff rolediff"),
        ("zsh", "#compdef rolediff"),
        (
            "fish",
            "complete --keep-order --exclusive --command rolediff",
        ),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "set edit:completion:arg-completer[rolediff]"),
    ] {
        let script = rolediff()
            .args(["completions", shell])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let script = String::from_utf8(script).unwrap();
        assert!(script.contains(form), "{shell}: no `{form}`:\n{script}");
        assert!(
            script.contains("ROLEDIFF_COMPLETE"),
            "{shell}: not the dynamic protocol under our own variable"
        );
    }
    // The protocol answers under our variable only: `COMPLETE`, which other tools set,
    // leaves a run alone.
    rolediff()
        .args(["list", "data", "-f", "tsv"])
        .env("COMPLETE", "bash")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("id\t"));
    rolediff()
        .args(["--", "rolediff", "li"])
        .env("ROLEDIFF_COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "1")
        .assert()
        .success()
        .stdout(predicate::str::contains("list"));
    rolediff()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(".ie \\n(.g .ds Aq"))
        .stdout(predicate::str::contains(".TH rolediff"));
}

#[test]
fn version_names_the_commit_it_was_built_from() {
    let output = rolediff()
        .arg("--version")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let version = String::from_utf8(output).unwrap();
    assert!(
        version.starts_with(concat!("rolediff ", env!("CARGO_PKG_VERSION"), " (")),
        "{version}"
    );
    assert!(
        version.contains("(commit ") || version.contains("(unknown commit)"),
        "{version}"
    );
}

/// The subcommands, as `rolediff --help` lists them.
const SUBCOMMANDS: &[&str] = &[
    "compare",
    "list",
    "show",
    "find",
    "similar",
    "gap",
    "matrix",
    "validate",
    "import",
    "schema",
    "completions",
    "man",
];

#[test]
fn man_dir_writes_a_page_per_subcommand_with_examples_and_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("man1");
    rolediff()
        .arg("man")
        .arg("--dir")
        .arg(&pages)
        .assert()
        .success();
    let read = |name: &str| std::fs::read_to_string(pages.join(name)).unwrap();
    for name in std::iter::once("rolediff".to_owned())
        .chain(SUBCOMMANDS.iter().map(|sub| format!("rolediff-{sub}")))
    {
        let page = read(&format!("{name}.1"));
        assert!(page.contains(&format!(".TH {name} 1")), "{name}");
        for section in [
            ".SH EXAMPLES",
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            ".SH FILES",
        ] {
            assert!(page.contains(section), "{name}: no {section}");
        }
        for variable in [
            "ROLEDIFF_PATH",
            "NO_COLOR",
            "CLICOLOR_FORCE",
            "COLUMNS",
            "XDG_CACHE_HOME",
        ] {
            assert!(page.contains(variable), "{name}: no {variable}");
        }
    }
    // Every page the main page refers to exists.
    let main = read("rolediff.1");
    for sub in SUBCOMMANDS {
        assert!(main.contains(&format!("rolediff\\-{sub}(1)")), "{sub}");
    }
    assert_eq!(
        std::fs::read_dir(&pages).unwrap().count(),
        SUBCOMMANDS.len() + 1
    );
    // Alone, `man` prints the main page.
    let printed = rolediff()
        .arg("man")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(printed).unwrap(), main);
}

#[test]
fn every_subcommand_help_ends_with_real_examples_and_names_the_global_options_once() {
    for sub in SUBCOMMANDS {
        let help = rolediff()
            .args([sub, "--help"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let help = String::from_utf8(help).unwrap();
        let examples = help
            .split("Examples:\n")
            .nth(1)
            .unwrap_or_else(|| panic!("{sub}"));
        let commands: Vec<&str> = examples
            .lines()
            .filter_map(|line| line.trim().strip_prefix("rolediff "))
            .collect();
        assert!(!commands.is_empty(), "{sub}: no example");
        assert!(
            commands.iter().all(|command| command.starts_with(sub)),
            "{sub}"
        );
        assert!(
            !help.contains("--roles-dir <DIR>"),
            "{sub}: global options repeated"
        );
        assert!(help.contains("see `rolediff --help`"), "{sub}");
    }
    let main = rolediff()
        .arg("--help")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let main = String::from_utf8(main).unwrap();
    for option in ["--roles-dir <DIR>", "--color <WHEN>", "--width <N>"] {
        assert_eq!(main.matches(option).count(), 1, "{option}");
    }
    // Given after a subcommand, they still work.
    rolediff()
        .args([
            "list",
            "--width",
            "80",
            "--color",
            "never",
            "--roles-dir",
            ".",
        ])
        .assert()
        .success();
}

#[test]
fn the_examples_of_the_help_run() {
    // Those that need only the built-in roles, run as written (without a pipe).
    for (sub, examples) in rolediff::cli::EXAMPLES {
        for (line, _) in *examples {
            let line = line.split(" | ").next().unwrap();
            if ["me.yaml", "my-role.yaml", "~/", "db_30_1_text", ">"]
                .iter()
                .any(|needs| line.contains(needs))
            {
                continue;
            }
            let args: Vec<&str> = line.split_whitespace().skip(1).collect();
            let output = rolediff().args(&args).output().unwrap();
            assert_eq!(output.status.code(), Some(0), "{sub}: {line}");
        }
    }
}

/// What bash completes for the words of `line` (the last one being completed), by
/// running the completion function of `rolediff completions bash` for real.
fn bash_completes(line: &[&str], env: &[(&str, &str)]) -> Vec<String> {
    let script = rolediff()
        .args(["completions", "bash"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let script = String::from_utf8(script).unwrap();
    // The script calls `rolediff`; this test's binary stands in for it.
    let binary = common::rolediff_process().get_program().to_owned();
    let words = line
        .iter()
        .map(|w| format!("'{w}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let current = line.last().unwrap();
    let previous = line[line.len() - 2];
    let program = format!(
        "{script}\nCOMP_WORDS=({words}); COMP_CWORD={}; COMP_TYPE=9\n\
         _clap_complete_rolediff rolediff '{current}' '{previous}'\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        line.len() - 1
    );
    // The environment of the other tests: no user roles, a cache of its own.
    let mut cmd = std::process::Command::new("bash");
    for (key, value) in common::rolediff_process().get_envs() {
        match value {
            Some(value) => cmd.env(key, value),
            None => cmd.env_remove(key),
        };
    }
    for (key, value) in env {
        cmd.env(key, value);
    }
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(&binary, dir.path().join("rolediff")).unwrap();
    let path = format!(
        "{}:{}",
        dir.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = cmd
        .env("PATH", path)
        .args(["-c", &program])
        .output()
        .unwrap();
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| line.trim().to_owned())
        .filter(|line| !line.is_empty())
        .collect()
}

#[test]
fn bash_completes_role_ids_subcommands_and_user_roles() {
    if std::process::Command::new("bash")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("skipped: no bash");
        return;
    }
    let ids = bash_completes(&["rolediff", "compare", "data-m"], &[]);
    assert!(ids.contains(&"data-manager".to_owned()), "{ids:?}");
    assert!(ids.iter().all(|id| id.starts_with("data-m")), "{ids:?}");
    let second = bash_completes(&["rolediff", "gap", "data-manager", "ml-"], &[]);
    assert!(second.contains(&"ml-engineer".to_owned()), "{second:?}");
    let commands = bash_completes(&["rolediff", "comp"], &[]);
    assert!(commands.contains(&"compare".to_owned()), "{commands:?}");
    // A role of ROLEDIFF_PATH completes too.
    let roles = tempfile::tempdir().unwrap();
    std::fs::write(roles.path().join("zookeeper.yaml"), "title: Zookeeper\n").unwrap();
    let path = roles.path().to_str().unwrap();
    let mine = bash_completes(&["rolediff", "show", "zoo"], &[("ROLEDIFF_PATH", path)]);
    assert_eq!(mine, ["zookeeper"]);
}

#[test]
fn man_dir_replaces_nothing_unasked_and_never_writes_through_a_link_or_into_a_fifo() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("man1");
    std::fs::create_dir(&pages).unwrap();
    // A link named like a page, to a file of someone else's, and a FIFO named like another.
    let target = dir.path().join("precious.txt");
    std::fs::write(&target, "keep me").unwrap();
    std::os::unix::fs::symlink(&target, pages.join("rolediff-compare.1")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(pages.join("rolediff-show.1"))
        .status();
    assert!(made.unwrap().success());
    let man = || {
        let mut cmd = crate::common::bounded();
        cmd.arg("man").arg("--dir").arg(&pages);
        cmd
    };
    man()
        .assert()
        .code(2)
        .stderr(predicates::str::contains(format!(
            "{}: already holds 2 of the manual pages",
            pages.display()
        )))
        .stderr(predicates::str::contains("hint: pass --force"));
    assert!(!pages.join("rolediff.1").exists(), "nothing is written");
    // With --force the link and the FIFO are replaced by pages; the link's target is not
    // touched, and nothing waits on the FIFO.
    man().arg("--force").assert().success();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    for name in ["rolediff-compare.1", "rolediff-show.1"] {
        let path = pages.join(name);
        assert!(
            std::fs::symlink_metadata(&path).unwrap().is_file(),
            "{name}"
        );
        assert!(
            std::fs::read_to_string(&path).unwrap().starts_with(".ie"),
            "{name}"
        );
    }
    // Pages written once are not replaced by a second run without --force.
    man()
        .assert()
        .code(2)
        .stderr(predicates::str::contains(format!(
            "already holds {} of the manual pages",
            SUBCOMMANDS.len() + 1
        )));
    assert_eq!(
        std::fs::read_dir(&pages).unwrap().count(),
        SUBCOMMANDS.len() + 1,
        "no temporary file is left"
    );
}
