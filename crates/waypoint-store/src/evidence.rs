//! Use cases and queries for evidence, status overrides and the views calculated from them:
//! the mastery grid, one student's detail on one competency, and a competency's class
//! summary.
//!
//! Calculations are `waypoint-core`'s pure functions; this module only fetches the scores
//! (oldest first: by date, then by id, which is time-ordered) and hands them over.

use std::collections::HashMap;
use std::path::Path;
use waypoint_core::msg;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;
use waypoint_core::evidence::{
    Band, CellInput, CellResult, EVIDENCE, EvidenceInput, EvidenceKind, EvidenceView,
    GridCompetency, GridStrand, GridStudent, MasteryGrid, OverrideInput, OverrideView,
    STATUS_OVERRIDE, band, cell_result, grid_csv, parse_status,
};
use waypoint_core::frameworks::{NodeKind, NodeView};
use waypoint_core::ids::{ClassId, EvidenceId, FrameworkId, NodeId, OverrideId, StudentId};
use waypoint_core::mastery::{self, Method, Scale, Working};
use waypoint_core::roster::{STUDENT, StudentView, changed_fields};

use crate::device::random10;
use crate::frameworks::{class_frameworks, framework_nodes, get_framework, get_node, tree_order};
use crate::oplog::{Writer, row_fields};
use crate::roster::{get_student, list_students};
use crate::rows::{live_fields, not_found, parse_id, text};
use crate::{Db, Error, Result};

/// The competency and scale a piece of evidence is checked against.
fn competency_and_scale(conn: &Connection, id: NodeId) -> Result<(NodeView, Scale, Method)> {
    let node = get_node(conn, id)?;
    if node.kind != NodeKind::Competency {
        return Err(waypoint_core::Error::invalid(
            "competencyId",
            msg!("store-evidence-not-strand"),
        )
        .into());
    }
    let fw = get_framework(conn, node.framework_id)?;
    let method = node.method.clone().unwrap_or(fw.method);
    Ok((node, fw.scale, method))
}

/// Records a piece of evidence.
pub fn record_evidence(db: &mut Db, input: &EvidenceInput) -> Result<EvidenceView> {
    let id = db.write(|w| write_evidence(w, None, input))?;
    get_evidence(db.conn(), id)
}

/// Edits a piece of evidence; only changed fields are written.
pub fn update_evidence(db: &mut Db, id: EvidenceId, input: &EvidenceInput) -> Result<EvidenceView> {
    db.write(|w| write_evidence(w, Some(id), input))?;
    get_evidence(db.conn(), id)
}

/// Writes a piece of evidence inside a caller's write, so another use case (a reflection's
/// self-rating) can make or edit evidence in its own transaction with the same checks: a
/// live student, a competency (not a strand) and a level on its framework's scale. `id`
/// `None` creates a row; `Some` edits that live row, writing only changed fields.
pub(crate) fn write_evidence(
    w: &mut Writer<'_>,
    id: Option<EvidenceId>,
    input: &EvidenceInput,
) -> Result<EvidenceId> {
    let old = id
        .map(|id| live_fields(w.conn(), &EVIDENCE, "evidence", &id.to_string()))
        .transpose()?;
    let student = parse_id::<StudentId>("student", &input.student_id)?;
    live_fields(w.conn(), &STUDENT, "student", &student.to_string())?;
    let (node, scale, _) =
        competency_and_scale(w.conn(), parse_id("competency", &input.competency_id)?)?;
    let mut input = input.validate(&scale)?;
    input.student_id = student.to_string();
    input.competency_id = node.id.to_string();
    let id = id.unwrap_or_else(|| EvidenceId::mint(w.wall_ms(), random10()));
    let fields = match &old {
        Some(old) => changed_fields(old, &input.to_fields()),
        None => input.to_fields(),
    };
    w.set(&EVIDENCE, &id.to_string(), fields)?;
    Ok(id)
}

/// Deletes a piece of evidence (a tombstone: [`restore_evidence`] brings it back).
pub fn delete_evidence(db: &mut Db, id: EvidenceId) -> Result<()> {
    db.write(|w| {
        live_fields(w.conn(), &EVIDENCE, "evidence", &id.to_string())?;
        w.tombstone(&EVIDENCE, &id.to_string())
    })
}

/// Brings back deleted evidence (undo).
pub fn restore_evidence(db: &mut Db, id: EvidenceId) -> Result<EvidenceView> {
    db.write(|w| {
        let exists: bool = w.conn().query_row(
            "SELECT count(*) > 0 FROM evidence WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(not_found("evidence", id));
        }
        if row_fields(w.conn(), &EVIDENCE, &id.to_string())?.is_none() {
            w.restore(&EVIDENCE, &id.to_string())?;
        }
        Ok(())
    })?;
    get_evidence(db.conn(), id)
}

/// One live piece of evidence.
pub fn get_evidence(conn: &Connection, id: EvidenceId) -> Result<EvidenceView> {
    conn.query_row(
        "SELECT id, student_id, competency_id, level, date, kind, note FROM evidence
         WHERE id = ?1 AND _deleted = 0",
        [id.to_string()],
        evidence_row,
    )
    .optional()?
    .unwrap_or_else(|| Err(not_found("evidence", id)))
}

fn evidence_row(r: &Row<'_>) -> rusqlite::Result<Result<EvidenceView>> {
    let (id, student, competency) = (text(r, 0)?, text(r, 1)?, text(r, 2)?);
    let level = r.get::<_, Option<f64>>(3)?.unwrap_or(0.0);
    let (date, kind, note) = (text(r, 4)?, text(r, 5)?, text(r, 6)?);
    Ok((|| {
        Ok(EvidenceView {
            id: id.parse()?,
            student_id: student.parse()?,
            competency_id: competency.parse()?,
            level,
            date,
            kind: serde_json::from_value(serde_json::Value::String(kind))
                .unwrap_or(EvidenceKind::Observation),
            note,
        })
    })())
}

/// A student's evidence on a competency, oldest first.
pub fn list_evidence(
    conn: &Connection,
    student: StudentId,
    competency: NodeId,
) -> Result<Vec<EvidenceView>> {
    let mut stmt = conn.prepare(
        "SELECT id, student_id, competency_id, level, date, kind, note FROM evidence
         WHERE student_id = ?1 AND competency_id = ?2 AND _deleted = 0 ORDER BY date, id",
    )?;
    let rows = stmt
        .query_map(
            params![student.to_string(), competency.to_string()],
            evidence_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

/// Records a teacher's decision about a student's status on a competency: an override
/// with its reason, or (status `None`) a return to the calculated status. Every decision
/// is kept, so the history shows who changed what, when and why.
pub fn set_status_override(
    db: &mut Db,
    student: StudentId,
    competency_id: NodeId,
    input: &OverrideInput,
) -> Result<Vec<OverrideView>> {
    let input = input.validate()?;
    db.write(|w| {
        live_fields(w.conn(), &STUDENT, "student", &student.to_string())?;
        let (node, _, _) = competency_and_scale(w.conn(), competency_id)?;
        let id = OverrideId::mint(w.wall_ms(), random10());
        w.set(
            &STATUS_OVERRIDE,
            &id.to_string(),
            input.to_fields(student, node.id),
        )
    })?;
    list_overrides(db.conn(), student, competency_id)
}

/// The order in which override decisions `s` were made: the clock of the op that wrote each,
/// then its id. An id alone is not enough: ids minted in the same millisecond carry random
/// bits, so a decision and its clearing a moment later could sort either way. The op's hybrid
/// logical clock ticks on every write, so it orders them as they happened, on any laptop.
fn decided_order(direction: &str) -> String {
    let first_set = |column: &str| {
        format!(
            "(SELECT o.{column} FROM op o
              WHERE o.tbl = 'status_override' AND o.row_id = s.id AND o.kind = 'set'
              ORDER BY o.hlc_wall, o.hlc_counter LIMIT 1) {direction}"
        )
    };
    format!(
        "{}, {}, s.id {direction}",
        first_set("hlc_wall"),
        first_set("hlc_counter")
    )
}

/// Override decisions for a student on a competency, newest first.
pub fn list_overrides(
    conn: &Connection,
    student: StudentId,
    competency: NodeId,
) -> Result<Vec<OverrideView>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT s.id, s.status, s.reason, s.date FROM status_override s
             WHERE s.student_id = ?1 AND s.competency_id = ?2 AND s._deleted = 0
             ORDER BY {}",
        decided_order("DESC")
    ))?;
    let rows = stmt
        .query_map(params![student.to_string(), competency.to_string()], |r| {
            Ok((text(r, 0)?, text(r, 1)?, text(r, 2)?, text(r, 3)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(id, status, reason, date)| {
            Ok(OverrideView {
                id: id.parse::<OverrideId>()?,
                status: parse_status(&status),
                reason,
                date,
            })
        })
        .collect()
}

/// A class's grid columns: competencies (in framework, then tree order), the strands above
/// them, and each framework's scale.
pub(crate) type Columns = (
    Vec<GridCompetency>,
    Vec<GridStrand>,
    HashMap<FrameworkId, Scale>,
);

/// The competencies (in framework, then tree order) and strands of a class's frameworks.
pub(crate) fn class_columns(conn: &Connection, class_id: ClassId) -> Result<Columns> {
    let mut competencies = Vec::new();
    let mut strands = Vec::new();
    let mut scales = HashMap::new();
    for fw in class_frameworks(conn, class_id)? {
        if fw.archived {
            continue;
        }
        let nodes = tree_order(framework_nodes(conn, fw.id)?);
        // Strands above each node, outermost first; archived nodes hide their subtree.
        let mut path: HashMap<NodeId, Vec<NodeId>> = HashMap::new();
        let mut hidden: std::collections::HashSet<NodeId> = Default::default();
        for n in &nodes {
            let parent = n
                .parent_id
                .filter(|p| path.contains_key(p) || hidden.contains(p));
            if n.archived || parent.is_some_and(|p| hidden.contains(&p)) {
                hidden.insert(n.id);
                continue;
            }
            let mut above = parent
                .and_then(|p| path.get(&p).cloned())
                .unwrap_or_default();
            if let Some(p) = parent {
                above.push(p);
            }
            let d = above.len() as u32;
            match n.kind {
                NodeKind::Strand => {
                    strands.push(GridStrand {
                        id: n.id,
                        framework_id: fw.id,
                        code: n.code.clone(),
                        label: n.short_label(),
                        depth: d,
                    });
                }
                NodeKind::Competency => competencies.push(GridCompetency {
                    id: n.id,
                    framework_id: fw.id,
                    code: n.code.clone(),
                    label: n.short_label(),
                    statement: n.statement.clone(),
                    strand_ids: above.clone(),
                    method: n.method.clone().unwrap_or_else(|| fw.method.clone()),
                    threshold: fw.scale.threshold,
                }),
            }
            path.insert(n.id, above);
        }
        scales.insert(fw.id, fw.scale);
    }
    Ok((competencies, strands, scales))
}

/// One student's dated scores per competency id, oldest first, with the latest override.
type StudentScores = HashMap<String, CellInput>;

/// Dated scores per competency for one student, oldest first (by date, then id, which is
/// time-ordered), and the latest override decision per competency. One range scan of the
/// covering index `evidence_by_student`, already in order, so nothing is sorted.
fn student_scores(conn: &Connection, student_id: &str) -> Result<StudentScores> {
    let mut out: StudentScores = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT competency_id, date, level FROM evidence
         WHERE student_id = ?1 AND _deleted = 0 ORDER BY competency_id, date, id",
    )?;
    let mut rows = stmt.query([student_id])?;
    let mut current: Option<(String, CellInput)> = None;
    while let Some(r) = rows.next()? {
        let competency = r.get_ref(0)?.as_str().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })?;
        let date = text(r, 1)?;
        let level = r.get::<_, Option<f64>>(2)?.unwrap_or(0.0);
        // Rows arrive grouped by competency: only a new group allocates its key.
        match &mut current {
            Some((id, cell)) if id == competency => cell.scores.push((date, level)),
            _ => {
                if let Some((id, cell)) = current.take() {
                    out.insert(id, cell);
                }
                let mut cell = CellInput::default();
                cell.scores.push((date, level));
                current = Some((competency.to_owned(), cell));
            }
        }
    }
    if let Some((id, cell)) = current {
        out.insert(id, cell);
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT s.competency_id, s.status FROM status_override s
         WHERE s.student_id = ?1 AND s._deleted = 0 ORDER BY {}",
        decided_order("ASC")
    ))?;
    let mut rows = stmt.query([student_id])?;
    while let Some(r) = rows.next()? {
        // Rows come oldest first, so the last decision wins.
        out.entry(text(r, 0)?).or_default().override_status = parse_status(&text(r, 1)?);
    }
    Ok(out)
}

/// The mastery grid of a class: its live students × the competencies of its frameworks,
/// every cell calculated with the competency's method.
pub fn mastery_grid(conn: &Connection, class_id: ClassId) -> Result<MasteryGrid> {
    let students = list_students(conn, class_id, false)?;
    let (competencies, strands, scales) = class_columns(conn, class_id)?;
    let column_ids: Vec<String> = competencies.iter().map(|c| c.id.to_string()).collect();
    let empty = CellInput::default();
    let cells = students
        .iter()
        .map(|s| {
            let scores = student_scores(conn, &s.id.to_string())?;
            Ok(competencies
                .iter()
                .zip(&column_ids)
                .map(|(c, id)| {
                    let input = scores.get(id).unwrap_or(&empty);
                    cell_result(&c.method, &scales[&c.framework_id], input)
                })
                .collect())
        })
        .collect::<Result<Vec<Vec<CellResult>>>>()?;
    Ok(MasteryGrid {
        students: students
            .into_iter()
            .map(|s| GridStudent {
                id: s.id,
                display_name: s.display_name,
            })
            .collect(),
        competencies,
        strands,
        cells,
    })
}

/// Writes the class's mastery grid as CSV to `path` (RFC 4180).
pub fn export_grid_csv(conn: &Connection, class_id: ClassId, path: &Path) -> Result<usize> {
    let grid = mastery_grid(conn, class_id)?;
    let csv = grid_csv(&grid);
    std::fs::write(path, csv.as_bytes()).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    Ok(grid.students.len())
}

/// One method's answer for the same evidence: the "what if" column.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct WhatIf {
    /// The method, with its parameter (the UI names it and says how it works in the
    /// teacher's language).
    pub method: Method,
    /// Its level, or `None`.
    pub level: Option<f64>,
    /// Why there is no level, when there is none.
    pub no_result: Option<waypoint_core::messages::Message>,
    /// True for the method that applies to this competency.
    pub current: bool,
}

/// Everything about one student on one competency.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CellDetail {
    /// The student.
    pub student: StudentView,
    /// The competency.
    pub competency: NodeView,
    /// The strands above it, outermost first.
    pub strands: Vec<NodeView>,
    /// Its framework's scale.
    pub scale: Scale,
    /// The method that applies.
    pub method: Method,
    /// True when the competency overrides its framework's method.
    pub method_is_override: bool,
    /// The evidence, oldest first.
    pub evidence: Vec<EvidenceView>,
    /// The result with the method that applies.
    pub result: CellResult,
    /// The calculated level after each piece of evidence (the trend), oldest first.
    pub trend: Vec<Option<f64>>,
    /// How the method that applies arrives at its level from the evidence, step by step
    /// (the same calculation as the level; an override does not change it).
    pub working: Working,
    /// Every method's result side by side.
    pub what_if: Vec<WhatIf>,
    /// Override decisions, newest first.
    pub overrides: Vec<OverrideView>,
}

/// One student's evidence, calculations and status on one competency.
pub fn cell_detail(
    conn: &Connection,
    student_id: StudentId,
    competency_id: NodeId,
) -> Result<CellDetail> {
    let student = get_student(conn, student_id)?;
    let (competency, scale, method) = competency_and_scale(conn, competency_id)?;
    let evidence = list_evidence(conn, student_id, competency_id)?;
    let overrides = list_overrides(conn, student_id, competency_id)?;
    let scores: Vec<(String, f64)> = evidence.iter().map(|e| (e.date.clone(), e.level)).collect();
    let plain: Vec<f64> = scores.iter().map(|(_, s)| *s).collect();
    let result = cell_result(
        &method,
        &scale,
        &CellInput {
            scores: scores.clone(),
            override_status: overrides.first().and_then(|o| o.status),
        },
    );
    let working = mastery::explain(&method, &plain, &scale);
    let trend = (1..=plain.len())
        .map(|k| mastery::calculate(&method, &plain[..k], &scale).level)
        .collect();
    let mut methods: Vec<Method> = Method::NAMES
        .iter()
        .filter_map(|n| Method::parse(n, None).ok())
        .collect();
    if let Some(slot) = methods.iter_mut().find(|m| m.name() == method.name()) {
        *slot = method.clone();
    }
    let what_if = methods
        .into_iter()
        .map(|m| {
            let calc = mastery::calculate(&m, &plain, &scale);
            WhatIf {
                level: calc.level,
                no_result: calc.no_result,
                current: m == method,
                method: m,
            }
        })
        .collect();
    let mut strands = Vec::new();
    let mut at = competency.parent_id;
    while let Some(p) = at {
        match get_node(conn, p) {
            Ok(n) if strands.len() < 64 => {
                at = n.parent_id;
                strands.push(n);
            }
            _ => break,
        }
    }
    strands.reverse();
    Ok(CellDetail {
        student,
        // An override equal to the framework's method is still an override: it stays put
        // when the framework's method changes.
        method_is_override: competency.method.is_some(),
        strands,
        competency,
        scale,
        method,
        evidence,
        result,
        trend,
        working,
        what_if,
        overrides,
    })
}

/// One student's line in a competency summary.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SummaryStudent {
    /// The student.
    pub id: StudentId,
    /// What to call them.
    pub display_name: String,
    /// Their result.
    pub result: CellResult,
    /// Reteach, practice or extend; `None` with no calculated level.
    pub band: Option<Band>,
}

/// How many students sit at one scale level.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct LevelCount {
    /// The scale level (a calculated level counts at the highest level at or below it).
    pub value: f64,
    /// Its label.
    pub label: String,
    /// Students there.
    pub count: u32,
}

/// A competency across a class.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CompetencySummary {
    /// The competency.
    pub competency: NodeView,
    /// Its scale.
    pub scale: Scale,
    /// The method that applies.
    pub method: Method,
    /// Every live student, lowest level first (no result last).
    pub students: Vec<SummaryStudent>,
    /// The distribution over the scale's levels.
    pub distribution: Vec<LevelCount>,
    /// Students with no calculated level.
    pub no_result: u32,
}

/// A competency's class distribution, and who needs reteaching, practice or extension.
pub fn competency_summary(
    conn: &Connection,
    class_id: ClassId,
    competency_id: NodeId,
) -> Result<CompetencySummary> {
    let students = list_students(conn, class_id, false)?;
    let (competency, scale, method) = competency_and_scale(conn, competency_id)?;
    let key = competency.id.to_string();
    let mut rows: Vec<SummaryStudent> = students
        .into_iter()
        .map(|s| {
            let input = student_scores(conn, &s.id.to_string())?
                .remove(&key)
                .unwrap_or_default();
            let result = cell_result(&method, &scale, &input);
            Ok(SummaryStudent {
                id: s.id,
                display_name: s.display_name,
                band: result.level.map(|l| band(l, scale.threshold)),
                result,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    rows.sort_by(|a, b| match (a.result.level, b.result.level) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let mut distribution: Vec<LevelCount> = scale
        .levels
        .iter()
        .map(|l| LevelCount {
            value: l.value,
            label: l.label.clone(),
            count: 0,
        })
        .collect();
    let mut no_result = 0;
    for r in &rows {
        match r.result.level {
            Some(level) => {
                if let Some(slot) = distribution
                    .iter_mut()
                    .rev()
                    .find(|d| d.value <= level + 1e-9)
                {
                    slot.count += 1;
                } else if let Some(first) = distribution.first_mut() {
                    first.count += 1;
                }
            }
            None => no_result += 1,
        }
    }
    Ok(CompetencySummary {
        competency,
        scale,
        method,
        students: rows,
        distribution,
        no_result,
    })
}

/// A student's calculated level on each of the class's competencies from the evidence dated
/// on or before `date` alone (overrides aside): the level "then", for growth since a
/// conference. Keyed by competency id.
pub(crate) fn levels_as_of(
    conn: &Connection,
    class: ClassId,
    student_id: StudentId,
    date: &str,
) -> Result<HashMap<String, Option<f64>>> {
    let (competencies, _, scales) = class_columns(conn, class)?;
    let mut scores = student_scores(conn, &student_id.to_string())?;
    for cell in scores.values_mut() {
        cell.scores.retain(|(d, _)| d.as_str() <= date);
        cell.override_status = None;
    }
    let empty = CellInput::default();
    Ok(competencies
        .iter()
        .map(|c| {
            let id = c.id.to_string();
            let input = scores.get(&id).unwrap_or(&empty);
            let level = cell_result(&c.method, &scales[&c.framework_id], input).level;
            (id, level)
        })
        .collect())
}
