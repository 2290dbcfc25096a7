//! `find TEXT...` and `find --file PATH`: every role ranked by how well it fits a text in a
//! person's own words, or a document (a posting, a CV).

use std::io::Write;
use std::path::Path;

use crate::analysis::diff::round;
use crate::analysis::find::{DocumentWeights, FindIndex, body_of};
use crate::cli::FindArgs;
use crate::error::{EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::output::{self, Found, Subject};
use crate::terminal::Terminal;

/// Ranks the roles of the library by how well they fit the text or document of `args`.
pub fn find(
    library: &mut Library,
    args: &FindArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let document = match (&args.file, args.text.as_slice()) {
        (Some(path), _) => Some((path.display().to_string(), library.read_document(path)?)),
        (None, [dash]) if dash == "-" => Some((
            "standard input".to_owned(),
            library.read_document(Path::new("-"))?,
        )),
        _ => None,
    };
    let roles = library.load_all();
    let index = FindIndex::build(&roles);
    let (ranked, subject) = if let Some((name, role)) = document {
        let ranked =
            index.search_document(&role.title, &body_of(&role), &DocumentWeights::default());
        let title = role.title;
        (ranked, Subject::Document { name, title })
    } else {
        let text = args.text.join(" ");
        (index.search(&text), Subject::Text(text))
    };
    let found: Vec<Found> = ranked
        .into_iter()
        .take(args.top)
        .map(|(role, score)| Found {
            id: roles[role].id.clone(),
            title: roles[role].title.clone(),
            score: round(score),
        })
        .collect();
    output::render_find(&subject, &found, args.format, terminal, out)?;
    Ok(EXIT_SUCCESS)
}
