//! The vocabulary: groups of terms that mean the same thing (`AWS` = `Amazon Web Services`),
//! kinds of groups that exclude each other (degree levels, certifications, languages), and
//! the filler, generic and vendor words of the near tier. The built-in vocabulary is
//! `roles/vocabulary.yaml`; a `vocabulary.yaml` in a roles folder extends it.
//!
//! A vocabulary is a set of [`Tables`]: lists and [`WordMap`]s that are either compiled into the
//! binary (the build script builds the built-in vocabulary with this file's code and writes
//! its tables out as Rust statics) or built at run time, when a folder's vocabulary extends
//! it. The built-in vocabulary is therefore read in place, never built or freed at start-up;
//! extending it copies only the lists that change. This file depends on nothing of the
//! crate but the text layer and [`super::vocabulary_file`], so that the build script can
//! include it.

use std::borrow::Cow;

use super::vocabulary_file::{AlikeTerm, CompiledTerm, VocabularyFile, key_of};
use crate::text::is_stop_word;
pub use crate::text::word_map::{List, Text, WordMap, WordSet};

/// A concept: one synonym group, by index.
pub type Concept = u32;

/// The words of a term.
pub type Words = List<Text>;

/// Terms by their first word: each term's words and group, longest first.
pub type PhraseMap = WordMap<List<(Words, Concept)>>;

/// What a group of the vocabulary is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupRole {
    /// Terms that mean the same thing, in both tiers.
    Synonyms,
    /// Words that name the same work or people, in the near tier only; `generic` when one
    /// of them is a generic word (they then count half).
    Alike { generic: bool },
    /// Products of one family (Spark and PySpark): similar, never the same.
    Family,
}

/// The lists a vocabulary is made of, each searched in place, compiled in as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tables {
    /// Normal form of a whole term -> the groups it belongs to (the shared tier).
    pub whole: WordMap<List<Concept>>,
    /// First word of a term (lightly stemmed) -> (words, group), longest first.
    pub phrases: PhraseMap,
    /// Kind of each group, as an index into the kinds seen.
    pub kinds: List<Option<u32>>,
    pub kind_names: List<Text>,
    /// Each group's terms as written, in file order (the first names the group).
    pub written: List<Words>,
    /// Terms of two words or more by their first word fully stemmed, longest first: the
    /// same terms in other inflections ("extraction, transformation and loading").
    pub phrases_stemmed: PhraseMap,
    /// Alike words and phrases (the near tier only), by their first word fully stemmed.
    pub alike: PhraseMap,
    /// The stems of the first word of each alike group: a noun made of one of these
    /// ("management") is the group's, as its verb is.
    pub alike_heads: WordSet,
    /// What each group is: a synonym group, alike words, or a family of products.
    pub roles: List<GroupRole>,
    /// The family of each group, if it is in one.
    pub family: List<Option<Concept>>,
    /// The groups of the first term of each family: the platform its other products are
    /// parts, interfaces or clients of (Apache Spark of `PySpark`, Microsoft SQL Server of SSMS).
    /// Sorted.
    pub platforms: List<Concept>,
    /// Stemmed filler, generic and vendor words.
    pub filler: WordSet,
    pub generic: WordSet,
    pub vendors: WordSet,
}

/// The compiled vocabulary, ready for matching.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabulary {
    tables: Tables,
}

impl Vocabulary {
    /// A vocabulary of `tables` as [`Vocabulary::tables`] gives them (sorted as they say).
    #[must_use]
    pub fn from_tables(tables: Tables) -> Vocabulary {
        Vocabulary { tables }
    }

    /// The tables of this vocabulary: what the build script writes out.
    #[must_use]
    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    /// Adds the groups and word lists of `file`.
    pub fn extend(&mut self, file: VocabularyFile) {
        let compiled = file.compile();
        self.add_word_lists(compiled.filler, compiled.generic, compiled.vendors);
        for group in compiled.groups {
            self.add_group(group.kind.as_deref(), group.terms.into_iter());
        }
        self.add_alike_and_families(&compiled.alike, compiled.families);
        self.sort_phrases();
        self.index();
    }

    /// Builds the tables of places of the maps that changed.
    fn index(&mut self) {
        let tables = &mut self.tables;
        tables.whole.index();
        for map in [
            &mut tables.phrases,
            &mut tables.phrases_stemmed,
            &mut tables.alike,
        ] {
            map.index();
        }
        for set in [
            &mut tables.alike_heads,
            &mut tables.filler,
            &mut tables.generic,
            &mut tables.vendors,
        ] {
            set.index();
        }
    }

    /// Adds groups of alike words, then families of products (of groups, or of terms that
    /// become groups of their own).
    fn add_alike_and_families(
        &mut self,
        alike: &[Vec<AlikeTerm>],
        families: Vec<Vec<CompiledTerm>>,
    ) {
        for terms in alike {
            let concept = self.new_concept(GroupRole::Alike { generic: false });
            let mut generic = false;
            if let [word] = content_keys(&terms[0]).as_slice() {
                self.tables.alike_heads.insert(word);
            }
            for term in terms {
                let words = content_keys(term);
                generic |= words.len() == 1 && self.is_generic(&words[0]);
                if let Some(first) = words.first() {
                    let entry = (owned_words(words.clone()), concept);
                    self.tables.alike.entry(first).to_mut().push(entry);
                }
            }
            self.tables.roles.to_mut()[concept as usize] = GroupRole::Alike { generic };
        }
        for terms in families {
            let family = self.new_concept(GroupRole::Family);
            for (place, term) in terms.into_iter().enumerate() {
                let mut members = self.concepts_of_whole(&term.normal).to_vec();
                if members.is_empty() {
                    members.push(self.tables.kinds.len() as Concept);
                    self.add_group(None, std::iter::once(term));
                }
                for member in members {
                    self.tables.family.to_mut()[member as usize] = Some(family);
                    if place == 0 {
                        insert_sorted(&mut self.tables.platforms, member);
                    }
                }
            }
        }
    }

    /// A new group of `role`, with no terms and no kind.
    fn new_concept(&mut self, role: GroupRole) -> Concept {
        let tables = &mut self.tables;
        let concept = tables.kinds.len() as Concept;
        tables.kinds.to_mut().push(None);
        tables.written.to_mut().push(List::default());
        tables.roles.to_mut().push(role);
        tables.family.to_mut().push(None);
        concept
    }

    fn add_word_lists(&mut self, filler: Vec<String>, generic: Vec<String>, vendors: Vec<String>) {
        for (list, words) in [
            (&mut self.tables.filler, filler),
            (&mut self.tables.generic, generic),
            (&mut self.tables.vendors, vendors),
        ] {
            for word in words {
                list.insert(&word);
            }
        }
    }

    /// Adds one synonym group of `terms`.
    fn add_group(&mut self, kind: Option<&str>, terms: impl Iterator<Item = CompiledTerm>) {
        let kind = kind.map(|name| self.kind_index(name));
        let concept = self.new_concept(GroupRole::Synonyms);
        let tables = &mut self.tables;
        tables.kinds.to_mut()[concept as usize] = kind;
        for term in terms {
            // Function words are no part of a phrase, here as in the text it is found in;
            // an acronym in capitals is one (`IT`), as the text writes it.
            let acronym = crate::text::token::is_acronym(&term.written);
            tables.written.to_mut()[concept as usize]
                .to_mut()
                .push(Cow::Owned(term.written));
            let (words, stems): (Vec<String>, Vec<String>) = term
                .words
                .into_iter()
                .zip(term.stems)
                .filter(|(word, _)| acronym || !is_stop_word(word))
                .unzip();
            if let [first, _, ..] = stems.as_slice() {
                let entry = (owned_words(stems.clone()), concept);
                tables.phrases_stemmed.entry(first).to_mut().push(entry);
            }
            let whole = tables.whole.entry(&term.normal);
            if !whole.contains(&concept) {
                whole.to_mut().push(concept);
            }
            if let Some(first) = words.first() {
                let entry = (owned_words(words.clone()), concept);
                tables.phrases.entry(first).to_mut().push(entry);
            }
        }
    }

    /// Puts the longest terms first, so that `phrase_at` finds the longest match. Lists
    /// already in order are left as they are (borrowed, when compiled in).
    fn sort_phrases(&mut self) {
        for map in [
            &mut self.tables.phrases,
            &mut self.tables.phrases_stemmed,
            &mut self.tables.alike,
        ] {
            let longest_first =
                |entries: &[(Words, Concept)]| entries.is_sorted_by(|a, b| a.0.len() >= b.0.len());
            if map.values().all(|entries| longest_first(entries)) {
                continue;
            }
            for entries in map.values_mut() {
                if !longest_first(entries) {
                    entries
                        .to_mut()
                        .sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
                }
            }
        }
    }

    fn kind_index(&mut self, name: &str) -> u32 {
        if let Some(index) = self.tables.kind_names.iter().position(|kind| kind == name) {
            return index as u32;
        }
        let names = self.tables.kind_names.to_mut();
        names.push(Cow::Owned(name.to_owned()));
        (names.len() - 1) as u32
    }

    /// The groups whose terms include the whole of `normal` (a normal form).
    #[must_use]
    pub fn concepts_of_whole(&self, normal: &str) -> &[Concept] {
        self.tables
            .whole
            .get(normal)
            .map_or(&[], |concepts| concepts)
    }

    /// The longest term starting at `words[0]` (lightly stemmed content words): its group
    /// and how many words it spans.
    #[must_use]
    pub fn phrase_at(&self, words: &[String]) -> Option<(Concept, usize)> {
        longest_at(&self.tables.phrases, words)
    }

    /// The longest term of two words or more starting at `stems[0]` (fully stemmed
    /// content words): the same term in another inflection.
    #[must_use]
    pub fn stemmed_phrase_at(&self, stems: &[String]) -> Option<(Concept, usize)> {
        longest_at(&self.tables.phrases_stemmed, stems)
    }

    /// A word of a text, given its light and its full stem, as alike words are found
    /// ([`key_of`]); a noun made of the first verb of a group ("management" of "manage")
    /// is found as that verb, since it names the same work.
    #[must_use]
    pub fn alike_key_of(&self, light: &str, stemmed: &str) -> String {
        if self.tables.alike_heads.contains(stemmed) {
            stemmed.to_owned()
        } else {
            key_of(light, stemmed)
        }
    }

    /// The longest alike word or phrase starting at `keys[0]` (content words as
    /// [`alike_key`] gives them).
    #[must_use]
    pub fn alike_at(&self, keys: &[String]) -> Option<(Concept, usize)> {
        longest_at(&self.tables.alike, keys)
    }

    /// What the group `concept` is.
    #[must_use]
    pub fn role_of(&self, concept: Concept) -> GroupRole {
        self.tables
            .roles
            .get(concept as usize)
            .copied()
            .unwrap_or(GroupRole::Synonyms)
    }

    /// The family of products the group `concept` belongs to, if any.
    #[must_use]
    pub fn family_of(&self, concept: Concept) -> Option<Concept> {
        self.tables.family.get(concept as usize).copied().flatten()
    }

    /// Whether the group `concept` is the platform of its family (its first term): any
    /// product of the family is work on it.
    #[must_use]
    pub fn is_platform(&self, concept: Concept) -> bool {
        self.tables.platforms.binary_search(&concept).is_ok()
    }

    /// Whether the group `concept` is of the kind named `kind` (`degree`).
    #[must_use]
    pub fn is_of_kind(&self, concept: Concept, kind: &str) -> bool {
        self.kind_of(concept)
            .and_then(|index| self.tables.kind_names.get(index as usize))
            .is_some_and(|name| name == kind)
    }

    /// The terms as written of every group of `kind` (`certification`), each group's
    /// first term first: the names free text is searched for.
    pub fn written_terms_of_kind<'a>(&'a self, kind: &str) -> impl Iterator<Item = &'a [Text]> {
        let wanted = self
            .tables
            .kind_names
            .iter()
            .position(|name| name == kind)
            .map(|index| index as u32);
        self.tables
            .kinds
            .iter()
            .zip(self.tables.written.iter())
            .filter(move |(group_kind, _)| wanted.is_some() && **group_kind == wanted)
            .map(|(_, terms)| &**terms)
    }

    /// The terms of the group `concept` as written, its first term first.
    #[must_use]
    pub fn written_terms(&self, concept: Concept) -> &[Text] {
        self.tables
            .written
            .get(concept as usize)
            .map_or(&[], |terms| terms)
    }

    /// The kind of a group, if it has one.
    #[must_use]
    pub fn kind_of(&self, concept: Concept) -> Option<u32> {
        self.tables.kinds.get(concept as usize).copied().flatten()
    }

    /// Whether a stemmed word is filler (left out of the near tier).
    #[must_use]
    pub fn is_filler(&self, word: &str) -> bool {
        self.tables.filler.contains(word)
    }

    /// Whether a stemmed word is generic (counts half).
    #[must_use]
    pub fn is_generic(&self, word: &str) -> bool {
        self.tables.generic.contains(word)
    }

    /// Whether a stemmed word is a vendor name (counts a quarter).
    #[must_use]
    pub fn is_vendor(&self, word: &str) -> bool {
        self.tables.vendors.contains(word)
    }

    /// How many synonym groups there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.tables.kinds.len()
    }

    /// Whether there are no synonym groups.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.tables.kinds.is_empty()
    }
}

/// Adds `value` to the sorted set `list`, unless it is there.
fn insert_sorted<T: Ord + Clone>(list: &mut List<T>, value: T) {
    if let Err(place) = list.binary_search(&value) {
        list.to_mut().insert(place, value);
    }
}

/// Words built at run time as a vocabulary's words.
fn owned_words(words: Vec<String>) -> Words {
    Cow::Owned(words.into_iter().map(Cow::Owned).collect())
}

/// The longest entry of `map` that `words` start with: its group and length.
fn longest_at(map: &PhraseMap, words: &[String]) -> Option<(Concept, usize)> {
    map.get(words.first()?)?
        .iter()
        .find(|(phrase, _)| {
            phrase.len() <= words.len() && phrase.iter().zip(words).all(|(a, b)| **a == **b)
        })
        .map(|(phrase, concept)| (*concept, phrase.len()))
}

/// The alike keys of a term's content words.
fn content_keys(term: &AlikeTerm) -> Vec<String> {
    term.iter()
        .filter(|(token, _)| !is_stop_word(token))
        .map(|(_, key)| key.clone())
        .collect()
}
