//! Checks on the facilitator's notes (`facilitator: (...)`): every note
//! names a decision of the scenario and replies offered there, every text
//! is written, the time budget is sensible, and the notes agree with the
//! analysis or say so. A scenario with no notes at all, or notes that skip a
//! decision on the best path, gets a warning, so the library stays ready for
//! a workshop.

use std::ops::{Range, RangeInclusive};

use super::Checker;
use crate::core::analysis::Analysis;
use crate::core::diagnostic::{Diagnostic, Severity, Words, did_you_mean, nearest};
use crate::core::ron_spans::{Kind, Seg};
use crate::core::scenario::{DecisionNotes, Facilitator, Scenario};

/// Minutes a workshop may spend on one decision.
pub const DECISION_MINUTES_RANGE: RangeInclusive<u32> = 1..=30;
/// Minutes a workshop may spend on a scenario's closing discussion.
pub const DEBRIEF_MINUTES_RANGE: RangeInclusive<u32> = 1..=60;

const FACILITATOR: Seg<'static> = Seg::Field("facilitator");
const DECISIONS: Seg<'static> = Seg::Field("decisions");

/// Checks the scenario's facilitator notes. `analysis` is there when the
/// conversation could be analyzed; `clean` says the file has no error so
/// far, the only time a missing block is worth a warning.
pub(super) fn check(c: &mut Checker, s: &Scenario, analysis: Option<&Analysis>, clean: bool) {
    let Some(notes) = &s.facilitator else {
        if clean {
            report_no_notes(c, s);
        }
        return;
    };
    note_text(
        c,
        &[FACILITATOR, Seg::Field("summary")],
        &notes.summary,
        "the facilitator's summary",
        None,
    );
    minutes(
        c,
        &[FACILITATOR, Seg::Field("debrief_minutes")],
        notes.debrief_minutes,
        &DEBRIEF_MINUTES_RANGE,
        "the debrief's minutes",
    );
    report_repeated(c, &[FACILITATOR, DECISIONS], "decision");
    for (node, decision) in &notes.decisions {
        check_decision(c, s, analysis, node, decision);
    }
    if let Some(analysis) = analysis {
        report_skipped_decisions(c, s, notes, analysis);
    }
}

/// A scenario without a `facilitator` block.
fn report_no_notes(c: &mut Checker, s: &Scenario) {
    let d = c
        .report(
            &[Seg::Field("id")],
            Severity::Warning,
            "no-facilitator-notes",
            Words::new(
                "diag-no-facilitator-notes",
                format!("the scenario `{}` has no facilitator notes", s.id),
            )
            .arg("id", &s.id),
        )
        .with_id(&s.id)
        .with_label("no notes for a workshop")
        .with_hint(
            Words::new(
                "diag-no-facilitator-notes-hint",
                "add `facilitator: (summary: \"...\", debrief_minutes: 8, decisions: { ... })` after the debrief; \
                 scenarios/README.md shows a complete example",
            )
            .arg(
                "example",
                "`facilitator: (summary: \"...\", debrief_minutes: 8, decisions: { ... })`",
            ),
        );
    c.out.push(d);
}

/// One decision's notes: its node, the replies it names, its texts, its
/// minutes, and the model answer against the analysis.
fn check_decision(
    c: &mut Checker,
    s: &Scenario,
    analysis: Option<&Analysis>,
    node: &str,
    notes: &DecisionNotes,
) {
    let base = [FACILITATOR, DECISIONS, Seg::Value(node)];
    let at = |field| [&base[..], &[Seg::Field(field)]].concat();
    let Some(ni) = s.node_index(node) else {
        report_unknown_node(c, s, node);
        return;
    };
    let offered = s.nodes[ni].replies.len();
    if reply_exists(c, &at("model_answer"), node, notes.model_answer, offered)
        && let Some(analysis) = analysis
    {
        compare_with_analysis(c, s, analysis, ni, notes.model_answer, &at("model_answer"));
    }
    note_text(
        c,
        &at("why"),
        &notes.why,
        "the reason for the model answer",
        Some(node),
    );
    if let Some(ask) = &notes.ask {
        note_text(c, &at("ask"), ask, "the question for the room", Some(node));
    }
    minutes(
        c,
        &at("minutes"),
        notes.minutes,
        &DECISION_MINUTES_RANGE,
        "the decision's minutes",
    );
    check_tempting(c, node, notes, offered, &at("tempting"));
}

/// The tempting replies' notes: each names a reply of the node, once, and
/// says something. `path` leads to the `tempting` map.
fn check_tempting(
    c: &mut Checker,
    node: &str,
    notes: &DecisionNotes,
    offered: usize,
    path: &[Seg],
) {
    report_repeated(c, path, "tempting reply");
    for (&number, why) in &notes.tempting {
        let (key, value) = tempting_spans(c, path, number);
        reply_number_at(c, key, node, number, offered);
        if why.trim().is_empty() {
            let d = Diagnostic::at(
                c.src,
                value,
                Severity::Error,
                "empty-text",
                Words::new(
                    "diag-empty-tempting",
                    format!("the note on why reply {number} tempts is empty"),
                )
                .arg("reply", number),
            )
            .with_id(node)
            .with_label("empty")
            .with_hint(Words::new(
                "diag-empty-tempting-hint",
                "write why the room might choose it, and why it fails; the facilitator reads it",
            ));
            c.out.push(d);
        }
    }
}

/// Where the note on tempting reply `number` is written: its key and its
/// text (the map itself if the entry cannot be found).
fn tempting_spans(c: &Checker, path: &[Seg], number: usize) -> (Range<usize>, Range<usize>) {
    let entry = c.tree.find(path).and_then(|map| match &map.kind {
        Kind::Map(entries) => entries
            .iter()
            .rfind(|(k, _)| c.src.text[k.span.clone()].trim().parse::<usize>() == Ok(number)),
        _ => None,
    });
    match entry {
        Some((key, value)) => (key.span.clone(), value.span.clone()),
        None => {
            let span = c.tree.locate(path);
            (span.clone(), span)
        }
    }
}

/// Notes for a node the scenario does not have (or for an ending).
fn report_unknown_node(c: &mut Checker, s: &Scenario, node: &str) {
    let path = [FACILITATOR, DECISIONS, Seg::Key(node)];
    let (message, hint) = if s.ending_index(node).is_some() {
        (
            Words::new(
                "diag-notes-for-ending",
                format!("the notes are for `{node}`, which is an ending, not a decision"),
            )
            .arg("id", node),
            Words::new(
                "diag-notes-for-ending-hint",
                "write notes for nodes, where the room chooses a reply; the ending's story belongs in the summary",
            ),
        )
    } else {
        let hint = match nearest(node, s.nodes.iter().map(|n| n.id.as_str())) {
            Some(near) => did_you_mean(near),
            None => Words::new("diag-name-node", "name a node of this scenario"),
        };
        (
            Words::new(
                "diag-notes-unknown-node",
                format!("the notes are for the node `{node}`, which does not exist"),
            )
            .arg("id", node),
            hint,
        )
    };
    let d = c
        .report(&path, Severity::Error, "unknown-notes-node", message)
        .with_id(node)
        .with_label("no such decision")
        .with_hint(hint);
    c.out.push(d);
}

/// Whether reply `number` exists at the node; reports it at `path` if not.
fn reply_exists(c: &mut Checker, path: &[Seg], node: &str, number: usize, offered: usize) -> bool {
    let span = c.tree.locate(path);
    reply_number_at(c, span, node, number, offered)
}

/// Whether reply `number` exists at a node offering `offered` replies;
/// reports it at `span` if not.
fn reply_number_at(
    c: &mut Checker,
    span: Range<usize>,
    node: &str,
    number: usize,
    offered: usize,
) -> bool {
    if (1..=offered).contains(&number) {
        return true;
    }
    let d = Diagnostic::at(
        c.src,
        span,
        Severity::Error,
        "unknown-reply",
        Words::new(
            "diag-unknown-reply",
            format!("the node `{node}` has no reply {number}"),
        )
        .arg("id", node)
        .arg("reply", number),
    )
    .with_id(node)
    .with_label("no such reply")
    .with_hint(
        Words::new(
            "diag-unknown-reply-hint",
            format!(
                "the node `{node}` offers replies 1 to {offered}: numbers are places in its `replies` list, counting from 1"
            ),
        )
        .arg("id", node)
        .arg("count", offered),
    );
    c.out.push(d);
    false
}

/// Warns when the model answer is not the best reply the analysis finds
/// at the node (a tie with the best counts as the best).
fn compare_with_analysis(
    c: &mut Checker,
    s: &Scenario,
    analysis: &Analysis,
    ni: usize,
    model: usize,
    path: &[Seg],
) {
    let all: Vec<usize> = (0..s.nodes[ni].replies.len()).collect();
    let Some(best) = analysis.best_reply(ni, &all, Some(model - 1)) else {
        return;
    };
    if best == model - 1 {
        return;
    }
    let values = &analysis.reply_values[ni];
    let points = |r: usize| values[r].map_or_else(|| "?".into(), |v| format!("{v:+}"));
    let node = &s.nodes[ni].id;
    let d = c
        .report(
            path,
            Severity::Warning,
            "model-answer-not-best",
            Words::new(
                "diag-model-answer-not-best",
                format!(
                    "the model answer at `{node}` is reply {model}, but the analysis's best is reply {}",
                    best + 1
                ),
            )
            .arg("id", node)
            .arg("model", model)
            .arg("best", best + 1),
        )
        .with_id(node)
        .with_label("not the best reply")
        .with_hint(
            Words::new(
                "diag-model-answer-not-best-hint",
                format!(
                    "from here reply {model} leads to at most {} points and reply {} to {}; name reply {} or, \
                     if reply {model} should be best, change the principle weights (`last-word analyze` shows the paths)",
                    points(model - 1),
                    best + 1,
                    points(best),
                    best + 1
                ),
            )
            .arg("model", model)
            .arg("model-points", points(model - 1))
            .arg("best", best + 1)
            .arg("best-points", points(best)),
        );
    c.out.push(d);
}

/// Warns for each decision on the best path the notes say nothing about.
fn report_skipped_decisions(
    c: &mut Checker,
    s: &Scenario,
    notes: &Facilitator,
    analysis: &Analysis,
) {
    let mut warned: Vec<usize> = Vec::new();
    for step in &analysis.best_path {
        let node = &s.nodes[step.node];
        if notes.decisions.contains_key(&node.id) || warned.contains(&step.node) {
            continue;
        }
        warned.push(step.node);
        let d = c
            .report(
                &[Seg::Field("nodes"), Seg::Index(step.node), Seg::Field("id")],
                Severity::Warning,
                "missing-decision-notes",
                Words::new(
                    "diag-missing-decision-notes",
                    format!(
                        "the facilitator's notes skip `{}`, a decision on the best path",
                        node.id
                    ),
                )
                .arg("id", &node.id),
            )
            .with_id(&node.id)
            .with_label("no notes for this decision")
            .with_hint(
                Words::new(
                    "diag-missing-decision-notes-hint",
                    format!(
                        "add `\"{}\": (model_answer: {}, why: \"...\", minutes: 3)` to `facilitator.decisions`",
                        node.id,
                        step.reply + 1
                    ),
                )
                .arg("id", &node.id)
                .arg("reply", step.reply + 1),
            );
        c.out.push(d);
    }
}

/// Each key of the map at `path` written a second time (`what` the map
/// holds, for the message).
fn report_repeated(c: &mut Checker, path: &[Seg], what: &str) {
    for (span, key) in c.repeated_keys(path) {
        let d = Diagnostic::at(
            c.src,
            span,
            Severity::Error,
            "duplicate-notes",
            Words::new(
                "diag-duplicate-notes",
                format!("the facilitator's notes hold the {what} `{key}` twice"),
            )
            .arg("what", what)
            .arg("id", &key),
        )
        .with_id(key)
        .with_label("written again")
        .with_hint(Words::new(
            "diag-duplicate-notes-hint",
            "merge the two notes into one; only the last would count",
        ));
        c.out.push(d);
    }
}

/// A note's text is written: an empty one is an error the facilitator
/// would meet in front of a room.
fn note_text(c: &mut Checker, path: &[Seg], value: &str, what: &str, id: Option<&str>) {
    c.text_read_by(
        path,
        value,
        what,
        id,
        Words::new("diag-read-by-facilitator", "the facilitator reads it"),
    );
}

/// Minutes within their range.
fn minutes(c: &mut Checker, path: &[Seg], value: u32, range: &RangeInclusive<u32>, what: &str) {
    if range.contains(&value) {
        return;
    }
    let d = c
        .report(
            path,
            Severity::Error,
            "out-of-range",
            Words::new(
                "diag-minutes-out-of-range",
                format!(
                    "{what} are {value}, outside {}..={}",
                    range.start(),
                    range.end()
                ),
            )
            .arg("what", what)
            .arg("value", value)
            .arg("low", *range.start())
            .arg("high", *range.end()),
        )
        .with_label("out of range")
        .with_hint(
            Words::new(
                "diag-minutes-out-of-range-hint",
                format!(
                    "suggest whole minutes from {} to {}",
                    range.start(),
                    range.end()
                ),
            )
            .arg("low", *range.start())
            .arg("high", *range.end()),
        );
    c.out.push(d);
}
