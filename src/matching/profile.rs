//! An item as the near tier sees it: a set of weighted words and concepts, with stop
//! and filler words left out.

use std::sync::LazyLock;

use super::term::{Interner, Term};

use rustc_hash::FxHashSet;

use super::normalize::{for_each_token, tokens};
use super::stem::{light_stem, stem};
use super::vocabulary::{Concept, Vocabulary};

/// Weight of a vocabulary concept: a term of the vocabulary says more than a plain word.
const CONCEPT_WEIGHT: f64 = 1.5;
/// Weight of a generic word.
const GENERIC_WEIGHT: f64 = 0.5;
/// Weight of a vendor name.
const VENDOR_WEIGHT: f64 = 0.25;

/// English function words, stemmed alike on both sides.
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "nor",
    "but",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "without",
    "into",
    "onto",
    "over",
    "under",
    "as",
    "like",
    "such",
    "than",
    "via",
    "per",
    "about",
    "across",
    "among",
    "between",
    "through",
    "throughout",
    "up",
    "out",
    "its",
    "it",
    "their",
    "they",
    "them",
    "your",
    "you",
    "our",
    "we",
    "us",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
    "is",
    "are",
    "be",
    "been",
    "being",
    "was",
    "were",
    "has",
    "have",
    "had",
    "do",
    "does",
    "can",
    "could",
    "will",
    "would",
    "should",
    "may",
    "might",
    "must",
    "all",
    "any",
    "each",
    "every",
    "some",
    "more",
    "most",
    "other",
    "others",
    "also",
    "well",
    "etc",
    "e.g",
    "i.e",
    "eg",
    "ie",
    "using",
    "use",
    "within",
    "where",
    "when",
    "which",
    "who",
    "whom",
    "how",
    "what",
    "why",
    "not",
    "no",
    "both",
    "either",
    "so",
];

/// The weighted terms of one item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    /// (term id, weight), sorted by id, each id once.
    pub terms: Vec<(u32, f64)>,
    /// Sum of the weights.
    pub total: f64,
    /// (kind, concept) of every concept that has a kind, sorted.
    pub kinds: Vec<(u32, Concept)>,
}

impl Profile {
    /// The profile of `text`.
    #[must_use]
    pub fn of(text: &str, vocabulary: &Vocabulary, interner: &mut Interner) -> Profile {
        let raw = tokens(text);
        let light: Vec<String> = raw.iter().map(|token| light_stem(token)).collect();
        let mut terms: Vec<(u32, f64)> = Vec::new();
        let mut kinds = Vec::new();
        let mut index = 0;
        while index < raw.len() {
            if let Some((concept, span)) = vocabulary.phrase_at(&light[index..]) {
                terms.push((interner.id(Term::Concept(concept)), CONCEPT_WEIGHT));
                if let Some(kind) = vocabulary.kind_of(concept) {
                    kinds.push((kind, concept));
                }
                index += span;
                continue;
            }
            let word = stem(&raw[index]);
            index += 1;
            if is_stop_word(&raw[index - 1]) || vocabulary.is_filler(&word) {
                continue;
            }
            let weight = if vocabulary.is_vendor(&word) {
                VENDOR_WEIGHT
            } else if vocabulary.is_generic(&word) {
                GENERIC_WEIGHT
            } else {
                1.0
            };
            terms.push((interner.id(Term::Word(word)), weight));
        }
        terms.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
        terms.dedup_by_key(|term| term.0);
        kinds.sort_unstable();
        kinds.dedup();
        let total = terms.iter().map(|term| term.1).sum();
        Profile {
            terms,
            total,
            kinds,
        }
    }

    /// Whether the two name different things of one kind (a Bachelor's and a Master's) and
    /// nothing of that kind in common.
    #[must_use]
    pub fn is_exclusive_of(&self, other: &Profile) -> bool {
        let kinds_of = |profile: &Profile| profile.kinds.iter().map(|k| k.0).collect::<Vec<_>>();
        let mine = kinds_of(self);
        kinds_of(other)
            .iter()
            .filter(|kind| mine.contains(kind))
            .any(|&kind| {
                let of_kind = |profile: &Profile| {
                    profile
                        .kinds
                        .iter()
                        .filter(|k| k.0 == kind)
                        .map(|k| k.1)
                        .collect::<Vec<_>>()
                };
                let theirs = of_kind(other);
                !of_kind(self).iter().any(|concept| theirs.contains(concept))
            })
    }
}

/// Whether a normalised word is an English function word.
#[must_use]
pub fn is_stop_word(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// Calls `emit` with each content word of `text`, not yet stemmed.
pub fn for_each_content_token(text: &str, mut emit: impl FnMut(&str)) {
    for_each_token(text, |token| {
        if is_content_token(token) {
            emit(token);
        }
    });
}

/// Whether a token carries content: not a stop word, not a bare number.
fn is_content_token(token: &str) -> bool {
    !is_stop_word(token) && !token.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// How alike two profiles are, given the weight of the terms they share: the mean of the
/// Dice coefficient and the overlap coefficient. Dice rewards items of equal scope; the
/// overlap lets a short item ("Healthcare") meet a longer one that says more about it
/// ("Health care and social assistance").
#[must_use]
pub fn closeness(shared_weight: f64, a: &Profile, b: &Profile) -> f64 {
    let smaller = a.total.min(b.total);
    if smaller <= 0.0 {
        return 0.0;
    }
    let dice = 2.0 * shared_weight / (a.total + b.total);
    let overlap = shared_weight / smaller;
    f64::midpoint(dice, overlap).min(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(a: &str, b: &str) -> f64 {
        let vocabulary = Vocabulary::built_in();
        let mut interner = Interner::default();
        let (pa, pb) = (
            Profile::of(a, &vocabulary, &mut interner),
            Profile::of(b, &vocabulary, &mut interner),
        );
        if pa.is_exclusive_of(&pb) {
            return 0.0;
        }
        let shared: f64 = pa
            .terms
            .iter()
            .filter(|t| pb.terms.iter().any(|u| u.0 == t.0))
            .map(|t| t.1)
            .sum();
        closeness(shared, &pa, &pb)
    }

    #[test]
    fn filler_and_order_do_not_matter() {
        assert_eq!(
            score(
                "Analytical and problem-solving skills",
                "Strong problem-solving and analytical skills"
            ),
            1.0
        );
        assert_eq!(
            score("Excellent communication skills", "Communication"),
            1.0
        );
    }

    #[test]
    fn levels_and_tracks_exclude_each_other() {
        assert_eq!(
            score(
                "Associate degree in information technology",
                "Bachelor's degree in information technology"
            ),
            0.0
        );
        assert_eq!(score("Python programming", "Java programming"), 0.0);
        assert!(
            score(
                "Bachelor's or Master's degree in computer science",
                "Master's degree in computer science"
            ) > 0.7
        );
    }

    #[test]
    fn symbols_keep_languages_apart() {
        assert_eq!(score("C++", "C"), 0.0);
        assert_eq!(score("C#", "C"), 0.0);
        assert_eq!(score("Java", "JavaScript"), 0.0);
    }
}
