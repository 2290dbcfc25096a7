//! The alternatives of a requirement that offers a choice ("NEBOSH or IOSH qualification",
//! "5+ years managing warehouse or distribution operations"): each is enough, so `gap`
//! counts the requirement covered when one of them is.
//!
//! A choice is read two ways, since "or" may join two words or two phrases: the words
//! beside it with what the phrase shares around them ("NEBOSH qualification", "IOSH
//! qualification"), and the text split at it ("Experience with Google Analytics", "Adobe
//! Analytics"). Only an "or" outside brackets offers a choice ("a WMS (Manhattan or
//! similar)" asks for a WMS).

use crate::text::brackets::split_outside_brackets;

/// The alternatives of `text`, empty when it offers no choice.
#[must_use]
pub fn alternatives(text: &str) -> Vec<String> {
    let parts = split_at_or(text);
    if parts.len() < 2 {
        return Vec::new();
    }
    let mut alternatives: Vec<String> = parts.iter().map(|part| (*part).to_owned()).collect();
    // The words on each side of one "or", with the rest of the phrase around them.
    if let [before, after] = parts[..] {
        let (head, last) = before.rsplit_once(' ').unwrap_or(("", before));
        let (first, tail) = after.split_once(' ').unwrap_or((after, ""));
        alternatives.push(joined(&[head, last, tail]));
        alternatives.push(joined(&[head, first, tail]));
    }
    alternatives.retain(|alternative| !alternative.is_empty());
    alternatives.sort();
    alternatives.dedup();
    alternatives
}

/// The parts of `text` between the words "or" outside brackets, trimmed.
fn split_at_or(text: &str) -> Vec<&str> {
    const OR: &str = " or ";
    split_outside_brackets(text, |rest| rest.starts_with(OR).then_some(OR.len()))
        .into_iter()
        .map(str::trim)
        .collect()
}

fn joined(words: &[&str]) -> String {
    words
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::alternatives;

    #[test]
    fn a_choice_of_words_shares_the_phrase_around_them() {
        let found = alternatives("NEBOSH or IOSH qualification");
        assert!(
            found.contains(&"NEBOSH qualification".to_owned()),
            "{found:?}"
        );
        assert!(
            found.contains(&"IOSH qualification".to_owned()),
            "{found:?}"
        );
        let found = alternatives("5+ years managing warehouse or distribution operations");
        assert!(
            found.contains(&"5+ years managing distribution operations".to_owned()),
            "{found:?}"
        );
        assert!(
            found.contains(&"5+ years managing warehouse operations".to_owned()),
            "{found:?}"
        );
    }

    #[test]
    fn a_choice_of_phrases_is_split_at_or() {
        let found = alternatives("Experience with Google Analytics or Adobe Analytics");
        assert!(found.contains(&"Experience with Google Analytics".to_owned()));
        assert!(found.contains(&"Adobe Analytics".to_owned()));
        let found = alternatives("Python, R or Julia");
        assert!(found.contains(&"Julia".to_owned()), "{found:?}");
        assert!(found.contains(&"Python, R".to_owned()), "{found:?}");
    }

    #[test]
    fn an_or_in_brackets_or_inside_a_word_offers_no_choice() {
        assert!(alternatives("A WMS (Manhattan, Blue Yonder or similar)").is_empty());
        assert!(alternatives("Work with vendors and donors").is_empty());
    }
}
