//! Text styling for the terminal: ANSI colour when enabled, nothing otherwise.

use crate::core::mood::Band;

/// Text styling: ANSI colour when enabled, nothing otherwise.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// Colour when `stdout` is a terminal and `NO_COLOR` is not set.
    pub fn detect() -> Style {
        use std::io::IsTerminal;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Style {
            color: !no_color && std::io::stdout().is_terminal(),
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, t: &str) -> String {
        self.paint("1", t)
    }

    pub fn dim(&self, t: &str) -> String {
        self.paint("2", t)
    }

    pub fn band(&self, band: Band, t: &str) -> String {
        let code = match band {
            Band::Gone | Band::Angry => "31",
            Band::Irritated => "33",
            Band::Neutral => "0",
            Band::Content | Band::Delighted => "32",
        };
        self.paint(code, t)
    }

    pub fn signed(&self, v: i64) -> String {
        let t = format!("{v:+}");
        match v.signum() {
            1 => self.paint("32", &t),
            -1 => self.paint("31", &t),
            _ => t,
        }
    }
}
