//! The rotation clock and the projector window. The clock lives in the shell's state so the
//! Today view and the projector read one countdown; the projector window may call only
//! `projector_view`, which carries names and stations and nothing else.

use tauri::{AppHandle, State, WebviewUrl};
use waypoint_core::clock::{ClockAction, ClockView};
use waypoint_store::rotations::{self, ProjectorView};

use crate::error::IpcError;
use crate::state::AppState;

/// The clock now.
#[tauri::command(async)]
#[specta::specta]
pub fn rotation_clock(state: State<'_, AppState>) -> Result<ClockView, IpcError> {
    let (mut clock, now) = state.clock()?;
    Ok(clock.view(now))
}

/// Loads a rotation, starts, pauses, skips, resets, or sets the chime.
#[tauri::command(async)]
#[specta::specta]
pub fn control_clock(
    state: State<'_, AppState>,
    action: ClockAction,
) -> Result<ClockView, IpcError> {
    let timing = match &action {
        ClockAction::Load { plan_id } => {
            Some(rotations::rotation_timing(state.db()?.conn(), *plan_id)?)
        }
        _ => None,
    };
    let (mut clock, now) = state.clock()?;
    clock.apply(&action, timing, now);
    Ok(clock.view(now))
}

/// What the projector shows: the clock, and each group's station and members' short names.
#[tauri::command(async)]
#[specta::specta]
pub fn projector_view(state: State<'_, AppState>) -> Result<ProjectorView, IpcError> {
    let clock = {
        let (mut clock, now) = state.clock()?;
        clock.view(now)
    };
    Ok(rotations::projector_view(state.db()?.conn(), clock)?)
}

/// Opens the projector window, or brings it forward.
#[tauri::command(async)]
#[specta::specta]
pub fn open_projector(app: AppHandle) -> Result<(), IpcError> {
    crate::windows::show_or_open(
        &app,
        "projector",
        WebviewUrl::App("index.html#projector".into()),
        "Waypoint — Projector",
        (1280.0, 720.0),
    )
}
