//! Matching the items of two sections: which are the same item (the shared tier: normal
//! forms, `aka` and the vocabulary) and which are the same thing in other words (the
//! near tier: weighted content words and concepts, scored and assigned one to one).

mod acronyms;
mod assign;
mod built_in_vocabulary;
mod concepts;
mod cover;
mod field_degrees;
mod near;
mod profile;
mod rarity;
mod short_names;
pub mod term;
mod vocabulary;
mod vocabulary_file;

pub use acronyms::Expansions;
pub use assign::{Candidate, assign};
use assign::{PER_ITEM, Shortlist};
pub use concepts::Likeness;
pub use cover::Holdings;
pub use rarity::Rarity;
pub use vocabulary::{GroupRole, Vocabulary};
pub use vocabulary_file::VocabularyFile;

use rustc_hash::FxHashMap;
use std::sync::Arc;

use profile::Profile;
use term::Term;

use crate::role::Item;
use crate::role::posting::KnownNames;
use crate::role::section::Section;
use crate::text::normalize;

/// The default threshold of the near tier, chosen on the development cases of the
/// matcher (see the README, "How items are matched").
pub const DEFAULT_THRESHOLD: f64 = 0.7;

/// How strongly two items of the same name are tied when the shared pairs are assigned,
/// against two items the same through `aka` or the vocabulary: only the order matters.
const SAME_NAME_STRENGTH: f64 = 2.0;
const SAME_TERM_STRENGTH: f64 = 1.0;

/// How the items of two sections line up.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Alignment {
    /// Pairs that are the same item; score 1.0.
    pub shared: Vec<Candidate>,
    /// Pairs that are the same thing in other words, with their score.
    pub near: Vec<Candidate>,
    /// For each pair of `near`, the concepts both items name, rarest first.
    pub because: Vec<Vec<String>>,
}

/// The texts of two roles as the matcher reads them ([`Matcher::read`]).
#[derive(Debug, Clone)]
pub struct Read {
    a: Vec<Profile>,
    b: Vec<Profile>,
    weights: Vec<f64>,
}

/// Decides which items of two sections are the same.
#[derive(Debug, Clone)]
pub struct Matcher {
    vocabulary: Arc<Vocabulary>,
    /// Score at or above which two items are similar; `None` turns the near tier off.
    threshold: Option<f64>,
    /// How rare each concept is across a library's roles (the built-in ones for
    /// `compare`); every concept weighs 1 without one.
    rarity: Arc<Rarity>,
    /// The names a library's roles give their tools and certifications, found in items as
    /// concepts; read only when a posting is compared (its reader needs them anyway).
    names: Option<Arc<KnownNames>>,
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher::new(Arc::new(Vocabulary::built_in()), Some(DEFAULT_THRESHOLD))
    }
}

impl Matcher {
    /// A matcher over `vocabulary`; `threshold: None` keeps to the shared tier (`--exact`).
    #[must_use]
    pub fn new(vocabulary: Arc<Vocabulary>, threshold: Option<f64>) -> Self {
        Matcher {
            vocabulary,
            threshold,
            rarity: Arc::default(),
            names: None,
        }
    }

    /// The matcher weighing concepts by `rarity` (without it every concept weighs 1).
    #[must_use]
    pub fn with_rarity(self, rarity: Arc<Rarity>) -> Self {
        Matcher { rarity, ..self }
    }

    /// The matcher finding the tools and certifications of `names` in items as concepts.
    #[must_use]
    pub fn with_names(self, names: Arc<KnownNames>) -> Self {
        Matcher {
            names: Some(names),
            ..self
        }
    }

    /// Aligns the items of `a` with those of `b`, one to one: shared pairs first, then
    /// similar pairs among the items left, each with the concepts that make it.
    #[must_use]
    pub fn align(&self, a: &[&Item], b: &[&Item]) -> Alignment {
        let texts_a: Vec<&str> = a.iter().map(|item| item.name.as_str()).collect();
        let texts_b: Vec<&str> = b.iter().map(|item| item.name.as_str()).collect();
        let read = self.read(&texts_a, &texts_b);
        self.align_read(a, b, &read, 0..a.len(), 0..b.len())
    }

    /// The texts of two roles read once for all the work of a comparison: each text's
    /// profile, numbered together, and each term's weight.
    #[must_use]
    pub fn read(&self, a: &[&str], b: &[&str]) -> Read {
        // `--exact` needs no profile: neither the near tier nor the likeness is asked for.
        if self.threshold.is_none() {
            return Read {
                a: Vec::new(),
                b: Vec::new(),
                weights: Vec::new(),
            };
        }
        let mut interner = term::Interner::default();
        // Acronyms that the texts of either role spell out are read as their words.
        let all: Vec<&str> = a.iter().chain(b).copied().collect();
        let expansions = self.acronyms(&all);
        let mut profiles = |texts: &[&str]| -> Vec<Profile> {
            texts
                .iter()
                .map(|text| {
                    let spelled = expansions.spelled_out(text);
                    let read = spelled.as_deref().unwrap_or(text);
                    let profile = Profile::of(read, &self.vocabulary, &mut interner);
                    let Some(names) = &self.names else {
                        return profile;
                    };
                    let name_profiles = named_in(names, text)
                        .iter()
                        .map(|name| Profile::of(name, &self.vocabulary, &mut interner))
                        .collect();
                    profile.with_names(name_profiles)
                })
                .collect()
        };
        let (a, b) = (profiles(a), profiles(b));
        let weights = self.rarity.weights(&interner, &self.vocabulary);
        Read { a, b, weights }
    }

    /// [`Matcher::align`] of items whose profiles are `range_a` and `range_b` of `read`.
    #[must_use]
    pub fn align_read(
        &self,
        a: &[&Item],
        b: &[&Item],
        read: &Read,
        range_a: std::ops::Range<usize>,
        range_b: std::ops::Range<usize>,
    ) -> Alignment {
        let shared = self.shared_pairs(a, b);
        let Some(threshold) = self.threshold else {
            return Alignment {
                shared,
                ..Alignment::default()
            };
        };
        let (profiles_a, profiles_b) = (&read.a[range_a], &read.b[range_b]);
        let weights = &read.weights;
        let near = near::near_pairs(profiles_a, profiles_b, &shared, threshold, weights);
        let because = near
            .iter()
            .map(|pair| concepts::because(&profiles_a[pair.a], &profiles_b[pair.b], weights))
            .collect();
        Alignment {
            shared,
            near,
            because,
        }
    }

    /// How much two roles, read as all their texts, ask for the same things as wholes;
    /// `None` when the near tier is off (`--exact`).
    #[must_use]
    pub fn likeness(&self, read: &Read) -> Option<Likeness> {
        self.threshold?;
        Some(concepts::likeness(&read.a, &read.b, &read.weights))
    }

    /// The acronyms of `texts` that the texts also spell out, to read as their words
    /// ([`Expansions::spelled_out`]), as [`Matcher::read`] reads them.
    #[must_use]
    pub fn acronyms(&self, texts: &[&str]) -> Expansions {
        Expansions::of(texts, &self.vocabulary)
    }

    /// What a role whose items are `held` (their texts) holds, read once for [`Matcher::unheld`].
    #[must_use]
    pub fn holdings(&self, held: &[&str]) -> Holdings {
        Holdings::of(&self.vocabulary, held)
    }

    /// For each of `requirements`, the parts (as written) that the role of `holdings` does
    /// not hold, empty when it holds all of it: a cover covers all of a requirement
    /// ([`cover`]).
    #[must_use]
    pub fn unheld(&self, holdings: &mut Holdings, requirements: &[&str]) -> Vec<Vec<String>> {
        cover::unheld(&self.vocabulary, holdings, requirements)
    }

    fn shared_pairs(&self, a: &[&Item], b: &[&Item]) -> Vec<Candidate> {
        let keys_a: Vec<ItemKeys> = a
            .iter()
            .map(|item| ItemKeys::of(item, &self.vocabulary))
            .collect();
        let keys_b: Vec<ItemKeys> = b
            .iter()
            .map(|item| ItemKeys::of(item, &self.vocabulary))
            .collect();
        // Index both roles' spellings so that only items sharing one are scored.
        let index_a = spellings_index(&keys_a);
        let index_b = spellings_index(&keys_b);
        let mut shortlist = Shortlist::new(b.len());
        for (i, ka) in keys_a.iter().enumerate() {
            let mut partners: Vec<usize> = Vec::new();
            for key in &ka.all {
                let (Some(with_a), Some(with_b)) = (index_a.get(key), index_b.get(key)) else {
                    continue;
                };
                partners.extend_from_slice(partners_of(i, with_a, with_b));
            }
            partners.sort_unstable();
            partners.dedup();
            let row = partners.into_iter().map(|j| Candidate {
                a: i,
                b: j,
                // An exact name beats a match through `aka` or the vocabulary.
                score: if ka.name == keys_b[j].name {
                    SAME_NAME_STRENGTH
                } else {
                    SAME_TERM_STRENGTH
                },
            });
            shortlist.offer(row.collect());
        }
        assign(shortlist.into_candidates(), a.len(), b.len())
            .into_iter()
            .map(|c| Candidate { score: 1.0, ..c })
            .collect()
    }
}

/// The tools and certifications `names` finds in `text`, each once, by the name their
/// items give them.
fn named_in(names: &KnownNames, text: &str) -> Vec<String> {
    let mut found: Vec<String> = names
        .find_in(text)
        .into_iter()
        .filter(|(_, section)| matches!(section, Section::Tools | Section::Certifications))
        .map(|(name, _)| name)
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// How many items of one section a spelling may be in and still pair each with each.
const FREQUENT: usize = 256;

/// The items known by each spelling, in order.
fn spellings_index(keys: &[ItemKeys]) -> FxHashMap<&Term, Vec<usize>> {
    let mut index: FxHashMap<&Term, Vec<usize>> = FxHashMap::default();
    for (i, item) in keys.iter().enumerate() {
        for key in &item.all {
            index.entry(key).or_default().push(i);
        }
    }
    index
}

/// The items of the second role that item `i` of the first may pair with through a
/// spelling that `with_a` and `with_b` (in order) are known by: all of `with_b`, or, when
/// either side has very many (thousands of copies of one item), those near the same place
/// in the order (the k-th copy with the k-th), which is what assignment picks among
/// copies; the same pairs either way round.
fn partners_of<'b>(i: usize, with_a: &[usize], with_b: &'b [usize]) -> &'b [usize] {
    if with_a.len() <= FREQUENT && with_b.len() <= FREQUENT {
        return with_b;
    }
    let rank = with_a.binary_search(&i).unwrap_or_else(|at| at);
    let window = PER_ITEM / 2;
    let start = rank.saturating_sub(window).min(with_b.len());
    let end = (rank + window + 1).min(with_b.len());
    &with_b[start..end]
}

/// The keys under which an item is known: the normal forms of its name and `aka`
/// spellings, and the vocabulary groups any of them belongs to whole.
struct ItemKeys {
    name: String,
    all: Vec<Term>,
}

impl ItemKeys {
    fn of(item: &Item, vocabulary: &Vocabulary) -> Self {
        let name = normalize(&item.name);
        let spellings: Vec<String> = std::iter::once(name.clone())
            .chain(item.aka.iter().map(|aka| normalize(aka)))
            .collect();
        // Spellings without their spaces too: `ML flow` is `MLflow`, `data base` `database`.
        let compact: Vec<String> = spellings
            .iter()
            .filter(|s| s.contains(' '))
            .map(|s| {
                let mut compact = s.clone();
                compact.retain(|c| c != ' ');
                compact
            })
            .collect();
        let spellings: Vec<String> = spellings.into_iter().chain(compact).collect();
        let groups = spellings
            .iter()
            .flat_map(|s| vocabulary.concepts_of_whole(s))
            .map(|&concept| Term::Concept(concept));
        let mut all: Vec<Term> = groups.collect();
        all.extend(spellings.into_iter().map(Term::Item));
        all.sort_unstable();
        all.dedup();
        ItemKeys { name, all }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aligned(a: &[Item], b: &[Item]) -> Vec<(usize, usize)> {
        let a: Vec<&Item> = a.iter().collect();
        let b: Vec<&Item> = b.iter().collect();
        Matcher::new(Arc::new(Vocabulary::default()), None)
            .align(&a, &b)
            .shared
            .iter()
            .map(|c| (c.a, c.b))
            .collect()
    }

    #[test]
    fn alike_words_and_families_are_similar_never_shared() {
        let matcher = Matcher::default();
        for (a, b) in [
            ("Apache Spark", "PySpark"),
            ("Oversee the budget", "Manage the budget"),
        ] {
            let (a, b) = (Item::named(a), Item::named(b));
            let alignment = matcher.align(&[&a], &[&b]);
            assert!(alignment.shared.is_empty(), "{a:?} {b:?}");
            assert_eq!(alignment.near.len(), 1, "{a:?} {b:?}");
        }
    }

    #[test]
    fn known_names_are_concepts_of_the_items_that_write_them() {
        let names = KnownNames::new([
            ("PBI", "Microsoft Power BI", Section::Tools),
            ("Microsoft Power BI", "Microsoft Power BI", Section::Tools),
        ]);
        let a = Item::named("Dashboards in PBI");
        let b = Item::named("Microsoft Power BI dashboards");
        let matcher = Matcher::default;
        assert!(matcher().align(&[&a], &[&b]).near.is_empty());
        let alignment = matcher().with_names(Arc::new(names)).align(&[&a], &[&b]);
        assert_eq!(alignment.near.len(), 1);
        assert!(
            alignment.because[0].contains(&"microsoft power bi".to_owned()),
            "{alignment:?}"
        );
    }

    #[test]
    fn spellings_apart_only_by_spaces_are_shared() {
        let a = [
            Item::named("MLflow"),
            Item::named("Data base"),
            Item::named("C"),
        ];
        let b = [
            Item::named("ML flow"),
            Item::named("database"),
            Item::named("C++"),
        ];
        assert_eq!(aligned(&a, &b), [(0, 0), (1, 1)]);
    }

    #[test]
    fn normal_forms_and_aka_are_shared() {
        let aws = Item {
            name: "AWS".into(),
            aka: vec!["Amazon Web Services".into()],
            ..Item::default()
        };
        let a = [Item::named("Healthcare"), aws, Item::named("C")];
        let b = [
            Item::named("Amazon Web Services"),
            Item::named("C++"),
            Item::named("healthcare "),
        ];
        assert_eq!(aligned(&a, &b), [(0, 2), (1, 0)]);
    }

    #[test]
    fn an_exact_name_beats_an_aka() {
        let a = [Item {
            name: "ML".into(),
            aka: vec!["machine learning".into()],
            ..Item::default()
        }];
        let b = [Item::named("Machine learning"), Item::named("ml")];
        assert_eq!(aligned(&a, &b), [(0, 1)]);
    }

    #[test]
    fn vocabulary_terms_are_shared() {
        let matcher = Matcher::default();
        let a = [Item::named("AWS"), Item::named("ML")];
        let b = [
            Item::named("Machine Learning"),
            Item::named("Amazon Web Services"),
        ];
        let alignment = matcher.align(&a.iter().collect::<Vec<_>>(), &b.iter().collect::<Vec<_>>());
        let pairs: Vec<_> = alignment.shared.iter().map(|c| (c.a, c.b)).collect();
        assert_eq!(pairs, [(0, 1), (1, 0)]);
    }
}
