//! The similarity measure of `similar`, measured against O*NET's related occupations: for
//! each occupation of the development split, recall@10 is the share of its ten most related
//! occupations (Index 1 to 10) found among the ten roles `similar` ranks first. The answer
//! key is read here only; nothing at run time reads it.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rolediff::analysis::similarity::SimilarityIndex;
use rolediff::library::{Folder, Library};
use rolediff::role::{Role, Source};

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

/// Occupation code -> its related codes of Index 1 to 10.
fn answer_key(path: &Path) -> BTreeMap<String, Vec<String>> {
    let mut key: BTreeMap<String, Vec<(u32, String)>> = BTreeMap::new();
    for line in std::fs::read_to_string(path).unwrap().lines().skip(1) {
        let fields: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
        let index: u32 = fields[3].trim().parse().unwrap();
        if index <= 10 {
            key.entry(fields[0].to_owned())
                .or_default()
                .push((index, fields[1].to_owned()));
        }
    }
    key.into_iter()
        .map(|(code, related)| (code, related.into_iter().map(|r| r.1).collect()))
        .collect()
}

fn imported_roles(release: &Path) -> Vec<Role> {
    let out = tempfile::tempdir().unwrap();
    rolediff::onet::import(release, out.path(), false).unwrap();
    let library = Library::discover(&[Folder::roles_dir(out.path().to_owned())], None).unwrap();
    library
        .try_load_all()
        .into_iter()
        .map(Result::unwrap)
        .filter(|role| matches!(role.source, Source::File(_)))
        .collect()
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
    // Set ROLEDIFF_TUNE to see how the facet weights were chosen.
    if std::env::var_os("ROLEDIFF_TUNE").is_some() {
        let mut results = Vec::new();
        for title in [0.0, 0.25, 0.5] {
            for skills in [0.0, 0.1, 0.25] {
                for tools in [0.25, 0.5, 0.75] {
                    for background in [0.0, 0.05, 0.1] {
                        let weights = [title, 1.0, skills, tools, background];
                        let index = SimilarityIndex::with_weights(&roles, weights);
                        results.push((recall_at_10(&roles, &index, &key).0, weights));
                    }
                }
            }
        }
        results.sort_by(|x, y| y.0.total_cmp(&x.0));
        for (recall, weights) in results.iter().take(10) {
            println!("weights {weights:?}: recall@10 {recall:.3}");
        }
    }
    let index = SimilarityIndex::build(&roles);
    let (recall, scored) = recall_at_10(&roles, &index, &key);
    println!("recall@10 on the development split: {recall:.3} over {scored} occupations");
    assert!(recall >= FLOOR, "recall@10 {recall:.3} is under {FLOOR}");
}

fn recall_at_10(
    roles: &[Role],
    index: &SimilarityIndex,
    key: &BTreeMap<String, Vec<String>>,
) -> (f64, u32) {
    let position: HashMap<&str, usize> = roles
        .iter()
        .enumerate()
        .map(|(i, role)| (role.aliases[0].as_str(), i))
        .collect();
    let mut total = 0.0;
    let mut scored = 0;
    for (code, related) in key {
        let Some(&target) = position.get(code.as_str()) else {
            continue;
        };
        let top: Vec<&str> = index
            .ranked(target)
            .iter()
            .take(10)
            .map(|&(other, _)| roles[other].aliases[0].as_str())
            .collect();
        let found = related
            .iter()
            .filter(|code| top.contains(&code.as_str()))
            .count();
        total += found as f64 / related.len() as f64;
        scored += 1;
    }
    (total / f64::from(scored), scored)
}
