//! Use cases and queries for the school team's reflection on personalized learning: a
//! reflection per team and day, the team's notes on each approach of the tool, and the
//! answers to the three reflection-guide questions.
//!
//! The tool's content (themes, approaches, questions) is [`waypoint_core::team`]'s
//! constants; only the team's words are stored. Notes are one `team_approach_note` row per
//! (reflection, approach), updated in place, so notes on two approaches never touch the
//! same field. Should two laptops each create the row for one approach before syncing, the
//! oldest row (lowest id) is the one shown and edited on every laptop, so they agree.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;
use waypoint_core::ids::{TeamNoteId, TeamReflectionId};
use waypoint_core::msg;
use waypoint_core::op::Fields;
use waypoint_core::roster::changed_fields;
use waypoint_core::team::{TEAM_APPROACH_NOTE, TEAM_REFLECTION};
use waypoint_core::team::{
    TeamReflectionSummary, TeamReflectionView, answer, approach, approach_note, reflection_view,
    team_date, team_name,
};

use crate::device::random10;
use crate::rows::{live_fields, not_found, text};
use crate::{Db, Result};

/// Every team reflection, newest first (by date, then id).
pub fn list_team_reflections(conn: &Connection) -> Result<Vec<TeamReflectionSummary>> {
    let mut stmt = conn.prepare(
        "SELECT id, team, date FROM team_reflection WHERE _deleted = 0
         ORDER BY date DESC, id DESC",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((text(r, 0)?, text(r, 1)?, text(r, 2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(id, team, date)| {
            Ok(TeamReflectionSummary {
                id: id.parse()?,
                team,
                date,
            })
        })
        .collect()
}

/// Starts a team reflection: every note and answer blank.
pub fn create_team_reflection(db: &mut Db, team: &str, date: &str) -> Result<TeamReflectionView> {
    let team = team_name(team)?;
    let date = team_date(date)?;
    let id = db.write(|w| {
        let id = TeamReflectionId::mint(w.wall_ms(), random10());
        let fields: Fields = [
            ("team", json!(team)),
            ("date", json!(date)),
            ("answer_1", json!("")),
            ("answer_2", json!("")),
            ("answer_3", json!("")),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        w.set(&TEAM_REFLECTION, &id.to_string(), fields)?;
        Ok(id)
    })?;
    get_team_reflection(db.conn(), id)
}

/// A team reflection: every approach of the tool with the team's notes ("" where none),
/// and the three questions with their answers.
pub fn get_team_reflection(conn: &Connection, id: TeamReflectionId) -> Result<TeamReflectionView> {
    let (team, date, a1, a2, a3) = conn
        .query_row(
            "SELECT team, date, answer_1, answer_2, answer_3 FROM team_reflection
             WHERE id = ?1 AND _deleted = 0",
            [id.to_string()],
            |r| {
                Ok((
                    text(r, 0)?,
                    text(r, 1)?,
                    text(r, 2)?,
                    text(r, 3)?,
                    text(r, 4)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| not_found("team reflection", id))?;
    let mut stmt = conn.prepare(
        "SELECT approach_id, now, different FROM team_approach_note
         WHERE reflection_id = ?1 AND _deleted = 0 ORDER BY id",
    )?;
    let notes = stmt
        .query_map([id.to_string()], |r| {
            Ok((text(r, 0)?, text(r, 1)?, text(r, 2)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(reflection_view(
        id,
        team,
        date,
        // The first (oldest) row per approach, as the module doc explains.
        |approach_id| {
            notes
                .iter()
                .find(|(a, _, _)| a == approach_id)
                .map(|(_, now, different)| (now.clone(), different.clone()))
        },
        [a1, a2, a3],
    ))
}

/// Saves the team's notes on one approach: "we do this now" and "this is different from
/// our approach". An approach id the tool does not have is refused.
pub fn save_team_approach(
    db: &mut Db,
    id: TeamReflectionId,
    approach_id: &str,
    now: &str,
    different: &str,
) -> Result<TeamReflectionView> {
    let key = id.to_string();
    let Some(approach) = approach(approach_id) else {
        return Err(waypoint_core::Error::invalid(
            "approachId",
            msg!(
                "store-team-no-approach",
                approach = approach_id.chars().take(60).collect::<String>()
            ),
        )
        .into());
    };
    let now = approach_note("now", msg!("store-label-we-do-this-now"), now)?;
    let different = approach_note(
        "different",
        msg!("store-label-this-is-different"),
        different,
    )?;
    db.write(|w| {
        live_fields(w.conn(), &TEAM_REFLECTION, "team reflection", &key)?;
        let existing: Option<String> = w
            .conn()
            .query_row(
                "SELECT id FROM team_approach_note
                 WHERE reflection_id = ?1 AND approach_id = ?2 AND _deleted = 0
                 ORDER BY id LIMIT 1",
                params![key, approach.id],
                |r| r.get(0),
            )
            .optional()?;
        let new: Fields = [("now", json!(now)), ("different", json!(different))]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        match existing {
            Some(note) => {
                let old = live_fields(w.conn(), &TEAM_APPROACH_NOTE, "team note", &note)?;
                w.set(&TEAM_APPROACH_NOTE, &note, changed_fields(&old, &new))
            }
            None => {
                let note = TeamNoteId::mint(w.wall_ms(), random10());
                let mut fields = new;
                fields.insert("reflection_id".into(), json!(id));
                fields.insert("approach_id".into(), json!(approach.id));
                w.set(&TEAM_APPROACH_NOTE, &note.to_string(), fields)
            }
        }
    })?;
    get_team_reflection(db.conn(), id)
}

/// Saves the team's answer to question `question` (1 to 3).
pub fn save_team_answer(
    db: &mut Db,
    id: TeamReflectionId,
    question: u32,
    answer_text: &str,
) -> Result<TeamReflectionView> {
    let key = id.to_string();
    let answer_text = answer(question, answer_text)?;
    db.write(|w| {
        let old = live_fields(w.conn(), &TEAM_REFLECTION, "team reflection", &key)?;
        let new: Fields = [(format!("answer_{question}"), json!(answer_text))]
            .into_iter()
            .collect();
        w.set(&TEAM_REFLECTION, &key, changed_fields(&old, &new))
    })?;
    get_team_reflection(db.conn(), id)
}
