//! `import onet DIR --out DIR`: the O*NET database as role files.

use std::io::Write;

use crate::cli::OnetArgs;
use crate::error::{EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::onet;
use crate::output;

/// Imports the O*NET release of `args` as role files.
pub fn import_onet(args: &OnetArgs, out: &mut dyn Write) -> Result<u8, Error> {
    let reserved = Library::built_in_name_keys();
    let summary = onet::import(&args.dir, &args.out, args.force, &reserved)?;
    super::report_warnings(&summary.warnings);
    writeln!(
        out,
        "imported {}: {} written to {}, {}",
        super::plural(summary.occupations, "occupation"),
        super::plural(summary.written, "role file"),
        output::escape_control(&args.out.display().to_string()),
        super::plural(summary.warnings.len(), "warning")
    )?;
    Ok(EXIT_SUCCESS)
}
