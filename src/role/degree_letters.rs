//! Degrees written in letters (`BSc`, `M.Ed.`, `BSN`, `PhD`): the level each names and the
//! field some name by themselves (a `BSN` is in nursing, an `MEd` in education). One table, read
//! by the posting reader (which sentence names a degree) and by the degree ladder of `gap`
//! (which degree covers which), so that the two never know different degrees.

/// A degree's level, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    HighSchool,
    Associate,
    Bachelor,
    Master,
    Doctorate,
}

/// A degree written in letters.
#[derive(Debug, Clone, Copy)]
pub struct DegreeLetters {
    /// The letters as written without dots, in their usual capitals (`MEd`); each capital
    /// may be followed by a dot (`M.Ed.`, "Ph.D.").
    pub letters: &'static str,
    pub level: Level,
    /// The degree spelled out, for letters that name its field as well as its level (`BSN`:
    /// "bachelor of science in nursing").
    pub spelled: Option<&'static str>,
    /// Where the letters name the degree.
    pub stands: Stands,
}

/// Where a degree's letters name the degree: two letters and letters that spell a word are
/// often something else ("MS Office", "MA" for Massachusetts, "MFA" for multi-factor
/// authentication, "bed", "march").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stands {
    /// Wherever they are written, in any case.
    Anywhere,
    /// Wherever they are written in their capitals; in lower case, only before a field.
    InCapitals,
    /// Only before a field, "in" or "degree" ("MS in Statistics", "MD degree").
    BeforeAField,
}

const fn letters(
    letters: &'static str,
    level: Level,
    spelled: Option<&'static str>,
    stands: Stands,
) -> DegreeLetters {
    DegreeLetters {
        letters,
        level,
        spelled,
        stands,
    }
}

use Level::{Associate, Bachelor, Doctorate, HighSchool, Master};
use Stands::{Anywhere, BeforeAField, InCapitals};

/// Degrees written in letters. Forms that are as often something else ("DBA", a database
/// administrator; "LLM", a language model; "MLS", a laboratory scientist) are left
/// out, and
/// those that are sometimes something else stand only in capitals or before a field
/// ("EDM", enterprise data management; "MPP", massively parallel processing; "AAS",
/// Azure Analysis Services).
pub static DEGREE_LETTERS: &[DegreeLetters] = &[
    letters("GED", HighSchool, None, Anywhere),
    letters(
        "ADN",
        Associate,
        Some("associate degree in nursing"),
        Anywhere,
    ),
    letters(
        "ASN",
        Associate,
        Some("associate of science in nursing"),
        InCapitals,
    ),
    letters("AS", Associate, None, BeforeAField),
    letters("AA", Associate, None, BeforeAField),
    letters("AAS", Associate, None, BeforeAField),
    letters("BSc", Bachelor, None, Anywhere),
    letters("BS", Bachelor, None, InCapitals),
    letters("BA", Bachelor, None, InCapitals),
    letters("BEng", Bachelor, Some("bachelor of engineering"), Anywhere),
    letters("BTech", Bachelor, None, Anywhere),
    letters(
        "BBA",
        Bachelor,
        Some("bachelor of business administration"),
        Anywhere,
    ),
    letters(
        "BSN",
        Bachelor,
        Some("bachelor of science in nursing"),
        Anywhere,
    ),
    letters("BSW", Bachelor, Some("bachelor of social work"), Anywhere),
    letters("BEd", Bachelor, Some("bachelor of education"), InCapitals),
    letters("BFA", Bachelor, Some("bachelor of fine arts"), Anywhere),
    letters("BCom", Bachelor, Some("bachelor of commerce"), Anywhere),
    letters(
        "BArch",
        Bachelor,
        Some("bachelor of architecture"),
        InCapitals,
    ),
    letters("BPharm", Bachelor, Some("bachelor of pharmacy"), Anywhere),
    letters("LLB", Bachelor, Some("bachelor of laws"), Anywhere),
    letters("MSc", Master, None, Anywhere),
    letters("MS", Master, None, BeforeAField),
    letters("MA", Master, None, BeforeAField),
    letters("MEng", Master, Some("master of engineering"), Anywhere),
    letters(
        "MBA",
        Master,
        Some("master of business administration"),
        Anywhere,
    ),
    letters("MPhil", Master, None, Anywhere),
    letters("MRes", Master, None, Anywhere),
    letters("MAcc", Master, Some("master of accountancy"), Anywhere),
    letters("MPH", Master, Some("master of public health"), Anywhere),
    letters(
        "MPA",
        Master,
        Some("master of public administration"),
        Anywhere,
    ),
    letters("MPP", Master, Some("master of public policy"), BeforeAField),
    letters(
        "MSN",
        Master,
        Some("master of science in nursing"),
        Anywhere,
    ),
    letters("MSW", Master, Some("master of social work"), Anywhere),
    letters("MEd", Master, Some("master of education"), InCapitals),
    letters("EdM", Master, Some("master of education"), InCapitals),
    letters("MFA", Master, Some("master of fine arts"), BeforeAField),
    letters("MArch", Master, Some("master of architecture"), InCapitals),
    letters(
        "MLIS",
        Master,
        Some("master of library and information science"),
        Anywhere,
    ),
    letters(
        "MHA",
        Master,
        Some("master of health administration"),
        Anywhere,
    ),
    letters("PhD", Doctorate, None, Anywhere),
    letters("DPhil", Doctorate, None, Anywhere),
    letters("EdD", Doctorate, Some("doctorate in education"), Anywhere),
    letters("PsyD", Doctorate, Some("doctorate in psychology"), Anywhere),
    letters(
        "DNP",
        Doctorate,
        Some("doctor of nursing practice"),
        Anywhere,
    ),
    letters("PharmD", Doctorate, Some("doctorate in pharmacy"), Anywhere),
    letters(
        "DVM",
        Doctorate,
        Some("doctor of veterinary medicine"),
        Anywhere,
    ),
    letters("MD", Doctorate, Some("doctor of medicine"), BeforeAField),
    letters("JD", Doctorate, Some("doctor of law"), BeforeAField),
];

impl DegreeLetters {
    /// The letters with a dot after each part that a capital opens (`M.Ed.`, "Ph.D.",
    /// "B.S.N.").
    #[must_use]
    pub fn dotted(&self) -> String {
        let mut dotted = String::new();
        for (at, letter) in self.letters.char_indices() {
            if at > 0 && letter.is_uppercase() {
                dotted.push('.');
            }
            dotted.push(letter);
        }
        dotted.push('.');
        dotted
    }

    /// Whether `word` (a token with its dots, as written) is these letters, undotted or
    /// dotted, in their capitals (`MEd`, `M.Ed.`, `M.Ed`; not "med").
    #[must_use]
    pub fn is_written(&self, word: &str) -> bool {
        let word = word.strip_suffix('.').unwrap_or(word);
        if word == self.letters {
            return true;
        }
        // As [`DegreeLetters::dotted`] writes them, without building the text: this runs
        // for every word of every requirement a posting has.
        let mut written = word.chars();
        for (at, letter) in self.letters.char_indices() {
            if at > 0 && letter.is_uppercase() && written.next() != Some('.') {
                return false;
            }
            if written.next() != Some(letter) {
                return false;
            }
        }
        written.next().is_none()
    }
}

/// A word as a degree's letters are written (dots kept inside, a final one left off),
/// with the word after it.
#[derive(Debug, Clone, Copy)]
pub struct CapitalWord<'t> {
    pub word: &'t str,
    /// The next word, without its dots.
    pub next: Option<&'t str>,
    /// Whether a field follows: "in", "degree", or a slash and another degree's letters
    /// ("MS in", "BA/BS"; not "AAS/SSAS").
    pub before_a_field: bool,
}

/// The words of a text as degrees' letters are written.
pub fn capital_words(text: &str) -> impl Iterator<Item = CapitalWord<'_>> {
    let mut tokens = text
        .split(|c: char| !c.is_alphanumeric() && c != '/' && c != '.')
        .filter(|token| !token.is_empty())
        .flat_map(|token| token.split_inclusive('/'))
        .peekable();
    std::iter::from_fn(move || {
        let token = tokens.next()?;
        let (word, slash) = match token.strip_suffix('/') {
            Some(word) => (word, true),
            None => (token, false),
        };
        let next = tokens.peek().map(|next| next.trim_end_matches(['.', '/']));
        let before_a_field = next.is_some_and(|next| {
            next.eq_ignore_ascii_case("in")
                || next.eq_ignore_ascii_case("degree")
                || slash && DEGREE_LETTERS.iter().any(|degree| degree.is_written(next))
        });
        Some(CapitalWord {
            word: word.strip_suffix('.').unwrap_or(word),
            next,
            before_a_field,
        })
    })
}

/// The degrees whose letters `text` writes in their capitals, with or without dots, where
/// they name the degree ("BSN", "M.Ed.", "MS in Statistics"; not "MS Office"), each with
/// the word it is written as.
#[must_use]
pub fn written_in_capitals(text: &str) -> Vec<(&'static DegreeLetters, CapitalWord<'_>)> {
    capital_words(text)
        .flat_map(|written| {
            DEGREE_LETTERS
                .iter()
                .filter(move |degree| {
                    degree.is_written(written.word)
                        && (degree.stands != Stands::BeforeAField || written.before_a_field)
                })
                .map(move |degree| (degree, written))
        })
        .collect()
}

/// The degree whose letters open `text` in their capitals and stand alone there, before
/// the end or a break ("MS, University of Michigan", "JD (2015)", "MD"; not "MS Office"):
/// how an education item of a CV names a degree.
#[must_use]
pub fn opening_letters(text: &str) -> Option<&'static DegreeLetters> {
    let text = text.trim_start();
    let end = text
        .find(|c: char| !c.is_alphanumeric() && c != '.')
        .unwrap_or(text.len());
    let (word, rest) = text.split_at(end);
    let rest = rest.trim_start();
    let alone =
        rest.is_empty() || rest.starts_with([',', '(', '-', '\u{2013}', '\u{2014}', '|', ';', ':']);
    if !alone {
        return None;
    }
    DEGREE_LETTERS.iter().find(|degree| degree.is_written(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(letters: &str) -> DegreeLetters {
        *DEGREE_LETTERS
            .iter()
            .find(|degree| degree.letters == letters)
            .expect("in the table")
    }

    #[test]
    fn letters_are_written_with_or_without_dots_in_their_capitals() {
        let med = find("MEd");
        assert_eq!(med.dotted(), "M.Ed.");
        for written in ["MEd", "M.Ed.", "M.Ed", "MEd."] {
            assert!(med.is_written(written), "{written}");
        }
        for other in ["med", "MED", "M.E.D.", "Med"] {
            assert!(!med.is_written(other), "{other}");
        }
        assert_eq!(find("PhD").dotted(), "Ph.D.");
        assert_eq!(find("BSN").dotted(), "B.S.N.");
    }

    #[test]
    fn every_form_is_in_the_table_once() {
        let mut forms: Vec<&str> = DEGREE_LETTERS.iter().map(|degree| degree.letters).collect();
        forms.sort_unstable();
        let all = forms.len();
        forms.dedup();
        assert_eq!(forms.len(), all);
    }
}
