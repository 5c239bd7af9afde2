//! Learning progression and next-step commands: a framework's prerequisites and its
//! credit-from-later setting, each student's and the class's next steps, and personal choice
//! boards proposed from them and approved by the teacher.

use tauri::State;
use waypoint_core::frameworks::FrameworkView;
use waypoint_core::ids::{ClassId, FrameworkId, NodeId, StudentId};
use waypoint_core::playlists::{PlaylistInput, PlaylistView};
use waypoint_core::progressions::Prerequisite;
use waypoint_store::progressions::{self, ClassNextSteps, StudentNextSteps};

use crate::error::IpcError;
use crate::state::AppState;

/// A framework's prerequisites.
#[tauri::command(async)]
#[specta::specta]
pub fn list_prerequisites(
    state: State<'_, AppState>,
    framework_id: FrameworkId,
) -> Result<Vec<Prerequisite>, IpcError> {
    Ok(progressions::list_prerequisites(
        state.db()?.conn(),
        framework_id,
    )?)
}

/// Adds a prerequisite (a loop is refused and named); returns the framework's prerequisites.
#[tauri::command(async)]
#[specta::specta]
pub fn add_prerequisite(
    state: State<'_, AppState>,
    competency_id: NodeId,
    requires_id: NodeId,
) -> Result<Vec<Prerequisite>, IpcError> {
    Ok(progressions::add_prerequisite(
        &mut *state.db()?,
        competency_id,
        requires_id,
    )?)
}

/// Removes a prerequisite; returns the framework's prerequisites.
#[tauri::command(async)]
#[specta::specta]
pub fn remove_prerequisite(
    state: State<'_, AppState>,
    competency_id: NodeId,
    requires_id: NodeId,
) -> Result<Vec<Prerequisite>, IpcError> {
    Ok(progressions::remove_prerequisite(
        &mut *state.db()?,
        competency_id,
        requires_id,
    )?)
}

/// Turns crediting earlier competencies from a later one's mastery on or off.
#[tauri::command(async)]
#[specta::specta]
pub fn set_framework_credit(
    state: State<'_, AppState>,
    id: FrameworkId,
    on: bool,
) -> Result<FrameworkView, IpcError> {
    Ok(progressions::set_framework_credit(
        &mut *state.db()?,
        id,
        on,
    )?)
}

/// A student's next steps, with the activities that fit them.
#[tauri::command(async)]
#[specta::specta]
pub fn student_next_steps(
    state: State<'_, AppState>,
    student_id: StudentId,
) -> Result<StudentNextSteps, IpcError> {
    Ok(progressions::student_next_steps(
        state.db()?.conn(),
        student_id,
    )?)
}

/// The class's next steps: who is ready for which competency.
#[tauri::command(async)]
#[specta::specta]
pub fn class_next_steps(
    state: State<'_, AppState>,
    class_id: ClassId,
) -> Result<ClassNextSteps, IpcError> {
    Ok(progressions::class_next_steps(
        state.db()?.conn(),
        class_id,
    )?)
}

/// A draft personal choice board for a student (nothing is written), or null.
#[tauri::command(async)]
#[specta::specta]
pub fn propose_playlist(
    state: State<'_, AppState>,
    student_id: StudentId,
) -> Result<Option<PlaylistInput>, IpcError> {
    Ok(progressions::propose_playlist(
        state.db()?.conn(),
        student_id,
    )?)
}

/// Saves an (edited) proposed board and assigns it to the student, all at once.
#[tauri::command(async)]
#[specta::specta]
pub fn approve_playlist(
    state: State<'_, AppState>,
    student_id: StudentId,
    input: PlaylistInput,
) -> Result<PlaylistView, IpcError> {
    Ok(progressions::approve_playlist(
        &mut *state.db()?,
        student_id,
        &input,
    )?)
}
