//! The teacher PIN: argon2id, the throttle on wrong guesses (kept across a restart), and
//! the move from the old SHA-256 form.

use anyhow::Result;
use sha2::{Digest, Sha256};
use std::sync::atomic::Ordering;
use waypoint_store::{Db, Error, settings};

use super::settable_clock;

fn stored_pin(db: &Db) -> Result<String> {
    Ok(db.conn().query_row(
        "SELECT value FROM handoff_setting WHERE key = 'teacher_pin'",
        [],
        |r| r.get(0),
    )?)
}

fn throttled_for(r: waypoint_store::Result<bool>) -> Option<u64> {
    match r {
        Err(Error::PinThrottled { seconds }) => Some(seconds),
        _ => None,
    }
}

#[test]
fn wrong_pins_past_three_must_wait_longer_each_time_even_after_a_restart() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("w.sqlite3");
    let (now, options) = settable_clock(1_000_000);
    let mut db = Db::open_with(&path, options.clone())?;
    settings::set_teacher_pin(&mut db, "", "2468")?;
    assert!(
        stored_pin(&db)?.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "the PIN is kept as an argon2id PHC string"
    );
    for i in 0..3 {
        assert!(
            !settings::check_teacher_pin(&mut db, "1111")?,
            "wrong PIN {i} is simply wrong"
        );
    }
    assert!(
        !settings::check_teacher_pin(&mut db, "1111")?,
        "the fourth wrong PIN is still checked"
    );
    assert_eq!(
        throttled_for(settings::check_teacher_pin(&mut db, "2468")),
        Some(5),
        "then even the right PIN waits 5 seconds, refused before it is checked"
    );
    let msg = Error::PinThrottled { seconds: 40 }.to_string();
    assert_eq!(
        msg, "Too many wrong PINs. Try again in 40 seconds.",
        "the refusal is a sentence the PIN box can show"
    );
    drop(db);
    now.fetch_add(2_000, Ordering::SeqCst);
    let mut db = Db::open_with(&path, options.clone())?;
    assert_eq!(
        throttled_for(settings::check_teacher_pin(&mut db, "1111")),
        Some(3),
        "quitting and reopening does not reset the wait"
    );
    now.fetch_add(3_000, Ordering::SeqCst);
    assert!(
        !settings::check_teacher_pin(&mut db, "1111")?,
        "once the wait is over, a guess is checked again"
    );
    assert_eq!(
        throttled_for(settings::check_teacher_pin(&mut db, "2468")),
        Some(10),
        "and the next wait is twice as long"
    );
    now.fetch_add(10_000, Ordering::SeqCst);
    assert!(
        settings::check_teacher_pin(&mut db, "2468")?,
        "the right PIN after the wait is accepted"
    );
    for i in 0..3 {
        assert!(
            !settings::check_teacher_pin(&mut db, "1111")?,
            "after a right PIN, the free attempts start over ({i})"
        );
    }
    assert!(
        settings::check_teacher_pin(&mut db, "2468")?,
        "three wrong PINs cost no wait"
    );
    assert!(
        db.ops()?.is_empty(),
        "the count and the wait are local bookkeeping, never ops"
    );
    Ok(())
}

#[test]
fn changing_the_pin_is_throttled_like_leaving_student_mode() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (_now, options) = settable_clock(5_000_000);
    let mut db = Db::open_with(&dir.path().join("w.sqlite3"), options)?;
    settings::set_teacher_pin(&mut db, "", "2468")?;
    for _ in 0..4 {
        assert!(
            settings::set_teacher_pin(&mut db, "1111", "9999").is_err(),
            "a wrong current PIN changes nothing"
        );
    }
    assert!(
        matches!(
            settings::set_teacher_pin(&mut db, "2468", "9999"),
            Err(Error::PinThrottled { .. })
        ),
        "guessing through the change form waits too"
    );
    assert!(
        !settings::check_teacher_pin(&mut db, "9999").unwrap_or(false),
        "and the PIN was not changed"
    );
    Ok(())
}

#[test]
fn an_old_sha256_pin_still_works_once_and_is_then_kept_as_argon2id() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    // The form laptops stored before argon2id: `salt$sha256hex`.
    let salt = "00112233445566778899aabbccddeeff";
    let mut h = Sha256::new();
    h.update(b"waypoint teacher pin\0");
    h.update(salt.as_bytes());
    h.update(b"\0");
    h.update(b"2468");
    let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    db.set_handoff_setting("teacher_pin", Some(&format!("{salt}${hex}")))?;
    assert!(
        !settings::check_teacher_pin(&mut db, "1357")?,
        "a wrong PIN against the old form is wrong"
    );
    assert!(
        stored_pin(&db)?.starts_with(salt),
        "a wrong PIN does not replace the old hash"
    );
    assert!(
        settings::check_teacher_pin(&mut db, "2468")?,
        "the right PIN matches the old form"
    );
    let now = stored_pin(&db)?;
    assert!(
        now.starts_with("$argon2id$"),
        "and the first right entry re-hashes it with argon2id: {now}"
    );
    assert!(
        settings::check_teacher_pin(&mut db, "2468")?,
        "the re-hashed PIN still matches"
    );
    Ok(())
}
