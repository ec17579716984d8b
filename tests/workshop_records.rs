//! Workshops kept with the records: saved to a file and read back after
//! reopening it, saves killed with SIGKILL at random moments, and
//! `last-word workshops` (the list, `--json`, and `export` as CSV and HTML,
//! with its errors). The exported page is left in
//! `target/screenshots/workshop-export.html` to look at.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use common::live::last_word;
use last_word::records::Records;
use last_word::workshop::record::{VotingKind, WorkshopRecord};

fn fixture() -> WorkshopRecord {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workshop/teams.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A room that voted as one, a day after the fixture's teams.
fn next_day() -> WorkshopRecord {
    let mut w = fixture();
    w.id = "0c3e2f4a-1111-4222-8333-444455556666".into();
    w.started_at += 86_400;
    w.finished_at = None;
    w.voting = VotingKind::Phones;
    w.teams.clear();
    w.scenarios.truncate(1);
    w.scenarios[0].teams.truncate(1);
    w.scenarios[0].teams[0].team = None;
    w
}

fn database(data: &Path) -> PathBuf {
    data.join(last_word::records::DATABASE_FILE)
}

fn run(data: &Path, args: &[&str]) -> (bool, String, String) {
    let out = last_word(data).args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_saved_workshop_survives_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = database(dir.path());
    let record = fixture();
    {
        let r = Records::open(&path).unwrap();
        let mut first_scenario = record.clone();
        first_scenario.scenarios.truncate(1);
        first_scenario.finished_at = None;
        r.save_workshop(&first_scenario).unwrap();
        r.save_workshop(&record).unwrap();
    }
    let r = Records::open(&path).unwrap();
    assert_eq!(r.workshop(&record.id).unwrap(), record);
    let list = r.workshops().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].finished_at, record.finished_at);
}

/// Where the saving child writes; set only for it.
const CHILD_DATABASE: &str = "LAST_WORD_TEST_WORKSHOP_DATABASE";

/// The fixture as saved after `n` saves: its scenarios and decisions grow
/// and shrink with `n`, and `phones_joined` counts the saves.
fn saved_state(n: u32) -> WorkshopRecord {
    let mut w = fixture();
    w.phones_joined = n;
    w.scenarios.truncate(1 + n as usize % 2);
    for run in &mut w.scenarios {
        for team in &mut run.teams {
            team.decisions.truncate(1 + n as usize % 3);
        }
    }
    w
}

/// The child the kill test runs: saves the workshop again and again,
/// saying `saved N` after each save returns.
#[test]
#[ignore = "run by a_workshop_save_killed_at_any_moment_leaves_the_last_whole_save"]
fn saving_child() {
    let Some(path) = std::env::var_os(CHILD_DATABASE) else {
        return;
    };
    let r = Records::open(Path::new(&path)).unwrap();
    for n in 1.. {
        r.save_workshop(&saved_state(n)).unwrap();
        println!("saved {n}");
    }
}

#[test]
fn a_workshop_save_killed_at_any_moment_leaves_the_last_whole_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = database(dir.path());
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let id = fixture().id;
    for round in 0..8 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["saving_child", "--exact", "--ignored", "--nocapture"])
            .env(CHILD_DATABASE, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let wanted = rng.random_range(1..40u32);
        let mut confirmed = 0;
        while confirmed < wanted {
            let line = lines.next().expect("the child saves").unwrap();
            if let Some(n) = line.strip_prefix("saved ") {
                confirmed = n.parse().unwrap();
            }
        }
        std::thread::sleep(Duration::from_micros(rng.random_range(0..3000)));
        child.kill().unwrap();
        child.wait().unwrap();

        let r = Records::open(&path).unwrap();
        let ok: String = r
            .connection()
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .unwrap();
        assert_eq!(ok, "ok", "round {round}");
        let saved = r.workshop(&id).unwrap();
        assert!(
            saved.phones_joined >= confirmed,
            "round {round}: a confirmed save was lost"
        );
        assert_eq!(
            saved,
            saved_state(saved.phones_joined),
            "round {round}: a save half written"
        );
        let decisions: usize = saved
            .scenarios
            .iter()
            .flat_map(|s| &s.teams)
            .map(|t| t.decisions.len())
            .sum();
        let rows: i64 = r
            .connection()
            .query_row("SELECT count(*) FROM workshop_decisions", [], |row| {
                row.get(0)
            })
            .unwrap();
        assert_eq!(
            rows as usize, decisions,
            "round {round}: the rows follow the record"
        );
        assert_eq!(r.workshops().unwrap().len(), 1);
    }
}

#[test]
fn with_nothing_saved_the_list_and_export_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, out, _) = run(dir.path(), &["workshops"]);
    assert!(ok);
    assert!(out.contains("No workshop is saved yet"), "{out}");
    let (ok, out, _) = run(dir.path(), &["workshops", "--json"]);
    assert!(ok);
    assert_eq!(out.trim(), "[]");
    let (ok, _, err) = run(
        dir.path(),
        &["workshops", "export", "latest", "--out", "x.csv"],
    );
    assert!(!ok);
    assert!(err.contains("no workshop is saved yet"), "{err}");
}

#[test]
fn workshops_are_listed_newest_first_and_exported_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let older = fixture();
    let newer = next_day();
    {
        let r = Records::open(&database(dir.path())).unwrap();
        r.save_workshop(&older).unwrap();
        r.save_workshop(&newer).unwrap();
    }
    let (ok, out, _) = run(dir.path(), &["workshops"]);
    assert!(ok);
    let (at_new, at_old) = (out.find(&newer.id).unwrap(), out.find(&older.id).unwrap());
    assert!(at_new < at_old, "newest first:\n{out}");
    assert!(out.contains("teams (Baristas, <script>alert(1)</script>)  14 phones  2 scenarios, 6 decisions  ran 1 h 02 min"), "{out}");
    assert!(out.contains("not finished"), "{out}");

    let (ok, out, _) = run(dir.path(), &["workshops", "--json"]);
    assert!(ok);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json[1]["id"], older.id.as_str());
    assert_eq!(json[1]["decisions"], 6);
    assert_eq!(json[0]["voting"], "phones");

    // CSV: by the start of the id, one row per decision.
    let csv_path = dir.path().join("room.csv");
    let (ok, _, err) = run(
        dir.path(),
        &[
            "workshops",
            "export",
            "5b1f",
            "--out",
            csv_path.to_str().unwrap(),
        ],
    );
    assert!(ok, "{err}");
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 6, "{csv}");
    assert!(lines[0].starts_with(
        "workshop,started_utc,voting,scenario_no,scenario,title,team,decision_no,node"
    ));
    assert!(
        csv.contains(",\"About two minutes, I'll have them ready before your train.\","),
        "RFC 4180 quoting: {csv}"
    );
    // The overridden decision: chosen 3 with 1 of 7 votes, the vote's choice kept.
    let overridden = lines.iter().find(|l| l.contains(",overridden,")).unwrap();
    assert!(
        overridden.contains(",overridden,by vote 1,3,"),
        "{overridden}"
    );
    assert!(
        overridden.contains(",2:1 1:5 3:1,7,1,14.3,1,14.3,3,58,66,52,210"),
        "{overridden}"
    );

    // HTML: `latest` is the newer one; by id, the older.
    let html_path = dir.path().join("room.html");
    let (ok, _, err) = run(
        dir.path(),
        &[
            "workshops",
            "export",
            &older.id,
            "--out",
            html_path.to_str().unwrap(),
        ],
    );
    assert!(ok, "{err}");
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Team standings") && !html.contains("<script>"));
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    std::fs::copy(&html_path, shots.join("workshop-export.html")).unwrap();

    let (ok, out, _) = run(
        dir.path(),
        &["workshops", "export", "latest", "--format", "html"],
    );
    assert!(ok);
    assert!(
        out.contains("The room voting from 14 phones"),
        "printed when no --out"
    );
}

#[test]
fn an_unknown_id_or_format_is_refused_with_what_would_do() {
    let dir = tempfile::tempdir().unwrap();
    {
        let r = Records::open(&database(dir.path())).unwrap();
        r.save_workshop(&fixture()).unwrap();
    }
    let (ok, _, err) = run(
        dir.path(),
        &["workshops", "export", "zzz", "--out", "a.csv"],
    );
    assert!(!ok);
    assert!(
        err.contains("no workshop `zzz`") && err.contains(&fixture().id),
        "{err}"
    );
    let out = dir.path().join("a.txt");
    let (ok, _, err) = run(
        dir.path(),
        &[
            "workshops",
            "export",
            "latest",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(!ok);
    assert!(err.contains("--format csv"), "{err}");
    assert!(!out.exists(), "nothing written");
}
