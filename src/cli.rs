//! The command line: commands, options and formats (clap derive). Doc comments here are
//! the `--help` text.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::analysis::diff::Relation;
use crate::output::{
    CompareFormat, FindFormat, GapFormat, ListFormat, MatrixFormat, ShowFormat, SimilarFormat,
};
use crate::role::section::Section;
use crate::terminal::ColorWhen;

/// The environment variable under which a shell asks for completions (clap's protocol);
/// `COMPLETE` alone is used by other tools, so a session that sets it is not ours.
pub const COMPLETE_VAR: &str = "ROLEDIFF_COMPLETE";

/// The version and the commit it was built from: `0.1.0 (commit 1a2b3c4d5e6f)`.
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("ROLEDIFF_COMMIT"),
    ")"
);

/// Compare job roles: what two roles share and what is unique to each.
///
/// A role is named by its id (`ml-engineer`), one of its aliases, or a path to a YAML
/// role file. Roles come from the built-in library, then ~/.config/rolediff/roles, then
/// each folder of `ROLEDIFF_PATH`, then each --roles-dir; later sources win.
#[derive(Debug, Parser)]
#[command(name = "rolediff", version = VERSION, max_term_width = 100)]
pub struct Cli {
    /// Also read role files (*.yaml) from this folder; repeatable, later folders win.
    #[arg(long = "roles-dir", value_name = "DIR", global = true, hide = true)]
    pub roles_dirs: Vec<PathBuf>,

    /// When to colour the output.
    #[arg(long, value_name = "WHEN", value_enum, default_value_t = ColorWhen::Auto, global = true, hide = true)]
    pub color: ColorWhen,

    /// Wrap tables to N columns (default: `COLUMNS`, then the terminal's width; piped
    /// output is not wrapped unless one of these asks).
    #[arg(long, value_name = "N", global = true, hide = true, value_parser = clap::value_parser!(u16).range(1..))]
    pub width: Option<u16>,

    #[command(subcommand)]
    pub command: Command,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare two roles section by section: shared (=), similar (~), only in A (-), only in B (+).
    ///
    /// The overlap of two roles is the share of their items that match: shared items, and
    /// similar ones weighted by their score, over all the items of both (JSON calls it
    /// `similarity`).
    Compare(CompareArgs),
    /// List the roles available and where each comes from; PATTERN filters them.
    List(ListArgs),
    /// Show one role in full.
    Show(ShowArgs),
    /// Rank every role by how well it fits a text: a job title, a sentence, a posting (exit
    /// status 1 when no role fits a typed text well).
    Find(FindArgs),
    /// Rank every other role by similarity to ROLE.
    ///
    /// The similarity of two roles compares the words of their titles, work, skills, tools
    /// and background, each word weighted by how rare it is in the library loaded, so it
    /// changes with the library; it is not the item overlap of `compare`.
    Similar(SimilarArgs),
    /// What moving from FROM to TO asks: what carries over, what to learn.
    ///
    /// An item of FROM covers a requirement of TO only if FROM holds all of it: each thing
    /// it asks for ("Docker and Git" asks for both, "Python or R" for one), most of a
    /// thing's words, and a product by itself (SQL Server does not cover SSMS).
    Gap(GapArgs),
    /// Pairwise similarity of the named roles, or of all roles when none are named.
    ///
    /// The similarity is that of `similar`: words weighted by how rare they are in the
    /// library loaded, so the same two roles can score differently in another library.
    Matrix(MatrixArgs),
    /// Check role files: the given ones, or every role from every source when none are given.
    Validate(ValidateArgs),
    /// Turn an occupation database into role files.
    #[command(subcommand)]
    Import(ImportSource),
    /// Print the JSON Schema of the role file, for editors.
    Schema,
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Print the man page (roff); with --dir, write one page per subcommand.
    Man(ManArgs),
}

/// Options of `similar`.
#[derive(Debug, Args)]
pub struct SimilarArgs {
    /// The role: an id, an alias or a path to a role file.
    #[arg(add = ArgValueCandidates::new(role_ids))]
    pub role: String,

    /// How many roles to show.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = SimilarFormat::Table)]
    pub format: SimilarFormat,
}

/// Options of `gap`.
#[derive(Debug, Args)]
pub struct GapArgs {
    /// The role you come from: an id, an alias, or a role file of your own profile.
    #[arg(add = ArgValueCandidates::new(role_ids))]
    pub from: String,

    /// The role you aim for.
    #[arg(add = ArgValueCandidates::new(role_ids))]
    pub to: String,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = GapFormat::Table)]
    pub format: GapFormat,

    /// Show at most N items to learn in each section (the most important ones).
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,

    /// Count only items that are the same as covered: no similar tier.
    #[arg(long, conflicts_with = "threshold")]
    pub exact: bool,

    /// Score from 0 to 1 at or above which two items are similar [default: 0.7].
    #[arg(long, value_name = "X", value_parser = parse_threshold)]
    pub threshold: Option<f64>,

    /// Say why each near match covers its requirement: the concepts both name, rarest
    /// first (JSON: a `because` list on the item; TSV and CSV: a `because` column).
    #[arg(long, conflicts_with = "exact")]
    pub explain: bool,
}

/// Options of `matrix`.
#[derive(Debug, Args)]
pub struct MatrixArgs {
    /// The roles; all roles when none are given.
    #[arg(value_name = "ROLE", add = ArgValueCandidates::new(role_ids))]
    pub roles: Vec<String>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = MatrixFormat::Table)]
    pub format: MatrixFormat,
}

/// Databases `import` reads.
#[derive(Debug, Subcommand)]
pub enum ImportSource {
    /// Import the O*NET database (text release): one role file per occupation.
    Onet(OnetArgs),
}

/// Options of `import onet`.
#[derive(Debug, Args)]
pub struct OnetArgs {
    /// The folder of the O*NET text release (with `Occupation Data.txt`).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// The folder to write role files to; created if missing.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// Overwrite role files that already exist.
    #[arg(long)]
    pub force: bool,
}

/// Options of `validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Role files to check; with none, every role of the library and the roles folders.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Options of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Options of `find`.
#[derive(Debug, Args)]
pub struct FindArgs {
    /// The text, in words of your own: a job title ("sustainability manager") or a longer
    /// description of the work. `-` reads a document from standard input, as --file does.
    #[arg(value_name = "TEXT", required_unless_present = "file", num_args = 1..)]
    pub text: Vec<String>,

    /// A document to find roles for: a job posting or a CV (plain text or Markdown), or a
    /// role file. Its title is weighed against the roles' names and its body against their
    /// work, so a whole posting never fits worse than its title alone.
    #[arg(long, value_name = "PATH", conflicts_with = "text")]
    pub file: Option<PathBuf>,

    /// How many roles to show.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = FindFormat::Table)]
    pub format: FindFormat,
}

/// Options of `man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write `rolediff.1` and one page per subcommand (`rolediff-compare.1`, ...) into DIR
    /// instead of printing the main page.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Replace pages (or anything else of their names) already in DIR.
    #[arg(long, requires = "dir")]
    pub force: bool,
}

/// Options of `compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The first role: an id, an alias or a path to a role file.
    #[arg(value_name = "A", add = ArgValueCandidates::new(role_ids))]
    pub a: String,

    /// The second role: an id, an alias or a path to a role file.
    #[arg(value_name = "B", add = ArgValueCandidates::new(role_ids))]
    pub b: String,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,

    /// Compare only this section; repeatable. The overall score covers the sections compared.
    #[arg(long = "section", short = 's', value_name = "NAME", value_enum)]
    pub sections: Vec<SectionArg>,

    /// Show only these rows: shared, similar, a (only in A), b (only in B); repeatable.
    /// Scores still cover every item.
    #[arg(long, value_name = "RELATION", value_enum)]
    pub only: Vec<RelationArg>,

    /// Exit with 1 when the roles differ in the compared sections, 0 when they do not.
    #[arg(long)]
    pub exit_code: bool,

    /// Match items only by their normal form, `aka` and the vocabulary: no similar tier.
    #[arg(long, conflicts_with = "threshold")]
    pub exact: bool,

    /// Score from 0 to 1 at or above which two items count as similar (default 0.7).
    #[arg(long, value_name = "X", value_parser = parse_threshold)]
    pub threshold: Option<f64>,

    /// Say why: under the heading, how much the two roles ask for the same things and the
    /// concepts that count most in it; after each similar pair's score, the concepts both
    /// items name, rarest first (`~ a => b (0.83; python, pandas)`; JSON: `concepts` and a
    /// `because` list on each similar pair; TSV and CSV: a `because` column).
    #[arg(long, conflicts_with = "exact")]
    pub explain: bool,
}

/// Options of `list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the roles whose id, title or an alias contains PATTERN (case-insensitive).
    #[arg(value_name = "PATTERN")]
    pub pattern: Option<String>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,

    /// Show every alias and whole paths in the table (a table that fits a terminal shows the
    /// first aliases, `+N more`, and each file by its folder).
    #[arg(long)]
    pub all: bool,
}

/// Options of `show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The role: an id, an alias or a path to a role file.
    #[arg(add = ArgValueCandidates::new(role_ids))]
    pub role: String,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ShowFormat::Table)]
    pub format: ShowFormat,

    /// Show every alias in the table (a table that fits a terminal shows the first aliases
    /// and how many more).
    #[arg(long)]
    pub all: bool,
}

/// A threshold: a number from 0 to 1.
fn parse_threshold(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .parse()
        .map_err(|_| format!("`{text}` is not a number"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is outside 0 to 1"))
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}

/// A section, as `--section` takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SectionArg {
    /// What the role does.
    Responsibilities,
    /// What the role needs to know or be able to do.
    Skills,
    /// Typical degrees and studies.
    Education,
    /// Certifications.
    Certifications,
    /// Tools and software.
    Tools,
    /// Industries where the role is common.
    Industries,
    /// Practical tips for getting started.
    Tips,
}

impl From<SectionArg> for Section {
    fn from(arg: SectionArg) -> Section {
        match arg {
            SectionArg::Responsibilities => Section::Responsibilities,
            SectionArg::Skills => Section::Skills,
            SectionArg::Education => Section::Education,
            SectionArg::Certifications => Section::Certifications,
            SectionArg::Tools => Section::Tools,
            SectionArg::Industries => Section::Industries,
            SectionArg::Tips => Section::Tips,
        }
    }
}

/// A kind of row, as `--only` takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RelationArg {
    /// Items both roles have.
    Shared,
    /// Items that are the same thing in other words.
    Similar,
    /// Items only the first role has.
    A,
    /// Items only the second role has.
    B,
}

impl From<RelationArg> for Relation {
    fn from(arg: RelationArg) -> Relation {
        match arg {
            RelationArg::Shared => Relation::Shared,
            RelationArg::Similar => Relation::Similar,
            RelationArg::A => Relation::A,
            RelationArg::B => Relation::B,
        }
    }
}

/// Real examples of each subcommand: (command line, what it does). They end each
/// subcommand's `--help` and fill the EXAMPLES section of its man page.
pub const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    (
        "compare",
        &[
            (
                "rolediff compare data-manager ml-engineer",
                "Compare the two roles of the seed article, section by section.",
            ),
            (
                "rolediff compare data-manager data-engineer --only b --section skills",
                "The skills a data engineer needs that a data manager's role does not list.",
            ),
            (
                "rolediff compare data-manager ml-engineer --format json | jq .similarity",
                "The overlap of the two roles, for a script.",
            ),
        ],
    ),
    (
        "list",
        &[
            ("rolediff list", "Every role, with where it comes from."),
            (
                "rolediff list data",
                "The roles whose id, title or alias contains `data`.",
            ),
            ("rolediff list --format tsv | cut -f1", "Only the ids."),
        ],
    ),
    (
        "show",
        &[
            ("rolediff show data-manager", "One role in full."),
            (
                "rolediff show machine-learning-software-engineer --format json",
                "A role named by an alias, as JSON.",
            ),
        ],
    ),
    (
        "find",
        &[
            (
                "rolediff find machine learning engineer",
                "The roles a job title in your own words may mean.",
            ),
            (
                "rolediff find keeps the data of an organisation correct, safe and usable --top 3",
                "The roles that fit a description of the work.",
            ),
        ],
    ),
    (
        "similar",
        &[
            (
                "rolediff similar data-manager",
                "The ten roles most like a data manager's.",
            ),
            (
                "rolediff similar ml-engineer --top 3 --format csv",
                "The three nearest, as CSV.",
            ),
        ],
    ),
    (
        "gap",
        &[
            (
                "rolediff gap data-manager ml-engineer",
                "What carries over from a data manager's role to an ML engineer's, and what to learn.",
            ),
            (
                "rolediff gap me.yaml data-engineer --format markdown",
                "The same from a profile of your own, as Markdown.",
            ),
        ],
    ),
    (
        "matrix",
        &[
            (
                "rolediff matrix data-manager data-engineer data-scientist",
                "The similarity of every pair of three roles.",
            ),
            (
                "rolediff matrix --format csv",
                "Every pair of every role, as CSV.",
            ),
        ],
    ),
    (
        "validate",
        &[
            ("rolediff validate", "Check every role of every source."),
            ("rolediff validate my-role.yaml", "Check one file."),
        ],
    ),
    (
        "import",
        &[(
            "rolediff import onet db_30_1_text --out ~/.config/rolediff/roles",
            "Turn the O*NET text release into about a thousand role files.",
        )],
    ),
    (
        "schema",
        &[(
            "rolediff schema > role.schema.json",
            "The JSON Schema of role files, for an editor's YAML language server.",
        )],
    ),
    (
        "completions",
        &[(
            "rolediff completions bash > ~/.local/share/bash-completion/completions/rolediff",
            "Completion of subcommands, options and role ids in bash.",
        )],
    ),
    (
        "man",
        &[
            ("rolediff man | man -l -", "Read the main page."),
            (
                "rolediff man --dir ~/.local/share/man/man1",
                "Install every page.",
            ),
            (
                "rolediff man --dir ~/.local/share/man/man1 --force",
                "Install them again over older pages.",
            ),
        ],
    ),
];

/// The options every subcommand takes, described once in the main `--help`.
const GLOBAL_OPTIONS: [&str; 3] = ["roles_dirs", "color", "width"];

/// The examples of `subcommand` as `--help` ends with them.
fn examples_help(examples: &[(&str, &str)]) -> String {
    let mut text = String::from("Examples:\n");
    for (line, what) in examples {
        let _ = writeln!(text, "  {line}\n      {what}");
    }
    text.push_str(
        "\nGlobal options (--roles-dir, --color, --width) go with every command; see `rolediff --help`.",
    );
    text
}

/// The global options, described once: at the end of the main `--help`. Each subcommand
/// takes them too, and its help points here rather than repeating them.
const GLOBAL_OPTIONS_HELP: &str = "Global options (before or after any command):
      --roles-dir <DIR>  Also read role files from this folder; repeatable, later folders win
      --color <WHEN>     When to colour: auto (a terminal, unless NO_COLOR, CLICOLOR=0 or TERM=dumb;
                         CLICOLOR_FORCE forces it), always, never [default: auto]
      --width <N>        Wrap tables to N columns (default: COLUMNS, then the terminal's width;
                         piped output is not wrapped unless one of these asks)";

/// The command line as `rolediff` parses it: the derived one, with the global options
/// described once in the main help, and each subcommand's help ending with its examples.
#[must_use]
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    with_examples(Cli::command().after_help(GLOBAL_OPTIONS_HELP))
}

/// The command line with the global options listed like any other option, in every
/// subcommand: what shell completions and the man pages describe.
#[must_use]
pub fn full_command() -> clap::Command {
    use clap::CommandFactory;
    let cmd = GLOBAL_OPTIONS.iter().fold(Cli::command(), |cmd, id| {
        cmd.mut_arg(*id, |arg| arg.hide(false))
    });
    with_examples(cmd)
}

/// `cmd` with each subcommand's examples at the end of its help.
fn with_examples(mut cmd: clap::Command) -> clap::Command {
    for (name, examples) in EXAMPLES {
        cmd = cmd.mut_subcommand(name, |sub| sub.after_help(examples_help(examples)));
    }
    cmd
}

/// The ids of every role of the built-in library, the user's folder and `ROLEDIFF_PATH`,
/// each with its title: what the shell completes a role argument with. A library that
/// cannot be read completes nothing rather than fail the shell.
fn role_ids() -> Vec<CompletionCandidate> {
    let Ok(library) =
        crate::library::Library::discover(&crate::library::Folder::from_environment(&[]), None)
    else {
        return Vec::new();
    };
    library.ids().map(CompletionCandidate::new).collect()
}
