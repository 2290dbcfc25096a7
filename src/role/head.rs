//! What a role is called and where it comes from, without its items: all that `list`, the
//! naming of roles and the rankings of `find` and `similar` show of a role, and what the
//! library index keeps of each.

use super::{Role, Source};

/// A role's id, title, aliases and source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Head {
    pub id: String,
    pub title: String,
    pub aliases: Vec<String>,
    pub source: Source,
}

impl From<&Role> for Head {
    fn from(role: &Role) -> Head {
        Head {
            id: role.id.clone(),
            title: role.title.clone(),
            aliases: role.aliases.clone(),
            source: role.source.clone(),
        }
    }
}

impl From<Role> for Head {
    fn from(role: Role) -> Head {
        Head {
            id: role.id,
            title: role.title,
            aliases: role.aliases,
            source: role.source,
        }
    }
}
