//! Loading and validating scenario files through the library API.
//!
//! Each file in `tests/fixtures/invalid/` breaks one rule. For each, the test
//! asserts every diagnostic the file produces: its file, line and column (the
//! place the bad value is written, found by searching the fixture's text, so a
//! wrong position fails), code, severity, id and the suggestion in its hint.
//! Files that must not be committed (too large, too deeply nested, not UTF-8)
//! are generated in a temporary folder.

use std::path::{Path, PathBuf};

use last_word::core::diagnostic::{Diagnostic, Severity};
use last_word::core::load::{self, Loaded, Vocabulary};
use last_word::core::ron_spans::SourceText;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn fixture(rel: &str) -> PathBuf {
    fixtures().join(rel)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The 1-based line and column (in characters) of the place marked in
/// `needle`: its start, or the `^` in it. The needle (without the `^`) must
/// occur exactly once in `text`, so a test cannot silently point elsewhere.
fn position(text: &str, needle: &str) -> (usize, usize) {
    let mark = needle.find('^').unwrap_or(0);
    let plain = needle.replacen('^', "", 1);
    let found: Vec<usize> = text.match_indices(&plain).map(|(i, _)| i).collect();
    assert_eq!(
        found.len(),
        1,
        "the needle {plain:?} must occur exactly once in the fixture"
    );
    let offset = found[0] + mark;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

/// One diagnostic a fixture must produce.
struct Expect {
    code: &'static str,
    severity: Severity,
    /// Where it points: see [`position`].
    at: &'static str,
    id: Option<&'static str>,
    /// A fragment the hint must contain.
    hint: &'static str,
}

fn error(
    code: &'static str,
    at: &'static str,
    id: Option<&'static str>,
    hint: &'static str,
) -> Expect {
    Expect {
        code,
        severity: Severity::Error,
        at,
        id,
        hint,
    }
}

fn warning(
    code: &'static str,
    at: &'static str,
    id: Option<&'static str>,
    hint: &'static str,
) -> Expect {
    Expect {
        code,
        severity: Severity::Warning,
        at,
        id,
        hint,
    }
}

fn describe(ds: &[Diagnostic]) -> String {
    ds.iter()
        .map(|d| {
            format!(
                "  {}:{}:{} {:?} {} id={:?}: {} (hint: {})",
                d.file, d.line, d.column, d.severity, d.code, d.id, d.message, d.hint
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts that `diagnostics` are exactly `expected`, in order (the loader
/// sorts them by position), located in `text`, the file at `path`.
fn assert_diagnostics(path: &Path, text: &str, diagnostics: &[Diagnostic], expected: &[Expect]) {
    let all = describe(diagnostics);
    assert_eq!(
        diagnostics.len(),
        expected.len(),
        "{}: expected {} diagnostics, got:\n{all}",
        path.display(),
        expected.len()
    );
    for (d, e) in diagnostics.iter().zip(expected) {
        let (line, column) = position(text, e.at);
        assert_eq!(d.file, path.display().to_string(), "file, in:\n{all}");
        assert_eq!(d.code, e.code, "code, in:\n{all}");
        assert_eq!(d.severity, e.severity, "severity of {}, in:\n{all}", e.code);
        assert_eq!(
            (d.line, d.column),
            (line, column),
            "position of {} (expected at {:?}), in:\n{all}",
            e.code,
            e.at
        );
        assert_eq!(d.id.as_deref(), e.id, "id of {}, in:\n{all}", e.code);
        assert!(
            d.hint.contains(e.hint),
            "the hint of {} should contain {:?}, in:\n{all}",
            e.code,
            e.hint
        );
        assert!(!d.message.is_empty(), "{} has no message", e.code);
        assert!(d.span.is_some(), "{} has no span to underline", e.code);
    }
}

/// Loads one fixture with `load_file` and the vocabulary of its folder.
fn load_fixture(rel: &str) -> (PathBuf, String, Loaded) {
    let path = fixture(rel);
    let (vocabulary, problems) = load::vocabulary_for(path.parent().unwrap());
    assert!(problems.is_empty(), "{problems:?}");
    let loaded = load::load_file(&path, &vocabulary);
    (path.clone(), read(&path), loaded)
}

fn check_fixture(name: &str, expected: &[Expect]) -> Loaded {
    let (path, text, loaded) = load_fixture(&format!("invalid/{name}.ron"));
    assert_diagnostics(&path, &text, &loaded.diagnostics, expected);
    assert_eq!(
        loaded.has_errors(),
        expected.iter().any(|e| e.severity == Severity::Error)
    );
    loaded
}

// ---------------------------------------------------------------------------
// The baseline

#[test]
fn the_baseline_fixture_is_valid() {
    let (_, _, loaded) = load_fixture("valid/minimal.ron");
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        describe(&loaded.diagnostics)
    );
    let s = loaded.valid().expect("a valid scenario");
    assert_eq!(s.id, "fixture-minimal");
    assert_eq!(s.nodes.len(), 2);
    assert_eq!(s.endings.len(), 2);
    assert_eq!(s.nodes[0].replies[0].next, "checking");
    assert_eq!(s.customer.talks_to, (2, 6));
}

// ---------------------------------------------------------------------------
// Reading: syntax and shape

#[test]
fn syntax_error_points_at_the_token_after_the_missing_comma() {
    let loaded = check_fixture(
        "syntax",
        &[error(
            "syntax",
            "minutes: 0.5\n                    ^mood: 10,",
            None,
            "missing comma at the end of the line above",
        )],
    );
    assert!(loaded.diagnostics[0].message.contains("expected `,`"));
    // Nothing could be read, so there is no scenario and no syntax tree.
    assert!(loaded.scenario.is_none());
    assert!(loaded.tree.is_none());
    assert!(loaded.source.is_some(), "the text is kept for rendering");
}

#[test]
fn shape_wrong_type_points_at_the_value() {
    let loaded = check_fixture(
        "shape-wrong-type",
        &[error(
            "shape",
            "\"fifty\"",
            None,
            "write a number without quotes",
        )],
    );
    assert!(loaded.scenario.is_none());
    assert!(loaded.diagnostics[0].message.contains("customer"));
}

#[test]
fn shape_wrong_type_on_the_line_after_its_field_name_is_reported_on_the_value_line() {
    let text = read(&fixture("invalid/shape-wrong-type.ron"))
        .replace("mood: \"fifty\",", "mood:\n            \"fifty\",");
    let path = PathBuf::from("next-line.ron");
    let loaded = load::load_source(
        path.clone(),
        SourceText::new("next-line.ron", text.clone()),
        &Vocabulary::builtin(),
    );
    assert_diagnostics(
        &path,
        &text,
        &loaded.diagnostics,
        &[error("shape", "\"fifty\"", None, "")],
    );
}

#[test]
fn shape_unknown_field_in_a_node_suggests_the_field() {
    let loaded = check_fixture(
        "shape-unknown-node-field",
        &[error(
            "shape",
            "lines: ",
            Some("checking"),
            "did you mean `line`?",
        )],
    );
    assert!(loaded.diagnostics[0].message.contains("no field `lines`"));
}

#[test]
fn shape_unknown_enum_variant_suggests_the_variant() {
    let loaded = check_fixture(
        "shape-unknown-variant",
        &[error(
            "shape",
            "Eazy",
            None,
            "did you mean `Easy`? The choices are: Easy, Medium, Hard",
        )],
    );
    assert!(loaded.diagnostics[0].message.contains("`Eazy`"));
}

#[test]
fn shape_missing_field_in_a_reply_is_reported_where_the_reply_closes() {
    // `ron` notices the missing field at the reply's closing parenthesis.
    let loaded = check_fixture(
        "shape-reply-missing-field",
        &[error(
            "shape",
            "coaching: \"The ticket is not the customer.\"),\n                ^),",
            Some("counter"),
            "add `next: ...`",
        )],
    );
    assert!(
        loaded.diagnostics[0]
            .message
            .contains("missing the field `next`")
    );
}

#[test]
fn several_shape_errors_in_different_items_are_all_reported() {
    let loaded = check_fixture(
        "several-shape-errors",
        &[
            error("shape", "\"ten\"", Some("counter"), ""),
            error("shape", "lines: ", Some("checking"), "did you mean `line`?"),
            error(
                "shape",
                "Gone",
                Some("walks-off"),
                "KeptLoyal, KeptAtRisk, Lost, LostAndTelling",
            ),
        ],
    );
    assert!(loaded.scenario.is_none());
}

#[test]
fn unknown_top_level_field_suggests_the_field_and_the_real_one_is_missing() {
    check_fixture(
        "unknown-field",
        &[
            error("missing-field", "Scenario(", None, "add `title: ...`"),
            error("unknown-field", "^titel:", None, "did you mean `title`?"),
        ],
    );
}

#[test]
fn missing_top_level_field_points_at_the_scenario() {
    let loaded = check_fixture(
        "missing-field",
        &[error(
            "missing-field",
            "Scenario(",
            None,
            "add `lesson: ...`",
        )],
    );
    assert!(loaded.diagnostics[0].message.contains("`lesson`"));
    assert!(loaded.scenario.is_none());
}

// ---------------------------------------------------------------------------
// Generated files: too large, too deep, not UTF-8

#[test]
fn a_file_over_one_mebibyte_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let base = read(&fixture("valid/minimal.ron"));
    let pad = |to: u64| {
        let mut text = base.clone();
        text.push_str("// ");
        while (text.len() as u64) < to - 1 {
            text.push('x');
        }
        text.push('\n');
        assert_eq!(text.len() as u64, to);
        text
    };

    // Exactly at the limit: read and valid (the padding is a comment).
    let at_limit = dir.path().join("at-limit.ron");
    std::fs::write(&at_limit, pad(load::MAX_FILE_BYTES)).unwrap();
    let loaded = load::load_file(&at_limit, &Vocabulary::builtin());
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        describe(&loaded.diagnostics)
    );

    // One byte more: refused as a whole.
    let big = dir.path().join("too-large.ron");
    std::fs::write(&big, pad(load::MAX_FILE_BYTES + 1)).unwrap();
    let loaded = load::load_file(&big, &Vocabulary::builtin());
    assert_eq!(
        loaded.diagnostics.len(),
        1,
        "{}",
        describe(&loaded.diagnostics)
    );
    let d = &loaded.diagnostics[0];
    assert_eq!(d.code, "too-large");
    assert_eq!(d.file, big.display().to_string());
    assert_eq!((d.line, d.column), (0, 0));
    assert!(d.is_error());
    assert!(
        d.message.contains(&(load::MAX_FILE_BYTES + 1).to_string()),
        "{}",
        d.message
    );
    assert!(d.hint.contains("split"), "{}", d.hint);
    assert!(loaded.source.is_none() && loaded.scenario.is_none());
    // With no source, the message names the file in a note.
    let text = d.render_plain(None);
    assert!(text.contains("error[too-large]"), "{text}");
    assert!(text.contains(&format!("in {}", big.display())), "{text}");
}

#[test]
fn nesting_too_deep_is_a_syntax_error_on_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let depth = last_word::core::ron_spans::MAX_DEPTH + 20;
    let nested = format!("{}\"x\"{}", "[".repeat(depth), "]".repeat(depth));
    let text = read(&fixture("valid/minimal.ron")).replace(
        "    minutes: 3,\n",
        &format!("    minutes: 3,\n    tags: {nested},\n"),
    );
    let path = dir.path().join("deep.ron");
    std::fs::write(&path, &text).unwrap();
    let loaded = load::load_file(&path, &Vocabulary::builtin());
    assert_eq!(
        loaded.diagnostics.len(),
        1,
        "{}",
        describe(&loaded.diagnostics)
    );
    let d = &loaded.diagnostics[0];
    assert_eq!(d.code, "syntax");
    assert!(d.message.contains("nested"), "{}", d.message);
    assert_eq!(d.line, position(&text, "tags: [").0);
    assert!(
        d.column > "    tags: ".len(),
        "inside the brackets: {}",
        d.column
    );
}

#[test]
fn nesting_a_million_levels_deep_does_not_overflow_the_stack() {
    for open in ["[", "(", "{", "Some(", "(a: "] {
        let text = format!("Scenario(id: {}", open.repeat(1_000_000));
        let loaded = load::load_source(
            "deep.ron".into(),
            SourceText::new("deep.ron", text),
            &Vocabulary::builtin(),
        );
        assert_eq!(loaded.diagnostics.len(), 1, "{open}");
        assert_eq!(loaded.diagnostics[0].code, "syntax", "{open}");
        assert_eq!(loaded.diagnostics[0].line, 1, "{open}");
    }
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_the_offset() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = read(&fixture("valid/minimal.ron")).into_bytes();
    let offset = bytes.len() / 2;
    bytes.insert(offset, 0xFF);
    let path = dir.path().join("latin1.ron");
    std::fs::write(&path, &bytes).unwrap();
    let loaded = load::load_file(&path, &Vocabulary::builtin());
    assert_eq!(
        loaded.diagnostics.len(),
        1,
        "{}",
        describe(&loaded.diagnostics)
    );
    let d = &loaded.diagnostics[0];
    assert_eq!(d.code, "not-utf8");
    assert_eq!(d.file, path.display().to_string());
    assert_eq!((d.line, d.column), (0, 0));
    assert!(
        d.message.contains(&format!("offset {offset}")),
        "{}",
        d.message
    );
    assert!(d.hint.contains("UTF-8"), "{}", d.hint);
}

#[test]
fn a_path_that_does_not_exist_is_reported() {
    let missing = fixture("no-such-folder");
    let library = load::load_paths(std::slice::from_ref(&missing));
    assert!(library.scenarios.is_empty());
    assert_eq!(library.other.len(), 1);
    let d = &library.other[0].1;
    assert_eq!(d.code, "not-found");
    assert_eq!(d.file, missing.display().to_string());
    assert!(library.has_errors());
}

// ---------------------------------------------------------------------------
// Validation: ids and references

#[test]
fn duplicate_id_points_at_the_second_use_and_names_the_first_line() {
    let text = read(&fixture("invalid/duplicate-id.ron"));
    let first = position(&text, "id: \"counter\",\n            line: \"This").0;
    let loaded = check_fixture(
        "duplicate-id",
        &[
            error(
                "duplicate-id",
                "\"counter\",\n            line: \"Thanks",
                Some("counter"),
                "rename one of them",
            ),
            // The second `counter` is shadowed by the first, so it is never
            // reached; nor is the ending only it led to.
            warning(
                "unreachable",
                "\"counter\",\n            line: \"Thanks",
                Some("counter"),
                "",
            ),
            warning("unreachable", "(id: ^\"stays\"", Some("stays"), ""),
        ],
    );
    assert!(
        loaded.diagnostics[0]
            .hint
            .contains(&format!("first used on line {first}")),
        "{}",
        loaded.diagnostics[0].hint
    );
}

#[test]
fn unknown_target_suggests_the_nearest_id() {
    let loaded = check_fixture(
        "unknown-target",
        &[
            error(
                "unknown-target",
                "\"chekcing\"",
                Some("chekcing"),
                "did you mean `checking`?",
            ),
            warning(
                "unreachable",
                "id: ^\"checking\"",
                Some("checking"),
                "point a reply's `next` here",
            ),
            warning(
                "unreachable",
                "(id: ^\"stays\"",
                Some("stays"),
                "point a reply's `next` here",
            ),
        ],
    );
    let d = &loaded.diagnostics[0];
    assert!(
        d.message.contains("reply 1 of node `counter`"),
        "{}",
        d.message
    );
}

#[test]
fn unknown_node_in_a_condition_suggests_the_nearest_node() {
    check_fixture(
        "unknown-target-condition",
        &[error(
            "unknown-target",
            "Visited(\"chekcing\")",
            Some("chekcing"),
            "did you mean `checking`?",
        )],
    );
}

#[test]
fn unknown_start_suggests_the_nearest_node() {
    check_fixture(
        "unknown-start",
        &[error(
            "unknown-start",
            "\"countr\"",
            Some("countr"),
            "did you mean `counter`?",
        )],
    );
}

#[test]
fn starting_at_an_ending_is_an_unknown_start() {
    let text =
        read(&fixture("valid/minimal.ron")).replace("start: \"counter\"", "start: \"stays\"");
    let path = PathBuf::from("starts-at-an-ending.ron");
    let loaded = load::load_source(
        path.clone(),
        SourceText::new("starts-at-an-ending.ron", text.clone()),
        &Vocabulary::builtin(),
    );
    assert_diagnostics(
        &path,
        &text,
        &loaded.diagnostics,
        &[error(
            "unknown-start",
            "start: ^\"stays\"",
            Some("stays"),
            "start at a node",
        )],
    );
}

#[test]
fn unreachable_nodes_and_endings_are_warnings_and_the_scenario_stays_valid() {
    let loaded = check_fixture(
        "unreachable",
        &[
            warning(
                "unreachable",
                "id: ^\"checking\"",
                Some("checking"),
                "or remove the node",
            ),
            warning(
                "unreachable",
                "(id: ^\"stays\"",
                Some("stays"),
                "or remove the ending",
            ),
        ],
    );
    assert!(!loaded.has_errors());
    assert!(
        loaded.valid().is_some(),
        "warnings do not make a scenario invalid"
    );
}

#[test]
fn dead_end_is_reported_on_every_node_that_cannot_finish() {
    check_fixture(
        "dead-end",
        &[
            error(
                "dead-end",
                "id: ^\"checking\"",
                Some("checking"),
                "a `next` that is an ending",
            ),
            error(
                "dead-end",
                "id: ^\"recheck\"",
                Some("recheck"),
                "a `next` that is an ending",
            ),
            warning("unreachable", "(id: ^\"stays\"", Some("stays"), ""),
        ],
    );
}

#[test]
fn a_node_with_no_replies_is_reported() {
    check_fixture(
        "no-replies",
        &[error(
            "no-replies",
            "[],",
            Some("checking"),
            "move it to `endings`",
        )],
    );
}

#[test]
fn a_scenario_with_no_nodes_is_reported() {
    check_fixture(
        "no-nodes",
        &[
            error(
                "unknown-start",
                "start: ^\"counter\"",
                Some("counter"),
                "name the id of the node",
            ),
            error("no-nodes", "[],", None, "add at least one node"),
        ],
    );
}

#[test]
fn a_scenario_with_no_endings_is_reported() {
    check_fixture(
        "no-endings",
        &[
            error("dead-end", "id: ^\"counter\"", Some("counter"), ""),
            error(
                "unknown-target",
                "next: ^\"walks-off\"",
                Some("walks-off"),
                "name a node or an ending",
            ),
            error("dead-end", "id: ^\"checking\"", Some("checking"), ""),
            error(
                "unknown-target",
                "next: ^\"stays\"",
                Some("stays"),
                "name a node or an ending",
            ),
            error("no-endings", "[],", None, "add endings"),
        ],
    );
}

#[test]
fn bad_id_is_reported_where_it_is_defined() {
    check_fixture(
        "bad-id",
        &[error(
            "bad-id",
            "id: ^\"Checking Out!\"",
            Some("Checking Out!"),
            "ids use letters, digits, `-` and `_`",
        )],
    );
}

// ---------------------------------------------------------------------------
// Validation: content

#[test]
fn missing_feedback_is_reported_for_each_missing_part() {
    check_fixture(
        "missing-feedback",
        &[
            // No `feedback` at all: the message lands on the reply.
            error(
                "missing-feedback",
                "(\n                    text: \"Sorry",
                Some("counter#1"),
                "what happened is what the trainee learns from",
            ),
            error(
                "missing-feedback",
                "(\n                    text: \"Sorry",
                Some("counter#1"),
                "the coaching is what the trainee learns from",
            ),
            error(
                "missing-feedback",
                "\"   \"",
                Some("counter#2"),
                "the coaching is what the trainee learns from",
            ),
        ],
    );
}

#[test]
fn unknown_principle_suggests_the_nearest_principle() {
    let loaded = check_fixture(
        "unknown-principle",
        &[error(
            "unknown-principle",
            "\"fix-fats\"",
            Some("fix-fats"),
            "did you mean `fix-fast`?",
        )],
    );
    assert!(loaded.diagnostics[0].message.contains("`fix-fats`"));
}

#[test]
fn out_of_range_values_are_each_reported() {
    let loaded = check_fixture(
        "out-of-range",
        &[
            error("out-of-range", "0,\n    lesson", None, "from 1 to 240"),
            error("out-of-range", "mood: ^150", None, "from 0 to 100"),
            error(
                "out-of-range",
                "\"fix-fast\": 9",
                Some("counter#1"),
                "never 0",
            ),
            error(
                "out-of-range",
                "\"greet\": 0",
                Some("checking#1"),
                "never 0",
            ),
        ],
    );
    let messages: Vec<&str> = loaded
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert!(messages[1].contains("150"), "{messages:?}");
    assert!(messages[2].contains("is 9"), "{messages:?}");
    assert!(messages[3].contains("is 0"), "{messages:?}");
}

#[test]
fn empty_texts_are_reported() {
    check_fixture(
        "empty-text",
        &[
            error(
                "empty-text",
                "\"  \"",
                Some("checking"),
                "write the customer's line",
            ),
            error(
                "empty-text",
                "\"\"",
                Some("walks-off"),
                "write the ending's text",
            ),
        ],
    );
}

#[test]
fn no_walk_out_ending_is_reported_on_the_endings() {
    check_fixture(
        "no-walk-out",
        &[error(
            "no-walk-out",
            "endings: ^[",
            None,
            "add an ending with outcome `Lost` or `LostAndTelling`",
        )],
    );
}

#[test]
fn an_unknown_walk_out_ending_suggests_the_nearest_ending() {
    check_fixture(
        "walk-out-unknown",
        &[error(
            "unknown-target",
            "\"walk-off\"",
            Some("walk-off"),
            "did you mean `walks-off`?",
        )],
    );
}

#[test]
fn a_walk_out_ending_that_keeps_the_customer_is_refused() {
    check_fixture(
        "walk-out-kept",
        &[error(
            "bad-walk-out",
            "walk_out: ^\"stays\"",
            Some("stays"),
            "outcome `Lost` or `LostAndTelling`",
        )],
    );
}

#[test]
fn a_loop_with_more_than_twelve_scored_replies_is_refused() {
    let loaded = check_fixture(
        "loop-too-large",
        &[error(
            "loop-too-large",
            "\"ask\",\n",
            Some("ask"),
            "split the loop",
        )],
    );
    let d = &loaded.diagnostics[0];
    assert!(d.message.contains("13 scored replies"), "{}", d.message);
    assert!(d.message.contains("at most 12"), "{}", d.message);
}

#[test]
fn a_loop_with_twelve_scored_replies_is_accepted() {
    // Drop one scored loop reply from the fixture: 12 is the limit.
    let text = read(&fixture("invalid/loop-too-large.ron")).replace(
        "                (text: \"Loop reply 13.\", principles: { \"listen\": 1 }, feedback: (happened: \"Sam answers.\", coaching: \"Round again.\"), next: \"ask\"),\n",
        "",
    );
    let loaded = load::load_source(
        "twelve.ron".into(),
        SourceText::new("twelve.ron", text),
        &Vocabulary::builtin(),
    );
    // Valid now, so the one thing left to say is that it has no notes.
    let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        ["no-facilitator-notes"],
        "{}",
        describe(&loaded.diagnostics)
    );
    assert!(loaded.valid().is_some());
}

#[test]
fn every_error_in_a_file_is_reported_not_just_the_first() {
    check_fixture(
        "several-errors",
        &[
            error("out-of-range", "30.0", None, "from 0 to 20"),
            error(
                "unknown-target",
                "\"chekcing\"",
                Some("chekcing"),
                "did you mean `checking`?",
            ),
            warning("unreachable", "id: ^\"checking\"", Some("checking"), ""),
            error(
                "empty-text",
                "\"\",\n            replies",
                Some("checking"),
                "",
            ),
            error(
                "unknown-principle",
                "\"gret\"",
                Some("gret"),
                "did you mean `greet`?",
            ),
            warning("unreachable", "(id: ^\"stays\"", Some("stays"), ""),
        ],
    );
}

// ---------------------------------------------------------------------------
// Validation: the facilitator's notes

#[test]
fn a_valid_scenario_without_facilitator_notes_gets_a_warning() {
    let loaded = check_fixture(
        "no-facilitator-notes",
        &[warning(
            "no-facilitator-notes",
            "id: ^\"fixture-no-facilitator-notes\"",
            Some("fixture-no-facilitator-notes"),
            "add `facilitator: (summary:",
        )],
    );
    assert!(loaded.valid().is_some(), "a warning keeps it playable");
}

#[test]
fn a_scenario_with_errors_is_not_also_told_it_lacks_notes() {
    // The empty-text fixture has no notes either; its errors come first.
    let (_, _, loaded) = load_fixture("invalid/empty-text.ron");
    assert!(loaded.has_errors());
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|d| d.code != "no-facilitator-notes"),
        "{}",
        describe(&loaded.diagnostics)
    );
}

#[test]
fn notes_for_a_missing_node_or_an_ending_are_refused_with_a_suggestion() {
    let loaded = check_fixture(
        "unknown-notes-node",
        &[
            error(
                "unknown-notes-node",
                "^\"stays\": (model_answer",
                Some("stays"),
                "write notes for nodes",
            ),
            error(
                "unknown-notes-node",
                "\"chekcing\"",
                Some("chekcing"),
                "did you mean `checking`?",
            ),
        ],
    );
    assert!(loaded.diagnostics[0].message.contains("is an ending"));
    assert!(loaded.diagnostics[1].message.contains("does not exist"));
}

#[test]
fn notes_naming_a_reply_the_node_does_not_offer_are_refused() {
    let loaded = check_fixture(
        "unknown-reply",
        &[
            error(
                "unknown-reply",
                "model_answer: ^3",
                Some("counter"),
                "offers replies 1 to 2",
            ),
            error(
                "unknown-reply",
                "{ ^0: \"The ticket",
                Some("counter"),
                "counting from 1",
            ),
        ],
    );
    assert!(loaded.diagnostics[0].message.contains("no reply 3"));
}

#[test]
fn a_model_answer_the_analysis_does_not_count_best_is_a_warning() {
    let loaded = check_fixture(
        "model-answer-not-best",
        &[warning(
            "model-answer-not-best",
            "model_answer: ^2",
            Some("counter"),
            "name reply 1",
        )],
    );
    let d = &loaded.diagnostics[0];
    assert!(d.message.contains("best is reply 1"), "{}", d.message);
    assert!(d.hint.contains("at most -2 points"), "{}", d.hint);
    assert!(d.hint.contains("reply 1 to +3"), "{}", d.hint);
    assert!(
        loaded.valid().is_some(),
        "a facilitator may argue for another"
    );
}

#[test]
fn notes_that_skip_a_decision_on_the_best_path_get_a_warning_on_the_node() {
    check_fixture(
        "missing-decision-notes",
        &[warning(
            "missing-decision-notes",
            "id: ^\"checking\"",
            Some("checking"),
            "add `\"checking\": (model_answer: 1",
        )],
    );
}

#[test]
fn a_decision_or_tempting_reply_written_twice_in_the_notes_is_refused() {
    check_fixture(
        "duplicate-notes",
        &[
            error(
                "duplicate-notes",
                "\"The ticket backs the clerk.\", ^2:",
                Some("2"),
                "merge the two notes",
            ),
            error(
                "duplicate-notes",
                "^\"checking\": (model_answer: 1, why: \"Stop.\"",
                Some("checking"),
                "only the last would count",
            ),
        ],
    );
}

#[test]
fn empty_texts_in_the_notes_are_reported() {
    check_fixture(
        "notes-empty-text",
        &[
            error(
                "empty-text",
                "summary: ^\"\"",
                None,
                "write the facilitator's summary",
            ),
            error(
                "empty-text",
                "why: ^\" \"",
                Some("counter"),
                "write the reason for the model answer",
            ),
            error(
                "empty-text",
                "{ 2: ^\"\" }",
                Some("counter"),
                "why the room might choose it",
            ),
            error(
                "empty-text",
                "ask: ^\"\"",
                Some("counter"),
                "write the question for the room",
            ),
        ],
    );
}

#[test]
fn minutes_in_the_notes_out_of_range_are_reported() {
    check_fixture(
        "notes-out-of-range",
        &[
            error("out-of-range", "debrief_minutes: ^90", None, "from 1 to 60"),
            error("out-of-range", "minutes: ^0,", None, "from 1 to 30"),
        ],
    );
}

// ---------------------------------------------------------------------------
// Folders, vocabularies and scenario ids

#[test]
fn a_duplicate_scenario_id_is_reported_on_the_second_file() {
    let dir = fixture("duplicate-scenario-id");
    let library = load::load_paths(std::slice::from_ref(&dir));
    assert_eq!(library.scenarios.len(), 2);
    assert!(library.other.is_empty());
    let first = &library.scenarios[0];
    let second = &library.scenarios[1];
    assert!(first.path.ends_with("first.ron"));
    assert!(
        first.diagnostics.is_empty(),
        "{}",
        describe(&first.diagnostics)
    );
    let text = read(&second.path);
    assert_diagnostics(
        &second.path,
        &text,
        &second.diagnostics,
        &[error(
            "duplicate-scenario-id",
            "\"fixture-twin\"",
            Some("fixture-twin"),
            "give each scenario its own id",
        )],
    );
    assert!(
        second.diagnostics[0]
            .message
            .contains(&first.path.display().to_string()),
        "the message names the file that has the id first: {}",
        second.diagnostics[0].message
    );
}

#[test]
fn one_broken_file_does_not_stop_the_others_loading() {
    let library = load::load_paths(&[fixture("mixed")]);
    assert_eq!(library.scenarios.len(), 2);
    let broken = library
        .scenarios
        .iter()
        .find(|l| l.path.ends_with("broken.ron"))
        .unwrap();
    assert!(broken.has_errors());
    assert_eq!(broken.diagnostics[0].code, "unknown-start");
    let good = library
        .find("fixture-good")
        .expect("the good scenario loads");
    assert!(
        good.diagnostics.is_empty(),
        "{}",
        describe(&good.diagnostics)
    );
    assert_eq!(good.valid().unwrap().title, "The Wrong Order");
    assert!(library.has_errors());
}

#[test]
fn a_folder_of_broken_files_reports_each_file_separately() {
    let dir = fixture("invalid");
    let library = load::load_paths(std::slice::from_ref(&dir));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    names.sort();
    let loaded: Vec<String> = library
        .scenarios
        .iter()
        .map(|l| l.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(loaded, names, "every file is loaded, in sorted order");
    for l in &library.scenarios {
        assert!(
            !l.diagnostics.is_empty(),
            "{} has no diagnostics",
            l.path.display()
        );
        for d in &l.diagnostics {
            assert_eq!(d.file, l.path.display().to_string());
        }
    }
    // The same diagnostics as loading each file alone: nothing is lost or
    // added by loading them together (their scenario ids are all distinct).
    for l in &library.scenarios {
        let (vocabulary, _) = load::vocabulary_for(&dir);
        let alone = load::load_file(&l.path, &vocabulary);
        assert_eq!(alone.diagnostics, l.diagnostics, "{}", l.path.display());
    }
}

#[test]
fn a_folder_without_principles_uses_the_built_in_vocabulary() {
    let (vocabulary, problems) = load::vocabulary_for(&fixture("invalid"));
    assert!(problems.is_empty());
    let builtin = Vocabulary::builtin();
    assert_eq!(vocabulary.origin, builtin.origin);
    assert_eq!(vocabulary.principles, builtin.principles);
    // The built-in vocabulary is the shipped scenarios/principles.ron.
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/principles.ron");
    let (principles, diagnostics) = load::parse_principles(&SourceText::new("p", read(&shipped)));
    assert!(diagnostics.is_empty(), "{}", describe(&diagnostics));
    assert_eq!(principles, builtin.principles);
    assert!(builtin.contains("fix-fast") && builtin.contains("listen"));
    assert!(!builtin.contains("smile"));
}

#[test]
fn a_folder_with_its_own_principles_uses_them() {
    let dir = fixture("custom-vocabulary");
    let (vocabulary, problems) = load::vocabulary_for(&dir);
    assert!(problems.is_empty(), "{}", describe(&problems));
    assert_eq!(vocabulary.principles.len(), 3);
    assert!(vocabulary.contains("smile"));
    assert!(!vocabulary.contains("greet"));
    assert!(
        vocabulary.origin.ends_with("principles.ron"),
        "{}",
        vocabulary.origin
    );

    // Loaded as a folder and as a single file, the local principle is known.
    for path in [dir.clone(), dir.join("uses-local-principle.ron")] {
        let library = load::load_paths(std::slice::from_ref(&path));
        assert_eq!(
            library.scenarios.len(),
            1,
            "principles.ron is not a scenario"
        );
        assert!(!library.has_errors(), "{}", path.display());
    }

    // With the built-in vocabulary, `smile` is unknown.
    let file = dir.join("uses-local-principle.ron");
    let loaded = load::load_file(&file, &Vocabulary::builtin());
    assert_diagnostics(
        &file,
        &read(&file),
        &loaded.diagnostics,
        &[error("unknown-principle", "\"smile\"", Some("smile"), "")],
    );
}

#[test]
fn problems_in_a_folder_principles_file_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("valid/minimal.ron"), dir.path().join("minimal.ron")).unwrap();
    let principles = "[\n    (id: \"fix-fast\", name: \"Fix\", summary: \"Fast.\"),\n    (id: \"no-last-word\", name: \"No\", summary: \"Stop.\"),\n    (id: \"greet\", name: \"Hi\", summary: \"Greet.\"),\n    (id: \"fix-fast\", name: \"Again\", summary: \"Twice.\"),\n]\n";
    let path = dir.path().join("principles.ron");
    std::fs::write(&path, principles).unwrap();
    let library = load::load_paths(&[dir.path().to_path_buf()]);
    assert_eq!(library.other.len(), 1);
    let (src, d) = &library.other[0];
    assert!(
        src.is_some(),
        "the principles file's text is kept for rendering"
    );
    assert_eq!(d.code, "duplicate-id");
    assert_eq!(d.file, path.display().to_string());
    assert_eq!(d.line, 5);
    assert_eq!(d.id.as_deref(), Some("fix-fast"));
    assert!(d.hint.contains("item 1"), "{}", d.hint);
    // The scenario itself is fine with this vocabulary.
    assert!(library.scenarios[0].diagnostics.is_empty());
}

#[test]
fn a_broken_principles_file_falls_back_to_the_built_in_vocabulary() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("valid/minimal.ron"), dir.path().join("minimal.ron")).unwrap();
    std::fs::write(
        dir.path().join("principles.ron"),
        "[ (id: \"x\" name: \"y\") ]",
    )
    .unwrap();
    let (vocabulary, problems) = load::vocabulary_for(dir.path());
    assert_eq!(vocabulary.principles, Vocabulary::builtin().principles);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].code, "syntax");
    let library = load::load_paths(&[dir.path().to_path_buf()]);
    assert!(library.has_errors(), "the broken vocabulary is an error");
    assert!(
        library.scenarios[0].diagnostics.is_empty(),
        "the scenario is checked against the built-in vocabulary"
    );
}

// ---------------------------------------------------------------------------
// Rendering

#[test]
fn the_rendered_message_shows_the_source_line_and_a_caret_under_the_value() {
    let (path, text, loaded) = load_fixture("invalid/unknown-target.ron");
    let d = &loaded.diagnostics[0];
    assert_eq!(d.code, "unknown-target");
    let out = d.render_plain(loaded.source.as_ref());
    let (line, column) = position(&text, "\"chekcing\"");
    assert!(
        out.contains("error[unknown-target]: reply 1 of node `counter` leads to `chekcing`"),
        "{out}"
    );
    assert!(
        out.contains(&format!("{}:{line}:{column}", path.display())),
        "{out}"
    );
    assert!(out.contains("help: did you mean `checking`?"), "{out}");
    // The excerpt: the source line, then a caret line underlining exactly
    // `"chekcing"` (10 characters) with the label.
    let source_line = text.lines().nth(line - 1).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.ends_with(source_line))
        .unwrap_or_else(|| panic!("the source line is not shown:\n{out}"));
    let shown = lines[at];
    let caret = lines[at + 1];
    let code_starts = shown.len() - source_line.len();
    let value_offset = source_line.find("\"chekcing\"").unwrap();
    let under = &caret[code_starts..];
    assert!(
        under.starts_with(&format!("{}^^^^^^^^^^ ", " ".repeat(value_offset))),
        "the caret must sit under the value:\n{shown}\n{caret}"
    );
    assert!(caret.ends_with("no such node or ending"), "{caret}");
}

#[test]
fn a_syntax_error_renders_with_a_caret_and_the_hint() {
    let (_, _, loaded) = load_fixture("invalid/syntax.ron");
    let out = loaded.diagnostics[0].render_plain(loaded.source.as_ref());
    assert!(out.contains("error[syntax]"), "{out}");
    assert!(out.contains("mood: 10,"), "{out}");
    assert!(out.contains('^'), "{out}");
    assert!(out.contains("help: separate items with commas"), "{out}");
}

// ---------------------------------------------------------------------------
// The shipped scenarios

#[test]
fn every_shipped_scenario_is_valid_with_no_warnings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let library = load::load_paths(std::slice::from_ref(&dir));
    let rendered: Vec<String> = library
        .diagnostics()
        .map(|(src, d)| d.render_plain(src))
        .collect();
    assert!(rendered.is_empty(), "{}", rendered.join("\n"));
    let files = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && !p.ends_with("principles.ron"))
        .filter(|p| !last_word::core::translation::is_translation_file(p))
        .count();
    assert!(files >= 1, "at least the coffee scenario ships");
    assert_eq!(
        library.scenarios.len(),
        files,
        "every scenario file is loaded"
    );
    for l in &library.scenarios {
        assert!(l.valid().is_some(), "{} did not load", l.path.display());
    }
    assert!(library.find("coffee-dry-cappuccino").is_some());
}

#[test]
fn the_skeleton_in_the_authoring_guide_is_valid_with_no_warnings() {
    let guide = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/README.md"));
    let after = guide.split("### Skeleton").nth(1).expect("the skeleton");
    let skeleton = after
        .split("```ron\n")
        .nth(1)
        .and_then(|t| t.split("```").next())
        .expect("a RON block");
    let loaded = load::load_source(
        "skeleton.ron".into(),
        SourceText::new("skeleton.ron", skeleton),
        &Vocabulary::builtin(),
    );
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        describe(&loaded.diagnostics)
    );
    let s = loaded.valid().expect("valid");
    assert!(
        s.facilitator.is_some(),
        "it shows the facilitator block too"
    );
}

#[test]
fn a_node_whose_replies_all_have_conditions_is_refused() {
    check_fixture(
        "no-open-reply",
        &[error(
            "no-open-reply",
            "id: \"checking\",\n            line: \"Thanks. That's the one.\",\n            replies: ^[",
            Some("checking"),
            "give at least one reply no `when:`",
        )],
    );
}

#[test]
fn a_principle_weighed_twice_in_one_reply_is_refused() {
    check_fixture(
        "duplicate-principle",
        &[error(
            "duplicate-principle",
            "\"fix-fast\": 2, ^\"fix-fast\": 1",
            Some("fix-fast"),
            "keep one weight per principle",
        )],
    );
}

// ---------------------------------------------------------------------------
// Only the validator makes a playable scenario

#[test]
fn a_scenario_with_a_dangling_next_never_becomes_valid() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/coffee-dry-cappuccino.ron");
    let loaded = load::load_file(&path, &Vocabulary::builtin());
    let mut scenario = loaded.scenario.clone().expect("the coffee scenario parses");
    assert!(load::check(&scenario, &Vocabulary::builtin()).is_ok());

    scenario.nodes[0].replies[0].next = "nowhere".into();
    let diagnostics = load::check(&scenario, &Vocabulary::builtin())
        .expect_err("a reply leading nowhere is not valid");
    let d = diagnostics
        .iter()
        .find(|d| d.code == "unknown-target")
        .expect("the dangling next is reported");
    assert!(d.message.contains("`nowhere`"), "{}", d.message);
    assert!(d.line > 0, "the message points at the written text");

    // Read from a file, the same scenario loads but gives out nothing to play.
    let text = ron::ser::to_string_pretty(&scenario, ron::ser::PrettyConfig::default()).unwrap();
    let loaded = load::load_source(
        "dangling.ron".into(),
        SourceText::new("dangling.ron", text),
        &Vocabulary::builtin(),
    );
    assert!(loaded.scenario.is_some());
    assert!(loaded.valid().is_none());
    assert!(loaded.into_valid().is_none());
}
