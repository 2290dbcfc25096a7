//! Reading one file of the O*NET text release: tab-separated, a header row, CRLF line ends,
//! `n/a` for missing values. Columns are found by name, so their order may change between
//! releases; a row with the wrong number of fields is an error naming the file and line.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::files::read_regular_file;

/// The largest table read: the release's largest is under 6 MB.
pub const MAX_TABLE_BYTES: u64 = 128 << 20;

/// A whole O*NET file in memory.
#[derive(Debug)]
pub struct Table {
    path: PathBuf,
    header: Vec<String>,
    /// (line number, fields) of every data row.
    rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    /// Reads the file at `path`; `Ok(None)` when it does not exist. Only a regular file of
    /// at most [`MAX_TABLE_BYTES`] is read: a FIFO or a link to `/dev/zero` among the
    /// tables is an error, not a wait or gigabytes.
    pub fn read(path: &Path) -> Result<Option<Table>, Error> {
        let text = match read_regular_file(path, MAX_TABLE_BYTES) {
            Ok(bytes) if bytes.len() as u64 > MAX_TABLE_BYTES => {
                return Err(Error::Unreadable {
                    path: path.to_owned(),
                    source: std::io::Error::new(
                        std::io::ErrorKind::FileTooLarge,
                        format!(
                            "larger than {} MiB, more than any O*NET table",
                            MAX_TABLE_BYTES >> 20
                        ),
                    ),
                });
            }
            Ok(bytes) => bytes,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(Error::Unreadable {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        let text = String::from_utf8(text).map_err(|err| {
            let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
            malformed(
                path,
                valid.split(|&b| b == b'\n').count(),
                "the line is not valid UTF-8".to_owned(),
            )
        })?;
        Table::parse(path, &text).map(Some)
    }

    /// Parses the text of a file; `path` names it in errors.
    pub fn parse(path: &Path, text: &str) -> Result<Table, Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = text
            .split('\n')
            .enumerate()
            .map(|(index, line)| (index + 1, line.strip_suffix('\r').unwrap_or(line)));
        let header: Vec<String> = match lines.next() {
            Some((_, line)) if !line.trim().is_empty() => line
                .split('\t')
                .map(|name| name.trim().to_owned())
                .collect(),
            _ => return Err(malformed(path, 1, "the file has no header row".to_owned())),
        };
        let mut rows = Vec::new();
        for (number, line) in lines {
            if line.trim().is_empty() {
                continue;
            }
            let fields: Vec<String> = line.split('\t').map(str::to_owned).collect();
            if fields.len() != header.len() {
                let message = format!(
                    "expected {} tab-separated fields, found {}",
                    header.len(),
                    fields.len()
                );
                return Err(malformed(path, number, message));
            }
            rows.push((number, fields));
        }
        Ok(Table {
            path: path.to_owned(),
            header,
            rows,
        })
    }

    /// The index of the column named `name`.
    pub fn column(&self, name: &str) -> Result<usize, Error> {
        self.header
            .iter()
            .position(|column| column == name)
            .ok_or_else(|| malformed(&self.path, 1, format!("the header has no column `{name}`")))
    }

    /// The data rows: (line number, fields).
    pub fn rows(&self) -> impl Iterator<Item = (usize, &[String])> {
        self.rows
            .iter()
            .map(|(line, fields)| (*line, fields.as_slice()))
    }

    /// A malformed-row error at `line` of this file.
    #[must_use]
    pub fn error_at(&self, line: usize, message: String) -> Error {
        malformed(&self.path, line, message)
    }
}

/// A value, or `None` for an empty field or `n/a`.
#[must_use]
pub fn value(field: &str) -> Option<&str> {
    let field = field.trim();
    (!field.is_empty() && !field.eq_ignore_ascii_case("n/a")).then_some(field)
}

fn malformed(path: &Path, line: usize, message: String) -> Error {
    Error::MalformedRow {
        path: path.to_owned(),
        line,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_blank_lines_are_read() {
        let table = Table::parse(Path::new("t.txt"), "A\tB\r\n1\tn/a\r\n\r\n2\tx\r\n").unwrap();
        let rows: Vec<_> = table
            .rows()
            .map(|(line, fields)| (line, fields.to_vec()))
            .collect();
        assert_eq!(
            rows,
            [
                (2, vec!["1".to_owned(), "n/a".to_owned()]),
                (4, vec!["2".to_owned(), "x".to_owned()])
            ]
        );
        assert_eq!(table.column("B").unwrap(), 1);
        assert_eq!(value("n/a"), None);
        assert_eq!(value(" x "), Some("x"));
    }

    #[test]
    fn a_short_row_names_its_line() {
        let error = Table::parse(Path::new("t.txt"), "A\tB\n1\t2\n3\n").unwrap_err();
        assert_eq!(
            error.to_string(),
            "t.txt:3: expected 2 tab-separated fields, found 1"
        );
    }

    #[test]
    fn a_missing_column_is_named() {
        let table = Table::parse(Path::new("t.txt"), "A\tB\n").unwrap();
        assert_eq!(
            table.column("C").unwrap_err().to_string(),
            "t.txt:1: the header has no column `C`"
        );
    }
}
