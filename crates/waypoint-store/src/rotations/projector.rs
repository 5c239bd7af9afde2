//! The projector's view: the clock, group names and stations, first names with a last
//! initial, and never a score or a profile field.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use waypoint_core::clock::ClockView;
use waypoint_core::ids::RotationId;
use waypoint_core::messages::Message;
use waypoint_core::msg;
use waypoint_core::rotations::short_name;

use super::{get_rotation, plan_row};
use crate::Result;
use crate::roster::list_students;

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
    /// "Round 2 of 4", "Get ready", "All done" (a `reason-projector-*` message).
    pub title: Message,
    /// Each group's station and members.
    pub groups: Vec<ProjectorGroup>,
}

/// The projector's view of the loaded plan at the clock's round.
pub fn projector_view(conn: &Connection, clock: ClockView) -> Result<ProjectorView> {
    use waypoint_core::clock::ClockPhase;
    let Some(plan_id) = clock.plan_id.clone() else {
        return Ok(ProjectorView {
            clock,
            title: msg!("reason-projector-waiting"),
            groups: Vec::new(),
        });
    };
    let view = get_rotation(conn, plan_id.parse()?)?;
    let students = list_students(conn, view.class_id.parse()?, true)?;
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
        ClockPhase::Idle => msg!("reason-projector-get-ready", rounds = rounds),
        ClockPhase::Done => msg!("reason-projector-done"),
        ClockPhase::Transition => msg!("reason-projector-move", round = shown + 1, rounds = rounds),
        ClockPhase::Block => msg!("reason-projector-round", round = shown + 1, rounds = rounds),
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
pub fn rotation_timing(conn: &Connection, plan_id: RotationId) -> Result<(u32, u32, u32)> {
    let id = plan_id.to_string();
    let plan = plan_row(conn, &id)?;
    Ok((
        plan.station_ids.len() as u32,
        plan.block_minutes,
        plan.transition_minutes,
    ))
}
