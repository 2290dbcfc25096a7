//! The role model: what a role file holds once it is loaded, and how its YAML maps onto it.
//!
//! Items are written as plain strings or as mappings (`name`, `aka`, `importance`, `note`);
//! `tools` is a list of items or a mapping of categories to lists of items.

pub mod degree_letters;
mod figures;
pub mod head;
pub mod id;
pub mod parse;
pub mod posting;
pub mod schema;
pub mod section;
pub mod shape;

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::role::section::Section;

/// Where a loaded role came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Source {
    /// Compiled into the binary from the repository's `roles/` folder.
    #[default]
    BuiltIn,
    /// A file on disk: in a roles folder or named on the command line.
    File(std::path::PathBuf),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::BuiltIn => f.write_str("built-in"),
            Source::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// One role, as read from its file, with the id and source it was found under. This is
/// the one description of the role file: the JSON Schema of `rolediff schema` is derived
/// from it (see [`schema`]).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The file stem (`ml-engineer`); set by the loader, not read from the file.
    #[serde(skip)]
    pub id: String,
    /// Where the role was loaded from; set by the loader.
    #[serde(skip)]
    pub source: Source,
    /// The role's display title.
    #[schemars(length(min = 1))]
    pub title: String,
    /// Other names that resolve to this role.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Other job titles people use for the role, which other roles may share ("Tax
    /// Accountant"): `find` searches them, but they do not name the role.
    #[serde(default)]
    pub also_called: Vec<String>,
    /// One paragraph describing the role.
    #[serde(default)]
    pub summary: Option<String>,
    /// What the role does.
    #[serde(default)]
    pub responsibilities: Vec<Item>,
    /// What the role needs to know or be able to do.
    #[serde(default)]
    pub skills: Vec<Item>,
    /// Typical education.
    #[serde(default)]
    pub education: Vec<Item>,
    /// Certifications that help.
    #[serde(default)]
    pub certifications: Vec<Item>,
    /// Tools and software, each with an optional category.
    #[serde(default)]
    pub tools: Tools,
    /// Industries where the role is common.
    #[serde(default)]
    pub industries: Vec<Item>,
    /// Practical tips for getting started.
    #[serde(default)]
    pub tips: Vec<Item>,
    /// Employment outlook.
    #[serde(default)]
    pub outlook: Option<Outlook>,
    /// Yearly pay range.
    #[serde(default)]
    pub salary: Option<Salary>,
    /// Where the facts come from.
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Role {
    /// The items of one compared section, in file order (tools flattened across categories).
    #[must_use]
    pub fn items(&self, section: Section) -> Vec<&Item> {
        let list = match section {
            Section::Responsibilities => &self.responsibilities,
            Section::Skills => &self.skills,
            Section::Education => &self.education,
            Section::Certifications => &self.certifications,
            Section::Tools => return self.tools.0.iter().map(|tool| &tool.item).collect(),
            Section::Industries => &self.industries,
            Section::Tips => &self.tips,
        };
        list.iter().collect()
    }
}

/// One entry of a section: a name plus optional other spellings, weight and note.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    /// The item as it is shown.
    pub name: String,
    /// Other spellings that mean the same thing.
    pub aka: Vec<String>,
    /// Weight in similarity scores, 0.0 to 1.0; `None` counts as 1.
    pub importance: Option<f64>,
    /// A free-text remark.
    pub note: Option<String>,
}

impl Item {
    /// An item with only a name.
    #[must_use]
    pub fn named(name: impl Into<String>) -> Self {
        Item {
            name: name.into(),
            ..Item::default()
        }
    }

    /// The item's weight in similarity scores.
    #[must_use]
    pub fn weight(&self) -> f64 {
        self.importance.unwrap_or(1.0)
    }
}

/// The mapping form of an item, checked strictly.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ItemFields {
    /// The item as it is shown.
    #[schemars(length(min = 1))]
    name: String,
    /// Other spellings of the same thing.
    #[serde(default)]
    aka: Vec<String>,
    /// Weight in similarity scores, 0 to 1 (1 when not given).
    #[serde(default)]
    #[schemars(range(min = 0.0, max = 1.0))]
    importance: Option<f64>,
    /// A free-text remark, such as "hot technology".
    #[serde(default)]
    note: Option<String>,
}

impl JsonSchema for Item {
    fn schema_name() -> Cow<'static, str> {
        "item".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let fields = generator.subschema_for::<ItemFields>();
        json_schema!({
            "description": "An item: a string, or a mapping with a name.",
            "oneOf": [{"type": "string", "minLength": 1}, fields]
        })
    }
}

impl JsonSchema for Tools {
    fn schema_name() -> Cow<'static, str> {
        "tools".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let items = generator.subschema_for::<Vec<Item>>();
        json_schema!({
            "description": "A list of tools, or a mapping of categories to lists of tools.",
            "oneOf": [items, {"type": "object", "additionalProperties": items}]
        })
    }
}

fn checked_item<E: de::Error>(fields: ItemFields) -> Result<Item, E> {
    if fields.name.trim().is_empty() {
        return Err(E::custom(
            "an item's name is empty; write the item or remove the entry",
        ));
    }
    if let Some(importance) = fields.importance
        && !(0.0..=1.0).contains(&importance)
    {
        return Err(E::custom(format!(
            "importance {importance} is out of range; use a number from 0.0 to 1.0"
        )));
    }
    Ok(Item {
        name: fields.name,
        aka: fields.aka,
        importance: fields.importance,
        note: fields.note,
    })
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ItemVisitor;

        impl<'de> Visitor<'de> for ItemVisitor {
            type Value = Item;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "an item: a string, or a mapping with `name` (quote numbers and yes/no)",
                )
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Item, E> {
                checked_item(ItemFields {
                    name: text.to_owned(),
                    aka: Vec::new(),
                    importance: None,
                    note: None,
                })
            }

            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Item, M::Error> {
                let fields = ItemFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
                checked_item(fields)
            }
        }

        deserializer.deserialize_any(ItemVisitor)
    }
}

impl Serialize for Item {
    /// As the role file writes it: a plain string, or a mapping when there is more than a name.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.aka.is_empty() && self.importance.is_none() && self.note.is_none() {
            return serializer.serialize_str(&self.name);
        }
        let mut map = serializer.serialize_struct("Item", 4)?;
        map.serialize_field("name", &self.name)?;
        if !self.aka.is_empty() {
            map.serialize_field("aka", &self.aka)?;
        }
        if let Some(importance) = self.importance {
            map.serialize_field("importance", &importance)?;
        }
        if let Some(note) = &self.note {
            map.serialize_field("note", note)?;
        }
        map.end()
    }
}

/// One tool with the category it was listed under, if any.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tool {
    /// The tool itself.
    pub item: Item,
    /// The category heading from the file (`Database management systems`).
    pub category: Option<String>,
}

/// The tools section: a flat list, or categories of lists, kept in file order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tools(pub Vec<Tool>);

impl Serialize for Tools {
    /// As the role file writes it: a list, or categories in file order.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0.iter().all(|tool| tool.category.is_none()) {
            return serializer.collect_seq(self.0.iter().map(|tool| &tool.item));
        }
        let mut groups: Vec<(&str, Vec<&Item>)> = Vec::new();
        for tool in &self.0 {
            let category = tool.category.as_deref().unwrap_or("Other");
            match groups.iter_mut().find(|group| group.0 == category) {
                Some(group) => group.1.push(&tool.item),
                None => groups.push((category, vec![&tool.item])),
            }
        }
        let mut map = serializer.serialize_map(Some(groups.len()))?;
        for (category, items) in groups {
            map.serialize_entry(category, &items)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Tools {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ToolsVisitor;

        impl<'de> Visitor<'de> for ToolsVisitor {
            type Value = Tools;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of tools, or a mapping of categories to lists of tools")
            }

            fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Tools, S::Error> {
                let mut tools = Vec::new();
                while let Some(item) = seq.next_element::<Item>()? {
                    tools.push(Tool {
                        item,
                        category: None,
                    });
                }
                Ok(Tools(tools))
            }

            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Tools, M::Error> {
                let mut tools = Vec::new();
                while let Some((category, items)) = map.next_entry::<String, Vec<Item>>()? {
                    let category = Some(category);
                    tools.extend(items.into_iter().map(|item| Tool {
                        item,
                        category: category.clone(),
                    }));
                }
                Ok(Tools(tools))
            }
        }

        deserializer.deserialize_any(ToolsVisitor)
    }
}

/// Employment outlook, as a source states it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outlook {
    /// The outlook in one sentence.
    pub summary: String,
    /// Projected employment growth, in percent.
    #[serde(default, deserialize_with = "figures::finite")]
    pub growth_percent: Option<f64>,
    /// The projection's period (`2019-2029`).
    #[serde(default)]
    pub period: Option<String>,
    /// Who made the projection.
    #[serde(default)]
    pub source: Option<String>,
}

/// A yearly pay range; its figures are checked as they are read (`figures.rs`).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Salary {
    /// ISO 4217 currency code (`USD`).
    pub currency: String,
    /// Low end of the range, per year.
    #[serde(default)]
    pub min: Option<f64>,
    /// High end of the range, per year.
    #[serde(default)]
    pub max: Option<f64>,
    /// Median, per year.
    #[serde(default)]
    pub median: Option<f64>,
    /// Who reports the figures.
    #[serde(default)]
    pub source: Option<String>,
}
