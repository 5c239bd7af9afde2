//! A whole class's playlists at once, for the playlist cards' progress overview: every
//! student's routes built from a handful of queries (the newest group set and rotation plan,
//! their members, the plan's stations, the class's assignments, everyone's progress) instead
//! of [`super::student_playlists`]'s queries per student. The answer is the same.

use super::students::{ActivityCache, Progress, reached_playlists};
use super::{PLAYLIST_COLUMNS, PlaylistRow, playlist_row};
use crate::Result;
use crate::roster::list_students;
use crate::rows::text;
use rusqlite::{Connection, OptionalExtension};
use std::collections::HashMap;
use waypoint_core::ids::{ClassId, StudentId};
use waypoint_core::playlists::{
    PlaylistProgress, ProgressStatus, Route, StudentPlaylist, TargetKind, short_student_name,
    via_message,
};

/// Every active student of a class with the playlists that reach them, in roster order:
/// for each, what [`super::student_playlists`] gives.
pub fn class_student_playlists(
    conn: &Connection,
    class_id: ClassId,
) -> Result<Vec<(StudentId, Vec<StudentPlaylist>)>> {
    let students = list_students(conn, class_id, false)?;
    let class = class_id.to_string();
    let newest_set: Option<String> = conn
        .query_row(
            "SELECT id FROM group_set WHERE class_id = ?1 AND _deleted = 0
             ORDER BY date DESC, id DESC LIMIT 1",
            [&class],
            |r| text(r, 0),
        )
        .optional()?;
    let plan: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT group_set_id, cells FROM rotation_plan WHERE class_id = ?1 AND _deleted = 0
             ORDER BY date DESC, id DESC LIMIT 1",
            [&class],
            |r| Ok((text(r, 0)?, r.get(1)?)),
        )
        .optional()?;
    // As for one student: the plan's rows are its own set's groups, or the newest set's.
    let plan = plan.map(|(set, cells)| {
        let set = if set.is_empty() {
            newest_set.clone().unwrap_or_default()
        } else {
            set
        };
        let cells: HashMap<String, Vec<Option<String>>> = cells
            .and_then(|c| serde_json::from_str(&c).ok())
            .unwrap_or_default();
        (set, cells)
    });
    let mut sets: Vec<&str> = newest_set.iter().map(String::as_str).collect();
    if let Some((set, _)) = &plan
        && !sets.contains(&set.as_str())
    {
        sets.push(set);
    }
    let groups = groups_by_student(conn, &sets)?;
    let station_names = station_names(conn, plan.as_ref().map(|(_, cells)| cells))?;
    let reaching = playlists_by_target(conn, &class)?;
    let mut progress = class_progress(conn, &class)?;
    let no_groups = Vec::new();
    let mut activities = ActivityCache::new();
    let mut out = Vec::with_capacity(students.len());
    for student in students {
        let id = student.id.to_string();
        let name = short_student_name(
            &student.given_name,
            &student.family_name,
            &student.preferred_name,
        );
        let mut routes = vec![(
            TargetKind::Student,
            id.clone(),
            via_message(Route::Student(&name)),
        )];
        if let Some(set) = &newest_set {
            for (group, name) in groups.get(&(set.clone(), id.clone())).unwrap_or(&no_groups) {
                routes.push((
                    TargetKind::Group,
                    group.clone(),
                    via_message(Route::Group(name)),
                ));
            }
        }
        if let Some((set, cells)) = &plan {
            let mut stations: Vec<&String> = Vec::new();
            for (group, _) in groups.get(&(set.clone(), id.clone())).unwrap_or(&no_groups) {
                for station in cells.get(group).into_iter().flatten().flatten() {
                    if !stations.contains(&station) {
                        stations.push(station);
                    }
                }
            }
            for station in stations {
                let name = station_names.get(station).map_or("", String::as_str);
                routes.push((
                    TargetKind::Station,
                    station.clone(),
                    via_message(Route::Station(name)),
                ));
            }
        }
        let per_route = routes
            .into_iter()
            .map(|(kind, target, via)| {
                let rows = reaching
                    .get(&(kind.as_str().to_owned(), target))
                    .cloned()
                    .unwrap_or_default();
                (via, rows)
            })
            .collect();
        let mine = progress.remove(&id).unwrap_or_default();
        out.push((
            student.id,
            reached_playlists(conn, per_route, &mine, &mut activities)?,
        ));
    }
    Ok(out)
}

/// How far each active student of a class has got with each playlist that reaches them,
/// student by student in roster order: what a playlist card's overview shows.
pub fn class_playlist_progress(
    conn: &Connection,
    class_id: ClassId,
) -> Result<Vec<PlaylistProgress>> {
    Ok(class_student_playlists(conn, class_id)?
        .into_iter()
        .flat_map(|(student_id, list)| {
            list.into_iter().map(move |p| {
                let goal = p.goal();
                PlaylistProgress {
                    student_id,
                    playlist_id: p.playlist_id,
                    done: p.done.min(goal),
                    goal,
                }
            })
        })
        .collect())
}

/// (set id, student id) → the student's groups in that set, (id, name) in the sets' order.
type Memberships = HashMap<(String, String), Vec<(String, String)>>;

fn groups_by_student(conn: &Connection, sets: &[&str]) -> Result<Memberships> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.student_id, g.id, g.name FROM group_member m
         JOIN learning_group g ON g.id = m.group_id
         WHERE m.set_id = ?1 AND m._deleted = 0 AND g._deleted = 0
         ORDER BY coalesce(g.position, 0), g.id",
    )?;
    let mut out = Memberships::new();
    for set in sets {
        let mut rows = stmt.query([set])?;
        while let Some(r) = rows.next()? {
            out.entry(((*set).to_owned(), text(r, 0)?))
                .or_default()
                .push((text(r, 1)?, text(r, 2)?));
        }
    }
    Ok(out)
}

/// The names of the stations a rotation plan's cells name ("" for one that is gone): one
/// query per station of the plan, however many students there are.
fn station_names(
    conn: &Connection,
    cells: Option<&HashMap<String, Vec<Option<String>>>>,
) -> Result<HashMap<String, String>> {
    let mut stmt =
        conn.prepare_cached("SELECT name FROM station WHERE id = ?1 AND _deleted = 0")?;
    let mut out = HashMap::new();
    for station in cells
        .into_iter()
        .flat_map(|c| c.values())
        .flatten()
        .flatten()
    {
        if !out.contains_key(station) {
            let name: Option<String> = stmt.query_row([station], |r| text(r, 0)).optional()?;
            out.insert(station.clone(), name.unwrap_or_default());
        }
    }
    Ok(out)
}

/// (target kind, target id) → the live, unarchived playlists of the class assigned to it, by
/// title. Assignments only ever name a target of the playlist's own class.
fn playlists_by_target(
    conn: &Connection,
    class: &str,
) -> Result<HashMap<(String, String), Vec<PlaylistRow>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PLAYLIST_COLUMNS}, target_kind, target_id FROM playlist
         JOIN (SELECT DISTINCT playlist_id, target_kind, target_id FROM playlist_assignment
               WHERE _deleted = 0) AS a ON a.playlist_id = playlist.id
         WHERE class_id = ?1 AND _deleted = 0 AND coalesce(archived, 0) = 0
         ORDER BY title COLLATE NOCASE, id"
    ))?;
    let mut rows = stmt.query([class])?;
    let mut out: HashMap<(String, String), Vec<PlaylistRow>> = HashMap::new();
    while let Some(r) = rows.next()? {
        let row = playlist_row(r)??;
        out.entry((text(r, 7)?, text(r, 8)?)).or_default().push(row);
    }
    Ok(out)
}

/// Every student of the class's progress, as [`Progress`] per student id: the latest row of
/// each (playlist, activity) pair counts, as for one student.
fn class_progress(conn: &Connection, class: &str) -> Result<HashMap<String, Progress>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, student_id, playlist_id, activity_id, status FROM activity_progress
         WHERE _deleted = 0 AND student_id IN
            (SELECT id FROM student WHERE class_id = ?1 AND _deleted = 0)
         ORDER BY id",
    )?;
    let mut rows = stmt.query([class])?;
    let mut out: HashMap<String, Progress> = HashMap::new();
    while let Some(r) = rows.next()? {
        // Oldest first, so the latest replaces the others.
        out.entry(text(r, 1)?).or_default().insert(
            (text(r, 2)?, text(r, 3)?),
            (text(r, 0)?, ProgressStatus::parse(&text(r, 4)?)),
        );
    }
    Ok(out)
}
