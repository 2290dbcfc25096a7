//! `compare A B`: the main job. Both roles are resolved by the library, compared section by
//! section by [`crate::analysis::diff`], and rendered in the format asked for.

use std::io::Write;

use crate::analysis::diff::{Relation, compare_roles};
use crate::cli::CompareArgs;
use crate::error::{EXIT_DIFFERENT, EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::output;
use crate::role::section::Section;
use crate::terminal::Terminal;

/// Compares the two roles of `args`; exit 1 with `--exit-code` when they differ.
pub fn compare(
    library: &mut Library,
    args: &CompareArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let a = library.resolve(&args.a)?;
    let b = library.resolve(&args.b)?;
    let sections = if args.sections.is_empty() {
        Section::ALL.to_vec()
    } else {
        args.sections.iter().copied().map(Section::from).collect()
    };
    let matcher = super::matcher(library, super::threshold(args.exact, args.threshold))?;
    let mut diff = compare_roles(&a, &b, &sections, &matcher);
    if !args.explain {
        diff.forget_reasons();
    }
    let differs = diff.differs();
    if !args.only.is_empty() {
        let only: Vec<Relation> = args.only.iter().copied().map(Relation::from).collect();
        diff.retain_relations(&only);
    }
    output::render_compare(&diff, args.format, terminal, out)?;
    Ok(if args.exit_code && differs {
        EXIT_DIFFERENT
    } else {
        EXIT_SUCCESS
    })
}
