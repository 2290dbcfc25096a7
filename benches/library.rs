//! Benchmarks of the library in process, on synthetic libraries (benches/support): finding
//! the roles of a folder, loading them from YAML and through the cache, the similarity
//! index, and comparing two roles. Whole commands are timed by benches/commands.py.
//!
//! Run with `cargo bench --bench library`; criterion prints the median of each.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rolediff::analysis::diff::compare_roles;
use rolediff::analysis::similarity::SimilarityIndex;
use rolediff::library::{Folder, Library};
use rolediff::matching::{DEFAULT_THRESHOLD, Matcher, Vocabulary};
use rolediff::role::Role;
use rolediff::role::section::Section;

#[path = "support/synthetic.rs"]
mod synthetic;

const SIZES: [usize; 2] = [1_000, 10_000];

/// The library of a folder of role files, with its cache (or none) in `cache`.
fn library(folder: &Path, cache: Option<&Path>) -> Library {
    Library::discover(
        &[Folder::roles_dir(folder.to_owned())],
        cache.map(Path::to_owned),
    )
    .unwrap()
}

fn benches(c: &mut Criterion) {
    let work = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("library");
    group.sample_size(10);
    for size in SIZES {
        let folder = work.path().join(format!("library-{size}"));
        let cache = work.path().join(format!("cache-{size}"));
        std::fs::create_dir(&folder).unwrap();
        synthetic::write_library(&folder, size, 1).unwrap();
        group.bench_with_input(BenchmarkId::new("discover", size), &folder, |b, folder| {
            b.iter(|| black_box(library(folder, None)));
        });
        group.bench_with_input(
            BenchmarkId::new("load from YAML", size),
            &folder,
            |b, folder| {
                let library = library(folder, None);
                b.iter(|| black_box(library.try_load_all()));
            },
        );
        let cached = library(&folder, Some(&cache));
        let roles: Vec<Role> = cached
            .try_load_all()
            .into_iter()
            .map(Result::unwrap)
            .collect();
        group.bench_function(BenchmarkId::new("load through the cache", size), |b| {
            b.iter(|| black_box(cached.try_load_all()));
        });
        group.bench_function(BenchmarkId::new("similarity index", size), |b| {
            b.iter(|| black_box(SimilarityIndex::build(&roles)));
        });
        if size == SIZES[0] {
            let matcher = Matcher::new(Arc::new(Vocabulary::built_in()), Some(DEFAULT_THRESHOLD));
            group.bench_function("compare two synthetic roles", |b| {
                b.iter(|| black_box(compare_roles(&roles[0], &roles[1], &Section::ALL, &matcher)));
            });
        }
    }
    group.finish();
}

criterion_group!(library_benches, benches);
criterion_main!(library_benches);
