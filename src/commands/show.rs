//! `show ROLE`: one role in full.

use std::io::Write;

use crate::cli::ShowArgs;
use crate::error::{EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::output;
use crate::terminal::Terminal;

/// Shows the role of `args`.
pub fn show(
    library: &mut Library,
    args: &ShowArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let role = library.resolve(&args.role)?;
    output::render_show(&role, args.format, args.all, terminal, out)?;
    Ok(EXIT_SUCCESS)
}
