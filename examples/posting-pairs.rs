//! Measures `compare` on pairs of real job ads: 200 pairs of ads of the same O*NET
//! occupation against 200 pairs of ads of different occupations (a fixed seed), each ad of
//! `../shared/eval/jobads-dev.jsonl` read as a posting with the names of the O*NET import.
//! Prints how well the overall similarity tells the two kinds apart (AUC: the chance that a
//! same-occupation pair scores above a different one, ties counting half), the share of
//! same-occupation pairs that score exactly 0%, and the same AUC for a plain TF-IDF cosine
//! of the two texts as a reference. `--exact` measures the shared tier alone.
//!
//!     cargo run --release --example posting-pairs [-- --exact] [--onet-rarity] [--no-names] [--seed N] [--pairs]

use std::collections::HashMap;
use std::path::Path;

use rolediff::analysis::diff::compare_roles;
use rolediff::library::Library;
use rolediff::matching::{DEFAULT_THRESHOLD, Matcher, Rarity, Vocabulary};
use rolediff::role::Role;
use rolediff::role::section::Section;
use rolediff::text::{for_each_content_token, stem};

#[path = "../benches/support/jobads_eval.rs"]
#[allow(dead_code)]
mod jobads_eval;
#[path = "../benches/support/pair_eval.rs"]
mod pair_eval;
#[path = "../benches/support/related_eval.rs"]
#[allow(dead_code)]
mod related_eval;

use pair_eval::{Pairs, auc};

/// A plain TF-IDF cosine of two texts: stemmed content words, log-scaled counts.
struct TfIdf {
    vectors: Vec<HashMap<String, f64>>,
}

impl TfIdf {
    fn new(texts: &[String]) -> TfIdf {
        let counts: Vec<HashMap<String, f64>> = texts
            .iter()
            .map(|text| {
                let mut counts = HashMap::new();
                for_each_content_token(text, |token| {
                    *counts.entry(stem(token)).or_insert(0.0) += 1.0;
                });
                counts
            })
            .collect();
        let mut df: HashMap<&str, f64> = HashMap::new();
        for document in &counts {
            for term in document.keys() {
                *df.entry(term).or_insert(0.0) += 1.0;
            }
        }
        let n = texts.len() as f64;
        let vectors = counts
            .iter()
            .map(|document| {
                let mut vector: HashMap<String, f64> = document
                    .iter()
                    .map(|(term, &count)| {
                        let idf = (n / df[term.as_str()]).ln() + 1.0;
                        (term.clone(), (1.0 + f64::ln(count)) * idf)
                    })
                    .collect();
                let norm = vector.values().map(|w| w * w).sum::<f64>().sqrt();
                for weight in vector.values_mut() {
                    *weight /= norm.max(f64::MIN_POSITIVE);
                }
                vector
            })
            .collect();
        TfIdf { vectors }
    }

    fn cosine(&self, a: usize, b: usize) -> f64 {
        let (a, b) = (&self.vectors[a], &self.vectors[b]);
        a.iter()
            .filter_map(|(term, weight)| b.get(term).map(|other| weight * other))
            .sum()
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let exact = args.iter().any(|arg| arg == "--exact");
    let show_pairs = args.iter().any(|arg| arg == "--pairs");
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let (release, file) = (
        shared.join("onet/db_30_1_text"),
        shared.join("eval/jobads-dev.jsonl"),
    );
    if !release.exists() || !file.exists() {
        eprintln!("error: needs {} and {}", release.display(), file.display());
        std::process::exit(2);
    }
    let roles = related_eval::imported_roles(&release);
    let ads = jobads_eval::ads(&file);
    let known = jobads_eval::known_names(&roles);
    let postings: Vec<Role> = ads
        .iter()
        .map(|ad| jobads_eval::posting(ad, &known))
        .collect();
    let codes: Vec<&str> = ads.iter().map(|ad| ad.code.as_str()).collect();
    // `--seed N` draws other pairs, to see how much the figures move with the draw.
    let seed = args
        .iter()
        .position(|arg| arg == "--seed")
        .and_then(|at| args.get(at + 1))
        .and_then(|seed| seed.parse().ok())
        .unwrap_or(0x5eed);
    let pairs = Pairs::sample(&codes, 200, seed);
    let vocabulary = Vocabulary::built_in();
    // The rarity `compare` weighs concepts by (over the built-in roles), or with
    // `--onet-rarity` over the roles of the O*NET import.
    let rarity = if args.iter().any(|arg| arg == "--onet-rarity") {
        Rarity::over(
            roles.iter().map(|role| {
                Section::ALL
                    .into_iter()
                    .flat_map(|section| role.items(section))
                    .map(|item| item.name.as_str())
                    .collect()
            }),
            &vocabulary,
        )
    } else {
        Library::built_in_rarity()
    };
    let matcher = Matcher::new(
        std::sync::Arc::new(vocabulary),
        (!exact).then_some(DEFAULT_THRESHOLD),
    )
    .with_rarity(std::sync::Arc::new(rarity));
    // The names of the import's tools and certifications as concepts, as `compare` of
    // postings finds them; `--no-names` leaves them out.
    let matcher = if args.iter().any(|arg| arg == "--no-names") {
        matcher
    } else {
        matcher.with_names(std::sync::Arc::new(known.clone()))
    };
    let score = |&(a, b): &(usize, usize)| {
        compare_roles(&postings[a], &postings[b], &Section::ALL, &matcher).similarity
    };
    let same: Vec<f64> = pairs.same.iter().map(score).collect();
    let different: Vec<f64> = pairs.different.iter().map(score).collect();
    let at_zero = same.iter().filter(|&&s| s == 0.0).count() as f64 / same.len() as f64;
    let median = |scores: &[f64]| {
        let mut sorted = scores.to_vec();
        sorted.sort_by(f64::total_cmp);
        sorted[sorted.len() / 2]
    };
    println!(
        "{} ads, {} same-occupation pairs, {} different",
        ads.len(),
        same.len(),
        different.len()
    );
    println!(
        "compare: AUC {:.3}, same-occupation pairs at 0% {:.3}, median same {:.3}, median different {:.3}",
        auc(&same, &different),
        at_zero,
        median(&same),
        median(&different)
    );
    let texts: Vec<String> = ads.iter().map(jobads_eval::Ad::document).collect();
    let tfidf = TfIdf::new(&texts);
    let cosine = |&(a, b): &(usize, usize)| tfidf.cosine(a, b);
    let same_tfidf: Vec<f64> = pairs.same.iter().map(cosine).collect();
    let different_tfidf: Vec<f64> = pairs.different.iter().map(cosine).collect();
    println!(
        "TF-IDF cosine of the texts (reference): AUC {:.3}",
        auc(&same_tfidf, &different_tfidf)
    );
    if show_pairs {
        for (&(a, b), s) in pairs.same.iter().zip(&same) {
            println!("same {s:.3}  {:?} | {:?}", ads[a].title, ads[b].title);
        }
    }
}
