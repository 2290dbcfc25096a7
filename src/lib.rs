//! rolediff compares job roles: it loads YAML role files and shows, section by section,
//! what two roles share and what is unique to each.
//!
//! The comparison is plain data ([`diff::RoleDiff`]) built by pure functions; each output
//! format in [`output`] only renders it.

pub mod analysis;
pub mod binary;
pub mod cli;
pub mod commands;
pub mod error;
pub mod files;
pub mod library;
pub mod matching;
pub mod onet;
pub mod output;
pub mod role;
pub mod terminal;
pub mod text;

use std::io::{self, BufWriter, Write};

use cli::{Cli, Command, ImportSource};
use error::Error;
use library::Library;
use terminal::Terminal;

/// Runs a parsed command line; returns the exit code of a run without errors.
pub fn run(cli: &Cli) -> Result<u8, Error> {
    let terminal = Terminal::detect(cli.color, cli.width);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let code = match &cli.command {
        // These need no roles: the library is not even looked for.
        Command::Import(ImportSource::Onet(args)) => commands::import_onet(args, &mut out)?,
        Command::Schema => commands::schema(&mut out)?,
        Command::Completions(args) => commands::completions(args, &mut out)?,
        Command::Man(args) => commands::man(args, &mut out)?,
        Command::Compare(args) => with_library(cli, |library| {
            commands::compare(library, args, &terminal, &mut out)
        })?,
        Command::List(args) => with_library(cli, |library| {
            commands::list(library, args, &terminal, &mut out)
        })?,
        Command::Show(args) => with_library(cli, |library| {
            commands::show(library, args, &terminal, &mut out)
        })?,
        Command::Find(args) => with_library(cli, |library| {
            commands::find(library, args, &terminal, &mut out)
        })?,
        Command::Validate(args) => {
            with_library(cli, |library| commands::validate(library, args, &mut out))?
        }
        Command::Similar(args) => with_library(cli, |library| {
            commands::similar(library, args, &terminal, &mut out)
        })?,
        Command::Gap(args) => with_library(cli, |library| {
            commands::gap(library, args, &terminal, &mut out)
        })?,
        Command::Matrix(args) => with_library(cli, |library| {
            commands::matrix(library, args, &terminal, &mut out)
        })?,
    };
    out.flush()?;
    Ok(code)
}

/// Runs a command that reads roles on the library of the command line's folders, then
/// reports what the library found amiss, whether the command succeeded or not.
fn with_library(
    cli: &Cli,
    command: impl FnOnce(&mut Library) -> Result<u8, Error>,
) -> Result<u8, Error> {
    let mut library = Library::open(&cli.roles_dirs)?;
    let result = command(&mut library);
    commands::report_warnings(&library.take_warnings());
    result
}
