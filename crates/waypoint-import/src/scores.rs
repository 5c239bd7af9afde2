//! Scores files (a quiz's export, an adaptive program's, a teacher's own sheet; CSV or
//! `.xlsx`): read, recognized by a saved column map, given a first map to start from when
//! new, previewed and applied through the store.
//!
//! - [`inspect_scores`]: the file's header and a few rows, the saved map that fits its header
//!   (the same header first; else the closest map, reported as changed), and a guessed map;
//!   [`inspect_scores_with_saved_maps`] against the maps saved on this laptop.
//! - [`preview_scores`] / [`apply_scores`]: the plan against a class, and its evidence
//!   written in one transaction with an undo (see `waypoint_store::imports::scores`).
//! - [`save_scores_map`] / [`saved_scores_map`]: maps kept on this laptop with the header
//!   they were made from.
//!
//! # The guessed map
//!
//! The student column is the first of "Student ID", "SIS ID", "Student Number" (matched by
//! Student ID), "Email Address", "Email", "Username" (by email), "Name", "Full Name",
//! "Student Name", "Student" (by name), or "First Name" with "Last Name" (by name). The date
//! is a "Timestamp", "Date", "Completed" or "Submitted" column, else left for the teacher to
//! give. A sheet with an item column ("Skill", "Item", "Standard", "Question") and a score
//! column ("Score", "Percent", "Points") is long; otherwise each column whose name ends in
//! "%" or is "Score", "Total score", "Percent" or "Total" is a score column (when there is
//! none, each column that holds only numbers). Competencies are left blank: only the
//! teacher knows which column is which competency. The conversion is percent with cut
//! points derived from the scale ("7 / 10", as Google Forms writes a total, reads as 70%).

use std::path::Path;

use serde::{Deserialize, Serialize};
use waypoint_core::ids::ClassId;
use waypoint_core::imports::RowProblem;
use waypoint_core::imports::scores::{
    self, CompetencyColumns, Conversion, DateSource, HeaderCheck, ScoresMap, ScoresPlan, Shape,
    Sheet, SheetRow, StudentFinder, column_key,
};
use waypoint_core::msg;
use waypoint_store::Db;
use waypoint_store::imports::ImportKind;
use waypoint_store::imports::maps::{self, SavedMap};
pub use waypoint_store::imports::scores::ScoresOutcome;

use crate::table::{Table, check_size, read_table};
use crate::{Error, Result};

/// How many rows an inspection shows.
pub const SAMPLE_ROWS: usize = 5;

/// The saved map that fits a file, and how well.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RecognizedMap {
    /// The map's name.
    pub name: String,
    /// The map.
    pub map: ScoresMap,
    /// `same`, or what changed in the file since the map was saved.
    pub check: HeaderCheck,
}

/// A scores file as the import's first screen shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ScoresInspection {
    /// The file's name.
    pub file: String,
    /// Its header.
    pub headers: Vec<String>,
    /// Its first few rows.
    pub sample_rows: Vec<Vec<String>>,
    /// How many rows it has.
    pub row_count: u32,
    /// The saved map for this header, or the closest one with what changed; `None` when no
    /// saved map comes close.
    pub recognized: Option<RecognizedMap>,
    /// A map to start from (see the module doc).
    pub guessed: ScoresMap,
    /// What the reader found odd.
    pub warnings: Vec<RowProblem>,
}

/// A table read by [`read_table`] as the sheet core's plan takes.
pub fn sheet_from_table(table: Table) -> Sheet {
    Sheet {
        file: table.name,
        headers: table.headers,
        rows: table
            .rows
            .into_iter()
            .map(|r| SheetRow {
                line: r.line,
                cells: r.cells,
            })
            .collect(),
        problems: table.warnings,
    }
}

/// Reads a CSV or `.xlsx` scores file (at most [`crate::table::MAX_FILE_BYTES`]).
pub fn read_sheet(path: &Path) -> Result<Sheet> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(Error::NotWhatItClaims {
            name,
            expected: msg!("import-kind-scores-file"),
            reason: msg!("import-why-folder-not-scores"),
        });
    }
    check_size(&name, meta.len())?;
    let bytes = std::fs::read(path).map_err(io)?;
    if bytes.is_empty() {
        return Err(Error::Empty { name });
    }
    Ok(sheet_from_table(read_table(&name, &bytes)?))
}

/// The file at `path` with the map among `saved` that fits it, and a guessed map.
pub fn inspect_scores(path: &Path, saved: &[SavedMap]) -> Result<ScoresInspection> {
    Ok(inspect_sheet(&read_sheet(path)?, saved))
}

/// [`inspect_scores`] against the scores maps saved on this laptop: what the import flow's
/// first step shows.
pub fn inspect_scores_with_saved_maps(db: &Db, path: &Path) -> Result<ScoresInspection> {
    let saved = maps::list_maps(db, ImportKind::Scores)?;
    inspect_scores(path, &saved)
}

/// [`inspect_scores`] on a sheet already read.
pub fn inspect_sheet(sheet: &Sheet, saved: &[SavedMap]) -> ScoresInspection {
    ScoresInspection {
        file: sheet.file.clone(),
        headers: sheet.headers.clone(),
        sample_rows: sheet
            .rows
            .iter()
            .take(SAMPLE_ROWS)
            .map(|r| r.cells.clone())
            .collect(),
        row_count: sheet.rows.len() as u32,
        recognized: recognize(&sheet.headers, saved),
        guessed: guess_map(sheet),
        warnings: sheet.problems.clone(),
    }
}

/// The saved map whose header is this file's (newest first); else the one sharing the most
/// columns with it, if it shares at least half of its own, reported with what changed.
/// Saved maps that are not scores maps (unreadable JSON) are passed over.
pub fn recognize(headers: &[String], saved: &[SavedMap]) -> Option<RecognizedMap> {
    let readable: Vec<(&SavedMap, ScoresMap)> = saved
        .iter()
        .filter_map(|s| Some((s, serde_json::from_value(s.map.clone()).ok()?)))
        .collect();
    let checked = |(s, map): &(&SavedMap, ScoresMap)| RecognizedMap {
        name: s.name.clone(),
        map: map.clone(),
        check: scores::check_headers(&s.headers, map, headers),
    };
    if let Some(same) = readable
        .iter()
        .map(checked)
        .find(|r| r.check == HeaderCheck::Same)
    {
        return Some(same);
    }
    readable
        .iter()
        .map(|r| (scores::headers::overlap(&r.0.headers, headers), r))
        .filter(|(o, _)| *o >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, r)| checked(r))
}

fn find<'a>(headers: &'a [String], names: &[&str]) -> Option<&'a String> {
    names.iter().find_map(|n| {
        let key = column_key(n);
        headers.iter().find(|h| column_key(h) == key)
    })
}

/// A first map for a new file (see the module doc).
pub fn guess_map(sheet: &Sheet) -> ScoresMap {
    let h = &sheet.headers;
    let student = if let Some(c) = find(h, &["Student ID", "SIS ID", "Student Number", "ID Number"])
    {
        StudentFinder::StudentId { column: c.clone() }
    } else if let Some(c) = find(h, &["Email Address", "Email", "Username", "E-mail"]) {
        StudentFinder::Email { column: c.clone() }
    } else if let (Some(g), Some(f)) = (
        find(h, &["First Name", "Given Name", "First"]),
        find(h, &["Last Name", "Family Name", "Surname", "Last"]),
    ) {
        StudentFinder::GivenFamily {
            given_column: g.clone(),
            family_column: f.clone(),
        }
    } else if let Some(c) = find(h, &["Name", "Full Name", "Student Name", "Student"]) {
        StudentFinder::Name { column: c.clone() }
    } else {
        StudentFinder::StudentId {
            column: String::new(),
        }
    };
    let date_column = find(
        h,
        &[
            "Timestamp",
            "Date",
            "Completed",
            "Completed At",
            "Date Completed",
            "Submitted",
            "Submitted At",
        ],
    );
    let date = match date_column {
        Some(c) => DateSource::Column {
            column: c.clone(),
            day_first: false,
        },
        None => DateSource::Fixed {
            date: String::new(),
        },
    };
    let taken: Vec<String> = student_columns(&student)
        .into_iter()
        .chain(date_column.cloned())
        .map(|c| column_key(&c))
        .collect();
    let item = find(h, &["Skill", "Item", "Standard", "Question", "Objective"]);
    let score = find(
        h,
        &["Score", "Percent", "Points", "Percent Correct", "Score (%)"],
    );
    let (shape, competencies) = match (item, score) {
        (Some(item), Some(score)) => {
            let at = h.iter().position(|x| x == item);
            let mut values: Vec<String> = vec![];
            for r in &sheet.rows {
                let v = at.and_then(|i| r.cells.get(i)).map_or("", |s| s.trim());
                if !v.is_empty() && !values.iter().any(|x| x == v) && values.len() < 50 {
                    values.push(v.to_owned());
                }
            }
            (
                Shape::Long {
                    item_column: item.clone(),
                    score_column: score.clone(),
                },
                values
                    .into_iter()
                    .map(|v| blank_competency(vec![v]))
                    .collect(),
            )
        }
        _ => {
            let free = |c: &&String| !taken.contains(&column_key(c));
            let named: Vec<&String> = h
                .iter()
                .filter(free)
                .filter(|c| {
                    c.trim_end().ends_with('%')
                        || ["score", "totalscore", "percent", "total"]
                            .contains(&column_key(c).as_str())
                })
                .collect();
            let columns: Vec<&String> = if named.is_empty() {
                h.iter()
                    .enumerate()
                    .filter(|(_, c)| free(c))
                    .filter(|(i, _)| numeric_column(sheet, *i))
                    .map(|(_, c)| c)
                    .collect()
            } else {
                named
            };
            (
                Shape::Wide,
                columns
                    .into_iter()
                    .map(|c| blank_competency(vec![c.clone()]))
                    .collect(),
            )
        }
    };
    ScoresMap {
        shape,
        student,
        competencies,
        conversion: Conversion::default(),
        kind: waypoint_core::evidence::EvidenceKind::Quiz,
        date,
    }
}

fn blank_competency(columns: Vec<String>) -> CompetencyColumns {
    CompetencyColumns {
        competency: String::new(),
        columns,
        combine: Default::default(),
    }
}

fn student_columns(f: &StudentFinder) -> Vec<String> {
    match f {
        StudentFinder::StudentId { column }
        | StudentFinder::Email { column }
        | StudentFinder::Name { column } => vec![column.clone()],
        StudentFinder::GivenFamily {
            given_column,
            family_column,
        } => vec![given_column.clone(), family_column.clone()],
    }
}

/// True when column `i` has a value in some row and every value is a score.
fn numeric_column(sheet: &Sheet, i: usize) -> bool {
    let mut any = false;
    for r in &sheet.rows {
        let v = r.cells.get(i).map_or("", |s| s.trim());
        if v.is_empty() {
            continue;
        }
        if scores::parse_score(v).is_none() {
            return false;
        }
        any = true;
    }
    any
}

/// What importing the file at `path` into the class through `map` would write; writes
/// nothing.
pub fn preview_scores(
    db: &Db,
    path: &Path,
    class_id: ClassId,
    map: &ScoresMap,
) -> Result<ScoresPlan> {
    let sheet = read_sheet(path)?;
    Ok(waypoint_store::imports::scores::preview_scores(
        db.conn(),
        class_id,
        &sheet,
        map,
    )?)
}

/// Imports the file at `path` into the class through `map`: one transaction, one undo.
pub fn apply_scores(
    db: &mut Db,
    path: &Path,
    class_id: ClassId,
    map: &ScoresMap,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ScoresOutcome> {
    let sheet = read_sheet(path)?;
    Ok(waypoint_store::imports::scores::apply_scores(
        db, class_id, &sheet, map, progress,
    )?)
}

/// Saves `map` as the scores map called `name`, with the header it is for.
pub fn save_scores_map(
    db: &Db,
    name: &str,
    headers: &[String],
    map: &ScoresMap,
    now_ms: u64,
) -> Result<SavedMap> {
    let value = serde_json::to_value(map).map_err(|e| Error::MapUnreadable {
        name: name.to_owned(),
        reason: e.to_string(),
    })?;
    Ok(maps::save_map(
        db,
        ImportKind::Scores,
        name,
        headers,
        &value,
        now_ms,
    )?)
}

/// The scores map saved as `name`, read.
pub fn saved_scores_map(db: &Db, name: &str) -> Result<(SavedMap, ScoresMap)> {
    let saved = maps::list_maps(db, ImportKind::Scores)?
        .into_iter()
        .find(|m| m.name == name)
        .ok_or_else(|| {
            Error::Store(waypoint_store::Error::NotFound {
                what: "saved column map",
                id: name.chars().take(60).collect(),
            })
        })?;
    let map = serde_json::from_value(saved.map.clone()).map_err(|e| Error::MapUnreadable {
        name: name.to_owned(),
        reason: e.to_string(),
    })?;
    Ok((saved, map))
}

/// A map written as JSON (a `--map-file`, or a map a teacher edited), read.
pub fn parse_scores_map(name: &str, json: &str) -> Result<ScoresMap> {
    serde_json::from_str(json).map_err(|e| Error::MapUnreadable {
        name: name.to_owned(),
        reason: e.to_string(),
    })
}
