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

use super::validate::plural;
use crate::cli::args::{LrsCommand, LrsConfigure};
use crate::lrs::{self, Client, Round};
use crate::records::{ActorIdentity, LrsSettings, Records};

pub fn run(command: LrsCommand) -> ExitCode {
    let result =
        Records::open_default()
            .map_err(|e| e.to_string())
            .and_then(|records| match command {
                LrsCommand::Configure(args) => configure(&records, args),
                LrsCommand::Status => status(&records),
                LrsCommand::Test => test(&records),
                LrsCommand::Sync => sync(&records),
            });
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

/// What to tell a user who has no LRS set up.
const NOT_SET_UP: &str = "no LRS is set up; set one with \
    `last-word lrs configure --endpoint URL --key KEY --secret SECRET`";

fn settings(records: &Records) -> Result<LrsSettings, String> {
    records
        .lrs_settings()
        .map_err(|e| e.to_string())?
        .ok_or_else(|| NOT_SET_UP.to_string())
}

fn configure(records: &Records, args: LrsConfigure) -> Result<ExitCode, String> {
    if args.off {
        records.set_lrs_settings(None).map_err(|e| e.to_string())?;
        println!(
            "No LRS is set up now: statements stay in the outbox until one is \
             (`last-word lrs configure`)."
        );
        return Ok(ExitCode::SUCCESS);
    }
    let (Some(endpoint), Some(key), Some(secret)) = (args.endpoint, args.key, args.secret) else {
        return Err(NOT_SET_UP.to_string());
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
    records
        .set_lrs_settings(Some(&settings))
        .map_err(|e| e.to_string())?;
    if let Some(identity) = &identity {
        records
            .set_actor_identity(identity)
            .map_err(|e| e.to_string())?;
    }
    let identity = records.actor_identity().map_err(|e| e.to_string())?;
    println!("Statements go to the LRS at {}.", settings.endpoint);
    println!("Learners are named {}.", describe_identity(&identity));
    println!("Check the connection with `last-word lrs test`.");
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
        _ => Err(format!(
            "`{text}` is not an LRS endpoint; give its address with http:// or https://, \
             e.g. --endpoint https://lrs.example.org/xAPI/"
        )),
    }
}

fn checked_home_page(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.contains(':') && !text.contains(' ') {
        Ok(text.to_string())
    } else {
        Err(format!(
            "`{text}` is not an address; give the home page learners' accounts belong to, \
             e.g. --account-home-page https://learning.example.org"
        ))
    }
}

fn checked_domain(text: &str) -> Result<String, String> {
    let text = text.trim().trim_start_matches('@');
    if text.contains('.') && !text.contains(['@', ' ', '/', ':']) {
        Ok(text.to_string())
    } else {
        Err(format!(
            "`{text}` is not a mail domain; give what follows the @ in the learners' \
             addresses, e.g. --mbox-domain example.org"
        ))
    }
}

fn describe_identity(identity: &ActorIdentity) -> String {
    match identity {
        ActorIdentity::Account { home_page } => {
            format!("by an account on {home_page} (the learner's name)")
        }
        ActorIdentity::Mbox { domain } => {
            format!("by an email address at {domain} (mailto:first.last@{domain})")
        }
    }
}

fn status(records: &Records) -> Result<ExitCode, String> {
    let db = |e: crate::records::Error| e.to_string();
    match records.lrs_settings().map_err(db)? {
        Some(s) => println!("LRS: {} (key {})", s.endpoint, s.key),
        None => println!("LRS: none set up (`last-word lrs configure` sets one)"),
    }
    println!(
        "Learners are named {}.",
        describe_identity(&records.actor_identity().map_err(db)?)
    );
    let counts = records.outbox_counts().map_err(db)?;
    println!(
        "Outbox: {} waiting, {} sent, {} refused",
        counts.waiting, counts.sent, counts.rejected
    );
    let now = lrs::unix_now();
    if let Some(problem) = records.outbox_problem().map_err(db)? {
        let next = match problem.next_try_at - now {
            wait if wait > 0 => format!("next try {}", when(wait)),
            _ => "they go when the game or a play next runs".to_string(),
        };
        println!("Waiting: {}.", problem.error);
        println!(
            "  Failed {} time{}; {next}, or send them now with `last-word lrs sync`.",
            problem.tries,
            plural(problem.tries as usize),
        );
    }
    let refused = records.outbox_rejected().map_err(db)?;
    if !refused.is_empty() {
        println!("Refused by the LRS (newest first; they are not sent again):");
        for r in refused.iter().take(SHOWN_REFUSALS) {
            println!(
                "  {} (attempt {}), {}: {}",
                r.statement_id,
                r.attempt.0,
                when(r.rejected_at - now),
                r.message
            );
        }
        if refused.len() > SHOWN_REFUSALS {
            println!("  and {} more", refused.len() - SHOWN_REFUSALS);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Refusals `lrs status` lists.
const SHOWN_REFUSALS: usize = 10;

/// A time relative to now: `in 40 s`, `3 min ago`, `just now`.
fn when(offset: i64) -> String {
    let size = offset.unsigned_abs();
    let amount = match size {
        0 => return "just now".to_string(),
        1..=119 => format!("{size} s"),
        120..=7199 => format!("{} min", size / 60),
        7200..=172_799 => format!("{} h", size / 3600),
        _ => format!("{} days", size / 86_400),
    };
    if offset > 0 {
        format!("in {amount}")
    } else {
        format!("{amount} ago")
    }
}

fn test(records: &Records) -> Result<ExitCode, String> {
    let settings = settings(records)?;
    println!("Checking the LRS at {} ...", settings.endpoint);
    let checked = lrs::check(&settings).map_err(|e| e.to_string())?;
    match checked.versions {
        Some(versions) => println!("  /about: xAPI {}", versions.join(", ")),
        None => println!("  /about: not offered (allowed; the read below shows it is xAPI)"),
    }
    println!("  key and secret: accepted (the LRS let them read its statements)");
    println!("The LRS is ready: statements will be sent to it.");
    Ok(ExitCode::SUCCESS)
}

fn sync(records: &Records) -> Result<ExitCode, String> {
    let settings = settings(records)?;
    let db = |e: crate::records::Error| e.to_string();
    let waiting = records.outbox_counts().map_err(db)?.waiting;
    if waiting == 0 {
        println!("Nothing to send: the outbox is empty.");
        return Ok(ExitCode::SUCCESS);
    }
    let bar = indicatif::ProgressBar::new(waiting);
    bar.set_style(
        indicatif::ProgressStyle::with_template("sending {bar:40} {pos}/{len} statements")
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
        Some((trouble, _)) => Err(format!(
            "{trouble}. {} statement{} still wait{}: the game sends them when the LRS is \
             back, or run `last-word lrs sync` again",
            round.deferred,
            plural(round.deferred as usize),
            if round.deferred == 1 { "s" } else { "" }
        )),
        None => Ok(ExitCode::SUCCESS),
    }
}

/// `Sent 118 statements; 2 refused by the LRS (see `last-word lrs status`).`
fn summary(round: &Round) -> String {
    let mut text = format!(
        "Sent {} statement{}",
        round.sent,
        plural(round.sent as usize)
    );
    if round.rejected > 0 {
        text.push_str(&format!(
            "; {} refused by the LRS (`last-word lrs status` shows why)",
            round.rejected
        ));
    }
    text.push('.');
    text
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
