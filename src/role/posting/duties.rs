//! What a line that states a duty looks like, in a posting ("Develop reports", "Leads the
//! staffing cycle", "Managing a team of five") and in a CV ("Led the migration to
//! Snowflake"), and what a CV's job line looks like ("Data Manager, Northway Insurance
//! (2019 - present)"), which is no item at all.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

/// Verbs that open statements of work. Most are the first words of the O*NET task
/// statements (every verb that opens at least three of them; together they open 97% of the
/// 18,000 statements), the rest the verbs CVs and start-up postings open bullets with.
#[rustfmt::skip]
const DUTY_VERBS: &[&str] = &[
    // From the first words of O*NET task statements.
    "accept", "accompany", "acquire", "act", "activate", "adapt", "add", "address",
    "adhere", "adjust", "administer", "advise", "advocate", "aid", "alert", "align",
    "allocate", "alter", "analyze", "announce", "answer", "apply", "appoint", "appraise",
    "apprehend", "approve", "archive", "arrange", "assemble", "assess", "assign", "assist",
    "attach", "attend", "audition", "authorize", "bake", "balance", "bathe", "bend",
    "bleach", "bolt", "book", "bore", "break", "brush", "buff", "build", "buy", "calculate",
    "calibrate", "call", "care", "carry", "carve", "cement", "change", "check", "chip",
    "choose", "circulate", "clamp", "classify", "clean", "clear", "climb", "close", "code",
    "collaborate", "collect", "comfort", "communicate", "compare", "compile", "complete",
    "comply", "compose", "compound", "compute", "conduct", "confer", "configure", "connect",
    "consider", "construct", "consult", "contact", "contract", "contribute", "control",
    "convert", "cook", "cool", "coordinate", "copy", "correct", "correspond", "counsel",
    "count", "couple", "cover", "create", "cure", "customize", "cut", "decide",
    "decontaminate", "decorate", "define", "deliver", "demonstrate", "describe", "design",
    "detect", "determine", "develop", "devise", "diagnose", "dig", "direct", "disassemble",
    "disconnect", "discuss", "disinfect", "dismantle", "dispose", "disseminate",
    "distinguish", "distribute", "document", "draft", "drain", "draw", "dress", "drill",
    "drive", "dump", "duplicate", "dust", "edit", "educate", "employ", "encourage",
    "enforce", "engage", "ensure", "enter", "erect", "escort", "establish", "estimate",
    "evaluate", "examine", "exchange", "execute", "exercise", "explain", "expose",
    "extract", "fabricate", "facilitate", "fasten", "feed", "file", "fill", "finish", "fit",
    "fold", "follow", "forecast", "form", "formulate", "furnish", "gather", "generate",
    "give", "glue", "grade", "greet", "grind", "guide", "hammer", "handle", "hang",
    "harvest", "haul", "heat", "help", "hire", "hoist", "hold", "identify", "immerse",
    "implement", "improve", "incorporate", "inform", "initiate", "inject", "input",
    "insert", "inspect", "install", "instruct", "integrate", "interpret", "interview",
    "inventory", "investigate", "isolate", "issue", "join", "keep", "lay", "lead", "learn",
    "level", "lift", "listen", "load", "locate", "log", "lower", "lubricate", "mail",
    "maintain", "make", "manage", "manipulate", "map", "mark", "market", "massage", "match",
    "measure", "mediate", "meet", "melt", "mentor", "mix", "model", "modify", "mold",
    "monitor", "mount", "move", "nail", "negotiate", "notify", "observe", "obtain", "offer",
    "oil", "open", "operate", "optimize", "order", "organize", "overhaul", "oversee",
    "pack", "package", "paint", "participate", "patch", "patrol", "pay", "perform",
    "photograph", "pick", "place", "plan", "plant", "play", "plot", "polish", "position",
    "post", "pour", "practice", "preheat", "prepare", "prescribe", "present", "preserve",
    "press", "price", "print", "process", "procure", "produce", "program", "promote",
    "proofread", "propose", "protect", "provide", "prune", "publish", "pull", "purchase",
    "push", "put", "question", "quote", "raise", "read", "reassemble", "rebuild", "receive",
    "recognize", "recommend", "reconcile", "record", "recruit", "redesign", "refer",
    "refinish", "refuel", "register", "regulate", "relay", "release", "remove", "render",
    "rent", "repair", "replace", "replenish", "report", "represent", "reproduce", "request",
    "requisition", "rescue", "research", "reserve", "reset", "resolve", "respond",
    "restock", "restrain", "retrieve", "return", "review", "revise", "rewire", "ride",
    "rinse", "roll", "rotate", "route", "run", "sand", "saw", "scan", "schedule", "scrape",
    "screen", "scribe", "scrub", "seal", "search", "secure", "seek", "select", "sell",
    "send", "separate", "serve", "service", "set", "settle", "sew", "shape", "sharpen",
    "shovel", "show", "shut", "sign", "signal", "sing", "sketch", "slice", "smooth",
    "solder", "solicit", "sort", "speak", "specialize", "specify", "splice", "sponsor",
    "spray", "spread", "sprinkle", "stack", "stain", "stamp", "start", "steer", "stencil",
    "sterilize", "stock", "store", "straighten", "stretch", "string", "study", "submit",
    "suggest", "summarize", "supervise", "supply", "support", "survey", "suspend", "sweep",
    "switch", "synchronize", "take", "talk", "tap", "teach", "tend", "test", "testify",
    "thread", "tie", "tighten", "tow", "trace", "track", "train", "transcribe", "transfer",
    "translate", "transmit", "transport", "travel", "treat", "trim", "troubleshoot", "tune",
    "turn", "tutor", "type", "unload", "update", "upload", "use", "vacuum", "validate",
    "verify", "view", "visit", "walk", "warn", "wash", "weigh", "weld", "wind", "withdraw",
    "work", "wrap", "write",
    // What CVs and start-up postings open bullets with.
    "architect", "automate", "champion", "coach", "deploy", "embed", "grow", "increase",
    "launch", "migrate", "own", "partner", "pilot", "reduce", "refactor", "scale", "ship",
    "spearhead", "streamline", "win", "analyse", "organise", "optimise", "prioritise",
    "standardise", "visualise", "utilise", "utilize", "liaise", "introduce", "transform",
    "consolidate", "achieve", "save", "expand", "modernise", "modernize", "restructure",
    "influence", "chair",
];

/// Past tenses that are not the verb with `-ed`: "Led", "Built", "Wrote".
const IRREGULAR_PASTS: &[(&str, &str)] = &[
    ("led", "lead"),
    ("built", "build"),
    ("rebuilt", "rebuild"),
    ("ran", "run"),
    ("wrote", "write"),
    ("rewrote", "rewrite"),
    ("made", "make"),
    ("drove", "drive"),
    ("took", "take"),
    ("undertook", "take"),
    ("grew", "grow"),
    ("oversaw", "oversee"),
    ("taught", "teach"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("kept", "keep"),
    ("held", "hold"),
    ("gave", "give"),
    ("won", "win"),
    ("brought", "bring"),
    ("met", "meet"),
    ("sought", "seek"),
    ("began", "start"),
    ("chose", "choose"),
    ("spoke", "speak"),
    ("drew", "draw"),
];

/// The duty verbs, as a set.
static VERBS: LazyLock<FxHashSet<&str>> = LazyLock::new(|| DUTY_VERBS.iter().copied().collect());

/// Words before the verb that leave the line a duty: "Will manage", "To develop".
const LEADS: &[&str] = &["will", "to", "also", "then"];

/// The form of the verb a duty opens with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// `Develop`, `Develops`: what a posting says the role does.
    Plain,
    /// `Developing`, `Developed`, `Led`: a CV's bullets, or a noun or adjective
    /// ("Working knowledge", "Demonstrated ability") that only the rest of a line tells.
    Other,
}

/// The form of the verb of work a line or sentence opens with (after "will", "to"), if it
/// opens with one: `Develop`, `Develops`, `Developing`, `Developed`, `Led`.
#[must_use]
pub fn duty_verb(text: &str) -> Option<VerbForm> {
    let words = crate::text::tokens(text);
    // "Will manage", "Proactively identifies": the verb after a lead word or an adverb.
    let is_adverb = |word: &str| word.ends_with("ly") && verb_form(word).is_none();
    let first = words
        .iter()
        .find(|word| !LEADS.contains(&word.as_str()) && !is_adverb(word))
        .map_or("", String::as_str);
    verb_form(first)
}

/// Whether a line or sentence opens with a verb of work, in any form.
#[must_use]
pub fn is_duty(text: &str) -> bool {
    duty_verb(text).is_some()
}

/// Words after "Join" that make it a call to apply ("Join our team"), not the work of
/// joining things ("Join pipes").
const JOIN_US: &[&str] = &["our", "us", "the", "a", "an"];

/// Words after "Apply" that make it a call to apply ("Apply today!"), not the work of
/// applying things ("Apply sealants", "Apply for permits").
const APPLY_NOW: &[&str] = &["today", "now", "online", "here", "via", "through"];

/// Whether a line opens by asking the reader to join or to apply ("Join our team", "Apply
/// today!", "To apply, ..."): a call to apply, no duty.
#[must_use]
pub fn calls_to_join(text: &str) -> bool {
    let words = crate::text::tokens(text);
    let second = words.get(1).map(String::as_str);
    match words.first().map(String::as_str) {
        Some("join") => second.is_some_and(|next| JOIN_US.contains(&next)),
        Some("apply") => second.is_none_or(|next| APPLY_NOW.contains(&next)),
        Some("to") => second == Some("apply"),
        _ => false,
    }
}

/// Words a sentence that names the role as its subject opens with ("The Maintenance
/// Technician performs ...", "This position will lead ...").
const SUBJECT_OPENINGS: &[&str] = &["the", "this", "our", "each"];

/// The most words between the opening and the verb of such a sentence.
const MAX_SUBJECT_WORDS: usize = 5;

/// Nouns that name the role or the person in it.
const ROLE_NOUNS: &[&str] = &[
    "role",
    "position",
    "candidate",
    "applicant",
    "individual",
    "person",
    "incumbent",
    "hire",
    "jobholder",
];

/// Nouns of a subject that is the employer or a thing, not the role ("The Company
/// provides", "Our Benefits Program pays").
const NOT_THE_ROLE: &[&str] = &[
    "company",
    "firm",
    "organization",
    "organisation",
    "team",
    "department",
    "group",
    "hospital",
    "clinic",
    "school",
    "university",
    "agency",
    "business",
    "client",
    "corporation",
    "inc",
    "llc",
    "ltd",
    "employer",
    "program",
    "programme",
    "plan",
    "benefits",
    "salary",
    "pay",
    "office",
    "facility",
    "plant",
    "store",
    "site",
    "we",
    "you",
    "it",
];

/// Verbs of work that say what an employer gives, not what the role does.
const GIVING_VERBS: &[&str] = &["offer", "pay"];

/// Whether a sentence of prose says what the role does with the role as its subject: a
/// short subject that opens with "The", "This", "Our" or "Each" and is the role (a noun
/// such as "position" or "candidate", or a title in capitals that names no employer), then
/// a verb of work with its `s`, or "will" and one: "The Maintenance Technician performs
/// preventive maintenance", "This position will lead audits". Ads without headings state
/// their duties so.
#[must_use]
pub fn role_does(text: &str) -> bool {
    role_does_as(text, &[])
}

/// [`role_does`], where a subject that has a word of the posting's own title (`title`, its
/// words in lower case) is the role too, in whatever case it is written: "The hygienist
/// will perform prophylaxis" in an ad for a Dental Hygienist.
#[must_use]
pub fn role_does_as(text: &str, title: &[String]) -> bool {
    let written: Vec<&str> = crate::text::token::tokens(text)
        .into_iter()
        .map(|token| token.text)
        .collect();
    let lower: Vec<String> = written.iter().map(|word| word.to_lowercase()).collect();
    if !lower
        .first()
        .is_some_and(|word| SUBJECT_OPENINGS.contains(&word.as_str()))
    {
        return false;
    }
    // The verb: "will" and a verb of work, or a verb of work with its `s` ("performs");
    // a plain form may be a noun of the title ("The Lead Engineer"), and a first word
    // with an `s` may be too ("The Records Clerk files ...").
    let is_verb_at = |at: usize| {
        if lower[at] == "will" {
            lower
                .get(at + 1)
                .is_some_and(|next| VERBS.contains(next.as_str()))
        } else {
            verb_form(&lower[at]) == Some(VerbForm::Plain) && !VERBS.contains(lower[at].as_str())
        }
    };
    let Some(verb_at) = (2..lower.len().min(MAX_SUBJECT_WORDS + 2)).find(|&at| is_verb_at(at))
    else {
        return false;
    };
    let verb = if lower[verb_at] == "will" {
        &lower[verb_at + 1]
    } else {
        &lower[verb_at]
    };
    // "This position reports to the CFO" says where the role stands, not what it does.
    let reports_to =
        verb.starts_with("report") && lower[verb_at + 1..].iter().take(2).any(|word| word == "to");
    if reports_to || GIVING_VERBS.iter().any(|giving| verb.starts_with(giving)) {
        return false;
    }
    let subject = 1..verb_at;
    // "The Office of the Registrar", "The university's president": the employer's.
    let names_no_employer = !lower[subject.clone()].iter().any(|word| {
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("\u{2019}s"))
            .unwrap_or(word);
        NOT_THE_ROLE.contains(&word)
    });
    let names_the_role = lower[subject.clone()]
        .iter()
        .any(|word| ROLE_NOUNS.contains(&word.as_str()));
    let names_its_title = names_no_employer
        && lower[subject.clone()]
            .iter()
            .any(|word| title.contains(word));
    let is_a_title = names_no_employer
        && written[subject]
            .iter()
            .all(|word| word.starts_with(|c: char| c.is_uppercase()));
    names_the_role || names_its_title || is_a_title
}

/// The form of `word` (lower case) if it is a form of a duty verb.
fn verb_form(word: &str) -> Option<VerbForm> {
    static PASTS: LazyLock<FxHashMap<&str, &str>> =
        LazyLock::new(|| IRREGULAR_PASTS.iter().copied().collect());
    let is_verb = |base: &str| !base.is_empty() && VERBS.contains(base);
    let undoubled = |base: &str| {
        // "planned", "running": the last consonant doubled before the ending.
        let bytes = base.as_bytes();
        bytes.len() >= 2
            && bytes[bytes.len() - 1] == bytes[bytes.len() - 2]
            && is_verb(&base[..base.len() - 1])
    };
    let plain = is_verb(word)
        || word
            .strip_suffix("ies")
            .is_some_and(|base| is_verb(&format!("{base}y")))
        || word.strip_suffix("es").is_some_and(is_verb)
        || word.strip_suffix('s').is_some_and(is_verb);
    if plain {
        return Some(VerbForm::Plain);
    }
    let other = PASTS.contains_key(word)
        || word
            .strip_suffix("ied")
            .is_some_and(|base| is_verb(&format!("{base}y")))
        || ["ing", "ed"].iter().any(|ending| {
            word.strip_suffix(ending).is_some_and(|base| {
                is_verb(base) || is_verb(&format!("{base}e")) || undoubled(base)
            })
        });
    other.then_some(VerbForm::Other)
}

/// The most words a job line has; longer lines with a year in them are sentences.
const MAX_JOB_LINE_WORDS: usize = 14;

/// Whether a line of a CV's history names a job rather than what was done in it: short,
/// with a year or "present", and no duty: "Data Manager, Northway Insurance Group
/// (2019 - present)", "Jan 2016 – Mar 2019 | Analyst, Acme".
#[must_use]
pub fn is_job_line(text: &str) -> bool {
    let words = crate::text::tokens(text);
    if words.is_empty() || words.len() > MAX_JOB_LINE_WORDS {
        return false;
    }
    let dated = words
        .iter()
        .any(|word| is_year(word) || matches!(word.as_str(), "present" | "current" | "now"));
    // A span of dates ("2016 – 2018", "June 2018 – Present") is a job's whatever word
    // opens the line ("Mount Carmel East, Columbus, OH 2016 – 2018").
    dated && (!is_duty(text) || has_date_span(text))
}

/// Whether a text has a span of dates: a year, a dash, then (after a month, perhaps) a
/// year or "present": "2016 – 2018", "2018-Present", "Mar 2019 — Jan 2021".
fn has_date_span(text: &str) -> bool {
    let words = crate::text::token::tokens(text);
    let ends_a_span = |word: &str| {
        is_year(word) || ["present", "current", "now"].contains(&word.to_lowercase().as_str())
    };
    words.iter().enumerate().any(|(at, word)| {
        let Some(next) = words.get(at + 1) else {
            return false;
        };
        let between = &text[word.span.end..next.span.start];
        is_year(word.text)
            && between.contains(['-', '\u{2013}', '\u{2014}'])
            && words[at + 1..]
                .iter()
                .take(2)
                .any(|after| ends_a_span(after.text))
    })
}

/// Whether a word is a year of a working life.
fn is_year(word: &str) -> bool {
    word.len() == 4
        && word
            .parse::<u32>()
            .is_ok_and(|year| (1950..=2099).contains(&year))
}

/// The most words of a job's title on a line of its own in a CV's history.
const MAX_JOB_TITLE_WORDS: usize = 6;

/// Whether a line of a CV's history is a job's title or employer on a line of its own,
/// with its dates on another ("Staff Nurse, Medical-Surgical Unit", "Nursing Assistant"):
/// a few words, each content word capitalised, no digits, and no verb of work opening it.
#[must_use]
pub fn is_job_title_line(text: &str) -> bool {
    let words = crate::text::token::tokens(text);
    !words.is_empty()
        && words.len() <= MAX_JOB_TITLE_WORDS
        && !text.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ';' | ':'))
        && words.iter().all(|word| {
            word.text.starts_with(char::is_uppercase)
                || crate::text::stop_words::is_stop_word_any_case(word.text)
        })
        && !is_duty(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duty_in_every_form_lines_are_written_in() {
        for line in [
            "Develop methods to support research protocols",
            "Develops dashboards for the board",
            "Identifies and/or conducts investigations",
            "Developing reports for finance",
            "Managing a team of five analysts",
            "Planned and ran the migration",
            "Led the migration to Snowflake",
            "Built a data catalogue",
            "Analysed churn with Python",
            "Will manage the data team",
            "Partners with HR managers",
            "Proactively identifies workforce trends",
            "Influences decisions on workforce planning",
            "Apply statistical methods to survey data",
            "Supplies the wards with linen",
        ] {
            assert!(is_duty(line), "{line}");
        }
    }

    #[test]
    fn a_sentence_with_the_role_as_its_subject_says_what_it_does() {
        for sentence in [
            "The Maintenance Technician performs preventive and corrective maintenance",
            "This position will lead audits of the plant",
            "The successful candidate coordinates the schedule",
            "The Records Clerk files documents",
            "The Lead Engineer will design the platform",
            "Each Nurse provides care to patients",
            "This position reports weekly figures to the board",
        ] {
            assert!(role_does(sentence), "{sentence}");
        }
        for sentence in [
            "The Company offers competitive pay",
            "This position reports directly to the CFO",
            "This position offers growth",
            "Our Benefits Program pays tuition",
            "The team builds tools",
            "The data shows growth",
            "This is a great place to work",
            "Develop reports",
            "The Acme Corporation provides services",
            "This position will report to the CFO",
            "This position will offer growth",
            // A subject of more than five words is no short subject.
            "The Senior Vice President Of Global Field Operations leads the plan",
        ] {
            assert!(!role_does(sentence), "{sentence}");
        }
    }

    #[test]
    fn a_subject_named_by_the_postings_own_title_is_the_role() {
        let title: Vec<String> = ["dental", "hygienist"].map(String::from).to_vec();
        assert!(role_does_as(
            "The hygienist will perform prophylaxis and scaling",
            &title
        ));
        assert!(role_does_as(
            "The dental hygienist educates patients",
            &title
        ));
        assert!(!role_does("The hygienist will perform prophylaxis"));
        // A word of the title that names the employer is still the employer.
        let title: Vec<String> = ["clinic", "nurse"].map(String::from).to_vec();
        assert!(!role_does_as("The clinic will provide training", &title));
        assert!(!role_does_as("The patient will receive care", &title));
        let title: Vec<String> = ["registrar"].map(String::from).to_vec();
        assert!(!role_does_as(
            "The Office of the Registrar serves the university",
            &title
        ));
        assert!(!role_does_as(
            "The university's registrar leads the office",
            &title
        ));
    }

    #[test]
    fn a_job_title_on_a_line_of_its_own_is_a_few_capitalised_words() {
        for line in [
            "Staff Nurse, Medical-Surgical Unit",
            "Nursing Assistant",
            "Head of Data & Analytics",
        ] {
            assert!(is_job_title_line(line), "{line}");
        }
        for line in [
            "Provide care for patients",
            "Experience with Linux and networking",
            "Senior Data Manager at Northway Insurance Group in Leeds",
            "Team of 12",
            "Led the data team",
        ] {
            assert!(!is_job_title_line(line), "{line}");
        }
    }

    #[test]
    fn join_us_is_a_call_to_apply_not_a_duty() {
        assert!(calls_to_join("Join our plant team in Dayton, OH"));
        assert!(calls_to_join("Join us and grow"));
        assert!(!calls_to_join("Join pipes and fittings"));
        assert!(!calls_to_join("Adjoin our team"));
        assert!(calls_to_join("Apply today!"));
        assert!(calls_to_join("Apply"));
        assert!(calls_to_join("To apply, send your CV"));
        assert!(!calls_to_join("Apply sealants and fluoride"));
        assert!(!calls_to_join("Apply for building permits"));
    }

    #[test]
    fn what_asks_or_describes_is_no_duty() {
        for line in [
            "Experience with SQL and Python",
            "Strong communication skills",
            "We are a fast-growing insurer",
            "Bachelor's degree in statistics",
            "Our team of 12 engineers",
            "Excellent attention to detail",
            "Python, SQL, dbt",
            "Engineering degree or equivalent",
            "Detailed knowledge of SQL",
            "",
        ] {
            assert!(!is_duty(line), "{line}");
        }
    }

    #[test]
    fn a_job_line_has_a_year_and_no_duty() {
        for line in [
            "Data Manager, Northway Insurance Group (2019 - present)",
            "Jan 2016 – Mar 2019 | Analyst, Acme Ltd",
            "Data Analyst at Brightside Energy, 2015-2019",
            "Mount Carmel East, Columbus, OH 2016 – 2018",
            "Riverside Methodist Hospital, Columbus, OH    June 2018 – Present",
        ] {
            assert!(is_job_line(line), "{line}");
        }
        // As long as a job line may be: fourteen words.
        let longest = "Senior Data Manager and Team Lead, Northway Insurance Group Ltd, Leeds, UK (2019 - 2024)";
        assert_eq!(crate::text::tokens(longest).len(), MAX_JOB_LINE_WORDS);
        assert!(is_job_line(longest));
        for line in [
            "Led the 2021 migration to Snowflake",
            "5+ years of experience with SQL",
            "Data Manager",
            "Led the migration from 2019 to 2021",
            "Led the data team from 2019 - a time of growth",
            "Built - with the team - the 2020 forecast",
            "In 2019 the company moved its whole estate of reports and dashboards to a new platform built on Azure",
        ] {
            assert!(!is_job_line(line), "{line}");
        }
    }
}
