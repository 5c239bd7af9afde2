//! This laptop's own settings: local bookkeeping in `handoff_setting`, not ops, never
//! synced (each laptop has its own). The sync label, folder and the classes it receives;
//! whether student mode is on and for whom; and the teacher PIN ([`pin`]: its hash and the
//! throttle on wrong guesses).
//!
//! Secrets are not kept here: the class passphrase lives in the OS credential store (see
//! `waypoint_sync::secrets`), and [`Db::set_handoff_setting`] refuses it. Laptops set up
//! before that kept it here under `passphrase`; [`Db::legacy_passphrase`] reads that row
//! once so it can be moved, and [`Db::erase_legacy_passphrase`] then removes it from the
//! database file, its WAL and the import restore point.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::exchange::restore_point_path;
use crate::{Db, Error, Result};

mod pin;
pub use pin::{check_teacher_pin, has_teacher_pin, set_teacher_pin};

/// Where laptops set up before the OS credential store kept the class passphrase.
const LEGACY_PASSPHRASE_KEY: &str = "passphrase";

/// What the Sync page and `sync-folder` need to know about this laptop's settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct HandoffSettings {
    /// The label co-teachers see, e.g. "Ms. Ortiz".
    pub label: String,
    /// The sync folder, if chosen.
    pub folder: Option<String>,
    /// When "Sync now" last finished, Unix milliseconds.
    pub last_sync_ms: Option<u64>,
    /// Classes the teacher chose to receive, sorted.
    pub received_classes: Vec<String>,
}

impl Db {
    /// The settings as stored.
    pub fn handoff_settings(&self) -> Result<HandoffSettings> {
        let get = |key: &str| self.handoff_setting(key);
        let mut stmt = self
            .conn
            .prepare("SELECT class_id FROM received_class ORDER BY class_id")?;
        let received_classes = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(HandoffSettings {
            label: get("label")?.unwrap_or_default(),
            folder: get("folder")?.filter(|f| !f.is_empty()),
            last_sync_ms: get("last_sync_ms")?.and_then(|v| v.parse().ok()),
            received_classes,
        })
    }

    /// One setting's value, if set (e.g. `window_size`, which the shell keeps here).
    pub fn handoff_setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM handoff_setting WHERE key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Sets (or, with `None`, clears) one setting, e.g. "label", "folder" or
    /// "last_sync_ms". A secret is refused with [`Error::SecretSetting`]: it belongs in the
    /// OS credential store.
    pub fn set_handoff_setting(&mut self, key: &str, value: Option<&str>) -> Result<()> {
        if value.is_some() && key == LEGACY_PASSPHRASE_KEY {
            return Err(Error::SecretSetting {
                key: key.to_owned(),
            });
        }
        match value {
            Some(v) => self.conn.execute(
                "INSERT INTO handoff_setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key, v],
            )?,
            None => self
                .conn
                .execute("DELETE FROM handoff_setting WHERE key = ?1", [key])?,
        };
        Ok(())
    }

    /// Records that the teacher chose to receive these classes from co-teachers.
    pub fn receive_classes(&mut self, class_ids: &[String]) -> Result<()> {
        let now = (self.wall)();
        let tx = self.conn.transaction()?;
        for id in class_ids {
            tx.execute(
                "INSERT OR IGNORE INTO received_class (class_id, chosen_at_ms) VALUES (?1, ?2)",
                params![id, now as i64],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The classes among `class_ids` that are neither on this laptop (in any state) nor
    /// shared nor chosen to be received: a bundle holding one is refused until the teacher chooses.
    pub fn unchosen_classes(&self, class_ids: &[String]) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for id in class_ids {
            let known: bool = self.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM class WHERE id = ?1)
                     OR EXISTS (SELECT 1 FROM received_class WHERE class_id = ?1)
                     OR EXISTS (SELECT 1 FROM share WHERE class_id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            if !known {
                out.push(id.clone());
            }
        }
        Ok(out)
    }
}

impl Db {
    /// The class passphrase a laptop set up before the OS credential store kept in the
    /// database, if it is still there: read once at start-up to move it out.
    pub fn legacy_passphrase(&self) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM handoff_setting WHERE key = ?1",
                [LEGACY_PASSPHRASE_KEY],
                |r| r.get::<_, String>(0),
            )
            .optional()?)
    }

    /// Removes the legacy passphrase row so that its bytes are gone from the disk, not
    /// only from the table: deleted with `secure_delete` on (so SQLite zeroes the freed
    /// space), the file rewritten by `VACUUM` (older copies of the row left in free space
    /// by earlier changes of the passphrase go too) and the WAL checkpointed and truncated.
    /// The import restore point beside the database gets the same treatment. Runs once,
    /// only when the row exists; a database without it is not touched.
    pub fn erase_legacy_passphrase(&mut self) -> Result<()> {
        if self.legacy_passphrase()?.is_some() {
            scrub_passphrase(&self.conn)?;
        }
        let point = restore_point_path(&self.path);
        if point.exists() {
            let conn = rusqlite::Connection::open(&point)?;
            let held: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'handoff_setting')
                     AND EXISTS (SELECT 1 FROM handoff_setting WHERE key = ?1)",
                [LEGACY_PASSPHRASE_KEY],
                |r| r.get(0),
            )?;
            if held {
                scrub_passphrase(&conn)?;
            }
        }
        Ok(())
    }
}

/// Deletes the legacy passphrase row in `conn`'s database and leaves no copy of it in the
/// file or its WAL.
fn scrub_passphrase(conn: &rusqlite::Connection) -> Result<()> {
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.execute(
        "DELETE FROM handoff_setting WHERE key = ?1",
        [LEGACY_PASSPHRASE_KEY],
    )?;
    conn.execute_batch("VACUUM")?;
    // TRUNCATE leaves the WAL empty, so no frame holding the old page survives in it.
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

/// The `handoff_setting` key that holds the student whose page student mode has open.
const STUDENT_MODE_KEY: &str = "student_mode";

/// The student student mode was left on for, if any. Kept in the local settings so that
/// quitting and restarting the app does not end student mode without the PIN.
pub fn student_mode_student(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT value FROM handoff_setting WHERE key = ?1",
            [STUDENT_MODE_KEY],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .filter(|v| !v.is_empty()))
}

/// Records that student mode is on for `student` (or, with `None`, off). Local only.
pub fn set_student_mode_student(
    db: &mut Db,
    student: Option<waypoint_core::ids::StudentId>,
) -> Result<()> {
    db.set_handoff_setting(STUDENT_MODE_KEY, student.map(|s| s.to_string()).as_deref())
}
