//! An item as the near tier sees it: a set of weighted words and concepts, with stop
//! and filler words left out.

use super::short_names;
use super::term::{Interner, Term};

use super::vocabulary::{Concept, GroupRole, Vocabulary};
use crate::text::{is_stop_word, light_stem, stem, token, tokens};

// The weights of terms, chosen on the matcher's development cases (`matching-dev`, with
// `examples/sweep-threshold.rs`) and held by our own cases (`tests/fixtures/matching-own.yaml`).

/// Weight of a plain content word, the unit the others are measured in.
pub(super) const WORD_WEIGHT: f64 = 1.0;
/// Weight of a vocabulary concept: a term of the vocabulary says more than a plain word.
pub(super) const CONCEPT_WEIGHT: f64 = 1.5;
/// Weight of a generic word ("data", "systems"): it says what kind, not what.
const GENERIC_WEIGHT: f64 = 0.5;
/// Weight of a vendor name ("Microsoft" of "Microsoft Excel"): the product says more.
const VENDOR_WEIGHT: f64 = 0.25;
/// Weight of a family of products (Spark, `PySpark`, Spark SQL), and of the product itself
/// beside it: two products of one family score 0.8.
const FAMILY_WEIGHT: f64 = 1.0;
/// Weight of the product itself beside its family.
const MEMBER_WEIGHT: f64 = 0.25;
/// The least score of an item whose whole content is the head of the other
/// ("Communication" and "Communication of results to non-technical audiences").
const CONTAINED: f64 = 0.8;

/// The weighted terms of one item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    /// (term id, weight), sorted by id, each id once.
    pub terms: Vec<(u32, f64)>,
    /// Sum of the weights.
    pub total: f64,
    /// (kind, concept) of every concept that has a kind, sorted.
    pub kinds: Vec<(u32, Concept)>,
    /// The ids of the terms before the first preposition ("communication" of
    /// "Communication of results to ..."), sorted.
    pub head: Vec<u32>,
    /// Whether a preposition and more follow the head.
    pub has_tail: bool,
    /// (term id, the words it was found in, as the text writes them after folding), in
    /// the order of the text, each id once: what `--explain` names.
    pub labels: Vec<(u32, String)>,
    /// (alike group id, word id) of each word found as alike words: the group, and the
    /// word's own root, which the noun made of it is ("Developing" is the group of
    /// `develop` and the word `develop` of "development"), sorted.
    pub alike_roots: Vec<(u32, u32)>,
}

/// A term found in a text: the term, its weight, and its (kind, concept) if it has a kind.
type Found = (Term, f64, Option<(u32, Concept)>);

/// The content words of an item from one on, in the three forms terms are found by.
struct Words<'a> {
    /// Lightly stemmed: vocabulary terms.
    light: &'a [String],
    /// Fully stemmed: plain words, and terms of several words in another inflection.
    stems: &'a [String],
    /// As alike words are found ([`Vocabulary::alike_key_of`]).
    alike_keys: &'a [String],
}

/// The terms at the start of `words`, and how many words they span: a vocabulary term (in
/// any inflection when it has several words), alike words, or a plain word.
fn terms_at(vocabulary: &Vocabulary, words: &Words) -> (Vec<Found>, usize) {
    let stems = words.stems;
    let concept = vocabulary
        .phrase_at(words.light)
        .or_else(|| vocabulary.stemmed_phrase_at(stems));
    let alike = vocabulary.alike_at(words.alike_keys);
    if let Some((concept, span)) = concept
        && alike.is_none_or(|(_, other)| other <= span)
    {
        return (concept_terms(vocabulary, concept), span);
    }
    if let Some((concept, span)) = alike {
        let weight = match vocabulary.role_of(concept) {
            GroupRole::Alike { generic: true } => GENERIC_WEIGHT,
            _ => WORD_WEIGHT,
        };
        return (vec![(Term::Concept(concept), weight, None)], span);
    }
    (word_terms(vocabulary, &stems[0]), 1)
}

/// For each content word (by its place in `content`, an index into `raw`), where its
/// alternative of a choice ends: the place of the first content word after the next "or"
/// or "nor", or the end.
fn choice_ends(raw: &[String], content: &[usize]) -> Vec<usize> {
    let mut ends = vec![content.len(); content.len()];
    let mut end = content.len();
    for place in (0..content.len()).rev() {
        ends[place] = end;
        let before = if place == 0 {
            0
        } else {
            content[place - 1] + 1
        };
        if raw[before..content[place]]
            .iter()
            .any(|word| word == "or" || word == "nor")
        {
            end = place;
        }
    }
    ends
}

/// The most years of experience a text asks for; a larger number is a calendar year
/// ("since 2019, years of growth").
const MOST_YEARS: u32 = 50;

/// How the term of years of experience ends ("3+ years").
const YEARS: &str = "+ years";

/// Whether `term` is years of experience asked for.
pub(super) fn is_years(term: &Term) -> bool {
    matches!(term, Term::Word(word) if word.ends_with(YEARS))
}

/// Numbers as CVs and postings write them in words ("nine years", "three to five years").
const NUMBER_WORDS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// Years of experience asked for, at the words from `word(0)` on: "3+ years", "3 years",
/// "3-5 years" (the least: 3), "5 yrs", "three to five years"; with how many words they
/// span.
fn years_at<'w>(word: impl Fn(usize) -> Option<&'w str>) -> Option<(u32, usize)> {
    let number = |text: &str| {
        let in_words = NUMBER_WORDS.iter().position(|&number| number == text);
        let years = match in_words {
            Some(index) => u32::try_from(index).ok()? + 1,
            None => text.strip_suffix('+').unwrap_or(text).parse::<u32>().ok()?,
        };
        (years <= MOST_YEARS).then_some(years)
    };
    let least = number(word(0)?)?;
    let is_years = |text: Option<&str>| matches!(text, Some("years" | "year" | "yrs" | "yr"));
    if is_years(word(1)) {
        return Some((least, 2));
    }
    (word(1).and_then(number).is_some() && is_years(word(2))).then_some((least, 3))
}

/// The term of a plain word (none for a filler word), weighed by what kind of word it is.
fn word_terms(vocabulary: &Vocabulary, word: &str) -> Vec<Found> {
    if vocabulary.is_filler(word) {
        return Vec::new();
    }
    let weight = if vocabulary.is_vendor(word) {
        VENDOR_WEIGHT
    } else if vocabulary.is_generic(word) {
        GENERIC_WEIGHT
    } else {
        WORD_WEIGHT
    };
    vec![(Term::Word(root(word)), weight, None)]
}

/// The vocabulary's spelling of the short name that `found` (the terms of the one word
/// `word`) is, when it is also a common word or a letter (`Go`, `R`).
fn ambiguous_name<'v>(vocabulary: &'v Vocabulary, found: &[Found], word: &str) -> Option<&'v str> {
    found.iter().find_map(|(term, _, _)| match term {
        Term::Concept(concept) => vocabulary
            .written_terms(*concept)
            .iter()
            .find(|written| written.eq_ignore_ascii_case(word))
            .map(|written| &**written)
            .filter(|written| short_names::is_ambiguous(written)),
        _ => None,
    })
}

/// The places of `raw` (the folded tokens of `text`), in order, whose word is a function
/// word that `text` writes as an acronym the vocabulary knows: `IT` in "Work with IT", not "it" in
/// "make it work", nor any word of a text in capitals throughout. `written` holds the
/// words of `text` as written once read, for the short names after.
fn acronyms_written<'t>(
    text: &'t str,
    raw: &[String],
    vocabulary: &Vocabulary,
    written: &mut Option<Vec<token::Token<'t>>>,
) -> Vec<usize> {
    if !token::has_two_capitals(text) || !text.chars().any(char::is_lowercase) {
        return Vec::new();
    }
    let written = written.get_or_insert_with(|| token::tokens(text));
    // Folding may change how many words there are; then none is taken for an acronym.
    if written.len() != raw.len() {
        return Vec::new();
    }
    (0..raw.len())
        .filter(|&i| {
            is_stop_word(&raw[i])
                && token::is_acronym(written[i].text)
                && !vocabulary.concepts_of_whole(&raw[i]).is_empty()
        })
        .collect()
}

/// The terms of a vocabulary group: the group, or for a product of a family the family
/// and, weighed little, the product itself (`PySpark` and Spark are similar, not the same).
fn concept_terms(vocabulary: &Vocabulary, concept: Concept) -> Vec<Found> {
    let kind = vocabulary.kind_of(concept).map(|kind| (kind, concept));
    match vocabulary.family_of(concept) {
        Some(family) => vec![
            (Term::Concept(family), FAMILY_WEIGHT, None),
            (Term::Concept(concept), MEMBER_WEIGHT, kind),
        ],
        None => vec![(Term::Concept(concept), CONCEPT_WEIGHT, kind)],
    }
}

/// The content words (`content`, places in `raw`) fully stemmed, given them lightly
/// stemmed: a noun made of a verb as its verb ([`verb_of_noun`]).
fn content_stems(raw: &[String], content: &[usize], light: &[String]) -> Vec<String> {
    content
        .iter()
        .zip(light)
        .map(|(&i, light)| verb_of_noun(light).map_or_else(|| stem(&raw[i]), stem))
        .collect()
}

/// The content words as alike words are found ([`Vocabulary::alike_key_of`]), given them
/// lightly and fully stemmed.
fn alike_keys(vocabulary: &Vocabulary, light: &[String], stems: &[String]) -> Vec<String> {
    light
        .iter()
        .zip(stems)
        .map(|(light, stemmed)| vocabulary.alike_key_of(light, stemmed))
        .collect()
}

/// Whether the first of `light` (a word whose stem is `stem`, starting a term of `span`
/// words) is a vendor's name before a term as long, and so no part of the shorter one:
/// "Microsoft Azure Data Factory" is Azure Data Factory, not Azure.
fn vendor_before_a_longer_term(
    vocabulary: &Vocabulary,
    light: &[String],
    stem: &str,
    span: usize,
) -> bool {
    vocabulary.is_vendor(stem)
        && vocabulary
            .phrase_at(&light[1..])
            .is_some_and(|(_, next)| next >= span)
}

/// When `found` (the terms of the one word whose stem is `stem`) is a group of alike
/// words, the group's id and the word's own root's: the noun made of the word
/// ("development", "instruction") is that word, not the group, and meets it by its root.
fn alike_root(
    vocabulary: &Vocabulary,
    interner: &mut Interner,
    found: &[Found],
    stem: &str,
) -> Option<(u32, u32)> {
    let [(Term::Concept(concept), _, _)] = found else {
        return None;
    };
    if !matches!(vocabulary.role_of(*concept), GroupRole::Alike { .. }) {
        return None;
    }
    let group = interner.id(Term::Concept(*concept));
    Some((group, interner.id(Term::Word(root(stem)))))
}

/// Words that open a phrase describing the head of an item ("of results", "for sales").
const PREPOSITIONS: &[&str] = &[
    "of", "for", "to", "with", "in", "on", "across", "from", "at", "by", "about", "into",
    "through", "within", "via",
];

/// Where the head of an item ends: at its first preposition after a content word.
pub(super) fn head_end(tokens: &[String]) -> usize {
    tokens
        .iter()
        .enumerate()
        .skip_while(|(_, token)| is_stop_word(token))
        .find(|(_, token)| PREPOSITIONS.contains(&token.as_str()))
        .map_or(tokens.len(), |(index, _)| index)
}

/// A stem taken back to the root its other forms have, so that "scalable", "scale" and
/// "scaling" meet, "departmental" meets "department", "leadership" "lead", "reconciliation"
/// "reconcile", "written" "writing", and "React.js" "React": `.js` taken off; a stem left
/// ending in `-ment` or `-ion` stemmed again (the stemmer takes one suffix off at a time);
/// "-ership" taken off; a final `i` after a consonant dropped (not after `or`:
/// "directories" are not "directors"); an `-able` adjective taken back to its verb and a
/// final `e` dropped; irregular forms of common verbs are their verb. A stem of under
/// four letters is kept.
fn root(stem: &str) -> String {
    if let Some(verb) = irregular_verb(stem) {
        return root(&crate::text::stem(verb));
    }
    // A JavaScript library is named with `.js` or without ("React.js", "React").
    let stem = stem
        .strip_suffix(".js")
        .filter(|base| base.len() >= 2)
        .unwrap_or(stem);
    // Stemmed again only after a noun suffix the first pass left: `-er` is taken off by a
    // second pass too ("container" is not "contain"), and some stems read as other words.
    let again = if stem.ends_with("ment") || stem.ends_with("ion") {
        crate::text::stem(stem)
    } else {
        stem.to_owned()
    };
    let base = if again.len() >= 4 {
        again.as_str()
    } else {
        stem
    };
    let base = base
        .strip_suffix("ership")
        .filter(|base| base.len() >= 3)
        .unwrap_or(base);
    let base = match base.strip_suffix('i') {
        Some(before)
            if before.len() >= 6
                && !before.ends_with(['a', 'e', 'i', 'o', 'u'])
                && !before.ends_with("or") =>
        {
            before
        }
        _ => base,
    };
    let base = base
        .strip_suffix("abl")
        .filter(|base| base.len() >= 4)
        .unwrap_or(base);
    let base = base
        .strip_suffix('e')
        .filter(|base| base.len() >= 4)
        .unwrap_or(base);
    base.to_owned()
}

/// The verb of a noun made of it that the stemmer leaves apart from it ("maintenance",
/// "verification", "data entry"), given the noun lightly stemmed: the noun and the verb
/// then meet ("Maintain equipment" ~ "Equipment maintenance"). Nouns that are mostly other
/// things in the work people list are not here: an application is software, a solution
/// a product, production a place, a certification or a qualification what one holds.
fn verb_of_noun(light: &str) -> Option<&'static str> {
    Some(match light {
        "maintenance" => "maintain",
        "verification" => "verify",
        "modification" => "modify",
        "notification" => "notify",
        "specification" => "specify",
        "justification" => "justify",
        "clarification" => "clarify",
        "simplification" => "simplify",
        "resolution" => "resolve",
        "description" => "describe",
        "prescription" => "prescribe",
        "transcription" => "transcribe",
        "subscription" => "subscribe",
        "compliance" => "comply",
        "delivery" => "deliver",
        "recovery" => "recover",
        "discovery" => "discover",
        "inquiry" | "enquiry" => "inquire",
        "entry" => "enter",
        "diagnosis" => "diagnose",
        "decision" => "decide",
        "reduction" => "reduce",
        "submission" => "submit",
        "retention" => "retain",
        "intervention" => "intervene",
        "expansion" => "expand",
        "extension" => "extend",
        "guidance" => "guide",
        "governance" => "govern",
        "assistance" => "assist",
        "response" => "respond",
        "receipt" => "receive",
        "storage" => "store",
        "assembly" => "assemble",
        "growth" => "grow",
        "failure" => "fail",
        "closure" => "close",
        "disclosure" => "disclose",
        _ => return None,
    })
}

/// The verb of an irregular form that postings and CVs write ("written", "led", "built"),
/// given its stem; forms that are also other words ("left", "found", "saw") are not here.
fn irregular_verb(stem: &str) -> Option<&'static str> {
    Some(match stem {
        "written" | "wrote" => "write",
        "led" => "lead",
        "built" => "build",
        "taught" => "teach",
        "held" => "hold",
        "kept" => "keep",
        "brought" => "bring",
        "sent" => "send",
        "spent" => "spend",
        "grown" | "grew" => "grow",
        "drawn" | "drew" => "draw",
        "driven" | "drove" => "drive",
        "given" | "gave" => "give",
        "chosen" | "chose" => "choose",
        "shown" => "show",
        "taken" | "took" => "take",
        "understood" => "understand",
        "paid" => "pay",
        "sold" => "sell",
        "bought" => "buy",
        "thought" => "think",
        "began" | "begun" => "begin",
        "spoken" | "spoke" => "speak",
        _ => return None,
    })
}

impl Profile {
    /// The profile of `text`.
    #[must_use]
    pub fn of(text: &str, vocabulary: &Vocabulary, interner: &mut Interner) -> Profile {
        let raw = tokens(text);
        match super::field_degrees::written_out(text, &raw) {
            Some(written) => Profile::of(&written, vocabulary, interner),
            None => Profile::of_words(text, &raw, vocabulary, interner),
        }
    }

    /// The profile of `text`, given its words in normal form (`raw`).
    fn of_words(
        text: &str,
        raw: &[String],
        vocabulary: &Vocabulary,
        interner: &mut Interner,
    ) -> Profile {
        let head_end = head_end(raw);
        // Phrases are found among the content words, function words left out on both sides.
        let mut written_tokens = None;
        let acronyms = acronyms_written(text, raw, vocabulary, &mut written_tokens);
        let content: Vec<usize> = (0..raw.len())
            .filter(|&i| !is_stop_word(&raw[i]) || acronyms.binary_search(&i).is_ok())
            .collect();
        let light: Vec<String> = content.iter().map(|&i| light_stem(&raw[i])).collect();
        let stems = content_stems(raw, &content, &light);
        let alike_keys = alike_keys(vocabulary, &light, &stems);
        let ends = choice_ends(raw, &content);
        let mut profile = Profile::default();
        let mut head = Vec::new();
        // The terms named so far, so that each is named once, by its first words.
        let mut labelled: rustc_hash::FxHashSet<u32> = rustc_hash::FxHashSet::default();
        let mut index = 0;
        // An item that is a vocabulary term written with spaces (`Java Script`) is that
        // term, not its parts.
        if raw.len() > 1
            && let Some(&concept) = vocabulary.concepts_of_whole(&raw.concat()).first()
        {
            for (term, weight, kind) in concept_terms(vocabulary, concept) {
                let id = interner.id(term);
                if labelled.insert(id) {
                    profile.labels.push((id, raw.join(" ")));
                }
                profile.terms.push((id, weight));
                head.push(id);
                profile.kinds.extend(kind);
            }
            index = content.len();
        }
        while index < content.len() {
            let words_of = |i: usize| content.get(index + i).map(|&at| raw[at].as_str());
            if let Some((years, span)) = years_at(words_of) {
                // Years of any number are one term: "6 years of nursing" is like "3 years of
                // nursing"; whether six years meet three is the plan's to judge, not the
                // likeness of two items.
                let id = interner.id(Term::Word(YEARS.to_owned()));
                if labelled.insert(id) {
                    profile.labels.push((id, format!("{years}{YEARS}")));
                }
                profile.terms.push((id, GENERIC_WEIGHT));
                index += span;
                continue;
            }
            // A term is found within one alternative of a choice: "Git or other version
            // control" is Git, and version control, not the term "Git version control".
            let end = ends[index];
            let words = Words {
                light: &light[index..end],
                stems: &stems[index..end],
                alike_keys: &alike_keys[index..end],
            };
            let (mut found, mut span) = terms_at(vocabulary, &words);
            if span == 1
                && let Some(written) = ambiguous_name(vocabulary, &found, &raw[content[index]])
            {
                let as_written = written_tokens.get_or_insert_with(|| token::tokens(text));
                // Folding may change how many words there are; then trust the vocabulary.
                let names = as_written.len() != raw.len()
                    || short_names::names_here(text, as_written, content[index], written);
                if !names {
                    found = word_terms(vocabulary, &stems[index]);
                }
            }
            if span > 1
                && vendor_before_a_longer_term(vocabulary, &light[index..], &stems[index], span)
            {
                found = vec![(Term::Word(stems[index].clone()), VENDOR_WEIGHT, None)];
                span = 1;
            }
            let written = || {
                content[index..index + span]
                    .iter()
                    .map(|&i| raw[i].as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            if span == 1 {
                profile
                    .alike_roots
                    .extend(alike_root(vocabulary, interner, &found, &stems[index]));
            }
            for (term, weight, kind) in found {
                let id = interner.id(term);
                if labelled.insert(id) {
                    profile.labels.push((id, written()));
                }
                profile.terms.push((id, weight));
                if content[index] < head_end {
                    head.push(id);
                }
                profile.kinds.extend(kind);
            }
            index += span;
        }
        profile.settle_terms();
        profile.alike_roots.sort_unstable();
        profile.alike_roots.dedup();
        profile.kinds.sort_unstable();
        profile.kinds.dedup();
        head.sort_unstable();
        head.dedup();
        profile.head = head;
        profile.has_tail = head_end < raw.len();
        profile
    }

    /// Sorts the terms by id, keeps each id once at its largest weight, and sums them.
    fn settle_terms(&mut self) {
        self.terms
            .sort_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
        self.terms.dedup_by_key(|term| term.0);
        self.total = self.terms.iter().map(|term| term.1).sum();
    }

    /// The profile with the terms of `names` too: the profiles of the names (tools and
    /// certifications of a library's roles, as their items write them) that the text
    /// mentions in other words. "Dashboards in PBI" names Power BI as "Microsoft Power BI"
    /// does; a name the text already carries adds nothing.
    #[must_use]
    pub fn with_names(mut self, names: Vec<Profile>) -> Profile {
        if names.is_empty() {
            return self;
        }
        // The terms named so far, as a set: a long text may name many tools.
        let mut labelled: rustc_hash::FxHashSet<u32> =
            self.labels.iter().map(|(id, _)| *id).collect();
        for name in names {
            for (id, label) in name.labels {
                if labelled.insert(id) {
                    self.labels.push((id, label));
                }
            }
            self.terms.extend(name.terms);
        }
        self.settle_terms();
        self
    }

    /// Whether the two name different things of one kind (a Bachelor's and a Master's) and
    /// nothing of that kind in common.
    #[must_use]
    pub fn is_exclusive_of(&self, other: &Profile) -> bool {
        let kinds_of = |profile: &Profile| profile.kinds.iter().map(|k| k.0).collect::<Vec<_>>();
        let mine = kinds_of(self);
        kinds_of(other)
            .iter()
            .filter(|kind| mine.contains(kind))
            .any(|&kind| {
                let of_kind = |profile: &Profile| {
                    profile
                        .kinds
                        .iter()
                        .filter(|k| k.0 == kind)
                        .map(|k| k.1)
                        .collect::<Vec<_>>()
                };
                let theirs = of_kind(other);
                !of_kind(self).iter().any(|concept| theirs.contains(concept))
            })
    }
}

/// How alike two profiles are, given the weight of the terms they share: the mean of the
/// Dice coefficient and the overlap coefficient. Dice rewards items of equal scope; the
/// overlap lets a short item ("Healthcare") meet a longer one that says more about it
/// ("Health care and social assistance").
#[must_use]
pub fn closeness(shared_weight: f64, a: &Profile, b: &Profile) -> f64 {
    let smaller = a.total.min(b.total);
    if smaller <= 0.0 {
        return 0.0;
    }
    let dice = 2.0 * shared_weight / (a.total + b.total);
    let overlap = shared_weight / smaller;
    let score = f64::midpoint(dice, overlap).min(1.0);
    if is_head_of(a, b) || is_head_of(b, a) {
        score.max(CONTAINED)
    } else {
        score
    }
}

/// Whether the whole of `short` (at least one full content word) is the head of `long`,
/// which says more after it.
fn is_head_of(short: &Profile, long: &Profile) -> bool {
    short.total >= 1.0
        && long.has_tail
        && long.head.len() == short.terms.len()
        && short
            .terms
            .iter()
            .all(|(id, _)| long.head.binary_search(id).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(a: &str, b: &str) -> f64 {
        score_with("{}", a, b)
    }

    /// The score of two items with the built-in vocabulary extended by `extra` (YAML).
    fn score_with(extra: &str, a: &str, b: &str) -> f64 {
        let mut vocabulary = Vocabulary::built_in();
        vocabulary.extend(serde_yaml::from_str(extra).unwrap());
        let mut interner = Interner::default();
        let (pa, pb) = (
            Profile::of(a, &vocabulary, &mut interner),
            Profile::of(b, &vocabulary, &mut interner),
        );
        if pa.is_exclusive_of(&pb) {
            return 0.0;
        }
        closeness(super::super::near::shared_weight(&pa, &pb), &pa, &pb)
    }

    #[test]
    fn a_term_longer_than_the_alike_word_it_starts_with_is_the_term() {
        // `design` is an alike word of one word; the term `design review` is longer, so
        // an item that says it names the term, as its synonym does.
        let extra = "synonyms:\n  - [design review, DR]\n";
        assert!(score_with(extra, "Design review", "DR") >= 0.99);
    }

    #[test]
    fn a_vendors_word_weighs_little_beside_its_product() {
        // "Google" is a vendor: "Google Sheets" is mostly Sheets.
        let with_vendor = score("Google Sheets", "Sheets");
        let with_word = score("Shared Sheets", "Sheets");
        assert!(with_vendor > with_word, "{with_vendor} against {with_word}");
    }

    #[test]
    fn a_term_of_several_words_is_found_in_another_inflection() {
        assert!(score("Extracting, transforming and loading data", "ETL data") >= 0.7);
    }

    #[test]
    fn groups_of_one_new_kind_exclude_each_other() {
        // A kind first named by a folder's vocabulary is one kind for all its groups.
        let extra = "synonyms:\n  - {kind: tier, same: [Gold plan]}\n  - {kind: tier, same: [Silver plan]}\n";
        let mut vocabulary = Vocabulary::built_in();
        vocabulary.extend(serde_yaml::from_str(extra).unwrap());
        let mut interner = Interner::default();
        let gold = Profile::of("Gold plan support", &vocabulary, &mut interner);
        let silver = Profile::of("Silver plan support", &vocabulary, &mut interner);
        assert!(gold.is_exclusive_of(&silver));
    }

    #[test]
    fn things_of_different_kinds_never_exclude_each_other() {
        // A language and a degree are of two kinds: the work they share still counts.
        assert!(
            score(
                "Python for data analysis",
                "Master's degree in data analysis"
            ) > 0.0
        );
        assert!(
            score(
                "Python for data analysis",
                "AWS certification in data analysis"
            ) > 0.0
        );
    }

    #[test]
    fn alike_words_count_whole_unless_their_group_has_a_generic_word() {
        // `mentor` and `coach` tell what the work is; `manage` is generic, and its
        // group counts half beside the words that differ.
        let whole = score("Mentor analysts", "Coach engineers");
        let half = score("Manage analysts", "Oversee engineers");
        assert!(whole > half, "{whole} against {half}");
    }

    #[test]
    fn roots_meet_across_forms_and_short_stems_are_kept() {
        let root_of = |word: &str| root(&stem(word));
        for forms in [
            &["scalable", "scale", "scaling"][..],
            &["department", "departmental", "departments"],
            &["reconcile", "reconciliation", "reconciliations"],
            &["lead", "leading", "leadership", "led"],
            &["write", "writing", "written"],
            &["specify", "specification", "specified"],
            &["strategy", "strategic", "strategies"],
            &["own", "ownership"],
            &["react", "react.js"],
        ] {
            let roots: Vec<String> = forms.iter().map(|word| root_of(word)).collect();
            assert!(roots.iter().all(|root| *root == roots[0]), "{roots:?}");
        }
        for (one, other) in [
            ("directories", "directors"),
            ("general", "generate"),
            ("intervals", "intervention"),
        ] {
            assert_ne!(root_of(one), root_of(other));
        }
        // A stem left under four letters by either cut keeps the letters it had.
        assert_eq!(root("use"), "use");
        assert_eq!(root("tabl"), "tabl");
    }

    #[test]
    fn a_term_is_found_within_one_alternative_of_a_choice() {
        // Not the term "Git version control" across "or other": Git, and version control.
        assert!(
            score(
                "Familiarity with version control",
                "Git or other version control systems"
            ) >= 0.7
        );
        assert!(score("Git version control", "Git") >= 0.99);
    }

    #[test]
    fn common_workplace_synonyms_are_alike() {
        assert!(score("Customer service", "Client service") >= 0.99);
        assert!(score("Hire and train employees", "Recruit and train staff") >= 0.99);
        assert!(score("Customer segmentation", "Client onboarding") < 0.7);
    }

    #[test]
    fn years_of_any_number_are_one_term() {
        // Whether six years meet three is the plan's to judge; the items are alike.
        assert!(
            score(
                "6 years of nursing experience",
                "3 years of nursing experience"
            ) >= 0.99
        );
        assert!(
            score(
                "6 years of acute care nursing experience",
                "3 years of nursing experience"
            ) >= 0.7
        );
        // Years alone make no two items alike.
        assert!(score("5+ years of SQL", "3 years of Tableau") < 0.7);
    }

    #[test]
    fn general_work_verbs_and_nouns_are_alike() {
        for (a, b) in [
            ("Inspect equipment", "Check machinery"),
            ("Order replacement parts", "Purchase replacement parts"),
            ("Fix production bugs", "Repair production defects"),
            ("Educate students", "Teach pupils"),
            ("Resolve billing issues", "Settle invoicing problems"),
            (
                "Handle customer complaints",
                "Deal with customer grievances",
            ),
        ] {
            let close = score(a, b);
            assert!(close >= 0.7, "{a} ~ {b}: {close}");
        }
        // The verb alone is not the work: other things checked are other work.
        assert!(score("Inspect equipment", "Check invoices") < 0.7);
        // Alike words meet by stem, so calculate and compute are no group: calculators
        // are no computers.
        assert!(score("Hand calculators", "Notebook computers") < 0.7);
    }

    #[test]
    fn leading_a_team_is_a_kind_of_teamwork() {
        let close = score("Team leadership", "Ability to work in a team environment");
        assert!((0.7..0.99).contains(&close), "{close}");
        assert!(score("Leading teams", "People leadership") >= 0.99);
    }

    #[test]
    fn a_degree_named_with_its_field_is_that_level_in_that_field() {
        assert!(score("BSN", "Bachelor's degree in Nursing") >= 0.99);
        assert!(score("Master's degree in Business Administration", "MBA") >= 0.99);
        assert!(score("MPH", "Master of Public Health") >= 0.99);
        // Another level is another degree, whatever the field.
        assert_eq!(score("BSN", "Master's degree in nursing"), 0.0);
    }

    #[test]
    fn a_term_written_with_spaces_is_the_term() {
        assert!(score("Java Script", "JavaScript") >= 0.99);
    }

    #[test]
    fn a_vendor_before_a_longer_term_leaves_the_longer_term_whole() {
        // "Microsoft Azure" is a term, but "Azure Data Factory" after the vendor is longer.

        assert!(score("Microsoft Azure Data Factory", "Azure Data Factory") >= 0.7);
        assert!(score("Microsoft Azure Data Factory", "Azure") < 0.5);
        // A vendor's term with no longer term after it stays whole.
        assert!(score("Google Cloud Platform", "GCP") >= 0.99);
    }

    #[test]
    fn a_vendor_before_its_own_product_is_part_of_the_product() {
        // "Microsoft Excel" is the product Excel; the vendor is left out only before a
        // longer term than the one it starts.
        assert!(score("Advanced Microsoft Excel", "Advanced Excel") >= 0.7);
        assert!(score("Microsoft Power BI dashboards", "Power BI dashboards") >= 0.7);
        assert!(score("Microsoft Azure administration", "Azure administration") >= 0.7);
        assert!(score("Google BigQuery", "BigQuery") >= 0.7);
    }

    #[test]
    fn filler_and_order_do_not_matter() {
        assert_eq!(
            score(
                "Analytical and problem-solving skills",
                "Strong problem-solving and analytical skills"
            ),
            1.0
        );
        assert_eq!(
            score("Excellent communication skills", "Communication"),
            1.0
        );
    }

    #[test]
    fn levels_and_tracks_exclude_each_other() {
        assert_eq!(
            score(
                "Associate degree in information technology",
                "Bachelor's degree in information technology"
            ),
            0.0
        );
        assert_eq!(score("Python programming", "Java programming"), 0.0);
        assert!(
            score(
                "Bachelor's or Master's degree in computer science",
                "Master's degree in computer science"
            ) > 0.7
        );
    }

    #[test]
    fn paraphrases_of_the_same_work_are_similar() {
        for (a, b) in [
            (
                "Build dashboards and reports for business stakeholders",
                "Build dashboards and recurring reports",
            ),
            (
                "Design and build scalable ETL pipelines",
                "Develop and operate extract, transform, load (ETL) workflows at scale",
            ),
            ("Oversee the budget", "Managing the budget"),
            ("Project management skills", "Managing projects"),
            ("Apache Spark", "PySpark"),
            (
                "Communication",
                "Communication of results to non-technical audiences",
            ),
        ] {
            let score = score(a, b);
            assert!(score >= 0.7, "{a} ~ {b}: {score}");
        }
    }

    #[test]
    fn a_verb_of_alike_words_meets_the_noun_made_of_it() {
        for (a, b) in [
            ("Developing software", "Software development"),
            ("Assess risks", "Risk assessment"),
            ("Recruit candidates", "Candidate recruitment"),
            ("Instructing", "Differentiated instruction"),
        ] {
            let score = score(a, b);
            assert!(score >= 0.7, "{a} ~ {b}: {score}");
        }
        // Only the noun of that very verb: "development" is not "design", nor "building".
        assert!(score("Designing software", "Software development") < 0.7);
        assert!(score("Building software", "Software development") < 0.7);
    }

    #[test]
    fn a_verb_meets_the_noun_made_of_it_where_the_stemmer_leaves_them_apart() {
        for (a, b) in [
            ("Maintain equipment", "Equipment maintenance"),
            ("Verify invoices", "Invoice verification"),
            ("Resolve complaints", "Complaint resolution"),
            ("Enter data", "Data entry"),
            ("Comply with regulations", "Regulatory compliance"),
            ("Reduce costs", "Cost reduction"),
            ("Describe jobs", "Job descriptions"),
        ] {
            let score = score(a, b);
            assert!(score >= 0.7, "{a} ~ {b}: {score}");
        }
        // Nouns that are mostly other things keep apart from the verb.
        for (a, b) in [
            ("Apply policies", "Policy applications"),
            ("Solve problems", "Problem solutions"),
        ] {
            let score = score(a, b);
            assert!(score < 0.7, "{a} ~ {b}: {score}");
        }
    }

    #[test]
    fn nouns_made_of_verbs_are_not_alike_and_a_shared_word_is_no_head() {
        assert!(score("Web design", "Web development") < 0.7);
        assert!(score("Software design", "Software development") < 0.7);
        assert!(
            score(
                "Statistics",
                "Statistical process control in manufacturing plants"
            ) < 0.7
        );
        assert!(score("Data", "Data of the sales and marketing teams") < 0.7);
    }

    #[test]
    fn symbols_keep_languages_apart() {
        assert_eq!(score("C++", "C"), 0.0);
        assert_eq!(score("C#", "C"), 0.0);
        assert_eq!(score("Java", "JavaScript"), 0.0);
    }
}
