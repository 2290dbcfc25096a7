//! Reading every role of the library: on every core, and through the cache of each folder
//! large enough to gain from one.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::cache::{FolderCache, Stamp};
use super::{Library, Location};
use crate::error::Error;
use crate::role::{Role, Source};

/// Folders of at least this many roles keep a cache; smaller ones parse faster than a
/// cache file reads.
const CACHED_FOLDER_MINIMUM: usize = 64;

/// One loaded role, and what the cache needs to know of it.
struct Loaded {
    result: Result<Role, Error>,
    /// The file's stamp, for roles of cached folders.
    stamp: Option<Stamp>,
    /// Whether the role came from the cache.
    is_hit: bool,
}

impl Library {
    /// Loads every role in id order; files that fail to load become warnings and are left
    /// out.
    pub fn load_all(&mut self) -> Vec<Role> {
        let mut roles = Vec::new();
        for result in self.try_load_all() {
            match result {
                Ok(role) => roles.push(role),
                Err(err) => self.warnings.push(err.to_string()),
            }
        }
        roles
    }

    /// Loads every role in id order, keeping each failure. Large folders go through their
    /// cache, which is rewritten when a file was parsed anew.
    #[must_use]
    pub fn try_load_all(&self) -> Vec<Result<Role, Error>> {
        let caches = self.open_caches();
        let ids: Vec<&String> = self.listing().entries.keys().collect();
        // Each role is read on its own: rayon splits the work across the cores, and a
        // library of a few roles costs it next to nothing.
        let loaded: Vec<Loaded> = ids
            .par_iter()
            .filter_map(|id| self.load_through(id, &caches))
            .collect();
        save_caches(&caches, &loaded);
        loaded.into_iter().map(|loaded| loaded.result).collect()
    }

    /// The caches of the folders large enough to gain from one.
    fn open_caches(&self) -> HashMap<PathBuf, FolderCache> {
        let Some(cache_dir) = &self.cache_dir else {
            return HashMap::new();
        };
        let mut sizes: HashMap<&Path, usize> = HashMap::new();
        for location in self.listing().entries.values() {
            if let Location::File(path) = location
                && let Some(folder) = path.parent()
            {
                *sizes.entry(folder).or_default() += 1;
            }
        }
        sizes
            .into_iter()
            .filter(|(_, size)| *size >= CACHED_FOLDER_MINIMUM)
            .map(|(folder, _)| (folder.to_owned(), FolderCache::open(cache_dir, folder)))
            .collect()
    }

    /// Loads one role, from its folder's cache when the file has not changed.
    fn load_through(&self, id: &str, caches: &HashMap<PathBuf, FolderCache>) -> Option<Loaded> {
        let in_cache = match self.listing().entries.get(id)? {
            Location::File(path) => path
                .parent()
                .and_then(|folder| caches.get(folder))
                .zip(Stamp::of(path))
                .map(|found| (path, found)),
            Location::BuiltIn(_) => None,
        };
        let parse = |stamp| {
            self.load(id).transpose().map(|result| Loaded {
                result,
                stamp,
                is_hit: false,
            })
        };
        let Some((path, (cache, stamp))) = in_cache else {
            return parse(None);
        };
        if let Some(mut role) = cache.take(path, stamp) {
            // A cache keeps neither: they are where the role was found.
            id.clone_into(&mut role.id);
            role.source = Source::File(path.clone());
            return Some(Loaded {
                result: Ok(role),
                stamp: Some(stamp),
                is_hit: true,
            });
        }
        parse(Some(stamp))
    }
}

/// Rewrites the cache of every folder where a file was parsed anew. The usual case, every
/// file taken from its cache, costs one pass over `loaded` and compares no paths.
fn save_caches(caches: &HashMap<PathBuf, FolderCache>, loaded: &[Loaded]) {
    let parsed_anew = |l: &Loaded| !l.is_hit && l.stamp.is_some() && l.result.is_ok();
    if !loaded.iter().any(parsed_anew) {
        return;
    }
    for (folder, cache) in caches {
        let mut entries: Vec<(&Path, Stamp, &Role)> = Vec::new();
        let mut is_stale = false;
        for l in loaded {
            let (Ok(role), Some(stamp)) = (&l.result, l.stamp) else {
                continue;
            };
            if let Source::File(path) = &role.source
                && path.parent() == Some(folder.as_path())
            {
                is_stale |= !l.is_hit;
                entries.push((path.as_path(), stamp, role));
            }
        }
        if is_stale {
            cache.save(&entries);
        }
    }
}
