//! Job postings as roles: plain text or Markdown as people paste it, read into a role.
//!
//! The title is the first heading or first line. Headings people use open sections
//! ([`headings`]); their bullets, numbered items or sentences become items ([`lines`]).
//! Tools, certifications and industries are also recognised anywhere in the text from
//! the names the caller knows ([`names`]). What could not be read is said in warnings.

mod assemble;
pub mod headings;
mod lines;
mod lists;
pub mod names;

pub use names::KnownNames;

use std::path::Path;

use crate::error::Error;
use crate::role::Role;
use crate::role::parse::{MAX_ROLE_FILE_BYTES, position_of};

/// A posting read as a role, with what could not be read in it.
#[derive(Debug, Clone)]
pub struct Posting {
    pub role: Role,
    /// Each a sentence, without the file's name.
    pub warnings: Vec<String>,
}

/// Reads the posting `bytes` as the role `id`; `path` names it in errors. Empty text,
/// binary data, text over 1 MiB and text that is not UTF-8 are errors.
pub fn read_posting(
    bytes: &[u8],
    path: &Path,
    id: &str,
    known: &KnownNames,
) -> Result<Posting, Error> {
    let text = posting_text(bytes, path)?;
    Ok(assemble::posting(text, id, known))
}

/// The text of a posting, checked: at most 1 MiB, no NUL byte, UTF-8, not empty.
fn posting_text<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, Error> {
    let invalid = |position, message: &str, hint: &str| Error::InvalidPosting {
        path: path.to_owned(),
        position,
        message: message.to_owned(),
        hint: Some(hint.to_owned()),
    };
    if bytes.len() > MAX_ROLE_FILE_BYTES {
        return Err(invalid(
            None,
            "the posting is larger than 1 MiB, the limit",
            "keep the job's own text: its title, duties and requirements",
        ));
    }
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(invalid(
            Some(position_of(&bytes[..nul])),
            "not a text file: it holds binary data",
            "save the posting as plain text (.txt) or Markdown (.md)",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|err| {
        invalid(
            Some(position_of(&bytes[..err.valid_up_to()])),
            "the posting is not valid UTF-8",
            "save it as UTF-8",
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(invalid(
            None,
            "the posting is empty",
            "a posting needs at least a title line",
        ));
    }
    Ok(text)
}

/// Whether text on standard input is a role file rather than a posting: a role file has
/// a `title:` key at the top level.
#[must_use]
pub fn is_role_file_text(bytes: &[u8]) -> bool {
    bytes.split(|&b| b == b'\n').any(|line| {
        line.strip_prefix(b"\xef\xbb\xbf")
            .unwrap_or(line)
            .starts_with(b"title:")
    })
}

/// Whether a name on the command line is a posting's path: it ends in `.txt`, `.md` or
/// `.markdown`.
#[must_use]
pub fn is_posting_path(name: &str) -> bool {
    Path::new(&name.to_ascii_lowercase())
        .extension()
        .is_some_and(|ext| ext == "txt" || ext == "md" || ext == "markdown")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(bytes: &[u8]) -> String {
        read_posting(bytes, Path::new("p.txt"), "p", &KnownNames::default())
            .expect_err("an error")
            .to_string()
    }

    /// The summary of the role read from `text`, and the role.
    fn everything_but_headings(text: &str) -> (String, Role) {
        let role = read_posting(
            text.as_bytes(),
            Path::new("p.md"),
            "p",
            &KnownNames::default(),
        )
        .expect("a posting")
        .role;
        (role.summary.clone().unwrap_or_default(), role)
    }

    #[test]
    fn no_heading_of_any_shape_leaks_into_the_summary_or_the_items() {
        // Each heading shape with prose after it, so that a heading not taken for one
        // becomes part of the summary.
        for heading in [
            "## Requirements",
            "Requirements:",
            "**Requirements**",
            "Requirements\n============",
            "Requirements\n------------",
            "Key requirements",
        ] {
            let text = format!(
                "Data Analyst\n\nWe are a small team in Leeds.\n\n{heading}\n- Strong SQL and Excel skills\n- A degree in statistics\n"
            );
            let (summary, role) = everything_but_headings(&text);
            assert!(!summary.contains("equirements"), "{heading:?}: {summary:?}");
            let items: Vec<&str> = role
                .skills
                .iter()
                .chain(&role.education)
                .chain(&role.responsibilities)
                .map(|item| item.name.as_str())
                .collect();
            assert!(
                items.iter().all(|item| !item.contains("equirements")),
                "{heading:?}: {items:?}"
            );
            assert!(
                role.skills.iter().any(|item| item.name.contains("SQL")),
                "{heading:?}: the list under it is requirements: {items:?}"
            );
        }
    }

    #[test]
    fn bad_input_is_an_error_with_a_hint() {
        assert!(error_of(b"").contains("p.txt: the posting is empty"));
        assert!(error_of(b" \n\t\n").contains("the posting is empty"));
        assert!(error_of(b"Title\n\x00\x01binary").starts_with("p.txt:2:1: not a text file"));
        assert!(error_of(b"Title\n\xff").starts_with("p.txt:2:1: the posting is not valid UTF-8"));
        let large = vec![b'a'; MAX_ROLE_FILE_BYTES + 1];
        assert!(error_of(&large).contains("larger than 1 MiB"));
    }

    #[test]
    fn role_files_and_postings_on_stdin_are_told_apart() {
        assert!(is_role_file_text(b"# a role\ntitle: X\n"));
        assert!(is_role_file_text(b"\xef\xbb\xbftitle: X\n"));
        assert!(!is_role_file_text(b"Data Analyst\nRequirements:\n- SQL\n"));
        assert!(!is_role_file_text(b"Job title: Data Analyst\n"));
    }

    #[test]
    fn posting_paths() {
        assert!(is_posting_path("job.txt"));
        assert!(is_posting_path("JOB.MD"));
        assert!(!is_posting_path("job.yaml"));
        assert!(!is_posting_path("data-analyst"));
    }
}
