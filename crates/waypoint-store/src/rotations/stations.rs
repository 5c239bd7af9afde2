//! Stations: the places a rotation sends groups to, with capacity, materials and instructions.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;
use waypoint_core::ids::{ClassId, StationId};
use waypoint_core::rotations::{STATION, StationInput, StationKind, StationView};

use crate::device::random10;
use crate::roster::get_class;
use crate::rows::{live_fields, not_found, set_archived, text};
use crate::{Db, Result};

fn station_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StationView> {
    Ok(StationView {
        id: text(r, 0)?,
        class_id: text(r, 1)?,
        name: text(r, 2)?,
        kind: StationKind::parse(&text(r, 3)?),
        capacity: r.get::<_, Option<f64>>(4)?.map(|c| c as u32),
        materials: text(r, 5)?,
        instructions: text(r, 6)?,
        archived: r.get::<_, Option<bool>>(7)?.unwrap_or(false),
    })
}

pub(super) const STATION_COLUMNS: &str =
    "id, class_id, name, kind, capacity, materials, instructions, archived";

/// The class's stations in the order they were made.
pub fn list_stations(
    conn: &Connection,
    class: ClassId,
    include_archived: bool,
) -> Result<Vec<StationView>> {
    get_class(conn, class)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {STATION_COLUMNS} FROM station
         WHERE class_id = ?1 AND _deleted = 0 AND (?2 OR coalesce(archived, 0) = 0)
         ORDER BY position, id"
    ))?;
    let rows = stmt
        .query_map(params![class.to_string(), include_archived], station_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// One live station.
pub fn get_station(conn: &Connection, id: StationId) -> Result<StationView> {
    let key = id.to_string();
    conn.query_row(
        &format!("SELECT {STATION_COLUMNS} FROM station WHERE id = ?1 AND _deleted = 0"),
        [&key],
        station_row,
    )
    .optional()?
    .ok_or_else(|| not_found("station", &key))
}

/// Adds a station to a class.
pub fn create_station(db: &mut Db, class: ClassId, input: &StationInput) -> Result<StationView> {
    let input = input.validate()?;
    let id = db.write(|w| {
        get_class(w.conn(), class)?;
        let next: f64 = w.conn().query_row(
            "SELECT coalesce(max(position), -1) + 1 FROM station WHERE class_id = ?1",
            [class.to_string()],
            |r| r.get(0),
        )?;
        let id = StationId::mint(w.wall_ms(), random10());
        let mut f = input.to_fields();
        f.insert("class_id".into(), json!(class.to_string()));
        f.insert("position".into(), json!(next));
        f.insert("archived".into(), json!(false));
        w.set(&STATION, &id.to_string(), f)?;
        Ok(id)
    })?;
    get_station(db.conn(), id)
}

/// Edits a station; only changed fields are written.
pub fn update_station(db: &mut Db, id: StationId, input: &StationInput) -> Result<StationView> {
    let key = id.to_string();
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &STATION, "station", &key)?;
        w.set(
            &STATION,
            &key,
            waypoint_core::roster::changed_fields(&old, &input.to_fields()),
        )
    })?;
    get_station(db.conn(), id)
}

/// Archives or unarchives a station.
pub fn set_station_archived(db: &mut Db, id: StationId, archived: bool) -> Result<StationView> {
    let key = id.to_string();
    db.write(|w| set_archived(w, &STATION, "station", &key, archived))?;
    get_station(db.conn(), id)
}
