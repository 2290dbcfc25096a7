//! The library index: what `list`, the naming of roles, `find` and `similar` need of every
//! role (its [`Head`], and the indexes of `find` and `similar`), kept beside the role
//! cache so that a large library answers without reading a role.
//!
//! Four files, one a kind, each whole in itself: `index-names-KEY.bin` (the heads and the
//! warnings of loading), `index-find-KEY.bin`, `index-document-KEY.bin` (`find`'s index
//! with the roles' tools, for `find --file`) and `index-similar-KEY.bin` (the same, and
//! the index of that command). `KEY` stands for the library's folders. Each file carries
//! a digest of the library it was built from: every id with its file's path and
//! [`Stamp`], and the built-in roles' text. A file whose digest is not the library's as it
//! is now is built again from the roles (through the role cache) and rewritten; a command
//! builds only the kind it needs.
//!
//! An index is a cache: mapped into memory only under the rules of the role cache (this
//! user's file in this user's folder, up to a size limit), every number in it checked as
//! it is read ([`crate::binary`]), and never a failure when it cannot be read or written. Libraries
//! of fewer than [`INDEXED_MINIMUM`] role files build what they need in less time than
//! reading a file takes.
//!
//! Layout (after [`crate::binary`]): `RDIX`, the format, the version of rolediff, the kind,
//! the digest (two `u64`); the heads (id, title, aliases, source: `0` built-in or `1` and
//! a path); the warnings; the kind's index; nothing after.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::cache::Stamp;
use super::{Library, Location};
use crate::analysis::find::FindIndex;
use crate::analysis::similarity::SimilarityIndex;
use crate::binary::{Invalid, Read, Reader, Writer};
use crate::files::{create_own_folder, map_own_file, write_cache};
use crate::role::head::Head;
use crate::role::{Role, Source};

/// Bumped whenever the layout, or what an index holds, changes.
const FORMAT: u32 = 2;

/// The first bytes of every index file.
const MAGIC: &[u8; 4] = b"RDIX";

/// Libraries with fewer role files than this build their indexes each time: the built-in
/// roles and a small folder read faster than an index file.
const INDEXED_MINIMUM: usize = 64;

/// The largest index file read: the `find` index of the O*NET import (1,016 roles with
/// 65,000 names) takes 18 MB, of ten thousand synthetic roles 16 MB.
const MAX_INDEX_BYTES: u64 = 1024 * 1024 * 1024;

/// The kinds of index file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Names,
    Find,
    /// `find`'s index with the roles' tools, which only a document is searched by.
    Document,
    Similar,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Names => "names",
            Kind::Find => "find",
            Kind::Document => "document",
            Kind::Similar => "similar",
        }
    }

    fn code(self) -> u32 {
        match self {
            Kind::Names => 1,
            Kind::Find => 2,
            Kind::Similar => 3,
            Kind::Document => 4,
        }
    }
}

/// Where a library's index files are, and the digest they must carry to be its own.
#[derive(Debug, Clone)]
pub(super) struct Place {
    folder: PathBuf,
    key: u64,
    digest: [u64; 2],
}

impl Place {
    fn path(&self, kind: Kind) -> PathBuf {
        self.folder
            .join(format!("index-{}-{:016x}.bin", kind.name(), self.key))
    }
}

/// What an index file holds beside the kind's own index.
struct Stored {
    heads: Vec<Head>,
    warnings: Vec<String>,
}

impl Library {
    /// The heads of every role in id order, as [`Library::load_all`] loads them; files
    /// that fail to load become warnings and are left out.
    pub fn heads(&mut self) -> Vec<Head> {
        let place = self.index_place().cloned();
        if let Some(stored) = place
            .as_ref()
            .and_then(|place| read_index(place, Kind::Names, |_, _| Ok(())))
        {
            return self.restored(stored);
        }
        let loaded = self.warnings.len();
        let roles = self.load_all();
        let heads: Vec<Head> = roles.into_iter().map(Head::from).collect();
        if let Some(place) = &place {
            // Only the warnings of loading: those of scanning the folders come every run.
            let warnings = &self.warnings[loaded..];
            write_index(place, Kind::Names, &heads, warnings, |_| {});
        }
        heads
    }

    /// The heads of every role, as [`Library::heads`], and `find`'s index of their roles.
    pub fn find_index(&mut self) -> (Vec<Head>, FindIndex) {
        self.indexed(
            Kind::Find,
            FindIndex::build,
            FindIndex::store,
            FindIndex::restore,
        )
    }

    /// The heads of every role, as [`Library::heads`], and `find`'s index of their roles with
    /// their tools, to search for a document ([`FindIndex::build_for_documents`]).
    pub fn document_index(&mut self) -> (Vec<Head>, FindIndex) {
        self.indexed(
            Kind::Document,
            FindIndex::build_for_documents,
            FindIndex::store,
            FindIndex::restore,
        )
    }

    /// The heads of every role, as [`Library::heads`], and the similarity index of their
    /// roles.
    pub fn similarity_index(&mut self) -> (Vec<Head>, SimilarityIndex) {
        self.indexed(
            Kind::Similar,
            SimilarityIndex::build,
            SimilarityIndex::store,
            SimilarityIndex::restore,
        )
    }

    /// The heads and the index of `kind`: read from its file when it is the library's,
    /// else built from the roles and written.
    fn indexed<T>(
        &mut self,
        kind: Kind,
        build: impl Fn(&[Role]) -> T,
        store: impl Fn(&T, &mut Writer),
        restore: impl Fn(&mut Reader, usize) -> Read<T>,
    ) -> (Vec<Head>, T) {
        let place = self.index_place().cloned();
        if let Some((stored, index)) = place.as_ref().and_then(|place| {
            let mut index = None;
            let stored = read_index(place, kind, |read, roles| {
                index = Some(restore(read, roles)?);
                Ok(())
            })?;
            Some((stored, index?))
        }) {
            return (self.restored(stored), index);
        }
        let loaded = self.warnings.len();
        let roles = self.load_all();
        let index = build(&roles);
        let heads: Vec<Head> = roles.into_iter().map(Head::from).collect();
        if let Some(place) = &place {
            let warnings = &self.warnings[loaded..];
            write_index(place, kind, &heads, warnings, |out| store(&index, out));
        }
        (heads, index)
    }

    /// The heads of an index read, its warnings taken as this run's.
    fn restored(&mut self, stored: Stored) -> Vec<Head> {
        self.warnings.extend(stored.warnings);
        stored.heads
    }

    /// Where this library's index files are, when it is large enough to keep them and
    /// there is a cache folder; worked out once a run.
    fn index_place(&self) -> Option<&Place> {
        self.index_place
            .get_or_init(|| self.find_index_place())
            .as_ref()
    }

    fn find_index_place(&self) -> Option<Place> {
        let folder = self.cache_dir.clone()?;
        let mut folders: Vec<&Path> = Vec::new();
        let mut files = 0usize;
        for location in self.listing().entries.values() {
            if let Location::File(path) = location {
                files += 1;
                if let Some(parent) = path.parent()
                    && !folders.contains(&parent)
                {
                    folders.push(parent);
                }
            }
        }
        if files < INDEXED_MINIMUM {
            return None;
        }
        let mut key = std::hash::DefaultHasher::new();
        for folder in folders {
            std::fs::canonicalize(folder)
                .unwrap_or_else(|_| folder.to_owned())
                .hash(&mut key);
        }
        Some(Place {
            folder,
            key: key.finish(),
            digest: self.digest(),
        })
    }

    /// What the index of this library depends on: every id with its built-in text or its
    /// file's path and stamp, hashed twice over (with other seeds) into 128 bits.
    fn digest(&self) -> [u64; 2] {
        // A stat call a file, on every core: most of the cost of a library of ten thousand.
        let entries: Vec<(&String, &Location)> = self.listing().entries.iter().collect();
        let stamps: Vec<Option<Stamp>> = entries
            .par_iter()
            .map(|(_, location)| match location {
                Location::File(path) => Stamp::of(path),
                Location::BuiltIn(_) => None,
            })
            .collect();
        let mut hashers = [
            std::hash::DefaultHasher::new(),
            std::hash::DefaultHasher::new(),
        ];
        // The second hash starts from another state, so the two are independent.
        hashers[1].write_u32(FORMAT);
        for ((id, location), stamp) in entries.into_iter().zip(stamps) {
            for hasher in &mut hashers {
                id.hash(hasher);
                match location {
                    Location::BuiltIn(text) => (0u8, text).hash(hasher),
                    Location::File(path) => (1u8, path, stamp).hash(hasher),
                }
            }
        }
        hashers.map(|hasher| hasher.finish())
    }
}

/// The index file of `kind` at `place`, if it is ours, of this library, whole and
/// consistent; `restore` reads the kind's own index, given the number of roles.
fn read_index(
    place: &Place,
    kind: Kind,
    restore: impl FnOnce(&mut Reader, usize) -> Read<()>,
) -> Option<Stored> {
    let bytes = map_own_file(&place.path(kind), MAX_INDEX_BYTES).ok()?;
    let mut read = Reader::new(&bytes);
    let stored = read_header(&mut read, place, kind)
        .and_then(|()| read_stored(&mut read))
        .ok()?;
    restore(&mut read, stored.heads.len()).ok()?;
    read.is_done().then_some(stored)
}

/// Checks the header: ours, of this format and version, of `kind`, of this library.
fn read_header(read: &mut Reader, place: &Place, kind: Kind) -> Read<()> {
    let magic = read.u32()?.to_le_bytes();
    let ours = &magic == MAGIC
        && read.u32()? == FORMAT
        && read.str()? == env!("CARGO_PKG_VERSION")
        && read.u32()? == kind.code()
        && [read.u64()?, read.u64()?] == place.digest;
    if ours { Ok(()) } else { Err(Invalid) }
}

/// The heads and warnings of an index file.
fn read_stored(read: &mut Reader) -> Read<Stored> {
    let count = read.len(16)?;
    let heads = (0..count)
        .map(|_| {
            Ok(Head {
                id: read.string()?,
                title: read.string()?,
                aliases: read.strings()?,
                source: read_source(read)?,
            })
        })
        .collect::<Read<Vec<Head>>>()?;
    let warnings = read.strings()?;
    Ok(Stored { heads, warnings })
}

fn read_source(read: &mut Reader) -> Read<Source> {
    match read.u32()? {
        0 => Ok(Source::BuiltIn),
        1 => Ok(Source::File(path_of_bytes(read.bytes()?))),
        _ => Err(Invalid),
    }
}

/// Writes the index file of `kind` at `place`: the header, `heads`, `warnings`, and what
/// `store` writes. Any failure leaves the old file or none.
fn write_index(
    place: &Place,
    kind: Kind,
    heads: &[Head],
    warnings: &[String],
    store: impl FnOnce(&mut Writer),
) {
    let mut out = Writer::default();
    out.u32(u32::from_le_bytes(*MAGIC));
    out.u32(FORMAT);
    out.str(env!("CARGO_PKG_VERSION"));
    out.u32(kind.code());
    out.u64(place.digest[0]);
    out.u64(place.digest[1]);
    out.len(heads.len());
    for head in heads {
        out.str(&head.id);
        out.str(&head.title);
        out.strs(&head.aliases);
        match &head.source {
            Source::BuiltIn => out.u32(0),
            Source::File(path) => {
                out.u32(1);
                out.bytes(&bytes_of_path(path));
            }
        }
    }
    out.strs(warnings);
    store(&mut out);
    let bytes = out.into_bytes();
    let path = place.path(kind);
    let _ = create_own_folder(&place.folder)
        .and_then(|()| write_cache(&path, ".index-", |file| file.write_all(&bytes)));
}

#[cfg(unix)]
fn bytes_of_path(path: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes().to_vec()
}

#[cfg(not(unix))]
fn bytes_of_path(path: &Path) -> Vec<u8> {
    path.to_string_lossy().into_owned().into_bytes()
}

#[cfg(unix)]
fn path_of_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_of_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}
