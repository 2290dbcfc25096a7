//! `gap FROM TO`: what carries over from one role to another and what is left to learn.

use std::io::Write;

use crate::analysis::diff::compare_roles;
use crate::analysis::gap::role_gap;
use crate::cli::GapArgs;
use crate::error::{EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::output;
use crate::role::section::Section;
use crate::terminal::Terminal;

/// The gap from the first role of `args` to the second.
pub fn gap(
    library: &mut Library,
    args: &GapArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let from = library.resolve(&args.from)?;
    let to = library.resolve(&args.to)?;
    let matcher = super::matcher(library, super::threshold(args.exact, args.threshold))?;
    let diff = compare_roles(&from, &to, &Section::ALL, &matcher);
    let mut gap = role_gap(&diff, &from, &to, &matcher, args.top);
    if !args.explain {
        gap.forget_reasons();
    }
    output::render_gap(&gap, args.format, terminal, out)?;
    Ok(EXIT_SUCCESS)
}
