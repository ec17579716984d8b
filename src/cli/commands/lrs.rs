//! `last-word lrs`: the organisation's learning record store.
//!
//! - `configure`: where the LRS is, its key and secret, and how learners
//!   are named in statements (`--off` stops sending);
//! - `status`: the LRS set up and the outbox (waiting, sent, refused with
//!   the LRS's messages);
//! - `test`: checks the connection without writing anything;
//! - `sync`: sends the waiting statements now, with a progress bar; exits
//!   1 if any are left waiting because the LRS failed.

use std::process::ExitCode;

use crate::cli::args::{LrsCommand, LrsConfigure};
use crate::cli::resolve::error;
use crate::lrs::{self, Client, Round};
use crate::records::{ActorIdentity, LrsSettings, Records};
use crate::text::errors::{lrs_check_problem, lrs_trouble, records_error};
use crate::text::i18n::{tr, tr_args};

pub fn run(command: LrsCommand) -> ExitCode {
    let result = Records::open_default()
        .map_err(|e| records_error(&e))
        .and_then(|records| match command {
            LrsCommand::Configure(args) => configure(&records, args),
            LrsCommand::Status => status(&records),
            LrsCommand::Test => test(&records),
            LrsCommand::Sync => sync(&records),
        });
    match result {
        Ok(code) => code,
        Err(e) => {
            error(&e);
            ExitCode::from(1)
        }
    }
}

/// What to tell a user who has no LRS set up.
fn not_set_up() -> String {
    tr("lrs-not-set-up").to_string()
}

/// A records error in words.
fn db(e: crate::records::Error) -> String {
    records_error(&e)
}

fn settings(records: &Records) -> Result<LrsSettings, String> {
    records.lrs_settings().map_err(db)?.ok_or_else(not_set_up)
}

fn configure(records: &Records, args: LrsConfigure) -> Result<ExitCode, String> {
    if args.off {
        records.set_lrs_settings(None).map_err(db)?;
        println!("{}", tr("lrs-off"));
        return Ok(ExitCode::SUCCESS);
    }
    let (Some(endpoint), Some(key), Some(secret)) = (args.endpoint, args.key, args.secret) else {
        return Err(not_set_up());
    };
    let endpoint = checked_endpoint(&endpoint)?;
    let identity = match (args.account_home_page, args.mbox_domain) {
        (Some(home_page), _) => Some(ActorIdentity::Account {
            home_page: checked_home_page(&home_page)?,
        }),
        (None, Some(domain)) => Some(ActorIdentity::Mbox {
            domain: checked_domain(&domain)?,
        }),
        (None, None) => None,
    };
    let settings = LrsSettings {
        endpoint,
        key,
        secret,
    };
    records.set_lrs_settings(Some(&settings)).map_err(db)?;
    if let Some(identity) = &identity {
        records.set_actor_identity(identity).map_err(db)?;
    }
    let identity = records.actor_identity().map_err(db)?;
    println!(
        "{}",
        tr_args(
            "lrs-configured",
            &[("endpoint", settings.endpoint.as_str().into())]
        )
    );
    println!("{}", named(&identity));
    println!("{}", tr("lrs-configured-test"));
    Ok(ExitCode::SUCCESS)
}

/// An endpoint must be an http(s) address; it is kept with a final `/`.
fn checked_endpoint(text: &str) -> Result<String, String> {
    let text = text.trim();
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.starts_with('/') && !text.contains(' ') => {
            Ok(format!("{}/", text.trim_end_matches('/')))
        }
        _ => Err(tr_args("lrs-bad-endpoint", &[("text", text.into())])),
    }
}

fn checked_home_page(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.contains(':') && !text.contains(' ') {
        Ok(text.to_string())
    } else {
        Err(tr_args("lrs-bad-home-page", &[("text", text.into())]))
    }
}

fn checked_domain(text: &str) -> Result<String, String> {
    let text = text.trim().trim_start_matches('@');
    if text.contains('.') && !text.contains(['@', ' ', '/', ':']) {
        Ok(text.to_string())
    } else {
        Err(tr_args("lrs-bad-domain", &[("text", text.into())]))
    }
}

/// "Learners are named by an account on ... (the learner's name)."
fn named(identity: &ActorIdentity) -> String {
    match identity {
        ActorIdentity::Account { home_page } => {
            tr_args("lrs-named-account", &[("home", home_page.as_str().into())])
        }
        ActorIdentity::Mbox { domain } => {
            tr_args("lrs-named-mbox", &[("domain", domain.as_str().into())])
        }
    }
}

fn status(records: &Records) -> Result<ExitCode, String> {
    match records.lrs_settings().map_err(db)? {
        Some(s) => println!(
            "{}",
            tr_args(
                "lrs-status-lrs",
                &[
                    ("endpoint", s.endpoint.as_str().into()),
                    ("key", s.key.as_str().into()),
                ],
            )
        ),
        None => println!("{}", tr("lrs-status-none")),
    }
    println!("{}", named(&records.actor_identity().map_err(db)?));
    let counts = records.outbox_counts().map_err(db)?;
    println!(
        "{}",
        tr_args(
            "lrs-status-outbox",
            &[
                ("waiting", counts.waiting.into()),
                ("sent", counts.sent.into()),
                ("refused", counts.rejected.into()),
            ],
        )
    );
    let now = lrs::unix_now();
    if let Some(problem) = records.outbox_problem().map_err(db)? {
        let next = match problem.next_try_at - now {
            wait if wait > 0 => tr_args("lrs-next-try", &[("when", when(wait).into())]),
            _ => tr("lrs-next-run").to_string(),
        };
        println!(
            "{}",
            tr_args(
                "lrs-status-waiting",
                &[("problem", problem.error.as_str().into())]
            )
        );
        println!(
            "  {}",
            tr_args(
                "lrs-status-failed",
                &[("tries", problem.tries.into()), ("next", next.into())],
            )
        );
    }
    let refused = records.outbox_rejected().map_err(db)?;
    if !refused.is_empty() {
        println!("{}", tr("lrs-status-refused"));
        for r in refused.iter().take(SHOWN_REFUSALS) {
            println!(
                "  {}",
                tr_args(
                    "lrs-status-refusal",
                    &[
                        ("statement", r.statement_id.as_str().into()),
                        ("attempt", r.attempt.0.into()),
                        ("when", when(r.rejected_at - now).into()),
                        ("message", r.message.as_str().into()),
                    ],
                )
            );
        }
        if refused.len() > SHOWN_REFUSALS {
            println!(
                "  {}",
                tr_args(
                    "lrs-status-more",
                    &[("count", (refused.len() - SHOWN_REFUSALS).into())]
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Refusals `lrs status` lists.
const SHOWN_REFUSALS: usize = 10;

/// A time relative to now: `in 40 s`, `3 min ago`, `just now`.
fn when(offset: i64) -> String {
    let size = offset.unsigned_abs();
    let (unit, amount) = match size {
        0 => return tr("when-now").to_string(),
        1..=119 => ("s", size),
        120..=7199 => ("min", size / 60),
        7200..=172_799 => ("h", size / 3600),
        _ => ("days", size / 86_400),
    };
    tr_args(
        if offset > 0 { "when-in" } else { "when-ago" },
        &[("unit", unit.into()), ("amount", amount.into())],
    )
}

fn test(records: &Records) -> Result<ExitCode, String> {
    let settings = settings(records)?;
    println!(
        "{}",
        tr_args(
            "lrs-checking",
            &[("endpoint", settings.endpoint.as_str().into())]
        )
    );
    let checked = lrs::check(&settings).map_err(|e| lrs_check_problem(&e))?;
    match checked.versions {
        Some(versions) => println!(
            "  {}",
            tr_args(
                "lrs-check-about",
                &[("versions", versions.join(", ").into())]
            )
        ),
        None => println!("  {}", tr("lrs-check-no-about")),
    }
    println!("  {}", tr("lrs-check-accepted"));
    println!("{}", tr("lrs-check-ready"));
    Ok(ExitCode::SUCCESS)
}

fn sync(records: &Records) -> Result<ExitCode, String> {
    let settings = settings(records)?;
    let waiting = records.outbox_counts().map_err(db)?.waiting;
    if waiting == 0 {
        println!("{}", tr("lrs-sync-nothing"));
        return Ok(ExitCode::SUCCESS);
    }
    let bar = indicatif::ProgressBar::new(waiting);
    bar.set_style(
        indicatif::ProgressStyle::with_template(&progress_template(tr("lrs-sync-bar")))
            .expect("the template is valid"),
    );
    let client = Client::new(&settings);
    let now = lrs::unix_now();
    let round = lrs::send_due(records, &client, i64::MAX, now, &mut |r: &Round| {
        bar.set_position(r.sent + r.rejected)
    })
    .map_err(db)?;
    bar.finish_and_clear();
    println!("{}", summary(&round));
    match &round.trouble {
        Some((trouble, _)) => Err(tr_args(
            "lrs-sync-trouble",
            &[
                ("trouble", lrs_trouble(trouble).into()),
                ("count", round.deferred.into()),
            ],
        )),
        None => Ok(ExitCode::SUCCESS),
    }
}

/// `Sent 118 statements; 2 refused by the LRS (see `last-word lrs status`).`
fn summary(round: &Round) -> String {
    tr_args(
        "lrs-sync-sent",
        &[
            ("sent", round.sent.into()),
            ("refused", round.rejected.into()),
        ],
    )
}

/// An indicatif template from a message that writes its bar `[bar]`, its
/// counts `[done]` and `[total]` and the time left `[eta]`: the message
/// keeps the words in the language's order, and indicatif's `{bar:40}`,
/// `{pos}`, `{len}` and `{eta}` take their places.
pub(crate) fn progress_template(message: &str) -> String {
    message
        .replace("[bar]", "{bar:40}")
        .replace("[done]", "{pos}")
        .replace("[total]", "{len}")
        .replace("[eta]", "{eta}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endpoint_needs_a_web_address_and_ends_with_a_slash() {
        assert_eq!(
            checked_endpoint("https://lrs.example.org/xAPI").unwrap(),
            "https://lrs.example.org/xAPI/"
        );
        assert_eq!(
            checked_endpoint(" http://127.0.0.1:8100/xAPI/ ").unwrap(),
            "http://127.0.0.1:8100/xAPI/"
        );
        for bad in ["lrs.example.org", "ftp://x", "https://", "https:///x", ""] {
            let e = checked_endpoint(bad).unwrap_err();
            assert!(e.contains("--endpoint https://"), "{bad}: {e}");
        }
    }

    #[test]
    fn identities_are_checked() {
        assert_eq!(checked_domain("@example.org").unwrap(), "example.org");
        assert!(checked_domain("example").is_err());
        assert!(checked_domain("a@example.org").is_err());
        assert!(checked_home_page("https://learn.example.org").is_ok());
        assert!(checked_home_page("learn example").is_err());
    }

    #[test]
    fn times_read_as_from_now() {
        assert_eq!(when(0), "just now");
        assert_eq!(when(40), "in 40 s");
        assert_eq!(when(-300), "5 min ago");
        assert_eq!(when(10_800), "in 3 h");
        assert_eq!(when(-259_200), "3 days ago");
    }

    #[test]
    fn the_summary_counts_what_was_sent_and_refused() {
        let round = Round {
            sent: 1,
            rejected: 2,
            ..Round::default()
        };
        assert_eq!(
            summary(&round),
            "Sent 1 statement; 2 refused by the LRS (`last-word lrs status` shows why)."
        );
    }
}
