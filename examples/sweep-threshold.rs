//! How the default threshold of the near tier was chosen: precision and recall of the
//! matcher on the development cases at thresholds around it.
//!
//! `cargo run --release --example sweep-threshold [CASES.yaml] [--verbose]` (default
//! `../shared/eval/matching-dev.yaml`); `--verbose` lists the misses and false positives
//! at the default threshold first.

use rolediff::library::Library;
use rolediff::matching::DEFAULT_THRESHOLD;
use std::path::PathBuf;
use std::process::ExitCode;

#[path = "../benches/support/matching_eval.rs"]
mod matching_eval;

fn main() -> ExitCode {
    let verbose = std::env::args().any(|arg| arg == "--verbose");
    let path = std::env::args_os()
        .skip(1)
        .find(|arg| arg != "--verbose")
        .map_or_else(
            || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/matching-dev.yaml"),
            PathBuf::from,
        );
    if !path.exists() {
        eprintln!("error: {}: no such file", path.display());
        return ExitCode::from(2);
    }
    if verbose {
        matching_eval::score(
            &path,
            &Library::built_in_matcher(Some(DEFAULT_THRESHOLD)),
            true,
        );
    }
    for threshold in [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9] {
        let matcher = Library::built_in_matcher(Some(threshold));
        let score = matching_eval::score(&path, &matcher, false);
        println!(
            "threshold {threshold:.2}: precision {:.3}, recall {:.3}",
            score.precision(),
            score.recall()
        );
    }
    ExitCode::SUCCESS
}
