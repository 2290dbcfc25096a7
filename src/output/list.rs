//! `list`: the roles available, with where each comes from.

use std::io::{self, Write};

use clap::ValueEnum;
use serde::Serialize;

use super::{Delimited, json::write_json, table_cell};
use crate::role::Role;
use crate::terminal::Terminal;

/// The output formats of `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for reading.
    Table,
    /// A JSON array of {id, title, aliases, source}, and `overrides` where a role's file
    /// hides others of the same id.
    Json,
    /// Tab-separated: id, title, aliases (comma-separated), source.
    Tsv,
    /// Comma-separated (RFC 4180): id, title, aliases, source.
    Csv,
}

/// One role as `list` shows it: its names, and the sources its file hides.
#[derive(Debug, Clone, Copy)]
pub struct Listed<'a> {
    /// The role's names and source.
    pub role: &'a Role,
    /// `built-in` or the paths of files with the same id that this role's file overrides.
    pub overrides: &'a [String],
}

impl Listed<'_> {
    /// The source, with what it overrides: `roles/x.yaml (overrides built-in)`.
    fn source_text(&self) -> String {
        if self.overrides.is_empty() {
            self.role.source.to_string()
        } else {
            format!(
                "{} (overrides {})",
                self.role.source,
                self.overrides.join(", ")
            )
        }
    }
}

#[derive(Serialize)]
struct ListEntry<'a> {
    id: &'a str,
    title: &'a str,
    aliases: &'a [String],
    source: String,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    overrides: &'a [String],
}

/// Writes the list of `roles` in `format`.
pub fn render_list(
    roles: &[Listed],
    format: ListFormat,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        ListFormat::Json => {
            let entries: Vec<ListEntry> = roles
                .iter()
                .map(|listed| ListEntry {
                    id: &listed.role.id,
                    title: &listed.role.title,
                    aliases: &listed.role.aliases,
                    source: listed.role.source.to_string(),
                    overrides: listed.overrides,
                })
                .collect();
            write_json(&entries, out)
        }
        ListFormat::Tsv | ListFormat::Csv => {
            let delimited = if format == ListFormat::Tsv {
                Delimited::Tsv
            } else {
                Delimited::Csv
            };
            let rows = roles.iter().map(|listed| {
                vec![
                    listed.role.id.clone(),
                    listed.role.title.clone(),
                    listed.role.aliases.join(", "),
                    listed.role.source.to_string(),
                ]
            });
            delimited.write_rows(&["id", "title", "aliases", "source"], rows, out)
        }
        ListFormat::Table => {
            let mut table = terminal.table();
            table.set_header(vec!["id", "title", "aliases", "source"]);
            for listed in roles {
                let row = [
                    &listed.role.id,
                    &listed.role.title,
                    &listed.role.aliases.join(", "),
                    &listed.source_text(),
                ]
                .map(|text| table_cell(text));
                table.add_row(Vec::from(row));
            }
            Terminal::keep_whole(&mut table, [0]);
            writeln!(out, "{table}")
        }
    }
}
