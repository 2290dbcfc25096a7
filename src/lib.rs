//! rolediff compares job roles: it loads YAML role files and shows, section by section,
//! what two roles share and what is unique to each.
//!
//! The comparison is plain data ([`diff::RoleDiff`]) built by pure functions; each output
//! format in [`output`] only renders it.

pub mod atomic;
pub mod cache;
pub mod cli;
pub mod diff;
pub mod error;
pub mod explore;
pub mod gap;
pub mod id;
pub mod library;
pub mod load;
pub mod matching;
pub mod onet;
pub mod output;
pub mod parallel;
pub mod role;
pub mod role_name;
pub mod schema;
pub mod section;
pub mod similarity;
pub mod terminal;
pub mod validate;

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::sync::Arc;

use clap::CommandFactory;
use cli::{Cli, Command, CompareArgs, ListArgs, ShowArgs, ValidateArgs};
use error::{EXIT_DIFFERENT, EXIT_SUCCESS, Error};
use library::{Folder, Library};
use matching::{Matcher, Vocabulary};
use section::Section;
use terminal::Terminal;

/// Runs a parsed command line; returns the exit code of a run without errors.
pub fn run(cli: &Cli) -> Result<u8, Error> {
    let terminal = Terminal::detect(cli.color);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let code = match &cli.command {
        // These need no roles: the library is not even looked for.
        Command::Import(cli::ImportSource::Onet(args)) => import_onet(args, &mut out)?,
        Command::Schema => {
            serde_json::to_writer_pretty(&mut out, &schema::role_schema())
                .map_err(io::Error::from)?;
            writeln!(out)?;
            EXIT_SUCCESS
        }
        Command::Completions(args) => {
            // clap_complete panics when it cannot write; it writes to memory here, and a
            // full disk or a closed pipe is then an error like any other output's.
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut Cli::command(), "rolediff", &mut script);
            out.write_all(&script)?;
            EXIT_SUCCESS
        }
        Command::Man => {
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
            EXIT_SUCCESS
        }
        command => run_on_library(cli, command, &terminal, &mut out)?,
    };
    out.flush()?;
    Ok(code)
}

/// Runs a command that reads roles, then reports what the library found amiss.
fn run_on_library(
    cli: &Cli,
    command: &Command,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let folders = Folder::search_order(
        config_home(),
        std::env::var("ROLEDIFF_PATH").ok().as_deref(),
        &cli.roles_dirs,
    );
    let mut library = Library::discover(&folders)?;
    library.cache_dir = cache::cache_dir();
    let result = match command {
        Command::Compare(args) => compare(&mut library, args, terminal, out),
        Command::List(args) => list(&mut library, args, terminal, out),
        Command::Show(args) => show(&mut library, args, terminal, out),
        Command::Validate(args) => validate(&mut library, args, out),
        Command::Similar(args) => explore::similar(&mut library, args, terminal, out),
        Command::Gap(args) => explore::gap(&mut library, args, terminal, out),
        Command::Matrix(args) => explore::matrix(&mut library, args, terminal, out),
        Command::Import(_) | Command::Schema | Command::Completions(_) | Command::Man => {
            Ok(EXIT_SUCCESS)
        }
    };
    report_warnings(&library);
    result
}

fn compare(
    library: &mut Library,
    args: &CompareArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let a = library.resolve(&args.a)?;
    let b = library.resolve(&args.b)?;
    let sections = if args.sections.is_empty() {
        Section::ALL.to_vec()
    } else {
        args.sections.clone()
    };
    let threshold = if args.exact {
        None
    } else {
        Some(args.threshold.unwrap_or(matching::DEFAULT_THRESHOLD))
    };
    let matcher = matcher(library, threshold)?;
    let mut diff = diff::compare_roles(&a, &b, &sections, &matcher);
    let differs = diff.differs();
    if !args.only.is_empty() {
        diff.retain_relations(&args.only);
    }
    args.format.renderer().render(&diff, terminal, out)?;
    Ok(if args.exit_code && differs {
        EXIT_DIFFERENT
    } else {
        EXIT_SUCCESS
    })
}

fn list(
    library: &mut Library,
    args: &ListArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    // Only the names: a library of ten thousand roles lists from its cache of names.
    let roles: Vec<role::RoleName> = library.load_all();
    let listed: Vec<output::Listed> = roles
        .iter()
        .map(|role| output::Listed {
            role,
            overrides: library.overridden(&role.id),
        })
        .collect();
    output::render_list(&listed, args.format, terminal, out)?;
    Ok(EXIT_SUCCESS)
}

fn show(
    library: &mut Library,
    args: &ShowArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let role = library.resolve(&args.role)?;
    output::render_show(&role, args.format, terminal, out)?;
    Ok(EXIT_SUCCESS)
}

fn validate(library: &mut Library, args: &ValidateArgs, out: &mut dyn Write) -> Result<u8, Error> {
    use validate::{Diagnostic, Severity};
    let mut diagnostics = Vec::new();
    let results = if args.paths.is_empty() {
        if let Err(err) = vocabulary(library) {
            diagnostics.push(Diagnostic::from_error(&err));
        }
        diagnostics.extend(library.warnings.drain(..).map(|message| Diagnostic {
            severity: Severity::Warning,
            location: String::new(),
            message,
        }));
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
            .map(|path| load::read_role_file(path, &library::id_of_path(path)))
            .collect()
    };
    let mut roles = Vec::new();
    for result in results {
        match result {
            Ok(role) => roles.push(role),
            Err(err) => diagnostics.push(Diagnostic::from_error(&err)),
        }
    }
    diagnostics.extend(validate::check_roles(&roles));
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
        plural(files, "role file"),
        plural(errors, "error"),
        plural(warnings, "warning"),
    ];
    writeln!(
        out,
        "checked {}: {}, {}",
        summary[0], summary[1], summary[2]
    )?;
    Ok(if errors > 0 {
        error::EXIT_ERROR
    } else {
        EXIT_SUCCESS
    })
}

fn import_onet(args: &cli::OnetArgs, out: &mut dyn Write) -> Result<u8, Error> {
    let summary = onet::import(&args.dir, &args.out, args.force)?;
    let mut stderr = io::stderr().lock();
    for warning in &summary.warnings {
        let _ = writeln!(stderr, "warning: {}", output::escape_control_lines(warning));
    }
    writeln!(
        out,
        "imported {}: {} written to {}, {}",
        plural(summary.occupations, "occupation"),
        plural(summary.written, "role file"),
        output::escape_control(&args.out.display().to_string()),
        plural(summary.warnings.len(), "warning")
    )?;
    Ok(EXIT_SUCCESS)
}

/// `1 error`, `2 errors`.
fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// The built-in vocabulary extended by the `vocabulary.yaml` of every roles folder.
pub(crate) fn vocabulary(library: &Library) -> Result<Vocabulary, Error> {
    let mut vocabulary = Vocabulary::built_in();
    for path in &library.vocabulary_files {
        vocabulary.extend_from_file(path)?;
    }
    Ok(vocabulary)
}

/// The matcher of the library's vocabulary (built-in, extended by the roles folders).
pub(crate) fn matcher(library: &Library, threshold: Option<f64>) -> Result<Matcher, Error> {
    Ok(Matcher::new(Arc::new(vocabulary(library)?), threshold))
}

/// `$XDG_CONFIG_HOME`, or `~/.config`.
fn config_home() -> Option<PathBuf> {
    cache::xdg_dir("XDG_CONFIG_HOME", ".config")
}

fn report_warnings(library: &Library) {
    let mut stderr = io::stderr().lock();
    for warning in &library.warnings {
        // Nothing useful can be done if stderr is closed.
        let _ = writeln!(stderr, "warning: {}", output::escape_control_lines(warning));
    }
}
