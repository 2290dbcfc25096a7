//! `find`: the roles that fit a text, best first.

use std::io::{self, Write};

use clap::ValueEnum;
use serde::Serialize;

use super::layout::{Column, Fit, Grid};
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

/// What the roles were found for, as the table's heading names it.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    /// Words typed on the command line.
    Text(String),
    /// A document: where it was read from, and its title.
    Document { name: String, title: String },
}

/// The most characters of a typed text the heading repeats: a whole posting pasted as
/// words is named by its beginning.
const HEADING_TEXT_CHARS: usize = 60;

impl Subject {
    /// The heading's words for this subject, escaped.
    fn heading(&self) -> String {
        match self {
            Subject::Text(text) => {
                let mut shown: String = text.chars().take(HEADING_TEXT_CHARS).collect();
                if text.chars().nth(HEADING_TEXT_CHARS).is_some() {
                    shown.push('\u{2026}');
                }
                format!("roles that fit \"{}\"", escape_control(&shown))
            }
            Subject::Document { name, title } => format!(
                "roles that fit {} (\"{}\")",
                escape_control(name),
                escape_control(title)
            ),
        }
    }
}

/// Writes the roles `found` for `subject` in `format`; the table says when the best is
/// `weak` (JSON, TSV and CSV list the rows all the same).
pub fn render_find(
    subject: &Subject,
    found: &[Found],
    weak: bool,
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
            writeln!(out, "{}\n", terminal.heading(&subject.heading()))?;
            if found.is_empty() {
                return writeln!(out, "(none: no role shares a word with the text)");
            }
            if weak {
                let best = percent(found.first().map(|f| f.score));
                writeln!(
                    out,
                    "{}\n",
                    terminal.wrap(
                        &format!("No role fits well: the best fits {best}. Try other words, or `rolediff list`."),
                        "",
                        ""
                    )
                )?;
            }
            let mut grid = Grid::new(vec![
                Column::new("#", Fit::Whole),
                Column::new("id", Fit::Whole),
                Column::new("title", Fit::Title),
                Column::new("fit", Fit::Whole),
            ])
            .titled_by(&[0, 1]);
            for (rank, f) in found.iter().enumerate() {
                let row = [
                    (rank + 1).to_string(),
                    f.id.clone(),
                    f.title.clone(),
                    percent(Some(f.score)),
                ];
                grid.push(row.map(|cell| table_cell(&cell)).to_vec());
            }
            writeln!(out, "{}", grid.render(terminal))
        }
    }
}
