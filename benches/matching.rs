//! Benchmarks of the comparison in process: two built-in roles, and the matcher on
//! sections of 5,000 items against 5,000 others (the similar tier must not be quadratic).
//!
//! Run with `cargo bench --bench matching`; criterion prints the median of each.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rolediff::analysis::diff::{compare_roles, compare_section};
use rolediff::library::Library;
use rolediff::matching::Matcher;
use rolediff::role::Item;
use rolediff::role::section::Section;

/// Words drawn to build synthetic items: common ones overlap a lot, rare ones little.
const COMMON: &[&str] = &[
    "data",
    "management",
    "design",
    "develop",
    "systems",
    "analysis",
    "models",
    "team",
    "cloud",
    "pipelines",
];

/// A deterministic pseudo-random sequence (xorshift), so every run measures the same items.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound as u64) as usize
    }
}

/// `count` items of 3 to 7 words: common words, and rare ones from a pool of 3,000.
fn items(count: usize, seed: u64) -> Vec<Item> {
    let mut sequence = Sequence(seed);
    (0..count)
        .map(|_| {
            let length = 3 + sequence.next(5);
            let words: Vec<String> = (0..length)
                .map(|_| {
                    if sequence.next(3) == 0 {
                        COMMON[sequence.next(COMMON.len())].to_owned()
                    } else {
                        format!("term{}", sequence.next(3000))
                    }
                })
                .collect();
            Item::named(words.join(" "))
        })
        .collect()
}

fn built_in_roles(c: &mut Criterion) {
    let library = Library::discover(&[], None).unwrap();
    let a = library.load("data-manager").unwrap().unwrap();
    let b = library.load("ml-engineer").unwrap().unwrap();
    let matcher = Matcher::default();
    c.bench_function("compare two built-in roles", |bench| {
        bench.iter(|| compare_roles(black_box(&a), black_box(&b), &Section::ALL, &matcher));
    });
    c.bench_function("load the built-in vocabulary", |bench| {
        bench.iter(Matcher::default);
    });
}

fn large_sections(c: &mut Criterion) {
    let a = items(5000, 1);
    let b = items(5000, 2);
    let a: Vec<&Item> = a.iter().collect();
    let b: Vec<&Item> = b.iter().collect();
    let matcher = Matcher::default();
    let mut group = c.benchmark_group("5,000 items against 5,000");
    group.sample_size(10);
    group.bench_function("similar tier", |bench| {
        bench
            .iter(|| compare_section(Section::Skills, black_box(&a), black_box(&b), &matcher, 0.0));
    });
    group.finish();
}

criterion_group!(benches, built_in_roles, large_sections);
criterion_main!(benches);
