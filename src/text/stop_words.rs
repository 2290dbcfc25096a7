//! English function words: left out of the near tier and of vocabulary phrases alike, so
//! that "extract, transform and load" is the term "extract transform load".

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::normal::for_each_token;

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

/// Whether a normalised word is an English function word.
#[must_use]
pub fn is_stop_word(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// Whether `word`, in any case, is a stop word; without an allocation, for readers that
/// ask it of every word of a text as written.
#[must_use]
pub fn is_stop_word_any_case(word: &str) -> bool {
    let mut lower = [0u8; LONGEST_STOP_WORD];
    if word.len() > lower.len() {
        return false;
    }
    for (to, from) in lower.iter_mut().zip(word.bytes()) {
        *to = from.to_ascii_lowercase();
    }
    std::str::from_utf8(&lower[..word.len()]).is_ok_and(is_stop_word)
}

/// At least as long as the longest stop word ("throughout"); a test holds it.
const LONGEST_STOP_WORD: usize = 12;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stop_word_is_one_in_any_case_and_none_is_too_long_to_be_read() {
        assert!(
            STOP_WORDS
                .iter()
                .all(|word| word.len() <= LONGEST_STOP_WORD)
        );
        for word in ["and", "AND", "Of", "Throughout"] {
            assert!(is_stop_word_any_case(word), "{word}");
        }
        for word in ["Telecommunications", "data", "Ändern"] {
            assert!(!is_stop_word_any_case(word), "{word}");
        }
    }
}
