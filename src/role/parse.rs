//! Reading role files: the size limit, UTF-8, and YAML errors turned into messages that
//! name the file, line and column and say what to do.

use std::io::{self, Read};
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Error, Position, snippet, snippet_of_length};
pub use crate::files::read_regular_file;
use crate::role::shape::{MAX_FLOW_DEPTH, Shape, refused_shape};
use crate::role::{Role, Source};

/// The largest role or vocabulary file accepted, in bytes.
pub const MAX_ROLE_FILE_BYTES: usize = 1024 * 1024;

/// Reads and parses the role file at `path`, giving it `id` and a file source.
pub fn read_role_file(path: &Path, id: &str) -> Result<Role, Error> {
    let mut role: Role = read_yaml_file(path)?;
    id.clone_into(&mut role.id);
    role.source = Source::File(path.to_owned());
    Ok(role)
}

/// What standard input is called in messages.
pub const STDIN_PATH: &str = "<stdin>";

/// Reads standard input (`-` on the command line): at most [`MAX_ROLE_FILE_BYTES`] and
/// one more byte, so that the caller can tell text over the limit.
pub fn read_stdin() -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(MAX_ROLE_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Unreadable {
            path: STDIN_PATH.into(),
            source,
        })?;
    Ok(bytes)
}

/// Parses role YAML as the role `id` from `path`, which also names the file in errors.
pub fn parse_role(bytes: &[u8], path: &Path, id: &str) -> Result<Role, Error> {
    let mut role: Role = parse_yaml(bytes, path)?;
    id.clone_into(&mut role.id);
    role.source = Source::File(path.to_owned());
    Ok(role)
}

/// Reads a YAML file of at most [`MAX_ROLE_FILE_BYTES`] into `T`.
pub fn read_yaml_file<T: DeserializeOwned>(path: &Path) -> Result<T, Error> {
    let unreadable = |source| Error::Unreadable {
        path: path.to_owned(),
        source,
    };
    let bytes = read_regular_file(path, MAX_ROLE_FILE_BYTES as u64).map_err(unreadable)?;
    parse_yaml(&bytes, path)
}

/// Parses YAML bytes into `T`: the size limit, UTF-8 (a byte-order mark is accepted) and
/// located errors; `path` only names the file in errors.
pub fn parse_yaml<T: DeserializeOwned>(bytes: &[u8], path: &Path) -> Result<T, Error> {
    if bytes.len() > MAX_ROLE_FILE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_owned(),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|err| Error::NotUtf8 {
        path: path.to_owned(),
        position: position_of(&bytes[..err.valid_up_to()]),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Error::InvalidRole {
            path: path.to_owned(),
            position: None,
            message: "the file is empty".to_owned(),
            hint: Some("a role file needs at least `title: ...`".to_owned()),
        });
    }
    if let Some((shape, position)) = refused_shape(text) {
        let (message, hint) = match shape {
            Shape::TooDeep => (
                format!("lists and mappings nested more than {MAX_FLOW_DEPTH} deep"),
                "a role file needs at most a list inside a mapping (`skills: [SQL, Python]`), a vocabulary file a list of lists",
            ),
            Shape::Alias => (
                "a YAML alias (`*name`): role files do not repeat values through anchors"
                    .to_owned(),
                "write the value out where the alias stands, or quote it if it is text (`\"*nix\"`)",
            ),
        };
        return Err(Error::InvalidRole {
            path: path.to_owned(),
            position: Some(position),
            message,
            hint: Some(hint.to_owned()),
        });
    }
    serde_yaml::from_str(text).map_err(|err| invalid_role(path, &err))
}

/// The line and column just after `valid` (the bytes before a decoding error).
pub(crate) fn position_of(valid: &[u8]) -> Position {
    let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = valid.split(|&b| b == b'\n').count();
    // The prefix is valid UTF-8, so counting characters gives the column.
    let column = String::from_utf8_lossy(&valid[line_start..])
        .chars()
        .count()
        + 1;
    Position { line, column }
}

fn invalid_role(path: &Path, err: &serde_yaml::Error) -> Error {
    let position = err.location().map(|l| Position {
        line: l.line(),
        column: l.column(),
    });
    let raw = strip_location(&err.to_string());
    let (message, hint) = match not_a_mapping(&raw) {
        Some(what) => (
            format!("not a role file: this file holds {what}, and a role file is a YAML mapping of keys"),
            Some("a role file starts with `title: ...`, then sections such as `skills: [...]`; see the role file format in the README".to_owned()),
        ),
        None => explain(&quote_safely(&raw)),
    };
    Error::InvalidRole {
        path: path.to_owned(),
        position,
        message,
        hint,
    }
}

/// What a file whose top level is not a mapping holds, from the YAML library's message
/// (`invalid type: string "...", expected struct Role`); the file itself is never quoted.
fn not_a_mapping(message: &str) -> Option<&'static str> {
    let kind = message.strip_prefix("invalid type: ")?;
    if !message.contains(", expected struct ") {
        return None;
    }
    let what = [
        ("string", "a single text"),
        ("sequence", "a list"),
        ("integer", "a number"),
        ("floating point", "a number"),
        ("boolean", "a yes/no value"),
        ("unit", "nothing but a null value"),
    ]
    .into_iter()
    .find(|(prefix, _)| kind.starts_with(prefix))
    .map_or("something else", |(_, what)| what);
    Some(what)
}

/// The most characters of a YAML message, after its quotes are shortened: a key path built
/// of long keys with spaces in them cannot make it longer.
const MAX_MESSAGE_CHARS: usize = 400;

/// The YAML library's message with every piece of the file it quotes cut to a
/// [`snippet`]: strings (`"..."`, escaped as Rust's `Debug` writes them), names in
/// backticks, and long words such as a key path (`tools.<category>[0]`).
fn quote_safely(message: &str) -> String {
    let mut kept = String::with_capacity(message.len().min(MAX_MESSAGE_CHARS + 3));
    let mut rest = message;
    while let Some(c) = rest.chars().next() {
        let (quoted, after) = match c {
            '"' => split_debug_string(&rest[1..]),
            '`' => split_backticked(&rest[1..], kept.ends_with("unknown field ")),
            c if c.is_whitespace() => {
                kept.push(c);
                rest = &rest[c.len_utf8()..];
                continue;
            }
            _ => {
                let end = rest
                    .find(|c: char| c.is_whitespace() || c == '"' || c == '`')
                    .unwrap_or(rest.len());
                // A key path keeps the colon that ends it: `tools.<category>[0]:`.
                let word = &rest[..end];
                let stem = word.trim_end_matches([':', ',', ';']);
                kept.push_str(&snippet(stem));
                kept.push_str(&word[stem.len()..]);
                rest = &rest[end..];
                continue;
            }
        };
        kept.push(c);
        kept.push_str(&snippet(quoted));
        kept.push(c);
        rest = after;
    }
    snippet_of_length(&kept, MAX_MESSAGE_CHARS).into_owned()
}

/// A string as `Debug` writes it, without its opening quote: (its text, what follows the
/// closing quote). Escaped quotes (`\"`) do not close it.
fn split_debug_string(text: &str) -> (&str, &str) {
    let mut escaped = false;
    for (index, c) in text.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return (&text[..index], &text[index + 1..]),
            _ => escaped = false,
        }
    }
    (text, "")
}

/// A name in backticks, without its opening one: (the name, what follows). An unknown
/// key may hold backticks itself; the list of allowed keys after it never does, so it
/// runs to the last backtick before that list.
fn split_backticked(text: &str, is_unknown_key: bool) -> (&str, &str) {
    let end = if is_unknown_key {
        ["`; allowed keys:", "`, expected", "`, there are no fields"]
            .iter()
            .filter_map(|tail| text.rfind(tail))
            .max()
    } else {
        None
    };
    match end.or_else(|| text.find('`')) {
        Some(index) => (&text[..index], &text[index + 1..]),
        None => (text, ""),
    }
}

/// Removes the YAML library's own "at line N column M" (we print the position up front).
fn strip_location(message: &str) -> String {
    let mut rest = message;
    let mut kept = String::with_capacity(message.len());
    while let Some(index) = rest.find(" at line ") {
        kept.push_str(&rest[..index]);
        let after = &rest[index + " at line ".len()..];
        let line_digits =
            after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        match after[line_digits..].strip_prefix(" column ") {
            Some(column) if line_digits > 0 => {
                rest = column.trim_start_matches(|c: char| c.is_ascii_digit());
            }
            _ => {
                kept.push_str(" at line ");
                rest = after;
            }
        }
    }
    kept.push_str(rest);
    kept
}

/// Rewords the YAML library's messages in the role file's terms and adds a hint.
fn explain(message: &str) -> (String, Option<String>) {
    let reworded = message
        .replace("unknown field", "unknown key")
        .replace(", expected one of", "; allowed keys:")
        .replace("missing field", "missing key");
    let hint = if message.contains("unknown field") {
        Some("check the key's spelling, or remove it")
    } else if message.contains("missing field `title`") {
        Some("every role file needs `title: ...`")
    } else if message.contains("missing field") {
        Some("add the key, or write the item as a plain string")
    } else if message.contains("recursion limit exceeded") {
        Some("the file nests deeper than a role file ever needs")
    } else if message.contains("repetition limit exceeded") {
        Some("the file expands YAML aliases (`*name`) too many times")
    } else if message.contains("duplicate") {
        Some("each key may appear once in a mapping")
    } else if message.contains("cannot start any token") {
        Some("YAML does not allow tabs for indentation; indent with spaces")
    } else if message.contains("control characters are not allowed") {
        Some("the file holds control characters such as NUL; is it a text file?")
    } else if message.contains("invalid type") {
        Some("see the role file format in the README")
    } else {
        None
    };
    (reworded, hint.map(str::to_owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(yaml: &str) -> String {
        parse_role(yaml.as_bytes(), Path::new("r.yaml"), "r")
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn items_may_be_strings_or_mappings() {
        let yaml =
            "title: T\nskills:\n  - SQL\n  - {name: Python, aka: [py], importance: 0.5, note: n}\n";
        let role = parse_role(yaml.as_bytes(), Path::new("r.yaml"), "r").unwrap();
        assert_eq!(role.skills[0].name, "SQL");
        assert_eq!(role.skills[1].aka, ["py"]);
        assert_eq!(role.skills[1].weight(), 0.5);
    }

    #[test]
    fn tools_may_be_a_list_or_categories() {
        let listed =
            parse_role(b"title: T\ntools: [Git, Jira]\n", Path::new("r.yaml"), "r").unwrap();
        assert_eq!(listed.tools.0[1].item.name, "Jira");
        assert_eq!(listed.tools.0[1].category, None);
        let grouped = parse_role(
            b"title: T\ntools:\n  DBs: [Oracle, MySQL]\n  IDEs: [Eclipse]\n",
            Path::new("r.yaml"),
            "r",
        )
        .unwrap();
        let names: Vec<_> = grouped
            .tools
            .0
            .iter()
            .map(|t| (t.item.name.as_str(), t.category.as_deref()))
            .collect();
        assert_eq!(
            names,
            [
                ("Oracle", Some("DBs")),
                ("MySQL", Some("DBs")),
                ("Eclipse", Some("IDEs"))
            ]
        );
    }

    #[test]
    fn unknown_key_names_the_position_and_the_allowed_keys() {
        let message = error_of("title: T\nskils: [SQL]\n");
        assert!(
            message.starts_with("r.yaml:2:1: unknown key `skils`; allowed keys:"),
            "{message}"
        );
        assert!(message.contains("`skills`"), "{message}");
    }

    #[test]
    fn unknown_item_key_is_located() {
        let message = error_of("title: T\nskills:\n  - {name: SQL, weight: 2}\n");
        assert!(message.starts_with("r.yaml:3:"), "{message}");
        assert!(message.contains("unknown key `weight`"), "{message}");
    }

    #[test]
    fn importance_out_of_range_is_an_error() {
        let message = error_of("title: T\nskills:\n  - {name: SQL, importance: 2}\n");
        assert!(
            message.contains("importance 2 is out of range"),
            "{message}"
        );
        assert!(message.starts_with("r.yaml:3:"), "{message}");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let message = parse_role(b"title: T\nskills: [ab\xff]\n", Path::new("r.yaml"), "r")
            .unwrap_err()
            .to_string();
        assert!(
            message.starts_with("r.yaml:2:12: the file is not valid UTF-8"),
            "{message}"
        );
    }

    #[test]
    fn byte_order_mark_and_crlf_are_accepted() {
        let role = parse_role(
            b"\xEF\xBB\xBFtitle: T\r\nskills: [SQL]\r\n",
            Path::new("r.yaml"),
            "r",
        )
        .unwrap();
        assert_eq!(role.title, "T");
        assert_eq!(role.skills[0].name, "SQL");
    }

    #[test]
    fn the_yaml_library_position_is_not_repeated() {
        assert_eq!(
            strip_location("did not find ',' at line 3 column 6, while parsing at line 2 column 9"),
            "did not find ',', while parsing"
        );
        assert_eq!(strip_location("x at line one"), "x at line one");
    }

    #[test]
    fn numbers_as_items_ask_for_quotes() {
        let message = error_of("title: T\nskills: [42]\n");
        assert!(message.contains("quote numbers"), "{message}");
        assert!(message.starts_with("r.yaml:2:"), "{message}");
    }
}
