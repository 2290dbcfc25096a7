//! `find`: the roles that fit a text, best first.

use std::io::{self, Write};

use clap::ValueEnum;
use serde::Serialize;

use super::{Delimited, escape_control, json::write_json, percent, score_text, table_cell};
use crate::terminal::Terminal;

/// The output formats of `find`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FindFormat {
    /// A table for reading.
    Table,
    /// A JSON array of {id, title, score}, best first.
    Json,
    /// Tab-separated: id, title, score.
    Tsv,
    /// Comma-separated (RFC 4180): id, title, score.
    Csv,
}

/// One role found, with how well it fits (0 to 1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Found {
    /// The role's id.
    pub id: String,
    /// The role's title.
    pub title: String,
    /// How well it fits the text, 0 to 1.
    pub score: f64,
}

/// Writes the roles `found` for `text` in `format`.
pub fn render_find(
    text: &str,
    found: &[Found],
    format: FindFormat,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    let rows = || {
        found
            .iter()
            .map(|f| [f.id.clone(), f.title.clone(), score_text(f.score)])
    };
    match format {
        FindFormat::Json => write_json(found, out),
        FindFormat::Tsv => Delimited::Tsv.write_rows(&["id", "title", "score"], rows(), out),
        FindFormat::Csv => Delimited::Csv.write_rows(&["id", "title", "score"], rows(), out),
        FindFormat::Table => {
            let heading = format!("roles that fit \"{}\"", escape_control(text));
            writeln!(out, "{}\n", terminal.heading(&heading))?;
            if found.is_empty() {
                return writeln!(out, "(none: no role shares a word with the text)");
            }
            let mut table = terminal.table();
            table.set_header(vec!["#", "id", "title", "fit"]);
            for (rank, f) in found.iter().enumerate() {
                let row = [
                    (rank + 1).to_string(),
                    f.id.clone(),
                    f.title.clone(),
                    percent(Some(f.score)),
                ];
                table.add_row(row.map(|cell| table_cell(&cell)).to_vec());
            }
            Terminal::keep_whole(&mut table, [1]);
            writeln!(out, "{table}")
        }
    }
}
