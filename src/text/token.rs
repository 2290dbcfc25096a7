//! The one tokeniser: the words of a text as written, each with its byte span in the text,
//! so that what is found in a word (a name, a concept) can point back at it.
//!
//! A word is a run of letters and digits, with what belongs to it in technical writing:
//! `+` and `#` after it (`C++`, `C#`), a dot inside it or before it (`Node.js`, `.NET`),
//! and an apostrophe inside it (`master's`, folded away by [`super::normal`]). Every other
//! character (spaces, hyphens, slashes, punctuation) separates words.

use std::ops::Range;

/// Words after which a short name that is also a word or a letter is a name: "experience
/// in R", "fluent with Go". The posting reader and the matcher both read names by them.
pub const NAME_CUES: &[&str] = &[
    "in",
    "with",
    "using",
    "of",
    "like",
    "as",
    "e.g",
    "including",
];

/// One word of a text as written, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written (apostrophes included).
    pub text: &'a str,
    /// Its bytes in the text.
    pub span: Range<usize>,
}

/// The words of `text` as written, in order.
#[must_use]
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    for_each_span(text, |span| {
        tokens.push(Token {
            text: &text[span.clone()],
            span,
        });
    });
    tokens
}

/// Calls `emit` with the byte span of each word of `text`, in order; nothing is allocated.
pub fn for_each_span(text: &str, mut emit: impl FnMut(Range<usize>)) {
    let mut start: Option<usize> = None;
    let mut previous: Option<char> = None;
    let mut step = |at: usize, c: char, next: Option<char>| {
        if joins_word(c, start.is_some(), previous, next) {
            start.get_or_insert(at);
        } else if let Some(from) = start.take() {
            emit(from..at);
        }
        previous = Some(c);
        start
    };
    let open = if text.is_ascii() {
        // A byte a character: no decoding, and the next character is the next byte.
        let bytes = text.as_bytes();
        let mut open = None;
        for (at, &byte) in bytes.iter().enumerate() {
            open = step(
                at,
                char::from(byte),
                bytes.get(at + 1).copied().map(char::from),
            );
        }
        open
    } else {
        let mut open = None;
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            open = step(at, c, chars.peek().map(|&(_, next)| next));
        }
        open
    };
    if let Some(from) = open {
        emit(from..text.len());
    }
}

/// Whether `c` is part of a word, given whether a word is open, the character before it
/// and the one after it.
fn joins_word(c: char, in_word: bool, previous: Option<char>, next: Option<char>) -> bool {
    let next_continues = || next.is_some_and(|next| next.is_alphanumeric() || is_apostrophe(next));
    c.is_alphanumeric()
        || in_word && is_symbol_suffix(c)
        || in_word && is_apostrophe(c) && next_continues()
        || c == '.'
            && next.is_some_and(char::is_alphanumeric)
            && (in_word || previous.is_none_or(char::is_whitespace))
}

/// Whether `word` is written as an acronym: two capital letters or more, nothing else
/// (`IT`, `SSIS`; not `It`, `C`, `C++`).
#[must_use]
pub fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|byte| byte.is_ascii_uppercase())
}

/// Whether `text` has two capital letters in a row, as every acronym has: most texts have
/// none, and need not be read word by word for one.
#[must_use]
pub fn has_two_capitals(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|pair| pair.iter().all(u8::is_ascii_uppercase))
}

/// An apostrophe as people type it: straight, curly, or the modifier letter.
#[must_use]
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

/// `+` and `#` after a word are part of it: `C++`, `C#`, `F#`.
fn is_symbol_suffix(c: char) -> bool {
    matches!(c, '+' | '#')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|token| token.text).collect()
    }

    /// The spans of `text` read character by character, as text that is not ASCII is.
    fn spans_by_chars(text: &str) -> Vec<Range<usize>> {
        let mut spans = Vec::new();
        let mut start: Option<usize> = None;
        let mut previous: Option<char> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map(|&(_, next)| next);
            if joins_word(c, start.is_some(), previous, next) {
                start.get_or_insert(at);
            } else if let Some(from) = start.take() {
                spans.push(from..at);
            }
            previous = Some(c);
        }
        spans.extend(start.map(|from| from..text.len()));
        spans
    }

    proptest::proptest! {
        #[test]
        fn ascii_is_read_as_characters_are(text in "[ -~\t\n\r\x0b\x0c]{0,40}") {
            let mut spans = Vec::new();
            for_each_span(&text, |span| spans.push(span));
            proptest::prop_assert_eq!(spans, spans_by_chars(&text));
        }
    }

    #[test]
    fn words_keep_the_symbols_that_belong_to_them() {
        assert_eq!(
            words("Python, C++ or C#; .NET and Node.js."),
            ["Python", "C++", "or", "C#", ".NET", "and", "Node.js"]
        );
        assert_eq!(words("problem-solving"), ["problem", "solving"]);
        assert_eq!(words("R&D"), ["R", "D"]);
        assert_eq!(words("3+ years"), ["3+", "years"]);
        assert_eq!(
            words("+44"),
            ["44"],
            "a sign before a word is not part of it"
        );
        assert_eq!(words("end. Next"), ["end", "Next"]);
        assert_eq!(words("Ph.D."), ["Ph.D"]);
    }

    #[test]
    fn an_apostrophe_inside_a_word_is_part_of_it() {
        assert_eq!(words("Master's degree"), ["Master's", "degree"]);
        assert_eq!(words("Bachelor\u{2019}s"), ["Bachelor\u{2019}s"]);
        assert_eq!(words("'quoted' text"), ["quoted", "text"]);
        assert_eq!(words("students' work"), ["students", "work"]);
    }

    #[test]
    fn spans_point_at_the_words_in_the_text() {
        let text = "Über  SQL—und Café";
        for token in tokens(text) {
            assert_eq!(&text[token.span.clone()], token.text);
        }
        assert_eq!(
            tokens(text)
                .iter()
                .map(|t| t.span.start)
                .collect::<Vec<_>>(),
            [0, 7, 13, 17]
        );
        assert!(tokens("").is_empty());
        assert!(tokens("!!! ---").is_empty());
    }
}
