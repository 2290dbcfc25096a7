//! The `json` format of `compare`: the comparison through serde, for `jq` and scripts.

use std::io::{self, Write};

use super::CompareRenderer;
use crate::analysis::diff::RoleDiff;
use crate::terminal::Terminal;

/// Renders a comparison as one JSON object.
pub struct Json;

impl CompareRenderer for Json {
    fn render(&self, diff: &RoleDiff, _terminal: &Terminal, out: &mut dyn Write) -> io::Result<()> {
        write_json(diff, out)
    }
}

/// Writes any serialisable value as indented JSON and a final newline.
pub(super) fn write_json<T: serde::Serialize + ?Sized>(
    value: &T,
    out: &mut dyn Write,
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}
