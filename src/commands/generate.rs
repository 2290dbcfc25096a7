//! What rolediff generates about itself: the role file's JSON Schema, shell completions and
//! the man page. None of these reads a role.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::cli::{self, COMPLETE_VAR, CompletionsArgs, EXAMPLES, ManArgs};
use crate::error::{EXIT_SUCCESS, Error};
use crate::files::write_whole;
use crate::output::escape_control;
use crate::role::schema::role_schema;

/// `schema`: the JSON Schema of the role file.
pub fn schema(out: &mut dyn Write) -> Result<u8, Error> {
    serde_json::to_writer_pretty(&mut *out, &role_schema()).map_err(io::Error::from)?;
    writeln!(out)?;
    Ok(EXIT_SUCCESS)
}

/// `completions SHELL`: the completion script of a shell. It asks `rolediff` itself what
/// to complete (clap's protocol, under [`COMPLETE_VAR`]), so role ids of the built-in
/// library, the user's folder and `ROLEDIFF_PATH` complete as well as subcommands and
/// options.
pub fn completions(args: &CompletionsArgs, out: &mut dyn Write) -> Result<u8, Error> {
    use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
    let shell: &dyn EnvCompleter = match args.shell {
        clap_complete::Shell::Bash => &Bash,
        clap_complete::Shell::Elvish => &Elvish,
        clap_complete::Shell::Fish => &Fish,
        clap_complete::Shell::PowerShell => &Powershell,
        clap_complete::Shell::Zsh => &Zsh,
        other => {
            return Err(Error::Output(io::Error::other(format!(
                "no completions for {other}"
            ))));
        }
    };
    // Written to memory first: a full disk or a closed pipe is then an error like any
    // other output's.
    let mut script = Vec::new();
    shell.write_registration(
        COMPLETE_VAR,
        "rolediff",
        "rolediff",
        "rolediff",
        &mut script,
    )?;
    out.write_all(&script)?;
    Ok(EXIT_SUCCESS)
}

/// `man [--dir DIR]`: the main page on stdout, or every page written into DIR.
pub fn man(args: &ManArgs, out: &mut dyn Write) -> Result<u8, Error> {
    let mut command = cli::full_command();
    // Built, each subcommand is named `rolediff-<name>`, the name of its page.
    command.build();
    let Some(dir) = &args.dir else {
        render_page(&command, None, out)?;
        return Ok(EXIT_SUCCESS);
    };
    std::fs::create_dir_all(dir).map_err(|source| Error::Unwritable {
        path: dir.clone(),
        source,
    })?;
    // clap's own `help` subcommand has no page: `rolediff help X` is `rolediff X --help`.
    let pages: Vec<(&clap::Command, Option<&str>)> = std::iter::once((&command, None))
        .chain(
            command
                .get_subcommands()
                .filter(|sub| sub.get_name() != "help")
                .map(|sub| (sub, Some(sub.get_name()))),
        )
        .collect();
    let paths: Vec<PathBuf> = pages
        .iter()
        .map(|&(_, subcommand)| page_path(dir, subcommand))
        .collect();
    // Whatever holds a page's name (a page, a link, a FIFO) is replaced only when asked.
    let existing = paths
        .iter()
        .filter(|path| std::fs::symlink_metadata(path).is_ok())
        .count();
    if existing > 0 && !args.force {
        return Err(Error::PagesExist {
            path: dir.clone(),
            count: existing,
        });
    }
    for (&(command, subcommand), path) in pages.iter().zip(&paths) {
        write_page(command, subcommand, path)?;
    }
    for path in &paths {
        writeln!(out, "{}", escape_control(&path.display().to_string()))?;
    }
    Ok(EXIT_SUCCESS)
}

/// Where the page of `subcommand` (or of rolediff itself) goes in `dir`.
fn page_path(dir: &Path, subcommand: Option<&str>) -> PathBuf {
    let name = subcommand.map_or_else(|| "rolediff".to_owned(), |sub| format!("rolediff-{sub}"));
    dir.join(format!("{name}.1"))
}

/// Writes the page of `command` (`subcommand` of rolediff, or rolediff itself) to `path`,
/// whole, through a temporary file renamed over whatever held the name: never through a
/// link, never into a FIFO.
fn write_page(command: &clap::Command, subcommand: Option<&str>, path: &Path) -> Result<(), Error> {
    let mut page = Vec::new();
    render_page(command, subcommand, &mut page)?;
    write_whole(path, ".rolediff-page-", |out| out.write_all(&page)).map_err(|source| {
        Error::Unwritable {
            path: path.to_owned(),
            source,
        }
    })
}

/// The roff page of `command`: what `clap_mangen` makes of it, then EXAMPLES, EXIT STATUS,
/// ENVIRONMENT, FILES and SEE ALSO, which it does not make.
fn render_page(
    command: &clap::Command,
    subcommand: Option<&str>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    if command.get_arguments().any(|arg| !arg.is_hide_set()) {
        man.render_options_section(out)?;
    }
    if command.has_subcommands() {
        man.render_subcommands_section(out)?;
    }
    let examples: &[(&str, &str)] = match subcommand {
        Some(sub) => EXAMPLES
            .iter()
            .find(|(name, _)| *name == sub)
            .map_or(&[], |(_, examples)| examples),
        None => &[
            (
                "rolediff compare data-manager ml-engineer",
                "Compare two built-in roles.",
            ),
            ("rolediff list data", "The roles about data."),
            (
                "rolediff gap me.yaml data-engineer",
                "What a move from your own profile asks.",
            ),
        ],
    };
    write!(out, "{}", extra_sections(examples, subcommand))
}

/// The sections of a page that `clap_mangen` does not write, in roff.
fn extra_sections(examples: &[(&str, &str)], subcommand: Option<&str>) -> String {
    let mut roff = String::from(".SH EXAMPLES\n");
    for (line, what) in examples {
        let _ = writeln!(
            roff,
            ".TP\n\\fB{}\\fR\n{}",
            roff_text(line),
            roff_text(what)
        );
    }
    roff.push_str(
        ".SH \"EXIT STATUS\"\n\
.TP\n0\nSuccess.\n\
.TP\n1\nWith \\fBcompare \\-\\-exit\\-code\\fR: the roles differ; \\fBfind\\fR: no role fits the text well (the best fits under 30%).\n\
.TP\n2\nAny error: usage, unknown role, invalid role or vocabulary file; \\fBvalidate\\fR finding an error.\n\
.TP\n129, 130, 143\n\\fBimport onet\\fR stopped by SIGHUP, Ctrl\\-C or SIGTERM; every file it wrote is whole.\n",
    );
    roff.push_str(
        ".SH ENVIRONMENT\n\
.TP\nROLEDIFF_PATH\nFolders of role files, separated by colons, searched after the user's folder.\n\
.TP\nNO_COLOR\nAny value turns colour off, unless \\-\\-color always.\n\
.TP\nCLICOLOR\n0 turns colour off, unless \\-\\-color always or CLICOLOR_FORCE.\n\
.TP\nCLICOLOR_FORCE\nAny value but 0 turns colour on, even in a pipe.\n\
.TP\nTERM\ndumb turns colour off, unless \\-\\-color always or CLICOLOR_FORCE.\n\
.TP\nCOLUMNS\nThe width to wrap tables to, when \\-\\-width is not given.\n\
.TP\nXDG_CONFIG_HOME\nThe user's roles are in $XDG_CONFIG_HOME/rolediff/roles (default ~/.config/rolediff/roles).\n\
.TP\nXDG_CACHE_HOME\nLarge roles folders keep a cache in $XDG_CACHE_HOME/rolediff (default ~/.cache/rolediff).\n",
    );
    roff.push_str(
        ".SH FILES\n\
.TP\n~/.config/rolediff/roles/*.yaml\nThe user's role files; a vocabulary.yaml there extends the vocabulary of synonyms.\n\
.TP\n~/.cache/rolediff/\nThe cache of parsed roles of large folders; safe to delete.\n",
    );
    roff.push_str(".SH \"SEE ALSO\"\n");
    let pages: Vec<String> = EXAMPLES
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| Some(*name) != subcommand)
        .map(|name| format!("\\fBrolediff\\-{}\\fR(1)", roff_text(name)))
        .chain(subcommand.map(|_| "\\fBrolediff\\fR(1)".to_owned()))
        .collect();
    roff.push_str(&pages.join(", "));
    roff.push('\n');
    roff
}

/// Text safe in roff: backslashes and hyphens escaped, no line starting with a dot.
fn roff_text(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}
