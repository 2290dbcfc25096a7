//! `schema`: the JSON Schema (draft 2020-12) of the role file, for editors' YAML language
//! servers. It is derived from the model ([`Role`]), so a new key is described once; a
//! test checks the built-in roles against it.

use serde_json::{Map, Value};

use super::Role;

/// The JSON Schema of a role file: its identity first, then what schemars derives.
#[must_use]
pub fn role_schema() -> Value {
    let derived = schemars::schema_for!(Role).to_value();
    let mut schema = Map::new();
    schema.insert(
        "$schema".to_owned(),
        "https://json-schema.org/draft/2020-12/schema".into(),
    );
    schema.insert(
        "$id".to_owned(),
        "https://github.com/rolediff/rolediff/role.schema.json".into(),
    );
    schema.insert("title".to_owned(), "rolediff role file".into());
    schema.insert(
        "description".to_owned(),
        "A job role: what it does, needs and uses, compared section by section by rolediff.".into(),
    );
    if let Value::Object(derived) = derived {
        for (key, value) in derived {
            schema.entry(key).or_insert(value);
        }
    }
    Value::Object(schema)
}
