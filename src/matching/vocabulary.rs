//! The vocabulary: groups of terms that mean the same thing (`AWS` = `Amazon Web Services`),
//! kinds of groups that exclude each other (degree levels, certifications, languages), and
//! the filler, generic and vendor words of the near tier. The built-in vocabulary is
//! `roles/vocabulary.yaml`; a `vocabulary.yaml` in a roles folder extends it.

use std::path::Path;

use rustc_hash::{FxHashMap, FxHashSet};

pub use super::vocabulary_file::VocabularyFile;
use super::vocabulary_file::{AlikeTerm, CompiledTerm, key_of};
use crate::error::Error;
use crate::role::parse::read_yaml_file;
use crate::text::is_stop_word;
use crate::text::stem;

/// `roles/vocabulary.yaml`, compiled by the build script into static tables of stemmed
/// words and normalised terms (`FILLER`, `GENERIC`, `VENDORS`, `GROUPS`): nothing to parse,
/// normalise or stem at start-up.
mod built_in {
    include!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));
}

/// A concept: one synonym group, by index.
pub type Concept = u32;

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
    /// Terms of two words or more by their first word fully stemmed, longest first: the
    /// same terms in other inflections ("extraction, transformation and loading").
    phrases_stemmed: FxHashMap<String, Vec<(Vec<String>, Concept)>>,
    /// Alike words and phrases (the near tier only), by their first word fully stemmed.
    alike: FxHashMap<String, Vec<(Vec<String>, Concept)>>,
    /// The stems of the first word of each alike group: a noun made of one of these
    /// ("management") is the group's, as its verb is.
    alike_heads: FxHashSet<String>,
    /// What each group is: a synonym group, alike words, or a family of products.
    roles: Vec<GroupRole>,
    /// The family of each group, if it is in one.
    family: Vec<Option<Concept>>,
    /// The groups of the first term of each family: the platform its other products are
    /// parts or interfaces of (Apache Spark of `PySpark`, Microsoft SQL Server of SSRS).
    platforms: FxHashSet<Concept>,
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
        let term = |&(written, normal, words, stems): &built_in::Term| CompiledTerm {
            written: written.to_owned(),
            normal: normal.to_owned(),
            words: owned(words),
            stems: owned(stems),
        };
        for &(kind, terms) in built_in::GROUPS {
            vocabulary.add_group(kind, terms.iter().map(term));
        }
        let alike: Vec<Vec<AlikeTerm>> = built_in::ALIKE
            .iter()
            .map(|terms| {
                terms
                    .iter()
                    .map(|tokens| {
                        tokens
                            .iter()
                            .map(|&(token, key)| (token.to_owned(), key.to_owned()))
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let families: Vec<Vec<CompiledTerm>> = built_in::FAMILIES
            .iter()
            .map(|terms| terms.iter().map(term).collect())
            .collect();
        vocabulary.add_alike_and_families(&alike, families);
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
            self.add_group(group.kind.as_deref(), group.terms.into_iter());
        }
        self.add_alike_and_families(&compiled.alike, compiled.families);
        self.sort_phrases();
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
                self.alike_heads.insert(word.clone());
            }
            for term in terms {
                let words = content_keys(term);
                generic |= words.len() == 1 && self.is_generic(&words[0]);
                if let Some(first) = words.first() {
                    self.alike
                        .entry(first.clone())
                        .or_default()
                        .push((words, concept));
                }
            }
            self.roles[concept as usize] = GroupRole::Alike { generic };
        }
        for terms in families {
            let family = self.new_concept(GroupRole::Family);
            for (place, term) in terms.into_iter().enumerate() {
                let mut members = self.concepts_of_whole(&term.normal).to_vec();
                if members.is_empty() {
                    members.push(self.kinds.len() as Concept);
                    self.add_group(None, std::iter::once(term));
                }
                for member in members {
                    self.family[member as usize] = Some(family);
                    if place == 0 {
                        self.platforms.insert(member);
                    }
                }
            }
        }
    }

    /// A new group of `role`, with no terms and no kind.
    fn new_concept(&mut self, role: GroupRole) -> Concept {
        let concept = self.kinds.len() as Concept;
        self.kinds.push(None);
        self.written.push(Vec::new());
        self.roles.push(role);
        self.family.push(None);
        concept
    }

    fn add_word_lists(&mut self, filler: Vec<String>, generic: Vec<String>, vendors: Vec<String>) {
        self.filler.extend(filler);
        self.generic.extend(generic);
        self.vendors.extend(vendors);
    }

    /// Adds one synonym group of `terms`.
    fn add_group(&mut self, kind: Option<&str>, terms: impl Iterator<Item = CompiledTerm>) {
        let kind = kind.map(|name| self.kind_index(name));
        let concept = self.new_concept(GroupRole::Synonyms);
        self.kinds[concept as usize] = kind;
        for term in terms {
            // Function words are no part of a phrase, here as in the text it is found in;
            // an acronym in capitals is one (`IT`), as the text writes it.
            let acronym = crate::text::token::is_acronym(&term.written);
            self.written[concept as usize].push(term.written);
            let (words, stems): (Vec<String>, Vec<String>) = term
                .words
                .into_iter()
                .zip(term.stems)
                .filter(|(word, _)| acronym || !is_stop_word(word))
                .unzip();
            if let [first, _, ..] = stems.as_slice() {
                self.phrases_stemmed
                    .entry(first.clone())
                    .or_default()
                    .push((stems, concept));
            }
            let whole = self.whole.entry(term.normal).or_default();
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
        for map in [
            &mut self.phrases,
            &mut self.phrases_stemmed,
            &mut self.alike,
        ] {
            for entries in map.values_mut() {
                entries.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
            }
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

    /// The longest term starting at `words[0]` (lightly stemmed content words): its group
    /// and how many words it spans.
    #[must_use]
    pub fn phrase_at(&self, words: &[String]) -> Option<(Concept, usize)> {
        longest_at(&self.phrases, words)
    }

    /// The longest term of two words or more starting at `stems[0]` (fully stemmed
    /// content words): the same term in another inflection.
    #[must_use]
    pub fn stemmed_phrase_at(&self, stems: &[String]) -> Option<(Concept, usize)> {
        longest_at(&self.phrases_stemmed, stems)
    }

    /// A word of a text as alike words are found ([`alike_key`]); a noun made of the
    /// first verb of a group ("management" of "manage") is found as that verb, since it
    /// names the same work.
    #[must_use]
    pub fn alike_key_of(&self, token: &str) -> String {
        self.alike_key_of_stemmed(token, stem(token))
    }

    /// [`Vocabulary::alike_key_of`] `token`, given its full stem.
    #[must_use]
    pub fn alike_key_of_stemmed(&self, token: &str, stemmed: String) -> String {
        if self.alike_heads.contains(&stemmed) {
            stemmed
        } else {
            key_of(token, stemmed)
        }
    }

    /// The longest alike word or phrase starting at `keys[0]` (content words as
    /// [`alike_key`] gives them).
    #[must_use]
    pub fn alike_at(&self, keys: &[String]) -> Option<(Concept, usize)> {
        longest_at(&self.alike, keys)
    }

    /// What the group `concept` is.
    #[must_use]
    pub fn role_of(&self, concept: Concept) -> GroupRole {
        self.roles
            .get(concept as usize)
            .copied()
            .unwrap_or(GroupRole::Synonyms)
    }

    /// The family of products the group `concept` belongs to, if any.
    #[must_use]
    pub fn family_of(&self, concept: Concept) -> Option<Concept> {
        self.family.get(concept as usize).copied().flatten()
    }

    /// Whether the group `concept` is the platform of its family (its first term): any
    /// product of the family is work on it.
    #[must_use]
    pub fn is_platform(&self, concept: Concept) -> bool {
        self.platforms.contains(&concept)
    }

    /// Whether the group `concept` is of the kind named `kind` (`degree`).
    #[must_use]
    pub fn is_of_kind(&self, concept: Concept, kind: &str) -> bool {
        self.kind_of(concept)
            .and_then(|index| self.kind_names.get(index as usize))
            .is_some_and(|name| name == kind)
    }

    /// The terms as written of every group of `kind` (`certification`), each group's
    /// first term first: the names free text is searched for.
    pub fn written_terms_of_kind<'a>(&'a self, kind: &str) -> impl Iterator<Item = &'a [String]> {
        let wanted = self
            .kind_names
            .iter()
            .position(|name| name == kind)
            .map(|index| index as u32);
        self.kinds
            .iter()
            .zip(&self.written)
            .filter(move |(group_kind, _)| wanted.is_some() && **group_kind == wanted)
            .map(|(_, terms)| terms.as_slice())
    }

    /// The terms of the group `concept` as written, its first term first.
    #[must_use]
    pub fn written_terms(&self, concept: Concept) -> &[String] {
        self.written
            .get(concept as usize)
            .map_or(&[], Vec::as_slice)
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

/// The longest entry of `map` that `words` start with: its group and length.
fn longest_at(
    map: &FxHashMap<String, Vec<(Vec<String>, Concept)>>,
    words: &[String],
) -> Option<(Concept, usize)> {
    map.get(words.first()?)?
        .iter()
        .find(|(phrase, _)| words.starts_with(phrase))
        .map(|(phrase, concept)| (*concept, phrase.len()))
}

/// The alike keys of a term's content words.
fn content_keys(term: &AlikeTerm) -> Vec<String> {
    term.iter()
        .filter(|(token, _)| !is_stop_word(token))
        .map(|(_, key)| key.clone())
        .collect()
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
