//! Printouts: each command renders HTML through `waypoint_store::reports` and shows it in
//! the report window (see [`crate::report_window`]), where `print_report` prints it.

use tauri::{AppHandle, State};
use waypoint_core::ids::{ClassId, TeamReflectionId};
use waypoint_core::reports::Paper;
use waypoint_store::reports::{self, ReportRequest};

use crate::error::IpcError;
use crate::report_window;
use crate::state::{AppState, today};

/// Renders conference reports (one student, or the class) into the report window.
#[tauri::command(async)]
#[specta::specta]
pub fn open_conference_report(
    app: AppHandle,
    state: State<'_, AppState>,
    request: ReportRequest,
) -> Result<(), IpcError> {
    let html = {
        let db = state.db()?;
        reports::conference_report(db.conn(), db.path(), &request, &today())?
    };
    report_window::show(&app, html, "Waypoint — Conference report")
}

/// Renders the class summary into the report window.
#[tauri::command(async)]
#[specta::specta]
pub fn open_class_summary(
    app: AppHandle,
    state: State<'_, AppState>,
    class_id: ClassId,
    paper: Paper,
) -> Result<(), IpcError> {
    let html = reports::class_summary(state.db()?.conn(), class_id, paper, &today())?;
    report_window::show(&app, html, "Waypoint — Class summary")
}

/// Renders the team's reflection into the report window.
#[tauri::command(async)]
#[specta::specta]
pub fn open_team_reflection_report(
    app: AppHandle,
    state: State<'_, AppState>,
    id: TeamReflectionId,
    paper: Paper,
) -> Result<(), IpcError> {
    let html = reports::team_reflection(state.db()?.conn(), id, paper)?;
    report_window::show(&app, html, "Waypoint — Team reflection")
}

/// Opens the print dialog for the report window (Save as PDF included).
#[tauri::command(async)]
#[specta::specta]
pub fn print_report(app: AppHandle) -> Result<(), IpcError> {
    report_window::print(&app)
}
