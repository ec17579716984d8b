//! Timed mode through the core: the thinking budget of a real moment, what
//! overrunning it costs, and a customer who walks out while the player thinks.

use std::path::Path;
use std::sync::Arc;

use last_word::core::load::{self, Vocabulary};
use last_word::core::mood::Band;
use last_word::core::session::{Next, Prepared, Session, ThinkingClock, ThinkingRule};

fn coffee() -> Session {
    let loaded = load::load_file(
        Path::new("scenarios/coffee-dry-cappuccino.ron"),
        &Vocabulary::builtin(),
    );
    let scenario = loaded.into_valid().expect("the coffee scenario is valid");
    let prepared = Prepared::new(scenario, &Vocabulary::builtin());
    Session::new(Arc::clone(&prepared), 4)
}

fn clock(session: &Session) -> ThinkingClock {
    ThinkingClock::start(ThinkingRule::DEFAULT, &session.view().expect("a moment"))
}

#[test]
fn the_budget_of_a_real_moment_is_reading_time_plus_ten_seconds() {
    let session = coffee();
    let view = session.view().unwrap();
    let characters = view.line.chars().count()
        + view
            .replies
            .iter()
            .map(|r| r.text.chars().count())
            .sum::<usize>();
    let budget = ThinkingRule::DEFAULT.budget(&view);
    assert_eq!(budget, 10.0 + characters as f64 / 18.0);
    // The worked example in scenarios/README.md.
    assert_eq!(characters, 267);
    assert_eq!(clock(&session).left(), budget);
}

#[test]
fn answering_within_the_budget_costs_nothing() {
    let mut session = coffee();
    let mut clock = clock(&session);
    let mood = session.mood();
    let waited = clock.think(&mut session, clock.budget() - 0.5);
    assert!(!waited.cost_anything());
    assert_eq!(waited.overruns, 0);
    assert_eq!(session.mood(), mood);
    assert!(session.save().hesitations.is_empty());
}

#[test]
fn each_budget_that_runs_out_costs_what_hesitating_a_minute_costs() {
    let mut timed = coffee();
    let mut direct = coffee();
    let mut clock = clock(&timed);
    let budget = clock.budget();
    let waited = clock.think(&mut timed, 2.5 * budget);
    direct.hesitate(1.0);
    direct.hesitate(1.0);

    assert_eq!(waited.overruns, 2);
    assert_eq!(waited.minutes, 2.0);
    assert_eq!(waited.seconds, 2.5 * budget);
    assert_eq!(timed.mood(), direct.mood());
    // Patience 2.0: two minutes cost four points.
    assert!((waited.mood_before - waited.mood_after - 4.0).abs() < 1e-9);
    assert_eq!(waited.band_after, Band::of(waited.mood_after));
    assert_eq!(timed.save(), direct.save());
    assert_eq!(timed.debrief(), direct.debrief());
    assert!((clock.left() - budget / 2.0).abs() < 1e-9);
}

#[test]
fn time_fed_in_pieces_costs_the_same_as_all_at_once() {
    let mut pieces = coffee();
    let mut whole = coffee();
    let mut a = clock(&pieces);
    let mut b = clock(&whole);
    let budget = a.budget();
    for _ in 0..7 {
        a.think(&mut pieces, budget / 2.0);
    }
    b.think(&mut whole, 3.5 * budget);
    assert_eq!(pieces.mood(), whole.mood());
    assert!((a.left() - b.left()).abs() < 1e-9);
}

#[test]
fn a_customer_kept_waiting_long_enough_walks_out_while_the_player_thinks() {
    let mut session = coffee();
    let mut clock = clock(&session);
    let waited = clock.think(&mut session, 3600.0);
    match &waited.ending {
        Some(Next::Ending { walked_out, .. }) => assert!(walked_out),
        other => panic!("the customer should have walked out, got {other:?}"),
    }
    assert!(waited.walked_out());
    assert!(session.is_over());
    assert_eq!(waited.band_after, Band::Gone);
    // They left at the first minute that took them below 10, not an hour on.
    assert!(waited.minutes < 60.0, "{}", waited.minutes);
    assert_eq!(
        session.save().hesitations.len() as f64,
        waited.minutes,
        "one hesitation per minute waited"
    );
    let debrief = session.debrief().expect("the conversation ended");
    assert!(debrief.ending.walked_out);
    // Nothing more happens once they are gone.
    let after = clock.think(&mut session, 3600.0);
    assert!(!after.cost_anything() && !after.walked_out());
}

#[test]
fn a_saved_session_keeps_the_minutes_thinking_cost() {
    let mut session = coffee();
    let mut clock = clock(&session);
    clock.think(&mut session, clock.budget() + 1.0);
    session.choose(2).unwrap();
    let saved = session.save();
    assert_eq!(saved.hesitations, vec![(0, 1.0)]);
    let restored = Session::restore(Arc::clone(session.prepared()), &saved).unwrap();
    assert_eq!(restored.mood(), session.mood());
}
