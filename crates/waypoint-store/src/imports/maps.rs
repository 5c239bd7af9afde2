//! Column maps a teacher saved for a kind of file ("Quizizz export", "Our SIS"), kept on
//! this laptop with the header they were made from, so the next file with that header is
//! recognized and one with renamed or dropped columns is caught. Local bookkeeping: a map
//! says how to read files, not anything about a student, so it is not an op.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use waypoint_core::msg;

use super::ImportKind;
use crate::{Db, Error, Result};

/// A saved column map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SavedMap {
    /// Its name, unique per kind of import.
    pub name: String,
    /// The header of the file it was made from, in order.
    pub headers: Vec<String>,
    /// The map itself, as the kind of import defines it.
    pub map: Value,
    /// When it was last saved, in ms since the epoch.
    pub updated_at_ms: u64,
}

/// The longest name a map may have.
pub const MAP_NAME_MAX: usize = 80;

/// Saves (or replaces) the map called `name` for `kind`.
pub fn save_map(
    db: &Db,
    kind: ImportKind,
    name: &str,
    headers: &[String],
    map: &Value,
    now_ms: u64,
) -> Result<SavedMap> {
    let name = waypoint_core::validate::text(
        "name",
        msg!("store-label-map-name"),
        name,
        true,
        MAP_NAME_MAX,
    )?;
    db.conn().execute(
        "INSERT INTO import_map (kind, name, headers, map, updated_at_ms) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(kind, name) DO UPDATE SET headers = excluded.headers, map = excluded.map,
             updated_at_ms = excluded.updated_at_ms",
        params![
            kind.as_str(),
            name,
            serde_json::to_string(headers)?,
            serde_json::to_string(map)?,
            now_ms as i64
        ],
    )?;
    Ok(SavedMap {
        name,
        headers: headers.to_vec(),
        map: map.clone(),
        updated_at_ms: now_ms,
    })
}

/// Every map saved for `kind`, newest first.
pub fn list_maps(db: &Db, kind: ImportKind) -> Result<Vec<SavedMap>> {
    let mut stmt = db.conn().prepare(
        "SELECT name, headers, map, updated_at_ms FROM import_map WHERE kind = ?1
         ORDER BY updated_at_ms DESC, name",
    )?;
    let rows = stmt
        .query_map([kind.as_str()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(name, headers, map, at)| {
            Ok(SavedMap {
                name,
                headers: serde_json::from_str(&headers)?,
                map: serde_json::from_str(&map)?,
                updated_at_ms: at as u64,
            })
        })
        .collect()
}

/// Removes the map called `name`; `NotFound` when there is none.
pub fn delete_map(db: &Db, kind: ImportKind, name: &str) -> Result<()> {
    let n = db.conn().execute(
        "DELETE FROM import_map WHERE kind = ?1 AND name = ?2",
        params![kind.as_str(), name],
    )?;
    if n == 0 {
        return Err(Error::NotFound {
            what: "saved column map",
            id: name.chars().take(60).collect(),
        });
    }
    Ok(())
}
