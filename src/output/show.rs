//! `show`: one role in full.

use std::io::{self, Write};

use clap::ValueEnum;
use serde::Serialize;

use super::table::{outlook_text, salary_text};
use super::{Delimited, json::write_json, table_cell};
use crate::role::section::Section;
use crate::role::{Item, Outlook, Role, Salary};
use crate::terminal::Terminal;

/// The output formats of `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// A table for reading.
    Table,
    /// The role as JSON: the file's keys plus `id` and `source`; items as strings, or as
    /// objects where the file gives more than a name.
    Json,
    /// Tab-separated: field, category, value; one row an item.
    Tsv,
    /// Comma-separated (RFC 4180): field, category, value; one row an item.
    Csv,
    /// The role as a role file, to edit and keep (a posting becomes a role file).
    Yaml,
}

/// A tool as `show --format json` writes it: its name and category, and every other field
/// the file gives it.
#[derive(Serialize)]
struct ShownTool<'a> {
    name: &'a str,
    category: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    aka: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    importance: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct ShownRole<'a> {
    id: &'a str,
    source: String,
    title: &'a str,
    aliases: &'a [String],
    summary: Option<&'a str>,
    responsibilities: &'a [Item],
    skills: &'a [Item],
    education: &'a [Item],
    certifications: &'a [Item],
    tools: Vec<ShownTool<'a>>,
    industries: &'a [Item],
    tips: &'a [Item],
    outlook: Option<&'a Outlook>,
    salary: Option<&'a Salary>,
    sources: &'a [String],
}

fn shown(role: &Role) -> ShownRole<'_> {
    ShownRole {
        id: &role.id,
        source: role.source.to_string(),
        title: &role.title,
        aliases: &role.aliases,
        summary: role.summary.as_deref(),
        responsibilities: &role.responsibilities,
        skills: &role.skills,
        education: &role.education,
        certifications: &role.certifications,
        tools: role
            .tools
            .0
            .iter()
            .map(|tool| ShownTool {
                name: &tool.item.name,
                category: tool.category.as_deref(),
                aka: &tool.item.aka,
                importance: tool.item.importance,
                note: tool.item.note.as_deref(),
            })
            .collect(),
        industries: &role.industries,
        tips: &role.tips,
        outlook: role.outlook.as_ref(),
        salary: role.salary.as_ref(),
        sources: &role.sources,
    }
}

/// Writes `role` in `format`.
pub fn render_show(
    role: &Role,
    format: ShowFormat,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        ShowFormat::Json => write_json(&shown(role), out),
        ShowFormat::Yaml => super::yaml::write_role_yaml(role, out),
        ShowFormat::Tsv => {
            Delimited::Tsv.write_rows(&["field", "category", "value"], fields(role), out)
        }
        ShowFormat::Csv => {
            Delimited::Csv.write_rows(&["field", "category", "value"], fields(role), out)
        }
        ShowFormat::Table => {
            let mut table = terminal.table();
            let mut previous = String::new();
            for [field, category, value] in fields(role) {
                // Name each field once, on its first row.
                let label = if field == previous {
                    String::new()
                } else {
                    field.clone()
                };
                let value = if category.is_empty() {
                    value
                } else {
                    format!("{value}  ({category})")
                };
                // Each item of a list marked, so that one wrapped over lines reads as one.
                let value = if is_list(&field) {
                    format!("- {value}")
                } else {
                    value
                };
                table.add_row(vec![label, table_cell(&value)]);
                previous = field;
            }
            writeln!(out, "{table}")
        }
    }
}

/// Whether the rows of `field` are the items of a list (aliases, sections, sources).
fn is_list(field: &str) -> bool {
    field == "aliases" || field == "sources" || Section::ALL.iter().any(|s| s.name() == field)
}

/// The role as rows of field, category and value, in file order.
fn fields(role: &Role) -> Vec<[String; 3]> {
    let mut rows = Vec::new();
    let mut push = |field: &str, category: &str, value: &str| {
        rows.push([field.to_owned(), category.to_owned(), value.to_owned()]);
    };
    push("id", "", &role.id);
    push("title", "", &role.title);
    push("source", "", &role.source.to_string());
    for alias in &role.aliases {
        push("aliases", "", alias);
    }
    if let Some(summary) = &role.summary {
        push("summary", "", summary);
    }
    for section in Section::ALL {
        if section == Section::Tools {
            for tool in &role.tools.0 {
                push(
                    "tools",
                    tool.category.as_deref().unwrap_or_default(),
                    &tool.item.name,
                );
            }
        } else {
            for item in role.items(section) {
                push(section.name(), "", &item.name);
            }
        }
    }
    if let Some(outlook) = &role.outlook {
        push("outlook", "", &outlook.summary);
        if outlook.growth_percent.is_some() {
            push("outlook", "figures", &outlook_text(outlook));
        }
    }
    if let Some(salary) = &role.salary {
        push("salary", "", &salary_text(salary));
    }
    for source in &role.sources {
        push("sources", "", source);
    }
    rows
}
