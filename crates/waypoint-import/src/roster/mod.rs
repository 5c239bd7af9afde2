//! Roster files read into one [`SourceRoster`], whatever system exported them.
//!
//! [`detect`] recognizes a source from its file set and headers, and [`read`] reads it:
//!
//! - **OneRoster** 1.0, 1.1 and 1.2 CSV ([`oneroster`]): a `manifest.csv` names the version
//!   and whether each file is `bulk`, `delta` or `absent`; a set without one is 1.0.
//! - **Clever** CSV ([`clever`]): `students.csv`, `teachers.csv`, `sections.csv`,
//!   `enrollments.csv` (and `schools.csv` for school names).
//! - **Microsoft School Data Sync** v1 (`Student.csv`, `Section.csv`, `StudentEnrollment.csv`, …)
//!   and v2.1 (`users.csv`, `roles.csv`, `classes.csv`, `enrollments.csv` with no manifest)
//!   ([`sds`]).
//! - **Any spreadsheet**, one CSV or `.xlsx` file with a row per student (or per student and
//!   section), read through a [`RosterColumns`] map the teacher confirms ([`spreadsheet`]).
//!
//! Every reader maps columns by header name (ignoring case, spaces, `_`, `.` and `-`), never
//! by position, so extra columns (OneRoster's `metadata.*`, a vendor's `ext_*`) and shuffled
//! columns are read alike. What the CSV layer tolerates (BOM, CR/LF/CRLF, quoting, ragged
//! rows) is in [`crate::table`]; its warnings land in [`SourceRoster::problems`].

pub mod clever;
pub mod oneroster;
pub mod sds;
pub mod spreadsheet;
#[doc(hidden)]
pub mod synthetic;

use waypoint_core::imports::RowProblem;
use waypoint_core::imports::roster::{RosterFormat, SourceRoster};
use waypoint_core::messages::Message;
use waypoint_core::msg;

use crate::source::{Source, SourceFile};
use crate::table::{Table, read_csv, read_table};
use crate::{Error, Result};

pub use spreadsheet::{RosterColumns, guess_columns};

/// Which roster format `source` is, from its file names and headers; `None` when it is
/// none of them (a zip of unrelated CSV files, say).
pub fn detect(source: &Source) -> Option<RosterFormat> {
    if let Some(manifest) = source.file("manifest.csv") {
        return Some(oneroster::version_of(manifest));
    }
    if source.has("users.csv") {
        // OneRoster 1.0 (no manifest) has a `role` column in users.csv; School Data Sync
        // v2.1 keeps roles in roles.csv and never writes a manifest.
        let has_role = headers(source.file("users.csv"))
            .is_some_and(|h| h.iter().any(|c| crate::table::header_key(c) == "role"));
        if !has_role && source.has("roles.csv") {
            return Some(RosterFormat::SdsV21);
        }
        return Some(RosterFormat::OneRoster10);
    }
    if source.has("students.csv") || source.has("sections.csv") {
        return Some(RosterFormat::Clever);
    }
    if source.has("student.csv") || source.has("section.csv") {
        return Some(RosterFormat::SdsV1);
    }
    if source.files.len() == 1 {
        return Some(RosterFormat::Table);
    }
    None
}

/// Reads `source` as the roster [`detect`] recognizes. `columns` is the map for a
/// spreadsheet (when `None`, [`guess_columns`] is used and must find the names); the
/// structured formats ignore it.
pub fn read(source: &Source, columns: Option<&RosterColumns>) -> Result<SourceRoster> {
    match detect(source) {
        Some(
            f @ (RosterFormat::OneRoster10 | RosterFormat::OneRoster11 | RosterFormat::OneRoster12),
        ) => oneroster::read(source, f),
        Some(RosterFormat::Clever) => clever::read(source),
        Some(RosterFormat::SdsV1) => sds::read_v1(source),
        Some(RosterFormat::SdsV21) => sds::read_v21(source),
        Some(RosterFormat::Table) => spreadsheet::read(source, columns),
        None => Err(Error::NotARoster {
            name: source.name.clone(),
        }),
    }
}

/// The header of a CSV file, read from its first line only (for recognizing a format).
fn headers(file: Option<&SourceFile>) -> Option<Vec<String>> {
    let file = file?;
    let end = file
        .bytes
        .iter()
        .position(|b| *b == b'\n' || *b == b'\r')
        .unwrap_or(file.bytes.len());
    read_csv(&file.name, &file.bytes[..end])
        .ok()
        .map(|t| t.headers)
}

/// The files of one source being read, and the problems met so far.
pub(crate) struct Reading<'a> {
    pub source: &'a Source,
    pub format: RosterFormat,
    pub problems: Vec<RowProblem>,
}

impl<'a> Reading<'a> {
    pub fn new(source: &'a Source, format: RosterFormat) -> Reading<'a> {
        Reading {
            source,
            format,
            problems: vec![],
        }
    }

    /// The file called `name` as a table, or `None` when the source has no such file.
    pub fn optional(&mut self, name: &str) -> Result<Option<Table>> {
        let Some(file) = self.source.file(name) else {
            return Ok(None);
        };
        let mut table = read_table(&file.name, &file.bytes)?;
        self.problems.append(&mut table.warnings);
        Ok(Some(table))
    }

    /// The file called `name`, which the format cannot do without.
    pub fn required(&mut self, name: &str) -> Result<Table> {
        self.optional(name)?.ok_or_else(|| Error::MissingFile {
            name: self.source.name.clone(),
            format: self.format.label(),
            missing: name.to_owned(),
        })
    }

    /// The roster, with the problems gathered.
    pub fn roster(self) -> SourceRoster {
        let mut roster = SourceRoster::new(self.format, &self.source.name);
        roster.problems = self.problems;
        roster
    }
}

/// The column called one of `names` in `table`, which the reader cannot do without.
pub(crate) fn need(table: &Table, names: &[&str], why: Message) -> Result<usize> {
    table.column(names).ok_or_else(|| Error::MissingColumn {
        file: table.name.clone(),
        column: names[0].to_owned(),
        why,
    })
}

/// A date as `YYYY-MM-DD`, from what rosters write: `YYYY-MM-DD` (with or without a time
/// after it), `YYYYMMDD`, `YYYY/MM/DD`, US `M/D/YYYY` and European `D.M.YYYY`. `None` when
/// the text is none of these or no such day exists; "" reads as "".
pub fn parse_date(text: &str) -> Option<String> {
    use chrono::NaiveDate;
    let text = text.trim();
    if text.is_empty() {
        return Some(String::new());
    }
    // A time after the date ("2010-04-17T00:00:00.000Z", "2010-04-17 00:00") is dropped.
    let day = text.split(['T', ' ']).next().unwrap_or(text);
    let parsed = if day.len() == 8 && day.bytes().all(|b| b.is_ascii_digit()) {
        NaiveDate::parse_from_str(day, "%Y%m%d").ok()
    } else if day.contains('-') {
        NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
    } else if day.contains('/') {
        if day.split('/').next().is_some_and(|y| y.len() == 4) {
            NaiveDate::parse_from_str(day, "%Y/%m/%d").ok()
        } else {
            NaiveDate::parse_from_str(day, "%m/%d/%Y").ok()
        }
    } else if day.contains('.') {
        NaiveDate::parse_from_str(day, "%d.%m.%Y").ok()
    } else {
        None
    };
    parsed
        .filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d)))
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// Reads a birth date cell, warning (and reading "") when it is not a date.
pub(crate) fn birth_date(
    text: &str,
    file: &str,
    line: u32,
    problems: &mut Vec<RowProblem>,
) -> String {
    parse_date(text).unwrap_or_else(|| {
        problems.push(RowProblem::warning(
            file,
            line,
            msg!("import-roster-bad-birth-date", line = line, date = text),
        ));
        String::new()
    })
}

/// The first of a list cell's values (`"09,10"` → `"09"`), for a student's grade.
pub(crate) fn first_of_list(text: &str) -> String {
    text.split(',')
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or("")
        .to_owned()
}

/// A role word as a contact's relationship: `guardian` → `Guardian`.
pub(crate) fn relationship_label(role: &str) -> String {
    let mut chars = role.trim().chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase()
            .chain(chars.map(|c| c.to_ascii_lowercase()))
            .collect()
    })
}

/// Adds `id` to `ids` unless it is there already (enrollments are listed without repeats).
pub(crate) fn push_once(ids: &mut Vec<String>, id: &str) {
    if !ids.iter().any(|i| i == id) {
        ids.push(id.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_every_common_shape_read_as_iso() {
        for (text, want) in [
            ("2010-04-17", Some("2010-04-17")),
            ("2010-04-17T00:00:00.000Z", Some("2010-04-17")),
            ("20100417", Some("2010-04-17")),
            ("4/17/2010", Some("2010-04-17")),
            ("04/07/2010", Some("2010-04-07")),
            ("17.4.2010", Some("2010-04-17")),
            ("2010/04/17", Some("2010-04-17")),
            ("", Some("")),
            ("17/4/2010", None),
            ("2010-02-30", None),
            ("soon", None),
        ] {
            assert_eq!(
                parse_date(text).as_deref(),
                want,
                "{text:?} reads as the day it names, or not at all"
            );
        }
    }

    #[test]
    fn an_unreadable_birth_date_is_a_warning_and_reads_empty() {
        let mut problems = vec![];
        assert_eq!(birth_date("31/31/2010", "users.csv", 4, &mut problems), "");
        assert_eq!(problems.len(), 1, "one warning for the one bad date");
        assert_eq!(
            problems[0].level,
            waypoint_core::imports::ProblemLevel::Warning,
            "the student is still imported, without the date"
        );
    }

    #[test]
    fn role_words_read_as_relationships() {
        assert_eq!(relationship_label("guardian"), "Guardian", "capitalized");
        assert_eq!(relationship_label("PARENT"), "Parent", "whatever the case");
        assert_eq!(
            first_of_list("09, 10,11"),
            "09",
            "the first grade of a list"
        );
    }
}
