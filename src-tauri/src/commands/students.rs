//! Student and learner-profile commands.

use tauri::State;
use waypoint_core::ids::{ClassId, StudentId};
use waypoint_core::roster::{LearnerProfile, ProfileBadges, StudentInput, StudentView};
use waypoint_store::roster;

use crate::error::IpcError;
use crate::state::AppState;

/// Students in a class.
#[tauri::command(async)]
#[specta::specta]
pub fn list_students(
    state: State<'_, AppState>,
    class_id: ClassId,
    include_archived: bool,
) -> Result<Vec<StudentView>, IpcError> {
    Ok(roster::list_students(
        state.db()?.conn(),
        class_id,
        include_archived,
    )?)
}

/// Adds a student to a class.
#[tauri::command(async)]
#[specta::specta]
pub fn create_student(
    state: State<'_, AppState>,
    class_id: ClassId,
    input: StudentInput,
) -> Result<StudentView, IpcError> {
    Ok(roster::create_student(&mut *state.db()?, class_id, &input)?)
}

/// Edits a student's name or birth date.
#[tauri::command(async)]
#[specta::specta]
pub fn update_student(
    state: State<'_, AppState>,
    id: StudentId,
    input: StudentInput,
) -> Result<StudentView, IpcError> {
    Ok(roster::update_student(&mut *state.db()?, id, &input)?)
}

/// Archives or unarchives a student.
#[tauri::command(async)]
#[specta::specta]
pub fn set_student_archived(
    state: State<'_, AppState>,
    id: StudentId,
    archived: bool,
) -> Result<StudentView, IpcError> {
    Ok(roster::set_student_archived(
        &mut *state.db()?,
        id,
        archived,
    )?)
}

/// Erases a student for good: every record about them here and, as the purge ops travel,
/// on co-teachers' laptops; their portfolio files, the restore point and the snapshots.
/// Cannot be undone; the UI asks the teacher to type the student's name first.
#[tauri::command(async)]
#[specta::specta]
pub fn purge_student(state: State<'_, AppState>, id: StudentId) -> Result<(), IpcError> {
    Ok(roster::purge_student(&mut *state.db()?, id)?)
}

/// What the roster's badges show for every student of a class, in one call.
#[tauri::command(async)]
#[specta::specta]
pub fn class_profile_badges(
    state: State<'_, AppState>,
    class_id: ClassId,
) -> Result<Vec<ProfileBadges>, IpcError> {
    Ok(roster::class_profile_badges(state.db()?.conn(), class_id)?)
}

/// A student's learner profile.
#[tauri::command(async)]
#[specta::specta]
pub fn get_profile(
    state: State<'_, AppState>,
    student_id: StudentId,
) -> Result<LearnerProfile, IpcError> {
    Ok(roster::get_profile(state.db()?.conn(), student_id)?)
}

/// Saves a student's learner profile.
#[tauri::command(async)]
#[specta::specta]
pub fn save_profile(
    state: State<'_, AppState>,
    student_id: StudentId,
    profile: LearnerProfile,
) -> Result<LearnerProfile, IpcError> {
    Ok(roster::save_profile(
        &mut *state.db()?,
        student_id,
        &profile,
    )?)
}
