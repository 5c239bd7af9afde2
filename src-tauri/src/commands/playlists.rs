//! Activity, playlist and choice board commands: editing them, assigning them to students,
//! groups and stations, and each student's playlists and progress.

use tauri::State;
use waypoint_core::ids::{ActivityId, AssignmentId, ClassId, PlaylistId, StudentId};
use waypoint_core::playlists::{
    ActivityInput, ActivityView, AssignTarget, PlaylistInput, PlaylistProgress, PlaylistView,
    ProgressChange, StudentPlaylist,
};
use waypoint_store::playlists;

use crate::error::IpcError;
use crate::state::{AppState, today};

/// A class's activities.
#[tauri::command(async)]
#[specta::specta]
pub fn list_activities(
    state: State<'_, AppState>,
    class_id: ClassId,
    include_archived: bool,
) -> Result<Vec<ActivityView>, IpcError> {
    let db = state.db()?;
    Ok(playlists::list_activities(
        db.conn(),
        class_id,
        include_archived,
    )?)
}

/// Creates an activity in a class.
#[tauri::command(async)]
#[specta::specta]
pub fn create_activity(
    state: State<'_, AppState>,
    class_id: ClassId,
    input: ActivityInput,
) -> Result<ActivityView, IpcError> {
    Ok(playlists::create_activity(
        &mut *state.db()?,
        class_id,
        &input,
    )?)
}

/// Edits an activity.
#[tauri::command(async)]
#[specta::specta]
pub fn update_activity(
    state: State<'_, AppState>,
    id: ActivityId,
    input: ActivityInput,
) -> Result<ActivityView, IpcError> {
    Ok(playlists::update_activity(&mut *state.db()?, id, &input)?)
}

/// Archives or unarchives an activity.
#[tauri::command(async)]
#[specta::specta]
pub fn set_activity_archived(
    state: State<'_, AppState>,
    id: ActivityId,
    archived: bool,
) -> Result<ActivityView, IpcError> {
    Ok(playlists::set_activity_archived(
        &mut *state.db()?,
        id,
        archived,
    )?)
}

/// A class's playlists and choice boards with their activities and assignments.
#[tauri::command(async)]
#[specta::specta]
pub fn list_playlists(
    state: State<'_, AppState>,
    class_id: ClassId,
    include_archived: bool,
) -> Result<Vec<PlaylistView>, IpcError> {
    let db = state.db()?;
    Ok(playlists::list_playlists(
        db.conn(),
        class_id,
        include_archived,
    )?)
}

/// Creates a playlist or choice board in a class.
#[tauri::command(async)]
#[specta::specta]
pub fn create_playlist(
    state: State<'_, AppState>,
    class_id: ClassId,
    input: PlaylistInput,
) -> Result<PlaylistView, IpcError> {
    Ok(playlists::create_playlist(
        &mut *state.db()?,
        class_id,
        &input,
    )?)
}

/// Edits a playlist or choice board.
#[tauri::command(async)]
#[specta::specta]
pub fn update_playlist(
    state: State<'_, AppState>,
    id: PlaylistId,
    input: PlaylistInput,
) -> Result<PlaylistView, IpcError> {
    Ok(playlists::update_playlist(&mut *state.db()?, id, &input)?)
}

/// Archives or unarchives a playlist or choice board.
#[tauri::command(async)]
#[specta::specta]
pub fn set_playlist_archived(
    state: State<'_, AppState>,
    id: PlaylistId,
    archived: bool,
) -> Result<PlaylistView, IpcError> {
    Ok(playlists::set_playlist_archived(
        &mut *state.db()?,
        id,
        archived,
    )?)
}

/// Assigns a playlist to a student, a group or a station.
#[tauri::command(async)]
#[specta::specta]
pub fn assign_playlist(
    state: State<'_, AppState>,
    playlist_id: PlaylistId,
    target: AssignTarget,
) -> Result<PlaylistView, IpcError> {
    Ok(playlists::assign_playlist(
        &mut *state.db()?,
        playlist_id,
        &target,
    )?)
}

/// Removes an assignment.
#[tauri::command(async)]
#[specta::specta]
pub fn unassign_playlist(
    state: State<'_, AppState>,
    assignment_id: AssignmentId,
) -> Result<PlaylistView, IpcError> {
    Ok(playlists::unassign_playlist(
        &mut *state.db()?,
        assignment_id,
    )?)
}

/// The playlists that reach a student, with their progress.
#[tauri::command(async)]
#[specta::specta]
pub fn student_playlists(
    state: State<'_, AppState>,
    student_id: StudentId,
) -> Result<Vec<StudentPlaylist>, IpcError> {
    let db = state.db()?;
    Ok(playlists::student_playlists(db.conn(), student_id)?)
}

/// How far each active student of a class has got with each playlist that reaches them, for
/// the playlist cards' overview: one call for the class.
#[tauri::command(async)]
#[specta::specta]
pub fn class_playlist_progress(
    state: State<'_, AppState>,
    class_id: ClassId,
) -> Result<Vec<PlaylistProgress>, IpcError> {
    let db = state.db()?;
    Ok(playlists::class_playlist_progress(db.conn(), class_id)?)
}

/// Records a student's status on one activity of a playlist, dated the teacher's local day.
#[tauri::command(async)]
#[specta::specta]
pub fn set_activity_progress(
    state: State<'_, AppState>,
    change: ProgressChange,
) -> Result<Vec<StudentPlaylist>, IpcError> {
    Ok(playlists::record_progress(
        &mut *state.db()?,
        &change,
        &today(),
    )?)
}
