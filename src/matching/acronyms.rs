//! Acronyms spelled out: an item that writes an acronym ("EHR", "CPA") and an item that
//! writes the words it stands for ("Electronic Health Records", "Certified Public
//! Accountant") name the same thing. The vocabulary knows the common ones; these are the
//! others, found per comparison from the texts of both roles, so that any acronym a
//! library or a posting uses meets its words.
//!
//! An acronym is two to six capitals written alone (a plural `s` after them allowed:
//! "EHRs"), and not a term or a vendor of the vocabulary. Its words are a run of words whose first
//! letters spell it, function words between them skipped ("Professional in Human
//! Resources" is PHR, "heating, ventilation and air conditioning" HVAC). Since runs of
//! initials occur by chance in long texts, a run counts only when a writer marks it as a
//! name: in title case, opening an item that is no duty, or beside the acronym in
//! brackets; a run of lower-case words within a sentence counts for acronyms of four
//! letters or more, and one of two letters only in title case or brackets ("Registered
//! Nurse", "general ledger (GL)"). An acronym whose letters two different runs spell is
//! left as written.

use rustc_hash::FxHashMap;

use super::vocabulary::Vocabulary;
use crate::role::posting::duties::is_duty;
use crate::text::stop_words::is_stop_word_any_case;
use crate::text::token::{Token, has_two_capitals, is_acronym, tokens};

/// The fewest and most letters of an acronym.
const LETTERS: std::ops::RangeInclusive<usize> = 2..=6;

/// The fewest letters of an acronym whose words may open an item in lower case.
const SHORT_LETTERS: usize = 3;

/// The fewest letters of an acronym whose words may be written in lower case within a
/// longer text: shorter ones are spelled by chance too often ("regional customer
/// meetings").
const LOWER_CASE_LETTERS: usize = 4;

/// A word of a text as written, and whether it is a function word.
struct Word<'t> {
    token: Token<'t>,
    stop: bool,
}

/// The words of `text`, each read once.
fn words_of(text: &str) -> Vec<Word<'_>> {
    tokens(text)
        .into_iter()
        .map(|token| {
            let stop = is_stop_word_any_case(token.text);
            Word { token, stop }
        })
        .collect()
}

/// The acronyms of a comparison's texts, each with the words it stands for as written.
#[derive(Debug, Default)]
pub struct Expansions {
    words: FxHashMap<String, String>,
}

impl Expansions {
    /// The acronyms of `texts` that the texts also spell out, and their words.
    #[must_use]
    pub fn of(texts: &[&str], vocabulary: &Vocabulary) -> Expansions {
        let acronyms = acronyms_in(texts, vocabulary);
        if acronyms.is_empty() {
            return Expansions::default();
        }
        // Each acronym's runs, folded to lower case: one is its words, two are none.
        let mut found: FxHashMap<&str, Option<String>> = FxHashMap::default();
        for text in texts {
            let words = words_of(text);
            for (acronym, run) in runs_in(text, &words, &acronyms) {
                let entry = found.entry(acronym).or_insert_with(|| Some(run.clone()));
                if entry
                    .as_ref()
                    .is_some_and(|known| !known.eq_ignore_ascii_case(&run))
                {
                    *entry = None;
                }
            }
        }
        Expansions {
            words: found
                .into_iter()
                .filter_map(|(acronym, run)| Some((acronym.to_owned(), run?)))
                .collect(),
        }
    }

    /// Each of `texts` with its acronyms replaced by their words ([`Expansions::spelled_out`]).
    #[must_use]
    pub fn spelled_all(&self, texts: &[&str]) -> Vec<String> {
        texts
            .iter()
            .map(|text| self.spelled_out(text).unwrap_or_else(|| (*text).to_owned()))
            .collect()
    }

    /// `text` with each acronym it writes replaced by its words, if it writes one.
    #[must_use]
    pub fn spelled_out(&self, text: &str) -> Option<String> {
        if self.words.is_empty() || !has_two_capitals(text) {
            return None;
        }
        let mut out = String::new();
        let mut last = 0;
        for token in tokens(text) {
            let Some(words) = self.words.get(singular(token.text)) else {
                continue;
            };
            if is_joined(text, &token.span) {
                continue;
            }
            out.push_str(&text[last..token.span.start]);
            out.push_str(words);
            last = token.span.end;
        }
        (last > 0).then(|| {
            out.push_str(&text[last..]);
            out
        })
    }
}

/// Whether the word at `span` is joined to the next or the one before by `/`, `&` or `-`:
/// one of a pair of acronyms that is a name of its own ("CI/CD", "P&L").
fn is_joined(text: &str, span: &std::ops::Range<usize>) -> bool {
    let joined = |first: Option<char>, second: Option<char>| {
        first.is_some_and(|c| matches!(c, '/' | '&' | '-'))
            && second.is_some_and(char::is_alphanumeric)
    };
    let mut before = text[..span.start].chars().rev();
    let mut after = text[span.end..].chars();
    joined(before.next(), before.next()) || joined(after.next(), after.next())
}

/// An acronym without the plural `s` people add ("EHRs").
fn singular(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(stem) if is_acronym(stem) => stem,
        _ => word,
    }
}

/// The acronyms `texts` write that the vocabulary does not know, sorted, each once.
fn acronyms_in<'t>(texts: &[&'t str], vocabulary: &Vocabulary) -> Vec<&'t str> {
    let mut acronyms: Vec<&str> = texts
        .iter()
        .filter(|text| has_two_capitals(text))
        .flat_map(|text| tokens(text))
        .map(|token| singular(token.text))
        .filter(|word| {
            let lower = word.to_ascii_lowercase();
            is_acronym(word)
                && LETTERS.contains(&word.len())
                && vocabulary.concepts_of_whole(&lower).is_empty()
                && !vocabulary.is_vendor(&lower)
        })
        .collect();
    acronyms.sort_unstable();
    acronyms.dedup();
    acronyms
}

/// The runs of `words` (the tokens of `text`) that spell one of `acronyms` (sorted) and
/// are marked as a name, each with its acronym: the run's words as written, joined by
/// spaces. A run is content words whose first letters spell the acronym, function words
/// between them skipped; where runs of several acronyms start at one word, the longest is
/// the name ("Global positioning system" is GPS, not GP). Each word reads the initials of
/// the few content words from it and looks them up, so the time is linear in the words
/// however many acronyms there are.
fn runs_in<'a>(text: &str, words: &[Word], acronyms: &[&'a str]) -> Vec<(&'a str, String)> {
    let content: Vec<usize> = (0..words.len()).filter(|&at| !words[at].stop).collect();
    let mut runs = Vec::new();
    let mut letters = String::with_capacity(*LETTERS.end());
    for (place, &start) in content.iter().enumerate() {
        let next = &content[place..content.len().min(place + LETTERS.end())];
        letters.clear();
        letters.extend(
            next.iter()
                .map_while(|&at| words[at].token.text.chars().next())
                .take_while(char::is_ascii_alphabetic)
                .map(|initial| initial.to_ascii_uppercase()),
        );
        let longest = (*LETTERS.start()..=letters.len()).rev().find_map(|len| {
            let spelled = &letters[..len];
            let acronym = *acronyms.get(acronyms.binary_search(&spelled).ok()?)?;
            let end = next[len - 1] + 1;
            // The acronym itself is no word of its own words.
            let itself = words[start..end]
                .iter()
                .any(|word| word.token.text == acronym);
            (!itself).then_some((acronym, end))
        });
        let Some((acronym, end)) = longest else {
            continue;
        };
        if is_marked(text, words, start, end, acronym) {
            let written: Vec<&str> = words[start..end]
                .iter()
                .map(|word| word.token.text)
                .collect();
            runs.push((acronym, written.join(" ")));
        }
    }
    runs
}

/// Whether the run `start..end` of `words` is written as a name: in title case, opening
/// `text` when it is no duty, beside its acronym in brackets, or in any case for a long
/// acronym.
fn is_marked(text: &str, words: &[Word], start: usize, end: usize, acronym: &str) -> bool {
    let run = &words[start..end];
    // A name that goes on in capitals is a longer name ("Judgment and Decision Making" is
    // not JD).
    let goes_on = words.get(end).is_some_and(|next| {
        next.token.text != acronym && next.token.text.starts_with(char::is_uppercase) && !next.stop
    });
    if goes_on {
        return false;
    }
    let title_case = run
        .iter()
        .all(|word| word.stop || word.token.text.starts_with(char::is_uppercase));
    // The words an item opens with name what it is about ("Electronic health record
    // systems"), unless they are a duty ("Coordinate regional meetings").
    let opens = start == 0 && !is_duty(text);
    let bracketed = words
        .get(end)
        .is_some_and(|next| next.token.text == acronym)
        && text[run[run.len() - 1].token.span.end..words[end].token.span.start].contains('(');
    // Two letters are spelled by chance too often for anything but a name in capitals.
    if acronym.len() < SHORT_LETTERS {
        return title_case || bracketed;
    }
    title_case || opens || bracketed || acronym.len() >= LOWER_CASE_LETTERS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelled(texts: &[&str], text: &str) -> Option<String> {
        Expansions::of(texts, &Vocabulary::built_in()).spelled_out(text)
    }

    #[test]
    fn an_acronym_meets_the_words_it_stands_for() {
        for (acronym, words) in [
            ("CPA", "Certified Public Accountant"),
            ("EHRs", "Electronic Health Records"),
            ("PHR", "Professional in Human Resources"),
            ("HVAC", "heating, ventilation and air conditioning"),
            ("CAD", "computer-aided design"),
            ("TIA", "Telecommunications Industry Association"),
        ] {
            let text = format!("Experience with {acronym}");
            let out = spelled(&[&text, words], &text).unwrap_or_default();
            let first = words.split([' ', '-', ',']).next().unwrap();
            assert!(
                out.starts_with("Experience with ") && out.contains(first),
                "{acronym}: {out}"
            );
        }
        // In brackets beside its words, in lower case, a short acronym too.
        assert_eq!(
            spelled(
                &["Post GL entries", "Reconcile general ledger (GL) accounts"],
                "Post GL entries"
            )
            .as_deref(),
            Some("Post general ledger entries")
        );
    }

    #[test]
    fn runs_by_chance_and_acronyms_of_two_meanings_are_left_alone() {
        // Lower case within a sentence spells a short acronym by chance.
        assert_eq!(
            spelled(
                &["Manage CRM data", "Coordinate regional meetings"],
                "Manage CRM data"
            ),
            None
        );
        // Two letters in lower case are spelled by chance; a vendor's name is its own.
        assert_eq!(spelled(&["WS", "Water samplers"], "WS"), None);
        assert_eq!(
            spelled(&["IBM", "International Business Machines"], "IBM"),
            None
        );
        // Words start at a content word.
        assert_eq!(spelled(&["OPM", "Of Project Management"], "OPM"), None);
        // A longer name, and a longer acronym's words.
        assert_eq!(spelled(&["JD", "Judgment and Decision Making"], "JD"), None);
        assert_eq!(
            spelled(&["GP", "GPS", "Global positioning system"], "GP"),
            None
        );
        // Two runs spell it: which one is meant is not known.
        assert_eq!(
            spelled(&["PM", "Project Manager", "Product Manager"], "PM"),
            None
        );
        // What the vocabulary knows is its own ("ETL"), and an item without an acronym
        // stays as it is.
        assert_eq!(spelled(&["ETL", "Extract Transform Load"], "ETL"), None);
        assert_eq!(
            spelled(&["CPA", "Certified Public Accountant"], "Audit"),
            None
        );
        // One of a pair of acronyms is a name of its own, either side of the slash, though
        // each alone is spelled out.
        let texts = [
            "CI/CD and CD/CI",
            "Continuous Integration",
            "Continuous Delivery",
        ];
        assert_eq!(spelled(&texts, "CI/CD and CD/CI"), None);
        assert_eq!(
            spelled(&texts, "CI").as_deref(),
            Some("Continuous Integration")
        );
    }
}
