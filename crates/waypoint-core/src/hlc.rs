//! The hybrid logical clock (HLC) that orders every op.
//!
//! An HLC timestamp is (wall milliseconds, counter, device). It stays close to the wall
//! clock, but never goes backwards: when the wall clock is set back, or a peer's clock runs
//! ahead, the counter carries the order instead. Equal wall and counter values break ties on
//! the device id, so two devices never produce equal timestamps.
//!
//! The wall time is always an argument: this module never reads a clock.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::ids::DeviceId;

/// One HLC timestamp. Orders by wall time, then counter, then device id.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, specta::Type,
)]
pub struct Hlc {
    /// Milliseconds since the Unix epoch, as the clock saw them (never less than before).
    pub wall_ms: u64,
    /// Orders events within one millisecond, or while the wall clock lags.
    pub counter: u32,
    /// The device that made the timestamp; the final tie-break.
    pub device: DeviceId,
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}@{}", self.wall_ms, self.counter, self.device)
    }
}

/// The clock state a device persists: the last timestamp it issued or observed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HlcClock {
    last_wall_ms: u64,
    last_counter: u32,
    device: DeviceId,
}

impl HlcClock {
    /// A clock for `device` that resumes after the persisted `(wall_ms, counter)`.
    pub fn resume(device: DeviceId, wall_ms: u64, counter: u32) -> Self {
        Self {
            last_wall_ms: wall_ms,
            last_counter: counter,
            device,
        }
    }

    /// The last timestamp issued or observed, to persist.
    pub fn last(&self) -> Hlc {
        Hlc {
            wall_ms: self.last_wall_ms,
            counter: self.last_counter,
            device: self.device,
        }
    }

    /// Issues a new timestamp for a local event, given the current wall time.
    pub fn tick(&mut self, wall_ms: u64) -> Hlc {
        if wall_ms > self.last_wall_ms {
            self.last_wall_ms = wall_ms;
            self.last_counter = 0;
        } else {
            self.bump();
        }
        self.last()
    }

    /// Takes in a timestamp seen from elsewhere (an imported op), so that everything issued
    /// afterwards sorts after it. A value older than the clock never moves it backwards.
    pub fn observe(&mut self, seen: Hlc, wall_ms: u64) -> Hlc {
        let top = wall_ms.max(self.last_wall_ms).max(seen.wall_ms);
        if top == self.last_wall_ms && top == seen.wall_ms {
            self.last_counter = self.last_counter.max(seen.counter);
            self.bump();
        } else if top == self.last_wall_ms {
            self.bump();
        } else if top == seen.wall_ms {
            self.last_wall_ms = top;
            self.last_counter = seen.counter;
            self.bump();
        } else {
            self.last_wall_ms = top;
            self.last_counter = 0;
        }
        self.last()
    }

    fn bump(&mut self) {
        // Counter overflow would need 4 billion events in one millisecond; borrowing the next
        // millisecond keeps the order total rather than wrapping.
        match self.last_counter.checked_add(1) {
            Some(c) => self.last_counter = c,
            None => {
                self.last_wall_ms += 1;
                self.last_counter = 0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn dev(n: u8) -> DeviceId {
        DeviceId::mint(0, [n; 10])
    }

    #[test]
    fn follows_the_wall_clock_when_it_moves_forward() {
        let mut c = HlcClock::resume(dev(1), 0, 0);
        let a = c.tick(1_000);
        assert_eq!(
            (a.wall_ms, a.counter),
            (1_000, 0),
            "a fresh millisecond resets the counter"
        );
        let b = c.tick(1_000);
        assert_eq!(
            (b.wall_ms, b.counter),
            (1_000, 1),
            "the same millisecond bumps the counter"
        );
    }

    #[test]
    fn never_goes_backwards_when_the_wall_clock_is_set_back_an_hour() {
        let mut c = HlcClock::resume(dev(1), 0, 0);
        let before = c.tick(10_000_000);
        let after = c.tick(10_000_000 - 3_600_000);
        assert!(
            after > before,
            "an hour's clock change must not reorder edits"
        );
        assert_eq!(
            after.wall_ms, before.wall_ms,
            "the lagging wall time is ignored"
        );
    }

    #[test]
    fn an_older_observed_value_does_not_move_it_back() {
        let mut c = HlcClock::resume(dev(1), 5_000, 3);
        let old = Hlc {
            wall_ms: 10,
            counter: 0,
            device: dev(2),
        };
        let got = c.observe(old, 4_000);
        assert!(
            got > Hlc {
                wall_ms: 5_000,
                counter: 3,
                device: dev(1)
            },
            "observe only advances"
        );
    }

    #[test]
    fn a_newer_observed_value_pulls_it_forward() {
        let mut c = HlcClock::resume(dev(1), 5_000, 0);
        let seen = Hlc {
            wall_ms: 9_000,
            counter: 7,
            device: dev(2),
        };
        let got = c.observe(seen, 6_000);
        assert!(
            got > seen,
            "after observing, local events must sort after what was seen"
        );
        assert!(c.tick(6_000) > got, "and so must the next local tick");
    }

    #[test]
    fn equal_wall_and_counter_tie_break_on_the_device() {
        let a = Hlc {
            wall_ms: 1,
            counter: 1,
            device: dev(1),
        };
        let b = Hlc {
            wall_ms: 1,
            counter: 1,
            device: dev(2),
        };
        assert_ne!(
            a.cmp(&b),
            std::cmp::Ordering::Equal,
            "two devices never tie"
        );
    }

    #[test]
    fn counter_overflow_borrows_the_next_millisecond() {
        let mut c = HlcClock::resume(dev(1), 7, u32::MAX);
        let t = c.tick(7);
        assert_eq!(
            (t.wall_ms, t.counter),
            (8, 0),
            "overflow must not wrap to an earlier time"
        );
    }

    proptest! {
        #[test]
        fn strictly_increasing_under_any_wall_times_and_observations(
            steps in proptest::collection::vec((0u64..50_000, proptest::option::of((0u64..60_000, 0u32..5))), 1..200)
        ) {
            let mut c = HlcClock::resume(dev(1), 0, 0);
            let mut prev = c.last();
            for (wall, seen) in steps {
                let next = match seen {
                    Some((w, n)) => {
                        let s = Hlc { wall_ms: w, counter: n, device: dev(2) };
                        let got = c.observe(s, wall);
                        prop_assert!(got > s, "observe must land after what it saw");
                        got
                    }
                    None => c.tick(wall),
                };
                prop_assert!(next > prev, "every timestamp must be later than the one before");
                prev = next;
            }
        }
    }
}
