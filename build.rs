//! Generates the table of built-in roles: every `roles/*.yaml`, compiled in with
//! `include_str!`, so that adding a role file needs no code change.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

#[path = "src/id.rs"]
mod id;

fn main() {
    let roles_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("roles");
    println!("cargo::rerun-if-changed={}", roles_dir.display());
    let mut roles: Vec<(String, String)> = fs::read_dir(&roles_dir)
        .expect("the roles/ folder is readable")
        .map(|entry| entry.expect("a roles/ entry is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .map(|path| {
            let id = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("role file names are UTF-8")
                .to_owned();
            assert!(
                id::is_valid_id(&id),
                "roles/{id}.yaml: a role id is [a-z0-9][a-z0-9-]*"
            );
            (id, path.display().to_string())
        })
        .filter(|(id, _)| id != "vocabulary")
        .collect();
    roles.sort();
    let mut table = String::from(
        "/// Built-in roles: (id, YAML text), sorted by id.\npub static BUILT_IN_ROLES: &[(&str, &str)] = &[\n",
    );
    for (id, path) in &roles {
        writeln!(table, "    ({id:?}, include_str!({path:?})),")
            .expect("writing to a String cannot fail");
    }
    table.push_str("];\n");
    let out =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("built_in_roles.rs");
    fs::write(out, table).expect("OUT_DIR is writable");
}
