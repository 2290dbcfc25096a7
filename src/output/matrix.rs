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
    let every: Vec<usize> = (0..count).collect();
    let draw = |labels, across: Range<usize>| {
        grid(matrix, labels, across, &every, terminal).render(terminal)
    };
    let Some(width) = terminal.width.map(usize::from) else {
        return writeln!(out, "{}", draw(Labels::Ids, 0..count));
    };
    let fits = |labels, across: Range<usize>| {
        let rows = probe_rows(matrix, labels, &across);
        grid(matrix, labels, across, &rows, terminal).fits(width)
    };
    // Each column takes at least `100%` and its frame, 7 columns: more roles than that
    // allows are drawn in blocks without trying whole grids of every row.
    let may_fit_whole = count.saturating_mul(7) < width;
    let whole = [Labels::Ids, Labels::NumbersAcross, Labels::Numbers]
        .into_iter()
        .filter(|_| may_fit_whole)
        .find(|&labels| fits(labels, 0..count));
    match whole {
        Some(Labels::Ids) => return writeln!(out, "{}", draw(Labels::Ids, 0..count)),
        Some(labels) => writeln!(out, "{}", draw(labels, 0..count))?,
        None => {
            // The most columns a block can hold (more never fit better: a binary search);
            // with none, one grid drawn as records.
            let (mut fitting, mut too_many) = (0, count);
            while fitting + 1 < too_many {
                let middle = usize::midpoint(fitting, too_many);
                if fits(Labels::Numbers, 0..middle) {
                    fitting = middle;
                } else {
                    too_many = middle;
                }
            }
            let per_block = if fitting == 0 { count } else { fitting };
            let blocks: Vec<String> = (0..count)
                .step_by(per_block.max(1))
                .map(|start| draw(Labels::Numbers, start..(start + per_block).min(count)))
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

/// The rows that decide a grid's widths, so that whether it fits is known without every
/// row: the row with the widest label, and the rows of the columns shown (each holds its
/// column's `100%`, the widest value there is).
fn probe_rows(matrix: &Matrix, labels: Labels, across: &Range<usize>) -> Vec<usize> {
    let widest = (0..matrix.roles.len()).max_by_key(|&index| {
        label_of(labels, index + 1, &matrix.roles[index])
            .chars()
            .count()
    });
    let mut rows: Vec<usize> = across.clone().chain(widest).collect();
    rows.sort_unstable();
    rows.dedup();
    rows
}

/// How a role is named down the side.
fn label_of(labels: Labels, number: usize, id: &str) -> String {
    match labels {
        Labels::Ids => table_cell(id),
        Labels::NumbersAcross => format!("{number} {}", table_cell(id)),
        Labels::Numbers => number.to_string(),
    }
}

/// The columns `across` and the `rows` of the matrix in a grid, the roles named by
/// `labels`.
fn grid(
    matrix: &Matrix,
    labels: Labels,
    across: Range<usize>,
    rows: &[usize],
    terminal: &Terminal,
) -> Grid {
    let header = |number: usize, id: &str| match labels {
        Labels::Ids => table_cell(id),
        Labels::NumbersAcross | Labels::Numbers => number.to_string(),
    };
    let columns = std::iter::once(Column::new("", Fit::Whole)).chain(
        across
            .clone()
            .map(|index| Column::new(header(index + 1, &matrix.roles[index]), Fit::Whole)),
    );
    let mut grid = Grid::new(columns.collect()).titled_by(&[0]);
    for &index in rows {
        let (id, row) = (&matrix.roles[index], &matrix.similarity[index]);
        let values = &row[across.clone()];
        let texts = std::iter::once(label_of(labels, index + 1, id))
            .chain(values.iter().map(|&value| format!("{:.0}%", value * 100.0)))
            .collect();
        // Each value's cell shaded by the value; the label's cell (the first) plain.
        grid.push_cells(texts, |column| match column.checked_sub(1) {
            Some(at) if terminal.color => (Some(Color::Black), Some(shade(values[at]))),
            _ => (None, None),
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
