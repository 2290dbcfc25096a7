//! Degrees whose short name says their field as well as their level (`BSN`, `MPH`): read
//! as the words they stand for, so that "BSN" is a bachelor's degree in nursing, as
//! "Bachelor's degree in Nursing" is, and not a degree of its own that no other spelling
//! meets.

use std::sync::LazyLock;

use crate::role::degree_letters::{DEGREE_LETTERS, Stands};
use crate::text::token;

/// Each short name, in normal form and sorted, with the degree it stands for: the letters of
/// [`DEGREE_LETTERS`] that name a field and are a degree wherever they stand (not `MEd`,
/// which is "med" in lower case, nor `MFA`, multi-factor authentication).
static FIELD_DEGREES: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    let mut table: Vec<(String, &str)> = DEGREE_LETTERS
        .iter()
        .filter(|degree| degree.stands == Stands::Anywhere)
        .filter_map(|degree| Some((degree.letters.to_lowercase(), degree.spelled?)))
        .collect();
    table.sort_unstable();
    table
});

/// The degree a word (in normal form) is the short name of, if any.
fn expansion(word: &str) -> Option<&'static str> {
    FIELD_DEGREES
        .binary_search_by(|(short, _)| short.as_str().cmp(word))
        .ok()
        .map(|at| FIELD_DEGREES[at].1)
}

/// `text` with each short name of a degree written out, when it has one; `words` are its
/// words in normal form, as the matcher reads them, to tell cheaply.
pub(super) fn written_out(text: &str, words: &[String]) -> Option<String> {
    if !words.iter().any(|word| expansion(word).is_some()) {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 32);
    let mut last = 0;
    for word in token::tokens(text) {
        if let Some(degree) = expansion(&word.text.to_lowercase()) {
            out.push_str(&text[last..word.span.start]);
            out.push_str(degree);
            last = word.span.end;
        }
    }
    out.push_str(&text[last..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn out(text: &str) -> Option<String> {
        written_out(text, &tokens(text))
    }

    #[test]
    fn the_table_is_sorted_for_its_search() {
        assert!(FIELD_DEGREES.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }

    #[test]
    fn a_short_name_is_written_out_in_place() {
        assert_eq!(
            out("BSN required, MPH preferred").as_deref(),
            Some("bachelor of science in nursing required, master of public health preferred")
        );
        assert_eq!(out("Bachelor's degree in nursing"), None);
        // Only a whole word: "mphasis" is not a degree.
        assert_eq!(out("Mphasis consulting"), None);
    }
}
