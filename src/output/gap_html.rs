//! `gap --format html`: the plan as one page to keep, print or send. Self-contained: inline
//! CSS and an inline SVG chart of coverage by section, no script, nothing fetched. Every
//! text from a role passes [`escape_html`].

use std::fmt::Write as _;
use std::io::{self, Write};

use super::escape_html;
use super::gap::{from_text, learn_text, more_text, summary_text, to_text};
use crate::analysis::gap::Gap;

/// The page's style: readable on screen and on paper, no colour needed to read it.
const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;\
max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:1.8rem;\
border-bottom:1px solid #ccc;padding-bottom:.2rem}table{border-collapse:collapse;width:100%}\
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #e3e3e3}\
th{font-weight:600}.more{color:#555;font-style:italic}\
figure{margin:1rem 0}figcaption{color:#555;font-size:.9rem}svg text{font-size:13px;\
font-family:inherit}footer{margin-top:2.5rem;color:#555;font-size:.85rem}\
@media print{body{margin:0}h2{break-after:avoid}}";

/// The chart's geometry: the label column, the bar's full length, one row's height.
const LABEL_WIDTH: u32 = 120;
const BAR_WIDTH: u32 = 300;
const ROW_HEIGHT: u32 = 26;

/// Writes `gap` as one HTML page.
pub(super) fn write_html(gap: &Gap, out: &mut dyn Write) -> io::Result<()> {
    let mut page = String::new();
    let title = format!(
        "From {} to {}",
        escape_html(&gap.from.title),
        escape_html(&gap.to.title)
    );
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>{title}</h1>\n<p>{}</p>\n",
        escape_html(&summary_text(gap))
    );
    chart(gap, &mut page);
    carries_over(gap, &mut page);
    to_learn(gap, &mut page);
    if !gap.tips.is_empty() {
        page.push_str("<h2>Tips</h2>\n<ul>\n");
        for tip in &gap.tips {
            let _ = writeln!(page, "<li>{}</li>", escape_html(tip));
        }
        page.push_str("</ul>\n");
    }
    if !gap.attribution.is_empty() {
        page.push_str("<footer>\n");
        for line in &gap.attribution {
            let _ = writeln!(page, "<p>{}</p>", escape_html(line));
        }
        page.push_str("</footer>\n");
    }
    page.push_str("</main>\n</body>\n</html>\n");
    out.write_all(page.as_bytes())
}

/// A bar a section with requirements: how many of them are covered.
fn chart(gap: &Gap, page: &mut String) {
    let rows: Vec<_> = gap.coverage.iter().filter(|c| c.required > 0).collect();
    if rows.is_empty() {
        return;
    }
    let count = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    let width = LABEL_WIDTH + BAR_WIDTH + 70;
    let height = count * ROW_HEIGHT + 4;
    let _ = writeln!(
        page,
        "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"coverage\">\n\
         <title id=\"coverage\">Requirements covered, by section</title>"
    );
    for (row, coverage) in (0..count).zip(rows) {
        let y = row * ROW_HEIGHT + 2;
        let filled = BAR_WIDTH * u32::try_from(coverage.covered).unwrap_or(0)
            / u32::try_from(coverage.required).unwrap_or(1).max(1);
        let text_y = y + ROW_HEIGHT / 2 + 4;
        let _ = writeln!(
            page,
            "<text x=\"0\" y=\"{text_y}\">{section}</text>\
             <rect x=\"{LABEL_WIDTH}\" y=\"{y}\" width=\"{BAR_WIDTH}\" height=\"{bar}\" fill=\"#e6e6e6\"/>\
             <rect x=\"{LABEL_WIDTH}\" y=\"{y}\" width=\"{filled}\" height=\"{bar}\" fill=\"#2f7d4f\"/>\
             <text x=\"{label}\" y=\"{text_y}\">{covered} of {required}</text>",
            section = coverage.section.name(),
            bar = ROW_HEIGHT - 8,
            label = LABEL_WIDTH + BAR_WIDTH + 8,
            covered = coverage.covered,
            required = coverage.required,
        );
    }
    page.push_str("</svg>\n<figcaption>Requirements covered, by section</figcaption>\n</figure>\n");
}

/// What carries over, as a table of both sides; a near match shows its score.
fn carries_over(gap: &Gap, page: &mut String) {
    page.push_str("<h2>Carries over</h2>\n");
    if gap.carries_over.is_empty() {
        page.push_str("<p>Nothing yet: no item of the first role covers a requirement.</p>\n");
        return;
    }
    let _ = writeln!(
        page,
        "<table>\n<thead><tr><th>section</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        escape_html(&gap.from.title),
        escape_html(&gap.to.title)
    );
    for item in &gap.carries_over {
        let _ = writeln!(
            page,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            item.section.name(),
            escape_html(&from_text(item)),
            escape_html(&to_text(item)),
        );
    }
    page.push_str("</tbody>\n</table>\n");
}

/// What to learn, a list a section that has any, with how many `--top` left out.
fn to_learn(gap: &Gap, page: &mut String) {
    for (section, items) in gap.to_learn.iter().filter(|(_, items)| !items.is_empty()) {
        let _ = writeln!(page, "<h2>To learn: {}</h2>\n<ul>", section.name());
        for item in items {
            let _ = writeln!(page, "<li>{}</li>", escape_html(&learn_text(item)));
        }
        if let Some(more) = more_text(gap, *section) {
            let _ = writeln!(page, "<li class=\"more\">{}</li>", escape_html(&more));
        }
        page.push_str("</ul>\n");
    }
}
