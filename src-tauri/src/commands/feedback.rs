//! Peer feedback and choice-board commands: the teacher opens portfolio items for review,
//! edits the protocol's prompts and reads the feedback; in student mode, the student picks an
//! activity from a board that reaches them and gives feedback on a classmate's open item.
//! The student-mode commands get the student from the mode, never from the page.

use tauri::State;
use waypoint_core::feedback::{FeedbackInput, FeedbackView};
use waypoint_core::ids::{ActivityId, ArtifactId, FeedbackId, PlaylistId};
use waypoint_core::portfolio::ArtifactView;
use waypoint_core::student_mode::StudentModeView;
use waypoint_store::{feedback, student_mode};

use crate::error::IpcError;
use crate::state::{AppState, today};

/// Opens or closes a portfolio item for peer review, and shares its feedback with its owner
/// or not.
#[tauri::command(async)]
#[specta::specta]
pub fn set_peer_review(
    state: State<'_, AppState>,
    id: ArtifactId,
    open: bool,
    share_with_owner: bool,
) -> Result<ArtifactView, IpcError> {
    Ok(feedback::set_peer_review(
        &mut *state.db()?,
        id,
        open,
        share_with_owner,
    )?)
}

/// The feedback classmates gave on an item.
#[tauri::command(async)]
#[specta::specta]
pub fn list_feedback(
    state: State<'_, AppState>,
    artifact_id: ArtifactId,
) -> Result<Vec<FeedbackView>, IpcError> {
    Ok(feedback::list_feedback(state.db()?.conn(), artifact_id)?)
}

/// Removes a piece of feedback.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_feedback(state: State<'_, AppState>, id: FeedbackId) -> Result<(), IpcError> {
    Ok(feedback::delete_feedback(&mut *state.db()?, id)?)
}

/// The feedback protocol's three prompts.
#[tauri::command(async)]
#[specta::specta]
pub fn feedback_prompts(state: State<'_, AppState>) -> Result<Vec<String>, IpcError> {
    Ok(feedback::feedback_prompts(state.db()?.conn())?)
}

/// Changes the feedback protocol's prompts.
#[tauri::command(async)]
#[specta::specta]
pub fn set_feedback_prompts(
    state: State<'_, AppState>,
    prompts: Vec<String>,
) -> Result<Vec<String>, IpcError> {
    Ok(feedback::set_feedback_prompts(&mut *state.db()?, &prompts)?)
}

/// In student mode, the student picks an activity from a choice board that reaches them.
#[tauri::command(async)]
#[specta::specta]
pub fn student_mode_choose(
    state: State<'_, AppState>,
    playlist_id: PlaylistId,
    activity_id: ActivityId,
) -> Result<StudentModeView, IpcError> {
    let (mut db, student) = state.student_db()?;
    Ok(student_mode::student_choose(
        &mut db,
        student,
        playlist_id,
        activity_id,
        &today(),
    )?)
}

/// In student mode, feedback on a classmate's work opened for review.
#[tauri::command(async)]
#[specta::specta]
pub fn student_mode_give_feedback(
    state: State<'_, AppState>,
    artifact_id: ArtifactId,
    input: FeedbackInput,
) -> Result<StudentModeView, IpcError> {
    let (mut db, student) = state.student_db()?;
    Ok(student_mode::student_give_feedback(
        &mut db,
        student,
        artifact_id,
        &input,
        &today(),
    )?)
}
