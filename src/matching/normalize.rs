//! Normalising item text so that spelling variants compare equal: Unicode NFKC, lower
//! case, punctuation and whitespace folded, but symbols that carry meaning kept (`C++` is
//! not `C`, `C#` is not `C`, `.NET` is not `NET`, `Node.js` stays one word).

use unicode_normalization::UnicodeNormalization;

/// The normal form of `text`: its tokens, lower case, joined by single spaces.
///
/// Text with no word in it (`"!!!"`) keeps its symbols, so that it still equals only itself.
#[must_use]
pub fn normalize(text: &str) -> String {
    let words = tokens(text);
    if words.is_empty() {
        return text
            .nfkc()
            .flat_map(char::to_lowercase)
            .filter(|c| !c.is_whitespace())
            .collect();
    }
    words.join(" ")
}

/// The tokens of `text` in normal form.
#[must_use]
pub fn tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    for_each_token(text, |token| tokens.push(token.to_owned()));
    tokens
}

/// Calls `emit` with each token of `text` in normal form, without allocating one string a
/// token: the hot path of indexing a large library.
pub fn for_each_token(text: &str, mut emit: impl FnMut(&str)) {
    if text.is_ascii() {
        // ASCII text is already in NFKC: skip the (costly) normalisation for it.
        let bytes = text.as_bytes();
        scan(
            bytes.len(),
            |index| char::from(bytes[index].to_ascii_lowercase()),
            &mut emit,
        );
    } else {
        let chars: Vec<char> = text.nfkc().flat_map(char::to_lowercase).collect();
        scan(chars.len(), |index| chars[index], &mut emit);
    }
}

/// Splits the `len` characters given by `at` into tokens.
fn scan(len: usize, at: impl Fn(usize) -> char, emit: &mut impl FnMut(&str)) {
    let mut current = String::new();
    for index in 0..len {
        let c = at(index);
        let previous = index.checked_sub(1).map(&at);
        let next = (index + 1 < len).then(|| at(index + 1));
        let joins_word = c.is_alphanumeric()
            || (is_symbol_suffix(c) && !current.is_empty())
            || (c == '.'
                && next.is_some_and(char::is_alphanumeric)
                && is_dot_in_word(&current, previous));
        if joins_word {
            current.push(c);
        } else if is_apostrophe(c) {
            // "Bachelor's" and "Bachelors" are one word.
        } else if !current.is_empty() {
            emit(&current);
            current.clear();
        }
    }
    if !current.is_empty() {
        emit(&current);
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

/// `+` and `#` after a word are part of it: `C++`, `C#`, `F#`.
fn is_symbol_suffix(c: char) -> bool {
    matches!(c, '+' | '#')
}

/// A dot joins a word when it sits inside one (`node.js`) or starts one (`.net`).
fn is_dot_in_word(current: &str, previous: Option<char>) -> bool {
    !current.is_empty() || previous.is_none_or(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn case_whitespace_and_punctuation_fold() {
        assert_eq!(
            normalize("  Problem-Solving,   skills. "),
            "problem solving skills"
        );
        assert_eq!(normalize("Scikit-learn"), normalize("scikit learn"));
        assert_eq!(
            normalize("Bachelor's degree"),
            normalize("Bachelors degree")
        );
        assert_eq!(
            normalize("Bachelor\u{2019}s degree"),
            normalize("bachelor's DEGREE")
        );
    }

    #[test]
    fn compatibility_forms_fold() {
        assert_eq!(normalize("\u{FF33}\u{FF31}\u{FF2C}"), "sql");
        assert_eq!(normalize("ﬁnance"), "finance");
    }

    #[test]
    fn meaningful_symbols_are_kept() {
        assert_eq!(normalize("C++"), "c++");
        assert_eq!(normalize("C#"), "c#");
        assert_ne!(normalize("C++"), normalize("C"));
        assert_ne!(normalize("C#"), normalize("C"));
        assert_eq!(normalize(".NET"), ".net");
        assert_ne!(normalize(".NET"), normalize("NET"));
        assert_eq!(normalize("Node.js"), "node.js");
        assert_eq!(normalize("ASP.NET Core"), "asp.net core");
        assert_eq!(normalize("Python, Java, or C++."), "python java or c++");
        assert_ne!(normalize("!!!"), normalize("???"));
    }
}
