//! Job postings as roles: plain text or Markdown as people paste it, read into a role.
//!
//! The title is the first heading or first line. Headings people use open sections
//! ([`headings`]); their bullets, numbered items or sentences become items ([`lines`]).
//! Tools, certifications and industries are also recognised anywhere in the text from
//! the names the caller knows ([`names`]). What could not be read is said in warnings.
//! A posting pasted as HTML is first read as the text it shows ([`html`]).

mod assemble;
pub(crate) mod duties;
pub mod headings;
mod html;
mod lines;
mod lists;
pub mod names;

pub use names::KnownNames;

use std::borrow::Cow;
use std::path::Path;

use crate::error::{Error, Position};
use crate::role::Role;
use crate::role::parse::{MAX_ROLE_FILE_BYTES, position_of};
use crate::role::shape::refused_shape;

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
    Ok(assemble::posting(&text, id, known))
}

/// The text of a posting, checked: at most 1 MiB, no NUL byte, UTF-8 (or UTF-16 with its
/// byte order mark), not empty; its line ends made `\n` whichever system wrote them.
fn posting_text<'a>(bytes: &'a [u8], path: &Path) -> Result<Cow<'a, str>, Error> {
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
    if let Some(utf16) = utf16_text(bytes) {
        let text = utf16.map_err(|before| {
            invalid(
                Some(position_of(before.as_bytes())),
                "the posting is UTF-16 with a character that is not valid",
                "save it as UTF-8 (or as valid UTF-16)",
            )
        })?;
        return checked_text(Cow::Owned(text), &invalid);
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
    checked_text(Cow::Borrowed(text), &invalid)
}

/// Decoded text that is not empty, with `\r\n` and a lone `\r` (old Mac files) made `\n`.
fn checked_text<'a>(
    text: Cow<'a, str>,
    invalid: &dyn Fn(Option<Position>, &str, &str) -> Error,
) -> Result<Cow<'a, str>, Error> {
    if text.trim().is_empty() {
        return Err(invalid(
            None,
            "the posting is empty",
            "a posting needs at least a title line",
        ));
    }
    if !text.contains('\r') {
        return Ok(text);
    }
    Ok(Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n")))
}

/// The text of bytes that start with a UTF-16 byte order mark (little or big endian); where
/// it stops being valid UTF-16 (or holds a NUL), the text before that as the error. `None`
/// for bytes without the mark.
fn utf16_text(bytes: &[u8]) -> Option<Result<String, String>> {
    let (little, body) = match bytes {
        [0xff, 0xfe, body @ ..] => (true, body),
        [0xfe, 0xff, body @ ..] => (false, body),
        _ => return None,
    };
    let units = body.chunks(2).map(|pair| match pair {
        [a, b] if little => u16::from_le_bytes([*a, *b]),
        [a, b] => u16::from_be_bytes([*a, *b]),
        // An odd byte at the end is no whole character: a lone low surrogate says so.
        _ => 0xdc00,
    });
    let mut text = String::with_capacity(body.len() / 2);
    for unit in char::decode_utf16(units) {
        match unit {
            Ok('\0') | Err(_) => return Some(Err(text)),
            Ok(c) => text.push(c),
        }
    }
    Some(Ok(text))
}

/// Whether a document (standard input, `find --file`) is a role file rather than a
/// posting: it parses as a YAML mapping with a `title`, in block or flow style. Text the
/// YAML reader refuses to parse at all (nested too deep, aliases) is a role file when a
/// line starts with `title:`, so that its error says why.
#[must_use]
pub fn is_role_file_text(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if refused_shape(text).is_some() {
        return text.lines().any(|line| line.starts_with("title:"));
    }
    matches!(
        serde_yaml::from_str::<serde_yaml::Value>(text),
        Ok(serde_yaml::Value::Mapping(mapping)) if mapping.contains_key("title")
    )
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
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]
        /// Any line of brackets, links and tags, however long (under the 1 MiB limit), is
        /// read in one pass: a hang here is a quadratic stage of the reader.
        #[test]
        fn any_line_of_brackets_finishes(
            piece in prop::sample::select(vec!["[", "](x)", "[Remote] ", "[a](", "(", ")", "]", "![x](y) ", "**[", "`["]),
            other in prop::sample::select(vec!["", "[", "](x)", " SQL, ", "\\"]),
            // At most 9 * 60,000 + 6 * 20,000 bytes: under the limit, so always a posting.
            count in 1usize..60_000,
        ) {
            let line = format!("{}{}\n", piece.repeat(count), other.repeat(count / 3));
            let text = format!("Data Engineer\n\nRequirements:\n{line}- SQL\n");
            let role = read_posting(text.as_bytes(), Path::new("p.txt"), "p", &KnownNames::default())
                .expect("a posting")
                .role;
            // The line after the brackets is read as ever.
            prop_assert!(role.skills.iter().any(|item| item.name == "SQL"));
        }
    }

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
    fn an_indented_line_goes_on_with_its_bullet_unless_the_bullet_ended_a_sentence() {
        let (_, role) = everything_but_headings(
            "Data Analyst\n\nResponsibilities\n- Build reports for the\n  finance team\n\
             - Produce clear documentation.\n BS in Computer Science\n",
        );
        let names = |items: &[crate::role::Item]| -> Vec<String> {
            items.iter().map(|item| item.name.clone()).collect()
        };
        assert_eq!(
            names(&role.responsibilities),
            [
                "Build reports for the finance team",
                "Produce clear documentation"
            ]
        );
        assert_eq!(names(&role.education), ["BS in Computer Science"]);
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

    fn read(bytes: &[u8]) -> Role {
        read_posting(bytes, Path::new("p.txt"), "p", &KnownNames::default())
            .expect("a posting")
            .role
    }

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        let mut bytes = if little {
            vec![0xff, 0xfe]
        } else {
            vec![0xfe, 0xff]
        };
        for unit in text.encode_utf16() {
            bytes.extend(if little {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        bytes
    }

    #[test]
    fn line_ends_of_every_system_and_utf16_read_alike() {
        let text = "Data Analyst\n\nRequirements\n- SQL and Excel skills\n- Statistics knowledge\n";
        let expected = read(text.as_bytes());
        assert_eq!(expected.skills.len(), 2, "{expected:?}");
        for variant in [
            text.replace('\n', "\r\n").into_bytes(),
            text.replace('\n', "\r").into_bytes(),
            utf16(text, true),
            utf16(text, false),
            utf16(&format!("\u{feff}{}", text.replace('\n', "\r\n")), true)[2..].to_vec(),
        ] {
            assert_eq!(format!("{:?}", read(&variant)), format!("{expected:?}"));
        }
    }

    #[test]
    fn utf16_that_is_not_valid_is_refused_naming_utf16_and_where() {
        let mut bytes = utf16("Data Analyst\nSQL", true);
        bytes.extend([0x00, 0xd8]); // a high surrogate with nothing after it
        let message = error_of(&bytes);
        assert!(message.contains("UTF-16"), "{message}");
        assert!(message.contains(":2:4"), "line 2, after `SQL`: {message}");
        let mut odd = utf16("Data Analyst", false);
        odd.push(b'x');
        assert!(error_of(&odd).contains("UTF-16"));
    }

    #[test]
    fn a_posting_of_exactly_the_limit_is_read_and_one_byte_more_is_not() {
        let mut text = b"Analyst\n\n".to_vec();
        text.resize(MAX_ROLE_FILE_BYTES, b'a');
        assert_eq!(read(&text).title, "Analyst");
        text.push(b'a');
        assert!(error_of(&text).contains("larger than 1 MiB"));
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
