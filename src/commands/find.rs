//! `find TEXT...`: every role ranked by how well it fits a text in a person's own words.

use std::io::Write;

use crate::analysis::diff::round;
use crate::analysis::find::FindIndex;
use crate::cli::FindArgs;
use crate::error::{EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::output::{self, Found};
use crate::terminal::Terminal;

/// Ranks the roles of the library by how well they fit the text of `args`.
pub fn find(
    library: &mut Library,
    args: &FindArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let text = args.text.join(" ");
    let roles = library.load_all();
    let index = FindIndex::build(&roles);
    let found: Vec<Found> = index
        .search(&text)
        .into_iter()
        .take(args.top)
        .map(|(role, score)| Found {
            id: roles[role].id.clone(),
            title: roles[role].title.clone(),
            score: round(score),
        })
        .collect();
    output::render_find(&text, &found, args.format, terminal, out)?;
    Ok(EXIT_SUCCESS)
}
