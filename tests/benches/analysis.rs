//! Benchmarks of the trainers' tools on a generated 10,000-node scenario.
//!
//! Run with `cargo bench-core --bench analysis` (see `.cargo/config.toml`).

use std::path::PathBuf;

use divan::Bencher;
use last_word::core::analysis;
mod generate;
use generate::{large_scenario, to_ron};
use last_word::core::load::{self, Vocabulary};
use last_word::core::ron_spans::SourceText;

fn main() {
    divan::main();
}

const SIZES: &[usize] = &[1_000, 10_000];

/// Reading the RON text and validating it, as `last-word validate` does.
#[divan::bench(args = SIZES, sample_count = 10)]
fn load_and_validate(bencher: Bencher, nodes: usize) {
    let text = to_ron(&large_scenario(nodes, 7));
    let vocabulary = Vocabulary::builtin();
    bencher.bench(|| {
        let loaded = load::load_source(
            PathBuf::from("generated.ron"),
            SourceText::new("generated.ron", text.clone()),
            &vocabulary,
        );
        assert!(!loaded.has_errors());
        loaded
    });
}

/// The exact best/worst analysis, as `last-word analyze` does.
#[divan::bench(args = SIZES, sample_count = 10)]
fn analyze(bencher: Bencher, nodes: usize) {
    let scenario = large_scenario(nodes, 7);
    bencher.bench(|| analysis::analyze(&scenario).expect("analysable"));
}
