//! End to end: two co-teachers' laptops (two app instances on their own data directories)
//! hand a class over through a shared folder, edit the same student, and resolve the one
//! real conflict in the UI.

use anyhow::{Context, Result};
use std::path::Path;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, roster};

use crate::harness::{self, App};

const PASSPHRASE: &str = "maple syrup 42";

/// Opens the Sync page and sets the label, the folder and the class passphrase.
async fn set_up_sync(app: &App, label: &str, folder: &Path) -> Result<()> {
    app.click("[data-testid=nav-sync]").await?;
    app.fill("[data-testid=sync-label-input]", label).await?;
    app.click("[data-testid=sync-label-save]").await?;
    app.fill(
        "[data-testid=sync-folder-input]",
        &folder.display().to_string(),
    )
    .await?;
    app.click("[data-testid=sync-folder-save]").await?;
    app.fill("[data-testid=sync-passphrase]", PASSPHRASE)
        .await?;
    app.fill("[data-testid=sync-passphrase-confirm]", PASSPHRASE)
        .await?;
    app.click("[data-testid=sync-passphrase-save]").await?;
    app.wait_true(
        "return !document.querySelector('[data-testid=sync-now]').disabled",
        "Sync now is enabled once a folder and a passphrase are set",
    )
    .await
}

/// Clicks "Sync now" and waits for the report; returns the summary sentence. The page is
/// opened afresh first, so no earlier report is on it.
async fn sync_now(app: &App) -> Result<String> {
    app.click("[data-testid=nav-students]").await?;
    app.click("[data-testid=nav-sync]").await?;
    app.wait_true(
        "return !document.querySelector('[data-testid=sync-report]') && !!document.querySelector('[data-testid=sync-now]')",
        "the Sync page opens with no report yet",
    )
    .await?;
    // With no password store (the tests keep secrets in memory, as a bare Linux session
    // does), a restarted app asks for the class passphrase once per session.
    let asks = app
        .eval("return !!document.querySelector('[data-testid=sync-now]')?.disabled")
        .await?
        .as_bool()
        .unwrap_or(false);
    if asks {
        app.fill("[data-testid=sync-passphrase]", PASSPHRASE)
            .await?;
        app.fill("[data-testid=sync-passphrase-confirm]", PASSPHRASE)
            .await?;
        app.click("[data-testid=sync-passphrase-save]").await?;
        app.wait_true(
            "return !document.querySelector('[data-testid=sync-now]').disabled",
            "Sync now is enabled once the passphrase is typed again",
        )
        .await?;
    }
    app.click("[data-testid=sync-now]").await?;
    app.wait_nonempty("[data-testid=sync-summary]").await
}

/// Opens the student with this id (the same on both laptops) on the Students page.
pub(crate) async fn open_student(app: &App, id: &str) -> Result<()> {
    app.click("[data-testid=nav-students]").await?;
    app.open_student(id).await
}

/// Saves the open student's form with `css` set to `value`.
pub(crate) async fn edit_student(app: &App, css: &str, value: &str) -> Result<()> {
    app.fill(css, value).await?;
    app.click("[data-testid=save-student]").await?;
    app.wait_true(
        "return !document.querySelector('[data-testid=student-dirty]')",
        "the student form saves",
    )
    .await
}

/// Saves the open student's profile notes.
async fn edit_notes(app: &App, notes: &str) -> Result<()> {
    app.fill("#profile-notes", notes).await?;
    app.click("[data-testid=save-profile]").await?;
    app.wait_text("[data-testid=save-status]", "Saved").await
}

async fn conflict_count(app: &App) -> Result<String> {
    Ok(app
        .find("[data-testid=conflicts-count]")
        .await?
        .text()
        .await?
        .trim()
        .to_owned())
}

/// Two laptops edit one student in different fields and in the same field, then hand off
/// through a folder: the different fields merge, the same field is one conflict, and
/// resolving it in the UI leaves both laptops identical after handing back.
#[tokio::test(flavor = "multi_thread")]
async fn two_laptops_hand_off_through_a_folder_and_resolve_the_one_conflict() -> Result<()> {
    let _serial = harness::serial().await;
    let (data_a, data_b, folder) = (
        tempfile::tempdir()?,
        tempfile::tempdir()?,
        tempfile::tempdir()?,
    );

    // Laptop A makes the class and puts it in the folder.
    let a = App::start(data_a.path()).await?;
    a.click("[data-testid=load-demo]").await?;
    a.wait_count("[data-testid=roster-item]", 24).await?;
    let student = a
        .find("[data-testid=roster-item]")
        .await?
        .attr("data-student-id")
        .await?
        .context("a roster item names its student's id")?;
    set_up_sync(&a, "Ms. A", folder.path()).await?;
    sync_now(&a).await?;
    a.stop().await?;

    // Laptop B receives the class (choosing it first), then edits the student.
    let b = App::start(data_b.path()).await?;
    set_up_sync(&b, "Mr. B", folder.path()).await?;
    sync_now(&b).await?;
    a_file_line_says(&b, "not chosen to receive").await?;
    b.click("[data-testid=sync-receive-classes]").await?;
    b.wait_true(
        "return /new change/.test(document.querySelector('[data-testid=sync-summary]')?.textContent ?? '')",
        "after choosing the class, its changes come in",
    )
    .await?;
    open_student(&b, &student).await?;
    edit_student(&b, "#preferred-name", "Bee").await?;
    edit_notes(&b, "Notes from B").await?;
    sync_now(&b).await?;
    b.stop().await?;

    // Laptop A edits the same student before seeing B's changes, then syncs.
    let a = App::start(data_a.path()).await?;
    open_student(&a, &student).await?;
    edit_student(&a, "#family-name", "Alpha").await?;
    edit_notes(&a, "Notes from A").await?;
    let summary = sync_now(&a).await?;
    assert!(
        summary.contains("1 conflict"),
        "the report counts the one conflict: {summary}"
    );
    assert_eq!(
        conflict_count(&a).await?,
        "1",
        "different fields merge; only the notes, changed on both, conflict"
    );
    let field = a
        .find("[data-testid=conflict]")
        .await?
        .attr("data-field")
        .await?;
    assert_eq!(
        field.as_deref(),
        Some("notes"),
        "the conflict is on the notes"
    );
    let violations = a.axe_violations().await?;
    assert!(
        violations.is_empty(),
        "the Sync page with a report and a conflict passes axe in the real webview: {violations:?}"
    );
    a.click("[data-testid=conflict-keep][data-value='Notes from A']")
        .await?;
    a.wait_text("[data-testid=conflicts-count]", "0").await?;
    sync_now(&a).await?;
    a.stop().await?;

    // Laptop B takes the resolution.
    let b = App::start(data_b.path()).await?;
    sync_now(&b).await?;
    assert_eq!(
        conflict_count(&b).await?,
        "0",
        "the resolution closes the conflict on the other laptop too"
    );
    b.stop().await?;

    let db_a = Db::open(&harness::db_path(data_a.path()))?;
    let db_b = Db::open(&harness::db_path(data_b.path()))?;
    assert_eq!(
        dump_materialized(db_a.conn())?,
        dump_materialized(db_b.conn())?,
        "after handing back, both laptops hold exactly the same"
    );
    let class = roster::list_classes(db_a.conn(), false)?
        .into_iter()
        .next()
        .context("the demo class")?;
    let s = roster::list_students(db_a.conn(), class.id, false)?
        .into_iter()
        .find(|s| s.family_name == "Alpha")
        .context("A's family name reached both")?;
    assert_eq!(
        s.preferred_name, "Bee",
        "B's preferred name merged in beside it"
    );
    assert_eq!(
        roster::get_profile(db_a.conn(), s.id)?.notes,
        "Notes from A",
        "the value the teacher kept"
    );
    Ok(())
}

async fn a_file_line_says(app: &App, text: &str) -> Result<()> {
    app.wait_true(
        &format!(
            "return [...document.querySelectorAll('[data-testid=sync-file-line]')].some(l => l.textContent.includes({text:?}))"
        ),
        &format!("a file line says {text:?}"),
    )
    .await
}
