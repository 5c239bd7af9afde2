//! The page zoom: a teacher who needs bigger text zooms the whole page (Ctrl + = and
//! Ctrl + −, or the footer's buttons), as in a browser, and the app opens at that zoom next
//! time. WebKitGTK has no zoom keys of its own, and Tauri's zoom polyfill would need a core
//! webview permission in the capability, so the zoom is one of Waypoint's own commands.
//!
//! Like the window's size, the zoom is this laptop's own bookkeeping, kept in the local
//! settings (never synced).

use tauri::{Manager, Runtime, WebviewWindow};
use waypoint_core::msg;
use waypoint_store::Db;

use crate::error::IpcError;
use crate::state::AppState;

/// The setting's key.
pub const SETTING: &str = "page_zoom";
/// The smallest and largest zoom (1 is 100 %).
pub const RANGE: (f64, f64) = (0.5, 3.0);

/// The zoom kept in the settings, or 1 when none (or an unreadable one) is kept.
pub fn saved(db: &Db) -> f64 {
    db.handoff_setting(SETTING)
        .ok()
        .flatten()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|z| in_range(*z))
        .unwrap_or(1.0)
}

fn in_range(zoom: f64) -> bool {
    zoom.is_finite() && (RANGE.0..=RANGE.1).contains(&zoom)
}

/// Zooms `window`'s page to `zoom` and keeps it for the next start. In student mode the
/// page zooms but the setting is not written (the database is the teacher's).
pub fn set<R: Runtime>(window: &WebviewWindow<R>, zoom: f64) -> Result<f64, IpcError> {
    if !in_range(zoom) {
        return Err(IpcError::invalid_field(
            "zoom",
            msg!(
                "backend-zoom-out-of-range",
                min = (RANGE.0 * 100.0) as i64,
                max = (RANGE.1 * 100.0) as i64
            ),
        ));
    }
    window
        .set_zoom(zoom)
        .map_err(|e| IpcError::internal(msg!("backend-zoom-failed", reason = e.to_string())))?;
    if let Ok(mut db) = window.state::<AppState>().db() {
        // Not remembering is acceptable: the next start opens at 100 %.
        let _ = db.set_handoff_setting(SETTING, Some(&zoom.to_string()));
    }
    Ok(zoom)
}

/// Zooms the main window's page to the kept zoom, at start.
pub fn apply<R: Runtime>(window: &WebviewWindow<R>) {
    let zoom = window
        .state::<AppState>()
        .db()
        .map(|db| saved(&db))
        .unwrap_or(1.0);
    if zoom != 1.0 {
        let _ = window.set_zoom(zoom);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_zoom_is_read_back_and_a_bad_one_is_100_percent() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut db = Db::open(&dir.path().join("w.sqlite3")).expect("a database");
        assert_eq!(saved(&db), 1.0, "no zoom kept yet opens at 100 %");
        db.set_handoff_setting(SETTING, Some("2"))
            .expect("the setting is written");
        assert_eq!(saved(&db), 2.0, "a kept 200 % opens at 200 %");
        for bad in ["9", "0", "NaN", "big"] {
            db.set_handoff_setting(SETTING, Some(bad))
                .expect("the setting is written");
            assert_eq!(
                saved(&db),
                1.0,
                "a kept {bad:?} is no zoom the page can take, so the page opens at 100 %"
            );
        }
    }
}
