//! The app's second windows (the projector, the report): brought forward when open,
//! opened otherwise.

use tauri::{AppHandle, Manager, WebviewUrl, WebviewWindowBuilder};

use crate::error::IpcError;

/// Shows and focuses the window `label`, or opens it at `url` with `title` and `size`.
pub fn show_or_open(
    app: &AppHandle,
    label: &str,
    url: WebviewUrl,
    title: &str,
    size: (f64, f64),
) -> Result<(), IpcError> {
    if let Some(w) = app.get_webview_window(label) {
        return w
            .show()
            .and_then(|_| w.set_focus())
            .map_err(IpcError::window);
    }
    WebviewWindowBuilder::new(app, label, url)
        .title(title)
        .inner_size(size.0, size.1)
        .build()
        .map(|_| ())
        .map_err(IpcError::window)
}
