//! A role as a role file: YAML that `validate` accepts, to edit and keep.

use std::fmt::Write as _;
use std::io::{self, Write};

use serde_yaml::Value;

use super::text::is_unsafe_char;
use crate::role::Role;

/// Writes `role` as a role file. Keys without a value are left out. A text with a
/// character unsafe on a terminal (other than a line break) is written as a double-quoted
/// YAML string with that character escaped (`"Cat\x1B"`, `"\u202E"`): the output is plain
/// ASCII where it matters, and reads back as the very same text, so two texts that differ
/// only there stay two (two tool categories are never merged into one key).
pub(super) fn write_role_yaml(role: &Role, out: &mut dyn Write) -> io::Result<()> {
    let mut value = serde_yaml::to_value(role).map_err(io::Error::other)?;
    let marker = unused_marker(&value);
    let mut quoted = Vec::new();
    tidy(&mut value, &marker, &mut quoted);
    let mut yaml = serde_yaml::to_string(&value).map_err(io::Error::other)?;
    // Each stand-in was written as a plain scalar; it becomes its double-quoted text.
    for (index, text) in quoted.iter().enumerate().rev() {
        yaml = yaml.replace(&stand_in(&marker, index), &double_quoted(text));
    }
    out.write_all(yaml.as_bytes())
}

/// Drops null and empty entries of mappings, all the way down, and puts a stand-in for each
/// text to be double-quoted, keeping the text in `quoted`.
fn tidy(value: &mut Value, marker: &str, quoted: &mut Vec<String>) {
    match value {
        Value::String(text) if text.chars().any(|c| c != '\n' && is_unsafe_char(c)) => {
            let stand = stand_in(marker, quoted.len());
            quoted.push(std::mem::replace(text, stand));
        }
        Value::Sequence(items) => items.iter_mut().for_each(|item| tidy(item, marker, quoted)),
        Value::Mapping(map) => {
            // Keys are texts too (the categories of tools), so the mapping is built anew.
            *map = std::mem::take(map)
                .into_iter()
                .filter(|(_, entry)| !is_empty(entry))
                .map(|(mut key, mut entry)| {
                    tidy(&mut key, marker, quoted);
                    tidy(&mut entry, marker, quoted);
                    (key, entry)
                })
                .collect();
        }
        _ => {}
    }
}

/// A word that no text of `value` contains, to build stand-ins from.
fn unused_marker(value: &Value) -> String {
    let mut texts = Vec::new();
    collect_texts(value, &mut texts);
    // Markers cannot overlap and take at least 16 bytes each, so the texts hold fewer than
    // `total / 16 + 1` of them, and one of that many is free.
    let total: usize = texts.iter().map(|text| text.len()).sum();
    (0..=total / 16 + 1)
        .map(|n| format!("rolediffquoted{n}x"))
        .find(|marker| !texts.iter().any(|text| text.contains(marker.as_str())))
        .unwrap_or_default()
}

fn collect_texts<'a>(value: &'a Value, texts: &mut Vec<&'a str>) {
    match value {
        Value::String(text) => texts.push(text),
        Value::Sequence(items) => items.iter().for_each(|item| collect_texts(item, texts)),
        Value::Mapping(map) => {
            for (key, entry) in map {
                collect_texts(key, texts);
                collect_texts(entry, texts);
            }
        }
        _ => {}
    }
}

/// The stand-in of the `index`-th quoted text; its end mark keeps `...1x` from matching
/// the start of `...12x`.
fn stand_in(marker: &str, index: usize) -> String {
    format!("{marker}{index}end")
}

/// `text` as a YAML double-quoted string: backslash and quote escaped, and every unsafe
/// character as YAML's `\n`, `\t`, `\xHH`, `\uHHHH` or `\UHHHHHHHH`.
fn double_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe_char(c) => {
                let code = u32::from(c);
                let _ = match code {
                    0..=0xff => write!(out, "\\x{code:02X}"),
                    0x100..=0xffff => write!(out, "\\u{code:04X}"),
                    _ => write!(out, "\\U{code:08X}"),
                };
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Sequence(items) => items.is_empty(),
        Value::Mapping(map) => map.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml_of(role: &Role) -> String {
        let mut out = Vec::new();
        write_role_yaml(role, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn texts_with_unsafe_characters_read_back_the_same_and_stay_apart() {
        let names = [
            "Cat\u{1b}",
            "Cat\\x1b",
            "Cat\\e",
            "tab\there",
            "line\nbreak\u{7}",
            "\u{202e}evil\u{200b}",
            "tag\u{e0041}",
            "quote \" and \\",
            "soft\u{ad}hyphen",
        ];
        let mut role = Role {
            title: "T\u{1b}[2J".to_owned(),
            ..Role::default()
        };
        for name in names {
            role.tools.0.push(crate::role::Tool {
                category: Some(name.to_owned()),
                item: crate::role::Item::named(name),
            });
        }
        let yaml = yaml_of(&role);
        assert!(
            !yaml.chars().any(|c| c != '\n' && is_unsafe_char(c)),
            "{yaml}"
        );
        let back: Role = serde_yaml::from_str(&yaml).unwrap();
        assert_eq!(back.title, role.title);
        let tools: Vec<(String, String)> = back
            .tools
            .0
            .iter()
            .map(|tool| (tool.category.clone().unwrap(), tool.item.name.clone()))
            .collect();
        let expected: Vec<(String, String)> = names
            .iter()
            .map(|n| ((*n).to_owned(), (*n).to_owned()))
            .collect();
        assert_eq!(tools, expected);
    }

    #[test]
    fn a_text_that_looks_like_a_stand_in_is_left_as_it_is() {
        let role = Role {
            title: "rolediffquoted0x0end".to_owned(),
            summary: Some("\u{1b} rolediffquoted1x0end".to_owned()),
            ..Role::default()
        };
        let back: Role = serde_yaml::from_str(&yaml_of(&role)).unwrap();
        assert_eq!(back.title, role.title);
        assert_eq!(back.summary, role.summary);
    }
}
