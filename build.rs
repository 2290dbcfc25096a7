//! Compiles the built-in library into the binary, so that a comparison of two built-in
//! roles costs about what starting a process costs:
//! - every `roles/*.yaml` becomes an entry of a table of role ids and JSON text (adding a
//!   role file needs no code change; JSON reads in a fraction of the time of YAML);
//! - `roles/vocabulary.yaml` becomes tables of its terms already normalised and stemmed,
//!   by the crate's own code (`src/text/{token,normal,stem}.rs`, `src/matching/vocabulary_file.rs`).
//!
//! A built-in file that is not valid stops the build, naming it.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "src/role/id.rs"]
mod id;

/// The parts of the text layer the vocabulary is compiled with; `src/text` in the crate.
#[allow(dead_code)]
#[path = "src/text"]
mod text {
    pub mod normal;
    pub mod stem;
    pub mod token;
    pub use normal::{normalize, tokens};
    pub use stem::{light_stem, stem};
}

/// The part of the matcher that compiles the vocabulary; `src/matching` in the crate.
#[allow(dead_code)]
#[path = "src/matching"]
mod matching {
    pub mod vocabulary_file;
}

use matching::vocabulary_file::{CompiledVocabulary, VocabularyFile};

const VOCABULARY: &str = "vocabulary";

fn main() {
    emit_commit();
    let roles_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("roles");
    println!("cargo::rerun-if-changed={}", roles_dir.display());
    let mut files: Vec<(String, PathBuf)> = fs::read_dir(&roles_dir)
        .expect("the roles/ folder is readable")
        .map(|entry| entry.expect("a roles/ entry is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .map(|path| {
            let id = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("role file names are UTF-8")
                .to_owned();
            println!("cargo::rerun-if-changed={}", path.display());
            (id, path)
        })
        .collect();
    files.sort();
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut table = String::from(
        "/// Built-in roles: (id, the role file as JSON), sorted by id.\npub static BUILT_IN_ROLES: &[(&str, &str)] = &[\n",
    );
    for (id, path) in &files {
        if id == VOCABULARY {
            let vocabulary = vocabulary_tables(&compile_vocabulary(path));
            fs::write(out_dir.join("vocabulary.rs"), vocabulary).expect("OUT_DIR is writable");
            continue;
        }
        let json = yaml_to_json(path);
        assert!(
            id::is_valid_id(id),
            "roles/{id}.yaml: a role id is [a-z0-9][a-z0-9-]*"
        );
        writeln!(table, "    ({id:?}, {json:?}),").expect("writing to a String cannot fail");
    }
    table.push_str("];\n");
    fs::write(out_dir.join("built_in_roles.rs"), table).expect("OUT_DIR is writable");
}

/// The YAML file at `path` as compact JSON.
fn yaml_to_json(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let value: serde_json::Value = serde_yaml::from_str(&text)
        .unwrap_or_else(|err| panic!("{}: not valid YAML: {err}", path.display()));
    value.to_string()
}

fn compile_vocabulary(path: &Path) -> CompiledVocabulary {
    let text = fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let file: VocabularyFile = serde_yaml::from_str(&text)
        .unwrap_or_else(|err| panic!("{}: not a valid vocabulary: {err}", path.display()));
    file.compile()
}

/// The compiled vocabulary as Rust statics: `FILLER`, `GENERIC` and `VENDORS` (stemmed
/// words), `GROUPS` (kind, and each term as written, its normal form, its lightly and its
/// fully stemmed words), `ALIKE` (each term's tokens with their alike keys) and `FAMILIES`
/// (terms as in `GROUPS`).
fn vocabulary_tables(vocabulary: &CompiledVocabulary) -> String {
    let mut rust = String::new();
    for (name, words) in [
        ("FILLER", &vocabulary.filler),
        ("GENERIC", &vocabulary.generic),
        ("VENDORS", &vocabulary.vendors),
    ] {
        writeln!(rust, "pub static {name}: &[&str] = &{words:?};").expect("writing to a String");
    }
    rust.push_str(
        "/// A term: as written, its normal form, its lightly and its fully stemmed words.\n",
    );
    rust.push_str("pub type Term = (&'static str, &'static str, &'static [&'static str], &'static [&'static str]);\n");
    rust.push_str("/// A synonym group: its kind, and its terms.\n");
    rust.push_str("pub type Group = (Option<&'static str>, &'static [Term]);\n");
    rust.push_str("pub static GROUPS: &[Group] = &[\n");
    for group in &vocabulary.groups {
        write!(rust, "    ({:?}, &[", group.kind.as_deref()).expect("writing to a String");
        for term in &group.terms {
            write_term(&mut rust, term);
        }
        rust.push_str("]),\n");
    }
    rust.push_str("];\n");
    // Alike terms: each token with its alike key.
    rust.push_str("pub static ALIKE: &[&[&[(&str, &str)]]] = &[");
    for terms in &vocabulary.alike {
        rust.push_str("&[");
        for tokens in terms {
            write!(rust, "&{tokens:?}, ").expect("writing to a String");
        }
        rust.push_str("], ");
    }
    rust.push_str("];\n");
    rust.push_str("pub static FAMILIES: &[&[Term]] = &[");
    for terms in &vocabulary.families {
        rust.push_str("&[");
        for term in terms {
            write_term(&mut rust, term);
        }
        rust.push_str("], ");
    }
    rust.push_str("];\n");
    rust
}

/// One [`matching::vocabulary_file::CompiledTerm`] as a `Term` tuple.
fn write_term(rust: &mut String, term: &matching::vocabulary_file::CompiledTerm) {
    write!(
        rust,
        "({:?}, {:?}, &{:?}, &{:?}), ",
        term.written, term.normal, term.words, term.stems
    )
    .expect("writing to a String");
}

/// The commit the binary is built from, for `--version`: `ROLEDIFF_COMMIT`, the short hash
/// (with `-dirty` when the work tree has changes), or `unknown commit` outside a checkout.
fn emit_commit() {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .ok()
            .filter(|output| output.status.success())
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
    };
    let commit = match git(&["rev-parse", "--short=12", "HEAD"]) {
        Some(hash) if !hash.is_empty() => {
            let dirty = git(&["status", "--porcelain", "--untracked-files=no"])
                .is_some_and(|status| !status.is_empty());
            if dirty {
                format!("commit {hash}-dirty")
            } else {
                format!("commit {hash}")
            }
        }
        _ => "unknown commit".to_owned(),
    };
    println!("cargo::rustc-env=ROLEDIFF_COMMIT={commit}");
    // A new commit or checkout changes HEAD or the ref it names.
    for path in [".git/HEAD", ".git/index"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        if path.exists() {
            println!("cargo::rerun-if-changed={}", path.display());
        }
    }
}
