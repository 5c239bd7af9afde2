//! Use cases and queries for competency frameworks: frameworks, their trees of strands and
//! competencies, which classes use them, and CASE import.
//!
//! A node's place among its siblings is its `position`. Moving a node renumbers its new
//! siblings 0, 1, 2, … and writes only the positions that changed, so a reorder is a few
//! small ops that merge per field like any other edit.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};
use waypoint_core::case::{self, CasePackage, MissingParent};
use waypoint_core::frameworks::{
    CLASS_FRAMEWORK, FRAMEWORK, FrameworkInput, FrameworkView, NODE, NodeInput, NodeKind, NodeView,
    method_from_value, scale_from_value,
};
use waypoint_core::ids::{AttachmentId, ClassId, FrameworkId, NodeId};
use waypoint_core::mastery::{Method, Scale};
use waypoint_core::op::Fields;
use waypoint_core::roster::{CLASS, changed_fields};

use crate::device::random10;
use crate::oplog::{Writer, row_fields};
use crate::rows::{live_fields, not_found, parse_json, set_archived, text};
use crate::{Db, Error, Result};

const FRAMEWORK_COLUMNS: &str =
    "f.id, f.title, f.subject, f.scale, f.method, f.case_identifier, f.case_version, f.archived,
    (SELECT count(*) FROM competency_node n WHERE n.framework_id = f.id AND n._deleted = 0
        AND coalesce(n.archived, 0) = 0 AND n.kind = 'competency')";

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
                format!(
                    "Evidence already recorded in this framework uses {} {}, which the new scale does not have. Keep those levels, or edit that evidence first.",
                    if off.len() == 1 { "level" } else { "levels" },
                    off.join(", ")
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

/// A framework's nodes in tree order (parents before children, siblings by position).
/// Archived nodes, and everything under them, only when asked for. A node whose parent is
/// missing (not arrived yet through sync) is shown at the top level.
pub fn list_nodes(
    conn: &Connection,
    id: FrameworkId,
    include_archived: bool,
) -> Result<Vec<NodeView>> {
    get_framework(conn, id)?;
    let nodes = framework_nodes(conn, id)?;
    let mut out = tree_order(nodes);
    if !include_archived {
        let mut hidden: HashSet<NodeId> = HashSet::new();
        out.retain(|n| {
            let hide = n.archived || n.parent_id.is_some_and(|p| hidden.contains(&p));
            if hide {
                hidden.insert(n.id);
            }
            !hide
        });
    }
    Ok(out)
}

/// Every live node of a framework, in no particular order.
pub(crate) fn framework_nodes(conn: &Connection, id: FrameworkId) -> Result<Vec<NodeView>> {
    let mut stmt = conn.prepare(
        "SELECT id, framework_id, parent_id, kind, code, label, statement, grade_levels, position,
                method, case_identifier, archived
         FROM competency_node WHERE framework_id = ?1 AND _deleted = 0",
    )?;
    let rows = stmt
        .query_map([id.to_string()], node_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

/// One live node.
pub fn get_node(conn: &Connection, id: NodeId) -> Result<NodeView> {
    conn.query_row(
        "SELECT id, framework_id, parent_id, kind, code, label, statement, grade_levels, position,
                method, case_identifier, archived
         FROM competency_node WHERE id = ?1 AND _deleted = 0",
        [id.to_string()],
        node_row,
    )
    .optional()?
    .unwrap_or_else(|| Err(not_found("competency", id)))
}

fn node_row(r: &Row<'_>) -> rusqlite::Result<Result<NodeView>> {
    let (id, framework_id, parent_id, kind) = (text(r, 0)?, text(r, 1)?, text(r, 2)?, text(r, 3)?);
    let (code, label, statement) = (text(r, 4)?, text(r, 5)?, text(r, 6)?);
    let grades: Option<String> = r.get(7)?;
    let position = r.get::<_, Option<f64>>(8)?.unwrap_or(0.0);
    let method: Option<String> = r.get(9)?;
    let case_identifier = text(r, 10)?;
    let archived = r.get::<_, Option<bool>>(11)?.unwrap_or(false);
    Ok((|| {
        Ok(NodeView {
            id: id.parse()?,
            framework_id: framework_id.parse()?,
            parent_id: if parent_id.is_empty() {
                None
            } else {
                Some(parent_id.parse()?)
            },
            kind: if kind == "strand" {
                NodeKind::Strand
            } else {
                NodeKind::Competency
            },
            code,
            label,
            statement,
            grade_levels: match parse_json(grades)? {
                Some(v) => serde_json::from_value(v)?,
                None => Vec::new(),
            },
            position,
            method: method_from_value(parse_json(method)?.as_ref())?,
            case_identifier,
            archived,
        })
    })())
}

/// Sorts nodes into tree pre-order. Nodes whose parent is not among them go to the top.
pub(crate) fn tree_order(nodes: Vec<NodeView>) -> Vec<NodeView> {
    let ids: HashSet<NodeId> = nodes.iter().map(|n| n.id).collect();
    let mut children: HashMap<Option<NodeId>, Vec<NodeView>> = HashMap::new();
    for n in nodes {
        let key = n.parent_id.filter(|p| ids.contains(p) && *p != n.id);
        children.entry(key).or_default().push(n);
    }
    for list in children.values_mut() {
        list.sort_by(|a, b| {
            a.position
                .total_cmp(&b.position)
                .then_with(|| a.code.cmp(&b.code))
                .then_with(|| a.id.cmp(&b.id))
        });
    }
    let mut out = Vec::with_capacity(ids.len());
    let mut stack: Vec<NodeView> = children.remove(&None).unwrap_or_default();
    stack.reverse();
    while let Some(n) = stack.pop() {
        if let Some(mut kids) = children.remove(&Some(n.id)) {
            kids.reverse();
            stack.extend(kids);
        }
        out.push(n);
    }
    // A loop made by two concurrent moves leaves nodes unreachable from the top; show
    // them at the top rather than lose them.
    let mut rest: Vec<NodeView> = children.into_values().flatten().collect();
    rest.sort_by(|a, b| a.position.total_cmp(&b.position).then(a.id.cmp(&b.id)));
    out.extend(rest);
    out
}

/// Adds a node under `parent_id` (or at the top), after its last sibling.
pub fn create_node(
    db: &mut Db,
    framework_id: FrameworkId,
    parent: Option<NodeId>,
    input: &NodeInput,
) -> Result<NodeView> {
    let input = input.validate()?;
    let id = db.write(|w| {
        live_fields(w.conn(), &FRAMEWORK, "framework", &framework_id.to_string())?;
        if let Some(p) = parent {
            check_parent(w.conn(), framework_id, p)?;
        }
        let id = NodeId::mint(w.wall_ms(), random10());
        let position = next_position(w.conn(), framework_id, parent)?;
        let mut fields = input.to_fields();
        fields.insert("framework_id".into(), json!(framework_id.to_string()));
        fields.insert(
            "parent_id".into(),
            json!(parent.map(|p| p.to_string()).unwrap_or_default()),
        );
        fields.insert("position".into(), json!(position));
        fields.insert("method".into(), Value::Null);
        fields.insert("case_identifier".into(), json!(""));
        fields.insert("case_item_type".into(), json!(""));
        fields.insert("archived".into(), json!(false));
        w.set(&NODE, &id.to_string(), fields)?;
        Ok(id)
    })?;
    get_node(db.conn(), id)
}

fn check_parent(conn: &Connection, fw: FrameworkId, parent: NodeId) -> Result<()> {
    let p = get_node(conn, parent)?;
    if p.framework_id != fw {
        return Err(waypoint_core::Error::invalid(
            "parentId",
            "That strand belongs to another framework.",
        )
        .into());
    }
    if p.kind != NodeKind::Strand {
        return Err(waypoint_core::Error::invalid(
            "parentId",
            "Nodes can only go under a strand, not under a competency.",
        )
        .into());
    }
    Ok(())
}

fn next_position(conn: &Connection, fw: FrameworkId, parent: Option<NodeId>) -> Result<f64> {
    let max: Option<f64> = conn.query_row(
        "SELECT max(position) FROM competency_node
         WHERE framework_id = ?1 AND coalesce(parent_id, '') = ?2 AND _deleted = 0",
        params![
            fw.to_string(),
            parent.map(|p| p.to_string()).unwrap_or_default()
        ],
        |r| r.get(0),
    )?;
    Ok(max.map(|m| m.floor() + 1.0).unwrap_or(0.0))
}

/// Edits a node. A competency with evidence cannot become a strand (its evidence would
/// have nowhere to count), and a strand with nodes under it cannot become a competency.
pub fn update_node(db: &mut Db, id: NodeId, input: &NodeInput) -> Result<NodeView> {
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &NODE, "competency", &id.to_string())?;
        let current = get_node(w.conn(), id)?;
        if current.kind != input.kind {
            let blocker = match input.kind {
                NodeKind::Strand => count(
                    w.conn(),
                    "SELECT count(*) FROM evidence WHERE competency_id = ?1 AND _deleted = 0",
                    &id.to_string(),
                )?
                .gt(&0)
                .then_some("This competency has evidence, so it can't become a strand."),
                NodeKind::Competency => count(
                    w.conn(),
                    "SELECT count(*) FROM competency_node WHERE parent_id = ?1 AND _deleted = 0",
                    &id.to_string(),
                )?
                .gt(&0)
                .then_some("This strand has nodes under it, so it can't become a competency."),
            };
            if let Some(message) = blocker {
                return Err(waypoint_core::Error::invalid("kind", message).into());
            }
        }
        w.set(
            &NODE,
            &id.to_string(),
            changed_fields(&old, &input.to_fields()),
        )
    })?;
    get_node(db.conn(), id)
}

fn count(conn: &Connection, sql: &str, id: &str) -> Result<i64> {
    Ok(conn.query_row(sql, [id], |r| r.get(0))?)
}

/// Moves a node to `index` among the children of `parent_id` (or the top level). Refused
/// when the new parent is the node itself or inside it.
pub fn move_node(
    db: &mut Db,
    id: NodeId,
    parent: Option<NodeId>,
    index: usize,
) -> Result<Vec<NodeView>> {
    let fw = db.write(|w| {
        let node = get_node(w.conn(), id)?;
        let fw = node.framework_id;
        if let Some(p) = parent {
            check_parent(w.conn(), fw, p)?;
            let all = framework_nodes(w.conn(), fw)?;
            if p == id || is_descendant(&all, p, id) {
                return Err(waypoint_core::Error::invalid(
                    "parentId",
                    "A strand can't be moved inside itself.",
                )
                .into());
            }
        }
        let mut siblings: Vec<NodeView> = tree_order(framework_nodes(w.conn(), fw)?)
            .into_iter()
            .filter(|n| n.parent_id == parent && n.id != id)
            .collect();
        let at = index.min(siblings.len());
        siblings.insert(at, node.clone());
        if node.parent_id != parent {
            let old = live_fields(w.conn(), &NODE, "competency", &id.to_string())?;
            let new: Fields = [(
                "parent_id".to_owned(),
                json!(parent.map(|p| p.to_string()).unwrap_or_default()),
            )]
            .into_iter()
            .collect();
            w.set(&NODE, &id.to_string(), changed_fields(&old, &new))?;
        }
        for (i, s) in siblings.iter().enumerate() {
            if (s.position - i as f64).abs() > f64::EPSILON {
                let f: Fields = [("position".to_owned(), json!(i as f64))]
                    .into_iter()
                    .collect();
                w.set(&NODE, &s.id.to_string(), f)?;
            }
        }
        Ok(fw)
    })?;
    list_nodes(db.conn(), fw, true)
}

/// True when `node` is somewhere under `ancestor`.
fn is_descendant(all: &[NodeView], node: NodeId, ancestor: NodeId) -> bool {
    let parents: HashMap<NodeId, Option<NodeId>> =
        all.iter().map(|n| (n.id, n.parent_id)).collect();
    let mut at = Some(node);
    let mut steps = 0;
    while let Some(n) = at {
        if n == ancestor {
            return true;
        }
        steps += 1;
        if steps > all.len() {
            return false;
        }
        at = parents.get(&n).copied().flatten();
    }
    false
}

/// Archives or unarchives a node (its children are hidden with it, and kept).
pub fn set_node_archived(db: &mut Db, id: NodeId, archived: bool) -> Result<NodeView> {
    db.write(|w| set_archived(w, &NODE, "competency", &id.to_string(), archived))?;
    get_node(db.conn(), id)
}

/// Sets a competency's own method, or clears it (`None`) so the framework's applies.
pub fn set_node_method(db: &mut Db, id: NodeId, method: Option<&Method>) -> Result<NodeView> {
    let method = method.map(Method::validate).transpose()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &NODE, "competency", &id.to_string())?;
        let value = method.map(|m| json!(m)).unwrap_or(Value::Null);
        let new: Fields = [("method".to_owned(), value)].into_iter().collect();
        w.set(&NODE, &id.to_string(), changed_fields(&old, &new))
    })?;
    get_node(db.conn(), id)
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

/// What a CASE import did.
#[derive(Debug, Clone, PartialEq, serde::Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CaseImportReport {
    /// The framework made or updated.
    pub framework_id: FrameworkId,
    /// Its title.
    pub title: String,
    /// True when an earlier import of the same CASE document was updated.
    pub updated_existing: bool,
    /// Nodes created.
    pub created: u32,
    /// Nodes whose fields changed.
    pub updated: u32,
    /// Nodes already as the file has them.
    pub unchanged: u32,
    /// Nodes from an earlier import that the file no longer has; archived, not deleted.
    pub retired: u32,
    /// Items whose parent is not in the file: kept at the top level.
    pub missing_parents: Vec<MissingParent>,
    /// Extra `isChildOf` links ignored because an item had more than one parent.
    pub extra_parents: usize,
}

/// Reads and imports a CASE file; files over 50 MB are refused before they are read.
pub fn import_case_file(
    db: &mut Db,
    path: &Path,
    class_id: Option<ClassId>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<CaseImportReport> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    check_case_size(path, std::fs::metadata(path).map_err(io)?.len())?;
    let bytes = std::fs::read(path).map_err(io)?;
    import_case_bytes(db, path, &bytes, class_id, progress)
}

fn check_case_size(name: &Path, size: u64) -> Result<()> {
    if size > case::MAX_FILE_BYTES {
        return Err(Error::FileTooBig {
            path: name.to_owned(),
            what: "a CASE framework file",
            size_mb: size.div_ceil(1024 * 1024),
            limit_mb: case::MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    Ok(())
}

/// Imports a CASE CFPackage (`name` is its file name, for messages). A package already imported (same CASE document identifier)
/// is updated in place: nodes are matched by CASE identifier, changed fields rewritten,
/// new items added, items no longer present archived. Evidence is never touched. All in
/// one transaction; `progress(done, total)` is called as nodes are written.
pub fn import_case_bytes(
    db: &mut Db,
    name: &Path,
    bytes: &[u8],
    class_id: Option<ClassId>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<CaseImportReport> {
    check_case_size(name, bytes.len() as u64)?;
    let package = case::parse_package(bytes)?;
    let report = db.write(|w| {
        if let Some(c) = class_id {
            live_fields(w.conn(), &CLASS, "class", &c.to_string())?;
        }
        let report = write_package(w, &package, progress)?;
        if let Some(c) = class_id {
            attach(w, c, report.framework_id)?;
        }
        Ok(report)
    })?;
    Ok(report)
}

fn write_package(
    w: &mut Writer<'_>,
    package: &CasePackage,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<CaseImportReport> {
    let doc = &package.document;
    let existing: Option<String> = w
        .conn()
        .query_row(
            "SELECT id FROM framework WHERE case_identifier = ?1 AND _deleted = 0 ORDER BY id LIMIT 1",
            [&doc.identifier],
            |r| r.get(0),
        )
        .optional()?;
    let title = if doc.title.trim().is_empty() {
        "Imported framework".to_owned()
    } else {
        doc.title.trim().chars().take(160).collect()
    };
    let input = FrameworkInput {
        title: title.clone(),
        subject: doc.subjects.join(", ").chars().take(100).collect(),
    }
    .validate()?;
    let (fw, updated_existing) = match existing {
        Some(id) => {
            let fw: FrameworkId = id.parse()?;
            let old = row_fields(w.conn(), &FRAMEWORK, &id)?.unwrap_or_default();
            let mut new = input.to_fields();
            new.insert("case_version".into(), json!(doc.version));
            w.set(&FRAMEWORK, &id, changed_fields(&old, &new))?;
            (fw, true)
        }
        None => {
            let fw = FrameworkId::mint(w.wall_ms(), random10());
            let mut fields = new_framework_fields(&input);
            fields.insert("case_identifier".into(), json!(doc.identifier));
            fields.insert("case_version".into(), json!(doc.version));
            w.set(&FRAMEWORK, &fw.to_string(), fields)?;
            (fw, false)
        }
    };
    // CASE identifier → our node id, for nodes an earlier import made.
    let mut known: HashMap<String, NodeId> = framework_nodes(w.conn(), fw)?
        .into_iter()
        .filter(|n| !n.case_identifier.is_empty())
        .map(|n| (n.case_identifier.clone(), n.id))
        .collect();
    let total = package.nodes.len() as u64;
    let (mut created, mut updated, mut unchanged) = (0, 0, 0);
    let mut seen: HashSet<NodeId> = HashSet::new();
    for (i, item) in package.nodes.iter().enumerate() {
        let parent = item
            .parent
            .as_ref()
            .and_then(|p| known.get(p))
            .map(|p| p.to_string())
            .unwrap_or_default();
        let kind = if item.is_leaf {
            NodeKind::Competency
        } else {
            NodeKind::Strand
        };
        let statement = if item.full_statement.trim().is_empty() {
            item.code.clone()
        } else {
            item.full_statement.clone()
        };
        let node = NodeInput {
            kind,
            code: item.code.chars().take(120).collect(),
            label: item.abbreviated_statement.chars().take(160).collect(),
            statement: if statement.trim().is_empty() {
                "(no statement)".to_owned()
            } else {
                statement
            },
            grade_levels: item.education_levels.iter().take(16).cloned().collect(),
        }
        .validate()
        .map_err(|e| name_item(e, &item.code, &item.identifier))?;
        let mut fields = node.to_fields();
        fields.insert("framework_id".into(), json!(fw.to_string()));
        fields.insert("parent_id".into(), json!(parent));
        fields.insert("position".into(), json!(item.order as f64));
        fields.insert("case_identifier".into(), json!(item.identifier));
        fields.insert("case_item_type".into(), json!(item.item_type));
        fields.insert("archived".into(), json!(false));
        match known.get(&item.identifier) {
            Some(id) => {
                let old = row_fields(w.conn(), &NODE, &id.to_string())?.unwrap_or_default();
                let changes = changed_fields(&old, &fields);
                if changes.is_empty() {
                    unchanged += 1;
                } else {
                    w.set(&NODE, &id.to_string(), changes)?;
                    updated += 1;
                }
                seen.insert(*id);
            }
            None => {
                let id = NodeId::mint(w.wall_ms(), random10());
                fields.insert("method".into(), Value::Null);
                w.set(&NODE, &id.to_string(), fields)?;
                known.insert(item.identifier.clone(), id);
                seen.insert(id);
                created += 1;
            }
        }
        if i % 500 == 499 || i + 1 == package.nodes.len() {
            progress(i as u64 + 1, total);
        }
    }
    let mut retired = 0;
    for n in framework_nodes(w.conn(), fw)? {
        if !n.case_identifier.is_empty() && !seen.contains(&n.id) && !n.archived {
            set_archived(w, &NODE, "competency", &n.id.to_string(), true)?;
            retired += 1;
        }
    }
    Ok(CaseImportReport {
        framework_id: fw,
        title,
        updated_existing,
        created,
        updated,
        unchanged,
        retired,
        missing_parents: package.missing_parents.clone(),
        extra_parents: package.extra_parents,
    })
}

/// Imports (or updates) the sample framework, attaches it to the demo class, and records
/// demo evidence on its first eight competencies.
pub(crate) fn load_demo_framework(
    w: &mut Writer<'_>,
    class_id: ClassId,
    students: &[String],
) -> Result<()> {
    let package = case::parse_package(waypoint_core::demo::SAMPLE_CASE)?;
    let report = write_package(w, &package, &mut |_, _| {})?;
    attach(w, class_id, report.framework_id)?;
    let competencies: Vec<NodeId> = tree_order(framework_nodes(w.conn(), report.framework_id)?)
        .into_iter()
        .filter(|n| n.kind == NodeKind::Competency && !n.archived)
        .map(|n| n.id)
        .take(8)
        .collect();
    let today = waypoint_core::demo::day_of(w.wall_ms());
    for e in waypoint_core::demo::demo_evidence(students.len(), competencies.len(), today) {
        let input = waypoint_core::evidence::EvidenceInput {
            student_id: students[e.student].clone(),
            competency_id: competencies[e.competency].to_string(),
            level: e.level,
            date: e.date,
            kind: waypoint_core::evidence::EvidenceKind::Observation,
            note: String::new(),
        };
        let id = waypoint_core::ids::EvidenceId::mint(w.wall_ms(), random10());
        w.set(
            &waypoint_core::evidence::EVIDENCE,
            &id.to_string(),
            input.to_fields(),
        )?;
    }
    Ok(())
}

/// Puts the item's code in a validation message, so the teacher knows which item failed.
fn name_item(e: waypoint_core::Error, code: &str, identifier: &str) -> waypoint_core::Error {
    match e {
        waypoint_core::Error::Invalid { field, message } => waypoint_core::Error::Invalid {
            field: "file".into(),
            message: format!(
                "Item {} in the file has a problem ({field}): {message}",
                if code.is_empty() { identifier } else { code }
            ),
        },
        other => other,
    }
}
