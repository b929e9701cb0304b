//! Speed of `analyze`: the seed article, a 100 KB text, and War and Peace (3.4 MB) with its
//! 10 %..100 % prefixes to show how cost grows with size.
//!
//! `cargo bench --bench analyze` (set `NUTSHELL_DATA` to the shared data folder; default
//! `../shared/data`; the book groups are skipped when it is absent).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nutshell::Analyzer;
use std::hint::black_box;

const SEED: &str = include_str!("../assets/example.txt");

fn book() -> Option<String> {
    let dir = std::env::var("NUTSHELL_DATA").unwrap_or_else(|_| "../shared/data".into());
    std::fs::read_to_string(format!("{dir}/long/war_and_peace_pg2600.txt")).ok()
}

/// The longest prefix of `text` of at most `n` bytes that ends on a char boundary.
fn prefix(text: &str, n: usize) -> &str {
    let mut n = n.min(text.len());
    while !text.is_char_boundary(n) {
        n -= 1;
    }
    &text[..n]
}

fn bench(c: &mut Criterion) {
    let analyzer = Analyzer::default();
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("seed", |b| b.iter(|| analyzer.analyze(black_box(SEED))));
    let hundred_kb = SEED.repeat(100_000 / SEED.len() + 1);
    let hundred_kb = prefix(&hundred_kb, 100_000);
    g.throughput(Throughput::Bytes(hundred_kb.len() as u64));
    g.bench_function("100KB", |b| {
        b.iter(|| analyzer.analyze(black_box(hundred_kb)))
    });
    g.finish();

    let Some(book) = book() else {
        eprintln!("War and Peace not found: set NUTSHELL_DATA; book benches skipped");
        return;
    };
    let mut g = c.benchmark_group("war_and_peace");
    g.sample_size(10);
    for pct in [10, 25, 50, 100] {
        let text = prefix(&book, book.len() * pct / 100);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{pct}%")),
            text,
            |b, t| b.iter(|| analyzer.analyze(black_box(t))),
        );
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
