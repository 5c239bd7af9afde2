//! Any CSV or Excel class list, read through a column map: which header feeds which field.
//!
//! [`guess_columns`] proposes a map from the header (English names as schools write them:
//! "Student ID", "First Name", "Surname", "DOB", "Class", …); the teacher confirms or
//! corrects it, and the app saves it per source. A row is one student, or one student in
//! one section (the same student on several rows joins several sections). A file with no
//! section column makes one section named after the file.
//!
//! A student's `source_id` is the id column's value; with none (or an empty cell) it is
//! `name:<family>|<given>|<birth date>` in lower case, and `student_number` stays "".
//!
//! Names come from a given- and a family-name column, or from one full-name column read as
//! "Family, Given" when it has a comma and "Given … Family" otherwise. Dates read as
//! [`super::parse_date`] says; an unreadable one is a warning and reads as "".

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use waypoint_core::imports::RowProblem;
use waypoint_core::imports::roster::{
    RosterFormat, SourceRoster, SourceSection, SourceStudent, SourceTeacher,
};
use waypoint_core::messages::Message;
use waypoint_core::msg;
use waypoint_core::roster::FamilyContact;

use super::{birth_date, push_once};
use crate::source::Source;
use crate::table::{Table, header_key, read_table};
use crate::{Error, Result};

/// Which header feeds each field of a spreadsheet roster; `None` when the file has no such
/// column. Header names are matched as [`Table::column`] does.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct RosterColumns {
    /// The school's student id.
    pub student_id: Option<String>,
    /// Given (first) name.
    pub given_name: Option<String>,
    /// Family (last) name.
    pub family_name: Option<String>,
    /// The whole name in one column ("Family, Given" or "Given Family").
    pub full_name: Option<String>,
    /// The name the student goes by.
    pub preferred_name: Option<String>,
    /// Birth date.
    pub birth_date: Option<String>,
    /// Grade.
    pub grade: Option<String>,
    /// The student's email.
    pub email: Option<String>,
    /// The section's (class's) name.
    pub section_name: Option<String>,
    /// The section's id.
    pub section_id: Option<String>,
    /// The teacher's name.
    pub teacher_name: Option<String>,
    /// The teacher's email.
    pub teacher_email: Option<String>,
    /// A family contact's name.
    pub contact_name: Option<String>,
    /// The contact's relationship to the student.
    pub contact_relationship: Option<String>,
    /// The contact's phone.
    pub contact_phone: Option<String>,
    /// The contact's email.
    pub contact_email: Option<String>,
    /// The language spoken at home.
    pub language: Option<String>,
}

impl RosterColumns {
    /// What the map still needs, each as a sentence without its full stop (an
    /// `import-choose-…` message); empty when it can be read. Names are the one thing a
    /// roster cannot do without.
    pub fn missing(&self) -> Vec<Message> {
        if self.full_name.is_some() {
            return vec![];
        }
        let mut out = vec![];
        if self.given_name.is_none() {
            out.push(msg!("import-choose-given-names"));
        }
        if self.family_name.is_none() {
            out.push(msg!("import-choose-family-names"));
        }
        out
    }

    fn fields(&self) -> [(&Option<String>, &'static str); 17] {
        [
            (&self.student_id, "the student ids"),
            (&self.given_name, "the given names"),
            (&self.family_name, "the family names"),
            (&self.full_name, "the names"),
            (&self.preferred_name, "the preferred names"),
            (&self.birth_date, "the birth dates"),
            (&self.grade, "the grades"),
            (&self.email, "the emails"),
            (&self.section_name, "the class names"),
            (&self.section_id, "the class ids"),
            (&self.teacher_name, "the teachers' names"),
            (&self.teacher_email, "the teachers' emails"),
            (&self.contact_name, "the contacts' names"),
            (&self.contact_relationship, "the contacts' relationships"),
            (&self.contact_phone, "the contacts' phones"),
            (&self.contact_email, "the contacts' emails"),
            (&self.language, "the home languages"),
        ]
    }
}

/// Headers each field is guessed from, compared as [`header_key`] does, best first.
const GUESSES: [(&str, &[&str]); 17] = [
    (
        "student_id",
        &[
            "Student ID",
            "Student Number",
            "SIS ID",
            "Student No",
            "Pupil ID",
            "ID",
            "sourcedId",
        ],
    ),
    (
        "given_name",
        &[
            "First Name",
            "Given Name",
            "Given Names",
            "Forename",
            "First",
        ],
    ),
    (
        "family_name",
        &["Last Name", "Family Name", "Surname", "Last"],
    ),
    (
        "full_name",
        &["Student Name", "Name", "Full Name", "Student", "Pupil Name"],
    ),
    (
        "preferred_name",
        &[
            "Preferred Name",
            "Preferred First Name",
            "Nickname",
            "Known As",
        ],
    ),
    (
        "birth_date",
        &[
            "Birth Date",
            "Birthdate",
            "Date of Birth",
            "DOB",
            "Birthday",
        ],
    ),
    ("grade", &["Grade", "Grade Level", "Year", "Year Group"]),
    (
        "email",
        &["Email", "Student Email", "E-mail", "Email Address"],
    ),
    (
        "section_name",
        &[
            "Section",
            "Section Name",
            "Class",
            "Class Name",
            "Course",
            "Period",
            "Homeroom",
        ],
    ),
    (
        "section_id",
        &["Section ID", "Class ID", "Course Section ID"],
    ),
    ("teacher_name", &["Teacher", "Teacher Name"]),
    ("teacher_email", &["Teacher Email"]),
    (
        "contact_name",
        &[
            "Contact Name",
            "Guardian",
            "Guardian Name",
            "Parent",
            "Parent Name",
        ],
    ),
    (
        "contact_relationship",
        &[
            "Contact Relationship",
            "Relationship",
            "Guardian Relationship",
        ],
    ),
    (
        "contact_phone",
        &["Contact Phone", "Guardian Phone", "Parent Phone", "Phone"],
    ),
    (
        "contact_email",
        &["Contact Email", "Guardian Email", "Parent Email"],
    ),
    (
        "language",
        &["Home Language", "Language", "Primary Language"],
    ),
];

/// A first guess at the map from `table`'s header. A full-name column is only guessed when
/// there are not both given- and family-name columns.
pub fn guess_columns(table: &Table) -> RosterColumns {
    let mut taken = vec![false; table.headers.len()];
    let mut found: HashMap<&str, String> = HashMap::new();
    for (field, names) in GUESSES {
        let hit = names.iter().find_map(|n| {
            let key = header_key(n);
            table
                .headers
                .iter()
                .enumerate()
                .find(|(i, h)| !taken[*i] && header_key(h) == key)
        });
        if let Some((i, h)) = hit {
            taken[i] = true;
            found.insert(field, h.clone());
        }
    }
    let mut take = |f: &str| found.remove(f);
    let mut columns = RosterColumns {
        student_id: take("student_id"),
        given_name: take("given_name"),
        family_name: take("family_name"),
        full_name: take("full_name"),
        preferred_name: take("preferred_name"),
        birth_date: take("birth_date"),
        grade: take("grade"),
        email: take("email"),
        section_name: take("section_name"),
        section_id: take("section_id"),
        teacher_name: take("teacher_name"),
        teacher_email: take("teacher_email"),
        contact_name: take("contact_name"),
        contact_relationship: take("contact_relationship"),
        contact_phone: take("contact_phone"),
        contact_email: take("contact_email"),
        language: take("language"),
    };
    if columns.given_name.is_some() && columns.family_name.is_some() {
        columns.full_name = None;
    }
    columns
}

/// Splits a full name: "Family, Given" or "Given … Family".
pub fn split_full_name(name: &str) -> (String, String) {
    let name = name.trim();
    if let Some((family, given)) = name.split_once(',') {
        return (given.trim().to_owned(), family.trim().to_owned());
    }
    match name.rsplit_once(char::is_whitespace) {
        Some((given, family)) => (given.trim().to_owned(), family.trim().to_owned()),
        None => (name.to_owned(), String::new()),
    }
}

/// Reads the one file of `source` through `columns` (or the guess, when `None`).
pub fn read(source: &Source, columns: Option<&RosterColumns>) -> Result<SourceRoster> {
    let Some(file) = source.files.first() else {
        return Err(Error::Empty {
            name: source.name.clone(),
        });
    };
    let mut table = read_table(&file.name, &file.bytes)?;
    let columns = match columns {
        Some(c) => c.clone(),
        None => guess_columns(&table),
    };
    if let Some(ask) = columns.missing().into_iter().next() {
        return Err(Error::ColumnNotChosen {
            file: table.name.clone(),
            ask,
        });
    }
    let mut col = HashMap::new();
    for (header, why) in columns.fields() {
        if let Some(h) = header {
            let i = table.column(&[h]).ok_or_else(|| Error::MissingColumn {
                file: table.name.clone(),
                column: h.clone(),
                why: msg!("import-column-map-names"),
            })?;
            col.insert(why, i);
        }
    }
    let c = |why: &str| col.get(why).copied();
    let (id, given, family, full) = (
        c("the student ids"),
        c("the given names"),
        c("the family names"),
        c("the names"),
    );

    let mut roster = SourceRoster::new(RosterFormat::Table, &source.name);
    let mut problems = std::mem::take(&mut table.warnings);
    let t = &table;
    let file_stem = file
        .name
        .rsplit('/')
        .next()
        .unwrap_or(&file.name)
        .rsplit_once('.')
        .map_or(file.name.as_str(), |(stem, _)| stem)
        .to_owned();
    let mut students: HashMap<String, usize> = HashMap::new();
    let mut sections: HashMap<String, usize> = HashMap::new();
    for row in &t.rows {
        let (mut g, mut f) = (
            t.cell(row, given).to_owned(),
            t.cell(row, family).to_owned(),
        );
        if g.is_empty() && f.is_empty() {
            (g, f) = split_full_name(t.cell(row, full));
        }
        if g.is_empty() && f.is_empty() {
            problems.push(RowProblem::skipped(
                &t.name,
                row.line,
                msg!("import-roster-no-name", line = row.line),
            ));
            continue;
        }
        let number = t.cell(row, id).to_owned();
        let birth = birth_date(
            t.cell(row, c("the birth dates")),
            &t.name,
            row.line,
            &mut problems,
        );
        // Without an id column, a student's id is their name and birth date, so the same
        // file read again names the same students and rows of one student join up.
        let source_id = if number.is_empty() {
            format!("name:{f}|{g}|{birth}").to_lowercase()
        } else {
            number.clone()
        };
        let si = *students.entry(source_id.clone()).or_insert_with(|| {
            roster.students.push(SourceStudent {
                source_id: source_id.clone(),
                student_number: number.clone(),
                given_name: g.clone(),
                family_name: f.clone(),
                preferred_name: t.cell(row, c("the preferred names")).to_owned(),
                birth_date: birth.clone(),
                grade: t.cell(row, c("the grades")).to_owned(),
                email: t.cell(row, c("the emails")).to_owned(),
                home_language: t.cell(row, c("the home languages")).to_owned(),
                ..SourceStudent::default()
            });
            roster.students.len() - 1
        });
        let contact = FamilyContact {
            name: t.cell(row, c("the contacts' names")).to_owned(),
            relationship: t.cell(row, c("the contacts' relationships")).to_owned(),
            phone: t.cell(row, c("the contacts' phones")).to_owned(),
            email: t.cell(row, c("the contacts' emails")).to_owned(),
            preferred_language: t.cell(row, c("the home languages")).to_owned(),
        };
        let contacts = &mut roster.students[si].contacts;
        if !contact.name.is_empty() && !contacts.contains(&contact) {
            contacts.push(contact);
        }

        let (sid, sname) = (
            t.cell(row, c("the class ids")),
            t.cell(row, c("the class names")),
        );
        let (section_id, section_name) = match (sid, sname) {
            ("", "")
                if col.contains_key("the class ids") || col.contains_key("the class names") =>
            {
                problems.push(RowProblem::warning(
                    &t.name,
                    row.line,
                    msg!("import-roster-no-class", line = row.line),
                ));
                continue;
            }
            ("", "") => (file_stem.as_str(), file_stem.as_str()),
            ("", n) => (n, n),
            (i, "") => (i, i),
            (i, n) => (i, n),
        };
        let sx = *sections.entry(section_id.to_owned()).or_insert_with(|| {
            roster.sections.push(SourceSection {
                source_id: section_id.to_owned(),
                name: section_name.to_owned(),
                grade_level: String::new(),
                ..SourceSection::default()
            });
            roster.sections.len() - 1
        });
        push_once(&mut roster.sections[sx].student_ids, &source_id);

        let (tname, temail) = (
            t.cell(row, c("the teachers' names")),
            t.cell(row, c("the teachers' emails")),
        );
        if !tname.is_empty() || !temail.is_empty() {
            let teacher_id = if temail.is_empty() { tname } else { temail };
            if !roster.teachers.iter().any(|x| x.source_id == teacher_id) {
                let (tg, tf) = split_full_name(tname);
                roster.teachers.push(SourceTeacher {
                    source_id: teacher_id.to_owned(),
                    given_name: tg,
                    family_name: tf,
                    email: temail.to_owned(),
                });
            }
            push_once(&mut roster.sections[sx].teacher_ids, teacher_id);
        }
    }
    roster.problems = problems;
    Ok(roster)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::from_bytes;
    use crate::table::read_csv;
    use waypoint_core::messages::english;

    #[test]
    fn common_headers_are_guessed() {
        let t = read_csv(
            "list.csv",
            b"Student ID,Last Name,First Name,DOB,Class,Guardian,Phone\n1,Doe,Jo,2014-01-02,6A,Ann Doe,555\n",
        )
        .expect("reads");
        let c = guess_columns(&t);
        assert_eq!(c.student_id.as_deref(), Some("Student ID"), "id");
        assert_eq!(c.family_name.as_deref(), Some("Last Name"), "family name");
        assert_eq!(c.given_name.as_deref(), Some("First Name"), "given name");
        assert_eq!(c.full_name, None, "no full name when both halves are there");
        assert_eq!(c.birth_date.as_deref(), Some("DOB"), "birth date");
        assert_eq!(c.section_name.as_deref(), Some("Class"), "class");
        assert_eq!(c.contact_name.as_deref(), Some("Guardian"), "contact");
        assert_eq!(c.contact_phone.as_deref(), Some("Phone"), "contact phone");
    }

    #[test]
    fn a_map_without_names_says_which_column_to_choose() {
        let c = RosterColumns {
            given_name: Some("First".into()),
            ..RosterColumns::default()
        };
        assert_eq!(
            c.missing().iter().map(english).collect::<Vec<_>>(),
            ["Choose the column with the students' family names"],
            "the one missing name is asked for"
        );
        let source = from_bytes("list.csv", b"First,Score\nJo,3\n".to_vec()).expect("opens");
        let err = read(&source, Some(&c)).expect_err("no family names");
        assert_eq!(
            err.to_string(),
            "Choose the column with the students' family names in list.csv.",
            "the refusal is the same sentence, naming the file"
        );
    }

    #[test]
    fn full_names_split_either_way() {
        assert_eq!(
            split_full_name("Lovelace, Ada"),
            ("Ada".into(), "Lovelace".into()),
            "comma form"
        );
        assert_eq!(
            split_full_name("Ada King Lovelace"),
            ("Ada King".into(), "Lovelace".into()),
            "the last word is the family name"
        );
    }

    #[test]
    fn a_list_with_no_class_column_is_one_section_named_after_the_file() {
        let source = from_bytes(
            "Period 2.csv",
            b"Name,Birthday\n\"Lovelace, Ada\",12/10/2014\nAlan Turing,23.6.2014\nGrace Hopper,someday\n"
                .to_vec(),
        )
        .expect("opens");
        let roster = read(&source, None).expect("reads with the guessed map");
        assert_eq!(roster.sections.len(), 1, "one section");
        assert_eq!(roster.sections[0].name, "Period 2", "named after the file");
        assert_eq!(roster.sections[0].student_ids.len(), 3, "everyone in it");
        let births: Vec<_> = roster
            .students
            .iter()
            .map(|s| s.birth_date.as_str())
            .collect();
        assert_eq!(
            births,
            ["2014-12-10", "2014-06-23", ""],
            "US and European dates read; an unreadable one is empty"
        );
        assert_eq!(roster.problems.len(), 1, "one warning, for the bad date");
    }
}
