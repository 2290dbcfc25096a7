//! What the output goes to: whether to colour and how wide to wrap, decided once per run.

use std::io::IsTerminal;

use clap::ValueEnum;

/// When to colour output (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour when stdout is a terminal, unless `NO_COLOR` or `CLICOLOR_FORCE` says otherwise.
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
    /// Decides colour (`--color`, then `NO_COLOR` / `CLICOLOR_FORCE`, then whether stdout
    /// is a terminal) and width (the terminal's, only when stdout is one).
    #[must_use]
    pub fn detect(when: ColorWhen) -> Terminal {
        let is_tty = std::io::stdout().is_terminal();
        let env = |name| std::env::var_os(name).filter(|value| !value.is_empty());
        let color = match when {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto if env("NO_COLOR").is_some() => false,
            ColorWhen::Auto if env("CLICOLOR_FORCE").is_some_and(|v| v != "0") => true,
            ColorWhen::Auto => is_tty,
        };
        let width = if is_tty {
            terminal_size::terminal_size().map(|(w, _)| w.0)
        } else {
            None
        };
        // The table library's terminal layer reads NO_COLOR itself; our decision is final.
        crossterm::style::force_color_output(color);
        Terminal {
            color,
            width: width.filter(|&w| w > 0),
        }
    }
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
