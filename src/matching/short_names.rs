//! Short names that are also common words or letters: `Go`, `R`, `C`. A vocabulary term of
//! two letters or fewer that is not an acronym in capitals (`ML`, `AI`, `BI` are names
//! wherever they stand) names its concept only where the text writes it as a name: in the
//! term's own case, not part of `R&D` or `go-to-market`, and after a cue ("in", "with",
//! "using"), beside another name in a list ("Python, R"), or before "language" or
//! "programming". "Go the extra mile" and "R&D budget" name no language.

use crate::text::token::{NAME_CUES, Token};

/// Words before which a short name is a name: "Go language", "R programming".
const FOLLOWERS: &[&str] = &["language", "languages", "programming", "lang", "developer"];

/// Whether `written` (a term as the vocabulary writes it) is short enough to be a word or
/// a letter as well as a name.
#[must_use]
pub fn is_ambiguous(written: &str) -> bool {
    let letters = written.chars().filter(|c| c.is_alphanumeric()).count();
    let acronym = letters > 1 && !written.chars().any(char::is_lowercase);
    letters <= 2 && !acronym
}

/// Whether the word at `index` of `tokens` (the words of `text` as written) names the term
/// `written` here.
#[must_use]
pub fn names_here(text: &str, tokens: &[Token], index: usize, written: &str) -> bool {
    let token = &tokens[index];
    if token.text != written {
        return false;
    }
    // `R&D`, `R/D`, `go-to-market`: joined to the next word, it is part of a longer one.
    let after = text[token.span.end..].chars().next();
    if matches!(after, Some('&' | '/' | '-')) {
        return false;
    }
    let before = text[..token.span.start].trim_end().chars().last();
    let next_char = text[token.span.end..].trim_start().chars().next();
    let in_a_list =
        matches!(before, Some(',' | '(' | ';' | '/')) || matches!(next_char, Some(',' | ')' | ';'));
    let word = |i: usize| tokens.get(i).map(|t| t.text.to_lowercase());
    let previous = index.checked_sub(1).and_then(word);
    let after_a_cue = previous
        .as_deref()
        .is_some_and(|previous| NAME_CUES.contains(&previous));
    // "SAS or R", "Java and Go": joined to a name before it.
    let after_a_name = matches!(previous.as_deref(), Some("or" | "and"))
        && index.checked_sub(2).is_some_and(|i| {
            tokens[i]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        });
    let before_a_follower = word(index + 1).is_some_and(|next| FOLLOWERS.contains(&next.as_str()));
    in_a_list || after_a_cue || after_a_name || before_a_follower
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokens;

    fn names(text: &str, word: &str, written: &str) -> bool {
        let tokens = tokens(text);
        let index = tokens
            .iter()
            .position(|t| t.text.eq_ignore_ascii_case(word))
            .unwrap();
        names_here(text, &tokens, index, written)
    }

    #[test]
    fn short_names_are_names_only_where_written_as_names() {
        for (text, word, written) in [
            ("Experience in Go", "go", "Go"),
            ("Python, Go and Rust", "go", "Go"),
            ("Statistics (R, SAS)", "r", "R"),
            ("Knowledge of SAS or R", "r", "R"),
            ("Programming with C", "c", "C"),
            ("The R language", "r", "R"),
        ] {
            assert!(names(text, word, written), "{text}");
        }
        for (text, word, written) in [
            ("Go the extra mile", "go", "Go"),
            ("A go-to-market plan", "go", "Go"),
            ("R&D budget", "r", "R"),
            ("Lead R/D projects", "r", "R"),
            ("Grade C or above", "c", "C"),
            ("willing to go on site", "go", "Go"),
        ] {
            assert!(!names(text, word, written), "{text}");
        }
    }

    #[test]
    fn acronyms_in_capitals_are_not_ambiguous() {
        assert!(is_ambiguous("Go") && is_ambiguous("R") && is_ambiguous("C"));
        assert!(!is_ambiguous("ML") && !is_ambiguous("AI") && !is_ambiguous("Python"));
    }
}
