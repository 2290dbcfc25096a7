//! Reads `find`'s index and the similarity index, as the library index stores them, from a
//! valid stored index of a few roles with bytes changed where the input says (each change
//! three bytes: a position of two and a value): whatever the bytes, the read is refused or
//! gives an index that searches and ranks without a panic, a hang or a huge allocation.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use rolediff::analysis::find::FindIndex;
use rolediff::analysis::similarity::SimilarityIndex;
use rolediff::binary::{Reader, Writer};
use rolediff::role::{Item, Role};

const ROLES: usize = 3;

fn roles() -> Vec<Role> {
    ["Data Manager", "Machine Learning Engineer", "Registered Nurse"]
        .iter()
        .map(|&title| Role {
            id: title.to_lowercase().replace(' ', "-"),
            title: title.to_owned(),
            aliases: vec![format!("{title} Lead")],
            responsibilities: vec![Item::named(&format!("Plan the work of a {title}"))],
            skills: vec![Item::named("SQL"), Item::named(title)],
            ..Role::default()
        })
        .collect()
}

/// The stored forms of both indexes of [`roles`].
static STORED: LazyLock<(Vec<u8>, Vec<u8>)> = LazyLock::new(|| {
    let roles = roles();
    let mut find = Writer::default();
    FindIndex::build(&roles).store(&mut find);
    let mut similar = Writer::default();
    SimilarityIndex::build(&roles).store(&mut similar);
    (find.into_bytes(), similar.into_bytes())
});

fn damaged(stored: &[u8], changes: &[u8]) -> Vec<u8> {
    let mut bytes = stored.to_vec();
    for change in changes.chunks_exact(3) {
        let at = usize::from(u16::from_le_bytes([change[0], change[1]]));
        if let Some(byte) = bytes.get_mut(at % stored.len().max(1)) {
            *byte = change[2];
        }
    }
    bytes
}

fuzz_target!(|data: &[u8]| {
    let (find, similar) = &*STORED;
    let bytes = damaged(find, data);
    if let Ok(index) = FindIndex::restore(&mut Reader::new(&bytes), ROLES) {
        for text in ["data manager", "someone who plans the work of a nurse and writes SQL"] {
            let found = index.search(text);
            assert!(found.iter().all(|&(role, _)| role < ROLES));
        }
    }
    let bytes = damaged(similar, data);
    if let Ok(index) = SimilarityIndex::restore(&mut Reader::new(&bytes), ROLES) {
        for role in 0..ROLES {
            let ranked = index.ranked(role, 5);
            assert!(ranked.iter().all(|&(other, _)| other < ROLES));
        }
    }
});
