//! The `markdown` format: a heading and one GitHub table a section.

use std::io::{self, Write};

use super::{concepts_line, escape_control, percent, score_note};
use crate::analysis::diff::RoleDiff;

/// Renders a comparison as GitHub-flavoured Markdown.
pub(super) fn compare_markdown(diff: &RoleDiff, out: &mut dyn Write) -> io::Result<()> {
    let (a, b) = (cell(&diff.a.title), cell(&diff.b.title));
    writeln!(
        out,
        "## {a} vs {b}\n\nOverall overlap: {}",
        percent(Some(diff.similarity))
    )?;
    if let Some(line) = concepts_line(diff) {
        writeln!(out, "\n{}", cell(&capitalised(&line)))?;
    }
    for section in &diff.sections {
        writeln!(
            out,
            "\n### {} ({})\n",
            section.section,
            percent(section.similarity)
        )?;
        writeln!(out, "|   | {a} | {b} |\n|---|---|---|")?;
        for pair in &section.shared {
            let (note_a, note_b) = pair.importance_notes();
            writeln!(
                out,
                "| = | {}{note_a} | {}{note_b} |",
                cell(&pair.a),
                cell(&pair.b)
            )?;
        }
        for pair in &section.similar {
            let (note_a, note_b) = pair.importance_notes();
            writeln!(
                out,
                "| ~ | {}{note_a} | {}{note_b} {} |",
                cell(&pair.a),
                cell(&pair.b),
                cell(&score_note(pair.score, pair.because.as_deref()))
            )?;
        }
        for item in &section.only_a {
            writeln!(out, "| - | {} |   |", cell(item))?;
        }
        for item in &section.only_b {
            writeln!(out, "| + |   | {} |", cell(item))?;
        }
    }
    Ok(())
}

/// Text safe inside a table cell: `|` and `\` escaped, `<`, `>` and `&` written as
/// entities so that role text never becomes HTML, control characters made visible.
pub(super) fn cell(text: &str) -> String {
    escape_control(text)
        .replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `text` with its first letter upper case, for a line that opens a paragraph.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
