//! The shipped scenario library: every file meets the bar a trainer relies on.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use last_word::core::load;
use last_word::core::montecarlo;
use last_word::core::scenario::{Node, Outcome, Reply, Scenario, Target};
use last_word::core::session::{Prepared, Session};
use last_word::core::translation;

fn scenario_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && !p.ends_with("principles.ron"))
        .filter(|p| !translation::is_translation_file(p))
        .collect();
    files.sort();
    files
}

fn load_all() -> Vec<Arc<Prepared>> {
    let (vocabulary, problems) =
        load::vocabulary_for(&Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios"));
    assert!(problems.is_empty(), "{problems:?}");
    scenario_files()
        .iter()
        .map(|path| {
            let loaded = load::load_file(path, &vocabulary);
            assert!(
                loaded.diagnostics.is_empty(),
                "{} has diagnostics: {:#?}",
                path.display(),
                loaded.diagnostics
            );
            Prepared::new(loaded.into_valid().expect("valid"), &vocabulary)
        })
        .collect()
}

#[test]
fn the_library_holds_every_story() {
    let ids: Vec<String> = load_all().iter().map(|p| p.scenario.id.clone()).collect();
    for id in [
        "guest-house-review-fine",
        "not-following-our-process",
        "basic-questions-only",
        "slow-registers-rewards",
        "too-close-too-far",
        "coffee-dry-cappuccino",
        "the-plums",
        "faulty-cd",
        "ninety-seconds",
        "the-exception",
        "complaints-backlog",
        "the-third-call",
        "missed-windows",
        "the-new-rule",
        "over-the-limit",
    ] {
        assert!(ids.iter().any(|i| i == id), "missing scenario {id}");
    }
}

/// Whether some path makes a mistake (a reply scoring below zero) and still
/// keeps the customer: the "won back" route.
fn can_win_back(s: &Scenario) -> bool {
    let ids = last_word::core::graph::index(s);
    let Some(Target::Node(start)) = ids.get(s.start.as_str()).copied() else {
        return false;
    };
    let mut seen = vec![[false; 2]; s.nodes.len()];
    let mut stack = vec![(start, false)];
    while let Some((n, mistaken)) = stack.pop() {
        if std::mem::replace(&mut seen[n][usize::from(mistaken)], true) {
            continue;
        }
        for reply in &s.nodes[n].replies {
            let now = mistaken || reply.score() < 0;
            match ids[reply.next.as_str()] {
                Target::Ending(k) if now && s.endings[k].outcome.is_kept() => return true,
                Target::Ending(_) => {}
                Target::Node(m) => stack.push((m, now)),
            }
        }
    }
    false
}

#[test]
fn every_scenario_meets_the_bar() {
    for p in load_all() {
        let s = &p.scenario;
        let decisions = s.nodes.iter().filter(|n| !n.replies.is_empty()).count();
        assert!(decisions >= 4, "{}: {decisions} decision points", s.id);
        assert!(
            s.endings.len() >= 3,
            "{}: {} endings",
            s.id,
            s.endings.len()
        );
        assert!(
            s.endings
                .iter()
                .any(|e| e.outcome == Outcome::LostAndTelling),
            "{}: no ending where the customer leaves and tells others",
            s.id
        );
        assert!(
            can_win_back(s),
            "{}: no way to win the customer back after a mistake",
            s.id
        );
        assert!(
            s.debrief.questions.len() >= 3,
            "{}: too few discussion questions",
            s.id
        );
        assert!(
            s.endings.len() == p.analysis.endings.iter().filter(|e| e.reachable).count(),
            "{}: an ending cannot be reached",
            s.id
        );
    }
}

#[test]
fn the_best_path_keeps_the_customer_and_scores_100() {
    for p in load_all() {
        let best = p.best_choices();
        for seed in [1, 2, 3, 99] {
            let mut session = Session::new(Arc::clone(&p), seed);
            for &c in &best {
                session
                    .choose(c)
                    .unwrap_or_else(|e| panic!("{} seed {seed}: {e}", p.scenario.id));
            }
            let d = session
                .debrief()
                .unwrap_or_else(|| panic!("{}: best path did not end", p.scenario.id));
            assert_eq!(d.score, 100, "{} seed {seed}", p.scenario.id);
            assert_eq!(d.grade, 'A');
            assert_eq!(
                d.ending.outcome,
                Outcome::KeptLoyal,
                "{} seed {seed}",
                p.scenario.id
            );
            assert!(!d.ending.walked_out);
        }
    }
}

#[test]
fn the_worst_path_loses_the_customer() {
    for p in load_all() {
        for seed in [1, 2, 3] {
            let mut session = Session::new(Arc::clone(&p), seed);
            for &c in &p.worst_choices() {
                if session.is_over() {
                    break; // walked out on the way
                }
                session.choose(c).unwrap();
            }
            let d = session.debrief().unwrap();
            assert!(
                !d.ending.outcome.is_kept(),
                "{} seed {seed}: the worst path kept the customer",
                p.scenario.id
            );
            assert!(d.revenue.lost > 0.0);
        }
    }
}

#[test]
fn a_seeded_monte_carlo_runs_on_every_scenario() {
    for p in load_all() {
        let report = montecarlo::simulate(&p, 500, 7, &|_| {});
        assert_eq!(report.random.runs, 500);
        let total: f64 = report.random.outcomes.values().sum();
        assert!((total - 1.0).abs() < 1e-9, "{}", p.scenario.id);
        assert_eq!(report.best.score.min, 100.0, "{}", p.scenario.id);
    }
}

#[test]
fn time_matters_where_the_story_is_about_time() {
    for p in load_all() {
        let s = &p.scenario;
        if [
            "basic-questions-only",
            "slow-registers-rewards",
            "ninety-seconds",
        ]
        .contains(&s.id.as_str())
        {
            assert!(s.customer.patience > 0.0, "{}", s.id);
            let waiting: f64 = s.nodes.iter().map(|n| n.minutes).sum();
            assert!(waiting > 0.0, "{}: no time passes", s.id);
        }
    }
    let irs = load_all()
        .into_iter()
        .find(|p| p.scenario.id == "basic-questions-only")
        .unwrap();
    let first = irs.scenario.node_index(&irs.scenario.start).unwrap();
    assert_eq!(
        irs.scenario.nodes[first].minutes, 28.0,
        "the average IRS hold"
    );
}

// ---- Fairness: no tells, real dilemmas ------------------------------------
//
// "Best reply" is measured two ways, and both must hold:
// - at every decision point, the top-scoring reply (the most principle
//   points; on a tie, the first in the file);
// - at every step of the analysis's best path, the reply that path takes.
// A reply "is the longest" when no other reply at its node has more
// characters.

/// The file position of the top-scoring reply at a node.
fn top_scoring(node: &Node) -> usize {
    let top = node.replies.iter().map(Reply::score).max().unwrap_or(0);
    node.replies
        .iter()
        .position(|r| r.score() == top)
        .unwrap_or(0)
}

/// Whether the reply at `index` has the longest text of its node.
fn is_longest(node: &Node, index: usize) -> bool {
    let length = |r: &Reply| r.text.chars().count();
    let own = length(&node.replies[index]);
    node.replies.iter().all(|r| length(r) <= own)
}

/// How often the best reply is first and is longest, out of how many
/// decision points.
#[derive(Debug, Default)]
struct Tells {
    points: usize,
    first: usize,
    longest: usize,
}

impl Tells {
    fn count(&mut self, node: &Node, best: usize) {
        self.points += 1;
        self.first += usize::from(best == 0);
        self.longest += usize::from(is_longest(node, best));
    }
}

/// The tells over every decision point, and over the best paths' steps.
fn tells(library: &[Arc<Prepared>]) -> (Tells, Tells) {
    let (mut everywhere, mut on_best_path) = (Tells::default(), Tells::default());
    for p in library {
        let s = &p.scenario;
        for node in s.nodes.iter().filter(|n| n.replies.len() > 1) {
            everywhere.count(node, top_scoring(node));
        }
        for step in &p.analysis.best_path {
            let node = &s.nodes[step.node];
            if node.replies.len() > 1 {
                on_best_path.count(node, step.reply);
            }
        }
    }
    (everywhere, on_best_path)
}

#[test]
fn the_best_reply_is_rarely_the_longest_and_not_usually_first() {
    let (everywhere, on_best_path) = tells(&load_all());
    eprintln!("top-scoring reply at every decision point: {everywhere:?}");
    eprintln!("reply taken on the best paths: {on_best_path:?}");
    for (what, t) in [
        ("top-scoring reply", &everywhere),
        ("best-path reply", &on_best_path),
    ] {
        assert!(
            3 * t.longest <= t.points,
            "the {what} is the longest text at {} of {} decision points (at most a third)",
            t.longest,
            t.points
        );
        assert!(
            2 * t.first < t.points,
            "the {what} is listed first at {} of {} decision points (fewer than half)",
            t.first,
            t.points
        );
    }
}

/// Whether a node offers two different replies that both score above zero,
/// one better than the other: a real dilemma.
fn is_dilemma(node: &Node) -> bool {
    let good: Vec<&Reply> = node.replies.iter().filter(|r| r.score() > 0).collect();
    good.iter().any(|a| {
        good.iter()
            .any(|b| a.text != b.text && a.score() > b.score())
    })
}

#[test]
fn every_scenario_has_dilemmas_temptations_and_costly_right_answers() {
    for p in load_all() {
        let s = &p.scenario;
        let replies = || s.nodes.iter().flat_map(|n| &n.replies);
        assert!(
            s.nodes.iter().any(is_dilemma),
            "{}: no decision with two replies scoring above zero, one better",
            s.id
        );
        assert!(
            replies().any(|r| r.mood > 0.0 && r.score() < 0),
            "{}: no reply that pleases now but breaks a principle (mood > 0, points < 0)",
            s.id
        );
        assert!(
            replies().any(|r| r.mood < 0.0 && r.score() > 0),
            "{}: no reply that is right but costs mood now (mood < 0, points > 0)",
            s.id
        );
        assert!(
            replies().any(|r| r.when.is_some()),
            "{}: no reply offered only under a condition (`when`)",
            s.id
        );
        assert!(
            s.nodes.iter().any(|n| !n.mood_lines.is_empty()),
            "{}: no mood line",
            s.id
        );
    }
}

/// The 60-minute session plan in scenarios/README.md: its times run on
/// from 0:00 to 1:00 without a gap, each row's minutes are its time span,
/// and each scenario's rows are that scenario's facilitator notes: every
/// decision on the best path, in order, with the notes' minutes, then the
/// debrief's.
#[test]
fn the_workshop_plan_adds_up_to_an_hour_and_follows_the_notes() {
    let guide =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/README.md"))
            .unwrap();
    let plan = guide
        .split("## A 60-minute workshop")
        .nth(1)
        .expect("the guide has the plan");
    let library = load_all();
    let clock = |t: &str| -> u32 {
        let (h, m) = t.split_once(':').expect("h:mm");
        h.parse::<u32>().unwrap() * 60 + m.parse::<u32>().unwrap()
    };
    let mut now = 0;
    let mut scenario: Option<&Prepared> = None;
    let mut decisions: Vec<String> = Vec::new();
    let mut played = Vec::new();
    for row in plan
        .lines()
        .filter(|l| l.starts_with("| 0:") || l.starts_with("| 1:"))
    {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let (time, minutes, part) = (cells[1], cells[2].parse::<u32>().unwrap(), cells[3]);
        let (from, to) = time.split_once('–').expect("a span such as 0:05–0:06");
        assert_eq!(clock(from), now, "{row}: starts where the last row ended");
        assert_eq!(clock(to) - clock(from), minutes, "{row}");
        now = clock(to);
        if let Some(id) = part.strip_prefix("Set the scene: `") {
            let id = id.trim_end_matches('`');
            scenario = library
                .iter()
                .map(|p| p.as_ref())
                .find(|p| p.scenario.id == id);
            assert!(scenario.is_some(), "{id} is in the library");
            decisions.clear();
        } else if let (Some(p), Some(node)) = (scenario, part.strip_prefix('`')) {
            let node = node.trim_end_matches('`');
            let notes = p.decision_notes(node).unwrap_or_else(|| panic!("{row}"));
            assert_eq!(notes.minutes, minutes, "{row}: the notes' minutes");
            decisions.push(node.to_string());
        } else if let (Some(p), "Debrief") = (scenario, part) {
            let timing = p.workshop_timing().expect("notes");
            assert_eq!(timing.debrief, minutes, "{row}: the notes' debrief");
            let path: Vec<String> = timing.decisions.into_iter().map(|(n, _)| n).collect();
            assert_eq!(decisions, path, "{}: the whole best path", p.scenario.id);
            played.push(p.scenario.id.clone());
            scenario = None;
        }
    }
    assert_eq!(now, 60, "the plan ends at 1:00");
    assert_eq!(played.len(), 3, "three scenarios: {played:?}");
}
