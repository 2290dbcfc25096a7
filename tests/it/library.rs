//! The built-in library: every role loads, validates, fits the schema and meets the
//! minimum counts; no name points at two roles; one spelling for one thing.

use std::collections::{BTreeMap, BTreeSet};

use rolediff::analysis::validate::check_roles;
use rolediff::library::Library;
use rolediff::matching::Vocabulary;
use rolediff::role::Role;
use rolediff::role::schema::role_schema;
use rolediff::role::section::Section;
use rolediff::text::normalize;

/// The two roles of the seed article carry its facts and only those, so they are held to
/// the article's counts, not the library's minimums.
const SEED_ROLES: [&str; 2] = ["data-manager", "ml-engineer"];

fn built_in_roles() -> Vec<Role> {
    let library = Library::discover(&[], None).unwrap();
    library
        .try_load_all()
        .into_iter()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn every_built_in_role_validates() {
    let roles = built_in_roles();
    let findings = check_roles(&roles);
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn every_built_in_role_meets_the_minimum_counts() {
    let roles = built_in_roles();
    assert!(roles.len() >= 32, "{} roles", roles.len());
    let minimums = [
        (Section::Responsibilities, 6),
        (Section::Skills, 8),
        (Section::Education, 1),
        (Section::Tools, 8),
        (Section::Industries, 4),
        (Section::Tips, 3),
    ];
    for role in roles
        .iter()
        .filter(|role| !SEED_ROLES.contains(&role.id.as_str()))
    {
        for (section, minimum) in minimums {
            assert!(
                role.items(section).len() >= minimum,
                "{}: {section} has {} items",
                role.id,
                role.items(section).len()
            );
        }
        assert!(role.summary.is_some(), "{}: no summary", role.id);
        assert!(!role.aliases.is_empty(), "{}: no aliases", role.id);
        assert!(!role.sources.is_empty(), "{}: no sources", role.id);
        assert!(
            role.tools.0.iter().all(|tool| tool.category.is_some()),
            "{}: tools without a category",
            role.id
        );
    }
}

#[test]
fn the_schema_accepts_every_built_in_role_and_rejects_a_bad_one() {
    let validator = jsonschema::validator_for(&role_schema()).unwrap();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/roles")).unwrap() {
        let path = entry.unwrap().path();
        if path.file_stem().is_some_and(|stem| stem == "vocabulary") {
            continue;
        }
        let yaml: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let json = serde_json::to_value(yaml).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
    for bad in [
        serde_json::json!({"title": "T", "skils": ["SQL"]}),
        serde_json::json!({"skills": ["SQL"]}),
        serde_json::json!({"title": "T", "skills": [{"name": "SQL", "importance": 2}]}),
        serde_json::json!({"title": "T", "tools": {"Databases": "Oracle"}}),
    ] {
        assert!(!validator.is_valid(&bad), "{bad}");
    }
}

#[test]
fn one_thing_has_one_spelling_across_the_library() {
    let vocabulary = Vocabulary::built_in();
    let mut spellings: BTreeMap<u32, BTreeSet<String>> = BTreeMap::new();
    for role in built_in_roles() {
        for section in [
            Section::Skills,
            Section::Certifications,
            Section::Tools,
            Section::Industries,
        ] {
            for item in role.items(section) {
                for &concept in vocabulary.concepts_of_whole(&normalize(&item.name)) {
                    spellings
                        .entry(concept)
                        .or_default()
                        .insert(normalize(&item.name));
                }
            }
        }
    }
    let clashes: Vec<&BTreeSet<String>> =
        spellings.values().filter(|names| names.len() > 1).collect();
    assert!(
        clashes.is_empty(),
        "one vocabulary entry, several spellings: {clashes:?}"
    );
}
