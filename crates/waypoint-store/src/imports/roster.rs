//! A roster import: the plan for the teacher's choice against the classes she has
//! ([`preview_roster`]), and that plan written in one transaction ([`apply_roster`]).
//!
//! The plan is worked out again inside the apply's transaction from the same file and
//! choice, so what is written is what the preview showed unless the data changed in between,
//! and then it is what the data now calls for.

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use serde_json::json;
use waypoint_core::ids::{ClassId, StudentId};
use waypoint_core::imports::roster::SourceRoster;
use waypoint_core::imports::roster_plan::{
    self, KnownClass, KnownStudent, PlanCounts, RosterChoice, RosterPlan, StudentAction,
};
use waypoint_core::roster::{
    CLASS, FamilyContact, LEARNER_PROFILE, LearnerProfile, STUDENT, StudentInput, changed_fields,
};

use super::{FileImportView, ImportKind, last_file_import, record};
use crate::device::random10;
use crate::oplog::{Writer, row_fields};
use crate::rows::text;
use crate::{Db, Result};

/// What applying a roster did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RosterOutcome {
    /// The counts of what was written.
    pub counts: PlanCounts,
    /// The classes made or updated, in the order of the choice.
    pub class_ids: Vec<ClassId>,
    /// The import, for its undo; `None` when nothing needed writing.
    pub import: Option<FileImportView>,
}

/// The classes (not archived) with their students (archived ones too), as the plan needs them.
pub fn known_classes(conn: &Connection) -> Result<Vec<KnownClass>> {
    let mut classes: BTreeMap<String, KnownClass> = BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT id, name, source_id FROM class
         WHERE _deleted = 0 AND coalesce(archived, 0) = 0 ORDER BY name, id",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((text(r, 0)?, text(r, 1)?, text(r, 2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut order = vec![];
    for (id, name, source_id) in rows {
        order.push(id.clone());
        classes.insert(
            id.clone(),
            KnownClass {
                id: id.parse()?,
                name,
                source_id,
                students: vec![],
            },
        );
    }
    let mut stmt = conn.prepare(
        "SELECT s.id, s.class_id, s.given_name, s.family_name, s.preferred_name, s.birth_date,
                s.student_number, s.email, s.grade, coalesce(s.archived, 0), s.source_id,
                p.family_contacts, p.home_language
         FROM student s LEFT JOIN learner_profile p ON p.id = s.id AND p._deleted = 0
         WHERE s._deleted = 0 ORDER BY s.id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                text(r, 0)?,
                text(r, 1)?,
                StudentInput {
                    given_name: text(r, 2)?,
                    family_name: text(r, 3)?,
                    preferred_name: text(r, 4)?,
                    birth_date: text(r, 5)?,
                    student_number: text(r, 6)?,
                    email: text(r, 7)?,
                    grade: text(r, 8)?,
                },
                r.get::<_, bool>(9)?,
                text(r, 10)?,
                r.get::<_, Option<String>>(11)?,
                text(r, 12)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (id, class_id, fields, archived, source_id, contacts, home_language) in rows {
        let Some(class) = classes.get_mut(&class_id) else {
            continue;
        };
        let contacts: Vec<FamilyContact> = match contacts {
            Some(raw) if !raw.is_empty() => serde_json::from_str(&raw)?,
            _ => vec![],
        };
        class.students.push(KnownStudent {
            id: id.parse()?,
            source_id,
            fields,
            archived,
            contacts,
            home_language,
        });
    }
    Ok(order
        .into_iter()
        .filter_map(|id| classes.remove(&id))
        .collect())
}

/// What importing `roster` with `choice` would change; writes nothing.
pub fn preview_roster(
    conn: &Connection,
    roster: &SourceRoster,
    choice: &RosterChoice,
) -> Result<RosterPlan> {
    Ok(roster_plan::plan(roster, &known_classes(conn)?, choice))
}

/// Applies `roster` with `choice` in one transaction; `progress(done, total)` is called per
/// student written. Nothing is recorded when nothing needed writing.
pub fn apply_roster(
    db: &mut Db,
    roster: &SourceRoster,
    choice: &RosterChoice,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<RosterOutcome> {
    let written = db.write(|w| {
        let plan = roster_plan::plan(roster, &known_classes(w.conn())?, choice);
        w.start_undo_log();
        let ids = write_plan(w, &plan, progress)?;
        let recorded = if plan.is_empty() {
            None
        } else {
            Some(record(
                w,
                ImportKind::Roster,
                &roster.source,
                &summary(&plan.counts),
            )?)
        };
        Ok((plan.counts, ids, recorded))
    })?;
    let (counts, class_ids, recorded) = written;
    Ok(RosterOutcome {
        counts,
        class_ids,
        import: match recorded {
            Some(_) => last_file_import(db)?,
            None => None,
        },
    })
}

fn summary(c: &PlanCounts) -> BTreeMap<String, u32> {
    [
        ("classesNew", c.classes_new),
        ("classesMatched", c.classes_matched),
        ("studentsNew", c.students_new),
        ("studentsUpdated", c.students_updated),
        ("studentsUnchanged", c.students_unchanged),
        ("studentsMissing", c.students_missing),
        ("studentsArchived", c.students_archived),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

fn write_plan(
    w: &mut Writer<'_>,
    plan: &RosterPlan,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Vec<ClassId>> {
    let total: u64 = plan.classes.iter().map(|c| c.students.len() as u64).sum();
    let mut done = 0u64;
    let mut ids = vec![];
    for class in &plan.classes {
        let class_id = match class.class_id {
            Some(id) => {
                let old = row_fields(w.conn(), &CLASS, &id.to_string())?.unwrap_or_default();
                let empty = old
                    .get("source_id")
                    .and_then(|v| v.as_str())
                    .is_none_or(str::is_empty);
                if empty && !class.section_id.is_empty() {
                    w.set(
                        &CLASS,
                        &id.to_string(),
                        [("source_id".to_owned(), json!(class.section_id))]
                            .into_iter()
                            .collect(),
                    )?;
                }
                id
            }
            None => {
                let id = ClassId::mint(w.wall_ms(), random10());
                let mut fields = class.class.validate()?.to_fields();
                fields.insert("archived".into(), json!(false));
                fields.insert("source_id".into(), json!(class.section_id));
                w.set(&CLASS, &id.to_string(), fields)?;
                id
            }
        };
        ids.push(class_id);
        for student in &class.students {
            done += 1;
            progress(done, total);
            if student.action == StudentAction::Unchanged {
                continue;
            }
            write_student(w, class_id, student)?;
        }
        for missing in class.missing.iter().filter(|m| m.archive) {
            archive(w, missing.student_id)?;
        }
    }
    Ok(ids)
}

fn write_student(
    w: &mut Writer<'_>,
    class_id: ClassId,
    plan: &roster_plan::StudentPlan,
) -> Result<()> {
    let input = plan.fields.validate()?;
    let (id, mut fields) = match plan.student_id {
        Some(id) => {
            let old = row_fields(w.conn(), &STUDENT, &id.to_string())?.unwrap_or_default();
            (id, changed_fields(&old, &input.to_fields()))
        }
        None => {
            let id = StudentId::mint(w.wall_ms(), random10());
            let mut fields = input.to_fields();
            fields.insert("class_id".into(), json!(class_id.to_string()));
            fields.insert("archived".into(), json!(false));
            (id, fields)
        }
    };
    if plan.set_source_id && !plan.source_id.is_empty() {
        fields.insert("source_id".into(), json!(plan.source_id));
    }
    if plan.unarchive {
        fields.insert("archived".into(), json!(false));
    }
    w.set(&STUDENT, &id.to_string(), fields)?;
    if plan.contacts_added.is_empty() && plan.home_language.is_empty() {
        return Ok(());
    }
    let old = row_fields(w.conn(), &LEARNER_PROFILE, &id.to_string())?;
    let mut profile = match &old {
        Some(f) => LearnerProfile::from_fields(f)?,
        None => LearnerProfile::default(),
    };
    profile
        .family_contacts
        .extend(plan.contacts_added.iter().cloned());
    if !plan.home_language.is_empty() {
        profile.home_language = plan.home_language.clone();
    }
    let new = profile.validate()?.to_fields();
    let fields = match &old {
        Some(old) => changed_fields(old, &new),
        None => new,
    };
    w.set(&LEARNER_PROFILE, &id.to_string(), fields)
}

fn archive(w: &mut Writer<'_>, id: StudentId) -> Result<()> {
    w.set(
        &STUDENT,
        &id.to_string(),
        [("archived".to_owned(), json!(true))].into_iter().collect(),
    )
}
