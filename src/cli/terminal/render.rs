//! The conversation as text: each moment, each reply's consequences, and the
//! debrief, wrapped to the terminal's width.

use std::collections::BTreeMap;

use super::style::Style;
use crate::core::mood::Band;
use crate::core::scenario::Scenario;
use crate::core::session::{
    Coaching, Consequences, Debrief, Decision, KeptWaiting, Next, ReviewedReply, SessionMode,
    TakenReply, ThinkingRule, View,
};
use crate::core::translation;
use crate::text::review;
use crate::text::{
    band_label, dollars, event_label, minutes_label, money_heading, mood_moved, outcome_label,
    revenue_arithmetic, word_of_mouth_arithmetic, word_of_mouth_heading,
};

const WIDTH: usize = 78;

/// `text` filled to the terminal text's width, each line after `indent`.
pub fn wrap(text: &str, indent: &str) -> String {
    let opts = textwrap::Options::new(WIDTH)
        .initial_indent(indent)
        .subsequent_indent(indent);
    textwrap::fill(text, opts)
}

/// A mood bar such as `[##########----------] 52 neutral`.
pub fn mood_bar(style: &Style, mood: f64) -> String {
    const CELLS: usize = 20;
    let filled = ((mood / 100.0) * CELLS as f64).round() as usize;
    let bar = format!(
        "{}{}",
        "#".repeat(filled),
        "-".repeat(CELLS - filled.min(CELLS))
    );
    let band = Band::of(mood);
    format!(
        "[{}] {:.0} {}",
        style.band(band, &bar),
        mood,
        style.band(band, band_label(band))
    )
}

/// The current moment: narration, the customer's line, status and replies.
pub fn render_view(style: &Style, view: &View, horizon: u32) -> String {
    let mut o = String::new();
    if !view.narration.is_empty() {
        o.push_str(&style.dim(&wrap(&view.narration, "")));
        o.push_str("\n\n");
    }
    o.push_str(&wrap(
        &format!("{}: \u{201c}{}\u{201d}", view.customer, view.line),
        "",
    ));
    o.push_str("\n\n");
    o.push_str(&format!(
        "Mood {}   Clock {}\n",
        mood_bar(style, view.mood),
        minutes_label(view.clock)
    ));
    o.push_str(&format!(
        "At stake: {} a year; {} over {horizon} years if they stay loyal, {} expected in this mood\n\n",
        dollars(view.stake.yearly),
        dollars(view.stake.lifetime_loyal.round()),
        dollars(view.stake.lifetime_now.round()),
    ));
    for r in &view.replies {
        o.push_str(&wrap(&r.text, "     ").replacen(
            "     ",
            &format!("  {}. ", style.bold(&r.shown.to_string())),
            1,
        ));
        o.push('\n');
    }
    o
}

/// The opening: where you are, who walks in, and where the story comes from.
pub fn intro(style: &Style, s: &Scenario, seed: u64) -> String {
    let mut o = String::new();
    o.push_str(&wrap(&s.setting, ""));
    o.push_str("\n\n");
    o.push_str(&wrap(
        &format!("{}: {}", s.customer.name, s.customer.description),
        "",
    ));
    o.push_str("\n\n");
    o.push_str(&style.dim(&wrap(&format!("Based on: {}", s.source), "")));
    o.push('\n');
    o.push_str(&style.dim(&format!(
        "Seed {seed} (replay the same customer with --seed {seed})."
    )));
    o
}

/// What a reply did.
pub fn render_consequences(style: &Style, c: &Consequences) -> String {
    let mut o = String::new();
    o.push_str(&format!("\nYou: \u{201c}{}\u{201d}\n", c.reply));
    o.push_str(&format!(
        "Mood {:.0} {} -> {:.0} {} ({:+.0}), {} passed\n",
        c.mood_before,
        band_label(c.band_before),
        c.mood_after,
        style.band(c.band_after, band_label(c.band_after)),
        mood_moved(c.mood_before, c.mood_after),
        minutes_label(c.minutes)
    ));
    o.push_str(&wrap(&format!("What happened: {}", c.happened), ""));
    o.push('\n');
    if let Some(coaching) = &c.coaching {
        o.push_str(&render_coaching(style, coaching));
    }
    if let Next::Ending {
        walked_out: true, ..
    } = c.next
    {
        o.push_str(&style.bold("The customer has had enough and walks out.\n"));
    }
    o
}

/// A reply's coaching and principle points (practice mode shows them after
/// each reply).
fn render_coaching(style: &Style, c: &Coaching) -> String {
    let mut o = wrap(&format!("Coaching: {}", c.text), "");
    o.push('\n');
    if !c.principles.is_empty() {
        let repeat = if c.points == 0 && c.principles.values().any(|w| *w != 0) {
            " (taken before: no points this time)"
        } else {
            ""
        };
        o.push_str(&format!(
            "Principles: {}{repeat}\n",
            principle_list(style, &c.principles)
        ));
    }
    o
}

/// "listen +2, blame -1".
fn principle_list(style: &Style, principles: &BTreeMap<String, i32>) -> String {
    let parts: Vec<String> = principles
        .iter()
        .map(|(p, w)| format!("{p} {}", style.signed(i64::from(*w))))
        .collect();
    parts.join(", ")
}

/// What assessment mode means, shown once before the first moment.
pub fn assessment_intro(style: &Style) -> String {
    style.dim(&wrap(review::ASSESSMENT_NOTE, ""))
}

/// How timed play works, shown once before the first moment.
pub fn timed_intro(style: &Style, rule: &ThinkingRule, patience: f64) -> String {
    style.dim(&wrap(
        &format!(
            "Timed play: the prompt shows how long you have to answer. Each time that \
             runs out, the customer waits {} (patience {patience} mood points a minute).",
            more_minutes(rule.minutes_per_overrun)
        ),
        "",
    ))
}

/// What thinking too long cost, in timed play.
pub fn render_kept_waiting(style: &Style, w: &KeptWaiting) -> String {
    let mut o = format!(
        "You took {:.0} s: the customer waited {}. Mood {:.0} {} -> {:.0} {}.\n",
        w.seconds,
        more_minutes(w.minutes),
        w.mood_before,
        band_label(w.band_before),
        w.mood_after,
        style.band(w.band_after, band_label(w.band_after))
    );
    if w.walked_out() {
        o.push_str(&style.bold("Tired of waiting for an answer, the customer walks out.\n"));
    }
    o
}

/// "1 more minute", "3 more minutes", "1.5 more minutes".
fn more_minutes(m: f64) -> String {
    if (m - 1.0).abs() < 1e-9 {
        "1 more minute".into()
    } else if (m - m.round()).abs() < 1e-9 {
        format!("{m:.0} more minutes")
    } else {
        format!("{m:.1} more minutes")
    }
}

/// The full debrief.
pub fn render_debrief(style: &Style, d: &Debrief) -> String {
    let mut o = String::new();
    o.push_str(&format!(
        "\n{}\n\n",
        style.bold(&format!("== Debrief: {} ==", d.title))
    ));
    o.push_str(&wrap(
        &format!(
            "Ending: {}. {}",
            outcome_label(d.ending.outcome),
            d.ending.text
        ),
        "",
    ));
    o.push_str("\n\n");
    o.push_str(&format!(
        "Score: {}/100, grade {} (principle points {:+}; best possible {:+}, worst {:+})\n\n",
        d.score, d.grade, d.raw_score, d.best_score, d.worst_score
    ));
    o.push_str(&format!(
        "{:<56} {:>5} {:>6}\n",
        "Principles", "you", "best"
    ));
    for p in &d.principles {
        o.push_str(&format!(
            "  {:<54} {:>5} {:>6}\n",
            truncate(&p.name, 54),
            format!("{:+}", p.earned),
            format!("{:+}", p.best)
        ));
    }
    if d.mode == SessionMode::Assessment {
        o.push_str(&render_review(style, d));
    }
    o.push_str("\nMood across the conversation:\n");
    for m in &d.mood_timeline {
        o.push_str(&format!(
            "  {:>8}  {:<28} {}\n",
            minutes_label(m.minutes),
            truncate(&event_label(m), 28),
            mood_bar(style, m.mood)
        ));
    }
    o.push_str(&format!("\n{}:\n", money_heading(&d.revenue)));
    for line in &revenue_arithmetic(&d.revenue) {
        o.push_str(&wrap(line, "  "));
        o.push('\n');
    }
    o.push_str(&format!("\n{}:\n", word_of_mouth_heading(&d.revenue)));
    for line in &word_of_mouth_arithmetic(&d.word_of_mouth, &d.revenue) {
        o.push_str(&wrap(line, "  "));
        o.push('\n');
    }
    o.push_str(&format!("\n{}\n", style.bold("Lesson")));
    o.push_str(&wrap(&d.lesson, "  "));
    o.push_str(&format!("\n\n{}\n", style.bold("For discussion")));
    for (i, q) in d.questions.iter().enumerate() {
        o.push_str(&wrap(q, "     ").replacen("     ", &format!("  {}. ", i + 1), 1));
        o.push('\n');
    }
    o.push_str(&format!("\n{}\n", style.bold("The money, explained")));
    o.push_str(&wrap(&d.money_explanation, "  "));
    o.push('\n');
    o.push_str(&format!("\n{}\n", style.bold("Your replies")));
    o.push_str(&reply_list(
        &d.replies,
        "None: the customer left before you spoke.",
    ));
    o.push_str(&format!("\n{}\n", style.bold("The best path")));
    o.push_str(&reply_list(&d.best_replies, "None."));
    o.push_str(&style.dim(&format!(
        "\nReplay yours: last-word play {} --seed {} --choices {}\nReplay the best path: last-word play {} --choices {}",
        d.scenario,
        d.seed,
        numbers(&d.choices),
        d.scenario,
        numbers(&d.best_path)
    )));
    o.push('\n');
    o
}

/// Replies in words, numbered in the order they were said.
fn reply_list(replies: &[TakenReply], none: &str) -> String {
    if replies.is_empty() {
        return format!("{}\n", wrap(none, "  "));
    }
    let mut o = String::new();
    for (i, r) in replies.iter().enumerate() {
        let line = format!("\u{201c}{}\u{201d} ({:+})", r.text, r.points);
        o.push_str(&wrap(&line, "     ").replacen("     ", &format!("  {}. ", i + 1), 1));
        o.push('\n');
    }
    o
}

/// The decision-by-decision review: each reply chosen and the best one
/// offered, with their coaching (assessment mode's debrief).
pub fn render_review(style: &Style, d: &Debrief) -> String {
    let mut o = format!("\n{}\n", style.bold(review::REVIEW_TITLE));
    o.push_str(&wrap(review::review_intro(d.mode), "  "));
    o.push('\n');
    for (i, decision) in d.review.iter().enumerate() {
        o.push_str(&render_decision(style, i + 1, decision));
    }
    o.push_str(&format!("\n  {}\n", review::best_count(&d.review)));
    o
}

fn render_decision(style: &Style, index: usize, d: &Decision) -> String {
    const INDENT: &str = "     ";
    let mut o = String::from("\n");
    o.push_str(
        &wrap(&format!("[{}] \u{201c}{}\u{201d}", d.node, d.line), INDENT).replacen(
            INDENT,
            &format!("  {}. ", style.bold(&index.to_string())),
            1,
        ),
    );
    o.push('\n');
    let reply = |label: &str, r: &ReviewedReply| {
        let mut t = wrap(
            &format!(
                "{label}: \u{201c}{}\u{201d} ({})",
                r.text,
                review::points_label(r.points)
            ),
            INDENT,
        );
        t.push('\n');
        if !r.principles.is_empty() {
            t.push_str(&format!(
                "{INDENT}Principles: {}\n",
                principle_list(style, &r.principles)
            ));
        }
        t.push_str(&wrap(&format!("Coaching: {}", r.coaching), INDENT));
        t.push('\n');
        t
    };
    o.push_str(&reply("You said", &d.chosen));
    o.push_str(&format!("{INDENT}{}\n", style.bold(review::verdict(d))));
    if let (Some(best), false) = (&d.best, d.chose_best) {
        o.push_str(&reply("Best reply", best));
    }
    o
}

/// Stable reply numbers as `--choices` takes them: `2,1,3`.
fn numbers(choices: &[usize]) -> String {
    let list: Vec<String> = choices.iter().map(usize::to_string).collect();
    list.join(",")
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// A dim line naming the texts of this moment still in the original
/// language when the scenario is shown translated; empty otherwise.
pub fn untranslated_note(style: &Style, s: &Scenario, view: &View) -> String {
    let shown = translation::shown_untranslated(s, view);
    if shown.is_empty() {
        return String::new();
    }
    let mut parts = Vec::new();
    if shown.narration {
        parts.push("the narration".to_string());
    }
    if shown.line {
        parts.push(format!("{}'s line", view.customer));
    }
    let numbers: Vec<String> = shown.replies.iter().map(usize::to_string).collect();
    match numbers.len() {
        0 => {}
        1 => parts.push(format!("reply {}", numbers[0])),
        _ => parts.push(format!("replies {}", numbers.join(", "))),
    }
    let note = format!(
        "(Not translated yet, shown as written: {}.)",
        parts.join(", ")
    );
    format!("{}\n", style.dim(&wrap(&note, "")))
}
