//! The synthetic libraries the benchmarks run on (benches/support/synthetic.rs): valid
//! roles of the promised shape, overlapping, and the same on every run.

use crate::common;

use std::collections::HashMap;

use common::rolediff;
use rolediff::library::{Folder, Library};
use rolediff::role::Role;

#[path = "../../benches/support/synthetic.rs"]
mod generator;

fn write(count: usize, seed: u64) -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    let ids = generator::write_library(folder.path(), count, seed).unwrap();
    assert_eq!(ids.len(), count);
    folder
}

#[test]
fn synthetic_roles_are_valid_and_have_the_promised_shape() {
    let folder = write(200, 7);
    rolediff()
        .arg("validate")
        .arg("--roles-dir")
        .arg(folder.path())
        .assert()
        .success();
    let library = Library::discover(&[Folder::roles_dir(folder.path().to_owned())], None).unwrap();
    let roles: Vec<Role> = library
        .try_load_all()
        .into_iter()
        .map(Result::unwrap)
        .filter(|role: &Role| role.id.starts_with("synthetic-"))
        .collect();
    assert_eq!(roles.len(), 200);
    let mut roles_with_skill: HashMap<&str, usize> = HashMap::new();
    for (index, role) in roles.iter().enumerate() {
        assert_eq!(role.id, generator::role_id(index));
        assert_eq!(role.aliases, [generator::role_alias(index)]);
        assert_eq!(role.responsibilities.len(), 10, "{}", role.id);
        assert_eq!(role.skills.len(), 20, "{}", role.id);
        assert_eq!(role.tools.0.len(), 20, "{}", role.id);
        for skill in &role.skills {
            *roles_with_skill.entry(skill.name.as_str()).or_default() += 1;
        }
    }
    // Shared pools: the most common skill is in many roles, yet no skill is in all.
    let most = roles_with_skill.values().copied().max().unwrap();
    assert!((20..200).contains(&most), "{most}");
}

#[test]
fn the_same_seed_writes_the_same_files() {
    let (a, b, other) = (write(30, 3), write(30, 3), write(30, 4));
    let read = |folder: &tempfile::TempDir, id: &str| {
        std::fs::read_to_string(folder.path().join(format!("{id}.yaml"))).unwrap()
    };
    let id = generator::role_id(29);
    assert_eq!(read(&a, &id), read(&b, &id));
    assert_ne!(read(&a, &id), read(&other, &id));
}
