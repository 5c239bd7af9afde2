//! Stations, rotation plans, group cards, the projector's view and the Today view.
//!
//! A plan is built by the rule in [`waypoint_core::rotation`] from a group set and the
//! chosen stations, and saved with its cells per group id, so a group renamed or a student
//! moved later still finds its row. Hand edits are checked by the same rule's `check`.

use std::collections::{BTreeMap, HashMap};
use waypoint_core::msg;

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::json;
use waypoint_core::ids::{ClassId, GroupId, GroupSetId, RotationId, StationId};
use waypoint_core::rotations::{
    self, Cells, ROTATION_PLAN, RotationGroup, RotationInput, RotationStation, StationView,
    check_timing,
};

use crate::device::random10;
use crate::evidence::mastery_grid;
use crate::groups::{fields, get_group_set, latest_group_set};
use crate::rows::parse_json;
use crate::rows::{live_fields, not_found, text};
use crate::{Db, Result};
use waypoint_core::messages::Message;

mod cards;
mod projector;
mod stations;
pub use cards::*;
pub use projector::*;
pub use stations::*;

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
    pub rule: Message,
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
    let set = get_group_set(conn, set_id.parse()?)?;
    let grid = mastery_grid(conn, class_id.parse()?)?;
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
            let s = get_station(conn, id.parse()?)?;
            if s.class_id != class_id {
                return Err(not_found("station", id));
            }
            if s.archived && !allow_archived {
                return Err(waypoint_core::Error::invalid(
                    "stationIds",
                    msg!("store-rotation-station-archived", name = &s.name),
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
    pub rule: Message,
}

/// The plan the rule makes for a group set and stations, without saving it.
pub fn preview_rotation(
    conn: &Connection,
    set_id: GroupSetId,
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
pub fn build_rotation(
    db: &mut Db,
    class_id: ClassId,
    input: &RotationInput,
) -> Result<RotationView> {
    let class = class_id.to_string();
    let input = input.validate()?;
    let id = db.write(|w| {
        let set = get_group_set(w.conn(), input.group_set_id.parse()?)?;
        if set.class_id != class {
            return Err(not_found("group set", &input.group_set_id));
        }
        let stations = plan_stations(w.conn(), &class, &input.station_ids, false)?;
        let groups = rule_groups(w.conn(), &class, &set.id)?;
        let rule_input: Vec<RotationGroup> = groups.iter().map(|(_, g)| g.clone()).collect();
        let plan = rotations::plan(&rule_input, &rule_stations(&stations))?;
        let cells = to_stored(&groups, &stations, &plan.cells);
        let id = RotationId::mint(w.wall_ms(), random10());
        w.set(
            &ROTATION_PLAN,
            &id.to_string(),
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
    get_rotation(db.conn(), id)
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
pub fn get_rotation(conn: &Connection, id: RotationId) -> Result<RotationView> {
    let key = id.to_string();
    let plan = plan_row(conn, &key)?;
    let set = get_group_set(conn, plan.group_set_id.parse()?)?;
    let stations = plan_stations(conn, &plan.class_id, &plan.station_ids, true)?;
    let groups = rule_groups(conn, &plan.class_id, &set.id)?;
    let cells = to_rule_cells(&plan, &groups, &stations);
    let rule_input: Vec<RotationGroup> = groups.iter().map(|(_, g)| g.clone()).collect();
    let rule = match rotations::plan(&rule_input, &rule_stations(&stations)) {
        Ok(p) if p.cells == cells => p.rule,
        Ok(p) => msg!("reason-rotation-edited", rule = p.rule),
        Err(_) => msg!("reason-rotation-by-hand"),
    };
    let rounds = plan.station_ids.len();
    Ok(RotationView {
        id: key,
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
pub fn list_rotations(conn: &Connection, class_id: ClassId) -> Result<Vec<RotationSummary>> {
    let class = class_id.to_string();
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
pub fn current_rotation(
    conn: &Connection,
    class_id: ClassId,
    date: &str,
) -> Result<Option<RotationId>> {
    let id: Option<String> = conn
        .query_row(
            "SELECT id FROM rotation_plan WHERE class_id = ?1 AND _deleted = 0
             ORDER BY date = ?2 DESC, date DESC, id DESC LIMIT 1",
            params![class_id.to_string(), date],
            |r| text(r, 0),
        )
        .optional()?;
    Ok(id.map(|id| id.parse()).transpose()?)
}

/// Copies the class's newest plan to `date`: the same stations and timing, with the newest
/// group set (its cells copied when the set is the same, else built by the rule). `None`
/// when the class has no plan yet.
pub fn copy_last_rotation(
    db: &mut Db,
    class_id: ClassId,
    date: &str,
) -> Result<Option<RotationView>> {
    let Some(last) = current_rotation(db.conn(), class_id, "")? else {
        return Ok(None);
    };
    let plan = plan_row(db.conn(), &last.to_string())?;
    let set = latest_group_set(db.conn(), class_id)?
        .map(|s| s.to_string())
        .unwrap_or(plan.group_set_id.clone());
    let live: Vec<String> = list_stations(db.conn(), class_id, false)?
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
    let view = build_rotation(db, class_id, &input)?;
    if set == plan.group_set_id && station_ids == plan.station_ids {
        let copied = plan.cells.clone();
        db.write(|w| w.set(&ROTATION_PLAN, &view.id, fields([("cells", json!(copied))])))?;
        return Ok(Some(get_rotation(db.conn(), view.id.parse()?)?));
    }
    Ok(Some(view))
}

/// Sets one cell by hand (`station_id` `None` for no station that round). Refused, with the
/// reason, when a group would visit a station twice or a station would overflow.
pub fn set_rotation_cell(
    db: &mut Db,
    plan_id: RotationId,
    round: usize,
    group_id: GroupId,
    station_id: Option<StationId>,
) -> Result<RotationView> {
    let id = plan_id.to_string();
    let group_id = group_id.to_string();
    let group_id = group_id.as_str();
    let station_id = station_id.map(|s| s.to_string());
    let station_id = station_id.as_deref();
    db.write(|w| {
        let mut plan = plan_row(w.conn(), &id)?;
        let stations = plan_stations(w.conn(), &plan.class_id, &plan.station_ids, true)?;
        let groups = rule_groups(w.conn(), &plan.class_id, &plan.group_set_id)?;
        if round >= plan.station_ids.len() {
            return Err(
                waypoint_core::Error::invalid("round", msg!("store-round-not-in-plan")).into(),
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
                msg!("store-station-not-in-rotation"),
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
    get_rotation(db.conn(), plan_id)
}

/// Changes a plan's block and transition minutes.
pub fn update_rotation_timing(
    db: &mut Db,
    plan_id: RotationId,
    block: u32,
    transition: u32,
) -> Result<RotationView> {
    let id = plan_id.to_string();
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
    get_rotation(db.conn(), plan_id)
}
