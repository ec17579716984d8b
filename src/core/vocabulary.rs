//! The principle vocabulary: the principles a folder's scenarios may weigh
//! their replies by. Reading one from a file, and the one shipped with
//! Last Word ([`Vocabulary::builtin`]), live in [`crate::core::load`].

use crate::core::scenario::Principle;

/// A principle vocabulary and where it came from.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    pub principles: Vec<Principle>,
    /// How the vocabulary is named in messages: its file, or the built-in one.
    pub origin: String,
}

impl Vocabulary {
    pub fn contains(&self, id: &str) -> bool {
        self.principles.iter().any(|p| p.id == id)
    }

    pub fn get(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }
}
