//! The shell's managed state: the open database behind a mutex, the rotation clock the
//! Today view drives and the projector window shows, and student mode.
//!
//! Student mode is enforced here, not in the UI: while it is on, [`AppState::db`] refuses
//! every command, and only the student-mode commands reach the database, through
//! [`AppState::student_db`], which hands them the one student's id. So a student at the
//! laptop cannot reach another student's data whatever the page tries to call. The mode is
//! also kept in the database's local settings, so quitting and restarting the app comes back
//! in student mode: only the teacher's PIN ends it. It fails closed: when that setting can't
//! be read at start-up, the app starts *locked*, with no student's page and no teacher's
//! page, until the PIN is given.
//!
//! The state also holds the secret store (the OS credential store, or memory for this
//! session) that the Sync page keeps the class passphrase in.
//!
//! Locks are always taken in the order student mode, then database, so two commands can
//! never wait on each other.

use std::sync::{Mutex, MutexGuard};
use std::time::Instant;
use waypoint_core::clock::Clock;
use waypoint_core::ids::StudentId;
use waypoint_store::{Db, settings, student_mode};
use waypoint_sync::secrets::SecretStore;

use crate::error::IpcError;
use waypoint_core::msg;

/// Who the laptop belongs to right now.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mode {
    /// The teacher: every page.
    Teacher,
    /// Student mode, on this student's page only.
    Student(StudentId),
    /// Student mode, but whose page could not be read: no page at all until the PIN.
    Locked,
}

/// The database the app has open, the rotation clock, student mode and the secret store.
pub struct AppState {
    db: Mutex<Db>,
    clock: Mutex<Clock>,
    started: Instant,
    student_mode: Mutex<Mode>,
    secrets: Box<dyn SecretStore>,
}

impl AppState {
    /// Wraps an open database and the secret store the passphrase is kept in.
    pub fn new(db: Db, secrets: Box<dyn SecretStore>) -> Self {
        // Student mode left on survives a restart: quitting the app is not a way out of it.
        // A setting that can't be read fails closed (locked until the PIN); the student row
        // is checked on use.
        let mode = match settings::student_mode_student(db.conn()) {
            Ok(None) => Mode::Teacher,
            Ok(Some(student)) => match student.parse() {
                Ok(student) => Mode::Student(student),
                Err(_) => Mode::Locked,
            },
            Err(_) => Mode::Locked,
        };
        Self {
            db: Mutex::new(db),
            clock: Mutex::new(Clock::default()),
            started: Instant::now(),
            student_mode: Mutex::new(mode),
            secrets,
        }
    }

    /// Where the class passphrase is kept: the OS credential store, or this session's memory.
    pub fn secrets(&self) -> &dyn SecretStore {
        self.secrets.as_ref()
    }

    /// The database, for one command's duration. Refused while student mode is on.
    pub fn db(&self) -> Result<MutexGuard<'_, Db>, IpcError> {
        let mode = self.mode()?;
        if *mode != Mode::Teacher {
            return Err(IpcError::student_mode());
        }
        // Taken while the mode is held, so student mode cannot begin in between.
        self.lock_db()
    }

    /// The database and the student whose page is open, for the student-mode commands
    /// only. Refused when student mode is off, and (with `student_mode`) when it is locked.
    pub fn student_db(&self) -> Result<(MutexGuard<'_, Db>, StudentId), IpcError> {
        let mode = self.mode()?;
        let student = match &*mode {
            Mode::Student(s) => *s,
            Mode::Locked => return Err(IpcError::student_mode_locked()),
            Mode::Teacher => {
                return Err(IpcError::invalid(msg!("backend-student-mode-off-page")));
            }
        };
        Ok((self.lock_db()?, student))
    }

    /// Hands the laptop to a student: from now on only that student's page is reachable,
    /// until [`AppState::leave_student_mode`] is given the teacher's PIN. Needs a PIN to be
    /// set (or there would be no way back) and a student on this laptop.
    pub fn enter_student_mode(&self, student_id: StudentId, today: &str) -> Result<(), IpcError> {
        let mut mode = self.mode()?;
        if *mode != Mode::Teacher {
            return Err(IpcError::student_mode());
        }
        let mut db = self.lock_db()?;
        if !settings::has_teacher_pin(db.conn())? {
            return Err(IpcError::invalid(msg!("backend-student-mode-needs-pin")));
        }
        let view = student_mode::student_mode_view(&db, student_id, today)?;
        let student = view.student_id;
        settings::set_student_mode_student(&mut db, Some(student))?;
        *mode = Mode::Student(student);
        Ok(())
    }

    /// Gives the laptop back to the teacher when `pin` is the teacher's PIN (also from the
    /// locked state). Wrong PINs are throttled by the store: while the wait runs, the
    /// refusal says how long.
    pub fn leave_student_mode(&self, pin: &str) -> Result<(), IpcError> {
        let mut mode = self.mode()?;
        if *mode == Mode::Teacher {
            return Err(IpcError::invalid(msg!("backend-student-mode-already-off")));
        }
        let mut db = self.lock_db()?;
        if !settings::check_teacher_pin(&mut db, pin)? {
            return Err(IpcError::invalid_field("pin", msg!("backend-pin-wrong")));
        }
        settings::set_student_mode_student(&mut db, None)?;
        *mode = Mode::Teacher;
        Ok(())
    }

    /// The rotation clock, and the time on the monotonic clock it counts in (ms since the app
    /// started), so a change of the wall clock never jumps the countdown.
    pub fn clock(&self) -> Result<(MutexGuard<'_, Clock>, u64), IpcError> {
        let now = self.started.elapsed().as_millis() as u64;
        let clock = self
            .clock
            .lock()
            .map_err(|_| IpcError::internal(msg!("backend-clock-failed")))?;
        Ok((clock, now))
    }

    fn mode(&self) -> Result<MutexGuard<'_, Mode>, IpcError> {
        self.student_mode
            .lock()
            .map_err(|_| IpcError::internal(msg!("backend-student-mode-failed")))
    }

    fn lock_db(&self) -> Result<MutexGuard<'_, Db>, IpcError> {
        self.db
            .lock()
            .map_err(|_| IpcError::internal(msg!("backend-command-failed")))
    }
}

/// The teacher's local date, `YYYY-MM-DD`.
pub fn today() -> String {
    chrono::Local::now().format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use waypoint_store::roster;
    use waypoint_sync::secrets::SessionMemory;

    fn state() -> (tempfile::TempDir, AppState, StudentId) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut db = Db::open(&dir.path().join("w.sqlite3")).expect("a new database opens");
        let class = roster::load_demo_class(&mut db).expect("the demo class loads");
        let student = roster::list_students(db.conn(), class.id, false)
            .expect("the demo class has students")[0]
            .id;
        (
            dir,
            AppState::new(db, Box::new(SessionMemory::new())),
            student,
        )
    }

    /// [`state`] with the teacher's PIN set to 2468 and the laptop handed to the student.
    fn state_in_student_mode() -> (tempfile::TempDir, AppState, StudentId) {
        let (dir, state, student) = state();
        {
            let mut db = state.db().expect("the database, outside student mode");
            settings::set_teacher_pin(&mut db, "", "2468").expect("a PIN is set");
        }
        state
            .enter_student_mode(student, "2026-03-02")
            .expect("the laptop goes to the student");
        (dir, state, student)
    }

    fn code<T>(r: Result<T, IpcError>) -> Option<ErrorCode> {
        r.err().map(|e| e.code)
    }

    #[test]
    fn student_mode_needs_a_pin_and_then_shuts_the_teacher_pages() {
        let (_dir, state, student) = state();
        assert!(
            state.db().is_ok(),
            "the teacher's pages work outside student mode"
        );
        assert_eq!(
            code(state.student_db()),
            Some(ErrorCode::Invalid),
            "the student-mode commands are refused outside student mode"
        );
        assert_eq!(
            code(state.enter_student_mode(student, "2026-03-02")),
            Some(ErrorCode::Invalid),
            "with no PIN there would be no way back, so student mode is refused"
        );
        {
            let mut db = state.db().expect("the database, outside student mode");
            settings::set_teacher_pin(&mut db, "", "2468").expect("a PIN is set");
        }
        assert_eq!(
            code(
                state.enter_student_mode(
                    "0190b7a0-0000-7000-8000-000000000000"
                        .parse()
                        .expect("a well-formed id"),
                    "2026-03-02"
                )
            ),
            Some(ErrorCode::NotFound),
            "student mode is for a student on this laptop"
        );
        state
            .enter_student_mode(student, "2026-03-02")
            .expect("with a PIN, the laptop goes to the student");
        assert_eq!(
            code(state.db()),
            Some(ErrorCode::StudentMode),
            "every teacher command is refused in student mode"
        );
        let (db, id) = state
            .student_db()
            .expect("student mode's own commands work");
        // Released before the next call, as a command's guard is at its end.
        drop(db);
        assert_eq!(
            id, student,
            "and they get the mode's student, not one the page names"
        );
        assert_eq!(
            code(state.leave_student_mode("1111")),
            Some(ErrorCode::Invalid),
            "a wrong PIN does not leave student mode"
        );
        assert_eq!(
            code(state.db()),
            Some(ErrorCode::StudentMode),
            "so the teacher's pages stay shut"
        );
        state
            .leave_student_mode("2468")
            .expect("the teacher's PIN leaves student mode");
        assert!(state.db().is_ok(), "and the teacher's pages work again");
        assert_eq!(
            code(state.student_db()),
            Some(ErrorCode::Invalid),
            "while the student-mode commands are refused again"
        );
    }

    #[test]
    fn quitting_and_restarting_does_not_end_student_mode() {
        let (dir, state, student) = state_in_student_mode();
        drop(state);
        let reopened = AppState::new(
            Db::open(&dir.path().join("w.sqlite3")).expect("the database opens again"),
            Box::new(SessionMemory::new()),
        );
        assert_eq!(
            code(reopened.db()),
            Some(ErrorCode::StudentMode),
            "after a restart the teacher's pages are still shut"
        );
        let (db, id) = reopened
            .student_db()
            .expect("and the same student's page is open");
        drop(db);
        assert_eq!(id, student, "for the same student");
        reopened
            .leave_student_mode("2468")
            .expect("the PIN still ends it");
        drop(reopened);
        let again = AppState::new(
            Db::open(&dir.path().join("w.sqlite3")).expect("the database opens a third time"),
            Box::new(SessionMemory::new()),
        );
        assert!(
            again.db().is_ok(),
            "once left, it stays off after a restart"
        );
    }

    /// Opens the database at `path` in the shell's state, after `damage` has run SQL on a
    /// separate connection (the shell never runs SQL itself; only this test does, to
    /// simulate a damaged settings row).
    fn reopened_after(path: &std::path::Path, damage: &str) -> AppState {
        rusqlite::Connection::open(path)
            .and_then(|c| c.execute_batch(damage))
            .expect("the test damages the settings");
        AppState::new(
            Db::open(path).expect("the database still opens"),
            Box::new(SessionMemory::new()),
        )
    }

    #[test]
    fn a_student_mode_setting_that_cannot_be_read_keeps_the_laptop_locked_until_the_pin() {
        let (dir, state, student) = state_in_student_mode();
        drop(state);
        let path = dir.path().join("w.sqlite3");
        // Text that is not UTF-8 (as a damaged sector might leave): the read of the mode
        // fails, the rest of the database (the PIN among it) does not.
        let locked = reopened_after(
            &path,
            "UPDATE handoff_setting SET value = CAST(x'c328' AS TEXT) WHERE key = 'student_mode';",
        );
        assert_eq!(
            code(locked.db()),
            Some(ErrorCode::StudentMode),
            "an unreadable mode does not open the teacher's pages"
        );
        assert_eq!(
            code(locked.student_db()),
            Some(ErrorCode::StudentMode),
            "nor any student's page: the UI shows the locked screen on this code"
        );
        assert_eq!(
            code(locked.enter_student_mode(student, "2026-03-02")),
            Some(ErrorCode::StudentMode),
            "nothing re-enters from the locked state but the PIN"
        );
        assert_eq!(
            code(locked.leave_student_mode("1111")),
            Some(ErrorCode::Invalid),
            "a wrong PIN does not unlock it"
        );
        assert_eq!(
            code(locked.db()),
            Some(ErrorCode::StudentMode),
            "so it stays locked"
        );
        locked
            .leave_student_mode("2468")
            .expect("the teacher's PIN unlocks it");
        assert!(locked.db().is_ok(), "and the teacher's pages open");
        drop(locked);
        let again = AppState::new(
            Db::open(&path).expect("the database opens again"),
            Box::new(SessionMemory::new()),
        );
        assert!(
            again.db().is_ok(),
            "leaving cleared the damaged setting, so the next start is the teacher's"
        );
    }

    #[test]
    fn with_the_settings_table_gone_the_app_starts_locked() {
        let (dir, state, _student) = state();
        drop(state);
        let locked = reopened_after(&dir.path().join("w.sqlite3"), "DROP TABLE handoff_setting;");
        assert_eq!(
            code(locked.db()),
            Some(ErrorCode::StudentMode),
            "a mode that cannot be read at all is taken as on"
        );
        assert!(
            locked.leave_student_mode("2468").is_err(),
            "and with no PIN to check against, nothing unlocks it"
        );
        assert_eq!(
            code(locked.db()),
            Some(ErrorCode::StudentMode),
            "so the teacher's pages stay shut"
        );
    }

    #[test]
    fn wrong_pins_in_student_mode_are_throttled_with_a_message_for_the_pin_box() {
        let (_dir, state, _) = state_in_student_mode();
        for _ in 0..4 {
            assert!(
                state.leave_student_mode("1111").is_err(),
                "wrong PINs are refused"
            );
        }
        let e = state
            .leave_student_mode("2468")
            .expect_err("after four wrong PINs even the right one waits");
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::Invalid, Some("pin")),
            "the wait is shown next to the PIN box"
        );
        assert!(
            e.message.starts_with("Too many wrong PINs. Try again in "),
            "and says how long: {}",
            e.message
        );
        assert_eq!(
            code(state.db()),
            Some(ErrorCode::StudentMode),
            "student mode stays on meanwhile"
        );
    }
}
