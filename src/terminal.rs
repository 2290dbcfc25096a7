//! What the output goes to: whether to colour and how wide to wrap, decided once per run.

use std::io::IsTerminal;

use clap::ValueEnum;

/// When to colour output (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour when stdout is a terminal, unless `NO_COLOR`, `CLICOLOR_FORCE`, `CLICOLOR=0`
    /// or `TERM=dumb` says otherwise.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The output's colour and width, used for every colour and wrapping decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Terminal {
    /// Whether to write ANSI colours.
    pub color: bool,
    /// Width to wrap tables to; `None` means no wrapping.
    pub width: Option<u16>,
}

impl Terminal {
    /// Decides colour and width once per run from the command line, the environment and
    /// whether stdout is a terminal.
    #[must_use]
    pub fn detect(when: ColorWhen, width: Option<u16>) -> Terminal {
        let is_tty = std::io::stdout().is_terminal();
        let color = color_from(when, &|name| std::env::var_os(name), is_tty);
        let width = width
            .or_else(|| columns_variable(std::env::var_os("COLUMNS").as_deref()))
            .or_else(|| if is_tty { terminal_width() } else { None });
        // The table library's terminal layer reads NO_COLOR itself; our decision is final.
        crossterm::style::force_color_output(color);
        Terminal {
            color,
            width: width.filter(|&w| w > 0),
        }
    }
}

/// Whether to colour: `--color always|never` first, then `NO_COLOR` (any value turns it
/// off), `CLICOLOR_FORCE` (any value but `0` turns it on), `CLICOLOR=0` and `TERM=dumb`
/// (off), and last whether stdout is a terminal. Empty variables count as unset.
fn color_from(
    when: ColorWhen,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
    is_tty: bool,
) -> bool {
    let set = |name: &str| env(name).filter(|value| !value.is_empty());
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto if set("NO_COLOR").is_some() => false,
        ColorWhen::Auto if set("CLICOLOR_FORCE").is_some_and(|v| v != "0") => true,
        ColorWhen::Auto if set("CLICOLOR").is_some_and(|v| v == "0") => false,
        ColorWhen::Auto if set("TERM").is_some_and(|v| v == "dumb") => false,
        ColorWhen::Auto => is_tty,
    }
}

/// The width `COLUMNS` asks for, as `ls` and Python read it: a positive whole number.
fn columns_variable(value: Option<&std::ffi::OsStr>) -> Option<u16> {
    value?
        .to_str()?
        .trim()
        .parse::<u16>()
        .ok()
        .filter(|&w| w > 0)
}

/// The width of the terminal on stdout, even when it reports no rows (as some do).
fn terminal_width() -> Option<u16> {
    let size = rustix::termios::tcgetwinsize(rustix::stdio::stdout()).ok()?;
    (size.ws_col > 0).then_some(size.ws_col)
}

impl Terminal {
    /// `text` in `style` when colouring, unchanged otherwise.
    #[must_use]
    pub fn paint(&self, text: &str, style: owo_colors::Style) -> String {
        if self.color {
            owo_colors::OwoColorize::style(&text, style).to_string()
        } else {
            text.to_owned()
        }
    }

    /// `text` wrapped to the width, if there is one: the first line starts with `first`,
    /// the others with `rest` (a list item's bullet and its hanging indent). Lines break
    /// between words, never at a hyphen inside one (an id, `First-Line`); words longer than a
    /// line are broken, never cut.
    #[must_use]
    pub fn wrap(&self, text: &str, first: &str, rest: &str) -> String {
        let Some(width) = self.width else {
            return format!("{first}{text}");
        };
        let options = textwrap::Options::new(usize::from(width))
            .initial_indent(first)
            .subsequent_indent(rest)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::fill(text, options)
    }

    /// A heading: wrapped to the width like any text, each line bold when colouring.
    #[must_use]
    pub fn heading(&self, text: &str) -> String {
        let bold = owo_colors::Style::new().bold();
        self.wrap(text, "", "")
            .lines()
            .map(|line| self.paint(line, bold))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A comfy-table table with this terminal's colour and width settings.
    #[must_use]
    pub fn table(&self) -> comfy_table::Table {
        let mut table = comfy_table::Table::new();
        table.load_preset(comfy_table::presets::ASCII_FULL_CONDENSED);
        table.set_style(comfy_table::TableComponent::MiddleHeaderIntersections, '+');
        if self.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        match self.width {
            Some(width) => {
                table
                    .set_width(width)
                    .set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
            }
            None => {
                table.set_content_arrangement(comfy_table::ContentArrangement::Disabled);
            }
        }
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn color_with(when: ColorWhen, vars: &[(&str, &str)], is_tty: bool) -> bool {
        let env = |name: &str| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| std::ffi::OsString::from(value))
        };
        color_from(when, &env, is_tty)
    }

    #[test]
    fn colour_follows_the_flag_then_the_variables_then_the_terminal() {
        use ColorWhen::{Always, Auto, Never};
        assert!(color_with(Auto, &[], true));
        assert!(!color_with(Auto, &[], false));
        assert!(!color_with(Auto, &[("NO_COLOR", "1")], true));
        assert!(!color_with(Auto, &[("TERM", "dumb")], true));
        assert!(!color_with(Auto, &[("CLICOLOR", "0")], true));
        assert!(color_with(Auto, &[("CLICOLOR", "1")], true));
        assert!(color_with(
            Auto,
            &[("TERM", "dumb"), ("CLICOLOR_FORCE", "1")],
            false
        ));
        assert!(color_with(
            Auto,
            &[("CLICOLOR", "0"), ("CLICOLOR_FORCE", "1")],
            true
        ));
        assert!(!color_with(Auto, &[("CLICOLOR_FORCE", "0")], false));
        assert!(color_with(
            Always,
            &[("TERM", "dumb"), ("NO_COLOR", "1")],
            false
        ));
        assert!(!color_with(Never, &[("CLICOLOR_FORCE", "1")], true));
        assert!(
            color_with(Auto, &[("NO_COLOR", "")], true),
            "empty counts as unset"
        );
    }

    #[test]
    fn columns_is_a_positive_whole_number() {
        assert_eq!(columns_variable(Some("80".as_ref())), Some(80));
        assert_eq!(columns_variable(Some(" 120 ".as_ref())), Some(120));
        assert_eq!(columns_variable(Some("0".as_ref())), None);
        assert_eq!(columns_variable(Some("wide".as_ref())), None);
        assert_eq!(columns_variable(None), None);
    }
}
