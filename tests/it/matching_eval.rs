//! The matcher measured: every case of `../shared/eval/matching-dev.yaml` (when present)
//! and of our own `tests/fixtures/matching-own.yaml` and `matching-paraphrase.yaml` goes
//! through the code path of `compare`; precision and recall are printed and held to their
//! floors.

use std::path::{Path, PathBuf};

#[path = "../../benches/support/matching_eval.rs"]
mod eval;

use eval::score;

fn shared_eval() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/matching-dev.yaml")
}

#[test]
fn matcher_meets_precision_and_recall_on_the_development_cases() {
    let path = shared_eval();
    if !path.exists() {
        crate::common::data_missing(&path.display());
        return;
    }
    // How the default threshold was chosen: `cargo run --example sweep-threshold`.
    assert_meets_the_floors("matching-dev", &path, 0.95);
}

/// Scores the cases at `path` with the default matcher, prints and checks the figures.
fn assert_meets_the_floors(name: &str, path: &Path, recall_floor: f64) {
    let score = score(
        path,
        &rolediff::library::Library::built_in_matcher(Some(rolediff::matching::DEFAULT_THRESHOLD)),
        true,
    );
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
    assert!(
        score.recall() >= recall_floor,
        "recall {:.3}",
        score.recall()
    );
}

#[test]
fn matcher_meets_precision_and_recall_on_our_own_cases() {
    assert_meets_the_floors(
        "matching-own",
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/matching-own.yaml"),
        0.95,
    );
}

#[test]
fn matcher_meets_precision_and_recall_on_our_paraphrases() {
    assert_meets_the_floors(
        "matching-paraphrase",
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/matching-paraphrase.yaml"),
        // 37 of 39 today: verb and noun forms, British spellings, coordination.
        0.9,
    );
}
