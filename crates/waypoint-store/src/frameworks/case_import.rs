//! CASE import: a publisher's CFPackage becomes a framework, updated in place on a second import;
//! and the sample framework the demo class uses.

use super::nodes::{framework_nodes, tree_order};
use super::{attach, new_framework_fields};
use crate::device::random10;
use crate::oplog::{Writer, row_fields};
use crate::progressions::{framework_edges, write_prerequisite};
use crate::rows::{live_fields, set_archived};
use crate::{Db, Error, Result};
use rusqlite::OptionalExtension;
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use waypoint_core::case::{self, CasePackage, CaseWarning, MissingParent};
use waypoint_core::frameworks::{FRAMEWORK, FrameworkInput, NODE, NodeInput, NodeKind};
use waypoint_core::ids::{ClassId, FrameworkId, NodeId};
use waypoint_core::progressions::{self, Prerequisite};
use waypoint_core::roster::{CLASS, changed_fields};

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
    /// Prerequisites added from the file's `precedes` links.
    pub prerequisites_added: u32,
    /// `precedes` links left out: between strands rather than competencies, or closing a loop.
    pub prerequisites_skipped: u32,
    /// Deviations from CASE 1.0 that were read anyway (a string for a list, a number as text,
    /// a plain URI for a link, …), each naming its field and items with what was done.
    pub warnings: Vec<CaseWarning>,
    /// True for a preview ([`preview_case_bytes`]): nothing was written.
    pub dry_run: bool,
}

/// Reads and imports a CASE file; files over 50 MB are refused before they are read.
pub fn import_case_file(
    db: &mut Db,
    path: &Path,
    class_id: Option<ClassId>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<CaseImportReport> {
    let bytes = read_case_file(path)?;
    import_case_bytes(db, path, &bytes, class_id, progress)
}

/// Reads a CASE file and reports what importing it would do, writing nothing (see
/// [`preview_case_bytes`]).
pub fn preview_case_file(
    db: &mut Db,
    path: &Path,
    class_id: Option<ClassId>,
) -> Result<CaseImportReport> {
    let bytes = read_case_file(path)?;
    preview_case_bytes(db, path, &bytes, class_id)
}

fn read_case_file(path: &Path) -> Result<Vec<u8>> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    check_case_size(path, std::fs::metadata(path).map_err(io)?.len())?;
    std::fs::read(path).map_err(io)
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
    db.write(|w| {
        w.start_undo_log();
        let report = import_package(w, &package, class_id, progress)?;
        crate::imports::record_if_written(
            w,
            crate::imports::ImportKind::Framework,
            &name.display().to_string(),
            &[
                ("nodesNew", report.created),
                ("nodesUpdated", report.updated),
                ("nodesRetired", report.retired),
                ("prerequisitesAdded", report.prerequisites_added),
            ],
        )?;
        Ok(report)
    })
}

/// What [`import_case_bytes`] would do, with the same checks and the same report (its
/// `dry_run` set), computed by running the import and rolling it back ([`Db::dry_run`]), so
/// the preview is exactly what an import would change; nothing is written. For a framework
/// not imported before, `framework_id` is the id this run minted, not the one a later import
/// will mint.
pub fn preview_case_bytes(
    db: &mut Db,
    name: &Path,
    bytes: &[u8],
    class_id: Option<ClassId>,
) -> Result<CaseImportReport> {
    check_case_size(name, bytes.len() as u64)?;
    let package = case::parse_package(bytes)?;
    let mut report = db.dry_run(|w| import_package(w, &package, class_id, &mut |_, _| {}))?;
    report.dry_run = true;
    Ok(report)
}

fn import_package(
    w: &mut Writer<'_>,
    package: &CasePackage,
    class_id: Option<ClassId>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<CaseImportReport> {
    if let Some(c) = class_id {
        live_fields(w.conn(), &CLASS, "class", &c.to_string())?;
    }
    let report = write_package(w, package, progress)?;
    if let Some(c) = class_id {
        attach(w, c, report.framework_id)?;
    }
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
    let (prerequisites_added, prerequisites_skipped) = write_precedes(w, fw, package, &known)?;
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
        prerequisites_added,
        prerequisites_skipped,
        warnings: package.warnings.clone(),
        dry_run: false,
    })
}

/// Adds the package's `precedes` links between competencies as prerequisites (the later item
/// requires the earlier), keeping the ones already there; a link between strands, or one
/// that would close a loop, is skipped and counted. Returns (added, skipped).
fn write_precedes(
    w: &mut Writer<'_>,
    fw: FrameworkId,
    package: &CasePackage,
    known: &HashMap<String, NodeId>,
) -> Result<(u32, u32)> {
    let leaves: HashSet<&str> = package
        .nodes
        .iter()
        .filter(|n| n.is_leaf)
        .map(|n| n.identifier.as_str())
        .collect();
    let names: HashMap<NodeId, String> = package
        .nodes
        .iter()
        .filter_map(|n| {
            let name = if n.code.is_empty() {
                &n.identifier
            } else {
                &n.code
            };
            Some((*known.get(&n.identifier)?, name.clone()))
        })
        .collect();
    let mut edges = framework_edges(w.conn(), &[fw])?;
    let (mut added, mut skipped) = (0, 0);
    for p in &package.precedes {
        let (Some(&requires), Some(&competency)) = (known.get(&p.earlier), known.get(&p.later))
        else {
            continue;
        };
        let edge = Prerequisite {
            competency,
            requires,
        };
        if edges.contains(&edge) {
            continue;
        }
        let leaf = leaves.contains(p.earlier.as_str()) && leaves.contains(p.later.as_str());
        let name = |n: NodeId| names.get(&n).cloned().unwrap_or_default();
        if !leaf || progressions::check_edge(&edges, edge, name).is_err() {
            skipped += 1;
            continue;
        }
        write_prerequisite(w, fw, edge)?;
        edges.push(edge);
        added += 1;
    }
    Ok((added, skipped))
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

/// Imports (or updates) a generated CASE package, attaches it to `classes`, and returns its
/// live competencies in tree order (the demo year's frameworks).
pub(crate) fn load_generated_framework(
    w: &mut Writer<'_>,
    bytes: &[u8],
    classes: &[ClassId],
) -> Result<Vec<NodeId>> {
    let package = case::parse_package(bytes)?;
    let report = write_package(w, &package, &mut |_, _| {})?;
    for class in classes {
        attach(w, *class, report.framework_id)?;
    }
    Ok(tree_order(framework_nodes(w.conn(), report.framework_id)?)
        .into_iter()
        .filter(|n| n.kind == NodeKind::Competency && !n.archived)
        .map(|n| n.id)
        .collect())
}

/// Puts the item's code in a validation message, so the teacher knows which item failed.
fn name_item(e: waypoint_core::Error, code: &str, identifier: &str) -> waypoint_core::Error {
    match e {
        waypoint_core::Error::Invalid { field, message } => waypoint_core::Error::Invalid {
            field: "file".into(),
            message: waypoint_core::msg!(
                "backend-case-item-problem",
                item = if code.is_empty() { identifier } else { code },
                field = field,
                problem = message
            ),
        },
        other => other,
    }
}
