//! The `json` format of every command: values through serde, for `jq` and scripts, with
//! every character a terminal must not get raw written as a `\u` escape.

use std::io::{self, Write};

use serde_json::ser::{Formatter, PrettyFormatter};

use super::text::is_unsafe_char;
use crate::analysis::diff::RoleDiff;

/// Renders a comparison as one JSON object.
pub(super) fn compare_json(diff: &RoleDiff, out: &mut dyn Write) -> io::Result<()> {
    write_json(diff, out)
}

/// Writes any serialisable value as indented JSON and a final newline. Control characters,
/// DEL, C1 controls, bidi controls and invisible format characters are written as `\u`
/// escapes (valid JSON, the same string once parsed), so that `cat out.json` cannot reorder
/// or hide what a terminal shows.
pub(super) fn write_json<T: serde::Serialize + ?Sized>(
    value: &T,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut *out, Escaping(PrettyFormatter::new()));
    value.serialize(&mut serializer)?;
    writeln!(out)
}

/// `serde_json`'s indented layout, with the [unsafe characters](is_unsafe_char) that it
/// would write raw (DEL, C1, bidi and invisible characters) escaped as well.
struct Escaping(PrettyFormatter<'static>);

impl Formatter for Escaping {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (index, c) in fragment.char_indices() {
            if is_unsafe_char(c) {
                writer.write_all(&fragment.as_bytes()[start..index])?;
                // JSON escapes UTF-16 units: a character past U+FFFF (a tag character) is
                // two, a surrogate pair.
                let mut units = [0; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(writer, "\\u{unit:04x}")?;
                }
                start = index + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    // The layout is the pretty formatter's.
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }
    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }
    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_of(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        write_json(value, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn unsafe_characters_are_escaped_and_the_string_is_the_same_once_parsed() {
        let text = "A\u{202e}B\u{7f}C\u{85}D\u{200b}E\u{1b}[2J\u{feff}é\u{e0041}\u{ad}";
        let value = serde_json::json!({"title": text, "list": [text]});
        let written = json_of(&value);
        assert!(
            !written.chars().any(is_unsafe_char_but_newline),
            "{written:?}"
        );
        assert!(
            written.contains(
                "A\\u202eB\\u007fC\\u0085D\\u200bE\\u001b[2J\\ufeffé\\udb40\\udc41\\u00ad"
            )
        );
        let parsed: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(parsed, value);
    }

    #[test]
    fn the_layout_is_serde_json_s_pretty_one() {
        let value = serde_json::json!({"a": [1, {"b": "c"}], "d": []});
        assert_eq!(
            json_of(&value),
            format!("{}\n", serde_json::to_string_pretty(&value).unwrap())
        );
    }

    fn is_unsafe_char_but_newline(c: char) -> bool {
        c != '\n' && is_unsafe_char(c)
    }
}
