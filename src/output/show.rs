//! `show`: one role in full.

use std::io::{self, Write};

use clap::ValueEnum;
use serde::Serialize;

use super::layout::{Column, Fit, Grid};
use super::table::{outlook_text, salary_text};
use super::{Delimited, abridge, json::write_json, score_text, table_cell};
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
    /// Tab-separated: field, category, value, aka, importance, note; one row an item.
    Tsv,
    /// Comma-separated (RFC 4180), as TSV.
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
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    also_called: &'a [String],
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
        also_called: &role.also_called,
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

/// Writes `role` in `format`; a table with a width shortens long alias lists unless
/// `whole`.
pub fn render_show(
    role: &Role,
    format: ShowFormat,
    whole: bool,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        ShowFormat::Json => write_json(&shown(role), out),
        ShowFormat::Yaml => super::yaml::write_role_yaml(role, out),
        ShowFormat::Tsv => Delimited::Tsv.write_rows(&HEADER, cells(role), out),
        ShowFormat::Csv => Delimited::Csv.write_rows(&HEADER, cells(role), out),
        ShowFormat::Table => write_table(role, whole, terminal, out),
    }
}

/// The table of `show`: a field's name on its first row, its values beside. The summary and
/// the sections come before the names the role is known by, which a table with a width
/// shows in one row, the first few and how many more, unless `whole`.
fn write_table(
    role: &Role,
    whole: bool,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    let abridged = terminal.width.is_some() && !whole;
    let mut grid = Grid::new(vec![
        Column::new("field", Fit::Whole),
        Column::new("value", Fit::Text),
    ])
    .without_header();
    let mut previous = String::new();
    for row in table_rows(role, abridged) {
        let details = row.details();
        let Row {
            field,
            category,
            value,
            ..
        } = row;
        // Name each field once, on its first row.
        let label = if field == previous {
            String::new()
        } else {
            field.clone()
        };
        let value = match (category.is_empty(), details.is_empty()) {
            (true, true) => value,
            (false, true) => format!("{value}  ({category})"),
            (true, false) => format!("{value}  ({details})"),
            (false, false) => format!("{value}  ({category}; {details})"),
        };
        // Each item of a list marked, so that one wrapped over lines reads as one (a list
        // shortened into one row is not).
        let one_row = abridged && matches!(field.as_str(), "aliases" | "also_called");
        let value = if is_list(&field) && !one_row {
            format!("- {value}")
        } else {
            value
        };
        grid.push(vec![label, table_cell(&value)]);
        previous = field;
    }
    writeln!(out, "{}", grid.render(terminal))
}

/// The rows of the table in the order a reader wants them: what the role is, then what it
/// asks, then its other names (in one row each when `abridged`), then where it comes from.
fn table_rows(role: &Role, abridged: bool) -> Vec<Row> {
    let place = |field: &str| match field {
        "id" | "title" | "source" | "summary" => 0,
        "aliases" | "also_called" => 2,
        "sources" => 3,
        _ => 1,
    };
    let mut rows = fields(role);
    if abridged {
        rows.retain(|row| row.field != "aliases" && row.field != "also_called");
        for (field, names) in [
            ("aliases", &role.aliases),
            ("also_called", &role.also_called),
        ] {
            if !names.is_empty() {
                rows.push(plain(field, "", &abridge::aliases(names, false)));
            }
        }
    }
    // A stable sort: each field's rows keep their order.
    rows.sort_by_key(|row| place(&row.field));
    rows
}

/// Whether the rows of `field` are the items of a list (aliases, `also_called`, sections,
/// sources).
fn is_list(field: &str) -> bool {
    ["aliases", "also_called", "sources"].contains(&field)
        || Section::ALL.iter().any(|s| s.name() == field)
}

/// One row of `show`: a field of the role, or an item with what the file gives it.
#[derive(Debug, Default)]
struct Row {
    field: String,
    category: String,
    value: String,
    aka: Vec<String>,
    importance: Option<f64>,
    note: Option<String>,
}

impl Row {
    /// The row's cells in the order of [`HEADER`], other spellings joined by `; `.
    fn cells(&self) -> [String; 6] {
        [
            self.field.clone(),
            self.category.clone(),
            self.value.clone(),
            self.aka.join("; "),
            self.importance.map(score_text).unwrap_or_default(),
            self.note.clone().unwrap_or_default(),
        ]
    }

    /// An item's fields beyond its name, for the table: `importance 0.80; core; also SQL`.
    fn details(&self) -> String {
        let mut parts = Vec::new();
        if let Some(importance) = self.importance {
            parts.push(format!("importance {importance:.2}"));
        }
        parts.extend(self.note.clone());
        if !self.aka.is_empty() {
            parts.push(format!("also {}", self.aka.join("; ")));
        }
        parts.join("; ")
    }
}

/// The header of `show`'s rows.
const HEADER: [&str; 6] = ["field", "category", "value", "aka", "importance", "note"];

/// The cells of every row of `role`, for TSV and CSV.
fn cells(role: &Role) -> Vec<[String; 6]> {
    fields(role).iter().map(Row::cells).collect()
}

/// The role as rows, in file order.
fn fields(role: &Role) -> Vec<Row> {
    let mut rows: Vec<Row> = vec![
        plain("id", "", &role.id),
        plain("title", "", &role.title),
        plain("source", "", &role.source.to_string()),
    ];
    rows.extend(role.aliases.iter().map(|alias| plain("aliases", "", alias)));
    rows.extend(
        role.also_called
            .iter()
            .map(|name| plain("also_called", "", name)),
    );
    rows.extend(
        role.summary
            .iter()
            .map(|summary| plain("summary", "", summary)),
    );
    for section in Section::ALL {
        if section == Section::Tools {
            rows.extend(role.tools.0.iter().map(|tool| {
                item_row(
                    "tools",
                    tool.category.as_deref().unwrap_or_default(),
                    &tool.item,
                )
            }));
        } else {
            rows.extend(
                role.items(section)
                    .into_iter()
                    .map(|item| item_row(section.name(), "", item)),
            );
        }
    }
    if let Some(outlook) = &role.outlook {
        rows.push(plain("outlook", "", &outlook.summary));
        if outlook.growth_percent.is_some() {
            rows.push(plain("outlook", "figures", &outlook_text(outlook)));
        }
    }
    rows.extend(
        role.salary
            .iter()
            .map(|salary| plain("salary", "", &salary_text(salary))),
    );
    rows.extend(
        role.sources
            .iter()
            .map(|source| plain("sources", "", source)),
    );
    rows
}

/// A row of a field that is not an item.
fn plain(field: &str, category: &str, value: &str) -> Row {
    Row {
        field: field.to_owned(),
        category: category.to_owned(),
        value: value.to_owned(),
        ..Row::default()
    }
}

/// The row of one item, with every field the file gives it.
fn item_row(field: &str, category: &str, item: &Item) -> Row {
    Row {
        aka: item.aka.clone(),
        importance: item.importance,
        note: item.note.clone(),
        ..plain(field, category, &item.name)
    }
}
