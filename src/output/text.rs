//! Making text from role files safe to print: control characters escaped, so that a
//! hostile title cannot clear the screen or break a line-based format.

use std::borrow::Cow;
use std::fmt::Write as _;

/// `text` with control characters (C0, DEL, C1) shown as escapes: `\n`, `\t`, `\x1b`.
#[must_use]
pub fn escape_control(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => escaped.push_str("\\n"),
            '\r' => escaped.push_str("\\r"),
            '\t' => escaped.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(escaped, "\\x{:02x}", u32::from(c));
            }
            c => escaped.push(c),
        }
    }
    Cow::Owned(escaped)
}

/// Like [`escape_control`], but keeps line breaks: for messages of several lines.
#[must_use]
pub fn escape_control_lines(text: &str) -> String {
    text.split('\n')
        .map(escape_control)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A TSV field: backslash, tab, newline and carriage return escaped as `\\`, `\t`, `\n`, `\r`.
#[must_use]
pub fn escape_tsv(text: &str) -> Cow<'_, str> {
    if !text.contains(['\\', '\t', '\n', '\r']) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.replace('\\', "\\\\")
            .replace('\t', "\\t")
            .replace('\n', "\\n")
            .replace('\r', "\\r"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_made_visible() {
        assert_eq!(escape_control("a\x1b[2Jb\x07"), "a\\x1b[2Jb\\x07");
        assert_eq!(escape_control("x\u{9b}y"), "x\\x9by");
        assert_eq!(escape_control("plain"), "plain");
    }

    #[test]
    fn tsv_fields_stay_on_one_line() {
        assert_eq!(escape_tsv("a\tb\nc\\d"), "a\\tb\\nc\\\\d");
    }
}
