//! Measures `find` on the ESCO titles of `../shared/eval/esco-titles-dev.tsv` against the
//! O*NET import, and lists the cases it misses: for tuning, not for the tests.
//!
//!     cargo run --release --example tune-find [-- --misses | --sweep]
//!
//! `--misses` lists each title whose gold code is not first, tab-separated: the rank of its
//! first gold code (0: not found), the title, the gold roles, the three roles found first.

use std::path::Path;

use rolediff::analysis::find::{FindIndex, FindWeights};
use rolediff::role::Role;

#[path = "../benches/support/find_eval.rs"]
mod find_eval;

use find_eval::{Case, first_and_top_five};

#[path = "../benches/support/related_eval.rs"]
#[allow(dead_code)]
mod related_eval;

fn main() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let roles = related_eval::imported_roles(&shared.join("onet/db_30_1_text"));
    let index = FindIndex::build(&roles);
    let show_misses = std::env::args().any(|arg| arg == "--misses");
    let cases = find_eval::cases(&shared.join("eval/esco-titles-dev.tsv"));
    if std::env::args().any(|arg| arg == "--sweep") {
        for all_names in [0.2, 0.3, 0.4, 0.5] {
            for title_names in [0.3, 0.4, 0.5, 0.6] {
                let weights = FindWeights {
                    title_names,
                    all_names,
                    ..FindWeights::default()
                };
                let (first, five) = measure(&roles, &index, &cases, &weights, false, false);
                let (_, text_five) = measure(&roles, &index, &cases, &weights, true, false);
                println!(
                    "all_names {all_names} title_names {title_names}: first {first:.3} top 5 {five:.3} text top 5 {text_five:.3}"
                );
            }
        }
        return;
    }
    let weights = FindWeights::default();
    for (label, with_description) in [("title", false), ("title + description", true)] {
        let (first, five) = measure(
            &roles,
            &index,
            &cases,
            &weights,
            with_description,
            show_misses,
        );
        println!("{label}: first {first:.3}  top 5 {five:.3}");
    }
}

/// The share of cases with a gold code first, and in the first five; with `show_misses`,
/// prints each title whose gold code is not first.
fn measure(
    roles: &[Role],
    index: &FindIndex,
    cases: &[Case],
    weights: &FindWeights,
    with_description: bool,
    show_misses: bool,
) -> (f64, f64) {
    first_and_top_five(cases.iter().map(|case| {
        let found = index.search_with(&case.query(with_description), weights);
        let rank = case.rank_in(roles, &found);
        if show_misses && !with_description && rank != Some(0) {
            print_miss(roles, case, &found, rank);
        }
        rank
    }))
}

/// A title whose gold code is not first: the rank of its first gold code (0: not found),
/// the title, the gold roles, the three roles found first.
fn print_miss(roles: &[Role], case: &Case, found: &[(usize, f64)], rank: Option<usize>) {
    let gold_titles: Vec<&str> = roles
        .iter()
        .filter(|role| case.gold.contains(&role.aliases[0]))
        .map(|role| role.title.as_str())
        .collect();
    let top: Vec<&str> = found
        .iter()
        .take(3)
        .map(|&(role, _)| roles[role].title.as_str())
        .collect();
    let rank = rank.map_or(0, |rank| rank + 1);
    println!("{rank}\t{}\t{gold_titles:?}\t{top:?}", case.title);
}
