//! Suggesting groups: the grouping engine run on the class's levels (or, through progressions, on
//! readiness), with locked groups kept and every member named with their reason. Nothing is
//! written.

use super::{AbsentStudent, GroupProposal, GroupRequest, ProposedGroupView, ProposedMember};
use crate::Result;
use crate::evidence::mastery_grid;
use crate::roster::list_students;
use crate::rows::not_found;
use rusqlite::Connection;
use std::collections::HashMap;
use waypoint_core::grouping::{
    self, GroupCount, GroupingInput, GroupingStudent, SearchMethod, TargetCompetency,
};
use waypoint_core::groups::{GroupBasis, GroupInput, GroupSetInput};
use waypoint_core::ids::ClassId;
use waypoint_core::messages::Message;
use waypoint_core::msg;
use waypoint_core::roster::StudentView;

/// Runs the grouping engine on the class's calculated levels. Nothing is written.
pub fn suggest_groups(
    conn: &Connection,
    class_id: ClassId,
    req: &GroupRequest,
) -> Result<GroupProposal> {
    if req.by_readiness {
        return crate::progressions::readiness_groups(conn, class_id, req);
    }
    let grid = mastery_grid(conn, class_id)?;
    if req.competency_ids.is_empty() {
        return Err(waypoint_core::Error::invalid(
            "competencyIds",
            waypoint_core::msg!("store-groups-choose-competency"),
        )
        .into());
    }
    let mut columns = Vec::new();
    for id in &req.competency_ids {
        let col = grid
            .competencies
            .iter()
            .position(|c| c.id.to_string() == *id)
            .ok_or_else(|| {
                waypoint_core::Error::invalid(
                    "competencyIds",
                    waypoint_core::msg!("store-groups-competency-elsewhere"),
                )
            })?;
        columns.push(col);
    }
    let targets: Vec<TargetCompetency> = columns
        .iter()
        .map(|&c| {
            let comp = &grid.competencies[c];
            TargetCompetency {
                id: comp.id.to_string(),
                code: if comp.code.is_empty() {
                    comp.label.clone()
                } else {
                    comp.code.clone()
                },
                threshold: comp.threshold,
            }
        })
        .collect();
    let levels: HashMap<String, Vec<Option<f64>>> = grid
        .students
        .iter()
        .zip(&grid.cells)
        .map(|(s, row)| {
            (
                s.id.to_string(),
                columns.iter().map(|&c| row[c].level).collect(),
            )
        })
        .collect();
    propose(conn, class_id, targets, &levels, req)
}

/// The engine's groups for `targets`, given each student's levels on them (by student id):
/// locked groups kept, constraints applied, members named with their reasons.
pub(crate) fn propose(
    conn: &Connection,
    class_id: ClassId,
    targets: Vec<TargetCompetency>,
    levels: &HashMap<String, Vec<Option<f64>>>,
    req: &GroupRequest,
) -> Result<GroupProposal> {
    let students = list_students(conn, class_id, false)?;
    let names: HashMap<String, &StudentView> =
        students.iter().map(|s| (s.id.to_string(), s)).collect();
    for kept in &req.keep {
        for id in &kept.student_ids {
            if !names.contains_key(id) {
                return Err(not_found("student", id));
            }
        }
    }
    let kept_ids: Vec<&String> = req.keep.iter().flat_map(|k| &k.student_ids).collect();
    let pool: Vec<GroupingStudent> = students
        .iter()
        .filter(|s| !kept_ids.contains(&&s.id.to_string()))
        .map(|s| GroupingStudent {
            id: s.id.to_string(),
            name: s.display_name.clone(),
            levels: levels.get(&s.id.to_string()).cloned().unwrap_or_default(),
        })
        .collect();
    let mut count = req.count;
    if let GroupCount::Groups { count: n } = &mut count {
        *n = n.saturating_sub(req.keep.len());
    }
    let mut constraints = req.constraints.clone();
    let kept_teacher = req.keep.iter().any(|k| k.teacher_led);
    if kept_teacher {
        constraints.teacher_led.clear();
    }
    let mean = |id: &str| -> Option<f64> {
        let known: Vec<f64> = levels.get(id)?.iter().flatten().copied().collect();
        (!known.is_empty()).then(|| known.iter().sum::<f64>() / known.len() as f64)
    };
    let member = |id: &str, reason: Message| ProposedMember {
        student_id: id.to_owned(),
        display_name: names
            .get(id)
            .map(|s| s.display_name.clone())
            .unwrap_or_default(),
        level: mean(id),
        reason,
    };
    let mut groups: Vec<ProposedGroupView> = req
        .keep
        .iter()
        .map(|k| ProposedGroupView {
            name: k.name.clone(),
            focus: None,
            band: None,
            mean_level: None,
            teacher_led: k.teacher_led,
            locked: true,
            members: k
                .student_ids
                .iter()
                .map(|id| member(id, msg!("reason-kept-locked")))
                .collect(),
        })
        .collect();
    let present = pool
        .iter()
        .filter(|s| !constraints.absent.contains(&s.id))
        .count();
    let (objective, method) = if present == 0 || matches!(count, GroupCount::Groups { count: 0 }) {
        if present > 0 {
            return Err(waypoint_core::Error::invalid(
                "count",
                waypoint_core::msg!("store-groups-all-locked"),
            )
            .into());
        }
        (0.0, SearchMethod::Exact)
    } else {
        let result = grouping::form_groups(&GroupingInput {
            students: pool,
            targets,
            count,
            mode: req.mode,
            constraints: constraints.clone(),
            seed: req.seed,
        })?;
        let reasons: HashMap<&str, &Message> = result
            .reasons
            .iter()
            .map(|r| (r.student_id.as_str(), &r.reason))
            .collect();
        let offset = groups.len();
        for (i, g) in result.groups.iter().enumerate() {
            groups.push(ProposedGroupView {
                name: req.new_group_name(offset + i + 1),
                focus: Some(g.focus.clone()),
                band: g.band,
                mean_level: g.mean_level,
                teacher_led: g.teacher_led && !kept_teacher,
                locked: false,
                members: g
                    .members
                    .iter()
                    .map(|id| {
                        // The engine gives every placed student a reason.
                        let reason = reasons.get(id.as_str()).map(|r| (*r).clone());
                        member(id, reason.unwrap_or_else(|| Message::untranslated("")))
                    })
                    .collect(),
            });
        }
        (result.objective, result.method)
    };
    let absent = constraints
        .absent
        .iter()
        .filter_map(|id| names.get(id))
        .map(|s| AbsentStudent {
            student_id: s.id.to_string(),
            display_name: s.display_name.clone(),
        })
        .collect();
    Ok(GroupProposal {
        groups,
        objective,
        method,
        absent,
    })
}

impl GroupProposal {
    /// The suggestion as a set to save as it stands, each student with their reason.
    pub fn to_input(&self, date: &str, title: &str, basis: GroupBasis) -> GroupSetInput {
        GroupSetInput {
            date: date.to_owned(),
            title: title.to_owned(),
            basis,
            groups: self
                .groups
                .iter()
                .map(|g| GroupInput {
                    name: g.name.clone(),
                    focus: g.focus.clone(),
                    teacher_led: g.teacher_led,
                    locked: g.locked,
                    student_ids: g.members.iter().map(|m| m.student_id.clone()).collect(),
                    reasons: g.members.iter().map(|m| Some(m.reason.clone())).collect(),
                })
                .collect(),
        }
    }
}
