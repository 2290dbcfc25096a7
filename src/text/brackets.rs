//! Splitting a text at separators outside brackets: "SQL (advanced), Python" has two
//! entries, and "a WMS (Manhattan or similar)" offers no choice.

/// The parts of `text` between separators outside round and square brackets, as written
/// (untrimmed). `separator` is asked at each place outside brackets for the length of a
/// separator starting there, if one does; it must look at a few characters only, so that
/// the split stays linear.
pub fn split_outside_brackets(text: &str, separator: impl Fn(&str) -> Option<usize>) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start, mut skip_to) = (0usize, 0, 0);
    for (at, c) in text.char_indices() {
        if at < skip_to {
            continue;
        }
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => {
                if let Some(length) = separator(&text[at..]) {
                    parts.push(&text[start..at]);
                    start = at + length;
                    skip_to = start;
                }
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_in_brackets_do_not_split() {
        let comma = |rest: &str| rest.starts_with(',').then_some(1);
        assert_eq!(
            split_outside_brackets("SQL (advanced, daily), Python", comma),
            ["SQL (advanced, daily)", " Python"]
        );
        let or = |rest: &str| rest.starts_with(" or ").then_some(4);
        assert_eq!(
            split_outside_brackets("Python or R [or Julia] or Scala", or),
            ["Python", "R [or Julia]", "Scala"]
        );
        assert_eq!(split_outside_brackets("", comma), [""]);
    }
}
