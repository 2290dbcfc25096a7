//! The built-in vocabulary, `roles/vocabulary.yaml`, built by the build script with the
//! code of [`super::vocabulary`] and compiled in as its tables: nothing to parse,
//! normalise, stem, build or free at start-up. And a folder's `vocabulary.yaml`, read to
//! extend it.

use std::path::Path;

use super::vocabulary::{Tables, Vocabulary};
use super::vocabulary_file::VocabularyFile;
use crate::error::Error;
use crate::role::parse::read_yaml_file;

/// The tables of `roles/vocabulary.yaml`, as the build script wrote them (`TABLES`).
mod compiled {
    use std::borrow::Cow;

    use super::Tables;
    use crate::matching::vocabulary::{GroupRole, WordMap};

    include!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));
}

impl Vocabulary {
    /// The built-in vocabulary, read in place from the tables compiled in.
    #[must_use]
    pub fn built_in() -> Vocabulary {
        Vocabulary::from_tables(compiled::TABLES.clone())
    }

    /// Adds the vocabulary file at `path` to this one.
    pub fn extend_from_file(&mut self, path: &Path) -> Result<(), Error> {
        let file: VocabularyFile = read_yaml_file(path)?;
        self.extend(file);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

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
    fn no_alike_word_is_a_synonym_term_too() {
        // A synonym term is found before an alike word of the same length, so an alike
        // word that is also a synonym term would never be read as alike.
        let text = std::fs::read_to_string("roles/vocabulary.yaml").unwrap();
        let yaml: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
        let terms = |group: &serde_yaml::Value| -> Vec<String> {
            let list = group.get("same").unwrap_or(group);
            list.as_sequence()
                .unwrap()
                .iter()
                .map(|term| term.as_str().unwrap().to_lowercase())
                .collect()
        };
        let synonyms: Vec<String> = yaml["synonyms"]
            .as_sequence()
            .unwrap()
            .iter()
            .flat_map(terms)
            .collect();
        for word in yaml["alike"].as_sequence().unwrap().iter().flat_map(terms) {
            assert!(
                !synonyms.contains(&word),
                "{word} is alike and a synonym term"
            );
        }
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
    fn the_built_in_vocabulary_is_read_in_place() {
        let tables = Vocabulary::built_in().tables().clone();
        assert!(matches!(tables.whole.entries, Cow::Borrowed(_)));
        assert!(matches!(tables.whole.places, Cow::Borrowed(_)));
        assert!(!tables.whole.places.is_empty());
        assert!(matches!(tables.phrases.entries, Cow::Borrowed(_)));
        assert!(matches!(tables.written, Cow::Borrowed(_)));
    }

    #[test]
    fn an_extension_adds_to_the_built_in_tables() {
        let mut vocabulary = Vocabulary::built_in();
        let before = vocabulary.len();
        let aws = vocabulary.concepts_of_whole("aws").to_vec();
        vocabulary.extend(
            serde_yaml::from_str(
                "synonyms: [[AWS, Amazon cloud], [zorp tool, zorp]]\nfiller: [zizzle]\n",
            )
            .unwrap(),
        );
        assert_eq!(vocabulary.len(), before + 2);
        // A term two groups share belongs to both; a new phrase is found by its first word.
        assert_eq!(vocabulary.concepts_of_whole("aws").len(), aws.len() + 1);
        assert!(vocabulary.concepts_of_whole("aws").starts_with(&aws));
        let words = term_words("zorp tool today");
        assert_eq!(vocabulary.phrase_at(&words), Some((before as u32 + 1, 2)));
        assert!(vocabulary.is_filler("zizzl") || vocabulary.is_filler("zizzle"));
        assert!(vocabulary.is_filler("skill"));
        // What the extension did not touch stays as it was.
        let built_in = Vocabulary::built_in();
        let words = term_words("Google Cloud Platform services");
        assert_eq!(vocabulary.phrase_at(&words), built_in.phrase_at(&words));
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
