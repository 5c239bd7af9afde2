//! A scores import: the plan for a file read through a column map against one class
//! ([`preview_scores`]), and its new evidence written in one transaction ([`apply_scores`]).
//!
//! The class's live students, the competencies of its frameworks (each with its framework's
//! scale, as the mastery grid reads them) and the evidence its students already have are
//! read here; the rules (matching, conversion, what counts as already there) are
//! `waypoint_core::imports::scores`'s. The plan is worked out again inside the apply's
//! transaction, so what is written is what the data calls for at that moment; evidence
//! already there is never written twice, so applying the same file again records nothing.

use std::collections::BTreeMap;

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use waypoint_core::evidence::{EVIDENCE, EvidenceInput};
use waypoint_core::ids::{ClassId, EvidenceId};
use waypoint_core::imports::scores::{
    self, ExistingEvidence, ScoreCompetency, ScoreStudent, ScoresCounts, ScoresMap, ScoresPlan,
    Sheet,
};

use super::{FileImportView, ImportKind, last_file_import, record};
use crate::device::random10;
use crate::evidence::class_columns;
use crate::rows::text;
use crate::{Db, Result};

/// What applying a scores file did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ScoresOutcome {
    /// The counts of the plan that was written.
    pub counts: ScoresCounts,
    /// The import, for its undo; `None` when nothing needed writing.
    pub import: Option<FileImportView>,
}

/// The class's live, not archived students, as matching needs them.
fn class_students(conn: &Connection, class_id: ClassId) -> Result<Vec<ScoreStudent>> {
    let mut stmt = conn.prepare(
        "SELECT id, given_name, family_name, preferred_name, student_number, source_id, email
         FROM student
         WHERE class_id = ?1 AND _deleted = 0 AND coalesce(archived, 0) = 0
         ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id",
    )?;
    let rows = stmt
        .query_map([class_id.to_string()], |r| {
            Ok((
                text(r, 0)?,
                text(r, 1)?,
                text(r, 2)?,
                text(r, 3)?,
                text(r, 4)?,
                text(r, 5)?,
                text(r, 6)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(id, given, family, preferred, number, source_id, email)| {
            Ok(ScoreStudent {
                id: id.parse()?,
                display_name: waypoint_core::roster::display_name(&given, &family, &preferred),
                given_name: given,
                family_name: family,
                preferred_name: preferred,
                student_number: number,
                source_id,
                email,
            })
        })
        .collect()
}

/// The competencies of the class's frameworks (not archived), each with its scale.
fn class_competencies(conn: &Connection, class_id: ClassId) -> Result<Vec<ScoreCompetency>> {
    let (competencies, _, scales) = class_columns(conn, class_id)?;
    Ok(competencies
        .into_iter()
        .filter_map(|c| {
            Some(ScoreCompetency {
                id: c.id,
                code: c.code,
                label: c.label,
                scale: scales.get(&c.framework_id)?.clone(),
            })
        })
        .collect())
}

/// The live evidence of the class's students, as duplicates are told by.
fn class_evidence(conn: &Connection, class_id: ClassId) -> Result<Vec<ExistingEvidence>> {
    let mut stmt = conn.prepare(
        "SELECT e.student_id, e.competency_id, e.date, e.level, e.note FROM evidence e
         JOIN student s ON s.id = e.student_id
         WHERE s.class_id = ?1 AND e._deleted = 0",
    )?;
    let rows = stmt
        .query_map(params![class_id.to_string()], |r| {
            Ok((
                text(r, 0)?,
                text(r, 1)?,
                text(r, 2)?,
                r.get::<_, Option<f64>>(3)?.unwrap_or(0.0),
                text(r, 4)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (student, competency, date, level, note) in rows {
        // A row whose ids do not parse (damaged) cannot be a duplicate of anything.
        if let (Ok(student_id), Ok(competency_id)) = (student.parse(), competency.parse()) {
            out.push(ExistingEvidence {
                student_id,
                competency_id,
                date,
                level,
                note,
            });
        }
    }
    Ok(out)
}

fn plan_for(
    conn: &Connection,
    class_id: ClassId,
    sheet: &Sheet,
    map: &ScoresMap,
) -> Result<ScoresPlan> {
    // The class first, so an unknown class is "not found" rather than "no students".
    crate::roster::get_class(conn, class_id)?;
    Ok(scores::plan(
        sheet,
        map,
        &class_students(conn, class_id)?,
        &class_competencies(conn, class_id)?,
        &class_evidence(conn, class_id)?,
    )?)
}

/// What importing `sheet` through `map` into the class would write; writes nothing. An
/// error when the map does not fit the file or the class (a mapped column gone, an unknown
/// competency): such a file is never imported half-mapped.
pub fn preview_scores(
    conn: &Connection,
    class_id: ClassId,
    sheet: &Sheet,
    map: &ScoresMap,
) -> Result<ScoresPlan> {
    plan_for(conn, class_id, sheet, map)
}

/// Writes the plan's new evidence in one transaction, recorded as an import that one undo
/// reverses; `progress(done, total)` is called per piece of evidence. Nothing is recorded
/// when nothing needed writing (the same file again).
pub fn apply_scores(
    db: &mut Db,
    class_id: ClassId,
    sheet: &Sheet,
    map: &ScoresMap,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ScoresOutcome> {
    let (counts, recorded) = db.write(|w| {
        let plan = plan_for(w.conn(), class_id, sheet, map)?;
        let competencies = class_competencies(w.conn(), class_id)?;
        w.start_undo_log();
        let total = u64::from(plan.counts.evidence_new);
        let mut done = 0;
        for e in plan.evidence.iter().filter(|e| !e.already_there) {
            let Some(competency) = competencies.iter().find(|c| c.id == e.competency_id) else {
                continue;
            };
            let input = EvidenceInput {
                student_id: e.student_id.to_string(),
                competency_id: e.competency_id.to_string(),
                level: e.level,
                date: e.date.clone(),
                kind: e.kind,
                note: e.note.clone(),
            }
            .validate(&competency.scale)?;
            let id = EvidenceId::mint(w.wall_ms(), random10());
            w.set(&EVIDENCE, &id.to_string(), input.to_fields())?;
            done += 1;
            progress(done, total);
        }
        let recorded = if plan.is_empty() {
            None
        } else {
            Some(record(
                w,
                ImportKind::Scores,
                &sheet.file,
                &summary(&plan.counts),
            )?)
        };
        Ok((plan.counts, recorded))
    })?;
    Ok(ScoresOutcome {
        counts,
        import: match recorded {
            Some(_) => last_file_import(db)?,
            None => None,
        },
    })
}

fn summary(c: &ScoresCounts) -> BTreeMap<String, u32> {
    [
        ("evidenceNew", c.evidence_new),
        ("evidenceAlready", c.evidence_already),
        ("studentsMatched", c.students_matched),
        ("rowsUnmatched", c.rows_unmatched),
        ("problems", c.problems),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}
