//! Group cards for print: each group's members, its stations round by round and the
//! playlists assigned to it.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use waypoint_core::ids::RotationId;
use waypoint_core::rotations::StationKind;

use super::get_rotation;
use crate::Result;
use crate::rows::parse_json;
use crate::rows::text;

/// A station on a group's card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CardStation {
    /// 1-based round.
    pub round: usize,
    /// The station's name, or "Free choice" when the group has none that round.
    pub name: String,
    /// Its kind.
    pub kind: Option<StationKind>,
    /// What to do there.
    pub instructions: String,
    /// What is there.
    pub materials: String,
}

/// An activity on a group's card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CardActivity {
    /// Its title.
    pub title: String,
    /// read, watch, …
    pub modality: String,
    /// How long.
    pub minutes: u32,
}

/// A playlist on a group's card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CardPlaylist {
    /// Its title.
    pub title: String,
    /// "playlist" or "choice_board".
    pub kind: String,
    /// How many to pick (a choice board) or do (a playlist).
    pub pick_count: u32,
    /// Its activities, in order.
    pub activities: Vec<CardActivity>,
}

/// One printed card per group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GroupCard {
    /// The group's name.
    pub group_name: String,
    /// True for the teacher-led group.
    pub teacher_led: bool,
    /// Its students' names.
    pub members: Vec<String>,
    /// Its station in each round.
    pub stations: Vec<CardStation>,
    /// Playlists assigned to the group or to a station it visits.
    pub playlists: Vec<CardPlaylist>,
}

fn playlists_for(conn: &Connection, kind: &str, target: &str) -> Result<Vec<CardPlaylist>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.title, p.kind, p.pick_count, p.activity_ids FROM playlist_assignment a
         JOIN playlist p ON p.id = a.playlist_id
         WHERE a.target_kind = ?1 AND a.target_id = ?2 AND a._deleted = 0
           AND p._deleted = 0 AND coalesce(p.archived, 0) = 0
         ORDER BY p.title COLLATE NOCASE, p.id",
    )?;
    let rows = stmt
        .query_map([kind, target], |r| {
            Ok((
                text(r, 0)?,
                text(r, 1)?,
                r.get::<_, Option<f64>>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(title, kind, pick, ids)| {
            let ids: Vec<String> = parse_json(ids)?
                .map(serde_json::from_value)
                .transpose()?
                .unwrap_or_default();
            let activities = ids
                .iter()
                .map(|id| {
                    Ok(conn
                        .query_row(
                            "SELECT title, modality, minutes FROM activity WHERE id = ?1 AND _deleted = 0",
                            [id],
                            |r| {
                                Ok(CardActivity {
                                    title: text(r, 0)?,
                                    modality: text(r, 1)?,
                                    minutes: r.get::<_, Option<f64>>(2)?.unwrap_or(0.0) as u32,
                                })
                            },
                        )
                        .optional()?)
                })
                .collect::<Result<Vec<Option<CardActivity>>>>()?
                .into_iter()
                .flatten()
                .collect();
            Ok(CardPlaylist {
                title,
                kind,
                pick_count: pick.unwrap_or(0.0) as u32,
                activities,
            })
        })
        .collect()
}

/// One card per group of a plan: members, station order, and the playlists or tasks.
pub fn group_cards(conn: &Connection, plan_id: RotationId) -> Result<Vec<GroupCard>> {
    let view = get_rotation(conn, plan_id)?;
    view.groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let stations: Vec<CardStation> = view
                .cells
                .iter()
                .enumerate()
                .map(|(r, round)| {
                    let st = round[g]
                        .as_ref()
                        .and_then(|id| view.stations.iter().find(|s| &s.id == id));
                    CardStation {
                        round: r + 1,
                        name: st.map_or_else(|| "Free choice".to_owned(), |s| s.name.clone()),
                        kind: st.map(|s| s.kind),
                        instructions: st.map(|s| s.instructions.clone()).unwrap_or_default(),
                        materials: st.map(|s| s.materials.clone()).unwrap_or_default(),
                    }
                })
                .collect();
            let mut playlists = playlists_for(conn, "group", &group.id)?;
            for id in view.cells.iter().filter_map(|round| round[g].as_ref()) {
                for p in playlists_for(conn, "station", id)? {
                    if !playlists
                        .iter()
                        .any(|x| x.title == p.title && x.kind == p.kind)
                    {
                        playlists.push(p);
                    }
                }
            }
            Ok(GroupCard {
                group_name: group.name.clone(),
                teacher_led: group.teacher_led,
                members: group
                    .members
                    .iter()
                    .map(|m| m.display_name.clone())
                    .collect(),
                stations,
                playlists,
            })
        })
        .collect()
}
