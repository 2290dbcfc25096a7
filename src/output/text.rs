//! Making text from role files safe to print: control characters and the invisible
//! characters that reorder or hide text escaped, so that a hostile title cannot clear the
//! screen, write to the clipboard, break a line-based format or show other text than it is.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must not reach a terminal raw: C0 and C1 controls and DEL, the Unicode bidi
/// controls (which reorder what follows them), and the invisible format characters
/// (zero-width spaces and joiners, line and paragraph separators, the byte-order mark).
#[must_use]
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206f}'
                | '\u{feff}'
                | '\u{fff9}'..='\u{fffb}'
        )
}

/// `text` with every [unsafe character](is_unsafe_char) shown as an escape: `\n`, `\t`,
/// `\x1b`, `\u{202e}`. Every text from a role file or a posting passes here on its way
/// to a terminal.
#[must_use]
pub fn escape_control(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
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
            c if is_unsafe_char(c) => {
                let _ = write!(escaped, "\\u{{{:04x}}}", u32::from(c));
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

/// A TSV field: backslash escaped as `\\`, then every unsafe character as
/// [`escape_control`] writes it (tab, newline and carriage return as `\t`, `\n`, `\r`),
/// so that a field stays on one line and in its column.
#[must_use]
pub fn escape_tsv(text: &str) -> Cow<'_, str> {
    if !text.contains('\\') {
        return escape_control(text);
    }
    Cow::Owned(escape_control(&text.replace('\\', "\\\\")).into_owned())
}

/// A CSV field: line breaks and tabs are kept (RFC 4180 quoting carries them), every other
/// unsafe character is escaped as [`escape_control`] writes it.
#[must_use]
pub fn escape_csv(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| is_unsafe_char(c) && c != '\n' && c != '\t')
    {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for part in text.split_inclusive(['\n', '\t']) {
        let kept = part.strip_suffix(['\n', '\t']).unwrap_or(part);
        escaped.push_str(&escape_control(kept));
        escaped.push_str(&part[kept.len()..]);
    }
    Cow::Owned(escaped)
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
    fn bidi_and_invisible_characters_are_made_visible() {
        assert_eq!(escape_control("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(
            escape_control("a\u{200b}b\u{2066}c\u{feff}"),
            "a\\u{200b}b\\u{2066}c\\u{feff}"
        );
        assert_eq!(escape_control("a\u{2028}b"), "a\\u{2028}b");
        assert_eq!(escape_control("é ü 日本 → ✓"), "é ü 日本 → ✓");
    }

    #[test]
    fn tsv_escapes_every_control_character() {
        assert_eq!(
            escape_tsv("a\x1b]52;c\x07\u{202e}"),
            "a\\x1b]52;c\\x07\\u{202e}"
        );
    }

    #[test]
    fn csv_keeps_line_breaks_and_escapes_the_rest() {
        assert_eq!(
            escape_csv("a\nb\tc\x1b[31m\u{202e}"),
            "a\nb\tc\\x1b[31m\\u{202e}"
        );
        assert_eq!(escape_csv("plain, \"quoted\""), "plain, \"quoted\"");
    }

    #[test]
    fn tsv_fields_stay_on_one_line() {
        assert_eq!(escape_tsv("a\tb\nc\\d"), "a\\tb\\nc\\\\d");
    }
}
