//! The short forms people write for the tools a library knows: `Spark` for Apache Spark,
//! `SSIS` for Microsoft SQL Server Integration Services SSIS, `GCP` for Google Cloud
//! software, `k8s` for Kubernetes. Decided from the names themselves and the vocabulary,
//! not from a list of a few products:
//! - a vendor's word before a product is left out: a vocabulary vendor, or a capitalised
//!   first word that starts at least [`MIN_VENDOR_PRODUCTS`] product names of the library;
//! - a closing acronym of the words before it is a name alone, and so are those words;
//! - `software` after a proper name is left out ("Workday software");
//! - every form that is a term of a vocabulary synonym group brings the group's terms.
//!
//! A short form is kept only when it names one tool, is no other tool's own name, and is
//! not made of words the library's own prose uses in lower case, as `project`, `access`,
//! `word` or `cloud platform` are.

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::matching::GroupRole;
use crate::matching::Vocabulary;
use crate::role::Role;
use crate::text::{normalize, tokens};

/// The fewest product names a capitalised first word must start to be taken for a
/// vendor's: two could be one product's editions.
const MIN_VENDOR_PRODUCTS: usize = 3;

/// The longest closing acronym taken, in letters.
const MAX_ACRONYM: usize = 6;

/// The short forms of the tools of `roles`, each as (written form, the tool's own name).
#[must_use]
pub fn short_tool_names(roles: &[Role], vocabulary: &Vocabulary) -> Vec<(String, String)> {
    let mut tools: Vec<&str> = roles
        .iter()
        .flat_map(|role| role.tools.0.iter().map(|tool| tool.item.name.as_str()))
        .collect();
    tools.sort_unstable();
    tools.dedup();
    let own: FxHashMap<String, &str> = tools.iter().map(|&name| (normalize(name), name)).collect();
    let prose = prose_words(roles);
    let vendors = vendors_of(&tools, vocabulary, &prose);
    // Each short form with the tools it could name.
    let mut named: FxHashMap<String, (String, Vec<&str>)> = FxHashMap::default();
    // The forms of tens of thousands of tools (an O*NET import) on every core.
    let forms: Vec<(&str, Vec<(String, String)>)> = tools
        .par_iter()
        .map(|&tool| {
            let forms = forms_of(tool, &vendors, vocabulary)
                .into_iter()
                .map(|form| (normalize(&form), form))
                .filter(|(key, _)| !key.is_empty() && !own.contains_key(key))
                .collect();
            (tool, forms)
        })
        .collect();
    for (tool, forms) in forms {
        for (key, form) in forms {
            let entry = named.entry(key).or_insert_with(|| (form, Vec::new()));
            if !entry.1.contains(&tool) {
                entry.1.push(tool);
            }
        }
    }
    let mut short: Vec<(String, String)> = named
        .into_values()
        .filter(|(form, _)| !is_common_word(form, &prose))
        .filter_map(|(form, tools)| {
            let tool = only_tool(&form, &tools, vocabulary)?;
            Some((form, tool.to_owned()))
        })
        .collect();
    short.sort();
    short
}

/// The one tool a short form names: the only one it is a form of, or of several, the only
/// one whose own name is in the form's synonym group (`GCP` is Google Cloud Platform,
/// beside Google Cloud software).
fn only_tool<'a>(form: &str, tools: &[&'a str], vocabulary: &Vocabulary) -> Option<&'a str> {
    if let [tool] = tools {
        return Some(tool);
    }
    let groups = vocabulary.concepts_of_whole(&normalize(form));
    let mut synonyms = tools.iter().filter(|tool| {
        vocabulary
            .concepts_of_whole(&normalize(tool))
            .iter()
            .any(|concept| groups.contains(concept))
    });
    match (synonyms.next(), synonyms.next()) {
        (Some(tool), None) => Some(tool),
        _ => None,
    }
}

/// Every short form of `tool` (the name itself not among them).
fn forms_of(tool: &str, vendors: &FxHashSet<String>, vocabulary: &Vocabulary) -> Vec<String> {
    let mut forms = vec![tool.to_owned()];
    if let Some(name) = without_software(tool) {
        forms.push(name.to_owned());
    }
    for form in forms.clone() {
        if let Some((before, acronym)) = closing_acronym(&form) {
            forms.push(before.to_owned());
            forms.push(acronym.to_owned());
        }
    }
    for form in forms.clone() {
        let mut rest = form.as_str();
        while let Some((first, after)) = rest.split_once(' ') {
            if !vendors.contains(&normalize(first)) {
                break;
            }
            rest = after.trim_start();
            forms.push(rest.to_owned());
        }
    }
    for form in forms.clone() {
        for &concept in vocabulary.concepts_of_whole(&normalize(&form)) {
            if vocabulary.role_of(concept) == GroupRole::Synonyms {
                forms.extend(
                    vocabulary
                        .written_terms(concept)
                        .iter()
                        .map(ToString::to_string),
                );
            }
        }
    }
    forms.retain(|form| form != tool);
    forms
}

/// A proper name without the `software` after it: "Workday software" is Workday; "Word
/// processing software" names no product.
fn without_software(tool: &str) -> Option<&str> {
    let name = tool.strip_suffix(" software")?.trim_end();
    let proper = name
        .split_whitespace()
        .all(|word| word.chars().next().is_some_and(|c| !c.is_lowercase()));
    (proper && !name.is_empty()).then_some(name)
}

/// A last word that is an acronym of the words before it ("... Integration Services
/// SSIS"): the words before it and the acronym.
fn closing_acronym(name: &str) -> Option<(&str, &str)> {
    let (before, last) = name.rsplit_once(' ')?;
    let is_acronym = last.len() <= MAX_ACRONYM
        && crate::text::token::is_acronym(last)
        && before.split_whitespace().count() >= 2;
    if !is_acronym {
        return None;
    }
    // Its letters are initials of the words before it, in order.
    let mut initials = before
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .map(|c| c.to_ascii_uppercase());
    let spells = last
        .chars()
        .all(|letter| initials.any(|initial| initial == letter));
    spells.then_some((before.trim_end(), last))
}

/// The vendors of `tools`: the vocabulary's, and every capitalised first word that starts
/// several product names (each more than the word) and is no common word of the prose
/// ("Real Estate Assistant", "Computer Assisted Diagnostic Interview" have none).
fn vendors_of(
    tools: &[&str],
    vocabulary: &Vocabulary,
    prose: &FxHashSet<String>,
) -> FxHashSet<String> {
    let mut starts: FxHashMap<&str, usize> = FxHashMap::default();
    for tool in tools {
        if let Some((first, rest)) = tool.split_once(' ') {
            let capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
            if capitalised(first) && capitalised(rest.trim_start()) {
                *starts.entry(first).or_default() += 1;
            }
        }
    }
    starts
        .into_iter()
        .filter(|&(_, count)| count >= MIN_VENDOR_PRODUCTS)
        .map(|(word, _)| normalize(word))
        .filter(|word| !prose.contains(word))
        .chain(
            tools
                .iter()
                .filter_map(|tool| tool.split_whitespace().next())
                .map(normalize)
                .filter(|word| vocabulary.is_vendor(word)),
        )
        .collect()
}

/// The share of roles whose prose must use a word in lower case for it to be a common
/// word: in the O*NET import, `project`, `access` and `office` are (8%, 6%, 8% of the
/// occupations), `spark` (spark plugs) and `word` are not (1% each).
const COMMON_WORD_SHARE: f64 = 0.02;

/// The words that the summaries and responsibilities of at least [`COMMON_WORD_SHARE`] of
/// the roles write in lower case.
fn prose_words(roles: &[Role]) -> FxHashSet<String> {
    let each_role: Vec<FxHashSet<&str>> = roles
        .par_iter()
        .map(|role| {
            let mut words = FxHashSet::default();
            let texts = role
                .summary
                .iter()
                .chain(role.responsibilities.iter().map(|item| &item.name));
            for text in texts {
                for word in text.split(|c: char| !c.is_alphanumeric()) {
                    if !word.is_empty() && word.chars().all(char::is_lowercase) {
                        words.insert(word);
                    }
                }
            }
            words
        })
        .collect();
    let mut roles_with: FxHashMap<&str, usize> = FxHashMap::default();
    for words in each_role {
        for word in words {
            *roles_with.entry(word).or_default() += 1;
        }
    }
    let fewest = COMMON_WORD_SHARE * roles.len() as f64;
    roles_with
        .into_iter()
        .filter(|&(_, count)| count as f64 >= fewest)
        .map(|(word, _)| word.to_owned())
        .collect()
}

/// Whether a short form is made of common words only: each a plain word (no capital
/// inside, no digit) that the library's prose uses, as written or in the plural
/// (`Project`; `Cloud Platform`, left of Google Cloud Platform; `Manager`, left of Oracle
/// Enterprise Manager; not `Power BI` or `Spark`).
fn is_common_word(form: &str, prose: &FxHashSet<String>) -> bool {
    let plain = |word: &str| {
        word.chars().skip(1).all(char::is_lowercase) && !word.chars().any(|c| c.is_ascii_digit())
    };
    // The prose may use a word in the plural only ("managers" for `Manager`).
    let in_prose = |word: &String| prose.contains(word) || prose.contains(&format!("{word}s"));
    form.split_whitespace().all(plain) && tokens(form).iter().all(in_prose)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::{Item, Tool, Tools};

    fn role(tools: &[&str], prose: &str) -> Role {
        Role {
            summary: Some(prose.to_owned()),
            tools: Tools(
                tools
                    .iter()
                    .map(|name| Tool {
                        item: Item::named(*name),
                        category: None,
                    })
                    .collect(),
            ),
            ..Role::default()
        }
    }

    fn short(tools: &[&str], prose: &str) -> Vec<(String, String)> {
        short_tool_names(&[role(tools, prose)], &Vocabulary::built_in())
    }

    fn form_of<'a>(found: &'a [(String, String)], form: &str) -> Option<&'a str> {
        found
            .iter()
            .find(|(written, _)| written == form)
            .map(|(_, tool)| tool.as_str())
    }

    #[test]
    fn vendors_acronyms_software_and_synonyms_give_short_forms() {
        let found = short(
            &[
                "Apache Spark",
                "Apache Airflow",
                "Microsoft SQL Server Integration Services SSIS",
                "Google Cloud software",
                "Kubernetes",
                "Workday software",
                "Autodesk AutoCAD",
                "Autodesk Revit",
                "Autodesk Maya",
            ],
            "",
        );
        for (form, tool) in [
            ("Spark", "Apache Spark"),
            ("Airflow", "Apache Airflow"),
            ("SSIS", "Microsoft SQL Server Integration Services SSIS"),
            (
                "SQL Server Integration Services",
                "Microsoft SQL Server Integration Services SSIS",
            ),
            ("GCP", "Google Cloud software"),
            ("k8s", "Kubernetes"),
            ("Workday", "Workday software"),
            ("Revit", "Autodesk Revit"),
        ] {
            assert_eq!(form_of(&found, form), Some(tool), "{form}: {found:?}");
        }
    }

    #[test]
    fn a_form_of_two_tools_a_common_word_or_a_generic_name_is_no_short_form() {
        let found = short(
            &[
                "Microsoft Project",
                "Microsoft Excel",
                "Microsoft Word",
                "Oracle Database",
                "Oracle Java",
                "Oracle Fusion",
                "Oracle Hyperion",
                "IBM Hyperion",
                "Word processing software",
                "Oracle Enterprise Manager",
                "Enterprise Architect",
                "Enterprise Vault",
            ],
            "Plan each project and write a word of thanks to the managers.",
        );
        // A word the prose uses in the plural is common too: "Store Manager" names no
        // tool.
        assert_eq!(form_of(&found, "Manager"), None, "{found:?}");
        assert_eq!(form_of(&found, "Excel"), Some("Microsoft Excel"));
        assert_eq!(form_of(&found, "Java"), Some("Oracle Java"));
        // `project` and `word` are words of the library's prose.
        assert_eq!(form_of(&found, "Project"), None, "{found:?}");
        assert_eq!(form_of(&found, "Word"), None, "{found:?}");
        // Two vendors' Hyperion: which one a posting means is not known.
        assert_eq!(form_of(&found, "Hyperion"), None, "{found:?}");
        assert_eq!(form_of(&found, "processing software"), None, "{found:?}");
        // Common words however many: what a vendor leaves of "Oracle Database" and of
        // "Google Cloud Platform".
        let found = short(
            &[
                "Google Cloud Platform",
                "Google Analytics",
                "Google Sheets",
                "Oracle Database",
            ],
            "Plan the cloud platform, the analytics and the database sheets.",
        );
        for form in ["Cloud Platform", "Analytics", "Sheets", "Database", "cloud"] {
            assert_eq!(form_of(&found, form), None, "{form}: {found:?}");
        }
        assert_eq!(form_of(&found, "GCP"), Some("Google Cloud Platform"));
        assert_eq!(form_of(&found, "Word processing"), None, "{found:?}");
    }

    #[test]
    fn a_synonym_of_two_tools_names_the_one_in_its_group() {
        let found = short(&["Google Cloud Platform", "Google Cloud software"], "");
        assert_eq!(form_of(&found, "GCP"), Some("Google Cloud Platform"));
    }
}
