//! The xAPI 1.0.3 statements an attempt produces, built from what the
//! records keep (no engine, no network):
//!
//! - **launched** when the attempt starts ([`launched`]);
//! - **answered** for every reply ([`answered`]): the moment is a
//!   `cmi.interaction` activity of type `choice`, its choices are the
//!   moment's replies (ids = their stable numbers, descriptions = their
//!   texts), and `result.response` is the number chosen;
//! - **completed** and then **passed** or **failed** against the pass mark
//!   at the ending ([`finished`]), with the score scaled to 0..1, success,
//!   completion and the attempt's duration.
//!
//! Activity ids are stable IRIs under [`IRI_BASE`]: a scenario is
//! `<base>/scenarios/<id>`, a moment in it `<base>/scenarios/<id>/moments/<node>`.
//! The actor is the learner, named by the organisation's [`ActorIdentity`].
//! Statement ids are UUID v5 in [`NAMESPACE`] of the learner's name, the
//! attempt's UUID and the statement's place in it (`launched`,
//! `answered/<step>`, `completed`, `passed`/`failed`), and every field comes
//! from recorded values (timestamps are the times the rows were written), so
//! building a statement again gives the same text, and a resend is never a
//! duplicate.

use super::date::iso_timestamp;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::attempts::Mode;
use super::lrs::ActorIdentity;

/// The xAPI version the statements follow.
pub const XAPI_VERSION: &str = "1.0.3";
/// Where Last Word's activity, extension and platform IRIs live.
pub const IRI_BASE: &str = "https://last-word.app/xapi";
/// The name statements give in `context.platform`.
pub const PLATFORM: &str = "Last Word";
/// The language of the statements' own words (the verbs' display) and of
/// a scenario played as written: `context.language` and the language
/// maps' key. A scenario played through a translation gives its tag
/// instead ([`AttemptFacts::language`]).
pub const LANGUAGE: &str = "en-US";
/// The namespace Last Word's statement ids are made in (UUID v5).
pub const NAMESPACE: Uuid = Uuid::from_u128(0x5dc3_8a50_98bd_4d33_98ae_753b_16eb_a37b);

const VERBS: &str = "http://adlnet.gov/expapi/verbs";
const SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";

/// A statement ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Its id (a UUID), as in its JSON.
    pub id: String,
    /// The statement as JSON text.
    pub json: String,
}

/// What every statement of one attempt shares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptFacts {
    pub learner: String,
    pub identity: ActorIdentity,
    /// The attempt's UUID: the statements' `context.registration`.
    pub uuid: String,
    pub scenario: String,
    pub title: String,
    /// The language the scenario's texts were shown in: [`LANGUAGE`] for
    /// the original, else its translation's tag (`te`).
    pub language: String,
    pub mode: Mode,
}

/// A moment of the scenario, as an interaction activity defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment<'a> {
    /// The moment's id in the scenario.
    pub node: &'a str,
    /// The customer's line there (the moment's name).
    pub line: &'a str,
    /// Every reply at that moment: its stable number and text.
    pub choices: Vec<(usize, &'a str)>,
}

/// One reply, as an `answered` statement reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer<'a> {
    /// 1-based: the reply's place in the attempt.
    pub step: usize,
    pub moment: Moment<'a>,
    /// The stable number of the reply chosen, and its text.
    pub number: usize,
    pub text: &'a str,
    /// Whether it was the best reply offered, if the scenario says.
    pub best: Option<bool>,
    pub points: i64,
    pub mood_before: f64,
    pub mood_after: f64,
    /// When it was recorded (seconds since 1970).
    pub at: i64,
}

/// The ending, as `completed` and `passed`/`failed` report it.
#[derive(Debug, Clone, PartialEq)]
pub struct Finish<'a> {
    /// 0..=100.
    pub score: u32,
    pub pass_mark: u32,
    pub ending: &'a str,
    /// The ending's outcome as the records name it (`won`, `lost`, ...).
    pub outcome: &'a str,
    /// Seconds since 1970.
    pub started_at: i64,
    pub finished_at: i64,
}

/// The scenario's activity id.
pub fn scenario_iri(scenario: &str) -> String {
    format!("{IRI_BASE}/scenarios/{}", iri_segment(scenario))
}

/// A moment's activity id.
pub fn moment_iri(scenario: &str, node: &str) -> String {
    format!("{}/moments/{}", scenario_iri(scenario), iri_segment(node))
}

/// An extension's key.
fn extension(name: &str) -> String {
    format!("{IRI_BASE}/extensions/{name}")
}

/// The statement saying the attempt started at `at`.
pub fn launched(a: &AttemptFacts, at: i64) -> Statement {
    build(a, "launched", "launched", scenario_activity(a), None, at)
}

/// The statement for one reply.
pub fn answered(a: &AttemptFacts, answer: &Answer<'_>) -> Statement {
    let mut result = Map::new();
    if let Some(best) = answer.best {
        result.insert("success".into(), json!(best));
    }
    result.insert("response".into(), json!(answer.number.to_string()));
    result.insert(
        "extensions".into(),
        json!({
            extension("reply-text"): answer.text,
            extension("points"): answer.points,
            extension("mood-before"): answer.mood_before,
            extension("mood-after"): answer.mood_after,
        }),
    );
    let label = format!("answered/{}", answer.step);
    build(
        a,
        &label,
        "answered",
        moment_activity(a, answer),
        Some(Value::Object(result)),
        answer.at,
    )
}

/// The two statements of the ending: `completed`, then `passed` or
/// `failed`.
pub fn finished(a: &AttemptFacts, f: &Finish<'_>) -> [Statement; 2] {
    let passed = f.score >= f.pass_mark;
    let result = json!({
        "score": {
            "scaled": f64::from(f.score) / 100.0,
            "raw": f.score,
            "min": 0,
            "max": 100,
        },
        "success": passed,
        "completion": true,
        "duration": iso_duration(f.finished_at - f.started_at),
        "extensions": {
            extension("pass-mark"): f.pass_mark,
            extension("ending"): f.ending,
            extension("outcome"): f.outcome,
        },
    });
    let verdict = if passed { "passed" } else { "failed" };
    let completed = build(
        a,
        "completed",
        "completed",
        scenario_activity(a),
        Some(result.clone()),
        f.finished_at,
    );
    let judged = build(
        a,
        verdict,
        verdict,
        scenario_activity(a),
        Some(result),
        f.finished_at,
    );
    [completed, judged]
}

/// A statement's id: the same learner, attempt (its UUID) and place in it
/// (`launched`, `answered/<step>`, `completed`, `passed`, `failed`) always
/// give the same one.
pub fn statement_id(learner: &str, attempt_uuid: &str, label: &str) -> Uuid {
    let name = format!("{learner}\n{attempt_uuid}\n{label}");
    Uuid::new_v5(&NAMESPACE, name.as_bytes())
}

/// A statement's object, and whether it is a moment within the scenario.
struct Object {
    json: Value,
    is_moment: bool,
}

fn build(
    a: &AttemptFacts,
    label: &str,
    verb: &str,
    object: Object,
    result: Option<Value>,
    at: i64,
) -> Statement {
    let id = statement_id(&a.learner, &a.uuid, label).to_string();
    let mut s = Map::new();
    s.insert("id".into(), json!(id));
    s.insert("actor".into(), actor(&a.learner, &a.identity));
    s.insert(
        "verb".into(),
        json!({ "id": format!("{VERBS}/{verb}"), "display": { LANGUAGE: verb } }),
    );
    let in_scenario = object.is_moment;
    s.insert("object".into(), object.json);
    if let Some(result) = result {
        s.insert("result".into(), result);
    }
    s.insert("context".into(), context(a, in_scenario));
    s.insert("timestamp".into(), json!(iso_timestamp(at)));
    s.insert("version".into(), json!(XAPI_VERSION));
    let json = Value::Object(s).to_string();
    Statement { id, json }
}

/// The learner as an xAPI Agent: their name and exactly one identifier.
pub fn actor(learner: &str, identity: &ActorIdentity) -> Value {
    match identity {
        ActorIdentity::Account { home_page } => json!({
            "objectType": "Agent",
            "name": learner,
            "account": { "homePage": home_page, "name": learner },
        }),
        ActorIdentity::Mbox { domain } => json!({
            "objectType": "Agent",
            "name": learner,
            "mbox": format!("mailto:{}@{domain}", mailbox(learner)),
        }),
    }
}

/// A learner's name as the local part of an email address: lowercased,
/// spaces as dots, other signs left out.
fn mailbox(learner: &str) -> String {
    let words: Vec<String> = learner
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '+'))
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        "learner".to_string()
    } else {
        words.join(".")
    }
}

fn scenario_activity(a: &AttemptFacts) -> Object {
    let json = json!({
        "objectType": "Activity",
        "id": scenario_iri(&a.scenario),
        "definition": {
            "name": { a.language.as_str(): a.title },
            "type": SIMULATION,
        },
    });
    Object {
        json,
        is_moment: false,
    }
}

fn moment_activity(a: &AttemptFacts, answer: &Answer<'_>) -> Object {
    let moment = &answer.moment;
    let choices: Vec<Value> = moment
        .choices
        .iter()
        .map(
            |(number, text)| json!({ "id": number.to_string(), "description": { a.language.as_str(): text } }),
        )
        .collect();
    let json = json!({
        "objectType": "Activity",
        "id": moment_iri(&a.scenario, moment.node),
        "definition": {
            "name": { a.language.as_str(): moment.line },
            "description": { a.language.as_str(): format!("{}: moment `{}`", a.title, moment.node) },
            "type": INTERACTION,
            "interactionType": "choice",
            "choices": choices,
        },
    });
    Object {
        json,
        is_moment: true,
    }
}

fn context(a: &AttemptFacts, in_scenario: bool) -> Value {
    let mut c = Map::new();
    c.insert("registration".into(), json!(a.uuid));
    if in_scenario {
        c.insert(
            "contextActivities".into(),
            // The scenario by id: its definition is in its own statements.
            json!({ "parent": [{ "objectType": "Activity", "id": scenario_iri(&a.scenario) }] }),
        );
    }
    c.insert("platform".into(), json!(PLATFORM));
    c.insert("language".into(), json!(a.language));
    c.insert(
        "extensions".into(),
        json!({ extension("mode"): a.mode.as_str() }),
    );
    Value::Object(c)
}

/// An id as one IRI path segment: letters, digits and `-._~` as they are,
/// every other byte percent-encoded.
fn iri_segment(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Seconds as an ISO 8601 duration in hours, minutes and seconds, e.g.
/// `PT4M30S` (a negative span, from a clock set back, is none).
pub fn iso_duration(secs: i64) -> String {
    let secs = secs.max(0);
    let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
    let mut out = "PT".to_string();
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || (h == 0 && m == 0) {
        out.push_str(&format!("{s}S"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(learner: &str, uuid: &str, identity: ActorIdentity) -> AttemptFacts {
        AttemptFacts {
            learner: learner.into(),
            identity,
            uuid: uuid.into(),
            scenario: "coffee-dry-cappuccino".into(),
            title: "The dry cappuccino".into(),
            language: LANGUAGE.into(),
            mode: Mode::Practice,
        }
    }

    fn ana() -> AttemptFacts {
        facts(
            "Ana Lima",
            "0b5e8c0e-54a1-4f43-9a63-3c1f0c1e2d11",
            ActorIdentity::default_identity(),
        )
    }

    fn reply(step: usize, number: usize, best: Option<bool>) -> Answer<'static> {
        Answer {
            step,
            moment: Moment {
                node: "greet",
                line: "This cappuccino is all foam.",
                choices: vec![
                    (1, "Sorry!"),
                    (2, "Let me remake it."),
                    (3, "It's meant to be."),
                ],
            },
            number,
            text: ["Sorry!", "Let me remake it.", "It's meant to be."][number - 1],
            best,
            points: 2,
            mood_before: 0.25,
            mood_after: 0.5,
            at: 1_795_618_145,
        }
    }

    fn finish(score: u32, pass_mark: u32) -> Finish<'static> {
        Finish {
            score,
            pass_mark,
            ending: "remade",
            outcome: "won",
            started_at: 1_795_618_145,
            finished_at: 1_795_618_145 + 270,
        }
    }

    fn parse(s: &Statement) -> Value {
        serde_json::from_str(&s.json).expect("a statement is JSON")
    }

    fn is_iri(text: &str) -> bool {
        let Some((scheme, rest)) = text.split_once(':') else {
            return false;
        };
        !rest.is_empty()
            && scheme
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && !text.contains(char::is_whitespace)
    }

    fn assert_language_map(map: &Value) {
        let map = map.as_object().expect("a language map is an object");
        assert!(!map.is_empty());
        for (tag, text) in map {
            assert_eq!(tag, LANGUAGE);
            assert!(text.as_str().is_some_and(|t| !t.is_empty()), "{text}");
        }
    }

    fn assert_activity(object: &Value) {
        assert_eq!(object["objectType"], "Activity");
        assert!(is_iri(object["id"].as_str().unwrap()), "{object}");
        assert_language_map(&object["definition"]["name"]);
        assert!(is_iri(object["definition"]["type"].as_str().unwrap()));
    }

    fn assert_timestamp(text: &str) {
        let b = text.as_bytes();
        assert_eq!(b.len(), 20, "{text}");
        for (i, c) in b.iter().enumerate() {
            match i {
                4 | 7 => assert_eq!(*c, b'-'),
                10 => assert_eq!(*c, b'T'),
                13 | 16 => assert_eq!(*c, b':'),
                19 => assert_eq!(*c, b'Z'),
                _ => assert!(c.is_ascii_digit(), "{text}"),
            }
        }
    }

    /// The xAPI 1.0.3 rules these statements rely on.
    fn assert_valid(s: &Statement) -> Value {
        let v = parse(s);
        assert_eq!(v["id"], s.id);
        let id = Uuid::parse_str(&s.id).expect("the id is a UUID");
        assert_eq!(id.get_version_num(), 5);

        let actor = &v["actor"];
        assert_eq!(actor["objectType"], "Agent");
        let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"]
            .iter()
            .filter(|k| actor.get(**k).is_some())
            .count();
        assert_eq!(identifiers, 1, "exactly one identifier: {actor}");
        if let Some(mbox) = actor["mbox"].as_str() {
            let address = mbox.strip_prefix("mailto:").expect("mailto:");
            let (local, domain) = address.split_once('@').expect("an address");
            assert!(!local.is_empty() && !domain.is_empty() && !mbox.contains(' '));
        }
        if let Some(account) = actor.get("account") {
            assert!(is_iri(account["homePage"].as_str().unwrap()));
            assert!(account["name"].as_str().is_some_and(|n| !n.is_empty()));
        }

        let verb = &v["verb"];
        let verb_id = verb["id"].as_str().unwrap();
        assert!(verb_id.starts_with("http://adlnet.gov/expapi/verbs/"));
        assert!(is_iri(verb_id));
        assert_language_map(&verb["display"]);

        assert_activity(&v["object"]);
        let context = &v["context"];
        assert!(Uuid::parse_str(context["registration"].as_str().unwrap()).is_ok());
        assert_eq!(context["platform"], PLATFORM);
        assert_eq!(context["language"], LANGUAGE);
        for key in context["extensions"].as_object().unwrap().keys() {
            assert!(is_iri(key));
        }
        if let Some(result) = v.get("result") {
            if let Some(score) = result.get("score") {
                let scaled = score["scaled"].as_f64().unwrap();
                assert!((-1.0..=1.0).contains(&scaled));
                let (raw, min, max) = (
                    score["raw"].as_f64().unwrap(),
                    score["min"].as_f64().unwrap(),
                    score["max"].as_f64().unwrap(),
                );
                assert!(min <= raw && raw <= max);
            }
            if let Some(extensions) = result.get("extensions") {
                for key in extensions.as_object().unwrap().keys() {
                    assert!(is_iri(key));
                }
            }
        }
        assert_timestamp(v["timestamp"].as_str().unwrap());
        assert_eq!(v["version"], XAPI_VERSION);
        v
    }

    #[test]
    fn launched_names_the_learner_the_scenario_and_the_attempt() {
        let a = ana();
        let v = assert_valid(&launched(&a, 1_795_618_145));
        assert_eq!(v["verb"]["id"], "http://adlnet.gov/expapi/verbs/launched");
        assert_eq!(v["actor"]["name"], "Ana Lima");
        assert_eq!(v["actor"]["account"]["name"], "Ana Lima");
        assert_eq!(
            v["object"]["id"],
            "https://last-word.app/xapi/scenarios/coffee-dry-cappuccino"
        );
        assert_eq!(
            v["object"]["definition"]["name"]["en-US"],
            "The dry cappuccino"
        );
        assert_eq!(v["context"]["registration"], a.uuid);
        assert!(v["context"].get("contextActivities").is_none());
        assert_eq!(v["timestamp"], "2026-11-25T14:49:05Z");
    }

    #[test]
    fn an_answer_is_a_choice_interaction_under_its_scenario() {
        let a = ana();
        let v = assert_valid(&answered(&a, &reply(1, 2, Some(true))));
        assert_eq!(v["verb"]["id"], "http://adlnet.gov/expapi/verbs/answered");
        let object = &v["object"];
        assert_eq!(
            object["id"],
            "https://last-word.app/xapi/scenarios/coffee-dry-cappuccino/moments/greet"
        );
        let definition = &object["definition"];
        assert_eq!(
            definition["type"],
            "http://adlnet.gov/expapi/activities/cmi.interaction"
        );
        assert_eq!(definition["interactionType"], "choice");
        let choices = definition["choices"].as_array().unwrap();
        let ids: Vec<&str> = choices.iter().map(|c| c["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["1", "2", "3"]);
        assert_eq!(choices[1]["description"]["en-US"], "Let me remake it.");
        assert_language_map(&definition["description"]);

        let result = &v["result"];
        assert_eq!(result["response"], "2");
        assert!(ids.contains(&result["response"].as_str().unwrap()));
        assert_eq!(result["success"], true);
        let extensions = &result["extensions"];
        assert_eq!(
            extensions["https://last-word.app/xapi/extensions/reply-text"],
            "Let me remake it."
        );
        assert_eq!(
            extensions["https://last-word.app/xapi/extensions/mood-after"],
            0.5
        );
        let parents = v["context"]["contextActivities"]["parent"]
            .as_array()
            .unwrap();
        assert_eq!(parents.len(), 1);
        assert_eq!(
            parents[0]["id"],
            launched(&a, 0).json_value()["object"]["id"]
        );
    }

    #[test]
    fn success_is_left_out_when_no_best_reply_is_known() {
        let v = assert_valid(&answered(&ana(), &reply(1, 1, None)));
        assert!(v["result"].get("success").is_none());
        let v = assert_valid(&answered(&ana(), &reply(1, 1, Some(false))));
        assert_eq!(v["result"]["success"], false);
    }

    #[test]
    fn the_ending_is_completed_then_passed_or_failed_against_the_pass_mark() {
        let a = ana();
        let [completed, passed] = finished(&a, &finish(87, 80));
        let (c, p) = (assert_valid(&completed), assert_valid(&passed));
        assert_eq!(c["verb"]["id"], "http://adlnet.gov/expapi/verbs/completed");
        assert_eq!(p["verb"]["id"], "http://adlnet.gov/expapi/verbs/passed");
        for v in [&c, &p] {
            let r = &v["result"];
            assert_eq!(r["score"]["scaled"], 0.87);
            assert_eq!(r["score"]["raw"], 87);
            assert_eq!(
                (&r["score"]["min"], &r["score"]["max"]),
                (&json!(0), &json!(100))
            );
            assert_eq!(r["success"], true);
            assert_eq!(r["completion"], true);
            assert_eq!(r["duration"], "PT4M30S");
            assert_eq!(v["timestamp"], "2026-11-25T14:53:35Z");
        }
        let [_, failed] = finished(&a, &finish(79, 80));
        let f = assert_valid(&failed);
        assert_eq!(f["verb"]["id"], "http://adlnet.gov/expapi/verbs/failed");
        assert_eq!(f["result"]["success"], false);
        let [_, perfect] = finished(&a, &finish(100, 100));
        assert_eq!(assert_valid(&perfect)["result"]["score"]["scaled"], 1.0);
    }

    #[test]
    fn an_mbox_identity_gives_one_mailto_address() {
        let a = facts(
            "  Ana María  Lima! ",
            "0b5e8c0e-54a1-4f43-9a63-3c1f0c1e2d11",
            ActorIdentity::Mbox {
                domain: "example.org".into(),
            },
        );
        let v = assert_valid(&launched(&a, 0));
        assert_eq!(v["actor"]["mbox"], "mailto:ana.maría.lima@example.org");
        assert!(v["actor"].get("account").is_none());
        assert_eq!(mailbox("!!"), "learner");
    }

    #[test]
    fn ids_are_the_same_on_every_build_and_differ_by_place_attempt_and_learner() {
        let a = ana();
        assert_eq!(launched(&a, 5), launched(&a, 5));
        assert_eq!(
            answered(&a, &reply(2, 1, None)),
            answered(&a, &reply(2, 1, None))
        );
        assert_eq!(finished(&a, &finish(50, 80)), finished(&a, &finish(50, 80)));

        let other_attempt = facts(
            "Ana Lima",
            "7d0c3a51-8a0b-4a53-b3f9-2f0f9b7a8c42",
            ActorIdentity::default_identity(),
        );
        let other_learner = facts("Ben", &a.uuid, ActorIdentity::default_identity());
        let mut ids = vec![
            launched(&a, 0).id,
            answered(&a, &reply(1, 1, None)).id,
            answered(&a, &reply(2, 1, None)).id,
            launched(&other_attempt, 0).id,
            answered(&other_attempt, &reply(1, 1, None)).id,
            launched(&other_learner, 0).id,
            answered(&other_learner, &reply(1, 1, None)).id,
        ];
        ids.extend(finished(&a, &finish(50, 80)).map(|s| s.id));
        ids.extend(finished(&a, &finish(90, 80)).map(|s| s.id));
        let count = ids.len();
        ids.sort();
        ids.dedup();
        // `completed` is one statement whatever the verdict.
        assert_eq!(ids.len(), count - 1);
    }

    #[test]
    fn timestamps_and_durations_follow_iso_8601() {
        assert_eq!(iso_timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_timestamp(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso_timestamp(1_709_251_199), "2024-02-29T23:59:59Z");
        assert_eq!(iso_duration(270), "PT4M30S");
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(-5), "PT0S");
        assert_eq!(iso_duration(3600), "PT1H");
        assert_eq!(iso_duration(3 * 3600 + 7), "PT3H7S");
    }

    #[test]
    fn ids_outside_plain_letters_are_percent_encoded_in_iris() {
        assert_eq!(
            moment_iri("rent a car", "näive/1"),
            "https://last-word.app/xapi/scenarios/rent%20a%20car/moments/n%C3%A4ive%2F1"
        );
        assert!(is_iri(&moment_iri("rent a car", "x y")));
    }

    impl Statement {
        fn json_value(&self) -> Value {
            parse(self)
        }
    }

    #[test]
    fn a_scenario_played_in_a_translation_tags_its_texts_with_that_language() {
        let mut facts = ana();
        facts.title = "$500 సమీక్ష".into();
        facts.language = "te".into();
        let v: Value = serde_json::from_str(&launched(&facts, 1_700_000_000).json).unwrap();
        assert_eq!(v["object"]["definition"]["name"]["te"], "$500 సమీక్ష");
        assert!(v["object"]["definition"]["name"].get(LANGUAGE).is_none());
        assert_eq!(v["context"]["language"], "te");
        // The verb is Last Word's own English word.
        assert_eq!(v["verb"]["display"][LANGUAGE], "launched");
    }
}
