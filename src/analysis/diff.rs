//! `RoleDiff`: the comparison of two roles as plain data, built by pure functions. Every
//! output format only renders it.

use serde::Serialize;

use crate::matching::{Alignment, Matcher};
use crate::role::section::Section;
use crate::role::{Item, Outlook, Role, Salary};

/// A role as the comparison names it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleRef {
    /// The role's id.
    pub id: String,
    /// The role's title.
    pub title: String,
}

/// Two items taken as one: shared (score 1.0) or similar (score below 1.0).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pair {
    /// The item as the first role writes it.
    pub a: String,
    /// The item as the second role writes it.
    pub b: String,
    /// 1.0 for shared items, the similarity score for similar ones.
    pub score: f64,
    /// The importance each role gives the item, when they are [`IMPORTANCE_APART`] or more
    /// apart (a skill O*NET rates 0.9 in one occupation and 0.4 in the other); JSON leaves
    /// it out otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub importance: Option<Importance>,
    /// For a similar pair, the concepts both items name, rarest first: why they are
    /// similar. Outputs show it with `--explain` only ([`RoleDiff::forget_reasons`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub because: Option<Vec<String>>,
}

/// The importance of one item in each role.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Importance {
    pub a: f64,
    pub b: f64,
}

/// How far apart two roles' importances of one item must be to be shown: a step of O*NET's
/// five-point scale, rescaled to 0-1 by the import.
pub const IMPORTANCE_APART: f64 = 0.25;

impl Pair {
    /// The importances of two items taken as one, when they are far enough apart to say.
    fn importance_of(a: &Item, b: &Item) -> Option<Importance> {
        let (a, b) = (a.weight(), b.weight());
        ((a - b).abs() >= IMPORTANCE_APART - 1e-9).then_some(Importance {
            a: round(a),
            b: round(b),
        })
    }

    /// How the importances read beside the items: `importance 0.90` and `importance 0.40`,
    /// or nothing when they are not shown.
    #[must_use]
    pub fn importance_notes(&self) -> (String, String) {
        self.importance.map_or_else(Default::default, |i| {
            (
                format!("  (importance {:.2})", i.a),
                format!("  (importance {:.2})", i.b),
            )
        })
    }
}

/// Something both roles may state, side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SideBySide<T> {
    /// The first role's value.
    pub a: Option<T>,
    /// The second role's value.
    pub b: Option<T>,
}

impl<T> SideBySide<T> {
    /// Whether either role states it.
    #[must_use]
    pub fn is_stated(&self) -> bool {
        self.a.is_some() || self.b.is_some()
    }
}

/// One section of the comparison: every item of both roles, each exactly once.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionDiff {
    /// Which section this is.
    pub section: Section,
    /// Matched weight over the union; `None` when both roles have no items here.
    pub similarity: Option<f64>,
    /// Items that are the same in both roles.
    pub shared: Vec<Pair>,
    /// Items that are the same thing in other words.
    pub similar: Vec<Pair>,
    /// Items only the first role has.
    pub only_a: Vec<String>,
    /// Items only the second role has.
    pub only_b: Vec<String>,
    #[serde(skip)]
    weights: Weights,
}

impl SectionDiff {
    /// Whether the section shows any difference (similar or unique items).
    #[must_use]
    pub fn differs(&self) -> bool {
        !(self.similar.is_empty() && self.only_a.is_empty() && self.only_b.is_empty())
    }
}

/// The comparison of two roles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleDiff {
    /// The first role.
    pub a: RoleRef,
    /// The second role.
    pub b: RoleRef,
    /// Matched weight over the union across all compared sections.
    pub similarity: f64,
    /// The compared sections, in order.
    pub sections: Vec<SectionDiff>,
    /// Both roles' outlooks.
    pub outlook: SideBySide<Outlook>,
    /// Both roles' pay ranges.
    pub salary: SideBySide<Salary>,
    /// How much the two roles ask for the same things as wholes, which items left unpaired
    /// count part of; shown with `--explain` only, `None` without it or with `--exact`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concepts: Option<Concepts>,
    /// Whether similar pairs carry their reasons (`--explain`).
    #[serde(skip)]
    pub explained: bool,
}

/// What two roles ask for in common, as wholes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Concepts {
    /// The cosine of the two roles' concepts, weighed by rarity, in [0, 1].
    pub similarity: f64,
    /// The concepts that count most in it, as the first role writes them.
    pub because: Vec<String>,
}

impl RoleDiff {
    /// Whether any compared section differs, for `--exit-code`.
    #[must_use]
    pub fn differs(&self) -> bool {
        self.sections.iter().any(SectionDiff::differs)
    }
}

/// Which kinds of rows `--only` keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relation {
    /// Items both roles have.
    Shared,
    /// Items that are the same thing in other words.
    Similar,
    /// Items only the first role has.
    A,
    /// Items only the second role has.
    B,
}

impl RoleDiff {
    /// Drops the reasons of similar pairs, for outputs without `--explain`.
    pub fn forget_reasons(&mut self) {
        self.explained = false;
        self.concepts = None;
        for section in &mut self.sections {
            for pair in &mut section.similar {
                pair.because = None;
            }
        }
    }

    /// Keeps only the rows of the given relations; scores stay those of the full comparison.
    pub fn retain_relations(&mut self, keep: &[Relation]) {
        for section in &mut self.sections {
            if !keep.contains(&Relation::Shared) {
                section.shared.clear();
            }
            if !keep.contains(&Relation::Similar) {
                section.similar.clear();
            }
            if !keep.contains(&Relation::A) {
                section.only_a.clear();
            }
            if !keep.contains(&Relation::B) {
                section.only_b.clear();
            }
        }
    }
}

/// Matched and total weight of a section, in the units of the similarity ratio.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Weights {
    matched: f64,
    union: f64,
}

/// Compares two roles over `sections` (in the order of [`Section::ALL`]).
#[must_use]
pub fn compare_roles(a: &Role, b: &Role, sections: &[Section], matcher: &Matcher) -> RoleDiff {
    // Every text of both roles is read once: for the likeness, which is of the roles as
    // wholes whichever sections are compared (a section scores the same alone as among
    // all), and for the pairs of each section.
    let (texts_a, texts_b) = (Texts::of(a), Texts::of(b));
    let read = matcher.read(&texts_a.texts, &texts_b.texts);
    let likeness = matcher.likeness(&read);
    let credit = likeness
        .as_ref()
        .map_or(0.0, |l| CREDIT_SHARE * l.similarity);
    let sections: Vec<SectionDiff> = Section::ALL
        .into_iter()
        .filter(|section| sections.contains(section))
        .map(|section| {
            let (items_a, items_b) = (a.items(section), b.items(section));
            let alignment = matcher.align_read(
                &items_a,
                &items_b,
                &read,
                texts_a.of_section(section),
                texts_b.of_section(section),
            );
            section_diff(section, &items_a, &items_b, alignment, credit)
        })
        .collect();
    let total = sections.iter().fold(Weights::default(), |sum, s| Weights {
        matched: sum.matched + s.weights.matched,
        union: sum.union + s.weights.union,
    });
    let has_items = sections.iter().any(|s| s.similarity.is_some());
    RoleDiff {
        a: RoleRef {
            id: a.id.clone(),
            title: a.title.clone(),
        },
        b: RoleRef {
            id: b.id.clone(),
            title: b.title.clone(),
        },
        // Two roles with no items at all do not differ.
        similarity: if has_items { ratio(total) } else { 1.0 },
        sections,
        outlook: SideBySide {
            a: a.outlook.clone(),
            b: b.outlook.clone(),
        },
        salary: SideBySide {
            a: a.salary.clone(),
            b: b.salary.clone(),
        },
        concepts: likeness.map(|l| Concepts {
            similarity: round(l.similarity),
            because: l.because,
        }),
        explained: true,
    }
}

/// The texts of a role that say what it is and asks for: its title, its summary (what the
/// role does) and every item, section by section. (On pairs of real ads, AUC 0.850 without
/// the title, 0.864 with it: a posting's title names its occupation.)
struct Texts<'r> {
    texts: Vec<&'r str>,
    /// Where the items of each section start, in the order of [`Section::ALL`], and end.
    bounds: Vec<usize>,
}

impl<'r> Texts<'r> {
    fn of(role: &'r Role) -> Texts<'r> {
        let mut texts: Vec<&str> = std::iter::once(role.title.as_str())
            .chain(role.summary.as_deref())
            .collect();
        let mut bounds = vec![texts.len()];
        for section in Section::ALL {
            texts.extend(role.items(section).iter().map(|item| item.name.as_str()));
            bounds.push(texts.len());
        }
        Texts { texts, bounds }
    }

    /// Where the items of `section` are in `texts`.
    fn of_section(&self, section: Section) -> std::ops::Range<usize> {
        let at = Section::ALL
            .iter()
            .position(|&s| s == section)
            .expect("every section is one of all");
        self.bounds[at]..self.bounds[at + 1]
    }
}

/// Compares the items of one section; an item left unpaired counts `credit` of its weight
/// as matched ([`CREDIT_SHARE`] of the two roles' likeness; 0 for none).
#[must_use]
pub fn compare_section(
    section: Section,
    a: &[&Item],
    b: &[&Item],
    matcher: &Matcher,
    credit: f64,
) -> SectionDiff {
    section_diff(section, a, b, matcher.align(a, b), credit)
}

/// The comparison of one section given how its items line up.
fn section_diff(
    section: Section,
    a: &[&Item],
    b: &[&Item],
    alignment: Alignment,
    credit: f64,
) -> SectionDiff {
    let Alignment {
        shared,
        near,
        because,
    } = alignment;
    let mut used_a = vec![false; a.len()];
    let mut used_b = vec![false; b.len()];
    let mut weights = Weights::default();
    // Items that all weigh 0 count equally: a zero weight never makes two sections equal.
    let all_zero = a.iter().chain(b).all(|item| item.weight() == 0.0);
    let weight = |item: &Item| if all_zero { 1.0 } else { item.weight() };
    // Shared pairs are the same item: only similar pairs have reasons.
    let mut pairs = |candidates: Vec<crate::matching::Candidate>,
                     because: Option<Vec<Vec<String>>>|
     -> Vec<Pair> {
        let mut because: Vec<Option<Vec<String>>> =
            because.map_or_else(Vec::new, |because| because.into_iter().map(Some).collect());
        because.resize(candidates.len(), None);
        candidates
            .into_iter()
            .zip(because)
            .map(|(c, because)| {
                used_a[c.a] = true;
                used_b[c.b] = true;
                let weight = f64::midpoint(weight(a[c.a]), weight(b[c.b]));
                weights.matched += weight * c.score;
                weights.union += weight;
                Pair {
                    a: a[c.a].name.clone(),
                    b: b[c.b].name.clone(),
                    score: round(c.score),
                    importance: Pair::importance_of(a[c.a], b[c.b]),
                    because,
                }
            })
            .collect()
    };
    let shared = pairs(shared, None);
    let similar = pairs(near, Some(because));
    let only_a = unmatched(a, &used_a, credit, &weight, &mut weights);
    let only_b = unmatched(b, &used_b, credit, &weight, &mut weights);
    let is_empty = a.is_empty() && b.is_empty();
    SectionDiff {
        section,
        similarity: (!is_empty).then(|| ratio(weights)),
        shared,
        similar,
        only_a,
        only_b,
        weights: if is_empty {
            Weights::default()
        } else {
            weights
        },
    }
}

/// What share of the two roles' likeness (the cosine of their concepts as wholes) an item
/// left unpaired counts as matched: two postings ask for the same things in sentences that
/// pair with none of the other's. Half, chosen on pairs of real job ads
/// (`examples/posting-pairs.rs`: AUC 0.852 at 0.35, 0.851 at 0.5, 0.849 at 0.7; an item's
/// credit scaled by the share of its own concepts the other role names measured 0.830).
pub const CREDIT_SHARE: f64 = 0.5;

/// The items left unpaired, each counted in the union and `credit` of it as matched.
fn unmatched(
    items: &[&Item],
    used: &[bool],
    credit: f64,
    weight: &dyn Fn(&Item) -> f64,
    weights: &mut Weights,
) -> Vec<String> {
    items
        .iter()
        .zip(used)
        .filter(|(_, used)| !**used)
        .map(|(item, _)| {
            weights.union += weight(item);
            weights.matched += weight(item) * credit;
            item.name.clone()
        })
        .collect()
}

/// Matched over union; when every item weighs 0 there is nothing to tell apart: 1.0.
fn ratio(weights: Weights) -> f64 {
    if weights.union > 0.0 {
        round(weights.matched / weights.union)
    } else {
        1.0
    }
}

/// Scores are shown with four decimals at most, so outputs stay stable across platforms.
#[must_use]
pub fn round(score: f64) -> f64 {
    (score * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_item_shows_both_importances_when_they_are_a_step_apart() {
        let item = |name: &str, importance: Option<f64>| Item {
            name: name.into(),
            importance,
            ..Item::default()
        };
        let a = [
            item("Mathematics", Some(1.0)),
            item("Writing", Some(0.8)),
            item("SQL", None),
        ];
        let b = [
            item("Mathematics", Some(0.56)),
            item("Writing", Some(0.7)),
            item("SQL", Some(0.5)),
        ];
        let (a, b): (Vec<&Item>, Vec<&Item>) = (a.iter().collect(), b.iter().collect());
        let diff = compare_section(Section::Skills, &a, &b, &Matcher::default(), 0.0);
        let shown: Vec<(&str, Option<Importance>)> = diff
            .shared
            .iter()
            .map(|pair| (pair.a.as_str(), pair.importance))
            .collect();
        assert_eq!(
            shown,
            [
                ("Mathematics", Some(Importance { a: 1.0, b: 0.56 })),
                ("Writing", None),
                // No importance is 1.0: required in one role, nice to have in the other.
                ("SQL", Some(Importance { a: 1.0, b: 0.5 })),
            ]
        );
        let json = serde_json::to_value(&diff.shared[1]).unwrap();
        assert!(json.get("importance").is_none(), "{json}");
        assert_eq!(diff.shared[0].importance_notes().1, "  (importance 0.56)");
    }

    fn role(id: &str, industries: &[&str]) -> Role {
        Role {
            id: id.into(),
            title: id.to_uppercase(),
            industries: industries.iter().map(|&name| Item::named(name)).collect(),
            ..Role::default()
        }
    }

    /// The matcher of `--exact`: no near tier and no likeness, so scores are of pairs only.
    fn exact() -> Matcher {
        Matcher::new(std::sync::Arc::default(), None)
    }

    #[test]
    fn section_similarity_is_matched_over_union() {
        let a = role("a", &["Healthcare", "Finance", "Government"]);
        let b = role("b", &["healthcare", "Finance", "Technology", "Retail"]);
        let diff = compare_roles(&a, &b, &Section::ALL, &exact());
        let industries = &diff.sections[5];
        assert_eq!(industries.section, Section::Industries);
        assert_eq!(industries.shared.len(), 2);
        assert_eq!(industries.only_a, ["Government"]);
        assert_eq!(industries.only_b, ["Technology", "Retail"]);
        assert_eq!(industries.similarity, Some(0.4));
        assert_eq!(diff.similarity, 0.4);
        assert_eq!(diff.sections[0].similarity, None);
    }

    #[test]
    fn items_left_unpaired_count_part_of_the_likeness_of_the_roles() {
        let a = role("a", &["Healthcare", "Hospital pharmacy"]);
        let b = role("b", &["Healthcare", "Retail pharmacy"]);
        let matcher = Matcher::default();
        let diff = compare_roles(&a, &b, &[Section::Industries], &matcher);
        let likeness = diff.concepts.as_ref().unwrap();
        assert!(likeness.similarity > 0.0 && likeness.similarity < 1.0);
        assert_eq!(likeness.because[0], "healthcare", "{likeness:?}");
        assert!(likeness.because.contains(&"pharmacy".to_owned()));
        let section = &diff.sections[0];
        assert_eq!((section.shared.len(), section.only_a.len()), (1, 1));
        // One pair, two items left, each counting half the likeness: (1 + 2 l/2) / 3.
        let expected = round((1.0 + likeness.similarity) / 3.0);
        assert!((diff.similarity - expected).abs() < 1e-3, "{diff:?}");
        // Roles that name nothing alike get nothing for it, and `--exact` gives none.
        let apart = compare_roles(
            &a,
            &role("b", &["Mining"]),
            &[Section::Industries],
            &matcher,
        );
        assert_eq!(apart.similarity, 0.0);
        let exact = compare_roles(&a, &b, &[Section::Industries], &exact());
        assert_eq!((exact.similarity, exact.concepts), (round(1.0 / 3.0), None));
    }

    #[test]
    fn importance_weighs_items() {
        let mut a = role("a", &["Healthcare", "Finance"]);
        a.industries[1].importance = Some(0.0);
        let b = role("b", &["Healthcare"]);
        let diff = compare_roles(&a, &b, &[Section::Industries], &Matcher::default());
        assert_eq!(diff.similarity, 1.0);
    }

    #[test]
    fn items_that_all_weigh_nothing_count_equally() {
        let zero = |id, names: &[&str]| {
            let mut role = role(id, names);
            for item in &mut role.industries {
                item.importance = Some(0.0);
            }
            role
        };
        let diff = compare_roles(
            &zero("a", &["Excel"]),
            &zero("b", &["Word"]),
            &[Section::Industries],
            &exact(),
        );
        assert_eq!(diff.similarity, 0.0, "different roles are never equal");
        assert_eq!(diff.sections[0].similarity, Some(0.0));
        let half = compare_roles(
            &zero("a", &["Excel", "Word"]),
            &zero("b", &["Excel"]),
            &[Section::Industries],
            &exact(),
        );
        assert_eq!(half.similarity, 0.5);
    }

    fn industries(a: &[&str], b: &[&str]) -> SectionDiff {
        compare_roles(
            &role("a", a),
            &role("b", b),
            &[Section::Industries],
            &Matcher::default(),
        )
        .sections
        .remove(0)
    }

    #[test]
    fn a_section_differs_by_any_row_that_is_not_shared() {
        assert!(!industries(&["Retail", "Finance"], &["Finance", "Retail"]).differs());
        assert!(
            industries(&["Retail", "Finance"], &["Retail"]).differs(),
            "only in a"
        );
        assert!(
            industries(&["Retail"], &["Retail", "Finance"]).differs(),
            "only in b"
        );
        let near = industries(&["Apache Spark"], &["PySpark"]);
        assert!(near.only_a.is_empty() && near.only_b.is_empty() && near.similar.len() == 1);
        assert!(near.differs(), "a similar pair is a difference");
    }

    #[test]
    fn a_similar_pair_counts_its_score_and_an_empty_side_counts_zero() {
        let near = industries(&["Apache Spark"], &["PySpark"]);
        let score = near.similar[0].score;
        assert!(score > 0.0 && score < 1.0, "{score}");
        assert!((near.similarity.unwrap() - score).abs() < 1e-3, "{near:?}");
        assert_eq!(industries(&["Retail"], &[]).similarity, Some(0.0));
        assert_eq!(industries(&[], &["Retail"]).similarity, Some(0.0));
        assert_eq!(industries(&[], &[]).similarity, None);
    }

    #[test]
    fn roles_without_items_are_identical() {
        let diff = compare_roles(
            &role("a", &[]),
            &role("b", &[]),
            &Section::ALL,
            &Matcher::default(),
        );
        assert_eq!(diff.similarity, 1.0);
        assert!(!diff.differs());
    }

    #[test]
    fn only_keeps_the_chosen_relations() {
        let mut diff = compare_roles(
            &role("a", &["X", "Y"]),
            &role("b", &["X", "Z"]),
            &Section::ALL,
            &Matcher::default(),
        );
        diff.retain_relations(&[Relation::B]);
        let industries = &diff.sections[5];
        assert!(industries.shared.is_empty() && industries.only_a.is_empty());
        assert_eq!(industries.only_b, ["Z"]);
    }
}
