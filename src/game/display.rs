//! Is there a display to open a window on? Checked before the engine
//! starts, so a machine without one gets a sentence and a way forward
//! instead of a panic.

use std::path::Path;

use crate::text::i18n::{tr, tr_args};

/// `Ok` when an X11 display looks reachable.
pub fn check() -> Result<(), String> {
    if !cfg!(target_os = "linux") {
        return Ok(());
    }
    let Some(display) = std::env::var_os("DISPLAY").filter(|d| !d.is_empty()) else {
        return Err(tr("game-no-display").to_string());
    };
    let display = display.to_string_lossy().into_owned();
    // A local display (":1", ":1.0") is a socket in /tmp/.X11-unix; remote
    // ones ("host:0") are left to the window system to judge.
    if let Some(rest) = display.strip_prefix(':') {
        let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let socket = Path::new("/tmp/.X11-unix").join(format!("X{number}"));
        if !number.is_empty() && !socket.exists() {
            return Err(tr_args(
                "game-display-unreachable",
                &[
                    ("display", display.as_str().into()),
                    ("socket", socket.display().to_string().into()),
                ],
            ));
        }
    }
    Ok(())
}
