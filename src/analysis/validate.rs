//! `validate`: checks of role files beyond parsing: empty titles, duplicate items within a
//! section, and names (ids and aliases) that point at two roles. Pure: the caller loads.

use std::collections::BTreeMap;
use std::fmt;

use crate::error::snippet;
use crate::role::section::Section;
use crate::role::{Role, Source};
use crate::text::normalize;

/// How bad a finding is: an error fails `validate`, a warning does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file is wrong: exit code 2.
    Error,
    /// The file works but probably not as meant.
    Warning,
}

/// One finding about one role file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, or `roles/<id>.yaml (built-in)`.
    pub location: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl Diagnostic {
    /// A file that could not be loaded: the error names its own location.
    #[must_use]
    pub fn from_error(error: &crate::error::Error) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            location: String::new(),
            message: error.to_string(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.location.is_empty() {
            write!(f, "{label}: {}", self.message)
        } else {
            write!(f, "{label}: {}: {}", self.location, self.message)
        }
    }
}

/// Where a role's file is, for messages.
#[must_use]
pub fn location_of(role: &Role) -> String {
    match &role.source {
        Source::BuiltIn => format!("roles/{}.yaml (built-in)", role.id),
        Source::File(path) => path.display().to_string(),
    }
}

/// Every finding about `roles`, each role's own first, then names shared between roles.
#[must_use]
pub fn check_roles(roles: &[Role]) -> Vec<Diagnostic> {
    let mut diagnostics: Vec<Diagnostic> = roles.iter().flat_map(check_role).collect();
    diagnostics.extend(check_names(roles));
    diagnostics
}

/// Findings within one role: an empty title, duplicate items.
#[must_use]
pub fn check_role(role: &Role) -> Vec<Diagnostic> {
    let location = location_of(role);
    let mut diagnostics = Vec::new();
    if role.title.trim().is_empty() {
        diagnostics.push(Diagnostic {
            severity: Severity::Error,
            location: location.clone(),
            message: "the title is empty; give the role a title".to_owned(),
        });
    }
    for section in Section::ALL {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for item in role.items(section) {
            // The first spelling, as written, is the one kept: later ones repeat it.
            let key = normalize(&item.name);
            if let Some(&first) = seen.get(&key) {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    location: location.clone(),
                    message: format!(
                        "{section}: `{}` repeats `{}`; remove one",
                        snippet(&item.name),
                        snippet(first)
                    ),
                });
            } else {
                seen.insert(key, &item.name);
            }
        }
    }
    diagnostics
}

/// Findings across roles: one id for two files, one alias for two roles, an alias that is
/// another role's id (the id wins, so the alias never resolves there).
#[must_use]
pub fn check_names(roles: &[Role]) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut ids: BTreeMap<&str, &Role> = BTreeMap::new();
    for role in roles {
        if let Some(first) = ids.insert(&role.id, role) {
            diagnostics.push(error(
                role,
                format!(
                    "the id `{}` is also given by {}; rename one file",
                    role.id,
                    location_of(first)
                ),
            ));
        }
    }
    let mut aliases: BTreeMap<String, &Role> = BTreeMap::new();
    for role in roles {
        for alias in &role.aliases {
            let key = alias.to_lowercase();
            if key == role.id {
                continue;
            }
            if let Some(owner) = ids.get(key.as_str()) {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    location: location_of(role),
                    message: format!(
                        "the alias `{}` is the id of {}, which wins; remove the alias",
                        snippet(alias),
                        location_of(owner)
                    ),
                });
            } else if let Some(first) = aliases.get(&key).filter(|first| first.id != role.id) {
                diagnostics.push(error(
                    role,
                    format!(
                        "the alias `{}` also names `{}`; keep it on one role, or move it to `also_called` on both",
                        snippet(alias),
                        first.id
                    ),
                ));
            } else {
                aliases.insert(key, role);
            }
        }
    }
    diagnostics
}

fn error(role: &Role, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        location: location_of(role),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::Item;

    fn role(id: &str, aliases: &[&str]) -> Role {
        Role {
            id: id.into(),
            title: id.to_uppercase(),
            aliases: aliases.iter().map(|&a| a.to_owned()).collect(),
            ..Role::default()
        }
    }

    #[test]
    fn a_duplicate_names_the_first_spelling_as_written() {
        let mut role = role("r", &[]);
        role.skills = vec![Item::named("SQL"), Item::named("sql"), Item::named("Sql")];
        let found: Vec<String> = check_role(&role).iter().map(ToString::to_string).collect();
        assert_eq!(found.len(), 2);
        assert!(
            found
                .iter()
                .all(|warning| warning.ends_with("repeats `SQL`; remove one"))
        );
    }

    #[test]
    fn empty_titles_are_errors_and_duplicates_warnings() {
        let mut blank = role("blank", &[]);
        blank.title = "  ".into();
        blank.skills = vec![
            Item::named("SQL"),
            Item::named("Python"),
            Item::named("sql."),
        ];
        let found = check_role(&blank);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(
            found[1].to_string(),
            "warning: roles/blank.yaml (built-in): skills: `sql.` repeats `SQL`; remove one"
        );
    }

    #[test]
    fn names_for_two_roles_are_found() {
        let roles = [
            role("a", &["shared-name", "b"]),
            role("b", &[]),
            role("c", &["Shared-Name"]),
        ];
        let found = check_names(&roles);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(found[0].message.contains("the alias `b` is the id of"));
        assert_eq!(found[1].severity, Severity::Error);
        assert!(found[1].message.contains("also names `a`"));
    }
}
