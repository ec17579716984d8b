//! Benchmarks of the records at onboarding scale: 10,000 attempts by 12
//! learners across the whole scenario library, recorded through the real
//! API; then the progress screen's query for one learner and
//! `last-word report --format html` over the whole database.
//!
//! Run with `cargo bench-core --bench report` (see `.cargo/config.toml`).
//! It prints the database's size per attempt first.

use std::path::PathBuf;
use std::sync::LazyLock;

use divan::Bencher;
use last_word::cli::commands::report;
use last_word::records::Records;
use last_word::records::report::Report;

mod plays;

const ATTEMPTS: usize = 10_000;
const LEARNERS: [&str; 12] = [
    "Ana", "Ben", "Chloé", "Dev", "Eko", "Femi", "Gus", "Hana", "Iris", "Jon", "Kavya", "Lee",
];

/// The database, recorded once for every benchmark.
static DATABASE: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("records.sqlite3");
    let records = Records::open(&path).expect("the database opens");
    // Recording only: 10,000 conversations need not each wait for the disk.
    records
        .connection()
        .pragma_update(None, "synchronous", "OFF")
        .unwrap();
    plays::record_plays(&records, &plays::library(), &LEARNERS, ATTEMPTS, 10);
    records
        .connection()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    drop(records);
    let bytes = std::fs::metadata(&path).unwrap().len();
    println!(
        "{ATTEMPTS} attempts: {bytes} bytes, {} bytes per attempt",
        bytes / ATTEMPTS as u64
    );
    (dir, path)
});

fn main() {
    LazyLock::force(&DATABASE);
    divan::main();
}

/// The progress screen's query for one learner (about 830 attempts).
#[divan::bench]
fn progress_of_one_learner(bencher: Bencher) {
    let records = Records::open(&DATABASE.1).unwrap();
    let learner = records.learner_named("Hana").unwrap().unwrap();
    bencher.bench_local(|| records.progress(&learner).unwrap());
}

/// `last-word report --format html` over the whole database: reading it,
/// merging, summing up, and the page; with the scenario library loaded as
/// the command loads it.
#[divan::bench(sample_count = 10)]
fn report_html_over_10k_attempts(bencher: Bencher) {
    let files = [DATABASE.1.clone()];
    bencher.bench(|| {
        let library = plays::library();
        let r = Report::gather(&files, None, &library).unwrap();
        report::html(&r)
    });
}
