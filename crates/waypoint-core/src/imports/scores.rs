//! What a scores import will write: a quiz's, an adaptive program's or a teacher's own sheet
//! read through a column map ([`ScoresMap`]) into evidence per student and competency, with
//! the students it could not match and the scores it could not use.
//!
//! # The map
//!
//! - **Shape.** `wide`: one row per student, a column per item or competency (several
//!   columns may feed one competency). `long`: one row per student and item, with an item
//!   column and a score column; a competency's `columns` then name item values.
//! - **Student.** By Student ID (the student's `student_number`, or the roster's own id they
//!   were imported with; leading zeros do not matter, since Excel drops them), by email, by
//!   one name column ("Last, First" or "First Last"; a preferred name counts as a first
//!   name) or by given and family name columns. A row matching no student, or more than
//!   one, is listed as not matched, with its line.
//! - **Combining.** A competency's columns (wide) or rows (long: the rows of one student,
//!   competency and day) are averaged or summed; empty cells are skipped silently.
//! - **Conversion** to the competency's scale: see [`convert`].
//! - **Kind and date.** One kind of evidence for the file; the date from a column (any of
//!   `YYYY-MM-DD`, `YYYY/MM/DD`, `M/D/YYYY` or with `dayFirst` `D/M/YYYY`, `D.M.YYYY`,
//!   with a time after it or not, as a timestamp column has) or one date for every row.
//!
//! # Rows that cannot be used
//!
//! A score that is not a number or is out of the conversion's range is a row problem (file,
//! line, column, reason) and that piece of evidence is left out; the rest of the row is used.
//! A row whose date cannot be read is left out. A map the file does not fit (a mapped column
//! is gone, a competency the class does not have, a cut point off the scale) is an error:
//! nothing is planned, so a file is never imported half-mapped.
//!
//! # Never duplicates
//!
//! Evidence ids are minted from the clock, so a second import cannot find "its" rows by id.
//! Instead a piece of evidence is the same as one already there when its student,
//! competency, date, level and note are all equal (the note names the file); it is shown as
//! "already there" and not written again. Importing the same file twice therefore writes
//! nothing the second time; a corrected score in a newer file is new evidence, as a re-take
//! would be.

pub mod convert;
mod find;
pub mod headers;
mod map;

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::RowProblem;
use crate::evidence::{EvidenceKind, NOTE_MAX};
use crate::ids::{NodeId, StudentId};
use crate::mastery::Scale;
use crate::messages::{Decimal, Message};
use crate::msg;
use crate::{Error, Result};

use find::{Found, find_student};

pub use convert::{Conversion, Cut, default_cuts, parse_score};
pub use find::parse_date;
pub use headers::{HeaderCheck, Rename, check_headers, column_key, missing_columns};
pub use map::{Combine, CompetencyColumns, DateSource, ScoresMap, Shape, StudentFinder};

/// A file read as a header and rows (what `waypoint-import` reads a CSV or Excel sheet into).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Sheet {
    /// The file's name, for messages and the evidence's note.
    pub file: String,
    /// The header's cells.
    pub headers: Vec<String>,
    /// The rows after the header.
    pub rows: Vec<SheetRow>,
    /// What the reader found odd (a ragged row, a Windows-1252 file).
    pub problems: Vec<RowProblem>,
}

/// One row of a [`Sheet`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SheetRow {
    /// The line it starts on (the header is line 1).
    pub line: u32,
    /// Its cells, one per header column.
    pub cells: Vec<String>,
}

/// A student of the class, as matching needs them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreStudent {
    /// Its id.
    pub id: StudentId,
    /// Its name as shown.
    pub display_name: String,
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Preferred name, or "".
    pub preferred_name: String,
    /// Student ID, or "".
    pub student_number: String,
    /// The roster's id for the student, or "".
    pub source_id: String,
    /// Email, or "".
    pub email: String,
}

/// A competency of the class's frameworks, with its framework's scale.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreCompetency {
    /// Its id.
    pub id: NodeId,
    /// Its code, or "".
    pub code: String,
    /// Its short label.
    pub label: String,
    /// Its framework's scale.
    pub scale: Scale,
}

/// A piece of evidence already recorded, as duplicates are told by.
#[derive(Debug, Clone, PartialEq)]
pub struct ExistingEvidence {
    /// The student.
    pub student_id: StudentId,
    /// The competency.
    pub competency_id: NodeId,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The level.
    pub level: f64,
    /// The note.
    pub note: String,
}

/// A cell that fed a piece of evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SourceCell {
    /// Its line.
    pub line: u32,
    /// Its column (wide) or item (long).
    pub column: String,
    /// What the file says.
    pub value: String,
}

/// One piece of evidence the import writes (or finds already there).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlannedEvidence {
    /// The student.
    pub student_id: StudentId,
    /// Their name.
    pub student_name: String,
    /// The competency.
    pub competency_id: NodeId,
    /// Its code, or its label when it has none.
    pub competency: String,
    /// The combined score, before conversion.
    pub score: f64,
    /// The level it converts to.
    pub level: f64,
    /// That level's label on the scale.
    pub level_label: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The kind of evidence.
    pub kind: EvidenceKind,
    /// "Imported from <file>".
    pub note: String,
    /// The cells it came from.
    pub sources: Vec<SourceCell>,
    /// True when the same evidence is already recorded (or planned earlier in the file):
    /// it is not written again.
    pub already_there: bool,
}

/// A row whose student was not found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UnmatchedStudent {
    /// Its line.
    pub line: u32,
    /// What the row says about the student (the id, email or name).
    pub value: String,
    /// Why it matched no one.
    pub reason: Message,
}

/// Totals, for the summary line and the result.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ScoresCounts {
    /// Evidence to write.
    pub evidence_new: u32,
    /// Evidence already there, not written again.
    pub evidence_already: u32,
    /// Students with at least one piece of evidence in the file.
    pub students_matched: u32,
    /// Rows whose student was not found.
    pub rows_unmatched: u32,
    /// Scores or rows left out as problems.
    pub problems: u32,
}

/// Everything a scores import will do, for the preview; applying writes exactly the
/// evidence not already there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ScoresPlan {
    /// The file's name.
    pub source: String,
    /// Per student and competency, in file order.
    pub evidence: Vec<PlannedEvidence>,
    /// Rows whose student was not found.
    pub unmatched: Vec<UnmatchedStudent>,
    /// Items (long shape) the map does not assign to a competency.
    pub unmapped_items: Vec<String>,
    /// Scores not numbers or out of range, unreadable dates, the reader's warnings.
    pub problems: Vec<RowProblem>,
    /// Totals.
    pub counts: ScoresCounts,
}

impl ScoresPlan {
    /// True when applying would write nothing.
    pub fn is_empty(&self) -> bool {
        self.counts.evidence_new == 0
    }
}

/// A competency of the map resolved against the class, with its checked cut points.
struct Target<'a> {
    competency: &'a ScoreCompetency,
    columns: &'a CompetencyColumns,
    cuts: Vec<Cut>,
}

/// Works out the plan for `sheet` read through `map`, against the class's students,
/// competencies and the evidence it already has. Errors when the map does not fit the file
/// or the class (see the module doc); row-level trouble is in the plan.
pub fn plan(
    sheet: &Sheet,
    map: &ScoresMap,
    students: &[ScoreStudent],
    competencies: &[ScoreCompetency],
    existing: &[ExistingEvidence],
) -> Result<ScoresPlan> {
    let targets = resolve(map, competencies)?;
    let missing = missing_columns(map, &sheet.headers);
    if !missing.is_empty() {
        let list: Vec<String> = missing.iter().map(|c| format!("\"{c}\"")).collect();
        return Err(Error::invalid(
            "map",
            msg!(
                "import-scores-map-columns-missing",
                file = sheet.file.clone(),
                columns = list.join(", "),
                count = missing.len()
            ),
        ));
    }
    let fixed_date = match &map.date {
        DateSource::Fixed { date } => {
            let d = crate::validate::date("date", crate::msg!("core-label-the-date"), date)?;
            if d.is_empty() {
                return Err(Error::invalid("date", msg!("import-scores-choose-date")));
            }
            Some(d)
        }
        DateSource::Column { .. } => None,
    };
    let col = |name: &str| {
        let key = column_key(name);
        sheet.headers.iter().position(|h| column_key(h) == key)
    };
    let cell = |row: &'_ SheetRow, name: &str| -> String {
        col(name)
            .and_then(|i| row.cells.get(i))
            .map_or(String::new(), |c| c.trim().to_owned())
    };
    let note: String = format!("Imported from {}", sheet.file)
        .chars()
        .take(NOTE_MAX)
        .collect();
    let mut b = Builder {
        file: &sheet.file,
        map,
        problems: sheet.problems.clone(),
        groups: vec![],
        index: HashMap::new(),
    };
    let mut unmatched = vec![];
    let mut unmapped: BTreeSet<String> = BTreeSet::new();
    for row in &sheet.rows {
        let student = match find_student(&map.student, row, &cell, students) {
            Found::One(s) => s,
            Found::Blank => continue,
            Found::Nobody(value, reason) => {
                unmatched.push(UnmatchedStudent {
                    line: row.line,
                    value,
                    reason,
                });
                continue;
            }
        };
        let date = match (&fixed_date, &map.date) {
            (Some(d), _) => d.clone(),
            (None, DateSource::Column { column, day_first }) => {
                let raw = cell(row, column);
                match parse_date(&raw, *day_first) {
                    Some(d) => d,
                    None => {
                        let shown: String = raw.chars().take(40).collect();
                        b.problems.push(RowProblem::skipped(
                            &sheet.file,
                            row.line,
                            msg!(
                                "import-scores-bad-date",
                                line = row.line,
                                date = shown,
                                column = column
                            ),
                        ));
                        continue;
                    }
                }
            }
            (None, DateSource::Fixed { .. }) => continue,
        };
        match &map.shape {
            Shape::Wide => {
                for (t, target) in targets.iter().enumerate() {
                    let cells = target
                        .columns
                        .columns
                        .iter()
                        .map(|c| (c.clone(), cell(row, c)))
                        .collect();
                    // Each row is its own attempt: rows are never merged in the wide shape.
                    b.add((student, t, date.clone(), Some(row.line)), row.line, cells);
                }
            }
            Shape::Long {
                item_column,
                score_column,
            } => {
                let item = cell(row, item_column);
                if item.is_empty() {
                    continue;
                }
                let key = column_key(&item);
                let Some(t) = targets
                    .iter()
                    .position(|t| t.columns.columns.iter().any(|c| column_key(c) == key))
                else {
                    unmapped.insert(item);
                    continue;
                };
                let score = cell(row, score_column);
                b.add((student, t, date, None), row.line, vec![(item, score)]);
            }
        }
    }
    let mut seen: HashSet<(StudentId, NodeId, String, u64, String)> = existing
        .iter()
        .map(|e| {
            (
                e.student_id,
                e.competency_id,
                e.date.clone(),
                level_key(e.level),
                e.note.clone(),
            )
        })
        .collect();
    let by_id: HashMap<StudentId, &ScoreStudent> = students.iter().map(|s| (s.id, s)).collect();
    let mut evidence = vec![];
    for g in std::mem::take(&mut b.groups) {
        let target = &targets[g.key.1];
        let Some(score) = b.combine(&g, target) else {
            continue;
        };
        let scale = &target.competency.scale;
        let Some(level) = map.conversion.level(score, scale, &target.cuts) else {
            continue;
        };
        let student = by_id[&g.key.0];
        let already = !seen.insert((
            student.id,
            target.competency.id,
            g.key.2.clone(),
            level_key(level),
            note.clone(),
        ));
        evidence.push(PlannedEvidence {
            student_id: student.id,
            student_name: student.display_name.clone(),
            competency_id: target.competency.id,
            competency: competency_name(target.competency),
            score: (score * 100.0).round() / 100.0,
            level,
            level_label: scale.label_for(level).to_owned(),
            date: g.key.2.clone(),
            kind: map.kind,
            note: note.clone(),
            sources: g.sources,
            already_there: already,
        });
    }
    // Dates are read as rows go, scores once rows are grouped: shown in line order.
    b.problems.sort_by_key(|p| p.line);
    let students_matched = evidence
        .iter()
        .map(|e| e.student_id)
        .collect::<BTreeSet<_>>()
        .len() as u32;
    let counts = ScoresCounts {
        evidence_new: evidence.iter().filter(|e| !e.already_there).count() as u32,
        evidence_already: evidence.iter().filter(|e| e.already_there).count() as u32,
        students_matched,
        rows_unmatched: unmatched.len() as u32,
        problems: b
            .problems
            .iter()
            .filter(|p| p.level == super::ProblemLevel::Skipped)
            .count() as u32,
    };
    Ok(ScoresPlan {
        source: sheet.file.clone(),
        evidence,
        unmatched,
        unmapped_items: unmapped.into_iter().collect(),
        problems: b.problems,
        counts,
    })
}

/// A level as an exact key (levels are scale values, so equal levels are equal bits once
/// rounded to a millionth).
fn level_key(level: f64) -> u64 {
    ((level * 1e6).round() as i64) as u64
}

fn competency_name(c: &ScoreCompetency) -> String {
    if c.code.is_empty() {
        c.label.clone()
    } else {
        c.code.clone()
    }
}

/// The map's competencies found in the class, with their cut points checked on their scale.
fn resolve<'a>(map: &'a ScoresMap, competencies: &'a [ScoreCompetency]) -> Result<Vec<Target<'a>>> {
    map.conversion.check()?;
    if map.competencies.is_empty() {
        return Err(Error::invalid(
            "competencies",
            msg!("import-scores-no-competency"),
        ));
    }
    map.competencies
        .iter()
        .map(|cc| {
            let wanted = cc.competency.trim();
            let by_id: Vec<&ScoreCompetency> = competencies
                .iter()
                .filter(|c| c.id.to_string() == wanted)
                .collect();
            let found: Vec<&ScoreCompetency> = if by_id.is_empty() {
                competencies
                    .iter()
                    .filter(|c| !c.code.is_empty() && c.code.eq_ignore_ascii_case(wanted))
                    .collect()
            } else {
                by_id
            };
            let competency = match found.as_slice() {
                [one] => *one,
                [] if wanted.is_empty() => {
                    return Err(Error::invalid(
                        "competencies",
                        msg!(
                            "import-scores-choose-competency",
                            count = cc.columns.len(),
                            columns = quoted(&cc.columns)
                        ),
                    ));
                }
                [] => {
                    return Err(Error::invalid(
                        "competencies",
                        msg!("import-scores-unknown-competency", code = wanted),
                    ));
                }
                _ => {
                    return Err(Error::invalid(
                        "competencies",
                        msg!("import-scores-ambiguous-competency", code = wanted),
                    ));
                }
            };
            if cc.columns.iter().all(|c| c.trim().is_empty()) {
                return Err(Error::invalid(
                    "competencies",
                    msg!(
                        "import-scores-choose-columns",
                        competency = competency_name(competency)
                    ),
                ));
            }
            let cuts = match &map.conversion {
                Conversion::Percent { cuts } | Conversion::Points { cuts, .. } => {
                    convert::check_cuts(cuts, &competency.scale)?
                }
                Conversion::Vendor { .. } => vec![],
            };
            Ok(Target {
                competency,
                columns: cc,
                cuts,
            })
        })
        .collect()
}

fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Student, target index, date, and (wide shape) the row, so each row stays its own group.
type GroupKey = (StudentId, usize, String, Option<u32>);

struct Group {
    key: GroupKey,
    /// Column (or item) and cell, with the line.
    cells: Vec<(u32, String, String)>,
    sources: Vec<SourceCell>,
}

struct Builder<'a> {
    file: &'a str,
    map: &'a ScoresMap,
    problems: Vec<RowProblem>,
    groups: Vec<Group>,
    index: HashMap<GroupKey, usize>,
}

impl Builder<'_> {
    fn add(&mut self, key: GroupKey, line: u32, cells: Vec<(String, String)>) {
        let cells: Vec<(u32, String, String)> = cells
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(c, v)| (line, c, v))
            .collect();
        if cells.is_empty() {
            return;
        }
        let at = *self.index.entry(key.clone()).or_insert_with(|| {
            self.groups.push(Group {
                key,
                cells: vec![],
                sources: vec![],
            });
            self.groups.len() - 1
        });
        let g = &mut self.groups[at];
        g.sources
            .extend(cells.iter().map(|(line, column, value)| SourceCell {
                line: *line,
                column: column.clone(),
                value: value.clone(),
            }));
        g.cells.extend(cells);
    }

    /// The group's combined score, or `None` (with a problem) when a cell is not a score or
    /// a score is out of range: a sum or average over the cells that happen to be readable
    /// would be a wrong score, so the whole piece of evidence is left out.
    fn combine(&mut self, g: &Group, target: &Target<'_>) -> Option<f64> {
        let conversion = &self.map.conversion;
        let (lo, hi) = conversion.range();
        let combine = target.columns.combine;
        let name = competency_name(target.competency);
        let mut values = vec![];
        for (line, column, raw) in &g.cells {
            let shown: String = raw.chars().take(40).collect();
            let Some(score) = convert::parse_score(raw) else {
                self.problems.push(RowProblem::skipped(
                    self.file,
                    *line,
                    msg!(
                        "import-scores-not-a-score",
                        line = *line,
                        column = column,
                        value = shown,
                        competency = name.clone()
                    ),
                ));
                return None;
            };
            let v = conversion.value_of(score);
            let in_range = match combine {
                Combine::Average => v >= lo - 1e-9 && v <= hi + 1e-9,
                Combine::Sum => v >= lo - 1e-9,
            };
            if !in_range {
                self.problems.push(RowProblem::skipped(
                    self.file,
                    *line,
                    msg!(
                        "import-scores-out-of-range",
                        line = *line,
                        column = column,
                        value = shown,
                        low = Decimal::rounded(lo, 2),
                        high = Decimal::rounded(hi, 2),
                        competency = name.clone()
                    ),
                ));
                return None;
            }
            values.push(v);
        }
        let total: f64 = values.iter().sum();
        let score = match combine {
            Combine::Sum => total,
            Combine::Average => total / values.len() as f64,
        };
        if score > hi + 1e-9 {
            let line = g.cells.first().map_or(0, |c| c.0);
            self.problems.push(RowProblem::skipped(
                self.file,
                line,
                msg!(
                    "import-scores-sum-too-high",
                    line = line,
                    competency = name,
                    total = Decimal::rounded(score, 2),
                    high = Decimal::rounded(hi, 2)
                ),
            ));
            return None;
        }
        Some(score)
    }
}

#[cfg(test)]
mod tests;
