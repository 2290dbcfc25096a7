//! The similarity measure of `similar`, measured against O*NET's related occupations: for
//! each occupation of the development split, recall@10 is the share of its ten most related
//! occupations (Index 1 to 10) found among the ten roles `similar` ranks first. The answer
//! key is read here only; nothing at run time reads it.

use std::path::Path;

use rolediff::analysis::similarity::SimilarityIndex;

#[path = "../../benches/support/related_eval.rs"]
pub mod related_eval;

use related_eval::{dev_split, recall_at_10};

const FLOOR: f64 = 0.56;

fn shared(path: &str) -> Option<std::path::PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(path);
    if path.exists() {
        Some(path)
    } else {
        crate::common::data_missing(&path.display());
        None
    }
}

#[test]
fn similar_finds_onet_related_occupations() {
    let (roles, key) = match dev_split() {
        Ok(split) => split,
        Err(message) => {
            crate::common::data_missing(&message);
            return;
        }
    };
    // How the weights were chosen: `cargo run --release --example tune-related` (the mean)
    // and `tune-fusion` (the ranks).
    let index = SimilarityIndex::build(&roles);
    let (recall, scored) = recall_at_10(&roles, &index, &key);
    println!("recall@10 on the development split: {recall:.3} over {scored} occupations");
    assert!(recall >= FLOOR, "recall@10 {recall:.3} is under {FLOOR}");
}

#[test]
fn a_profile_that_extracts_insights_is_no_extraction_worker() {
    let Some(release) = shared("onet/db_30_1_text") else {
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let reserved = rolediff::library::Library::built_in_name_keys();
    rolediff::onet::import(&release, out.path(), false, &reserved).unwrap();
    let profile =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/profiles/analyst-profile.yaml");
    let output = crate::common::rolediff()
        .arg("similar")
        .arg(&profile)
        .arg("--roles-dir")
        .arg(out.path())
        .args(["--top", "10", "-f", "json"])
        .output()
        .unwrap();
    let ranked: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<&str> = ranked
        .as_array()
        .unwrap()
        .iter()
        .map(|role| role["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"data-analyst"), "{ids:?}");
    assert!(
        !ids.iter().any(|id| id.contains("extraction")),
        "one shared word made a false friend: {ids:?}"
    );
}
