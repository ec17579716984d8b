//! `last-word report`: records files merged without counting an attempt
//! twice, the choice analytics' exact shares, the CSV read back, the HTML
//! self-contained and escaped, `--since`, and clear errors for bad input;
//! through the library and through the binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use last_word::core::session::{Prepared, Session};
use last_word::records::report::{Date, Report};
use last_word::records::{AttemptId, Mode, Records};

#[path = "benches/plays.rs"]
mod plays;

const COFFEE: &str = "coffee-dry-cappuccino";
/// Replies that take the coffee scenario to an ending, best first.
const COFFEE_PATH: [usize; 4] = [3, 2, 2, 2];
const OTHER_PATH: [usize; 5] = [1, 2, 3, 2, 3];

fn scenarios() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

fn coffee() -> Arc<Prepared> {
    last_word::cli::prepare(COFFEE, &scenarios()).expect("the scenario loads")
}

/// Records a play of `replies` by `learner`, finished when they reach an
/// ending and `finish` is set.
fn record(r: &Records, learner: &str, seed: u64, replies: &[usize], finish: bool) -> AttemptId {
    let who = r.create_learner(learner).unwrap();
    let mut session = Session::new(coffee(), seed);
    let attempt = r.start_attempt(who.id, &session, Mode::Practice).unwrap();
    for &n in replies {
        let c = session.choose(n).expect("the reply is offered");
        r.record_step(attempt, &session, &c).unwrap();
    }
    if finish {
        r.finish_attempt(attempt, &session.debrief().expect("an ending"))
            .unwrap();
    }
    attempt
}

/// A records file `name` in a fresh folder, filled by `fill`.
fn database(name: &str, fill: impl FnOnce(&Records)) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    fill(&Records::open(&file).unwrap());
    (dir, file)
}

fn last_word() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_last-word"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1");
    cmd
}

fn report(args: &[&str]) -> Output {
    last_word().arg("report").args(args).output().unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Two laptops: `a` has 5 attempts (Ana 3, one unfinished; Ben 2); `b` is
/// a copy of `a` in which the unfinished one was finished, plus 2 by
/// "ana" and 1 by Cy. Returns the folder and both paths.
fn two_laptops() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.sqlite3"), dir.path().join("b.sqlite3"));
    let unfinished;
    {
        let r = Records::open(&a).unwrap();
        record(&r, "Ana", 1, &COFFEE_PATH, true);
        record(&r, "Ana", 2, &OTHER_PATH, true);
        unfinished = record(&r, "Ana", 3, &COFFEE_PATH[..2], false);
        record(&r, "Ben", 4, &OTHER_PATH, true);
        record(&r, "Ben", 5, &COFFEE_PATH, true);
    }
    std::fs::copy(&a, &b).unwrap();
    {
        let r = Records::open(&b).unwrap();
        let mut session = r.resume(unfinished, coffee()).unwrap();
        for &n in &COFFEE_PATH[2..] {
            let c = session.choose(n).unwrap();
            r.record_step(unfinished, &session, &c).unwrap();
        }
        r.finish_attempt(unfinished, &session.debrief().unwrap())
            .unwrap();
        record(&r, "ana", 6, &COFFEE_PATH, true);
        record(&r, "ana", 7, &OTHER_PATH, true);
        record(&r, "Cy", 8, &COFFEE_PATH, true);
    }
    (dir, a, b)
}

#[test]
fn two_files_sharing_attempts_merge_without_double_counting() {
    let (_dir, a, b) = two_laptops();
    for files in [vec![a.clone(), b.clone()], vec![b.clone(), a.clone()]] {
        let r = Report::gather(&files, None, &[]).unwrap();
        assert_eq!(r.attempts.len(), 8);
        assert_eq!(r.sources[0].shared, 0);
        assert_eq!(r.sources[1].shared, 5);
        let learners: Vec<(&str, u32, u32)> = r
            .learners
            .iter()
            .map(|l| (l.name.as_str(), l.attempts, l.finished))
            .collect();
        // "ana" is Ana; the attempt finished on the second laptop counts
        // once, finished, with all its replies.
        assert_eq!(learners, [("Ana", 5, 5), ("Ben", 2, 2), ("Cy", 1, 1)]);
        assert!(r.attempts.iter().all(|a| a.finished()));
        let replies: usize = r.attempts.iter().map(|a| a.steps.len()).sum();
        assert_eq!(replies, 5 * COFFEE_PATH.len() + 3 * OTHER_PATH.len());
        let s = &r.scenarios[0];
        assert_eq!(
            (s.scenario.as_str(), s.attempts, s.finished),
            (COFFEE, 8, 8)
        );
        assert_eq!(s.learners, 3);
    }
    // The same through the binary: one CSV row per attempt.
    let csv = stdout(&report(&["--format", "csv", path_str(&a), path_str(&b)]));
    assert_eq!(parse_csv(&csv).len(), 1 + 8);
    let text = stdout(&report(&[path_str(&a), path_str(&b)]));
    // Reading left nothing beside the files.
    let mut names: Vec<_> = std::fs::read_dir(a.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["a.sqlite3", "b.sqlite3"]);
    assert!(
        text.contains(
            "8 attempts by 3 learners from 2 files (5 found in more than one file, counted once)"
        ),
        "{text}"
    );
}

#[test]
fn choice_shares_are_counted_per_moment() {
    let (_dir, file) = database("records.sqlite3", |r| {
        for seed in 1..=3 {
            record(r, "Ana", seed, &COFFEE_PATH, true);
        }
        record(r, "Ben", 9, &OTHER_PATH, true);
    });
    let mut s = Session::new(coffee(), 1);
    s.choose(3).unwrap();
    let first_node = s.replies()[0].node.clone();
    let prepared = coffee();
    let best_first = prepared.best_choices()[0];
    let r = Report::gather(std::slice::from_ref(&file), None, &[Arc::clone(&prepared)]).unwrap();
    let m = r
        .moments
        .iter()
        .find(|m| m.node.as_deref() == Some(&first_node))
        .expect("the first moment");
    assert_eq!(m.first_step, 1);
    assert_eq!(m.answers, 4);
    let offered = prepared.scenario.nodes[prepared.scenario.node_index(&first_node).unwrap()]
        .replies
        .len();
    assert_eq!(m.replies.len(), offered, "replies nobody chose are listed");
    let chosen: Vec<(usize, u32)> = m.replies.iter().map(|x| (x.number, x.chosen)).collect();
    for (number, n) in chosen {
        let expected = match number {
            3 => 3,
            1 => 1,
            _ => 0,
        };
        assert_eq!(n, expected, "reply {number}");
    }
    let three = m.replies.iter().find(|x| x.number == 3).unwrap();
    assert_eq!(m.share(three), 75.0);
    let one = m.replies.iter().find(|x| x.number == 1).unwrap();
    assert_eq!(m.share(one), 25.0);
    let best: Vec<usize> = m
        .replies
        .iter()
        .filter(|x| x.best)
        .map(|x| x.number)
        .collect();
    assert_eq!(best, [best_first]);
    assert_eq!(best_first, 3);
    assert_eq!(m.best_share(), Some(75.0));
    // Every answer is at some moment: the moments add up to the replies.
    let answers: u32 = r.moments.iter().map(|m| m.answers).sum();
    assert_eq!(answers as usize, 3 * COFFEE_PATH.len() + OTHER_PATH.len());

    // From the records alone: only the replies chosen, no best known.
    let bare = Report::gather(std::slice::from_ref(&file), None, &[]).unwrap();
    let m = bare
        .moments
        .iter()
        .find(|m| m.node.as_deref() == Some(&first_node))
        .unwrap();
    let chosen: Vec<(usize, u32, bool)> = m
        .replies
        .iter()
        .map(|x| (x.number, x.chosen, x.best))
        .collect();
    assert_eq!(chosen, [(1, 1, false), (3, 3, false)]);

    let text = stdout(&report(&[path_str(&file)]));
    assert!(text.contains(&format!("at `{first_node}`")), "{text}");
    assert!(text.contains("* 3.   3 of 4 (  75%)"), "{text}");
    assert!(text.contains("  1.   1 of 4 (  25%)"), "{text}");
}

/// Fields of an RFC 4180 text, row by row.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "ends with a line break"
    );
    rows
}

#[test]
fn the_csv_reads_back_one_row_per_attempt_with_its_texts_whole() {
    let name = "O'Neil, \"Sam\"";
    let mut texts = Vec::new();
    let (dir, file) = database("records.sqlite3", |r| {
        record(r, name, 1, &COFFEE_PATH, true);
        record(r, "=SUM(A1)", 2, &OTHER_PATH[..2], false);
        let mut s = Session::new(coffee(), 1);
        for &n in &COFFEE_PATH {
            let c = s.choose(n).unwrap();
            texts.push(format!("{n}. {}", c.reply));
        }
    });
    let out = dir.path().join("team.csv");
    let status = report(&[path_str(&file), "--out", path_str(&out)]);
    stdout(&status);
    let csv = std::fs::read_to_string(&out).unwrap();
    let rows = parse_csv(&csv);
    assert_eq!(rows.len(), 1 + 2);
    let header = &rows[0];
    assert!(rows.iter().all(|r| r.len() == header.len()));
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let finished = rows
        .iter()
        .find(|r| r[col("learner")] == name)
        .expect("Sam's row");
    assert_eq!(finished[col("reply_texts")], texts.join("\n"));
    assert!(texts.join("").contains(','), "the replies hold commas");
    assert_eq!(finished[col("reply_numbers")], "3 2 2 2");
    assert_eq!(finished[col("score")], "100");
    assert_eq!(finished[col("passed")], "yes");
    let open = rows.iter().find(|r| r[col("replies")] == "2").unwrap();
    assert_eq!(open[col("learner")], "'=SUM(A1)", "a formula stays text");
    assert_eq!(open[col("finished_utc")], "");
    assert_eq!(open[col("score")], "");
}

#[test]
fn the_html_page_is_self_contained_and_escapes_every_name() {
    let (dir, file) = database("records.sqlite3", |r| {
        record(r, "<script>alert('hi')</script>", 1, &COFFEE_PATH, true);
        record(r, "Bo & Co", 2, &OTHER_PATH, true);
    });
    let out = dir.path().join("report.html");
    stdout(&report(&[path_str(&file), "--out", path_str(&out)]));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for external in ["http", "src=", "<script", "@import", "url(", "<link"] {
        assert!(!html.contains(external), "the page holds {external}");
    }
    assert!(html.contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;"));
    assert!(html.contains("Bo &amp; Co"));
    assert!(html.contains("<svg"), "charts are inline SVG");
    assert!(html.contains("@media print"));
    // With --format the extension does not matter.
    let page = stdout(&report(&[path_str(&file), "--format", "html"]));
    assert_eq!(page.matches("<svg").count(), html.matches("<svg").count());
}

#[test]
fn since_keeps_the_attempts_started_on_or_after_the_day() {
    let (_dir, file) = database("records.sqlite3", |r| {
        let days = ["2026-01-10", "2026-02-28", "2026-03-01", "2026-03-05"];
        for (i, day) in days.iter().enumerate() {
            let a = record(r, "Ana", i as u64, &COFFEE_PATH, true);
            let at = Date::parse(day).unwrap().start() + 3600 * i as i64;
            r.connection()
                .execute(
                    "UPDATE attempts SET started_at = ?2 WHERE id = ?1",
                    [a.0, at],
                )
                .unwrap();
        }
    });
    let since = Date::parse("2026-03-01").unwrap();
    let r = Report::gather(std::slice::from_ref(&file), Some(since), &[]).unwrap();
    assert_eq!(r.attempts.len(), 2);
    assert_eq!(r.learners[0].attempts, 2);
    let csv = stdout(&report(&[
        path_str(&file),
        "--since",
        "2026-03-01",
        "--format",
        "csv",
    ]));
    assert_eq!(parse_csv(&csv).len(), 1 + 2);
    let csv = stdout(&report(&[
        path_str(&file),
        "--since",
        "2026-03-06",
        "--format",
        "csv",
    ]));
    assert_eq!(parse_csv(&csv).len(), 1);
}

#[test]
fn bad_input_is_refused_with_a_message_that_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("records.sqlite3");
    drop(Records::open(&file).unwrap());

    let out = report(&[path_str(&file), "--since", "1/3/2026"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("YYYY-MM-DD"), "{err}");

    let missing = dir.path().join("laptop-7.sqlite3");
    let out = report(&[path_str(&file), path_str(&missing)]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("laptop-7.sqlite3: no such file"), "{err}");

    let corrupt = dir.path().join("notes.sqlite3");
    std::fs::write(
        &corrupt,
        "these are not records, just some notes\n".repeat(50),
    )
    .unwrap();
    let out = report(&[path_str(&corrupt)]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("notes.sqlite3: cannot be read as Last Word records"),
        "{err}"
    );

    let newer = dir.path().join("newer.sqlite3");
    std::fs::copy(&file, &newer).unwrap();
    let conn = rusqlite::Connection::open(&newer).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let out = report(&[path_str(&newer)]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("newer.sqlite3: written by a newer Last Word (schema 99"),
        "{err}"
    );

    let out = report(&[path_str(&file), "--dir", path_str(&missing)]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn an_older_file_is_reported_as_it_is_and_never_written() {
    let (dir, file) = database("old.sqlite3", |r| {
        record(r, "Ana", 1, &COFFEE_PATH, true);
        record(r, "Ana", 2, &OTHER_PATH, true);
        // Back to schema 1, as a program of that time left it: no global
        // ids, no moments.
        r.connection()
            .execute_batch(
                "DROP INDEX attempts_by_uuid;
                 ALTER TABLE attempts DROP COLUMN uuid;
                 ALTER TABLE attempt_steps DROP COLUMN node;
                 DROP TABLE xapi_outbox;
                 PRAGMA user_version = 1;
                 PRAGMA journal_mode = DELETE;",
            )
            .unwrap();
    });
    let before = std::fs::read(&file).unwrap();
    let r = Report::gather(std::slice::from_ref(&file), None, &plays::library()).unwrap();
    assert_eq!(r.sources[0].schema, 1);
    assert_eq!(r.attempts.len(), 2);
    assert!(r.attempts.iter().all(|a| a.uuid.is_none()));
    // The moments are found again by following the replies in the
    // scenario as it was played.
    assert!(r.moments.iter().all(|m| m.node.is_some()));
    assert_eq!(r.moments[0].answers, 2);
    // Without the library they are counted as not recorded.
    let bare = Report::gather(std::slice::from_ref(&file), None, &[]).unwrap();
    assert_eq!(bare.moments.len(), 1);
    assert_eq!(bare.moments[0].node, None);
    stdout(&report(&[path_str(&file), "--format", "html"]));
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the file is unchanged"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, [std::ffi::OsString::from("old.sqlite3")]);
}

#[test]
fn without_files_the_report_reads_this_machines_records() {
    let data = tempfile::tempdir().unwrap();
    let play = last_word()
        .env("LAST_WORD_DATA_DIR", data.path())
        .args([
            "play",
            COFFEE,
            "--seed",
            "1",
            "--learner",
            "Noor",
            "--choices",
            "3,2,2,2",
        ])
        .output()
        .unwrap();
    stdout(&play);
    let text = stdout(
        &last_word()
            .env("LAST_WORD_DATA_DIR", data.path())
            .arg("report")
            .output()
            .unwrap(),
    );
    assert!(
        text.contains("1 attempt by 1 learner from 1 file"),
        "{text}"
    );
    assert!(text.contains("Noor"), "{text}");
    let empty = tempfile::tempdir().unwrap();
    let out = last_word()
        .env("LAST_WORD_DATA_DIR", empty.path())
        .arg("report")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}

/// The README's screenshot: `REPORT_SAMPLE=/tmp/sample cargo test
/// --no-default-features --test report -- --ignored` records six
/// learners' three weeks of onboarding into
/// `$REPORT_SAMPLE/records.sqlite3`.
#[test]
#[ignore = "makes the README's sample database"]
fn sample_database_for_the_readme() {
    let dir = PathBuf::from(std::env::var_os("REPORT_SAMPLE").expect("REPORT_SAMPLE is set"));
    let file = dir.join("records.sqlite3");
    let _ = std::fs::remove_file(&file);
    let r = Records::open(&file).unwrap();
    let learners = [
        "Amara Obi",
        "Ben Carter",
        "Chloé Martin",
        "Dev Patel",
        "Elena Rossi",
        "Farid Haddad",
    ];
    plays::record_plays(&r, &plays::library(), &learners, 180, 3);
    let end = Date::parse("2026-03-20").unwrap().start();
    plays::spread_over_days(&r, end, 21, 3);
}
