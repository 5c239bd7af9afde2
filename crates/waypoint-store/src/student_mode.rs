//! Student mode's one-student view and the things a student may do in it: check in on a
//! goal, write a reflection, pick an activity from a choice board that reaches them, and give
//! feedback on a classmate's work opened for review. Whether the mode is on, and for whom, is
//! a local setting ([`crate::settings`]).

use serde_json::Value;
use waypoint_core::author::Author;
use waypoint_core::feedback::FeedbackInput;
use waypoint_core::goals::{CheckInInput, GOAL};
use waypoint_core::ids::{ActivityId, ArtifactId, GoalId, PlaylistId, StudentId};
use waypoint_core::playlists::{PlaylistKind, ProgressStatus};
use waypoint_core::progressions::Readiness;
use waypoint_core::reflections::ReflectionInput;
use waypoint_core::student_mode::{MyNextStep, StudentModeView};

use crate::feedback::{feedback_prompts, give_feedback, received_feedback, review_items};
use crate::playlists::{set_activity_progress, student_playlists};
use crate::progressions::student_next_steps;

use crate::goals::{student_goals, write_check_in};
use crate::reflections::{add_reflection, list_prompts, list_reflections};
use crate::roster::get_student;
use crate::rows::{live_fields, not_found};
use crate::{Db, Result};

/// Student mode's page on `today`: that student's goals, the prompts they may answer, their
/// reflections, next steps and choice boards, and the classmates' work open for their
/// feedback. Nothing else about any other student.
pub fn student_mode_view(db: &Db, student_id: StudentId, today: &str) -> Result<StudentModeView> {
    let conn = db.conn();
    let student = get_student(conn, student_id)?;
    // An archived student has no next steps; their page still opens.
    let next_steps = match student_next_steps(conn, student_id) {
        Ok(next) => next
            .steps
            .into_iter()
            .filter(|s| {
                matches!(
                    s.competency.state,
                    Readiness::Ready | Readiness::WorkingOnIt
                )
            })
            .map(|s| MyNextStep {
                competency_id: s.competency.competency_id,
                code: s.competency.code,
                statement: s.competency.statement,
            })
            .collect(),
        Err(_) if student.archived => Vec::new(),
        Err(e) => return Err(e),
    };
    let boards = student_playlists(conn, student_id)?
        .into_iter()
        .filter(|p| p.kind == PlaylistKind::ChoiceBoard)
        .collect();
    Ok(StudentModeView {
        student_id: student.id,
        display_name: student.display_name,
        goals: student_goals(conn, student.id, today)?,
        prompts: list_prompts(conn, false)?,
        reflections: list_reflections(conn, student_id)?,
        next_steps,
        boards,
        review: review_items(conn, db.path(), student_id)?,
        feedback_prompts: feedback_prompts(conn)?,
        feedback_received: received_feedback(conn, db.path(), student_id)?,
    })
}

/// The student picks an activity from a choice board that reaches them: it is marked begun
/// on `today` (one already done stays done). A board that does not reach them is reported as
/// not found.
pub fn student_choose(
    db: &mut Db,
    student_id: StudentId,
    playlist: PlaylistId,
    activity: ActivityId,
    today: &str,
) -> Result<StudentModeView> {
    let boards = student_playlists(db.conn(), student_id)?;
    let Some(board) = boards
        .iter()
        .find(|p| p.playlist_id == playlist && p.kind == PlaylistKind::ChoiceBoard)
    else {
        return Err(not_found("choice board", playlist));
    };
    let done = board
        .activities
        .iter()
        .any(|a| a.activity.id == activity && a.status == ProgressStatus::Done);
    if done {
        return student_mode_view(db, student_id, today);
    }
    set_activity_progress(
        db,
        student_id,
        playlist,
        activity,
        ProgressStatus::InProgress,
        today,
    )?;
    student_mode_view(db, student_id, today)
}

/// Feedback from the student on a classmate's work open for review.
pub fn student_give_feedback(
    db: &mut Db,
    student_id: StudentId,
    artifact: ArtifactId,
    input: &FeedbackInput,
    today: &str,
) -> Result<StudentModeView> {
    give_feedback(db, student_id, artifact, input, today)?;
    student_mode_view(db, student_id, today)
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
    student_mode_view(db, student_id, today)
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
    student_mode_view(db, student_id, today)
}
