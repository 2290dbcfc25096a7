//! `import onet`: turning the O*NET database (text release) into one role file per
//! occupation.

mod occupations;
mod role_file;
mod table;

pub use occupations::{Occupation, Release, SKILL_IMPORTANCE_CUTOFF, read_release};
pub use role_file::role_yaml;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use indicatif::ProgressBar;

use crate::atomic::write_atomically;
use crate::error::Error;

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
/// only with `force`.
pub fn import(dir: &Path, out: &Path, force: bool) -> Result<ImportSummary, Error> {
    let release = read_release(dir)?;
    let files = role_files(&release, out);
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
    let interrupted = stop_on_ctrl_c();
    let progress = progress_bar(files.len());
    let result = write_files(&files, &interrupted, &progress);
    progress.finish_and_clear();
    let written = result?;
    if written < files.len() {
        return Err(Error::Interrupted {
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

/// Writes every file atomically, several at a time, until all are written, one fails, or
/// `interrupted` is set; returns how many were written.
fn write_files(
    files: &[(PathBuf, String)],
    interrupted: &AtomicBool,
    progress: &ProgressBar,
) -> Result<usize, Error> {
    let next = AtomicUsize::new(0);
    let written = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let first_error: Mutex<Option<Error>> = Mutex::new(None);
    let writer = || {
        while !interrupted.load(Ordering::SeqCst) && !failed.load(Ordering::SeqCst) {
            let Some((path, yaml)) = files.get(next.fetch_add(1, Ordering::SeqCst)) else {
                return;
            };
            match write_atomically(path, yaml.as_bytes()) {
                Ok(()) => {
                    written.fetch_add(1, Ordering::SeqCst);
                    progress.inc(1);
                }
                Err(err) => {
                    failed.store(true, Ordering::SeqCst);
                    let mut first = first_error.lock().unwrap_or_else(PoisonError::into_inner);
                    first.get_or_insert(err);
                }
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 0..WRITERS.min(files.len()) {
            scope.spawn(writer);
        }
    });
    match first_error
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner)
    {
        Some(err) => Err(err),
        None => Ok(written.into_inner()),
    }
}

/// The path and YAML of every occupation's role file.
fn role_files(release: &Release, out: &Path) -> Vec<(PathBuf, String)> {
    let ids = role_ids(release);
    let unique_titles = unique_reported_titles(release);
    release
        .occupations
        .values()
        .map(|occupation| {
            let id = &ids[&occupation.code];
            let aliases: Vec<&str> = std::iter::once(occupation.code.as_str())
                .chain(
                    occupation
                        .reported_titles
                        .iter()
                        .map(String::as_str)
                        .filter(|title| unique_titles.contains_key(&title.to_lowercase())),
                )
                .collect();
            (
                out.join(format!("{id}.yaml")),
                role_yaml(occupation, &aliases, release),
            )
        })
        .collect()
}

/// Ids from titles (`data-scientists`); a title that slugs like an earlier one gets its code.
fn role_ids(release: &Release) -> HashMap<String, String> {
    let mut taken: HashSet<String> = HashSet::new();
    let mut ids = HashMap::new();
    for occupation in release.occupations.values() {
        let mut id = slug(&occupation.title);
        if id.is_empty() || taken.contains(&id) {
            let code = slug(&occupation.code);
            id = if id.is_empty() {
                code
            } else {
                format!("{id}-{code}")
            };
        }
        taken.insert(id.clone());
        ids.insert(occupation.code.clone(), id);
    }
    ids
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

/// A flag that Ctrl-C raises, so that the import stops between two files instead of in the
/// middle of one (whose temporary file would be left behind).
fn stop_on_ctrl_c() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let raised = Arc::clone(&flag);
    // Only one handler per process; if one is set already, Ctrl-C keeps its default.
    let _ = ctrlc::set_handler(move || raised.store(true, Ordering::SeqCst));
    flag
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
    use super::slug;

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
        assert!(crate::id::is_valid_id(&slug("Café Managers — Ünïcode")));
    }
}
