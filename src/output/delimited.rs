//! TSV and CSV: one renderer with a delimiter. CSV is quoted per RFC 4180; TSV escapes
//! backslash, tab, newline and carriage return inside fields as `\\`, `\t`, `\n`, `\r`.
//! Both escape the other control, bidi and invisible characters as every terminal
//! output does: a CSV file is read in a terminal too.

use std::io::{self, Write};

use super::{escape_csv, escape_tsv, score_text};
use crate::analysis::diff::RoleDiff;

/// A delimited text format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delimited {
    /// Tab-separated values with escapes.
    Tsv,
    /// Comma-separated values, RFC 4180.
    Csv,
}

impl Delimited {
    /// Writes a header and rows.
    pub fn write_rows<I, R, F>(
        self,
        header: &[&str],
        rows: I,
        out: &mut dyn Write,
    ) -> io::Result<()>
    where
        I: IntoIterator<Item = R>,
        R: AsRef<[F]>,
        F: AsRef<str>,
    {
        match self {
            Delimited::Csv => {
                let mut writer = csv::WriterBuilder::new()
                    .terminator(csv::Terminator::CRLF)
                    .from_writer(out);
                writer.write_record(header)?;
                for row in rows {
                    writer.write_record(
                        row.as_ref()
                            .iter()
                            .map(|field| escape_csv(field.as_ref()).into_owned()),
                    )?;
                }
                writer.flush()
            }
            Delimited::Tsv => {
                writeln!(out, "{}", header.join("\t"))?;
                for row in rows {
                    let fields: Vec<_> = row
                        .as_ref()
                        .iter()
                        .map(|field| escape_tsv(field.as_ref()))
                        .collect();
                    writeln!(out, "{}", fields.join("\t"))?;
                }
                Ok(())
            }
        }
    }
}

pub(super) fn compare_delimited(
    format: Delimited,
    diff: &RoleDiff,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut rows = Vec::new();
    for section in &diff.sections {
        let name = section.section.name();
        for pair in &section.shared {
            rows.push(vec![
                name.to_owned(),
                "shared".into(),
                pair.a.clone(),
                pair.b.clone(),
                score_text(pair.score),
                String::new(),
            ]);
        }
        for pair in &section.similar {
            rows.push(vec![
                name.to_owned(),
                "similar".into(),
                pair.a.clone(),
                pair.b.clone(),
                score_text(pair.score),
                pair.because.as_deref().unwrap_or_default().join("; "),
            ]);
        }
        for item in &section.only_a {
            rows.push(vec![
                name.to_owned(),
                "only_a".into(),
                item.clone(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        for item in &section.only_b {
            rows.push(vec![
                name.to_owned(),
                "only_b".into(),
                String::new(),
                item.clone(),
                String::new(),
                String::new(),
            ]);
        }
    }
    // `--explain` adds a column of the reasons of similar pairs, `; ` between them.
    let mut header = vec!["section", "relation", "a", "b", "score"];
    if diff.explained {
        header.push("because");
    } else {
        for row in &mut rows {
            row.pop();
        }
    }
    format.write_rows(&header, rows, out)
}
