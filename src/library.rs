//! Finding roles: the built-in library, the user's folder, `ROLEDIFF_PATH` and
//! `--roles-dir`, and resolving a name (id, alias or path) to a loaded role.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::cache::{Cached, FolderCache, Stamp};
use crate::error::Error;
use crate::id::is_valid_id;
use crate::load::{read_role_file, read_yaml_file};
use crate::role::{Role, RoleName, Source};

mod built_in {
    include!(concat!(env!("OUT_DIR"), "/built_in_roles.rs"));
}

/// What loading a role file may give: the whole role, or only its names.
pub trait Loadable: Cached + From<Role> {
    /// Reads the role file at `path` for this value, with the id it is found under.
    fn read(path: &Path, id: &str) -> Result<Self, Error>;
    /// Sets the id and file the value was found under (caches keep neither).
    fn place(&mut self, id: &str, path: &Path);
    /// Where the value was loaded from.
    fn source(&self) -> &Source;
}

impl Loadable for Role {
    fn read(path: &Path, id: &str) -> Result<Role, Error> {
        read_role_file(path, id)
    }

    fn place(&mut self, id: &str, path: &Path) {
        id.clone_into(&mut self.id);
        self.source = Source::File(path.to_owned());
    }

    fn source(&self) -> &Source {
        &self.source
    }
}

impl Loadable for RoleName {
    fn read(path: &Path, id: &str) -> Result<RoleName, Error> {
        let mut names: RoleName = read_yaml_file(path)?;
        names.place(id, path);
        Ok(names)
    }

    fn place(&mut self, id: &str, path: &Path) {
        id.clone_into(&mut self.id);
        self.source = Source::File(path.to_owned());
    }

    fn source(&self) -> &Source {
        &self.source
    }
}

/// One loaded role (or its names), and what the cache needs to know of it.
struct Loaded<T> {
    result: Result<T, Error>,
    /// The file's stamp, for roles of cached folders.
    stamp: Option<Stamp>,
    /// Whether the role came from the cache.
    is_hit: bool,
}

/// Rewrites the cache of every folder where a file was parsed anew. The usual case, every
/// file taken from its cache, costs one pass over `loaded` and compares no paths.
fn save_caches<T: Loadable>(caches: &HashMap<PathBuf, FolderCache<T>>, loaded: &[Loaded<T>]) {
    let parsed_anew = |l: &Loaded<T>| !l.is_hit && l.stamp.is_some() && l.result.is_ok();
    if !loaded.iter().any(parsed_anew) {
        return;
    }
    for (folder, cache) in caches {
        let mut entries: Vec<(&Path, Stamp, &T)> = Vec::new();
        let mut is_stale = false;
        for l in loaded {
            let (Ok(value), Some(stamp)) = (&l.result, l.stamp) else {
                continue;
            };
            if let Source::File(path) = value.source()
                && path.parent() == Some(folder.as_path())
            {
                is_stale |= !l.is_hit;
                entries.push((path.as_path(), stamp, value));
            }
        }
        if is_stale {
            cache.save(&entries);
        }
    }
}

/// Below this many roles, starting threads costs more than it saves.
const PARALLEL_LOAD_MINIMUM: usize = 64;

/// The file name a roles folder reserves for synonyms rather than a role.
const VOCABULARY_STEM: &str = "vocabulary";

/// Where the search for a folder comes from: it decides what a missing folder means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `$XDG_CONFIG_HOME/rolediff/roles`: most users have none, so a missing one is silent.
    UserFolder,
    /// An entry of `ROLEDIFF_PATH`: a missing one is a warning.
    PathList,
    /// A `--roles-dir`: a missing one is an error.
    RolesDir,
}

/// A folder that may hold role files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folder {
    /// The folder's path.
    pub path: PathBuf,
    /// Where the folder was named.
    pub origin: Origin,
}

impl Folder {
    /// A folder named by `--roles-dir`.
    #[must_use]
    pub fn roles_dir(path: impl Into<PathBuf>) -> Folder {
        Folder {
            path: path.into(),
            origin: Origin::RolesDir,
        }
    }

    /// The folders to search, lowest priority first, from the environment and `--roles-dir`.
    #[must_use]
    pub fn search_order(
        config_home: Option<PathBuf>,
        path_list: Option<&str>,
        roles_dirs: &[PathBuf],
    ) -> Vec<Folder> {
        let user = config_home.map(|home| Folder {
            path: home.join("rolediff").join("roles"),
            origin: Origin::UserFolder,
        });
        let mut from_env: Vec<Folder> = Vec::new();
        for part in path_list.into_iter().flat_map(|list| list.split(':')) {
            // A folder named twice is searched (and warned about) once.
            if !part.is_empty() && !from_env.iter().any(|folder| folder.path == Path::new(part)) {
                from_env.push(Folder {
                    path: part.into(),
                    origin: Origin::PathList,
                });
            }
        }
        let explicit = roles_dirs.iter().cloned().map(Folder::roles_dir);
        user.into_iter().chain(from_env).chain(explicit).collect()
    }

    /// How the folder is named in messages.
    fn describe(&self) -> String {
        match self.origin {
            Origin::UserFolder => format!("{} (the user's roles folder)", self.path.display()),
            Origin::PathList => format!("{} (from ROLEDIFF_PATH)", self.path.display()),
            Origin::RolesDir => self.path.display().to_string(),
        }
    }
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

/// Every role id known, each with the file that wins for it. Files are not parsed until
/// a role is needed.
#[derive(Debug, Clone, Default)]
pub struct Library {
    entries: BTreeMap<String, Location>,
    /// Problems found while scanning folders, for the caller to report.
    pub warnings: Vec<String>,
    /// The `vocabulary.yaml` files of the folders, in search order.
    pub vocabulary_files: Vec<PathBuf>,
    /// Where large folders keep their caches of parsed roles and of names; `None` turns
    /// them off.
    pub cache_dir: Option<PathBuf>,
    /// The names of every role, once an alias has had to be looked up: one scan serves
    /// both roles of a comparison.
    names: Option<Vec<RoleName>>,
    /// For each id given by more than one file: the sources it hides, earliest first.
    overrides: BTreeMap<String, Vec<String>>,
}

impl Library {
    /// The built-in roles overridden by those of `folders`, later folders winning.
    pub fn discover(folders: &[Folder]) -> Result<Library, Error> {
        let mut library = Library::default();
        for &(id, text) in built_in::BUILT_IN_ROLES {
            library
                .entries
                .insert(id.to_owned(), Location::BuiltIn(text));
        }
        for folder in folders {
            library.scan(folder)?;
        }
        Ok(library)
    }

    fn scan(&mut self, folder: &Folder) -> Result<(), Error> {
        let listing = match std::fs::read_dir(&folder.path) {
            Ok(listing) => listing,
            Err(_) if folder.origin == Origin::RolesDir && !folder.path.is_dir() => {
                return Err(Error::NotAFolder {
                    path: folder.path.clone(),
                });
            }
            Err(err) if folder.origin == Origin::RolesDir => {
                return Err(Error::Unreadable {
                    path: folder.path.clone(),
                    source: err,
                });
            }
            // A folder of the environment that is not there, or not a folder, leaves the
            // others usable: `show data-manager` still works.
            Err(_) if folder.origin == Origin::UserFolder && !folder.path.exists() => {
                return Ok(());
            }
            Err(err) => {
                let why = if !folder.path.exists() {
                    "no such folder".to_owned()
                } else if !folder.path.is_dir() {
                    "not a folder".to_owned()
                } else {
                    err.to_string()
                };
                self.warnings
                    .push(format!("{}: {why}; skipped", folder.describe()));
                return Ok(());
            }
        };
        let mut found = Vec::new();
        for entry in listing {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    self.warnings
                        .push(format!("{}: cannot list: {err}", folder.path.display()));
                    continue;
                }
            };
            // The listing tells a plain file's type without a `stat` call: a folder of
            // ten thousand roles is scanned in milliseconds.
            let is_file = entry.file_type().is_ok_and(|kind| kind.is_file());
            let path = entry.path();
            if let Some(id) = self.role_id_of(&path, is_file) {
                found.push((id, path));
            }
        }
        // Sorted, so that `x.yml` beside `x.yaml` resolves the same on every file system.
        found.sort();
        self.vocabulary_files.sort();
        self.vocabulary_files.dedup();
        for (id, path) in found {
            if let Some(hidden) = self.entries.insert(id.clone(), Location::File(path)) {
                self.overrides
                    .entry(id)
                    .or_default()
                    .push(hidden.to_string());
            }
        }
        Ok(())
    }

    /// The id a folder entry is a role file for, or `None` (with a warning where useful).
    fn role_id_of(&mut self, path: &Path, is_file: bool) -> Option<String> {
        let is_yaml = path
            .extension()
            .is_some_and(|ext| ext == "yaml" || ext == "yml");
        if !is_yaml {
            return None;
        }
        let stem = path.file_stem()?.to_str().unwrap_or_default();
        if stem == VOCABULARY_STEM {
            self.vocabulary_files.push(path.to_owned());
            return None;
        }
        // A symbolic link is followed to see what it names.
        if !is_file && !path.is_file() {
            self.warnings
                .push(format!("{}: skipped: not a readable file", path.display()));
            return None;
        }
        if !is_valid_id(stem) {
            self.warnings.push(format!(
                "{}: skipped: a role file's name must be an id of lower-case letters, digits and hyphens",
                path.display()
            ));
            return None;
        }
        Some(stem.to_owned())
    }

    /// The sources (`built-in` or a path) that the role of `id` hides, earliest first:
    /// the same id in an earlier folder, or beside it as `.yml`.
    #[must_use]
    pub fn overridden(&self, id: &str) -> &[String] {
        self.overrides.get(id).map_or(&[], Vec::as_slice)
    }

    /// Every id that hides another file's role: (id, the source that wins, the sources
    /// it hides).
    pub fn all_overrides(&self) -> impl Iterator<Item = (&str, String, &[String])> {
        self.overrides.iter().map(|(id, hidden)| {
            let winner = self
                .entries
                .get(id)
                .map(ToString::to_string)
                .unwrap_or_default();
            (id.as_str(), winner, hidden.as_slice())
        })
    }

    /// Every role id, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// Loads the role with this exact id.
    pub fn load(&self, id: &str) -> Result<Option<Role>, Error> {
        match self.entries.get(id) {
            None => Ok(None),
            Some(Location::BuiltIn(json)) => {
                let mut role = parse_built_in(id, json)?;
                id.clone_into(&mut role.id);
                role.source = Source::BuiltIn;
                Ok(Some(role))
            }
            Some(Location::File(path)) => read_role_file(path, id).map(Some),
        }
    }

    /// Loads the role with this exact id, or only its names.
    fn load_as<T: Loadable>(&self, id: &str) -> Result<Option<T>, Error> {
        match self.entries.get(id) {
            Some(Location::File(path)) => T::read(path, id).map(Some),
            _ => Ok(self.load(id)?.map(T::from)),
        }
    }

    /// Loads every role (or only the names of each: `T` is [`Role`] or [`RoleName`]);
    /// files that fail to load are added to `warnings` and left out.
    pub fn load_all<T: Loadable>(&mut self) -> Vec<T> {
        let mut values = Vec::new();
        for result in self.try_load_all() {
            match result {
                Ok(value) => values.push(value),
                Err(err) => self.warnings.push(err.to_string()),
            }
        }
        values
    }

    /// Loads every role (or its names), in id order, keeping each failure. Large libraries
    /// are parsed on every core, and large folders go through their cache.
    #[must_use]
    pub fn try_load_all<T: Loadable>(&self) -> Vec<Result<T, Error>> {
        let caches = self.open_caches();
        let ids: Vec<&String> = self.entries.keys().collect();
        let load = |ids: &[&String]| -> Vec<Loaded<T>> {
            ids.iter()
                .filter_map(|id| self.load_through(id, &caches))
                .collect()
        };
        let loaded: Vec<Loaded<T>> = crate::parallel::map_chunks(&ids, PARALLEL_LOAD_MINIMUM, load);
        save_caches(&caches, &loaded);
        loaded.into_iter().map(|loaded| loaded.result).collect()
    }

    /// The caches of the folders large enough to gain from one.
    fn open_caches<T: Loadable>(&self) -> HashMap<PathBuf, FolderCache<T>> {
        let Some(cache_dir) = &self.cache_dir else {
            return HashMap::new();
        };
        let mut sizes: HashMap<&Path, usize> = HashMap::new();
        for location in self.entries.values() {
            if let Location::File(path) = location
                && let Some(folder) = path.parent()
            {
                *sizes.entry(folder).or_default() += 1;
            }
        }
        sizes
            .into_iter()
            .filter(|(_, size)| *size >= PARALLEL_LOAD_MINIMUM)
            .map(|(folder, _)| (folder.to_owned(), FolderCache::open(cache_dir, folder)))
            .collect()
    }

    /// Loads one role (or its names), from its folder's cache when the file has not
    /// changed.
    fn load_through<T: Loadable>(
        &self,
        id: &str,
        caches: &HashMap<PathBuf, FolderCache<T>>,
    ) -> Option<Loaded<T>> {
        let in_cache = match self.entries.get(id)? {
            Location::File(path) => path
                .parent()
                .and_then(|folder| caches.get(folder))
                .zip(Stamp::of(path))
                .map(|found| (path, found)),
            Location::BuiltIn(_) => None,
        };
        let parse = |stamp| {
            self.load_as::<T>(id).transpose().map(|result| Loaded {
                result,
                stamp,
                is_hit: false,
            })
        };
        let Some((path, (cache, stamp))) = in_cache else {
            return parse(None);
        };
        if let Some(mut value) = cache.take(path, stamp) {
            value.place(id, path);
            return Some(Loaded {
                result: Ok(value),
                stamp: Some(stamp),
                is_hit: true,
            });
        }
        parse(Some(stamp))
    }

    /// Resolves a role name: a path (contains `/` or ends in `.yaml`/`.yml`), an id or an
    /// alias, case-insensitively.
    pub fn resolve(&mut self, name: &str) -> Result<Role, Error> {
        if is_path_like(name) {
            let path = Path::new(name);
            return read_role_file(path, &id_of_path(path));
        }
        let wanted = name.to_lowercase();
        if is_valid_id(&wanted)
            && let Some(role) = self.load(&wanted)?
        {
            return Ok(role);
        }
        if self.names.is_none() {
            self.names = Some(self.load_all());
        }
        let names = self.names.as_deref().unwrap_or_default();
        // Ids are tried in order, so an alias claimed twice resolves to the first id.
        let found = names.iter().find(|role| {
            role.aliases
                .iter()
                .any(|alias| alias.to_lowercase() == wanted)
        });
        if let Some(id) = found.map(|role| role.id.clone())
            && let Some(role) = self.load(&id)?
        {
            return Ok(role);
        }
        Err(Error::RoleNotFound {
            name: name.to_owned(),
            suggestions: closest_ids(&wanted, names),
        })
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

/// The id a role file named on the command line gets: its file stem.
#[must_use]
pub fn id_of_path(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |stem| stem.to_string_lossy().into_owned(),
    )
}

/// Whether a role name is a path rather than an id or alias.
#[must_use]
pub fn is_path_like(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    name.contains('/')
        || Path::new(&lower)
            .extension()
            .is_some_and(|ext| ext == "yaml" || ext == "yml")
}

/// Up to three ids whose id, title or alias is closest to `wanted`.
fn closest_ids(wanted: &str, roles: &[RoleName]) -> Vec<String> {
    let mut scored: Vec<(f64, &str)> = roles
        .iter()
        .map(|role| {
            let names = std::iter::once(role.id.clone())
                .chain(role.aliases.iter().map(|a| a.to_lowercase()))
                .chain(std::iter::once(role.title.to_lowercase()));
            let best = names
                .map(|name| strsim::jaro_winkler(wanted, &name))
                .fold(0.0, f64::max);
            (best, role.id.as_str())
        })
        .filter(|(score, _)| *score >= 0.7)
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
    scored
        .into_iter()
        .take(3)
        .map(|(_, id)| id.to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_come_in_priority_order() {
        let folders = Folder::search_order(
            Some("/home/u/.config".into()),
            Some("/a::/b:/a"),
            &["/c".into()],
        );
        let paths: Vec<_> = folders
            .iter()
            .map(|f| (f.path.to_str().unwrap(), f.origin))
            .collect();
        assert_eq!(
            paths,
            [
                ("/home/u/.config/rolediff/roles", Origin::UserFolder),
                ("/a", Origin::PathList),
                ("/b", Origin::PathList),
                ("/c", Origin::RolesDir)
            ]
        );
    }

    #[test]
    fn path_like_names_are_paths() {
        assert!(is_path_like("./x"));
        assert!(is_path_like("../../etc/passwd"));
        assert!(is_path_like("me.yml"));
        assert!(!is_path_like("ml-engineer"));
        assert!(!is_path_like(".."));
    }

    #[test]
    fn built_in_roles_read_as_their_yaml_reads() {
        let library = Library::discover(&[]).unwrap();
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

    #[test]
    fn every_built_in_role_loads() {
        let library = Library::discover(&[]).unwrap();
        let ids: Vec<&str> = library.ids().collect();
        assert!(ids.contains(&"data-manager") && ids.contains(&"ml-engineer"));
        for id in ids {
            let role = library.load(id).unwrap().unwrap();
            assert!(!role.title.is_empty(), "{id}");
        }
    }
}
