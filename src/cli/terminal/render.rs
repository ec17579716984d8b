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
use crate::text::i18n::{number, tr, tr_args};
use crate::text::review;
use crate::text::{
    band_label, dollars, event_label, minutes_label, money_heading, mood_moved, outcome_label,
    principle_label, revenue_arithmetic, word_of_mouth_arithmetic, word_of_mouth_heading,
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
        "[{}] {} {}",
        style.band(band, &bar),
        whole(mood),
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
    o.push_str(&tr_args(
        "mood-clock",
        &[
            ("bar", mood_bar(style, view.mood).into()),
            ("clock", minutes_label(view.clock).into()),
        ],
    ));
    o.push('\n');
    o.push_str(&tr_args(
        "at-stake",
        &[
            ("yearly", dollars(view.stake.yearly).into()),
            ("loyal", dollars(view.stake.lifetime_loyal.round()).into()),
            ("years", horizon.into()),
            ("now", dollars(view.stake.lifetime_now.round()).into()),
        ],
    ));
    o.push_str("\n\n");
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
    o.push_str(&style.dim(&wrap(
        &tr_args("based-on", &[("source", s.source.as_str().into())]),
        "",
    )));
    o.push('\n');
    o.push_str(&style.dim(&tr_args("seed-note", &[("seed", seed.to_string().into())])));
    o
}

/// What a reply did.
pub fn render_consequences(style: &Style, c: &Consequences) -> String {
    let mut o = String::new();
    o.push('\n');
    o.push_str(&tr_args(
        "you-said-line",
        &[("reply", c.reply.as_str().into())],
    ));
    o.push('\n');
    o.push_str(&tr_args(
        "mood-moved",
        &[
            ("before", whole(c.mood_before).into()),
            ("band-before", band_label(c.band_before).into()),
            ("after", whole(c.mood_after).into()),
            (
                "band-after",
                style.band(c.band_after, band_label(c.band_after)).into(),
            ),
            (
                "moved",
                format!("{:+.0}", mood_moved(c.mood_before, c.mood_after)).into(),
            ),
            ("minutes", minutes_label(c.minutes).into()),
        ],
    ));
    o.push('\n');
    o.push_str(&wrap(
        &tr_args("what-happened", &[("happened", c.happened.as_str().into())]),
        "",
    ));
    o.push('\n');
    if let Some(coaching) = &c.coaching {
        o.push_str(&render_coaching(style, coaching));
    }
    if let Next::Ending {
        walked_out: true, ..
    } = c.next
    {
        o.push_str(&style.bold(tr("walks-out")));
        o.push('\n');
    }
    o
}

/// A reply's coaching and principle points (practice mode shows them after
/// each reply).
fn render_coaching(style: &Style, c: &Coaching) -> String {
    let mut o = wrap(
        &tr_args("coaching", &[("text", c.text.as_str().into())]),
        "",
    );
    o.push('\n');
    if !c.principles.is_empty() {
        let id = if c.points == 0 && c.principles.values().any(|w| *w != 0) {
            "principles-repeat"
        } else {
            "principles"
        };
        o.push_str(&tr_args(
            id,
            &[("list", principle_list(style, &c.principles).into())],
        ));
        o.push('\n');
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
    style.dim(&wrap(review::assessment_note(), ""))
}

/// How timed play works, shown once before the first moment.
pub fn timed_intro(style: &Style, rule: &ThinkingRule, patience: f64) -> String {
    style.dim(&wrap(
        &tr_args(
            "timed-intro",
            &[
                ("more", more_minutes(rule.minutes_per_overrun).into()),
                ("patience", number(&patience.to_string()).into()),
            ],
        ),
        "",
    ))
}

/// What thinking too long cost, in timed play.
pub fn render_kept_waiting(style: &Style, w: &KeptWaiting) -> String {
    let mut o = tr_args(
        "kept-waiting",
        &[
            ("seconds", format!("{:.0}", w.seconds).into()),
            ("more", more_minutes(w.minutes).into()),
            ("before", whole(w.mood_before).into()),
            ("band-before", band_label(w.band_before).into()),
            ("after", whole(w.mood_after).into()),
            (
                "band-after",
                style.band(w.band_after, band_label(w.band_after)).into(),
            ),
        ],
    );
    o.push('\n');
    if w.walked_out() {
        o.push_str(&style.bold(tr("tired-of-waiting")));
        o.push('\n');
    }
    o
}

/// "1 more minute", "3 more minutes", "1.5 more minutes".
fn more_minutes(m: f64) -> String {
    let shown = if (m - m.round()).abs() < 1e-9 {
        format!("{m:.0}")
    } else {
        format!("{m:.1}")
    };
    tr_args(
        "more-minutes",
        &[("minutes", number(&shown).into()), ("count", m.into())],
    )
}

/// A figure to the nearest whole number, as the current language writes it.
fn whole(v: f64) -> String {
    number(&format!("{v:.0}"))
}

/// The full debrief.
pub fn render_debrief(style: &Style, d: &Debrief) -> String {
    let mut o = String::new();
    o.push_str(&format!(
        "\n{}\n\n",
        style.bold(&tr_args(
            "debrief-title",
            &[("title", d.title.as_str().into())]
        ))
    ));
    o.push_str(&wrap(
        &tr_args(
            "ending",
            &[
                ("outcome", outcome_label(d.ending.outcome).into()),
                ("text", d.ending.text.as_str().into()),
            ],
        ),
        "",
    ));
    o.push_str("\n\n");
    o.push_str(&tr_args(
        "score",
        &[
            ("score", d.score.to_string().into()),
            ("grade", d.grade.to_string().into()),
            ("raw", format!("{:+}", d.raw_score).into()),
            ("best", format!("{:+}", d.best_score).into()),
            ("worst", format!("{:+}", d.worst_score).into()),
        ],
    ));
    o.push_str("\n\n");
    o.push_str(&format!(
        "{} {} {}\n",
        pad_right(tr("principles-heading"), 56),
        pad_left(tr("column-you"), 5),
        pad_left(tr("column-best"), 6)
    ));
    for p in &d.principles {
        o.push_str(&format!(
            "  {} {:>5} {:>6}\n",
            pad_right(&truncate(&principle_label(&p.id, &p.name), 54), 54),
            format!("{:+}", p.earned),
            format!("{:+}", p.best)
        ));
    }
    if d.mode == SessionMode::Assessment {
        o.push_str(&render_review(style, d));
    }
    o.push_str(&format!("\n{}\n", tr("mood-across")));
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
    o.push_str(&format!("\n{}\n", style.bold(tr("lesson"))));
    o.push_str(&wrap(&d.lesson, "  "));
    o.push_str(&format!("\n\n{}\n", style.bold(tr("for-discussion"))));
    for (i, q) in d.questions.iter().enumerate() {
        o.push_str(&wrap(q, "     ").replacen("     ", &format!("  {}. ", i + 1), 1));
        o.push('\n');
    }
    o.push_str(&format!("\n{}\n", style.bold(tr("money-explained"))));
    o.push_str(&wrap(&d.money_explanation, "  "));
    o.push('\n');
    o.push_str(&format!("\n{}\n", style.bold(tr("your-replies"))));
    o.push_str(&reply_list(&d.replies, tr("no-replies")));
    o.push_str(&format!("\n{}\n", style.bold(tr("best-path"))));
    o.push_str(&reply_list(&d.best_replies, tr("best-path-none")));
    let replay_yours = tr_args(
        "replay-yours",
        &[
            ("scenario", d.scenario.as_str().into()),
            ("seed", d.seed.to_string().into()),
            ("choices", numbers(&d.choices).into()),
        ],
    );
    let replay_best = tr_args(
        "replay-best",
        &[
            ("scenario", d.scenario.as_str().into()),
            ("choices", numbers(&d.best_path).into()),
        ],
    );
    o.push_str(&style.dim(&format!("\n{replay_yours}\n{replay_best}")));
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
    let mut o = format!("\n{}\n", style.bold(review::review_title()));
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
            let list = principle_list(style, &r.principles);
            t.push_str(&format!(
                "{INDENT}{}\n",
                tr_args("principles", &[("list", list.into())])
            ));
        }
        t.push_str(&wrap(
            &tr_args("coaching", &[("text", r.coaching.as_str().into())]),
            INDENT,
        ));
        t.push('\n');
        t
    };
    o.push_str(&reply(tr("you-said"), &d.chosen));
    o.push_str(&format!("{INDENT}{}\n", style.bold(review::verdict(d))));
    if let (Some(best), false) = (&d.best, d.chose_best) {
        o.push_str(&reply(tr("best-reply"), best));
    }
    o
}

/// Stable reply numbers as `--choices` takes them: `2,1,3`.
fn numbers(choices: &[usize]) -> String {
    let list: Vec<String> = choices.iter().map(usize::to_string).collect();
    list.join(",")
}

/// `s` padded with spaces to `width` terminal columns (not bytes, nor
/// characters: Devanagari and Telugu vowel marks take no column of their
/// own).
fn pad_right(s: &str, width: usize) -> String {
    let n = textwrap::core::display_width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}

/// `s` right-aligned in `width` characters.
fn pad_left(s: &str, width: usize) -> String {
    let n = textwrap::core::display_width(s);
    format!("{}{s}", " ".repeat(width.saturating_sub(n)))
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
    match crate::text::labels::untranslated_note(s, view) {
        Some(note) => format!("{}\n", style.dim(&wrap(&note, ""))),
        None => String::new(),
    }
}
