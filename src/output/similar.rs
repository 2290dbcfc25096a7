//! `similar`: other roles ranked by similarity to one.

use std::io::{self, Write};

use clap::ValueEnum;

use super::layout::{Column, Fit, Grid};
use super::{Delimited, escape_control, json::write_json, percent, score_text, table_cell};
use crate::analysis::related::Neighbour;
use crate::terminal::Terminal;

/// The output formats of `similar`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SimilarFormat {
    /// A table for reading.
    Table,
    /// A JSON array of {id, title, similarity, drivers}, best first.
    Json,
    /// Tab-separated: id, title, similarity, drivers.
    Tsv,
    /// Comma-separated (RFC 4180): id, title, similarity, drivers.
    Csv,
}

/// Writes the ranked `neighbours` of the role titled `title`.
pub fn render_similar(
    title: &str,
    neighbours: &[Neighbour],
    format: SimilarFormat,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        SimilarFormat::Json => write_json(neighbours, out),
        SimilarFormat::Tsv | SimilarFormat::Csv => {
            let delimited = if format == SimilarFormat::Tsv {
                Delimited::Tsv
            } else {
                Delimited::Csv
            };
            let rows = neighbours.iter().map(|n| {
                [
                    n.id.clone(),
                    n.title.clone(),
                    score_text(n.similarity),
                    n.drivers.join(", "),
                ]
            });
            delimited.write_rows(&["id", "title", "similarity", "drivers"], rows, out)
        }
        SimilarFormat::Table => {
            writeln!(out, "roles most like {}\n", escape_control(title))?;
            let mut grid = Grid::new(vec![
                Column::new("#", Fit::Whole),
                Column::new("id", Fit::Whole),
                Column::new("title", Fit::Title),
                Column::new("similarity", Fit::Whole),
                Column::new("driven by", Fit::Names),
            ])
            .titled_by(&[0, 1]);
            for (rank, n) in neighbours.iter().enumerate() {
                let row = [
                    (rank + 1).to_string(),
                    n.id.clone(),
                    n.title.clone(),
                    percent(Some(n.similarity)),
                    n.drivers.join(", "),
                ];
                grid.push(row.map(|cell| table_cell(&cell)).to_vec());
            }
            writeln!(out, "{}", grid.render(terminal))
        }
    }
}
