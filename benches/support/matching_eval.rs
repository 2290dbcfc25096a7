//! Measuring the item matcher on cases of aligned items (`../shared/eval/matching-dev.yaml`,
//! `tests/fixtures/matching-own.yaml`): precision and recall of the pairs that `compare`
//! aligns, shared or similar. Shared by the test that holds the floors and the example
//! that sweeps the threshold.

use std::path::Path;

use rolediff::analysis::diff::compare_section;
use rolediff::matching::Matcher;
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
pub struct Score {
    true_positives: usize,
    false_positives: usize,
    gold: usize,
}

impl Score {
    /// Aligned pairs that are gold, over all aligned pairs (1 when none is aligned).
    pub fn precision(&self) -> f64 {
        let aligned = self.true_positives + self.false_positives;
        if aligned == 0 {
            1.0
        } else {
            self.true_positives as f64 / aligned as f64
        }
    }

    /// Gold pairs aligned, over all gold pairs.
    pub fn recall(&self) -> f64 {
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
        0.0,
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

/// The score of the cases at `path`; `is_verbose` prints each false positive and miss.
pub fn score(path: &Path, matcher: &Matcher, is_verbose: bool) -> Score {
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
