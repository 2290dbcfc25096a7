//! Reads a posting or CV from arbitrary bytes, with the built-in vocabulary's names: any
//! input must give a role (every item once, no empty item) or an error that names the
//! file, never a panic or a hang.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use rolediff::library::known_names_of;
use rolediff::matching::Vocabulary;
use rolediff::role::posting::{KnownNames, read_posting};
use rolediff::role::section::Section;

static KNOWN: LazyLock<KnownNames> = LazyLock::new(|| known_names_of(&[], &Vocabulary::built_in()));

fuzz_target!(|data: &[u8]| {
    match read_posting(data, Path::new("fuzz.txt"), "fuzz", &KNOWN) {
        Ok(posting) => {
            for section in Section::ALL {
                for item in posting.role.items(section) {
                    assert!(!item.name.trim().is_empty(), "an empty item in {section:?}");
                }
            }
        }
        Err(error) => assert!(error.to_string().starts_with("fuzz.txt"), "{error}"),
    }
});
