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
