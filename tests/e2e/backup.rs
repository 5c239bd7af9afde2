//! End to end: a backup written through the app's Backups card to a folder, the database
//! deleted, and the restore in the app brings back the same data under a new device id.

use anyhow::{Context, Result};
use std::path::Path;
use waypoint_store::Db;
use waypoint_store::oplog::dump_materialized;

use crate::harness::{self, App};

const PASSPHRASE: &str = "backup passphrase 1";

/// Waits for the toast to say `text`.
async fn toast_says(app: &App, text: &str) -> Result<()> {
    app.wait_true(
        &format!(
            "return (document.querySelector('[data-testid=toast]')?.textContent ?? '').includes({text:?})"
        ),
        &format!("the toast says {text:?}"),
    )
    .await
}

fn dump_and_device(db: &Path) -> Result<(String, String)> {
    let db = Db::open(db)?;
    Ok((
        serde_json::to_string(&dump_materialized(db.conn())?)?,
        db.device_id().to_string(),
    ))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backup_written_in_the_app_restores_the_same_data_under_a_new_device_id() -> Result<()> {
    let _serial = harness::serial().await;
    let (data, usb) = (tempfile::tempdir()?, tempfile::tempdir()?);
    let db_path = harness::db_path(data.path());

    let app = App::start(data.path()).await?;
    app.click("[data-testid=load-demo]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;
    app.click("[data-testid=nav-sync]").await?;
    app.fill(
        "[data-testid=backup-folder]",
        &usb.path().display().to_string(),
    )
    .await?;
    app.fill("[data-testid=backup-passphrase]", PASSPHRASE)
        .await?;
    app.fill("[data-testid=backup-passphrase-confirm]", PASSPHRASE)
        .await?;
    app.click("[data-testid=backup-write]").await?;
    toast_says(&app, "Backup saved").await?;
    app.stop().await?;

    let backup = std::fs::read_dir(usb.path())?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "waypoint-backup"))
        .context("the backup file is in the folder")?;
    let (before, old_device) = dump_and_device(&db_path)?;

    // The disk dies: the database and what SQLite keeps beside it are gone.
    for suffix in ["", "-wal", "-shm"] {
        let mut name = db_path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(&name);
    }

    let app = App::start(data.path()).await?;
    app.click("[data-testid=nav-sync]").await?;
    app.fill("[data-testid=restore-file]", &backup.display().to_string())
        .await?;
    app.fill("[data-testid=restore-passphrase]", PASSPHRASE)
        .await?;
    app.click("[data-testid=restore-preview-open]").await?;
    app.wait_count("[data-testid=restore-class]", 1).await?;
    let violations = app.axe_violations().await?;
    assert!(
        violations.is_empty(),
        "the restore preview passes axe in the real webview: {violations:?}"
    );
    app.click("[data-testid=restore-confirm]").await?;
    toast_says(&app, "new device id").await?;
    app.click("[data-testid=nav-students]").await?;
    app.wait_count("[data-testid=roster-item]", 24).await?;
    app.stop().await?;

    let (after, new_device) = dump_and_device(&db_path)?;
    assert_eq!(
        after, before,
        "the restored database holds exactly what was backed up"
    );
    assert_ne!(
        new_device, old_device,
        "and syncs under a new device id, so no op id is reused"
    );
    Ok(())
}
