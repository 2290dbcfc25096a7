//! `schema`: the JSON Schema (draft 2020-12) of the role file, for editors' YAML language
//! servers. It states what `role.rs` accepts; a test checks the built-in roles against it.

use serde_json::{Value, json};

/// The JSON Schema of a role file.
#[must_use]
pub fn role_schema() -> Value {
    let items = json!({"type": "array", "items": {"$ref": "#/$defs/item"}});
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/rolediff/rolediff/role.schema.json",
        "title": "rolediff role file",
        "description": "A job role: what it does, needs and uses, compared section by section by rolediff.",
        "type": "object",
        "required": ["title"],
        "additionalProperties": false,
        "properties": {
            "title": {"type": "string", "minLength": 1, "description": "The role's display title."},
            "aliases": {"type": "array", "items": {"type": "string"}, "description": "Other names that resolve to this role."},
            "summary": {"type": "string", "description": "One paragraph describing the role."},
            "responsibilities": items,
            "skills": items,
            "education": items,
            "certifications": items,
            "tools": {
                "description": "A list of tools, or a mapping of categories to lists of tools.",
                "oneOf": [items, {"type": "object", "additionalProperties": items}]
            },
            "industries": items,
            "tips": items,
            "outlook": {
                "type": "object",
                "required": ["summary"],
                "additionalProperties": false,
                "properties": {
                    "summary": {"type": "string"},
                    "growth_percent": {"type": "number"},
                    "period": {"type": "string"},
                    "source": {"type": "string"}
                }
            },
            "salary": {
                "type": "object",
                "description": "Yearly pay.",
                "required": ["currency"],
                "additionalProperties": false,
                "properties": {
                    "currency": {"type": "string", "description": "ISO 4217 code, such as USD."},
                    "min": {"type": "number"},
                    "max": {"type": "number"},
                    "median": {"type": "number"},
                    "source": {"type": "string"}
                }
            },
            "sources": {"type": "array", "items": {"type": "string"}, "description": "Where the facts come from."}
        },
        "$defs": {
            "item": {
                "description": "An item: a string, or a mapping with a name.",
                "oneOf": [
                    {"type": "string", "minLength": 1},
                    {
                        "type": "object",
                        "required": ["name"],
                        "additionalProperties": false,
                        "properties": {
                            "name": {"type": "string", "minLength": 1},
                            "aka": {"type": "array", "items": {"type": "string"}, "description": "Other spellings of the same thing."},
                            "importance": {"type": "number", "minimum": 0, "maximum": 1, "description": "Weight in similarity scores."},
                            "note": {"type": "string"}
                        }
                    }
                ]
            }
        }
    })
}
