//! What the webview keeps in memory: WebKit's cache model and its compositing.
//!
//! - **Cache model.** Every page, script, style, font and image Waypoint shows comes from the
//!   app itself (its embedded UI, the report scheme, `data:` images), never from the web, so
//!   WebKit's browser-sized memory cache of decoded resources only holds copies of what is
//!   already in the process. The document-viewer model turns that cache off.
//! - **Compositing.** With hardware acceleration WebKit composites the page from layers, each
//!   with its own backing store: the sticky headers and rotated labels of the mastery grid,
//!   every scrolling list. Where the GL is in software (no GPU driver, a remote desktop, a
//!   virtual machine) those stores are ordinary memory, and in `make bench-app` they were
//!   most of the web process's growth: about 440 MB after every view with compositing,
//!   about 200 MB without (BENCHMARKS.md). Waypoint's pages are forms, lists and grids with
//!   no animation that needs the GPU, so the webview paints without compositing.
//!
//! The cache model is the web context's, shared by every window; compositing is off for
//! every webview the process makes.

use tauri::{Runtime, WebviewWindow};

/// Asks WebKit to paint without compositing, unless whoever started the app said otherwise
/// (`WEBKIT_DISABLE_COMPOSITING_MODE=0` keeps compositing on). Must run first in `run`,
/// before any thread starts: the environment is the process's, and changing it is only sound
/// while nothing else can read it. WebKit reads it when it makes a webview's settings; the
/// setting itself cannot be changed later, since switching a loaded page out of compositing
/// takes its web process down.
pub fn paint_without_compositing() {
    #[cfg(target_os = "linux")]
    {
        // Only fails on a name or value with a NUL, which these have not.
        let _ = webkit2gtk::glib::setenv("WEBKIT_DISABLE_COMPOSITING_MODE", "1", false);
    }
}

/// Sets the cache model of `window`'s web context (shared by the app's windows).
pub fn apply<R: Runtime>(window: &WebviewWindow<R>) {
    #[cfg(target_os = "linux")]
    {
        // Without a web context the defaults stay, which costs memory, not correctness.
        let _ = window.with_webview(|w| {
            use webkit2gtk::{CacheModel, WebContextExt, WebViewExt};
            if let Some(context) = w.inner().context() {
                context.set_cache_model(CacheModel::DocumentViewer);
            }
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}
