//! The check that the xAPI outbox and the attempts tell the same story.

use std::collections::BTreeMap;

use last_word::records::{Records, xapi};

/// Asserts that the outbox holds exactly the statements of what every
/// attempt recorded: `launched`, one `answered` per recorded reply (naming
/// that reply), and once finished `completed` with `passed` or `failed`
/// against the pass mark. Returns how many statements there are.
pub fn assert_outbox_matches_attempts(records: &Records) -> usize {
    let conn = records.connection();
    let mut stmt = conn
        .prepare(
            "SELECT a.id, l.name, a.uuid, a.scenario, a.score FROM attempts a
             JOIN learners l ON l.id = a.learner_id ORDER BY a.id",
        )
        .unwrap();
    let attempts: Vec<(i64, String, String, String, Option<u32>)> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut total = 0;
    for (attempt, learner, uuid, scenario, score) in attempts {
        let id = |label: &str| xapi::statement_id(&learner, &uuid, label).to_string();
        // Each statement expected, with the reply it must name (if any).
        let mut expected: BTreeMap<String, Option<String>> = BTreeMap::new();
        expected.insert(id("launched"), None);
        let mut steps = conn
            .prepare("SELECT step, reply FROM attempt_steps WHERE attempt_id = ?1")
            .unwrap();
        let steps = steps
            .query_map([attempt], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
            })
            .unwrap();
        for step in steps {
            let (step, reply) = step.unwrap();
            expected.insert(id(&format!("answered/{step}")), Some(reply.to_string()));
        }
        if let Some(score) = score {
            let verdict = if score >= records.pass_mark(&scenario).unwrap() {
                "passed"
            } else {
                "failed"
            };
            expected.insert(id("completed"), None);
            expected.insert(id(verdict), None);
        }

        let mut held = conn
            .prepare("SELECT statement_id, statement FROM xapi_outbox WHERE attempt_id = ?1")
            .unwrap();
        let held: BTreeMap<String, serde_json::Value> = held
            .query_map([attempt], |r| {
                let json: String = r.get(1)?;
                Ok((r.get(0)?, serde_json::from_str(&json).expect("JSON")))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            held.keys().collect::<Vec<_>>(),
            expected.keys().collect::<Vec<_>>(),
            "attempt {attempt}: the outbox and the recorded replies differ"
        );
        for (statement_id, statement) in &held {
            assert_eq!(&statement["id"], statement_id);
            assert_eq!(statement["context"]["registration"], uuid);
            if let Some(reply) = &expected[statement_id] {
                assert_eq!(&statement["result"]["response"], reply, "{statement}");
            }
        }
        total += held.len();
    }
    total
}

/// Asserts that every attempt's statements, built again from the records
/// and `prepared` (the scenario all the attempts played), are the outbox's
/// to the byte.
pub fn assert_statements_rebuild(
    records: &Records,
    prepared: &std::sync::Arc<last_word::core::session::Prepared>,
) {
    let conn = records.connection();
    let mut stmt = conn.prepare("SELECT id FROM attempts ORDER BY id").unwrap();
    let attempts: Vec<i64> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for attempt in attempts {
        let mut held = conn
            .prepare(
                "SELECT statement_id, statement FROM xapi_outbox WHERE attempt_id = ?1 ORDER BY id",
            )
            .unwrap();
        let held: Vec<(String, String)> = held
            .query_map([attempt], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let rebuilt: Vec<(String, String)> = records
            .attempt_statements(last_word::records::AttemptId(attempt), prepared.clone())
            .unwrap()
            .into_iter()
            .map(|s| (s.id, s.json))
            .collect();
        assert_eq!(rebuilt, held, "attempt {attempt}");
    }
}
