//! `gap`: what carries over from one role to another and what to learn.

use std::io::{self, Write};

use clap::ValueEnum;
use serde_json::{Map, Value, json};

use super::layout::{Column, Fit, Grid};
use super::markdown::cell;
use super::{Delimited, escape_control, json::write_json, score_text, table_cell};
use crate::analysis::gap::{CarriedOver, Gap, ToLearn};
use crate::role::section::Section;
use crate::terminal::Terminal;

/// The output formats of `gap`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GapFormat {
    /// Tables and lists for reading.
    Table,
    /// Markdown: headings, a table and lists.
    Markdown,
    /// One JSON object: `{from, to, coverage, carries_over, to_learn, tips}`.
    Json,
    /// Tab-separated, one row an item (carried over, to learn, tip): its sections, both
    /// sides, score, importance, note and category.
    Tsv,
    /// Comma-separated (RFC 4180), as TSV.
    Csv,
    /// One self-contained HTML page to print or send: a chart of coverage by section, what
    /// carries over, what to learn, the tips.
    Html,
}

/// Writes `gap` in `format`.
pub fn render_gap(
    gap: &Gap,
    format: GapFormat,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        GapFormat::Json => write_json(&gap_json(gap), out),
        GapFormat::Markdown => write_markdown(gap, out),
        GapFormat::Table => write_table(gap, terminal, out),
        GapFormat::Tsv => write_rows(gap, Delimited::Tsv, out),
        GapFormat::Csv => write_rows(gap, Delimited::Csv, out),
        GapFormat::Html => super::gap_html::write_html(gap, out),
    }
}

/// One row an item: what carries over (`carries_over`, with its score), what to learn
/// (`to_learn`, with its importance) and the tips (`tip`).
fn write_rows(gap: &Gap, delimited: Delimited, out: &mut dyn Write) -> io::Result<()> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for item in &gap.carries_over {
        rows.push(vec![
            "carries_over".to_owned(),
            item.section.name().to_owned(),
            item.from_section.name().to_owned(),
            item.from.clone(),
            item.to.clone(),
            score_text(item.score),
            String::new(),
            String::new(),
            String::new(),
            item.because.as_deref().unwrap_or_default().join("; "),
        ]);
    }
    for (section, items) in &gap.to_learn {
        for item in items {
            rows.push(vec![
                "to_learn".to_owned(),
                section.name().to_owned(),
                String::new(),
                String::new(),
                item.name.clone(),
                String::new(),
                item.importance.map(score_text).unwrap_or_default(),
                item.note.clone().unwrap_or_default(),
                item.category.clone().unwrap_or_default(),
                String::new(),
            ]);
        }
    }
    for tip in &gap.tips {
        let mut row = vec![String::new(); 10];
        "tip".clone_into(&mut row[0]);
        row[4].clone_from(tip);
        rows.push(row);
    }
    let mut header = vec![
        "kind",
        "section",
        "from_section",
        "from",
        "to",
        "score",
        "importance",
        "note",
        "category",
    ];
    // `--explain` adds a column of the reasons of near matches, `; ` between them.
    if gap.explained {
        header.push("because");
    } else {
        for row in &mut rows {
            row.pop();
        }
    }
    delimited.write_rows(&header, rows, out)
}

fn gap_json(gap: &Gap) -> Value {
    let to_learn: Map<String, Value> = gap
        .to_learn
        .iter()
        .map(|(section, items)| {
            (
                section.name().to_owned(),
                items.iter().map(learn_json).collect(),
            )
        })
        .collect();
    let coverage: Map<String, Value> = gap
        .coverage
        .iter()
        .map(|c| {
            (
                c.section.name().to_owned(),
                json!({"covered": c.covered, "required": c.required}),
            )
        })
        .collect();
    let mut object = json!({
        "from": gap.from,
        "to": gap.to,
        "coverage": coverage,
        "carries_over": gap.carries_over,
        "to_learn": to_learn,
        "tips": gap.tips,
    });
    if !gap.left_out.is_empty() {
        let left_out: Map<String, Value> = gap
            .left_out
            .iter()
            .map(|(section, count)| (section.name().to_owned(), (*count).into()))
            .collect();
        object["left_out"] = left_out.into();
    }
    if !gap.attribution.is_empty() {
        object["attribution"] = gap.attribution.clone().into();
    }
    object
}

/// An item to learn as JSON: its name, and its importance where it has one.
fn learn_json(item: &ToLearn) -> Value {
    let mut object = Map::new();
    object.insert("name".to_owned(), item.name.clone().into());
    if let Some(importance) = item.importance {
        object.insert("importance".to_owned(), importance.into());
    }
    if let Some(note) = &item.note {
        object.insert("note".to_owned(), note.clone().into());
    }
    if let Some(category) = &item.category {
        object.insert("category".to_owned(), category.clone().into());
    }
    Value::Object(object)
}

/// An item to learn in one line: its name, with its importance and note where given.
pub(super) fn learn_text(item: &ToLearn) -> String {
    let importance = item
        .importance
        .map(|importance| format!("importance {importance:.2}"));
    let details: Vec<String> = importance.into_iter().chain(item.note.clone()).collect();
    if details.is_empty() {
        item.name.clone()
    } else {
        format!("{} ({})", item.name, details.join(", "))
    }
}

/// The summary line: how many of the target's requirements are covered, by section.
pub(super) fn summary_text(gap: &Gap) -> String {
    let covered: usize = gap.coverage.iter().map(|c| c.covered).sum();
    let required: usize = gap.coverage.iter().map(|c| c.required).sum();
    let sections: Vec<String> = gap
        .coverage
        .iter()
        .filter(|c| c.required > 0)
        .map(|c| format!("{} {}/{}", c.section, c.covered, c.required))
        .collect();
    let by_section = if sections.is_empty() {
        String::new()
    } else {
        format!(": {}", sections.join(", "))
    };
    format!("covers {covered} of {required} requirements{by_section}")
}

/// The first role's item as the plan shows it: with its own section when it covers a
/// requirement of another (`SQL (your skills)`).
pub(super) fn from_text(item: &CarriedOver) -> String {
    if item.from_section == item.section {
        item.from.clone()
    } else {
        format!("{} (your {})", item.from, item.from_section)
    }
}

/// The target's requirement as the plan shows it: with the score of a near match, so that
/// it never reads as exact.
pub(super) fn to_text(item: &CarriedOver) -> String {
    if item.score < 1.0 {
        format!(
            "{}  {}",
            item.to,
            super::score_note(item.score, item.because.as_deref())
        )
    } else {
        item.to.clone()
    }
}

/// What `--top` left out of a section's list, when it left anything: `and 3 more`.
pub(super) fn more_text(gap: &Gap, section: Section) -> Option<String> {
    gap.left_out
        .iter()
        .find(|(cut, _)| *cut == section)
        .map(|(_, count)| format!("and {count} more (a larger --top shows them)"))
}

fn write_table(gap: &Gap, terminal: &Terminal, out: &mut dyn Write) -> io::Result<()> {
    let bold = owo_colors::Style::new().bold();
    let heading = format!(
        "from {} to {}",
        escape_control(&gap.from.title),
        escape_control(&gap.to.title)
    );
    writeln!(
        out,
        "{}\n{}\n\n{}",
        terminal.heading(&heading),
        terminal.wrap(&summary_text(gap), "", "  "),
        terminal.paint("carries over", bold)
    )?;
    if gap.carries_over.is_empty() {
        writeln!(out, "  (nothing)")?;
    } else {
        let mut table = Grid::new(vec![
            Column::new("section", Fit::Whole),
            Column::new(table_cell(&gap.from.title), Fit::Text),
            Column::new(table_cell(&gap.to.title), Fit::Text),
        ]);
        for item in &gap.carries_over {
            table.push(vec![
                item.section.name().to_owned(),
                table_cell(&from_text(item)),
                table_cell(&to_text(item)),
            ]);
        }
        writeln!(out, "{}", table.render(terminal))?;
    }
    for (section, items) in &gap.to_learn {
        writeln!(
            out,
            "\n{}",
            terminal.paint(&format!("to learn: {section}"), bold)
        )?;
        if items.is_empty() {
            writeln!(out, "  (nothing)")?;
        }
        for item in items {
            let text = learn_text(item);
            writeln!(
                out,
                "{}",
                terminal.wrap(&escape_control(&text), "  - ", "    ")
            )?;
        }
        if let Some(more) = more_text(gap, *section) {
            writeln!(out, "{}", terminal.wrap(&more, "  ", "  "))?;
        }
    }
    if !gap.tips.is_empty() {
        writeln!(out, "\n{}", terminal.paint("tips", bold))?;
    }
    for tip in &gap.tips {
        writeln!(
            out,
            "{}",
            terminal.wrap(&escape_control(tip), "  - ", "    ")
        )?;
    }
    if !gap.attribution.is_empty() {
        writeln!(out)?;
    }
    for line in &gap.attribution {
        writeln!(out, "{}", terminal.wrap(&escape_control(line), "", ""))?;
    }
    Ok(())
}

/// The plan as a Markdown hand-out: no heading without content, near matches with their
/// score, a cut list with how many more, the sources' attribution.
fn write_markdown(gap: &Gap, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "## From {} to {}\n\n{}\n\n### Carries over\n",
        cell(&gap.from.title),
        cell(&gap.to.title),
        summary_text(gap)
    )?;
    if gap.carries_over.is_empty() {
        writeln!(
            out,
            "Nothing yet: no item of the first role covers a requirement."
        )?;
    } else {
        writeln!(
            out,
            "| section | {} | {} |\n|---|---|---|",
            cell(&gap.from.title),
            cell(&gap.to.title)
        )?;
    }
    for item in &gap.carries_over {
        writeln!(
            out,
            "| {} | {} | {} |",
            item.section,
            cell(&from_text(item)),
            cell(&to_text(item))
        )?;
    }
    for (section, items) in gap.to_learn.iter().filter(|(_, items)| !items.is_empty()) {
        writeln!(out, "\n### To learn: {section}\n")?;
        for item in items {
            writeln!(out, "- {}", cell(&learn_text(item)))?;
        }
        if let Some(more) = more_text(gap, *section) {
            writeln!(out, "- *{more}*")?;
        }
    }
    if !gap.tips.is_empty() {
        writeln!(out, "\n### Tips\n")?;
    }
    for tip in &gap.tips {
        writeln!(out, "- {}", cell(tip))?;
    }
    if !gap.attribution.is_empty() {
        writeln!(out, "\n---\n")?;
    }
    for line in &gap.attribution {
        writeln!(out, "{}\n", cell(line))?;
    }
    Ok(())
}
