//! The `diff` format: one item a line, greppable, in the manner of `diff -u`.

use std::io::{self, Write};

use owo_colors::{AnsiColors, Style};

use super::{concepts_line, escape_control, percent, score_note};
use crate::analysis::diff::{Pair, RoleDiff};
use crate::terminal::Terminal;

/// Renders a comparison as `---`/`+++` headers, `@@ section @@` lines and marked items.
pub(super) fn compare_diff(
    diff: &RoleDiff,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    let bold = Style::new().bold();
    for (mark, role) in [("---", &diff.a), ("+++", &diff.b)] {
        let header = format!(
            "{mark} {} ({})",
            escape_control(&role.id),
            escape_control(&role.title)
        );
        writeln!(out, "{}", terminal.paint(&header, bold))?;
    }
    // Outside any hunk and marked as a comment, so a reader of hunks skips it.
    if let Some(line) = concepts_line(diff) {
        writeln!(out, "# {}", escape_control(&line))?;
    }
    for section in &diff.sections {
        let hunk = format!("@@ {} {} @@", section.section, percent(section.similarity));
        writeln!(out, "{}", terminal.paint(&hunk, Style::new().cyan()))?;
        for pair in &section.shared {
            writeln!(out, " {}", pair_text(pair, false))?;
        }
        let line = |mark: char, text: &str, color| {
            terminal.paint(&format!("{mark}{text}"), Style::new().color(color))
        };
        for pair in &section.similar {
            writeln!(
                out,
                "{}",
                line('~', &pair_text(pair, true), AnsiColors::Yellow)
            )?;
        }
        for item in &section.only_a {
            writeln!(out, "{}", line('-', &escape_control(item), AnsiColors::Red))?;
        }
        for item in &section.only_b {
            writeln!(
                out,
                "{}",
                line('+', &escape_control(item), AnsiColors::Green)
            )?;
        }
    }
    Ok(())
}

/// `a => b (0.83)` for similar pairs; a shared pair spelt alike on both sides is written once.
fn pair_text(pair: &Pair, with_score: bool) -> String {
    let a = escape_control(&pair.a);
    if with_score {
        format!(
            "{a} => {} {}",
            escape_control(&pair.b),
            escape_control(&score_note(pair.score, pair.because.as_deref()))
        )
    } else if pair.a == pair.b {
        a.into_owned()
    } else {
        format!("{a} => {}", escape_control(&pair.b))
    }
}
