//! Checks on a scenario's meaning, after it has been read: ids, references,
//! reachability, ranges, empty texts. Every problem found is reported, each
//! pointing at the value in the file.

use std::collections::HashMap;
use std::ops::RangeInclusive;

use crate::core::analysis::{self, AnalysisError, MAX_LOOP_REPLIES};
use crate::core::diagnostic::{Diagnostic, Severity, nearest};
use crate::core::graph::{self, Graph};
use crate::core::load::Vocabulary;
use crate::core::ron_spans::{Seg, SourceText, Spanned};
use crate::core::scenario::{Condition, Principle, Scenario, Target};

/// Limits on numbers, with the reason a trainer sees when one is broken.
pub const MOOD_RANGE: RangeInclusive<f64> = 0.0..=100.0;
pub const MOOD_CHANGE_RANGE: RangeInclusive<f64> = -100.0..=100.0;
pub const SPREAD_RANGE: RangeInclusive<f64> = 0.0..=50.0;
pub const MINUTES_RANGE: RangeInclusive<f64> = 0.0..=600.0;
pub const PATIENCE_RANGE: RangeInclusive<f64> = 0.0..=20.0;
pub const WEIGHT_RANGE: RangeInclusive<i32> = -5..=5;
pub const SPEND_RANGE: RangeInclusive<f64> = 0.0..=1_000_000.0;
pub const VISITS_RANGE: RangeInclusive<f64> = 0.0..=3_650.0;
pub const TALKS_TO_MAX: u32 = 100_000;
pub const PLAY_MINUTES_RANGE: RangeInclusive<u32> = 1..=240;
pub const HORIZON_RANGE: RangeInclusive<u32> = 1..=50;

struct Checker<'a> {
    src: &'a SourceText,
    tree: &'a Spanned,
    out: Vec<Diagnostic>,
}

impl Checker<'_> {
    /// A diagnostic at the value `path` leads to (not yet recorded).
    fn report(
        &self,
        path: &[Seg],
        severity: Severity,
        code: &'static str,
        message: String,
    ) -> Diagnostic {
        let span = self.tree.locate(path);
        Diagnostic::at(self.src, span, severity, code, message)
    }

    fn text(&mut self, path: &[Seg], value: &str, what: &str, id: Option<&str>) {
        if value.trim().is_empty() {
            let d = self
                .report(
                    path,
                    Severity::Error,
                    "empty-text",
                    format!("{what} is empty"),
                )
                .with_label("empty")
                .with_hint(format!("write {what}; players read it"));
            let d = match id {
                Some(id) => d.with_id(id),
                None => d,
            };
            self.out.push(d);
        }
    }

    fn range_f64(
        &mut self,
        path: &[Seg],
        value: f64,
        range: &RangeInclusive<f64>,
        what: &str,
        id: Option<&str>,
    ) {
        if !value.is_finite() || !range.contains(&value) {
            let d = self
                .report(
                    path,
                    Severity::Error,
                    "out-of-range",
                    format!(
                        "{what} is {value}, outside {}..={}",
                        range.start(),
                        range.end()
                    ),
                )
                .with_label("out of range")
                .with_hint(format!(
                    "use a value from {} to {}",
                    range.start(),
                    range.end()
                ));
            let d = match id {
                Some(id) => d.with_id(id),
                None => d,
            };
            self.out.push(d);
        }
    }

    fn pair(
        &mut self,
        path: &[Seg],
        (low, high): (f64, f64),
        range: &RangeInclusive<f64>,
        what: &str,
    ) {
        self.range_f64(path, low, range, &format!("the low end of {what}"), None);
        self.range_f64(path, high, range, &format!("the high end of {what}"), None);
        if low > high {
            let d = self
                .report(
                    path,
                    Severity::Error,
                    "out-of-range",
                    format!("{what} runs from {low} down to {high}"),
                )
                .with_label("low end above high end")
                .with_hint(format!("write the range low first: ({high}, {low})"));
            self.out.push(d);
        }
    }

    fn id_shape(&mut self, path: &[Seg], id: &str, what: &str) {
        let ok = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !ok {
            let d = self
                .report(
                    path,
                    Severity::Error,
                    "bad-id",
                    format!("{what} `{id}` is not a usable id"),
                )
                .with_id(id)
                .with_label("bad id")
                .with_hint("ids use letters, digits, `-` and `_`, e.g. `remake-the-drink`");
            self.out.push(d);
        }
    }
}

/// Checks a scenario already read from `src`. `tree` locates values.
pub fn validate(
    s: &Scenario,
    src: &SourceText,
    tree: &Spanned,
    vocabulary: &Vocabulary,
) -> Vec<Diagnostic> {
    let mut c = Checker {
        src,
        tree,
        out: Vec::new(),
    };
    check_about(&mut c, s);
    check_customer(&mut c, s);
    let ids = check_ids(&mut c, s);
    check_nodes(&mut c, s, &ids, vocabulary);
    check_endings(&mut c, s);
    check_graph(&mut c, s, &ids);
    c.out
}

fn check_about(c: &mut Checker, s: &Scenario) {
    use Seg::Field as F;
    c.id_shape(&[F("id")], &s.id, "the scenario id");
    c.text(&[F("title")], &s.title, "the title", None);
    c.text(&[F("source")], &s.source, "the source story", None);
    c.text(&[F("setting")], &s.setting, "the setting", None);
    c.text(&[F("lesson")], &s.lesson, "the lesson", None);
    if !PLAY_MINUTES_RANGE.contains(&s.minutes) {
        let d = c
            .report(
                &[F("minutes")],
                Severity::Error,
                "out-of-range",
                format!("a scenario taking {} minutes is outside 1..=240", s.minutes),
            )
            .with_label("out of range")
            .with_hint("estimate the minutes a trainee needs to play it, from 1 to 240");
        c.out.push(d);
    }
    for (i, tag) in s.tags.iter().enumerate() {
        c.text(&[F("tags"), Seg::Index(i)], tag, "a tag", None);
    }
    let d = &s.debrief;
    c.text(
        &[F("debrief"), F("lesson")],
        &d.lesson,
        "the debrief's lesson",
        None,
    );
    c.text(
        &[F("debrief"), F("money")],
        &d.money,
        "the debrief's money explanation",
        None,
    );
    if d.questions.is_empty() {
        let d = c
            .report(
                &[F("debrief"), F("questions")],
                Severity::Error,
                "no-questions",
                "the debrief has no discussion questions".into(),
            )
            .with_label("no questions")
            .with_hint("add at least one question for a workshop to discuss");
        c.out.push(d);
    }
    for (i, q) in d.questions.iter().enumerate() {
        c.text(
            &[F("debrief"), F("questions"), Seg::Index(i)],
            q,
            "a discussion question",
            None,
        );
    }
    let e = &s.economics;
    c.range_f64(
        &[F("economics"), F("margin")],
        e.margin,
        &(0.01..=1.0),
        "the margin",
        None,
    );
    c.range_f64(
        &[F("economics"), F("discount_rate")],
        e.discount_rate,
        &(0.0..=1.0),
        "the discount rate",
        None,
    );
    if !HORIZON_RANGE.contains(&e.horizon_years) {
        let d = c
            .report(
                &[F("economics"), F("horizon_years")],
                Severity::Error,
                "out-of-range",
                format!("a horizon of {} years is outside 1..=50", e.horizon_years),
            )
            .with_label("out of range")
            .with_hint("count from 1 to 50 years of the customer's future");
        c.out.push(d);
    }
}

fn check_customer(c: &mut Checker, s: &Scenario) {
    use Seg::Field as F;
    let cu = &s.customer;
    c.text(
        &[F("customer"), F("name")],
        &cu.name,
        "the customer's name",
        None,
    );
    c.text(
        &[F("customer"), F("description")],
        &cu.description,
        "the customer's description",
        None,
    );
    c.range_f64(
        &[F("customer"), F("mood")],
        cu.mood,
        &MOOD_RANGE,
        "the starting mood",
        None,
    );
    c.range_f64(
        &[F("customer"), F("patience")],
        cu.patience,
        &PATIENCE_RANGE,
        "the patience (mood lost per minute of waiting)",
        None,
    );
    c.pair(
        &[F("customer"), F("spend_per_visit")],
        cu.spend_per_visit,
        &SPEND_RANGE,
        "the spend per visit",
    );
    c.pair(
        &[F("customer"), F("visits_per_year")],
        cu.visits_per_year,
        &VISITS_RANGE,
        "the visits per year",
    );
    c.pair(
        &[F("customer"), F("talks_to")],
        (f64::from(cu.talks_to.0), f64::from(cu.talks_to.1)),
        &(0.0..=f64::from(TALKS_TO_MAX)),
        "the people they talk to",
    );
}

/// Checks node and ending ids for shape and clashes; returns the resolver.
fn check_ids<'s>(c: &mut Checker, s: &'s Scenario) -> HashMap<&'s str, Target> {
    use Seg::{Field as F, Index as I};
    let mut first: HashMap<&str, Vec<Seg>> = HashMap::new();
    let items = s
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), "nodes", i, "a node"))
        .chain(
            s.endings
                .iter()
                .enumerate()
                .map(|(i, e)| (e.id.as_str(), "endings", i, "an ending")),
        );
    for (id, list, i, what) in items {
        let path = [F(list), I(i), F("id")];
        c.id_shape(&path, id, &format!("the id of {what}"));
        if let Some(earlier) = first.get(id) {
            let (line, _) = c.src.line_col(c.tree.locate(earlier).start);
            let d = c
                .report(
                    &path,
                    Severity::Error,
                    "duplicate-id",
                    format!("the id `{id}` is used twice"),
                )
                .with_id(id)
                .with_label("second use")
                .with_hint(format!(
                    "it is first used on line {line}; nodes and endings share one set of ids, so rename one of them"
                ));
            c.out.push(d);
        } else {
            first.insert(id, path.to_vec());
        }
    }
    if s.nodes.is_empty() {
        let d = c
            .report(
                &[F("nodes")],
                Severity::Error,
                "no-nodes",
                "the scenario has no nodes".into(),
            )
            .with_hint("add at least one node: the customer's first line and the player's replies");
        c.out.push(d);
    }
    if s.endings.is_empty() {
        let d = c
            .report(
                &[F("endings")],
                Severity::Error,
                "no-endings",
                "the scenario has no endings".into(),
            )
            .with_hint("add endings, e.g. one where the customer stays and one where they leave");
        c.out.push(d);
    }
    let ids = graph::index(s);
    match ids.get(s.start.as_str()) {
        Some(Target::Node(_)) => {}
        Some(Target::Ending(_)) => {
            let d = c
                .report(
                    &[F("start")],
                    Severity::Error,
                    "unknown-start",
                    format!(
                        "the conversation starts at `{}`, which is an ending",
                        s.start
                    ),
                )
                .with_id(&s.start)
                .with_label("an ending")
                .with_hint("start at a node, where the customer speaks first");
            c.out.push(d);
        }
        None => {
            let hint = match nearest(&s.start, s.nodes.iter().map(|n| n.id.as_str())) {
                Some(near) => format!("did you mean `{near}`?"),
                None => "name the id of the node where the conversation begins".into(),
            };
            let d = c
                .report(
                    &[F("start")],
                    Severity::Error,
                    "unknown-start",
                    format!("the start node `{}` does not exist", s.start),
                )
                .with_id(&s.start)
                .with_label("no such node")
                .with_hint(hint);
            c.out.push(d);
        }
    }
    ids
}

fn check_condition(
    c: &mut Checker,
    path: &[Seg],
    cond: &Condition,
    ids: &HashMap<&str, Target>,
    s: &Scenario,
) {
    match cond {
        Condition::MoodAbove(v) | Condition::MoodBelow(v) => {
            c.range_f64(path, *v, &MOOD_RANGE, "the mood in this condition", None);
        }
        Condition::Visited(id) | Condition::NotVisited(id) => {
            if !matches!(ids.get(id.as_str()), Some(Target::Node(_))) {
                let hint = match nearest(id, s.nodes.iter().map(|n| n.id.as_str())) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => "name a node of this scenario".into(),
                };
                let d = c
                    .report(
                        path,
                        Severity::Error,
                        "unknown-target",
                        format!("the condition names `{id}`, which is not a node"),
                    )
                    .with_id(id)
                    .with_label("no such node")
                    .with_hint(hint);
                c.out.push(d);
            }
        }
    }
}

fn check_nodes(
    c: &mut Checker,
    s: &Scenario,
    ids: &HashMap<&str, Target>,
    vocabulary: &Vocabulary,
) {
    use Seg::{Field as F, Index as I};
    let all_ids: Vec<&str> = s
        .nodes
        .iter()
        .map(|n| n.id.as_str())
        .chain(s.endings.iter().map(|e| e.id.as_str()))
        .collect();
    for (ni, node) in s.nodes.iter().enumerate() {
        let id = Some(node.id.as_str());
        c.text(
            &[F("nodes"), I(ni), F("line")],
            &node.line,
            "the customer's line",
            id,
        );
        c.range_f64(
            &[F("nodes"), I(ni), F("minutes")],
            node.minutes,
            &MINUTES_RANGE,
            "the minutes that pass",
            id,
        );
        for (mi, ml) in node.mood_lines.iter().enumerate() {
            let path = [F("nodes"), I(ni), F("mood_lines"), I(mi)];
            c.text(
                &[&path[..], &[F("line")]].concat(),
                &ml.line,
                "a mood line",
                id,
            );
            check_condition(c, &[&path[..], &[F("when")]].concat(), &ml.when, ids, s);
        }
        if node.replies.is_empty() {
            let d = c
                .report(
                    &[F("nodes"), I(ni), F("replies")],
                    Severity::Error,
                    "no-replies",
                    format!(
                        "the node `{}` has no replies, and it is not an ending",
                        node.id
                    ),
                )
                .with_id(&node.id)
                .with_label("no replies")
                .with_hint(
                    "give the player something to say here, or, if the conversation ends here, \
                     move it to `endings` with an outcome",
                );
            c.out.push(d);
        }
        if !node.replies.is_empty() && node.replies.iter().all(|r| r.when.is_some()) {
            let d = c
                .report(
                    &[F("nodes"), I(ni), F("replies")],
                    Severity::Error,
                    "no-open-reply",
                    format!("every reply of the node `{}` has a condition", node.id),
                )
                .with_id(&node.id)
                .with_label("all replies conditional")
                .with_hint("give at least one reply no `when:`, so the player is never left with nothing to say");
            c.out.push(d);
        }
        for (ri, reply) in node.replies.iter().enumerate() {
            let base = [F("nodes"), I(ni), F("replies"), I(ri)];
            check_duplicate_principles(c, &base, &node.id, ri);
            let at = |f: &'static str| [&base[..], &[F(f)]].concat();
            let rid = format!("{}#{}", node.id, ri + 1);
            c.text(&at("text"), &reply.text, "the reply's text", Some(&rid));
            c.range_f64(
                &at("mood"),
                reply.mood,
                &MOOD_CHANGE_RANGE,
                "the mood change",
                Some(&rid),
            );
            c.range_f64(
                &at("spread"),
                reply.spread,
                &SPREAD_RANGE,
                "the spread",
                Some(&rid),
            );
            c.range_f64(
                &at("minutes"),
                reply.minutes,
                &MINUTES_RANGE,
                "the minutes",
                Some(&rid),
            );
            for part in [
                ("happened", &reply.feedback.happened, "what happened"),
                ("coaching", &reply.feedback.coaching, "the coaching"),
            ] {
                if part.1.trim().is_empty() {
                    let d = c
                        .report(
                            &[&base[..], &[F("feedback"), F(part.0)]].concat(),
                            Severity::Error,
                            "missing-feedback",
                            format!(
                                "reply {} of node `{}` has no feedback on {}",
                                ri + 1,
                                node.id,
                                part.2
                            ),
                        )
                        .with_id(&rid)
                        .with_label("feedback missing")
                        .with_hint(format!(
                            "add `feedback: (happened: \"...\", coaching: \"...\")`; {} is what the trainee learns from",
                            part.2
                        ));
                    c.out.push(d);
                }
            }
            for (principle, &weight) in &reply.principles {
                let path = [&base[..], &[F("principles"), Seg::Key(principle)]].concat();
                if !vocabulary.contains(principle) {
                    let hint = match nearest(
                        principle,
                        vocabulary.principles.iter().map(|p| p.id.as_str()),
                    ) {
                        Some(near) => format!("did you mean `{near}`?"),
                        None => format!(
                            "use a principle from {}, or add this one there",
                            vocabulary.origin
                        ),
                    };
                    let d = c
                        .report(
                            &path,
                            Severity::Error,
                            "unknown-principle",
                            format!("`{principle}` is not a known principle"),
                        )
                        .with_id(principle)
                        .with_label("unknown principle")
                        .with_hint(hint);
                    c.out.push(d);
                }
                if !WEIGHT_RANGE.contains(&weight) || weight == 0 {
                    let d = c
                        .report(
                            &path,
                            Severity::Error,
                            "out-of-range",
                            format!("the weight of `{principle}` is {weight}"),
                        )
                        .with_id(&rid)
                        .with_label("bad weight")
                        .with_hint("weights run from -5 (breaks it badly) to 5 (honours it fully), and are never 0");
                    c.out.push(d);
                }
            }
            if !ids.contains_key(reply.next.as_str()) {
                let hint = match nearest(&reply.next, all_ids.iter().copied()) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => "name a node or an ending of this scenario".into(),
                };
                let d = c
                    .report(
                        &at("next"),
                        Severity::Error,
                        "unknown-target",
                        format!(
                            "reply {} of node `{}` leads to `{}`, which is neither a node nor an ending",
                            ri + 1,
                            node.id,
                            reply.next
                        ),
                    )
                    .with_id(&reply.next)
                    .with_label("no such node or ending")
                    .with_hint(hint);
                c.out.push(d);
            }
            if let Some(cond) = &reply.when {
                check_condition(c, &at("when"), cond, ids, s);
            }
        }
    }
}

/// A principle written twice in one reply's map: the file says two things
/// and only the last would count.
fn check_duplicate_principles(c: &mut Checker, base: &[Seg], node: &str, ri: usize) {
    use crate::core::ron_spans::Kind;
    let path = [base, &[Seg::Field("principles")]].concat();
    let Some(map) = c.tree.find(&path) else {
        return;
    };
    let Kind::Map(entries) = &map.kind else {
        return;
    };
    let mut seen: Vec<&str> = Vec::new();
    for (key, _) in entries {
        let Kind::Str(name) = &key.kind else { continue };
        if seen.contains(&name.as_str()) {
            let d = Diagnostic::at(
                c.src,
                key.span.clone(),
                Severity::Error,
                "duplicate-principle",
                format!(
                    "reply {} of node `{node}` weighs the principle `{name}` twice",
                    ri + 1
                ),
            )
            .with_id(name)
            .with_label("second weight")
            .with_hint("keep one weight per principle; only the last one would count");
            c.out.push(d);
        } else {
            seen.push(name);
        }
    }
}

fn check_endings(c: &mut Checker, s: &Scenario) {
    use Seg::{Field as F, Index as I};
    for (i, e) in s.endings.iter().enumerate() {
        c.text(
            &[F("endings"), I(i), F("text")],
            &e.text,
            "the ending's text",
            Some(&e.id),
        );
    }
    if s.endings.is_empty() {
        return;
    }
    match (&s.walk_out, s.walk_out_ending()) {
        (Some(id), None) => {
            let hint = match nearest(id, s.endings.iter().map(|e| e.id.as_str())) {
                Some(near) => format!("did you mean `{near}`?"),
                None => "name one of this scenario's endings".into(),
            };
            let d = c
                .report(
                    &[F("walk_out")],
                    Severity::Error,
                    "unknown-target",
                    format!("the walk-out ending `{id}` is not an ending"),
                )
                .with_id(id)
                .with_label("no such ending")
                .with_hint(hint);
            c.out.push(d);
        }
        (Some(id), Some(k)) if s.endings[k].outcome.is_kept() => {
            let d = c
                .report(
                    &[F("walk_out")],
                    Severity::Error,
                    "bad-walk-out",
                    format!("the walk-out ending `{id}` keeps the customer"),
                )
                .with_id(id)
                .with_label("a kept ending")
                .with_hint("a customer who walks out is lost: name an ending with outcome `Lost` or `LostAndTelling`");
            c.out.push(d);
        }
        (None, None) => {
            let d = c
                .report(
                    &[F("endings")],
                    Severity::Error,
                    "no-walk-out",
                    "no ending says what happens when the customer walks out".into(),
                )
                .with_label("no `Lost` or `LostAndTelling` ending")
                .with_hint("add an ending with outcome `Lost` or `LostAndTelling`, or name one with `walk_out: \"...\"`");
            c.out.push(d);
        }
        _ => {}
    }
}

fn check_graph(c: &mut Checker, s: &Scenario, ids: &HashMap<&str, Target>) {
    use Seg::{Field as F, Index as I};
    if !matches!(ids.get(s.start.as_str()), Some(Target::Node(_))) {
        return;
    }
    let graph = Graph::build(s);
    let (reach_nodes, reach_endings) = graph.reachable();
    let can_finish = graph.can_finish();
    for (i, node) in s.nodes.iter().enumerate() {
        if !reach_nodes[i] {
            let d = c
                .report(
                    &[F("nodes"), I(i), F("id")],
                    Severity::Warning,
                    "unreachable",
                    format!("no path from the start reaches the node `{}`", node.id),
                )
                .with_id(&node.id)
                .with_label("unreachable")
                .with_hint("point a reply's `next` here, or remove the node");
            c.out.push(d);
        } else if !can_finish[i] && !node.replies.is_empty() {
            let d = c
                .report(
                    &[F("nodes"), I(i), F("id")],
                    Severity::Error,
                    "dead-end",
                    format!("from the node `{}` no ending can be reached", node.id),
                )
                .with_id(&node.id)
                .with_label("the conversation can never end from here")
                .with_hint("give one of the replies here, or of the nodes it leads to, a `next` that is an ending");
            c.out.push(d);
        }
    }
    for (i, e) in s.endings.iter().enumerate() {
        if !reach_endings[i] {
            let d = c
                .report(
                    &[F("endings"), I(i), F("id")],
                    Severity::Warning,
                    "unreachable",
                    format!("no path from the start reaches the ending `{}`", e.id),
                )
                .with_id(&e.id)
                .with_label("unreachable")
                .with_hint("point a reply's `next` here, or remove the ending");
            c.out.push(d);
        }
    }
    let has_other_errors = c.out.iter().any(Diagnostic::is_error);
    if !has_other_errors
        && let Err(AnalysisError::LoopTooLarge { nodes, scored }) = analysis::analyze(s)
    {
        let first = nodes.iter().copied().min().unwrap_or(0);
        let d = c
            .report(
                &[F("nodes"), I(first), F("id")],
                Severity::Error,
                "loop-too-large",
                if scored > MAX_LOOP_REPLIES {
                    format!(
                        "the loop through `{}` ({} nodes) holds {scored} scored replies; at most {MAX_LOOP_REPLIES} can be analysed exactly",
                        s.nodes[first].id,
                        nodes.len()
                    )
                } else {
                    format!(
                        "the loop through `{}` ({} nodes, {scored} scored replies, entered from many places) is too large to analyse exactly",
                        s.nodes[first].id,
                        nodes.len()
                    )
                },
            )
            .with_id(&s.nodes[first].id)
            .with_label("loop starts here")
            .with_hint("split the loop: let some replies move the conversation forward instead of back");
        c.out.push(d);
    }
}

/// Checks a principle vocabulary.
pub fn validate_principles(
    principles: &[Principle],
    src: &SourceText,
    tree: &Spanned,
) -> Vec<Diagnostic> {
    use Seg::{Field as F, Index as I};
    let mut c = Checker {
        src,
        tree,
        out: Vec::new(),
    };
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, p) in principles.iter().enumerate() {
        c.id_shape(&[I(i), F("id")], &p.id, "the principle id");
        c.text(
            &[I(i), F("name")],
            &p.name,
            "the principle's name",
            Some(&p.id),
        );
        c.text(
            &[I(i), F("summary")],
            &p.summary,
            "the principle's summary",
            Some(&p.id),
        );
        if let Some(&earlier) = seen.get(p.id.as_str()) {
            let d = c
                .report(
                    &[I(i), F("id")],
                    Severity::Error,
                    "duplicate-id",
                    format!("the principle `{}` is defined twice", p.id),
                )
                .with_id(&p.id)
                .with_label("second definition")
                .with_hint(format!(
                    "it is first defined as item {}; keep one",
                    earlier + 1
                ));
            c.out.push(d);
        } else {
            seen.insert(&p.id, i);
        }
    }
    c.out
}
