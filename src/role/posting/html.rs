//! A posting pasted as a page's source or as a job site's HTML description ("<p><strong>
//! Responsibilities:</strong></p><ul><li>Fill prescriptions</li></ul>"), as the text a
//! person sees: blocks on lines of their own, list items as bullets, headings as Markdown
//! headings, every other tag left out. Entities are decoded later, with the lines.
//!
//! One pass, linear in the text: each `<` is looked at once, and a `<` that opens no tag
//! of HTML's is kept as written ("salary < $50k").

use std::borrow::Cow;

/// Tags that are a block of their own: a line break before and after.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "dl",
    "dt",
    "dd",
    "hr",
];

/// Tags left out with nothing in their place: inline markup.
const INLINE_TAGS: &[&str] = &[
    "span", "a", "b", "strong", "i", "em", "u", "font", "small", "sup", "sub", "mark", "abbr",
    "code", "tbody", "thead", "html", "body", "head", "meta", "link", "img", "title",
];

/// Whether a text is HTML: it has a tag of a paragraph, a line break or a list.
fn is_html(text: &str) -> bool {
    [
        "<p>", "<p ", "</p>", "<br", "<li>", "<li ", "<ul>", "<div", "<BR", "<P>", "<LI>",
    ]
    .iter()
    .any(|tag| text.contains(tag))
}

/// The text a page's HTML shows; any other text as it is.
#[must_use]
pub fn as_text(text: &str) -> Cow<'_, str> {
    if !is_html(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // The tag ends at the first `>`, unless a `<` comes first: then this one opens none.
        let end = rest[1..]
            .find(['<', '>'])
            .map(|end| end + 1)
            .filter(|&end| rest.as_bytes()[end] == b'>');
        if let Some((end, text)) =
            end.and_then(|end| tag_text(&rest[1..end]).map(|text| (end, text)))
        {
            out.push_str(text);
            rest = &rest[end + 1..];
        } else {
            out.push('<');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// What a tag (its text between `<` and `>`) shows in the text, `None` when it is no tag
/// of HTML's.
fn tag_text(tag: &str) -> Option<&'static str> {
    let closing = tag.starts_with('/');
    let name: String = tag
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    if tag.starts_with('!') {
        // A comment or a doctype.
        return Some("");
    }
    match name.as_str() {
        "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if closing => Some("\n"),
        "li" => Some("\n- "),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some("\n## "),
        name if BLOCK_TAGS.contains(&name) => Some("\n"),
        name if INLINE_TAGS.contains(&name) => Some(""),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::as_text;

    #[test]
    fn a_page_is_read_as_the_text_it_shows() {
        let text = as_text(
            "<p><strong>Responsibilities:</strong></p><ul><li>Fill <em>prescriptions</em></li>\
             <li>Order stock</li></ul><h2>Benefits</h2><p>Dental<br/>Vision</p>",
        );
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect();
        assert_eq!(
            lines,
            [
                "Responsibilities:",
                "- Fill prescriptions",
                "- Order stock",
                "## Benefits",
                "Dental",
                "Vision"
            ]
        );
    }

    #[test]
    fn text_that_is_no_page_and_a_lone_angle_bracket_are_kept() {
        assert_eq!(as_text("Pay < $50k, SQL <3"), "Pay < $50k, SQL <3");
        assert_eq!(
            as_text("<p>Pay < $50k and <notatag> here</p>"),
            "\nPay < $50k and <notatag> here\n"
        );
    }

    #[test]
    fn a_text_of_angle_brackets_is_read_in_linear_time() {
        let text = format!("<p>{}", "<".repeat(200_000));
        assert_eq!(as_text(&text).len(), text.len() - 2);
        let text = format!("<p>{}", "<a ".repeat(100_000));
        assert!(as_text(&text).len() > 200_000);
    }
}
