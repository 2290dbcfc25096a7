//! How the facet weights of the role similarity were chosen: recall@10 against O*NET's
//! related occupations (development split) for a grid of weights, best first.
//!
//! `cargo run --release --example tune-related` (needs `../shared/onet`)

use rolediff::analysis::similarity::SimilarityIndex;

#[path = "../benches/support/related_eval.rs"]
mod related_eval;

fn main() {
    let (roles, key) = related_eval::dev_split_or_exit();
    let mut results = Vec::new();
    for title in [0.0, 0.25, 0.5] {
        for skills in [0.0, 0.1, 0.25] {
            for tools in [0.25, 0.5, 0.75] {
                for background in [0.0, 0.05, 0.1] {
                    let weights = [title, 1.0, skills, tools, background];
                    let index = SimilarityIndex::with_weights(&roles, weights);
                    results.push((related_eval::recall_at_10(&roles, &index, &key).0, weights));
                }
            }
        }
    }
    results.sort_by(|x, y| y.0.total_cmp(&x.0));
    for (recall, weights) in results.iter().take(10) {
        println!("weights {weights:?}: recall@10 {recall:.3}");
    }
}
