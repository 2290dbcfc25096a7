//! `find TEXT...` and `find --file PATH`: every role ranked by how well it fits a text in a
//! person's own words, or a document (a posting, a CV).

use std::io::Write;
use std::path::Path;

use crate::analysis::diff::round;
use crate::analysis::find::{DocumentWeights, body_of};
use crate::cli::FindArgs;
use crate::error::{EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::output::{self, Found, Subject};
use crate::role::head::Head;
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
    // Only a document's body is searched by the roles' tools too, whose index costs more.
    let (roles, index) = if document.is_some() {
        library.document_index()
    } else {
        library.find_index()
    };
    let (ranked, subject) = if let Some((name, role)) = document {
        let ranked =
            index.search_document(&role.title, &body_of(&role), &DocumentWeights::default());
        let title = role.title;
        (ranked, Subject::Document { name, title })
    } else {
        if let [word] = args.text.as_slice()
            && Path::new(word).is_file()
        {
            library.warn(format!(
                "{word} is a file, searched for as words; to find the roles that fit the \
                 document, run `rolediff find --file {word}`"
            ));
        }
        let text = args.text.join(" ");
        let mut ranked = index.search(&text);
        // A text that is a role's id, title or alias names that role: it fits wholly.
        if let Some(named) = role_named(&roles, &text) {
            ranked.retain(|&(role, _)| role != named);
            ranked.insert(0, (named, 1.0));
        }
        (ranked, Subject::Text(text))
    };
    // A typed title is held to the floor; a sentence is matched mostly against the work,
    // and a document's scores are fused: both on other scales, with no floor.
    let is_title =
        matches!(&subject, Subject::Text(text) if text.split_whitespace().count() <= TITLE_WORDS);
    let weak = is_title && ranked.first().is_none_or(|&(_, score)| score < WEAK_FIT);
    let found: Vec<Found> = ranked
        .into_iter()
        .take(args.top)
        .map(|(role, score)| Found {
            id: roles[role].id.clone(),
            title: roles[role].title.clone(),
            score: round(score),
        })
        .collect();
    output::render_find(&subject, &found, weak, args.format, terminal, out)?;
    Ok(if weak { EXIT_NO_GOOD_FIT } else { EXIT_SUCCESS })
}

/// The best score of a typed text below which no role fits it well: the table says so and
/// the exit status is 1. Calibrated by `examples/find-floor.rs` on the ESCO titles and the
/// job ads' titles: at 0.30, 3.6% of the titles whose right occupation comes first are
/// called weak, and 11.7% of titles with no right role among the built-in ones (a chef, a
/// driver) are not; at 0.25 those are 0.9% and 21.8%, at 0.35 8.8% and 4.6%.
pub const WEAK_FIT: f64 = 0.30;

/// The most words of a text held to [`WEAK_FIT`]: a title, as the floor was calibrated on
/// (the ESCO titles and the ads' titles have 1 to 6 words, but for a few).
const TITLE_WORDS: usize = 6;

/// The exit status of `find` when no role fits the text well (as `grep` exits 1 when
/// nothing matches).
const EXIT_NO_GOOD_FIT: u8 = 1;

/// The role whose id, title or alias `text` is, by the naming rules; none when it names
/// none, or several at one rank.
fn role_named(roles: &[Head], text: &str) -> Option<usize> {
    let id = crate::library::named(roles, text).ok().flatten()?;
    roles.iter().position(|role| role.id == id)
}
