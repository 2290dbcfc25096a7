//! Calibrates `find`'s floor of a good fit: the best score below which the table says no
//! role fits well and the exit status is 1.
//!
//!     cargo run --release --example find-floor
//!
//! Titles that have a right answer in the library (the ESCO titles and the job ads' titles
//! against the O*NET import) should keep their best score above the floor; titles that have
//! none (the same titles against the built-in data roles only, when their occupation is
//! outside computing and data) should fall below it. The example prints both distributions
//! and, for each candidate floor, how many of each it gets wrong.

use std::path::Path;

use rolediff::analysis::find::FindIndex;
use rolediff::library::Library;

#[path = "../benches/support/find_eval.rs"]
#[allow(dead_code)]
mod find_eval;

#[path = "../benches/support/related_eval.rs"]
#[allow(dead_code)]
mod related_eval;

#[path = "../benches/support/jobads_eval.rs"]
#[allow(dead_code)]
mod jobads_eval;

/// O*NET major groups a built-in data role can rightly answer: management, business and
/// financial, computer and mathematical, life and social science.
const DATA_GROUPS: [&str; 4] = ["11-", "13-", "15-", "19-"];

fn main() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let onet = related_eval::imported_roles(&shared.join("onet/db_30_1_text"));
    let built_in = Library::discover(&[], None).unwrap().load_all();
    let cases = find_eval::cases(&shared.join("eval/esco-titles-dev.tsv"));
    let ads = jobads_eval::ads(&shared.join("eval/jobads-dev.jsonl"));
    let mut titles: Vec<(String, String)> = cases
        .iter()
        .map(|case| (case.title.clone(), case.gold[0].clone()))
        .collect();
    titles.extend(ads.iter().map(|ad| (ad.title.clone(), ad.code.clone())));
    let onet_index = FindIndex::build(&onet);
    let built_in_index = FindIndex::build(&built_in);
    let mut fitting: Vec<f64> = Vec::new();
    let mut unfitting: Vec<f64> = Vec::new();
    for (title, gold) in &titles {
        let found = onet_index.search(title);
        if let Some(&(role, score)) = found.first()
            && onet[role].aliases.first() == Some(gold)
        {
            fitting.push(score);
        }
        if !DATA_GROUPS.iter().any(|group| gold.starts_with(group)) {
            let score = built_in_index
                .search(title)
                .first()
                .map_or(0.0, |&(_, score)| score);
            unfitting.push(score);
        }
    }
    fitting.sort_by(f64::total_cmp);
    unfitting.sort_by(f64::total_cmp);
    let quantile = |values: &[f64], q: f64| values[((values.len() - 1) as f64 * q) as usize];
    for (label, values) in [("right first", &fitting), ("no right answer", &unfitting)] {
        println!(
            "{label:<16} n {:>4}  p05 {:.3}  p10 {:.3}  p25 {:.3}  median {:.3}  p90 {:.3}  p95 {:.3}",
            values.len(),
            quantile(values, 0.05),
            quantile(values, 0.10),
            quantile(values, 0.25),
            quantile(values, 0.5),
            quantile(values, 0.9),
            quantile(values, 0.95),
        );
    }
    for floor in [0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50] {
        let lost = fitting.iter().filter(|&&score| score < floor).count();
        let passed = unfitting.iter().filter(|&&score| score >= floor).count();
        println!(
            "floor {floor:.2}: right answers called weak {lost:>4} ({:.1}%), wrong ones called good {passed:>4} ({:.1}%)",
            100.0 * lost as f64 / fitting.len() as f64,
            100.0 * passed as f64 / unfitting.len() as f64,
        );
    }
}
