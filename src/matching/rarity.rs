//! How rare each term is across the roles of a library: how many roles name it, for
//! weighing what an item asks for by its inverse document frequency. Terms are counted by
//! a key that does not depend on numbering (a word's stem, a vocabulary group's first
//! term), so that a table of counts can be kept as text and read back: the built-in
//! library's is worked out by a test and compiled in (`src/library/built_in_rarity.tsv`).

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;

use super::profile::Profile;
use super::term::{Interner, Term};
use super::vocabulary::Vocabulary;
use crate::text::word_map::WordMap;

/// How many roles of a library name each term.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rarity {
    documents: u32,
    frequency: WordMap<u32>,
}

/// The key a term is counted by: `w` and a word's stem, `c` and a vocabulary group's first
/// term in lower case; none for the other kinds of terms (whole items, categories).
fn key(term: &Term, vocabulary: &Vocabulary) -> Option<String> {
    match term {
        Term::Word(word) => Some(format!("w {word}")),
        Term::Concept(concept) => vocabulary
            .written_terms(*concept)
            .first()
            .map(|written| format!("c {}", written.to_lowercase())),
        Term::Item(_) | Term::Category(_) => None,
    }
}

impl Rarity {
    /// The rarity of terms over `documents`, each the texts of one role.
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
        let mut counts: HashMap<String, u32> = HashMap::default();
        for (term, df) in interner.terms().iter().zip(frequency) {
            if let Some(key) = key(term, vocabulary) {
                // Two terms of one key (a group and a word spelt as its first term) count
                // as the more frequent.
                let known = counts.entry(key).or_insert(0);
                *known = (*known).max(df);
            }
        }
        Rarity {
            documents: count,
            frequency: WordMap::from_entries(
                counts
                    .into_iter()
                    .map(|(key, df)| (Cow::Owned(key), df))
                    .collect(),
            ),
        }
    }

    /// The table of counts as text: `documents` and their number, then one `key`, tab,
    /// count a line, sorted by key.
    #[must_use]
    pub fn to_table(&self) -> String {
        let mut lines: Vec<String> = self
            .frequency
            .entries
            .iter()
            .map(|(key, df)| format!("{key}\t{df}"))
            .collect();
        lines.sort_unstable();
        format!("documents\t{}\n{}\n", self.documents, lines.join("\n"))
    }

    /// The rarity a table of [`Rarity::to_table`] holds; `None` when it is not one.
    #[must_use]
    pub fn from_table(table: &str) -> Option<Rarity> {
        let mut lines = table.lines();
        let documents = lines.next()?.strip_prefix("documents\t")?.parse().ok()?;
        let mut frequency = Vec::new();
        for line in lines {
            let (key, df) = line.rsplit_once('\t')?;
            frequency.push((Cow::Owned(key.to_owned()), df.parse().ok()?));
        }
        Some(Rarity {
            documents,
            frequency: WordMap::from_entries(frequency),
        })
    }

    /// The rarity of terms named by `frequency` (key -> how many roles name it) of
    /// `documents` roles: a table compiled in.
    #[must_use]
    pub fn from_counts(documents: u32, frequency: WordMap<u32>) -> Rarity {
        Rarity {
            documents,
            frequency,
        }
    }

    /// How much naming a term of `key` says: `ln((N + 1) / (df + 1))` over the N roles, so
    /// a term every role names weighs 0 and one no role names weighs most; 1 for every
    /// term when there are no roles to count in.
    fn weight_of(&self, key: Option<&str>) -> f64 {
        if self.documents == 0 {
            return 1.0;
        }
        let df = key
            .and_then(|key| self.frequency.get(key))
            .copied()
            .unwrap_or(0);
        (f64::from(self.documents + 1) / f64::from(df + 1)).ln()
    }

    /// The weight of each term of `interner`, by its id, as a multiple of 2^-30: a sum of
    /// such weights times the kinds' weights (quarters) is exact in any order, so two items
    /// score the same whichever role numbered their terms first.
    #[must_use]
    pub fn weights(&self, interner: &Interner, vocabulary: &Vocabulary) -> Vec<f64> {
        const STEP: f64 = (1u64 << 30) as f64;
        interner
            .terms()
            .iter()
            .map(|term| (self.weight_of(key(term, vocabulary).as_deref()) * STEP).round() / STEP)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_every_role_names_weighs_nothing_and_what_none_names_most() {
        let vocabulary = Vocabulary::built_in();
        let rarity = Rarity::over(
            [
                vec!["Python and SQL"],
                vec!["Python and Java"],
                vec!["Excel"],
            ],
            &vocabulary,
        );
        let mut interner = Interner::default();
        let terms: Vec<u32> = ["Python", "Java", "COBOL"]
            .iter()
            .map(|text| Profile::of(text, &vocabulary, &mut interner).terms[0].0)
            .collect();
        let weights = rarity.weights(&interner, &vocabulary);
        // In two roles of three, in one, in none: ln(4/3), ln(4/2), ln(4/1).
        for (id, expected) in terms.iter().zip([4.0f64 / 3.0, 2.0, 4.0]) {
            assert!((weights[*id as usize] - expected.ln()).abs() < 1e-9);
        }
        assert_eq!(Rarity::default().weight_of(Some("w x")), 1.0);
    }

    #[test]
    fn a_table_reads_back_as_it_was_written() {
        let vocabulary = Vocabulary::built_in();
        let rarity = Rarity::over([vec!["Python and SQL"], vec!["Patient care"]], &vocabulary);
        let table = rarity.to_table();
        assert_eq!(Rarity::from_table(&table), Some(rarity));
        assert!(table.starts_with("documents\t2\n"), "{table}");
        assert_eq!(Rarity::from_table("not a table"), None);
        assert_eq!(Rarity::from_table("documents\t2\nw x\tmany"), None);
    }
}
