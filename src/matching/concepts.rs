//! What an item asks for, weighed by how rare it is: the concepts of an item are the terms
//! of its profile (vocabulary terms such as languages, degrees and certifications, and its
//! other content words: skills, domains), each weighed by its kind and its inverse document
//! frequency over the roles of a library ([`super::Rarity`]). Three uses:
//! - two items are similar when what they ask for overlaps enough ([`closeness`]);
//! - why a pair is similar: the concepts both items name, rarest first ([`because`]);
//! - how much two roles ask for the same things as wholes ([`likeness`]): real postings ask
//!   for the same things in sentences that pair with none of the other's, and an item left
//!   unpaired counts part of it.

use super::profile::Profile;

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
    let norm = |v: &[f64]| sum(v.iter().map(|x| x * x)).sqrt();
    let (na, nb) = (norm(&va), norm(&vb));
    if na <= 0.0 || nb <= 0.0 {
        return Likeness::default();
    }
    let similarity = (sum(va.iter().zip(&vb).map(|(x, y)| x * y)) / (na * nb)).min(1.0);
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

/// The sum of `values` in the order of their size: terms are numbered in the order they
/// are met, which differs with the order of the roles, and a sum of products of weights
/// depends on its order; `compare A B` must score as `compare B A` does.
fn sum(values: impl Iterator<Item = f64>) -> f64 {
    let mut values: Vec<f64> = values.collect();
    values.sort_by(f64::total_cmp);
    values.into_iter().sum()
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
/// coefficients of their concepts, each weighed by its kind and, on top of it, its rarity
/// (`kind * (1 + rarity)`): a word every role uses still tells two items apart, so
/// "Project management" is not "Product management" because both words are common.
#[must_use]
pub fn closeness(a: &Profile, b: &Profile, weights: &[f64]) -> f64 {
    // The weights are multiples of 2^-30 ([`super::Rarity::weights`]): these sums are
    // exact in any order.
    let weight = |id: u32, class: f64| class * (1.0 + weights[id as usize]);
    let weigh = |profile: &Profile| -> f64 {
        profile
            .terms
            .iter()
            .map(|&(id, class)| weight(id, class))
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
        .map(|&(id, class)| weight(id, class))
        .sum();
    let dice = 2.0 * shared / (total_a + total_b);
    f64::midpoint(dice, shared / smaller).min(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::term::Interner;
    use crate::matching::vocabulary::Vocabulary;

    /// The concepts of `text` as `--explain` names them, in the order of the text.
    fn concepts(text: &str) -> Vec<String> {
        let mut interner = Interner::default();
        let profile = Profile::of(text, &Vocabulary::built_in(), &mut interner);
        profile.labels.into_iter().map(|(_, label)| label).collect()
    }

    /// Whether `text` names a concept of some kind (a language, a degree level).
    fn names_a_kind(text: &str) -> bool {
        let mut interner = Interner::default();
        !Profile::of(text, &Vocabulary::built_in(), &mut interner)
            .kinds
            .is_empty()
    }

    #[test]
    fn a_sentence_carries_each_thing_it_asks_for() {
        let tools =
            concepts("3+ years of professional Python, including pandas, NumPy and scikit-learn");
        for concept in ["3+ years", "python", "pandas", "numpy", "scikit learn"] {
            assert!(tools.iter().any(|c| c == concept), "{concept}: {tools:?}");
        }
        let degree = concepts("Bachelor's degree in computer science or statistics");
        assert_eq!(
            degree,
            ["bachelors degree", "computer", "science", "statistics"]
        );
        let domain = concepts("Knowledge of healthcare or insurance claims data");
        for concept in ["healthcare", "insurance", "claims"] {
            assert!(domain.iter().any(|c| c == concept), "{concept}: {domain:?}");
        }
    }

    #[test]
    fn an_acronym_that_is_a_function_word_too_is_a_concept_only_in_capitals() {
        assert_eq!(concepts("Coordinate with IT on upgrades")[1], "it");
        // `IT` is information technology.
        let vocabulary = Vocabulary::built_in();
        let mut interner = Interner::default();
        let short = Profile::of("Upgrades with IT", &vocabulary, &mut interner);
        let long = Profile::of(
            "Upgrades with information technology",
            &vocabulary,
            &mut interner,
        );
        assert_eq!(short.terms, long.terms);
        assert!(!concepts("Make it work").contains(&"it".to_owned()));
        assert!(!concepts("MAKE IT WORK").contains(&"it".to_owned()));
    }

    #[test]
    fn years_are_the_least_asked_for() {
        for text in [
            "3+ years of SQL",
            "3 years of SQL",
            "3-5 years of SQL",
            "3 to 5 yrs SQL",
            "Three to five years of SQL",
            "three years' SQL",
        ] {
            assert_eq!(concepts(text)[0], "3+ years", "{text}");
        }
        assert!(!concepts("Since 2019, years of growth").contains(&"2019+ years".to_owned()));
    }

    #[test]
    fn short_names_name_a_language_only_where_the_text_says_so() {
        for text in [
            "Experience in Go",
            "Statistics (R, SAS)",
            "Python, Go and Rust",
        ] {
            assert!(names_a_kind(text), "{text}");
        }
        for text in [
            "Go the extra mile",
            "Manage the R&D budget",
            "A go-to-market plan",
        ] {
            assert!(!names_a_kind(text), "{text}");
        }
    }

    #[test]
    fn likeness_is_the_cosine_of_the_roles_concepts_and_names_them() {
        let vocabulary = Vocabulary::built_in();
        let mut interner = Interner::default();
        let mut profiles = |texts: &[&str]| -> Vec<Profile> {
            texts
                .iter()
                .map(|text| Profile::of(text, &vocabulary, &mut interner))
                .collect()
        };
        let a = profiles(&["Python and pandas", "Patient care"]);
        let b = profiles(&["Statistical programming in Python", "Pandas"]);
        let c = profiles(&["Forklift operation"]);
        let weights = vec![1.0; interner.len()];
        let ab = likeness(&a, &b, &weights);
        assert!(ab.similarity > 0.3 && ab.similarity < 1.0, "{ab:?}");
        assert_eq!(ab.because, ["python", "pandas"]);
        assert_eq!(likeness(&a, &c, &weights), Likeness::default());
        assert!((likeness(&a, &a, &weights).similarity - 1.0).abs() < 1e-9);
    }
}
