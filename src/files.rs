//! Reading and writing files that anyone may have placed: reads of regular files only, up
//! to a limit; writes whole, through a temporary file renamed into place.

use std::fs::OpenOptions;
use std::io::{self, Read, Write};
use std::path::Path;

/// Reads at most `limit` bytes and one more (so that a caller can tell a file over the
/// limit) of `path`, if it is a regular file. A FIFO would block the read and a device
/// such as `/dev/zero` would never end it; neither is opened for waiting (`O_NONBLOCK`).
pub fn read_regular_file(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let (file, _) = open_regular(path, 0)?;
    read_up_to(file, limit)
}

/// Opens `path` for reading without waiting (`O_NONBLOCK`) and with `flags` more, if it is a
/// regular file; the file and what it is.
fn open_regular(path: &Path, flags: i32) -> io::Result<(std::fs::File, std::fs::Metadata)> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | flags);
    }
    let file = options.open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
    Ok((file, metadata))
}

/// At most `limit` bytes of `file` and one more.
fn read_up_to(file: std::fs::File, limit: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Reads, as [`read_regular_file`], a file that only this user can have written: not a
/// link, owned by this user, and neither it nor its folder writable by the group or
/// others. A cache is trusted over the files it stands for only when it passes.
pub fn read_own_file(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    read_up_to(open_own(path)?.0, limit)
}

/// [`read_own_file`] mapped into memory instead of read into a buffer: a file of tens of MB
/// is then not copied. A file over `limit` bytes is refused.
pub fn map_own_file(path: &Path, limit: u64) -> io::Result<memmap2::Mmap> {
    let (file, metadata) = open_own(path)?;
    if metadata.len() > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "larger than its limit",
        ));
    }
    // SAFETY: a mapping is undefined behaviour if the file changes while it is mapped. The
    // file has passed `open_own`: this user's, in a folder only this user can write, and
    // rolediff replaces such files by rename (a new inode), never in place. The mapping is
    // read at once (prefaulted) and dropped when the read is done.
    unsafe { memmap2::MmapOptions::new().populate().map(&file) }
}

/// Opens, as [`read_regular_file`] does, a file that only this user can have written: not a
/// link, owned by this user, and neither it nor its folder writable by the group or others.
fn open_own(path: &Path) -> io::Result<(std::fs::File, std::fs::Metadata)> {
    #[cfg(unix)]
    let no_links = libc::O_NOFOLLOW;
    #[cfg(not(unix))]
    let no_links = 0;
    let (file, metadata) = open_regular(path, no_links)?;
    let folder = path.parent().unwrap_or(Path::new("."));
    if !is_own(&metadata) || !is_own(&std::fs::metadata(folder)?) {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "owned by another user or writable by others",
        ));
    }
    Ok((file, metadata))
}

/// Whether a file or folder belongs to this user and only this user can write it.
#[cfg(unix)]
fn is_own(metadata: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    metadata.uid() == rustix::process::geteuid().as_raw() && metadata.mode() & 0o022 == 0
}

#[cfg(not(unix))]
fn is_own(_: &std::fs::Metadata) -> bool {
    true
}

/// Creates `folder` (and its parents) if missing, as a folder only this user can read or
/// write; a folder of this user that others may write is closed to them.
pub fn create_own_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(folder)?;
        let metadata = std::fs::metadata(folder)?;
        if !is_own(&metadata) {
            std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700))?;
        }
        Ok(())
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(folder)
}

/// Writes what `write` writes to `path` whole or not at all: into a temporary file beside
/// it, named `<prefix><random>`, synced, then renamed over it. The rename replaces whatever
/// is at `path` (a file, a symbolic link, a FIFO) without opening it, so nothing is ever
/// written through a link or blocked on a FIFO. Any error removes the temporary file.
pub fn write_whole(
    path: &Path,
    prefix: &str,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    write_through_rename(path, prefix, true, write)
}

/// [`write_whole`] for a cache: not synced to disk before the rename, since a cache that a
/// crash leaves short or empty is checked on read and built again, and a sync of tens of
/// MB would cost a first run more than the cache saves it.
pub fn write_cache(
    path: &Path,
    prefix: &str,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    write_through_rename(path, prefix, false, write)
}

fn write_through_rename(
    path: &Path,
    prefix: &str,
    sync: bool,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut file = tempfile::Builder::new()
        .prefix(prefix)
        .tempfile_in(folder)?;
    let mut out = io::BufWriter::new(file.as_file_mut());
    write(&mut out)?;
    out.flush()?;
    drop(out);
    if sync {
        file.as_file().sync_data()?;
    }
    file.persist(path).map_err(|err| err.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_replaces_a_link_and_leaves_its_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.txt");
        std::fs::write(&target, "keep").unwrap();
        let link = dir.path().join("page.1");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_whole(&link, ".page-", |out| out.write_all(b"page")).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
        assert!(std::fs::symlink_metadata(&link).unwrap().is_file());
        assert_eq!(std::fs::read_to_string(&link).unwrap(), "page");
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.json");
        std::fs::write(&path, "old").unwrap();
        let failed = write_whole(&path, ".cache-", |_| Err(io::Error::other("disk full")));
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn an_own_file_is_one_only_this_user_can_write() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("cache");
        create_own_folder(&folder).unwrap();
        let path = folder.join("roles.json");
        write_whole(&path, ".cache-", |out| out.write_all(b"{}")).unwrap();
        assert_eq!(read_own_file(&path, 100).unwrap(), b"{}");
        let chmod = |path: &Path, mode| {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        };
        for mode in [0o622, 0o602, 0o620] {
            chmod(&path, mode);
            assert!(read_own_file(&path, 100).is_err(), "{mode:o}");
        }
        chmod(&path, 0o600);
        chmod(&folder, 0o777);
        assert!(read_own_file(&path, 100).is_err(), "folder writable by all");
        // Our own folder is closed again when it is made ready for a write.
        create_own_folder(&folder).unwrap();
        assert_eq!(read_own_file(&path, 100).unwrap(), b"{}");
        let link = folder.join("link.json");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        assert!(read_own_file(&link, 100).is_err(), "a link");
    }

    #[test]
    fn only_regular_files_are_read_and_only_up_to_the_limit() {
        assert!(read_regular_file(Path::new("/dev/zero"), 10).is_err());
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        assert!(read_regular_file(&fifo, 10).is_err());
        let file = dir.path().join("big");
        std::fs::write(&file, vec![b'x'; 100]).unwrap();
        assert_eq!(read_regular_file(&file, 10).unwrap().len(), 11);
    }
}
