//! Opens `gap --format html` pages in a real headless browser (Chromium, from the Debian
//! package `chromium`) and checks them as a person would see them: the page loads from a
//! file with nothing fetched, the DOM the browser built holds the title and every item to
//! learn, and a screenshot of each page is written for a look.
//!
//! ```sh
//! cargo build --release && cargo run --release --example html_in_browser [-- OUT_DIR]
//! ```
//!
//! The pages: two built-in roles, a CV against a posting, and (when `../shared` is there)
//! two O*NET occupations, imported into a temporary folder. Exits 1 when a check fails.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/html-in-browser".to_owned()),
    );
    std::fs::create_dir_all(&out).expect("the output folder");
    let Some(browser) = browser() else {
        eprintln!("no Chromium found (apt-get install chromium): nothing checked");
        std::process::exit(2);
    };
    let mut cases: Vec<(String, Vec<String>)> = vec![
        (
            "built-in".into(),
            args(&["gap", "data-manager", "ml-engineer"]),
        ),
        (
            "cv-to-posting".into(),
            args(&[
                "gap",
                "tests/fixtures/postings/cv-uk.md",
                "tests/fixtures/postings/startup-posting.md",
            ]),
        ),
    ];
    if let Some(roles) = onet_roles(&out) {
        let folder = roles.to_string_lossy().into_owned();
        cases.push((
            "onet".into(),
            args(&[
                "--roles-dir",
                &folder,
                "gap",
                "statisticians",
                "data-scientists",
            ]),
        ));
    }
    let mut failed = false;
    for (name, command) in &cases {
        let faults = check(&browser, &out, name, command);
        for fault in &faults {
            eprintln!("{name}: {fault}");
        }
        failed |= !faults.is_empty();
        println!(
            "{name:<14} {}  ({})",
            if faults.is_empty() { "ok" } else { "FAILED" },
            out.join(format!("{name}.png")).display()
        );
    }
    std::process::exit(i32::from(failed));
}

fn args(words: &[&str]) -> Vec<String> {
    words.iter().map(|&word| word.to_owned()).collect()
}

/// The first Chromium on the path.
fn browser() -> Option<String> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|output| output.status.success())
        })
        .map(str::to_owned)
}

/// The binary built beside this example (`target/<profile>/rolediff`).
fn rolediff() -> Command {
    let exe = std::env::current_exe().expect("this example's path");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>");
    Command::new(dir.join("rolediff"))
}

fn run(command: &[String]) -> String {
    let output = rolediff().args(command).output().expect("rolediff runs");
    assert!(
        output.status.success(),
        "rolediff {command:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// The O*NET import of `../shared`, made under `out`; `None` when the release is not there.
fn onet_roles(out: &Path) -> Option<PathBuf> {
    let release = Path::new("../shared/onet/db_30_1_text");
    if !release.exists() {
        println!("../shared is not there: no O*NET page");
        return None;
    }
    let roles = out.join("onet-roles");
    if !roles.exists() {
        let folder = roles.to_string_lossy().into_owned();
        run(&args(&[
            "import",
            "onet",
            "../shared/onet/db_30_1_text",
            "--out",
            &folder,
        ]));
    }
    Some(roles)
}

/// Writes the page of `command`, has the browser load it, and says what is wrong with what
/// it built.
fn check(browser: &str, out: &Path, name: &str, command: &[String]) -> Vec<String> {
    let html = [command, &args(&["-f", "html"])].concat();
    let json = [command, &args(&["-f", "json"])].concat();
    let page = out.join(format!("{name}.html"));
    std::fs::write(&page, run(&html)).expect("the page is written");
    let plan: serde_json::Value = serde_json::from_str(&run(&json)).expect("gap JSON");
    let url = format!(
        "file://{}",
        page.canonicalize().expect("the page").display()
    );
    let headless = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
    ];
    let dom = Command::new(browser)
        .args(headless)
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("the browser runs");
    let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
    let screenshot = out.join(format!("{name}.png"));
    let _ = Command::new(browser)
        .args(headless)
        .arg(format!("--screenshot={}", screenshot.display()))
        .arg("--window-size=1000,1600")
        .arg(&url)
        .output();
    let mut faults = Vec::new();
    let title = plan["to"]["title"].as_str().unwrap_or_default();
    // The browser writes text back with `&`, `<` and `>` as entities.
    let shown = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    if !dom.contains("<h1>") || !dom.contains(&shown(title)) {
        faults.push(format!("the title `{title}` is not on the page"));
    }
    if !dom.contains("<svg") {
        faults.push("no chart".to_owned());
    }
    for items in plan["to_learn"]
        .as_object()
        .into_iter()
        .flat_map(|o| o.values())
    {
        for item in items.as_array().into_iter().flatten() {
            let name = item["name"].as_str().unwrap_or_default();
            if !dom.contains(&shown(name)) {
                faults.push(format!("`{name}` is not on the page"));
            }
        }
    }
    if !screenshot.exists() {
        faults.push("no screenshot".to_owned());
    }
    faults
}
