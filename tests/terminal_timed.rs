//! Timed play in the terminal, with a fake clock: the prompt shows the time
//! left, an answer that took too long shows what the wait cost before the
//! reply, and a customer kept waiting long enough walks out.

use std::path::{Path, PathBuf};
use std::time::Duration;

use last_word::cli::terminal::{Finish, Style, TimedPlay, play_interactive};
use last_word::core::load::{self, Vocabulary};
use last_word::core::session::{Options, Prepared, Session, ThinkingRule};

fn session_of(path: &Path, seed: u64) -> Session {
    let loaded = load::load_file(path, &Vocabulary::builtin());
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let scenario = loaded.into_valid().expect("the scenario is valid");
    // File order, so the typed numbers are the file's.
    Session::new_with(
        Prepared::new(scenario, &Vocabulary::builtin()),
        seed,
        Options {
            shuffle: false,
            ..Options::default()
        },
    )
}

fn coffee() -> Session {
    session_of(Path::new("scenarios/coffee-dry-cappuccino.ron"), 4)
}

fn budget(session: &Session) -> f64 {
    ThinkingRule::DEFAULT.budget(&session.view().unwrap())
}

/// A clock that reads these seconds in turn, then stays at the last.
fn clock(readings: &[f64]) -> impl FnMut() -> Duration + '_ {
    let mut readings = readings.iter().copied();
    let mut last = 0.0;
    move || {
        last = readings.next().unwrap_or(last);
        Duration::from_secs_f64(last)
    }
}

/// Plays `session` on `input` with the fake clock; returns how it ended and
/// what was printed.
fn play_timed(session: &mut Session, input: &str, readings: &[f64]) -> (Finish, String) {
    let mut now = clock(readings);
    let mut out = Vec::new();
    let finish = play_interactive(
        session,
        &mut input.as_bytes(),
        &mut out,
        &Style { color: false },
        &|_| Ok(PathBuf::from("saved.json")),
        &mut |_, _| {},
        Some(TimedPlay::new(ThinkingRule::DEFAULT, &mut now)),
    )
    .expect("writing to memory works");
    (finish, String::from_utf8(out).unwrap())
}

#[test]
fn the_prompt_shows_the_time_left_and_a_slow_answer_shows_its_cost_first() {
    let mut session = coffee();
    let budget = budget(&session);
    assert_eq!(budget.ceil(), 25.0, "the coffee scenario's first moment");
    // The first answer takes 26 s; the second moment is left with q at once.
    let (finish, out) = play_timed(&mut session, "3\nq\n", &[0.0, 26.0, 26.0, 27.0]);

    assert!(matches!(finish, Finish::Saved(_)), "{finish:?}");
    assert!(
        out.contains(
            "Your reply (1, 2, 3, 4; 25 s before the customer grows impatient; q to save and quit): "
        ),
        "{out}"
    );
    let cost = "You took 26 s: the customer waited 1 more minute. Mood 54 neutral -> 52 neutral.\n";
    assert!(out.contains(cost), "{out}");
    // The cost comes before the reply is applied.
    let reply = out
        .find("You: \u{201c}Sorry about yesterday")
        .expect("the reply was played");
    assert!(out.find(cost).unwrap() < reply, "{out}");
    assert_eq!(session.choices(), &[3]);
    // The quit kept the hesitation.
    assert_eq!(session.save().hesitations, vec![(0, 1.0)]);
}

#[test]
fn a_quick_answer_costs_nothing_and_says_nothing() {
    let mut session = coffee();
    let (_, out) = play_timed(&mut session, "2\nq\n", &[0.0, 5.0, 5.0, 6.0]);
    assert!(!out.contains("You took"), "{out}");
    assert!(session.save().hesitations.is_empty());
}

#[test]
fn a_customer_kept_waiting_too_long_walks_out_and_the_debrief_follows() {
    let mut session = coffee();
    let (finish, out) = play_timed(&mut session, "2\n", &[0.0, 3600.0]);

    let Finish::Debrief(debrief) = finish else {
        panic!("expected the debrief, got {finish:?}");
    };
    assert!(debrief.ending.walked_out);
    assert!(debrief.choices.is_empty(), "the answer came too late");
    assert!(
        out.contains("Tired of waiting for an answer, the customer walks out."),
        "{out}"
    );
    assert!(
        // Patience 2: 23 minutes take them from 54 to 8, below 10.
        out.contains(
            "You took 3600 s: the customer waited 23 more minutes. Mood 54 neutral -> 8 gone."
        ),
        "{out}"
    );
    assert!(out.contains("== Debrief: The Dry Cappuccino =="), "{out}");
    assert!(!out.contains("before you could say a word"), "{out}");
}

#[test]
fn untimed_play_asks_without_a_clock() {
    let mut session = coffee();
    let mut out = Vec::new();
    play_interactive(
        &mut session,
        &mut "q\n".as_bytes(),
        &mut out,
        &Style { color: false },
        &|_| Ok(PathBuf::from("saved.json")),
        &mut |_, _| {},
        None,
    )
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("Your reply (1, 2, 3, 4; q to save and quit): "),
        "{out}"
    );
}

/// The skeleton from scenarios/README.md: reply 2 is offered only above
/// mood 20; Sam arrives at 55 and waits 3 minutes at patience 1.5 (50.5).
const SKELETON: &str = r#"Scenario(
    id: "my-scenario",
    title: "The Wrong Order",
    source: "Where the real story comes from, in a sentence or two.",
    setting: "A sandwich counter at lunchtime. You are behind the till.",
    difficulty: Easy,
    minutes: 5,
    lesson: "The lesson in a sentence or two.",
    customer: (
        name: "Sam",
        description: "Who they are and why they are here.",
        mood: 55,
        patience: 1.5,
        spend_per_visit: (8.0, 12.0),
        visits_per_year: (150.0, 200.0),
        talks_to: (2, 6),
    ),
    start: "counter",
    nodes: [
        (
            id: "counter",
            line: "This isn't what I ordered.",
            minutes: 3.0,
            replies: [
                (
                    text: "Sorry about that. I'll make the right one now.",
                    mood: 10,
                    principles: { "fix-fast": 2, "no-last-word": 1 },
                    feedback: (happened: "Sam nods and waits.", coaching: "A quick fix."),
                    next: "stays",
                ),
                (
                    text: "It says tuna on the ticket.",
                    mood: -12,
                    principles: { "no-last-word": -2 },
                    feedback: (happened: "Sam sighs.", coaching: "The ticket is not the customer."),
                    next: "walks-off",
                    when: MoodAbove(20),
                ),
            ],
        ),
    ],
    endings: [
        (id: "stays", outcome: KeptLoyal, text: "Sam is back tomorrow."),
        (id: "walks-off", outcome: Lost, text: "Sam finds another sandwich shop."),
    ],
    walk_out: "walks-off",
    debrief: (
        lesson: "Fix the order and stop talking.",
        questions: ["What would you say at the counter?"],
        money: "Sam spends $8 to $12 a visit, 150 to 200 visits a year.",
    ),
)
"#;

#[test]
fn when_the_wait_changes_the_replies_offered_the_moment_is_shown_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("my-scenario.ron");
    std::fs::write(&path, SKELETON).unwrap();
    let mut session = session_of(&path, 1);
    let budget = budget(&session);
    // 21 minutes of waiting: 50.5 - 31.5 = 19, below reply 2's MoodAbove(20).
    let late = 21.0 * budget + 0.5;
    let (finish, out) = play_timed(&mut session, "2\n1\n", &[0.0, late, late, late + 1.0]);

    assert!(matches!(finish, Finish::Debrief(_)), "{finish:?}");
    assert!(out.contains("the customer waited 21 more minutes"), "{out}");
    assert!(out.contains("Your reply (1; "), "{out}");
    assert_eq!(
        out.matches("Sam: \u{201c}This isn't what I ordered.")
            .count(),
        2,
        "the moment is shown again: {out}"
    );
    assert_eq!(
        session.choices(),
        &[1],
        "the answer to the old replies is not played"
    );
}
