//! The roster import as the app and the CLI run it: what a file holds and which of its
//! sections can come in ([`inspect_roster`]), what the teacher's choice would change
//! ([`preview_roster`]) and applying it ([`apply_roster`]).
//!
//! Each step reads the file again from its path, so nothing the UI sends back is trusted
//! but the teacher's choice, and a file changed between preview and apply is applied as it
//! now is. A spreadsheet's column map comes from the teacher, else from a map saved for a
//! file with the same header, else from a guess; once applied it is saved under the file's
//! name, so the next export from the same system is recognized.

use std::path::Path;

use serde::{Deserialize, Serialize};
use waypoint_core::imports::RowProblem;
use waypoint_core::imports::roster::{RosterFormat, SourceRoster};
use waypoint_core::imports::roster_plan::{RosterChoice, RosterPlan, sections_of};
use waypoint_store::Db;
use waypoint_store::imports::roster::{self as store_roster, RosterOutcome, known_classes};
use waypoint_store::imports::{ImportKind, maps};

use crate::Result;
use crate::roster::{self, RosterColumns, guess_columns};
use crate::source::{self, Source};
use crate::table::read_table;

/// A teacher the file names, for "Which one is you?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TeacherOption {
    /// The file's id for them.
    pub source_id: String,
    /// Their name.
    pub name: String,
    /// Their email, or "".
    pub email: String,
    /// How many sections they teach.
    pub section_count: u32,
}

/// A section the teacher may bring in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SectionOption {
    /// The file's id for it.
    pub source_id: String,
    /// Its title.
    pub name: String,
    /// Its subject, or "".
    pub subject: String,
    /// Its grade, or "".
    pub grade_level: String,
    /// Its school, or "".
    pub school: String,
    /// Its teachers' source ids.
    pub teacher_ids: Vec<String>,
    /// Its teachers' names.
    pub teacher_names: Vec<String>,
    /// How many students it enrolls.
    pub student_count: u32,
    /// The class it would update, when the teacher already has one for it.
    pub class_name: Option<String>,
}

/// What a roster file holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RosterInspection {
    /// The file's or folder's name.
    pub source: String,
    /// What it was recognized as.
    pub format: RosterFormat,
    /// For a spreadsheet: what the column map still needs, as sentences (`import-choose-…`
    /// messages). While any is left, there are no sections to choose.
    pub needs_columns: Vec<waypoint_core::messages::Message>,
    /// For a spreadsheet: its header.
    pub headers: Vec<String>,
    /// For a spreadsheet: its first rows, to map columns by.
    pub sample: Vec<Vec<String>>,
    /// For a spreadsheet: the map in use.
    pub columns: Option<RosterColumns>,
    /// The saved map that was recognized from the header, if any.
    pub saved_map: Option<String>,
    /// The teachers, in file order.
    pub teachers: Vec<TeacherOption>,
    /// The sections, in file order.
    pub sections: Vec<SectionOption>,
    /// Students in the file.
    pub student_count: u32,
    /// False for a delta file (only changes).
    pub complete: bool,
    /// Rows that could not be used or were used with a warning.
    pub problems: Vec<RowProblem>,
}

/// How many rows of a spreadsheet the column map is shown with.
const SAMPLE_ROWS: usize = 5;

/// Opens and reads the roster at `path`; `columns` maps a spreadsheet.
pub fn inspect_roster(
    db: &Db,
    path: &Path,
    columns: Option<&RosterColumns>,
) -> Result<RosterInspection> {
    let source = source::open(path)?;
    let format = roster::detect(&source).ok_or_else(|| crate::Error::NotARoster {
        name: source.name.clone(),
    })?;
    let mut inspection = RosterInspection {
        source: source.name.clone(),
        format,
        needs_columns: vec![],
        headers: vec![],
        sample: vec![],
        columns: None,
        saved_map: None,
        teachers: vec![],
        sections: vec![],
        student_count: 0,
        complete: true,
        problems: vec![],
    };
    let columns = if format == RosterFormat::Table {
        let (map, saved) = spreadsheet_columns(db, &source, columns)?;
        let file = &source.files[0];
        let table = read_table(&file.name, &file.bytes)?;
        inspection.headers = table.headers.clone();
        inspection.sample = table
            .rows
            .iter()
            .take(SAMPLE_ROWS)
            .map(|r| r.cells.clone())
            .collect();
        inspection.needs_columns = map.missing();
        inspection.columns = Some(map.clone());
        inspection.saved_map = saved;
        if !inspection.needs_columns.is_empty() {
            return Ok(inspection);
        }
        Some(map)
    } else {
        None
    };
    let roster = roster::read(&source, columns.as_ref())?;
    fill(&mut inspection, &roster, db)?;
    Ok(inspection)
}

/// The map for a spreadsheet: the teacher's, else one saved for this header, else a guess.
fn spreadsheet_columns(
    db: &Db,
    source: &Source,
    columns: Option<&RosterColumns>,
) -> Result<(RosterColumns, Option<String>)> {
    if let Some(c) = columns {
        return Ok((c.clone(), None));
    }
    let file = &source.files[0];
    let table = read_table(&file.name, &file.bytes)?;
    for saved in maps::list_maps(db, ImportKind::Roster)? {
        if saved.headers == table.headers
            && let Ok(map) = serde_json::from_value::<RosterColumns>(saved.map.clone())
        {
            return Ok((map, Some(saved.name)));
        }
    }
    Ok((guess_columns(&table), None))
}

fn fill(inspection: &mut RosterInspection, roster: &SourceRoster, db: &Db) -> Result<()> {
    let known = known_classes(db.conn())?;
    let teacher_name = |id: &str| {
        roster
            .teachers
            .iter()
            .find(|t| t.source_id == id)
            .map(|t| {
                format!("{} {}", t.given_name, t.family_name)
                    .trim()
                    .to_owned()
            })
            .unwrap_or_default()
    };
    inspection.teachers = roster
        .teachers
        .iter()
        .map(|t| TeacherOption {
            source_id: t.source_id.clone(),
            name: teacher_name(&t.source_id),
            email: t.email.clone(),
            section_count: sections_of(roster, &t.source_id).len() as u32,
        })
        .collect();
    inspection.sections = roster
        .sections
        .iter()
        .map(|s| {
            let lower = s.name.trim().to_lowercase();
            let class_name = known
                .iter()
                .find(|c| c.source_id == s.source_id && !s.source_id.is_empty())
                .or_else(|| {
                    known
                        .iter()
                        .find(|c| c.source_id.is_empty() && c.name.trim().to_lowercase() == lower)
                })
                .map(|c| c.name.clone());
            SectionOption {
                source_id: s.source_id.clone(),
                name: s.name.clone(),
                subject: s.subject.clone(),
                grade_level: s.grade_level.clone(),
                school: s.school.clone(),
                teacher_ids: s.teacher_ids.clone(),
                teacher_names: s
                    .teacher_ids
                    .iter()
                    .map(|t| teacher_name(t))
                    .filter(|n| !n.is_empty())
                    .collect(),
                student_count: s.student_ids.len() as u32,
                class_name,
            }
        })
        .collect();
    inspection.student_count = roster.students.len() as u32;
    inspection.complete = roster.complete;
    inspection.problems = roster.problems.clone();
    Ok(())
}

/// Reads the roster at `path` with the map to use for a spreadsheet.
fn read_roster(
    db: &Db,
    path: &Path,
    columns: Option<&RosterColumns>,
) -> Result<(SourceRoster, Option<RosterColumns>, Vec<String>)> {
    let source = source::open(path)?;
    if roster::detect(&source) == Some(RosterFormat::Table) {
        let (map, _) = spreadsheet_columns(db, &source, columns)?;
        let file = &source.files[0];
        let headers = read_table(&file.name, &file.bytes)?.headers;
        let roster = roster::read(&source, Some(&map))?;
        return Ok((roster, Some(map), headers));
    }
    Ok((roster::read(&source, None)?, None, vec![]))
}

/// What importing the roster at `path` with `choice` would change; writes nothing.
pub fn preview_roster(
    db: &Db,
    path: &Path,
    columns: Option<&RosterColumns>,
    choice: &RosterChoice,
) -> Result<RosterPlan> {
    let (roster, _, _) = read_roster(db, path, columns)?;
    Ok(store_roster::preview_roster(db.conn(), &roster, choice)?)
}

/// Applies the roster at `path` with `choice`, in one transaction; a spreadsheet's map is
/// saved under the file's name once applied.
pub fn apply_roster(
    db: &mut Db,
    path: &Path,
    columns: Option<&RosterColumns>,
    choice: &RosterChoice,
    now_ms: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<RosterOutcome> {
    let (roster, map, headers) = read_roster(db, path, columns)?;
    let outcome = store_roster::apply_roster(db, &roster, choice, progress)?;
    if let Some(map) = map {
        let name: String = roster.source.chars().take(maps::MAP_NAME_MAX).collect();
        maps::save_map(
            db,
            ImportKind::Roster,
            &name,
            &headers,
            &serde_json::to_value(&map).map_err(waypoint_store::Error::from)?,
            now_ms,
        )?;
    }
    Ok(outcome)
}
