//! Checking the connection to an LRS without writing to it, for
//! `last-word lrs test`: `GET <endpoint>/about` (the xAPI versions it
//! speaks; some LRSs do not offer it) and an authenticated read of at most
//! one statement. Each problem is named so the user knows what to fix.

use std::fmt;

use serde_json::Value;

use super::client::{Answer, Client};
use super::sync::lrs_message;
use crate::records::LrsSettings;

/// What the check found when all went well.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The xAPI versions `/about` lists, or `None` when the LRS does not
    /// offer `/about`.
    pub versions: Option<Vec<String>>,
}

/// What is wrong with the connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckProblem {
    /// No answer at that address.
    Unreachable { url: String, reason: String },
    /// Something answers, but not as an xAPI LRS does.
    NotXapi { url: String, status: u16 },
    /// The key or secret was refused.
    Credentials { status: u16 },
    /// The LRS speaks other xAPI versions than 1.0.x.
    Version { versions: Vec<String> },
    /// Another answer to the read.
    Other { status: u16, message: String },
}

impl fmt::Display for CheckProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckProblem::Unreachable { url, reason } => write!(
                f,
                "cannot connect to {url}: {reason}. Check the endpoint's spelling and that the \
                 LRS is running and reachable from here"
            ),
            CheckProblem::NotXapi { url, status } => write!(
                f,
                "{url} answered {status}, not as an xAPI LRS does: the endpoint is probably \
                 wrong. It is the address statements are posted under (without `statements`), \
                 often ending in /xAPI/; set it with `last-word lrs configure --endpoint URL ...`"
            ),
            CheckProblem::Credentials { status } => write!(
                f,
                "the LRS refused the key/secret ({status}). Copy them again from the LRS and set \
                 them with `last-word lrs configure`"
            ),
            CheckProblem::Version { versions } => write!(
                f,
                "the LRS speaks xAPI {}, and Last Word sends xAPI 1.0.3. Use an LRS (or an \
                 endpoint of it) that accepts 1.0.3",
                versions.join(", ")
            ),
            CheckProblem::Other { status, message } => write!(
                f,
                "the LRS answered {status} to a read of its statements ({message}); ask its \
                 administrator what it expects"
            ),
        }
    }
}

impl std::error::Error for CheckProblem {}

/// Checks the LRS in `settings`.
pub fn check(settings: &LrsSettings) -> Result<Checked, CheckProblem> {
    let client = Client::new(settings);
    let versions = about(&client)?;
    read(&client)?;
    Ok(Checked { versions })
}

/// `/about`: the versions, `None` if not offered.
fn about(client: &Client) -> Result<Option<Vec<String>>, CheckProblem> {
    let url = client.url("about");
    match client.about() {
        Answer::Unreachable(reason) => Err(CheckProblem::Unreachable { url, reason }),
        Answer::Status { code: 200, body } => {
            let versions = versions(&body).ok_or(CheckProblem::NotXapi { url, status: 200 })?;
            if versions.iter().any(|v| v.starts_with("1.0.")) {
                Ok(Some(versions))
            } else {
                Err(CheckProblem::Version { versions })
            }
        }
        Answer::Status { .. } => Ok(None),
    }
}

/// The `version` list of an `/about` answer.
fn versions(body: &str) -> Option<Vec<String>> {
    let about: Value = serde_json::from_str(body).ok()?;
    about["version"]
        .as_array()?
        .iter()
        .map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// An authenticated read of at most one statement.
fn read(client: &Client) -> Result<(), CheckProblem> {
    let url = client.url("statements");
    match client.read_one_statement() {
        Answer::Unreachable(reason) => Err(CheckProblem::Unreachable { url, reason }),
        Answer::Status { code: 200, body } => {
            let result: Option<Value> = serde_json::from_str(&body).ok();
            match result.as_ref().map(|r| r["statements"].is_array()) {
                Some(true) => Ok(()),
                _ => Err(CheckProblem::NotXapi { url, status: 200 }),
            }
        }
        Answer::Status {
            code: status @ (401 | 403),
            ..
        } => Err(CheckProblem::Credentials { status }),
        Answer::Status {
            code: status @ (404 | 405 | 300..=399),
            ..
        } => Err(CheckProblem::NotXapi { url, status }),
        Answer::Status { code, body } => Err(CheckProblem::Other {
            status: code,
            message: lrs_message(&body),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_lists_versions_or_is_not_xapi() {
        assert_eq!(
            versions(r#"{"version":["1.0.3","1.0.2"]}"#),
            Some(vec!["1.0.3".into(), "1.0.2".into()])
        );
        assert_eq!(versions("<html>welcome</html>"), None);
        assert_eq!(versions(r#"{"name":"site"}"#), None);
    }

    #[test]
    fn each_problem_says_what_to_do() {
        let version = CheckProblem::Version {
            versions: vec!["2.0.0".into()],
        }
        .to_string();
        assert!(version.contains("2.0.0") && version.contains("1.0.3"));
        let endpoint = CheckProblem::NotXapi {
            url: "http://x/about".into(),
            status: 404,
        }
        .to_string();
        assert!(endpoint.contains("lrs configure --endpoint"));
    }
}
