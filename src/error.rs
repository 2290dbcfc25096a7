//! What a user can get wrong, as errors with a file, a position and a hint, and the exit
//! codes, all in one place.

use std::borrow::Cow;
use std::fmt;
use std::io;
use std::path::PathBuf;

/// The most characters of a file's text that a message quotes.
pub const SNIPPET_CHARS: usize = 40;

/// At most [`SNIPPET_CHARS`] characters of `text`, ending in `...` when cut: all that a
/// message may quote of a file, which may hold anything (a stray `.env` in a roles folder
/// must not end up in a CI log). Escaping for the terminal happens where it is printed.
#[must_use]
pub fn snippet(text: &str) -> Cow<'_, str> {
    snippet_of_length(text, SNIPPET_CHARS)
}

/// At most `limit` characters of `text`, ending in `...` when cut.
#[must_use]
pub fn snippet_of_length(text: &str, limit: usize) -> Cow<'_, str> {
    match text.char_indices().nth(limit) {
        None => Cow::Borrowed(text),
        Some((end, _)) => Cow::Owned(format!("{}...", &text[..end])),
    }
}

/// Exit code of a successful run.
pub const EXIT_SUCCESS: u8 = 0;
/// Exit code of `compare --exit-code` when the roles differ.
pub const EXIT_DIFFERENT: u8 = 1;
/// Exit code of any error: usage, unknown role, invalid file.
pub const EXIT_ERROR: u8 = 2;
/// Exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it); SIGTERM and
/// SIGHUP give 143 and 129.
pub const EXIT_INTERRUPTED: u8 = 130;

/// A position in a file, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number, from 1.
    pub column: usize,
}

/// Everything that ends a run with exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A role name that is neither an id, an alias nor a path.
    #[error("unknown role `{name}`{}", suggestion_text(suggestions))]
    RoleNotFound {
        name: String,
        suggestions: Vec<String>,
    },

    /// A name that folds to the name of several roles at the same rank (two titles, or two
    /// aliases).
    #[error(
        "`{name}` names {} roles: {}\n  hint: name one by its id",
        roles.len(),
        roles.join(", ")
    )]
    AmbiguousName { name: String, roles: Vec<String> },

    /// A file or folder that cannot be read.
    #[error("{}: cannot read: {source}", path.display())]
    Unreadable { path: PathBuf, source: io::Error },

    /// A role file over the size limit.
    #[error(
        "{}: the file is larger than 1 MiB, the limit for a role file\n  hint: split it, or check that it is a role file",
        path.display()
    )]
    TooLarge { path: PathBuf },

    /// A role file that is not UTF-8.
    #[error(
        "{}:{}:{}: the file is not valid UTF-8\n  hint: save it as UTF-8",
        path.display(), position.line, position.column
    )]
    NotUtf8 { path: PathBuf, position: Position },

    /// A role file that is not valid YAML or does not fit the role format.
    #[error("{}{}: {message}{}", path.display(), position_text(*position), hint_text(hint.as_deref()))]
    InvalidRole {
        path: PathBuf,
        position: Option<Position>,
        message: String,
        hint: Option<String>,
    },

    /// A job posting that cannot be read as one: empty, binary, too large.
    #[error("{}{}: {message}{}", path.display(), position_text(*position), hint_text(hint.as_deref()))]
    InvalidPosting {
        path: PathBuf,
        position: Option<Position>,
        message: String,
        hint: Option<String>,
    },

    /// A `--roles-dir` that is not a folder.
    #[error("{}: not a folder of role files\n  hint: check the --roles-dir argument", path.display())]
    NotAFolder { path: PathBuf },

    /// A row of an O*NET file that cannot be read.
    #[error("{}:{line}: {message}", path.display())]
    MalformedRow {
        path: PathBuf,
        line: usize,
        message: String,
    },

    /// A folder that is not an O*NET text release.
    #[error(
        "{}: not an O*NET text release: `Occupation Data.txt` is missing\n  hint: download the text release of the O*NET database and pass its folder",
        path.display()
    )]
    NotOnet { path: PathBuf },

    /// An import that would overwrite role files.
    #[error(
        "{}: already exists; {count} role files would be overwritten\n  hint: pass --force to overwrite them, or choose another --out folder",
        path.display()
    )]
    WouldOverwrite { path: PathBuf, count: usize },

    /// `man --dir` into a folder that already holds pages of the same names.
    #[error(
        "{}: already holds {count} of the manual pages\n  hint: pass --force to replace them, or choose another --dir folder",
        path.display()
    )]
    PagesExist { path: PathBuf, count: usize },

    /// A file that cannot be written.
    #[error("{}: cannot write: {source}", path.display())]
    Unwritable { path: PathBuf, source: io::Error },

    /// A signal (Ctrl-C, SIGTERM, SIGHUP) stopped a run that writes files; every file it
    /// wrote is whole.
    #[error(
        "interrupted by {}: {written} of {total} role files written, each one whole\n  hint: run the import again with --force to write them all",
        signal_name(*signal)
    )]
    Interrupted {
        signal: i32,
        written: usize,
        total: usize,
    },

    /// A `matrix` table of more roles than a table can show.
    #[error(
        "a table of {roles} roles is too wide to read; a matrix table shows at most {limit}\n  hint: use --format csv or json for all of them, or name the roles to compare"
    )]
    TooWide { roles: usize, limit: usize },

    /// A `matrix` of more roles than it computes at once, in any format.
    #[error(
        "a matrix of {roles} roles is {} similarities; rolediff computes at most {limit} roles at once\n  hint: name the roles to compare (`rolediff matrix A B C`), or use `rolediff similar ROLE` for one role's nearest",
        roles * roles
    )]
    TooManyRoles { roles: usize, limit: usize },

    /// Writing the output failed (a closed pipe is handled before this is shown).
    #[error("cannot write output: {0}")]
    Output(#[from] io::Error),
}

impl Error {
    /// The exit code this error ends the program with.
    #[must_use]
    pub fn exit_code(&self) -> u8 {
        match self {
            // 128 + the signal, as shells report a run that a signal ended.
            Error::Interrupted { signal, .. } => {
                u8::try_from(128 + signal).unwrap_or(EXIT_INTERRUPTED)
            }
            _ => EXIT_ERROR,
        }
    }

    /// Whether this error is a closed pipe on stdout, which ends the program quietly.
    #[must_use]
    pub fn is_broken_pipe(&self) -> bool {
        let Error::Output(err) = self else {
            return false;
        };
        // A writer of a format (CSV's, say) may wrap the error of the pipe in its own.
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
        while let Some(error) = cause {
            if let Some(io) = error.downcast_ref::<io::Error>() {
                if io.kind() == io::ErrorKind::BrokenPipe {
                    return true;
                }
                if let Some(inner) = io.get_ref() {
                    cause = Some(inner);
                    continue;
                }
            }
            if let Some(csv) = error.downcast_ref::<csv::Error>()
                && let csv::ErrorKind::Io(io) = csv.kind()
            {
                cause = Some(io);
                continue;
            }
            cause = error.source();
        }
        false
    }
}

fn signal_name(signal: i32) -> String {
    match signal {
        1 => "SIGHUP".to_owned(),
        2 => "Ctrl-C".to_owned(),
        15 => "SIGTERM".to_owned(),
        other => format!("signal {other}"),
    }
}

fn suggestion_text(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        return "\n  hint: `rolediff list` shows the roles available".to_owned();
    }
    let names: Vec<String> = suggestions.iter().map(|s| format!("`{s}`")).collect();
    format!(
        "\n  hint: did you mean {}? `rolediff list` shows all roles",
        names.join(", ")
    )
}

fn position_text(position: Option<Position>) -> String {
    position.map_or_else(String::new, |p| format!(":{}:{}", p.line, p.column))
}

fn hint_text(hint: Option<&str>) -> String {
    hint.map_or_else(String::new, |h| format!("\n  hint: {h}"))
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}
