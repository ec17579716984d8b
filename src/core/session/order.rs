//! **The reply-order rule**: the order a node's replies are shown in.
//!
//! So that "pick 1" never becomes the lesson, each playthrough shows a
//! node's replies in its own order, drawn from the session's seed: the same
//! seed shows the same order at every node, every time the node comes up,
//! in every front end and after a restore. The draw uses its own random
//! stream (one per node), so the moods a seed gives stay what they were.
//! Replies marked `stay_last` follow the shuffled ones in file order.
//!
//! Only the order shown changes: a reply is always chosen, saved and
//! scripted by its stable number, its 1-based position in the file.

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::review::SessionMode;
use crate::core::scenario::Reply;

/// How a session is played. Saved with the session, so a restore shows
/// what the player saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Show each node's replies in a seeded, shuffled order (the default).
    /// Off, they come in file order, as a workshop may want.
    pub shuffle: bool,
    /// Practice (coaching after each reply) or assessment (coaching held
    /// back until the debrief).
    pub mode: SessionMode,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            shuffle: true,
            mode: SessionMode::Practice,
        }
    }
}

/// The order node `node`'s replies are shown in, as 0-based indices into
/// `replies`, for a session with this seed.
pub fn shown_order(replies: &[Reply], seed: u64, node: usize, options: Options) -> Vec<usize> {
    let (last, mut movable): (Vec<usize>, Vec<usize>) =
        (0..replies.len()).partition(|&i| replies[i].stay_last);
    if options.shuffle {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        // Stream 0 is the session's mood stream; each node has its own.
        rng.set_stream(1 + node as u64);
        movable.shuffle(&mut rng);
    }
    movable.extend(last);
    movable
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replies(stay_last: &[bool]) -> Vec<Reply> {
        stay_last
            .iter()
            .enumerate()
            .map(|(i, &stay_last)| Reply {
                text: format!("reply {i}"),
                mood: 0.0,
                spread: 0.0,
                minutes: 0.0,
                principles: Default::default(),
                feedback: Default::default(),
                next: "end".into(),
                when: None,
                stay_last,
            })
            .collect()
    }

    const ON: Options = Options {
        shuffle: true,
        mode: SessionMode::Practice,
    };
    const OFF: Options = Options {
        shuffle: false,
        mode: SessionMode::Practice,
    };

    #[test]
    fn the_same_seed_and_node_give_the_same_order() {
        let r = replies(&[false; 6]);
        assert_eq!(shown_order(&r, 5, 2, ON), shown_order(&r, 5, 2, ON));
    }

    #[test]
    fn seeds_and_nodes_give_different_orders() {
        let r = replies(&[false; 6]);
        let orders: std::collections::HashSet<Vec<usize>> = (0..20)
            .map(|seed| shown_order(&r, seed, 0, ON))
            .chain((0..20).map(|node| shown_order(&r, 1, node, ON)))
            .collect();
        assert!(orders.len() > 20, "{orders:?}");
    }

    #[test]
    fn without_shuffling_the_file_order_is_kept() {
        let r = replies(&[false; 5]);
        assert_eq!(shown_order(&r, 9, 0, OFF), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn replies_that_stay_last_follow_the_others_in_file_order() {
        let r = replies(&[true, false, false, true, false]);
        for seed in 0..30 {
            let order = shown_order(&r, seed, 0, ON);
            assert_eq!(&order[3..], &[0, 3], "seed {seed}");
            let mut first = order[..3].to_vec();
            first.sort();
            assert_eq!(first, vec![1, 2, 4]);
        }
        // Every reply marked: the node keeps its order.
        assert_eq!(
            shown_order(&replies(&[true; 4]), 3, 0, ON),
            vec![0, 1, 2, 3]
        );
    }
}
