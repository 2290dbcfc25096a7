//! The near tier: items left after the shared tier, scored by their weighted terms and
//! paired one to one, best score first.
//!
//! Candidates come from an inverted index of the second role's terms, so only items that
//! share a term are ever scored: the cost follows the pairs that share words, not the
//! product of the two sections' sizes. A term in very many items finds none, and each item
//! keeps its best candidates only ([`Shortlist`]), so sections of thousands of alike items
//! take time and memory in proportion to their size.

use super::assign::{Candidate, Shortlist, assign};
use super::profile::{Profile, closeness};

/// Similar pairs among the items of `a` and `b` not in `shared`, scoring at least
/// `threshold`, given the profiles of every item of both and the rarity weight of each
/// term id their numbering gave.
#[must_use]
pub fn near_pairs(
    a: &[Profile],
    b: &[Profile],
    shared: &[Candidate],
    threshold: f64,
    weights: &[f64],
) -> Vec<Candidate> {
    let terms = weights.len();
    let mut free_a = vec![true; a.len()];
    let mut free_b = vec![true; b.len()];
    for pair in shared {
        free_a[pair.a] = false;
        free_b[pair.b] = false;
    }
    let (profiles_a, profiles_b) = (free(a, &free_a), free(b, &free_b));
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); terms];
    for (j, profile) in profiles_b.iter().enumerate() {
        for &(term, _) in profile.iter().flat_map(|p| &p.terms) {
            postings[term as usize].push(j);
        }
        // An item whose alike word's root another names as a word is found by that word.
        for &(_, word) in profile.iter().flat_map(|p| &p.alike_roots) {
            postings[word as usize].push(j);
        }
    }
    let mut in_a = vec![0usize; terms];
    for &(term, _) in profiles_a.iter().flatten().flat_map(|p| &p.terms) {
        in_a[term as usize] += 1;
    }
    // A term in very many items of either section finds no candidates (it still counts
    // in their scores): thousands of near-duplicate items would otherwise make every pair
    // a candidate. The rule looks at both sections, so it is the same either way round.
    let finds =
        |term: u32| in_a[term as usize] <= FREQUENT && postings[term as usize].len() <= FREQUENT;
    let mut seen = vec![false; b.len()];
    let mut touched = Vec::new();
    let mut shortlist = Shortlist::new(b.len());
    for (i, profile) in profiles_a.iter().enumerate() {
        let Some(pa) = profile else { continue };
        let roots = pa.alike_roots.iter().map(|&(_, word)| word);
        let terms = pa.terms.iter().map(|&(term, _)| term).chain(roots);
        for term in terms.filter(|&term| finds(term)) {
            for &j in &postings[term as usize] {
                if !seen[j] {
                    seen[j] = true;
                    touched.push(j);
                }
            }
        }
        let mut row = Vec::new();
        for j in touched.drain(..) {
            seen[j] = false;
            let pb = profiles_b[j].expect("only free items are indexed");
            let score = closeness(shared_weight(pa, pb), pa, pb)
                .max(super::concepts::closeness(pa, pb, weights));
            if score >= threshold && !pa.is_exclusive_of(pb) {
                row.push(Candidate { a: i, b: j, score });
            }
        }
        shortlist.offer(row);
    }
    assign(shortlist.into_candidates(), a.len(), b.len())
}

/// How many items of one section a term may be in and still find candidates: more than a
/// real section has, so only sections of thousands of alike items reach it.
const FREQUENT: usize = 256;

/// The weight of the terms `a` and `b` share, added in the order of their ids, and of the
/// alike words of either whose own root the other names as a word ([`root_weight`]).
pub(super) fn shared_weight(a: &Profile, b: &Profile) -> f64 {
    common_weight(a, b) + root_weight(a, b) + root_weight(b, a)
}

/// The weight of the alike words of `a` whose root `b` names as a plain word and whose
/// group it does not name: "Developing software" and "Software development" share
/// `develop`, though the verb is found as the group of build, create and develop, and the
/// noun made of it as its own word. Each counts at the lesser of its two weights.
fn root_weight(a: &Profile, b: &Profile) -> f64 {
    a.alike_roots
        .iter()
        .filter_map(|&(group, word)| {
            let weight = |profile: &Profile, id: u32| {
                profile
                    .terms
                    .binary_search_by_key(&id, |term| term.0)
                    .ok()
                    .map(|at| profile.terms[at].1)
            };
            if weight(b, group).is_some() {
                return None;
            }
            Some(weight(a, group)?.min(weight(b, word)?))
        })
        .sum()
}

/// The weight of the terms `a` and `b` both have, added in the order of their ids.
fn common_weight(a: &Profile, b: &Profile) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].0.cmp(&b.terms[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a.terms[i].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// The profiles of the items still free, `None` for the others.
fn free<'p>(profiles: &'p [Profile], free: &[bool]) -> Vec<Option<&'p Profile>> {
    profiles
        .iter()
        .zip(free)
        .map(|(profile, &free)| free.then_some(profile))
        .collect()
}
