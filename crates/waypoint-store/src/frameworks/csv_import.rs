//! A framework from a table (CSV or a sheet), as [`waypoint_core::imports::framework_csv`]
//! plans it: written in one transaction through the op log, or previewed and rolled back.
//!
//! Re-import rule: a table's framework is identified by its title (the one given, else the
//! file name without its extension), compared ignoring case and surrounding spaces; it is kept
//! in the framework's `case_identifier` as `csv:<title>`. A second import with the same title
//! updates that framework in place: nodes are matched by code (ignoring case; kept in the
//! node's `case_identifier` as `csv:<code>`), changed fields rewritten, new rows added, and
//! nodes whose code is no longer in the table archived, never deleted. Nodes added by hand to
//! that framework are left alone. Evidence is never touched.

use std::collections::{HashMap, HashSet};

use serde_json::{Value, json};
use waypoint_core::frameworks::{FRAMEWORK, FrameworkInput, NODE, NodeInput, NodeKind};
use waypoint_core::ids::{ClassId, FrameworkId, NodeId};
use waypoint_core::imports::RowProblem;
use waypoint_core::imports::framework_csv::{FrameworkPlan, code_key};
use waypoint_core::roster::{CLASS, changed_fields};

use super::nodes::framework_nodes;
use super::{attach, new_framework_fields};
use crate::device::random10;
use crate::oplog::{Writer, row_fields};
use crate::rows::{live_fields, set_archived};
use crate::{Db, Result};

/// What a framework table import did, or would do.
#[derive(Debug, Clone, PartialEq, serde::Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FrameworkCsvReport {
    /// The framework made or updated (for a preview of a new one, the id this run minted).
    pub framework_id: FrameworkId,
    /// Its title.
    pub title: String,
    /// True when a framework from an earlier import of the same title was updated.
    pub updated_existing: bool,
    /// Nodes created.
    pub created: u32,
    /// Nodes whose fields changed.
    pub updated: u32,
    /// Nodes already as the table has them.
    pub unchanged: u32,
    /// Nodes from an earlier import whose code the table no longer has; archived.
    pub retired: u32,
    /// Rows left out or used with a warning, with their file, line and reason.
    pub problems: Vec<RowProblem>,
    /// True for a preview: nothing was written.
    pub dry_run: bool,
}

/// The identity a table's framework is found by on a second import.
fn framework_key(title: &str) -> String {
    format!("csv:{}", title.trim().to_lowercase())
}

/// Writes (or, with `dry_run`, previews and rolls back) the framework `plan` describes, under
/// `title`, attached to `class_id` when given. `problems` (the reader's and the plan's) are
/// returned in the report as they are.
pub fn import_framework_plan(
    db: &mut Db,
    title: &str,
    plan: &FrameworkPlan,
    class_id: Option<ClassId>,
    dry_run: bool,
) -> Result<FrameworkCsvReport> {
    let input = FrameworkInput {
        title: title.trim().chars().take(160).collect(),
        subject: String::new(),
    }
    .validate()?;
    let run = |w: &mut Writer<'_>| -> Result<FrameworkCsvReport> {
        w.start_undo_log();
        if let Some(c) = class_id {
            live_fields(w.conn(), &CLASS, "class", &c.to_string())?;
        }
        let report = write_plan(w, &input, plan)?;
        if let Some(c) = class_id {
            attach(w, c, report.framework_id)?;
        }
        crate::imports::record_if_written(
            w,
            crate::imports::ImportKind::Framework,
            &input.title,
            &[
                ("nodesNew", report.created),
                ("nodesUpdated", report.updated),
                ("nodesRetired", report.retired),
            ],
        )?;
        Ok(report)
    };
    let mut report = if dry_run {
        db.dry_run(run)?
    } else {
        db.write(run)?
    };
    report.dry_run = dry_run;
    Ok(report)
}

fn write_plan(
    w: &mut Writer<'_>,
    input: &FrameworkInput,
    plan: &FrameworkPlan,
) -> Result<FrameworkCsvReport> {
    let key = framework_key(&input.title);
    let existing: Option<String> = {
        let mut stmt = w.conn().prepare(
            "SELECT id FROM framework WHERE case_identifier = ?1 AND _deleted = 0 ORDER BY id LIMIT 1",
        )?;
        let mut rows = stmt.query([&key])?;
        match rows.next()? {
            Some(r) => Some(r.get(0)?),
            None => None,
        }
    };
    let (fw, updated_existing) = match existing {
        Some(id) => {
            let old = row_fields(w.conn(), &FRAMEWORK, &id)?.unwrap_or_default();
            let mut new = input.to_fields();
            // The subject stays as the teacher set it: a table has none.
            new.remove("subject");
            w.set(&FRAMEWORK, &id, changed_fields(&old, &new))?;
            (id.parse::<FrameworkId>()?, true)
        }
        None => {
            let fw = FrameworkId::mint(w.wall_ms(), random10());
            let mut fields = new_framework_fields(input);
            fields.insert("case_identifier".into(), json!(key));
            w.set(&FRAMEWORK, &fw.to_string(), fields)?;
            (fw, false)
        }
    };
    // `csv:<code>` → our node id, for nodes an earlier import of this table made.
    let mut known: HashMap<String, NodeId> = framework_nodes(w.conn(), fw)?
        .into_iter()
        .filter(|n| n.case_identifier.starts_with("csv:"))
        .map(|n| (n.case_identifier.clone(), n.id))
        .collect();
    let (mut created, mut updated, mut unchanged) = (0, 0, 0);
    let mut seen: HashSet<NodeId> = HashSet::new();
    for node in &plan.nodes {
        let node_key = format!("csv:{}", code_key(&node.code));
        let parent = node
            .parent_code
            .as_deref()
            .and_then(|p| known.get(&format!("csv:{}", code_key(p))))
            .map(|p| p.to_string())
            .unwrap_or_default();
        let input = NodeInput {
            kind: if node.is_leaf {
                NodeKind::Competency
            } else {
                NodeKind::Strand
            },
            code: node.code.chars().take(120).collect(),
            label: String::new(),
            statement: node.statement.clone(),
            grade_levels: node.grade_levels.iter().take(16).cloned().collect(),
        }
        .validate()
        .map_err(|e| name_row(e, &node.code, node.line))?;
        let mut fields = input.to_fields();
        fields.insert("framework_id".into(), json!(fw.to_string()));
        fields.insert("parent_id".into(), json!(parent));
        fields.insert("position".into(), json!(node.order as f64));
        fields.insert("case_identifier".into(), json!(node_key));
        fields.insert("case_item_type".into(), json!(node.item_type));
        fields.insert("archived".into(), json!(false));
        match known.get(&node_key) {
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
                known.insert(node_key, id);
                seen.insert(id);
                created += 1;
            }
        }
    }
    let mut retired = 0;
    for n in framework_nodes(w.conn(), fw)? {
        if n.case_identifier.starts_with("csv:") && !seen.contains(&n.id) && !n.archived {
            set_archived(w, &NODE, "competency", &n.id.to_string(), true)?;
            retired += 1;
        }
    }
    Ok(FrameworkCsvReport {
        framework_id: fw,
        title: input.title.clone(),
        updated_existing,
        created,
        updated,
        unchanged,
        retired,
        problems: plan.problems.clone(),
        dry_run: false,
    })
}

/// Puts the row's code and line in a validation message (a statement too long, say).
fn name_row(e: waypoint_core::Error, code: &str, line: u32) -> waypoint_core::Error {
    match e {
        waypoint_core::Error::Invalid { field, message } => waypoint_core::Error::Invalid {
            field: "file".into(),
            message: waypoint_core::msg!(
                "backend-framework-row-problem",
                code = code,
                line = line,
                field = field,
                problem = message
            ),
        },
        other => other,
    }
}
