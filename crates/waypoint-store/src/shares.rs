//! This laptop's shares: local bookkeeping, never synced.
//!
//! A share is one class, the sync folder it travels through, and that class's passphrase.
//! The passphrase is not here: it is kept in the OS credential store (or, where there is
//! none, in memory for the app's session), so no secret is ever written to the database or
//! to a copy of it. A bundle for a share carries that class's streams and the shared ones
//! (see [`crate::streams`]).

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use waypoint_core::ids::ClassId;

use crate::{Db, Result};

/// One share, as the Sync page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Share {
    /// The class.
    pub class_id: String,
    /// Its name, once its rows are on this laptop ("" before the first sync of a join).
    pub class_name: String,
    /// The sync folder.
    pub folder: String,
    /// When the share was made or joined here, Unix milliseconds.
    pub created_at_ms: u64,
    /// When it last synced, Unix milliseconds.
    pub last_sync_ms: Option<u64>,
}

impl Db {
    /// Records a share of `class` through `folder`. False when the class is already shared.
    pub fn add_share(&mut self, class: ClassId, folder: &str) -> Result<bool> {
        let now = (self.wall)();
        let n = self.conn.execute(
            "INSERT OR IGNORE INTO share (class_id, folder, created_at_ms) VALUES (?1, ?2, ?3)",
            params![class.to_string(), folder, now as i64],
        )?;
        Ok(n == 1)
    }

    /// Every share, by class name.
    pub fn shares(&self) -> Result<Vec<Share>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.class_id, coalesce(c.name, ''), s.folder, s.created_at_ms, s.last_sync_ms
             FROM share s LEFT JOIN class c ON c.id = s.class_id
             ORDER BY coalesce(c.name, ''), s.class_id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Share {
                    class_id: r.get(0)?,
                    class_name: r.get(1)?,
                    folder: r.get(2)?,
                    created_at_ms: r.get::<_, i64>(3)? as u64,
                    last_sync_ms: r.get::<_, Option<i64>>(4)?.map(|v| v as u64),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The share of `class`, if there is one.
    pub fn share(&self, class: ClassId) -> Result<Option<Share>> {
        Ok(self
            .shares()?
            .into_iter()
            .find(|s| s.class_id == class.to_string()))
    }

    /// Stops sharing `class` from this laptop (its rows stay). False when it was not shared.
    pub fn remove_share(&mut self, class: ClassId) -> Result<bool> {
        Ok(self
            .conn
            .execute("DELETE FROM share WHERE class_id = ?1", [class.to_string()])?
            == 1)
    }

    /// Records that the share of `class` synced at `at_ms`.
    pub fn set_share_synced(&mut self, class: ClassId, at_ms: u64) -> Result<()> {
        self.conn.execute(
            "UPDATE share SET last_sync_ms = ?2 WHERE class_id = ?1",
            params![class.to_string(), at_ms as i64],
        )?;
        Ok(())
    }

    /// The first of `classes` that this laptop shares, if any.
    pub fn shared_class_among(&self, classes: &[String]) -> Result<Option<String>> {
        for c in classes {
            let shared: Option<i64> = self
                .conn
                .query_row("SELECT 1 FROM share WHERE class_id = ?1", [c], |r| r.get(0))
                .optional()?;
            if shared.is_some() {
                return Ok(Some(c.clone()));
            }
        }
        Ok(None)
    }
}
