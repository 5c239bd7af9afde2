//! The report window: printouts (conference reports, the class summary, the team's
//! reflection) are rendered to HTML by the store and shown in a window of their own, served
//! from the `report:` scheme, then printed with the webview's print dialog (Save as PDF
//! included).
//!
//! The page is the store's escaped HTML with a policy that allows no script, no connection,
//! images only as `data:` URLs and fonts only from this scheme (the printouts' bundled fonts,
//! `report://localhost/fonts/…`), and the window is granted no command at all. The app's own
//! policy in tauri.conf.json is not involved: this scheme sends its own.

use std::borrow::Cow;
use std::sync::Mutex;

use tauri::http::{Request, Response, header};
use tauri::{AppHandle, Manager, Runtime, UriSchemeContext, WebviewUrl};

use waypoint_core::reports::fonts;

use crate::error::IpcError;

/// The window's label.
pub const LABEL: &str = "report";
/// The scheme the report is served from.
pub const SCHEME: &str = "report";
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'self'; form-action 'none'";

/// The HTML the report window shows: the last printout rendered.
#[derive(Default)]
pub struct ReportPage(Mutex<String>);

/// Serves the current printout to the report window, and the printouts' fonts under
/// `fonts/`; any other path gets the printout.
pub fn serve<R: Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
) -> Response<Cow<'static, [u8]>> {
    let path = request.uri().path();
    if let Some(name) = path.strip_prefix(&format!("/{}/", fonts::FONT_DIR)) {
        return match fonts::font(name) {
            Some(bytes) => Response::builder()
                .header(header::CONTENT_TYPE, "font/woff2")
                .body(Cow::Borrowed(bytes))
                .unwrap_or_else(|_| Response::new(Cow::Borrowed(&b""[..]))),
            None => Response::builder()
                .status(404)
                .body(Cow::Borrowed(&b""[..]))
                .unwrap_or_else(|_| Response::new(Cow::Borrowed(&b""[..]))),
        };
    }
    let html = ctx
        .app_handle()
        .try_state::<ReportPage>()
        .and_then(|page| page.0.lock().ok().map(|h| h.clone()))
        .unwrap_or_default();
    Response::builder()
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header("Content-Security-Policy", POLICY)
        .body(Cow::Owned(html.into_bytes()))
        .unwrap_or_else(|_| Response::new(Cow::Borrowed(&b""[..])))
}

/// Shows `html` in the report window, opening it or reloading it.
pub fn show(app: &AppHandle, html: String, title: &str) -> Result<(), IpcError> {
    let page = app.state::<ReportPage>();
    *page
        .0
        .lock()
        .map_err(|_| IpcError::internal(waypoint_core::msg!("backend-report-failed")))? = html;
    let url = tauri::Url::parse(&format!("{SCHEME}://localhost/report.html")).map_err(|e| {
        IpcError::internal(waypoint_core::msg!(
            "backend-report-failed-because",
            reason = e.to_string()
        ))
    })?;
    if let Some(w) = app.get_webview_window(LABEL) {
        // Open already: show the new report in it.
        w.set_title(title).map_err(IpcError::window)?;
        w.navigate(url.clone()).map_err(IpcError::window)?;
    }
    crate::windows::show_or_open(
        app,
        LABEL,
        WebviewUrl::CustomProtocol(url),
        title,
        (900.0, 1000.0),
    )
}

/// Opens the print dialog for the report window.
pub fn print(app: &AppHandle) -> Result<(), IpcError> {
    let w = app.get_webview_window(LABEL).ok_or_else(|| {
        let m = waypoint_core::msg!("backend-report-not-open");
        IpcError::new(crate::error::ErrorCode::NotFound, m)
    })?;
    w.print().map_err(IpcError::window)
}
