//! One round of sending the outbox: the statements that are due go to the
//! LRS in batches, and each is marked by what the LRS answered.
//!
//! - **2xx**: stored; marked sent.
//! - **409**: the LRS already has a statement with that id. Statement ids
//!   are deterministic, so for one statement this means it arrived before
//!   (its answer was lost): marked sent. For a batch the LRS stored none of
//!   it (Ralph refuses the whole batch), so its statements go one by one.
//! - **Another 4xx** (400, 422, ...): for one statement, refused for good
//!   with the LRS's message; for a batch, its statements go one by one so
//!   only the bad ones are refused and the rest are stored.
//! - **401/403**: the key or secret is wrong. No statement is at fault:
//!   everything waits.
//! - **No answer, a timeout, 408, 429, 5xx**: the LRS is down or busy:
//!   everything due waits, and is tried again after a backoff
//!   ([`retry_delay`]) that grows with the failures.

use std::fmt;

use super::backoff::retry_delay;
use super::client::{Answer, Client};
use crate::records::{Error, OutboxItem, Records};

/// Statements posted in one request.
pub const BATCH_SIZE: usize = 50;

/// The longest message from the LRS kept with a refused statement.
const MESSAGE_LIMIT: usize = 300;

/// What a round did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Round {
    /// Statements the LRS has now (stored, or had already).
    pub sent: u64,
    /// Statements the LRS refused, set aside with its message.
    pub rejected: u64,
    /// Statements left waiting because the LRS failed.
    pub deferred: u64,
    /// Why the LRS failed, if it did, and when the next try is due
    /// (seconds since 1970).
    pub trouble: Option<(Trouble, i64)>,
}

/// Why the LRS as a whole could not take statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// No answer (the host is unknown or down, or too slow).
    Unreachable { url: String, reason: String },
    /// A 408, 429, 5xx (or another answer that is not xAPI's).
    Unavailable { status: u16, message: String },
    /// 401 or 403: the key or secret is wrong.
    Credentials { status: u16 },
}

impl fmt::Display for Trouble {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Trouble::Unreachable { url, reason } => write!(
                f,
                "the LRS could not be reached at {url}: {reason}; check the endpoint with \
                 `last-word lrs test` and the network"
            ),
            Trouble::Unavailable { status, message } if message.is_empty() => write!(
                f,
                "the LRS answered {status}: it is busy or failing; the statements wait and are \
                 tried again later"
            ),
            Trouble::Unavailable { status, message } => write!(
                f,
                "the LRS answered {status} ({message}): it is busy or failing; the statements \
                 wait and are tried again later"
            ),
            Trouble::Credentials { status } => write!(
                f,
                "the LRS refused the key/secret ({status}); set the right ones with \
                 `last-word lrs configure`"
            ),
        }
    }
}

/// What the LRS's answer to one post means.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Verdict {
    Stored,
    /// 409: a statement with one of these ids is there already.
    Conflict,
    /// A 4xx for the statements themselves, with the LRS's message.
    Refused(String),
    Trouble(Trouble),
}

fn verdict(answer: Answer, url: &str) -> Verdict {
    match answer {
        Answer::Unreachable(reason) => Verdict::Trouble(Trouble::Unreachable {
            url: url.to_string(),
            reason,
        }),
        Answer::Status { code, .. } if (200..300).contains(&code) => Verdict::Stored,
        Answer::Status { code: 409, .. } => Verdict::Conflict,
        Answer::Status {
            code: status @ (401 | 403),
            ..
        } => Verdict::Trouble(Trouble::Credentials { status }),
        Answer::Status { code, body }
            if (400..500).contains(&code) && code != 408 && code != 429 =>
        {
            Verdict::Refused(format!("{code}: {}", lrs_message(&body)))
        }
        Answer::Status { code, body } => Verdict::Trouble(Trouble::Unavailable {
            status: code,
            message: lrs_message(&body),
        }),
    }
}

/// The LRS's message in a line: the `detail` or `message` of a JSON answer
/// (a list of validation errors as `where: what`), else the text; cut to
/// [`MESSAGE_LIMIT`] characters.
pub fn lrs_message(body: &str) -> String {
    let parsed: Option<serde_json::Value> = serde_json::from_str(body).ok();
    let text = match parsed
        .as_ref()
        .and_then(|v| v.get("detail").or(v.get("message")))
    {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Array(problems)) => validation_problems(problems),
        Some(other) => other.to_string(),
        None => body.to_string(),
    };
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= MESSAGE_LIMIT {
        line
    } else {
        let cut: String = line.chars().take(MESSAGE_LIMIT - 1).collect();
        format!("{cut}…")
    }
}

/// Validation errors (`[{"loc": [...], "msg": ...}]`) as `where: what`,
/// the first three and how many more.
fn validation_problems(problems: &[serde_json::Value]) -> String {
    let mut lines: Vec<String> = Vec::new();
    for p in problems {
        let place: Vec<String> = p["loc"]
            .as_array()
            .map(|l| {
                l.iter()
                    .map(|x| x.as_str().map_or(x.to_string(), str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let what = p["msg"].as_str().map_or(p.to_string(), str::to_string);
        let line = format!("{}: {what}", place.join("."));
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    let more = lines.len().saturating_sub(3);
    lines.truncate(3);
    let mut text = lines.join("; ");
    if more > 0 {
        text.push_str(&format!(" (and {more} more)"));
    }
    text
}

/// Sends every statement due by `due_by` (use `i64::MAX` for all that are
/// waiting), `now` being the time in seconds since 1970. Calls `progress`
/// after each answer with the round so far. Stops at the first failure of
/// the LRS as a whole, leaving what is left to wait with a backoff.
pub fn send_due(
    records: &Records,
    client: &Client,
    due_by: i64,
    now: i64,
    progress: &mut dyn FnMut(&Round),
) -> Result<Round, Error> {
    let mut sender = Sending {
        records,
        client,
        now,
        round: Round::default(),
        progress,
    };
    loop {
        let items = records.outbox_due(due_by, BATCH_SIZE)?;
        if items.is_empty() {
            break;
        }
        if let Some(trouble) = sender.send(&items)? {
            let failures = items.iter().map(|i| i.tries).max().unwrap_or(0) + 1;
            let retry_at = now + retry_delay(failures).as_secs() as i64;
            let deferred = records.outbox_defer_waiting(due_by, &trouble.to_string(), retry_at)?;
            sender.round.deferred = deferred as u64;
            sender.round.trouble = Some((trouble, retry_at));
            (sender.progress)(&sender.round);
            break;
        }
    }
    Ok(sender.round)
}

/// A round under way.
struct Sending<'a> {
    records: &'a Records,
    client: &'a Client,
    now: i64,
    round: Round,
    progress: &'a mut dyn FnMut(&Round),
}

impl Sending<'_> {
    /// Posts `items` and marks them; on a conflict or a refusal of several,
    /// posts them one by one. Returns the LRS's trouble, if it has one.
    fn send(&mut self, items: &[OutboxItem]) -> Result<Option<Trouble>, Error> {
        let texts: Vec<&str> = items.iter().map(|i| i.statement.as_str()).collect();
        let url = self.client.url("statements");
        match verdict(self.client.post_statements(&texts), &url) {
            Verdict::Stored => self.mark_sent(items)?,
            Verdict::Conflict if items.len() == 1 => self.mark_sent(items)?,
            Verdict::Refused(message) if items.len() == 1 => {
                self.records
                    .outbox_reject(items[0].id, &message, self.now)?;
                self.round.rejected += 1;
                (self.progress)(&self.round);
            }
            Verdict::Conflict | Verdict::Refused(_) => {
                for item in items {
                    if let Some(trouble) = self.send(std::slice::from_ref(item))? {
                        return Ok(Some(trouble));
                    }
                }
            }
            Verdict::Trouble(trouble) => return Ok(Some(trouble)),
        }
        Ok(None)
    }

    fn mark_sent(&mut self, items: &[OutboxItem]) -> Result<(), Error> {
        let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
        self.records.outbox_sent(&ids, self.now)?;
        self.round.sent += ids.len() as u64;
        (self.progress)(&self.round);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(code: u16, body: &str) -> Answer {
        Answer::Status {
            code,
            body: body.into(),
        }
    }

    #[test]
    fn each_answer_means_what_xapi_says() {
        let url = "http://lrs.test/xAPI/statements";
        assert_eq!(verdict(status(200, "[]"), url), Verdict::Stored);
        assert_eq!(verdict(status(204, ""), url), Verdict::Stored);
        assert_eq!(verdict(status(409, ""), url), Verdict::Conflict);
        assert_eq!(
            verdict(status(400, r#"{"detail":"bad verb"}"#), url),
            Verdict::Refused("400: bad verb".into())
        );
        assert_eq!(
            verdict(status(403, ""), url),
            Verdict::Trouble(Trouble::Credentials { status: 403 })
        );
        for code in [408, 429, 500, 502, 503, 301] {
            assert!(
                matches!(
                    verdict(status(code, ""), url),
                    Verdict::Trouble(Trouble::Unavailable { status, .. }) if status == code
                ),
                "{code}"
            );
        }
        assert_eq!(
            verdict(Answer::Unreachable("refused".into()), url),
            Verdict::Trouble(Trouble::Unreachable {
                url: url.into(),
                reason: "refused".into()
            })
        );
    }

    #[test]
    fn validation_errors_are_summed_up_in_a_line() {
        let body = r#"{"detail":[
            {"loc":["body",0,"actor","mbox"],"msg":"Field required"},
            {"loc":["body",0,"actor","mbox"],"msg":"Field required"},
            {"loc":["body",0,"verb"],"msg":"Field required"},
            {"loc":["body",0,"object"],"msg":"Field required"},
            {"loc":["body",0,"id"],"msg":"Input should be a valid UUID"},
            {"loc":["body",0,"result"],"msg":"Extra inputs"}]}"#;
        assert_eq!(
            lrs_message(body),
            "body.0.actor.mbox: Field required; body.0.verb: Field required; \
             body.0.object: Field required (and 2 more)"
        );
        assert_eq!(lrs_message("  Bad\n request  "), "Bad request");
        assert_eq!(lrs_message(r#"{"message":"no"}"#), "no");
        let long = "x".repeat(1000);
        let cut = lrs_message(&long);
        assert_eq!(cut.chars().count(), MESSAGE_LIMIT);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn trouble_tells_the_user_what_to_do() {
        let key = Trouble::Credentials { status: 401 }.to_string();
        assert!(key.contains("refused the key/secret") && key.contains("lrs configure"));
        let down = Trouble::Unreachable {
            url: "http://x/statements".into(),
            reason: "connection refused".into(),
        }
        .to_string();
        assert!(down.contains("http://x/statements") && down.contains("lrs test"));
    }
}
