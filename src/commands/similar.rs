//! `similar ROLE`: every other role of the library, most similar first.

use std::io::Write;

use crate::analysis::find::FindIndex;
use crate::analysis::related::{Neighbour, document_neighbours, neighbours};
use crate::analysis::similarity::SimilarityIndex;
use crate::cli::SimilarArgs;
use crate::error::{EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::output;
use crate::role::Role;
use crate::role::head::Head;
use crate::terminal::Terminal;

/// Ranks the roles of the library by their similarity to the role of `args`.
pub fn similar(
    library: &mut Library,
    args: &SimilarArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let target = library.resolve(&args.role)?;
    // A role the library holds is ranked from the library's index (a posting never is
    // one); a posting or a role file from elsewhere is ranked among the roles with it.
    let ranked = if library.holds(&target) {
        let (heads, index) = library.similarity_index();
        heads
            .iter()
            .position(|head| head.id == target.id && head.source == target.source)
            .map(|position| neighbours(&index, &heads, position, args.top))
    } else {
        None
    };
    let neighbours = match ranked {
        Some(neighbours) => neighbours,
        None => ranked_with(library, &target, args.top),
    };
    output::render_similar(&target.title, &neighbours, args.format, terminal, out)?;
    Ok(EXIT_SUCCESS)
}

/// The `top` roles most like `target`, ranked among every role of the library with it.
fn ranked_with(library: &mut Library, target: &Role, top: usize) -> Vec<Neighbour> {
    let is_posting = library.is_posting(target);
    let (roles, position) = super::with_role(library.load_all(), target.clone());
    let index = SimilarityIndex::build(&roles);
    let heads: Vec<Head> = roles.iter().map(Head::from).collect();
    // A posting or CV is also searched for as a document, by its title and its text,
    // among the roles of the library: with `find --file`'s index, kept between runs.
    if is_posting {
        let (indexed, find) = library.document_index();
        let find = if indexed.len() == position
            && indexed
                .iter()
                .zip(&heads)
                .all(|(one, other)| one.id == other.id)
        {
            find
        } else {
            FindIndex::build_for_documents(&roles[..position])
        };
        document_neighbours(&index, &find, &heads, &roles[position], position, top)
    } else {
        neighbours(&index, &heads, position, top)
    }
}
