//! Making text from role files safe to print: control characters and the invisible
//! characters that reorder or hide text escaped, so that a hostile title cannot clear the
//! screen, write to the clipboard, break a line-based format or show other text than it is.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must not reach a terminal raw: C0 and C1 controls and DEL, the Unicode bidi
/// controls (which reorder what follows them), and the characters that show nothing
/// (zero-width spaces and joiners, line and paragraph separators, the byte-order mark, the
/// soft hyphen, the Hangul fillers, the musical formatting marks, the tag characters)
/// and so can hide text or make two names look alike.
#[must_use]
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00ad}'
                | '\u{034f}'
                | '\u{061c}'
                | '\u{115f}'..='\u{1160}'
                | '\u{17b4}'..='\u{17b5}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{3164}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff0}'..='\u{fffb}'
                | '\u{1bca0}'..='\u{1bca3}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0000}'..='\u{e0fff}'
        )
}

/// `text` with every [unsafe character](is_unsafe_char) shown as an escape: `\n`, `\t`,
/// `\x1b`, `\u{202e}`. Every text from a role file or a posting passes here on its way
/// to a terminal.
#[must_use]
pub fn escape_control(text: &str) -> Cow<'_, str> {
    // Printable ASCII, most text, is told at a glance; the rest character by character.
    let printable_ascii = text.bytes().all(|byte| (b' '..=b'~').contains(&byte));
    if printable_ascii || !text.chars().any(is_unsafe_char) {
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

/// Text for an HTML page, in an element or an attribute: every [unsafe
/// character](is_unsafe_char) shown as [`escape_control`] writes it, then `&`, `<`, `>`,
/// `"` and `'` as entities, so that role text is only ever text.
#[must_use]
pub fn escape_html(text: &str) -> String {
    let visible = escape_control(text);
    let mut escaped = String::with_capacity(visible.len() + 8);
    for c in visible.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
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

/// The widest line a table cell is given, in columns. The table library splits a longer
/// line in time that grows with the square of its length (a 900 KB item took seconds);
/// lines broken here first, in one pass, never reach that. Wider than any terminal, so
/// only items of tens of thousands of characters are ever broken.
pub const MAX_CELL_COLUMNS: usize = 16_384;

/// A table cell's text: escaped as [`escape_control`] does, and with no line wider than
/// [`MAX_CELL_COLUMNS`] (broken at the last space before it, or anywhere in a long word).
#[must_use]
pub fn table_cell(text: &str) -> String {
    let escaped = escape_control(text);
    // A text of fewer bytes than the limit cannot be wider: the usual case costs one check.
    if escaped.len() <= MAX_CELL_COLUMNS {
        return escaped.into_owned();
    }
    let mut cell = String::with_capacity(escaped.len() + escaped.len() / MAX_CELL_COLUMNS + 1);
    for (index, line) in escaped.split('\n').enumerate() {
        if index > 0 {
            cell.push('\n');
        }
        break_line(line, &mut cell);
    }
    cell
}

/// Appends `line` to `cell`, broken into lines of at most [`MAX_CELL_COLUMNS`] columns.
fn break_line(line: &str, cell: &mut String) {
    use unicode_width::UnicodeWidthChar;
    let mut start = 0;
    let mut width = 0;
    // The byte index of the last space of the current line, to break there.
    let mut last_space = None;
    for (index, c) in line.char_indices() {
        let char_width = c.width().unwrap_or(0);
        if width + char_width > MAX_CELL_COLUMNS {
            let end = last_space.filter(|&space| space > start).unwrap_or(index);
            cell.push_str(line[start..end].trim_end());
            cell.push('\n');
            start = if line[end..].starts_with(' ') {
                end + 1
            } else {
                end
            };
            width = line[start..index]
                .chars()
                .filter_map(UnicodeWidthChar::width)
                .sum();
            last_space = None;
        }
        if c == ' ' {
            last_space = Some(index);
        }
        width += char_width;
    }
    cell.push_str(&line[start..]);
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
        // Characters that show nothing: a soft hyphen, the Hangul fillers, a musical
        // formatting mark, a tag character.
        for (c, shown) in [
            ('\u{ad}', "\\u{00ad}"),
            ('\u{115f}', "\\u{115f}"),
            ('\u{3164}', "\\u{3164}"),
            ('\u{ffa0}', "\\u{ffa0}"),
            ('\u{1d173}', "\\u{1d173}"),
            ('\u{e0041}', "\\u{e0041}"),
        ] {
            assert_eq!(escape_control(&format!("a{c}b")), format!("a{shown}b"));
        }
        // Emoji and their presentation selector are text.
        assert_eq!(
            escape_control("é ü 日本 → ✓ ✔\u{fe0f}"),
            "é ü 日本 → ✓ ✔\u{fe0f}"
        );
    }

    #[test]
    fn html_text_is_only_ever_text() {
        assert_eq!(
            escape_html("<a href='x'>\"Tom\" & Jerry</a>\u{1b}[2J\u{202e}"),
            "&lt;a href=&#39;x&#39;&gt;&quot;Tom&quot; &amp; Jerry&lt;/a&gt;\\x1b[2J\\u{202e}"
        );
        assert_eq!(escape_html("plain"), "plain");
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
    fn table_cells_are_escaped_and_their_lines_bounded() {
        assert_eq!(table_cell("a\x1bb"), "a\\x1bb");
        let long = "word ".repeat(10_000);
        let cell = table_cell(&long);
        assert!(
            cell.lines().all(|line| line.len() <= MAX_CELL_COLUMNS),
            "bounded"
        );
        assert!(cell.lines().count() >= 3);
        assert_eq!(
            cell.split_whitespace().count(),
            10_000,
            "broken between words, none lost"
        );
        let unbroken = "x".repeat(40_000);
        let cell = table_cell(&unbroken);
        assert_eq!(
            cell.replace('\n', ""),
            unbroken,
            "a long word is broken, not cut"
        );
        assert!(cell.lines().all(|line| line.len() <= MAX_CELL_COLUMNS));
        let wide = "日".repeat(20_000);
        assert!(
            table_cell(&wide)
                .lines()
                .all(|line| line.chars().count() * 2 <= MAX_CELL_COLUMNS)
        );
    }

    #[test]
    fn tsv_fields_stay_on_one_line() {
        assert_eq!(escape_tsv("a\tb\nc\\d"), "a\\tb\\nc\\\\d");
    }
}
