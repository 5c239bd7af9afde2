//! Clever's CSV files, as Clever's "SFTP Instructions" define them ("Preparing students.csv",
//! "Preparing teachers.csv", "Preparing sections.csv", "Preparing enrollments.csv"):
//!
//! - `students.csv`: `Student_id`, `Student_number`, `First_name`, `Last_name`, `Dob`
//!   (Clever writes `MM/DD/YYYY`), `Grade`, `Student_email`, `Home_language`, and one family
//!   contact per row: `Contact_name`, `Contact_relationship` (or `Contact_type`),
//!   `Contact_phone`, `Contact_email`. A student repeated on another row with another
//!   contact gains that contact (how Clever sends several).
//! - `teachers.csv`: `Teacher_id`, `First_name`, `Last_name`, `Teacher_email`.
//! - `sections.csv`: `Section_id`, `School_id`, `Name` (else `Course_name` and
//!   `Section_number`), `Grade`, `Subject`, and `Teacher_id`, `Teacher_2_id`, … `Teacher_N_id`.
//! - `enrollments.csv`: `Section_id`, `Student_id`.
//! - `schools.csv` (optional here): `School_id`, `School_name`.
//!
//! Clever sends whole files, never deltas, so the roster is complete.

use std::collections::HashMap;

use waypoint_core::imports::RowProblem;
use waypoint_core::imports::roster::{
    RosterFormat, SourceRoster, SourceSection, SourceStudent, SourceTeacher,
};
use waypoint_core::msg;
use waypoint_core::roster::FamilyContact;

use super::{Reading, birth_date, need, push_once};
use crate::Result;
use crate::source::Source;
use crate::table::header_key;

/// Reads a Clever set.
pub fn read(source: &Source) -> Result<SourceRoster> {
    let mut r = Reading::new(source, RosterFormat::Clever);
    let students = r.required("students.csv")?;
    let sections = r.required("sections.csv")?;
    let enrollments = r.required("enrollments.csv")?;
    let teachers = r.optional("teachers.csv")?;
    let schools = r.optional("schools.csv")?;
    let mut problems = std::mem::take(&mut r.problems);
    let mut roster = r.roster();

    let mut school_names = HashMap::new();
    if let Some(t) = &schools {
        let (id, name) = (t.column(&["School_id"]), t.column(&["School_name", "Name"]));
        for row in &t.rows {
            school_names.insert(t.cell(row, id).to_owned(), t.cell(row, name).to_owned());
        }
    }

    if let Some(t) = &teachers {
        let id = need(
            t,
            &["Teacher_id"],
            msg!("import-column-identifies-each-teacher"),
        )?;
        let (first, last) = (t.column(&["First_name"]), t.column(&["Last_name"]));
        let email = t.column(&["Teacher_email", "Email"]);
        for row in &t.rows {
            let source_id = t.cell(row, Some(id));
            if source_id.is_empty() || roster.teachers.iter().any(|x| x.source_id == source_id) {
                continue;
            }
            roster.teachers.push(SourceTeacher {
                source_id: source_id.to_owned(),
                given_name: t.cell(row, first).to_owned(),
                family_name: t.cell(row, last).to_owned(),
                email: t.cell(row, email).to_owned(),
            });
        }
    }

    let t = &students;
    let id = need(
        t,
        &["Student_id"],
        msg!("import-column-identifies-each-student"),
    )?;
    let number = t.column(&["Student_number"]);
    let (first, last) = (t.column(&["First_name"]), t.column(&["Last_name"]));
    let dob = t.column(&["Dob", "Birthdate", "Date_of_birth"]);
    let grade = t.column(&["Grade"]);
    let email = t.column(&["Student_email", "Email"]);
    let language = t.column(&["Home_language"]);
    let c_name = t.column(&["Contact_name"]);
    let c_rel = t.column(&["Contact_relationship", "Contact_type"]);
    let c_phone = t.column(&["Contact_phone"]);
    let c_email = t.column(&["Contact_email"]);
    let mut index: HashMap<String, usize> = HashMap::new();
    for row in &t.rows {
        let source_id = t.cell(row, Some(id));
        if source_id.is_empty() {
            problems.push(RowProblem::skipped(
                &t.name,
                row.line,
                msg!(
                    "import-roster-no-id",
                    line = row.line,
                    column = "Student_id"
                ),
            ));
            continue;
        }
        let contact = FamilyContact {
            name: t.cell(row, c_name).to_owned(),
            relationship: t.cell(row, c_rel).to_owned(),
            phone: t.cell(row, c_phone).to_owned(),
            email: t.cell(row, c_email).to_owned(),
            preferred_language: t.cell(row, language).to_owned(),
        };
        let i = match index.get(source_id) {
            Some(i) => *i,
            None => {
                index.insert(source_id.to_owned(), roster.students.len());
                roster.students.push(SourceStudent {
                    source_id: source_id.to_owned(),
                    student_number: t.cell(row, number).to_owned(),
                    given_name: t.cell(row, first).to_owned(),
                    family_name: t.cell(row, last).to_owned(),
                    birth_date: birth_date(t.cell(row, dob), &t.name, row.line, &mut problems),
                    grade: t.cell(row, grade).to_owned(),
                    email: t.cell(row, email).to_owned(),
                    home_language: t.cell(row, language).to_owned(),
                    ..SourceStudent::default()
                });
                roster.students.len() - 1
            }
        };
        let contacts = &mut roster.students[i].contacts;
        if !contact.name.is_empty() && !contacts.contains(&contact) {
            contacts.push(contact);
        }
    }

    let t = &sections;
    let id = need(
        t,
        &["Section_id"],
        msg!("import-column-identifies-each-section"),
    )?;
    let name = t.column(&["Name", "Section_name"]);
    let course = t.column(&["Course_name"]);
    let number = t.column(&["Section_number"]);
    let grade = t.column(&["Grade"]);
    let subject = t.column(&["Subject"]);
    let school = t.column(&["School_id"]);
    // Teacher_id, Teacher_2_id, … Teacher_10_id, in header order.
    let teacher_cols: Vec<usize> = t
        .headers
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            let k = header_key(h);
            k.strip_prefix("teacher")
                .and_then(|r| r.strip_suffix("id"))
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
        })
        .map(|(i, _)| i)
        .collect();
    let mut section_index: HashMap<String, usize> = HashMap::new();
    for row in &t.rows {
        let source_id = t.cell(row, Some(id));
        if source_id.is_empty() || section_index.contains_key(source_id) {
            problems.push(RowProblem::skipped(
                &t.name,
                row.line,
                msg!(
                    "import-roster-id-missing-or-repeated",
                    line = row.line,
                    column = "Section_id"
                ),
            ));
            continue;
        }
        let title = match t.cell(row, name) {
            "" => format!("{} {}", t.cell(row, course), t.cell(row, number))
                .trim()
                .to_owned(),
            n => n.to_owned(),
        };
        let mut section = SourceSection {
            source_id: source_id.to_owned(),
            name: title,
            subject: t.cell(row, subject).to_owned(),
            grade_level: t.cell(row, grade).to_owned(),
            school: school_names
                .get(t.cell(row, school))
                .cloned()
                .unwrap_or_default(),
            ..SourceSection::default()
        };
        for c in &teacher_cols {
            let teacher = t.cell(row, Some(*c));
            if !teacher.is_empty() {
                push_once(&mut section.teacher_ids, teacher);
            }
        }
        section_index.insert(source_id.to_owned(), roster.sections.len());
        roster.sections.push(section);
    }

    let t = &enrollments;
    let section = need(
        t,
        &["Section_id"],
        msg!("import-column-names-each-enrollments-section"),
    )?;
    let student = need(
        t,
        &["Student_id"],
        msg!("import-column-names-each-enrolled-student"),
    )?;
    for row in &t.rows {
        let (section_id, student_id) = (t.cell(row, Some(section)), t.cell(row, Some(student)));
        let why = match (
            section_index.get(section_id),
            index.contains_key(student_id),
        ) {
            (Some(s), true) => {
                push_once(&mut roster.sections[*s].student_ids, student_id);
                continue;
            }
            (None, _) => msg!(
                "import-why-unknown-section",
                id = section_id,
                file = "sections.csv"
            ),
            (_, false) => msg!(
                "import-why-unknown-student",
                id = student_id,
                file = "students.csv"
            ),
        };
        problems.push(RowProblem::skipped(
            &t.name,
            row.line,
            msg!(
                "import-roster-enrollment-left-out",
                line = row.line,
                why = why
            ),
        ));
    }
    roster.problems = problems;
    Ok(roster)
}
