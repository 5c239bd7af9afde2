//! Student mode's one-student view and the two things a student may do in it: check in on
//! a goal and write a reflection. Whether the mode is on, and for whom, is a local setting
//! ([`crate::settings`]).

use rusqlite::Connection;
use serde_json::Value;
use waypoint_core::author::Author;
use waypoint_core::goals::{CheckInInput, GOAL};
use waypoint_core::ids::{GoalId, StudentId};
use waypoint_core::reflections::ReflectionInput;
use waypoint_core::student_mode::StudentModeView;

use crate::goals::{student_goals, write_check_in};
use crate::reflections::{add_reflection, list_prompts, list_reflections};
use crate::roster::get_student;
use crate::rows::{live_fields, not_found};
use crate::{Db, Result};

/// Student mode's page on `today`: that student's goals, the prompts they may answer, and
/// their own reflections. Nothing about any other student.
pub fn student_mode_view(
    conn: &Connection,
    student_id: StudentId,
    today: &str,
) -> Result<StudentModeView> {
    let student = get_student(conn, student_id)?;
    Ok(StudentModeView {
        student_id: student.id,
        display_name: student.display_name,
        goals: student_goals(conn, student.id, today)?,
        prompts: list_prompts(conn, false)?,
        reflections: list_reflections(conn, student_id)?,
    })
}

/// A check-in from student mode: only on a goal of `student_id` (any other goal is
/// reported not found and nothing is written), and always by the student.
pub fn student_check_in(
    db: &mut Db,
    student_id: StudentId,
    goal_id: GoalId,
    input: &CheckInInput,
    today: &str,
) -> Result<StudentModeView> {
    let student = student_id.to_string();
    let goal = goal_id.to_string();
    let input = CheckInInput {
        author: Author::Student,
        ..input.validate()?
    };
    db.write(|w| {
        let fields = live_fields(w.conn(), &GOAL, "goal", &goal)?;
        // Another student's goal is reported exactly like a missing one, so student mode
        // cannot even learn that it exists.
        if fields.get("student_id").and_then(Value::as_str) != Some(student.as_str()) {
            return Err(not_found("goal", &goal));
        }
        write_check_in(w, &goal, &input)
    })?;
    student_mode_view(db.conn(), student_id, today)
}

/// A reflection from student mode: for `student_id` only, always by the student.
pub fn student_reflect(
    db: &mut Db,
    student_id: StudentId,
    input: &ReflectionInput,
    today: &str,
) -> Result<StudentModeView> {
    let input = ReflectionInput {
        author: Author::Student,
        ..input.clone()
    };
    add_reflection(db, student_id, &input)?;
    student_mode_view(db.conn(), student_id, today)
}
