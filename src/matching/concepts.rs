//! What an item asks for, weighed by how rare it is: the concepts of an item are the terms
//! of its profile (vocabulary terms such as languages, degrees and certifications, and its
//! other content words: skills, domains), each weighed by its inverse document frequency
//! over the roles of a library ([`Rarity`]). Two uses:
//! - why a pair is similar: the concepts both items name, rarest first (`--explain`);
//! - how much of an item left unpaired the other role asks for all the same, in other
//!   sentences of the section ([`credits`]): real postings ask for the same things in
//!   sentences that pair with none of the other's.

use rustc_hash::FxHashMap as HashMap;

use super::profile::Profile;
use super::term::{Interner, Term};
use super::vocabulary::Vocabulary;

/// How many roles of a library name each term, for weighing terms by how rare they are.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rarity {
    documents: u32,
    frequency: HashMap<Term, u32>,
}

impl Rarity {
    /// The rarity of terms over `documents`, each the texts of one role's items.
    #[must_use]
    pub fn over<'a>(
        documents: impl IntoIterator<Item = Vec<&'a str>>,
        vocabulary: &Vocabulary,
    ) -> Rarity {
        let mut interner = Interner::default();
        let mut frequency: Vec<u32> = Vec::new();
        let mut count = 0u32;
        for texts in documents {
            count += 1;
            let mut ids: Vec<u32> = texts
                .into_iter()
                .flat_map(|text| Profile::of(text, vocabulary, &mut interner).terms)
                .map(|(id, _)| id)
                .collect();
            ids.sort_unstable();
            ids.dedup();
            frequency.resize(interner.len(), 0);
            for id in ids {
                frequency[id as usize] += 1;
            }
        }
        Rarity {
            documents: count,
            frequency: interner.into_terms().into_iter().zip(frequency).collect(),
        }
    }

    /// How much naming `term` says: `ln((N + 1) / (df + 1))` over the N roles, so a term
    /// every role names weighs 0 and one no role names weighs most; 1 for every term when
    /// there are no roles to count in.
    #[must_use]
    pub fn weight(&self, term: &Term) -> f64 {
        if self.documents == 0 {
            return 1.0;
        }
        let df = self.frequency.get(term).copied().unwrap_or(0);
        (f64::from(self.documents + 1) / f64::from(df + 1)).ln()
    }

    /// The weight of each term of `interner`, by its id.
    #[must_use]
    pub fn weights(&self, interner: &Interner) -> Vec<f64> {
        interner
            .terms()
            .iter()
            .map(|term| self.weight(term))
            .collect()
    }
}

/// How much of each item left unpaired (`paired[i]` false) the other side asks for all the
/// same: the weight of its concepts that any item of `others` names, over the weight of
/// all its concepts (0 for an item without weighty concepts, and for paired items).
#[must_use]
pub fn credits(
    profiles: &[Profile],
    paired: &[bool],
    others: &[Profile],
    weights: &[f64],
) -> Vec<f64> {
    let mut named = vec![false; weights.len()];
    for &(id, _) in others.iter().flat_map(|profile| &profile.terms) {
        named[id as usize] = true;
    }
    profiles
        .iter()
        .zip(paired)
        .map(|(profile, &paired)| {
            if paired {
                return 0.0;
            }
            let total: f64 = profile
                .terms
                .iter()
                .map(|&(id, class)| class * weights[id as usize])
                .sum();
            if total <= 0.0 {
                return 0.0;
            }
            let found: f64 = profile
                .terms
                .iter()
                .filter(|&&(id, _)| named[id as usize])
                .map(|&(id, class)| class * weights[id as usize])
                .sum();
            found / total
        })
        .collect()
}

/// The concepts two items both name, rarest first (ties in the order of `a`'s text), in the
/// words `a` writes them in (folded): why they are similar.
#[must_use]
pub fn because(a: &Profile, b: &Profile, weights: &[f64]) -> Vec<String> {
    let mut shared: Vec<(usize, u32)> = a
        .labels
        .iter()
        .enumerate()
        .filter(|(_, (id, _))| b.terms.binary_search_by_key(id, |t| t.0).is_ok())
        .map(|(order, &(id, _))| (order, id))
        .collect();
    shared.sort_by(|x, y| {
        weights[y.1 as usize]
            .total_cmp(&weights[x.1 as usize])
            .then(x.0.cmp(&y.0))
    });
    let mut names: Vec<String> = shared
        .into_iter()
        .map(|(order, _)| a.labels[order].1.clone())
        .collect();
    // A family and its product are found in the same words: name them once.
    let mut seen = std::collections::HashSet::new();
    names.retain(|name| seen.insert(name.clone()));
    names
}

/// How alike two items are by what they ask for: the mean of the Dice and overlap
/// coefficients of their concepts, each weighed by its kind and its rarity.
#[must_use]
pub fn closeness(a: &Profile, b: &Profile, weights: &[f64]) -> f64 {
    let weigh = |profile: &Profile| -> f64 {
        profile
            .terms
            .iter()
            .map(|&(id, class)| class * weights[id as usize])
            .sum()
    };
    let (total_a, total_b) = (weigh(a), weigh(b));
    let smaller = total_a.min(total_b);
    if smaller <= 0.0 {
        return 0.0;
    }
    let shared: f64 = a
        .terms
        .iter()
        .filter(|(id, _)| b.terms.binary_search_by_key(id, |t| t.0).is_ok())
        .map(|&(id, class)| class * weights[id as usize])
        .sum();
    let dice = 2.0 * shared / (total_a + total_b);
    f64::midpoint(dice, shared / smaller).min(1.0)
}
