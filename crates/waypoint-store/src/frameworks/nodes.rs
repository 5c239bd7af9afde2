//! A framework's tree: its strands and competencies, their order and moves, and each node's own
//! method.

use super::get_framework;
use crate::device::random10;
use crate::rows::{live_fields, not_found, parse_json, set_archived, text};
use crate::{Db, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use waypoint_core::frameworks::{
    FRAMEWORK, NODE, NodeInput, NodeKind, NodeView, method_from_value,
};
use waypoint_core::ids::{FrameworkId, NodeId};
use waypoint_core::mastery::Method;
use waypoint_core::msg;
use waypoint_core::op::Fields;
use waypoint_core::roster::changed_fields;

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
            msg!("store-parent-other-framework"),
        )
        .into());
    }
    if p.kind != NodeKind::Strand {
        return Err(
            waypoint_core::Error::invalid("parentId", msg!("store-parent-not-strand")).into(),
        );
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
                .then_some(msg!("store-node-has-evidence")),
                NodeKind::Competency => count(
                    w.conn(),
                    "SELECT count(*) FROM competency_node WHERE parent_id = ?1 AND _deleted = 0",
                    &id.to_string(),
                )?
                .gt(&0)
                .then_some(msg!("store-node-has-children")),
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
                    msg!("store-strand-inside-itself"),
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
