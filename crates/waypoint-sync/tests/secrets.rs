//! Secrets stay off the disk: the class passphrase set through the Sync page's use case is
//! in no byte of the database or its WAL; a laptop with no credential store keeps it for
//! the session and asks again after; a passphrase an older Waypoint kept in the database
//! is moved to the secret store and erased from the file, the WAL and the restore point.
//! No test here touches a real OS keyring: they use [`SessionMemory`].

use anyhow::Result;
use std::path::Path;
use waypoint_store::{Db, Error as StoreError, roster};
use waypoint_sync::handoff;
use waypoint_sync::secrets::{SYNC_PASSPHRASE, SecretStore, SessionMemory, move_legacy_passphrase};
use waypoint_sync::{Error, bundle, file};

/// Every file beside the database whose name starts with the database's (the file, its
/// WAL and shared memory, the restore point and its WAL), and whether any holds `needle`.
fn files_holding(db_path: &Path, needle: &str) -> Result<Vec<String>> {
    let dir = db_path.parent().expect("the database is in a folder");
    let stem = db_path
        .file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned();
    let mut found = Vec::new();
    let mut looked = 0;
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if !name.starts_with(&stem) || !p.is_file() {
            continue;
        }
        looked += 1;
        let bytes = std::fs::read(&p)?;
        if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
            found.push(name);
        }
    }
    assert!(looked >= 1, "the database file itself was scanned");
    Ok(found)
}

#[test]
fn a_passphrase_set_on_the_sync_page_is_in_no_byte_of_the_database() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("w.sqlite3");
    let mut db = Db::open(&path)?;
    roster::load_demo_class(&mut db)?;
    let secrets = SessionMemory::new();
    let pass = "violet-harbor-quiet-lantern-7731";
    let status = handoff::set_passphrase(&db, &secrets, pass)?;
    assert!(
        status.has_passphrase,
        "the Sync page shows a passphrase is set"
    );
    assert!(
        status.passphrase_session_only,
        "and that it is kept only for this session"
    );
    let out = dir.path().join("out.bundle");
    handoff::export_to(&db, &secrets, &out, false, 1)?;
    handoff::set_label(&mut db, &secrets, "Ms. Ortiz")?;
    assert_eq!(
        files_holding(&path, pass)?,
        Vec::<String>::new(),
        "the passphrase is in neither the database file nor its WAL"
    );
    assert!(
        file::read_bundle(&out, Some(pass)).is_ok(),
        "the export used the passphrase from the secret store"
    );
    assert!(
        matches!(
            db.set_handoff_setting("passphrase", Some(pass)),
            Err(StoreError::SecretSetting { .. })
        ),
        "the settings table refuses a passphrase outright"
    );
    Ok(())
}

#[test]
fn a_picked_folder_becomes_the_sync_folder_and_a_cancelled_pick_changes_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let secrets = SessionMemory::new();
    let folder = dir.path().join("sync");
    std::fs::create_dir(&folder)?;
    let chosen = handoff::choose_folder(&mut db, &secrets, Some(&folder))?;
    assert_eq!(
        chosen.folder.as_deref(),
        folder.to_str(),
        "the folder picked is the sync folder"
    );
    let cancelled = handoff::choose_folder(&mut db, &secrets, None)?;
    assert_eq!(
        cancelled.folder.as_deref(),
        folder.to_str(),
        "cancelling the picker keeps the folder (it does not clear it)"
    );
    Ok(())
}

#[test]
fn with_no_credential_store_a_new_session_asks_for_the_passphrase_again() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("w.sqlite3");
    let mut db = Db::open(&path)?;
    roster::load_demo_class(&mut db)?;
    let folder = dir.path().join("sync");
    std::fs::create_dir(&folder)?;
    let first = SessionMemory::new();
    handoff::set_folder(&mut db, &first, folder.to_str())?;
    handoff::set_passphrase(&db, &first, "violet harbor quiet lantern")?;
    handoff::sync_now(&mut db, &first, 1, &mut |_| {})?;
    // The app quits: the memory store goes with it.
    drop(first);
    let next = SessionMemory::new();
    let status = handoff::status(&db, &next)?;
    assert!(
        !status.has_passphrase && status.passphrase_session_only,
        "after a restart the page shows no passphrase, kept per session"
    );
    let asks = |r: waypoint_sync::Result<()>, what: &str| {
        assert!(
            matches!(r, Err(Error::PassphraseNotInSession)),
            "{what} asks for the passphrase again"
        );
    };
    asks(
        handoff::sync_now(&mut db, &next, 2, &mut |_| {}).map(drop),
        "Sync now",
    );
    asks(
        handoff::export_to(&db, &next, &dir.path().join("x.bundle"), false, 2),
        "an encrypted export",
    );
    let theirs = folder.join(
        std::fs::read_dir(&folder)?
            .next()
            .expect("a file")?
            .file_name(),
    );
    asks(
        handoff::preview_file(&db, &next, &theirs).map(drop),
        "opening an encrypted bundle",
    );
    assert!(
        Error::PassphraseNotInSession
            .to_string()
            .contains("only until the app quits"),
        "the message says why it is asked again"
    );
    handoff::set_passphrase(&db, &next, "violet harbor quiet lantern")?;
    assert!(
        handoff::preview_file(&db, &next, &theirs).is_ok(),
        "typed once, it serves the rest of the session"
    );
    Ok(())
}

#[test]
fn an_old_passphrase_row_moves_to_the_secret_store_and_leaves_no_trace() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("w.sqlite3");
    let mut db = Db::open(&path)?;
    let old = "amber-meadow-first-passphrase-4410";
    let current = "amber-meadow-second-passphrase-9921";
    // As an older Waypoint wrote it: changed once, so the first value may linger in the
    // page's free space too.
    for p in [old, current] {
        db.conn().execute(
            "INSERT INTO handoff_setting (key, value) VALUES ('passphrase', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [p],
        )?;
    }
    // An import takes a restore point: a copy of the database, passphrase and all.
    let mut b = Db::open(&dir.path().join("other.sqlite3"))?;
    roster::load_demo_class(&mut b)?;
    let (bundle, _) = file::open_bytes(&bundle::export(&b, None, "B", 1)?, None)?;
    bundle::import(&mut db, &bundle, false, &bundle.manifest.class_ids)?;
    assert!(db.can_undo_import()?, "there is a restore point to undo to");
    assert!(
        !files_holding(&path, current)?.is_empty(),
        "before the move the passphrase is on the disk (the test would prove nothing otherwise)"
    );

    let secrets = SessionMemory::new();
    assert!(
        move_legacy_passphrase(&mut db, &secrets)?,
        "the old row is found"
    );
    assert_eq!(
        secrets.get(SYNC_PASSPHRASE)?.as_deref(),
        Some(current),
        "the passphrase is now in the secret store"
    );
    assert_eq!(
        db.legacy_passphrase()?,
        None,
        "and no longer in the database"
    );
    for p in [old, current] {
        assert_eq!(
            files_holding(&path, p)?,
            Vec::<String>::new(),
            "no file of the database, its WAL or the restore point holds {p}"
        );
    }
    assert!(
        db.can_undo_import()?,
        "the scrubbed restore point still undoes the import"
    );
    assert!(
        !move_legacy_passphrase(&mut db, &secrets)?,
        "a second start finds nothing to move"
    );
    assert!(
        handoff::status(&db, &secrets)?.has_passphrase,
        "the Sync page still has the passphrase"
    );
    Ok(())
}

#[test]
fn a_passphrase_already_in_the_store_is_not_overwritten_by_an_old_row() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    db.conn().execute(
        "INSERT INTO handoff_setting (key, value) VALUES ('passphrase', 'stale passphrase row')",
        [],
    )?;
    let secrets = SessionMemory::new();
    secrets.set(SYNC_PASSPHRASE, "the newer passphrase")?;
    move_legacy_passphrase(&mut db, &secrets)?;
    assert_eq!(
        secrets.get(SYNC_PASSPHRASE)?.as_deref(),
        Some("the newer passphrase"),
        "a row brought back by an old restore point never replaces the newer secret"
    );
    assert_eq!(
        db.legacy_passphrase()?,
        None,
        "the old row is erased all the same"
    );
    Ok(())
}
