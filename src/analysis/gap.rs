//! `gap`: what moving from one role to another asks, as data. It is directional: each
//! requirement of the target (its skills, tools, certifications and education) is
//! covered by an item of the first role in the same section (as `compare` pairs them), by
//! an item in any other section (SQL under skills covers the SQL tool), or for education
//! by a degree of the same or a higher level in a fitting field (the [degree] ladder).
//! What no item covers is the plan, most important first.
//!
//! [degree]: crate::analysis::degree

use std::collections::HashMap;

use serde::Serialize;

use crate::analysis::choice;
use crate::analysis::degree::{covers, degree_of};
use crate::analysis::diff::{RoleDiff, RoleRef};
use crate::matching::{Candidate, Expansions, Holdings, Matcher};
use crate::role::section::Section;
use crate::role::{Item, Role};

/// The weight of an item that states no importance: it is required (`../shared/DESIGN.md`,
/// Role file), as heavy as an item can be.
const REQUIRED: f64 = 1.0;

/// The sections whose items are requirements, in the order they are listed.
pub const LEARNABLE: [Section; 4] = [
    Section::Skills,
    Section::Tools,
    Section::Certifications,
    Section::Education,
];

/// An item of the first role that serves in the second.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CarriedOver {
    /// The section of the target's item.
    pub section: Section,
    /// The section of the first role's item (another one when it covers across sections).
    pub from_section: Section,
    /// The item as the first role has it.
    pub from: String,
    /// The item as the second role has it.
    pub to: String,
    /// 1.0 for the same item (or a degree that covers one), the similarity score for a
    /// similar one.
    pub score: f64,
    /// For a similar item, the concepts both name, rarest first (`--explain` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub because: Option<Vec<String>>,
}

/// Something to learn, with its importance, note and category in the target role where
/// the role gives them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToLearn {
    /// The item.
    pub name: String,
    /// Its importance in the target role, 0 to 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub importance: Option<f64>,
    /// The target role's note on it (`hot technology, in demand`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The category of a tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

impl ToLearn {
    /// How many ways its note says the market wants it: "hot technology", "in demand".
    #[must_use]
    pub fn demand(&self) -> usize {
        self.note.as_deref().map_or(0, |note| {
            let note = note.to_lowercase();
            usize::from(note.contains("hot technolog"))
                + usize::from(note.contains("in demand") || note.contains("in-demand"))
        })
    }
}

/// How many of the target's requirements in one section the first role covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub section: Section,
    pub covered: usize,
    pub required: usize,
}

/// The gap between two roles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    /// The role one comes from.
    pub from: RoleRef,
    /// The role one goes to.
    pub to: RoleRef,
    /// What carries over.
    pub carries_over: Vec<CarriedOver>,
    /// How much of each section of requirements is covered.
    pub coverage: Vec<Coverage>,
    /// What to learn, by section (skills, tools, certifications, education).
    pub to_learn: Vec<(Section, Vec<ToLearn>)>,
    /// How many more items of a section `--top` left out of the plan (sections with none
    /// left out are not listed).
    pub left_out: Vec<(Section, usize)>,
    /// The target role's tips for getting started.
    pub tips: Vec<String>,
    /// What the sources of either role ask to be said where their content is shown: the
    /// licence and the modifications of the O*NET import.
    pub attribution: Vec<String>,
    /// Whether similar items carry their reasons (`--explain`).
    pub explained: bool,
}

impl Gap {
    /// Drops the reasons of similar items, for outputs without `--explain`.
    pub fn forget_reasons(&mut self) {
        self.explained = false;
        for item in &mut self.carries_over {
            item.because = None;
        }
    }
}

/// The gap from `from` to `to`, given `diff`, their comparison by `matcher`; `top` keeps
/// at most that many items to learn in each section, the first of the plan.
#[must_use]
pub fn role_gap(
    diff: &RoleDiff,
    from: &Role,
    to: &Role,
    matcher: &Matcher,
    top: Option<usize>,
) -> Gap {
    let (mut carries_over, mut similar) = (Vec::new(), Vec::new());
    for section in &diff.sections {
        let pairs = (section.shared.iter().map(|pair| (pair, false)))
            .chain(section.similar.iter().map(|pair| (pair, true)));
        for (pair, is_similar) in pairs {
            // A lower degree never covers a higher one, however alike their words.
            if section.section == Section::Education && breaks_the_ladder(&pair.a, &pair.b) {
                continue;
            }
            let cover = CarriedOver {
                section: section.section,
                from_section: section.section,
                from: pair.a.clone(),
                to: pair.b.clone(),
                score: pair.score,
                because: pair.because.clone(),
            };
            if is_similar {
                similar.push(cover);
            } else {
                carries_over.push(cover);
            }
        }
    }
    let mut held = Held {
        from,
        to,
        read: None,
    };
    carries_over.extend(held.in_full(matcher, similar));
    let mut coverage = Vec::new();
    let mut to_learn = Vec::new();
    let mut left_out = Vec::new();
    for section in LEARNABLE {
        let required = to.items(section);
        let covered = carries_over
            .iter()
            .filter(|c| c.section == section)
            .map(|c| c.to.as_str());
        let mut missing = without_covered(required.iter().copied(), covered);
        if section == Section::Education {
            missing.retain(|item| match covering_degree(from, item) {
                Some(held) => {
                    carries_over.push(CarriedOver {
                        section,
                        from_section: Section::Education,
                        from: held.name.clone(),
                        to: item.name.clone(),
                        score: 1.0,
                        because: None,
                    });
                    false
                }
                None => true,
            });
        }
        let covered_elsewhere = cover_across_sections(&mut held, section, &missing, matcher);
        missing = without_covered(missing, covered_elsewhere.iter().map(|c| c.to.as_str()));
        carries_over.extend(covered_elsewhere);
        let covered_by_a_choice = cover_by_a_choice(&mut held, section, &missing, matcher);
        missing = without_covered(missing, covered_by_a_choice.iter().map(|c| c.to.as_str()));
        carries_over.extend(covered_by_a_choice);
        coverage.push(Coverage {
            section,
            covered: required.len() - missing.len(),
            required: required.len(),
        });
        let mut items = plan(to, section, &missing);
        if let Some(top) = top.filter(|&top| items.len() > top) {
            left_out.push((section, items.len() - top));
            items.truncate(top);
        }
        to_learn.push((section, items));
    }
    // In the order of the target's sections, and within one as found (the sort is stable).
    carries_over.sort_by_key(|c| c.section);
    Gap {
        from: diff.a.clone(),
        to: diff.b.clone(),
        carries_over,
        coverage,
        to_learn,
        left_out,
        tips: to.tips.iter().map(|tip| tip.name.clone()).collect(),
        attribution: attribution(from, to),
        explained: true,
    }
}

/// `items` less one item of each name in `covered`, each time it is there: two copies of
/// a requirement are two requirements, and a cover covers one of them. By name, in a map:
/// a role may have thousands of items.
fn without_covered<'a, 'c>(
    items: impl IntoIterator<Item = &'a Item>,
    covered: impl Iterator<Item = &'c str>,
) -> Vec<&'a Item> {
    let mut left: HashMap<&str, usize> = HashMap::new();
    for name in covered {
        *left.entry(name).or_default() += 1;
    }
    items
        .into_iter()
        .filter(|item| match left.get_mut(item.name.as_str()) {
            Some(count) if *count > 0 => {
                *count -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

/// The lines of the roles' sources that state a licence or a modification (O*NET's CC BY
/// 4.0 asks for both wherever its content is shown), each once.
fn attribution(from: &Role, to: &Role) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for source in from.sources.iter().chain(&to.sources) {
        let lower = source.to_lowercase();
        let states = lower.contains("license") || lower.contains("licence");
        if (states || lower.starts_with("modified")) && !lines.contains(source) {
            lines.push(source.clone());
        }
    }
    lines
}

/// What the first role of a gap holds: every item it lists, with their other spellings,
/// but its tips, which are advice, not abilities. Read when a similar cover first needs
/// it, then kept for the covers of every section, with the acronyms either role spells
/// out ("CPA" holds "Certified Public Accountant", as the pairs were made).
struct Held<'a> {
    from: &'a Role,
    to: &'a Role,
    read: Option<(Expansions, Holdings)>,
}

/// The texts of a role that say what it holds or asks: every item but its tips, with
/// their other spellings.
fn texts_of(role: &Role) -> impl Iterator<Item = &str> {
    Section::ALL
        .into_iter()
        .filter(|&section| section != Section::Tips)
        .flat_map(|section| role.items(section))
        .flat_map(|item| std::iter::once(&item.name).chain(&item.aka))
        .map(String::as_str)
}

impl Held<'_> {
    /// The covers among `similar` (an item of `from` like a requirement, not the same)
    /// whose requirement `from` holds all of ([`Matcher::unheld`]): each thing it asks
    /// for, most of a thing's words ("Git" does not cover "Docker and Git", nor "Database
    /// software" "Medical image database systems").
    fn in_full(&mut self, matcher: &Matcher, similar: Vec<CarriedOver>) -> Vec<CarriedOver> {
        if similar.is_empty() {
            return similar;
        }
        let (from, to) = (self.from, self.to);
        let (acronyms, holdings) = self.read.get_or_insert_with(|| {
            let held: Vec<&str> = texts_of(from).collect();
            let all: Vec<&str> = held.iter().copied().chain(texts_of(to)).collect();
            let acronyms = matcher.acronyms(&all);
            let held = acronyms.spelled_all(&held);
            let holdings = matcher.holdings(&held.iter().map(String::as_str).collect::<Vec<_>>());
            (acronyms, holdings)
        });
        let required: Vec<&str> = similar.iter().map(|cover| cover.to.as_str()).collect();
        let required = acronyms.spelled_all(&required);
        let required: Vec<&str> = required.iter().map(String::as_str).collect();
        let unheld = matcher.unheld(holdings, &required);
        similar
            .into_iter()
            .zip(unheld)
            .filter(|(_, parts)| parts.is_empty())
            .map(|(cover, _)| cover)
            .collect()
    }
}

/// Whether two education items are degrees and the first is below the second.
fn breaks_the_ladder(held: &str, required: &str) -> bool {
    match (degree_of(held), degree_of(required)) {
        (Some(held), Some(required)) => !covers(&held, &required),
        _ => false,
    }
}

/// The first education item of `from` whose degree covers the degree `required` asks.
fn covering_degree<'a>(from: &'a Role, required: &Item) -> Option<&'a Item> {
    let wanted = degree_of(&required.name)?;
    from.education
        .iter()
        .find(|held| degree_of(&held.name).is_some_and(|degree| covers(&degree, &wanted)))
}

/// The items of `from` in the sections `wanted` lets through, with their section; tips
/// are advice, not abilities, and never offered.
fn offered(from: &Role, wanted: impl Fn(Section) -> bool) -> Vec<(Section, &Item)> {
    Section::ALL
        .into_iter()
        .filter(|&section| section != Section::Tips && wanted(section))
        .flat_map(|section| {
            from.items(section)
                .into_iter()
                .map(move |item| (section, item))
        })
        .collect()
}

/// The requirements of `section` among `missing` that an item of the first role (`held`)
/// in another section covers (tips are advice, not abilities, and cover nothing).
fn cover_across_sections(
    held: &mut Held,
    section: Section,
    missing: &[&Item],
    matcher: &Matcher,
) -> Vec<CarriedOver> {
    let offered = offered(held.from, |other| other != section);
    let items: Vec<&Item> = offered.iter().map(|(_, item)| *item).collect();
    let alignment = matcher.align(&items, missing);
    let cover = |pair: &Candidate, because: Option<Vec<String>>| CarriedOver {
        section,
        from_section: offered[pair.a].0,
        from: items[pair.a].name.clone(),
        to: missing[pair.b].name.clone(),
        score: pair.score,
        because,
    };
    // A degree is met by a degree only (the ladder, before), not by a skill that names its
    // field.
    let no_degree = |pair: &&Candidate| {
        section != Section::Education || degree_of(&missing[pair.b].name).is_none()
    };
    // A kind of software is a tool, and a like skill is no cover of it: "Mathematics"
    // does not cover "Mathematical software", though "software" names nothing of its own.
    let no_software_kind = |pair: &&Candidate| {
        section != Section::Tools
            || offered[pair.a].0 == Section::Tools
            || !names_a_kind_of_software(&missing[pair.b].name)
            || names_a_kind_of_software(&items[pair.a].name)
    };
    let similar: Vec<CarriedOver> = (alignment.near.iter().zip(&alignment.because))
        .filter(|(pair, _)| no_degree(pair) && no_software_kind(pair))
        .map(|(pair, because)| cover(pair, Some(because.clone())))
        .collect();
    let mut covers: Vec<CarriedOver> = (alignment.shared.iter())
        .filter(no_degree)
        .map(|pair| cover(pair, None))
        .collect();
    covers.extend(held.in_full(matcher, similar));
    covers
}

/// Whether a tool's name is a kind of software ("Mathematical software", "Accounting
/// software"), as O*NET names the kinds its products belong to.
fn names_a_kind_of_software(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    last.eq_ignore_ascii_case("software")
}

/// The requirements of `section` among `missing` that offer a choice and of which an item
/// of the first role covers one alternative ("IOSH Managing Safely" covers "NEBOSH or IOSH
/// qualification"; [`choice::alternatives`]). Degrees keep to the ladder.
fn cover_by_a_choice(
    held: &mut Held,
    section: Section,
    missing: &[&Item],
    matcher: &Matcher,
) -> Vec<CarriedOver> {
    // Each alternative as an item, with the requirement it is one of.
    let (owners, choices): (Vec<usize>, Vec<Item>) = missing
        .iter()
        .enumerate()
        .filter(|(_, item)| degree_of(&item.name).is_none())
        .flat_map(|(index, item)| {
            choice::alternatives(&item.name)
                .into_iter()
                .map(move |alternative| (index, Item::named(alternative)))
        })
        .unzip();
    if choices.is_empty() {
        return Vec::new();
    }
    let offered = offered(held.from, |_| true);
    let items: Vec<&Item> = offered.iter().map(|(_, item)| *item).collect();
    let alternatives: Vec<&Item> = choices.iter().collect();
    let alignment = matcher.align(&items, &alternatives);
    let cover = |pair: &Candidate, because: Option<&Vec<String>>| CarriedOver {
        section,
        from_section: offered[pair.a].0,
        from: items[pair.a].name.clone(),
        to: choices[pair.b].name.clone(),
        score: pair.score,
        because: because.cloned(),
    };
    // A similar pair covers only an alternative its item holds all of: "Ad-hoc analyses"
    // is like "Adobe Analytics", but holds no Adobe.
    let similar = (alignment.near.iter().zip(&alignment.because))
        .map(|(pair, because)| cover(pair, Some(because)))
        .collect();
    let held_in_full = held.in_full(matcher, similar);
    // Each alternative's requirement, looked up by its text: a pair keeps no index once
    // `in_full` has filtered it, and a search of every alternative per pair would be
    // quadratic in a role of thousands of choices.
    let mut owner_of: HashMap<&str, usize> = HashMap::with_capacity(choices.len());
    for (choice, &owner) in choices.iter().zip(&owners) {
        owner_of.entry(choice.name.as_str()).or_insert(owner);
    }
    let mut covered = vec![false; missing.len()];
    let mut covers = Vec::new();
    let pairs = (alignment.shared.iter().map(|pair| cover(pair, None))).chain(held_in_full);
    for mut pair in pairs {
        // The alternative's requirement, once.
        let Some(&owner) = owner_of.get(pair.to.as_str()) else {
            continue;
        };
        if std::mem::replace(&mut covered[owner], true) {
            continue;
        }
        pair.to.clone_from(&missing[owner].name);
        covers.push(pair);
    }
    covers
}

/// The plan for one section: by importance first (an item without one weighs
/// [`REQUIRED`]: what is required comes before what is nice to have), then what the market
/// wants (by its note: "hot technology" and "in demand" before one of them), then the
/// file's order (the sort is stable).
fn plan(to: &Role, section: Section, missing: &[&Item]) -> Vec<ToLearn> {
    let mut items: Vec<ToLearn> = missing
        .iter()
        .map(|item| ToLearn {
            name: item.name.clone(),
            importance: item.importance,
            note: item.note.clone(),
            category: category_of(to, section, item),
        })
        .collect();
    items.sort_by(|x, y| {
        y.importance
            .unwrap_or(REQUIRED)
            .total_cmp(&x.importance.unwrap_or(REQUIRED))
            .then(y.demand().cmp(&x.demand()))
    });
    items
}

/// The category a tool is listed under in `role`.
fn category_of(role: &Role, section: Section, item: &Item) -> Option<String> {
    if section != Section::Tools {
        return None;
    }
    role.tools
        .0
        .iter()
        .find(|tool| tool.item.name == item.name)
        .and_then(|tool| tool.category.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::diff::compare_roles;
    use crate::matching::Matcher;
    use crate::role::Item;

    #[test]
    fn the_gap_lists_what_the_target_adds_most_important_first() {
        let from = Role {
            id: "a".into(),
            title: "A".into(),
            skills: vec![Item::named("SQL")],
            ..Role::default()
        };
        let mut to = Role {
            id: "b".into(),
            title: "B".into(),
            skills: vec![Item::named("SQL"), Item::named("Statistics")],
            ..Role::default()
        };
        to.skills.push(Item {
            name: "Python".into(),
            importance: Some(0.9),
            ..Item::default()
        });
        to.tips.push(Item::named("Practise"));
        let diff = compare_roles(&from, &to, &Section::ALL, &Matcher::default());
        let gap = role_gap(&diff, &from, &to, &Matcher::default(), None);
        assert_eq!(gap.carries_over[0].from, "SQL");
        let skills: Vec<&str> = gap.to_learn[0]
            .1
            .iter()
            .map(|item| item.name.as_str())
            .collect();
        // Statistics states no importance: it is required, before Python at 0.9.
        assert_eq!(skills, ["Statistics", "Python"]);
        assert_eq!(gap.tips, ["Practise"]);
    }

    #[test]
    fn shared_education_carries_over_and_tips_cover_nothing() {
        let from = Role {
            title: "A".into(),
            education: vec![Item::named("First aid training")],
            skills: vec![Item::named("College degree in statistics")],
            tips: vec![Item::named("Tableau")],
            ..Role::default()
        };
        let to = Role {
            title: "B".into(),
            education: vec![Item::named("First aid training")],
            skills: vec![Item::named("Graduate degree in statistics")],
            tools: crate::role::Tools(vec![crate::role::Tool {
                item: Item::named("Tableau"),
                category: None,
            }]),
            ..Role::default()
        };
        let matcher = Matcher::new(
            std::sync::Arc::new(crate::matching::Vocabulary::built_in()),
            Some(0.4),
        );
        let diff = compare_roles(&from, &to, &Section::ALL, &matcher);
        let gap = role_gap(&diff, &from, &to, &matcher, None);
        let carried: Vec<(Section, &str)> = gap
            .carries_over
            .iter()
            .map(|c| (c.section, c.to.as_str()))
            .collect();
        // The ladder is for education: two skills that read like degrees are a pair.
        assert_eq!(
            carried,
            [
                (Section::Skills, "Graduate degree in statistics"),
                (Section::Education, "First aid training"),
            ]
        );
        let learn: Vec<&str> = gap
            .to_learn
            .iter()
            .flat_map(|(_, items)| items.iter().map(|item| item.name.as_str()))
            .collect();
        assert_eq!(learn, ["Tableau"], "a tip is advice, not an ability");
    }

    #[test]
    fn a_kind_of_software_is_covered_by_a_tool_not_by_a_like_skill() {
        let tools = |names: &[&str]| {
            crate::role::Tools(
                names
                    .iter()
                    .map(|&name| crate::role::Tool {
                        item: Item::named(name),
                        category: None,
                    })
                    .collect(),
            )
        };
        let from = Role {
            title: "A".into(),
            skills: vec![Item::named("Mathematics"), Item::named("Excel")],
            ..Role::default()
        };
        let to = Role {
            title: "B".into(),
            tools: tools(&["Mathematical software", "Microsoft Excel"]),
            ..Role::default()
        };
        let matcher = Matcher::default();
        let diff = compare_roles(&from, &to, &Section::ALL, &matcher);
        let gap = role_gap(&diff, &from, &to, &matcher, None);
        let carried: Vec<&str> = gap.carries_over.iter().map(|c| c.to.as_str()).collect();
        assert_eq!(carried, ["Microsoft Excel"]);
        // A tool of that kind covers it.
        let from = Role {
            tools: tools(&["Mathematical analysis software"]),
            ..from
        };
        let diff = compare_roles(&from, &to, &Section::ALL, &matcher);
        let gap = role_gap(&diff, &from, &to, &matcher, None);
        assert!(
            gap.carries_over
                .iter()
                .any(|c| c.to == "Mathematical software"),
            "{:?}",
            gap.carries_over
        );
    }

    #[test]
    fn education_that_is_no_degree_is_covered_across_sections_and_a_degree_never_is() {
        let from = Role {
            title: "A".into(),
            skills: vec![Item::named("First aid training"), Item::named("Statistics")],
            ..Role::default()
        };
        let to = Role {
            title: "B".into(),
            education: vec![
                Item::named("First aid training"),
                Item::named("Bachelor's degree in statistics"),
            ],
            ..Role::default()
        };
        let matcher = Matcher::default();
        let diff = compare_roles(&from, &to, &Section::ALL, &matcher);
        let gap = role_gap(&diff, &from, &to, &matcher, None);
        let carried: Vec<(&str, Section)> = gap
            .carries_over
            .iter()
            .map(|c| (c.to.as_str(), c.from_section))
            .collect();
        assert_eq!(carried, [("First aid training", Section::Skills)]);
        let learn: Vec<&str> = gap
            .to_learn
            .iter()
            .flat_map(|(_, items)| items.iter().map(|item| item.name.as_str()))
            .collect();
        assert_eq!(learn, ["Bachelor's degree in statistics"]);
    }

    #[test]
    fn the_plan_puts_what_is_required_first_then_what_the_market_wants_then_file_order() {
        let from = Role {
            title: "A".into(),
            ..Role::default()
        };
        let tool = |name: &str, importance: Option<f64>, note: Option<&str>| Item {
            name: name.into(),
            importance,
            note: note.map(str::to_owned),
            ..Item::default()
        };
        let to = Role {
            title: "B".into(),
            tools: crate::role::Tools(
                [
                    tool("Aptech GAUSS", None, None),
                    tool("Autobox", None, Some("rarely used")),
                    tool("R", None, Some("in demand")),
                    tool("Python", None, Some("Hot technology, in demand")),
                    tool("SQL", Some(0.8), None),
                    tool("Scala", Some(0.5), Some("nice to have")),
                ]
                .into_iter()
                .map(|item| crate::role::Tool {
                    item,
                    category: None,
                })
                .collect(),
            ),
            ..Role::default()
        };
        let diff = compare_roles(&from, &to, &Section::ALL, &Matcher::default());
        let plan = |top| {
            let gap = role_gap(&diff, &from, &to, &Matcher::default(), top);
            let (_, tools) = gap
                .to_learn
                .iter()
                .find(|(s, _)| *s == Section::Tools)
                .unwrap();
            tools
                .iter()
                .map(|item| item.name.clone())
                .collect::<Vec<_>>()
        };
        // An item without importance is required (1.0): before one of 0.8 or 0.5.
        assert_eq!(
            plan(None),
            ["Python", "R", "Aptech GAUSS", "Autobox", "SQL", "Scala"]
        );
        assert_eq!(plan(Some(2)), ["Python", "R"]);
        let gap = role_gap(&diff, &from, &to, &Matcher::default(), None);
        let (_, tools) = &gap.to_learn[1];
        assert_eq!(tools[1].note.as_deref(), Some("in demand"));
        assert_eq!(tools[5].note.as_deref(), Some("nice to have"));
    }
}
