//! How the fusion of ranks in the role similarity was chosen: recall@10 against O*NET's
//! related occupations (development split) of the weighted mean of facet cosines, of
//! reciprocal rank fusion one way and both ways, and of the product of the mean and the
//! symmetric fusion, for several fusion constants. It scores with the code `similar` runs
//! (the index's rows, `Fusion` with another constant, ties broken as `similar` breaks
//! them), every pair of roles, so it takes a few seconds.
//!
//! `cargo run --release --example tune-fusion` (needs `../shared/onet`)

use std::collections::HashMap;

use rayon::prelude::*;
use rolediff::analysis::fusion::{DEFAULT_K, Fusion, Row};
use rolediff::analysis::similarity::SimilarityIndex;
use rolediff::text::index::sort_best_first;

#[path = "../benches/support/related_eval.rs"]
#[allow(dead_code)]
mod related_eval;

/// Recall@10 of ranking every role by `score(target, other)`.
fn recall(
    score: &(dyn Fn(usize, usize) -> f64 + Sync),
    codes: &[&str],
    key: &related_eval::AnswerKey,
) -> f64 {
    let position: HashMap<&str, usize> = codes.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    let targets: Vec<(usize, &Vec<String>)> = key
        .iter()
        .filter_map(|(code, related)| Some((*position.get(code.as_str())?, related)))
        .collect();
    let found: f64 = targets
        .par_iter()
        .map(|&(target, related)| {
            let mut order: Vec<(usize, f64)> = (0..codes.len())
                .filter(|&other| other != target)
                .map(|other| (other, score(target, other)))
                .collect();
            sort_best_first(&mut order);
            let top: Vec<&str> = order.iter().take(10).map(|&(o, _)| codes[o]).collect();
            let hits = related.iter().filter(|c| top.contains(&c.as_str())).count();
            hits as f64 / related.len() as f64
        })
        .sum();
    found / targets.len() as f64
}

fn main() {
    let (roles, key) = related_eval::dev_split_or_exit();
    let codes: Vec<&str> = roles.iter().map(|role| role.aliases[0].as_str()).collect();
    let index = SimilarityIndex::build(&roles);
    let rows: Vec<Row<5>> = (0..roles.len())
        .into_par_iter()
        .map(|role| index.row(role).with_ranks())
        .collect();
    let mean = |a: usize, b: usize| index.weighted_mean(&rows[a].cosines_to(b));
    println!(
        "weighted mean: recall@10 {:.4}",
        recall(&mean, &codes, &key)
    );
    for k in [20.0, DEFAULT_K, 80.0] {
        let fusion = Fusion {
            k,
            ..index.fusion()
        };
        let one_way = |a: usize, b: usize| fusion.one_way(&rows[a], &rows[b]);
        let both_ways = |a: usize, b: usize| fusion.fused(&rows[a], &rows[b]);
        let product = |a: usize, b: usize| mean(a, b) * both_ways(a, b);
        println!(
            "k {k}: one way {:.4}, both ways {:.4}, mean x both ways {:.4}",
            recall(&one_way, &codes, &key),
            recall(&both_ways, &codes, &key),
            recall(&product, &codes, &key),
        );
    }
}
