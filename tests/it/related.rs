//! The similarity measure of `similar`, measured against O*NET's related occupations: for
//! each occupation of the development split, recall@10 is the share of its ten most related
//! occupations (Index 1 to 10) found among the ten roles `similar` ranks first. The answer
//! key is read here only; nothing at run time reads it.

use std::path::Path;

use rolediff::analysis::similarity::SimilarityIndex;

#[path = "../../benches/support/related_eval.rs"]
pub mod related_eval;

use related_eval::{answer_key, imported_roles, recall_at_10};

const FLOOR: f64 = 0.52;

fn shared(path: &str) -> Option<std::path::PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(path);
    if path.exists() {
        Some(path)
    } else {
        println!("skipped: {} is not there", path.display());
        None
    }
}

#[test]
fn similar_finds_onet_related_occupations() {
    let (Some(release), Some(key_path)) = (
        shared("onet/db_30_1_text"),
        shared("onet/eval/Related Occupations (dev split).txt"),
    ) else {
        return;
    };
    let roles = imported_roles(&release);
    let key = answer_key(&key_path);
    // How the facet weights were chosen: `cargo run --release --example tune-related`.
    let index = SimilarityIndex::build(&roles);
    let (recall, scored) = recall_at_10(&roles, &index, &key);
    println!("recall@10 on the development split: {recall:.3} over {scored} occupations");
    assert!(recall >= FLOOR, "recall@10 {recall:.3} is under {FLOOR}");
}
