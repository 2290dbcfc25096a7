//! The matcher measured: every case of `../shared/eval/matching-dev.yaml` (when present)
//! and of our own `tests/fixtures/matching-own.yaml` goes through the code path of
//! `compare`; precision and recall are printed and held to their floors.

use std::path::{Path, PathBuf};

use rolediff::analysis::diff::compare_section;
use std::sync::Arc;

use rolediff::matching::{Matcher, Vocabulary};
use rolediff::role::Item;
use rolediff::role::section::Section;
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    section: Section,
    a: Vec<String>,
    b: Vec<String>,
    gold: Vec<(usize, usize)>,
    #[serde(default)]
    maybe: Vec<(usize, usize)>,
}

#[derive(Debug, Default)]
struct Score {
    true_positives: usize,
    false_positives: usize,
    gold: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        let aligned = self.true_positives + self.false_positives;
        if aligned == 0 {
            1.0
        } else {
            self.true_positives as f64 / aligned as f64
        }
    }

    fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.true_positives as f64 / self.gold as f64
        }
    }
}

/// The pairs `compare` aligns (shared or similar), as indices into the case's lists.
fn aligned(case: &Case, matcher: &Matcher) -> Vec<(usize, usize)> {
    let a: Vec<Item> = case.a.iter().map(Item::named).collect();
    let b: Vec<Item> = case.b.iter().map(Item::named).collect();
    let diff = compare_section(
        case.section,
        &a.iter().collect::<Vec<_>>(),
        &b.iter().collect::<Vec<_>>(),
        matcher,
    );
    let index = |list: &[String], name: &str| {
        list.iter()
            .position(|item| item == name)
            .expect("names come from the case")
    };
    diff.shared
        .iter()
        .chain(&diff.similar)
        .map(|pair| (index(&case.a, &pair.a), index(&case.b, &pair.b)))
        .collect()
}

fn score_quietly(path: &Path, matcher: &Matcher) -> Score {
    score_with(path, matcher, false)
}

fn score(path: &Path, matcher: &Matcher) -> Score {
    score_with(path, matcher, true)
}

fn score_with(path: &Path, matcher: &Matcher, is_verbose: bool) -> Score {
    let text = std::fs::read_to_string(path).unwrap();
    let cases: Cases = serde_yaml::from_str(&text).unwrap();
    let mut score = Score::default();
    for case in &cases.cases {
        score.gold += case.gold.len();
        for pair in aligned(case, matcher) {
            if case.gold.contains(&pair) {
                score.true_positives += 1;
            } else if !case.maybe.contains(&pair) {
                score.false_positives += 1;
                if is_verbose {
                    println!(
                        "  false positive in {}: {:?} ~ {:?}",
                        case.id, case.a[pair.0], case.b[pair.1]
                    );
                }
            }
        }
        for missed in case
            .gold
            .iter()
            .filter(|pair| is_verbose && !aligned(case, matcher).contains(pair))
        {
            println!(
                "  missed in {}: {:?} ~ {:?}",
                case.id, case.a[missed.0], case.b[missed.1]
            );
        }
    }
    score
}

fn shared_eval() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/matching-dev.yaml")
}

#[test]
fn matcher_meets_precision_and_recall_on_the_development_cases() {
    let path = shared_eval();
    if !path.exists() {
        println!("skipped: {} is not there", path.display());
        return;
    }
    // How the default threshold was chosen: the figures around it.
    for threshold in [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9] {
        let matcher = Matcher::new(Arc::new(Vocabulary::built_in()), Some(threshold));
        let quiet = score_quietly(&path, &matcher);
        println!(
            "threshold {threshold:.2}: precision {:.3}, recall {:.3}",
            quiet.precision(),
            quiet.recall()
        );
    }
    assert_meets_the_floors("matching-dev", &path);
}

/// Scores the cases at `path` with the default matcher, prints and checks the figures.
fn assert_meets_the_floors(name: &str, path: &Path) {
    let score = score(path, &Matcher::default());
    println!(
        "{name}: precision {:.3}, recall {:.3} ({score:?})",
        score.precision(),
        score.recall()
    );
    assert!(
        score.precision() >= 0.95,
        "precision {:.3}",
        score.precision()
    );
    assert!(score.recall() >= 0.85, "recall {:.3}", score.recall());
}

#[test]
fn matcher_meets_precision_and_recall_on_our_own_cases() {
    assert_meets_the_floors(
        "matching-own",
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/matching-own.yaml"),
    );
}
