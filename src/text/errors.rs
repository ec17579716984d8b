//! What went wrong, in the current language: the records' errors, a
//! report's unreadable file, and an LRS that failed or refused. The types'
//! own `Display` stays English (for logs and the records); front ends show
//! these words instead. Reasons that come from the system or from the LRS
//! (an I/O error, the LRS's own message) are quoted as they were given.

use super::i18n::{tr, tr_args};
use crate::core::session::{ChoiceError, RestoreError};
use crate::lrs::{CheckProblem, Trouble};
use crate::records::report::{FileError, Problem};
use crate::records::{DATA_DIR_VAR, Error, ResumeError};

/// A records error as the user reads it.
pub fn records_error(e: &Error) -> String {
    match e {
        Error::Database(e) => tr_args("records-database", &[("reason", e.to_string().into())]),
        Error::Folder { path, source } => tr_args(
            "records-folder",
            &[
                ("path", path.display().to_string().into()),
                ("reason", source.to_string().into()),
                ("variable", DATA_DIR_VAR.into()),
            ],
        ),
        Error::NewerSchema { found, known } => tr_args(
            "records-newer",
            &[("found", (*found).into()), ("known", (*known).into())],
        ),
        Error::EmptyName => tr("records-empty-name").to_string(),
        Error::NameTaken(name) => tr_args("records-name-taken", &[("name", name.as_str().into())]),
        Error::NoSuchLearner { name, known } if known.is_empty() => {
            tr_args("records-no-learner-yet", &[("name", name.as_str().into())])
        }
        Error::NoSuchLearner { name, known } => tr_args(
            "records-no-learner",
            &[
                ("name", name.as_str().into()),
                ("known", known.join(", ").into()),
            ],
        ),
        Error::NoSuchAttempt(id) => tr_args("records-no-attempt", &[("attempt", id.0.into())]),
        Error::OutOfStep {
            attempt,
            expected,
            given,
        } => tr_args(
            "records-out-of-step",
            &[
                ("attempt", attempt.0.into()),
                ("expected", (*expected).into()),
                ("given", (*given).into()),
            ],
        ),
        Error::AlreadyStarted { replies } => {
            tr_args("records-already-started", &[("replies", (*replies).into())])
        }
        Error::NoSuchWorkshop { id, known } if known.is_empty() => {
            tr_args("records-no-workshop-yet", &[("id", id.as_str().into())])
        }
        Error::NoSuchWorkshop { id, known } => tr_args(
            "records-no-workshop",
            &[
                ("id", id.as_str().into()),
                ("known", known.join(", ").into()),
            ],
        ),
        Error::DamagedWorkshop { id, reason } => tr_args(
            "records-damaged-workshop",
            &[
                ("id", id.as_str().into()),
                ("reason", reason.as_str().into()),
            ],
        ),
    }
}

/// A reply that cannot be played (`play --choices`, a replay).
pub fn choice_error(e: &ChoiceError) -> String {
    match e {
        ChoiceError::Ended => tr("choice-ended").to_string(),
        ChoiceError::NotAvailable {
            node,
            number,
            available,
        } => {
            let list: Vec<String> = available.iter().map(usize::to_string).collect();
            tr_args(
                "choice-not-available",
                &[
                    ("number", (*number).into()),
                    ("node", node.as_str().into()),
                    ("available", list.join(", ").into()),
                ],
            )
        }
    }
}

/// Why a session saved to a file cannot be resumed.
pub fn restore_error(e: &RestoreError) -> String {
    match e {
        RestoreError::WrongScenario { saved, given } => tr_args(
            "restore-wrong-scenario",
            &[
                ("saved", saved.as_str().into()),
                ("given", given.as_str().into()),
            ],
        ),
        RestoreError::ScenarioChanged => tr("restore-scenario-changed").to_string(),
        RestoreError::Replay(e) => tr_args("restore-replay", &[("reason", choice_error(e).into())]),
    }
}

/// Why a recorded attempt cannot be continued.
pub fn resume_error(e: &ResumeError) -> String {
    match e {
        ResumeError::Finished(id) => tr_args("resume-finished", &[("attempt", id.0.into())]),
        ResumeError::ScenarioChanged { scenario, .. } => tr_args(
            "resume-scenario-changed",
            &[("scenario", scenario.as_str().into())],
        ),
        ResumeError::WrongScenario { recorded, given } => tr_args(
            "resume-wrong-scenario",
            &[
                ("recorded", recorded.as_str().into()),
                ("given", given.as_str().into()),
            ],
        ),
        // The reason as the records give it.
        ResumeError::Replay(reason) => {
            tr_args("resume-replay", &[("reason", reason.as_str().into())])
        }
        ResumeError::Records(e) => records_error(e),
    }
}

/// A records file `last-word report` cannot use.
pub fn report_file_error(e: &FileError) -> String {
    let file = ("file", e.file.display().to_string().into());
    match &e.problem {
        Problem::Missing => tr_args("report-file-missing", &[file]),
        Problem::Unreadable(reason) => tr_args(
            "report-file-unreadable",
            &[file, ("reason", reason.as_str().into())],
        ),
        Problem::NotRecords => tr_args("report-file-not-records", &[file]),
        Problem::NewerSchema { found } => tr_args(
            "report-file-newer",
            &[
                file,
                ("found", (*found).into()),
                ("known", crate::records::schema::VERSION.into()),
            ],
        ),
    }
}

/// Why the LRS could not take statements (`lrs sync`, `lrs status`).
pub fn lrs_trouble(t: &Trouble) -> String {
    match t {
        Trouble::Unreachable { url, reason } => tr_args(
            "lrs-trouble-unreachable",
            &[
                ("url", url.as_str().into()),
                ("reason", reason.as_str().into()),
            ],
        ),
        Trouble::Unavailable { status, message } => tr_args(
            if message.is_empty() {
                "lrs-trouble-unavailable"
            } else {
                "lrs-trouble-unavailable-said"
            },
            &[
                ("status", status.to_string().into()),
                ("message", message.as_str().into()),
            ],
        ),
        Trouble::Credentials { status } => tr_args(
            "lrs-trouble-credentials",
            &[("status", status.to_string().into())],
        ),
    }
}

/// What `lrs test` found wrong with the connection.
pub fn lrs_check_problem(p: &CheckProblem) -> String {
    match p {
        CheckProblem::Unreachable { url, reason } => tr_args(
            "lrs-check-unreachable",
            &[
                ("url", url.as_str().into()),
                ("reason", reason.as_str().into()),
            ],
        ),
        CheckProblem::NotXapi { url, status } => tr_args(
            "lrs-check-not-xapi",
            &[
                ("url", url.as_str().into()),
                ("status", status.to_string().into()),
            ],
        ),
        CheckProblem::Credentials { status } => tr_args(
            "lrs-check-credentials",
            &[("status", status.to_string().into())],
        ),
        CheckProblem::Version { versions } => tr_args(
            "lrs-check-version",
            &[("versions", versions.join(", ").into())],
        ),
        CheckProblem::Other { status, message } => tr_args(
            "lrs-check-other",
            &[
                ("status", status.to_string().into()),
                ("message", message.as_str().into()),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::i18n::{Language, with_language};

    /// In English the words are the types' own messages, so nothing
    /// changes for English users and the two cannot drift apart.
    #[test]
    fn english_reads_as_the_errors_own_messages() {
        let records = [
            Error::NewerSchema { found: 9, known: 4 },
            Error::EmptyName,
            Error::NameTaken("Ana".into()),
            Error::NoSuchLearner {
                name: "Bo".into(),
                known: vec![],
            },
            Error::NoSuchLearner {
                name: "Bo".into(),
                known: vec!["Ana".into(), "Cy".into()],
            },
            Error::NoSuchAttempt(crate::records::AttemptId(7)),
            Error::OutOfStep {
                attempt: crate::records::AttemptId(3),
                expected: 2,
                given: 5,
            },
            Error::AlreadyStarted { replies: 2 },
            Error::NoSuchWorkshop {
                id: "w1".into(),
                known: vec![],
            },
            Error::NoSuchWorkshop {
                id: "w1".into(),
                known: vec!["w2".into()],
            },
            Error::DamagedWorkshop {
                id: "w1".into(),
                reason: "bad JSON".into(),
            },
            Error::Folder {
                path: "/nowhere".into(),
                source: std::io::Error::other("denied"),
            },
        ];
        with_language(Language::English, || {
            for e in &records {
                assert_eq!(records_error(e), e.to_string());
            }
            for problem in [
                Problem::Missing,
                Problem::Unreadable("not a database".into()),
                Problem::NotRecords,
                Problem::NewerSchema { found: 99 },
            ] {
                let e = FileError {
                    file: "team.sqlite3".into(),
                    problem,
                };
                assert_eq!(report_file_error(&e), e.to_string());
            }
            for t in [
                Trouble::Unreachable {
                    url: "http://x/".into(),
                    reason: "refused".into(),
                },
                Trouble::Unavailable {
                    status: 503,
                    message: String::new(),
                },
                Trouble::Unavailable {
                    status: 503,
                    message: "down".into(),
                },
                Trouble::Credentials { status: 401 },
            ] {
                assert_eq!(lrs_trouble(&t), t.to_string());
            }
            for e in [
                ChoiceError::Ended,
                ChoiceError::NotAvailable {
                    node: "counter".into(),
                    number: 7,
                    available: vec![1, 2, 3],
                },
            ] {
                assert_eq!(choice_error(&e), e.to_string());
                let restore = RestoreError::Replay(e.clone());
                assert_eq!(restore_error(&restore), restore.to_string());
                let resume = ResumeError::Replay(e.to_string());
                assert_eq!(resume_error(&resume), resume.to_string());
            }
            for e in [
                RestoreError::WrongScenario {
                    saved: "a".into(),
                    given: "b".into(),
                },
                RestoreError::ScenarioChanged,
            ] {
                assert_eq!(restore_error(&e), e.to_string());
            }
            for e in [
                ResumeError::Finished(crate::records::AttemptId(4)),
                ResumeError::WrongScenario {
                    recorded: "a".into(),
                    given: "b".into(),
                },
                ResumeError::Records(Error::EmptyName),
            ] {
                assert_eq!(resume_error(&e), e.to_string());
            }
            for p in [
                CheckProblem::Unreachable {
                    url: "http://x/about".into(),
                    reason: "refused".into(),
                },
                CheckProblem::NotXapi {
                    url: "http://x/about".into(),
                    status: 404,
                },
                CheckProblem::Credentials { status: 403 },
                CheckProblem::Version {
                    versions: vec!["2.0.0".into(), "0.9".into()],
                },
                CheckProblem::Other {
                    status: 500,
                    message: "oops".into(),
                },
            ] {
                assert_eq!(lrs_check_problem(&p), p.to_string());
            }
        });
    }

    #[test]
    fn other_languages_keep_the_figures_and_names() {
        with_language(Language::Italian, || {
            let e = Error::NoSuchLearner {
                name: "Bo".into(),
                known: vec!["Ana".into()],
            };
            let said = records_error(&e);
            assert_ne!(said, e.to_string());
            assert!(said.contains("Bo") && said.contains("Ana"), "{said}");
        });
    }
}
