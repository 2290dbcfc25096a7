//! The stems of the words the built-in roles and vocabulary are written in, worked out by
//! the build script with [`super::stem`] and compiled in: Snowball's stemmer costs thousands
//! of instructions a word, most of the time a comparison of two built-in roles took. Any
//! other word is stemmed as it comes; a word is stemmed alike either way.

use super::stem as algorithm;
use super::word_map::WordMap;

/// Each known word -> (its light stem, its stem), as the build script wrote them (`STEMS`).
mod compiled {
    use std::borrow::Cow;

    use crate::text::word_map::WordMap;

    include!(concat!(env!("OUT_DIR"), "/stems.rs"));
}

/// The stem of a normalised word ([`algorithm::stem`]).
#[must_use]
pub fn stem(word: &str) -> String {
    known(word).map_or_else(|| algorithm::stem(word), |(_, stem)| stem.to_owned())
}

/// The light stem of a normalised word ([`algorithm::light_stem`]).
#[must_use]
pub fn light_stem(word: &str) -> String {
    known(word).map_or_else(
        || algorithm::light_stem(word),
        |(light, _)| light.to_owned(),
    )
}

fn known(word: &str) -> Option<(&'static str, &'static str)> {
    let stems: &'static WordMap<_> = &compiled::STEMS;
    stems.get(word).map(|(light, stem)| (&**light, &**stem))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_words_stem_as_the_stemmer_stems_them() {
        let stems: &WordMap<_> = &compiled::STEMS;
        assert!(stems.entries.len() > 1000, "{}", stems.entries.len());
        assert!(stems.get("management").is_some());
        for (word, (light, stem)) in stems.entries.iter() {
            assert_eq!(**light, algorithm::light_stem(word), "{word}");
            assert_eq!(**stem, algorithm::stem(word), "{word}");
        }
        // A word the table has not is stemmed as it comes.
        assert_eq!(stem("zorbulating"), algorithm::stem("zorbulating"));
        assert_eq!(light_stem("zorbulations"), "zorbulation");
    }
}
