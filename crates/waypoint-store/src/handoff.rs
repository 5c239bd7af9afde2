//! This laptop's handoff settings and the classes it receives: local bookkeeping, not ops,
//! never synced (each laptop has its own folder, label and choices).
//!
//! The class passphrase is kept here in the clear. It protects bundles on a USB stick or in
//! a cloud folder, which leave the laptop; the database itself already holds the student
//! data it would protect, so keeping it beside that data adds no exposure.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::{Db, Result};

/// What the Sync page and `sync-folder` need to know about this laptop's settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HandoffSettings {
    /// The label co-teachers see, e.g. "Ms. Ortiz".
    pub label: String,
    /// The sync folder, if chosen.
    pub folder: Option<String>,
    /// The class passphrase, if set.
    #[serde(skip)]
    pub passphrase: Option<String>,
    /// When "Sync now" last finished, Unix milliseconds.
    pub last_sync_ms: Option<u64>,
    /// Classes the teacher chose to receive, sorted.
    pub received_classes: Vec<String>,
}

impl Db {
    /// The settings as stored.
    pub fn handoff_settings(&self) -> Result<HandoffSettings> {
        let get = |key: &str| -> Result<Option<String>> {
            Ok(self
                .conn
                .query_row(
                    "SELECT value FROM handoff_setting WHERE key = ?1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?)
        };
        let mut stmt = self
            .conn
            .prepare("SELECT class_id FROM received_class ORDER BY class_id")?;
        let received_classes = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(HandoffSettings {
            label: get("label")?.unwrap_or_default(),
            folder: get("folder")?.filter(|f| !f.is_empty()),
            passphrase: get("passphrase")?.filter(|p| !p.is_empty()),
            last_sync_ms: get("last_sync_ms")?.and_then(|v| v.parse().ok()),
            received_classes,
        })
    }

    /// Sets (or, with `None`, clears) one setting: "label", "folder", "passphrase" or
    /// "last_sync_ms".
    pub fn set_handoff_setting(&mut self, key: &str, value: Option<&str>) -> Result<()> {
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
