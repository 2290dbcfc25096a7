//! How a table fits the width it has. The widths are decided here rather than left to the
//! table library: the columns that matter (ids, ranks, scores, titles) get theirs first, no
//! word is ever broken inside, and a table that cannot fit even with every column at its
//! narrowest is drawn as records, one field a line, as `psql \x` does.
//!
//! Without a width (output piped, no `--width` or `COLUMNS`) a table is drawn unwrapped.

use comfy_table::{Cell, Color, ColumnConstraint, Width};
use owo_colors::Style;
use unicode_width::UnicodeWidthStr;

use crate::terminal::Terminal;

/// How a column may be wrapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fit {
    /// Never wrapped: ids, ranks, scores. Takes its whole width first.
    Whole,
    /// Wrapped between words, never inside one, and given its whole width before the
    /// `Text` columns: titles.
    Title,
    /// Wrapped between words, never inside one; shares what the others leave: names
    /// (aliases, sections).
    Names,
    /// Wrapped between words; shares what the others leave. A word longer than
    /// [`LONG_WORD`] (an address, a path) may be broken: items, values.
    Text,
}

/// A column: its header and how it may be wrapped.
#[derive(Debug, Clone)]
pub(super) struct Column {
    header: String,
    fit: Fit,
}

impl Column {
    /// A column headed `header` (already escaped).
    pub(super) fn new(header: impl Into<String>, fit: Fit) -> Column {
        Column {
            header: header.into(),
            fit,
        }
    }
}

/// The colours of a cell in a table: foreground and background.
pub(super) type CellColors = (Option<Color>, Option<Color>);

/// One row: its cells (escaped text, and their colours in a table) and the style its
/// values take when drawn as a record. The table library's cells are made only when a
/// table is drawn in columns (not for a table piped, nor for records).
struct Row {
    texts: Vec<String>,
    colors: Vec<CellColors>,
    style: Option<Style>,
}

/// The columns a [`Grid`] has, the padding and rule around each, and the outer rule.
const COLUMN_FRAME: usize = 3;
const TABLE_FRAME: usize = 1;

/// The narrowest a column that wraps is made (unless all it holds is narrower): a table
/// that can only fit by squeezing a column of titles or prose below this, a word or two a
/// line, is drawn as records instead. 16 keeps the built-in roles' list a table at 100
/// columns and puts the O*NET import's (ids of 62 characters) in records up to 120.
const NARROWEST_READABLE: usize = 16;

/// A `Text` column is never made wider than this for one word: longer ones are addresses
/// and paths, not words of prose, and are broken where the column ends.
const LONG_WORD: usize = 24;

/// A table to lay out: columns, then rows of escaped text.
pub(super) struct Grid {
    columns: Vec<Column>,
    rows: Vec<Row>,
    header: bool,
    /// The columns whose values name each record (a rank and an id, a mark), in the rule
    /// that opens it, where an id has the whole width; without any, records are numbered.
    record_title: Vec<usize>,
}

impl Grid {
    /// A table with a header row of the columns' headers.
    pub(super) fn new(columns: Vec<Column>) -> Grid {
        Grid {
            columns,
            rows: Vec::new(),
            header: true,
            record_title: Vec::new(),
        }
    }

    /// A table without a header row (the first column labels each row).
    pub(super) fn without_header(mut self) -> Grid {
        self.header = false;
        self
    }

    /// Records are named by the values of `columns` instead of a number.
    pub(super) fn titled_by(mut self, columns: &[usize]) -> Grid {
        self.record_title = columns.to_vec();
        self
    }

    /// Adds a row of escaped texts.
    pub(super) fn push(&mut self, texts: Vec<String>) {
        self.push_styled(texts, None, None);
    }

    /// Adds a row of escaped texts, each cell in `color` in the table and each value
    /// painted in `style` in a record.
    pub(super) fn push_styled(
        &mut self,
        texts: Vec<String>,
        style: Option<Style>,
        color: Option<Color>,
    ) {
        self.push_row(texts, style, |_| (color, None));
    }

    /// Adds a row of escaped texts, the cell of each column in the colours `colors_of`
    /// gives it in the table (records are plain).
    pub(super) fn push_cells(
        &mut self,
        texts: Vec<String>,
        colors_of: impl Fn(usize) -> CellColors,
    ) {
        self.push_row(texts, None, colors_of);
    }

    fn push_row(
        &mut self,
        texts: Vec<String>,
        style: Option<Style>,
        colors_of: impl Fn(usize) -> CellColors,
    ) {
        let colors = (0..texts.len()).map(colors_of).collect();
        self.rows.push(Row {
            texts,
            colors,
            style,
        });
    }

    /// The table drawn for `terminal`: unwrapped without a width, in columns when they fit,
    /// as records otherwise. Ends without a newline.
    pub(super) fn render(&self, terminal: &Terminal) -> String {
        let Some(width) = terminal.width else {
            // Piped: no colour to carry, so the plain drawing serves (a table of a thousand
            // roles is most of a run's time in the general one).
            if !terminal.color {
                let header: Vec<String> = self.columns.iter().map(|c| c.header.clone()).collect();
                let rows: Vec<&[String]> =
                    self.rows.iter().map(|row| row.texts.as_slice()).collect();
                return super::unwrapped::draw(self.header.then_some(&header), &rows);
            }
            return self.table(terminal, None);
        };
        match self.widths(usize::from(width)) {
            Some(widths) => self.table(terminal, Some(&widths)),
            None => self.records(terminal, usize::from(width)),
        }
    }

    /// Whether the table fits `width` columns without breaking a word or an id.
    pub(super) fn fits(&self, width: usize) -> bool {
        self.widths(width).is_some()
    }

    /// The texts of column `index`, its header first when there is a header row.
    fn column_texts(&self, index: usize) -> impl Iterator<Item = &str> {
        let header = self.header.then_some(self.columns[index].header.as_str());
        header.into_iter().chain(
            self.rows
                .iter()
                .filter_map(move |row| row.texts.get(index).map(String::as_str)),
        )
    }

    /// The width each column's content gets at `width` columns, or `None` when even the
    /// narrowest layout is wider.
    fn widths(&self, width: usize) -> Option<Vec<usize>> {
        let frame = COLUMN_FRAME * self.columns.len() + TABLE_FRAME;
        let room = width.checked_sub(frame)?;
        let (least, most): (Vec<usize>, Vec<usize>) = (0..self.columns.len())
            .map(|index| {
                let texts = || self.column_texts(index);
                let most = texts().map(widest_line).max().unwrap_or(0);
                let longest = || texts().map(longest_word).max().unwrap_or(0);
                let readable = most.min(NARROWEST_READABLE);
                let least = match self.columns[index].fit {
                    Fit::Whole => most,
                    Fit::Title | Fit::Names => longest().max(readable),
                    Fit::Text => longest().min(LONG_WORD).max(readable),
                };
                (least.max(1), most.max(1))
            })
            .unzip();
        let fits: Vec<Fit> = self.columns.iter().map(|c| c.fit).collect();
        share(&least, &most, &fits, room)
    }

    /// The table in columns: each of the given content width, or unwrapped.
    fn table(&self, terminal: &Terminal, widths: Option<&[usize]>) -> String {
        let mut table = terminal.table();
        if self.header {
            table.set_header(
                self.columns
                    .iter()
                    .map(|c| c.header.clone())
                    .collect::<Vec<_>>(),
            );
        }
        for row in &self.rows {
            table.add_row(row.texts.iter().zip(&row.colors).map(|(text, &(fg, bg))| {
                let cell = Cell::new(text);
                let cell = match fg {
                    Some(color) => cell.fg(color),
                    None => cell,
                };
                match bg {
                    Some(color) => cell.bg(color),
                    None => cell,
                }
            }));
        }
        if let Some(widths) = widths {
            for (index, &content) in widths.iter().enumerate() {
                if let Some(column) = table.column_mut(index) {
                    // The constraint's width counts the padding on both sides.
                    let total = u16::try_from(content + 2).unwrap_or(u16::MAX);
                    column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(total)));
                }
            }
        }
        table.to_string()
    }

    /// The table as records: a rule naming each row, then one field a line, `label | value`,
    /// values wrapped between words to `width`.
    fn records(&self, terminal: &Terminal, width: usize) -> String {
        let shown: Vec<usize> = (0..self.columns.len())
            .filter(|index| !self.record_title.contains(index))
            .collect();
        // Without a header row there are no labels: a record is its values.
        let label_width = shown
            .iter()
            .filter(|_| self.header)
            .map(|&index| self.columns[index].header.width())
            .max()
            .unwrap_or(0)
            .min(width / 3);
        let frame = if self.header { 3 } else { 0 };
        let value_width = width.saturating_sub(label_width + frame).max(1);
        let mut lines = Vec::new();
        for (number, row) in self.rows.iter().enumerate() {
            let name = if self.record_title.is_empty() {
                (number + 1).to_string()
            } else {
                let values = self.record_title.iter().filter_map(|&i| row.texts.get(i));
                values.cloned().collect::<Vec<_>>().join(" ")
            };
            lines.push(rule(&name, width));
            for &index in &shown {
                let value = row.texts.get(index).map_or("", String::as_str);
                if value.is_empty() {
                    continue;
                }
                let Column { header, fit } = &self.columns[index];
                let label = if self.header { header.as_str() } else { "" };
                let whole = *fit == Fit::Whole;
                lines.extend(
                    field_lines(label, label_width, value, value_width, whole).map(
                        |(label, value)| {
                            let value = match row.style {
                                Some(style) => terminal.paint(&value, style),
                                None => value,
                            };
                            if self.header {
                                format!("{label} | {value}").trim_end().to_owned()
                            } else {
                                value
                            }
                        },
                    ),
                );
            }
        }
        lines.join("\n")
    }
}

/// Shares `room` between columns that need at least `least` and at most `most`: first each
/// its least; then the titles their whole width; then the rest to the columns of names or
/// text, levelled. `None` when the least do not fit.
fn share(least: &[usize], most: &[usize], fits: &[Fit], room: usize) -> Option<Vec<usize>> {
    let mut widths = least.to_vec();
    let mut spare = room.checked_sub(least.iter().sum())?;
    let grow = |widths: &mut Vec<usize>, index: usize, to: usize, spare: &mut usize| {
        let add = to
            .min(most[index])
            .saturating_sub(widths[index])
            .min(*spare);
        widths[index] += add;
        *spare -= add;
    };
    let shares = |fit: Fit| matches!(fit, Fit::Names | Fit::Text);
    for index in (0..fits.len()).filter(|&i| fits[i] == Fit::Title) {
        grow(&mut widths, index, most[index], &mut spare);
    }
    // Level the columns that share: a column each, the narrowest first, so that two
    // columns of prose side by side end as wide as each other where they can.
    while spare > 0 {
        let narrowest = (0..fits.len())
            .filter(|&i| shares(fits[i]) && widths[i] < most[i])
            .min_by_key(|&i| widths[i]);
        let Some(index) = narrowest else {
            break;
        };
        widths[index] += 1;
        spare -= 1;
    }
    Some(widths)
}

/// The display width of the widest line of `text`.
fn widest_line(text: &str) -> usize {
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// The display width of the longest word of `text`.
fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// The rule that opens a record: `-[ 3 ]-----`, as wide as the output.
fn rule(name: &str, width: usize) -> String {
    let head = format!("-[ {name} ]");
    let rest = width.saturating_sub(head.width());
    format!("{head}{}", "-".repeat(rest))
}

/// The lines of one field: the label (wrapped between words to `label_width`) beside the
/// value (wrapped between words to `value_width`). A word longer than a line is broken,
/// except in a `whole` value (an id), which overflows instead.
fn field_lines(
    label: &str,
    label_width: usize,
    value: &str,
    value_width: usize,
    whole: bool,
) -> impl Iterator<Item = (String, String)> {
    let wrap = |text: &str, width: usize| -> Vec<String> {
        // Never at a hyphen: ids and hyphenated words stay whole.
        let options = textwrap::Options::new(width)
            .break_words(!whole)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        text.lines()
            .flat_map(|line| textwrap::wrap(line, &options))
            .map(std::borrow::Cow::into_owned)
            .collect()
    };
    let labels = wrap(label, label_width.max(1));
    let values = wrap(value, value_width);
    let count = labels.len().max(values.len());
    (0..count).map(move |index| {
        let label = labels.get(index).map_or("", String::as_str);
        let pad = label_width.saturating_sub(label.width());
        (
            format!("{label}{}", " ".repeat(pad)),
            values.get(index).cloned().unwrap_or_default(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terminal(width: u16) -> Terminal {
        Terminal {
            color: false,
            width: Some(width),
        }
    }

    fn grid(rows: &[[&str; 3]]) -> Grid {
        let mut grid = Grid::new(vec![
            Column::new("id", Fit::Whole),
            Column::new("title", Fit::Title),
            Column::new("aliases", Fit::Names),
        ]);
        for row in rows {
            grid.push(row.iter().map(|s| (*s).to_owned()).collect());
        }
        grid
    }

    fn widest(text: &str) -> usize {
        text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
    }

    #[test]
    fn the_least_widths_are_the_whole_ids_and_the_longest_words() {
        let grid = grid(&[["registered-nurses", "Registered Nurses", "Staff Nurse, RN"]]);
        // 3 columns of frame: 10; the id, 17; the title at the narrowest readable, 16; the
        // aliases, narrower than that, at their whole width, 15: 58 at the least.
        assert!(grid.fits(58));
        assert!(!grid.fits(57));
    }

    #[test]
    fn titles_get_their_whole_width_before_text() {
        let widths = share(
            &[5, 4, 4],
            &[5, 30, 60],
            &[Fit::Whole, Fit::Title, Fit::Text],
            60,
        )
        .unwrap();
        assert_eq!(widths, vec![5, 30, 25]);
        // With less room, the title takes it all.
        let widths = share(
            &[5, 16, 16],
            &[5, 30, 60],
            &[Fit::Whole, Fit::Title, Fit::Text],
            40,
        )
        .unwrap();
        assert_eq!(widths, vec![5, 19, 16]);
    }

    #[test]
    fn text_columns_share_what_is_left_evenly_up_to_their_content() {
        let widths = share(
            &[2, 2, 2],
            &[2, 50, 10],
            &[Fit::Whole, Fit::Text, Fit::Text],
            50,
        )
        .unwrap();
        assert_eq!(widths, vec![2, 38, 10]);
        // The narrower column is levelled up to the wider before both grow.
        let fits = [Fit::Whole, Fit::Text, Fit::Text];
        let levelled = share(&[1, 16, 21], &[1, 90, 90], &fits, 70).unwrap();
        assert_eq!(levelled, vec![1, 35, 34]);
        assert_eq!(widths.iter().sum::<usize>(), 50);
    }

    #[test]
    fn a_table_in_columns_is_never_wider_than_the_terminal_and_breaks_no_word() {
        let grid = grid(&[
            [
                "acute-care-nurses",
                "Acute Care Nurses",
                "Cardiac Interventional Care Nurse, Cardiovascular ICU Nurse",
            ],
            ["nurse-anesthetists", "Nurse Anesthetists", "CRNA"],
        ]);
        for width in [50, 60, 80] {
            let text = grid.render(&terminal(width));
            assert!(widest(&text) <= usize::from(width), "{text}");
            for word in ["Interventional", "Cardiovascular", "Anesthetists"] {
                assert!(text.contains(word), "{word} broken at {width}:\n{text}");
            }
        }
    }

    #[test]
    fn a_table_that_cannot_fit_is_drawn_as_records() {
        let grid = grid(&[[
            "first-line-supervisors-of-farming-fishing-and-forestry-workers",
            "First-Line Supervisors of Farming, Fishing, and Forestry Workers",
            "Farm Foreman, Crew Leader",
        ]]);
        let text = grid.render(&terminal(60));
        assert_eq!(
            text,
            "-[ 1 ]------------------------------------------------------\n\
             id      | first-line-supervisors-of-farming-fishing-and-forestry-workers\n\
             title   | First-Line Supervisors of Farming, Fishing, and\n\
             \x20       | Forestry Workers\n\
             aliases | Farm Foreman, Crew Leader"
        );
    }

    #[test]
    fn records_are_named_by_their_title_column_and_skip_empty_values() {
        let mut grid = Grid::new(vec![
            Column::new("", Fit::Whole),
            Column::new("A", Fit::Text),
            Column::new("B", Fit::Text),
        ])
        .titled_by(&[0]);
        grid.push(vec!["-".into(), "x".repeat(30), String::new()]);
        let text = grid.render(&terminal(20));
        assert!(text.starts_with("-[ - ]----"), "{text}");
        assert!(!text.contains("B |"), "{text}");
    }

    #[test]
    fn without_a_width_the_table_is_unwrapped() {
        let long = "word ".repeat(40);
        let grid = grid(&[["id", long.trim(), "alias"]]);
        let text = grid.render(&Terminal::default());
        assert_eq!(text.lines().count(), 5, "{text}");
    }
}
