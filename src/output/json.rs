//! The `json` format of `compare`: the comparison through serde, for `jq` and scripts.

use std::io::{self, Write};

use crate::analysis::diff::RoleDiff;

/// Renders a comparison as one JSON object.
pub(super) fn compare_json(diff: &RoleDiff, out: &mut dyn Write) -> io::Result<()> {
    write_json(diff, out)
}

/// Writes any serialisable value as indented JSON and a final newline.
pub(super) fn write_json<T: serde::Serialize + ?Sized>(
    value: &T,
    out: &mut dyn Write,
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}
