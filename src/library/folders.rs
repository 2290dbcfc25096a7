//! Which folders hold roles, and what each one holds: the user's folder, `ROLEDIFF_PATH` and
//! `--roles-dir`. A folder is listed for its role files only when a command needs them all;
//! the file of one id, and the folder's `vocabulary.yaml`, are found by their names.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::role::id::is_valid_id;

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

/// What a listing of one folder found.
#[derive(Debug, Default)]
pub struct Contents {
    /// (id, path) of each role file, sorted, so that `x.yml` beside `x.yaml` resolves the
    /// same on every file system.
    pub roles: Vec<(String, PathBuf)>,
    /// What was skipped, and why.
    pub warnings: Vec<String>,
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

    /// The folders of the environment and of `roles_dirs`, lowest priority first.
    #[must_use]
    pub fn from_environment(roles_dirs: &[PathBuf]) -> Vec<Folder> {
        Folder::search_order(
            xdg_dir("XDG_CONFIG_HOME", ".config"),
            std::env::var("ROLEDIFF_PATH").ok().as_deref(),
            roles_dirs,
        )
    }

    /// The folders to search, lowest priority first: the user's folder under
    /// `config_home`, the entries of `path_list` (colon-separated), then `roles_dirs`.
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

    /// Opens the folder, to learn whether it can be listed. A `--roles-dir` that cannot
    /// be is an error; another folder is skipped (`Ok(false)`), with a warning in
    /// `warnings` unless it is a user folder that is not there (most users have none).
    pub fn open(&self, warnings: &mut Vec<String>) -> Result<bool, Error> {
        match std::fs::read_dir(&self.path) {
            Ok(_) => Ok(true),
            Err(_) if self.origin == Origin::RolesDir && !self.path.is_dir() => {
                Err(Error::NotAFolder {
                    path: self.path.clone(),
                })
            }
            Err(source) if self.origin == Origin::RolesDir => Err(Error::Unreadable {
                path: self.path.clone(),
                source,
            }),
            Err(_) if self.origin == Origin::UserFolder && !self.path.exists() => Ok(false),
            Err(err) => {
                let why = if !self.path.exists() {
                    "no such folder".to_owned()
                } else if !self.path.is_dir() {
                    "not a folder".to_owned()
                } else {
                    err.to_string()
                };
                warnings.push(format!("{}: {why}; skipped", self.describe()));
                Ok(false)
            }
        }
    }

    /// The file of the role `id` in this folder, if it has one: the path a listing
    /// ([`Folder::list`]) gives the id, found without listing (`x.yml` wins over `x.yaml`,
    /// as it sorts after it). `id` must be valid ([`is_valid_id`]).
    #[must_use]
    pub fn probe(&self, id: &str) -> Option<PathBuf> {
        if id == VOCABULARY_STEM {
            return None;
        }
        ["yml", "yaml"]
            .into_iter()
            .map(|extension| self.path.join(format!("{id}.{extension}")))
            .find(|path| path.is_file())
    }

    /// The folder's `vocabulary.yaml` (or `.yml`), if it has one, found without listing.
    #[must_use]
    pub fn vocabulary(&self) -> Option<PathBuf> {
        ["yml", "yaml"]
            .into_iter()
            .map(|extension| self.path.join(format!("{VOCABULARY_STEM}.{extension}")))
            .find(|path| path.exists())
    }

    /// Lists the folder (once [`Folder::open`] has found that it can be) for role files.
    #[must_use]
    pub fn list(&self) -> Contents {
        let mut contents = Contents::default();
        let listing = match std::fs::read_dir(&self.path) {
            Ok(listing) => listing,
            Err(err) => {
                contents
                    .warnings
                    .push(format!("{}: cannot list: {err}", self.path.display()));
                return contents;
            }
        };
        for entry in listing {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    contents
                        .warnings
                        .push(format!("{}: cannot list: {err}", self.path.display()));
                    continue;
                }
            };
            // The listing tells a plain file's type without a `stat` call: a folder of
            // ten thousand roles is scanned in milliseconds.
            let is_file = entry.file_type().is_ok_and(|kind| kind.is_file());
            // A name that is not UTF-8 is no id.
            if let Some(name) = entry.file_name().to_str() {
                contents.add(&self.path, name, is_file);
            }
        }
        // By id, then by file name (the folder is the same): the order of a sort by path,
        // without comparing paths component by component.
        contents.roles.sort_unstable_by(|(a, a_path), (b, b_path)| {
            a.cmp(b)
                .then_with(|| a_path.as_os_str().cmp(b_path.as_os_str()))
        });
        contents
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

impl Contents {
    /// Adds a folder entry: a role file, the vocabulary, or nothing (with a warning where
    /// the entry looks like a role file but cannot be one).
    fn add(&mut self, folder: &Path, name: &str, is_file: bool) {
        // The name's stem and extension as `Path` splits them (a name that is all extension,
        // `.yaml`, has none), without building a path for every entry of a large folder.
        let Some((stem, extension)) = name.rsplit_once('.').filter(|(stem, _)| !stem.is_empty())
        else {
            return;
        };
        if extension != "yaml" && extension != "yml" {
            return;
        }
        if stem == VOCABULARY_STEM {
            return;
        }
        let path = folder.join(name);
        // A symbolic link is followed to see what it names.
        if !is_file && !path.is_file() {
            self.warnings
                .push(format!("{}: skipped: not a readable file", path.display()));
            return;
        }
        if !is_valid_id(stem) {
            self.warnings.push(format!(
                "{}: skipped: a role file's name must be an id of lower-case letters, digits and hyphens",
                path.display()
            ));
            return;
        }
        let id = stem.to_owned();
        self.roles.push((id, path));
    }
}

/// The folder an XDG variable names, or `~/<fallback>`; empty values count as unset.
#[must_use]
pub fn xdg_dir(variable: &str, fallback: &str) -> Option<PathBuf> {
    let non_empty = |name: &str| {
        std::env::var_os(name)
            .filter(|value| !value.is_empty())
            .map(PathBuf::from)
    };
    non_empty(variable).or_else(|| non_empty("HOME").map(|home| home.join(fallback)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_come_in_priority_order_each_once() {
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
}
