//! Rendering: one renderer a format, each writing into a `&mut dyn Write`.

mod delimited;
mod diff_lines;
mod gap;
mod json;
mod list;
mod markdown;
mod matrix;
mod show;
mod similar;
mod table;
mod text;

use std::io::{self, Write};

use clap::ValueEnum;

use crate::analysis::diff::RoleDiff;
use crate::terminal::Terminal;

pub use delimited::Delimited;
pub use gap::{GapFormat, render_gap};
pub use list::{ListFormat, Listed, render_list};
pub use matrix::{MatrixFormat, render_matrix};
pub use show::{ShowFormat, render_show};
pub use similar::{SimilarFormat, render_similar};
pub use text::{escape_control, escape_control_lines, escape_csv, escape_tsv, table_cell};

/// Renders a comparison in one format.
pub trait CompareRenderer {
    /// Writes `diff` to `out`, coloured and wrapped as `terminal` says where the format allows.
    fn render(&self, diff: &RoleDiff, terminal: &Terminal, out: &mut dyn Write) -> io::Result<()>;
}

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

impl CompareFormat {
    /// The renderer for this format.
    #[must_use]
    pub fn renderer(self) -> Box<dyn CompareRenderer> {
        match self {
            CompareFormat::Table => Box::new(table::CompareTable),
            CompareFormat::Diff => Box::new(diff_lines::DiffLines),
            CompareFormat::Json => Box::new(json::Json),
            CompareFormat::Tsv => Box::new(Delimited::Tsv),
            CompareFormat::Csv => Box::new(Delimited::Csv),
            CompareFormat::Markdown => Box::new(markdown::Markdown),
        }
    }
}

/// The similarity as a whole percentage, or `-` when there is none.
fn percent(similarity: Option<f64>) -> String {
    similarity.map_or_else(|| "-".to_owned(), |s| format!("{:.0}%", s * 100.0))
}

#[cfg(test)]
mod tests;
