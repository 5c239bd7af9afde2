//! End to end: laptop A has two classes and shares one through a folder on its Sync page;
//! laptop B (a second app on its own data directory) joins it on its Sync page. B holds
//! only that class, down to the bytes of its database file, and an edit on each side merges
//! after "Sync now" on both. The app runs with session-only secrets, so each restart asks
//! once for the share's passphrase.

use anyhow::{Context, Result};
use std::path::Path;
use waypoint_store::{Db, roster};

use crate::harness::{self, App};
use crate::sync::{edit_student, open_student};
use crate::{add_student, create_class};

/// The id of the class chosen in the class switcher.
async fn chosen_class(app: &App) -> Result<String> {
    app.value("#class-switcher").await
}

/// Opens the Sync page afresh (no earlier report on it).
async fn open_sync(app: &App) -> Result<()> {
    app.click("[data-testid=nav-students]").await?;
    app.click("[data-testid=nav-sync]").await?;
    app.find("[data-testid=shares-card]").await.map(|_| ())
}

/// "Sync now" on the one share; when this session does not know its passphrase, types it
/// in the prompt. Returns the report's summary and whether the passphrase was asked for.
async fn sync_share(app: &App, passphrase: &str) -> Result<(String, bool)> {
    open_sync(app).await?;
    app.click("[data-testid=share-sync]").await?;
    app.wait_true(
        "return !!document.querySelector('[data-testid=share-pass-input]') || !!document.querySelector('[data-testid=share-summary]')",
        "the share syncs, or asks for its passphrase",
    )
    .await?;
    let asked = app
        .eval("return !!document.querySelector('[data-testid=share-pass-input]')")
        .await?
        .as_bool()
        == Some(true);
    if asked {
        app.fill("[data-testid=share-pass-input]", passphrase)
            .await?;
        app.click("[data-testid=share-pass-submit]").await?;
    }
    Ok((
        app.wait_nonempty("[data-testid=share-summary]").await?,
        asked,
    ))
}

/// Whether the file at `path` (or its WAL) holds `needle`.
fn file_holds(path: &Path, needle: &str) -> Result<bool> {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    for p in [path.to_owned(), wal.into()] {
        if let Ok(bytes) = std::fs::read(&p)
            && bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
        {
            return Ok(true);
        }
    }
    Ok(false)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_class_shared_in_the_app_reaches_the_co_teacher_alone_and_edits_merge_both_ways()
-> Result<()> {
    let _serial = harness::serial().await;
    let (data_a, data_b, folder) = (
        tempfile::tempdir()?,
        tempfile::tempdir()?,
        tempfile::tempdir()?,
    );

    // Laptop A: two classes, a student in each; shares Period 2 with the generated passphrase.
    let a = App::start(data_a.path()).await?;
    create_class(&a, "Period 4 Zebrafinch").await?;
    let p4 = chosen_class(&a).await?;
    add_student(&a, "Quillon", "Marchetti", "", "").await?;
    create_class(&a, "Period 2 Science").await?;
    let p2 = chosen_class(&a).await?;
    add_student(&a, "Ana", "Ruiz", "", "").await?;
    let student = a
        .find("[data-testid=roster-item]")
        .await?
        .attr("data-student-id")
        .await?
        .context("a roster item names its student's id")?;
    open_sync(&a).await?;
    a.find("[data-testid=shares-empty]").await?;
    a.click("[data-testid=share-open]").await?;
    a.set_value("[data-testid=share-class-select]", &p2).await?;
    a.fill(
        "[data-testid=share-folder-input]",
        &folder.path().display().to_string(),
    )
    .await?;
    a.wait_true(
        "return /^\\s*\\S+( \\S+){5}\\s*$/.test(document.querySelector('[data-testid=share-generated]')?.textContent ?? '')",
        "a six-word passphrase is shown",
    )
    .await?;
    let passphrase = a
        .find("[data-testid=share-generated]")
        .await?
        .text()
        .await?
        .trim()
        .to_owned();
    let violations = a.axe_violations().await?;
    assert!(
        violations.is_empty(),
        "the share dialog passes axe in the real webview: {violations:?}"
    );
    a.click("[data-testid=share-submit]").await?;
    a.wait_text("[data-testid=share-name]", "Period 2 Science")
        .await?;
    a.stop().await?;

    // Laptop B joins through its Sync page, with the passphrase read out to it.
    let b = App::start(data_b.path()).await?;
    open_sync(&b).await?;
    b.click("[data-testid=join-open]").await?;
    b.fill(
        "[data-testid=join-folder-input]",
        &folder.path().display().to_string(),
    )
    .await?;
    b.fill("[data-testid=join-passphrase]", &passphrase).await?;
    b.click("[data-testid=join-submit]").await?;
    b.wait_text("[data-testid=share-name]", "Period 2 Science")
        .await?;
    let options = b
        .eval("return [...document.querySelectorAll('#class-switcher option')].map(o => o.value)")
        .await?;
    let options: Vec<String> = serde_json::from_value(options)?;
    assert_eq!(
        options,
        vec![p2.clone()],
        "B's class list shows only the shared class"
    );
    open_student(&b, &student).await?;
    edit_student(&b, "#preferred-name", "Annie").await?;
    let (_, asked) = sync_share(&b, &passphrase).await?;
    assert!(
        !asked,
        "in the session that joined, the passphrase is known"
    );
    b.stop().await?;

    // A edits another field, then syncs (asked once for the passphrase after its restart).
    let a = App::start(data_a.path()).await?;
    open_student(&a, &student).await?;
    edit_student(&a, "#family-name", "Ruiz-Alpha").await?;
    let (summary, asked) = sync_share(&a, &passphrase).await?;
    assert!(
        asked,
        "with no password store, a new session asks once for the share's passphrase"
    );
    assert!(
        summary.contains("new change"),
        "A takes in B's edit: {summary}"
    );
    a.stop().await?;

    // B syncs again and gets A's edit.
    let b = App::start(data_b.path()).await?;
    let (summary, asked) = sync_share(&b, &passphrase).await?;
    assert!(asked, "B's new session asks too");
    assert!(
        summary.contains("new change"),
        "B takes in A's edit: {summary}"
    );
    b.stop().await?;

    let path_b = harness::db_path(data_b.path());
    for needle in [p4.as_str(), "Zebrafinch", "Quillon", "Marchetti"] {
        assert!(
            !file_holds(&path_b, needle)?,
            "B's database file holds nothing of the class it does not share: found {needle:?}"
        );
    }
    assert!(
        file_holds(&harness::db_path(data_a.path()), "Zebrafinch")?,
        "the check can see a name in a database file (A still has its other class)"
    );
    for (laptop, data) in [("A", data_a.path()), ("B", data_b.path())] {
        let db = Db::open(&harness::db_path(data))?;
        let s = roster::list_students(db.conn(), p2.parse()?, false)?
            .into_iter()
            .find(|s| s.id.to_string() == student)
            .with_context(|| format!("the shared student is on {laptop}"))?;
        assert_eq!(
            (s.preferred_name.as_str(), s.family_name.as_str()),
            ("Annie", "Ruiz-Alpha"),
            "on {laptop}, B's preferred name and A's family name merged"
        );
    }
    Ok(())
}
