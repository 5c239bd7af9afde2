//! Groups, stations, rotation plans, group cards and the Today view. Each command calls a
//! use case in `waypoint_store::{groups, rotations, today}`.

use tauri::State;
use waypoint_core::groups::{GroupSetInput, GroupUpdate};
use waypoint_core::ids::{ClassId, GroupId, GroupSetId, RotationId, StationId, StudentId};
use waypoint_core::rotations::{RotationInput, StationInput, StationView};
use waypoint_store::groups::{self, GroupProposal, GroupRequest, GroupSetSummary, GroupSetView};
use waypoint_store::rotations::{self, GroupCard, RotationSummary, RotationView};
use waypoint_store::today::{self, TodayView};

use crate::error::IpcError;
use crate::state::{AppState, today};

/// Runs the grouping engine on the class's levels; nothing is saved.
#[tauri::command(async)]
#[specta::specta]
pub fn suggest_groups(
    state: State<'_, AppState>,
    class_id: ClassId,
    request: GroupRequest,
) -> Result<GroupProposal, IpcError> {
    Ok(groups::suggest_groups(
        state.db()?.conn(),
        class_id,
        &request,
    )?)
}

/// Saves a group set.
#[tauri::command(async)]
#[specta::specta]
pub fn save_group_set(
    state: State<'_, AppState>,
    class_id: ClassId,
    input: GroupSetInput,
) -> Result<GroupSetView, IpcError> {
    Ok(groups::save_group_set(&mut *state.db()?, class_id, &input)?)
}

/// The class's group sets, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_group_sets(
    state: State<'_, AppState>,
    class_id: ClassId,
) -> Result<Vec<GroupSetSummary>, IpcError> {
    Ok(groups::list_group_sets(state.db()?.conn(), class_id)?)
}

/// One group set.
#[tauri::command(async)]
#[specta::specta]
pub fn get_group_set(state: State<'_, AppState>, id: GroupSetId) -> Result<GroupSetView, IpcError> {
    Ok(groups::get_group_set(state.db()?.conn(), id)?)
}

/// Moves a student to another group of the set.
#[tauri::command(async)]
#[specta::specta]
pub fn move_student(
    state: State<'_, AppState>,
    set_id: GroupSetId,
    student_id: StudentId,
    group_id: GroupId,
) -> Result<GroupSetView, IpcError> {
    Ok(groups::move_student(
        &mut *state.db()?,
        set_id,
        student_id,
        group_id,
    )?)
}

/// Renames, refocuses, locks or marks a group teacher-led.
#[tauri::command(async)]
#[specta::specta]
pub fn update_group(
    state: State<'_, AppState>,
    group_id: GroupId,
    update: GroupUpdate,
) -> Result<GroupSetView, IpcError> {
    Ok(groups::update_group(&mut *state.db()?, group_id, &update)?)
}

/// Deletes a group set.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_group_set(state: State<'_, AppState>, id: GroupSetId) -> Result<(), IpcError> {
    Ok(groups::delete_group_set(&mut *state.db()?, id)?)
}

/// Brings back a deleted group set (undo).
#[tauri::command(async)]
#[specta::specta]
pub fn restore_group_set(
    state: State<'_, AppState>,
    id: GroupSetId,
) -> Result<GroupSetView, IpcError> {
    Ok(groups::restore_group_set(&mut *state.db()?, id)?)
}

/// The class's stations.
#[tauri::command(async)]
#[specta::specta]
pub fn list_stations(
    state: State<'_, AppState>,
    class_id: ClassId,
    include_archived: bool,
) -> Result<Vec<StationView>, IpcError> {
    Ok(rotations::list_stations(
        state.db()?.conn(),
        class_id,
        include_archived,
    )?)
}

/// Adds a station.
#[tauri::command(async)]
#[specta::specta]
pub fn create_station(
    state: State<'_, AppState>,
    class_id: ClassId,
    input: StationInput,
) -> Result<StationView, IpcError> {
    Ok(rotations::create_station(
        &mut *state.db()?,
        class_id,
        &input,
    )?)
}

/// Edits a station.
#[tauri::command(async)]
#[specta::specta]
pub fn update_station(
    state: State<'_, AppState>,
    id: StationId,
    input: StationInput,
) -> Result<StationView, IpcError> {
    Ok(rotations::update_station(&mut *state.db()?, id, &input)?)
}

/// Archives or unarchives a station.
#[tauri::command(async)]
#[specta::specta]
pub fn set_station_archived(
    state: State<'_, AppState>,
    id: StationId,
    archived: bool,
) -> Result<StationView, IpcError> {
    Ok(rotations::set_station_archived(
        &mut *state.db()?,
        id,
        archived,
    )?)
}

/// Builds and saves a rotation by the rotation rule.
#[tauri::command(async)]
#[specta::specta]
pub fn build_rotation(
    state: State<'_, AppState>,
    class_id: ClassId,
    input: RotationInput,
) -> Result<RotationView, IpcError> {
    Ok(rotations::build_rotation(
        &mut *state.db()?,
        class_id,
        &input,
    )?)
}

/// The class's rotations, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_rotations(
    state: State<'_, AppState>,
    class_id: ClassId,
) -> Result<Vec<RotationSummary>, IpcError> {
    Ok(rotations::list_rotations(state.db()?.conn(), class_id)?)
}

/// One rotation.
#[tauri::command(async)]
#[specta::specta]
pub fn get_rotation(state: State<'_, AppState>, id: RotationId) -> Result<RotationView, IpcError> {
    Ok(rotations::get_rotation(state.db()?.conn(), id)?)
}

/// Copies the newest rotation to `date`.
#[tauri::command(async)]
#[specta::specta]
pub fn copy_last_rotation(
    state: State<'_, AppState>,
    class_id: ClassId,
    date: String,
) -> Result<Option<RotationView>, IpcError> {
    Ok(rotations::copy_last_rotation(
        &mut *state.db()?,
        class_id,
        &date,
    )?)
}

/// Sets one cell of a rotation by hand.
#[tauri::command(async)]
#[specta::specta]
pub fn set_rotation_cell(
    state: State<'_, AppState>,
    plan_id: RotationId,
    round: usize,
    group_id: GroupId,
    station_id: Option<StationId>,
) -> Result<RotationView, IpcError> {
    let mut db = state.db()?;
    Ok(rotations::set_rotation_cell(
        &mut db, plan_id, round, group_id, station_id,
    )?)
}

/// Changes a rotation's block and transition minutes.
#[tauri::command(async)]
#[specta::specta]
pub fn update_rotation_timing(
    state: State<'_, AppState>,
    plan_id: RotationId,
    block_minutes: u32,
    transition_minutes: u32,
) -> Result<RotationView, IpcError> {
    let mut db = state.db()?;
    Ok(rotations::update_rotation_timing(
        &mut db,
        plan_id,
        block_minutes,
        transition_minutes,
    )?)
}

/// One printable card per group of a rotation.
#[tauri::command(async)]
#[specta::specta]
pub fn group_cards(
    state: State<'_, AppState>,
    plan_id: RotationId,
) -> Result<Vec<GroupCard>, IpcError> {
    Ok(rotations::group_cards(state.db()?.conn(), plan_id)?)
}

/// The Today view of a class on the teacher's local date.
#[tauri::command(async)]
#[specta::specta]
pub fn today_view(
    state: State<'_, AppState>,
    class_id: ClassId,
    coverage_days: u32,
) -> Result<TodayView, IpcError> {
    Ok(today::today_view(
        state.db()?.conn(),
        class_id,
        &today(),
        coverage_days,
    )?)
}
