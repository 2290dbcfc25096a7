//! Compares two roles loaded from arbitrary bytes (split at the first 0xFF byte, which
//! UTF-8 never holds) at a threshold from the input, and renders every output format: no
//! panic, and JSON that parses.
#![no_main]

use std::path::Path;
use std::sync::{Arc, LazyLock};

use clap::ValueEnum;
use libfuzzer_sys::fuzz_target;
use rolediff::analysis::diff::compare_roles;
use rolediff::role::parse::parse_role;
use rolediff::matching::{Matcher, Vocabulary};
use rolediff::output::CompareFormat;
use rolediff::role::section::Section;
use rolediff::terminal::Terminal;

static VOCABULARY: LazyLock<Arc<Vocabulary>> = LazyLock::new(|| Arc::new(Vocabulary::built_in()));

fuzz_target!(|data: &[u8]| {
    let Some((&threshold, rest)) = data.split_first() else { return };
    let (a, b) = match rest.iter().position(|&byte| byte == 0xFF) {
        Some(split) => (&rest[..split], &rest[split + 1..]),
        None => (rest, rest),
    };
    let (Ok(a), Ok(b)) = (parse_role(a, Path::new("a.yaml"), "a"), parse_role(b, Path::new("b.yaml"), "b")) else { return };
    let threshold = (threshold != 0xFF).then(|| f64::from(threshold) / 254.0);
    let diff = compare_roles(&a, &b, &Section::ALL, &Matcher::new(Arc::clone(&VOCABULARY), threshold));
    for &format in CompareFormat::value_variants() {
        for terminal in [Terminal::default(), Terminal { color: true, width: Some(40) }] {
            let mut out = Vec::new();
            rolediff::output::render_compare(&diff, format, &terminal, &mut out).unwrap();
            if format == CompareFormat::Json {
                serde_json::from_slice::<serde_json::Value>(&out).unwrap();
            }
        }
    }
});
