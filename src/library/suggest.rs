//! "Did you mean": the roles closest to a name that resolves to none.

use crate::role::head::Head;

/// How many roles "did you mean" names at most: enough to see the likely one, few enough
/// to read in one line.
pub const MAX_SUGGESTIONS: usize = 3;

/// The least Jaro-Winkler similarity of a suggested spelling: below it, spellings share
/// little more than their first letters.
const SPELLING_FLOOR: f64 = 0.7;

/// Up to three ids whose id, title or alias is closest to `wanted` (lower case), among
/// `roles`.
#[must_use]
pub fn closest_ids(wanted: &str, roles: &[Head]) -> Vec<String> {
    let mut scored: Vec<(f64, &str)> = roles
        .iter()
        .map(|role| {
            let names = std::iter::once(role.id.clone())
                .chain(role.aliases.iter().map(|a| a.to_lowercase()))
                .chain(std::iter::once(role.title.to_lowercase()));
            let best = names
                .map(|name| strsim::jaro_winkler(wanted, &name))
                .fold(0.0, f64::max);
            (best, role.id.as_str())
        })
        .filter(|(score, _)| *score >= SPELLING_FLOOR)
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
    scored
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, id)| id.to_owned())
        .collect()
}
