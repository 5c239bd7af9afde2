//! Use cases and queries for competency frameworks: frameworks, their trees of strands and
//! competencies, which classes use them, and CASE import.
//!
//! A node's place among its siblings is its `position`. Moving a node renumbers its new
//! siblings 0, 1, 2, … and writes only the positions that changed, so a reorder is a few
//! small ops that merge per field like any other edit.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::json;
use waypoint_core::frameworks::{
    CLASS_FRAMEWORK, FRAMEWORK, FrameworkInput, FrameworkView, method_from_value, scale_from_value,
};
use waypoint_core::ids::{AttachmentId, ClassId, FrameworkId};
use waypoint_core::mastery::{Method, Scale};
use waypoint_core::msg;
use waypoint_core::op::Fields;
use waypoint_core::roster::{CLASS, changed_fields};

use crate::device::random10;
use crate::oplog::Writer;
use crate::rows::{live_fields, not_found, parse_json, set_archived, text};
use crate::{Db, Result};

mod case_import;
mod csv_import;
mod nodes;
pub use case_import::{
    CaseImportReport, import_case_bytes, import_case_file, preview_case_bytes, preview_case_file,
};
pub(crate) use case_import::{load_demo_framework, load_generated_framework};
pub use csv_import::{FrameworkCsvReport, import_framework_plan};
pub use nodes::{
    create_node, get_node, list_nodes, move_node, set_node_archived, set_node_method, update_node,
};
pub(crate) use nodes::{framework_nodes, tree_order};

const FRAMEWORK_COLUMNS: &str =
    "f.id, f.title, f.subject, f.scale, f.method, f.case_identifier, f.case_version, f.archived,
    (SELECT count(*) FROM competency_node n WHERE n.framework_id = f.id AND n._deleted = 0
        AND coalesce(n.archived, 0) = 0 AND n.kind = 'competency'),
    f.credit_from_later";

/// Frameworks, sorted by title; archived ones only when asked for.
pub fn list_frameworks(conn: &Connection, include_archived: bool) -> Result<Vec<FrameworkView>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {FRAMEWORK_COLUMNS} FROM framework f
         WHERE f._deleted = 0 AND (?1 OR coalesce(f.archived, 0) = 0)
         ORDER BY f.title COLLATE NOCASE, f.id"
    ))?;
    let rows = stmt
        .query_map([include_archived], framework_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

/// The frameworks a class uses, sorted by title.
pub fn class_frameworks(conn: &Connection, class_id: ClassId) -> Result<Vec<FrameworkView>> {
    live_fields(conn, &CLASS, "class", &class_id.to_string())?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {FRAMEWORK_COLUMNS} FROM framework f
         WHERE f._deleted = 0 AND f.id IN
            (SELECT framework_id FROM class_framework WHERE class_id = ?1 AND _deleted = 0)
         ORDER BY f.title COLLATE NOCASE, f.id"
    ))?;
    let rows = stmt
        .query_map([class_id.to_string()], framework_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

/// One framework.
pub fn get_framework(conn: &Connection, id: FrameworkId) -> Result<FrameworkView> {
    conn.query_row(
        &format!("SELECT {FRAMEWORK_COLUMNS} FROM framework f WHERE f.id = ?1 AND f._deleted = 0"),
        [id.to_string()],
        framework_row,
    )
    .optional()?
    .unwrap_or_else(|| Err(not_found("framework", id)))
}

fn framework_row(r: &Row<'_>) -> rusqlite::Result<Result<FrameworkView>> {
    let id = text(r, 0)?;
    let (title, subject) = (text(r, 1)?, text(r, 2)?);
    let scale: Option<String> = r.get(3)?;
    let method: Option<String> = r.get(4)?;
    let (case_identifier, case_version) = (text(r, 5)?, text(r, 6)?);
    let archived = r.get::<_, Option<bool>>(7)?.unwrap_or(false);
    let competency_count = r.get::<_, u32>(8)?;
    let credit_from_later = r.get::<_, Option<bool>>(9)?.unwrap_or(false);
    Ok((|| {
        let scale = scale_from_value(parse_json(scale)?.as_ref())?;
        let method = method_from_value(parse_json(method)?.as_ref())?.unwrap_or_default();
        Ok(FrameworkView {
            id: id.parse()?,
            title,
            subject,
            scale,
            method,
            case_identifier,
            case_version,
            archived,
            competency_count,
            credit_from_later,
        })
    })())
}

/// Creates an empty framework with the default scale and method.
pub fn create_framework(db: &mut Db, input: &FrameworkInput) -> Result<FrameworkView> {
    let input = input.validate()?;
    let id = db.write(|w| {
        let id = FrameworkId::mint(w.wall_ms(), random10());
        w.set(&FRAMEWORK, &id.to_string(), new_framework_fields(&input))?;
        Ok(id)
    })?;
    get_framework(db.conn(), id)
}

fn new_framework_fields(input: &FrameworkInput) -> Fields {
    let mut fields = input.to_fields();
    fields.insert("scale".into(), json!(Scale::default_scale()));
    fields.insert("method".into(), json!(Method::default()));
    fields.insert("case_identifier".into(), json!(""));
    fields.insert("case_version".into(), json!(""));
    fields.insert("archived".into(), json!(false));
    fields
}

/// Renames a framework; only changed fields are written.
pub fn update_framework(
    db: &mut Db,
    id: FrameworkId,
    input: &FrameworkInput,
) -> Result<FrameworkView> {
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &FRAMEWORK, "framework", &id.to_string())?;
        w.set(
            &FRAMEWORK,
            &id.to_string(),
            changed_fields(&old, &input.to_fields()),
        )
    })?;
    get_framework(db.conn(), id)
}

/// Archives or unarchives a framework. Its nodes and evidence are kept.
pub fn set_framework_archived(
    db: &mut Db,
    id: FrameworkId,
    archived: bool,
) -> Result<FrameworkView> {
    db.write(|w| set_archived(w, &FRAMEWORK, "framework", &id.to_string(), archived))?;
    get_framework(db.conn(), id)
}

/// Sets a framework's proficiency scale. Refused when evidence already recorded on its
/// competencies uses a level the new scale does not have, so no evidence loses its meaning.
pub fn set_framework_scale(db: &mut Db, id: FrameworkId, scale: &Scale) -> Result<FrameworkView> {
    let scale = scale.validate()?;
    db.write(|w| {
        live_fields(w.conn(), &FRAMEWORK, "framework", &id.to_string())?;
        let used = {
            let mut stmt = w.conn().prepare(
                "SELECT DISTINCT e.level FROM evidence e JOIN competency_node n ON n.id = e.competency_id
                 WHERE n.framework_id = ?1 AND e._deleted = 0 ORDER BY e.level",
            )?;
            stmt.query_map([id.to_string()], |r| r.get::<_, Option<f64>>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?
        };
        let off: Vec<String> = used
            .into_iter()
            .flatten()
            .filter(|l| !scale.levels.iter().any(|s| (s.value - l).abs() < 1e-9))
            .map(waypoint_core::evidence::fmt_level)
            .collect();
        if !off.is_empty() {
            return Err(waypoint_core::Error::invalid(
                "levels",
                msg!(
                    "store-scale-drops-levels",
                    count = off.len(),
                    levels = off.join(", ")
                ),
            )
            .into());
        }
        let old = live_fields(w.conn(), &FRAMEWORK, "framework", &id.to_string())?;
        let new: Fields = [("scale".to_owned(), json!(scale))].into_iter().collect();
        w.set(&FRAMEWORK, &id.to_string(), changed_fields(&old, &new))
    })?;
    get_framework(db.conn(), id)
}

/// Sets the mastery method a framework's competencies use unless they override it.
pub fn set_framework_method(
    db: &mut Db,
    id: FrameworkId,
    method: &Method,
) -> Result<FrameworkView> {
    let method = method.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &FRAMEWORK, "framework", &id.to_string())?;
        let new: Fields = [("method".to_owned(), json!(method))].into_iter().collect();
        w.set(&FRAMEWORK, &id.to_string(), changed_fields(&old, &new))
    })?;
    get_framework(db.conn(), id)
}

/// Attaches a framework to a class (nothing changes if it already is).
pub fn attach_framework(db: &mut Db, class_id: ClassId, framework_id: FrameworkId) -> Result<()> {
    db.write(|w| attach(w, class_id, framework_id))
}

fn attach(w: &mut Writer<'_>, class_id: ClassId, fw: FrameworkId) -> Result<()> {
    live_fields(w.conn(), &CLASS, "class", &class_id.to_string())?;
    live_fields(w.conn(), &FRAMEWORK, "framework", &fw.to_string())?;
    if !attachments(w.conn(), class_id, fw)?.is_empty() {
        return Ok(());
    }
    let id = AttachmentId::mint(w.wall_ms(), random10());
    let fields: Fields = [
        ("class_id".to_owned(), json!(class_id.to_string())),
        ("framework_id".to_owned(), json!(fw.to_string())),
    ]
    .into_iter()
    .collect();
    w.set(&CLASS_FRAMEWORK, &id.to_string(), fields)
}

fn attachments(conn: &Connection, class_id: ClassId, fw: FrameworkId) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT id FROM class_framework WHERE class_id = ?1 AND framework_id = ?2 AND _deleted = 0",
    )?;
    let ids = stmt
        .query_map(params![class_id.to_string(), fw.to_string()], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(ids)
}

/// Detaches a framework from a class. Evidence is kept, and reappears if it is attached again.
pub fn detach_framework(db: &mut Db, class_id: ClassId, framework_id: FrameworkId) -> Result<()> {
    db.write(|w| {
        // Two laptops may each have attached it: every link goes.
        for id in attachments(w.conn(), class_id, framework_id)? {
            w.tombstone(&CLASS_FRAMEWORK, &id)?;
        }
        Ok(())
    })
}
