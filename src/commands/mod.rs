//! One file a command. Each resolves its roles through the [library](crate::library),
//! computes plain data with the pure functions of [`crate::analysis`], and hands it to a
//! renderer of [`crate::output`]. What several commands share is here.

mod compare;
mod find;
mod gap;
mod generate;
mod import;
mod list;
mod matrix;
mod show;
mod similar;
mod validate;

pub use compare::compare;
pub use find::find;
pub use gap::gap;
pub use generate::{completions, man, schema};
pub use import::import_onet;
pub use list::list;
pub use matrix::matrix;
pub use show::show;
pub use similar::similar;
pub use validate::validate;

use std::io::Write;
use std::sync::Arc;

use crate::error::Error;
use crate::library::Library;
use crate::matching::Matcher;
use crate::role::Role;

/// The matcher of the library's vocabulary: `None` turns the near tier off (`--exact`).
/// When a posting was read, the names it was read with (the library's tools and
/// certifications) are concepts too: loading them for role files alone would slow every
/// `compare`.
pub fn matcher(library: &Library, threshold: Option<f64>) -> Result<Matcher, Error> {
    let vocabulary = library.vocabulary()?;
    let rarity = Library::built_in_rarity();
    let matcher = Matcher::new(Arc::new(vocabulary), threshold).with_rarity(Arc::new(rarity));
    Ok(match library.posting_names() {
        Some(names) => matcher.with_names(names),
        None => matcher,
    })
}

/// The threshold of the near tier that `--exact` and `--threshold` ask for.
#[must_use]
pub fn threshold(exact: bool, threshold: Option<f64>) -> Option<f64> {
    if exact {
        None
    } else {
        Some(threshold.unwrap_or(crate::matching::DEFAULT_THRESHOLD))
    }
}

/// `roles` with `role` among them (a role file named by path may be outside the library),
/// and its position.
fn with_role(mut roles: Vec<Role>, role: Role) -> (Vec<Role>, usize) {
    if let Some(position) = roles
        .iter()
        .position(|r| r.id == role.id && r.source == role.source)
    {
        return (roles, position);
    }
    roles.push(role);
    let position = roles.len() - 1;
    (roles, position)
}

/// Prints the warnings of a run on stderr, each escaped.
pub fn report_warnings(warnings: &[String]) {
    let mut stderr = std::io::stderr().lock();
    for warning in warnings {
        // Nothing useful can be done if stderr is closed.
        let _ = writeln!(
            stderr,
            "warning: {}",
            crate::output::escape_control_lines(warning)
        );
    }
}

/// `1 error`, `2 errors`.
fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
