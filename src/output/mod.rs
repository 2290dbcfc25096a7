//! Rendering: one renderer a format, each writing into a `&mut dyn Write`.

mod abridge;
mod delimited;
mod diff_lines;
mod find;
mod gap;
mod gap_html;
mod json;
mod layout;
mod list;
mod markdown;
mod matrix;
mod show;
mod similar;
mod table;
mod text;
mod unwrapped;
mod yaml;

use std::io::{self, Write};

use clap::ValueEnum;

use crate::analysis::diff::RoleDiff;
use crate::terminal::Terminal;

pub use delimited::Delimited;
pub use find::{FindFormat, Found, Subject, render_find};
pub use gap::{GapFormat, render_gap};
pub use list::{ListFormat, Listed, render_list};
pub use matrix::{MatrixFormat, render_matrix};
pub use show::{ShowFormat, render_show};
pub use similar::{SimilarFormat, render_similar};
pub use text::{
    escape_control, escape_control_lines, escape_csv, escape_html, escape_tsv, table_cell,
};

/// The output formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// Tables for reading: one a section, rows marked =, ~, -, +.
    Table,
    /// One item a line, like `diff -u`: ` shared`, `-only in A`, `+only in B`, `~a => b (0.83)`.
    Diff,
    /// One JSON object, for jq and scripts.
    Json,
    /// Tab-separated: section, relation, a, b, score.
    Tsv,
    /// Comma-separated (RFC 4180): section, relation, a, b, score.
    Csv,
    /// One GitHub table a section.
    Markdown,
}

/// Writes the comparison `diff` in `format`, coloured and wrapped as `terminal` says where
/// the format allows.
pub fn render_compare(
    diff: &RoleDiff,
    format: CompareFormat,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        CompareFormat::Table => table::compare_table(diff, terminal, out),
        CompareFormat::Diff => diff_lines::compare_diff(diff, terminal, out),
        CompareFormat::Json => json::compare_json(diff, out),
        CompareFormat::Tsv => delimited::compare_delimited(Delimited::Tsv, diff, out),
        CompareFormat::Csv => delimited::compare_delimited(Delimited::Csv, diff, out),
        CompareFormat::Markdown => markdown::compare_markdown(diff, out),
    }
}

/// A score as every machine format writes it: rounded to four decimals, all four written
/// (`0.8333`, `1.0000`). JSON writes the same rounded number as a number.
fn score_text(score: f64) -> String {
    format!("{score:.4}")
}

/// A similar pair's score as the reading formats show it: `(0.83)`, or with its reasons
/// (`--explain`) `(0.83; python, pandas)`. Not escaped.
fn score_note(score: f64, because: Option<&[String]>) -> String {
    match because {
        Some(because) if !because.is_empty() => format!("({score:.2}; {})", because.join(", ")),
        _ => format!("({score:.2})"),
    }
}

/// What the two roles ask for in common as wholes, as `--explain` says it under the
/// heading: `concepts in common 24%: python, model, pipeline`. Not escaped.
fn concepts_line(diff: &RoleDiff) -> Option<String> {
    let concepts = diff.concepts.as_ref()?;
    let mut line = format!("concepts in common {}", percent(Some(concepts.similarity)));
    if !concepts.because.is_empty() {
        line.push_str(": ");
        line.push_str(&concepts.because.join(", "));
    }
    Some(line)
}

/// The similarity as a whole percentage, or `-` when there is none.
fn percent(similarity: Option<f64>) -> String {
    similarity.map_or_else(|| "-".to_owned(), |s| format!("{:.0}%", s * 100.0))
}

#[cfg(test)]
mod narrow_tests;
#[cfg(test)]
mod tests;
