//! A vocabulary file as written, and its terms in the forms matching looks up. This file
//! depends on nothing else of the crate: the build script includes it (with `normalize.rs`
//! and `stem.rs`) to compile the built-in vocabulary once, at build time, rather than at
//! every start.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::text::{light_stem, normalize, stem, tokens};

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
    #[serde(default)]
    alike: Vec<Terms>,
    #[serde(default)]
    families: Vec<Terms>,
}

/// The terms of one group: at least one, each with a letter or a digit (an empty group or
/// term is refused where it stands, never read as nothing).
#[derive(Debug, Clone, PartialEq)]
pub struct Terms(Vec<String>);

impl<'de> Deserialize<'de> for Terms {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TermsVisitor;

        impl<'de> Visitor<'de> for TermsVisitor {
            type Value = Terms;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of terms")
            }

            // Checked while the list is read, so that the error points at it.
            fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Terms, S::Error> {
                let mut terms = Vec::new();
                while let Some(term) = seq.next_element::<String>()? {
                    if !term.chars().any(char::is_alphanumeric) {
                        return Err(de::Error::invalid_value(
                            de::Unexpected::Other("a term without a letter or digit"),
                            &"terms of words",
                        ));
                    }
                    terms.push(term);
                }
                if terms.is_empty() {
                    return Err(de::Error::invalid_length(
                        0,
                        &"a group of at least one term",
                    ));
                }
                Ok(Terms(terms))
            }
        }

        deserializer.deserialize_seq(TermsVisitor)
    }
}

/// Terms that mean the same thing, and the kind of thing they are.
#[derive(Debug, Clone, PartialEq)]
pub struct SynonymGroup {
    same: Terms,
    kind: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymFields {
    same: Terms,
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
                let same = Terms::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
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

/// One term of a group: its normal form (the shared tier) and its lightly stemmed words
/// (how it is found inside longer items).
#[derive(Debug, Clone, PartialEq)]
pub struct CompiledTerm {
    /// The term as the file writes it (`Go`), for recognising it in free text.
    pub written: String,
    pub normal: String,
    pub words: Vec<String>,
    /// Each of `words` fully stemmed (how the term is found in another inflection).
    pub stems: Vec<String>,
}

/// An alike word or phrase: each of its tokens, with the token's [`alike_key`].
pub type AlikeTerm = Vec<(String, String)>;

/// A synonym group, compiled.
#[derive(Debug, Clone, PartialEq)]
pub struct CompiledGroup {
    pub kind: Option<String>,
    pub terms: Vec<CompiledTerm>,
}

/// A vocabulary file, compiled: the word lists stemmed, the terms normalised.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompiledVocabulary {
    pub filler: Vec<String>,
    pub generic: Vec<String>,
    pub vendors: Vec<String>,
    pub groups: Vec<CompiledGroup>,
    /// Groups of words and phrases alike in the near tier only.
    pub alike: Vec<Vec<AlikeTerm>>,
    /// Families of products.
    pub families: Vec<Vec<CompiledTerm>>,
}

impl VocabularyFile {
    /// The file's words and terms in the forms matching looks up.
    #[must_use]
    pub fn compile(self) -> CompiledVocabulary {
        let stems = |words: Vec<String>| -> Vec<String> {
            words.iter().flat_map(|w| stemmed_words(w)).collect()
        };
        CompiledVocabulary {
            filler: stems(self.filler),
            generic: stems(self.generic),
            vendors: stems(self.vendors),
            groups: self
                .synonyms
                .into_iter()
                .map(|group| CompiledGroup {
                    kind: group.kind,
                    terms: group.same.0.iter().map(|term| compile_term(term)).collect(),
                })
                .collect(),
            alike: self
                .alike
                .iter()
                .map(|terms| terms.0.iter().map(|term| alike_tokens(term)).collect())
                .collect(),
            families: self
                .families
                .iter()
                .map(|terms| terms.0.iter().map(|term| compile_term(term)).collect())
                .collect(),
        }
    }
}

/// A term's written, normal, lightly and fully stemmed forms.
#[must_use]
pub fn compile_term(term: &str) -> CompiledTerm {
    // One tokenisation serves both forms: the normal form is the tokens joined.
    let tokens = tokens(term);
    let normal = if tokens.is_empty() {
        normalize(term)
    } else {
        tokens.join(" ")
    };
    let words: Vec<String> = tokens.iter().map(|token| light_stem(token)).collect();
    let stems = words.iter().map(|word| stem(word)).collect();
    CompiledTerm {
        written: term.trim().to_owned(),
        normal,
        words,
        stems,
    }
}

/// Each token of `text` with its [`alike_key`].
fn alike_tokens(text: &str) -> AlikeTerm {
    tokens(text)
        .into_iter()
        .map(|token| {
            let key = alike_key(&token);
            (token, key)
        })
        .collect()
}

/// A word as alike words are found: fully stemmed, so that "building" and "builds" meet
/// "build", unless it is a noun made of a verb ("development", "administration"): "Web
/// development" is not "Web design", however alike "develop" and "design" are.
#[must_use]
pub fn alike_key(token: &str) -> String {
    key_of(&light_stem(token), &stem(token))
}

/// [`alike_key`] of a word, given its light and its full stem.
#[must_use]
pub fn key_of(light: &str, stemmed: &str) -> String {
    if is_made_of_a_verb(light) {
        light.to_owned()
    } else {
        stemmed.to_owned()
    }
}

/// Whether a lightly stemmed word is a noun made of a verb (`management`, `integration`).
fn is_made_of_a_verb(light: &str) -> bool {
    ["ment", "tion", "sion", "ance", "ence", "ity", "ness"]
        .iter()
        .any(|suffix| light.ends_with(suffix))
}

/// The words of `text`, normalised and stemmed, as the near tier compares them.
fn stemmed_words(text: &str) -> Vec<String> {
    tokens(text).iter().map(|token| stem(token)).collect()
}

/// The words of `text`, normalised and lightly stemmed, as vocabulary terms are found.
#[cfg(test)]
pub fn term_words(text: &str) -> Vec<String> {
    compile_term(text).words
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::role::parse::parse_yaml;

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
                same: Terms(vec!["d".into()]),
                kind: Some("k".into())
            }
        );
        let error = parse_yaml::<VocabularyFile>(
            b"synonyms:\n  - {same: [d], knd: k}\n",
            Path::new("v.yaml"),
        )
        .unwrap_err();
        assert!(error.to_string().contains("unknown key `knd`"), "{error}");
        // A group of the wrong shape says what a group is.
        let error = parse_yaml::<VocabularyFile>(b"synonyms:\n  - 5\n", Path::new("v.yaml"))
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("a list of terms, or a mapping with `same`"),
            "{error}"
        );
    }
}
