//! Measures `find` on the ESCO titles of `../shared/eval/esco-titles-dev.tsv` against the
//! O*NET import, and lists the cases it misses: for tuning, not for the tests.
//!
//!     cargo run --release --example tune-find [-- --misses | --sweep]
//!
//! `--misses` lists each title whose gold code is not first, tab-separated: the rank of its
//! first gold code (0: not found), the title, the gold roles, the three roles found first.

use std::path::Path;

use rolediff::analysis::find::{FindIndex, FindWeights};

#[path = "../benches/support/related_eval.rs"]
#[allow(dead_code)]
mod related_eval;

fn main() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let roles = related_eval::imported_roles(&shared.join("onet/db_30_1_text"));
    let index = FindIndex::build(&roles);
    let show_misses = std::env::args().any(|arg| arg == "--misses");
    let text = std::fs::read_to_string(shared.join("eval/esco-titles-dev.tsv")).unwrap();
    let cases: Vec<(String, String, Vec<String>)> = text
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (title, description, gold) = (fields.next()?, fields.next()?, fields.next()?);
            Some((
                title.to_owned(),
                description.to_owned(),
                gold.split(',').map(|code| code.trim().to_owned()).collect(),
            ))
        })
        .collect();
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

type Case = (String, String, Vec<String>);

/// The share of cases with a gold code first, and in the first five.
fn measure(
    roles: &[rolediff::role::Role],
    index: &FindIndex,
    cases: &[Case],
    weights: &FindWeights,
    with_description: bool,
    show_misses: bool,
) -> (f64, f64) {
    let (mut first, mut five) = (0, 0);
    for (title, description, gold) in cases {
        let query = if with_description {
            format!("{title} {description}")
        } else {
            title.clone()
        };
        let found = index.search_with(&query, weights);
        let code = |i: usize| roles[found[i].0].aliases[0].as_str();
        let full_rank = (0..found.len()).find(|&i| gold.iter().any(|g| g == code(i)));
        let rank = full_rank.filter(|&r| r < 5);
        first += usize::from(rank == Some(0));
        five += usize::from(rank.is_some());
        if show_misses && !with_description && rank != Some(0) {
            let gold_titles: Vec<&str> = roles
                .iter()
                .filter(|role| gold.contains(&role.aliases[0]))
                .map(|role| role.title.as_str())
                .collect();
            let top: Vec<&str> = found
                .iter()
                .take(3)
                .map(|&(r, _)| roles[r].title.as_str())
                .collect();
            // The rank of the first gold code (0 when none is found at all).
            let rank = full_rank.map_or(0, |r| r + 1);
            println!("{rank}\t{title}\t{gold_titles:?}\t{top:?}");
        }
    }
    let n = cases.len() as f64;
    (first as f64 / n, five as f64 / n)
}
