//! The main window fits its screen: a size remembered from a bigger screen is shrunk to the
//! one the app opens on (a school laptop's 1366 × 768 is shorter than the designed 820 px).
//! Its webview paints without compositing, which halves the web process's memory
//! (`webview_memory.rs`).

use anyhow::Result;
use waypoint_store::Db;

use crate::harness::{self, App};

/// A remembered size bigger than the screen opens shrunk to fit it; one that fits is kept.
#[tokio::test(flavor = "multi_thread")]
async fn a_window_remembered_from_a_bigger_screen_opens_within_this_one() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    {
        let mut db = Db::open(&harness::db_path(data.path()))?;
        db.set_handoff_setting("window_size", Some("3000x2000"))?;
    }
    let app = App::start(data.path()).await?;
    app.wait_true(
        "return !!document.querySelector('footer')",
        "the app's page is loaded in the window",
    )
    .await?;
    let fits = app
        .eval(
            "return [window.outerWidth, window.outerHeight, screen.availWidth, screen.availHeight]",
        )
        .await?;
    let n = |i: usize| fits[i].as_i64().unwrap_or(-1);
    assert!(
        n(0) > 0 && n(0) <= n(2) && n(1) > 0 && n(1) <= n(3),
        "a 3000 × 2000 window must be shrunk to the {} × {} screen, got {} × {}",
        n(2),
        n(3),
        n(0),
        n(1)
    );
    app.stop().await?;

    {
        let mut db = Db::open(&harness::db_path(data.path()))?;
        db.set_handoff_setting("window_size", Some("1000x700"))?;
    }
    let app = App::start(data.path()).await?;
    app.wait_true(
        "return !!document.querySelector('footer') && window.innerWidth > 0",
        "the app's page is laid out in the window",
    )
    .await?;
    let inner = app
        .eval("return [window.innerWidth, window.innerHeight]")
        .await?;
    assert_eq!(
        inner,
        serde_json::json!([1000, 700]),
        "a remembered size that fits the screen is the size the window opens at"
    );
    app.stop().await
}

/// The page's web process runs with compositing off: its layers' backing stores were most of
/// the app's memory after every view (BENCHMARKS.md), and the setting can only be given
/// before the first webview exists, so a later change to start-up could lose it silently.
#[tokio::test(flavor = "multi_thread")]
async fn the_page_is_painted_without_compositing() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let app = App::start(data.path()).await?;
    app.wait_true(
        "return !!document.querySelector('footer')",
        "the app's page is loaded in the window",
    )
    .await?;
    let environment = app.web_process_environment()?;
    app.stop().await?;
    assert!(
        environment
            .iter()
            .any(|e| e == "WEBKIT_DISABLE_COMPOSITING_MODE=1"),
        "the web process must be started with compositing off (WEBKIT_DISABLE_COMPOSITING_MODE=1); \
         its environment has: {:?}",
        environment
            .iter()
            .filter(|e| e.starts_with("WEBKIT"))
            .collect::<Vec<_>>()
    );
    Ok(())
}
