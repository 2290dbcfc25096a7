//! `list`: the roles available, with where each comes from.

use std::io::{self, Write};

use clap::ValueEnum;
use serde::Serialize;

use super::{Delimited, json::write_json, table_cell};
use crate::role::RoleName;
use crate::terminal::Terminal;

/// The output formats of `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for reading.
    Table,
    /// A JSON array of {id, title, aliases, source}.
    Json,
    /// Tab-separated: id, title, aliases (comma-separated), source.
    Tsv,
}

#[derive(Serialize)]
struct ListEntry<'a> {
    id: &'a str,
    title: &'a str,
    aliases: &'a [String],
    source: String,
}

/// Writes the list of `roles` in `format`.
pub fn render_list(
    roles: &[RoleName],
    format: ListFormat,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        ListFormat::Json => {
            let entries: Vec<ListEntry> = roles
                .iter()
                .map(|role| ListEntry {
                    id: &role.id,
                    title: &role.title,
                    aliases: &role.aliases,
                    source: role.source.to_string(),
                })
                .collect();
            write_json(&entries, out)
        }
        ListFormat::Tsv => {
            let rows = roles.iter().map(|role| {
                vec![
                    role.id.clone(),
                    role.title.clone(),
                    role.aliases.join(", "),
                    role.source.to_string(),
                ]
            });
            Delimited::Tsv.write_rows(&["id", "title", "aliases", "source"], rows, out)
        }
        ListFormat::Table => {
            let mut table = terminal.table();
            table.set_header(vec!["id", "title", "aliases", "source"]);
            for role in roles {
                let row = [
                    &role.id,
                    &role.title,
                    &role.aliases.join(", "),
                    &role.source.to_string(),
                ]
                .map(|text| table_cell(text));
                table.add_row(Vec::from(row));
            }
            writeln!(out, "{table}")
        }
    }
}
