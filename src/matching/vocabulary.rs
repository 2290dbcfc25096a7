//! The vocabulary: groups of terms that mean the same thing (`AWS` = `Amazon Web Services`),
//! kinds of groups that exclude each other (degree levels, certifications, languages), and
//! the filler, generic and vendor words of the similar tier. The built-in vocabulary is
//! `roles/vocabulary.yaml`; a `vocabulary.yaml` in a roles folder extends it.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use super::normalize::{normalize, tokens};
use super::stem::{light_stem, stem};
use crate::error::Error;
use crate::load::{parse_yaml, read_yaml_file};

const BUILT_IN: &str = include_str!("../../roles/vocabulary.yaml");

/// A vocabulary file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabularyFile {
    #[serde(default)]
    filler: Vec<String>,
    #[serde(default)]
    generic: Vec<String>,
    #[serde(default)]
    vendors: Vec<String>,
    #[serde(default)]
    synonyms: Vec<SynonymGroup>,
}

/// Terms that mean the same thing, and the kind of thing they are.
#[derive(Debug, Clone, PartialEq)]
struct SynonymGroup {
    same: Vec<String>,
    kind: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymFields {
    same: Vec<String>,
    #[serde(default)]
    kind: Option<String>,
}

impl<'de> Deserialize<'de> for SynonymGroup {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct GroupVisitor;

        impl<'de> Visitor<'de> for GroupVisitor {
            type Value = SynonymGroup;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a list of terms, or a mapping with `same` (a list of terms) and `kind`",
                )
            }

            fn visit_seq<S: SeqAccess<'de>>(self, seq: S) -> Result<SynonymGroup, S::Error> {
                let same = Vec::<String>::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                Ok(SynonymGroup { same, kind: None })
            }

            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<SynonymGroup, M::Error> {
                let fields =
                    SynonymFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(SynonymGroup {
                    same: fields.same,
                    kind: fields.kind,
                })
            }
        }

        deserializer.deserialize_any(GroupVisitor)
    }
}

/// A concept: one synonym group, by index.
pub type Concept = u32;

/// The compiled vocabulary, ready for matching.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Normal form of a whole term -> the groups it belongs to (the shared tier).
    whole: HashMap<String, Vec<Concept>>,
    /// First word of a term (lightly stemmed) -> (words, group), longest first.
    phrases: HashMap<String, Vec<(Vec<String>, Concept)>>,
    /// Kind of each group, as an index into the kinds seen.
    kinds: Vec<Option<u32>>,
    kind_names: Vec<String>,
    filler: HashSet<String>,
    generic: HashSet<String>,
    vendors: HashSet<String>,
}

impl Vocabulary {
    /// The built-in vocabulary.
    ///
    /// # Panics
    /// Never in a released build: a unit test parses `roles/vocabulary.yaml`.
    #[must_use]
    pub fn built_in() -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        let file: VocabularyFile =
            parse_yaml(BUILT_IN.as_bytes(), Path::new("roles/vocabulary.yaml"))
                .expect("the built-in vocabulary is valid; a test checks it");
        vocabulary.extend(file);
        vocabulary
    }

    /// Adds the vocabulary file at `path` to this one.
    pub fn extend_from_file(&mut self, path: &Path) -> Result<(), Error> {
        let file: VocabularyFile = read_yaml_file(path)?;
        self.extend(file);
        Ok(())
    }

    /// Adds the groups and word lists of `file`.
    pub fn extend(&mut self, file: VocabularyFile) {
        let stems = |words: Vec<String>| -> Vec<String> {
            words.iter().flat_map(|w| stemmed_words(w)).collect()
        };
        self.filler.extend(stems(file.filler));
        self.generic.extend(stems(file.generic));
        self.vendors.extend(stems(file.vendors));
        for group in file.synonyms {
            let concept = self.kinds.len() as Concept;
            let kind = group.kind.map(|name| self.kind_index(&name));
            self.kinds.push(kind);
            for term in &group.same {
                self.add_term(term, concept);
            }
        }
        for entries in self.phrases.values_mut() {
            entries.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
        }
    }

    fn kind_index(&mut self, name: &str) -> u32 {
        if let Some(index) = self.kind_names.iter().position(|kind| kind == name) {
            return index as u32;
        }
        self.kind_names.push(name.to_owned());
        (self.kind_names.len() - 1) as u32
    }

    fn add_term(&mut self, term: &str, concept: Concept) {
        let whole = self.whole.entry(normalize(term)).or_default();
        if !whole.contains(&concept) {
            whole.push(concept);
        }
        let words = term_words(term);
        if let Some(first) = words.first() {
            self.phrases
                .entry(first.clone())
                .or_default()
                .push((words, concept));
        }
    }

    /// The groups whose terms include the whole of `normal` (a normal form).
    #[must_use]
    pub fn concepts_of_whole(&self, normal: &str) -> &[Concept] {
        self.whole.get(normal).map_or(&[], Vec::as_slice)
    }

    /// The longest term starting at `words[0]`: its group and how many words it spans.
    #[must_use]
    pub fn phrase_at(&self, words: &[String]) -> Option<(Concept, usize)> {
        let entries = self.phrases.get(words.first()?)?;
        entries
            .iter()
            .find(|(phrase, _)| words.starts_with(phrase))
            .map(|(phrase, concept)| (*concept, phrase.len()))
    }

    /// The kind of a group, if it has one.
    #[must_use]
    pub fn kind_of(&self, concept: Concept) -> Option<u32> {
        self.kinds.get(concept as usize).copied().flatten()
    }

    /// Whether a stemmed word is filler (left out of the similar tier).
    #[must_use]
    pub fn is_filler(&self, word: &str) -> bool {
        self.filler.contains(word)
    }

    /// Whether a stemmed word is generic (counts half).
    #[must_use]
    pub fn is_generic(&self, word: &str) -> bool {
        self.generic.contains(word)
    }

    /// Whether a stemmed word is a vendor name (counts a quarter).
    #[must_use]
    pub fn is_vendor(&self, word: &str) -> bool {
        self.vendors.contains(word)
    }

    /// How many synonym groups there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    /// Whether there are no synonym groups.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }
}

/// The words of `text`, normalised and stemmed, as the similar tier compares them.
#[must_use]
pub fn stemmed_words(text: &str) -> Vec<String> {
    tokens(text).iter().map(|token| stem(token)).collect()
}

/// The words of `text`, normalised and lightly stemmed, as vocabulary terms are found.
#[must_use]
pub fn term_words(text: &str) -> Vec<String> {
    tokens(text).iter().map(|token| light_stem(token)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_vocabulary_loads() {
        let vocabulary = Vocabulary::built_in();
        assert!(vocabulary.len() > 200, "{}", vocabulary.len());
        assert_eq!(
            vocabulary.concepts_of_whole("aws"),
            vocabulary.concepts_of_whole("amazon web services")
        );
        assert!(vocabulary.is_filler("skill"));
    }

    #[test]
    fn the_longest_term_wins() {
        let vocabulary = Vocabulary::built_in();
        let words = term_words("Google Cloud Platform services");
        let (concept, span) = vocabulary.phrase_at(&words).unwrap();
        assert_eq!(span, 3);
        assert_eq!(vocabulary.concepts_of_whole("gcp"), [concept]);
    }

    #[test]
    fn groups_may_be_lists_or_mappings() {
        let file: VocabularyFile = parse_yaml(
            b"synonyms:\n  - [a b, c]\n  - {same: [d], kind: k}\n",
            Path::new("v.yaml"),
        )
        .unwrap();
        assert_eq!(
            file.synonyms[1],
            SynonymGroup {
                same: vec!["d".into()],
                kind: Some("k".into())
            }
        );
        let error = parse_yaml::<VocabularyFile>(
            b"synonyms:\n  - {same: [d], knd: k}\n",
            Path::new("v.yaml"),
        )
        .unwrap_err();
        assert!(error.to_string().contains("unknown key `knd`"), "{error}");
    }
}
