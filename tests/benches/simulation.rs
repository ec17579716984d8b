//! Benchmarks of the simulation: single playthroughs and the Monte Carlo of
//! `last-word analyze --runs`.
//!
//! Run with `cargo bench-core --bench simulation` (see `.cargo/config.toml`).

use std::path::Path;
use std::sync::Arc;

use divan::Bencher;
use last_word::core::load::{self, Vocabulary};
use last_word::core::montecarlo;
use last_word::core::session::{Prepared, Session};

fn main() {
    divan::main();
}

fn coffee() -> Arc<Prepared> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = load::load_file(
        &manifest.join("scenarios/coffee-dry-cappuccino.ron"),
        &Vocabulary::builtin(),
    );
    let valid = loaded.into_valid().expect("the coffee scenario is valid");
    Prepared::new(valid, &Vocabulary::builtin())
}

/// One customer along the best path, debrief included.
#[divan::bench]
fn best_path_with_debrief(bencher: Bencher) {
    let prepared = coffee();
    let best = prepared.best_choices();
    bencher.bench(|| {
        let mut session = Session::new(Arc::clone(&prepared), 7);
        for &c in &best {
            session.choose(c).expect("valid");
        }
        session.debrief().expect("ended")
    });
}

/// 100,000 random customers and 100,000 on the best path.
#[divan::bench(sample_count = 5)]
fn monte_carlo_100k(bencher: Bencher) {
    let prepared = coffee();
    bencher.bench(|| montecarlo::simulate(&prepared, 100_000, 1, &|_| {}));
}
