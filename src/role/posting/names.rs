//! Names a posting may mention anywhere (tools, certifications, industries), found as whole
//! words. Short names (`Go`, `R`, `C`) and capitalised single words (`Spark`, `Chef`) are
//! common words too, so they count only with their exact case, clean edges and a context
//! that makes them names: in a list of other names, or after `in`, `with`, `using`.

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::role::section::Section;
use crate::text::token::NAME_CUES;

/// Known names, by their first word (lowercase).
#[derive(Debug, Default, Clone)]
pub struct KnownNames {
    by_first: FxHashMap<String, Vec<Name>>,
}

#[derive(Debug, Clone)]
struct Name {
    /// The words, lowercase.
    words: Vec<String>,
    /// The one word as written, for the case of single-word names.
    written: String,
    /// The name an item gets (the term of a synonym group, the item of a role).
    canonical: String,
    section: Section,
}

/// The most words a known name has; longer items of a role are sentences, not names.
pub(super) const MAX_NAME_WORDS: usize = 5;

/// A text of at most this many words that starts with a name is about that name.
const SHORT_TEXT_WORDS: usize = 3;

/// One word of a text and where it is.
#[derive(Debug, Clone)]
struct Word<'a> {
    text: &'a str,
    span: Range<usize>,
}

/// A name found in a text: where, and which.
#[derive(Debug, Clone)]
struct Found<'a> {
    words: Range<usize>,
    name: &'a Name,
}

impl KnownNames {
    /// The names of `entries`, each (as written, the name an item gets, its section). A
    /// way of writing a name given twice keeps the first.
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str, Section)>) -> Self {
        let mut known = KnownNames::default();
        let mut seen: FxHashSet<(Vec<String>, &str)> = FxHashSet::default();
        // The same spelling comes again and again (a tool many roles list): it is read once.
        let mut seen_written: FxHashSet<&str> = FxHashSet::default();
        for (written, canonical, section) in entries {
            let written = written.trim();
            if !seen_written.insert(written) {
                continue;
            }
            let words: Vec<String> = words(written)
                .iter()
                .map(|word| word.text.to_lowercase())
                .collect();
            if words.is_empty() || words.len() > MAX_NAME_WORDS {
                continue;
            }
            // A single word differs by its case as written (`Go` is not `GO`); longer
            // names are found whatever their case.
            let case = if words.len() == 1 { written } else { "" };
            if !seen.insert((words.clone(), case)) {
                continue;
            }
            known
                .by_first
                .entry(words[0].clone())
                .or_default()
                .push(Name {
                    words,
                    written: written.to_owned(),
                    canonical: canonical.trim().to_owned(),
                    section,
                });
        }
        for names in known.by_first.values_mut() {
            // Longest first, so that the first that fits is the longest; stable, so that
            // of two the same length the first given wins.
            names.sort_by_key(|name| std::cmp::Reverse(name.words.len()));
        }
        known
    }

    /// How many ways of writing a name there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// Whether no name is known.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// The names `text` mentions, in order, as (name, section); repeats included.
    #[must_use]
    pub fn find_in(&self, text: &str) -> Vec<(String, Section)> {
        self.find_with_choices(text)
            .into_iter()
            .map(|(name, section, _)| (name, section))
            .collect()
    }

    /// [`KnownNames::find_in`], each name with whether it is one alternative of a choice
    /// of names ("SAP or Oracle", "Tableau, Looker or Power BI"): a name the text does not
    /// ask for by itself.
    #[must_use]
    pub fn find_with_choices(&self, text: &str) -> Vec<(String, Section, bool)> {
        let words = words(text);
        let mut found: Vec<Found> = Vec::new();
        let mut index = 0;
        while index < words.len() {
            match self.longest_at(text, &words, index) {
                Some(name) => {
                    let end = index + name.words.len();
                    found.push(Found {
                        words: index..end,
                        name,
                    });
                    index = end;
                }
                None => index += 1,
            }
        }
        let listed: Vec<bool> = (0..found.len())
            .map(|i| !needs_context(text, &words, &found[i]) || in_context(text, &words, &found, i))
            .collect();
        let found: Vec<Found> = found
            .into_iter()
            .zip(listed)
            .filter(|(_, keep)| *keep)
            .map(|(found, _)| found)
            .collect();
        let choice = alternatives(&words, &found);
        found
            .iter()
            .zip(choice)
            .map(|(found, choice)| (found.name.canonical.clone(), found.name.section, choice))
            .collect()
    }

    /// The name that `text` as a whole writes, if any (`Golang` is `Go`).
    #[must_use]
    pub fn canonical(&self, text: &str) -> Option<String> {
        self.named(text).map(|(name, _)| name)
    }

    /// The name that `text` as a whole writes, with its section, if any.
    #[must_use]
    pub fn named(&self, text: &str) -> Option<(String, Section)> {
        let words = words(text);
        if words.is_empty() {
            return None;
        }
        let name = self.longest_at(text, &words, 0)?;
        (name.words.len() == words.len()).then(|| (name.canonical.clone(), name.section))
    }

    /// The longest name that starts at word `index`, its words joined only by spaces or
    /// hyphens, with the case a single word needs.
    fn longest_at<'a>(&'a self, text: &str, words: &[Word], index: usize) -> Option<&'a Name> {
        let first = words[index].text.to_lowercase();
        self.by_first.get(&first)?.iter().find(|name| {
            let end = index + name.words.len();
            end <= words.len()
                && words[index..end]
                    .iter()
                    .zip(&name.words)
                    .all(|(word, wanted)| word.text.to_lowercase() == *wanted)
                && (index + 1..end).all(|i| joined(text, &words[i - 1], &words[i]))
                && (name.words.len() > 1 || case_fits(words[index].text, &name.written))
        })
    }
}

/// Whether the text between two words is only white space or a hyphen.
fn joined(text: &str, before: &Word, after: &Word) -> bool {
    text[before.span.end..after.span.start]
        .chars()
        .all(|c| c.is_whitespace() || c == '-')
}

/// Whether a word as written in a text may be the single-word name `written`: the same
/// letters, and unless the name is all lowercase (`pandas`), not all lowercase itself; a
/// name of one or two letters only in its own case.
fn case_fits(word: &str, written: &str) -> bool {
    if written.chars().count() <= 2 {
        return word == written;
    }
    let name_has_capital = written.chars().any(char::is_uppercase);
    !name_has_capital || word.chars().any(char::is_uppercase)
}

/// Whether a single-word name found here may be a common word: a name of one or two
/// letters, or a capitalised word that starts a sentence of more than a few words
/// ("Chef de partie wanted", but not "Spark experience").
fn needs_context(text: &str, words: &[Word], found: &Found) -> bool {
    if found.name.words.len() > 1 {
        return false;
    }
    let word = &words[found.words.start];
    if word.text.chars().count() <= 2 {
        return true;
    }
    let mut chars = word.text.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    let before = text[..word.span.start].trim_end();
    let starts_sentence = before.is_empty() || before.ends_with(['.', '!', '?', ':']);
    capitalised && starts_sentence && words.len() > SHORT_TEXT_WORDS
}

/// Whether the name `found[i]` stands where a name does: its edges are clean (not `R&D`,
/// `C-level`, `Go-to`), and it sits in a list with another name or after a cue word.
fn in_context(text: &str, words: &[Word], found: &[Found], i: usize) -> bool {
    let span = &words[found[i].words.start].span;
    let before = text[..span.start].chars().next_back();
    // A possessive ending is no part of the edge: "Python's API".
    let rest = &text[span.end..];
    let rest = rest
        .strip_prefix(crate::text::token::is_apostrophe)
        .and_then(|rest| rest.strip_prefix('s'))
        .unwrap_or(rest);
    let after = rest.chars().next();
    let clean_before = before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | ',' | '/'));
    let clean_after =
        after.is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | ')' | '/'));
    if !clean_before || !clean_after {
        return false;
    }
    let start = found[i].words.start;
    let cue = start
        .checked_sub(1)
        .is_some_and(|prev| NAME_CUES.contains(&words[prev].text.to_lowercase().as_str()));
    let listed_with = |other: &Found| {
        let (left, right) = if other.words.end <= start {
            (other.words.end, start)
        } else {
            (found[i].words.end, other.words.start)
        };
        // Next to each other, or with one `and`/`or` between, and only list marks around.
        let between = &words[left..right];
        let gap = &text[words[left - 1].span.end..words[right].span.start];
        between.len() <= 1
            && between
                .iter()
                .all(|word| matches!(word.text.to_lowercase().as_str(), "and" | "or"))
            && gap.chars().all(|c| {
                c.is_whitespace() || c.is_alphabetic() || matches!(c, ',' | '/' | '&' | '(' | ')')
            })
    };
    let whole = words.len() == 1;
    let neighbours = [i.checked_sub(1), Some(i + 1)];
    whole
        || cue
        || neighbours
            .into_iter()
            .flatten()
            .filter_map(|j| found.get(j))
            .any(listed_with)
}

/// Which of `found` (names in order among `words`) are alternatives of a choice: a name
/// with "or" right before or after it ("SAP or Oracle", whether or not SAP is a known
/// name), and the names listed before such a name with nothing between ("Tableau, Looker
/// or Power BI": commas are no words).
fn alternatives(words: &[Word], found: &[Found]) -> Vec<bool> {
    let is_or = |at: Option<&Word>| at.is_some_and(|word| word.text.eq_ignore_ascii_case("or"));
    let mut choice: Vec<bool> = found
        .iter()
        .map(|found| {
            let before = found
                .words
                .start
                .checked_sub(1)
                .and_then(|at| words.get(at));
            is_or(before) || is_or(words.get(found.words.end))
        })
        .collect();
    for i in (0..found.len().saturating_sub(1)).rev() {
        if choice[i + 1] && found[i].words.end == found[i + 1].words.start {
            choice[i] = true;
        }
    }
    choice
}

/// The words of a text as the text layer finds them, a possessive's `'s` left off
/// (`Python's` names Python).
fn words(text: &str) -> Vec<Word<'_>> {
    crate::text::token::tokens(text)
        .into_iter()
        .map(|token| {
            let end = possessive_stem(token.text)
                .map_or(token.span.end, |stem| token.span.start + stem.len());
            Word {
                text: &text[token.span.start..end],
                span: token.span.start..end,
            }
        })
        .collect()
}

/// The word before a possessive ending: `Python` of `Python's`.
fn possessive_stem(word: &str) -> Option<&str> {
    let stem = word.strip_suffix('s')?;
    let stem = stem.strip_suffix(crate::text::token::is_apostrophe)?;
    (!stem.is_empty()).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> KnownNames {
        let tools = [
            "Python",
            "SQL",
            "Go",
            "R",
            "C",
            "C++",
            "Spark",
            "Apache Spark",
            "pandas",
            ".NET",
            "Node.js",
            "Power BI",
            "Chef",
        ];
        KnownNames::new(
            tools
                .iter()
                .map(|&tool| (tool, tool, Section::Tools))
                .chain([
                    ("Golang", "Go", Section::Tools),
                    ("Healthcare", "Healthcare", Section::Industries),
                ]),
        )
    }

    #[test]
    fn names_of_a_choice_are_told_from_names_asked_for() {
        let choices = |text: &str| -> Vec<(String, bool)> {
            known()
                .find_with_choices(text)
                .into_iter()
                .map(|(name, _, choice)| (name, choice))
                .collect()
        };
        assert_eq!(
            choices("Python, SQL or Power BI"),
            [
                ("Python".to_owned(), true),
                ("SQL".to_owned(), true),
                ("Power BI".to_owned(), true)
            ]
        );
        assert_eq!(
            choices("Experience with SAS or Python"),
            [("Python".to_owned(), true)]
        );
        assert_eq!(
            choices("Python and SQL, plus Power BI"),
            [
                ("Python".to_owned(), false),
                ("SQL".to_owned(), false),
                ("Power BI".to_owned(), false)
            ]
        );
    }

    #[test]
    fn a_set_of_names_says_whether_it_has_any() {
        assert!(!known().is_empty());
        // Every name and every other way of writing it counts: 12 tools, Golang, Healthcare.
        assert!(known().len() >= 14, "{}", known().len());
        assert!(KnownNames::new(std::iter::empty()).is_empty());
        assert_eq!(KnownNames::new(std::iter::empty()).len(), 0);
    }

    fn found(text: &str) -> Vec<String> {
        known()
            .find_in(text)
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    }

    #[test]
    fn names_are_found_as_whole_words() {
        assert_eq!(
            found("Python, SQL and Power BI"),
            ["Python", "SQL", "Power BI"]
        );
        assert_eq!(found("Pythonic code; SQLite"), Vec::<String>::new());
        assert_eq!(found("C++ and .NET or Node.js"), ["C++", ".NET", "Node.js"]);
        assert_eq!(found("Apache Spark jobs"), ["Apache Spark"]);
        assert_eq!(found("Golang services"), ["Go"]);
        assert_eq!(found("Experience with Python's ecosystem"), ["Python"]);
        assert_eq!(found("O'Reilly books"), Vec::<String>::new());
        assert_eq!(
            found("clients in healthcare and Healthcare"),
            ["Healthcare"]
        );
    }

    #[test]
    fn short_names_need_a_context() {
        assert_eq!(found("Python, R or Go"), ["Python", "R", "Go"]);
        assert_eq!(found("Experience in R"), ["R"]);
        assert_eq!(found("Go above and beyond"), Vec::<String>::new());
        assert_eq!(
            found("Work with R&D and C-level leaders"),
            Vec::<String>::new()
        );
        assert_eq!(found("Plan C is fine"), Vec::<String>::new());
        assert_eq!(found("we go to SQL"), ["SQL"]);
    }

    #[test]
    fn capitalised_words_at_a_sentence_start_need_a_context() {
        assert_eq!(found("Chef de partie wanted."), Vec::<String>::new());
        assert_eq!(found("Spark, Python"), ["Spark", "Python"]);
        assert_eq!(found("Tools: Chef, Python"), ["Chef", "Python"]);
        assert_eq!(found("We use Chef."), ["Chef"]);
    }

    #[test]
    fn a_capitalised_name_is_not_a_lowercase_word() {
        assert_eq!(found("a spark of joy with pandas"), ["pandas"]);
    }

    #[test]
    fn case_is_asked_of_short_names_and_of_capitalised_single_words_only() {
        // A name of several words whatever its case; a capitalised name in capitals too.
        assert_eq!(found("Experience with power bi"), ["Power BI"]);
        assert_eq!(found("Experience with SPARK"), ["Spark"]);
        // A name of one or two letters only as written.
        assert_eq!(found("Experience with go and r"), Vec::<String>::new());
    }

    #[test]
    fn a_short_text_that_opens_with_a_name_is_about_it() {
        // Three words at most: a line about the name, no sentence that could use the word.
        assert_eq!(found("Spark experience required"), ["Spark"]);
        assert_eq!(found("Chef experience is required"), Vec::<String>::new());
    }
}
