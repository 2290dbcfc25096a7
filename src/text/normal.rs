//! Normalising item text so that spelling variants compare equal: Unicode NFKC, lower
//! case, punctuation and whitespace folded, but symbols that carry meaning kept (`C++` is
//! not `C`, `C#` is not `C`, `.NET` is not `NET`, `Node.js` stays one word).

use unicode_normalization::UnicodeNormalization;

use super::token::{for_each_span, is_apostrophe};

/// The normal form of `text`: its tokens, lower case, joined by single spaces.
///
/// Text with no word in it (`"!!!"`) keeps its symbols, so that it still equals only itself.
#[must_use]
pub fn normalize(text: &str) -> String {
    let mut normal = String::with_capacity(text.len());
    for_each_token(text, |token| {
        if !normal.is_empty() {
            normal.push(' ');
        }
        normal.push_str(token);
    });
    if normal.is_empty() {
        return text
            .nfkc()
            .flat_map(char::to_lowercase)
            .filter(|c| !c.is_whitespace())
            .collect();
    }
    normal
}

/// The tokens of `text` in normal form.
#[must_use]
pub fn tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    for_each_token(text, |token| tokens.push(token.to_owned()));
    tokens
}

/// Calls `emit` with each token of `text` in normal form, without allocating one string a
/// token: the hot path of indexing a large library. The words are those of
/// [`super::token`], found in the text's NFKC form, lower case, apostrophes folded away
/// (`Master's` is `masters`).
pub fn for_each_token(text: &str, mut emit: impl FnMut(&str)) {
    let mut word = String::new();
    let mut emit_folded = |text: &str, span: std::ops::Range<usize>| {
        word.clear();
        word.push_str(&text[span]);
        word.make_ascii_lowercase();
        if word.contains(is_apostrophe) {
            word.retain(|c| !is_apostrophe(c));
        }
        emit(&word);
    };
    if text.is_ascii() {
        // ASCII text is already in NFKC, and lower case moves no word's edge: skip the
        // (costly) normalisation for it.
        for_each_span(text, |span| emit_folded(text, span));
    } else {
        let folded = fold(text);
        for_each_span(&folded, |span| emit_folded(&folded, span));
    }
}

/// `text` in NFKC form and lower case, the form every comparison of words is made in.
#[must_use]
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfkc().flat_map(char::to_lowercase).collect()
}

/// A role name as a key: case, spaces, hyphens, underscores and punctuation folded away:
/// `Machine-Learning Engineer` and `machine_learning_engineer` are one key.
#[must_use]
pub fn name_key(name: &str) -> String {
    name_key_chars(name).collect()
}

/// Whether `name`'s [`name_key`] is `key`: compared as it is folded, without building it,
/// so that looking a name up among a library's tens of thousands costs next to nothing
/// (most differ at their first letter).
#[must_use]
pub fn has_name_key(name: &str, key: &str) -> bool {
    name_key_chars(name).eq(key.chars())
}

fn name_key_chars(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '+' | '#'))
        .flat_map(char::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::{has_name_key, name_key, normalize};

    #[test]
    fn names_fold_case_spaces_hyphens_underscores_and_punctuation() {
        assert_eq!(
            name_key("Machine-Learning Engineer"),
            "machinelearningengineer"
        );
        assert_eq!(
            name_key("machine_learning_engineer!"),
            "machinelearningengineer"
        );
        assert_eq!(name_key("C++ Developer"), "c++developer");
        assert_ne!(name_key("C++ Developer"), name_key("C Developer"));
        for (name, other) in [("Data-Manager", "data manager"), ("İx", "ix"), ("C#", "c")] {
            assert_eq!(
                has_name_key(name, &name_key(other)),
                name_key(name) == name_key(other),
                "{name} {other}"
            );
        }
    }

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
