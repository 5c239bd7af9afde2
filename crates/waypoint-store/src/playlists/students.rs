//! What reaches each student: the playlists routed to them through their own, their group's and
//! their stations' assignments, and their progress on each activity.

use super::activities::activities_by_id;
use super::{PLAYLIST_COLUMNS, PlaylistRow, field_str, playlist_row};
use crate::device::random10;
use crate::roster::get_student;
use crate::rows::{live_fields, text};
use crate::{Db, Result};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use waypoint_core::ids::{ActivityId, ClassId, PlaylistId, ProgressId, StudentId};
use waypoint_core::messages::Message;
use waypoint_core::msg;
use waypoint_core::op::Fields;
use waypoint_core::playlists::{
    ACTIVITY_PROGRESS, ActivityView, PLAYLIST, ProgressChange, ProgressStatus, Route,
    StudentActivity, StudentPlaylist, TargetKind, short_student_name, via_message,
};
use waypoint_core::roster::changed_fields;
use waypoint_core::validate;

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
/// id, how it says it reached the student).
fn routes(
    conn: &Connection,
    student_id: &str,
    class_id: &str,
    name: String,
) -> Result<Vec<(TargetKind, String, Message)>> {
    let mut out = vec![(
        TargetKind::Student,
        student_id.to_owned(),
        via_message(Route::Student(&name)),
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
            out.push((TargetKind::Group, group, via_message(Route::Group(&name))));
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
            out.push((
                TargetKind::Station,
                station,
                via_message(Route::Station(&name)),
            ));
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
    let mut activities = ActivityCache::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PLAYLIST_COLUMNS} FROM playlist
         WHERE _deleted = 0 AND coalesce(archived, 0) = 0 AND id IN
            (SELECT playlist_id FROM playlist_assignment
             WHERE target_kind = ?1 AND target_id = ?2 AND _deleted = 0)
         ORDER BY title COLLATE NOCASE, id"
    ))?;
    let mut per_route = Vec::new();
    for (kind, target, via) in routes(conn, &id, &class_id, name)? {
        let rows = stmt
            .query_map(params![kind.as_str(), target], playlist_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .collect::<Result<Vec<_>>>()?;
        per_route.push((via, rows));
    }
    reached_playlists(conn, per_route, &progress, &mut activities)
}

/// A class's activities by id, read once per class a playlist belongs to.
pub(super) type ActivityCache = HashMap<ClassId, HashMap<String, ActivityView>>;

/// A student's playlists from the playlists each of their routes brings, in route order (each
/// route's by title): each playlist once, by its first route, with the student's progress.
pub(super) fn reached_playlists(
    conn: &Connection,
    per_route: Vec<(Message, Vec<PlaylistRow>)>,
    progress: &Progress,
    activities: &mut ActivityCache,
) -> Result<Vec<StudentPlaylist>> {
    let mut seen: HashSet<PlaylistId> = HashSet::new();
    let mut out = Vec::new();
    for (via, rows) in per_route {
        for row in rows {
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
pub(super) type Progress = HashMap<(String, String), (String, ProgressStatus)>;

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
    let today = validate::date("date", msg!("store-label-todays-date"), today)?;
    if today.is_empty() {
        return Err(waypoint_core::Error::invalid("date", msg!("store-date-blank")).into());
    }
    db.write(|w| {
        let s = get_student(w.conn(), student)?;
        let fields = live_fields(w.conn(), &PLAYLIST, "playlist", &playlist)?;
        if field_str(&fields, "class_id") != s.class_id.to_string() {
            return Err(waypoint_core::Error::invalid(
                "playlistId",
                msg!("store-playlist-other-class", name = &s.display_name),
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
                msg!("store-activity-not-in-playlist"),
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
