//! Who is in the room: the code phones join with, a token per phone, its
//! nickname and team, and a limit on wrong guesses of the code.
//!
//! Everything a phone sends is bounded here: a nickname is trimmed, loses
//! control characters and is cut to [`NICKNAME_MAX`] characters; a room
//! holds at most [`PHONES_MAX`] phones; a client (the server passes its
//! address) that types a wrong code [`GUESSES_MAX`] times is refused for
//! [`GUESS_WINDOW_MS`]. Nicknames are kept as typed text: escaping them is
//! the page's job wherever they are shown.

use std::collections::HashMap;

use rand::{Rng, RngExt};
use serde::Serialize;

/// Longest nickname kept, in characters.
pub const NICKNAME_MAX: usize = 24;
/// Most phones in one room.
pub const PHONES_MAX: usize = 500;
/// Wrong codes a client may type within [`GUESS_WINDOW_MS`].
pub const GUESSES_MAX: u32 = 5;
/// How long wrong guesses are remembered, in milliseconds.
pub const GUESS_WINDOW_MS: u64 = 60_000;

/// Letters a room code is made of: no 0/O, 1/I/L or other look-alikes,
/// so it reads unambiguously off a projector.
const CODE_LETTERS: &[u8] = b"ACDEFGHJKMNPQRTUVWXY";
/// Letters in a room code: 20^4 = 160,000 codes.
const CODE_LENGTH: usize = 4;

/// The short code on the projector that phones type to join.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct RoomCode(String);

impl RoomCode {
    /// A fresh code drawn from `rng`.
    pub fn generate(rng: &mut impl Rng) -> RoomCode {
        let code = (0..CODE_LENGTH)
            .map(|_| CODE_LETTERS[rng.random_range(0..CODE_LETTERS.len())] as char)
            .collect();
        RoomCode(code)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `typed` is this code, ignoring case and spaces around it.
    pub fn matches(&self, typed: &str) -> bool {
        typed.trim().eq_ignore_ascii_case(&self.0)
    }
}

/// The secret a phone gets when it joins and sends with every vote: one
/// vote per token per decision. A phone that reconnects keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Token(String);

impl Token {
    fn generate() -> Token {
        Token(uuid::Uuid::new_v4().simple().to_string())
    }

    /// The token a phone sent back (unchecked: look it up in the room).
    pub fn from_sent(text: &str) -> Token {
        Token(text.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A phone in the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phone {
    /// As typed, cleaned (see the module); `None` when left empty.
    pub nickname: Option<String>,
    /// The team it votes for, by position in [`Room::teams`].
    pub team: Option<usize>,
}

/// Why a phone could not join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JoinError {
    /// The code typed is not this room's; `left` more tries before a pause.
    WrongCode { left: u32 },
    /// Too many wrong codes from this client; try again after this long.
    TooManyGuesses { retry_after_ms: u64 },
    /// The room plays in teams and the phone named none, or one that does
    /// not exist.
    NoSuchTeam,
    /// The room is full.
    Full,
}

impl std::fmt::Display for JoinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JoinError::WrongCode { left } => write!(
                f,
                "that is not the room code on the screen; check it and try again ({left} tries left)"
            ),
            JoinError::TooManyGuesses { retry_after_ms } => write!(
                f,
                "too many wrong codes; wait {} seconds and try again",
                retry_after_ms.div_ceil(1000)
            ),
            JoinError::NoSuchTeam => write!(f, "pick one of the teams on the screen"),
            JoinError::Full => write!(f, "the room is full"),
        }
    }
}

impl std::error::Error for JoinError {}

/// Wrong guesses from one client.
#[derive(Debug, Clone, Copy)]
struct Guesses {
    count: u32,
    /// When the first of them was made, in the caller's milliseconds.
    since_ms: u64,
}

/// The room: its code, its teams and the phones that joined.
#[derive(Debug, Clone)]
pub struct Room {
    code: RoomCode,
    teams: Vec<String>,
    phones: HashMap<Token, Phone>,
    guesses: HashMap<String, Guesses>,
}

impl Room {
    /// A room joined with `code`; with `teams` named, every phone joins
    /// one of them.
    pub fn new(code: RoomCode, teams: Vec<String>) -> Room {
        Room {
            code,
            teams,
            phones: HashMap::new(),
            guesses: HashMap::new(),
        }
    }

    pub fn code(&self) -> &RoomCode {
        &self.code
    }

    pub fn teams(&self) -> &[String] {
        &self.teams
    }

    /// Phones joined.
    pub fn len(&self) -> usize {
        self.phones.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phones.is_empty()
    }

    /// Phones joined per team, in the teams' order.
    pub fn per_team(&self) -> Vec<usize> {
        let mut counts = vec![0; self.teams.len()];
        for team in self.phones.values().filter_map(|p| p.team) {
            counts[team] += 1;
        }
        counts
    }

    /// The phone holding `token`, if it joined this room.
    pub fn phone(&self, token: &Token) -> Option<&Phone> {
        self.phones.get(token)
    }

    /// Lets a phone in: `client` is who is asking (its address, for the
    /// guess limit), `code` what it typed, `now_ms` the caller's clock.
    pub fn join(
        &mut self,
        client: &str,
        code: &str,
        nickname: &str,
        team: Option<usize>,
        now_ms: u64,
    ) -> Result<(Token, Phone), JoinError> {
        self.check_code(client, code, now_ms)?;
        let team = match (self.teams.is_empty(), team) {
            (true, _) => None,
            (false, Some(t)) if t < self.teams.len() => Some(t),
            (false, _) => return Err(JoinError::NoSuchTeam),
        };
        if self.phones.len() >= PHONES_MAX {
            return Err(JoinError::Full);
        }
        let phone = Phone {
            nickname: clean_nickname(nickname),
            team,
        };
        let token = Token::generate();
        self.phones.insert(token.clone(), phone.clone());
        Ok((token, phone))
    }

    /// Checks a typed code against the guess limit.
    fn check_code(&mut self, client: &str, code: &str, now_ms: u64) -> Result<(), JoinError> {
        let guesses = self
            .guesses
            .get(client)
            .copied()
            .filter(|g| now_ms.saturating_sub(g.since_ms) < GUESS_WINDOW_MS);
        if let Some(g) = guesses
            && g.count >= GUESSES_MAX
        {
            return Err(JoinError::TooManyGuesses {
                retry_after_ms: GUESS_WINDOW_MS - now_ms.saturating_sub(g.since_ms),
            });
        }
        if self.code.matches(code) {
            return Ok(());
        }
        let g = guesses.unwrap_or(Guesses {
            count: 0,
            since_ms: now_ms,
        });
        let g = Guesses {
            count: g.count + 1,
            ..g
        };
        self.guesses.insert(client.to_string(), g);
        Err(JoinError::WrongCode {
            left: GUESSES_MAX - g.count,
        })
    }
}

/// A nickname as kept: trimmed, without control characters, at most
/// [`NICKNAME_MAX`] characters; `None` if nothing is left.
pub fn clean_nickname(typed: &str) -> Option<String> {
    let kept: String = typed
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .chars()
        .take(NICKNAME_MAX)
        .collect();
    let kept = kept.trim_end().to_string();
    (!kept.is_empty()).then_some(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    fn room(teams: &[&str]) -> Room {
        Room::new(
            RoomCode("KPWX".into()),
            teams.iter().map(|t| t.to_string()).collect(),
        )
    }

    #[test]
    fn codes_use_only_unambiguous_letters_and_vary() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
        let codes: Vec<RoomCode> = (0..50).map(|_| RoomCode::generate(&mut rng)).collect();
        for c in &codes {
            assert_eq!(c.as_str().len(), CODE_LENGTH);
            assert!(
                c.as_str().bytes().all(|b| CODE_LETTERS.contains(&b)),
                "{c:?}"
            );
        }
        let distinct: std::collections::HashSet<_> = codes.iter().map(|c| c.as_str()).collect();
        assert!(distinct.len() > 45, "{distinct:?}");
    }

    #[test]
    fn a_phone_joins_with_the_code_in_any_case_and_gets_its_own_token() {
        let mut r = room(&[]);
        let (a, phone) = r.join("10.0.0.2", " kpwx ", "  Sam  ", None, 0).unwrap();
        assert_eq!(phone.nickname.as_deref(), Some("Sam"));
        let (b, _) = r.join("10.0.0.3", "KPWX", "", Some(3), 0).unwrap();
        assert_ne!(a, b);
        assert_eq!(r.len(), 2);
        assert_eq!(r.phone(&b).unwrap().nickname, None);
        assert_eq!(r.phone(&b).unwrap().team, None, "no teams: team ignored");
        assert!(r.phone(&Token::from_sent("forged")).is_none());
    }

    #[test]
    fn wrong_codes_are_counted_per_client_and_paused_after_the_limit() {
        let mut r = room(&[]);
        for left in (0..GUESSES_MAX).rev() {
            assert_eq!(
                r.join("10.0.0.9", "AAAA", "", None, 1_000).unwrap_err(),
                JoinError::WrongCode { left }
            );
        }
        // Even the right code waits out the pause.
        assert_eq!(
            r.join("10.0.0.9", "KPWX", "", None, 11_000).unwrap_err(),
            JoinError::TooManyGuesses {
                retry_after_ms: 50_000
            }
        );
        // Another phone is not held up; the first can try again later.
        r.join("10.0.0.10", "KPWX", "", None, 11_000).unwrap();
        r.join("10.0.0.9", "KPWX", "", None, 61_000).unwrap();
    }

    #[test]
    fn teams_must_be_named_when_the_room_plays_in_teams() {
        let mut r = room(&["Red", "Blue"]);
        assert_eq!(
            r.join("a", "KPWX", "", None, 0).unwrap_err(),
            JoinError::NoSuchTeam
        );
        assert_eq!(
            r.join("a", "KPWX", "", Some(2), 0).unwrap_err(),
            JoinError::NoSuchTeam
        );
        r.join("a", "KPWX", "", Some(1), 0).unwrap();
        r.join("b", "KPWX", "", Some(1), 0).unwrap();
        assert_eq!(r.per_team(), [0, 2]);
    }

    #[test]
    fn nicknames_are_trimmed_cut_and_cleaned_but_kept_as_text() {
        assert_eq!(clean_nickname("<script>").as_deref(), Some("<script>"));
        assert_eq!(clean_nickname("a\u{0}b\nc").as_deref(), Some("abc"));
        assert_eq!(clean_nickname(" \t "), None);
        let long = "é".repeat(100);
        assert_eq!(clean_nickname(&long).unwrap().chars().count(), NICKNAME_MAX);
    }

    #[test]
    fn a_full_room_refuses_more_phones() {
        let mut r = room(&[]);
        for i in 0..PHONES_MAX {
            r.join(&i.to_string(), "KPWX", "", None, 0).unwrap();
        }
        assert_eq!(
            r.join("late", "KPWX", "", None, 0).unwrap_err(),
            JoinError::Full
        );
    }
}
