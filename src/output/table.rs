//! The `table` format of `compare`: a header, outlook and salary side by side, then one
//! table a section with rows marked `=`, `~`, `-`, `+`.

use std::io::{self, Write};

use comfy_table::Color;
use owo_colors::Style;

use super::layout::{Column, Fit, Grid};
use super::{concepts_line, escape_control, percent, score_note, table_cell};
use crate::analysis::diff::{RoleDiff, SectionDiff};
use crate::role::{Outlook, Salary};
use crate::terminal::Terminal;

/// Renders a comparison as tables for reading.
pub(super) fn compare_table(
    diff: &RoleDiff,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    let heading = format!(
        "{}  vs  {}",
        escape_control(&diff.a.title),
        escape_control(&diff.b.title)
    );
    let score = format!("overlap {}", percent(Some(diff.similarity)));
    // The score goes on a line of its own when both do not fit the terminal.
    let fits = terminal
        .width
        .is_none_or(|width| heading.chars().count() + 4 + score.len() <= usize::from(width));
    let gap = if fits { "    " } else { "\n" };
    writeln!(out, "{}{gap}{score}", terminal.heading(&heading))?;
    if let Some(line) = concepts_line(diff) {
        writeln!(out, "{}", terminal.wrap(&escape_control(&line), "", "  "))?;
    }
    if let Some(facts) = facts_table(diff, terminal) {
        writeln!(out, "\n{facts}")?;
    }
    for section in &diff.sections {
        write_section(section, diff, terminal, out)?;
    }
    Ok(())
}

fn write_section(
    section: &SectionDiff,
    diff: &RoleDiff,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    let name = terminal.paint(section.section.name(), Style::new().bold());
    let Some(similarity) = section.similarity else {
        return writeln!(out, "\n{name}  -  (neither role lists any)");
    };
    writeln!(
        out,
        "\n{name}  {}  {}",
        percent(Some(similarity)),
        bar(similarity)
    )?;
    let rows = rows(section);
    if rows.is_empty() {
        return Ok(());
    }
    let mut grid = Grid::new(vec![
        Column::new("", Fit::Whole),
        Column::new(table_cell(&diff.a.title), Fit::Text),
        Column::new(table_cell(&diff.b.title), Fit::Text),
    ])
    .titled_by(&[0]);
    for (mark, a, b) in rows {
        let (color, style) = match mark {
            '-' => (Some(Color::Red), Some(Style::new().red())),
            '+' => (Some(Color::Green), Some(Style::new().green())),
            '~' => (Some(Color::Yellow), Some(Style::new().yellow())),
            _ => (None, None),
        };
        let cells = [mark.to_string(), a, b].map(|text| table_cell(&text));
        grid.push_styled(Vec::from(cells), style, color);
    }
    writeln!(out, "{}", grid.render(terminal))
}

/// The rows of a section: shared, similar, only in A, only in B.
fn rows(section: &SectionDiff) -> Vec<(char, String, String)> {
    let shared = section.shared.iter().map(|p| {
        let (a, b) = p.importance_notes();
        ('=', format!("{}{a}", p.a), format!("{}{b}", p.b))
    });
    let similar = section.similar.iter().map(|p| {
        let (a, b) = p.importance_notes();
        (
            '~',
            format!("{}{a}", p.a),
            format!("{}{b}  {}", p.b, score_note(p.score, p.because.as_deref())),
        )
    });
    let only_a = section
        .only_a
        .iter()
        .map(|a| ('-', a.clone(), String::new()));
    let only_b = section
        .only_b
        .iter()
        .map(|b| ('+', String::new(), b.clone()));
    shared.chain(similar).chain(only_a).chain(only_b).collect()
}

/// Ten characters showing a similarity: `####------` for 40%.
fn bar(similarity: f64) -> String {
    let filled = (similarity * 10.0).round().clamp(0.0, 10.0) as usize;
    format!("{}{}", "#".repeat(filled), "-".repeat(10 - filled))
}

/// Outlook and salary side by side, when either role has them.
fn facts_table(diff: &RoleDiff, terminal: &Terminal) -> Option<String> {
    let has_outlook = diff.outlook.is_stated();
    let has_salary = diff.salary.is_stated();
    if !has_outlook && !has_salary {
        return None;
    }
    let mut table = Grid::new(vec![
        Column::new("", Fit::Whole),
        Column::new(table_cell(&diff.a.title), Fit::Text),
        Column::new(table_cell(&diff.b.title), Fit::Text),
    ])
    .titled_by(&[0]);
    if has_outlook {
        let text = |o: &Option<Outlook>| {
            o.as_ref()
                .map_or_else(|| "-".to_owned(), |o| table_cell(&outlook_text(o)))
        };
        table.push(vec![
            "outlook".to_owned(),
            text(&diff.outlook.a),
            text(&diff.outlook.b),
        ]);
    }
    if has_salary {
        let text = |s: &Option<Salary>| {
            s.as_ref()
                .map_or_else(|| "-".to_owned(), |s| table_cell(&salary_text(s)))
        };
        table.push(vec![
            "salary".to_owned(),
            text(&diff.salary.a),
            text(&diff.salary.b),
        ]);
    }
    Some(table.render(terminal))
}

/// An outlook in one line: the summary, or growth and period when they are given. Raw
/// text: the format that prints it escapes it, once.
pub(super) fn outlook_text(outlook: &Outlook) -> String {
    let figures = match (outlook.growth_percent, &outlook.period) {
        (Some(growth), Some(period)) => format!("{growth:+}% ({period})"),
        (Some(growth), None) => format!("{growth:+}%"),
        _ => outlook.summary.clone(),
    };
    match (&outlook.source, outlook.growth_percent) {
        (Some(source), Some(_)) => format!("{figures}, {source}"),
        _ => figures,
    }
}

/// Pay in one line (raw text, as [`outlook_text`]): `USD 110,000 - 138,000 a year, median
/// 120,000`.
pub(super) fn salary_text(salary: &Salary) -> String {
    let currency = &salary.currency;
    let range = match (salary.min, salary.max) {
        (Some(min), Some(max)) => Some(format!("{} - {}", thousands(min), thousands(max))),
        (Some(only), None) | (None, Some(only)) => Some(thousands(only)),
        (None, None) => None,
    };
    let median = salary
        .median
        .map(|median| format!("median {}", thousands(median)));
    match (range, median) {
        (Some(range), Some(median)) => format!("{currency} {range} a year, {median}"),
        (Some(range), None) => format!("{currency} {range} a year"),
        (None, Some(median)) => format!("{currency} {median} a year"),
        (None, None) => format!("{currency} (no figures)"),
    }
}

fn thousands(value: f64) -> String {
    let digits = format!("{:.0}", value.abs());
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if value < 0.0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}
