//! Terminal mode: `last-word play`. Plain text that reads well through a pipe
//! and a screen reader; colour only on a terminal and never with `NO_COLOR`.

mod render;
mod style;

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::time::Duration;

use crate::core::session::{
    Consequences, Debrief, KeptWaiting, Session, ThinkingClock, ThinkingRule, View,
};
use crate::text::i18n::{tr, tr_args};

pub use render::{
    assessment_intro, intro, mood_bar, render_consequences, render_debrief, render_kept_waiting,
    render_view, timed_intro, untranslated_note, wrap,
};
pub use style::Style;

/// How an interactive game ended.
#[derive(Debug)]
pub enum Finish {
    Debrief(Box<Debrief>),
    /// The player quit; the session was saved here.
    Saved(PathBuf),
    /// Input ended mid-conversation; the session was saved here.
    InputEnded(PathBuf),
}

/// Timed play: the thinking rule, and the clock the terminal reads to measure
/// how long the player takes to answer.
pub struct TimedPlay<'a> {
    rule: ThinkingRule,
    now: &'a mut dyn FnMut() -> Duration,
}

/// The thinking budget of the moment on screen, and when it was last read.
struct Thinking {
    clock: ThinkingClock,
    since: Duration,
}

impl<'a> TimedPlay<'a> {
    /// `now` reads a clock that only goes forward: the time since any fixed
    /// instant (`Instant::elapsed`, or a fake one in tests).
    pub fn new(rule: ThinkingRule, now: &'a mut dyn FnMut() -> Duration) -> TimedPlay<'a> {
        TimedPlay { rule, now }
    }

    /// A full budget for this moment, running from now.
    fn start(&mut self, view: &View) -> Thinking {
        Thinking {
            clock: ThinkingClock::start(self.rule, view),
            since: (self.now)(),
        }
    }

    /// Runs the moment's budget to now and keeps the customer waiting for
    /// every budget that ran out.
    fn charge(&mut self, thinking: &mut Thinking, session: &mut Session) -> KeptWaiting {
        let now = (self.now)();
        let seconds = now.saturating_sub(thinking.since).as_secs_f64();
        thinking.since = now;
        thinking.clock.think(session, seconds)
    }
}

/// Plays interactively: shows each moment, reads a reply number per line.
/// `save` is called to keep the session when the player quits or input ends;
/// `replied` after every reply, with its consequences (to record it).
/// With `timed`, the time taken to answer costs patience (see
/// [`ThinkingClock`]); the cost is shown before the answer is applied.
pub fn play_interactive(
    session: &mut Session,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    style: &Style,
    save: &dyn Fn(&Session) -> std::io::Result<PathBuf>,
    replied: &mut dyn FnMut(&Session, &Consequences),
    mut timed: Option<TimedPlay<'_>>,
) -> std::io::Result<Finish> {
    let horizon = session.scenario().economics.horizon_years;
    let mut left_while_thinking = false;
    'moments: while let Some(mut view) = session.view() {
        writeln!(out, "\n{}", render_view(style, &view, horizon))?;
        write!(
            out,
            "{}",
            untranslated_note(style, session.scenario(), &view)
        )?;
        let mut thinking = timed.as_mut().map(|t| t.start(&view));
        loop {
            // The player types where a reply is shown; the core takes its
            // stable number.
            let numbers: Vec<String> = view.replies.iter().map(|r| r.shown.to_string()).collect();
            write!(out, "{}", prompt(&numbers, thinking.as_ref()))?;
            out.flush()?;
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                let path = save(session)?;
                writeln!(out)?;
                return Ok(Finish::InputEnded(path));
            }
            let answer = line.trim();
            let listed = numbers.join(", ");
            let listed = listed.as_str();
            let quits = answer.eq_ignore_ascii_case("q") || answer.eq_ignore_ascii_case("quit");
            if let (Some(t), Some(th)) = (timed.as_mut(), thinking.as_mut()) {
                let waited = t.charge(th, session);
                if waited.cost_anything() {
                    write!(out, "{}", render_kept_waiting(style, &waited))?;
                }
                if waited.walked_out() {
                    left_while_thinking = true;
                    break 'moments;
                }
                if let Some(now) = session
                    .view()
                    .filter(|now| !quits && now.replies != view.replies)
                {
                    // The wait changed what the player can say: show it again.
                    view = now;
                    writeln!(out, "\n{}", render_view(style, &view, horizon))?;
                    *th = t.start(&view);
                    continue;
                }
            }
            if quits {
                return Ok(Finish::Saved(save(session)?));
            }
            match answer.parse::<usize>() {
                Ok(n) => match view.number_shown_at(n).map(|number| session.choose(number)) {
                    Some(Ok(c)) => {
                        replied(session, &c);
                        write!(out, "{}", render_consequences(style, &c))?;
                        break;
                    }
                    Some(Err(e)) => writeln!(
                        out,
                        "{}",
                        tr_args(
                            "type-one-of",
                            &[("error", e.to_string().into()), ("numbers", listed.into())]
                        )
                    )?,
                    None => writeln!(
                        out,
                        "{}",
                        tr_args(
                            "no-such-reply",
                            &[("n", n.to_string().into()), ("numbers", listed.into())]
                        )
                    )?,
                },
                Err(_) if answer.is_empty() => writeln!(
                    out,
                    "{}",
                    tr_args("type-a-number", &[("numbers", listed.into())])
                )?,
                Err(_) => writeln!(
                    out,
                    "{}",
                    tr_args(
                        "not-a-number",
                        &[("answer", answer.into()), ("numbers", listed.into())]
                    )
                )?,
            }
        }
    }
    let debrief = session.debrief().expect("the loop ends at an ending");
    if debrief.choices.is_empty() && debrief.ending.walked_out && !left_while_thinking {
        writeln!(out, "\n{}", style.bold(tr("left-before-a-word")))?;
    }
    write!(out, "{}", render_debrief(style, &debrief))?;
    Ok(Finish::Debrief(Box::new(debrief)))
}

/// The question after each moment; in timed play, with the seconds left.
fn prompt(numbers: &[String], thinking: Option<&Thinking>) -> String {
    let listed = numbers.join(", ");
    match thinking {
        Some(t) => tr_args(
            "prompt-timed",
            &[
                ("numbers", listed.into()),
                ("seconds", format!("{:.0}", t.clock.left().ceil()).into()),
            ],
        ),
        None => tr_args("prompt", &[("numbers", listed.into())]),
    }
}
