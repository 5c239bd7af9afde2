//! The rule that slows down guessing the teacher PIN: how long a laptop makes the next
//! attempt wait after a run of wrong ones.
//!
//! A PIN is only 4 to 8 digits, so the hash alone cannot keep a student at the keyboard
//! from trying them all; the wait does. The first [`FREE_ATTEMPTS`] wrong PINs cost
//! nothing (a teacher mistypes), then each one doubles the wait from [`FIRST_DELAY_MS`] up
//! to [`MAX_DELAY_MS`]. A correct PIN starts over. The store keeps the count and the time
//! of the next allowed attempt in local bookkeeping, so a restart does not reset it; time
//! is passed in here. [`teacher_pin`] is the rule a new PIN must follow.

use crate::{Error, Result, msg};

/// Wrong PINs in a row that cost no wait.
pub const FREE_ATTEMPTS: u32 = 3;
/// The wait after the first wrong PIN past the free ones: 5 seconds.
pub const FIRST_DELAY_MS: u64 = 5_000;
/// The longest wait: 15 minutes.
pub const MAX_DELAY_MS: u64 = 15 * 60 * 1000;

/// How long the next attempt must wait after `failures` wrong PINs in a row: none for the
/// first [`FREE_ATTEMPTS`], then 5 s, 10 s, 20 s, … doubling, never more than 15 minutes.
pub fn wrong_pin_delay_ms(failures: u32) -> u64 {
    let Some(past_free) = failures.checked_sub(FREE_ATTEMPTS + 1) else {
        return 0;
    };
    // 5 s × 2^18 is already far past the cap, so the shift never overflows.
    FIRST_DELAY_MS
        .saturating_mul(1u64 << past_free.min(18))
        .min(MAX_DELAY_MS)
}

/// Where guessing stands on this laptop: wrong PINs in a row, and the earliest time (Unix
/// ms) the next attempt is allowed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PinThrottle {
    /// Wrong PINs since the last right one.
    pub failures: u32,
    /// The next attempt is refused before this time, Unix milliseconds.
    pub next_attempt_ms: u64,
}

impl PinThrottle {
    /// How long an attempt at `now_ms` must still wait, in milliseconds (0: go ahead).
    /// Never more than the current step's delay, so a wall clock set back cannot lock the
    /// laptop for longer than the rule says.
    pub fn wait_ms(&self, now_ms: u64) -> u64 {
        self.next_attempt_ms
            .saturating_sub(now_ms)
            .min(wrong_pin_delay_ms(self.failures))
    }

    /// The state after a wrong PIN at `now_ms`.
    pub fn after_wrong_pin(&self, now_ms: u64) -> PinThrottle {
        let failures = self.failures.saturating_add(1);
        PinThrottle {
            failures,
            next_attempt_ms: now_ms.saturating_add(wrong_pin_delay_ms(failures)),
        }
    }
}

/// A wait in milliseconds as whole seconds, rounded up, so "0 seconds" is never shown for
/// a wait that is still running.
pub fn wait_seconds(wait_ms: u64) -> u64 {
    wait_ms.div_ceil(1000)
}

/// A teacher PIN: 4 to 8 digits. `field` names the input it came from.
pub fn teacher_pin(field: &str, pin: &str) -> Result<String> {
    let ok = (4..=8).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit());
    if ok {
        Ok(pin.to_owned())
    } else {
        Err(Error::invalid(
            field,
            msg!("core-pin-digits", min = 4, max = 8),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::err_of;
    use proptest::prelude::*;

    #[test]
    fn pins_are_four_to_eight_digits() {
        for good in ["1234", "12345678"] {
            assert!(teacher_pin("newPin", good).is_ok(), "{good} is a PIN");
        }
        for bad in ["123", "123456789", "12a4", " 1234", "١٢٣٤"] {
            assert_eq!(
                err_of(teacher_pin("newPin", bad)).0,
                "newPin",
                "{bad:?} is not 4-8 ASCII digits"
            );
        }
    }

    #[test]
    fn three_wrong_pins_are_free_then_the_wait_doubles_to_fifteen_minutes() {
        let waits: Vec<u64> = (0..=14).map(wrong_pin_delay_ms).collect();
        assert_eq!(
            waits,
            vec![
                0, 0, 0, 0, 5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000,
                900_000, 900_000, 900_000
            ],
            "a mistyped PIN costs nothing; guessing soon costs minutes"
        );
        assert_eq!(
            wrong_pin_delay_ms(u32::MAX),
            MAX_DELAY_MS,
            "the cap holds at the largest count"
        );
    }

    #[test]
    fn a_wrong_pin_past_the_free_ones_sets_the_next_attempt() {
        let mut t = PinThrottle::default();
        for _ in 0..3 {
            t = t.after_wrong_pin(1_000);
            assert_eq!(t.wait_ms(1_000), 0, "the first three cost no wait");
        }
        t = t.after_wrong_pin(1_000);
        assert_eq!(t.wait_ms(1_000), 5_000, "the fourth waits 5 s");
        assert_eq!(t.wait_ms(3_500), 2_500, "the wait runs down with the clock");
        assert_eq!(t.wait_ms(6_000), 0, "and ends");
        assert_eq!(wait_seconds(2_500), 3, "seconds shown round up");
    }

    #[test]
    fn a_clock_set_back_does_not_lengthen_the_wait() {
        let t = PinThrottle {
            failures: 4,
            next_attempt_ms: 1_000_000_000,
        };
        assert_eq!(
            t.wait_ms(0),
            5_000,
            "the wait is never longer than the step's delay"
        );
    }

    proptest! {
        #[test]
        fn the_delay_never_shrinks_and_never_passes_the_cap(n in 0u32..10_000) {
            let (a, b) = (wrong_pin_delay_ms(n), wrong_pin_delay_ms(n + 1));
            prop_assert!(a <= b, "one more wrong PIN never waits less ({a} then {b})");
            prop_assert!(b <= MAX_DELAY_MS, "never more than 15 minutes ({b})");
        }

        #[test]
        fn the_wait_is_at_most_the_delay_and_runs_down(
            failures in 0u32..40, next in 0u64..u64::MAX / 2, now in 0u64..u64::MAX / 2, later in 0u64..10_000_000
        ) {
            let t = PinThrottle { failures, next_attempt_ms: next };
            prop_assert!(t.wait_ms(now) <= wrong_pin_delay_ms(failures), "capped by the step");
            prop_assert!(t.wait_ms(now + later) <= t.wait_ms(now), "time passing never adds to the wait");
        }
    }
}
