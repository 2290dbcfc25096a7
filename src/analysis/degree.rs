//! The degree ladder of `gap`: an education item's level (high school < associate <
//! bachelor's < master's < doctorate) and fields, and whether a degree one holds covers
//! one a role asks for: the same or a higher level, in the same or, where the requirement
//! allows it ("or a related field"), a related field.

use std::sync::LazyLock;

use crate::text::{normalize, stem, token};

pub use crate::role::degree_letters::Level;
use crate::role::degree_letters::{
    DEGREE_LETTERS, DegreeLetters, Stands, opening_letters, written_in_capitals,
};

/// A degree as an education item states it.
#[derive(Debug, Clone, PartialEq)]
pub struct Degree {
    /// The lowest level the item names ("Bachelor's or master's" asks a bachelor's).
    pub level: Level,
    /// The fields, each as stemmed words ("computer science" -> `["comput", "scienc"]`).
    pub fields: Vec<Vec<String>>,
    /// Whether the item also accepts related fields ("or a related field", "equivalent").
    pub related: bool,
}

/// Words and phrases that name a level, as people write them (read into words as an item
/// is, by [`degree_words`]). Degrees written in letters (`BSc`, `M.Ed.`) are in
/// [`DEGREE_LETTERS`].
const LEVELS: &[(&str, Level)] = &[
    ("doctorate", Level::Doctorate),
    ("doctoral", Level::Doctorate),
    ("doctor of", Level::Doctorate),
    ("master", Level::Master),
    ("master's", Level::Master),
    ("graduate degree", Level::Master),
    ("postgraduate", Level::Master),
    ("bachelor", Level::Bachelor),
    ("bachelor's", Level::Bachelor),
    ("undergraduate", Level::Bachelor),
    ("university degree", Level::Bachelor),
    ("college degree", Level::Bachelor),
    ("four-year degree", Level::Bachelor),
    ("4-year degree", Level::Bachelor),
    ("associate", Level::Associate),
    ("associate's", Level::Associate),
    ("two-year degree", Level::Associate),
    ("2-year degree", Level::Associate),
    ("high school", Level::HighSchool),
    ("secondary school", Level::HighSchool),
    // O*NET's Job Zones, as the levels of education they describe: five is graduate
    // school, four a bachelor's, three vocational training or an associate's, one and two
    // high school at most.
    ("job zone five", Level::Master),
    ("job zone 5", Level::Master),
    ("job zone four", Level::Bachelor),
    ("job zone 4", Level::Bachelor),
    ("job zone three", Level::Associate),
    ("job zone 3", Level::Associate),
    ("job zone two", Level::HighSchool),
    ("job zone 2", Level::HighSchool),
    ("job zone one", Level::HighSchool),
    ("job zone 1", Level::HighSchool),
];

/// A degree's letters read into words as an item is (`M.Ed.` is `m ed`, `MEd` `med`), and
/// whether they name the degree wherever they stand. Undotted letters that are short or
/// often other words ("MS Office", "BA" in lower case) name it only before a field
/// ([`before_a_field`]); dotted ones always do.
struct LetterWords {
    degree: &'static DegreeLetters,
    words: Vec<String>,
    anywhere: bool,
}

/// The words of every degree's letters, undotted and dotted, once.
fn letter_words() -> &'static [LetterWords] {
    static WORDS: LazyLock<Vec<LetterWords>> = LazyLock::new(|| {
        DEGREE_LETTERS
            .iter()
            .flat_map(|degree| {
                // Longer letters that spell a word ("bed", "march") are read in their
                // capitals only ([`written_in_capitals`]); "ba" and "bs" before a field.
                let spells_a_word = degree.stands == Stands::InCapitals && degree.letters.len() > 2;
                let undotted = (!spells_a_word).then(|| LetterWords {
                    degree,
                    words: degree_words(degree.letters),
                    anywhere: degree.stands == Stands::Anywhere,
                });
                let dotted = LetterWords {
                    degree,
                    words: degree_words(&degree.dotted()),
                    anywhere: true,
                };
                undotted.into_iter().chain([dotted])
            })
            .collect()
    });
    &WORDS
}

/// Whether the words after a degree's short letters make them a degree: `MS in`, `BA
/// degree`, `BA (Hons)`, `MA Economics`; never `MS Office`.
fn before_a_field(rest: &[&str]) -> bool {
    rest.first()
        .is_some_and(|next| matches!(*next, "in" | "degree" | "or" | "and" | "hons"))
        || after_honours(rest) != rest
        || starts_with_known_field(rest)
}

/// The degrees written in letters among `words`, each with where its letters end.
/// Letters the text writes in their capitals (`in_capitals`) need nothing after them.
fn letters_in(
    words: &[&str],
    in_capitals: &[&DegreeLetters],
) -> Vec<(&'static LetterWords, usize)> {
    let mut found = Vec::new();
    for start in 0..words.len() {
        for form in letter_words() {
            let end = start + form.words.len();
            let here = words.get(start..end).is_some_and(|run| {
                run.iter()
                    .zip(&form.words)
                    .all(|(word, wanted)| word == wanted)
            });
            let capitals = in_capitals
                .iter()
                .any(|degree| degree.letters == form.degree.letters);
            if here && (form.anywhere || capitals || before_a_field(&words[end..])) {
                found.push((form, end));
            }
        }
    }
    found
}

/// Words that say the requirement takes related fields too.
const RELATED: &[&str] = &[
    "related",
    "relevant",
    "similar",
    "equivalent",
    "comparable",
    "quantitative",
    "technical",
];

/// Words of a field phrase that name no field.
const NOT_FIELDS: &[&str] = &[
    "a",
    "an",
    "the",
    "field",
    "fields",
    "area",
    "areas",
    "discipline",
    "disciplines",
    "subject",
    "degree",
    "preferred",
    "required",
    "or",
    "and",
    "in",
    "of",
    "equivalent",
    "related",
    "relevant",
    "similar",
    "comparable",
    "quantitative",
    "technical",
    "experience",
    "practical",
    "other",
    "etc",
    "e.g",
    "such",
    "as",
    "like",
    "is",
    "plus",
    "ideally",
    "hons",
];

/// Fields written in letters, as the whole of a field ("BS in CS"), in normal form.
const FIELD_LETTERS: &[(&str, &str)] = &[
    ("cs", "computer science"),
    ("compsci", "computer science"),
    ("ee", "electrical engineering"),
    ("it", "information technology"),
    ("mis", "information systems"),
    ("cis", "information systems"),
    ("ai", "artificial intelligence"),
    ("ml", "machine learning"),
];

/// Words after which a degree's text says where or how it is had, not its field.
const FIELD_ENDS: &[&str] = &["from", "at", "with", "by", "plus", "including"];

/// Words that name a school, not a field: the fields end before them (`MSc, University of
/// Leeds`).
const INSTITUTIONS: &[&str] = &[
    "university",
    "college",
    "school",
    "institute",
    "academy",
    "polytechnic",
];

/// Broad families of fields: a field of a family is related to every other of it.
const FAMILIES: &[&[&str]] = &[
    &[
        "computer science",
        "computing",
        "software engineering",
        "computer engineering",
        "information technology",
        "information systems",
        "informatics",
        "data science",
        "artificial intelligence",
        "machine learning",
        "cybersecurity",
    ],
    &[
        "statistics",
        "mathematics",
        "math",
        "maths",
        "applied mathematics",
        "data science",
        "physics",
        "economics",
        "econometrics",
        "operations research",
        "actuarial science",
        "computer science",
        "engineering",
        "quantitative finance",
        "biostatistics",
    ],
    &[
        "business",
        "business administration",
        "management",
        "finance",
        "accounting",
        "economics",
        "marketing",
        "commerce",
        "information systems",
    ],
    &[
        "engineering",
        "electrical engineering",
        "mechanical engineering",
        "civil engineering",
        "chemical engineering",
        "industrial engineering",
        "computer engineering",
        "physics",
    ],
    &[
        "biology",
        "chemistry",
        "biochemistry",
        "life sciences",
        "biomedical science",
        "medicine",
        "nursing",
        "public health",
        "health sciences",
        "pharmacy",
    ],
    &[
        "psychology",
        "sociology",
        "social work",
        "education",
        "social sciences",
        "anthropology",
        "political science",
        "counseling",
    ],
    &[
        "library science",
        "information science",
        "information management",
        "records management",
        "archival studies",
    ],
];

/// The degree an education item states, if it names a level.
#[must_use]
pub fn degree_of(text: &str) -> Option<Degree> {
    let owned = degree_words(text);
    let words: Vec<&str> = owned.iter().map(String::as_str).collect();
    // Letters written in their capitals: a degree alone there (`MEd`, not "med"; `BA
    // History`), and any letters opening the item alone ("MS, University of Michigan").
    let in_capitals: Vec<&DegreeLetters> = written_in_capitals(text)
        .into_iter()
        .map(|(degree, _)| degree)
        .chain(opening_letters(text))
        .collect();
    let letters = letters_in(&words, &in_capitals);
    let level = levels_in(&words)
        .into_iter()
        .chain(letters.iter().map(|(form, _)| form.degree.level))
        .chain(in_capitals.iter().map(|degree| degree.level))
        .min()
        .or_else(|| names_a_first_degree(&words).then_some(Level::Bachelor))?;
    let lower = words.join(" ");
    let related = words.iter().any(|word| RELATED.contains(word));
    let mut fields = fields_in(&lower);
    if fields.is_empty() {
        fields = fields_after_letters(&words, &letters, &in_capitals);
    }
    // Letters that name their field (an MBA, a BSN, an MEd) add it to those written.
    let named = letters
        .iter()
        .map(|(form, _)| form.degree)
        .chain(in_capitals);
    for degree in named {
        for field in degree.spelled.map(spelled_fields).unwrap_or_default() {
            if !fields.contains(&field) {
                fields.push(field);
            }
        }
    }
    Some(Degree {
        level,
        fields,
        related,
    })
}

/// The fields of a degree spelled out ("bachelor of science in nursing": nursing).
fn spelled_fields(spelled: &str) -> Vec<Vec<String>> {
    let owned = degree_words(spelled);
    fields_in(&owned.join(" "))
}

/// Whether words ask for "a degree" of no named level ("Degree in Logistics", "A relevant
/// degree or equivalent experience"): a first degree, a bachelor's, as people mean it; not
/// "a high degree of accuracy".
fn names_a_first_degree(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(at, word)| {
        matches!(*word, "degree" | "degrees") && words.get(at + 1).is_none_or(|next| *next != "of")
    })
}

/// The words of a text in normal form, with the dots of abbreviations separating their
/// letters (`B.Sc.` and `B Sc` are both `b sc`, `Master's` is `masters`), and a `,` where
/// the text breaks a list between two words (a comma, slash, semicolon or bracket).
fn degree_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut last_end = 0;
    for token in token::tokens(text) {
        let gap = &text[last_end..token.span.start];
        if !words.is_empty() && gap.contains([',', '/', ';', '(', ')']) {
            words.push(LIST_BREAK.to_owned());
        }
        last_end = token.span.end;
        let normal = normalize(token.text);
        words.extend(
            normal
                .split(['.', ' '])
                .filter(|part| !part.is_empty())
                .map(str::to_owned),
        );
    }
    words
}

/// The word [`degree_words`] puts where a list breaks.
const LIST_BREAK: &str = ",";

/// Every level the words name.
fn levels_in(words: &[&str]) -> Vec<Level> {
    // The phrases in words, once.
    static PHRASES: LazyLock<Vec<(Vec<String>, Level)>> = LazyLock::new(|| {
        LEVELS
            .iter()
            .map(|(phrase, level)| (degree_words(phrase), *level))
            .collect()
    });
    let mut levels = Vec::new();
    for i in 0..words.len() {
        for (phrase, level) in PHRASES.iter() {
            if words[i..].len() >= phrase.len()
                && words[i..]
                    .iter()
                    .zip(phrase)
                    .all(|(word, wanted)| word == wanted)
            {
                levels.push(*level);
            }
        }
    }
    levels
}

/// The fields an item names: the phrases after `in` (or after the `of` of "Bachelor of
/// Science", "Master of Business Administration"), split at commas, `or`, `and` and
/// slashes, without the words that name no field.
fn fields_in(lower: &str) -> Vec<Vec<String>> {
    let after_level_of = ["bachelor of ", "master of ", "doctor of ", "associate of "]
        .iter()
        .filter_map(|marker| lower.find(marker).map(|at| at + marker.len()))
        .min();
    let Some(start) = lower.find(" in ").map(|at| at + 4).or(after_level_of) else {
        return Vec::new();
    };
    field_phrases(&lower[start..])
}

/// The fields of a phrase of them: split at commas, `or`, `and` and slashes, without the
/// words that name no field, stemmed.
fn field_phrases(text: &str) -> Vec<Vec<String>> {
    // The words that name no field, read as an item's words are (`e.g` is `e`, `g`).
    static NOT_FIELD: LazyLock<Vec<String>> = LazyLock::new(|| {
        NOT_FIELDS
            .iter()
            .flat_map(|entry| degree_words(entry))
            .collect()
    });
    // The fields end where the text goes on to where or how the degree is had ("in
    // Education from an accredited college", "in Nursing with 2 years ..."), or names a
    // school ("..., University of Leeds").
    let end = text
        .split(' ')
        .scan(0, |at, word| {
            let start = *at;
            *at += word.len() + 1;
            Some((start, word))
        })
        .find(|(_, word)| FIELD_ENDS.contains(word) || INSTITUTIONS.contains(word))
        .map_or(text.len(), |(start, word)| {
            // A school's name starts its part of the list ("Ohio State University").
            match text[..start].rfind(LIST_BREAK) {
                Some(part) if INSTITUTIONS.contains(&word) => part,
                _ => start,
            }
        });
    text[..end]
        .split(LIST_BREAK)
        .flat_map(|part| part.split(" or "))
        .flat_map(|part| part.split(" and "))
        .map(|phrase| {
            let words: Vec<&str> = phrase
                .split(' ')
                .filter(|word| !word.is_empty() && !NOT_FIELD.iter().any(|not| not == word))
                .collect();
            match words.as_slice() {
                [letters] => FIELD_LETTERS
                    .iter()
                    .find(|(short, _)| short == letters)
                    .map_or_else(|| vec![stem(letters)], |(_, field)| stems(field)),
                _ => words.iter().map(|word| stem(word)).collect(),
            }
        })
        .filter(|field| !field.is_empty())
        .collect()
}

/// The field written right after a degree's letters (`BSc Mathematics`): the words up to
/// the end of the list they stand in, when they name a field (after bare `ba` or `ms` only
/// a field of the families, so that `MS Office` names none).
fn fields_after_letters(
    words: &[&str],
    letters: &[(&LetterWords, usize)],
    in_capitals: &[&DegreeLetters],
) -> Vec<Vec<String>> {
    for &(form, end) in letters {
        let rest = &words[end..];
        let capitals = in_capitals
            .iter()
            .any(|degree| degree.letters == form.degree.letters);
        let short = form.words.len() == 1 && form.words[0].len() == 2 && !capitals;
        if short && !starts_with_known_field(after_honours(rest)) {
            continue;
        }
        // The first part of the rest that names a field: `(Hons)` is a part of its own. A
        // school is no field: "MS, University of Michigan" names none.
        let text = rest.join(" ");
        return text
            .split(LIST_BREAK)
            .map(field_phrases)
            .find(|fields| !fields.is_empty())
            .unwrap_or_default();
    }
    Vec::new()
}

/// `words` after an `(Hons)` that opens them.
fn after_honours<'a, 'b>(words: &'a [&'b str]) -> &'a [&'b str] {
    words
        .strip_prefix(&[LIST_BREAK, "hons", LIST_BREAK][..])
        .or_else(|| words.strip_prefix(&["hons"][..]))
        .unwrap_or(words)
}

/// Whether `words` begin with a field of the [families](FAMILIES): `economics`, `computer
/// science`.
fn starts_with_known_field(words: &[&str]) -> bool {
    static FIELDS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
        FAMILIES
            .iter()
            .flat_map(|family| family.iter().map(|name| stems(name)))
            .collect()
    });
    let stemmed: Vec<String> = words.iter().take(3).map(|word| stem(word)).collect();
    FIELDS
        .iter()
        .any(|field| stemmed.len() >= field.len() && stemmed[..field.len()] == field[..])
}

/// Whether holding `held` meets the requirement `required`: a level at least as high, and
/// a field it asks for (or any field, when it names none), or a related one when it takes
/// related fields.
#[must_use]
pub fn covers(held: &Degree, required: &Degree) -> bool {
    if held.level < required.level {
        return false;
    }
    if required.fields.is_empty() {
        return true;
    }
    let same = held.fields.iter().any(|field| {
        required
            .fields
            .iter()
            .any(|wanted| is_within(field, wanted))
    });
    same || required.related
        && held.fields.iter().any(|field| {
            required
                .fields
                .iter()
                .any(|wanted| related_fields(field, wanted))
        })
}

/// Whether a field held is within the field asked for: it has every word of it ("applied
/// mathematics" is within "mathematics"; "science" is not within "computer science").
fn is_within(held: &[String], wanted: &[String]) -> bool {
    wanted.iter().all(|word| held.contains(word))
}

/// Whether two fields belong to one family.
fn related_fields(a: &[String], b: &[String]) -> bool {
    // The families' fields stemmed once, not at every comparison.
    static STEMMED: LazyLock<Vec<Vec<Vec<String>>>> = LazyLock::new(|| {
        FAMILIES
            .iter()
            .map(|family| family.iter().map(|name| stems(name)).collect())
            .collect()
    });
    STEMMED.iter().any(|family| {
        let member = |field: &[String]| family.iter().any(|name| is_within(field, name));
        member(a) && member(b)
    })
}

fn stems(phrase: &str) -> Vec<String> {
    phrase.split(' ').map(stem).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn degree(text: &str) -> Degree {
        degree_of(text).unwrap_or_else(|| panic!("no degree in {text}"))
    }

    fn covers_text(held: &str, required: &str) -> bool {
        covers(&degree(held), &degree(required))
    }

    #[test]
    fn levels_in_their_common_spellings() {
        for (text, level) in [
            ("PhD in physics", Level::Doctorate),
            ("Ph.D. in physics", Level::Doctorate),
            ("Doctoral degree", Level::Doctorate),
            ("MSc Data Science", Level::Master),
            ("M.S. in statistics", Level::Master),
            ("MBA", Level::Master),
            ("Master's degree in computer science", Level::Master),
            ("BSc in mathematics", Level::Bachelor),
            ("B.S. in biology", Level::Bachelor),
            ("BS in economics", Level::Bachelor),
            (
                "Bachelor's or master's degree in statistics",
                Level::Bachelor,
            ),
            ("Associate's degree", Level::Associate),
            ("High school diploma or GED", Level::HighSchool),
        ] {
            assert_eq!(degree(text).level, level, "{text}");
        }
        assert_eq!(degree_of("MS Office and Excel"), None);
        // A degree of no named level is a first degree.
        assert_eq!(
            degree("Degree in Logistics or Supply Chain Management").level,
            Level::Bachelor
        );
        assert_eq!(
            degree("A relevant degree or equivalent experience").level,
            Level::Bachelor
        );
        assert_eq!(degree_of("A high degree of accuracy"), None);
        assert_eq!(degree_of("Strong SQL"), None);
    }

    #[test]
    fn a_field_written_after_an_abbreviation_without_in_is_the_field() {
        for (held, required) in [
            ("BSc Mathematics", "Bachelor's degree in mathematics"),
            ("B.Sc. Mathematics", "Bachelor's degree in mathematics"),
            ("BA (Hons) Economics", "Bachelor's degree in economics"),
            ("BA Economics", "Bachelor's degree in economics"),
            ("MSc Statistics", "Bachelor's degree in statistics"),
            ("MA Economics", "Bachelor's degree in economics"),
            ("PhD Physics", "Master's degree in physics"),
            ("DPhil Physics", "Master's degree in physics"),
            ("BEng Computer Science", "BSc in computer science"),
        ] {
            assert!(covers_text(held, required), "{held} covers {required}");
            assert!(
                !covers_text(held, "Bachelor's degree in nursing"),
                "{held} is not nursing"
            );
        }
        assert_eq!(
            degree("MSc Statistics, University of Leeds").fields.len(),
            1
        );
        assert!(degree("BSc").fields.is_empty());
        assert!(degree("PhD preferred").fields.is_empty());
        assert_eq!(degree_of("MS Office"), None);
        assert_eq!(degree_of("MA Office"), None);
    }

    #[test]
    fn letters_that_name_a_field_bring_it_with_or_without_dots() {
        for (held, required) in [
            (
                "M.Ed. Curriculum and Instruction, Texas State University",
                "Bachelor's degree in Instructional Design, Education, or a related field",
            ),
            ("MEd, 2018", "Master's degree in education"),
            (
                "Ed.D. in Educational Leadership",
                "Master's degree in education",
            ),
            ("MSN, Family Nurse Practitioner", "BSN required"),
            ("B.S.N.", "Bachelor's degree in nursing"),
            ("MSW", "Bachelor's degree in social work"),
            ("PharmD", "Bachelor's degree in pharmacy"),
            ("MFA in Graphic Design", "Master's preferred"),
        ] {
            assert!(covers_text(held, required), "{held} covers {required}");
        }
        assert!(!covers_text("BSN", "MSN preferred"));
        assert!(!covers_text("MSW", "Master's degree in nursing"));
        // Letters that are other things in lower case, or in capitals, name no degree alone.
        for other in [
            "MFA enforcement",
            "Bed management",
            "March 2019",
            "EDM platforms",
            "MPP databases",
            "MS Office",
        ] {
            assert_eq!(degree_of(other), None, "{other}");
        }
    }

    #[test]
    fn a_cv_s_degree_line_names_the_degree_and_its_field_not_its_school() {
        for (held, required) in [
            ("MS, University of Michigan", "Master's degree"),
            ("JD (2015)", "Doctorate"),
            ("MD", "Doctorate in medicine"),
            (
                "BA History, University of Leeds",
                "Bachelor's degree in history",
            ),
            ("BS in CS", "Bachelor's degree in computer science"),
            (
                "Bachelor's degree in Education",
                "Bachelor's degree in Education from an accredited college or university",
            ),
            (
                "Bachelor of Science in Nursing, Ohio State University",
                "BSN required",
            ),
        ] {
            assert!(covers_text(held, required), "{held} covers {required}");
        }
        assert!(degree("MS, University of Michigan").fields.is_empty());
        assert_eq!(
            degree("Bachelor's degree in Nursing with 2 years of experience").fields,
            [stems("nursing")]
        );
    }

    #[test]
    fn o_star_net_job_zones_are_levels_of_the_same_ladder() {
        let five = "Job Zone Five: Extensive Preparation Needed";
        let four = "Job Zone Four: Considerable Preparation Needed";
        assert_eq!(degree(five).level, Level::Master);
        assert_eq!(degree(four).level, Level::Bachelor);
        assert!(covers_text(five, four));
        assert!(!covers_text(four, five));
        assert!(covers_text("Master's Degree", four));
        assert!(covers_text(five, "Bachelor's Degree"));
        assert!(!covers_text(
            "Job Zone Three: Medium Preparation Needed",
            four
        ));
        assert!(covers_text(four, "Job Zone Two: Some Preparation Needed"));
    }

    #[test]
    fn a_higher_degree_covers_a_lower_one_never_the_reverse() {
        assert!(covers_text(
            "Master's degree in computer science",
            "Bachelor's degree in computer science"
        ));
        assert!(covers_text("PhD in statistics", "MSc in statistics"));
        assert!(!covers_text(
            "Bachelor's degree in computer science",
            "Master's degree in computer science"
        ));
        assert!(!covers_text(
            "Associate degree in nursing",
            "BSc in nursing"
        ));
    }

    #[test]
    fn fields_must_match_or_be_related_where_the_requirement_says_so() {
        assert!(covers_text(
            "MSc in statistics",
            "Bachelor's degree in computer science, data science, or statistics"
        ));
        assert!(covers_text(
            "Master's degree in mathematics",
            "Bachelor's degree in statistics or a related field"
        ));
        assert!(!covers_text(
            "Master's degree in mathematics",
            "Bachelor's degree in statistics"
        ));
        assert!(!covers_text(
            "Master's degree in history",
            "Bachelor's degree in statistics or a related field"
        ));
        assert!(covers_text("PhD in history", "Bachelor's degree"));
        assert!(covers_text(
            "Master's degree in computer science",
            "Job Zone Four (most of these occupations require a four-year bachelor's degree)"
        ));
        assert!(covers_text(
            "Bachelor of Science in Nursing",
            "BSc in nursing"
        ));
        assert!(covers_text("MBA", "Master of Business Administration"));
        assert!(!covers_text(
            "Bachelor's degree",
            "Bachelor's degree in nursing"
        ));
    }

    #[test]
    fn a_field_held_must_be_within_the_field_asked_for() {
        // "Bachelor of Science" names no field of its own: it is not computer science.
        assert!(!covers_text(
            "Bachelor of Science",
            "Bachelor's degree in computer science"
        ));
        assert!(!covers_text(
            "Bachelor of Science",
            "Bachelor's degree in computer science or a related field"
        ));
        assert!(covers_text(
            "Bachelor's degree in computer science",
            "Bachelor of Science"
        ));
        assert!(covers_text(
            "MSc in applied mathematics",
            "Bachelor's degree in mathematics"
        ));
    }

    #[test]
    fn apostrophes_and_dots_are_read_as_the_text_layer_reads_them() {
        for (text, level) in [
            ("Master\u{2019}s degree in statistics", Level::Master),
            ("master's in statistics", Level::Master),
            ("Associate's degree in nursing", Level::Associate),
            ("B. Sc. in physics", Level::Bachelor),
            ("Four-year degree in biology", Level::Bachelor),
        ] {
            assert_eq!(degree(text).level, level, "{text}");
        }
        assert!(covers_text(
            "Master\u{2019}s degree in statistics",
            "Bachelor's degree in statistics"
        ));
        // "e.g." names no field.
        assert_eq!(
            degree("Bachelor's degree in a quantitative field (e.g. statistics)").fields,
            vec![stems("statistics")]
        );
    }
}
