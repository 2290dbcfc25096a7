//! The lines of a posting as people lay them out: headings (Markdown `#`, a short line
//! ending in `:`, a bold line, a known heading on its own line, `Label: text`), bullets
//! (`-`, `*`, `•`, numbered) and plain text, with inline Markdown taken off.

use super::headings::{Part, part_of_bare_heading, part_of_heading};

/// One line of a posting, by the shape people give it.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Blank,
    /// A heading: by its shape (`#`, `:`, bold, an underline) or by its words alone.
    Heading {
        text: String,
    },
    /// A list item: `-`, `*`, `+`, `•` and the like, or `1.`, `1)`, `a)`.
    Bullet {
        text: String,
    },
    /// Any other text; `indented` when it starts with white space.
    Text {
        text: String,
        indented: bool,
    },
}

/// The longest line read as a heading by its shape, in characters.
const MAX_HEADING_CHARS: usize = 80;
/// The most words a heading by shape has.
const MAX_HEADING_WORDS: usize = 8;

/// The lines of `text`, classified. A `Label: text` line whose label is a known heading
/// gives two lines: the heading and the text.
pub fn classify(text: &str) -> Vec<Line> {
    let text = decode_entities(text);
    let raw: Vec<&str> = text.lines().collect();
    let mut lines = Vec::with_capacity(raw.len());
    for (index, line) in raw.iter().enumerate() {
        // A Setext underline (`===`, `---`) makes the line before it a heading.
        if is_underline(line) {
            if let Some(Line::Text { text, .. } | Line::Heading { text }) = lines.last() {
                let text = text.clone();
                *lines.last_mut().expect("a last line") = Line::Heading { text };
                lines.push(Line::Blank);
            } else {
                lines.push(Line::Blank);
            }
            continue;
        }
        let next_is_list = raw
            .get(index + 1)
            .is_some_and(|next| bullet_text(next).is_some());
        classify_line(line, next_is_list, &mut lines);
    }
    lines
}

fn classify_line(line: &str, next_is_list: bool, lines: &mut Vec<Line>) {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        lines.push(Line::Blank);
        return;
    }
    // A CV's contact line is set with the same marks ("Columbus, OH • (614) 555-0142 • ...").
    if let Some((before, bullets)) = run_in_bullets(trimmed).filter(|_| !is_contact_line(trimmed)) {
        if !before.is_empty() {
            classify_line(before, true, lines);
        }
        for bullet in bullets {
            lines.push(Line::Bullet {
                text: clean_inline(bullet),
            });
        }
        return;
    }
    if let Some(rest) = markdown_heading(trimmed) {
        lines.push(Line::Heading {
            text: clean_inline(rest),
        });
        return;
    }
    if let Some(text) = bullet_text(line) {
        // A bullet that is all bold and ends in `:` is a heading people put in a list, and
        // so is one of heading words alone after a pictograph ("🚀 Your mission").
        let pictograph = line.trim_start().starts_with(is_pictograph);
        if let Some(heading) = heading_by_shape(text) {
            lines.push(heading);
            return;
        }
        let text = clean_inline(text);
        if pictograph && part_of_bare_heading(&text).is_some() {
            lines.push(Line::Heading { text });
        } else {
            lines.push(Line::Bullet { text });
        }
        return;
    }
    if let Some((label, rest)) = labelled(trimmed) {
        // "Location: Leeds | Salary: £48,000" says the terms of the job on its line; no list
        // follows it, and what does follow is not under it.
        if !next_is_list && part_of_heading(&label) == Some(Part::NotTheRole) {
            lines.push(Line::Blank);
            return;
        }
        lines.push(Line::Heading { text: label });
        lines.push(Line::Text {
            text: clean_inline(rest),
            indented: false,
        });
        return;
    }
    if let Some(heading) = heading_by_shape(trimmed) {
        lines.push(heading);
        return;
    }
    let text = clean_inline(trimmed);
    // A short line of known heading words alone, or just before a list, is a heading.
    if is_short(&text)
        && !text.ends_with('.')
        && (part_of_bare_heading(&text).is_some() || next_is_list && is_title_like(&text))
    {
        lines.push(Line::Heading { text });
        return;
    }
    let indented = line.starts_with([' ', '\t']);
    if let Some((before, heading)) = glued_heading(&text) {
        lines.push(Line::Text {
            text: before.to_owned(),
            indented,
        });
        lines.push(Line::Heading { text: heading });
        return;
    }
    lines.push(Line::Text { text, indented });
}

/// The most words of a heading glued to the end of a line.
const MAX_GLUED_WORDS: usize = 4;

/// A line with a known heading glued to its end, as ads copied from a page lose the line
/// break before one ("... into the development process Minimum Qualifications:"): the text
/// before and the heading. The heading starts with a capital and ends the line with `:`.
fn glued_heading(text: &str) -> Option<(&str, String)> {
    let body = text.strip_suffix(':')?.trim_end();
    // Where each of the last few words starts, longest tail first; only these are read.
    let mut starts: Vec<usize> = body
        .rmatch_indices(' ')
        .take(MAX_GLUED_WORDS)
        .map(|(at, _)| at + 1)
        .collect();
    starts.reverse();
    starts.into_iter().find_map(|at| {
        let (before, tail) = (body[..at].trim_end(), &body[at..]);
        let heading = !before.is_empty()
            && tail.starts_with(char::is_uppercase)
            && part_of_heading(tail).is_some_and(|part| part != Part::Summary);
        heading.then(|| (before, tail.to_owned()))
    })
}

/// The text of a Markdown ATX heading (`## Requirements`).
fn markdown_heading(line: &str) -> Option<&str> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &line[hashes..];
    if rest.is_empty() || rest.starts_with([' ', '\t']) {
        Some(rest.trim().trim_end_matches('#').trim())
    } else {
        None
    }
}

/// The text of a list item, without its marker: `- x`, `* x`, `• x`, `1. x`, `2) x`, `a) x`.
fn bullet_text(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    let after_marker = if is_pictograph(first) {
        // "✅", "➤", "🔹", with the selector or joiners some are written with ("✔️").
        line.find(|c: char| !is_pictograph(c) && !matches!(c, '\u{FE0F}' | '\u{200D}'))
            .unwrap_or(line.len())
    } else if matches!(
        first,
        '-' | '*'
            | '+'
            | '•'
            | '·'
            | '▪'
            | '◦'
            | '‣'
            | '–'
            | '—'
            | '○'
            | '■'
            | '►'
            | '✓'
            | '✔'
    ) {
        first.len_utf8()
    } else if first == 'o'
        && line[1..]
            .strip_prefix([' ', '\t'])
            .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase))
    {
        // A word processor's round bullet pasted as a letter ("o Experience with Go").
        1
    } else {
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        let letter = usize::from(digits == 0 && line.starts_with(|c: char| c.is_ascii_lowercase()));
        let end = digits + letter;
        if end == 0 || end > 3 || !line[end..].starts_with(['.', ')']) {
            return None;
        }
        end + 1
    };
    let rest = &line[after_marker..];
    // The marker must be followed by white space: `*bold*` and `-5%` are not list items.
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim();
    (!rest.is_empty()).then_some(rest)
}

/// Whether a character is a pictograph or symbol people open list items with: arrows,
/// shapes, stars, dingbats ("✅", "➤", "★") and emoji ("🔹", "👉").
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2190}'..='\u{21FF}' | '\u{25A0}'..='\u{27BF}' | '\u{2B00}'..='\u{2BFF}' | '\u{1F300}'..='\u{1FAFF}')
}

/// Whether a line gives someone's contact details, as a CV's head does
/// ("jane@example.com | +44 7700 900123 | Leeds"): an e-mail address, or a phone number
/// (nine digits and more in a run of digits, spaces and dashes).
#[must_use]
pub fn is_contact_line(line: &str) -> bool {
    let has_address = line.split_whitespace().any(|word| {
        word.split_once('@')
            .is_some_and(|(name, host)| !name.is_empty() && host.contains('.'))
    });
    has_address || has_phone_number(line)
}

/// The fewest digits of a phone number: national numbers have ten or eleven, and a span of
/// years ("2019 - 2020") has eight.
const MIN_PHONE_DIGITS: usize = 9;

/// Whether a line has a phone number: a run of digits, spaces, dashes, dots and brackets
/// with at least [`MIN_PHONE_DIGITS`] digits.
fn has_phone_number(line: &str) -> bool {
    let mut digits = 0;
    for c in line.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= MIN_PHONE_DIGITS {
                return true;
            }
        } else if !matches!(c, ' ' | '-' | '.' | '(' | ')') {
            digits = 0;
        }
    }
    false
}

/// The fewest run-in markers that make a line a list ("... • Answer calls • Log tickets").
const MIN_RUN_IN_BULLETS: usize = 2;

/// A line whose list lost its line breaks, as text copied from a page has it ("We are
/// hiring! • Answer inbound calls • Resolve billing issues"): the text before the first
/// marker and each item. Only `•` and `▪` between spaces mark items, at least twice.
fn run_in_bullets(line: &str) -> Option<(&str, Vec<&str>)> {
    let is_marker = |part: &str| matches!(part, "•" | "▪");
    let marks = line.split(' ').filter(|part| is_marker(part)).count();
    if marks < MIN_RUN_IN_BULLETS {
        return None;
    }
    // A line that opens with its mark has no text before its first item.
    let (line, opens_with_mark) = match line.strip_prefix(['•', '▪']) {
        Some(rest) => (rest, true),
        None => (line, false),
    };
    let mut parts = line.split(" • ").flat_map(|part| part.split(" ▪ "));
    let before = if opens_with_mark {
        ""
    } else {
        parts.next()?.trim()
    };
    let mut items: Vec<&str> = parts
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    // A line of names set apart by marks ("Excel (advanced) • Power BI • SAP") starts
    // with its first item; a lead-in is a heading, or ends its sentence or opens the list
    // with a colon ("We are hiring! • Answer calls • ...").
    let names = |part: &str| part.split_whitespace().count() <= MAX_NAME_WORDS;
    if !before.is_empty()
        && !before.ends_with([':', '!', '.', '?'])
        && part_of_heading(before).is_none()
        && names(before)
        && items.iter().all(|item| names(item))
    {
        items.insert(0, before);
        return Some(("", items));
    }
    Some((before, items))
}

/// The most words of each part of a line of names set apart by marks.
const MAX_NAME_WORDS: usize = 4;

/// The text with the HTML entities of a page copied as source decoded ("Airflow &amp;
/// Terraform"): the named ones people meet and numeric ones; others are left as written.
fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // Only the few characters an entity's name has are looked at: a text of a hundred
        // thousand `&` is read in linear time.
        let entity = rest[1..]
            .char_indices()
            .take(MAX_ENTITY_CHARS + 1)
            .find(|&(_, c)| c == ';')
            .and_then(|(end, _)| Some((end + 2, entity_char(&rest[1..=end])?)));
        if let Some((length, decoded)) = entity {
            out.push(decoded);
            rest = &rest[length..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The longest name of an entity read, `#x1F680` included.
const MAX_ENTITY_CHARS: usize = 8;

/// The character an entity's name (between `&` and `;`) stands for.
fn entity_char(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        "ndash" => Some('\u{2013}'),
        "mdash" => Some('\u{2014}'),
        "rsquo" => Some('\u{2019}'),
        "bull" => Some('•'),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace())
        }
    }
}

/// A line that is a heading by its shape: short, and ending in `:` or all bold.
fn heading_by_shape(line: &str) -> Option<Line> {
    let bold = ["**", "__"].iter().any(|mark| {
        line.len() > 4 && line.starts_with(mark) && line.trim_end_matches(':').ends_with(mark)
    });
    let text = clean_inline(line);
    let colon = text.ends_with(':');
    let text = text.trim_end_matches(':').trim().to_owned();
    ((bold || colon) && is_short(&text) && !text.is_empty()).then_some(Line::Heading { text })
}

/// The most words of a label before a line's text ("Nice to have: Kafka"): more are the
/// start of a sentence ("Develop applications in languages including: Java, .NET").
const MAX_LABEL_WORDS: usize = 5;

/// `Requirements: SQL, Python`: a known heading as a label, and the text after it.
fn labelled(line: &str) -> Option<(String, &str)> {
    let (label, rest) = line.split_once(':')?;
    let label = clean_inline(label);
    let rest = rest.trim();
    if rest.is_empty() || !is_short(&label) || label.split_whitespace().count() > MAX_LABEL_WORDS {
        return None;
    }
    part_of_heading(&label)
        .filter(|part| *part != Part::Summary)
        .map(|_| (label, rest))
}

fn is_underline(line: &str) -> bool {
    let line = line.trim();
    line.len() >= 3 && (line.chars().all(|c| c == '=') || line.chars().all(|c| c == '-'))
}

fn is_short(text: &str) -> bool {
    text.chars().count() <= MAX_HEADING_CHARS
        && text.split_whitespace().count() <= MAX_HEADING_WORDS
}

/// Whether a line reads as a title: no sentence punctuation, starting with a capital.
fn is_title_like(text: &str) -> bool {
    text.starts_with(|c: char| c.is_uppercase()) && !text.contains(['.', ',', ';'])
}

/// Text with inline Markdown taken off: emphasis, code marks, links (their text kept).
/// One pass: a line of a hundred thousand `[` is read in linear time.
pub fn clean_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // The next `](` and the `)` after it, found once and kept while still ahead: each
    // search starts past the last, so the text is scanned a bounded number of times.
    let mut mid = Ahead::new("](");
    let mut close = Ahead::new(")");
    let mut at = 0;
    while let Some(offset) = text[at..].find('[') {
        let start = at + offset;
        out.push_str(&text[at..start]);
        let link = mid.from(text, start + 1).and_then(|middle| {
            // The link's text holds no `[` of its own.
            let plain = !text[start + 1..middle].contains('[');
            let end = close.from(text, middle + 2)?;
            plain.then_some((middle, end))
        });
        if let Some((middle, end)) = link {
            out.push_str(&text[start + 1..middle]);
            at = end + 1;
        } else {
            out.push('[');
            at = start + 1;
        }
    }
    out.push_str(&text[at..]);
    let out = out.replace("**", "").replace("__", "").replace('`', "");
    let out = out.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The next place of a pattern at or after a position that only moves forward.
struct Ahead {
    pattern: &'static str,
    /// The place found last (`None`: none at or after `searched`).
    found: Option<usize>,
    /// Where the last search started.
    searched: usize,
    /// Whether a search has run.
    started: bool,
}

impl Ahead {
    fn new(pattern: &'static str) -> Self {
        Ahead {
            pattern,
            found: None,
            searched: 0,
            started: false,
        }
    }

    /// The first place of the pattern at or after `from` in `text`.
    fn from(&mut self, text: &str, from: usize) -> Option<usize> {
        let still_ahead =
            self.started && from >= self.searched && self.found.is_none_or(|found| found >= from);
        if !still_ahead {
            self.started = true;
            self.searched = from;
            self.found = text[from..].find(self.pattern).map(|at| from + at);
        }
        self.found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The cleaner as it was written first (quadratic on many `[`): the one pass must
    /// give the same text.
    fn links_taken_off_slowly(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find('[') {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            match after.find("](").and_then(|mid| {
                after[mid + 2..]
                    .find(')')
                    .map(|end| (mid, mid + 2 + end + 1))
            }) {
                Some((mid, end)) if !after[..mid].contains('[') => {
                    out.push_str(&after[..mid]);
                    rest = &after[end..];
                }
                _ => {
                    out.push('[');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        let out = out.replace("**", "").replace("__", "").replace('`', "");
        let out = out.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    proptest! {
        #[test]
        fn links_are_taken_off_as_before_in_one_pass(text in "[\\[\\]()a é*_`]{0,40}") {
            prop_assert_eq!(clean_inline(&text), links_taken_off_slowly(&text));
        }
    }

    #[test]
    fn pictographs_open_list_items_and_one_before_heading_words_opens_a_heading() {
        let lines = classify(
            "\u{1F680} Your mission\n\u{2705} Build pipelines\n\u{2714}\u{FE0F} Model data\n\u{27A4} Test",
        );
        assert_eq!(
            lines,
            [
                Line::Heading {
                    text: "Your mission".into()
                },
                Line::Bullet {
                    text: "Build pipelines".into()
                },
                Line::Bullet {
                    text: "Model data".into()
                },
                Line::Bullet {
                    text: "Test".into()
                },
            ]
        );
        // A pictograph glued to a word is no marker.
        assert_eq!(bullet_text("\u{1F680}Launch"), None);
    }

    #[test]
    fn a_list_run_into_one_line_is_split_at_its_markers() {
        let lines =
            classify("We are hiring! \u{2022} Answer calls \u{2022} Log tickets in Zendesk");
        assert_eq!(
            lines[1..],
            [
                Line::Bullet {
                    text: "Answer calls".into()
                },
                Line::Bullet {
                    text: "Log tickets in Zendesk".into()
                },
            ]
        );
        // A line that opens with its mark has every part an item, the first too.
        assert_eq!(
            run_in_bullets("\u{2022} Answer calls \u{2022} Log tickets \u{2022} File records"),
            Some(("", vec!["Answer calls", "Log tickets", "File records"]))
        );
        // One marker in a line is a middle dot of prose, not a list.
        assert_eq!(run_in_bullets("Leeds \u{2022} Full time"), None);
        // A line of names has its first name an item; a heading before them is none.
        assert_eq!(
            run_in_bullets("Excel (advanced) \u{2022} Power BI \u{2022} SAP"),
            Some(("", vec!["Excel (advanced)", "Power BI", "SAP"]))
        );
        assert_eq!(
            run_in_bullets("Responsibilities \u{2022} Answer calls \u{2022} Log tickets"),
            Some(("Responsibilities", vec!["Answer calls", "Log tickets"]))
        );
    }

    #[test]
    fn a_line_of_the_terms_of_the_job_heads_nothing_after_it() {
        let lines = classify("Location: Leeds | Salary: 48,000\n\nWe are hiring a manager.");
        assert_eq!(
            lines,
            [
                Line::Blank,
                Line::Blank,
                Line::Text {
                    text: "We are hiring a manager.".into(),
                    indented: false
                }
            ]
        );
        // With a list after it, the label heads the list.
        let lines = classify("Benefits: we offer\n- Pension");
        assert_eq!(
            lines[0],
            Line::Heading {
                text: "Benefits".into()
            }
        );
    }

    #[test]
    fn a_line_with_an_address_or_a_phone_number_is_a_contact_line() {
        for line in [
            "marta@example.com | Leeds, UK",
            "+44 7700 900123",
            "Phone: (614) 555-0199",
        ] {
            assert!(is_contact_line(line), "{line}");
        }
        for line in [
            "Email the team at any time",
            "Managed a budget of $2,000,000",
            "Cut costs by 30% in 2019 - 2020",
            "5+ years of experience in C++, including use of C++11 features",
        ] {
            assert!(!is_contact_line(line), "{line}");
        }
    }

    #[test]
    fn html_entities_of_a_copied_page_are_decoded() {
        assert_eq!(
            decode_entities("Airflow &amp; Terraform &lt;3&gt; &#8211; &#x2014; &nbsp;x"),
            "Airflow & Terraform <3> \u{2013} \u{2014}  x"
        );
        // What is not an entity stays as written.
        assert_eq!(
            decode_entities("R&D; AT&T &unknown; &#0;"),
            "R&D; AT&T &unknown; &#0;"
        );
        assert_eq!(decode_entities("&"), "&");
        assert_eq!(decode_entities("&&amp;;"), "&&;");
        let many = "&".repeat(100_000) + ";";
        assert_eq!(decode_entities(&many), many);
    }

    #[test]
    fn list_markers_are_small_and_followed_by_a_point_and_a_space() {
        // A capital and a point is an initial, two spaces after a number no marker.
        assert_eq!(
            classify("A. Smith, hiring manager"),
            vec![text("A. Smith, hiring manager")]
        );
        assert_eq!(
            classify("10  reasons to join"),
            vec![text("10 reasons to join")]
        );
        assert_eq!(classify("b) Python"), vec![bullet("Python")]);
        // Up to three digits number an item; a point or bracket with none before it does
        // not, nor four digits (a year).
        assert_eq!(classify("100. Python"), vec![bullet("Python")]);
        assert_eq!(classify(". Python"), vec![text(". Python")]);
        assert_eq!(classify(") Python"), vec![text(") Python")]);
        assert_eq!(
            classify("2024. A good year"),
            vec![text("2024. A good year")]
        );
    }

    #[test]
    fn a_heading_glued_to_the_end_of_a_line_is_a_heading() {
        assert_eq!(
            classify(
                "Write and run the automated tests of every release with the team Minimum Qualifications:"
            ),
            vec![
                text("Write and run the automated tests of every release with the team"),
                heading("Minimum Qualifications")
            ]
        );
        // Not without its colon, not in lower case, not the words of a sentence.
        for line in [
            "Write and run the automated tests of every release with the team Minimum Qualifications",
            "Write and run the automated tests of every release with the team minimum qualifications:",
            "We offer a place where people grow and a team that values your Growth:",
        ] {
            assert!(
                !classify(line)
                    .iter()
                    .any(|line| matches!(line, Line::Heading { .. })),
                "{line}"
            );
        }
    }

    #[test]
    fn a_bold_line_is_a_heading_whatever_its_words() {
        assert_eq!(classify("**Life at Acme**"), vec![heading("Life at Acme")]);
        // Bold only at its start, or only at its end, a line is text.
        assert_eq!(
            classify("**Python** is a must"),
            vec![text("Python is a must")]
        );
        assert_eq!(classify("We use **Python**"), vec![text("We use Python")]);
    }

    #[test]
    fn a_line_ending_in_a_colon_is_a_heading_only_when_short() {
        assert_eq!(classify("What you bring:"), vec![heading("What you bring")]);
        let long = "We are looking for someone who loves data and wants to build things that \
                    matter for the customers of our growing company:";
        assert!(
            !matches!(classify(long).as_slice(), [Line::Heading { .. }]),
            "{:?}",
            classify(long)
        );
        // A long label is no label: the line stays whole.
        let label = "Requirements for everyone who wants to join our team this year and next: SQL";
        assert!(
            classify(label)
                .iter()
                .all(|line| !matches!(line, Line::Heading { .. })),
            "{:?}",
            classify(label)
        );
    }

    #[test]
    fn links_and_brackets_of_every_shape() {
        for (text, clean) in [
            ("see [the docs](http://x) now", "see the docs now"),
            ("[a] [b](c) [d](e", "[a] b [d](e"),
            ("[[x](y)", "[x"),
            ("[x](y)[z](w)", "xz"),
            ("[Remote] [Full-time] [SQL]", "[Remote] [Full-time] [SQL]"),
        ] {
            assert_eq!(clean_inline(text), clean, "{text}");
        }
    }

    fn heading(text: &str) -> Line {
        Line::Heading {
            text: text.to_owned(),
        }
    }

    fn bullet(text: &str) -> Line {
        Line::Bullet {
            text: text.to_owned(),
        }
    }

    fn text(line: &str) -> Line {
        Line::Text {
            text: line.to_owned(),
            indented: false,
        }
    }

    #[test]
    fn headings_of_every_shape() {
        let lines = classify(
            "# Data Analyst\n## What you'll do\n**Requirements**\nNice to have:\nSkills\n=====\n",
        );
        assert_eq!(
            lines,
            vec![
                heading("Data Analyst"),
                heading("What you'll do"),
                heading("Requirements"),
                heading("Nice to have"),
                heading("Skills"),
                Line::Blank,
            ]
        );
    }

    #[test]
    fn bullets_of_every_shape() {
        let lines = classify("- a\n* b\n• c\n1. d\n2) e\na) f\n*g*\n-5% h\no Go\no dear\n");
        assert_eq!(
            lines[..6],
            [
                bullet("a"),
                bullet("b"),
                bullet("c"),
                bullet("d"),
                bullet("e"),
                bullet("f")
            ]
        );
        assert!(matches!(lines[6], Line::Text { .. }));
        assert!(matches!(lines[7], Line::Text { .. }));
        // A round bullet pasted as the letter `o`, before a capital only.
        assert_eq!(lines[8], bullet("Go"));
        assert!(matches!(lines[9], Line::Text { .. }));
    }

    #[test]
    fn a_label_line_is_a_heading_and_its_text() {
        let lines = classify("Requirements: SQL, Python\nTeam size: 5\n");
        assert_eq!(lines[0], heading("Requirements"));
        assert_eq!(
            lines[1],
            Line::Text {
                text: "SQL, Python".to_owned(),
                indented: false
            }
        );
        // A label that names no section is plain text.
        assert!(matches!(lines[2], Line::Text { .. }));
        // A label of five words is still one; of more, the start of a sentence that
        // happens to name one.
        assert_eq!(
            classify("What you will bring here: SQL")[0],
            heading("What you will bring here")
        );
        let line = "Explore technologies- Develop applications in languages including: Java, Go";
        assert_eq!(classify(line), vec![text(line)]);
    }

    #[test]
    fn known_heading_words_alone_are_a_heading() {
        let lines = classify("Responsibilities\n- build things\n");
        assert_eq!(
            lines[0],
            Line::Heading {
                text: "Responsibilities".to_owned()
            }
        );
    }

    #[test]
    fn a_short_title_like_line_before_a_list_is_a_heading_and_a_sentence_is_not() {
        let lines = classify("Life at Acme\n- Free lunch\n");
        assert_eq!(lines[0], heading("Life at Acme"));
        for sentence in [
            "We offer perks, and more",
            "Our team is small.",
            "life at acme",
        ] {
            let lines = classify(&format!("{sentence}\n- Free lunch\n"));
            assert!(
                matches!(lines[0], Line::Text { .. }),
                "{sentence:?}: {:?}",
                lines[0]
            );
        }
    }

    #[test]
    fn inline_markdown_is_taken_off() {
        assert_eq!(
            clean_inline("**Strong** `SQL` and [dbt](https://x.y/z) skills"),
            "Strong SQL and dbt skills"
        );
        assert_eq!(clean_inline("a [b] c"), "a [b] c");
        // A bracket before a link is text; the link is the last `[` before its `](`.
        assert_eq!(clean_inline("[Remote] [SQL](https://x)"), "[Remote] SQL");
        assert_eq!(clean_inline("[a [b](c) d"), "[a b d");
        // Emphasis with one mark around the whole text.
        assert_eq!(clean_inline("_Nice to have_"), "Nice to have");
        assert_eq!(clean_inline("*Requirements* "), "Requirements");
    }
}
