//! Group sets: suggesting groups from mastery data with the grouping engine, saving them per
//! class and date, moving students, renaming and locking groups, and the history of sets.
//!
//! The engine ([`waypoint_core::grouping`]) is pure; this module fetches the students'
//! calculated levels (the mastery grid's cells) and hands them over, and writes what the
//! teacher saves through the op log.

use std::collections::HashMap;
use waypoint_core::msg;

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::json;
use waypoint_core::evidence::Band;
use waypoint_core::grouping::{Constraints, GroupCount, GroupingMode, SearchMethod};
use waypoint_core::groups::{
    GROUP_MEMBER, GROUP_SET, GroupBasis, GroupSetInput, GroupUpdate, LEARNING_GROUP,
};
use waypoint_core::groups::{read_line, stored_line};
use waypoint_core::ids::{ClassId, GroupId, GroupSetId, MembershipId, StudentId};
use waypoint_core::messages::Message;
use waypoint_core::roster::StudentView;

use crate::device::random10;
use crate::roster::{get_class, list_students};
use crate::rows::parse_json;
use crate::rows::{live_fields, not_found, text};
use crate::{Db, Result};

mod suggest;
pub(crate) use suggest::propose;
pub use suggest::suggest_groups;

/// A group kept as it is when groups are suggested again (a locked group).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct KeptGroup {
    /// Its name.
    pub name: String,
    /// Its students.
    pub student_ids: Vec<String>,
    /// True when it is the teacher-led group.
    pub teacher_led: bool,
}

/// What the teacher asks the engine for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GroupRequest {
    /// The target competencies.
    pub competency_ids: Vec<String>,
    /// How many groups, or their sizes.
    pub count: GroupCount,
    /// Like-ability or mixed.
    pub mode: GroupingMode,
    /// Apart, together, with the teacher, absent.
    #[serde(default)]
    pub constraints: Constraints,
    /// The engine's seed: the same seed gives the same groups.
    #[serde(default)]
    pub seed: u64,
    /// Locked groups kept as they are; their students are not regrouped.
    #[serde(default)]
    pub keep: Vec<KeptGroup>,
    /// Group by readiness instead: students ready for the same competency together (see
    /// `progressions::readiness_groups`); `competency_ids` and `mode` are then not used.
    #[serde(default)]
    pub by_readiness: bool,
    /// The word new groups are named with, in the teacher's language, before their number:
    /// "Group" names them "Group 1", "Group 2"… (and is what an empty word gives).
    #[serde(default)]
    pub group_word: String,
}

impl GroupRequest {
    /// The name of the `n`th new group (from 1).
    pub fn new_group_name(&self, n: usize) -> String {
        let word = self.group_word.trim();
        format!("{} {n}", if word.is_empty() { "Group" } else { word })
    }
}

/// A student in a suggested group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProposedMember {
    /// The student.
    pub student_id: String,
    /// Their name.
    pub display_name: String,
    /// Their level on the target (the mean over several), `None` without evidence.
    pub level: Option<f64>,
    /// Why they are in this group, in a sentence (a `reason-*` message).
    pub reason: Message,
}

/// A suggested group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProposedGroupView {
    /// "Group 1", … (in the request's word), or a kept group's name.
    pub name: String,
    /// What it should work on; none for a kept group.
    pub focus: Option<Message>,
    /// Like-ability mode: the band of its mean level.
    pub band: Option<Band>,
    /// Mean of its members' levels.
    pub mean_level: Option<f64>,
    /// The group the teacher works with first.
    pub teacher_led: bool,
    /// True for a kept (locked) group.
    pub locked: bool,
    /// Its students.
    pub members: Vec<ProposedMember>,
}

/// A student left out as absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AbsentStudent {
    /// The student.
    pub student_id: String,
    /// Their name.
    pub display_name: String,
}

/// The engine's suggestion, with names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GroupProposal {
    /// The groups, kept ones first, then the teacher-led group, then neediest first.
    pub groups: Vec<ProposedGroupView>,
    /// The objective value of the engine's grouping (lower is better).
    pub objective: f64,
    /// "exact" or "local_search".
    pub method: SearchMethod,
    /// Students left out.
    pub absent: Vec<AbsentStudent>,
}

/// A student in a saved group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GroupMemberView {
    /// The student.
    pub student_id: String,
    /// Their name.
    pub display_name: String,
    /// Why they were placed here, if saved with a reason.
    pub reason: Option<Message>,
}

/// A playlist named on a group card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlaylistRef {
    /// The playlist.
    pub id: String,
    /// Its title.
    pub title: String,
}

/// A saved group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GroupView {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it works on, if saved with a focus.
    pub focus: Option<Message>,
    /// The group the teacher works with first.
    pub teacher_led: bool,
    /// Locked groups refuse moves and are kept by "suggest again".
    pub locked: bool,
    /// Its students, by name.
    pub members: Vec<GroupMemberView>,
    /// Playlists assigned to it.
    pub playlists: Vec<PlaylistRef>,
}

/// A saved group set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GroupSetView {
    /// Its id.
    pub id: String,
    /// Its class.
    pub class_id: String,
    /// The day it is for.
    pub date: String,
    /// Its title.
    pub title: String,
    /// What it was formed on.
    pub basis: GroupBasis,
    /// Its groups, in order.
    pub groups: Vec<GroupView>,
}

/// A line of the history of sets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct GroupSetSummary {
    /// Its id.
    pub id: String,
    /// The day.
    pub date: String,
    /// Its title.
    pub title: String,
    /// What it was formed on.
    pub basis: GroupBasis,
    /// How many groups.
    pub group_count: usize,
    /// How many students placed.
    pub student_count: usize,
}

/// Saves a group set: the set, one row per group and one per student placed.
pub fn save_group_set(db: &mut Db, class: ClassId, input: &GroupSetInput) -> Result<GroupSetView> {
    let input = input.validate()?;
    let id = db.write(|w| {
        get_class(w.conn(), class)?;
        let live: Vec<String> = list_students(w.conn(), class, true)?
            .into_iter()
            .map(|s| s.id.to_string())
            .collect();
        for g in &input.groups {
            for s in &g.student_ids {
                if !live.contains(s) {
                    return Err(waypoint_core::Error::invalid(
                        "groups",
                        msg!("store-groups-student-left"),
                    )
                    .into());
                }
            }
        }
        let id = GroupSetId::mint(w.wall_ms(), random10());
        let set = id.to_string();
        w.set(
            &GROUP_SET,
            &set,
            fields([
                ("class_id", json!(class.to_string())),
                ("date", json!(input.date)),
                ("title", json!(input.title)),
                ("basis", serde_json::to_value(&input.basis)?),
            ]),
        )?;
        for (i, g) in input.groups.iter().enumerate() {
            let gid = GroupId::mint(w.wall_ms(), random10()).to_string();
            w.set(
                &LEARNING_GROUP,
                &gid,
                fields([
                    ("set_id", json!(set)),
                    ("name", json!(g.name)),
                    ("focus", stored_line(g.focus.clone())),
                    ("position", json!(i as f64)),
                    ("locked", json!(g.locked)),
                    ("teacher_led", json!(g.teacher_led)),
                ]),
            )?;
            for (j, s) in g.student_ids.iter().enumerate() {
                let mid = MembershipId::mint(w.wall_ms(), random10()).to_string();
                w.set(
                    &GROUP_MEMBER,
                    &mid,
                    fields([
                        ("set_id", json!(set)),
                        ("student_id", json!(s)),
                        ("group_id", json!(gid)),
                        ("reason", stored_line(g.reasons.get(j).cloned().flatten())),
                    ]),
                )?;
            }
        }
        Ok(id)
    })?;
    get_group_set(db.conn(), id)
}

/// The class's group sets, newest day first.
pub fn list_group_sets(conn: &Connection, class: ClassId) -> Result<Vec<GroupSetSummary>> {
    get_class(conn, class)?;
    let mut stmt = conn.prepare(
        "SELECT s.id, s.date, s.title, s.basis,
                (SELECT count(*) FROM learning_group g WHERE g.set_id = s.id AND g._deleted = 0),
                (SELECT count(*) FROM group_member m WHERE m.set_id = s.id AND m._deleted = 0)
         FROM group_set s WHERE s.class_id = ?1 AND s._deleted = 0
         ORDER BY s.date DESC, s.id DESC",
    )?;
    let rows = stmt
        .query_map([class.to_string()], |r| {
            Ok((
                text(r, 0)?,
                text(r, 1)?,
                text(r, 2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, i64>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(id, date, title, basis, groups, students)| {
            Ok(GroupSetSummary {
                id,
                date,
                title,
                basis: basis_of(basis)?,
                group_count: groups as usize,
                student_count: students as usize,
            })
        })
        .collect()
}

fn basis_of(raw: Option<String>) -> Result<GroupBasis> {
    Ok(parse_json(raw)?
        .map(serde_json::from_value)
        .transpose()?
        .unwrap_or_default())
}

/// A group row as read.
pub(crate) struct GroupRow {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) focus: Option<Message>,
    pub(crate) locked: bool,
    pub(crate) teacher_led: bool,
}

/// The live groups of a set, in order.
pub(crate) fn set_groups(conn: &Connection, set_id: &str) -> Result<Vec<GroupRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, focus, coalesce(locked, 0), coalesce(teacher_led, 0) FROM learning_group
         WHERE set_id = ?1 AND _deleted = 0 ORDER BY position, id",
    )?;
    let rows = stmt
        .query_map([set_id], |r| {
            Ok(GroupRow {
                id: text(r, 0)?,
                name: text(r, 1)?,
                focus: read_line(&text(r, 2)?),
                locked: r.get(3)?,
                teacher_led: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The live placements of a set: (student id, group id, reason), one per student (the
/// newest row wins should two laptops have placed the same student).
pub(crate) fn set_members(
    conn: &Connection,
    set_id: &str,
) -> Result<Vec<(String, String, Option<Message>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT student_id, group_id, reason FROM group_member
         WHERE set_id = ?1 AND _deleted = 0 ORDER BY id DESC",
    )?;
    let rows = stmt
        .query_map([set_id], |r| {
            Ok((text(r, 0)?, text(r, 1)?, read_line(&text(r, 2)?)))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut seen = std::collections::HashSet::new();
    Ok(rows
        .into_iter()
        .filter(|(s, _, _)| seen.insert(s.clone()))
        .collect())
}

/// A saved set with its groups and members by name.
pub fn get_group_set(conn: &Connection, id: GroupSetId) -> Result<GroupSetView> {
    let set = id.to_string();
    let row = conn
        .query_row(
            "SELECT class_id, date, title, basis FROM group_set WHERE id = ?1 AND _deleted = 0",
            [&set],
            |r| {
                Ok((
                    text(r, 0)?,
                    text(r, 1)?,
                    text(r, 2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| not_found("group set", &set))?;
    let (class_id, date, title, basis) = row;
    let students: HashMap<String, StudentView> = list_students(conn, class_id.parse()?, true)?
        .into_iter()
        .map(|s| (s.id.to_string(), s))
        .collect();
    let members = set_members(conn, &set)?;
    let mut groups: Vec<GroupView> = set_groups(conn, &set)?
        .into_iter()
        .map(|g| {
            Ok(GroupView {
                playlists: group_playlists(conn, &g.id)?,
                id: g.id,
                name: g.name,
                focus: g.focus,
                teacher_led: g.teacher_led,
                locked: g.locked,
                members: Vec::new(),
            })
        })
        .collect::<Result<_>>()?;
    for (student, group, reason) in members {
        let Some(s) = students.get(&student) else {
            continue;
        };
        if let Some(g) = groups.iter_mut().find(|g| g.id == group) {
            g.members.push(GroupMemberView {
                student_id: student,
                display_name: s.display_name.clone(),
                reason,
            });
        }
    }
    for g in &mut groups {
        g.members.sort_by(|a, b| {
            a.display_name
                .to_lowercase()
                .cmp(&b.display_name.to_lowercase())
                .then(a.student_id.cmp(&b.student_id))
        });
    }
    Ok(GroupSetView {
        id: set,
        class_id,
        date,
        title,
        basis: basis_of(basis)?,
        groups,
    })
}

/// Playlists assigned to a group.
fn group_playlists(conn: &Connection, group_id: &str) -> Result<Vec<PlaylistRef>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.title FROM playlist_assignment a JOIN playlist p ON p.id = a.playlist_id
         WHERE a.target_kind = 'group' AND a.target_id = ?1 AND a._deleted = 0
           AND p._deleted = 0 AND coalesce(p.archived, 0) = 0
         ORDER BY p.title COLLATE NOCASE, p.id",
    )?;
    let rows = stmt
        .query_map([group_id], |r| {
            Ok(PlaylistRef {
                id: text(r, 0)?,
                title: text(r, 1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Moves a student to another group of the same set. Refused when either group is locked.
pub fn move_student(
    db: &mut Db,
    set_id: GroupSetId,
    student_id: StudentId,
    group_id: GroupId,
) -> Result<GroupSetView> {
    let set = set_id.to_string();
    let student = student_id.to_string();
    let target = group_id.to_string();
    db.write(|w| {
        live_fields(w.conn(), &GROUP_SET, "group set", &set)?;
        let groups = set_groups(w.conn(), &set)?;
        let to = groups
            .iter()
            .find(|g| g.id == target)
            .ok_or_else(|| not_found("group", &target))?;
        let member: Option<(String, String)> = w
            .conn()
            .query_row(
                "SELECT id, group_id FROM group_member
                 WHERE set_id = ?1 AND student_id = ?2 AND _deleted = 0 ORDER BY id DESC LIMIT 1",
                params![set, student],
                |r| Ok((text(r, 0)?, text(r, 1)?)),
            )
            .optional()?;
        let from = member
            .as_ref()
            .and_then(|(_, g)| groups.iter().find(|x| &x.id == g));
        if let Some(locked) = [from, Some(to)].into_iter().flatten().find(|g| g.locked) {
            return Err(waypoint_core::Error::invalid(
                "groupId",
                msg!("store-group-locked", name = &locked.name),
            )
            .into());
        }
        match member {
            Some((_, current)) if current == target => Ok(()),
            Some((mid, _)) => w.set(&GROUP_MEMBER, &mid, fields([("group_id", json!(target))])),
            None => {
                let class: String = w.conn().query_row(
                    "SELECT class_id FROM group_set WHERE id = ?1",
                    [&set],
                    |r| text(r, 0),
                )?;
                let in_class = list_students(w.conn(), class.parse()?, true)?
                    .iter()
                    .any(|s| s.id.to_string() == student);
                if !in_class {
                    return Err(not_found("student", &student));
                }
                let mid = MembershipId::mint(w.wall_ms(), random10()).to_string();
                w.set(
                    &GROUP_MEMBER,
                    &mid,
                    fields([
                        ("set_id", json!(set)),
                        ("student_id", json!(student)),
                        ("group_id", json!(target)),
                        ("reason", stored_line(Some(msg!("reason-placed-by-hand")))),
                    ]),
                )
            }
        }
    })?;
    get_group_set(db.conn(), set_id)
}

/// Renames a group, changes its focus, locks or unlocks it, or makes it the teacher-led
/// group (which clears the flag on the set's other groups).
pub fn update_group(db: &mut Db, group_id: GroupId, update: &GroupUpdate) -> Result<GroupSetView> {
    let group = group_id.to_string();
    let new = update.to_fields()?;
    let set = db.write(|w| {
        let old = live_fields(w.conn(), &LEARNING_GROUP, "group", &group)?;
        let set = old
            .get("set_id")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned();
        w.set(
            &LEARNING_GROUP,
            &group,
            waypoint_core::roster::changed_fields(&old, &new),
        )?;
        if update.teacher_led {
            for other in set_groups(w.conn(), &set)? {
                if other.id != group && other.teacher_led {
                    w.set(
                        &LEARNING_GROUP,
                        &other.id,
                        fields([("teacher_led", json!(false))]),
                    )?;
                }
            }
        }
        Ok(set)
    })?;
    get_group_set(db.conn(), set.parse()?)
}

/// Deletes a group set (a tombstone: [`restore_group_set`] brings it back).
pub fn delete_group_set(db: &mut Db, id: GroupSetId) -> Result<()> {
    let set = id.to_string();
    db.write(|w| {
        live_fields(w.conn(), &GROUP_SET, "group set", &set)?;
        w.tombstone(&GROUP_SET, &set)
    })
}

/// Brings back a deleted group set (undo).
pub fn restore_group_set(db: &mut Db, id: GroupSetId) -> Result<GroupSetView> {
    let set = id.to_string();
    db.write(|w| {
        let deleted: Option<bool> = w
            .conn()
            .query_row(
                "SELECT _deleted FROM group_set WHERE id = ?1",
                [&set],
                |r| r.get(0),
            )
            .optional()?;
        match deleted {
            None => Err(not_found("group set", &set)),
            Some(false) => Ok(()),
            Some(true) => w.restore(&GROUP_SET, &set),
        }
    })?;
    get_group_set(db.conn(), id)
}

/// The newest group set of a class (by day, then id), if any.
pub fn latest_group_set(conn: &Connection, class_id: ClassId) -> Result<Option<GroupSetId>> {
    let id: Option<String> = conn
        .query_row(
            "SELECT id FROM group_set WHERE class_id = ?1 AND _deleted = 0
             ORDER BY date DESC, id DESC LIMIT 1",
            [class_id.to_string()],
            |r| text(r, 0),
        )
        .optional()?;
    Ok(id.map(|id| id.parse()).transpose()?)
}

pub(crate) fn fields<const N: usize>(
    pairs: [(&str, serde_json::Value); N],
) -> waypoint_core::op::Fields {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}
