//! Moves a class passphrase that an older Waypoint kept in the database out of it, as the
//! app does at start-up. The CLI itself never keeps a passphrase (`--passphrase-file` is
//! read for one command), but it may be the first Waypoint to open an old database.

use std::path::Path;
use waypoint_store::Db;
use waypoint_sync::secrets::{SERVICE, move_legacy_passphrase, open_secret_store};

/// If the database at `path` exists and holds an old passphrase row, moves it to the OS
/// credential store and erases it from the database and its restore point. Only then is
/// the credential store opened, so ordinary commands never touch it. A failure is told on
/// stderr and leaves the row for the next run; it does not stop the command.
pub fn move_old_passphrase(path: &Path) {
    if !path.is_file() {
        return;
    }
    let Ok(mut db) = Db::open(path) else {
        // The command itself opens the database next and says what is wrong.
        return;
    };
    if !matches!(db.legacy_passphrase(), Ok(Some(_))) {
        return;
    }
    let secrets = open_secret_store(SERVICE);
    match move_legacy_passphrase(&mut db, secrets.as_ref()) {
        Ok(_) if secrets.persistent() => {
            eprintln!(
                "waypoint: moved the class passphrase out of the database into the system's password store."
            );
        }
        Ok(_) => eprintln!(
            "waypoint: removed the class passphrase from the database. This computer has no password store, so the app will ask for it once per session."
        ),
        Err(e) => eprintln!(
            "waypoint: the class passphrase is still in the database; it could not be moved out: {e}"
        ),
    }
}
