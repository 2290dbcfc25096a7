//! A role name as typed on the command line to a loaded role: a path, an id, or an alias.

use std::path::Path;

use super::Library;
use super::suggest::closest_ids;
use crate::error::Error;
use crate::role::Role;
use crate::role::head::Head;
use crate::role::id::is_valid_id;
use crate::role::parse::{
    MAX_ROLE_FILE_BYTES, STDIN_PATH, parse_role, read_regular_file, read_role_file, read_stdin,
};
use crate::role::posting::{is_posting_path, is_role_file_text};
use crate::text::{has_name_key, name_key};

impl Library {
    /// Resolves a role name: `-` (a role file or a posting on standard input), a posting's
    /// path (`.txt`, `.md`), a role file's path (contains `/` or ends in `.yaml`/`.yml`),
    /// an id or an alias, case-insensitively, or any of these or a title as typed; an
    /// unknown name is an error with the closest roles.
    pub fn resolve(&mut self, name: &str) -> Result<Role, Error> {
        if name == "-" {
            return self.read_stdin();
        }
        if is_posting_path(name) {
            let path = Path::new(name);
            let bytes = read_regular_file(path, MAX_ROLE_FILE_BYTES as u64).map_err(|source| {
                Error::Unreadable {
                    path: path.to_owned(),
                    source,
                }
            })?;
            return self.read_posting(&bytes, path, &id_of_path(path));
        }
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
            self.names = Some(self.heads());
        }
        let names = self.names.as_deref().unwrap_or_default();
        if let Some(id) = named(names, name)? {
            let id = id.to_owned();
            if let Some(role) = self.load(&id)? {
                return Ok(role);
            }
        }
        // A name longer than any role's is no typo of one: no search, and the error quotes
        // only its beginning.
        let suggestions = if name.chars().count() <= MAX_NAME_CHARS {
            self.suggestions(name)
        } else {
            Vec::new()
        };
        Err(Error::RoleNotFound {
            name: quoted_beginning(name),
            suggestions,
        })
    }

    /// A document named by its path (`-`: standard input), whatever its name: a role file
    /// if it has a top-level `title:`, else a posting or CV, as `show` reads it.
    pub fn read_document(&mut self, path: &Path) -> Result<Role, Error> {
        if path == Path::new("-") {
            return self.read_stdin();
        }
        let bytes = read_regular_file(path, MAX_ROLE_FILE_BYTES as u64).map_err(|source| {
            Error::Unreadable {
                path: path.to_owned(),
                source,
            }
        })?;
        self.role_or_posting(&bytes, path, &id_of_path(path))
    }

    /// Standard input as a role file if it has a top-level `title:`, else as a posting.
    fn read_stdin(&mut self) -> Result<Role, Error> {
        let bytes = read_stdin()?;
        self.role_or_posting(&bytes, Path::new(STDIN_PATH), "stdin")
    }

    /// `bytes` as a role file if they have a top-level `title:`, else as a posting.
    fn role_or_posting(&mut self, bytes: &[u8], path: &Path, id: &str) -> Result<Role, Error> {
        if is_role_file_text(bytes) {
            parse_role(bytes, path, id)
        } else {
            self.read_posting(bytes, path, id)
        }
    }

    /// Up to three ids for a name that resolves to none: `find`'s best three for it, or
    /// else the closest spellings of ids, titles and aliases.
    fn suggestions(&mut self, name: &str) -> Vec<String> {
        let (roles, index) = self.find_index();
        // A role that shares only a trigram or two with the name is no suggestion.
        let found: Vec<String> = index
            .search(name)
            .into_iter()
            .filter(|&(_, score)| score >= SUGGESTION_FLOOR)
            .take(super::suggest::MAX_SUGGESTIONS)
            .map(|(role, _)| roles[role].id.clone())
            .collect();
        if !found.is_empty() {
            return found;
        }
        closest_ids(&name.to_lowercase(), &roles)
    }
}

/// The least `find` score of a role suggested for a name that resolves to none.
const SUGGESTION_FLOOR: f64 = 0.2;

/// The longest name searched for suggestions: longer than any title of the O*NET import
/// (the longest has 136 characters), short enough that a search stays instant.
const MAX_NAME_CHARS: usize = 200;

/// How much of an unknown name an error quotes.
const QUOTED_CHARS: usize = 60;

/// A name as an error quotes it: whole, or its first [`QUOTED_CHARS`] characters and `…`.
fn quoted_beginning(name: &str) -> String {
    match name.char_indices().nth(QUOTED_CHARS) {
        Some((end, _)) => format!("{}…", &name[..end]),
        None => name.to_owned(),
    }
}

/// The id of the role `name` names, however it is typed: folded ([`name_key`]), then looked up
/// as an id, then a title, then an alias; the first rank with a match decides, and a rank
/// where the key names several roles is an error that lists them.
pub fn named<'a>(names: &'a [Head], name: &str) -> Result<Option<&'a str>, Error> {
    let key = name_key(name);
    if key.is_empty() {
        return Ok(None);
    }
    let ranks: [&dyn Fn(&Head) -> bool; 3] = [
        &|role| has_name_key(&role.id, &key),
        &|role| has_name_key(&role.title, &key),
        &|role| role.aliases.iter().any(|alias| has_name_key(alias, &key)),
    ];
    for matches in ranks {
        let found: Vec<&str> = names
            .iter()
            .filter(|entry| matches(entry))
            .map(|role| role.id.as_str())
            .collect();
        match found.as_slice() {
            [] => {}
            [id] => return Ok(Some(id)),
            _ => {
                return Err(Error::AmbiguousName {
                    name: quoted_beginning(name),
                    roles: found.iter().map(|id| format!("`{id}`")).collect(),
                });
            }
        }
    }
    Ok(None)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, title: &str, aliases: &[&str]) -> Head {
        Head {
            id: id.to_owned(),
            title: title.to_owned(),
            aliases: aliases.iter().map(|&alias| alias.to_owned()).collect(),
            source: crate::role::Source::BuiltIn,
        }
    }

    #[test]
    fn a_name_is_an_id_first_then_a_title_then_an_alias_however_typed() {
        let names = [
            entry(
                "data-scientists",
                "Data Scientists",
                &["Data Scientist", "Quant"],
            ),
            entry("data-scientist", "Data Scientist", &["ds"]),
            entry("analyst", "Analyst", &["Quant"]),
        ];
        for typed in [
            "data scientist",
            "DATA_SCIENTIST",
            "Data-Scientist",
            "data.scientist",
        ] {
            assert_eq!(
                named(&names, typed).unwrap(),
                Some("data-scientist"),
                "{typed}"
            );
        }
        assert_eq!(
            named(&names, "Data Scientists").unwrap(),
            Some("data-scientists")
        );
        assert_eq!(named(&names, "DS").unwrap(), Some("data-scientist"));
        assert_eq!(named(&names, "nobody").unwrap(), None);
        assert_eq!(named(&names, "--").unwrap(), None);
        let Err(Error::AmbiguousName { roles, .. }) = named(&names, "quant") else {
            panic!("an alias of two roles is ambiguous");
        };
        assert_eq!(roles, ["`data-scientists`", "`analyst`"]);
    }

    #[test]
    fn path_like_names_are_paths() {
        assert!(is_path_like("./x"));
        assert!(is_path_like("../../etc/passwd"));
        assert!(is_path_like("me.yml"));
        assert!(!is_path_like("ml-engineer"));
        assert!(!is_path_like(".."));
    }
}
