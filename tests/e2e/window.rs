//! The main window fits its screen: a size remembered from a bigger screen is shrunk to the
//! one the app opens on (a school laptop's 1366 × 768 is shorter than the designed 820 px).

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
        .eval("return [window.outerWidth, window.outerHeight, screen.availWidth, screen.availHeight]")
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
