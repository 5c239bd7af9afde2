//! Use cases and queries for activities, playlists and choice boards, who they are assigned
//! to, and each student's progress on them.
//!
//! An activity practises one competency of a framework its class uses. A playlist keeps its
//! activity ids in order in one JSON field, so a reorder is one small op. An assignment is a
//! row per (playlist, target); removing it tombstones the row. A student's progress is a row
//! per (student, playlist, activity), updated in place on this laptop, so ticking one
//! activity never touches another's field and two laptops ticking different activities never
//! conflict.
//!
//! Which playlists reach a student is worked out on every read, never stored: the student's
//! own assignments, then their group's in the class's newest group set, then those of the
//! stations their group visits in the class's newest rotation plan. A regrouping or a new
//! rotation is reflected at once, and two laptops with the same rows agree.
//!
//! The group, station and rotation tables are only read here (with plain SQL); their use
//! cases live in their own modules.

use std::collections::HashMap;
use waypoint_core::msg;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};
use waypoint_core::ids::{
    ActivityId, AssignmentId, ClassId, GroupId, PlaylistId, StationId, StudentId,
};
use waypoint_core::op::Fields;
use waypoint_core::playlists::{
    ACTIVITY, ActivityView, AssignTarget, AssignmentView, PLAYLIST, PLAYLIST_ASSIGNMENT,
    PlaylistInput, PlaylistKind, PlaylistView, TargetKind,
};
use waypoint_core::roster::{CLASS, changed_fields, display_name};

use crate::device::random10;
use crate::oplog::Writer;
use crate::roster::get_student;
use crate::rows::{live_fields, not_found, parse_id, set_archived, text};
use crate::{Db, Result};

mod activities;
mod overview;
mod students;
use activities::activities_by_id;
pub use activities::{
    create_activity, get_activity, list_activities, set_activity_archived, update_activity,
};
pub use overview::{class_playlist_progress, class_student_playlists};
pub use students::{record_progress, set_activity_progress, student_playlists};

/// A text field of a materialized row, "" when absent.
fn field_str(fields: &Fields, name: &str) -> String {
    fields
        .get(name)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

const PLAYLIST_COLUMNS: &str = "id, class_id, title, kind, activity_ids, pick_count, archived";

/// One playlist row before its activities and assignments are resolved.
#[derive(Clone)]
struct PlaylistRow {
    id: PlaylistId,
    class_id: ClassId,
    title: String,
    kind: PlaylistKind,
    activity_ids: Vec<String>,
    pick_count: u32,
    archived: bool,
}

fn playlist_row(r: &Row<'_>) -> rusqlite::Result<Result<PlaylistRow>> {
    let (id, class_id, title, kind) = (text(r, 0)?, text(r, 1)?, text(r, 2)?, text(r, 3)?);
    let ids: Option<String> = r.get(4)?;
    let pick_count = r.get::<_, Option<f64>>(5)?.unwrap_or(0.0);
    let archived = r.get::<_, Option<bool>>(6)?.unwrap_or(false);
    Ok((|| {
        let activity_ids: Vec<String> = match ids {
            Some(s) => serde_json::from_str(&s)?,
            None => Vec::new(),
        };
        Ok(PlaylistRow {
            id: id.parse()?,
            class_id: class_id.parse()?,
            title,
            kind: PlaylistKind::parse(&kind),
            activity_ids,
            pick_count: pick_count.max(0.0).round() as u32,
            archived,
        })
    })())
}

/// A class's playlists and choice boards, sorted by title, each with its activities in
/// order and its assignments; archived ones only when asked for.
pub fn list_playlists(
    conn: &Connection,
    class_id: ClassId,
    include_archived: bool,
) -> Result<Vec<PlaylistView>> {
    live_fields(conn, &CLASS, "class", &class_id.to_string())?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {PLAYLIST_COLUMNS} FROM playlist
         WHERE class_id = ?1 AND _deleted = 0 AND (?2 OR coalesce(archived, 0) = 0)
         ORDER BY title COLLATE NOCASE, id"
    ))?;
    let rows = stmt
        .query_map(
            params![class_id.to_string(), include_archived],
            playlist_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let activities = activities_by_id(conn, class_id)?;
    rows.into_iter()
        .map(|row| playlist_view(conn, row?, &activities))
        .collect()
}

/// One live playlist, archived or not.
pub fn get_playlist(conn: &Connection, id: PlaylistId) -> Result<PlaylistView> {
    let row = playlist_by_id(conn, id)?;
    let activities = activities_by_id(conn, row.class_id)?;
    playlist_view(conn, row, &activities)
}

fn playlist_by_id(conn: &Connection, id: PlaylistId) -> Result<PlaylistRow> {
    conn.query_row(
        &format!("SELECT {PLAYLIST_COLUMNS} FROM playlist WHERE id = ?1 AND _deleted = 0"),
        [id.to_string()],
        playlist_row,
    )
    .optional()?
    .unwrap_or_else(|| Err(not_found("playlist", id)))
}

fn playlist_view(
    conn: &Connection,
    row: PlaylistRow,
    activities: &HashMap<String, ActivityView>,
) -> Result<PlaylistView> {
    Ok(PlaylistView {
        id: row.id,
        class_id: row.class_id,
        title: row.title,
        kind: row.kind,
        // An activity not on this laptop yet (its ops still on their way) is left out of
        // the resolved list but kept in the ids, so saving the playlist does not drop it.
        activities: row
            .activity_ids
            .iter()
            .filter_map(|id| activities.get(id).cloned())
            .collect(),
        activity_ids: row.activity_ids,
        pick_count: row.pick_count,
        archived: row.archived,
        assignments: assignments(conn, row.id)?,
    })
}

/// Checks a playlist's activities against its class and returns their canonical ids.
/// Each must be a live activity of the class; an archived one only if the playlist already
/// holds it (`current`), so archiving an activity never makes its playlists unsaveable.
fn class_activity_ids(
    conn: &Connection,
    class_id: &str,
    ids: &[String],
    current: &[String],
) -> Result<Vec<String>> {
    ids.iter()
        .map(|id| {
            let id = parse_id::<ActivityId>("activity", id)?.to_string();
            let fields = live_fields(conn, &ACTIVITY, "activity", &id)?;
            let title = field_str(&fields, "title");
            if field_str(&fields, "class_id") != class_id {
                return Err(waypoint_core::Error::invalid(
                    "activityIds",
                    msg!("store-playlist-activity-other-class", title = title),
                )
                .into());
            }
            let archived = fields.get("archived").and_then(Value::as_bool) == Some(true);
            if archived && !current.contains(&id) {
                return Err(waypoint_core::Error::invalid(
                    "activityIds",
                    msg!("store-playlist-activity-archived", title = title),
                )
                .into());
            }
            Ok(id)
        })
        .collect()
}

/// Creates a playlist or choice board in a class.
pub fn create_playlist(
    db: &mut Db,
    class_id: ClassId,
    input: &PlaylistInput,
) -> Result<PlaylistView> {
    let input = input.validate()?;
    let id = db.write(|w| write_playlist(w, class_id, &input))?;
    get_playlist(db.conn(), id)
}

/// Writes a new playlist from a validated input, inside the caller's write.
pub(crate) fn write_playlist(
    w: &mut Writer<'_>,
    class_id: ClassId,
    input: &PlaylistInput,
) -> Result<PlaylistId> {
    let class_id_key = class_id.to_string();
    live_fields(w.conn(), &CLASS, "class", &class_id_key)?;
    let mut input = input.clone();
    input.activity_ids = class_activity_ids(w.conn(), &class_id_key, &input.activity_ids, &[])?;
    let id = PlaylistId::mint(w.wall_ms(), random10());
    let mut fields = input.to_fields();
    fields.insert("class_id".into(), json!(class_id));
    fields.insert("archived".into(), json!(false));
    w.set(&PLAYLIST, &id.to_string(), fields)?;
    Ok(id)
}

/// Edits a playlist: title, kind, activities and their order, pick count; only changed
/// fields are written. Students' progress rows are kept, so an activity put back later
/// shows where the student was.
pub fn update_playlist(db: &mut Db, id: PlaylistId, input: &PlaylistInput) -> Result<PlaylistView> {
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &PLAYLIST, "playlist", &id.to_string())?;
        let current: Vec<String> = old
            .get("activity_ids")
            .cloned()
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        let mut input = input.clone();
        input.activity_ids = class_activity_ids(
            w.conn(),
            &field_str(&old, "class_id"),
            &input.activity_ids,
            &current,
        )?;
        w.set(
            &PLAYLIST,
            &id.to_string(),
            changed_fields(&old, &input.to_fields()),
        )
    })?;
    get_playlist(db.conn(), id)
}

/// Archives or unarchives a playlist. An archived playlist reaches no student; its
/// assignments and progress are kept for when it comes back.
pub fn set_playlist_archived(db: &mut Db, id: PlaylistId, archived: bool) -> Result<PlaylistView> {
    db.write(|w| set_archived(w, &PLAYLIST, "playlist", &id.to_string(), archived))?;
    get_playlist(db.conn(), id)
}

/// A playlist's live assignments, oldest first (ids are time-ordered). One of a kind this
/// build does not know (from a newer laptop) is left out rather than guessed at.
fn assignments(conn: &Connection, playlist: PlaylistId) -> Result<Vec<AssignmentView>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, target_kind, target_id FROM playlist_assignment
         WHERE playlist_id = ?1 AND _deleted = 0 ORDER BY id",
    )?;
    let rows = stmt
        .query_map([playlist.to_string()], |r| {
            Ok((text(r, 0)?, text(r, 1)?, text(r, 2)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, kind, target) in rows {
        let Some(kind) = TargetKind::parse(&kind) else {
            continue;
        };
        out.push(AssignmentView {
            id: id.parse::<AssignmentId>()?,
            target_name: target_name(conn, kind, &target)?,
            target: AssignTarget { kind, id: target },
        });
    }
    Ok(out)
}

/// The name a teacher knows a target by: the student's display name, the group's or the
/// station's name. One that is gone (deleted, or not on this laptop yet) says so.
fn target_name(conn: &Connection, kind: TargetKind, id: &str) -> Result<String> {
    let name = match kind {
        TargetKind::Student => conn
            .query_row(
                "SELECT given_name, family_name, preferred_name FROM student
                 WHERE id = ?1 AND _deleted = 0",
                [id],
                |r| Ok(display_name(&text(r, 0)?, &text(r, 1)?, &text(r, 2)?)),
            )
            .optional()?,
        TargetKind::Group => conn
            .query_row(
                "SELECT name FROM learning_group WHERE id = ?1 AND _deleted = 0",
                [id],
                |r| text(r, 0),
            )
            .optional()?,
        TargetKind::Station => conn
            .query_row(
                "SELECT name FROM station WHERE id = ?1 AND _deleted = 0",
                [id],
                |r| text(r, 0),
            )
            .optional()?,
    };
    Ok(name.unwrap_or_else(|| format!("A removed {}", kind.as_str())))
}

/// Checks a target and returns its canonical id and its class id. Archived students and
/// stations are refused: a playlist given to them would reach no one.
fn target_and_class(conn: &Connection, target: &AssignTarget) -> Result<(String, String)> {
    match target.kind {
        TargetKind::Student => {
            let id = parse_id::<StudentId>("student", &target.id)?;
            let s = get_student(conn, id)?;
            if s.archived {
                return Err(waypoint_core::Error::invalid(
                    "target",
                    msg!("store-assign-student-archived", name = &s.display_name),
                )
                .into());
            }
            Ok((id.to_string(), s.class_id.to_string()))
        }
        TargetKind::Group => {
            let id = parse_id::<GroupId>("group", &target.id)?.to_string();
            // A group's class is its set's: a group from a deleted set is gone too.
            let class = conn
                .query_row(
                    "SELECT s.class_id FROM learning_group g JOIN group_set s ON s.id = g.set_id
                     WHERE g.id = ?1 AND g._deleted = 0 AND s._deleted = 0",
                    [&id],
                    |r| text(r, 0),
                )
                .optional()?
                .ok_or_else(|| not_found("group", &id))?;
            Ok((id, class))
        }
        TargetKind::Station => {
            let id = parse_id::<StationId>("station", &target.id)?.to_string();
            let (class, archived) = conn
                .query_row(
                    "SELECT class_id, coalesce(archived, 0) FROM station
                     WHERE id = ?1 AND _deleted = 0",
                    [&id],
                    |r| Ok((text(r, 0)?, r.get::<_, bool>(1)?)),
                )
                .optional()?
                .ok_or_else(|| not_found("station", &id))?;
            if archived {
                return Err(waypoint_core::Error::invalid(
                    "target",
                    msg!("store-assign-station-archived"),
                )
                .into());
            }
            Ok((id, class))
        }
    }
}

/// Assigns a playlist to a student, a group or a station of its class. Assigning it to the
/// same target again changes nothing.
pub fn assign_playlist(
    db: &mut Db,
    playlist: PlaylistId,
    target: &AssignTarget,
) -> Result<PlaylistView> {
    db.write(|w| write_assignment(w, playlist, target))?;
    get_playlist(db.conn(), playlist)
}

/// Assigns a playlist inside the caller's write (nothing when it already is).
pub(crate) fn write_assignment(
    w: &mut Writer<'_>,
    playlist: PlaylistId,
    target: &AssignTarget,
) -> Result<()> {
    {
        let fields = live_fields(w.conn(), &PLAYLIST, "playlist", &playlist.to_string())?;
        let (target_id, target_class) = target_and_class(w.conn(), target)?;
        if target_class != field_str(&fields, "class_id") {
            return Err(waypoint_core::Error::invalid(
                "target",
                match target.kind {
                    TargetKind::Student => msg!("store-assign-student-other-class"),
                    TargetKind::Group => msg!("store-assign-group-other-class"),
                    TargetKind::Station => msg!("store-assign-station-other-class"),
                },
            )
            .into());
        }
        let kind = target.kind.as_str();
        let existing: Option<String> = w
            .conn()
            .query_row(
                "SELECT id FROM playlist_assignment
                 WHERE playlist_id = ?1 AND target_kind = ?2 AND target_id = ?3 AND _deleted = 0
                 LIMIT 1",
                params![playlist.to_string(), kind, target_id],
                |r| r.get(0),
            )
            .optional()?;
        if existing.is_some() {
            return Ok(());
        }
        let id = AssignmentId::mint(w.wall_ms(), random10());
        let fields: Fields = [
            ("playlist_id", json!(playlist.to_string())),
            ("target_kind", json!(kind)),
            ("target_id", json!(target_id)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        w.set(&PLAYLIST_ASSIGNMENT, &id.to_string(), fields)
    }
}

/// Removes an assignment (a tombstone) and returns its playlist.
pub fn unassign_playlist(db: &mut Db, assignment_id: AssignmentId) -> Result<PlaylistView> {
    let id = assignment_id.to_string();
    let playlist = db.write(|w| {
        let fields = live_fields(w.conn(), &PLAYLIST_ASSIGNMENT, "assignment", &id)?;
        w.tombstone(&PLAYLIST_ASSIGNMENT, &id)?;
        Ok(field_str(&fields, "playlist_id"))
    })?;
    get_playlist(db.conn(), playlist.parse()?)
}
