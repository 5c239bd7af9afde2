//! The webview's cache model. Every page, script, style, font and image Waypoint shows comes
//! from the app itself (its embedded UI, the report scheme, `data:` images), never from the
//! web, so WebKit's browser-sized memory cache of decoded resources only holds copies of
//! what is already in the process. The document-viewer model turns that cache off, which
//! `make bench-app` shows in the web process's memory (BENCHMARKS.md).

use tauri::{Runtime, WebviewWindow};

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
