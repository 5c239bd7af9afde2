//! Facts about the running app.

use serde::Serialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// What the About line shows.
#[derive(Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    version: &'static str,
    db_path: String,
    device_id: String,
}

/// The app version, the database path and this device's id.
#[tauri::command(async)]
#[specta::specta]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    let db = state.db()?;
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        db_path: db.path().display().to_string(),
        device_id: db.device_id().to_string(),
    })
}
