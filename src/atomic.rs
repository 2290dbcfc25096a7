//! Writing files so that they cannot half-happen: the content goes to a temporary file in
//! the same folder, which is then renamed over the target. An error or an interruption
//! leaves the old file (or none), never a partial one.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Writes `content` to `path` atomically.
pub fn write_atomically(path: &Path, content: &[u8]) -> Result<(), Error> {
    write_atomically_with(path, |file| file.write_all(content))
}

/// Writes to `path` atomically what `write` writes to the (buffered) writer it is given:
/// large content need not be held in memory whole.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Error> {
    let temporary = temporary_path(path);
    let unwritable = |source| Error::Unwritable {
        path: path.to_owned(),
        source,
    };
    let result = (|| {
        let mut file = BufWriter::new(File::create(&temporary)?);
        write(&mut file)?;
        let file = file
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        file.sync_data()?;
        fs::rename(&temporary, path)
    })();
    if result.is_err() {
        // The temporary file is ours; a failure to remove it changes nothing for the caller.
        let _ = fs::remove_file(&temporary);
    }
    result.map_err(unwritable)
}

/// `.name.tmp-<pid>` beside `path`: hidden, and unique to this process.
fn temporary_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |name| name.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_replaced_whole_and_no_temporary_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("role.yaml");
        fs::write(&path, "old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_names_the_target() {
        let error = write_atomically(Path::new("/no/such/folder/role.yaml"), b"x").unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("/no/such/folder/role.yaml: cannot write"),
            "{error}"
        );
    }
}
