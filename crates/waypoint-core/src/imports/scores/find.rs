//! A row's student and date: matching by Student ID, email or name against the class (see
//! the parent module's doc for the rules), and reading the dates files write.

use chrono::NaiveDate;

use super::{ScoreStudent, SheetRow, StudentFinder};
use crate::ids::StudentId;
use crate::messages::Message;
use crate::msg;

pub(super) enum Found {
    One(StudentId),
    /// The row names no student and is skipped silently (a blank line of a sheet).
    Blank,
    /// The row's student value, and why it matched no one.
    Nobody(String, Message),
}

/// Names compared for matching: single-spaced, lower case.
fn name_key(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// An id compared for matching: lower case, and digits without leading zeros.
fn id_key(s: &str) -> String {
    let t = s.trim().to_lowercase();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        let stripped = t.trim_start_matches('0');
        if stripped.is_empty() { "0" } else { stripped }.to_owned()
    } else {
        t
    }
}

fn first_names(s: &ScoreStudent) -> [String; 2] {
    [name_key(&s.given_name), name_key(&s.preferred_name)]
}

pub(super) fn find_student(
    finder: &StudentFinder,
    row: &SheetRow,
    cell: &dyn Fn(&SheetRow, &str) -> String,
    students: &[ScoreStudent],
) -> Found {
    let (value, hits): (String, Vec<&ScoreStudent>) = match finder {
        StudentFinder::StudentId { column } => {
            let v = cell(row, column);
            let key = id_key(&v);
            let hits = students
                .iter()
                .filter(|s| {
                    [&s.student_number, &s.source_id]
                        .iter()
                        .any(|n| !n.trim().is_empty() && id_key(n) == key)
                })
                .collect();
            (v, hits)
        }
        StudentFinder::Email { column } => {
            let v = cell(row, column);
            let key = v.to_lowercase();
            let hits = students
                .iter()
                .filter(|s| !s.email.is_empty() && s.email.trim().to_lowercase() == key)
                .collect();
            (v, hits)
        }
        StudentFinder::Name { column } => {
            let v = cell(row, column);
            let hits = match v.split_once(',') {
                Some((family, given)) => {
                    let (family, given) = (name_key(family), name_key(given));
                    students
                        .iter()
                        .filter(|s| {
                            name_key(&s.family_name) == family && first_names(s).contains(&given)
                        })
                        .collect()
                }
                None => {
                    let whole = name_key(&v);
                    students
                        .iter()
                        .filter(|s| {
                            let family = name_key(&s.family_name);
                            first_names(s)
                                .iter()
                                .any(|f| !f.is_empty() && format!("{f} {family}") == whole)
                        })
                        .collect()
                }
            };
            (v, hits)
        }
        StudentFinder::GivenFamily {
            given_column,
            family_column,
        } => {
            let (g, f) = (cell(row, given_column), cell(row, family_column));
            let (given, family) = (name_key(&g), name_key(&f));
            let hits = students
                .iter()
                .filter(|s| name_key(&s.family_name) == family && first_names(s).contains(&given))
                .collect();
            (format!("{g} {f}").trim().to_owned(), hits)
        }
    };
    if value.trim().is_empty() {
        return Found::Blank;
    }
    let by = finder.key();
    match hits.as_slice() {
        [one] => Found::One(one.id),
        [] => Found::Nobody(value, msg!("import-scores-no-student", by = by)),
        _ => Found::Nobody(value, msg!("import-scores-many-students", by = by)),
    }
}

/// Reads a date cell (see the module doc); `None` when it is not a date.
pub fn parse_date(raw: &str, day_first: bool) -> Option<String> {
    let t = raw.trim();
    // The date part of a timestamp: "2026-03-14T10:22:05Z", "3/14/2026 10:22:05".
    let token = t
        .split(|c: char| c.is_whitespace() || c == 'T')
        .next()
        .unwrap_or("");
    let last_part = token.rsplit(['/', '-', '.']).next().unwrap_or("");
    let year_first = token.split(['/', '-', '.']).next().unwrap_or("").len() == 4;
    let format = if year_first && token.contains('-') {
        "%Y-%m-%d"
    } else if year_first && token.contains('/') {
        "%Y/%m/%d"
    } else if last_part.len() != 4 {
        // A two-digit year ("3/14/26") is not guessed at.
        return None;
    } else if token.contains('.') {
        "%d.%m.%Y"
    } else if day_first {
        "%d/%m/%Y"
    } else {
        "%m/%d/%Y"
    };
    let date = NaiveDate::parse_from_str(token, format).ok()?;
    let text = date.format("%Y-%m-%d").to_string();
    crate::validate::date("date", crate::msg!("core-label-date"), &text).ok()
}
