//! `list`: every role available, with where it comes from and what it overrides.

use std::io::Write;

use crate::cli::ListArgs;
use crate::error::{EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::output::{self, Listed};
use crate::role::head::Head;
use crate::terminal::Terminal;

/// Lists the roles of the library.
pub fn list(
    library: &mut Library,
    args: &ListArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    // A library of ten thousand roles lists from its index.
    let roles: Vec<Head> = library.heads();
    let pattern = args.pattern.as_deref().map(str::to_lowercase);
    let listed: Vec<Listed> = roles
        .iter()
        .filter(|role| {
            pattern
                .as_deref()
                .is_none_or(|pattern| matches(role, pattern))
        })
        .map(|role| Listed {
            role,
            overrides: library.overridden(&role.id),
        })
        .collect();
    output::render_list(&listed, args.format, args.all, terminal, out)?;
    Ok(EXIT_SUCCESS)
}

/// Whether `pattern` (lower case) is in the role's id, title or one of its aliases.
fn matches(role: &Head, pattern: &str) -> bool {
    std::iter::once(&role.id)
        .chain(std::iter::once(&role.title))
        .chain(&role.aliases)
        .any(|name| name.to_lowercase().contains(pattern))
}
