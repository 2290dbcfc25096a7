//! `gap`: what moving from one role to another asks, as data: what carries over (shared and
//! similar items) and what to learn (the target's skills, tools, certifications and
//! education that the first role lacks, most important first), with the target's tips.

use serde::Serialize;

use crate::analysis::diff::{RoleDiff, RoleRef};
use crate::role::Role;
use crate::role::section::Section;

/// The sections whose missing items are things to learn, in the order they are listed.
pub const LEARNABLE: [Section; 4] = [
    Section::Skills,
    Section::Tools,
    Section::Certifications,
    Section::Education,
];

/// An item of the first role that serves in the second.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CarriedOver {
    /// The section both items are in.
    pub section: Section,
    /// The item as the first role has it.
    pub from: String,
    /// The item as the second role has it.
    pub to: String,
    /// 1.0 for the same item, the similarity score for a similar one.
    pub score: f64,
}

/// Something to learn, with its importance and note in the target role where the role
/// gives them.
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
}

impl ToLearn {
    /// Whether its note says the market wants it: "hot technology", "in demand".
    #[must_use]
    pub fn is_in_demand(&self) -> bool {
        self.note.as_deref().is_some_and(|note| {
            let note = note.to_lowercase();
            note.contains("hot technolog")
                || note.contains("in demand")
                || note.contains("in-demand")
        })
    }
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
    /// What to learn, by section (skills, tools, certifications, education).
    pub to_learn: Vec<(Section, Vec<ToLearn>)>,
    /// The target role's tips for getting started.
    pub tips: Vec<String>,
}

/// The gap from `diff.a` to `diff.b`, given the comparison of the two and the target role;
/// `top` keeps at most that many items to learn in each section, the first of the plan.
#[must_use]
pub fn role_gap(diff: &RoleDiff, to: &Role, top: Option<usize>) -> Gap {
    let carries_over = diff
        .sections
        .iter()
        .flat_map(|section| {
            section
                .shared
                .iter()
                .chain(&section.similar)
                .map(|pair| CarriedOver {
                    section: section.section,
                    from: pair.a.clone(),
                    to: pair.b.clone(),
                    score: pair.score,
                })
        })
        .collect();
    let to_learn = LEARNABLE
        .into_iter()
        .filter_map(|section| {
            let missing = &diff.sections.iter().find(|s| s.section == section)?.only_b;
            let mut items: Vec<ToLearn> = missing
                .iter()
                .map(|name| {
                    let item = to
                        .items(section)
                        .into_iter()
                        .find(|item| &item.name == name);
                    ToLearn {
                        name: name.clone(),
                        importance: item.and_then(|item| item.importance),
                        note: item.and_then(|item| item.note.clone()),
                    }
                })
                .collect();
            // The plan: explicit importance first, then what the market wants (by its
            // note), then the file's order (the sort is stable).
            items.sort_by(|x, y| {
                y.importance
                    .unwrap_or(-1.0)
                    .total_cmp(&x.importance.unwrap_or(-1.0))
                    .then(y.is_in_demand().cmp(&x.is_in_demand()))
            });
            if let Some(top) = top {
                items.truncate(top);
            }
            Some((section, items))
        })
        .collect();
    Gap {
        from: diff.a.clone(),
        to: diff.b.clone(),
        carries_over,
        to_learn,
        tips: to.tips.iter().map(|tip| tip.name.clone()).collect(),
    }
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
        let gap = role_gap(&diff, &to, None);
        assert_eq!(gap.carries_over[0].from, "SQL");
        let skills: Vec<&str> = gap.to_learn[0]
            .1
            .iter()
            .map(|item| item.name.as_str())
            .collect();
        assert_eq!(skills, ["Python", "Statistics"]);
        assert_eq!(gap.tips, ["Practise"]);
    }

    #[test]
    fn the_plan_puts_importance_first_then_what_the_market_wants_then_file_order() {
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
            let gap = role_gap(&diff, &to, top);
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
        assert_eq!(
            plan(None),
            ["SQL", "R", "Python", "Aptech GAUSS", "Autobox"]
        );
        assert_eq!(plan(Some(2)), ["SQL", "R"]);
        let gap = role_gap(&diff, &to, None);
        let (_, tools) = &gap.to_learn[1];
        assert_eq!(tools[1].note.as_deref(), Some("in demand"));
    }
}
