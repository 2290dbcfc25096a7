//! Measuring the role similarity against O*NET's related occupations: recall@10 of the
//! ranking of an index over the imported release, micro-averaged over the occupations of
//! an answer key. Shared by the test that holds the floor and the example that searches
//! the weights.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rolediff::analysis::similarity::SimilarityIndex;
use rolediff::library::{Folder, Library};
use rolediff::role::{Role, Source};

/// Occupation code -> its related codes of Index 1 to 10.
pub type AnswerKey = BTreeMap<String, Vec<String>>;

/// The roles of the O*NET release in `../shared/onet`, imported, and the answer key of
/// its development split; an error naming the folder when either is missing.
pub fn dev_split() -> Result<(Vec<Role>, AnswerKey), String> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/onet");
    let release = shared.join("db_30_1_text");
    let key_path = shared.join("eval/Related Occupations (dev split).txt");
    if !release.exists() || !key_path.exists() {
        return Err(format!(
            "{}: the O*NET release and its answer key are not there",
            shared.display()
        ));
    }
    Ok((imported_roles(&release), answer_key(&key_path)))
}

/// [`dev_split`] for a tool run by hand: its error on stderr and exit code 2 when the
/// release or the key is missing. (The test skips instead, so it leaves this unused.)
#[allow(dead_code)]
pub fn dev_split_or_exit() -> (Vec<Role>, AnswerKey) {
    dev_split().unwrap_or_else(|message| {
        eprintln!("error: {message}");
        std::process::exit(2)
    })
}

/// The answer key at `path`.
pub fn answer_key(path: &Path) -> AnswerKey {
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

/// The roles of the release at `release`, imported into a temporary folder.
pub fn imported_roles(release: &Path) -> Vec<Role> {
    let out = tempfile::tempdir().unwrap();
    let reserved = Library::built_in_name_keys();
    rolediff::onet::import(release, out.path(), false, &reserved).unwrap();
    let library = Library::discover(&[Folder::roles_dir(out.path().to_owned())], None).unwrap();
    library
        .try_load_all()
        .into_iter()
        .map(Result::unwrap)
        .filter(|role| matches!(role.source, Source::File(_)))
        .collect()
}

/// Recall@10 of `index` over `roles` against `key`, and how many occupations were scored.
pub fn recall_at_10(roles: &[Role], index: &SimilarityIndex, key: &AnswerKey) -> (f64, u32) {
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
            .ranked(target, 10)
            .iter()
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
