//! Facts about the running app.

use serde::Serialize;
use tauri::{State, WebviewWindow};

use crate::error::IpcError;
use crate::state::AppState;

/// What the footer and About Waypoint show.
#[derive(Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    version: &'static str,
    db_path: String,
    /// The folder of the daily snapshots (the automatic backups) beside the database.
    snapshots_dir: String,
    device_id: String,
}

/// The app version, where the data lives and this device's id.
#[tauri::command(async)]
#[specta::specta]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    let db = state.db()?;
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        db_path: db.path().display().to_string(),
        snapshots_dir: waypoint_store::data_folder::snapshots_dir(db.path())
            .display()
            .to_string(),
        device_id: db.device_id().to_string(),
    })
}

/// The page zoom this laptop keeps (1 is 100 %).
#[tauri::command(async)]
#[specta::specta]
pub fn page_zoom(state: State<'_, AppState>) -> Result<f64, IpcError> {
    Ok(crate::page_zoom::saved(&*state.db()?))
}

/// Zooms the page to `zoom` (0.5 to 3) and keeps it for the next start.
#[tauri::command(async)]
#[specta::specta]
pub fn set_page_zoom(window: WebviewWindow, zoom: f64) -> Result<f64, IpcError> {
    crate::page_zoom::set(&window, zoom)
}
