//! Compiles the built-in library into the binary, so that a comparison of two built-in
//! roles costs about what starting a process costs:
//! - every `roles/*.yaml` becomes an entry of a table of role ids and JSON text (adding a
//!   role file needs no code change; JSON reads in a fraction of the time of YAML);
//! - `roles/vocabulary.yaml` is built into a vocabulary by the crate's own code
//!   (`src/text/{token,normal,stem,stop_words,word_map}.rs`,
//!   `src/matching/vocabulary{,_file}.rs`) and written out as its tables, which the binary
//!   reads in place;
//! - the words of all of these files are stemmed once, here, into a table of known stems;
//! - `src/library/built_in_rarity.tsv` becomes a word map of counts.
//!
//! A built-in file that is not valid stops the build, naming it.

use std::borrow::Cow;
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
    pub mod stop_words;
    pub mod token;
    pub mod word_map;
    pub use normal::{normalize, tokens};
    pub use stem::{light_stem, stem};
    pub use stop_words::is_stop_word;
}

/// The part of the matcher that compiles the vocabulary; `src/matching` in the crate.
#[allow(dead_code)]
#[path = "src/matching"]
mod matching {
    pub mod vocabulary;
    pub mod vocabulary_file;
}

use matching::vocabulary::{GroupRole, Vocabulary};
use matching::vocabulary_file::VocabularyFile;
use text::word_map::WordMap;

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
            let vocabulary = vocabulary_tables(&build_vocabulary(path));
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
    let rarity = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/library/built_in_rarity.tsv");
    println!("cargo::rerun-if-changed={}", rarity.display());
    fs::write(out_dir.join("built_in_rarity.rs"), rarity_table(&rarity))
        .expect("OUT_DIR is writable");
    let paths: Vec<&Path> = files.iter().map(|(_, path)| path.as_path()).collect();
    fs::write(out_dir.join("stems.rs"), stems_table(&paths)).expect("OUT_DIR is writable");
}

/// The stems of every word of the files at `paths` (and of each word's light stem, which
/// is stemmed in turn), as a Rust static `STEMS`: word -> (light stem, stem).
fn stems_table(paths: &[&Path]) -> String {
    let mut words = std::collections::BTreeSet::new();
    for path in paths {
        let text = fs::read_to_string(path).expect("a built-in file is readable");
        let value: serde_json::Value = serde_yaml::from_str(&text)
            .unwrap_or_else(|err| panic!("{}: not valid YAML: {err}", path.display()));
        let mut add = |text: &str| {
            for token in text::tokens(text) {
                words.insert(text::light_stem(&token));
                words.insert(token);
            }
        };
        for_each_string(&value, &mut add);
    }
    let entries = words
        .into_iter()
        .map(|word| {
            let light: Cow<'static, str> = Cow::Owned(text::light_stem(&word));
            let stem: Cow<'static, str> = Cow::Owned(text::stem(&word));
            (Cow::Owned(word), (light, stem))
        })
        .collect();
    let mut rust = String::from(
        "/// Known words: (light stem, stem).\npub static STEMS: WordMap<(Cow<'static, str>, Cow<'static, str>)> = ",
    );
    WordMap::from_entries(entries).write(&mut rust);
    rust.push_str(";\n");
    rust
}

/// The table of `src/library/built_in_rarity.tsv` (how many built-in roles name each
/// concept) as Rust statics: `RARITY_DOCUMENTS` and `RARITY`, key -> count.
fn rarity_table(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("the rarity table is readable");
    let mut lines = text.lines();
    let documents: u32 = lines
        .next()
        .and_then(|line| line.strip_prefix("documents\t"))
        .and_then(|count| count.parse().ok())
        .expect("the rarity table starts with `documents`");
    let entries = lines
        .map(|line| {
            let (key, count) = line.rsplit_once('\t').expect("a line of the rarity table");
            let count: u32 = count.parse().expect("a count of the rarity table");
            (Cow::Owned(key.to_owned()), count)
        })
        .collect();
    let mut rust = format!(
        "/// The built-in roles counted.\npub static RARITY_DOCUMENTS: u32 = {documents};\n\
         /// How many of them name each concept.\npub static RARITY: WordMap<u32> = "
    );
    WordMap::from_entries(entries).write(&mut rust);
    rust.push_str(";\n");
    rust
}

/// Calls `add` with every string (keys too) of a YAML document.
fn for_each_string(value: &serde_json::Value, add: &mut impl FnMut(&str)) {
    match value {
        serde_json::Value::String(text) => add(text),
        serde_json::Value::Array(values) => {
            for value in values {
                for_each_string(value, add);
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, value) in fields {
                add(key);
                for_each_string(value, add);
            }
        }
        _ => {}
    }
}

/// The YAML file at `path` as compact JSON.
fn yaml_to_json(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let value: serde_json::Value = serde_yaml::from_str(&text)
        .unwrap_or_else(|err| panic!("{}: not valid YAML: {err}", path.display()));
    value.to_string()
}

/// The vocabulary file at `path`, built as the crate builds a vocabulary.
fn build_vocabulary(path: &Path) -> Vocabulary {
    let text = fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let file: VocabularyFile = serde_yaml::from_str(&text)
        .unwrap_or_else(|err| panic!("{}: not a valid vocabulary: {err}", path.display()));
    let mut vocabulary = Vocabulary::default();
    vocabulary.extend(file);
    vocabulary
}

/// The built-in vocabulary's tables as a Rust static, `TABLES`: every list borrowed, so
/// that the binary reads it in place.
fn vocabulary_tables(vocabulary: &Vocabulary) -> String {
    let tables = vocabulary.tables();
    let mut rust = String::from(
        "/// The tables of the built-in vocabulary.\npub static TABLES: Tables = Tables {\n",
    );
    let mut field = |name: &str, value: &dyn Literal| {
        write!(rust, "    {name}: ").expect("writing to a String");
        value.write(&mut rust);
        rust.push_str(",\n");
    };
    field("whole", &tables.whole);
    field("phrases", &tables.phrases);
    field("kinds", &tables.kinds);
    field("kind_names", &tables.kind_names);
    field("written", &tables.written);
    field("phrases_stemmed", &tables.phrases_stemmed);
    field("alike", &tables.alike);
    field("alike_heads", &tables.alike_heads);
    field("roles", &tables.roles);
    field("family", &tables.family);
    field("platforms", &tables.platforms);
    field("filler", &tables.filler);
    field("generic", &tables.generic);
    field("vendors", &tables.vendors);
    rust.push_str("};\n");
    rust
}

/// A value of the vocabulary's tables, written as a Rust constant expression.
trait Literal {
    fn write(&self, rust: &mut String);
}

impl Literal for Cow<'static, str> {
    fn write(&self, rust: &mut String) {
        write!(rust, "Cow::Borrowed({:?})", &**self).expect("writing to a String");
    }
}

impl Literal for u32 {
    fn write(&self, rust: &mut String) {
        if *self == u32::MAX {
            rust.push_str("u32::MAX");
        } else {
            write!(rust, "{self}").expect("writing to a String");
        }
    }
}

impl Literal for GroupRole {
    fn write(&self, rust: &mut String) {
        write!(rust, "GroupRole::{self:?}").expect("writing to a String");
    }
}

impl Literal for () {
    fn write(&self, rust: &mut String) {
        rust.push_str("()");
    }
}

impl<V: Literal + Clone> Literal for WordMap<V> {
    fn write(&self, rust: &mut String) {
        rust.push_str("WordMap { entries: ");
        self.entries.write(rust);
        rust.push_str(", places: ");
        self.places.write(rust);
        rust.push_str(" }");
    }
}

impl<T: Literal> Literal for Option<T> {
    fn write(&self, rust: &mut String) {
        match self {
            None => rust.push_str("None"),
            Some(value) => {
                rust.push_str("Some(");
                value.write(rust);
                rust.push(')');
            }
        }
    }
}

impl<A: Literal, B: Literal> Literal for (A, B) {
    fn write(&self, rust: &mut String) {
        rust.push('(');
        self.0.write(rust);
        rust.push_str(", ");
        self.1.write(rust);
        rust.push(')');
    }
}

impl<T: Literal + Clone> Literal for Cow<'static, [T]> {
    fn write(&self, rust: &mut String) {
        rust.push_str("Cow::Borrowed(&[");
        for value in self.iter() {
            value.write(rust);
            rust.push_str(", ");
        }
        rust.push_str("])");
    }
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
