//! What an item asks for, weighed by how rare it is: the concepts of an item are the terms
//! of its profile (vocabulary terms such as languages, degrees and certifications, and its
//! other content words: skills, domains), each weighed by its kind and its inverse document
//! frequency over the roles of a library ([`Rarity`]). Three uses:
//! - two items are similar when what they ask for overlaps enough ([`closeness`]);
//! - why a pair is similar: the concepts both items name, rarest first ([`because`]);
//! - how much two roles ask for the same things as wholes ([`likeness`]): real postings ask
//!   for the same things in sentences that pair with none of the other's, and an item left
//!   unpaired counts part of it.

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

/// How much two roles ask for the same things, as wholes: the cosine of their concept
/// vectors (each concept of every text of a role, weighed by its kind and its rarity and
/// added up over the texts), with the concepts that count most in it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Likeness {
    /// The cosine, in [0, 1].
    pub similarity: f64,
    /// The concepts both roles name, those that add most to the cosine first, as the
    /// first role writes them (folded); at most [`LIKENESS_REASONS`].
    pub because: Vec<String>,
}

/// How many concepts [`Likeness::because`] names.
pub const LIKENESS_REASONS: usize = 8;

/// The [`Likeness`] of two roles given the profiles of their texts.
#[must_use]
pub fn likeness(a: &[Profile], b: &[Profile], weights: &[f64]) -> Likeness {
    let vector = |profiles: &[Profile]| -> Vec<f64> {
        let mut vector = vec![0.0; weights.len()];
        for &(id, class) in profiles.iter().flat_map(|profile| &profile.terms) {
            vector[id as usize] += class * weights[id as usize];
        }
        vector
    };
    let (va, vb) = (vector(a), vector(b));
    let norm = |v: &[f64]| v.iter().map(|x| x * x).sum::<f64>().sqrt();
    let (na, nb) = (norm(&va), norm(&vb));
    if na <= 0.0 || nb <= 0.0 {
        return Likeness::default();
    }
    let similarity = (va.iter().zip(&vb).map(|(x, y)| x * y).sum::<f64>() / (na * nb)).min(1.0);
    // Each shared concept once, by its share of the cosine, then in the order of `a`.
    let mut shared: Vec<(f64, usize, &str)> = Vec::new();
    let mut seen = vec![false; weights.len()];
    let labels = a.iter().flat_map(|profile| &profile.labels);
    for (order, (id, label)) in labels.enumerate() {
        let id = *id as usize;
        let part = va[id] * vb[id];
        if part > 0.0 && !std::mem::replace(&mut seen[id], true) {
            shared.push((part, order, label));
        }
    }
    shared.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    let mut because: Vec<String> = Vec::new();
    for (_, _, label) in shared {
        if because.len() == LIKENESS_REASONS {
            break;
        }
        if !because.iter().any(|known| known == label) {
            because.push(label.to_owned());
        }
    }
    Likeness {
        similarity,
        because,
    }
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
