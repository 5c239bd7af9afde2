//! Microsoft School Data Sync CSV, as Microsoft's "CSV files for School Data Sync" (v1) and
//! "SDS V2.1 CSV file format" pages define them.
//!
//! - **v1**: `Student.csv` (`SIS ID`, `First Name`, `Last Name`, `Student Number`, `Grade`,
//!   `Birthdate`, `Secondary Email`, `Username`), `Teacher.csv` (`SIS ID`, `First Name`,
//!   `Last Name`, `Secondary Email`, `Username`), `Section.csv` (`SIS ID`, `School SIS ID`,
//!   `Section Name`, `Course Subject`, `Course Name`), `StudentEnrollment.csv` and
//!   `TeacherRoster.csv` (`Section SIS ID`, `SIS ID`), `School.csv` (`SIS ID`, `Name`). The
//!   email is `Secondary Email`, else the `Username` when it is an address.
//! - **v2.1**: OneRoster-shaped without a manifest or statuses: `orgs.csv`, `users.csv`
//!   (`sourcedId`, `givenName`, `familyName`, `email`, `phone`), `roles.csv`
//!   (`userSourcedId`, `role`, `grade`), `classes.csv` (`sourcedId`, `title`,
//!   `orgSourcedId`), `enrollments.csv` (`classSourcedId`, `userSourcedId`, `role`;
//!   `professor` counts as teaching), `relationships.csv` (`userSourcedId`,
//!   `relationshipUserSourcedId`, `relationshipRole`: family contacts) and
//!   `demographics.csv` (`userSourcedId`, `birthDate`). It is read by the OneRoster reader.
//!
//! School Data Sync takes whole files only, so both rosters are complete.

use std::collections::HashMap;

use waypoint_core::imports::RowProblem;
use waypoint_core::imports::roster::{
    RosterFormat, SourceRoster, SourceSection, SourceStudent, SourceTeacher,
};
use waypoint_core::msg;

use super::{Reading, birth_date, need, push_once};
use crate::Result;
use crate::source::Source;
use crate::table::Table;

/// Reads a School Data Sync v2.1 set.
pub fn read_v21(source: &Source) -> Result<SourceRoster> {
    super::oneroster::read_people(source, RosterFormat::SdsV21)
}

/// Reads a School Data Sync v1 set.
pub fn read_v1(source: &Source) -> Result<SourceRoster> {
    let mut r = Reading::new(source, RosterFormat::SdsV1);
    let students = r.required("Student.csv")?;
    let sections = r.required("Section.csv")?;
    let enrollments = r.required("StudentEnrollment.csv")?;
    let teachers = r.optional("Teacher.csv")?;
    let rosters = r.optional("TeacherRoster.csv")?;
    let schools = r.optional("School.csv")?;
    let mut problems = std::mem::take(&mut r.problems);
    let mut roster = r.roster();

    let mut school_names = HashMap::new();
    if let Some(t) = &schools {
        let (id, name) = (t.column(&["SIS ID"]), t.column(&["Name"]));
        for row in &t.rows {
            school_names.insert(t.cell(row, id).to_owned(), t.cell(row, name).to_owned());
        }
    }

    let email_of = |t: &Table, row, secondary, username| -> String {
        match t.cell(row, secondary) {
            "" => {
                let u = t.cell(row, username);
                if u.contains('@') { u } else { "" }.to_owned()
            }
            e => e.to_owned(),
        }
    };

    if let Some(t) = &teachers {
        let id = need(
            t,
            &["SIS ID"],
            msg!("import-column-identifies-each-teacher"),
        )?;
        let (first, last) = (t.column(&["First Name"]), t.column(&["Last Name"]));
        let (secondary, username) = (t.column(&["Secondary Email"]), t.column(&["Username"]));
        for row in &t.rows {
            let source_id = t.cell(row, Some(id));
            if source_id.is_empty() || roster.teachers.iter().any(|x| x.source_id == source_id) {
                continue;
            }
            roster.teachers.push(SourceTeacher {
                source_id: source_id.to_owned(),
                given_name: t.cell(row, first).to_owned(),
                family_name: t.cell(row, last).to_owned(),
                email: email_of(t, row, secondary, username),
            });
        }
    }

    let t = &students;
    let id = need(
        t,
        &["SIS ID"],
        msg!("import-column-identifies-each-student"),
    )?;
    let (first, last) = (t.column(&["First Name"]), t.column(&["Last Name"]));
    let number = t.column(&["Student Number"]);
    let grade = t.column(&["Grade"]);
    let birth = t.column(&["Birthdate", "Birth Date", "DateOfBirth"]);
    let (secondary, username) = (t.column(&["Secondary Email"]), t.column(&["Username"]));
    let mut student_index = HashMap::new();
    for row in &t.rows {
        let source_id = t.cell(row, Some(id));
        if source_id.is_empty() || student_index.contains_key(source_id) {
            problems.push(RowProblem::skipped(
                &t.name,
                row.line,
                msg!(
                    "import-roster-id-missing-or-repeated",
                    line = row.line,
                    column = "SIS ID"
                ),
            ));
            continue;
        }
        student_index.insert(source_id.to_owned(), roster.students.len());
        roster.students.push(SourceStudent {
            source_id: source_id.to_owned(),
            student_number: t.cell(row, number).to_owned(),
            given_name: t.cell(row, first).to_owned(),
            family_name: t.cell(row, last).to_owned(),
            birth_date: birth_date(t.cell(row, birth), &t.name, row.line, &mut problems),
            grade: t.cell(row, grade).to_owned(),
            email: email_of(t, row, secondary, username),
            ..SourceStudent::default()
        });
    }

    let t = &sections;
    let id = need(
        t,
        &["SIS ID"],
        msg!("import-column-identifies-each-section"),
    )?;
    let name = t.column(&["Section Name"]);
    let course = t.column(&["Course Name"]);
    let subject = t.column(&["Course Subject"]);
    let school = t.column(&["School SIS ID"]);
    let mut section_index = HashMap::new();
    for row in &t.rows {
        let source_id = t.cell(row, Some(id));
        if source_id.is_empty() || section_index.contains_key(source_id) {
            problems.push(RowProblem::skipped(
                &t.name,
                row.line,
                msg!(
                    "import-roster-id-missing-or-repeated",
                    line = row.line,
                    column = "SIS ID"
                ),
            ));
            continue;
        }
        section_index.insert(source_id.to_owned(), roster.sections.len());
        roster.sections.push(SourceSection {
            source_id: source_id.to_owned(),
            name: match t.cell(row, name) {
                "" => t.cell(row, course),
                n => n,
            }
            .to_owned(),
            subject: t.cell(row, subject).to_owned(),
            school: school_names
                .get(t.cell(row, school))
                .cloned()
                .unwrap_or_default(),
            ..SourceSection::default()
        });
    }

    for (table, students_file) in [(Some(&enrollments), true), (rosters.as_ref(), false)] {
        let Some(t) = table else { continue };
        let section = need(
            t,
            &["Section SIS ID"],
            msg!("import-column-names-each-rows-section"),
        )?;
        let person = need(
            t,
            &["SIS ID"],
            msg!("import-column-names-who-is-in-each-section"),
        )?;
        for row in &t.rows {
            let (section_id, person_id) = (t.cell(row, Some(section)), t.cell(row, Some(person)));
            let known = if students_file {
                student_index.contains_key(person_id)
            } else {
                roster.teachers.iter().any(|x| x.source_id == person_id)
            };
            let why = match (section_index.get(section_id), known) {
                (Some(s), true) => {
                    let s = &mut roster.sections[*s];
                    let ids = if students_file {
                        &mut s.student_ids
                    } else {
                        &mut s.teacher_ids
                    };
                    push_once(ids, person_id);
                    continue;
                }
                (None, _) => msg!(
                    "import-why-unknown-section",
                    id = section_id,
                    file = "Section.csv"
                ),
                (_, false) if students_file => msg!(
                    "import-why-unknown-student",
                    id = person_id,
                    file = "Student.csv"
                ),
                (_, false) => msg!(
                    "import-why-unknown-teacher",
                    id = person_id,
                    file = "Teacher.csv"
                ),
            };
            problems.push(RowProblem::skipped(
                &t.name,
                row.line,
                msg!("import-roster-row-left-out", line = row.line, why = why),
            ));
        }
    }
    roster.problems = problems;
    Ok(roster)
}
