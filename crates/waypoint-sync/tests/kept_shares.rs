//! The app's share use cases (`waypoint_sync::shares::*_kept`): each share's passphrase is
//! kept in the secret store under `share:<class id>` and never in the database; on a laptop
//! with no credential store a new session asks for it once (and refuses a wrong one); a
//! refused share leaves the store as it was; "Sync all" reports each share; forgetting a
//! class removes its passphrase. No test here touches a real OS keyring.

use anyhow::Result;
use std::path::Path;
use waypoint_core::ids::ClassId;
use waypoint_core::roster::ClassInput;
use waypoint_store::{Db, roster};
use waypoint_sync::Error;
use waypoint_sync::secrets::{SecretStore, SessionMemory, share_key};
use waypoint_sync::shares;

const PASSPHRASE: &str = "maple orbit velvet canyon lunar pepper";

fn class(db: &mut Db, name: &str) -> Result<ClassId> {
    Ok(roster::create_class(
        db,
        &ClassInput {
            name: name.into(),
            ..Default::default()
        },
    )?
    .id)
}

/// Whether the database file or its WAL holds `needle`.
fn db_holds(path: &Path, needle: &str) -> Result<bool> {
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

#[test]
fn a_share_keeps_its_passphrase_in_the_store_and_a_new_session_asks_for_it_once() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let folder = tempfile::tempdir()?;
    let path = dir.path().join("w.sqlite3");
    let mut db = Db::open(&path)?;
    let p2 = class(&mut db, "Period 2")?;
    let secrets = SessionMemory::new();
    let share = shares::share_class_kept(&mut db, &secrets, p2, folder.path(), PASSPHRASE, 1_000)?;
    assert_eq!(share.class_name, "Period 2", "the share is of that class");
    assert_eq!(
        secrets.get(&share_key(&p2.to_string()))?.as_deref(),
        Some(PASSPHRASE),
        "the passphrase is kept under share:<class id>"
    );
    let listed = shares::kept_shares(&db, &secrets)?;
    assert!(
        listed.len() == 1 && listed[0].has_passphrase,
        "the list says its passphrase is known: {listed:?}"
    );
    assert!(
        !db_holds(&path, PASSPHRASE)?,
        "the passphrase is in no byte of the database or its WAL"
    );

    // A restart on a laptop with no credential store: the store is empty.
    let session = SessionMemory::new();
    assert!(
        !shares::kept_shares(&db, &session)?[0].has_passphrase,
        "after a restart the list says the passphrase is needed"
    );
    let err = shares::sync_share_kept(&mut db, &session, p2, 2_000, &mut |_| {})
        .expect_err("Sync now without the passphrase is refused");
    assert!(
        matches!(err, Error::ShareNeedsPassphrase { .. }),
        "with the error the page asks on: {err:?}"
    );
    let wrong = shares::set_share_passphrase(&db, &session, p2, "not the right words")
        .expect_err("a passphrase the class's files don't open with is refused");
    assert!(
        wrong
            .to_string()
            .contains("is not the passphrase of “Period 2”"),
        "and says so: {wrong}"
    );
    assert_eq!(
        session.get(&share_key(&p2.to_string()))?,
        None,
        "a wrong passphrase is not kept"
    );
    shares::set_share_passphrase(&db, &session, p2, PASSPHRASE)?;
    shares::sync_share_kept(&mut db, &session, p2, 3_000, &mut |_| {})?;
    assert_eq!(
        db.share(p2)?.and_then(|s| s.last_sync_ms),
        Some(3_000),
        "typed once, the share syncs"
    );
    Ok(())
}

#[test]
fn sharing_a_class_twice_keeps_its_first_passphrase_and_forgetting_removes_it() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let folder = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let p2 = class(&mut db, "Period 2")?;
    let p4 = class(&mut db, "Period 4")?;
    let secrets = SessionMemory::new();
    shares::share_class_kept(&mut db, &secrets, p2, folder.path(), PASSPHRASE, 1_000)?;
    let again = shares::share_class_kept(
        &mut db,
        &secrets,
        p2,
        folder.path(),
        "other words entirely",
        2_000,
    )
    .expect_err("a class already shared is refused");
    assert!(
        matches!(again, Error::AlreadyShared { .. }),
        "as already shared: {again:?}"
    );
    assert_eq!(
        secrets.get(&share_key(&p2.to_string()))?.as_deref(),
        Some(PASSPHRASE),
        "and its passphrase is untouched"
    );
    let missing = dir.path().join("no such folder");
    assert!(
        shares::share_class_kept(&mut db, &secrets, p4, &missing, PASSPHRASE, 2_000).is_err(),
        "a share through a missing folder is refused"
    );
    assert_eq!(
        secrets.get(&share_key(&p4.to_string()))?,
        None,
        "and leaves no passphrase behind"
    );

    let session = SessionMemory::new();
    session.set(&share_key(&p2.to_string()), PASSPHRASE)?;
    let all = shares::sync_all_kept(&mut db, &session, 3_000, &mut |_| {})?;
    assert_eq!(all.len(), 1, "one share, one outcome");
    assert!(
        all[0].report.is_some() && !all[0].needs_passphrase,
        "Sync all syncs the share whose passphrase is known: {:?}",
        all[0]
    );

    shares::forget_class_kept(&mut db, &session, p2)?;
    assert_eq!(
        session.get(&share_key(&p2.to_string()))?,
        None,
        "forgetting a class removes its passphrase"
    );
    assert!(db.shares()?.is_empty(), "and its share");
    assert!(
        roster::class_name(db.conn(), p2)?.is_none(),
        "and the class"
    );
    Ok(())
}
