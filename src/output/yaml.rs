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
    let yaml = serde_yaml::to_string(&value).map_err(io::Error::other)?;
    out.write_all(put_back(&yaml, &marker, &quoted).as_bytes())
}

/// `yaml` with each stand-in (written as a plain scalar) replaced by its text, double-quoted,
/// in one pass: a role may have thousands of such texts.
fn put_back(yaml: &str, marker: &str, quoted: &[String]) -> String {
    let mut out = String::with_capacity(yaml.len());
    let mut rest = yaml;
    while let Some(at) = rest.find(marker) {
        out.push_str(&rest[..at]);
        let after = &rest[at + marker.len()..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let index: Option<usize> = after[..digits].parse().ok();
        let stand_in = index.and_then(|index| {
            Some((
                quoted.get(index)?,
                after[digits..].strip_prefix(STAND_IN_END)?,
            ))
        });
        if let Some((text, tail)) = stand_in {
            out.push_str(&double_quoted(text));
            rest = tail;
        } else {
            // Not a stand-in (the marker is in no text, so this does not happen): kept.
            out.push_str(marker);
            rest = after;
        }
    }
    out.push_str(rest);
    out
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

/// The words stand-ins are built from: `rolediffquoted<n>x`.
const MARKER: &str = "rolediffquoted";
/// What ends a stand-in, so that `...1end` is not the start of `...12end`.
const STAND_IN_END: &str = "end";

/// A word that no text of `value` contains, to build stand-ins from: `rolediffquoted<n>x`
/// with the least `n` that no text holds, found in one pass over the texts.
fn unused_marker(value: &Value) -> String {
    let mut texts = Vec::new();
    collect_texts(value, &mut texts);
    let mut taken = std::collections::HashSet::new();
    for text in texts {
        for (at, _) in text.match_indices(MARKER) {
            let after = &text[at + MARKER.len()..];
            let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if after[digits..].starts_with('x') {
                if let Ok(n) = after[..digits].parse::<u64>() {
                    taken.insert(n);
                }
            }
        }
    }
    let free = (0u64..=taken.len() as u64)
        .find(|n| !taken.contains(n))
        .unwrap_or_default();
    format!("{MARKER}{free}x")
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

/// The stand-in of the `index`-th quoted text.
fn stand_in(marker: &str, index: usize) -> String {
    format!("{marker}{index}{STAND_IN_END}")
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
    fn thousands_of_texts_to_quote_are_put_back_in_one_pass() {
        // Each text also names a marker, so that the free one is found past them all.
        let role = Role {
            title: "T".to_owned(),
            skills: (0..20_000)
                .map(|i| crate::role::Item::named(format!("rolediffquoted{i}x \u{1b} {i}")))
                .collect(),
            ..Role::default()
        };
        let back: Role = serde_yaml::from_str(&yaml_of(&role)).unwrap();
        assert_eq!(back.skills, role.skills);
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
