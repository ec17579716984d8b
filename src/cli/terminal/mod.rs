//! Terminal mode: `last-word play`. Plain text that reads well through a pipe
//! and a screen reader; colour only on a terminal and never with `NO_COLOR`.

mod render;
mod style;

use std::io::{BufRead, Write};
use std::path::PathBuf;

use crate::core::session::{Debrief, Session};

pub use render::{intro, mood_bar, render_consequences, render_debrief, render_view};
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

/// Plays interactively: shows each moment, reads a reply number per line.
/// `save` is called to keep the session when the player quits or input ends.
pub fn play_interactive(
    session: &mut Session,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    style: &Style,
    save: &dyn Fn(&Session) -> std::io::Result<PathBuf>,
) -> std::io::Result<Finish> {
    let horizon = session.scenario().economics.horizon_years;
    while let Some(view) = session.view() {
        writeln!(out, "\n{}", render_view(style, &view, horizon))?;
        let numbers: Vec<String> = view.replies.iter().map(|r| r.number.to_string()).collect();
        loop {
            write!(
                out,
                "Your reply ({}; q to save and quit): ",
                numbers.join(", ")
            )?;
            out.flush()?;
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                let path = save(session)?;
                writeln!(out)?;
                return Ok(Finish::InputEnded(path));
            }
            let answer = line.trim();
            if answer.eq_ignore_ascii_case("q") || answer.eq_ignore_ascii_case("quit") {
                return Ok(Finish::Saved(save(session)?));
            }
            match answer.parse::<usize>() {
                Ok(n) => match session.choose(n) {
                    Ok(c) => {
                        write!(out, "{}", render_consequences(style, &c))?;
                        break;
                    }
                    Err(e) => writeln!(out, "{e}. Type one of: {}.", numbers.join(", "))?,
                },
                Err(_) if answer.is_empty() => writeln!(
                    out,
                    "Type the number of your reply: {}.",
                    numbers.join(", ")
                )?,
                Err(_) => writeln!(
                    out,
                    "\u{201c}{answer}\u{201d} is not a reply number. Type one of: {}, or q to save and quit.",
                    numbers.join(", ")
                )?,
            }
        }
    }
    let debrief = session.debrief().expect("the loop ends at an ending");
    if debrief.choices.is_empty() && debrief.ending.walked_out {
        writeln!(
            out,
            "\n{}",
            style.bold("The customer ran out of patience and left before you could say a word.")
        )?;
    }
    write!(out, "{}", render_debrief(style, &debrief))?;
    Ok(Finish::Debrief(Box::new(debrief)))
}
