//! `validate [PATH...]`: every finding about role files, errors and warnings, and a summary.

use std::io::Write;

use crate::analysis::validate::{Diagnostic, Severity, check_roles};
use crate::cli::ValidateArgs;
use crate::error::{EXIT_ERROR, EXIT_SUCCESS, Error};
use crate::library::{Library, id_of_path};
use crate::output;
use crate::role::parse::read_role_file;

/// Checks the files of `args`, or every role of the library; exit 2 on any error.
pub fn validate(
    library: &mut Library,
    args: &ValidateArgs,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let mut diagnostics = Vec::new();
    let results = if args.paths.is_empty() {
        if let Err(err) = library.vocabulary() {
            diagnostics.push(Diagnostic::from_error(&err));
        }
        diagnostics.extend(
            library
                .take_warnings()
                .into_iter()
                .map(|message| Diagnostic {
                    severity: Severity::Warning,
                    location: String::new(),
                    message,
                }),
        );
        // A file that hides another of the same id: the hidden one is never used.
        for (id, winner, hidden) in library.all_overrides() {
            for source in hidden {
                let location = if source == "built-in" {
                    format!("roles/{id}.yaml (built-in)")
                } else {
                    source.clone()
                };
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    location,
                    message: format!(
                        "the role `{id}` is hidden by {winner}, which comes later in the search order; rename one of them"
                    ),
                });
            }
        }
        library.try_load_all()
    } else {
        args.paths
            .iter()
            .map(|path| read_role_file(path, &id_of_path(path)))
            .collect()
    };
    let mut roles = Vec::new();
    for result in results {
        match result {
            Ok(role) => roles.push(role),
            Err(err) => diagnostics.push(Diagnostic::from_error(&err)),
        }
    }
    diagnostics.extend(check_roles(&roles));
    let count = |severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    for diagnostic in &diagnostics {
        writeln!(
            out,
            "{}",
            output::escape_control_lines(&diagnostic.to_string())
        )?;
    }
    let files = roles.len()
        + diagnostics
            .iter()
            .filter(|d| d.location.is_empty() && d.severity == Severity::Error)
            .count();
    let summary = [
        super::plural(files, "role file"),
        super::plural(errors, "error"),
        super::plural(warnings, "warning"),
    ];
    writeln!(
        out,
        "checked {}: {}, {}",
        summary[0], summary[1], summary[2]
    )?;
    Ok(if errors > 0 { EXIT_ERROR } else { EXIT_SUCCESS })
}
