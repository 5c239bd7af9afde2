//! An import killed (SIGKILL) at seeded moments leaves the database exactly as before or after it,
//! never corrupt, and the import can simply be run again and undone.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::Value;

use crate::common::{Sandbox, utf8};

/// Students added on top of the demo class for the import that gets killed: enough that a
/// debug build spends about a second importing them.
const BULK_STUDENTS: u64 = 20_000;
/// How many imports are killed.
const KILLS: u64 = 8;

/// Writes a database at `db` holding the demo class and [`BULK_STUDENTS`] more students,
/// in one transaction through the store (adding them one command at a time would take
/// minutes); returns the class id.
fn bulk_database(db: &Path) -> Result<String> {
    use waypoint_core::ids::StudentId;
    let mut db = waypoint_store::Db::open(db)?;
    let class_id = waypoint_store::roster::load_demo_class(&mut db)?
        .id
        .to_string();
    db.write(|w| {
        for i in 0..BULK_STUDENTS {
            let mut random = [0; 10];
            random[2..].copy_from_slice(&i.to_be_bytes());
            let id = StudentId::mint(w.wall_ms(), random).to_string();
            let mut fields = waypoint_core::roster::StudentInput {
                given_name: format!("Student {i}"),
                family_name: "Bulk".into(),
                preferred_name: String::new(),
                birth_date: "2014-09-01".into(),
                ..Default::default()
            }
            .to_fields();
            fields.insert("class_id".into(), Value::from(class_id.as_str()));
            fields.insert("archived".into(), Value::from(false));
            w.set(&waypoint_core::roster::STUDENT, &id, fields)?;
        }
        Ok(())
    })?;
    Ok(class_id)
}

/// Copies the database file at `from` (and its write-ahead log, if one is left) to `to`:
/// a fresh receiving laptop for each run.
fn copy_database(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to)?;
    let wal = |p: &Path| {
        let mut name = p.as_os_str().to_owned();
        name.push("-wal");
        PathBuf::from(name)
    };
    if wal(from).exists() {
        std::fs::copy(wal(from), wal(to))?;
    }
    Ok(())
}

/// The restore point the store is writing while an import runs: `<db>.before-import.new`.
/// It exists from the start of the restore-point copy until the import's transaction has
/// ended, so seeing it after a kill means the kill landed in one of them.
fn restore_point_in_progress(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".before-import.new");
    PathBuf::from(name)
}

/// Waits until `flag` exists or the child exits, polling; the time it took.
fn wait_for_file(flag: &Path, child: &mut std::process::Child) -> Result<Duration> {
    let start = Instant::now();
    while !flag.exists() && child.try_wait()?.is_none() {
        anyhow::ensure!(
            start.elapsed() < Duration::from_secs(60),
            "the import never started its restore point"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    Ok(start.elapsed())
}

/// SQLite's own check of every page and index of the database at `db`.
fn integrity_check(db: &Path) -> Result<String> {
    let conn = rusqlite::Connection::open(db)?;
    Ok(conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
}

/// A fixed-seed generator (splitmix64): the same delays on every run of the test.
fn next_fraction(state: &mut u64) -> f64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) as f64 / u64::MAX as f64
}

#[cfg(unix)]
#[test]
fn a_kill_at_any_moment_of_an_import_leaves_the_state_before_or_after_it() -> Result<()> {
    use std::os::unix::process::ExitStatusExt;
    let sb = Sandbox::new()?;
    let setup = Instant::now();
    let sender = sb.file("sender.sqlite3");
    let class_id = bulk_database(&sender)?;
    let big = sb.file("big.bundle");
    let big_arg = utf8(&big)?;
    let out = sb.run_on(&sender, &["export", "--plain", "--out", big_arg])?;
    assert!(
        out.status.success(),
        "the big bundle is exported: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The receiving laptop has a class of its own, so "before" is not an empty database.
    let pristine = sb.file("receiver.sqlite3");
    let out = sb.run_on(&pristine, &["demo"])?;
    assert!(out.status.success(), "the receiver gets its own demo class");
    let before = sb.dump_of(&pristine)?;
    let import = |db: &Path| -> Result<std::process::Child> {
        Ok(sb
            .command(&[
                "--db",
                utf8(db)?,
                "import",
                big_arg,
                "--receive-class",
                &class_id,
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()?)
    };

    // One import to the end, timed: until its restore point starts, and from then to exit.
    let full = sb.file("full.sqlite3");
    copy_database(&pristine, &full)?;
    let started = Instant::now();
    let mut child = import(&full)?;
    let until_restore_point = wait_for_file(&restore_point_in_progress(&full), &mut child)?;
    let finished = child.wait_with_output()?;
    let import_time = started.elapsed();
    assert!(
        finished.status.success(),
        "an import left alone completes: {}",
        String::from_utf8_lossy(&finished.stderr)
    );
    let then_to_exit = import_time.saturating_sub(until_restore_point);
    let after = sb.dump_of(&full)?;
    assert_ne!(after, before, "the import brings the bulk class in");
    eprintln!(
        "setup {:?}; import {import_time:?}, restore point after {until_restore_point:?}",
        setup.elapsed().saturating_sub(import_time)
    );

    let mut seed = 0x5EED_u64;
    let mut killed = 0;
    let mut rolled_back_mid_import = None;
    for run in 0..KILLS {
        let copy = sb.file(&format!("run-{run}.sqlite3"));
        copy_database(&pristine, &copy)?;
        let in_progress = restore_point_in_progress(&copy);
        let jitter = next_fraction(&mut seed);
        let mut child = import(&copy)?;
        // Each kill has its own slice of the import, at a pseudo-random point in it. The
        // first two slices are before the restore point (reading and checking the bundle,
        // opening the database); the third kill comes the moment the restore-point copy is
        // seen to begin, while it is being written; the rest are spread over the rest of the
        // import, which is mostly its transaction.
        let delay = match run {
            0 | 1 => until_restore_point.mul_f64((run as f64 + jitter) / 2.0),
            2 => {
                wait_for_file(&in_progress, &mut child)?;
                Duration::ZERO
            }
            _ => {
                wait_for_file(&in_progress, &mut child)?;
                let slices = (KILLS - 3) as f64;
                then_to_exit.mul_f64(((run - 3) as f64 + jitter) / slices * 0.95)
            }
        };
        std::thread::sleep(delay);
        // If it has already exited the kill does nothing; the status below says which.
        let _ = child.kill();
        let out = child.wait_with_output()?;
        let was_killed = out.status.signal() == Some(9);
        assert!(
            was_killed || out.status.success(),
            "run {run}: an import not killed must have completed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            integrity_check(&copy)?,
            "ok",
            "run {run}: a kill {delay:?} in must never corrupt the database"
        );
        let now = sb.dump_of(&copy)?;
        assert!(
            now == before || now == after,
            "run {run}: a kill {delay:?} in must leave exactly the state before the import or after it, never part of it"
        );
        if !was_killed {
            assert_eq!(
                now, after,
                "run {run}: a completed import brought everything"
            );
        }
        killed += u64::from(was_killed);
        if was_killed && in_progress.exists() && now == before {
            rolled_back_mid_import.get_or_insert(copy);
        }
    }
    eprintln!("{killed} of {KILLS} imports killed before they finished");
    let Some(interrupted) = rolled_back_mid_import else {
        panic!(
            "no kill landed inside the restore point or the import's transaction ({killed} of \
             {KILLS} were killed at all), so this run proved nothing about them"
        );
    };

    // The laptop whose import was killed half-way simply imports the bundle again.
    let retry = sb.run_on(
        &interrupted,
        &["import", big_arg, "--receive-class", &class_id],
    )?;
    assert!(
        retry.status.success(),
        "after a kill the same import runs again, despite the half-written restore point: {}",
        String::from_utf8_lossy(&retry.stderr)
    );
    assert_eq!(
        sb.dump_of(&interrupted)?,
        after,
        "the retried import brings everything"
    );
    let undo = sb.run_on(&interrupted, &["undo-import"])?;
    assert!(
        undo.status.success(),
        "the retried import can be undone: {}",
        String::from_utf8_lossy(&undo.stderr)
    );
    assert_eq!(
        sb.dump_of(&interrupted)?,
        before,
        "its restore point is the state before the import, not a half-done one"
    );
    Ok(())
}
