//! A role as a role file: YAML that `validate` accepts, to edit and keep.

use std::io::{self, Write};

use serde_yaml::Value;

use super::text::escape_control_lines;
use crate::role::Role;

/// Writes `role` as a role file. Keys without a value are left out, and every text is
/// escaped as for a terminal: a posting's text is no more trusted than a role file's.
pub(super) fn write_role_yaml(role: &Role, out: &mut dyn Write) -> io::Result<()> {
    let mut value = serde_yaml::to_value(role).map_err(io::Error::other)?;
    tidy(&mut value);
    let yaml = serde_yaml::to_string(&value).map_err(io::Error::other)?;
    out.write_all(yaml.as_bytes())
}

/// Drops null and empty entries of mappings and escapes every string, all the way down.
fn tidy(value: &mut Value) {
    match value {
        Value::String(text) => {
            let escaped = escape_control_lines(text);
            *text = escaped;
        }
        Value::Sequence(items) => items.iter_mut().for_each(tidy),
        Value::Mapping(map) => {
            // Keys are texts too (the categories of tools), so the mapping is built anew.
            *map = std::mem::take(map)
                .into_iter()
                .filter(|(_, entry)| !is_empty(entry))
                .map(|(mut key, mut entry)| {
                    tidy(&mut key);
                    tidy(&mut entry);
                    (key, entry)
                })
                .collect();
        }
        _ => {}
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Sequence(items) => items.is_empty(),
        Value::Mapping(map) => map.is_empty(),
        _ => false,
    }
}
