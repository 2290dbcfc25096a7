//! The names of a role (title and aliases), read without the rest of its file: what `list`
//! shows and what an alias is looked up in. Reading only the names skips building every
//! item of a large library, yet the file is still parsed whole, so invalid YAML and
//! unknown keys are still errors. Invalid items are left to the commands that read them.

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use crate::role::{Role, Source};

/// What names a role: enough to list it and to find it by an alias.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(from = "NamesOnly")]
pub struct RoleName {
    /// The role's id (its file stem).
    #[serde(skip)]
    pub id: String,
    /// Where the role was loaded from.
    #[serde(skip)]
    pub source: Source,
    /// The role's display title.
    pub title: String,
    /// Other names that resolve to this role.
    pub aliases: Vec<String>,
}

impl From<Role> for RoleName {
    fn from(role: Role) -> RoleName {
        RoleName {
            id: role.id,
            source: role.source,
            title: role.title,
            aliases: role.aliases,
        }
    }
}

/// A role file read for its names: every other key of [`Role`] is allowed and skipped. A
/// test holds the two to the same keys.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(
    dead_code,
    reason = "the other keys are read only to be allowed and skipped"
)]
struct NamesOnly {
    title: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    summary: IgnoredAny,
    #[serde(default)]
    responsibilities: IgnoredAny,
    #[serde(default)]
    skills: IgnoredAny,
    #[serde(default)]
    education: IgnoredAny,
    #[serde(default)]
    certifications: IgnoredAny,
    #[serde(default)]
    tools: IgnoredAny,
    #[serde(default)]
    industries: IgnoredAny,
    #[serde(default)]
    tips: IgnoredAny,
    #[serde(default)]
    outlook: IgnoredAny,
    #[serde(default)]
    salary: IgnoredAny,
    #[serde(default)]
    sources: IgnoredAny,
}

impl From<NamesOnly> for RoleName {
    fn from(names: NamesOnly) -> RoleName {
        RoleName {
            id: String::new(),
            source: Source::default(),
            title: names.title,
            aliases: names.aliases,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::load::parse_yaml;

    /// The error for an unknown key lists the keys allowed, so equal messages mean equal keys.
    #[test]
    fn names_allow_the_keys_of_a_role_and_no_other() {
        let path = Path::new("r.yaml");
        let yaml = b"title: T\nsalery: 1\n";
        let as_role = parse_yaml::<Role>(yaml, path).unwrap_err().to_string();
        let as_names = parse_yaml::<RoleName>(yaml, path).unwrap_err().to_string();
        assert!(as_role.contains("unknown key `salery`"), "{as_role}");
        assert_eq!(as_names, as_role);
    }

    #[test]
    fn names_are_read_from_a_whole_role_and_errors_keep_their_position() {
        let path = Path::new("r.yaml");
        let yaml =
            b"title: T\naliases: [a, b]\nskills: [{name: SQL, aka: [x]}]\ntools: {DB: [Oracle]}\n";
        let names: RoleName = parse_yaml(yaml, path).unwrap();
        assert_eq!((names.title.as_str(), names.aliases.len()), ("T", 2));
        let broken = parse_yaml::<RoleName>(b"title: T\nskills: [a\n", path).unwrap_err();
        assert!(broken.to_string().starts_with("r.yaml:"), "{broken}");
        let untitled = parse_yaml::<RoleName>(b"aliases: [a]\n", path).unwrap_err();
        assert!(
            untitled.to_string().contains("missing key `title`"),
            "{untitled}"
        );
    }
}
