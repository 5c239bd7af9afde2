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

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};
use waypoint_core::frameworks::{NodeKind, short_label};
use waypoint_core::ids::{
    ActivityId, AssignmentId, ClassId, GroupId, NodeId, PlaylistId, ProgressId, StationId,
    StudentId,
};
use waypoint_core::op::Fields;
use waypoint_core::playlists::{
    ACTIVITY, ACTIVITY_PROGRESS, ActivityInput, ActivityView, AssignTarget, AssignmentView,
    Modality, PLAYLIST, PLAYLIST_ASSIGNMENT, PlaylistInput, PlaylistKind, PlaylistView,
    ProgressChange, ProgressStatus, StudentActivity, StudentPlaylist, TargetKind,
    short_student_name, via_label,
};
use waypoint_core::roster::{CLASS, changed_fields, display_name};
use waypoint_core::validate;

use crate::device::random10;
use crate::frameworks::{class_frameworks, get_node};
use crate::roster::get_student;
use crate::rows::{live_fields, not_found, parse_id, set_archived, text};
use crate::{Db, Result};

const ACTIVITY_COLUMNS: &str = "a.id, a.class_id, a.competency_id, a.title, a.modality,
    a.minutes, a.instructions, a.link, a.archived, n.code, n.label, n.statement";

/// The activity table joined to its competency (for the code), which may be gone.
const ACTIVITY_FROM: &str =
    "activity a LEFT JOIN competency_node n ON n.id = a.competency_id AND n._deleted = 0";

/// A class's activities, sorted by title; archived ones only when asked for.
pub fn list_activities(
    conn: &Connection,
    class_id: ClassId,
    include_archived: bool,
) -> Result<Vec<ActivityView>> {
    live_fields(conn, &CLASS, "class", &class_id.to_string())?;
    class_activities(conn, class_id, include_archived)
}

fn class_activities(
    conn: &Connection,
    class_id: ClassId,
    include_archived: bool,
) -> Result<Vec<ActivityView>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {ACTIVITY_COLUMNS} FROM {ACTIVITY_FROM}
         WHERE a.class_id = ?1 AND a._deleted = 0 AND (?2 OR coalesce(a.archived, 0) = 0)
         ORDER BY a.title COLLATE NOCASE, a.id"
    ))?;
    let rows = stmt
        .query_map(
            params![class_id.to_string(), include_archived],
            activity_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

/// A class's live activities (archived included) by id, to resolve playlists.
fn activities_by_id(conn: &Connection, class_id: ClassId) -> Result<HashMap<String, ActivityView>> {
    Ok(class_activities(conn, class_id, true)?
        .into_iter()
        .map(|a| (a.id.to_string(), a))
        .collect())
}

/// One live activity, archived or not.
pub fn get_activity(conn: &Connection, id: ActivityId) -> Result<ActivityView> {
    conn.query_row(
        &format!(
            "SELECT {ACTIVITY_COLUMNS} FROM {ACTIVITY_FROM} WHERE a.id = ?1 AND a._deleted = 0"
        ),
        [id.to_string()],
        activity_row,
    )
    .optional()?
    .unwrap_or_else(|| Err(not_found("activity", id)))
}

fn activity_row(r: &Row<'_>) -> rusqlite::Result<Result<ActivityView>> {
    let (id, class_id, competency_id) = (text(r, 0)?, text(r, 1)?, text(r, 2)?);
    let (title, modality) = (text(r, 3)?, text(r, 4)?);
    let minutes = r.get::<_, Option<f64>>(5)?.unwrap_or(0.0);
    let (instructions, link) = (text(r, 6)?, text(r, 7)?);
    let archived = r.get::<_, Option<bool>>(8)?.unwrap_or(false);
    let (code, label, statement) = (text(r, 9)?, text(r, 10)?, text(r, 11)?);
    // A competency without a code (made by hand) is known by its short label instead.
    let competency_code = if code.trim().is_empty() {
        short_label(&label, &statement)
    } else {
        code
    };
    Ok((|| {
        Ok(ActivityView {
            id: id.parse()?,
            class_id: class_id.parse()?,
            competency_id,
            competency_code,
            title,
            modality: Modality::parse(&modality),
            minutes: minutes.max(0.0).round() as u32,
            instructions,
            link,
            archived,
        })
    })())
}

/// Checks that `competency_id` names a live competency (not a strand) in a framework the
/// class uses, and returns its canonical id. An archived competency is refused unless the
/// activity already practises it (`current`), so an old activity can still be edited.
fn class_competency(
    conn: &Connection,
    class_id: ClassId,
    competency_id: &str,
    current: Option<&str>,
) -> Result<String> {
    let id = parse_id::<NodeId>("competency", competency_id)?;
    let node = get_node(conn, id)?;
    if node.kind != NodeKind::Competency {
        return Err(waypoint_core::Error::invalid(
            "competencyId",
            "An activity practises a competency, not a strand.",
        )
        .into());
    }
    let id = node.id.to_string();
    if node.archived && current != Some(id.as_str()) {
        return Err(waypoint_core::Error::invalid(
            "competencyId",
            "That competency is archived; choose a current one.",
        )
        .into());
    }
    let attached = class_frameworks(conn, class_id)?
        .iter()
        .any(|f| f.id == node.framework_id);
    if !attached {
        return Err(waypoint_core::Error::invalid(
            "competencyId",
            "That competency's framework is not used by this class. Attach the framework to the class first.",
        )
        .into());
    }
    Ok(id)
}

/// Creates an activity in a class.
pub fn create_activity(
    db: &mut Db,
    class_id: ClassId,
    input: &ActivityInput,
) -> Result<ActivityView> {
    let class_id_key = class_id.to_string();
    let input = input.validate()?;
    let id = db.write(|w| {
        live_fields(w.conn(), &CLASS, "class", &class_id_key)?;
        let mut input = input.clone();
        input.competency_id = class_competency(w.conn(), class_id, &input.competency_id, None)?;
        let id = ActivityId::mint(w.wall_ms(), random10());
        let mut fields = input.to_fields();
        fields.insert("class_id".into(), json!(class_id));
        fields.insert("archived".into(), json!(false));
        w.set(&ACTIVITY, &id.to_string(), fields)?;
        Ok(id)
    })?;
    get_activity(db.conn(), id)
}

/// Edits an activity; only changed fields are written. Playlists that use it show the
/// change at once, since they hold only its id.
pub fn update_activity(db: &mut Db, id: ActivityId, input: &ActivityInput) -> Result<ActivityView> {
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &ACTIVITY, "activity", &id.to_string())?;
        let class_id = field_str(&old, "class_id");
        let mut input = input.clone();
        input.competency_id = class_competency(
            w.conn(),
            class_id.parse()?,
            &input.competency_id,
            Some(&field_str(&old, "competency_id")),
        )?;
        w.set(
            &ACTIVITY,
            &id.to_string(),
            changed_fields(&old, &input.to_fields()),
        )
    })?;
    get_activity(db.conn(), id)
}

/// Archives or unarchives an activity. Playlists that hold it keep it (marked archived);
/// it is no longer offered for new ones.
pub fn set_activity_archived(db: &mut Db, id: ActivityId, archived: bool) -> Result<ActivityView> {
    db.write(|w| set_archived(w, &ACTIVITY, "activity", &id.to_string(), archived))?;
    get_activity(db.conn(), id)
}

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
                    format!(
                        "\"{title}\" belongs to another class; a playlist uses its own class's activities."
                    ),
                )
                .into());
            }
            let archived = fields.get("archived").and_then(Value::as_bool) == Some(true);
            if archived && !current.contains(&id) {
                return Err(waypoint_core::Error::invalid(
                    "activityIds",
                    format!("\"{title}\" is archived; unarchive it to add it."),
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
    let class_id_key = class_id.to_string();
    let input = input.validate()?;
    let id = db.write(|w| {
        live_fields(w.conn(), &CLASS, "class", &class_id_key)?;
        let mut input = input.clone();
        input.activity_ids = class_activity_ids(w.conn(), &class_id_key, &input.activity_ids, &[])?;
        let id = PlaylistId::mint(w.wall_ms(), random10());
        let mut fields = input.to_fields();
        fields.insert("class_id".into(), json!(class_id));
        fields.insert("archived".into(), json!(false));
        w.set(&PLAYLIST, &id.to_string(), fields)?;
        Ok(id)
    })?;
    get_playlist(db.conn(), id)
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
                    format!(
                        "{} is archived; unarchive them to assign a playlist.",
                        s.display_name
                    ),
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
                    "That station is archived; unarchive it to assign a playlist.",
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
    db.write(|w| {
        let fields = live_fields(w.conn(), &PLAYLIST, "playlist", &playlist.to_string())?;
        let (target_id, target_class) = target_and_class(w.conn(), target)?;
        if target_class != field_str(&fields, "class_id") {
            return Err(waypoint_core::Error::invalid(
                "target",
                format!(
                    "That {} is in another class; a playlist is assigned within its own class.",
                    target.kind.as_str()
                ),
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
    })?;
    get_playlist(db.conn(), playlist)
}

/// Removes an assignment (a tombstone) and returns its playlist.
pub fn unassign_playlist(db: &mut Db, assignment_id: AssignmentId) -> Result<PlaylistView> {
    let id = assignment_id.to_string();
    let playlist = db.write(|w| {
        let fields = live_fields(w.conn(), &PLAYLIST_ASSIGNMENT, "assignment", &id)?;
        w.tombstone(&PLAYLIST_ASSIGNMENT, &id)?;
        Ok(field_str(&fields, "playlist_id"))
    })?;
    get_playlist(db.conn(), parse_id::<PlaylistId>("playlist", &playlist)?)
}

/// The student's groups in a group set: normally one, but two laptops placing the same
/// student at once leave two rows, and the student then belongs to both until resolved.
fn groups_of(conn: &Connection, set_id: &str, student_id: &str) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT g.id, g.name FROM group_member m JOIN learning_group g ON g.id = m.group_id
         WHERE m.set_id = ?1 AND m.student_id = ?2 AND m._deleted = 0 AND g._deleted = 0
         ORDER BY coalesce(g.position, 0), g.id",
    )?;
    let rows = stmt
        .query_map(params![set_id, student_id], |r| {
            Ok((text(r, 0)?, text(r, 1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The routes by which playlists can reach a student, in priority order: (kind, target
/// id, the "via" text).
fn routes(
    conn: &Connection,
    student_id: &str,
    class_id: &str,
    name: String,
) -> Result<Vec<(TargetKind, String, String)>> {
    let mut out = vec![(
        TargetKind::Student,
        student_id.to_owned(),
        format!("Assigned to {name}"),
    )];
    let newest_set: Option<String> = conn
        .query_row(
            "SELECT id FROM group_set WHERE class_id = ?1 AND _deleted = 0
             ORDER BY date DESC, id DESC LIMIT 1",
            [class_id],
            |r| text(r, 0),
        )
        .optional()?;
    if let Some(set) = &newest_set {
        for (group, name) in groups_of(conn, set, student_id)? {
            out.push((TargetKind::Group, group, via_label("Group", &name)));
        }
    }
    let plan: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT group_set_id, cells FROM rotation_plan WHERE class_id = ?1 AND _deleted = 0
             ORDER BY date DESC, id DESC LIMIT 1",
            [class_id],
            |r| Ok((text(r, 0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((plan_set, cells)) = plan {
        // The plan's rows are its own set's groups; a plan without one falls back to the
        // newest set.
        let set = if plan_set.is_empty() {
            newest_set.unwrap_or_default()
        } else {
            plan_set
        };
        let cells: HashMap<String, Vec<Option<String>>> = cells
            .and_then(|c| serde_json::from_str(&c).ok())
            .unwrap_or_default();
        let mut stations: Vec<String> = Vec::new();
        for (group, _) in groups_of(conn, &set, student_id)? {
            for station in cells.get(&group).into_iter().flatten().flatten() {
                if !stations.contains(station) {
                    stations.push(station.clone());
                }
            }
        }
        for station in stations {
            let name: String = conn
                .query_row(
                    "SELECT name FROM station WHERE id = ?1 AND _deleted = 0",
                    [&station],
                    |r| text(r, 0),
                )
                .optional()?
                .unwrap_or_default();
            out.push((TargetKind::Station, station, via_label("Station", &name)));
        }
    }
    Ok(out)
}

/// The playlists that reach a student, each once: assigned to them directly, to a group
/// they are in in the class's newest group set, or to a station their group visits in the
/// class's newest rotation plan (the first route wins, in that order). Within a route,
/// by title. Each activity comes with the student's latest status on it; archived
/// playlists are left out.
pub fn student_playlists(conn: &Connection, id: StudentId) -> Result<Vec<StudentPlaylist>> {
    let student = get_student(conn, id)?;
    let (id, class_id) = (id.to_string(), student.class_id.to_string());
    let name = short_student_name(
        &student.given_name,
        &student.family_name,
        &student.preferred_name,
    );
    let progress = student_progress(conn, &id)?;
    let mut activities: HashMap<ClassId, HashMap<String, ActivityView>> = HashMap::new();
    let mut seen: HashSet<PlaylistId> = HashSet::new();
    let mut out = Vec::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PLAYLIST_COLUMNS} FROM playlist
         WHERE _deleted = 0 AND coalesce(archived, 0) = 0 AND id IN
            (SELECT playlist_id FROM playlist_assignment
             WHERE target_kind = ?1 AND target_id = ?2 AND _deleted = 0)
         ORDER BY title COLLATE NOCASE, id"
    ))?;
    for (kind, target, via) in routes(conn, &id, &class_id, name)? {
        let rows = stmt
            .query_map(params![kind.as_str(), target], playlist_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for row in rows {
            let row = row?;
            if !seen.insert(row.id) {
                continue;
            }
            let by_id = match activities.entry(row.class_id) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(activities_by_id(conn, row.class_id)?)
                }
            };
            let playlist = row.id.to_string();
            let items: Vec<StudentActivity> = row
                .activity_ids
                .iter()
                .filter_map(|a| by_id.get(a))
                .map(|a| StudentActivity {
                    status: progress
                        .get(&(playlist.clone(), a.id.to_string()))
                        .map_or(ProgressStatus::NotStarted, |(_, s)| *s),
                    activity: a.clone(),
                })
                .collect();
            out.push(StudentPlaylist {
                playlist_id: row.id,
                title: row.title,
                kind: row.kind,
                pick_count: row.pick_count,
                via: via.clone(),
                done: items
                    .iter()
                    .filter(|i| i.status == ProgressStatus::Done)
                    .count() as u32,
                activities: items,
            });
        }
    }
    Ok(out)
}

/// (playlist id, activity id) → (progress row id, status) for a student, from the latest
/// row of each pair (by id, which is time-ordered): two laptops that each made a row for the
/// same pair before syncing agree on which one counts.
type Progress = HashMap<(String, String), (String, ProgressStatus)>;

fn student_progress(conn: &Connection, student_id: &str) -> Result<Progress> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, playlist_id, activity_id, status FROM activity_progress
         WHERE student_id = ?1 AND _deleted = 0 ORDER BY id",
    )?;
    let mut rows = stmt.query([student_id])?;
    let mut out = Progress::new();
    while let Some(r) = rows.next()? {
        // Rows come oldest first, so the latest replaces the others.
        out.insert(
            (text(r, 1)?, text(r, 2)?),
            (text(r, 0)?, ProgressStatus::parse(&text(r, 3)?)),
        );
    }
    Ok(out)
}

/// [`set_activity_progress`] for a change as the student's page sends it.
pub fn record_progress(
    db: &mut Db,
    change: &ProgressChange,
    today: &str,
) -> Result<Vec<StudentPlaylist>> {
    set_activity_progress(
        db,
        change.student_id,
        change.playlist_id,
        change.activity_id,
        change.status,
        today,
    )
}

/// Records where a student is with one activity of a playlist, dated `today` (the
/// teacher's local date, `YYYY-MM-DD`, passed in by the caller). The first change makes the
/// (student, playlist, activity) row; later ones update its status and date, so there is one
/// row per triple on a laptop. Setting the status it already has writes nothing. Returns the
/// student's playlists.
pub fn set_activity_progress(
    db: &mut Db,
    student: StudentId,
    playlist_id: PlaylistId,
    activity_id: ActivityId,
    status: ProgressStatus,
    today: &str,
) -> Result<Vec<StudentPlaylist>> {
    let playlist = playlist_id.to_string();
    let activity = activity_id.to_string();
    let today = validate::date("date", "Today's date", today)?;
    if today.is_empty() {
        return Err(waypoint_core::Error::invalid("date", "Today's date can't be blank.").into());
    }
    db.write(|w| {
        let s = get_student(w.conn(), student)?;
        let fields = live_fields(w.conn(), &PLAYLIST, "playlist", &playlist)?;
        if field_str(&fields, "class_id") != s.class_id.to_string() {
            return Err(waypoint_core::Error::invalid(
                "playlistId",
                format!(
                    "That playlist belongs to another class than {}'s.",
                    s.display_name
                ),
            )
            .into());
        }
        let in_playlist = fields
            .get("activity_ids")
            .and_then(Value::as_array)
            .is_some_and(|ids| ids.iter().any(|i| i.as_str() == Some(activity.as_str())));
        if !in_playlist {
            return Err(waypoint_core::Error::invalid(
                "activityId",
                "That activity is not in this playlist.",
            )
            .into());
        }
        let student_key = student.to_string();
        let current =
            student_progress(w.conn(), &student_key)?.remove(&(playlist.clone(), activity.clone()));
        let new: Fields = [
            ("status".to_owned(), json!(status.as_str())),
            ("date".to_owned(), json!(today)),
        ]
        .into_iter()
        .collect();
        match current {
            // Unchanged: the date stays the day it last changed.
            Some((_, old)) if old == status => Ok(()),
            Some((row, _)) => {
                let old = live_fields(w.conn(), &ACTIVITY_PROGRESS, "progress", &row)?;
                w.set(&ACTIVITY_PROGRESS, &row, changed_fields(&old, &new))
            }
            // No row reads as not started already.
            None if status == ProgressStatus::NotStarted => Ok(()),
            None => {
                let mut fields = new;
                fields.insert("student_id".into(), json!(student));
                fields.insert("playlist_id".into(), json!(playlist));
                fields.insert("activity_id".into(), json!(activity));
                let id = ProgressId::mint(w.wall_ms(), random10());
                w.set(&ACTIVITY_PROGRESS, &id.to_string(), fields)
            }
        }
    })?;
    student_playlists(db.conn(), student)
}
