//! The discussion timer the facilitator runs after a reveal: started,
//! paused and skipped by the facilitator, counting down from the minutes
//! the scenario's notes suggest. Time is passed in ([`DiscussionTimer::run`]),
//! as the timed mode's clock is: no system clock here.

/// Minutes a discussion is given when the notes suggest none.
pub const DEFAULT_MINUTES: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DiscussionTimer {
    /// Seconds the discussion is given.
    length: f64,
    /// Seconds it has run.
    ran: f64,
    running: bool,
    skipped: bool,
}

impl DiscussionTimer {
    /// A stopped timer of `minutes`.
    pub fn new(minutes: u32) -> DiscussionTimer {
        DiscussionTimer {
            length: f64::from(minutes.max(1)) * 60.0,
            ran: 0.0,
            running: false,
            skipped: false,
        }
    }

    /// Starts it, or pauses it if running. Does nothing once over.
    pub fn toggle(&mut self) {
        if !self.is_over() {
            self.running = !self.running;
        }
    }

    pub fn start(&mut self) {
        if !self.is_over() {
            self.running = true;
        }
    }

    pub fn pause(&mut self) {
        self.running = false;
    }

    /// Ends the discussion now.
    pub fn skip(&mut self) {
        self.skipped = true;
        self.running = false;
    }

    /// `seconds` pass; the timer stops by itself at zero.
    pub fn run(&mut self, seconds: f64) {
        if !self.running {
            return;
        }
        self.ran = (self.ran + seconds.max(0.0)).min(self.length);
        if self.ran >= self.length {
            self.running = false;
        }
    }

    pub fn is_running(&self) -> bool {
        self.running
    }

    /// Skipped, or run to zero.
    pub fn is_over(&self) -> bool {
        self.skipped || self.ran >= self.length
    }

    /// Seconds left on the clock.
    pub fn left(&self) -> f64 {
        if self.skipped {
            0.0
        } else {
            self.length - self.ran
        }
    }

    /// The share of the time left, 0 to 1 (for a bar).
    pub fn share_left(&self) -> f64 {
        self.left() / self.length
    }

    /// Whole seconds the discussion actually ran, for the record.
    pub fn seconds_run(&self) -> u32 {
        self.ran.round() as u32
    }

    /// Seconds the discussion is given.
    pub fn length(&self) -> f64 {
        self.length
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timer_runs_only_while_started_and_stops_at_zero() {
        let mut t = DiscussionTimer::new(1);
        t.run(10.0);
        assert_eq!(t.left(), 60.0, "not started");
        t.toggle();
        t.run(15.0);
        t.toggle();
        t.run(100.0);
        assert_eq!((t.left(), t.seconds_run()), (45.0, 15), "paused");
        t.start();
        t.run(100.0);
        assert!(t.is_over() && !t.is_running());
        assert_eq!((t.left(), t.seconds_run()), (0.0, 60));
        t.toggle();
        assert!(!t.is_running(), "an ended timer does not restart");
    }

    #[test]
    fn skipping_ends_the_discussion_and_keeps_the_time_it_ran() {
        let mut t = DiscussionTimer::new(2);
        t.start();
        t.run(30.5);
        t.skip();
        assert!(t.is_over());
        assert_eq!((t.left(), t.share_left(), t.seconds_run()), (0.0, 0.0, 31));
        assert_eq!(DiscussionTimer::new(0).length(), 60.0, "at least a minute");
    }
}
