//! Money a finance-minded manager can check: every arithmetic line of every
//! scenario's debrief, for several seeds and paths (best, worst, random),
//! recomputed from the figures it shows — once from the JSON debrief's
//! structured steps and once from the sentences a player reads; and in
//! other languages, the same figures with that language's separators.

use std::path::Path;
use std::sync::Arc;

use serde_json::Value;

use last_word::cli::json;
use last_word::core::load;
use last_word::core::session::{Debrief, Prepared, Session};
use last_word::text::{
    self,
    i18n::{self, Language},
};

const SEEDS: [u64; 4] = [1, 3, 7, 42];
const RANDOM_PATHS: u64 = 4;

fn load_all() -> Vec<Arc<Prepared>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let (vocabulary, problems) = load::vocabulary_for(&dir);
    assert!(problems.is_empty(), "{problems:?}");
    let library = load::load_paths(&[dir]);
    assert!(library.scenarios.len() >= 10, "the whole library loads");
    library
        .scenarios
        .into_iter()
        .map(|loaded| {
            let valid = loaded.into_valid().expect("every scenario is valid");
            Prepared::new(valid, &vocabulary)
        })
        .collect()
}

/// Plays `path` as far as it goes (a customer may walk out first), then the
/// first reply offered until an ending; `None` plays random replies picked
/// with `pick`.
fn play(p: &Arc<Prepared>, seed: u64, path: Option<&[usize]>, pick: u64) -> Debrief {
    let mut s = Session::new(Arc::clone(p), seed);
    let mut state = pick.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    let mut step = 0;
    while !s.is_over() {
        let offered = s.available();
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let choice = match path {
            Some(path) => path
                .get(step)
                .copied()
                .filter(|c| offered.contains(c))
                .unwrap_or(offered[0]),
            None => offered[(state >> 33) as usize % offered.len()],
        };
        s.choose(choice).expect("an offered reply");
        step += 1;
        assert!(step < 200, "{}: no ending after 200 replies", p.scenario.id);
    }
    s.debrief().expect("an ended conversation has a debrief")
}

/// Every debrief the test checks: each scenario, each seed, the best and
/// worst paths and a few random ones.
fn debriefs() -> Vec<Debrief> {
    let mut all = Vec::new();
    for p in load_all() {
        let (best, worst) = (p.best_choices(), p.worst_choices());
        for seed in SEEDS {
            all.push(play(&p, seed, Some(&best), 0));
            all.push(play(&p, seed, Some(&worst), 0));
            for pick in 0..RANDOM_PATHS {
                all.push(play(&p, seed, None, pick + seed * 100));
            }
        }
    }
    all
}

// ---------------------------------------------------------------------------
// A small calculator: numbers (or ranges), + − × / ^, brackets, the year `t`
// and a sum over the years.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    /// A number, or the two ends of a range.
    Num(f64, f64),
    Plus,
    Minus,
    Times,
    Divide,
    Power,
    Open,
    Close,
    Year,
    /// A sum of what follows over the years 1 to H.
    Sum(u32),
    /// An intermediate result within one line.
    Equals,
}

struct Calc<'a> {
    toks: &'a [Tok],
    at: usize,
    year: f64,
    high: bool,
}

impl Calc<'_> {
    fn peek(&self) -> Option<Tok> {
        self.toks.get(self.at).copied()
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.peek();
        self.at += 1;
        t
    }

    fn expr(&mut self) -> f64 {
        let mut v = self.term();
        while let Some(op @ (Tok::Plus | Tok::Minus)) = self.peek() {
            self.at += 1;
            let rhs = self.term();
            v = if op == Tok::Plus { v + rhs } else { v - rhs };
        }
        v
    }

    fn term(&mut self) -> f64 {
        let mut v = self.power();
        while let Some(op @ (Tok::Times | Tok::Divide)) = self.peek() {
            self.at += 1;
            let rhs = self.power();
            v = if op == Tok::Times { v * rhs } else { v / rhs };
        }
        v
    }

    fn power(&mut self) -> f64 {
        let base = self.atom();
        if self.peek() == Some(Tok::Power) {
            self.at += 1;
            let exponent = self.atom();
            return base.powf(exponent);
        }
        base
    }

    fn atom(&mut self) -> f64 {
        match self.next() {
            Some(Tok::Num(low, high)) => {
                if self.high {
                    high
                } else {
                    low
                }
            }
            Some(Tok::Year) => self.year,
            Some(Tok::Open) => {
                let v = self.expr();
                assert_eq!(
                    self.next(),
                    Some(Tok::Close),
                    "unbalanced in {:?}",
                    self.toks
                );
                v
            }
            other => panic!("unexpected {other:?} in {:?}", self.toks),
        }
    }
}

/// The value of a calculation with no `=` in it, at the low or high end of
/// its ranges.
fn evaluate(toks: &[Tok], high: bool) -> f64 {
    if let Some(Tok::Sum(years)) = toks.first() {
        return (1..=*years)
            .map(|t| {
                let mut c = Calc {
                    toks: &toks[1..],
                    at: 0,
                    year: f64::from(t),
                    high,
                };
                let v = c.expr();
                assert_eq!(c.at, toks.len() - 1, "left over in {toks:?}");
                v
            })
            .sum();
    }
    let mut c = Calc {
        toks,
        at: 0,
        year: f64::NAN,
        high,
    };
    let v = c.expr();
    assert_eq!(c.at, toks.len(), "left over in {toks:?}");
    v
}

/// Checks `a = b = … = result`: each segment's value, rounded as its
/// successor shows it (`tolerance`, half its last digit), is the successor's
/// value, or its first number when the successor goes on calculating
/// ("70% × 13% = 9.1% of $6,613.80 = $601.86"); the last segment's value,
/// the result to within `tolerance`.
fn check_chain(segments: &[Vec<Tok>], result: (f64, f64), tolerance: f64, what: &str) {
    for high in [false, true] {
        let pick = |t: &Tok| match *t {
            Tok::Num(l, h) => {
                if high {
                    h
                } else {
                    l
                }
            }
            _ => panic!("{what}: a segment starts with {t:?}"),
        };
        for pair in segments.windows(2) {
            let v = evaluate(&pair[0], high);
            let shown = pick(&pair[1][0]);
            assert!(
                (v - shown).abs() <= 1e-9 * shown.abs().max(1.0),
                "{what}: {v} is shown as {shown}"
            );
        }
        let v = evaluate(segments.last().unwrap(), high);
        let shown = if high { result.1 } else { result.0 };
        assert!(
            (v - shown).abs() <= tolerance + 1e-9,
            "{what}: recomputed {v}, shown {shown} (±{tolerance})"
        );
    }
}

// ---------------------------------------------------------------------------
// The JSON debrief's structured steps.

fn quantity_value(q: &Value) -> (f64, f64) {
    let scale = if q["unit"] == "percent" { 100.0 } else { 1.0 };
    let low = q["value"].as_f64().unwrap() / scale;
    let high = q["up_to"].as_f64().map_or(low, |h| h / scale);
    (low, high)
}

/// Half the last digit each unit is shown to.
fn tolerance(unit: &str) -> f64 {
    match unit {
        "dollars" | "dollars_per_day" | "dollars_per_visit" | "dollars_per_year" => 0.005,
        "number" => 0.0005,
        "percent" => 0.0005,
        _ => 0.0,
    }
}

/// A shown figure has no more digits than it is shown with: dollars in whole
/// cents, a ratio to 4 decimals at most, moods, days, visits and people whole.
fn assert_as_shown(q: &Value, what: &str) {
    let (low, high) = quantity_value(q);
    let unit = q["unit"].as_str().unwrap();
    let per_unit = match unit {
        "dollars" | "dollars_per_day" | "dollars_per_visit" | "dollars_per_year" => 100.0,
        "number" => 10_000.0,
        "percent" => 10_000.0,
        _ => 1.0,
    };
    for v in [low, high] {
        let scaled = v * per_unit;
        assert!(
            (scaled - scaled.round()).abs() < 1e-6,
            "{what}: {v} ({unit}) has more digits than are shown"
        );
    }
}

fn structured(step: &Value) -> (Vec<Vec<Tok>>, (f64, f64)) {
    let years = step["given"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|q| q["unit"] == "years")
        .and_then(|q| q["value"].as_f64());
    let mut segments = vec![Vec::new()];
    for t in step["terms"].as_array().unwrap() {
        let tok = if let Some(q) = t.get("quantity") {
            assert_as_shown(q, &step.to_string());
            let (l, h) = quantity_value(q);
            Tok::Num(l, h)
        } else if t.get("variable").is_some() {
            Tok::Year
        } else {
            match t["op"].as_str().unwrap() {
                "plus" => Tok::Plus,
                "minus" => Tok::Minus,
                "times" | "of" => Tok::Times,
                "divide" | "over" => Tok::Divide,
                "power" => Tok::Power,
                "open" => Tok::Open,
                "close" => Tok::Close,
                "sum" => Tok::Sum(years.expect("a sum is given its years") as u32),
                "equals" => Tok::Equals,
                other => panic!("unknown op {other}"),
            }
        };
        if tok == Tok::Equals {
            segments.push(Vec::new());
        } else {
            segments.last_mut().unwrap().push(tok);
        }
    }
    assert_as_shown(&step["result"], &step.to_string());
    (segments, quantity_value(&step["result"]))
}

fn check_structured(steps: &Value, what: &str) {
    for step in steps.as_array().unwrap() {
        let where_ = format!("{what}: {step}");
        let (segments, result) = structured(step);
        if step["step"] == "bounds" {
            let given: Vec<f64> = step["given"]
                .as_array()
                .unwrap()
                .iter()
                .map(|q| q["value"].as_f64().unwrap())
                .collect();
            let from_mood = match segments[0].first() {
                Some(Tok::Num(v, _)) => *v,
                _ => given[0],
            };
            assert_eq!(result.0, from_mood.clamp(given[0], given[1]), "{where_}");
            continue;
        }
        if segments[0].is_empty() {
            continue; // a sentence: who tells a good story, or nobody
        }
        let unit = step["result"]["unit"].as_str().unwrap();
        check_chain(&segments, result, tolerance(unit), &where_);
    }
}

/// The figures flow from line to line: each retention is the one the next
/// lifetime value uses, each lifetime value the one lost or gained uses.
fn check_links(revenue: &Value, what: &str) {
    let steps = revenue["steps"].as_array().unwrap();
    let find = |step: &str, moment: Option<&str>| {
        steps
            .iter()
            .find(|s| s["step"] == step && moment.is_none_or(|m| s["moment"] == m))
    };
    let value = |q: &Value| q["value"].as_f64().unwrap();
    let nth = |s: &Value, i: usize| value(&s["terms"].as_array().unwrap()[i]["quantity"]);
    let per_year = find("profit", None)
        .or(find("this_customer", None))
        .map(|s| value(&s["result"]))
        .unwrap();
    let arrival_r = value(&find("retention", Some("arrival")).unwrap()["result"]);
    let arrival = find("worth", Some("arrival")).unwrap();
    assert_eq!(
        (nth(arrival, 1), nth(arrival, 3)),
        (per_year, arrival_r),
        "{what}"
    );
    let bounds = find("bounds", None).unwrap();
    if let Some(end_r) = find("retention", Some("end")) {
        assert_eq!(nth(bounds, 0), value(&end_r["result"]), "{what}");
    }
    let after = find("worth", Some("end")).unwrap();
    assert_eq!(nth(after, 3), value(&bounds["result"]), "{what}");
    assert_eq!(nth(after, 1), per_year, "{what}");
    let change = find("lost", None).or(find("gained", None)).unwrap();
    let (before_v, after_v) = (value(&arrival["result"]), value(&after["result"]));
    let terms = (nth(change, 0), nth(change, 2));
    if change["step"] == "lost" {
        assert_eq!(terms, (before_v, after_v), "{what}");
        assert_eq!(
            value(&change["result"]),
            revenue["lost"].as_f64().unwrap(),
            "{what}"
        );
    } else {
        assert_eq!(terms, (after_v, before_v), "{what}");
        assert_eq!(
            value(&change["result"]),
            revenue["gained"].as_f64().unwrap(),
            "{what}"
        );
        assert_eq!(
            revenue["lost"].as_f64().unwrap(),
            0.0,
            "{what}: a gain shows no loss"
        );
    }
}

// ---------------------------------------------------------------------------
// The sentences a player reads.

/// `$5,763.35`, `0.825`, `9.1%`, `$15–$20`, read from the start of `s`;
/// with the number of bytes read.
fn read_number(s: &str) -> Option<((f64, f64), usize)> {
    let one = |s: &str| -> Option<(f64, usize)> {
        let dollar = usize::from(s.starts_with('$'));
        let body = &s[dollar..];
        let mut end = 0;
        let bytes = body.as_bytes();
        while end < bytes.len() {
            let c = bytes[end];
            let digit_follows = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            if c.is_ascii_digit() || ((c == b',' || c == b'.') && end > 0 && digit_follows) {
                end += 1;
            } else {
                break;
            }
        }
        if end == 0 {
            return None;
        }
        let mut v: f64 = body[..end].replace(',', "").parse().ok()?;
        let mut used = dollar + end;
        if body[end..].starts_with('%') {
            v /= 100.0;
            used += 1;
        }
        Some((v, used))
    };
    let (low, used) = one(s)?;
    if let Some(rest) = s[used..].strip_prefix('–')
        && let Some((high, more)) = one(rest)
    {
        return Some(((low, high), used + '–'.len_utf8() + more));
    }
    Some(((low, low), used))
}

/// The calculation of a sentence `what: calculation = result…`, as
/// segments split at each `=`, and the result (the first number after the
/// last `=`).
fn parse_sentence(line: &str) -> (Vec<Vec<Tok>>, (f64, f64)) {
    let (_, calc) = line
        .split_once(": ")
        .expect("a calculation follows a colon");
    let mut segments = vec![Vec::new()];
    let mut rest = calc;
    while let Some(c) = rest.chars().next() {
        if let Some(sum) = rest.strip_prefix("Σ_{t=1…") {
            let close = sum.find('}').unwrap();
            segments
                .last_mut()
                .unwrap()
                .push(Tok::Sum(sum[..close].parse().unwrap()));
            rest = &sum[close + 1..];
            continue;
        }
        if let Some((n, used)) = read_number(rest) {
            segments.last_mut().unwrap().push(Tok::Num(n.0, n.1));
            rest = &rest[used..];
            if segments.len() > 1 && segments.last().unwrap().len() == 1 && !continues(rest) {
                break; // the result; words follow
            }
            continue;
        }
        let tok = match c {
            '+' => Some(Tok::Plus),
            '−' | '-' => Some(Tok::Minus),
            '×' => Some(Tok::Times),
            '/' => Some(Tok::Divide),
            '^' => Some(Tok::Power),
            '(' => Some(Tok::Open),
            ')' => Some(Tok::Close),
            '=' => {
                segments.push(Vec::new());
                None
            }
            't' if !rest[1..].starts_with(|c: char| c.is_alphabetic()) => Some(Tok::Year),
            _ => None,
        };
        if let Some(tok) = tok {
            segments.last_mut().unwrap().push(tok);
        }
        if rest.starts_with("of ") {
            segments.last_mut().unwrap().push(Tok::Times);
        }
        // Skip a word (units such as "a day") or one symbol.
        let skip = if c.is_alphabetic() {
            rest.find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len())
        } else {
            c.len_utf8()
        };
        rest = &rest[skip..];
    }
    let last = segments.pop().unwrap();
    let Some(Tok::Num(low, high)) = last.first().copied() else {
        panic!("no result in {line:?}");
    };
    (segments, (low, high))
}

/// Whether the calculation goes on after a number (an operator follows,
/// past unit words), rather than the sentence's words.
fn continues(rest: &str) -> bool {
    let trimmed = rest
        .trim_start_matches(" a year")
        .trim_start_matches(" a day")
        .trim_start_matches(" a visit")
        .trim_start_matches(" days")
        .trim_start_matches(" visits a year")
        .trim_start_matches(" people");
    trimmed.starts_with(" of ") || trimmed.starts_with(" ×")
}

/// The number of decimals of the result as the sentence writes it, as a
/// tolerance: half its last digit (dollars always to the cent).
fn shown_tolerance(line: &str) -> f64 {
    let tail = line.rsplit(" = ").next().unwrap();
    if tail.starts_with('$') || tail.starts_with("-$") {
        return 0.005;
    }
    let number: String = tail
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let decimals = number.split('.').nth(1).map_or(0, str::len);
    0.5 * 10f64.powi(-(decimals as i32))
}

fn check_sentences(lines: &Value, what: &str) -> usize {
    let mut checked = 0;
    for line in lines.as_array().unwrap() {
        let line = line.as_str().unwrap();
        assert!(
            !line.contains("0.00 + (0.00") && !line.contains("× 0/100"),
            "{what}: a line that says nothing: {line}"
        );
        if !line.contains(" = ") {
            continue;
        }
        let (segments, result) = parse_sentence(line);
        let numbers: Vec<f64> = segments
            .iter()
            .flatten()
            .filter_map(|t| match t {
                Tok::Num(l, _) => Some(*l),
                _ => None,
            })
            .collect();
        assert!(
            numbers.iter().any(|v| *v != 0.0) || result.0 != 0.0,
            "{what}: a sum of nothing: {line}"
        );
        check_chain(
            &segments,
            result,
            shown_tolerance(line),
            &format!("{what}: {line}"),
        );
        checked += 1;
    }
    checked
}

// ---------------------------------------------------------------------------

#[test]
fn every_arithmetic_line_of_every_debrief_recomputes_to_the_cent() {
    let mut lines = 0;
    let mut debriefs_checked = 0;
    for d in debriefs() {
        let what = format!("{} seed {} replies {:?}", d.scenario, d.seed, d.choices);
        let v = json::debrief(&d);
        check_structured(&v["revenue"]["steps"], &what);
        check_structured(&v["word_of_mouth"]["steps"], &what);
        check_links(&v["revenue"], &what);
        let revenue_lines = check_sentences(&v["revenue"]["arithmetic"], &what);
        let word_lines = check_sentences(&v["word_of_mouth"]["arithmetic"], &what);
        // At stake, this customer, retention and worth as they came in,
        // and lost or gained, at the least.
        assert!(revenue_lines >= 5, "{what}: {revenue_lines} revenue lines");
        assert!(
            word_lines >= 1 || d.word_of_mouth.people_told == 0,
            "{what}"
        );
        lines += revenue_lines + word_lines;
        debriefs_checked += 1;
    }
    assert!(
        debriefs_checked >= 10 * SEEDS.len() * 6,
        "{debriefs_checked}"
    );
    assert!(lines > debriefs_checked * 6, "{lines} lines");
}

#[test]
fn a_conversation_loses_only_when_retention_falls_below_its_start() {
    for d in debriefs() {
        let r = &d.revenue;
        let what = format!("{} seed {} replies {:?}", d.scenario, d.seed, d.choices);
        assert_eq!(r.lost > 0.0, r.retention < r.retention_on_arrival, "{what}");
        assert_eq!(
            r.gained > 0.0,
            r.retention > r.retention_on_arrival,
            "{what}"
        );
        assert!(r.lost == 0.0 || r.gained == 0.0, "{what}");
    }
}

#[test]
fn the_sentence_reader_reads_what_the_debrief_writes() {
    let (segments, result) =
        parse_sentence("This customer: $15.79 a day × 365 days = $5,763.35 a year.");
    assert_eq!(
        segments,
        [vec![
            Tok::Num(15.79, 15.79),
            Tok::Times,
            Tok::Num(365.0, 365.0)
        ]]
    );
    assert_eq!(result, (5763.35, 5763.35));
    // Written as a calculator would say it, a wrong figure is caught.
    let wrong = std::panic::catch_unwind(|| {
        let (s, r) = parse_sentence("This customer: $15.79 a day × 365 days = $5,762.98 a year.");
        check_chain(&s, r, 0.005, "old");
    });
    assert!(wrong.is_err(), "$15.79 × 365 is $5,763.35, not $5,762.98");
}

// ---------------------------------------------------------------------------
// The arithmetic in other languages.

/// Every figure of a sentence in order, read with the language's decimal
/// and grouping separators: `$5.763,35` is 5763.35 with `,` and `.`.
fn figures(line: &str, decimal: char, group: char) -> Vec<f64> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut number = String::new();
        while i < chars.len() {
            let c = chars[i];
            let digit_follows = chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() {
                number.push(c);
            } else if c == decimal && digit_follows {
                number.push('.');
            } else if c != group || !digit_follows {
                break;
            }
            i += 1;
        }
        out.push(number.parse().expect("digits and one point"));
    }
    out
}

/// The debrief's arithmetic as `language` writes it.
fn arithmetic_in(language: Language, d: &Debrief) -> Vec<String> {
    i18n::with_language(language, || {
        let mut lines = text::revenue_arithmetic(&d.revenue);
        lines.extend(text::word_of_mouth_arithmetic(&d.word_of_mouth, &d.revenue));
        lines
    })
}

#[test]
fn other_languages_write_the_same_figures_with_their_own_separators() {
    let mut checked = 0;
    for d in debriefs() {
        let english = arithmetic_in(Language::English, &d);
        for language in [Language::Italian, Language::Hindi, Language::Latvian] {
            let format = *i18n::get(language).numbers();
            let shown = arithmetic_in(language, &d);
            assert_eq!(shown.len(), english.len(), "{language:?}");
            for (theirs, ours) in shown.iter().zip(&english) {
                assert_eq!(
                    figures(theirs, format.decimal, format.group),
                    figures(ours, '.', ','),
                    "{language:?}:\n{theirs}\n{ours}"
                );
                checked += 1;
            }
        }
        let italian = arithmetic_in(Language::Italian, &d);
        assert!(
            italian.iter().any(|l| l.contains(" all'anno")) && italian != english,
            "{italian:?}"
        );
    }
    assert!(checked > 1000, "{checked} lines");
}

#[test]
fn the_figure_reader_reads_each_languages_separators() {
    assert_eq!(
        figures(
            "Questo cliente: $15,79 al giorno × 365 giorni = $5.763,35.",
            ',',
            '.'
        ),
        [15.79, 365.0, 5763.35]
    );
    assert_eq!(
        figures("$1,66,920.50 और 0.825", '.', ','),
        [166_920.5, 0.825]
    );
    assert_eq!(figures("5\u{a0}475,00\u{a0}$", ',', '\u{a0}'), [5475.0]);
}
