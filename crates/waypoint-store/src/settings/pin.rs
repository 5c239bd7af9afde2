//! The teacher PIN: its hash, the throttle on wrong guesses, and the move from the old hash.
//!
//! All of it is local bookkeeping in `handoff_setting` (never an op, never synced): the PIN
//! guards this laptop's student mode, and a co-teacher's laptop has its own.
//!
//! - The PIN is kept as an argon2id hash in the PHC string format
//!   (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`), with a fresh random salt per PIN and
//!   the parameters OWASP recommends for argon2id: 19 MiB of memory, 2 passes, 1 lane. A PIN
//!   has at most 10^8 values, so the hash alone would not stop someone who has copied the
//!   database file; the memory-hard hash makes each guess cost real time and memory there.
//! - At the keyboard, guessing is slowed by [`waypoint_core::pin`]'s rule: the count of
//!   wrong PINs and the earliest next attempt (from the database's wall clock) are kept
//!   here too, so quitting the app does not reset them. While the wait runs, a check is
//!   refused with [`Error::PinThrottled`] before any hashing.
//! - Laptops set up before argon2id hold `salt$sha256hex`; it is still accepted, and the
//!   first right entry replaces it with an argon2id hash.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use waypoint_core::msg;
use waypoint_core::pin::teacher_pin;
use waypoint_core::pin::{PinThrottle, wait_seconds};

use crate::{Db, Error, Result};

/// The `handoff_setting` key the PIN's hash is kept under.
const PIN_KEY: &str = "teacher_pin";
/// Wrong PINs in a row (a decimal count).
const FAILURES_KEY: &str = "teacher_pin_failures";
/// The earliest next attempt, Unix milliseconds.
const NEXT_ATTEMPT_KEY: &str = "teacher_pin_next_attempt_ms";

/// argon2id's memory in KiB (19 MiB), passes and lanes: OWASP's recommended minimum.
const ARGON2_M_KIB: u32 = 19 * 1024;
const ARGON2_T: u32 = 2;
const ARGON2_P: u32 = 1;

fn argon2() -> Argon2<'static> {
    // The parameters are constants within argon2's bounds, so this cannot fail; the
    // crate's defaults are the same values should that ever change.
    let params = Params::new(ARGON2_M_KIB, ARGON2_T, ARGON2_P, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The argon2id PHC string for `pin`, with a fresh random salt.
fn hash_pin(pin: &str) -> Result<String> {
    let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes()).map_err(Error::PinHash)?;
    Ok(argon2()
        .hash_password(pin.as_bytes(), &salt)
        .map_err(Error::PinHash)?
        .to_string())
}

/// The hash laptops stored before argon2id: SHA-256 over a fixed label, the salt and the PIN.
fn legacy_hash(salt: &str, pin: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"waypoint teacher pin\0");
    h.update(salt.as_bytes());
    h.update(b"\0");
    h.update(pin.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `pin` matches `stored` (argon2id, or the legacy form), and whether the stored
/// value is the legacy one and should be replaced.
fn matches(stored: &str, pin: &str) -> (bool, bool) {
    if stored.starts_with('$') {
        let ok = PasswordHash::new(stored)
            .is_ok_and(|h| argon2().verify_password(pin.as_bytes(), &h).is_ok());
        return (ok, false);
    }
    match stored.split_once('$') {
        Some((salt, hash)) => (legacy_hash(salt, pin) == hash, true),
        None => (false, false),
    }
}

fn setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT value FROM handoff_setting WHERE key = ?1",
            [key],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .filter(|v| !v.is_empty()))
}

fn stored_pin(conn: &Connection) -> Result<Option<String>> {
    setting(conn, PIN_KEY)
}

/// The wrong-PIN count and the next allowed attempt, as stored (none: no wrong PINs).
fn throttle(conn: &Connection) -> Result<PinThrottle> {
    let number = |key| -> Result<u64> {
        Ok(setting(conn, key)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0))
    };
    Ok(PinThrottle {
        failures: u32::try_from(number(FAILURES_KEY)?).unwrap_or(u32::MAX),
        next_attempt_ms: number(NEXT_ATTEMPT_KEY)?,
    })
}

fn save_throttle(db: &mut Db, t: PinThrottle) -> Result<()> {
    if t == PinThrottle::default() {
        db.set_handoff_setting(FAILURES_KEY, None)?;
        return db.set_handoff_setting(NEXT_ATTEMPT_KEY, None);
    }
    db.set_handoff_setting(FAILURES_KEY, Some(&t.failures.to_string()))?;
    db.set_handoff_setting(NEXT_ATTEMPT_KEY, Some(&t.next_attempt_ms.to_string()))
}

/// Whether a teacher PIN is set on this laptop.
pub fn has_teacher_pin(conn: &Connection) -> Result<bool> {
    Ok(stored_pin(conn)?.is_some())
}

/// Whether `pin` is this laptop's teacher PIN; false when none is set, so an unset PIN
/// never lets anyone out of student mode by accident.
///
/// A wrong PIN is counted, and past the free attempts the next one must wait; while it
/// waits, this returns [`Error::PinThrottled`] without looking at `pin`. A right PIN clears
/// the count, and a PIN kept in the old SHA-256 form is re-hashed with argon2id.
pub fn check_teacher_pin(db: &mut Db, pin: &str) -> Result<bool> {
    let Some(stored) = stored_pin(db.conn())? else {
        return Ok(false);
    };
    let now = (db.wall)();
    let throttle = throttle(db.conn())?;
    let wait = throttle.wait_ms(now);
    if wait > 0 {
        return Err(Error::PinThrottled {
            seconds: wait_seconds(wait),
        });
    }
    let (ok, legacy) = matches(&stored, pin);
    if !ok {
        save_throttle(db, throttle.after_wrong_pin(now))?;
        return Ok(false);
    }
    if throttle != PinThrottle::default() {
        save_throttle(db, PinThrottle::default())?;
    }
    if legacy {
        db.set_handoff_setting(PIN_KEY, Some(&hash_pin(pin)?))?;
    }
    Ok(true)
}

/// Sets the teacher PIN (4 to 8 digits). When one is already set, `current` must match
/// it (and counts as an attempt, throttled like any other). Local to this laptop: never an
/// op, never synced.
pub fn set_teacher_pin(db: &mut Db, current: &str, new: &str) -> Result<()> {
    if has_teacher_pin(db.conn())? && !check_teacher_pin(db, current)? {
        return Err(
            waypoint_core::Error::invalid("currentPin", msg!("store-pin-not-current")).into(),
        );
    }
    let new = teacher_pin("newPin", new)?;
    let value = hash_pin(&new)?;
    db.set_handoff_setting(PIN_KEY, Some(&value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_argon2id_with_the_documented_parameters() {
        let h = hash_pin("2468").expect("a PIN hashes");
        assert!(
            h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "PHC string with the documented parameters: {h}"
        );
        assert_ne!(
            h,
            hash_pin("2468").expect("a PIN hashes"),
            "each PIN gets its own salt"
        );
        assert_eq!(
            matches(&h, "2468"),
            (true, false),
            "the PIN matches its hash"
        );
        assert_eq!(matches(&h, "2469"), (false, false), "another does not");
    }

    #[test]
    fn the_old_sha256_form_still_matches_and_asks_to_be_replaced() {
        let stored = format!("abcd${}", legacy_hash("abcd", "2468"));
        assert_eq!(
            matches(&stored, "2468"),
            (true, true),
            "right PIN, old form"
        );
        assert_eq!(
            matches(&stored, "1111"),
            (false, true),
            "wrong PIN, old form"
        );
        assert_eq!(
            matches("garbage", "2468"),
            (false, false),
            "a damaged value matches nothing"
        );
    }
}
