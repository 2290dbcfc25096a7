//! The near tier: items left after the shared tier, scored by their weighted terms and
//! paired one to one, best score first.
//!
//! Candidates come from an inverted index of the second role's terms, so only items that
//! share a term are ever scored: the cost follows the pairs that share words, not the
//! product of the two sections' sizes.

use super::assign::{Candidate, assign};
use super::profile::{Profile, closeness};
use super::term::Interner;
use super::vocabulary::Vocabulary;
use crate::role::Item;

/// Similar pairs among the items of `a` and `b` not in `shared`, scoring at least `threshold`.
#[must_use]
pub fn near_pairs(
    a: &[&Item],
    b: &[&Item],
    shared: &[Candidate],
    threshold: f64,
    vocabulary: &Vocabulary,
) -> Vec<Candidate> {
    let mut free_a = vec![true; a.len()];
    let mut free_b = vec![true; b.len()];
    for pair in shared {
        free_a[pair.a] = false;
        free_b[pair.b] = false;
    }
    let mut interner = Interner::default();
    let profiles_a: Vec<Option<Profile>> = profiles(a, &free_a, vocabulary, &mut interner);
    let profiles_b: Vec<Option<Profile>> = profiles(b, &free_b, vocabulary, &mut interner);
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); interner.len()];
    for (j, profile) in profiles_b.iter().enumerate() {
        for &(term, _) in profile.iter().flat_map(|p| &p.terms) {
            postings[term as usize].push(j);
        }
    }
    let mut shared_weight = vec![0.0; b.len()];
    let mut touched = Vec::new();
    let mut candidates = Vec::new();
    for (i, profile) in profiles_a.iter().enumerate() {
        let Some(pa) = profile else { continue };
        for &(term, weight) in &pa.terms {
            for &j in &postings[term as usize] {
                if shared_weight[j] == 0.0 {
                    touched.push(j);
                }
                shared_weight[j] += weight;
            }
        }
        for j in touched.drain(..) {
            let pb = profiles_b[j]
                .as_ref()
                .expect("only profiled items are indexed");
            let score = closeness(shared_weight[j], pa, pb);
            shared_weight[j] = 0.0;
            if score >= threshold && !pa.is_exclusive_of(pb) {
                candidates.push(Candidate { a: i, b: j, score });
            }
        }
    }
    assign(candidates, a.len(), b.len())
}

fn profiles(
    items: &[&Item],
    free: &[bool],
    vocabulary: &Vocabulary,
    interner: &mut Interner,
) -> Vec<Option<Profile>> {
    items
        .iter()
        .zip(free)
        .map(|(item, &free)| free.then(|| Profile::of(&item.name, vocabulary, interner)))
        .collect()
}
