//! Checks on a scenario's meaning, after it has been read: ids, references,
//! reachability, ranges, empty texts, and the facilitator's notes
//! (`notes.rs`). Every problem found is reported, each
//! pointing at the value in the file. A scenario with no errors comes out as
//! a [`ValidScenario`], which only this module can make: sessions are built
//! from one, so a broken graph never reaches the engine.

mod notes;

use std::collections::HashMap;
use std::ops::Deref;
use std::ops::{Range, RangeInclusive};

use crate::core::analysis::{self, Analysis, AnalysisError, MAX_LOOP_REPLIES};
use crate::core::diagnostic::{Arg, Diagnostic, Severity, Words, did_you_mean, nearest};
use crate::core::graph::{self, Graph};
use crate::core::ron_spans::{Seg, SourceText, Spanned};
use crate::core::scenario::{Condition, Node, Principle, Reply, Scenario, Target};
use crate::core::vocabulary::Vocabulary;

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
pub use notes::{DEBRIEF_MINUTES_RANGE, DECISION_MINUTES_RANGE};

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
        message: impl Into<Words>,
    ) -> Diagnostic {
        let span = self.tree.locate(path);
        Diagnostic::at(self.src, span, severity, code, message)
    }

    fn text(&mut self, path: &[Seg], value: &str, what: &str, id: Option<&str>) {
        self.text_read_by(
            path,
            value,
            what,
            id,
            Words::new("diag-read-by-players", "players read it"),
        );
    }

    /// An empty text is an error; `readers` says who reads it, for the hint.
    fn text_read_by(
        &mut self,
        path: &[Seg],
        value: &str,
        what: &str,
        id: Option<&str>,
        readers: Words,
    ) {
        if value.trim().is_empty() {
            let d = self
                .report(
                    path,
                    Severity::Error,
                    "empty-text",
                    Words::new("diag-empty-text", format!("{what} is empty")).arg("what", what),
                )
                .with_label("empty")
                .with_hint(
                    Words::new(
                        "diag-empty-text-hint",
                        format!("write {what}; {}", readers.english),
                    )
                    .arg("what", what)
                    .arg("readers", readers),
                );
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
        what: impl Into<Arg>,
        id: Option<&str>,
    ) {
        let what = what.into();
        if !value.is_finite() || !range.contains(&value) {
            let english = what.english();
            let d = self
                .report(
                    path,
                    Severity::Error,
                    "out-of-range",
                    Words::new(
                        "diag-out-of-range",
                        format!(
                            "{english} is {value}, outside {}..={}",
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
                        "diag-out-of-range-hint",
                        format!("use a value from {} to {}", range.start(), range.end()),
                    )
                    .arg("low", *range.start())
                    .arg("high", *range.end()),
                );
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
        self.range_f64(
            path,
            low,
            range,
            Words::new("diag-low-end", format!("the low end of {what}")).arg("what", what),
            None,
        );
        self.range_f64(
            path,
            high,
            range,
            Words::new("diag-high-end", format!("the high end of {what}")).arg("what", what),
            None,
        );
        if low > high {
            let d = self
                .report(
                    path,
                    Severity::Error,
                    "out-of-range",
                    Words::new(
                        "diag-range-reversed",
                        format!("{what} runs from {low} down to {high}"),
                    )
                    .arg("what", what)
                    .arg("low", low)
                    .arg("high", high),
                )
                .with_label("low end above high end")
                .with_hint(
                    Words::new(
                        "diag-range-reversed-hint",
                        format!("write the range low first: ({high}, {low})"),
                    )
                    .arg("low", low)
                    .arg("high", high),
                );
            self.out.push(d);
        }
    }

    /// The keys of the map at `path` that repeat an earlier key, each with
    /// its span and as written (text keys unquoted, numbers as typed).
    fn repeated_keys(&self, path: &[Seg]) -> Vec<(Range<usize>, String)> {
        use crate::core::ron_spans::Kind;
        let Some(Kind::Map(entries)) = self.tree.find(path).map(|m| &m.kind) else {
            return Vec::new();
        };
        let mut seen: Vec<String> = Vec::new();
        let mut repeated = Vec::new();
        for (key, _) in entries {
            let name = match &key.kind {
                Kind::Str(name) => name.clone(),
                _ => self.src.text[key.span.clone()].trim().to_string(),
            };
            if seen.contains(&name) {
                repeated.push((key.span.clone(), name));
            } else {
                seen.push(name);
            }
        }
        repeated
    }

    fn id_shape(&mut self, path: &[Seg], id: &str, what: impl Into<Arg>) {
        let what = what.into();
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
                    Words::new(
                        "diag-bad-id",
                        format!("{} `{id}` is not a usable id", what.english()),
                    )
                    .arg("what", what)
                    .arg("id", id),
                )
                .with_id(id)
                .with_label("bad id")
                .with_hint(Words::new(
                    "diag-bad-id-hint",
                    "ids use letters, digits, `-` and `_`, e.g. `remake-the-drink`",
                ));
            self.out.push(d);
        }
    }
}

/// A scenario the validator found no error in, with its analysis (best and
/// worst paths, endings). Only [`validate`] makes one; it reads as the
/// [`Scenario`] it holds.
#[derive(Debug, Clone)]
pub struct ValidScenario {
    scenario: Scenario,
    analysis: Analysis,
    /// The node the conversation starts at.
    start: usize,
    /// The ending a customer who walks out reaches.
    walk_out: usize,
}

impl ValidScenario {
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// The index of the node the conversation starts at.
    pub fn start_node(&self) -> usize {
        self.start
    }

    /// The index of the ending a customer who walks out reaches.
    pub fn walk_out_ending(&self) -> usize {
        self.walk_out
    }

    /// The scenario with a translation's texts laid over it
    /// ([`crate::core::translation::overlay`]): only texts change, so it
    /// stays valid and keeps its analysis.
    pub fn translated(self, translation: &crate::core::translation::Translation) -> ValidScenario {
        ValidScenario {
            scenario: crate::core::translation::overlay(&self.scenario, translation),
            ..self
        }
    }

    /// The scenario and its analysis, taken apart to prepare a session.
    pub(crate) fn into_parts(self) -> (Scenario, Analysis) {
        (self.scenario, self.analysis)
    }
}

impl Deref for ValidScenario {
    type Target = Scenario;

    fn deref(&self) -> &Scenario {
        &self.scenario
    }
}

/// Checks a scenario already read from `src` (`tree` locates values) and
/// adds every problem to `diagnostics`, which holds those found while
/// reading it. When none of them is an error, the scenario comes back valid.
pub fn validate(
    s: Scenario,
    src: &SourceText,
    tree: &Spanned,
    vocabulary: &Vocabulary,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<ValidScenario> {
    let mut c = Checker {
        src,
        tree,
        out: Vec::new(),
    };
    check_about(&mut c, &s);
    check_customer(&mut c, &s);
    let ids = check_ids(&mut c, &s);
    check_nodes(&mut c, &s, &ids, vocabulary);
    check_endings(&mut c, &s);
    let analysis = check_graph(&mut c, &s, &ids);
    let clean = !diagnostics.iter().chain(&c.out).any(Diagnostic::is_error);
    notes::check(&mut c, &s, analysis.as_ref(), clean);
    diagnostics.append(&mut c.out);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
    // With no error, the checks above have found the start node
    // (`unknown-start`) and the walk-out ending (`no-walk-out`).
    let start = s.node_index(&s.start)?;
    let walk_out = s.walk_out_ending()?;
    Some(ValidScenario {
        analysis: analysis?,
        scenario: s,
        start,
        walk_out,
    })
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
                Words::new(
                    "diag-play-minutes",
                    format!("a scenario taking {} minutes is outside 1..=240", s.minutes),
                )
                .arg("minutes", s.minutes),
            )
            .with_label("out of range")
            .with_hint(Words::new(
                "diag-play-minutes-hint",
                "estimate the minutes a trainee needs to play it, from 1 to 240",
            ));
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
                Words::new(
                    "diag-no-questions",
                    "the debrief has no discussion questions",
                ),
            )
            .with_label("no questions")
            .with_hint(Words::new(
                "diag-no-questions-hint",
                "add at least one question for a workshop to discuss",
            ));
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
                Words::new(
                    "diag-horizon",
                    format!("a horizon of {} years is outside 1..=50", e.horizon_years),
                )
                .arg("years", e.horizon_years),
            )
            .with_label("out of range")
            .with_hint(Words::new(
                "diag-horizon-hint",
                "count from 1 to 50 years of the customer's future",
            ));
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
        c.id_shape(
            &path,
            id,
            Words::new("diag-id-of", format!("the id of {what}")).arg("what", what),
        );
        if let Some(earlier) = first.get(id) {
            let (line, _) = c.src.line_col(c.tree.locate(earlier).start);
            let d = c
                .report(
                    &path,
                    Severity::Error,
                    "duplicate-id",
                    Words::new("diag-duplicate-id", format!("the id `{id}` is used twice"))
                        .arg("id", id),
                )
                .with_id(id)
                .with_label("second use")
                .with_hint(
                    Words::new(
                        "diag-duplicate-id-hint",
                        format!(
                            "it is first used on line {line}; nodes and endings share one set of ids, so rename one of them"
                        ),
                    )
                    .arg("line", line),
                );
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
                Words::new("diag-no-nodes", "the scenario has no nodes"),
            )
            .with_hint(Words::new(
                "diag-no-nodes-hint",
                "add at least one node: the customer's first line and the player's replies",
            ));
        c.out.push(d);
    }
    if s.endings.is_empty() {
        let d = c
            .report(
                &[F("endings")],
                Severity::Error,
                "no-endings",
                Words::new("diag-no-endings", "the scenario has no endings"),
            )
            .with_hint(Words::new(
                "diag-no-endings-hint",
                "add endings, e.g. one where the customer stays and one where they leave",
            ));
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
                    Words::new(
                        "diag-start-is-ending",
                        format!(
                            "the conversation starts at `{}`, which is an ending",
                            s.start
                        ),
                    )
                    .arg("id", &s.start),
                )
                .with_id(&s.start)
                .with_label("an ending")
                .with_hint(Words::new(
                    "diag-start-is-ending-hint",
                    "start at a node, where the customer speaks first",
                ));
            c.out.push(d);
        }
        None => {
            let hint = match nearest(&s.start, s.nodes.iter().map(|n| n.id.as_str())) {
                Some(near) => did_you_mean(near),
                None => Words::new(
                    "diag-name-start",
                    "name the id of the node where the conversation begins",
                ),
            };
            let d = c
                .report(
                    &[F("start")],
                    Severity::Error,
                    "unknown-start",
                    Words::new(
                        "diag-unknown-start",
                        format!("the start node `{}` does not exist", s.start),
                    )
                    .arg("id", &s.start),
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
                    Some(near) => did_you_mean(near),
                    None => Words::new("diag-name-node", "name a node of this scenario"),
                };
                let d = c
                    .report(
                        path,
                        Severity::Error,
                        "unknown-target",
                        Words::new(
                            "diag-condition-not-node",
                            format!("the condition names `{id}`, which is not a node"),
                        )
                        .arg("id", id),
                    )
                    .with_id(id)
                    .with_label("no such node")
                    .with_hint(hint);
                c.out.push(d);
            }
        }
    }
}

/// Checks every node and every reply: texts, ranges, feedback, principles
/// and where each reply leads.
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
        check_node_lines(c, s, ni, ids);
        check_has_replies(c, ni, node);
        for (ri, reply) in node.replies.iter().enumerate() {
            let at = ReplyAt {
                base: [F("nodes"), I(ni), F("replies"), I(ri)],
                node: &node.id,
                index: ri,
                id: format!("{}#{}", node.id, ri + 1),
            };
            check_duplicate_principles(c, &at.base, &node.id, ri);
            check_reply_values(c, &at, reply);
            check_feedback(c, &at, reply);
            check_principles(c, &at, reply, vocabulary);
            check_next(c, &at, reply, ids, &all_ids);
            if let Some(cond) = &reply.when {
                check_condition(c, &at.field("when"), cond, ids, s);
            }
        }
    }
}

/// Where one reply is written, for the messages about it.
struct ReplyAt<'s> {
    /// The path to the reply in the file.
    base: [Seg<'s>; 4],
    /// The id of its node.
    node: &'s str,
    /// Its index among the node's replies (0-based).
    index: usize,
    /// How messages name it: `node#number`.
    id: String,
}

impl<'s> ReplyAt<'s> {
    /// The path to one of the reply's fields.
    fn field(&self, name: &'s str) -> Vec<Seg<'s>> {
        [&self.base[..], &[Seg::Field(name)]].concat()
    }
}

/// A node's own texts and numbers: its line, its minutes, its mood lines.
fn check_node_lines(c: &mut Checker, s: &Scenario, ni: usize, ids: &HashMap<&str, Target>) {
    use Seg::{Field as F, Index as I};
    let node = &s.nodes[ni];
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
}

/// A node leaves the player something to say: it has replies, and at
/// least one without a condition.
fn check_has_replies(c: &mut Checker, ni: usize, node: &Node) {
    use Seg::{Field as F, Index as I};
    if node.replies.is_empty() {
        let d = c
            .report(
                &[F("nodes"), I(ni), F("replies")],
                Severity::Error,
                "no-replies",
                Words::new(
                    "diag-no-replies",
                    format!(
                        "the node `{}` has no replies, and it is not an ending",
                        node.id
                    ),
                )
                .arg("id", &node.id),
            )
            .with_id(&node.id)
            .with_label("no replies")
            .with_hint(Words::new(
                "diag-no-replies-hint",
                "give the player something to say here, or, if the conversation ends here, \
                 move it to `endings` with an outcome",
            ));
        c.out.push(d);
    }
    if !node.replies.is_empty() && node.replies.iter().all(|r| r.when.is_some()) {
        let d = c
            .report(
                &[F("nodes"), I(ni), F("replies")],
                Severity::Error,
                "no-open-reply",
                Words::new(
                    "diag-no-open-reply",
                    format!("every reply of the node `{}` has a condition", node.id),
                )
                .arg("id", &node.id),
            )
            .with_id(&node.id)
            .with_label("all replies conditional")
            .with_hint(Words::new(
                "diag-no-open-reply-hint",
                "give at least one reply no `when:`, so the player is never left with nothing to say",
            ));
        c.out.push(d);
    }
}

/// A reply's text and numbers: mood change, spread, minutes.
fn check_reply_values(c: &mut Checker, at: &ReplyAt, reply: &Reply) {
    let rid = Some(at.id.as_str());
    c.text(&at.field("text"), &reply.text, "the reply's text", rid);
    c.range_f64(
        &at.field("mood"),
        reply.mood,
        &MOOD_CHANGE_RANGE,
        "the mood change",
        rid,
    );
    c.range_f64(
        &at.field("spread"),
        reply.spread,
        &SPREAD_RANGE,
        "the spread",
        rid,
    );
    c.range_f64(
        &at.field("minutes"),
        reply.minutes,
        &MINUTES_RANGE,
        "the minutes",
        rid,
    );
}

/// A reply tells the trainee what happened and what to learn from it.
fn check_feedback(c: &mut Checker, at: &ReplyAt, reply: &Reply) {
    use Seg::Field as F;
    for part in [
        ("happened", &reply.feedback.happened, "what happened"),
        ("coaching", &reply.feedback.coaching, "the coaching"),
    ] {
        if part.1.trim().is_empty() {
            let d = c
                .report(
                    &[&at.base[..], &[F("feedback"), F(part.0)]].concat(),
                    Severity::Error,
                    "missing-feedback",
                    Words::new(
                        "diag-missing-feedback",
                        format!(
                            "reply {} of node `{}` has no feedback on {}",
                            at.index + 1,
                            at.node,
                            part.2
                        ),
                    )
                    .arg("reply", at.index + 1)
                    .arg("node", at.node)
                    .arg("what", part.2),
                )
                .with_id(&at.id)
                .with_label("feedback missing")
                .with_hint(
                    Words::new(
                        "diag-missing-feedback-hint",
                        format!(
                            "add `feedback: (happened: \"...\", coaching: \"...\")`; {} is what the trainee learns from",
                            part.2
                        ),
                    )
                    .arg("what", part.2),
                );
            c.out.push(d);
        }
    }
}

/// Each principle a reply weighs is in the vocabulary, with a usable weight.
fn check_principles(c: &mut Checker, at: &ReplyAt, reply: &Reply, vocabulary: &Vocabulary) {
    for (principle, &weight) in &reply.principles {
        let path = [
            &at.base[..],
            &[Seg::Field("principles"), Seg::Key(principle)],
        ]
        .concat();
        if !vocabulary.contains(principle) {
            let hint = match nearest(
                principle,
                vocabulary.principles.iter().map(|p| p.id.as_str()),
            ) {
                Some(near) => did_you_mean(near),
                None => Words::new(
                    "diag-unknown-principle-hint",
                    format!(
                        "use a principle from {}, or add this one there",
                        vocabulary.origin
                    ),
                )
                .arg("origin", vocabulary.origin.to_string()),
            };
            let d = c
                .report(
                    &path,
                    Severity::Error,
                    "unknown-principle",
                    Words::new(
                        "diag-unknown-principle",
                        format!("`{principle}` is not a known principle"),
                    )
                    .arg("id", principle),
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
                    Words::new(
                        "diag-bad-weight",
                        format!("the weight of `{principle}` is {weight}"),
                    )
                    .arg("id", principle)
                    .arg("weight", weight.to_string()),
                )
                .with_id(&at.id)
                .with_label("bad weight")
                .with_hint(Words::new(
                    "diag-bad-weight-hint",
                    "weights run from -5 (breaks it badly) to 5 (honors it fully), and are never 0",
                ));
            c.out.push(d);
        }
    }
}

/// A reply leads to a node or an ending of this scenario.
fn check_next(
    c: &mut Checker,
    at: &ReplyAt,
    reply: &Reply,
    ids: &HashMap<&str, Target>,
    all_ids: &[&str],
) {
    if ids.contains_key(reply.next.as_str()) {
        return;
    }
    let hint = match nearest(&reply.next, all_ids.iter().copied()) {
        Some(near) => did_you_mean(near),
        None => Words::new(
            "diag-name-node-or-ending",
            "name a node or an ending of this scenario",
        ),
    };
    let d = c
        .report(
            &at.field("next"),
            Severity::Error,
            "unknown-target",
            Words::new(
                "diag-unknown-next",
                format!(
                    "reply {} of node `{}` leads to `{}`, which is neither a node nor an ending",
                    at.index + 1,
                    at.node,
                    reply.next
                ),
            )
            .arg("reply", at.index + 1)
            .arg("node", at.node)
            .arg("id", &reply.next),
        )
        .with_id(&reply.next)
        .with_label("no such node or ending")
        .with_hint(hint);
    c.out.push(d);
}

/// A principle written twice in one reply's map: the file says two things
/// and only the last would count.
fn check_duplicate_principles(c: &mut Checker, base: &[Seg], node: &str, ri: usize) {
    let path = [base, &[Seg::Field("principles")]].concat();
    for (span, name) in c.repeated_keys(&path) {
        let d = Diagnostic::at(
            c.src,
            span,
            Severity::Error,
            "duplicate-principle",
            Words::new(
                "diag-duplicate-principle",
                format!(
                    "reply {} of node `{node}` weighs the principle `{name}` twice",
                    ri + 1
                ),
            )
            .arg("reply", ri + 1)
            .arg("node", node)
            .arg("id", &name),
        )
        .with_id(name)
        .with_label("second weight")
        .with_hint(Words::new(
            "diag-duplicate-principle-hint",
            "keep one weight per principle; only the last one would count",
        ));
        c.out.push(d);
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
                Some(near) => did_you_mean(near),
                None => Words::new("diag-name-ending", "name one of this scenario's endings"),
            };
            let d = c
                .report(
                    &[F("walk_out")],
                    Severity::Error,
                    "unknown-target",
                    Words::new(
                        "diag-unknown-walk-out",
                        format!("the walk-out ending `{id}` is not an ending"),
                    )
                    .arg("id", id),
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
                    Words::new(
                        "diag-bad-walk-out",
                        format!("the walk-out ending `{id}` keeps the customer"),
                    )
                    .arg("id", id),
                )
                .with_id(id)
                .with_label("a kept ending")
                .with_hint(Words::new(
                    "diag-bad-walk-out-hint",
                    "a customer who walks out is lost: name an ending with outcome `Lost` or `LostAndTelling`",
                ));
            c.out.push(d);
        }
        (None, None) => {
            let d = c
                .report(
                    &[F("endings")],
                    Severity::Error,
                    "no-walk-out",
                    Words::new(
                        "diag-no-walk-out",
                        "no ending says what happens when the customer walks out",
                    ),
                )
                .with_label("no `Lost` or `LostAndTelling` ending")
                .with_hint(Words::new(
                    "diag-no-walk-out-hint",
                    "add an ending with outcome `Lost` or `LostAndTelling`, or name one with `walk_out: \"...\"`",
                ));
            c.out.push(d);
        }
        _ => {}
    }
}

/// Reachability, dead ends and loops; returns the analysis when the
/// scenario has no other error and can be analyzed.
fn check_graph(c: &mut Checker, s: &Scenario, ids: &HashMap<&str, Target>) -> Option<Analysis> {
    if !matches!(ids.get(s.start.as_str()), Some(Target::Node(_))) {
        return None;
    }
    check_reachable(c, s);
    if c.out.iter().any(Diagnostic::is_error) {
        return None;
    }
    match analysis::analyze(s) {
        Ok(analysis) => Some(analysis),
        Err(e) => {
            report_analysis_error(c, s, e);
            None
        }
    }
}

/// Nodes and endings no path reaches, and nodes no ending can be reached from.
fn check_reachable(c: &mut Checker, s: &Scenario) {
    use Seg::{Field as F, Index as I};
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
                    Words::new(
                        "diag-unreachable-node",
                        format!("no path from the start reaches the node `{}`", node.id),
                    )
                    .arg("id", &node.id),
                )
                .with_id(&node.id)
                .with_label("unreachable")
                .with_hint(Words::new(
                    "diag-unreachable-node-hint",
                    "point a reply's `next` here, or remove the node",
                ));
            c.out.push(d);
        } else if !can_finish[i] && !node.replies.is_empty() {
            let d = c
                .report(
                    &[F("nodes"), I(i), F("id")],
                    Severity::Error,
                    "dead-end",
                    Words::new(
                        "diag-dead-end",
                        format!("from the node `{}` no ending can be reached", node.id),
                    )
                    .arg("id", &node.id),
                )
                .with_id(&node.id)
                .with_label("the conversation can never end from here")
                .with_hint(Words::new(
                    "diag-dead-end-hint",
                    "give one of the replies here, or of the nodes it leads to, a `next` that is an ending",
                ));
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
                    Words::new(
                        "diag-unreachable-ending",
                        format!("no path from the start reaches the ending `{}`", e.id),
                    )
                    .arg("id", &e.id),
                )
                .with_id(&e.id)
                .with_label("unreachable")
                .with_hint(Words::new(
                    "diag-unreachable-ending-hint",
                    "point a reply's `next` here, or remove the ending",
                ));
            c.out.push(d);
        }
    }
}

/// Why the analysis failed, at the node it failed on.
fn report_analysis_error(c: &mut Checker, s: &Scenario, e: AnalysisError) {
    use Seg::{Field as F, Index as I};
    let d = match e {
        AnalysisError::LoopTooLarge { nodes, scored } => {
            let first = nodes.iter().copied().min().unwrap_or(0);
            c.report(
                &[F("nodes"), I(first), F("id")],
                Severity::Error,
                "loop-too-large",
                if scored > MAX_LOOP_REPLIES {
                    Words::new(
                        "diag-loop-too-many-replies",
                        format!(
                            "the loop through `{}` ({} nodes) holds {scored} scored replies; at most {MAX_LOOP_REPLIES} can be analyzed exactly",
                            s.nodes[first].id,
                            nodes.len()
                        ),
                    )
                    .arg("max", MAX_LOOP_REPLIES)
                } else {
                    Words::new(
                        "diag-loop-too-large",
                        format!(
                            "the loop through `{}` ({} nodes, {scored} scored replies, entered from many places) is too large to analyze exactly",
                            s.nodes[first].id,
                            nodes.len()
                        ),
                    )
                }
                .arg("id", &s.nodes[first].id)
                .arg("nodes", nodes.len())
                .arg("scored", scored),
            )
            .with_id(&s.nodes[first].id)
            .with_label("loop starts here")
            .with_hint(Words::new(
                "diag-loop-hint",
                "split the loop: let some replies move the conversation forward instead of back",
            ))
        }
        // The checks above report these first; kept so that a scenario the
        // analysis rejects is never given out as valid.
        AnalysisError::NoStart => c
            .report(
                &[F("start")],
                Severity::Error,
                "analysis",
                Words::new(
                    "diag-no-start",
                    "the conversation has no start node to analyze from",
                ),
            )
            .with_hint(Words::new(
                "diag-name-start",
                "name the id of the node where the conversation begins",
            )),
        AnalysisError::CannotFinish { node } => c
            .report(
                &[F("nodes"), I(node), F("id")],
                Severity::Error,
                "analysis",
                Words::new(
                    "diag-dead-end",
                    format!(
                        "from the node `{}` no ending can be reached",
                        s.nodes[node].id
                    ),
                )
                .arg("id", &s.nodes[node].id),
            )
            .with_hint(Words::new(
                "diag-cannot-finish-hint",
                "give one of the replies here a `next` that is an ending",
            )),
    };
    c.out.push(d);
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
                    Words::new(
                        "diag-duplicate-principle-definition",
                        format!("the principle `{}` is defined twice", p.id),
                    )
                    .arg("id", &p.id),
                )
                .with_id(&p.id)
                .with_label("second definition")
                .with_hint(
                    Words::new(
                        "diag-duplicate-principle-definition-hint",
                        format!("it is first defined as item {}; keep one", earlier + 1),
                    )
                    .arg("item", earlier + 1),
                );
            c.out.push(d);
        } else {
            seen.insert(&p.id, i);
        }
    }
    c.out
}
