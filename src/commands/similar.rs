//! `similar ROLE`: every other role of the library, most similar first.

use std::io::Write;

use crate::analysis::related::neighbours;
use crate::analysis::similarity::SimilarityIndex;
use crate::cli::SimilarArgs;
use crate::error::{EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::output;
use crate::terminal::Terminal;

/// Ranks the roles of the library by their similarity to the role of `args`.
pub fn similar(
    library: &mut Library,
    args: &SimilarArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let target = library.resolve(&args.role)?;
    let (roles, position) = super::with_role(library.load_all(), target);
    let index = SimilarityIndex::build(&roles);
    let neighbours = neighbours(&index, &roles, position, args.top);
    output::render_similar(
        &roles[position].title,
        &neighbours,
        args.format,
        terminal,
        out,
    )?;
    Ok(EXIT_SUCCESS)
}
