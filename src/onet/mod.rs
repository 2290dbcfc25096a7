//! `import onet`: turning the O*NET database (text release) into one role file per
//! occupation.

mod occupations;
mod role_file;
mod table;

use occupations::{Release, read_release};
use role_file::role_yaml;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use indicatif::ProgressBar;
use rayon::prelude::*;

use crate::error::Error;
use crate::files;
use crate::text::name_key;

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    /// Occupations read.
    pub occupations: usize,
    /// Role files written.
    pub written: usize,
    /// Problems that did not stop the import.
    pub warnings: Vec<String>,
}

/// Imports the release in `dir` into role files in `out`; existing files are overwritten
/// only with `force`. A title whose [name key](name_key) is `reserved` (a name the built-in
/// roles answer to) is kept among the other names, never as an alias, so that no name
/// names two roles.
pub fn import<S: std::hash::BuildHasher>(
    dir: &Path,
    out: &Path,
    force: bool,
    reserved: &HashSet<String, S>,
) -> Result<ImportSummary, Error> {
    let release = read_release(dir)?;
    let files = role_files(&release, out, reserved);
    if !force {
        let existing: Vec<&PathBuf> = files
            .iter()
            .map(|(path, _)| path)
            .filter(|path| path.exists())
            .collect();
        if let Some(first) = existing.first() {
            return Err(Error::WouldOverwrite {
                path: (*first).clone(),
                count: existing.len(),
            });
        }
    }
    std::fs::create_dir_all(out).map_err(|source| Error::Unwritable {
        path: out.to_owned(),
        source,
    })?;
    remove_stale_temporaries(out);
    let signal = stop_on_signals();
    let progress = progress_bar(files.len());
    let result = write_files(&files, &signal, &progress);
    progress.finish_and_clear();
    let written = result?;
    if written < files.len() {
        return Err(Error::Interrupted {
            signal: i32::try_from(signal.load(Ordering::SeqCst)).unwrap_or(0),
            written,
            total: files.len(),
        });
    }
    Ok(ImportSummary {
        occupations: release.occupations.len(),
        written: files.len(),
        warnings: release.warnings,
    })
}

/// How many files are written at once. Each write waits for the disk (the file is synced
/// before it is renamed into place), so more writers than cores keep the disk busy: on two
/// cores, four writers import the O*NET release in about half the time of one.
const WRITERS: usize = 4;

/// Writes every file whole, several at a time, until all are written, one fails, or a
/// `signal` arrives; returns how many were written.
fn write_files(
    files: &[(PathBuf, String)],
    signal: &AtomicUsize,
    progress: &ProgressBar,
) -> Result<usize, Error> {
    let written = AtomicUsize::new(0);
    let write = |(path, yaml): &(PathBuf, String)| -> Result<(), Option<Error>> {
        // `None`: stopped by a signal, between two files.
        if signal.load(Ordering::SeqCst) != 0 {
            return Err(None);
        }
        write_whole(path, yaml.as_bytes()).map_err(Some)?;
        written.fetch_add(1, Ordering::SeqCst);
        progress.inc(1);
        Ok(())
    };
    // A pool of its own: more writers than cores, since each mostly waits on the disk.
    let result = match rayon::ThreadPoolBuilder::new().num_threads(WRITERS).build() {
        Ok(pool) => pool.install(|| files.par_iter().try_for_each(write)),
        Err(_) => files.iter().try_for_each(write),
    };
    match result {
        Err(Some(err)) => Err(err),
        Ok(()) | Err(None) => Ok(written.into_inner()),
    }
}

/// The path and YAML of every occupation's role file.
fn role_files<S: std::hash::BuildHasher>(
    release: &Release,
    out: &Path,
    reserved: &HashSet<String, S>,
) -> Vec<(PathBuf, String)> {
    let ids = role_ids(release);
    let unique_titles = unique_reported_titles(release);
    release
        .occupations
        .values()
        .map(|occupation| {
            let id = &ids[&occupation.code];
            // A title no other occupation claims names this one; the others are kept for
            // `find`, which may rank several roles for one title.
            // A title a built-in role answers to (`DBA`, `Statistician`) would make one
            // name name two roles: it is kept, as another name, not an alias.
            let (unique, shared): (Vec<&str>, Vec<&str>) = occupation
                .reported_titles
                .iter()
                .map(String::as_str)
                .partition(|title| {
                    unique_titles.contains_key(&title.to_lowercase())
                        && !reserved.contains(&name_key(title))
                });
            let aliases: Vec<&str> = std::iter::once(occupation.code.as_str())
                .chain(distinct(unique))
                .collect();
            let also_called = distinct(shared);
            (
                out.join(format!("{id}.yaml")),
                role_yaml(occupation, &aliases, &also_called, release),
            )
        })
        .collect()
}

/// Ids from titles (`data-scientists`); a title that slugs like an earlier one gets its
/// code, and a number after that if it still collides: no two occupations share a file.
fn role_ids(release: &Release) -> HashMap<String, String> {
    let mut taken: HashSet<String> = HashSet::new();
    let mut next_number: HashMap<String, usize> = HashMap::new();
    let mut ids = HashMap::new();
    for occupation in release.occupations.values() {
        let title = slug(&occupation.title);
        let code = slug(&occupation.code);
        let mut id = match (title.is_empty(), code.is_empty()) {
            (false, _) if !taken.contains(&title) => title,
            (false, false) => format!("{title}-{code}"),
            (true, false) => code,
            (_, true) => "occupation".to_owned(),
        };
        if taken.contains(&id) {
            // Numbers go on from the last one given to this stem, so that thousands of rows
            // of one title take a step each, not a search through every number taken.
            let stem = id;
            let next = next_number.entry(stem.clone()).or_insert(2);
            id = loop {
                let candidate = format!("{stem}-{next}");
                *next += 1;
                if !taken.contains(&candidate) {
                    break candidate;
                }
            };
        }
        taken.insert(id.clone());
        ids.insert(occupation.code.clone(), id);
    }
    ids
}

/// `titles` without the ones that repeat an earlier one, case aside.
fn distinct(titles: Vec<&str>) -> Vec<&str> {
    let mut seen = HashSet::new();
    titles
        .into_iter()
        .filter(|title| seen.insert(title.to_lowercase()))
        .collect()
}

/// Reported titles (lower case) that exactly one occupation claims.
fn unique_reported_titles(release: &Release) -> BTreeMap<String, usize> {
    let mut claims: BTreeMap<String, usize> = BTreeMap::new();
    for occupation in release.occupations.values() {
        let mut titles: Vec<String> = occupation
            .reported_titles
            .iter()
            .map(|t| t.to_lowercase())
            .collect();
        titles.sort();
        titles.dedup();
        for title in titles {
            *claims.entry(title).or_default() += 1;
        }
    }
    claims.retain(|_, count| *count == 1);
    claims
}

/// `Computer Systems Engineers/Architects` -> `computer-systems-engineers-architects`.
#[must_use]
pub fn slug(title: &str) -> String {
    let mut slug = String::with_capacity(title.len());
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches('-').to_owned()
}

/// The signal that stopped the import, 0 while none has: Ctrl-C (SIGINT), and SIGTERM and
/// SIGHUP (what `timeout`, `docker stop` and CI cancellation send) end an import between
/// two files instead of in the middle of one, whose temporary file would be left behind.
fn stop_on_signals() -> Arc<AtomicUsize> {
    let signal = Arc::new(AtomicUsize::new(0));
    #[cfg(unix)]
    for number in [
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
    ] {
        // Where a handler cannot be set, the signal keeps its default: it ends the run.
        let _ = signal_hook::flag::register_usize(number, Arc::clone(&signal), number as usize);
    }
    signal
}

/// Writes `content` to `path` whole or not at all: into a temporary file beside it, synced,
/// then renamed over it. An error removes the temporary file; so does Ctrl-C, SIGTERM or
/// SIGHUP, which stop the import between two files. Only SIGKILL can leave one behind, and
/// [`remove_stale_temporaries`] removes those.
fn write_whole(path: &Path, content: &[u8]) -> Result<(), Error> {
    let name = path
        .file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
    let prefix = format!(".{name}.tmp-{}-", std::process::id());
    files::write_whole(path, &prefix, |out| out.write_all(content)).map_err(|source| {
        Error::Unwritable {
            path: path.to_owned(),
            source,
        }
    })
}

/// Removes the temporary files that a killed import (SIGKILL, a power cut) left in `out`:
/// only names of the pattern [`write_whole`] gives them, `.<id>.yaml.tmp-<pid>-<random>`,
/// of processes that no longer run.
fn remove_stale_temporaries(out: &Path) {
    let Ok(listing) = std::fs::read_dir(out) else {
        return;
    };
    for entry in listing.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if let Some(pid) = import_temporary_pid(&name)
            && !is_running(pid)
            && entry.file_type().is_ok_and(|kind| kind.is_file())
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether the process `pid` still runs (an import into the same folder at the same time).
/// Where that cannot be known, it is taken as ended.
fn is_running(pid: &str) -> bool {
    pid == std::process::id().to_string() || Path::new("/proc").join(pid).exists()
}

/// The process id in the name of an import's temporary file, `.<id>.yaml.tmp-<pid>-<random>`;
/// `None` for any other name.
fn import_temporary_pid(name: &str) -> Option<&str> {
    let (stem, rest) = name.rsplit_once(".yaml.tmp-")?;
    let (pid, random) = rest.split_once('-')?;
    let is_ours = stem
        .strip_prefix('.')
        .is_some_and(crate::role::id::is_valid_id)
        && !pid.is_empty()
        && pid.bytes().all(|b| b.is_ascii_digit())
        && !random.is_empty()
        && random.bytes().all(|b| b.is_ascii_alphanumeric());
    is_ours.then_some(pid)
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
fn progress_bar(length: usize) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(length as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("writing role files {bar:40} {pos}/{len}")
    {
        bar.set_style(style);
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::{import_temporary_pid, slug};

    #[test]
    fn only_the_import_s_own_temporary_names_are_stale() {
        assert_eq!(
            import_temporary_pid(".data-scientists.yaml.tmp-12345-AbC9xz"),
            Some("12345")
        );
        assert_eq!(import_temporary_pid("data-scientists.yaml"), None);
        assert_eq!(
            import_temporary_pid(".data-scientists.yaml.tmp-12345-"),
            None
        );
        assert_eq!(import_temporary_pid(".notes.yaml.tmp-12x-abc"), None);
        assert_eq!(import_temporary_pid(".Keep Me.yaml.tmp-1-abc"), None);
        assert_eq!(import_temporary_pid("x.yaml.tmp-1-abc"), None);
    }

    #[test]
    fn titles_become_ids() {
        assert_eq!(slug("Data Scientists"), "data-scientists");
        assert_eq!(
            slug("Computer Systems Engineers/Architects"),
            "computer-systems-engineers-architects"
        );
        assert_eq!(slug("Chief Executives"), "chief-executives");
        assert_eq!(slug("Engineers, All Other"), "engineers-all-other");
        assert_eq!(slug("15-2051.00"), "15-2051-00");
        assert!(crate::role::id::is_valid_id(&slug(
            "Café Managers — Ünïcode"
        )));
    }
}
