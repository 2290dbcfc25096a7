//! The vocabulary: groups of terms that mean the same thing (`AWS` = `Amazon Web Services`),
//! kinds of groups that exclude each other (degree levels, certifications, languages), and
//! the filler, generic and vendor words of the near tier. The built-in vocabulary is
//! `roles/vocabulary.yaml`; a `vocabulary.yaml` in a roles folder extends it.

use std::path::Path;

use rustc_hash::{FxHashMap, FxHashSet};

pub use super::vocabulary_file::VocabularyFile;
use crate::error::Error;
use crate::role::parse::read_yaml_file;

/// `roles/vocabulary.yaml`, compiled by the build script into static tables of stemmed
/// words and normalised terms (`FILLER`, `GENERIC`, `VENDORS`, `GROUPS`): nothing to parse,
/// normalise or stem at start-up.
mod built_in {
    include!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));
}

/// A concept: one synonym group, by index.
pub type Concept = u32;

/// The compiled vocabulary, ready for matching.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabulary {
    /// Normal form of a whole term -> the groups it belongs to (the shared tier).
    whole: FxHashMap<String, Vec<Concept>>,
    /// First word of a term (lightly stemmed) -> (words, group), longest first.
    phrases: FxHashMap<String, Vec<(Vec<String>, Concept)>>,
    /// Kind of each group, as an index into the kinds seen.
    kinds: Vec<Option<u32>>,
    kind_names: Vec<String>,
    /// Each group's terms as written, in file order (the first names the group).
    written: Vec<Vec<String>>,
    filler: FxHashSet<String>,
    generic: FxHashSet<String>,
    vendors: FxHashSet<String>,
}

impl Vocabulary {
    /// The built-in vocabulary, compiled by the build script from `roles/vocabulary.yaml`.
    #[must_use]
    pub fn built_in() -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        let owned = |words: &[&str]| words.iter().map(|&word| word.to_owned()).collect();
        vocabulary.add_word_lists(
            owned(built_in::FILLER),
            owned(built_in::GENERIC),
            owned(built_in::VENDORS),
        );
        for &(kind, terms) in built_in::GROUPS {
            let terms = terms.iter().map(|&(written, normal, words)| {
                (written.to_owned(), normal.to_owned(), owned(words))
            });
            vocabulary.add_group(kind, terms);
        }
        vocabulary.sort_phrases();
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
        let compiled = file.compile();
        self.add_word_lists(compiled.filler, compiled.generic, compiled.vendors);
        for group in compiled.groups {
            let terms = group
                .terms
                .into_iter()
                .map(|term| (term.written, term.normal, term.words));
            self.add_group(group.kind.as_deref(), terms);
        }
        self.sort_phrases();
    }

    fn add_word_lists(&mut self, filler: Vec<String>, generic: Vec<String>, vendors: Vec<String>) {
        self.filler.extend(filler);
        self.generic.extend(generic);
        self.vendors.extend(vendors);
    }

    /// Adds one synonym group: its terms as (written, normal form, lightly stemmed words).
    fn add_group(
        &mut self,
        kind: Option<&str>,
        terms: impl Iterator<Item = (String, String, Vec<String>)>,
    ) {
        let concept = self.kinds.len() as Concept;
        let kind = kind.map(|name| self.kind_index(name));
        self.kinds.push(kind);
        self.written.push(Vec::new());
        for (written, normal, words) in terms {
            self.written[concept as usize].push(written);
            let whole = self.whole.entry(normal).or_default();
            if !whole.contains(&concept) {
                whole.push(concept);
            }
            if let Some(first) = words.first() {
                self.phrases
                    .entry(first.clone())
                    .or_default()
                    .push((words, concept));
            }
        }
    }

    /// Puts the longest terms first, so that `phrase_at` finds the longest match.
    fn sort_phrases(&mut self) {
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

    /// The terms as written of every group of `kind` (`certification`), each group's
    /// first term first: the names free text is searched for.
    pub fn written_terms_of_kind<'a>(&'a self, kind: &str) -> impl Iterator<Item = &'a [String]> {
        let wanted = self.kind_names.iter().position(|name| name == kind);
        self.kinds
            .iter()
            .zip(&self.written)
            .filter(move |(group_kind, _)| {
                wanted.is_some() && **group_kind == wanted.map(|k| k as u32)
            })
            .map(|(_, terms)| terms.as_slice())
    }

    /// The kind of a group, if it has one.
    #[must_use]
    pub fn kind_of(&self, concept: Concept) -> Option<u32> {
        self.kinds.get(concept as usize).copied().flatten()
    }

    /// Whether a stemmed word is filler (left out of the near tier).
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::vocabulary_file::term_words;

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
    fn the_built_in_vocabulary_reads_as_its_yaml_reads() {
        let mut from_yaml = Vocabulary::default();
        from_yaml
            .extend_from_file(Path::new("roles/vocabulary.yaml"))
            .unwrap();
        assert_eq!(Vocabulary::built_in(), from_yaml);
    }

    #[test]
    fn the_longest_term_wins() {
        let vocabulary = Vocabulary::built_in();
        let words = term_words("Google Cloud Platform services");
        let (concept, span) = vocabulary.phrase_at(&words).unwrap();
        assert_eq!(span, 3);
        assert_eq!(vocabulary.concepts_of_whole("gcp"), [concept]);
    }
}
