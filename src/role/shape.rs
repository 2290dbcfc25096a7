//! Two shapes of YAML that no role file needs and that make the parser's work explode,
//! found in one pass before the parser sees the text:
//! - flow collections (`[...]`, `{...}`) nested deep: the parser's time grows with the
//!   square of the depth (a line of 300,000 `[` keeps it busy for minutes), and its own
//!   recursion limit only applies after it has read the whole text; a role file never
//!   needs more than a list inside a mapping;
//! - aliases (`*name`): each repeats the value of its anchor, so a file of 1 MiB that
//!   repeats a long text or list thousands of times takes gigabytes once read.
//!
//! The scan follows YAML's lexical rules far enough to tell a bracket that opens a
//! collection from one inside a quoted scalar, a comment or a block scalar. Where the
//! rules are not followed exactly, it errs towards counting a bracket as opening.

use crate::error::Position;

/// The deepest flow nesting accepted in a role or vocabulary file.
pub const MAX_FLOW_DEPTH: usize = 64;

/// A shape of YAML that a role file may not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A flow collection opened deeper than [`MAX_FLOW_DEPTH`].
    TooDeep,
    /// An alias (`*name`).
    Alias,
}

/// The first shape of the text that a role file may not have, and where it starts.
#[must_use]
pub fn refused_shape(text: &str) -> Option<(Shape, Position)> {
    let mut scan = Scan::default();
    for line in lines(text) {
        scan.line += 1;
        if let Some((shape, column)) = scan.read_line(line) {
            let line = scan.line;
            return Some((shape, Position { line, column }));
        }
    }
    None
}

/// The lines of `text`, ended by LF, CRLF or CR as YAML ends them.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = &rest[..end];
        let skip = if rest[end..].starts_with("\r\n") {
            2
        } else {
            usize::from(end < rest.len())
        };
        rest = &rest[end + skip..];
        Some(line)
    })
}

/// What the scan carries from one line to the next.
#[derive(Default)]
struct Scan {
    line: usize,
    depth: usize,
    /// The quote of a quoted scalar left open at the end of the line.
    quote: Option<char>,
    /// A plain scalar left open at the end of the line, with the indentation of its line.
    plain: Option<usize>,
    /// The indentation of the line that started a block scalar (`|`, `>`): more indented
    /// lines are its text.
    block_scalar: Option<usize>,
}

impl Scan {
    /// Reads one line; a shape refused on it and its column (from 1), if any.
    fn read_line(&mut self, line: &str) -> Option<(Shape, usize)> {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let blank = line.trim().is_empty();
        if let Some(block) = self.block_scalar {
            if blank || indent > block {
                return None;
            }
            self.block_scalar = None;
        }
        // A plain scalar goes on over a line break inside a flow collection, or onto a
        // line more indented than its own; then a quote there is part of its text.
        let mut in_plain = self
            .plain
            .take()
            .is_some_and(|plain| !blank && (self.depth > 0 || indent > plain));
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            if let Some(quote) = self.quote {
                i += self.in_quote(quote, c, next);
                continue;
            }
            let after_space = i == 0 || chars[i - 1].is_whitespace();
            if in_plain {
                if c == '#' && after_space {
                    return None;
                }
                // A plain scalar ends at `: ` (a key), and inside a flow collection at the
                // collection's punctuation too, which is then read as such.
                let ends_key =
                    c == ':' && next.is_none_or(|n| n.is_whitespace() || self.in_flow(n));
                if !ends_key && !self.in_flow(c) {
                    i += 1;
                    continue;
                }
                in_plain = false;
                if ends_key {
                    i += 1;
                    continue;
                }
            }
            match c {
                '[' | '{' => {
                    self.depth += 1;
                    if self.depth > MAX_FLOW_DEPTH {
                        return Some((Shape::TooDeep, i + 1));
                    }
                }
                ']' | '}' => self.depth = self.depth.saturating_sub(1),
                '#' if after_space => return None,
                '\'' | '"' => self.quote = Some(c),
                '|' | '>' if self.depth == 0 => {
                    self.block_scalar = Some(indent);
                    return None;
                }
                '*' => return Some((Shape::Alias, i + 1)),
                '&' | '!' => i = skip_word(&chars, i),
                ',' => {}
                '-' | '?' | ':' if next.is_none_or(char::is_whitespace) => {}
                c if c.is_whitespace() => {}
                _ => in_plain = true,
            }
            i += 1;
        }
        if in_plain {
            self.plain = Some(indent);
        }
        None
    }

    /// Reads `c` inside a quoted scalar; how many characters it takes.
    fn in_quote(&mut self, quote: char, c: char, next: Option<char>) -> usize {
        match (quote, c) {
            // `\"` in double quotes and `''` in single quotes do not close them.
            ('"', '\\') | ('\'', '\'') if next == Some(quote) || quote == '"' => 2,
            _ if c == quote => {
                self.quote = None;
                1
            }
            _ => 1,
        }
    }

    /// Whether `c` is a flow collection's punctuation, inside one.
    fn in_flow(&self, c: char) -> bool {
        self.depth > 0 && is_flow_indicator(c)
    }
}

fn is_flow_indicator(c: char) -> bool {
    matches!(c, ',' | '[' | ']' | '{' | '}')
}

/// The index of the last character of the anchor or tag starting at `start`.
fn skip_word(chars: &[char], start: usize) -> usize {
    let mut i = start;
    while i + 1 < chars.len() && !chars[i + 1].is_whitespace() && !is_flow_indicator(chars[i + 1]) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Where `text` first has a refused shape, which must be `shape`.
    fn found(text: &str, shape: Shape) -> Option<(usize, usize)> {
        refused_shape(text).map(|(found, p)| {
            assert_eq!(found, shape);
            (p.line, p.column)
        })
    }

    fn deep(text: &str) -> Option<(usize, usize)> {
        found(text, Shape::TooDeep)
    }

    fn alias(text: &str) -> Option<(usize, usize)> {
        found(text, Shape::Alias)
    }

    #[test]
    fn an_alias_is_found_where_it_is_and_a_star_in_text_is_not_one() {
        assert_eq!(alias("title: &t T\nskills:\n- *t\n"), Some((3, 3)));
        assert_eq!(alias("tools: {a: &l [x], b: *l}\n"), Some((1, 23)));
        assert_eq!(
            alias("title: T\nskills: [\"*nix\", 'a*', b*c, \"x\"]\nsummary: 5 * 3\n"),
            None
        );
        assert_eq!(alias("title: T # *not\nsummary: |\n  *text\n"), None);
    }

    #[test]
    fn flow_nesting_past_the_limit_is_found_where_it_goes_too_deep() {
        let text = format!("title: A\nskills: {}", "[".repeat(100));
        assert_eq!(deep(&text), Some((2, 8 + MAX_FLOW_DEPTH + 1)));
        let text = format!("title: A\nskills: {}x", "{k: ".repeat(100));
        assert!(deep(&text).is_some());
        let text = format!("title: A\nskills:\n{}", "[\n".repeat(100));
        assert_eq!(deep(&text).map(|p| p.0), Some(3 + MAX_FLOW_DEPTH));
    }

    #[test]
    fn nesting_up_to_the_limit_is_accepted() {
        let text = format!(
            "title: A\nskills: {}x{}",
            "[".repeat(MAX_FLOW_DEPTH),
            "]".repeat(MAX_FLOW_DEPTH)
        );
        assert_eq!(deep(&text), None);
        // Many collections one after another are not nested.
        let text = format!("title: A\nskills:\n{}", "- [a, {b: [c]}]\n".repeat(10_000));
        assert_eq!(deep(&text), None);
    }

    #[test]
    fn brackets_in_text_do_not_count() {
        let many = "[".repeat(200);
        for text in [
            format!("title: A\nsummary: \"{many}\"\n"),
            format!("title: A\nsummary: '{many}'\n"),
            format!("title: A\nsummary: a {many}\n"),
            format!("title: A # {many}\n"),
            format!("title: A\nsummary: |\n  {many}\n  more {many}\nskills: [SQL]\n"),
            format!("title: A\nskills: ['it''s {many}', \"say \\\"{many}\"]\n"),
        ] {
            assert_eq!(deep(&text), None, "{text}");
        }
    }

    #[test]
    fn a_quote_inside_plain_text_does_not_hide_brackets() {
        let many = "[".repeat(100);
        for text in [
            format!("title: rock 'n roll\nskills: {many}\n"),
            format!("title: plain\n  'more of the title\nskills: {many}\n"),
            format!("skills: [a 'b, {many}\n"),
            format!("skills: [a\n 'b, {many}\n"),
            format!("title: A\nsummary: |\n  it's\nskills: {many}\n"),
        ] {
            assert!(deep(&text).is_some(), "{text}");
        }
    }

    #[test]
    fn every_line_ending_counts_lines() {
        let text = format!("title: A\r\nskills: {}", "[".repeat(100));
        assert_eq!(deep(&text).map(|p| p.0), Some(2));
        let text = format!("title: A\rskills: {}", "[".repeat(100));
        assert_eq!(deep(&text).map(|p| p.0), Some(2));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        /// Any depth of any shape of brackets is read, or refused, in one pass: a hang here
        /// is the parser reading a depth the scan let through.
        #[test]
        fn any_depth_of_any_shape_finishes(
            depth in 0usize..200_000,
            opener in prop::sample::select(vec!["[", "{", "{k: ", "[{a: ", "&a [", "- [", "[\n", "'x', ["]),
            closed in any::<bool>(),
        ) {
            let mut text = format!("title: T\nskills: {}", opener.repeat(depth));
            if closed {
                text.push_str(&"]".repeat(depth));
            }
            let read = crate::role::parse::parse_yaml::<crate::role::Role>(
                text.as_bytes(),
                std::path::Path::new("deep.yaml"),
            );
            if depth > MAX_FLOW_DEPTH && opener != "- [" {
                prop_assert!(read.is_err());
            }
        }
    }
}
