//! Whether what one role holds covers all of a requirement (`gap`): an item that asks for
//! several things ("Docker and Git", "Statistics and machine learning") is covered only
//! when the role holds each of them, a thing of several words ("Medical image database
//! systems") only when it holds most of what they say, and a product of a family only by
//! itself (SQL Server does not cover SSMS; any product of the family covers its platform).
//!
//! A requirement is read as its parts, joined by commas, semicolons, `&`, "and" or "as well
//! as"; a part's examples (in parentheses, or after "such as", "e.g.", "for example") are
//! alternatives, any one of which holds the part. A requirement that offers a choice ("or")
//! asks for one thing of several, and the pair that matched it covers it.

use rustc_hash::FxHashMap;

use crate::text::{is_stop_word, stem, tokens};

use super::profile::{CONCEPT_WEIGHT, Profile, WORD_WEIGHT, head_end, is_years};
use super::term::{Interner, Term};
use super::vocabulary::{Concept, GroupRole, Vocabulary};

/// The share of a part's weight the role must hold more than for the part to be held:
/// a thing of two words ("Holter monitors", "PL/SQL") is not held by one of them.
const HELD_SHARE: f64 = 0.5;

/// How many items a term may be in and still find the items that may hold a part: more
/// than a real role has, so only roles of thousands of alike items reach it.
const FREQUENT: usize = 256;

/// Words that open a list of examples of what a part asks for.
const EXAMPLE_MARKERS: &[&[&str]] = &[
    &["such", "as"],
    &["e.g."],
    &["e.g"],
    &["eg"],
    &["for", "example"],
    &["for", "instance"],
    &["i.e."],
    &["i.e"],
];

/// Words that join two things asked for together.
const JOINERS: &[&[&str]] = &[&["and"], &["as", "well", "as"], &["along", "with"]];

/// Words that offer a choice: the requirement asks for one thing of several ("Python / R").
const CHOICES: &[&str] = &["or", "either", "nor", "and/or", "/"];

/// One thing a requirement asks for: its own words, and examples of it.
#[derive(Debug, Default, Clone, PartialEq)]
struct Part {
    words: Vec<String>,
    examples: Vec<Vec<String>>,
}

/// What a requirement asks for: every one of its parts, or (`None`) one of a choice.
fn parts(text: &str) -> Option<Vec<Part>> {
    let tokens = pieces(text);
    let mut parts = vec![Part::default()];
    let mut depth = 0usize;
    let mut in_examples = false;
    let mut index = 0;
    while index < tokens.len() {
        let token = tokens[index].as_str();
        let part = parts.last_mut().expect("there is always a part");
        let listing = depth > 0 || in_examples;
        let mut span = 1;
        if matches!(token, "(" | "[") {
            depth += 1;
            part.examples.push(Vec::new());
        } else if matches!(token, ")" | "]") {
            depth = depth.saturating_sub(1);
        } else if token == ";" && depth == 0 {
            in_examples = false;
            parts.push(Part::default());
        } else if matches!(token, "," | ";" | "&") {
            if listing {
                part.examples.push(Vec::new());
            } else {
                parts.push(Part::default());
            }
        } else if CHOICES
            .iter()
            .any(|choice| token.eq_ignore_ascii_case(choice))
        {
            if !listing {
                return None;
            }
            part.examples.push(Vec::new());
        } else if let Some(marker) = phrase_at(&tokens[index..], EXAMPLE_MARKERS) {
            in_examples = true;
            part.examples.push(Vec::new());
            span = marker;
        } else if let Some(joiner) = phrase_at(&tokens[index..], JOINERS) {
            if listing {
                part.examples.push(Vec::new());
            } else {
                parts.push(Part::default());
            }
            span = joiner;
        } else if listing {
            match part.examples.last_mut() {
                Some(example) => example.push(token.to_owned()),
                None => part.examples.push(vec![token.to_owned()]),
            }
        } else {
            part.words.push(token.to_owned());
        }
        index += span;
    }
    for part in &mut parts {
        part.examples.retain(|example| !example.is_empty());
    }
    parts.retain(|part| !part.words.is_empty() || !part.examples.is_empty());
    Some(parts)
}

/// How many tokens one of `phrases` spans at the start of `tokens`, if one is there.
fn phrase_at(tokens: &[String], phrases: &[&[&str]]) -> Option<usize> {
    phrases
        .iter()
        .find(|phrase| {
            phrase.len() <= tokens.len()
                && phrase
                    .iter()
                    .zip(tokens)
                    .all(|(word, token)| token.eq_ignore_ascii_case(word))
        })
        .map(|phrase| phrase.len())
}

/// The words of `text` as written, and the marks that join or group them as tokens of
/// their own: commas, semicolons, brackets, and `&` or `/` standing alone. A mark inside a
/// word stays in it (`R&D`, `CI/CD`, `C++`, `Node.js`, `e.g.`).
fn pieces(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    for chunk in text.split_whitespace() {
        if matches!(chunk, "&" | "/") {
            tokens.push(chunk.to_owned());
            continue;
        }
        let mut word = String::new();
        for c in chunk.chars() {
            if matches!(c, ',' | ';' | '(' | ')' | '[' | ']') {
                if !word.is_empty() {
                    tokens.push(std::mem::take(&mut word));
                }
                tokens.push(c.to_string());
            } else {
                word.push(c);
            }
        }
        if !word.is_empty() {
            tokens.push(word);
        }
    }
    tokens
}

/// What a role holds, read once for all the requirements a `gap` looks at: the terms of
/// each of its items, and the items each term is in.
#[derive(Debug, Default)]
pub struct Holdings {
    interner: Interner,
    /// The term ids of each item, sorted.
    items: Vec<Vec<u32>>,
    /// The items each term id is in.
    index: FxHashMap<u32, Vec<usize>>,
}

impl Holdings {
    /// What a role whose items are `held` (their texts) holds.
    #[must_use]
    pub fn of(vocabulary: &Vocabulary, held: &[&str]) -> Holdings {
        let mut interner = Interner::default();
        let items: Vec<Vec<u32>> = held
            .iter()
            .map(|text| {
                let profile = Profile::of(text, vocabulary, &mut interner);
                profile.terms.iter().map(|term| term.0).collect()
            })
            .collect();
        let mut index: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
        for (item, terms) in items.iter().enumerate() {
            for &id in terms {
                index.entry(id).or_default().push(item);
            }
        }
        Holdings {
            interner,
            items,
            index,
        }
    }
}

/// For each of `requirements`, the parts (as written) that the role of `holdings` does not
/// hold: empty when it holds all of it. A part is held by one item that holds most of it,
/// or by items that together name all of it: most of it from many items would be too
/// little, as a large role's words hold almost anything ("Medical image database systems"
/// from "Database software" and "Document imaging software").
#[must_use]
pub fn unheld(
    vocabulary: &Vocabulary,
    holdings: &mut Holdings,
    requirements: &[&str],
) -> Vec<Vec<String>> {
    let read: Vec<Option<Vec<ReadPart>>> = requirements
        .iter()
        .map(|text| read_parts(text, vocabulary, &mut holdings.interner))
        .collect();
    let concepts: FxHashMap<Concept, u32> = holdings
        .interner
        .terms()
        .iter()
        .enumerate()
        .filter_map(|(id, term)| match term {
            Term::Concept(concept) => Some((*concept, id as u32)),
            _ => None,
        })
        .collect();
    let judge = Judge {
        vocabulary,
        terms: holdings.interner.terms(),
        concepts: &concepts,
        items: &holdings.items,
        index: &holdings.index,
    };
    read.into_iter()
        .map(|parts| {
            parts
                .unwrap_or_default()
                .into_iter()
                .filter(|part| !judge.holds(part))
                .map(|part| part.written)
                .collect()
        })
        .collect()
}

/// The parts of `text` read as profiles (numbered by `interner`), or `None` for a choice.
fn read_parts(
    text: &str,
    vocabulary: &Vocabulary,
    interner: &mut Interner,
) -> Option<Vec<ReadPart>> {
    let mut parts = parts(text)?;
    share_heads(&mut parts, vocabulary);
    let mut profile = |words: &[String]| Profile::of(&words.join(" "), vocabulary, interner);
    Some(
        parts
            .into_iter()
            .map(|part| ReadPart {
                own: profile(&part.words),
                examples: part.examples.iter().map(|e| profile(e)).collect(),
                written: written(&part),
            })
            .collect(),
    )
}

/// Gives a part that names one thing before a part that names several ("written and
/// verbal communication skills with ...") the last word of the next one's head: it
/// qualifies the same thing ("written communication"). "Statistics and machine learning"
/// is two things: machine learning is one term.
fn share_heads(parts: &mut [Part], vocabulary: &Vocabulary) {
    let terms = |tokens: &[String]| {
        Profile::of(&tokens.join(" "), vocabulary, &mut Interner::default()).terms
    };
    for index in 1..parts.len() {
        let (before, after) = parts.split_at_mut(index);
        let (modifier, next) = (&mut before[index - 1], &after[0]);
        // One word that says what kind ("written"); a generic verb ("Build and validate
        // models") asks for nothing of its own and qualifies nothing.
        let qualifies = matches!(
            terms(&tokens(&modifier.words.join(" "))).as_slice(),
            [(_, class)] if *class >= WORD_WEIGHT
        );
        if !modifier.examples.is_empty() || !qualifies {
            continue;
        }
        let next_tokens = tokens(&next.words.join(" "));
        let head = &next_tokens[..head_end(&next_tokens)];
        let last = head
            .iter()
            .rev()
            .find(|word| !is_stop_word(word) && !vocabulary.is_filler(&stem(word)));
        if let Some(last) = last
            && terms(head).len() >= 2
        {
            modifier.words.push(last.clone());
        }
    }
}

/// A part of a requirement, read.
struct ReadPart {
    own: Profile,
    examples: Vec<Profile>,
    written: String,
}

/// A part as written, its examples in parentheses.
fn written(part: &Part) -> String {
    let mut text = part.words.join(" ");
    if !part.examples.is_empty() {
        let examples: Vec<String> = part.examples.iter().map(|e| e.join(" ")).collect();
        if !text.is_empty() {
            text.push(' ');
        }
        text.push('(');
        text.push_str(&examples.join(", "));
        text.push(')');
    }
    text
}

/// Decides whether a role holds a part, given the terms of its items.
struct Judge<'a> {
    vocabulary: &'a Vocabulary,
    /// Every term, by its id.
    terms: &'a [Term],
    /// The id of each vocabulary group among `terms`.
    concepts: &'a FxHashMap<Concept, u32>,
    /// The term ids of each item of the role, sorted.
    items: &'a [Vec<u32>],
    /// The items each term id is in.
    index: &'a FxHashMap<u32, Vec<usize>>,
}

/// A term of a part as a cover judges it: its id, its weight, and the id of a term that
/// holds it too (the family of a platform).
type Asked = (u32, f64, Option<u32>);

impl Judge<'_> {
    /// Whether the role holds `part`: most of its own words, or one of its examples. A part
    /// that names nothing of its own (only generic words, years, a degree the ladder judges)
    /// and gives no examples asks for nothing to hold.
    fn holds(&self, part: &ReadPart) -> bool {
        let own = self.share(&part.own);
        if part.examples.is_empty() {
            return own.is_none_or(|share| share > HELD_SHARE);
        }
        own.is_some_and(|share| share > HELD_SHARE)
            || part
                .examples
                .iter()
                .any(|example| self.share(example).is_some_and(|share| share > HELD_SHARE))
    }

    /// The largest share of `profile`'s weight one item of the role holds (all of it when
    /// the role names each of its words and concepts that are not generic, in any items),
    /// or `None` when it names nothing a role can hold by itself. Terms weigh by their kind
    /// only: how rare a word is across the library says how telling it is, not whether a
    /// person must have it (a rare "written" would outweigh "communication" in "written
    /// communication").
    fn share(&self, profile: &Profile) -> Option<f64> {
        let asked: Vec<Asked> = profile
            .terms
            .iter()
            .filter_map(|&(id, class)| self.asked(id, class))
            .collect();
        let total: f64 = asked.iter().map(|term| term.1).sum();
        if !asked.iter().any(|term| term.1 >= WORD_WEIGHT) || total <= 0.0 {
            return None;
        }
        // Or all it names, each in some item: "4+ years building data models in SQL" from
        // `SQL` and `Data modelling`. Generic words may be missing ("building").
        let somewhere = |id: u32| self.index.contains_key(&id);
        let all_named = asked
            .iter()
            .filter(|term| term.1 >= WORD_WEIGHT)
            .all(|&(id, _, also)| somewhere(id) || also.is_some_and(somewhere));
        if all_named {
            return Some(1.0);
        }
        let mut candidates: Vec<usize> = asked
            .iter()
            .flat_map(|&(id, _, also)| std::iter::once(id).chain(also))
            .filter_map(|id| self.index.get(&id))
            // A term in very many items finds none: thousands of alike items would make
            // every item a candidate of every part.
            .filter(|items| items.len() <= FREQUENT)
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let has = |item: &[u32], id: u32| item.binary_search(&id).is_ok();
        let best = candidates
            .into_iter()
            .map(|item| {
                let terms = &self.items[item];
                asked
                    .iter()
                    .filter(|&&(id, _, also)| {
                        has(terms, id) || also.is_some_and(|also| has(terms, also))
                    })
                    .map(|term| term.1)
                    .sum::<f64>()
            })
            .fold(0.0, f64::max);
        Some(best / total)
    }

    /// A term of a part as a cover judges it; `None` for a term that is not for a cover to
    /// hold: years (a CV seldom states them), a degree (the ladder judges degrees), a
    /// family of products (a product is held only by itself).
    fn asked(&self, id: u32, class: f64) -> Option<Asked> {
        let term = &self.terms[id as usize];
        if is_years(term) {
            return None;
        }
        let Term::Concept(concept) = *term else {
            return Some((id, class, None));
        };
        if self.vocabulary.role_of(concept) == GroupRole::Family
            || self.vocabulary.is_of_kind(concept, "degree")
        {
            return None;
        }
        let Some(family) = self.vocabulary.family_of(concept) else {
            return Some((id, class, None));
        };
        // A product weighs as a concept, not as the small part of its family it is in
        // the near tier; its platform is held by any product of the family.
        let also = self
            .vocabulary
            .is_platform(concept)
            .then(|| self.concepts.get(&family).copied())
            .flatten();
        Some((id, CONCEPT_WEIGHT, also))
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn unheld_of(held: &[&str], requirement: &str) -> Vec<String> {
        let vocabulary = Vocabulary::built_in();
        let mut holdings = Holdings::of(&vocabulary, held);
        unheld(&vocabulary, &mut holdings, &[requirement]).remove(0)
    }

    fn words(part: &Part) -> String {
        part.words.join(" ")
    }

    #[test]
    fn a_requirement_is_read_as_the_parts_it_asks_for() {
        let read = parts("Familiarity with Docker and Git").unwrap();
        assert_eq!(
            read.iter().map(words).collect::<Vec<_>>(),
            ["Familiarity with Docker", "Git"]
        );
        let read = parts("SQL (advanced), Python (pandas, NumPy) as well as dbt").unwrap();
        assert_eq!(
            read.iter().map(words).collect::<Vec<_>>(),
            ["SQL", "Python", "dbt"]
        );
        assert_eq!(read[1].examples, [vec!["pandas"], vec!["NumPy"]]);
        let read = parts("ML frameworks such as PyTorch, TensorFlow and JAX; CI/CD").unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].examples.len(), 3, "{read:?}");
        assert_eq!(words(&read[1]), "CI/CD");
        assert_eq!(parts("PyTorch or TensorFlow"), None);
        assert_eq!(parts("Python / R and SQL"), None);
        assert_eq!(parts("Python, Java, or C++"), None);
        // A choice among examples is still one part.
        assert_eq!(parts("Cloud platforms (AWS or GCP)").unwrap().len(), 1);
    }

    #[test]
    fn a_cover_holds_each_thing_asked_for() {
        assert_eq!(
            unheld_of(&["Git"], "Familiarity with Docker and Git"),
            ["Familiarity with Docker"]
        );
        assert!(unheld_of(&["Git", "Docker"], "Familiarity with Docker and Git").is_empty());
        assert_eq!(
            unheld_of(&["Statistics"], "Statistics and machine learning"),
            ["machine learning"]
        );
        // A word before a part of several qualifies its head's last word.
        let asked = "Written and verbal communication skills with stakeholders";
        let both = ["Written communication", "Verbal communication"];
        assert!(unheld_of(&both, asked).is_empty());
        assert_eq!(
            unheld_of(&["Verbal communication"], asked),
            ["Written communication"]
        );
        // A generic verb qualifies nothing and asks for nothing of its own.
        assert_eq!(
            unheld_of(&["Python"], "Build and validate statistical models"),
            ["validate statistical models"]
        );
        assert!(unheld_of(&["Statistics", "ML"], "Statistics and machine learning").is_empty());
        assert!(unheld_of(&["Python"], "PyTorch or TensorFlow").is_empty());
    }

    #[test]
    fn a_thing_of_several_words_is_held_only_by_most_of_them() {
        assert_eq!(
            unheld_of(&["Database software"], "Medical image database systems").len(),
            1
        );
        assert!(unheld_of(&["Medical image database systems"], "Database software").is_empty());
    }

    #[test]
    fn one_example_holds_a_part() {
        assert!(
            unheld_of(
                &["AWS"],
                "Experience with cloud platforms (AWS, GCP, Azure)"
            )
            .is_empty()
        );
        assert!(
            unheld_of(
                &["PyTorch"],
                "Deep learning frameworks such as PyTorch and JAX"
            )
            .is_empty()
        );
        assert_eq!(unheld_of(&["Excel"], "Tools (Jira, Confluence)").len(), 1);
    }

    #[test]
    fn a_product_is_held_only_by_itself_and_its_platform_by_any_product() {
        assert_eq!(unheld_of(&["SQL Server"], "SSMS"), ["SSMS"]);
        assert!(unheld_of(&["SSMS"], "SQL Server").is_empty());
        // Reporting services are sold with SQL Server; they are not SQL Server.
        assert_eq!(unheld_of(&["SSRS"], "SQL Server"), ["SQL Server"]);
        assert!(unheld_of(&["PySpark"], "Apache Spark").is_empty());
        assert_eq!(unheld_of(&["Apache Spark"], "PySpark"), ["PySpark"]);
    }

    #[test]
    fn leading_a_team_holds_working_in_one_not_the_other_way() {
        assert!(
            unheld_of(
                &["Team leadership"],
                "Ability to work in a team environment"
            )
            .is_empty()
        );
        assert_eq!(
            unheld_of(&["Teamwork"], "Team leadership"),
            ["Team leadership"]
        );
    }

    #[test]
    fn years_degrees_and_generic_words_are_not_for_a_cover_to_hold() {
        assert!(unheld_of(&["SQL"], "3+ years of SQL").is_empty());
        assert!(unheld_of(&["Python"], "Bachelor's degree and Python").is_empty());
        // "Design" names nothing of its own: only "build with SQL" asks for something.
        assert!(unheld_of(&["SQL"], "Design and build with SQL").is_empty());
        assert!(unheld_of(&["R&D"], "R&D budgets").is_empty());
    }
}
