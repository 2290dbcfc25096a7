//! Reads a folder's `vocabulary.yaml` from arbitrary bytes and extends the built-in
//! vocabulary with it, then matches a few items through it: any input must give a
//! vocabulary or an error that names the file, never a panic or a hang.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use rolediff::matching::{Matcher, Vocabulary, VocabularyFile};
use rolediff::role::Item;
use rolediff::role::parse::parse_yaml;

fuzz_target!(|data: &[u8]| {
    let file: VocabularyFile = match parse_yaml(data, Path::new("vocabulary.yaml")) {
        Ok(file) => file,
        Err(error) => {
            assert!(error.to_string().starts_with("vocabulary.yaml"), "{error}");
            return;
        }
    };
    let mut vocabulary = Vocabulary::built_in();
    vocabulary.extend(file);
    let matcher = Matcher::new(std::sync::Arc::new(vocabulary), Some(0.7));
    let a = [Item::named("SQL"), Item::named("Machine learning"), Item::named("k8s")];
    let b = [Item::named("Structured Query Language"), Item::named("ML"), Item::named("Kubernetes")];
    let (a, b): (Vec<&Item>, Vec<&Item>) = (a.iter().collect(), b.iter().collect());
    let _ = matcher.align(&a, &b);
});
