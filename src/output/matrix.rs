//! `matrix`: pairwise similarity of several roles.

use std::io::{self, Write};

use clap::ValueEnum;
use comfy_table::{Cell, Color};

use super::{Delimited, escape_control, json::write_json, score_text, table_cell};
use crate::analysis::related::Matrix;
use crate::terminal::Terminal;

/// The output formats of `matrix`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MatrixFormat {
    /// A table, shaded by value in a terminal.
    Table,
    /// CSV: a header of ids, then one row a role.
    Csv,
    /// TSV: a header of ids, then one row a role.
    Tsv,
    /// {"roles": [ids], "similarity": [[...]]}.
    Json,
}

/// Writes `matrix` in `format`.
pub fn render_matrix(
    matrix: &Matrix,
    format: MatrixFormat,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        MatrixFormat::Json => write_json(matrix, out),
        MatrixFormat::Csv | MatrixFormat::Tsv => {
            let delimited = if format == MatrixFormat::Tsv {
                Delimited::Tsv
            } else {
                Delimited::Csv
            };
            let header: Vec<&str> = std::iter::once("id")
                .chain(matrix.roles.iter().map(String::as_str))
                .collect();
            let rows = matrix
                .roles
                .iter()
                .zip(&matrix.similarity)
                .map(|(id, row)| {
                    std::iter::once(id.clone())
                        .chain(row.iter().map(|&value| score_text(value)))
                        .collect::<Vec<_>>()
                });
            delimited.write_rows(&header, rows, out)
        }
        MatrixFormat::Table => {
            let mut table = terminal.table();
            let header = std::iter::once(String::new()).chain(
                matrix
                    .roles
                    .iter()
                    .map(|id| escape_control(id).into_owned()),
            );
            table.set_header(header.collect::<Vec<_>>());
            for (id, row) in matrix.roles.iter().zip(&matrix.similarity) {
                let cells = row.iter().map(|&value| {
                    let cell = Cell::new(format!("{:.0}%", value * 100.0));
                    if terminal.color {
                        cell.bg(shade(value)).fg(Color::Black)
                    } else {
                        cell
                    }
                });
                table.add_row(
                    std::iter::once(Cell::new(table_cell(id)))
                        .chain(cells)
                        .collect::<Vec<_>>(),
                );
            }
            Terminal::keep_whole(&mut table, 0..=matrix.roles.len());
            writeln!(out, "{table}")
        }
    }
}

/// A background from pale to strong green as the similarity grows.
fn shade(value: f64) -> Color {
    let step = (value.clamp(0.0, 1.0) * 5.0).round() as u8;
    // The 256-colour palette's greens, light to dark: 255 (grey), 194, 157, 120, 83, 46.
    let palette = [255, 194, 157, 120, 83, 46];
    Color::AnsiValue(palette[usize::from(step)])
}
