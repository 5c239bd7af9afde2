//! Activities: what a student can do to practise one competency, the bricks of playlists.

use super::field_str;
use crate::device::random10;
use crate::frameworks::{class_frameworks, get_node};
use crate::rows::{live_fields, not_found, parse_id, set_archived, string_list, text};
use crate::{Db, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::json;
use std::collections::HashMap;
use waypoint_core::frameworks::{NodeKind, short_label};
use waypoint_core::ids::{ActivityId, ClassId, NodeId};
use waypoint_core::msg;
use waypoint_core::playlists::{ACTIVITY, ActivityInput, ActivityView, Modality};
use waypoint_core::roster::{CLASS, changed_fields};

const ACTIVITY_COLUMNS: &str = "a.id, a.class_id, a.competency_id, a.title, a.modality,
    a.minutes, a.instructions, a.link, a.archived, n.code, n.label, n.statement, a.interests";

/// The activity table joined to its competency (for the code), which may be gone.
const ACTIVITY_FROM: &str =
    "activity a LEFT JOIN competency_node n ON n.id = a.competency_id AND n._deleted = 0";

/// A class's activities, sorted by title; archived ones only when asked for.
pub fn list_activities(
    conn: &Connection,
    class_id: ClassId,
    include_archived: bool,
) -> Result<Vec<ActivityView>> {
    live_fields(conn, &CLASS, "class", &class_id.to_string())?;
    class_activities(conn, class_id, include_archived)
}

fn class_activities(
    conn: &Connection,
    class_id: ClassId,
    include_archived: bool,
) -> Result<Vec<ActivityView>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {ACTIVITY_COLUMNS} FROM {ACTIVITY_FROM}
         WHERE a.class_id = ?1 AND a._deleted = 0 AND (?2 OR coalesce(a.archived, 0) = 0)
         ORDER BY a.title COLLATE NOCASE, a.id"
    ))?;
    let rows = stmt
        .query_map(
            params![class_id.to_string(), include_archived],
            activity_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().collect()
}

/// A class's live activities (archived included) by id, to resolve playlists.
pub(super) fn activities_by_id(
    conn: &Connection,
    class_id: ClassId,
) -> Result<HashMap<String, ActivityView>> {
    Ok(class_activities(conn, class_id, true)?
        .into_iter()
        .map(|a| (a.id.to_string(), a))
        .collect())
}

/// One live activity, archived or not.
pub fn get_activity(conn: &Connection, id: ActivityId) -> Result<ActivityView> {
    conn.query_row(
        &format!(
            "SELECT {ACTIVITY_COLUMNS} FROM {ACTIVITY_FROM} WHERE a.id = ?1 AND a._deleted = 0"
        ),
        [id.to_string()],
        activity_row,
    )
    .optional()?
    .unwrap_or_else(|| Err(not_found("activity", id)))
}

fn activity_row(r: &Row<'_>) -> rusqlite::Result<Result<ActivityView>> {
    let (id, class_id, competency_id) = (text(r, 0)?, text(r, 1)?, text(r, 2)?);
    let (title, modality) = (text(r, 3)?, text(r, 4)?);
    let minutes = r.get::<_, Option<f64>>(5)?.unwrap_or(0.0);
    let (instructions, link) = (text(r, 6)?, text(r, 7)?);
    let archived = r.get::<_, Option<bool>>(8)?.unwrap_or(false);
    let (code, label, statement) = (text(r, 9)?, text(r, 10)?, text(r, 11)?);
    let interests: Option<String> = r.get(12)?;
    // A competency without a code (made by hand) is known by its short label instead.
    let competency_code = if code.trim().is_empty() {
        short_label(&label, &statement)
    } else {
        code
    };
    Ok((|| {
        let interests = string_list(interests)?;
        Ok(ActivityView {
            id: id.parse()?,
            class_id: class_id.parse()?,
            competency_id,
            competency_code,
            title,
            modality: Modality::parse(&modality),
            minutes: minutes.max(0.0).round() as u32,
            instructions,
            link,
            archived,
            interests,
        })
    })())
}

/// Checks that `competency_id` names a live competency (not a strand) in a framework the
/// class uses, and returns its canonical id. An archived competency is refused unless the
/// activity already practises it (`current`), so an old activity can still be edited.
fn class_competency(
    conn: &Connection,
    class_id: ClassId,
    competency_id: &str,
    current: Option<&str>,
) -> Result<String> {
    let id = parse_id::<NodeId>("competency", competency_id)?;
    let node = get_node(conn, id)?;
    if node.kind != NodeKind::Competency {
        return Err(waypoint_core::Error::invalid(
            "competencyId",
            msg!("store-activity-not-strand"),
        )
        .into());
    }
    let id = node.id.to_string();
    if node.archived && current != Some(id.as_str()) {
        return Err(waypoint_core::Error::invalid(
            "competencyId",
            msg!("store-competency-archived"),
        )
        .into());
    }
    let attached = class_frameworks(conn, class_id)?
        .iter()
        .any(|f| f.id == node.framework_id);
    if !attached {
        return Err(waypoint_core::Error::invalid(
            "competencyId",
            msg!("store-activity-framework-not-attached"),
        )
        .into());
    }
    Ok(id)
}

/// Creates an activity in a class.
pub fn create_activity(
    db: &mut Db,
    class_id: ClassId,
    input: &ActivityInput,
) -> Result<ActivityView> {
    let class_id_key = class_id.to_string();
    let input = input.validate()?;
    let id = db.write(|w| {
        live_fields(w.conn(), &CLASS, "class", &class_id_key)?;
        let mut input = input.clone();
        input.competency_id = class_competency(w.conn(), class_id, &input.competency_id, None)?;
        let id = ActivityId::mint(w.wall_ms(), random10());
        let mut fields = input.to_fields();
        fields.insert("class_id".into(), json!(class_id));
        fields.insert("archived".into(), json!(false));
        w.set(&ACTIVITY, &id.to_string(), fields)?;
        Ok(id)
    })?;
    get_activity(db.conn(), id)
}

/// Edits an activity; only changed fields are written. Playlists that use it show the
/// change at once, since they hold only its id.
pub fn update_activity(db: &mut Db, id: ActivityId, input: &ActivityInput) -> Result<ActivityView> {
    let input = input.validate()?;
    db.write(|w| {
        let old = live_fields(w.conn(), &ACTIVITY, "activity", &id.to_string())?;
        let class_id = field_str(&old, "class_id");
        let mut input = input.clone();
        input.competency_id = class_competency(
            w.conn(),
            class_id.parse()?,
            &input.competency_id,
            Some(&field_str(&old, "competency_id")),
        )?;
        w.set(
            &ACTIVITY,
            &id.to_string(),
            changed_fields(&old, &input.to_fields()),
        )
    })?;
    get_activity(db.conn(), id)
}

/// Archives or unarchives an activity. Playlists that hold it keep it (marked archived);
/// it is no longer offered for new ones.
pub fn set_activity_archived(db: &mut Db, id: ActivityId, archived: bool) -> Result<ActivityView> {
    db.write(|w| set_archived(w, &ACTIVITY, "activity", &id.to_string(), archived))?;
    get_activity(db.conn(), id)
}
