//! A role name as typed on the command line to a loaded role: a path, an id, or an alias.

use std::path::Path;

use super::Library;
use super::suggest::closest_ids;
use crate::error::Error;
use crate::role::Role;
use crate::role::id::is_valid_id;
use crate::role::parse::read_role_file;

impl Library {
    /// Resolves a role name: a path (contains `/` or ends in `.yaml`/`.yml`), an id or an
    /// alias, case-insensitively; an unknown name is an error with the closest ids.
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
            let names = self
                .load_all()
                .into_iter()
                .map(|role| (role.id, role.title, role.aliases))
                .collect();
            self.names = Some(names);
        }
        let names = self.names.as_deref().unwrap_or_default();
        // Ids are tried in order, so an alias claimed twice resolves to the first id.
        let found = names
            .iter()
            .find(|(_, _, aliases)| aliases.iter().any(|alias| alias.to_lowercase() == wanted));
        if let Some((id, _, _)) = found
            && let Some(role) = self.load(id)?
        {
            return Ok(role);
        }
        Err(Error::RoleNotFound {
            name: name.to_owned(),
            suggestions: closest_ids(&wanted, names),
        })
    }
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

    #[test]
    fn path_like_names_are_paths() {
        assert!(is_path_like("./x"));
        assert!(is_path_like("../../etc/passwd"));
        assert!(is_path_like("me.yml"));
        assert!(!is_path_like("ml-engineer"));
        assert!(!is_path_like(".."));
    }
}
