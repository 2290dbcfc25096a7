//! Property tests of the comparison's invariants: every item of both roles appears
//! exactly once, `compare A B` mirrors `compare B A`, and a role against itself is all
//! shared at similarity 1.0.

use proptest::prelude::*;
use rolediff::analysis::diff::{RoleDiff, compare_roles};
use std::sync::{Arc, LazyLock};

use rolediff::matching::{Matcher, Vocabulary};
use rolediff::role::section::Section;
use rolediff::role::{Item, Role, Tool, Tools};

/// Names that collide after normalisation, or only through `aka`, or not at all.
const POOL: &[&str] = &[
    "Python",
    "python",
    "PYTHON ",
    "C",
    "C++",
    "C#",
    ".NET",
    "NET",
    "SQL",
    "sql.",
    "Machine learning",
    "ML",
    "machine-learning",
    "Healthcare",
    "Health care",
    "",
    "!!!",
    "Data Governance",
    "data governance",
];

fn item() -> impl Strategy<Value = Item> {
    let name = prop::sample::select(POOL).prop_filter("names are not empty", |n| !n.is_empty());
    let aka = prop::collection::vec(prop::sample::select(POOL), 0..2);
    let importance = prop::option::of(prop::sample::select(&[0.0, 0.25, 0.5, 1.0][..]));
    (name, aka, importance).prop_map(|(name, aka, importance)| Item {
        name: name.to_owned(),
        aka: aka
            .into_iter()
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect(),
        importance,
        note: None,
    })
}

fn items() -> impl Strategy<Value = Vec<Item>> {
    prop::collection::vec(item(), 0..6)
}

fn role() -> impl Strategy<Value = Role> {
    (items(), items(), items(), items()).prop_map(|(skills, tools, industries, tips)| Role {
        id: "r".into(),
        title: "R".into(),
        skills,
        tools: Tools(
            tools
                .into_iter()
                .map(|item| Tool {
                    item,
                    category: None,
                })
                .collect(),
        ),
        industries,
        tips,
        ..Role::default()
    })
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

fn side_a(diff: &RoleDiff, section: usize) -> Vec<String> {
    let s = &diff.sections[section];
    sorted(
        s.shared
            .iter()
            .chain(&s.similar)
            .map(|p| p.a.clone())
            .chain(s.only_a.iter().cloned())
            .collect(),
    )
}

fn side_b(diff: &RoleDiff, section: usize) -> Vec<String> {
    let s = &diff.sections[section];
    sorted(
        s.shared
            .iter()
            .chain(&s.similar)
            .map(|p| p.b.clone())
            .chain(s.only_b.iter().cloned())
            .collect(),
    )
}

fn names(role: &Role, section: Section) -> Vec<String> {
    sorted(
        role.items(section)
            .into_iter()
            .map(|item| item.name.clone())
            .collect(),
    )
}

static VOCABULARY: LazyLock<Arc<Vocabulary>> = LazyLock::new(|| Arc::new(Vocabulary::built_in()));

/// A matcher with the similar tier at `threshold`, or the shared tier only.
fn matcher(threshold: Option<f64>) -> Matcher {
    Matcher::new(Arc::clone(&VOCABULARY), threshold)
}

fn threshold() -> impl Strategy<Value = Option<f64>> {
    prop::option::of(0.0..=1.0f64)
}

proptest! {
    #[test]
    fn every_item_appears_exactly_once(a in role(), b in role(), threshold in threshold()) {
        let diff = compare_roles(&a, &b, &Section::ALL, &matcher(threshold));
        for (index, section) in Section::ALL.into_iter().enumerate() {
            prop_assert_eq!(side_a(&diff, index), names(&a, section));
            prop_assert_eq!(side_b(&diff, index), names(&b, section));
        }
        prop_assert!((0.0..=1.0).contains(&diff.similarity));
    }

    #[test]
    fn compare_mirrors(a in role(), b in role(), threshold in threshold()) {
        let there = compare_roles(&a, &b, &Section::ALL, &matcher(threshold));
        let back = compare_roles(&b, &a, &Section::ALL, &matcher(threshold));
        prop_assert_eq!(there.similarity, back.similarity);
        for (x, y) in there.sections.iter().zip(&back.sections) {
            prop_assert_eq!(x.similarity, y.similarity);
            let swap = |pairs: &[rolediff::analysis::diff::Pair]| sorted(pairs.iter().map(|p| format!("{}\u{0}{}", p.b, p.a)).collect());
            let keep = |pairs: &[rolediff::analysis::diff::Pair]| sorted(pairs.iter().map(|p| format!("{}\u{0}{}", p.a, p.b)).collect());
            prop_assert_eq!(keep(&x.shared), swap(&y.shared));
            prop_assert_eq!(keep(&x.similar), swap(&y.similar));
            prop_assert_eq!(sorted(x.only_a.clone()), sorted(y.only_b.clone()));
            prop_assert_eq!(sorted(x.only_b.clone()), sorted(y.only_a.clone()));
        }
    }

    #[test]
    fn a_role_against_itself_is_all_shared(a in role(), threshold in threshold()) {
        let diff = compare_roles(&a, &a, &Section::ALL, &matcher(threshold));
        prop_assert_eq!(diff.similarity, 1.0);
        prop_assert!(!diff.differs());
        for section in &diff.sections {
            prop_assert!(section.similarity.is_none_or(|s| s == 1.0));
        }
    }
}

/// Sentences as real postings write items: several things asked for in one, short names
/// that are words too, years, degrees with fields, domains.
const SENTENCES: &[&str] = &[
    "3+ years of professional Python, including pandas, NumPy and scikit-learn",
    "Strong Python and SQL",
    "Experience in Go and Kubernetes",
    "Go the extra mile for our customers",
    "Manage the R&D budget",
    "Statistical modelling (R, SAS)",
    "Knowledge of healthcare claims data",
    "Bachelor's degree in computer science or statistics",
    "Master's degree in statistics",
    "Build machine learning models and deploy them to production",
    "Deploy ML models to production",
    "5 years of experience with Apache Spark",
    "Experience with Spark, Airflow and Kubernetes",
    "Excellent written and verbal communication",
    "Communication",
];

fn sentence_item() -> impl Strategy<Value = Item> {
    prop::sample::select(SENTENCES).prop_map(Item::named)
}

fn sentence_role() -> impl Strategy<Value = Role> {
    let items = || prop::collection::vec(sentence_item(), 0..6);
    let summary = prop::option::of(prop::sample::select(SENTENCES).prop_map(str::to_owned));
    (summary, items(), items(), items()).prop_map(
        |(summary, responsibilities, skills, education)| Role {
            id: "s".into(),
            title: "S".into(),
            summary,
            responsibilities,
            skills,
            education,
            ..Role::default()
        },
    )
}

/// The rarity `compare` weighs concepts by, worked out once.
static RARITY: LazyLock<Arc<rolediff::matching::Rarity>> =
    LazyLock::new(|| Arc::new(rolediff::library::Library::built_in_rarity()));

/// The matcher of `compare`: the vocabulary and the rarity of the built-in roles.
fn concept_matcher(threshold: Option<f64>) -> Matcher {
    matcher(threshold).with_rarity(Arc::clone(&RARITY))
}

proptest! {
    #[test]
    fn sentence_roles_keep_every_item_once_and_mirror(a in sentence_role(), b in sentence_role(), threshold in threshold()) {
        let there = compare_roles(&a, &b, &Section::ALL, &concept_matcher(threshold));
        let back = compare_roles(&b, &a, &Section::ALL, &concept_matcher(threshold));
        for (index, section) in Section::ALL.into_iter().enumerate() {
            prop_assert_eq!(side_a(&there, index), names(&a, section));
            prop_assert_eq!(side_b(&there, index), names(&b, section));
        }
        prop_assert!((0.0..=1.0).contains(&there.similarity));
        prop_assert_eq!(there.similarity, back.similarity);
        prop_assert_eq!(
            there.concepts.as_ref().map(|c| c.similarity),
            back.concepts.as_ref().map(|c| c.similarity)
        );
        for (x, y) in there.sections.iter().zip(&back.sections) {
            prop_assert_eq!(x.similarity, y.similarity);
            prop_assert_eq!(x.similar.len(), y.similar.len());
        }
    }

    #[test]
    fn a_sentence_role_against_itself_is_all_shared(a in sentence_role(), threshold in threshold()) {
        let diff = compare_roles(&a, &a, &Section::ALL, &concept_matcher(threshold));
        prop_assert_eq!(diff.similarity, 1.0);
        prop_assert!(!diff.differs());
    }
}

/// Checks that `gap` of `a` to `b` places every requirement of `b` once (covered or to
/// learn), and that `b` covers all of itself.
fn check_gap(a: &Role, b: &Role, matcher: &Matcher) -> Result<(), TestCaseError> {
    use rolediff::analysis::gap::{LEARNABLE, role_gap};
    let gap = role_gap(
        &compare_roles(a, b, &Section::ALL, matcher),
        a,
        b,
        matcher,
        None,
    );
    for section in LEARNABLE {
        let mut placed: Vec<String> = gap
            .carries_over
            .iter()
            .filter(|c| c.section == section)
            .map(|c| c.to.clone())
            .collect();
        let learn = gap
            .to_learn
            .iter()
            .find(|(s, _)| *s == section)
            .map(|(_, items)| items);
        placed.extend(learn.into_iter().flatten().map(|item| item.name.clone()));
        prop_assert_eq!(sorted(placed), names(b, section));
    }
    let itself = role_gap(
        &compare_roles(b, b, &Section::ALL, matcher),
        b,
        b,
        matcher,
        None,
    );
    prop_assert!(itself.to_learn.iter().all(|(_, items)| items.is_empty()));
    Ok(())
}

proptest! {
    /// `gap`: every requirement of the target is covered or left to learn, once (two copies
    /// of one are two requirements); a role covers all of itself.
    #[test]
    fn a_gap_places_every_requirement_once(a in sentence_role(), b in sentence_role(), threshold in threshold()) {
        check_gap(&a, &b, &concept_matcher(threshold))?;
    }

    #[test]
    fn a_gap_of_alike_names_places_every_requirement_once(a in role(), b in role(), threshold in threshold()) {
        check_gap(&a, &b, &concept_matcher(threshold))?;
    }
}
