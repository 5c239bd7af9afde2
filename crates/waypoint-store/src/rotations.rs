//! Stations, rotation plans, group cards, the projector's view and the Today view.
//!
//! A plan is built by the rule in [`waypoint_core::rotation`] from a group set and the
//! chosen stations, and saved with its cells per group id, so a group renamed or a student
//! moved later still finds its row. Hand edits are checked by the same rule's `check`.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::json;
use waypoint_core::clock::ClockView;
use waypoint_core::ids::{ClassId, RotationId, StationId};
use waypoint_core::rotations::{
    self, Cells, ROTATION_PLAN, RotationGroup, RotationInput, RotationStation, STATION,
    StationInput, StationKind, StationView, check_timing, short_name,
};

use crate::device::random10;
use crate::evidence::mastery_grid;
use crate::groups::{fields, get_group_set, latest_group_set};
use crate::roster::{get_class, list_students};
use crate::rows::parse_json;
use crate::rows::{live_fields, not_found, parse_id, set_archived, text};
use crate::{Db, Result};

// ---- Stations ----

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

const STATION_COLUMNS: &str =
    "id, class_id, name, kind, capacity, materials, instructions, archived";

/// The class's stations in the order they were made.
pub fn list_stations(
    conn: &Connection,
    class_id: &str,
    include_archived: bool,
) -> Result<Vec<StationView>> {
    let class = parse_id::<ClassId>("class", class_id)?;
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
pub fn get_station(conn: &Connection, id: &str) -> Result<StationView> {
    let id = parse_id::<StationId>("station", id)?.to_string();
    conn.query_row(
        &format!("SELECT {STATION_COLUMNS} FROM station WHERE id = ?1 AND _deleted = 0"),
        [&id],
        station_row,
    )
    .optional()?
    .ok_or_else(|| not_found("station", &id))
}

/// Adds a station to a class.
pub fn create_station(db: &mut Db, class_id: &str, input: &StationInput) -> Result<StationView> {
    let class = parse_id::<ClassId>("class", class_id)?;
    let input = input.validate()?;
    let id = db.write(|w| {
        get_class(w.conn(), class)?;
        let next: f64 = w.conn().query_row(
            "SELECT coalesce(max(position), -1) + 1 FROM station WHERE class_id = ?1",
            [class.to_string()],
            |r| r.get(0),
        )?;
        let id = StationId::mint(w.wall_ms(), random10()).to_string();
        let mut f = input.to_fields();
        f.insert("class_id".into(), json!(class.to_string()));
        f.insert("position".into(), json!(next));
        f.insert("archived".into(), json!(false));
        w.set(&STATION, &id, f)?;
        Ok(id)
    })?;
    get_station(db.conn(), &id)
}

/// Edits a station; only changed fields are written.
pub fn update_station(db: &mut Db, id: &str, input: &StationInput) -> Result<StationView> {
    let id = parse_id::<StationId>("station", id)?.to_string();
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &STATION, "station", &id)?;
        w.set(
            &STATION,
            &id,
            waypoint_core::roster::changed_fields(&old, &input.to_fields()),
        )
    })?;
    get_station(db.conn(), &id)
}

/// Archives or unarchives a station.
pub fn set_station_archived(db: &mut Db, id: &str, archived: bool) -> Result<StationView> {
    let id = parse_id::<StationId>("station", id)?.to_string();
    db.write(|w| set_archived(w, &STATION, "station", &id, archived))?;
    get_station(db.conn(), &id)
}

// ---- Rotation plans ----

/// A group as a rotation shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RotationGroupView {
    /// The group.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The group the teacher works with first.
    pub teacher_led: bool,
    /// Its students.
    pub members: Vec<RotationMember>,
}

/// A student in a rotation's group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RotationMember {
    /// The student.
    pub student_id: String,
    /// Their name.
    pub display_name: String,
}

/// A rotation plan as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RotationView {
    /// Its id.
    pub id: String,
    /// Its class.
    pub class_id: String,
    /// The day.
    pub date: String,
    /// The groups that rotate.
    pub group_set_id: String,
    /// Their set's title.
    pub group_set_title: String,
    /// The stations, in the plan's order.
    pub stations: Vec<StationView>,
    /// Minutes of work per round.
    pub block_minutes: u32,
    /// Minutes to move.
    pub transition_minutes: u32,
    /// The set's groups, in order.
    pub groups: Vec<RotationGroupView>,
    /// `cells[round][group index]`: a station id, or `None`.
    pub cells: Vec<Vec<Option<String>>>,
    /// The rule the plan follows, in a sentence.
    pub rule: String,
}

/// A line of the list of plans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RotationSummary {
    /// Its id.
    pub id: String,
    /// The day.
    pub date: String,
    /// The group set's title.
    pub group_set_title: String,
    /// How many rounds.
    pub rounds: usize,
    /// The stations' names.
    pub station_names: Vec<String>,
}

/// A plan's stored fields.
struct PlanRow {
    class_id: String,
    date: String,
    group_set_id: String,
    station_ids: Vec<String>,
    block_minutes: u32,
    transition_minutes: u32,
    /// group id → station id (or none) per round.
    cells: BTreeMap<String, Vec<Option<String>>>,
}

fn plan_row(conn: &Connection, id: &str) -> Result<PlanRow> {
    let row = conn
        .query_row(
            "SELECT class_id, date, group_set_id, station_ids, block_minutes, transition_minutes, cells
             FROM rotation_plan WHERE id = ?1 AND _deleted = 0",
            [id],
            |r| {
                Ok((
                    text(r, 0)?,
                    text(r, 1)?,
                    text(r, 2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<f64>>(4)?,
                    r.get::<_, Option<f64>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| not_found("rotation", id))?;
    let (class_id, date, group_set_id, stations, block, transition, cells) = row;
    Ok(PlanRow {
        class_id,
        date,
        group_set_id,
        station_ids: parse_json(stations)?
            .map(serde_json::from_value)
            .transpose()?
            .unwrap_or_default(),
        block_minutes: block.unwrap_or(15.0) as u32,
        transition_minutes: transition.unwrap_or(0.0) as u32,
        cells: parse_json(cells)?
            .map(serde_json::from_value)
            .transpose()?
            .unwrap_or_default(),
    })
}

/// The groups of a set as the rule sees them, with their ids: sizes from the set's
/// placements, need from the mean level on the set's competencies.
fn rule_groups(
    conn: &Connection,
    class_id: &str,
    set_id: &str,
) -> Result<Vec<(String, RotationGroup)>> {
    let set = get_group_set(conn, set_id)?;
    let grid = mastery_grid(conn, class_id)?;
    let columns: Vec<usize> = set
        .basis
        .competency_ids
        .iter()
        .filter_map(|id| {
            grid.competencies
                .iter()
                .position(|c| c.id.to_string() == *id)
        })
        .collect();
    let level_of: HashMap<String, Vec<f64>> = grid
        .students
        .iter()
        .zip(&grid.cells)
        .map(|(s, row)| {
            (
                s.id.to_string(),
                columns.iter().filter_map(|&c| row[c].level).collect(),
            )
        })
        .collect();
    Ok(set
        .groups
        .iter()
        .map(|g| {
            let levels: Vec<f64> = g
                .members
                .iter()
                .flat_map(|m| level_of.get(&m.student_id).cloned().unwrap_or_default())
                .collect();
            let need =
                (!levels.is_empty()).then(|| levels.iter().sum::<f64>() / levels.len() as f64);
            (
                g.id.clone(),
                RotationGroup {
                    name: g.name.clone(),
                    size: g.members.len(),
                    teacher_led: g.teacher_led,
                    need,
                },
            )
        })
        .collect())
}

fn rule_stations(stations: &[StationView]) -> Vec<RotationStation> {
    stations
        .iter()
        .map(|s| RotationStation {
            name: s.name.clone(),
            kind: s.kind,
            capacity: s.capacity,
        })
        .collect()
}

/// Stations of the class by id, in the given order; archived ones refused for new plans.
fn plan_stations(
    conn: &Connection,
    class_id: &str,
    ids: &[String],
    allow_archived: bool,
) -> Result<Vec<StationView>> {
    ids.iter()
        .map(|id| {
            let s = get_station(conn, id)?;
            if s.class_id != class_id {
                return Err(not_found("station", id));
            }
            if s.archived && !allow_archived {
                return Err(waypoint_core::Error::invalid(
                    "stationIds",
                    format!(
                        "{} is archived. Unarchive it to use it in a rotation.",
                        s.name
                    ),
                )
                .into());
            }
            Ok(s)
        })
        .collect()
}

/// A set's groups as a rotation shows them: names and members, no reasons.
fn rotation_groups(groups: Vec<crate::groups::GroupView>) -> Vec<RotationGroupView> {
    groups
        .into_iter()
        .map(|g| RotationGroupView {
            id: g.id,
            name: g.name,
            teacher_led: g.teacher_led,
            members: g
                .members
                .into_iter()
                .map(|m| RotationMember {
                    student_id: m.student_id,
                    display_name: m.display_name,
                })
                .collect(),
        })
        .collect()
}

/// A plan the rule would make, not saved (`waypoint rotation`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RotationPreview {
    /// The groups that rotate.
    pub group_set_id: String,
    /// The stations, in order.
    pub stations: Vec<StationView>,
    /// The groups, in the set's order.
    pub groups: Vec<RotationGroupView>,
    /// `cells[round][group index]`: a station id, or `None`.
    pub cells: Vec<Vec<Option<String>>>,
    /// The rule, in a sentence.
    pub rule: String,
}

/// The plan the rule makes for a group set and stations, without saving it.
pub fn preview_rotation(
    conn: &Connection,
    set_id: &str,
    station_ids: &[String],
) -> Result<RotationPreview> {
    let set = get_group_set(conn, set_id)?;
    let stations = plan_stations(conn, &set.class_id, station_ids, false)?;
    let groups = rule_groups(conn, &set.class_id, &set.id)?;
    let rule_input: Vec<RotationGroup> = groups.iter().map(|(_, g)| g.clone()).collect();
    let plan = rotations::plan(&rule_input, &rule_stations(&stations))?;
    let cells = (0..stations.len())
        .map(|r| {
            plan.cells
                .iter()
                .map(|row| row[r].map(|s| stations[s].id.clone()))
                .collect()
        })
        .collect();
    Ok(RotationPreview {
        group_set_id: set.id,
        groups: rotation_groups(set.groups),
        stations,
        cells,
        rule: plan.rule,
    })
}

/// Builds a plan for a group set and stations by the rotation rule, and saves it.
pub fn build_rotation(db: &mut Db, class_id: &str, input: &RotationInput) -> Result<RotationView> {
    let class = parse_id::<ClassId>("class", class_id)?.to_string();
    let input = input.validate()?;
    let id = db.write(|w| {
        let set = get_group_set(w.conn(), &input.group_set_id)?;
        if set.class_id != class {
            return Err(not_found("group set", &input.group_set_id));
        }
        let stations = plan_stations(w.conn(), &class, &input.station_ids, false)?;
        let groups = rule_groups(w.conn(), &class, &set.id)?;
        let rule_input: Vec<RotationGroup> = groups.iter().map(|(_, g)| g.clone()).collect();
        let plan = rotations::plan(&rule_input, &rule_stations(&stations))?;
        let cells = to_stored(&groups, &stations, &plan.cells);
        let id = RotationId::mint(w.wall_ms(), random10()).to_string();
        w.set(
            &ROTATION_PLAN,
            &id,
            fields([
                ("class_id", json!(class)),
                ("date", json!(input.date)),
                ("group_set_id", json!(set.id)),
                ("station_ids", json!(input.station_ids)),
                ("block_minutes", json!(input.block_minutes)),
                ("transition_minutes", json!(input.transition_minutes)),
                ("cells", json!(cells)),
            ]),
        )?;
        Ok(id)
    })?;
    get_rotation(db.conn(), &id)
}

fn to_stored(
    groups: &[(String, RotationGroup)],
    stations: &[StationView],
    cells: &Cells,
) -> BTreeMap<String, Vec<Option<String>>> {
    groups
        .iter()
        .zip(cells)
        .map(|((id, _), row)| {
            (
                id.clone(),
                row.iter()
                    .map(|c| c.map(|s| stations[s].id.clone()))
                    .collect(),
            )
        })
        .collect()
}

/// The rule's cells for the stored plan: per group in the set's order, station indexes.
fn to_rule_cells(
    plan: &PlanRow,
    groups: &[(String, RotationGroup)],
    stations: &[StationView],
) -> Cells {
    let rounds = plan.station_ids.len();
    groups
        .iter()
        .map(|(id, _)| {
            let row = plan.cells.get(id);
            (0..rounds)
                .map(|r| {
                    row.and_then(|row| row.get(r).cloned().flatten())
                        .and_then(|sid| stations.iter().position(|s| s.id == sid))
                })
                .collect()
        })
        .collect()
}

/// A saved plan.
pub fn get_rotation(conn: &Connection, id: &str) -> Result<RotationView> {
    let id = parse_id::<RotationId>("rotation", id)?.to_string();
    let plan = plan_row(conn, &id)?;
    let set = get_group_set(conn, &plan.group_set_id)?;
    let stations = plan_stations(conn, &plan.class_id, &plan.station_ids, true)?;
    let groups = rule_groups(conn, &plan.class_id, &set.id)?;
    let cells = to_rule_cells(&plan, &groups, &stations);
    let rule_input: Vec<RotationGroup> = groups.iter().map(|(_, g)| g.clone()).collect();
    let rule = match rotations::plan(&rule_input, &rule_stations(&stations)) {
        Ok(p) if p.cells == cells => p.rule,
        Ok(p) => format!("{} Some cells were changed by hand.", p.rule),
        Err(_) => "Cells were set by hand.".to_owned(),
    };
    let rounds = plan.station_ids.len();
    Ok(RotationView {
        id,
        class_id: plan.class_id,
        date: plan.date,
        group_set_id: set.id,
        group_set_title: set.title,
        block_minutes: plan.block_minutes,
        transition_minutes: plan.transition_minutes,
        groups: rotation_groups(set.groups),
        cells: (0..rounds)
            .map(|r| {
                cells
                    .iter()
                    .map(|row| row[r].map(|s| stations[s].id.clone()))
                    .collect()
            })
            .collect(),
        stations,
        rule,
    })
}

/// The class's plans, newest day first.
pub fn list_rotations(conn: &Connection, class_id: &str) -> Result<Vec<RotationSummary>> {
    let class = parse_id::<ClassId>("class", class_id)?.to_string();
    let ids: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT id FROM rotation_plan WHERE class_id = ?1 AND _deleted = 0
             ORDER BY date DESC, id DESC",
        )?;
        stmt.query_map([&class], |r| text(r, 0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    ids.iter()
        .map(|id| {
            let plan = plan_row(conn, id)?;
            let title: Option<String> = conn
                .query_row(
                    "SELECT title FROM group_set WHERE id = ?1",
                    [&plan.group_set_id],
                    |r| text(r, 0),
                )
                .optional()?;
            let names = plan
                .station_ids
                .iter()
                .map(|s| {
                    Ok(conn
                        .query_row("SELECT name FROM station WHERE id = ?1", [s], |r| {
                            text(r, 0)
                        })
                        .optional()?
                        .unwrap_or_default())
                })
                .collect::<Result<Vec<_>>>()?;
            Ok(RotationSummary {
                id: id.clone(),
                date: plan.date,
                group_set_title: title.unwrap_or_default(),
                rounds: plan.station_ids.len(),
                station_names: names,
            })
        })
        .collect()
}

/// The class's plan for `date`, else its newest plan.
pub fn current_rotation(conn: &Connection, class_id: &str, date: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT id FROM rotation_plan WHERE class_id = ?1 AND _deleted = 0
             ORDER BY date = ?2 DESC, date DESC, id DESC LIMIT 1",
            params![class_id, date],
            |r| text(r, 0),
        )
        .optional()?)
}

/// Copies the class's newest plan to `date`: the same stations and timing, with the newest
/// group set (its cells copied when the set is the same, else built by the rule). `None`
/// when the class has no plan yet.
pub fn copy_last_rotation(db: &mut Db, class_id: &str, date: &str) -> Result<Option<RotationView>> {
    let class = parse_id::<ClassId>("class", class_id)?.to_string();
    let Some(last) = current_rotation(db.conn(), &class, "")? else {
        return Ok(None);
    };
    let plan = plan_row(db.conn(), &last)?;
    let set = latest_group_set(db.conn(), &class)?.unwrap_or(plan.group_set_id.clone());
    let live: Vec<String> = list_stations(db.conn(), &class, false)?
        .into_iter()
        .map(|s| s.id)
        .filter(|s| plan.station_ids.contains(s))
        .collect();
    let station_ids: Vec<String> = plan
        .station_ids
        .iter()
        .filter(|s| live.contains(s))
        .cloned()
        .collect();
    let input = RotationInput {
        date: date.to_owned(),
        group_set_id: set.clone(),
        station_ids: station_ids.clone(),
        block_minutes: plan.block_minutes,
        transition_minutes: plan.transition_minutes,
    };
    let view = build_rotation(db, &class, &input)?;
    if set == plan.group_set_id && station_ids == plan.station_ids {
        let copied = plan.cells.clone();
        db.write(|w| w.set(&ROTATION_PLAN, &view.id, fields([("cells", json!(copied))])))?;
        return Ok(Some(get_rotation(db.conn(), &view.id)?));
    }
    Ok(Some(view))
}

/// Sets one cell by hand (`station_id` `None` for no station that round). Refused, with the
/// reason, when a group would visit a station twice or a station would overflow.
pub fn set_rotation_cell(
    db: &mut Db,
    plan_id: &str,
    round: usize,
    group_id: &str,
    station_id: Option<&str>,
) -> Result<RotationView> {
    let id = parse_id::<RotationId>("rotation", plan_id)?.to_string();
    db.write(|w| {
        let mut plan = plan_row(w.conn(), &id)?;
        let stations = plan_stations(w.conn(), &plan.class_id, &plan.station_ids, true)?;
        let groups = rule_groups(w.conn(), &plan.class_id, &plan.group_set_id)?;
        if round >= plan.station_ids.len() {
            return Err(
                waypoint_core::Error::invalid("round", "That round is not in the plan.").into(),
            );
        }
        if !groups.iter().any(|(g, _)| g == group_id) {
            return Err(not_found("group", group_id));
        }
        if let Some(s) = station_id
            && !plan.station_ids.iter().any(|x| x == s)
        {
            return Err(waypoint_core::Error::invalid(
                "stationId",
                "That station is not in this rotation.",
            )
            .into());
        }
        let rounds = plan.station_ids.len();
        let row = plan
            .cells
            .entry(group_id.to_owned())
            .or_insert_with(|| vec![None; rounds]);
        row.resize(rounds, None);
        row[round] = station_id.map(str::to_owned);
        let rule_input: Vec<RotationGroup> = groups.iter().map(|(_, g)| g.clone()).collect();
        rotations::check(
            &rule_input,
            &rule_stations(&stations),
            &to_rule_cells(&plan, &groups, &stations),
        )?;
        w.set(&ROTATION_PLAN, &id, fields([("cells", json!(plan.cells))]))
    })?;
    get_rotation(db.conn(), &id)
}

/// Changes a plan's block and transition minutes.
pub fn update_rotation_timing(
    db: &mut Db,
    plan_id: &str,
    block: u32,
    transition: u32,
) -> Result<RotationView> {
    let id = parse_id::<RotationId>("rotation", plan_id)?.to_string();
    check_timing(block, transition)?;
    db.write(|w| {
        let old = live_fields(w.conn(), &ROTATION_PLAN, "rotation", &id)?;
        let new = fields([
            ("block_minutes", json!(block)),
            ("transition_minutes", json!(transition)),
        ]);
        w.set(
            &ROTATION_PLAN,
            &id,
            waypoint_core::roster::changed_fields(&old, &new),
        )
    })?;
    get_rotation(db.conn(), &id)
}

// ---- Group cards (print) ----

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
pub fn group_cards(conn: &Connection, plan_id: &str) -> Result<Vec<GroupCard>> {
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

// ---- Projector ----

/// A group on the projector: names and stations only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProjectorGroup {
    /// The group's name.
    pub name: String,
    /// Where it is this round (during a transition: where it goes next).
    pub station: Option<String>,
    /// First names and last initials.
    pub members: Vec<String>,
}

/// What the projector shows. It carries no scores, levels or profile data by construction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProjectorView {
    /// The clock.
    pub clock: ClockView,
    /// "Round 2 of 4", "Get ready", "All done".
    pub title: String,
    /// Each group's station and members.
    pub groups: Vec<ProjectorGroup>,
}

/// The projector's view of the loaded plan at the clock's round.
pub fn projector_view(conn: &Connection, clock: ClockView) -> Result<ProjectorView> {
    use waypoint_core::clock::ClockPhase;
    let Some(plan_id) = clock.plan_id.clone() else {
        return Ok(ProjectorView {
            clock,
            title: "Waiting for a rotation".to_owned(),
            groups: Vec::new(),
        });
    };
    let view = get_rotation(conn, &plan_id)?;
    let students = list_students(conn, &view.class_id, true)?;
    let short: HashMap<String, String> = students
        .iter()
        .map(|s| {
            let first = if s.preferred_name.is_empty() {
                &s.given_name
            } else {
                &s.preferred_name
            };
            (s.id.to_string(), short_name(first, &s.family_name))
        })
        .collect();
    let rounds = view.cells.len();
    // During a transition the groups are on their way to the next round's station.
    let shown = match clock.phase {
        ClockPhase::Transition => (clock.round as usize + 1).min(rounds.saturating_sub(1)),
        _ => (clock.round as usize).min(rounds.saturating_sub(1)),
    };
    let title = match clock.phase {
        ClockPhase::Idle => format!("Get ready: round 1 of {rounds}"),
        ClockPhase::Done => "All done!".to_owned(),
        ClockPhase::Transition => format!("Move to round {} of {rounds}", shown + 1),
        ClockPhase::Block => format!("Round {} of {rounds}", shown + 1),
    };
    let groups = view
        .groups
        .iter()
        .enumerate()
        .map(|(g, group)| ProjectorGroup {
            name: group.name.clone(),
            station: view
                .cells
                .get(shown)
                .and_then(|round| round[g].as_ref())
                .and_then(|id| view.stations.iter().find(|s| &s.id == id))
                .map(|s| s.name.clone()),
            members: group
                .members
                .iter()
                .filter_map(|m| short.get(&m.student_id).cloned())
                .collect(),
        })
        .collect();
    Ok(ProjectorView {
        clock,
        title,
        groups,
    })
}

/// How many rounds and minutes a plan has, for loading the clock.
pub fn rotation_timing(conn: &Connection, plan_id: &str) -> Result<(u32, u32, u32)> {
    let id = parse_id::<RotationId>("rotation", plan_id)?.to_string();
    let plan = plan_row(conn, &id)?;
    Ok((
        plan.station_ids.len() as u32,
        plan.block_minutes,
        plan.transition_minutes,
    ))
}
