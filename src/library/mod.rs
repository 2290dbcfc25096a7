//! Where roles come from: the built-in library, the user's folder, `ROLEDIFF_PATH` and
//! `--roles-dir`, later sources overriding earlier ones for the same id. The library knows
//! every id and its file, and reads a file only when its role is asked for.
//!
//! - [`folders`]: which folders to search, and the role files and vocabulary each holds;
//! - [`loading`]: reading every role, on every core, through the [`cache`] of large folders;
//! - [`resolve`]: a name as typed (id, alias, path, posting, `-`) to a role;
//! - [`postings`]: job postings read with the names the library knows;
//! - [`suggest`]: the closest names to one that is not found.

pub mod cache;
pub mod folders;
mod index;
mod loading;
mod postings;
pub use postings::known_names_of;
mod resolve;
mod short_names;
mod suggest;

pub use folders::Folder;
pub use resolve::{id_of_path, named};

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use crate::error::Error;
use crate::matching::Vocabulary;
use crate::role::id::is_valid_id;
use crate::role::parse::read_role_file;
use crate::role::{Role, Source};

mod built_in {
    include!(concat!(env!("OUT_DIR"), "/built_in_roles.rs"));
}

/// The rarity of concepts across the built-in roles' items with the built-in vocabulary,
/// `src/library/built_in_rarity.tsv`, compiled in by the build script. The test
/// `the_built_in_rarity_table_is_current` counts it again and compares, and rewrites it
/// when `ROLEDIFF_UPDATE_RARITY` is set (after a change of the built-in roles, the
/// vocabulary or how items are read).
mod built_in_rarity {
    use std::borrow::Cow;

    use crate::text::word_map::WordMap;

    include!(concat!(env!("OUT_DIR"), "/built_in_rarity.rs"));
}

/// Where one role's file is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Location {
    BuiltIn(&'static str),
    File(PathBuf),
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::BuiltIn(_) => f.write_str("built-in"),
            Location::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// Every role id known, each with the file that wins for it.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// The folders that can be listed, lowest priority first.
    folders: Vec<Folder>,
    /// Every id and its file, once a command has needed them all.
    listing: OnceLock<Listing>,
    /// The `vocabulary.yaml` files of the folders, in search order.
    vocabulary_files: Vec<PathBuf>,
    /// Where large folders keep their cache of parsed roles; `None` turns it off.
    cache_dir: Option<PathBuf>,
    /// Folders skipped, and why, until [`Library::take_warnings`].
    folder_warnings: Vec<String>,
    /// Problems found while loading, until [`Library::take_warnings`].
    warnings: Vec<String>,
    /// The heads of every role, once an alias has had to be looked up: one scan serves
    /// both roles of a comparison.
    names: Option<Vec<crate::role::head::Head>>,
    /// Where the library index is and the digest it must carry, once worked out: the
    /// digest takes a `stat` of every file, and a command may read two kinds of index.
    index_place: std::sync::OnceLock<Option<index::Place>>,
    /// The names a job posting may mention, once a posting has been read: two postings
    /// of one comparison learn them once.
    known_names: Option<std::sync::Arc<crate::role::posting::KnownNames>>,
    /// The sources of the documents read as postings (or CVs), not role files.
    postings: Vec<crate::role::Source>,
}

/// What the listings of a library's folders found.
#[derive(Debug, Clone, Default)]
struct Listing {
    entries: BTreeMap<String, Location>,
    /// For each id given by more than one file: the sources it hides, earliest first.
    overrides: BTreeMap<String, Vec<String>>,
    /// Files skipped, and why.
    warnings: Vec<String>,
}

impl Library {
    /// Whether `role` was read from a posting or CV rather than a role file.
    #[must_use]
    pub fn is_posting(&self, role: &Role) -> bool {
        self.postings.contains(&role.source)
    }

    /// The library of the environment's folders (the user's, `ROLEDIFF_PATH`) and of
    /// `roles_dirs`, with the user's cache folder.
    pub fn open(roles_dirs: &[PathBuf]) -> Result<Library, Error> {
        Library::discover(&Folder::from_environment(roles_dirs), cache::cache_dir())
    }

    /// The name keys ([`name_key`](crate::text::name_key)) of every id, title and alias of
    /// the built-in roles: the names another library must leave to them.
    #[must_use]
    pub fn built_in_name_keys() -> std::collections::HashSet<String> {
        let roles = Library::discover(&[], None)
            .map(|mut library| library.load_all())
            .unwrap_or_default();
        roles
            .iter()
            .flat_map(|role| {
                std::iter::once(&role.id)
                    .chain(std::iter::once(&role.title))
                    .chain(&role.aliases)
            })
            .map(|name| crate::text::name_key(name))
            .collect()
    }

    /// How rare each concept is across the built-in roles, for weighing what two items
    /// ask for. The built-in roles, not the whole library: a comparison then scores the
    /// same whatever else is on the path, and costs no loading of other roles. Read in
    /// place from a table compiled in ([`built_in_rarity`]), not counted on every run.
    #[must_use]
    pub fn built_in_rarity() -> crate::matching::Rarity {
        crate::matching::Rarity::from_counts(
            built_in_rarity::RARITY_DOCUMENTS,
            built_in_rarity::RARITY.clone(),
        )
    }

    /// The matcher `compare` uses over the built-in library: the built-in vocabulary and
    /// the rarity of its concepts across the built-in roles.
    #[must_use]
    pub fn built_in_matcher(threshold: Option<f64>) -> crate::matching::Matcher {
        let vocabulary = Vocabulary::built_in();
        let rarity = Library::built_in_rarity();
        crate::matching::Matcher::new(std::sync::Arc::new(vocabulary), threshold)
            .with_rarity(std::sync::Arc::new(rarity))
    }

    /// The built-in roles overridden by those of `folders`, later folders winning; large
    /// folders keep a cache in `cache_dir` (none when `None`).
    ///
    /// Each folder is opened, not listed: most commands name their roles by id, and the
    /// file of an id is found by its name ([`Library::load`]). The folders are listed when
    /// a command needs every id ([`Library::ids`] and what uses it).
    pub fn discover(folders: &[Folder], cache_dir: Option<PathBuf>) -> Result<Library, Error> {
        let mut library = Library {
            cache_dir,
            ..Library::default()
        };
        for folder in folders {
            if folder.open(&mut library.folder_warnings)? {
                library.vocabulary_files.extend(folder.vocabulary());
                library.folders.push(folder.clone());
            }
        }
        Ok(library)
    }

    /// Every id and its file, the folders listed on first use.
    fn listing(&self) -> &Listing {
        self.listing.get_or_init(|| {
            let mut listing = Listing::default();
            for &(id, text) in built_in::BUILT_IN_ROLES {
                listing
                    .entries
                    .insert(id.to_owned(), Location::BuiltIn(text));
            }
            for folder in &self.folders {
                let contents = folder.list();
                listing.warnings.extend(contents.warnings);
                for (id, path) in contents.roles {
                    if let Some(hidden) = listing.entries.insert(id.clone(), Location::File(path)) {
                        listing
                            .overrides
                            .entry(id)
                            .or_default()
                            .push(hidden.to_string());
                    }
                }
            }
            listing
        })
    }

    /// Where the role of `id` is: from the listing once there is one, else found by name,
    /// the last folder that has it winning, as in the listing.
    fn location(&self, id: &str) -> Option<Location> {
        if let Some(listing) = self.listing.get() {
            return listing.entries.get(id).cloned();
        }
        if !is_valid_id(id) {
            return None;
        }
        self.folders
            .iter()
            .rev()
            .find_map(|folder| folder.probe(id))
            .map(Location::File)
            .or_else(|| {
                built_in::BUILT_IN_ROLES
                    .binary_search_by(|(known, _)| (*known).cmp(id))
                    .ok()
                    .map(|place| Location::BuiltIn(built_in::BUILT_IN_ROLES[place].1))
            })
    }

    /// Adds a warning of the command's own, reported with the library's.
    pub fn warn(&mut self, warning: String) {
        self.warnings.push(warning);
    }

    /// The problems found so far (folders skipped, files that did not load), each once.
    pub fn take_warnings(&mut self) -> Vec<String> {
        // A command may load the library twice (to resolve an alias, then to rank): a file
        // that fails is still one warning.
        let mut seen = std::collections::HashSet::new();
        let listed = self
            .listing
            .get_mut()
            .map(|listing| std::mem::take(&mut listing.warnings))
            .unwrap_or_default();
        std::mem::take(&mut self.folder_warnings)
            .into_iter()
            .chain(listed)
            .chain(std::mem::take(&mut self.warnings))
            .filter(|warning| seen.insert(warning.clone()))
            .collect()
    }

    /// The `vocabulary.yaml` of each folder that has one, in search order.
    #[must_use]
    pub fn vocabulary_files(&self) -> &[PathBuf] {
        &self.vocabulary_files
    }

    /// The built-in vocabulary extended by the `vocabulary.yaml` of every roles folder.
    pub fn vocabulary(&self) -> Result<Vocabulary, Error> {
        let mut vocabulary = Vocabulary::built_in();
        for path in self.vocabulary_files() {
            vocabulary.extend_from_file(path)?;
        }
        Ok(vocabulary)
    }

    /// The sources (`built-in` or a path) that the role of `id` hides, earliest first:
    /// the same id in an earlier folder, or beside it as `.yml`.
    #[must_use]
    pub fn overridden(&self, id: &str) -> &[String] {
        self.listing().overrides.get(id).map_or(&[], Vec::as_slice)
    }

    /// Every id that hides another file's role: (id, the source that wins, the sources
    /// it hides).
    pub fn all_overrides(&self) -> impl Iterator<Item = (&str, String, &[String])> {
        let listing = self.listing();
        listing.overrides.iter().map(|(id, hidden)| {
            let winner = listing
                .entries
                .get(id)
                .map(ToString::to_string)
                .unwrap_or_default();
            (id.as_str(), winner, hidden.as_slice())
        })
    }

    /// Whether `role` is the library's role of its id: from the file (or the built-in
    /// text) that wins for that id, not a file named from elsewhere.
    #[must_use]
    pub fn holds(&self, role: &Role) -> bool {
        match (self.location(&role.id), &role.source) {
            (Some(Location::BuiltIn(_)), Source::BuiltIn) => true,
            (Some(Location::File(path)), Source::File(source)) => path == *source,
            _ => false,
        }
    }

    /// Every role id, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.listing().entries.keys().map(String::as_str)
    }

    /// Loads the role with this exact id.
    pub fn load(&self, id: &str) -> Result<Option<Role>, Error> {
        match self.location(id) {
            None => Ok(None),
            Some(Location::BuiltIn(json)) => {
                let mut role = parse_built_in(id, json)?;
                id.clone_into(&mut role.id);
                role.source = Source::BuiltIn;
                Ok(Some(role))
            }
            Some(Location::File(path)) => read_role_file(&path, id).map(Some),
        }
    }
}

/// Reads a built-in role, compiled to JSON by the build script. The unit tests read every
/// one, so the error is for a broken build only.
fn parse_built_in(id: &str, json: &str) -> Result<Role, Error> {
    serde_json::from_str(json).map_err(|err| Error::InvalidRole {
        path: PathBuf::from(format!("roles/{id}.yaml")),
        position: None,
        message: err.to_string(),
        hint: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_roles_read_as_their_yaml_reads() {
        let library = Library::discover(&[], None).unwrap();
        for id in library.ids() {
            let path = PathBuf::from(format!("roles/{id}.yaml"));
            let from_yaml = read_role_file(&path, id).unwrap();
            let built_in = library.load(id).unwrap().unwrap();
            assert_eq!(
                serde_json::to_value(&built_in).unwrap(),
                serde_json::to_value(&from_yaml).unwrap(),
                "{id}"
            );
        }
    }

    /// The table the build script compiles in.
    const BUILT_IN_RARITY: &str = include_str!("built_in_rarity.tsv");

    /// How rare each concept is across the built-in roles, counted: what
    /// [`BUILT_IN_RARITY`] must hold.
    fn count_built_in_rarity(vocabulary: &Vocabulary) -> crate::matching::Rarity {
        let roles: Vec<Role> = built_in::BUILT_IN_ROLES
            .iter()
            .filter_map(|&(id, json)| parse_built_in(id, json).ok())
            .collect();
        crate::matching::Rarity::over(
            // The items a role asks for; its summary, prose about the role, says less of
            // how common a concept is (on pairs of real ads, AUC 0.849 with the summaries
            // counted, 0.852 without).
            roles.iter().map(|role| {
                crate::role::section::Section::ALL
                    .into_iter()
                    .flat_map(|section| role.items(section))
                    .map(|item| item.name.as_str())
                    .collect()
            }),
            vocabulary,
        )
    }

    #[test]
    fn the_built_in_rarity_table_is_current() {
        let counted = count_built_in_rarity(&Vocabulary::built_in()).to_table();
        if std::env::var_os("ROLEDIFF_UPDATE_RARITY").is_some() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("src/library/built_in_rarity.tsv");
            std::fs::write(path, &counted).unwrap();
            return;
        }
        assert!(
            counted == BUILT_IN_RARITY,
            "src/library/built_in_rarity.tsv is out of date: run \
             `ROLEDIFF_UPDATE_RARITY=1 cargo test --lib the_built_in_rarity_table_is_current`"
        );
        assert_eq!(
            Library::built_in_rarity(),
            crate::matching::Rarity::from_table(&counted).unwrap()
        );
    }

    #[test]
    fn a_role_found_by_name_is_the_one_the_listing_gives() {
        let low = tempfile::tempdir().unwrap();
        let high = tempfile::tempdir().unwrap();
        let write = |dir: &std::path::Path, name: &str| {
            std::fs::write(dir.join(name), format!("title: {name}\n")).unwrap();
        };
        for name in ["x.yaml", "y.yaml", "data-manager.yaml", "vocabulary.yaml"] {
            write(low.path(), name);
        }
        for name in ["x.yaml", "x.yml", "Bad.yaml", "v.yml"] {
            write(high.path(), name);
        }
        std::fs::create_dir(high.path().join("y.yaml")).unwrap();
        std::fs::create_dir(high.path().join("z.yaml")).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(low.path().join("y.yaml"), high.path().join("w.yaml")).unwrap();
        let folders = [
            Folder::roles_dir(low.path()),
            Folder::roles_dir(high.path()),
        ];
        let ids = [
            "x",
            "y",
            "z",
            "w",
            "v",
            "bad",
            "data-manager",
            "ml-engineer",
            "vocabulary",
            "none",
        ];
        let probed = Library::discover(&folders, None).unwrap();
        let listed = Library::discover(&folders, None).unwrap();
        assert!(listed.ids().count() > 0);
        for id in ids {
            assert_eq!(probed.location(id), listed.location(id), "{id}");
        }
        assert!(probed.listing.get().is_none(), "found without a listing");
        assert_eq!(
            probed.location("x"),
            Some(Location::File(high.path().join("x.yml")))
        );
        assert_eq!(
            probed.vocabulary_files(),
            [low.path().join("vocabulary.yaml")]
        );
    }

    #[test]
    fn every_built_in_role_loads() {
        let library = Library::discover(&[], None).unwrap();
        let ids: Vec<&str> = library.ids().collect();
        assert!(ids.contains(&"data-manager") && ids.contains(&"ml-engineer"));
        for id in ids {
            let role = library.load(id).unwrap().unwrap();
            assert!(!role.title.is_empty(), "{id}");
        }
    }
}
