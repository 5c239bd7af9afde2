//! The shell's managed state: the open database behind a mutex, the rotation clock the
//! Today view drives and the projector window shows, and student mode.
//!
//! Student mode is enforced here, not in the UI: while it is on, [`AppState::db`] refuses
//! every command, and only the student-mode commands reach the database, through
//! [`AppState::student_db`], which hands them the one student's id. So a student at the
//! laptop cannot reach another student's data whatever the page tries to call. The mode is
//! also kept in the database's local settings, so quitting and restarting the app comes back
//! in student mode: only the teacher's PIN ends it.
//!
//! Locks are always taken in the order student mode, then database, so two commands can
//! never wait on each other.

use std::sync::{Mutex, MutexGuard};
use std::time::Instant;
use waypoint_core::clock::Clock;
use waypoint_store::{Db, ownership};

use crate::error::IpcError;

/// The database the app has open, the rotation clock, and student mode.
pub struct AppState {
    db: Mutex<Db>,
    clock: Mutex<Clock>,
    started: Instant,
    /// The student whose page is open in student mode, or `None` for the teacher.
    student_mode: Mutex<Option<String>>,
}

impl AppState {
    /// Wraps an open database.
    pub fn new(db: Db) -> Self {
        // Student mode left on survives a restart: quitting the app is not a way out of it.
        // A setting that can't be read leaves it off; the student row is checked on use.
        let student = ownership::student_mode_student(db.conn()).ok().flatten();
        Self {
            db: Mutex::new(db),
            clock: Mutex::new(Clock::default()),
            started: Instant::now(),
            student_mode: Mutex::new(student),
        }
    }

    /// The database, for one command's duration. Refused while student mode is on.
    pub fn db(&self) -> Result<MutexGuard<'_, Db>, IpcError> {
        let mode = self.mode()?;
        if mode.is_some() {
            return Err(IpcError::student_mode());
        }
        // Taken while the mode is held, so student mode cannot begin in between.
        self.lock_db()
    }

    /// The database and the student whose page is open, for the student-mode commands
    /// only. Refused when student mode is off.
    pub fn student_db(&self) -> Result<(MutexGuard<'_, Db>, String), IpcError> {
        let mode = self.mode()?;
        let Some(student) = mode.clone() else {
            return Err(IpcError::invalid(
                "Student mode is off; this page is only for student mode.",
            ));
        };
        Ok((self.lock_db()?, student))
    }

    /// Hands the laptop to a student: from now on only that student's page is reachable,
    /// until [`AppState::leave_student_mode`] is given the teacher's PIN. Needs a PIN to be
    /// set (or there would be no way back) and a student on this laptop.
    pub fn enter_student_mode(&self, student_id: &str, today: &str) -> Result<(), IpcError> {
        let mut mode = self.mode()?;
        if mode.is_some() {
            return Err(IpcError::student_mode());
        }
        let mut db = self.lock_db()?;
        if !ownership::has_teacher_pin(db.conn())? {
            return Err(IpcError::invalid(
                "Set a teacher PIN first: it is needed to leave student mode.",
            ));
        }
        let view = ownership::student_mode_view(db.conn(), student_id, today)?;
        let student = view.student_id.to_string();
        ownership::set_student_mode_student(&mut db, Some(&student))?;
        *mode = Some(student);
        Ok(())
    }

    /// Gives the laptop back to the teacher when `pin` is the teacher's PIN.
    pub fn leave_student_mode(&self, pin: &str) -> Result<(), IpcError> {
        let mut mode = self.mode()?;
        if mode.is_none() {
            return Err(IpcError::invalid("Student mode is already off."));
        }
        let mut db = self.lock_db()?;
        if !ownership::check_teacher_pin(db.conn(), pin)? {
            return Err(IpcError::invalid_field(
                "pin",
                "That is not the teacher's PIN.",
            ));
        }
        ownership::set_student_mode_student(&mut db, None)?;
        *mode = None;
        Ok(())
    }

    /// The rotation clock, and the time on the monotonic clock it counts in (ms since the app
    /// started), so a change of the wall clock never jumps the countdown.
    pub fn clock(&self) -> Result<(MutexGuard<'_, Clock>, u64), IpcError> {
        let now = self.started.elapsed().as_millis() as u64;
        let clock = self
            .clock
            .lock()
            .map_err(|_| IpcError::internal("The rotation clock failed; restart Waypoint."))?;
        Ok((clock, now))
    }

    fn mode(&self) -> Result<MutexGuard<'_, Option<String>>, IpcError> {
        self.student_mode
            .lock()
            .map_err(|_| IpcError::internal("Student mode failed midway; restart Waypoint."))
    }

    fn lock_db(&self) -> Result<MutexGuard<'_, Db>, IpcError> {
        self.db
            .lock()
            .map_err(|_| IpcError::internal("An earlier command failed midway; restart Waypoint."))
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

    fn state() -> (tempfile::TempDir, AppState, String) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut db = Db::open(&dir.path().join("w.sqlite3")).expect("a new database opens");
        let class = roster::load_demo_class(&mut db).expect("the demo class loads");
        let student = roster::list_students(db.conn(), &class.id.to_string(), false)
            .expect("the demo class has students")[0]
            .id
            .to_string();
        (dir, AppState::new(db), student)
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
            code(state.enter_student_mode(&student, "2026-03-02")),
            Some(ErrorCode::Invalid),
            "with no PIN there would be no way back, so student mode is refused"
        );
        {
            let mut db = state.db().expect("the database, outside student mode");
            ownership::set_teacher_pin(&mut db, "", "2468").expect("a PIN is set");
        }
        assert_eq!(
            code(state.enter_student_mode("0190b7a0-0000-7000-8000-000000000000", "2026-03-02")),
            Some(ErrorCode::NotFound),
            "student mode is for a student on this laptop"
        );
        state
            .enter_student_mode(&student, "2026-03-02")
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
        let (dir, state, student) = state();
        {
            let mut db = state.db().expect("the database, outside student mode");
            ownership::set_teacher_pin(&mut db, "", "2468").expect("a PIN is set");
        }
        state
            .enter_student_mode(&student, "2026-03-02")
            .expect("the laptop goes to the student");
        drop(state);
        let reopened = AppState::new(
            Db::open(&dir.path().join("w.sqlite3")).expect("the database opens again"),
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
        );
        assert!(
            again.db().is_ok(),
            "once left, it stays off after a restart"
        );
    }
}
