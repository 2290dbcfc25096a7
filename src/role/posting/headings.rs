//! What the headings people write in postings stand for, and which section an item
//! belongs to by its wording when no heading says so.

use std::sync::LazyLock;

use super::duties::{
    VerbForm, calls_to_join, duty_verb, is_duty, is_job_line, role_does, role_does_as,
};
use crate::role::degree_letters::{capital_words, written_in_capitals};
use crate::role::section::Section;
use crate::text::brackets::split_outside_brackets;

/// The part of a posting a heading opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// About the role: its paragraphs are the summary.
    Summary,
    Responsibilities,
    /// Experience, work history: in a CV, jobs and what was done in them; in a posting,
    /// the experience asked for. Duties are responsibilities, job lines no items, the rest
    /// requirements.
    History,
    /// Requirements, qualifications, skills: items go to skills, education or
    /// certifications by their wording.
    Requirements,
    /// Nice to have, preferred: as requirements, weighed half.
    Preferred,
    Education,
    Certifications,
    Tools,
    Industries,
    /// Benefits, about the company, how to apply: not the role.
    NotTheRole,
    /// "Additional information": no part of its own; what follows it goes on the part
    /// before.
    Other,
}

/// Heading words: the longest phrase a heading has decides it, and of phrases as long, the
/// first here ("Preferred qualifications" is preferred, not a requirement).
const HEADINGS: &[(&str, Part)] = &[
    ("about us", Part::NotTheRole),
    ("about the company", Part::NotTheRole),
    ("who we are", Part::NotTheRole),
    ("why join", Part::NotTheRole),
    ("why work", Part::NotTheRole),
    ("what we offer", Part::NotTheRole),
    ("we offer", Part::NotTheRole),
    ("benefits", Part::NotTheRole),
    ("perks", Part::NotTheRole),
    ("compensation", Part::NotTheRole),
    ("salary", Part::NotTheRole),
    ("pay", Part::NotTheRole),
    ("how to apply", Part::NotTheRole),
    ("equal opportunity", Part::NotTheRole),
    ("our values", Part::NotTheRole),
    ("our culture", Part::NotTheRole),
    ("location", Part::NotTheRole),
    ("love working", Part::NotTheRole),
    ("equal employment", Part::NotTheRole),
    ("employment type", Part::NotTheRole),
    ("type of employment", Part::NotTheRole),
    ("in it for you", Part::NotTheRole),
    ("interests", Part::NotTheRole),
    ("hobbies", Part::NotTheRole),
    ("references", Part::NotTheRole),
    // Terms of the job, not what it does or asks ("Schedule: Monday to Friday", "Job
    // Type: Full-time", "Hours: 8am-5pm"), and a CV's contact details.
    ("schedule", Part::NotTheRole),
    ("hours", Part::NotTheRole),
    ("job type", Part::NotTheRole),
    ("start date", Part::NotTheRole),
    ("contact", Part::NotTheRole),
    // A public employer's terms and the rest of its notice ("Conditions of Employment",
    // "How you will be evaluated").
    ("conditions of employment", Part::NotTheRole),
    // A job site's box of pay and hours above the description.
    ("job details", Part::NotTheRole),
    ("additional information", Part::Other),
    ("other information", Part::Other),
    ("further information", Part::Other),
    ("how you will be evaluated", Part::NotTheRole),
    ("required documents", Part::NotTheRole),
    ("next steps", Part::NotTheRole),
    ("nice to have", Part::Preferred),
    ("preferred", Part::Preferred),
    ("bonus", Part::Preferred),
    ("plus", Part::Preferred),
    ("desirable", Part::Preferred),
    ("desired", Part::Preferred),
    ("even better", Part::Preferred),
    ("would be great", Part::Preferred),
    ("great if", Part::Preferred),
    ("extra credit", Part::Preferred),
    ("stand out", Part::Preferred),
    ("education", Part::Education),
    ("academic", Part::Education),
    ("certifications", Part::Certifications),
    ("certification", Part::Certifications),
    ("certificates", Part::Certifications),
    ("licenses", Part::Certifications),
    ("licences", Part::Certifications),
    ("tech stack", Part::Tools),
    ("stack", Part::Tools),
    ("tools", Part::Tools),
    ("tooling", Part::Tools),
    ("frameworks", Part::Tools),
    ("technologies", Part::Tools),
    ("technology", Part::Tools),
    ("software", Part::Tools),
    ("industries", Part::Industries),
    ("industry", Part::Industries),
    ("sectors", Part::Industries),
    ("responsibilities", Part::Responsibilities),
    ("responsibility", Part::Responsibilities),
    ("what you'll do", Part::Responsibilities),
    ("what you will do", Part::Responsibilities),
    ("what you'll be doing", Part::Responsibilities),
    ("what you will be doing", Part::Responsibilities),
    ("you will", Part::Responsibilities),
    ("you'll", Part::Responsibilities),
    ("duties", Part::Responsibilities),
    ("day to day", Part::Responsibilities),
    ("accountabilities", Part::Responsibilities),
    ("tasks", Part::Responsibilities),
    ("your impact", Part::Responsibilities),
    ("your mission", Part::Responsibilities),
    ("involves", Part::Responsibilities),
    // "Essential functions", "Essential job functions".
    ("essential functions", Part::Responsibilities),
    ("job functions", Part::Responsibilities),
    ("achievements", Part::History),
    ("projects", Part::History),
    ("requirements", Part::Requirements),
    ("requirement", Part::Requirements),
    ("qualifications", Part::Requirements),
    ("qualification", Part::Requirements),
    ("looking for", Part::Requirements),
    ("what you bring", Part::Requirements),
    ("what you'll bring", Part::Requirements),
    ("what you will bring", Part::Requirements),
    ("what you'll need", Part::Requirements),
    ("what you need", Part::Requirements),
    ("you have", Part::Requirements),
    ("who you are", Part::Requirements),
    ("about you", Part::Requirements),
    ("your profile", Part::Requirements),
    ("you bring", Part::Requirements),
    ("need from you", Part::Requirements),
    ("your background", Part::Requirements),
    ("a fit", Part::Requirements),
    // Spoken languages in a CV, or programming languages in a posting (their names are
    // tools wherever they stand); "Languages & frameworks" are tools by the other word.
    ("languages", Part::Requirements),
    ("must have", Part::Requirements),
    ("skills", Part::Requirements),
    ("experience", Part::History),
    ("work history", Part::History),
    ("employment history", Part::History),
    ("career history", Part::History),
    ("employment", Part::History),
    ("competencies", Part::Requirements),
    ("criteria", Part::Requirements),
    ("person specification", Part::Requirements),
    ("expect from you", Part::Requirements),
    ("ideal candidate", Part::Requirements),
    ("great fit", Part::Requirements),
    ("you'll thrive", Part::Requirements),
    ("you will thrive", Part::Requirements),
    ("candidate profile", Part::Requirements),
    ("profile", Part::Summary),
    ("personal statement", Part::Summary),
    ("about me", Part::Summary),
    ("about the team", Part::Summary),
    ("opportunity", Part::Summary),
    ("purpose", Part::Summary),
    ("about the role", Part::Summary),
    ("the role", Part::Summary),
    ("overview", Part::Summary),
    ("summary", Part::Summary),
    ("description", Part::Summary),
    ("about the job", Part::Summary),
    ("about the position", Part::Summary),
    // Words that name a part only when nothing else in the heading does ("Tech Lead
    // responsibilities" are responsibilities).
    ("tech", Part::Tools),
    ("training", Part::Certifications),
    ("professional development", Part::Certifications),
    ("continuing education", Part::Certifications),
    ("courses", Part::Certifications),
    // A person specification's "Essential" (and "Desirable", above): what is asked.
    ("essential", Part::Requirements),
];

/// The part a heading opens, if its words name one.
#[must_use]
pub fn part_of_heading(heading: &str) -> Option<Part> {
    heading_match(heading).map(|(part, _)| part)
}

/// The part a line with no heading's shape opens: only when every word of it is a heading
/// word or one of the words people put around them ("Key responsibilities", "Our tech
/// stack"; not "Software Engineer", a job title with a heading word in it).
#[must_use]
pub fn part_of_bare_heading(line: &str) -> Option<Part> {
    heading_match(line)
        .filter(|&(_, extra_words)| extra_words == 0)
        .map(|(part, _)| part)
}

/// Words people put around heading words: "Key responsibilities", "Minimum
/// qualifications", "Your main tasks", "Job requirements".
const HEADING_MODIFIERS: &[&str] = &[
    "key",
    "main",
    "full",
    "core",
    "primary",
    "essential",
    "general",
    "additional",
    "other",
    "our",
    "your",
    "the",
    "a",
    "and",
    "of",
    "job",
    "role",
    "position",
    "minimum",
    "basic",
    "required",
    "desired",
    "ideal",
    "candidate",
    "candidates",
    "technical",
    "professional",
    "personal",
    "relevant",
    "work",
    "working",
    "education",
    "typical",
    "daily",
    "&",
    // "Responsibilities include:", "Duties will include:", "Further responsibilities
    // include, but are not limited to, the following".
    "include",
    "includes",
    "further",
    "but",
    "not",
    "limited",
    "following",
    // The words around heading words in headings that are questions or phrases ("What
    // we're looking for", "Tools we use", "You'll thrive here if"), in normal form.
    "we",
    "were",
    "you",
    "youre",
    "youll",
    "are",
    "is",
    "it",
    "for",
    "to",
    "if",
    "in",
    "on",
    "this",
    "be",
    "with",
    "what",
    "whats",
    "who",
    "how",
    "why",
    "here",
    "use",
    "will",
    "might",
    "may",
    "could",
    "should",
];

/// The part a heading names, and how many of its words neither a heading phrase covers nor
/// are [`HEADING_MODIFIERS`].
fn heading_match(heading: &str) -> Option<(Part, usize)> {
    // The phrases in words, once: a posting may have tens of thousands of lines. A phrase
    // of several words is matched without plural `s` ("Nice to haves"); a word alone as
    // written, since its singular is often a word of its own ("Projects", "Project").
    static PHRASES: LazyLock<Vec<(Vec<String>, Part)>> = LazyLock::new(|| {
        HEADINGS
            .iter()
            .map(|(phrase, part)| {
                let words = words(phrase);
                if words.len() > 1 {
                    (words.iter().map(|word| singular(word)).collect(), *part)
                } else {
                    (words, *part)
                }
            })
            .collect()
    });
    let words = words(heading);
    let singulars: Vec<String> = words.iter().map(|word| singular(word)).collect();
    let form = |phrase: &[String]| if phrase.len() > 1 { &singulars } else { &words };
    // The longest phrase the heading has decides, the first of equals: "What you'll bring"
    // is a requirement, though it has "you'll".
    let (_, part) = PHRASES
        .iter()
        .filter(|(phrase, _)| contains_phrase(form(phrase), phrase))
        .reduce(|best, next| {
            if next.0.len() > best.0.len() {
                next
            } else {
                best
            }
        })?;
    // Words no heading phrase covers: "Day-to-day responsibilities" is all heading words.
    let mut covered = vec![false; words.len()];
    for (phrase, _) in PHRASES.iter() {
        let words = form(phrase);
        for start in 0..words.len().saturating_sub(phrase.len() - 1) {
            if words[start..start + phrase.len()] == phrase[..] {
                covered[start..start + phrase.len()].fill(true);
            }
        }
    }
    let extra = words
        .iter()
        .zip(&covered)
        .filter(|(word, covered)| !**covered && !HEADING_MODIFIERS.contains(&word.as_str()))
        .count();
    Some((*part, extra))
}

/// A word without a plural `s` (not of `-ss`, nor of a word of three letters or fewer), as
/// phrases of several words are matched: "Must haves" is "must have".
fn singular(word: &str) -> String {
    match word.strip_suffix('s') {
        Some(stem) if word.len() > 3 && !stem.ends_with('s') => stem.to_owned(),
        _ => word.to_owned(),
    }
}

/// The section an item of requirements belongs to by its wording: a degree is education,
/// a certification or licence is a certification, anything else is a skill.
#[must_use]
pub fn requirement_section(item: &str) -> Section {
    static DEGREES: WordSet = LazyLock::new(|| word_set(DEGREE_WORDS));
    static CERTIFICATIONS: WordSet = LazyLock::new(|| word_set(CERTIFICATION_WORDS));
    let words = words(item);
    let has = |set: &WordSet| words.iter().any(|word| set.contains(word));
    if has(&DEGREES) || names_degree_in_capitals(item) || names_a_graduate(&words) {
        Section::Education
    } else if has(&CERTIFICATIONS) || names_a_qualification(item, &words) {
        Section::Certifications
    } else {
        Section::Skills
    }
}

/// Whether words ask for a graduate of a school or programme ("Graduate of an accredited
/// dental hygiene program", "graduated from an accredited school of nursing", "High school
/// graduate"), not a graduate's level of a job ("Graduate Engineer", "new grads").
fn names_a_graduate(words: &[String]) -> bool {
    words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "graduate" | "graduated" | "graduates")
            && matches!(pair[1].as_str(), "of" | "from")
            || pair[0] == "school" && pair[1] == "graduate"
    })
}

/// The most words of an item that names professional qualifications by their letters and
/// "qualified" ("ACA, ACCA or CIMA qualified"); a longer one is a sentence ("... as
/// assigned and qualified").
const MAX_QUALIFIED_WORDS: usize = 6;

/// Whether an item names a professional qualification: a chartered body ("ACA, Institute
/// of Chartered Accountants"), or letters and "qualified" or "qualification" ("NEBOSH or
/// IOSH qualification").
fn names_a_qualification(item: &str, words: &[String]) -> bool {
    item.contains("Chartered ")
        || words.len() <= MAX_QUALIFIED_WORDS
            && words.last().is_some_and(|word| {
                matches!(
                    word.as_str(),
                    "qualified" | "qualification" | "qualifications"
                )
            })
            && crate::text::token::has_two_capitals(item)
}

/// The section of a list item found under no heading: what it asks of a person (a skill,
/// a degree, a certification) or wishes for ("Bilingual Spanish is a plus"), or else what
/// the role does.
#[must_use]
pub fn unheaded_section(item: &str) -> Section {
    if asks_of_a_person(item) || is_prose_wish(item) && !does_work(item) {
        requirement_section(item)
    } else {
        Section::Responsibilities
    }
}

/// The most words of a label of the writer's own before an item ("Evaluation/Reassessment:").
const MAX_OWN_LABEL_WORDS: usize = 3;

/// The section of an item under a heading that names none, when its wording says one:
/// what it asks of a person (a list of names included) or wishes for, or what the role
/// does. `None` for an item that says neither ("Four-day week in August"), which goes
/// with the rest of its block.
#[must_use]
pub fn unnamed_vote(item: &str, title: &[String]) -> Option<Section> {
    // "Assessment: Conducts ...": what follows a short label of the writer's own says.
    let item = match item.split_once(':') {
        Some((label, rest))
            if words(label).len() <= MAX_OWN_LABEL_WORDS && !rest.trim().is_empty() =>
        {
            rest.trim()
        }
        _ => item,
    };
    if asks_of_a_person(item)
        || is_prose_wish(item) && !does_work(item)
        || list_of_names(item).is_some()
    {
        Some(requirement_section(item))
    } else if does_work(item) || says_it_does(item) || role_does_as(item, title) {
        Some(Section::Responsibilities)
    } else {
        None
    }
}

/// The section of an item under a heading of duties: a duty, unless it opens by asking of
/// a person and does not say what the role does. Ads run their requirements on under the
/// duties' heading when a heading between was lost or glued to a line ("Bachelor's degree
/// in Computer Science", "Master's degree a plus", "10 years of management experience").
/// A duty's sentence may praise ("establish strong relationships"), so a skill word asks
/// only among the first words.
#[must_use]
pub fn duty_section(item: &str) -> Section {
    let section = requirement_section(item);
    let opening = words(item)
        .into_iter()
        .take(OPENING_WORDS)
        .collect::<Vec<_>>()
        .join(" ");
    let asks = section != Section::Skills || asks_of_a_person(&opening);
    if asks && !does_work(item) {
        section
    } else {
        Section::Responsibilities
    }
}

/// How many words open an item under a heading of duties that asks of a person ("Must have
/// demonstrated", "10 - 15 years").
const OPENING_WORDS: usize = 3;

/// The section of an item of a work history ([`Part::History`]): a duty is a
/// responsibility, a job line ("Analyst, Acme (2016 - 2019)") no item (`None`), anything
/// else a requirement.
#[must_use]
pub fn history_section(item: &str) -> Option<Section> {
    if is_job_line(item) {
        None
    } else if does_work(item) {
        Some(Section::Responsibilities)
    } else {
        Some(requirement_section(item))
    }
}

/// Phrases of the notices every posting ends with, which are no part of the role.
const BOILERPLATE: &[&str] = &[
    "equal opportunity employer",
    "equal employment opportunity",
    "affirmative action employer",
    "drug free workplace",
];

/// Who may be hired at all, not what the work asks: the right to work, age, place ("Must be
/// legally eligible to work in the US", "Must be 18 years of age").
const ELIGIBILITY: &[&str] = &[
    "eligible to work",
    "authorized to work",
    "authorised to work",
    "work authorization",
    "work authorisation",
    "right to work",
    "authorization to work",
    "authorisation to work",
    "or older",
    "legally permitted to work",
    "visa sponsorship",
    "years of age",
    "be located in",
    "be based in",
    "citizenship",
    "citizen",
    "selective service",
];

/// Whether a sentence is an employer's notice ("We are an equal opportunity employer") or
/// states the pay ("The base salary range for this position is $142,000-$211,000").
#[must_use]
pub fn is_boilerplate(sentence: &str) -> bool {
    static PHRASES: LazyLock<Vec<Vec<String>>> =
        LazyLock::new(|| BOILERPLATE.iter().map(|phrase| words(phrase)).collect());
    let words = words(sentence);
    PHRASES.iter().any(|phrase| contains_phrase(&words, phrase))
        || states_pay(sentence, &words)
        || states_eligibility(sentence, &words)
}

/// Whether a sentence says who may be hired ([`ELIGIBILITY`]), and neither does work nor
/// asks for a skill: "Care for children under 5 years of age" is a duty, "Experience with
/// patients 65 years of age and older" a requirement.
fn states_eligibility(sentence: &str, written: &[String]) -> bool {
    static PHRASES: LazyLock<Vec<Vec<String>>> =
        LazyLock::new(|| ELIGIBILITY.iter().map(|phrase| words(phrase)).collect());
    PHRASES
        .iter()
        .any(|phrase| contains_phrase(written, phrase))
        && duty_verb(sentence).is_none()
        && !written.iter().any(|word| SKILLS.contains(word))
        // A security clearance is asked of a citizen ("Must be a US Citizen with a
        // current TS/SCI clearance"): one to hold, not who may apply.
        && !written.iter().any(|word| word == "clearance")
        && requirement_section(sentence) == Section::Skills
}

/// Words that say an amount of money is pay.
const PAY_WORDS: &[&str] = &[
    "salary",
    "salaries",
    "pay",
    "wage",
    "wages",
    "compensation",
    "hourly",
    "hour",
    "hr",
    "annually",
    "annual",
    "year",
    "yr",
    "bonus",
];

/// Whether a sentence states pay: an amount of money ("$142,000", "£30k") and a word of pay,
/// and it is not a duty ("Manage payroll of $2M a year" is work; "Pay: $20 per hour" is a
/// label, not the verb).
fn states_pay(sentence: &str, words: &[String]) -> bool {
    let labelled = sentence
        .split_once(':')
        .is_some_and(|(label, _)| !label.trim().contains(' '));
    let has_amount = sentence
        .char_indices()
        .filter(|&(_, c)| matches!(c, '$' | '£' | '€'))
        .any(|(at, c)| {
            sentence[at + c.len_utf8()..]
                .trim_start()
                .starts_with(|next: char| next.is_ascii_digit())
        });
    has_amount
        && words.iter().any(|word| PAY_WORDS.contains(&word.as_str()))
        && (labelled || duty_verb(sentence).is_none())
}

/// Whether an item or sentence says what the role does: it opens with a verb of work
/// ("Develop methods in their field of expertise", "Led the migration"), unless what
/// follows makes the verb a noun or an adjective of a requirement ("Work experience in
/// SQL", "Working knowledge of R", "Demonstrated ability"); or it says so in words of its
/// own ("you will", "responsible for").
fn does_work(item: &str) -> bool {
    let asks = || asks_of_a_person(item);
    if calls_to_join(item) {
        return false;
    }
    match duty_verb(item) {
        Some(VerbForm::Plain) => {
            // "Work experience" asks; "Build strong relationships" does: an adjective of
            // praise after the verb describes what the work makes.
            let words = words(item);
            !words.get(1).is_some_and(|second| {
                SKILLS.contains(second) && !PRAISE_WORDS.contains(&second.as_str())
            })
        }
        Some(VerbForm::Other) => !asks(),
        None => !asks() && says_it_does(item),
    }
}

/// The most words an entry of a list of names has ("stakeholder management").
const MAX_ENTRY_WORDS: usize = 4;

/// The entries of a requirement that is a bare list of names written on one line, as a
/// CV's skills are ("SQL (advanced), Python (pandas), data modelling, stakeholder
/// management"): at least three entries split at commas and semicolons outside brackets,
/// each of a few words, none asking or doing anything. `None` for a sentence ("Experience
/// with SQL, Python and R").
#[must_use]
pub fn list_of_names(item: &str) -> Option<Vec<&str>> {
    let entries = entries(item);
    (entries.len() >= 3 && entries.iter().all(|entry| is_name(entry))).then_some(entries)
}

/// The most words of a label before a CV's list ("Cloud & DevOps: AWS, Docker").
const MAX_LIST_LABEL_WORDS: usize = 4;

/// The entries of a list of names under a label of the writer's own, as a CV's skills
/// are grouped ("Cloud & DevOps: AWS (ECS, Lambda), Docker", "Data stores: `PostgreSQL`,
/// Redis"): a label of a few words that does no work, then at least two names. `None`
/// for a sentence with a colon ("Develop applications in: Java, .NET").
#[must_use]
pub fn labelled_list(item: &str) -> Option<Vec<&str>> {
    let (label, rest) = item.split_once(':')?;
    let label_words = words(label).len();
    if !(1..=MAX_LIST_LABEL_WORDS).contains(&label_words)
        || is_duty(label)
        || asks_of_a_person(label)
        || !label.trim_start().starts_with(char::is_uppercase)
    {
        return None;
    }
    let entries = entries(rest);
    (entries.len() >= 2 && entries.iter().all(|entry| is_name(entry))).then_some(entries)
}

/// The entries of a line split at commas, semicolons, bars and dots outside brackets,
/// trimmed, without a joining "and", empty ones left out.
fn entries(item: &str) -> Vec<&str> {
    // A CV's skills are written with commas, or with bars or dots between them ("SQL |
    // Tableau | A/B testing").
    let separator = |rest: &str| {
        rest.chars()
            .next()
            .filter(|c| matches!(c, ',' | ';' | '|' | '·'))
            .map(char::len_utf8)
    };
    split_outside_brackets(item, separator)
        .into_iter()
        .map(|entry| {
            let entry = entry.trim();
            entry.strip_prefix("and ").unwrap_or(entry).trim()
        })
        .filter(|entry| !entry.is_empty())
        .collect()
}

/// Whether an entry of a list is a name: a few words, asking nothing, and no duty (a verb
/// and what it is done to, "build dashboards"); a word alone is a name, even one that is a
/// verb too ("Polish (native)", "Go").
fn is_name(entry: &str) -> bool {
    let count = words(entry).len();
    let named = entry.split(['(', '[']).next().unwrap_or(entry);
    (1..=MAX_ENTRY_WORDS).contains(&count)
        && !asks_of_a_person(entry)
        && !(words(named).len() > 1 && is_duty(entry))
}

/// The section of a sentence of prose found under no heading, if its wording names one:
/// what it asks of a person, or what the role does ("Develop reports", "you will").
/// Other sentences (about the company, the pay) name none.
#[must_use]
pub fn prose_section(sentence: &str, title: &[String]) -> Option<Section> {
    if calls_to_join(sentence) || part_of_bare_heading(sentence).is_some() {
        // "Join us and grow your expertise": the employer's, not the role's; "Must-have
        // qualifications" a heading run into the text.
        None
    } else if does_work(sentence) || role_does_as(sentence, title) {
        Some(Section::Responsibilities)
    } else if speaks_of_the_employer(sentence) && requirement_section(sentence) == Section::Skills {
        // "We are looking for an experienced manager to lead our site": the employer on
        // itself, though it has a word of experience.
        None
    } else {
        (asks_of_a_person(sentence) || is_prose_wish(sentence))
            .then(|| requirement_section(sentence))
    }
}

/// Whether a sentence has the employer as its subject ("We are ...", "Our company ...")
/// and asks for nothing of whom it seeks: no number of years, and no "someone with ..." or
/// "... who has ..." after a verb of seeking ("We're looking for someone with experience
/// leading data science" asks).
fn speaks_of_the_employer(sentence: &str) -> bool {
    let words = words(sentence);
    let asks_years = words
        .iter()
        .any(|word| word.starts_with("year") || word.starts_with("yr"));
    let seeks = words.iter().position(|word| {
        matches!(
            word.as_str(),
            "looking" | "seeking" | "seek" | "need" | "want" | "hiring"
        )
    });
    let asks_of_whom = seeks.is_some_and(|at| {
        words[at..].windows(2).any(|pair| {
            pair[0] == "with" || pair[0] == "who" && matches!(pair[1].as_str(), "has" | "have")
        })
    });
    words
        .first()
        .is_some_and(|word| matches!(word.as_str(), "we" | "were" | "weve" | "our"))
        && !asks_years
        && !asks_of_whom
}

/// The most words of a label that opens a sentence of prose ("Requirements: ...").
const MAX_INLINE_LABEL_WORDS: usize = 3;

/// A sentence of prose that opens with heading words as a label, as ads without line
/// breaks have it ("... is a plus. Requirements: high school diploma or GED; 3+ years"):
/// the part the label names and the text after it.
#[must_use]
pub fn inline_label(sentence: &str) -> Option<(Part, &str)> {
    let (label, rest) = sentence.split_once(':')?;
    let rest = rest.trim();
    if rest.is_empty() || label.split_whitespace().count() > MAX_INLINE_LABEL_WORDS {
        return None;
    }
    part_of_bare_heading(label).map(|part| (part, rest))
}

/// The section of a sentence under a label of `part` ([`inline_label`]) and whether the
/// label wishes for it; `None` where the label names no section of items (the role's
/// summary, tools, industries): the sentence is then read by its wording.
#[must_use]
pub fn labelled_section(part: Part, sentence: &str) -> Option<(Section, bool)> {
    match part {
        Part::Responsibilities => Some((duty_section(sentence), false)),
        Part::Requirements | Part::History => Some((requirement_section(sentence), false)),
        Part::Preferred => Some((requirement_section(sentence), true)),
        Part::Education => Some((Section::Education, false)),
        Part::Certifications => Some((Section::Certifications, false)),
        Part::Summary | Part::Tools | Part::Industries | Part::NotTheRole | Part::Other => None,
    }
}

/// Whether a sentence of prose after one under a label of `part` goes on under it, as an
/// ad in one block writes its list ("Requirements: Valid Class A CDL. Minimum 6 months of
/// experience. Clean MVR."): a label of what is asked holds over what neither says what
/// the role does, nor speaks of the employer, nor calls to apply; a label of degrees or
/// certifications over what names one. Duties are read by their wording anyway.
#[must_use]
pub fn continues_label(part: Part, sentence: &str, title: &[String]) -> bool {
    match part {
        Part::Requirements | Part::Preferred | Part::History => {
            !calls_to_join(sentence)
                && part_of_bare_heading(sentence).is_none()
                && !says_it_does(sentence)
                && !role_does_as(sentence, title)
                && !speaks_of_the_employer(sentence)
        }
        Part::Education => requirement_section(sentence) == Section::Education,
        Part::Certifications => requirement_section(sentence) == Section::Certifications,
        Part::Responsibilities
        | Part::Summary
        | Part::Tools
        | Part::Industries
        | Part::NotTheRole
        | Part::Other => false,
    }
}

/// Whether a sentence of prose wishes for something ("Snowflake or Databricks is a plus"):
/// a wish but for "bonus", which in prose is mostly pay ("a yearly bonus").
fn is_prose_wish(sentence: &str) -> bool {
    is_wish(sentence) && !words(sentence).iter().any(|word| word == "bonus")
}

/// Whether a sentence says what the role does in words of its own: "you will", "responsible
/// for", or the role as its subject ("The Maintenance Technician performs ...").
fn says_it_does(sentence: &str) -> bool {
    if role_does(sentence) {
        return true;
    }
    let words = words(sentence);
    [
        "you will",
        "you'll",
        "responsible for",
        "your role",
        "your duties",
        "duties include",
        "responsibilities include",
        "duties will include",
        "responsibilities will include",
    ]
    .iter()
    .any(|phrase| contains_phrase(&words, &self::words(phrase)))
}

/// Phrases by which a posting says that something is wished for, not required.
const WISHES: &[&str] = &[
    "a plus",
    "nice to have",
    "preferred",
    "preferable",
    "preferably",
    "bonus",
    "desirable",
    "desired",
    "an advantage",
    "advantageous",
    "ideally",
];

/// Whether an item says it is wished for rather than required, wherever it stands
/// ("Snowflake or Databricks is a plus", "Master's degree preferred").
#[must_use]
pub fn is_wish(item: &str) -> bool {
    let item = &without_wished_examples(item);
    let words = words(item);
    WISH_PHRASES
        .iter()
        .any(|phrase| contains_phrase(&words, phrase))
        || ends_in_a_wish(item)
}

/// The clauses of a requirement that each say whether they are asked for or wished for,
/// split at commas: "German is a plus, English is a must" wishes for German and asks for
/// English. `None` unless there are two clauses or more and each has its own mark.
#[must_use]
pub fn marked_clauses(item: &str) -> Option<Vec<&str>> {
    let clauses: Vec<&str> = item.split(", ").map(str::trim).collect();
    // A clause that is a mark alone ("desired, but not required") marks the one before.
    let names_something = |clause: &str| {
        words(clause)
            .iter()
            .any(|word| !crate::text::is_stop_word(word) && !MARK_WORDS.contains(&word.as_str()))
    };
    let marked = |clause: &&str| {
        (is_wish(clause) || says_it_is_required(&words(clause))) && names_something(clause)
    };
    (clauses.len() > 1 && !item.contains('(') && clauses.iter().all(marked)).then_some(clauses)
}

/// The two things a requirement asks for when it joins a degree and years of experience
/// with "and" ("B.S. in Mechanical Engineering and 5+ years of relevant experience", "at
/// least 1 year of warehouse experience and a high school diploma or GED"): each is an
/// item of its own, the degree education and the years a skill. `None` for one thing
/// ("Bachelor's degree in Accounting and Finance", "equivalent combination of education
/// and experience"), and for one alternative of several ("... OR", "or a master's degree
/// and 2 years"), whose parts go together.
#[must_use]
pub fn degree_and_years(item: &str) -> Option<[&str; 2]> {
    let words = words(item);
    if words.first().is_some_and(|word| word == "or")
        || words.last().is_some_and(|word| word == "or")
    {
        return None;
    }
    let is_degree = |text: &str| {
        requirement_section(text) == Section::Education && !asks_years_of_experience(text)
    };
    let is_years =
        |text: &str| asks_years_of_experience(text) && requirement_section(text) == Section::Skills;
    let apart = |(at, join): (usize, &str)| {
        let (left, right) = (item[..at].trim_end_matches(','), &item[at + join.len()..]);
        [left.trim(), right.trim()]
    };
    // The degree's fields may be joined by "and" too ("in Electrical and Electronics
    // Engineering ... and 5 years"): the years after a degree follow its last "and", the
    // degree after years its first. A few joins at most: a sentence of hundreds of "and"s
    // is no requirement to split.
    let joins: Vec<(usize, &str)> = item.match_indices(" and ").take(MAX_JOINS).collect();
    let degree_first = joins
        .iter()
        .rev()
        .map(|&join| apart(join))
        .find(|[left, right]| is_degree(left) && is_years(right));
    degree_first.or_else(|| {
        joins
            .iter()
            .map(|&join| apart(join))
            .find(|[left, right]| is_years(left) && is_degree(right))
    })
}

/// The most joins with "and" in a requirement tried as a place to split it.
const MAX_JOINS: usize = 8;

/// Whether a text asks for years of experience: a number of years ("5+ years", "two
/// years", "2-5 yrs") and experience.
fn asks_years_of_experience(text: &str) -> bool {
    let words = words(text);
    years_at(&words).is_some() && words.iter().any(|word| word.starts_with("experience"))
}

/// Where a number of years is among `words` ("5+ years", "two years", "2-5 yrs"): the
/// place of the word for years.
fn years_at(words: &[String]) -> Option<usize> {
    let number = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                word,
                "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
            )
    };
    words.iter().enumerate().position(|(at, word)| {
        (word.starts_with("year") || word.starts_with("yr"))
            && words[at.saturating_sub(3)..at]
                .iter()
                .any(|before| number(before))
    })
}

/// Whether a sentence of a summary states years of work in something, as a CV's profile
/// does ("Finance professional with 6 years in management accounting") and a posting's
/// introduction asks ("We need someone with 5+ years of experience in SQL"): experience,
/// or years in, of or as something; not the employer's years ("Founded 50 years ago, our
/// company ...", "For over 30 years we have served ...") nor a person's age.
#[must_use]
pub fn states_years_of_work(sentence: &str) -> bool {
    const EMPLOYER: &[&str] = &[
        "we", "our", "us", "company", "founded", "history", "ago", "since", "serving", "served",
        "age", "old",
    ];
    let words = words(sentence);
    let Some(at) = years_at(&words) else {
        return false;
    };
    let of_work = words.iter().any(|word| word.starts_with("experience"))
        || words
            .get(at + 1)
            .is_some_and(|next| matches!(next.as_str(), "in" | "of" | "as"));
    of_work && !words.iter().any(|word| EMPLOYER.contains(&word.as_str()))
}

/// Words that say how much a clause is wished for or asked for, and name nothing.
const MARK_WORDS: &[&str] = &[
    "required",
    "require",
    "preferred",
    "desired",
    "desirable",
    "plus",
    "must",
    "nice",
    "bonus",
    "far",
    "strongly",
    "highly",
    "ideally",
    "optional",
    "welcome",
    "advantage",
    "essential",
    "mandatory",
    "have",
];

static WISH_PHRASES: LazyLock<Vec<Vec<String>>> =
    LazyLock::new(|| WISHES.iter().map(|phrase| words(phrase)).collect());

/// Words that go with a wish in brackets and name nothing wished for ("(highly
/// preferred)", "(is a plus)").
const AROUND_A_WISH: &[&str] = &["a", "an", "is", "highly", "strongly", "very", "but", "not"];

/// An item without the brackets that wish for something of their own beside other words:
/// "Working knowledge of PLCs (Allen-Bradley preferred)" asks for PLCs and wishes only for
/// Allen-Bradley. A bracket of a wish alone ("SQL (preferred)") is the item's and stays.
fn without_wished_examples(item: &str) -> std::borrow::Cow<'_, str> {
    if !item.contains('(') {
        return std::borrow::Cow::Borrowed(item);
    }
    let mut kept = String::with_capacity(item.len());
    let mut rest = item;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|at| open + at) else {
            break;
        };
        let inside = &rest[open + 1..close];
        kept.push_str(&rest[..open]);
        if !wishes_for_its_own(inside) {
            kept.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    kept.push_str(rest);
    std::borrow::Cow::Owned(kept)
}

/// Whether the text of a bracket wishes for something it names ("Allen-Bradley
/// preferred"), not only wishes ("preferred").
fn wishes_for_its_own(inside: &str) -> bool {
    static WISH_WORDS: WordSet = LazyLock::new(|| {
        WISHES
            .iter()
            .chain(AROUND_A_WISH)
            .flat_map(|phrase| words(phrase))
            .collect()
    });
    let words = words(inside);
    let names_more = words.iter().any(|word| !WISH_WORDS.contains(word));
    names_more
        && (WISH_PHRASES
            .iter()
            .any(|phrase| contains_phrase(&words, phrase))
            || ends_in_a_wish(inside))
}

/// Words that end a clause that wishes for what it names ("PowerShell helpful", "Master's
/// degree beneficial"), and those that do so after a verb or an article ("is a big plus",
/// "would be plus", "a decided advantage").
const CLOSING_WISHES: &[&str] = &["helpful", "beneficial"];
const WISHES_AFTER: &[&str] = &["plus", "advantage"];

/// Words a wish of [`WISHES_AFTER`] follows, at most two words before it.
const BEFORE_A_WISH: &[&str] = &["a", "an", "be", "is", "are"];

/// Whether a clause of `item` (split at sentence ends, semicolons and brackets) ends in a
/// wish: "Experience in travel as a significant plus", "EMR experience helpful". Not
/// "mutually beneficial results", "Recon Plus", "3 plus years", and not "Our staff are
/// helpful": a clause that closes on "helpful" asks of a person.
fn ends_in_a_wish(item: &str) -> bool {
    item.split(['.', ';', '(', ')', '!']).any(|text| {
        let clause = words(text);
        let Some((last, before)) = clause.split_last() else {
            return false;
        };
        let closes =
            CLOSING_WISHES.contains(&last.as_str()) && before.len() >= 2 && asks_of_a_person(text);
        let after = WISHES_AFTER.contains(&last.as_str())
            && before
                .iter()
                .rev()
                .take(2)
                .any(|word| BEFORE_A_WISH.contains(&word.as_str()));
        closes || after
    })
}

/// Whether an item asks something of a person: a degree, a certification, experience,
/// knowledge, a number of years.
fn asks_of_a_person(item: &str) -> bool {
    if requirement_section(item) != Section::Skills {
        return true;
    }
    let words = words(item);
    if says_it_is_required(&words) {
        return true;
    }
    words.iter().enumerate().any(|(i, word)| {
        SKILLS.contains(word)
            // "5+ years", "5 years"; not "40+ nurses".
            || (word.parse::<u32>().is_ok()
                || word.ends_with('+') && word.trim_end_matches('+').parse::<u32>().is_ok())
                && words
                    .get(i + 1)
                    .is_some_and(|next| next.starts_with("year") || next.starts_with("yr"))
    })
}

/// Whether words say in so many words that they ask: "Must have reliable transportation",
/// "Bilingual English/Spanish required", "Weekend availability is a must"; not "Overtime
/// may be required", which says what the job may ask, not what the person must have.
fn says_it_is_required(words: &[String]) -> bool {
    let last_two = words
        .len()
        .checked_sub(2)
        .filter(|_| words.len() <= MAX_REQUIRED_WORDS)
        .map(|at| &words[at..]);
    // "Must teach all assigned classes" is a duty, "Must have ..." an ask.
    let must_do = || {
        let verb = words.iter().skip(1).find(|word| *word != "also");
        verb.is_some_and(|verb| duty_verb(verb).is_some())
    };
    words.first().is_some_and(|word| word == "must") && !must_do()
        || last_two.is_some_and(|last| {
            last[1] == "required" && !matches!(last[0].as_str(), "be" | "as" | "if" | "when")
                || last[0] == "a" && last[1] == "must"
        })
}

/// The most words of a sentence that asks by ending in "required" ("ADN required"); a
/// longer one is about something else ("... (include the approvals required)").
const MAX_REQUIRED_WORDS: usize = 10;

const DEGREE_WORDS: &[&str] = &[
    "degree",
    "degrees",
    "bachelor",
    "bachelor's",
    "bachelors",
    "master",
    "master's",
    "masters",
    "phd",
    "ph.d",
    "ph.d.",
    "doctorate",
    "doctoral",
    "bsc",
    "b.sc",
    "msc",
    "m.sc",
    "b.s",
    "b.s.",
    "m.s",
    "m.s.",
    "b.a",
    "b.a.",
    "mba",
    "diploma",
];

/// UK qualifications below a degree, written in capitals: vocational, national and school.
const CAPITAL_QUALIFICATIONS: &[&str] = &["NVQ", "SVQ", "BTEC", "HND", "HNC", "GCSE", "GCSEs"];

/// Whether `item` names a degree by its letters as written, with or without dots ("BS in
/// Computer Science", "BA/BS", "M.Ed.", "MS in Statistics"; not "MS Office"): the letters
/// of [`DEGREE_LETTERS`](crate::role::degree_letters::DEGREE_LETTERS) in their capitals,
/// short ones only before "in", "/" or "degree". Letters before a word for a programme
/// name the programme, not a degree asked for ("the MSW Program", "MPA faculty").
fn names_degree_in_capitals(item: &str) -> bool {
    capital_words(item).any(|written| CAPITAL_QUALIFICATIONS.contains(&written.word))
        || written_in_capitals(item)
            .iter()
            .any(|(_, written)| !written.next.is_some_and(names_a_programme))
}

/// Whether a word after a degree's letters makes them the name of a programme.
fn names_a_programme(word: &str) -> bool {
    [
        "program",
        "programs",
        "programme",
        "programmes",
        "faculty",
        "course",
        "courses",
        "curriculum",
        "admissions",
        "students",
        "director",
    ]
    .iter()
    .any(|noun| word.eq_ignore_ascii_case(noun))
}

const CERTIFICATION_WORDS: &[&str] = &[
    "certification",
    "certifications",
    "certified",
    "certificate",
    "license",
    "licence",
    "licensed",
    "licenced",
    "licensure",
    // What is added to a driver's licence ("Hazmat endorsement").
    "endorsement",
    "endorsements",
];

/// The skill words that praise rather than name what is asked: after a verb they describe
/// the work's object ("Deliver excellent service").
const PRAISE_WORDS: &[&str] = &["strong", "excellent", "solid", "proven", "demonstrated"];

/// Words of an item that asks something of a person rather than says what the role does.
/// [`SKILL_WORDS`] in normal form.
static SKILLS: WordSet = LazyLock::new(|| word_set(SKILL_WORDS));

const SKILL_WORDS: &[&str] = &[
    "experience",
    "experienced",
    "proficiency",
    "proficient",
    "knowledge",
    "knowledgeable",
    "familiarity",
    "familiar",
    "understanding",
    "skills",
    "skill",
    "ability",
    "able",
    "expertise",
    "expert",
    "fluency",
    "fluent",
    "background",
    "comfortable",
    "track",
    "strong",
    "excellent",
    "solid",
    "demonstrated",
    "proven",
];

/// The words of a text in normal form (the text layer's: hyphens part words, apostrophes
/// fold away, so "what you'll do" is `what youll do` on both sides).
fn words(text: &str) -> Vec<String> {
    crate::text::tokens(text)
}

/// A list of words written as people write them, in normal form, made on first use.
type WordSet = LazyLock<rustc_hash::FxHashSet<String>>;

fn word_set(list: &[&str]) -> rustc_hash::FxHashSet<String> {
    list.iter()
        .map(|entry| crate::text::normalize(entry))
        .collect()
}

fn contains_phrase(words: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && words.windows(phrase.len()).any(|window| window == phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_people_write() {
        for (heading, part) in [
            ("Responsibilities", Part::Responsibilities),
            ("What You’ll Do", Part::Responsibilities),
            ("Key duties", Part::Responsibilities),
            ("Requirements", Part::Requirements),
            ("Minimum Qualifications", Part::Requirements),
            ("What we're looking for", Part::Requirements),
            ("Preferred Qualifications", Part::Preferred),
            ("Nice to have", Part::Preferred),
            ("Education", Part::Education),
            ("Tech stack", Part::Tools),
            ("Benefits", Part::NotTheRole),
            ("About us", Part::NotTheRole),
            ("About the role", Part::Summary),
            ("Professional Development", Part::Certifications),
            ("Continuing education", Part::Certifications),
        ] {
            assert_eq!(part_of_heading(heading), Some(part), "{heading}");
        }
        assert_eq!(part_of_heading("Senior Data Analyst"), None);
    }

    #[test]
    fn a_bare_heading_is_all_heading_words_however_hyphenated() {
        for (line, part) in [
            ("Day-to-day responsibilities", Part::Responsibilities),
            ("Nice-to-have", Part::Preferred),
            ("Must-have skills", Part::Requirements),
            ("What you\u{2019}ll bring", Part::Requirements),
        ] {
            assert_eq!(part_of_bare_heading(line), Some(part), "{line}");
        }
        assert_eq!(part_of_bare_heading("Senior Software Engineer"), None);
        for title in [
            "Software Engineer",
            "Benefits Analyst",
            "Compensation Manager",
            "Education Coordinator",
            "Technology Consultant",
        ] {
            assert_eq!(part_of_bare_heading(title), None, "{title}");
        }
        for (line, part) in [
            ("Key responsibilities", Part::Responsibilities),
            ("Minimum qualifications", Part::Requirements),
            ("Our tech stack", Part::Tools),
            ("Your main tasks", Part::Responsibilities),
        ] {
            assert_eq!(part_of_bare_heading(line), Some(part), "{line}");
        }
        assert_eq!(
            part_of_bare_heading("Responsibilities of the regional team lead"),
            None
        );
    }

    #[test]
    fn wishes_are_told_from_requirements_by_their_wording() {
        for item in [
            "Snowflake or Databricks is a plus",
            "Master's degree preferred",
            "Experience with dbt is a bonus",
            "Knowledge of Airflow is nice-to-have",
            "Ideally, some exposure to Kafka",
        ] {
            assert!(is_wish(item), "{item}");
        }
        for item in [
            "Experience in travel, with Technical Operations as a significant plus",
            "Psychometric knowledge and experience are a big plus",
            "Any Salesforce knowledge would be plus",
            "Strong working knowledge of Azure and PowerShell helpful",
            "Master's degree beneficial",
            "Working knowledge of CAD systems beneficial (Revit, MicroStation)",
            "Candidates with university experience will be at a decided advantage",
        ] {
            assert!(is_wish(item), "{item}");
        }
        for item in [
            "Strong SQL",
            "Plus-size fashion retail experience",
            "Bachelor's degree required",
            "Close transactions with mutually beneficial results",
            "Experience with Recon Plus, PIX and eLedger",
            "3 plus years of experience administering applications",
            "Master's degree plus 5 years of experience",
            "Create competitive advantage for retention",
            "Our nurses are friendly and helpful",
        ] {
            assert!(!is_wish(item), "{item}");
        }
    }

    #[test]
    fn a_wish_in_brackets_beside_other_words_wishes_only_for_them() {
        for item in [
            "Working knowledge of PLCs (Allen-Bradley preferred)",
            "A Bachelor's degree (ideally in a technology discipline) is required",
            "Advanced degree (MBA, CFA, or CPA is a plus)",
        ] {
            assert!(!is_wish(item), "{item}");
        }
        for item in [
            "SQL (preferred)",
            "Master's degree (highly preferred)",
            "Experience with Snowflake (a plus)",
            "Experience with Kafka (Confluent a plus) is desirable",
        ] {
            assert!(is_wish(item), "{item}");
        }
    }

    #[test]
    fn a_label_opening_a_sentence_names_its_part() {
        assert_eq!(
            inline_label("Requirements: high school diploma or GED"),
            Some((Part::Requirements, "high school diploma or GED"))
        );
        assert_eq!(
            inline_label("Nice to have: Kafka"),
            Some((Part::Preferred, "Kafka"))
        );
        // Words that name no part, or too many of them, are no label.
        assert_eq!(inline_label("Note: we are hiring"), None);
        assert_eq!(
            inline_label("Our values and the requirements of the job: honesty"),
            None
        );
        assert_eq!(inline_label("Requirements:"), None);
        assert_eq!(
            labelled_section(Part::Preferred, "MBA"),
            Some((Section::Education, true))
        );
        assert_eq!(labelled_section(Part::NotTheRole, "Dental"), None);
    }

    #[test]
    fn professional_qualifications_are_certifications() {
        for item in [
            "ACA, ACCA or CIMA qualified",
            "ACA, Institute of Chartered Accountants in England and Wales (2019)",
        ] {
            assert_eq!(requirement_section(item), Section::Certifications, "{item}");
        }
        for item in [
            "The successful candidate may need to teach in other areas as assigned and qualified",
            "Our team is chartered with supporting training products",
        ] {
            assert_eq!(requirement_section(item), Section::Skills, "{item}");
        }
    }

    #[test]
    fn an_employers_notice_is_boilerplate() {
        assert!(is_boilerplate(
            "OhioHealth is an equal opportunity employer."
        ));
        assert!(is_boilerplate("Carilion Clinic is a drug-free workplace"));
        assert!(!is_boilerplate("Experience with equal pay audits"));
        assert!(is_boilerplate(
            "The US base salary range for this full-time position is $142,000-$211,000 + bonus"
        ));
        assert!(is_boilerplate("Pay: $20.00 - $24.50 per hour"));
        assert!(is_boilerplate(
            "Must be legally eligible to work in the United States"
        ));
        assert!(is_boilerplate("Must be 18 years of age or older"));
        assert!(is_boilerplate("Must be based in Houston"));
        assert!(is_boilerplate("U.S. Citizenship is required"));
        assert!(is_boilerplate(
            "Selective Service registration is required for males born after 12/31/1959"
        ));
        // A clearance is one to hold, whoever may apply.
        assert!(!is_boilerplate(
            "Must be a US Citizen with a current TS/SCI clearance"
        ));
        assert!(!is_boilerplate("Provide care to senior citizens"));
        assert!(!is_boilerplate("Care for children under 5 years of age"));
        assert!(!is_boilerplate(
            "Must have a high school diploma or GED and be 18 years of age or older"
        ));
        assert!(!is_boilerplate(
            "Experience with patients 65 years of age and older"
        ));
        assert!(is_boilerplate(
            "Salary £32k to £38k depending on experience"
        ));
        // An amount in a duty, or without a word of pay, is not the pay.
        assert!(!is_boilerplate("Manage an annual budget of $2M"));
        assert!(!is_boilerplate("Process payroll of $40,000 a year"));
        assert!(!is_boilerplate("Close deals of $50k and more"));
    }

    #[test]
    fn a_number_with_a_plus_asks_only_for_years() {
        assert_eq!(prose_section("5+ years of SQL", &[]), Some(Section::Skills));
        assert_eq!(
            prose_section(
                "Citi's technology team supports business in 100+ countries",
                &[]
            ),
            None
        );
        assert_eq!(prose_section("Every year we grow", &[]), None);
    }

    #[test]
    fn calls_to_join_and_the_role_as_subject_in_prose() {
        assert_eq!(prose_section("Join us and grow your expertise", &[]), None);
        assert_eq!(
            prose_section(
                "Duties include rooming patients and taking vital signs",
                &[]
            ),
            Some(Section::Responsibilities)
        );
        assert_eq!(
            prose_section(
                "The Maintenance Technician performs preventive maintenance",
                &[]
            ),
            Some(Section::Responsibilities)
        );
    }

    #[test]
    fn under_duties_what_opens_by_asking_is_a_requirement() {
        for (item, section) in [
            (
                "Bachelor's degree in Computer Science or a related field",
                Section::Education,
            ),
            ("Master's degree a plus", Section::Education),
            ("10-15 years of management experience", Section::Skills),
            (
                "Strong oral and written communication skills",
                Section::Skills,
            ),
            ("Ability to manage 15 direct reports", Section::Skills),
            ("CRNI or OCN certification", Section::Certifications),
            // Duties, however they praise or what they name.
            (
                "Build strong relationships with business leaders",
                Section::Responsibilities,
            ),
            (
                "It is critical that this role establish strong relationships",
                Section::Responsibilities,
            ),
            (
                "Train new staff on the certification process",
                Section::Responsibilities,
            ),
            (
                "Maintain the team's skills matrix",
                Section::Responsibilities,
            ),
        ] {
            assert_eq!(duty_section(item), section, "{item}");
        }
    }

    #[test]
    fn degrees_in_capitals_are_education_and_other_capitals_are_not() {
        for item in [
            "BS in Computer Science",
            "BA/BS in Finance",
            "Requires BS/BA in Information Technology",
            "MS in Statistics",
            "MA degree in Economics",
            "High school diploma or GED",
            "M.Ed. preferred",
            "BSN required",
            "Ph.D. in Chemistry",
            "MFA in Creative Writing",
        ] {
            assert_eq!(requirement_section(item), Section::Education, "{item}");
        }
        for item in [
            "MS Office",
            "Proficiency in MS Excel",
            "Experience with BSD systems",
            "bs in lower case is not one",
            "Experience enforcing MFA across accounts",
            "Knowledge of EDM platforms",
            "Med surg experience",
            "Chair the MPA admissions committee",
            "Teach MSW courses in the practice sequence",
        ] {
            assert_eq!(requirement_section(item), Section::Skills, "{item}");
        }
    }

    #[test]
    fn a_degree_and_years_of_experience_joined_by_and_are_two_asks() {
        assert_eq!(
            degree_and_years("B.S. in Mechanical Engineering and 5+ years of relevant experience"),
            Some([
                "B.S. in Mechanical Engineering",
                "5+ years of relevant experience"
            ])
        );
        assert_eq!(
            degree_and_years(
                "At least 1 year of warehouse experience and a high school diploma or GED"
            ),
            Some([
                "At least 1 year of warehouse experience",
                "a high school diploma or GED"
            ])
        );
        // The degree's own fields joined by "and" stay with it.
        assert_eq!(
            degree_and_years(
                "Bachelor's degree in Electrical and Electronics Engineering and two years of \
                 experience"
            ),
            Some([
                "Bachelor's degree in Electrical and Electronics Engineering",
                "two years of experience"
            ])
        );
        for whole in [
            "Bachelor's degree in Accounting and Finance",
            "Equivalent combination of education and experience",
            "Bachelor's degree and 2 years of experience OR",
            "or a master's degree and 2 years of experience",
            "5+ years of SQL and Python",
        ] {
            assert_eq!(degree_and_years(whole), None, "{whole}");
        }
    }

    #[test]
    fn a_summary_sentence_of_years_of_work_is_told_from_the_employer_s_years() {
        for sentence in [
            "Finance professional with 6 years in management accounting, moving into FP&A.",
            "Operations manager with nine years of warehouse leadership",
            "Looking for someone with 5+ years of experience in SQL",
        ] {
            assert!(states_years_of_work(sentence), "{sentence}");
        }
        for sentence in [
            "Founded 50 years ago, our company builds bridges.",
            "For over 30 years we have served families in Ohio.",
            "Must be 18 years of age",
            "Join a team that has grown every year",
        ] {
            assert!(!states_years_of_work(sentence), "{sentence}");
        }
    }

    #[test]
    fn a_mark_alone_is_no_clause_of_its_own() {
        assert_eq!(
            marked_clauses("Prior experience with the above is desired, but not required"),
            None
        );
        assert_eq!(
            marked_clauses("Audit experience preferred, MBA preferred"),
            Some(vec!["Audit experience preferred", "MBA preferred"])
        );
    }

    #[test]
    fn clauses_each_with_their_own_mark_are_apart() {
        assert_eq!(
            marked_clauses("German is a plus, English is a must"),
            Some(vec!["German is a plus", "English is a must"])
        );
        assert_eq!(
            marked_clauses("Python required, Scala nice to have"),
            Some(vec!["Python required", "Scala nice to have"])
        );
        // A clause without a mark of its own belongs with the others.
        assert_eq!(marked_clauses("SQL, Python and R are a must"), None);
        assert_eq!(marked_clauses("English is a must"), None);
    }

    #[test]
    fn requirements_by_wording() {
        assert_eq!(
            requirement_section("Bachelor's degree in statistics"),
            Section::Education
        );
        assert_eq!(requirement_section("MSc or PhD"), Section::Education);
        assert_eq!(
            requirement_section("AWS certification a plus"),
            Section::Certifications
        );
        assert_eq!(requirement_section("Strong SQL"), Section::Skills);
        for item in [
            "Graduate of an accredited dental hygiene program required",
            "Graduated from an accredited school of nursing",
            "High school graduate or equivalent",
        ] {
            assert_eq!(requirement_section(item), Section::Education, "{item}");
        }
        assert_eq!(
            requirement_section("NEBOSH or IOSH qualification"),
            Section::Certifications
        );
        for item in [
            "Graduate Engineer scheme experience",
            "New graduates welcome",
        ] {
            assert_eq!(requirement_section(item), Section::Skills, "{item}");
        }
    }

    #[test]
    fn unheaded_items_by_wording() {
        assert_eq!(unheaded_section("3+ years of SQL"), Section::Skills);
        assert_eq!(unheaded_section("5 years in analytics"), Section::Skills);
        assert_eq!(
            unheaded_section("Bilingual Spanish is a plus"),
            Section::Skills
        );
        assert_eq!(
            unheaded_section("Develop metrics to drive the desired culture"),
            Section::Responsibilities
        );
        assert_eq!(
            unheaded_section("Build dashboards for the sales team"),
            Section::Responsibilities
        );
        assert_eq!(
            prose_section("You will build reports.", &[]),
            Some(Section::Responsibilities)
        );
        assert_eq!(
            prose_section("A PhD is required.", &[]),
            Some(Section::Education)
        );
        assert_eq!(prose_section("We offer a yearly bonus.", &[]), None);
        for sentence in [
            "Must have reliable transportation.",
            "Bilingual English/Spanish required.",
            "Weekend availability is a must.",
        ] {
            assert_eq!(
                prose_section(sentence, &[]),
                Some(Section::Skills),
                "{sentence}"
            );
        }
        assert_eq!(prose_section("Overtime may be required.", &[]), None);
        assert_eq!(
            prose_section(
                "We are looking for an experienced manager to lead our site.",
                &[]
            ),
            None
        );
        for sentence in [
            "We need someone with 5+ years of SQL.",
            "We're looking for someone with experience leading data science teams.",
            "We are looking for a manager who has deep experience in retail.",
        ] {
            assert_eq!(
                prose_section(sentence, &[]),
                Some(Section::Skills),
                "{sentence}"
            );
        }
        assert_eq!(
            prose_section("Must also ensure security controls are in place.", &[]),
            None
        );
        assert_eq!(
            prose_section("ADN required.", &[]),
            Some(Section::Education)
        );
    }

    #[test]
    fn a_line_of_names_splits_at_commas_outside_brackets_only() {
        assert_eq!(
            list_of_names("SQL (Oracle, Postgres), Python [pandas, NumPy], R"),
            Some(vec![
                "SQL (Oracle, Postgres)",
                "Python [pandas, NumPy]",
                "R"
            ])
        );
        // Bars and dots between entries, as CVs write them.
        assert_eq!(
            list_of_names("SQL | Excel (pivot tables, VLOOKUP) | Tableau | A/B testing"),
            Some(vec![
                "SQL",
                "Excel (pivot tables, VLOOKUP)",
                "Tableau",
                "A/B testing"
            ])
        );
        assert_eq!(
            list_of_names("Python · dbt · Airflow"),
            Some(vec!["Python", "dbt", "Airflow"])
        );
        // A list under a label of the writer's own.
        assert_eq!(
            labelled_list("Cloud & DevOps: AWS (ECS, Lambda), Docker, Terraform"),
            Some(vec!["AWS (ECS, Lambda)", "Docker", "Terraform"])
        );
        assert_eq!(
            labelled_list("Data stores: PostgreSQL, Redis"),
            Some(vec!["PostgreSQL", "Redis"])
        );
        assert_eq!(labelled_list("Develop applications in: Java, Kotlin"), None);
        assert_eq!(labelled_list("Note: we hire, train and promote"), None);
        assert_eq!(list_of_names("Experience with SQL, Python and R"), None);
        assert_eq!(list_of_names("SQL, Python"), None, "two are no list");
        assert_eq!(list_of_names("Strong SQL, Python, R"), None, "it asks");
        // A word alone is a name though it is a verb too; a verb and its object a duty.
        assert_eq!(
            list_of_names("English (native), Polish (native), German (B1)"),
            Some(vec!["English (native)", "Polish (native)", "German (B1)"])
        );
        assert_eq!(
            list_of_names("Build dashboards, write reports, present findings"),
            None
        );
    }

    #[test]
    fn headings_are_matched_by_what_they_mean_in_many_wordings() {
        for (heading, part) in [
            ("What we expect from you", Part::Requirements),
            ("The ideal candidate", Part::Requirements),
            ("You'll thrive here if", Part::Requirements),
            ("Person specification", Part::Requirements),
            ("Responsibilities include", Part::Responsibilities),
            ("Duties will include", Part::Responsibilities),
            ("Essential criteria", Part::Requirements),
            ("Who we're looking for", Part::Requirements),
            ("It would be great if you", Part::Preferred),
            ("Even better if you have", Part::Preferred),
            ("Extra credit", Part::Preferred),
            ("Desirable criteria", Part::Preferred),
            ("What you'll be working on", Part::Responsibilities),
            ("In this role you will", Part::Responsibilities),
            ("What the job involves", Part::Responsibilities),
            ("Tools we use", Part::Tools),
            ("Our tech", Part::Tools),
            ("Why you'll love working here", Part::NotTheRole),
            ("What's in it for you", Part::NotTheRole),
            ("The opportunity", Part::Summary),
            ("Job purpose", Part::Summary),
            ("Profile", Part::Summary),
            ("Work experience", Part::History),
            ("Employment history", Part::History),
            ("Key achievements", Part::History),
            ("Education & training", Part::Education),
            ("Interests", Part::NotTheRole),
            ("Equal Employment Opportunity", Part::NotTheRole),
            ("Employment type", Part::NotTheRole),
            // Plurals as people write them, and the candidate's side in other words.
            ("Must haves", Part::Requirements),
            ("Nice to haves", Part::Preferred),
            ("You might be a fit if", Part::Requirements),
            ("You bring", Part::Requirements),
            ("What we need from you", Part::Requirements),
            ("Your background", Part::Requirements),
            ("Tooling", Part::Tools),
            ("Languages & frameworks", Part::Tools),
            // A person specification's columns, and a public notice's parts.
            ("Essential", Part::Requirements),
            ("Desirable", Part::Preferred),
            ("Essential functions", Part::Responsibilities),
            ("Essential job functions", Part::Responsibilities),
            (
                "Essential duties and responsibilities",
                Part::Responsibilities,
            ),
            ("Conditions of employment", Part::NotTheRole),
            ("Additional information", Part::Other),
            // A job site's form, and lead-ins of a list.
            ("Full job description", Part::Summary),
            ("Job details", Part::NotTheRole),
            (
                "Responsibilities include, but are not limited to, the following",
                Part::Responsibilities,
            ),
            ("Further responsibilities include", Part::Responsibilities),
        ] {
            assert_eq!(part_of_heading(heading), Some(part), "{heading}");
            assert_eq!(part_of_bare_heading(heading), Some(part), "bare: {heading}");
        }
        // A word that names a part only alone loses to one that names another.
        assert_eq!(
            part_of_heading("Tech Lead responsibilities"),
            Some(Part::Responsibilities)
        );
        assert_eq!(part_of_bare_heading("Tech Lead"), None, "a title");
        assert_eq!(part_of_bare_heading("Training will be provided"), None);
    }

    #[test]
    fn an_item_under_a_heading_of_the_writers_own_votes_by_its_wording() {
        let vote = |item| unnamed_vote(item, &[]);
        assert_eq!(
            vote("Own our paid acquisition budget"),
            Some(Section::Responsibilities)
        );
        assert_eq!(vote("5+ years in growth marketing"), Some(Section::Skills));
        assert_eq!(
            vote("Google Ads, HubSpot, Looker Studio"),
            Some(Section::Skills)
        );
        assert_eq!(
            vote("Assessment: Conducts pain assessments"),
            Some(Section::Responsibilities)
        );
        // Says neither: it goes with its block.
        assert_eq!(vote("You've worked in fintech before"), None);
        assert_eq!(vote("Four-day week in August"), None);
    }

    #[test]
    fn a_label_of_what_is_asked_holds_over_the_list_its_sentences_go_on() {
        let holds = |part, sentence| continues_label(part, sentence, &[]);
        // "Requirements: Valid Class A CDL. Minimum 6 months of experience. Clean MVR."
        assert!(holds(
            Part::Requirements,
            "Minimum 6 months of OTR experience."
        ));
        assert!(holds(
            Part::Requirements,
            "Clean MVR and ability to pass a DOT physical."
        ));
        // What the role does, the employer, a call to apply: the list has ended.
        assert!(!holds(
            Part::Requirements,
            "You will haul freight across Texas."
        ));
        assert!(!holds(
            Part::Requirements,
            "We offer weekly pay and benefits."
        ));
        assert!(!holds(Part::Requirements, "Apply today!"));
        // A label of degrees or certifications holds over what names one.
        assert!(holds(Part::Education, "Master's degree preferred."));
        assert!(!holds(
            Part::Education,
            "Enrollment is over 3,000 students."
        ));
        assert!(holds(Part::Certifications, "BLS certification."));
        // Duties are read by their wording anyway.
        assert!(!holds(Part::Responsibilities, "Perform inspections."));
    }
}
