//! End to end: a roster import in the real app. From the first-run screen, a OneRoster 1.1
//! zip is read, the teacher picks herself and two of her sections, applies, and finds both
//! classes with their students; undo takes the whole import back.

use anyhow::{Context, Result};
use waypoint_store::{Db, roster};

use crate::harness::{self, App};

/// Selects the class whose option in the class switcher reads `name`.
async fn switch_class(app: &App, name: &str) -> Result<()> {
    let value = app
        .eval(&format!(
            "return [...document.querySelectorAll('#class-switcher option')]
                .find(o => o.textContent.includes('{name}')).value"
        ))
        .await?;
    let value = value
        .as_str()
        .with_context(|| format!("{name} is in the class switcher"))?;
    app.set_value("#class-switcher", value).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_oneroster_zip_imports_two_sections_from_the_first_run_screen_and_undoes() -> Result<()> {
    let _serial = harness::serial().await;
    let data = tempfile::tempdir()?;
    let zip = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/roster/lincoln-oneroster-1.1.zip")
        .canonicalize()
        .context("the Lincoln fixture is in tests/fixtures/roster")?;
    let app = App::start(data.path()).await?;

    app.click("[data-testid=import-roster]").await?;
    app.fill(
        "[data-testid=import-path]",
        zip.to_str().context("a UTF-8 path")?,
    )
    .await?;
    app.click("[data-testid=import-open]").await?;
    app.click_text("[data-testid=import-teachers] label", "Maya Ortiz")
        .await?;
    app.click_text("[data-testid=import-section]", "Math 6 - Period 1")
        .await?;
    app.click_text("[data-testid=import-section]", "Math 6 - Period 2")
        .await?;
    app.click("[data-testid=import-sections-continue]").await?;
    app.wait_text(
        "[data-testid=import-summary]",
        "2 new classes, 16 new students",
    )
    .await?;
    app.click("[data-testid=import-apply]").await?;
    app.wait_text(
        "[data-testid=import-result-summary]",
        "Added 2 classes and 16 students",
    )
    .await?;
    app.click("[data-testid=import-done]").await?;

    // Both classes are in the class bar, the first of them open, 8 students each.
    app.wait_count("#class-switcher option", 2).await?;
    app.wait_text("#class-switcher option:checked", "Math 6 - Period 1")
        .await?;
    app.wait_count("[data-testid=roster-item]", 8).await?;
    switch_class(&app, "Math 6 - Period 2").await?;
    app.wait_text("#page-title", "Math 6 - Period 2").await?;
    app.wait_count("[data-testid=roster-item]", 8).await?;

    // Undo from the Students page takes the whole import back: the first-run screen again.
    app.click("[data-testid=undo-last-import]").await?;
    app.find("[data-testid=empty-state]").await?;
    app.stop().await?;

    let db = Db::open(&harness::db_path(data.path()))?;
    let classes = roster::list_classes(db.conn(), true)?;
    assert!(
        classes.is_empty(),
        "an undone import leaves no class behind, found {classes:?}"
    );
    Ok(())
}
