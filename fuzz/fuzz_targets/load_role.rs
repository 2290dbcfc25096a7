//! Loads a role from arbitrary bytes: any input must give a role or an error, never a
//! panic, a hang or an error without the file's name.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(error) = rolediff::role::parse::parse_role(data, Path::new("fuzz.yaml"), "fuzz") {
        assert!(error.to_string().starts_with("fuzz.yaml"), "{error}");
    }
});
