//! How long statements wait before the next try after the LRS failed:
//! 5 seconds after the first failure, doubling with each one after, never
//! more than 15 minutes.

use std::time::Duration;

/// The wait after the first failure.
pub const FIRST_RETRY: Duration = Duration::from_secs(5);

/// The longest wait between tries.
pub const LONGEST_RETRY: Duration = Duration::from_secs(15 * 60);

/// The wait before the next try, after `failures` failed tries (counting
/// the one just made; 0 is taken as 1).
pub fn retry_delay(failures: u32) -> Duration {
    let doublings = failures.saturating_sub(1).min(31);
    FIRST_RETRY
        .checked_mul(1u32 << doublings)
        .map_or(LONGEST_RETRY, |d| d.min(LONGEST_RETRY))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_from_five_seconds_up_to_fifteen_minutes() {
        let secs: Vec<u64> = (1..=10).map(|n| retry_delay(n).as_secs()).collect();
        assert_eq!(secs, [5, 10, 20, 40, 80, 160, 320, 640, 900, 900]);
        assert_eq!(retry_delay(0), FIRST_RETRY);
        assert_eq!(retry_delay(u32::MAX), LONGEST_RETRY);
    }
}
