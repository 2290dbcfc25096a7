//! A cache of parsed role files for each large roles folder, under `$XDG_CACHE_HOME/rolediff`
//! (default `~/.cache/rolediff`). Parsing YAML is most of the cost of reading a library of
//! a thousand roles; JSON of the same roles reads many times faster. `list` and the lookup
//! of an alias take the names from the same roles.
//! An entry is used only while its file has the same [`Stamp`]; any other file is parsed
//! again, and the cache rewritten. A cache that cannot be read or written is ignored: it
//! only ever saves time.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::UNIX_EPOCH;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::folders::xdg_dir;
use crate::files::{create_own_folder, read_own_file, write_cache};
use crate::role::parse::MAX_ROLE_FILE_BYTES;
use crate::role::section::Section;
use crate::role::{Item, Role};

/// Bumped whenever the cached form of a role changes.
const FORMAT: u32 = 4;

/// The largest cache file read: ten thousand roles take a few tens of MiB. A larger file
/// (or anything but a regular file: a FIFO, `/dev/zero`) is no cache.
const MAX_CACHE_BYTES: u64 = 256 * 1024 * 1024;

/// A cache file as written: its entries borrow the values, so writing copies none.
#[derive(Serialize)]
struct CacheFile<'a> {
    format: u32,
    version: &'static str,
    entries: Vec<CacheEntryRef<'a>>,
}

#[derive(Serialize)]
struct CacheEntryRef<'a> {
    file: String,
    stamp: Stamp,
    role: &'a Role,
}

#[derive(Deserialize)]
struct CacheEntry {
    file: String,
    stamp: Stamp,
    role: Role,
}

/// What identifies a version of a file: its size and modification time (nanoseconds), and
/// on Unix its device, inode and change time. Tools that copy a file keep its size and
/// can set its modification time back (`cp -p`, `tar`, `rsync -t`, `touch -d`); none can
/// set back the change time, and a file written anew by rename has another inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stamp {
    len: u64,
    modified: u128,
    #[serde(default)]
    device: u64,
    #[serde(default)]
    inode: u64,
    #[serde(default)]
    changed: i128,
}

impl Stamp {
    /// The stamp of the file at `path`, if it can be read.
    #[must_use]
    pub fn of(path: &Path) -> Option<Stamp> {
        let metadata = std::fs::metadata(path).ok()?;
        let modified = metadata
            .modified()
            .ok()?
            .duration_since(UNIX_EPOCH)
            .ok()?
            .as_nanos();
        let mut stamp = Stamp {
            len: metadata.len(),
            modified,
            device: 0,
            inode: 0,
            changed: 0,
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            stamp.device = metadata.dev();
            stamp.inode = metadata.ino();
            stamp.changed = nanoseconds(metadata.ctime(), metadata.ctime_nsec());
        }
        Some(stamp)
    }
}

/// A time given as seconds and nanoseconds, in nanoseconds.
fn nanoseconds(seconds: i64, nanos: i64) -> i128 {
    i128::from(seconds) * 1_000_000_000 + i128::from(nanos)
}

/// The cached roles of one folder. Each is taken out when used, so that no role is held
/// twice; the loaders of several threads share the cache, hence the lock.
#[derive(Debug)]
pub struct FolderCache {
    path: Option<PathBuf>,
    entries: Mutex<HashMap<String, (Stamp, Role)>>,
}

impl FolderCache {
    /// The cache of `folder` in `cache_dir`; empty when there is none or it cannot be read.
    #[must_use]
    pub fn open(cache_dir: &Path, folder: &Path) -> FolderCache {
        let path = cache_dir.join(format!("roles-{:016x}.json", folder_key(folder)));
        let entries = read_own_file(&path, MAX_CACHE_BYTES)
            .ok()
            .filter(|bytes| bytes.len() as u64 <= MAX_CACHE_BYTES)
            .map(|bytes| read_entries(&bytes))
            .unwrap_or_default();
        FolderCache {
            path: Some(path),
            entries: Mutex::new(entries),
        }
    }

    /// Takes out the cached role of the file at `path`, if the file has not changed since.
    #[must_use]
    pub fn take(&self, path: &Path, stamp: Stamp) -> Option<Role> {
        // A poisoned lock means a loader panicked; the panic is on its way up anyway.
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let (cached, role) = entries.remove(&file_name(path))?;
        (cached == stamp).then_some(role)
    }

    /// Writes the cache anew with `roles`: (file, stamp, role). Failures are ignored.
    pub fn save(&self, roles: &[(&Path, Stamp, &Role)]) {
        let Some(path) = &self.path else { return };
        let entries: Vec<CacheEntryRef> = roles
            .iter()
            .map(|&(file, stamp, role)| CacheEntryRef {
                file: file_name(file),
                stamp,
                role,
            })
            .collect();
        let cache = CacheFile {
            format: FORMAT,
            version: env!("CARGO_PKG_VERSION"),
            entries,
        };
        // Written whole or not at all; any failure (a full disk, a file-size limit) leaves
        // the old cache or none, and the command goes on without.
        let _ = path
            .parent()
            .map_or(Ok(()), create_own_folder)
            .and_then(|()| {
                write_cache(path, ".roles-cache-", |out| {
                    serde_json::to_writer(out, &cache).map_err(std::io::Error::from)
                })
            });
    }
}

/// The cache file as written, each entry still raw JSON.
#[derive(Deserialize)]
struct RawCacheFile<'a> {
    format: u32,
    version: String,
    #[serde(borrow)]
    entries: Vec<&'a serde_json::value::RawValue>,
}

/// The entries of a cache file, parsed on every core; none when the file is not a cache
/// of this format. An entry that does not parse is left out (its file is read again).
fn read_entries(bytes: &[u8]) -> HashMap<String, (Stamp, Role)> {
    let Ok(file) = serde_json::from_slice::<RawCacheFile>(bytes) else {
        return HashMap::new();
    };
    // Another version of rolediff may read role files differently: its cache is not ours.
    if file.format != FORMAT || file.version != env!("CARGO_PKG_VERSION") {
        return HashMap::new();
    }
    file.entries
        .par_iter()
        .filter_map(|entry| serde_json::from_str::<CacheEntry>(entry.get()).ok())
        .filter(|entry| within_file_limits(&entry.role, entry.stamp.len))
        .map(|entry| (entry.file, (entry.stamp, entry.role)))
        .collect()
}

/// Whether `role` could have been read from a role file of `len` bytes: the file is within
/// the size limit, and the role holds no more text and items than such a file can (YAML's
/// escapes make a character of three bytes from two at most, and each item takes a
/// separator). A cache entry that could not is not used, so a cache never hands over more
/// than the file would (three million skills from a file of a few bytes).
fn within_file_limits(role: &Role, len: u64) -> bool {
    let Ok(len) = usize::try_from(len) else {
        return false;
    };
    len <= MAX_ROLE_FILE_BYTES && role_size(role) <= len.saturating_mul(2)
}

/// The bytes of a role's text and its number of items and names, as a role file's
/// content would have to hold them.
fn role_size(role: &Role) -> usize {
    let texts = |texts: &[String]| texts.iter().map(|text| text.len() + 1).sum::<usize>();
    let item = |item: &Item| {
        item.name.len() + 1 + texts(&item.aka) + item.note.as_ref().map_or(0, String::len)
    };
    let mut size = role.title.len()
        + texts(&role.aliases)
        + texts(&role.also_called)
        + role.summary.as_ref().map_or(0, String::len)
        + texts(&role.sources);
    for section in Section::ALL {
        size += role.items(section).into_iter().map(item).sum::<usize>();
    }
    let categories: std::collections::HashSet<&str> = role
        .tools
        .0
        .iter()
        .filter_map(|tool| tool.category.as_deref())
        .collect();
    size + categories.into_iter().map(str::len).sum::<usize>()
}

/// `$XDG_CACHE_HOME/rolediff`, or `~/.cache/rolediff`; `None` when neither is set.
#[must_use]
pub fn cache_dir() -> Option<PathBuf> {
    xdg_dir("XDG_CACHE_HOME", ".cache").map(|dir| dir.join("rolediff"))
}

fn folder_key(folder: &Path) -> u64 {
    let folder = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_owned());
    let mut hasher = std::hash::DefaultHasher::new();
    folder.hash(&mut hasher);
    hasher.finish()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::parse::parse_role;

    #[test]
    fn a_role_survives_the_cache_and_a_changed_file_misses_it() {
        let cache_dir = tempfile::tempdir().unwrap();
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("r.yaml");
        let yaml = "title: T\nskills: [SQL, {name: Python, aka: [py], importance: 0.5}]\ntools:\n  DBs: [Oracle]\n  IDEs: [Eclipse]\n";
        std::fs::write(&file, yaml).unwrap();
        let role = parse_role(yaml.as_bytes(), &file, "r").unwrap();
        let stamp = Stamp::of(&file).unwrap();
        FolderCache::open(cache_dir.path(), folder.path()).save(&[(&file, stamp, &role)]);
        let cache = FolderCache::open(cache_dir.path(), folder.path());
        let changed = Stamp {
            len: stamp.len + 1,
            ..stamp
        };
        assert!(cache.take(&file, changed).is_none());
        let cache = FolderCache::open(cache_dir.path(), folder.path());
        let cached = cache.take(&file, stamp).unwrap();
        assert_eq!(cached.skills, role.skills);
        assert_eq!(cached.tools, role.tools);
        assert!(cache.take(&file, stamp).is_none(), "taken once");
    }

    #[test]
    fn each_file_of_a_folder_finds_its_own_role_in_the_cache() {
        let cache_dir = tempfile::tempdir().unwrap();
        let folder = tempfile::tempdir().unwrap();
        let files: Vec<(PathBuf, Role)> = ["a", "b", "c"]
            .iter()
            .map(|id| {
                let file = folder.path().join(format!("{id}.yaml"));
                let yaml = format!("title: Role {id}\n");
                std::fs::write(&file, &yaml).unwrap();
                let role = parse_role(yaml.as_bytes(), &file, id).unwrap();
                (file, role)
            })
            .collect();
        let stamps: Vec<Stamp> = files
            .iter()
            .map(|(file, _)| Stamp::of(file).unwrap())
            .collect();
        let entries: Vec<(&Path, Stamp, &Role)> = files
            .iter()
            .zip(&stamps)
            .map(|((file, role), &stamp)| (file.as_path(), stamp, role))
            .collect();
        FolderCache::open(cache_dir.path(), folder.path()).save(&entries);
        let cache = FolderCache::open(cache_dir.path(), folder.path());
        for ((file, role), &stamp) in files.iter().zip(&stamps) {
            let cached = cache.take(file, stamp).expect("every role is cached");
            assert_eq!(cached.title, role.title);
        }
    }

    #[test]
    fn a_cache_of_another_format_or_version_is_not_ours() {
        let cache_dir = tempfile::tempdir().unwrap();
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("r.yaml");
        std::fs::write(&file, "title: T\nskills: [SQL]\n").unwrap();
        let role = parse_role(b"title: T\nskills: [SQL]\n", &file, "r").unwrap();
        let stamp = Stamp::of(&file).unwrap();
        FolderCache::open(cache_dir.path(), folder.path()).save(&[(&file, stamp, &role)]);
        let path = FolderCache::open(cache_dir.path(), folder.path())
            .path
            .unwrap();
        let written = std::fs::read_to_string(&path).unwrap();
        let ours = format!(
            "\"format\":{FORMAT},\"version\":\"{}\"",
            env!("CARGO_PKG_VERSION")
        );
        assert!(written.contains(&ours), "{written}");
        assert_eq!(
            read_entries(written.as_bytes()).len(),
            1,
            "our own cache is read"
        );
        for theirs in [
            format!(
                "\"format\":{},\"version\":\"{}\"",
                FORMAT + 1,
                env!("CARGO_PKG_VERSION")
            ),
            format!("\"format\":{FORMAT},\"version\":\"0.0.0-other\""),
        ] {
            let other = written.replace(&ours, &theirs);
            assert!(read_entries(other.as_bytes()).is_empty(), "{theirs}");
            std::fs::write(&path, &other).unwrap();
            let cache = FolderCache::open(cache_dir.path(), folder.path());
            assert!(cache.take(&file, stamp).is_none(), "{theirs}");
        }
    }

    #[test]
    fn each_folder_has_a_cache_file_of_its_own() {
        let cache_dir = tempfile::tempdir().unwrap();
        let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let path = |folder: &Path| FolderCache::open(cache_dir.path(), folder).path;
        assert_ne!(path(one.path()), path(two.path()));
        assert_eq!(path(one.path()), path(one.path()));
    }

    #[test]
    fn change_times_a_second_apart_are_different_stamps() {
        assert_eq!(nanoseconds(2, 5), 2_000_000_005);
        assert_ne!(nanoseconds(1, 5), nanoseconds(2, 5));
        assert_eq!(nanoseconds(-1, 0), -1_000_000_000);
    }

    #[test]
    fn an_unreadable_cache_is_empty() {
        let cache_dir = tempfile::tempdir().unwrap();
        let folder = tempfile::tempdir().unwrap();
        let cache = FolderCache::open(cache_dir.path(), folder.path());
        std::fs::write(cache.path.as_ref().unwrap(), "not json").unwrap();
        assert!(
            FolderCache::open(cache_dir.path(), folder.path())
                .entries
                .lock()
                .unwrap()
                .is_empty()
        );
    }
}
