//! `matrix`: pairwise similarity of several roles.

use std::io::{self, Write};
use std::ops::Range;

use clap::ValueEnum;
use comfy_table::Color;

use super::layout::{Column, Fit, Grid};
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
        MatrixFormat::Table => write_table(matrix, terminal, out),
    }
}

/// How the roles are named in the table: by id, or by number with a key below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Labels {
    /// Ids across and down.
    Ids,
    /// Numbers across, numbers and ids down.
    NumbersAcross,
    /// Numbers across and down.
    Numbers,
}

/// The matrix as a table: with ids across when they fit; else numbered columns, with ids
/// or numbers down and a key of the numbers below; else in blocks of as many numbered
/// columns as fit; else as records.
fn write_table(matrix: &Matrix, terminal: &Terminal, out: &mut dyn Write) -> io::Result<()> {
    let count = matrix.roles.len();
    let all = 0..count;
    let Some(width) = terminal.width.map(usize::from) else {
        return writeln!(
            out,
            "{}",
            grid(matrix, Labels::Ids, all, terminal).render(terminal)
        );
    };
    let whole = [Labels::Ids, Labels::NumbersAcross, Labels::Numbers]
        .into_iter()
        .find(|&labels| grid(matrix, labels, all.clone(), terminal).fits(width));
    match whole {
        Some(Labels::Ids) => {
            return writeln!(
                out,
                "{}",
                grid(matrix, Labels::Ids, all, terminal).render(terminal)
            );
        }
        Some(labels) => {
            writeln!(
                out,
                "{}",
                grid(matrix, labels, all, terminal).render(terminal)
            )?;
        }
        None => {
            // The most columns a block can hold; with none, one grid drawn as records.
            let per_block = (1..count)
                .rev()
                .find(|&columns| grid(matrix, Labels::Numbers, 0..columns, terminal).fits(width))
                .unwrap_or(count);
            let blocks: Vec<String> = (0..count)
                .step_by(per_block.max(1))
                .map(|start| {
                    let columns = start..(start + per_block).min(count);
                    grid(matrix, Labels::Numbers, columns, terminal).render(terminal)
                })
                .collect();
            writeln!(out, "{}", blocks.join("\n\n"))?;
        }
    }
    writeln!(out)?;
    for (number, id) in matrix.roles.iter().enumerate() {
        writeln!(out, "{:>3}  {}", number + 1, escape_control(id))?;
    }
    Ok(())
}

/// The columns `across` of the matrix (every row) in a grid, the roles named by `labels`.
fn grid(matrix: &Matrix, labels: Labels, across: Range<usize>, terminal: &Terminal) -> Grid {
    let header = |number: usize, id: &str| match labels {
        Labels::Ids => table_cell(id),
        Labels::NumbersAcross | Labels::Numbers => number.to_string(),
    };
    let label = |number: usize, id: &str| match labels {
        Labels::Ids => table_cell(id),
        Labels::NumbersAcross => format!("{number} {}", table_cell(id)),
        Labels::Numbers => number.to_string(),
    };
    let columns = std::iter::once(Column::new("", Fit::Whole)).chain(
        across
            .clone()
            .map(|index| Column::new(header(index + 1, &matrix.roles[index]), Fit::Whole)),
    );
    let mut grid = Grid::new(columns.collect()).titled_by(&[0]);
    for (index, (id, row)) in matrix.roles.iter().zip(&matrix.similarity).enumerate() {
        let values = &row[across.clone()];
        let texts = std::iter::once(label(index + 1, id))
            .chain(values.iter().map(|&value| format!("{:.0}%", value * 100.0)))
            .collect();
        // Each value's cell shaded by the value; the label's cell (the first) plain.
        grid.push_cells(texts, |column, cell| match column.checked_sub(1) {
            Some(at) if terminal.color => cell.bg(shade(values[at])).fg(Color::Black),
            _ => cell,
        });
    }
    grid
}

/// A background from pale to strong green as the similarity grows.
fn shade(value: f64) -> Color {
    let step = (value.clamp(0.0, 1.0) * 5.0).round() as u8;
    // The 256-colour palette's greens, light to dark: 255 (grey), 194, 157, 120, 83, 46.
    let palette = [255, 194, 157, 120, 83, 46];
    Color::AnsiValue(palette[usize::from(step)])
}
