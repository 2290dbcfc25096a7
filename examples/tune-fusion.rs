//! How the fusion of ranks in the role similarity was chosen: recall@10 against O*NET's
//! related occupations (development split) of the weighted mean of facet cosines, of
//! reciprocal rank fusion one way and both ways, and of the product of the mean and the
//! symmetric fusion, for several fusion constants. Every pair of roles is scored, so it
//! takes a few seconds; ties are broken by index order, as `similar` does not, so figures
//! differ from the test's in the third decimal.
//!
//! `cargo run --release --example tune-fusion` (needs `../shared/onet`)

use std::collections::HashMap;

use rayon::prelude::*;
use rolediff::analysis::similarity::{Facet, SimilarityIndex};

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
            order.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
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
    let n = roles.len();
    let index = SimilarityIndex::build(&roles);
    // cosine[a][b][facet], NaN where a role lacks the facet.
    let cosine: Vec<Vec<[f64; 5]>> = (0..n)
        .into_par_iter()
        .map(|a| {
            (0..n)
                .map(|b| {
                    let mut row = [f64::NAN; 5];
                    for (facet, value) in index.facet_scores(a, b) {
                        row[facet as usize] = value;
                    }
                    row
                })
                .collect()
        })
        .collect();
    let mean = |a: usize, b: usize| {
        let (mut sum, mut weight) = (0.0, 0.0);
        for facet in Facet::ALL {
            let value = cosine[a][b][facet as usize];
            if !value.is_nan() {
                sum += facet.weight() * value;
                weight += facet.weight();
            }
        }
        if weight > 0.0 { sum / weight } else { 0.0 }
    };
    // rank[a][b][facet]: the rank of b among the roles nearest to a (0 when nothing shared).
    let rank: Vec<Vec<[f64; 5]>> = (0..n)
        .into_par_iter()
        .map(|a| {
            let mut ranks = vec![[0.0; 5]; n];
            for facet in 0..5 {
                let mut order: Vec<(usize, f64)> = (0..n)
                    .filter(|&b| b != a && cosine[a][b][facet] > 0.0)
                    .map(|b| (b, cosine[a][b][facet]))
                    .collect();
                order.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                for (place, (b, _)) in order.into_iter().enumerate() {
                    ranks[b][facet] = (place + 1) as f64;
                }
            }
            ranks
        })
        .collect();
    println!(
        "weighted mean: recall@10 {:.4}",
        recall(&mean, &codes, &key)
    );
    for k in [20.0, 40.0, 80.0] {
        let one_way = |a: usize, b: usize| -> f64 {
            Facet::ALL
                .iter()
                .map(|&f| {
                    let r = rank[a][b][f as usize];
                    if r > 0.0 {
                        f.rank_weight() / (k + r)
                    } else {
                        0.0
                    }
                })
                .sum()
        };
        let both_ways = |a: usize, b: usize| one_way(a, b) + one_way(b, a);
        let product = |a: usize, b: usize| mean(a, b) * both_ways(a, b);
        println!(
            "k {k}: one way {:.4}, both ways {:.4}, mean x both ways {:.4}",
            recall(&one_way, &codes, &key),
            recall(&both_ways, &codes, &key),
            recall(&product, &codes, &key),
        );
    }
}
