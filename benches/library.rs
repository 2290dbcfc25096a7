//! Benchmarks of the library in process, on synthetic libraries (benches/support): finding
//! the roles of a folder, loading them from YAML and through the cache, the similarity
//! index, comparing two roles, and reading a job posting. Whole commands are timed by benches/commands.py.
//!
//! Run with `cargo bench --bench library`; criterion prints the median of each.

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rolediff::analysis::diff::compare_roles;
use rolediff::analysis::similarity::SimilarityIndex;
use rolediff::library::{Folder, Library};
use rolediff::matching::{DEFAULT_THRESHOLD, Matcher, Vocabulary};
use rolediff::role::Role;
use rolediff::role::posting::read_posting;
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

/// A posting of about 20 KB: Markdown headings and bullets that name tools.
fn posting_text() -> String {
    let verbs = [
        "Build", "Design", "Own", "Improve", "Document", "Review", "Automate",
    ];
    let objects = [
        "dashboards for finance",
        "SQL queries in Snowflake",
        "pipelines in Apache Airflow",
        "models in Python and R",
        "data quality checks",
    ];
    let tools = [
        "Excel", "Power BI", "Go", "R", "C++", "Spark", "Jira", "Git",
    ];
    let mut text = String::from("# Senior Data Analyst\n\nWe are hiring an analyst.\n\n");
    let mut part = 0;
    while text.len() < 20_000 {
        let heading = if part % 2 == 0 {
            "Responsibilities"
        } else {
            "Requirements"
        };
        writeln!(text, "## {heading}").unwrap();
        for line in 0..15 {
            let n = part * 15 + line;
            writeln!(
                text,
                "- {} {} with {}, part {part}",
                verbs[n % verbs.len()],
                objects[n % objects.len()],
                tools[n % tools.len()]
            )
            .unwrap();
        }
        text.push('\n');
        part += 1;
    }
    text
}

/// Reading a posting of 20 KB with the names of the built-in library and vocabulary.
fn postings(c: &mut Criterion) {
    let mut library = Library::discover(&[], None).unwrap();
    let known = library.known_names().unwrap();
    let text = posting_text();
    c.bench_function("read a 20 KB posting", |b| {
        b.iter(|| {
            black_box(read_posting(text.as_bytes(), Path::new("p.md"), "p", &known).unwrap())
        });
    });
}

criterion_group!(library_benches, benches, postings);
criterion_main!(library_benches);
