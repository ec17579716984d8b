//! Where the learning record store is and who the learners are to it,
//! kept in the records' settings so the game and the terminal share them.
//!
//! - [`LrsSettings`]: the LRS's endpoint and the key and secret it gave
//!   (HTTP Basic authentication, as xAPI 1.0.3 LRSs expect).
//! - [`ActorIdentity`]: how a learner is named in statements. xAPI needs
//!   an inverse functional identifier; Last Word knows only a learner's
//!   name, so the organisation chooses either an account on a home page it
//!   names (`{"homePage": ..., "name": <learner>}`) or an email address
//!   made from the name and its domain (`mailto:<name>@<domain>`).

use serde::{Deserialize, Serialize};

use super::{Error, Records};

const LRS: &str = "lrs";
const ACTOR: &str = "xapi_actor";

/// The LRS statements are sent to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LrsSettings {
    /// The xAPI endpoint, e.g. `https://lrs.example.org/xAPI/`.
    pub endpoint: String,
    pub key: String,
    pub secret: String,
}

/// How a learner is identified in statements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorIdentity {
    /// An account named after the learner on this home page.
    Account { home_page: String },
    /// `mailto:` the learner's name (lowercased, spaces as dots) at this
    /// domain.
    Mbox { domain: String },
}

impl ActorIdentity {
    /// The identity used until an organisation sets its own: an account on
    /// a home page that says where the record came from.
    pub fn default_identity() -> ActorIdentity {
        ActorIdentity::Account {
            home_page: "urn:last-word:learners".to_string(),
        }
    }
}

impl Records {
    /// The LRS set up on this machine, if any.
    pub fn lrs_settings(&self) -> Result<Option<LrsSettings>, Error> {
        Ok(self
            .setting(LRS)?
            .and_then(|text| serde_json::from_str(&text).ok()))
    }

    /// Sets (or with `None` forgets) the LRS.
    pub fn set_lrs_settings(&self, settings: Option<&LrsSettings>) -> Result<(), Error> {
        match settings {
            Some(s) => {
                self.set_setting(LRS, &serde_json::to_string(s).expect("settings serialise"))
            }
            None => self.remove_setting(LRS),
        }
    }

    /// How learners are named in statements.
    pub fn actor_identity(&self) -> Result<ActorIdentity, Error> {
        Ok(self
            .setting(ACTOR)?
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_else(ActorIdentity::default_identity))
    }

    pub fn set_actor_identity(&self, identity: &ActorIdentity) -> Result<(), Error> {
        self.set_setting(
            ACTOR,
            &serde_json::to_string(identity).expect("identity serialises"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_kept_and_forgotten() {
        let r = Records::in_memory().unwrap();
        assert_eq!(r.lrs_settings().unwrap(), None);
        assert_eq!(
            r.actor_identity().unwrap(),
            ActorIdentity::default_identity()
        );
        let lrs = LrsSettings {
            endpoint: "http://127.0.0.1:8100/xAPI/".into(),
            key: "k".into(),
            secret: "s".into(),
        };
        r.set_lrs_settings(Some(&lrs)).unwrap();
        let mbox = ActorIdentity::Mbox {
            domain: "example.org".into(),
        };
        r.set_actor_identity(&mbox).unwrap();
        assert_eq!(r.lrs_settings().unwrap(), Some(lrs));
        assert_eq!(r.actor_identity().unwrap(), mbox);
        r.set_lrs_settings(None).unwrap();
        assert_eq!(r.lrs_settings().unwrap(), None);
    }
}
