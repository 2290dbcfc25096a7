//! `list`: the roles available, with where each comes from.

use std::io::{self, Write};

use clap::ValueEnum;
use serde::Serialize;

use super::layout::{Column, Fit, Grid};
use super::{Delimited, abridge, json::write_json, table_cell};
use crate::role::head::Head;
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
    pub role: &'a Head,
    /// `built-in` or the paths of files with the same id that this role's file overrides.
    pub overrides: &'a [String],
}

impl Listed<'_> {
    /// The source, with what it overrides: `roles/x.yaml (overrides built-in)`; each path
    /// shown by its folder when `abridged`.
    fn source_text(&self, abridged: bool) -> String {
        let shown = |path: &str| {
            if abridged {
                abridge::source(path)
            } else {
                path.to_owned()
            }
        };
        let source = shown(&self.role.source.to_string());
        if self.overrides.is_empty() {
            source
        } else {
            let overrides: Vec<String> = self.overrides.iter().map(|p| shown(p)).collect();
            format!("{source} (overrides {})", overrides.join(", "))
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

/// Writes the list of `roles` in `format`; a table with a width shortens long alias lists
/// unless `whole`.
pub fn render_list(
    roles: &[Listed],
    format: ListFormat,
    whole: bool,
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
            // A table with a width shows the first aliases and each file by its folder.
            let abridged = terminal.width.is_some() && !whole;
            let mut grid = Grid::new(vec![
                Column::new("id", Fit::Whole),
                Column::new("title", Fit::Title),
                Column::new("aliases", Fit::Names),
                Column::new("source", Fit::Names),
            ])
            .titled_by(&[0]);
            for listed in roles {
                let row = [
                    listed.role.id.clone(),
                    listed.role.title.clone(),
                    abridge::aliases(&listed.role.aliases, !abridged),
                    listed.source_text(abridged),
                ]
                .map(|text| table_cell(&text));
                grid.push(Vec::from(row));
            }
            writeln!(out, "{}", grid.render(terminal))
        }
    }
}
