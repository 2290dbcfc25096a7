//! Nothing in a role file is trusted: no character of it that could drive a terminal
//! reaches one raw, and no message quotes more than a short snippet of a file.

use crate::common;

use std::fs;
use std::path::Path;

use common::rolediff;
use serde_json::{Map, Value, json};

/// ESC (an OSC 52 clipboard write), BEL, the C1 CSI, a right-to-left override and a
/// zero-width space: each must come out escaped.
const PAYLOAD: &str = "P\u{1b}]52;c;SGVsbG8=\u{7}\u{9b}31m\u{202e}\u{200b}Q";

/// Characters that must never reach a terminal raw.
fn is_forbidden(c: char) -> bool {
    matches!(c, '\u{1b}' | '\u{7}' | '\u{9b}' | '\u{202e}' | '\u{200b}')
}

/// Removes the colour sequences rolediff writes itself (`ESC [ ... m`): what remains must
/// hold no ESC at all.
fn strip_own_colours(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("\u{1b}[") {
        kept.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let params = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(after.len());
        if after[params..].starts_with('m') {
            rest = &after[params + 1..];
        } else {
            kept.push('\u{1b}');
            rest = &rest[start + 1..];
        }
    }
    kept.push_str(rest);
    kept
}

/// A value that the schema node `node` allows, with `PAYLOAD` in every string (and every
/// mapping key that the schema leaves open). `variant` picks among `oneOf` alternatives;
/// a list holds one value of each alternative of its items.
fn instance(node: &Value, defs: &Value, variant: usize) -> Value {
    if let Some(reference) = node["$ref"].as_str() {
        let name = reference.rsplit('/').next().unwrap();
        return instance(&defs[name], defs, variant);
    }
    let alternatives = node["oneOf"].as_array().or(node["anyOf"].as_array());
    if let Some(alternatives) = alternatives {
        // `null` (an optional field left out) carries no text.
        let alternatives: Vec<&Value> = alternatives
            .iter()
            .filter(|alternative| alternative["type"] != "null")
            .collect();
        return instance(
            alternatives[variant.min(alternatives.len() - 1)],
            defs,
            variant,
        );
    }
    // `["string", "null"]`: an optional field, given.
    let kind = match &node["type"] {
        Value::Array(kinds) => kinds.iter().find(|kind| *kind != "null").unwrap(),
        kind => kind,
    };
    match kind.as_str() {
        Some("string") => json!(PAYLOAD),
        Some("number" | "integer") => json!(1),
        Some("boolean") => json!(true),
        Some("array") => {
            let items = &node["items"];
            let count = items["oneOf"]
                .as_array()
                .map_or(1, Vec::len)
                .max(defs_alternatives(items, defs));
            Value::Array((0..count).map(|v| instance(items, defs, v)).collect())
        }
        Some("object") => {
            let mut object = Map::new();
            if let Some(properties) = node["properties"].as_object() {
                for (key, property) in properties {
                    object.insert(key.clone(), instance(property, defs, variant));
                }
            }
            if node["additionalProperties"].is_object() {
                let open = &node["additionalProperties"];
                object.insert(PAYLOAD.to_owned(), instance(open, defs, variant));
            }
            Value::Object(object)
        }
        other => panic!("the schema has a node this test cannot fill: {other:?}"),
    }
}

/// How many `oneOf` alternatives the definition a `$ref` points at has.
fn defs_alternatives(node: &Value, defs: &Value) -> usize {
    node["$ref"]
        .as_str()
        .and_then(|reference| defs[reference.rsplit('/').next().unwrap()]["oneOf"].as_array())
        .map_or(1, Vec::len)
}

/// JSON (which YAML reads) with every character that YAML wants escaped written as
/// `\uXXXX`: C1 controls, bidi and invisible characters.
fn as_yaml(value: &Value) -> String {
    let text = serde_json::to_string_pretty(value).unwrap();
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' || is_forbidden(c) {
                format!("\\u{:04x}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A roles folder with two roles whose every string field carries the payload (one with
/// the first form of each field, one with the last), and a broken file whose error quotes
/// the payload.
fn hostile_folder(dir: &Path) {
    let schema: Value = serde_json::from_slice(
        &rolediff()
            .arg("schema")
            .assert()
            .success()
            .get_output()
            .stdout,
    )
    .unwrap();
    for (name, variant) in [("first", 0), ("last", 1)] {
        let role = instance(&schema, &schema["$defs"], variant);
        fs::write(dir.join(format!("{name}.yaml")), as_yaml(&role)).unwrap();
    }
    fs::write(
        dir.join("broken.yaml"),
        as_yaml(&json!({"title": "T", "skills": PAYLOAD})),
    )
    .unwrap();
}

/// Every command that reads roles, with the arguments it needs.
const COMMANDS: &[&[&str]] = &[
    &["compare", "first", "last"],
    &["compare", "last", "first", "--exact"],
    &["show", "first"],
    &["show", "last"],
    &["list"],
    &["find", "P"],
    &["similar", "first"],
    &["gap", "first", "last"],
    &["gap", "last", "first"],
    &["matrix", "first", "last"],
    &["validate"],
];

#[test]
fn no_payload_character_reaches_the_terminal_from_any_field() {
    let dir = tempfile::tempdir().unwrap();
    hostile_folder(dir.path());
    let mut runs = 0;
    for command in COMMANDS {
        // Every format, JSON too: it writes each of them as a `\u` escape.
        let formats = common::formats_of(&command[..1]);
        for format in &formats {
            for color in ["never", "always"] {
                let output = rolediff()
                    .arg("--roles-dir")
                    .arg(dir.path())
                    .args(["--color", color])
                    .args(*command)
                    .args(
                        format
                            .map(|format| ["--format", format])
                            .into_iter()
                            .flatten(),
                    )
                    .output()
                    .unwrap();
                let stderr = String::from_utf8(output.stderr).unwrap();
                let format = format.unwrap_or("(none)");
                runs += 1;
                let stdout = String::from_utf8(output.stdout).unwrap();
                assert!(
                    !stdout.is_empty(),
                    "{command:?} --format {format} printed nothing: {stderr}"
                );
                for (stream, text) in [("stdout", &stdout), ("stderr", &stderr)] {
                    let text = strip_own_colours(text);
                    let raw = text.lines().find(|line| line.chars().any(is_forbidden));
                    assert!(
                        raw.is_none(),
                        "{command:?} --format {format} --color {color}: a raw character on {stream}: {raw:?}"
                    );
                }
                assert!(
                    !stderr.contains("panicked"),
                    "{command:?} --format {format}: {stderr}"
                );
            }
        }
    }
    assert!(runs >= 40, "only {runs} runs: are the commands refused?");
}

#[test]
fn the_payload_is_in_every_string_field_of_the_generated_roles() {
    let dir = tempfile::tempdir().unwrap();
    hostile_folder(dir.path());
    for name in ["first", "last"] {
        let shown = common::json(
            rolediff()
                .arg("--roles-dir")
                .arg(dir.path())
                .args(["show", name, "--format", "json"]),
        );
        let mut strings = Vec::new();
        collect_strings(&shown, &mut strings);
        let with_payload = strings.iter().filter(|s| s.contains(PAYLOAD)).count();
        // Every string but the id and the source carries the payload.
        assert!(
            with_payload >= strings.len() - 2 && with_payload > 15,
            "{name}: {with_payload} of {} strings: {strings:?}",
            strings.len()
        );
    }
}

fn collect_strings<'a>(value: &'a Value, strings: &mut Vec<&'a str>) {
    match value {
        Value::String(text) => strings.push(text),
        Value::Array(values) => values.iter().for_each(|v| collect_strings(v, strings)),
        Value::Object(map) => map.values().for_each(|v| collect_strings(v, strings)),
        _ => {}
    }
}

/// A secret whose first 40 characters end before `ENG/bPx`.
const SECRET: &str = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

/// Runs every kind of command on `folder` and returns what each one printed.
fn messages_about(folder: &Path) -> Vec<(String, String)> {
    let mut messages = Vec::new();
    for args in [
        &["validate"][..],
        &["list"],
        &["show", "data-manager"],
        &["similar", "data-manager"],
        &["compare", "data-manager", "ml-engineer"],
    ] {
        let output = rolediff()
            .arg("--roles-dir")
            .arg(folder)
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(
            stderr.len() < 4_000,
            "{args:?}: {} bytes of messages",
            stderr.len()
        );
        for line in stderr.lines() {
            assert!(
                line.chars().count() < 500,
                "{args:?}: a line of {} chars",
                line.len()
            );
        }
        // `validate` reports on stdout.
        let stdout = String::from_utf8_lossy(&output.stdout);
        messages.push((args.join(" "), stderr + &stdout));
    }
    messages
}

#[test]
fn no_message_quotes_a_file_that_is_not_a_role() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    fs::write(folder.join("env.yaml"), format!("{SECRET}\nDEBUG=1\n")).unwrap();
    fs::write(
        folder.join("key.yaml"),
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB\n-----END OPENSSH PRIVATE KEY-----\n",
    )
    .unwrap();
    fs::write(folder.join("list.yaml"), format!("- {SECRET}\n")).unwrap();
    fs::write(folder.join("number.yaml"), "12345678901234567890\n").unwrap();
    fs::write(folder.join("long.yaml"), "x".repeat(1_000_000)).unwrap();
    for (command, stderr) in messages_about(folder) {
        assert!(!stderr.contains("wJalr"), "{command}: {stderr}");
        assert!(!stderr.contains("b3BlbnNzaC1rZXkt"), "{command}: {stderr}");
        assert!(
            !stderr.contains("12345678901234567890"),
            "{command}: {stderr}"
        );
        assert!(
            !stderr.contains("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            "{command}"
        );
    }
    let validate = rolediff()
        .arg("--roles-dir")
        .arg(folder)
        .arg("validate")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&validate.stdout);
    for name in ["env", "key", "list", "number", "long"] {
        assert!(
            stderr.contains(&format!("{name}.yaml:1:1: not a role file")),
            "{name}: {stderr}"
        );
    }
}

#[test]
fn a_message_quotes_at_most_a_short_snippet_of_a_value() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    let files = [
        ("value", format!("title: T\nskills: \"{SECRET}\"\n")),
        ("key", format!("title: T\n{SECRET}: 1\n")),
        (
            "backticks",
            format!("title: T\n\"`{SECRET}` `{SECRET}`\": 1\n"),
        ),
        (
            "category",
            format!("title: T\ntools:\n  \"{SECRET}\": [1]\n"),
        ),
        (
            "spaced",
            format!("title: T\ntools:\n  \"{}\": [1]\n", "a b ".repeat(10_000)),
        ),
        (
            "number",
            format!("title: T\noutlook: {{summary: s, growth_percent: \"{SECRET}\"}}\n"),
        ),
        (
            "duplicate",
            format!("title: T\nskills: [\"{SECRET}\", \"{SECRET}\"]\n"),
        ),
    ];
    for (name, yaml) in &files {
        fs::write(folder.join(format!("{name}.yaml")), yaml).unwrap();
    }
    for (command, stderr) in messages_about(folder) {
        assert!(!stderr.contains("ENG/bPx"), "{command}: {stderr}");
    }
    let validate = rolediff()
        .arg("--roles-dir")
        .arg(folder)
        .arg("validate")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&validate.stdout);
    for (name, _) in &files {
        assert!(stderr.contains(&format!("{name}.yaml")), "{name}: {stderr}");
    }
    assert!(
        stderr.contains("\"AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MD...\""),
        "a snippet of 40 characters: {stderr}"
    );
}

/// `rolediff <args> --roles-dir <roles>` with its cache in `cache`.
fn cached_run(cache: &Path, roles: &Path, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = rolediff();
    cmd.env("XDG_CACHE_HOME", cache)
        .args(args)
        .arg("--roles-dir")
        .arg(roles);
    cmd
}

/// The cache files written for the folders of a run: the role caches and the index.
fn cache_files(cache: &Path) -> Vec<std::path::PathBuf> {
    fs::read_dir(cache.join("rolediff"))
        .map(|listing| listing.map(|entry| entry.unwrap().path()).collect())
        .unwrap_or_default()
}

/// The cache files whose name starts with `kind` (`roles-`, `index-`).
fn cache_files_of(cache: &Path, kind: &str) -> Vec<std::path::PathBuf> {
    cache_files(cache)
        .into_iter()
        .filter(|file| {
            file.file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with(kind))
        })
        .collect()
}

#[test]
fn a_file_rewritten_to_the_same_size_and_time_is_read_again() {
    let roles = common::large_folder(|i| format!("title: Role {i:02} old\nskills: [SQL]\n"));
    let cache = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| cached_run(cache.path(), roles.path(), args);
    run(&["list", "-f", "tsv"]).assert().success();
    run(&["similar", "role-01", "-f", "json", "--top", "100"])
        .assert()
        .success();
    assert!(
        !cache_files(cache.path()).is_empty(),
        "the folder is cached"
    );
    // As `cp -p`, `tar`, `rsync -t` and `touch -d` leave it: same size, same time.
    let file = roles.path().join("role-07.yaml");
    let modified = fs::metadata(&file).unwrap().modified().unwrap();
    fs::write(&file, "title: Role 07 NEW\nskills: [SQL]\n").unwrap();
    fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(fs::metadata(&file).unwrap().modified().unwrap(), modified);
    run(&["list", "-f", "tsv"])
        .assert()
        .success()
        .stdout(predicates::str::contains("role-07\tRole 07 NEW\t"));
    let similar = common::json(&mut run(&[
        "similar", "role-01", "-f", "json", "--top", "100",
    ]));
    let titles: Vec<&str> = similar
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|role| role["title"].as_str())
        .collect();
    assert!(titles.contains(&"Role 07 NEW"), "{titles:?}");
}

/// Rewrites each role cache in `cache` with `edit` applied to every cached role, keeping
/// the file's mode.
fn edit_cache(cache: &Path, edit: impl Fn(&mut Value)) {
    for file in cache_files_of(cache, "roles-") {
        let mut json: Value = serde_json::from_slice(&fs::read(&file).unwrap()).unwrap();
        for entry in json["entries"].as_array_mut().unwrap() {
            edit(&mut entry["role"]);
        }
        fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_cache_others_can_write_or_that_holds_more_than_its_file_is_not_used() {
    let roles = common::large_folder(|i| format!("title: Role {i:02}\nskills: [SQL]\n"));
    let cache = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| cached_run(cache.path(), roles.path(), args);
    let lists_the_files = || {
        run(&["list", "-f", "tsv"])
            .assert()
            .success()
            .stdout(predicates::str::contains("role-05\tRole 05\t"))
            .stdout(predicates::prelude::PredicateBooleanExt::not(
                predicates::str::contains("FROM THE CACHE"),
            ));
    };
    run(&["list"]).assert().success();
    let folder = cache.path().join("rolediff");
    // A run that does not trust the cache writes it anew: each case edits it again, and
    // removes the index, which would answer first.
    let tamper = || {
        for index in cache_files_of(cache.path(), "index-") {
            fs::remove_file(index).unwrap();
        }
        let files = cache_files_of(cache.path(), "roles-");
        assert!(!files.is_empty());
        edit_cache(cache.path(), |role| role["title"] = json!("FROM THE CACHE"));
        files
    };
    // This user's own cache, edited, is this user's business: it is used.
    tamper();
    run(&["list", "-f", "tsv"])
        .assert()
        .success()
        .stdout(predicates::str::contains("FROM THE CACHE"));
    // A cache file others can write is not.
    for mode in [0o666, 0o620] {
        for file in tamper() {
            set_mode(&file, mode);
        }
        lists_the_files();
    }
    // Nor one in a folder others can write.
    tamper();
    set_mode(&folder, 0o777);
    lists_the_files();
    set_mode(&folder, 0o700);
    // Nor one owned by another user (when the test may give a file away).
    if rustix::process::geteuid().is_root() {
        for file in tamper() {
            std::os::unix::fs::chown(&file, Some(12_345), None).unwrap();
        }
        lists_the_files();
    } else {
        eprintln!("not root: the cache of another user is not tried");
    }
    // Nor a cached role with more than its file can hold.
    tamper();
    edit_cache(cache.path(), |role| {
        role["skills"] = json!(vec!["Skill"; 200_000]);
    });
    lists_the_files();
}

#[test]
fn a_cache_that_is_a_device_or_a_fifo_is_no_cache() {
    let roles = common::large_folder(|i| format!("title: Role {i:02}\nskills: [SQL]\n"));
    let cache = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| cached_run(cache.path(), roles.path(), args);
    run(&["list"]).assert().success();
    run(&["similar", "role-01"]).assert().success();
    let files = cache_files(cache.path());
    assert!(!files.is_empty());
    for replacement in ["/dev/zero", "fifo"] {
        for file in &files {
            fs::remove_file(file).unwrap();
            if replacement == "fifo" {
                let made = std::process::Command::new("mkfifo")
                    .arg(file)
                    .status()
                    .unwrap();
                assert!(made.success());
            } else {
                std::os::unix::fs::symlink(replacement, file).unwrap();
            }
        }
        for args in [&["list"][..], &["similar", "role-01"]] {
            run(args)
                .timeout(crate::common::HANG_GUARD)
                .assert()
                .success()
                .stdout(predicates::str::contains("role-05"));
        }
    }
}

#[test]
fn a_cache_that_cannot_be_written_fails_no_command_and_leaves_no_temporary() {
    let roles = common::large_folder(|i| format!("title: Role {i:02}\nskills: [SQL]\n"));
    let cache = tempfile::tempdir().unwrap();
    let binary = common::rolediff_process().get_program().to_owned();
    for args in ["list", "similar role-01"] {
        // A file-size limit of one block: every cache write goes past it.
        let script = format!("ulimit -f 1 && exec \"$0\" --roles-dir \"$1\" {args}");
        let output = common::rolediff_process()
            .env("XDG_CACHE_HOME", cache.path())
            .get_envs()
            .fold(std::process::Command::new("sh"), |mut cmd, (key, value)| {
                match value {
                    Some(value) => cmd.env(key, value),
                    None => cmd.env_remove(key),
                };
                cmd
            })
            .args(["-c", &script])
            .arg(&binary)
            .arg(roles.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args}: {stderr}");
        assert!(stderr.is_empty(), "{args}: {stderr}");
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("role-05"),
            "{args}"
        );
        let left: Vec<_> = cache_files(cache.path())
            .into_iter()
            .filter(|path| path.file_name().unwrap().to_string_lossy().starts_with('.'))
            .collect();
        assert!(left.is_empty(), "{args}: {left:?}");
    }
}

#[test]
fn text_is_escaped_once_however_it_is_assembled() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.yaml");
    fs::write(
        &path,
        "title: R\noutlook: {summary: s, growth_percent: 3, period: \"\\e]52\"}\nsalary: {currency: \"U\\eSD\", min: 1}\n",
    )
    .unwrap();
    for format in ["tsv", "table"] {
        let output = rolediff()
            .arg("show")
            .arg(&path)
            .args(["--format", format])
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(text.contains("+3% (\\x1b]52)"), "{format}: {text}");
        assert!(text.contains("U\\x1bSD 1 a year"), "{format}: {text}");
        assert!(!text.contains("\\\\x1b"), "{format}: escaped twice: {text}");
    }
}

#[test]
fn a_role_file_written_by_show_reads_back_the_same_texts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("esc.yaml");
    fs::write(
        &path,
        "title: \"T\\e[2J\"\ntools:\n  \"Cat\\e\": [\"A\\u202e\"]\n  'Cat\\x1b': [B]\n",
    )
    .unwrap();
    let yaml = common::stdout(rolediff().args(["show", "-f", "yaml"]).arg(&path));
    assert!(
        !yaml.chars().any(|c| c != '\n' && is_forbidden(c)),
        "{yaml}"
    );
    let copy = dir.path().join("copy.yaml");
    fs::write(&copy, &yaml).unwrap();
    let read = |path: &Path| common::json(rolediff().args(["show", "-f", "json"]).arg(path));
    let (original, again) = (read(&path), read(&copy));
    assert_eq!(original["title"], again["title"]);
    assert_eq!(original["tools"], again["tools"]);
    assert_eq!(again["tools"].as_array().unwrap().len(), 2, "{again}");
}

#[test]
fn an_index_others_can_write_or_that_is_damaged_is_not_used() {
    let roles = common::large_folder(|i| format!("title: Role {i:02}\nskills: [SQL]\n"));
    let cache = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| cached_run(cache.path(), roles.path(), args);
    let lists = |title: &str| {
        run(&["list", "-f", "tsv"])
            .assert()
            .success()
            .stdout(predicates::str::contains(format!("role-05\t{title}\t")));
    };
    run(&["list"]).assert().success();
    let folder = cache.path().join("rolediff");
    // The index keeps each title as its bytes: one of the same length reads in its place.
    // Each case starts from an index built anew.
    let tamper = || {
        for file in cache_files_of(cache.path(), "index-") {
            fs::remove_file(file).unwrap();
        }
        run(&["list"]).assert().success();
        let files = cache_files_of(cache.path(), "index-");
        assert!(!files.is_empty());
        for file in &files {
            let mut bytes = fs::read(file).unwrap();
            let at = bytes
                .windows(7)
                .position(|window| window == b"Role 05")
                .unwrap();
            bytes[at..at + 7].copy_from_slice(b"Role XX");
            fs::write(file, bytes).unwrap();
        }
        files
    };
    // This user's own index, edited, is this user's business: it is used.
    tamper();
    lists("Role XX");
    // One others can write is not, nor one in a folder others can write.
    for mode in [0o666, 0o620] {
        for file in tamper() {
            set_mode(&file, mode);
        }
        lists("Role 05");
    }
    tamper();
    set_mode(&folder, 0o777);
    lists("Role 05");
    set_mode(&folder, 0o700);
    // Nor one cut short, nor one whose lengths run past its end: each is built again.
    for damage in [
        |bytes: &mut Vec<u8>| bytes.truncate(bytes.len() / 2),
        |bytes: &mut Vec<u8>| bytes.iter_mut().skip(40).for_each(|byte| *byte = 0xff),
        |bytes: &mut Vec<u8>| bytes.push(0),
    ] {
        for file in tamper() {
            let mut bytes = fs::read(&file).unwrap();
            damage(&mut bytes);
            fs::write(&file, bytes).unwrap();
        }
        lists("Role 05");
    }
}
