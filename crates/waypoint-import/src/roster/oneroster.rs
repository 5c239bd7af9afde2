//! OneRoster CSV (1.0, 1.1 and 1.2), as 1EdTech's CSV bindings define it: "OneRoster v1.1
//! CSV Tables" and "OneRoster: CSV Binding 1.2.1".
//!
//! What is read, by section of the bindings:
//!
//! - **manifest.csv** ("Manifest File"): `oneroster.version` picks 1.1 or 1.2 (a set with
//!   no manifest is 1.0), and `file.<name>` says whether each file is `bulk`, `delta` or
//!   `absent`. When `users`, `classes` or `enrollments` is `delta` the roster is not
//!   complete ([`SourceRoster::complete`] is false): a student it does not mention has not left.
//! - **"Bulk and Delta Processing"**: in a bulk file every row is current and `status` is
//!   blank or `active`; a row marked `tobedeleted` (or 1.0's `inactive`) anyway is left out
//!   and listed as skipped. In a delta file a `tobedeleted` student enrollment becomes the
//!   section's `withdrawn_ids`, and a `tobedeleted` user or class is listed as a warning and
//!   not imported: Waypoint never deletes, the teacher archives.
//! - **users.csv**: `sourcedId`, `givenName`, `familyName`, `identifier` (the student number),
//!   `email`, `phone` (or `sms`), `grades` (1.0: `grade`), `agentSourcedIds` (1.0: `agents`),
//!   and 1.2's preferred names (`preferredFirstName`; `preferredGivenName` as some exporters
//!   write it). The role is `role` in 1.0/1.1; in 1.2 it moved to **roles.csv**
//!   (`userSourcedId`, `role`, `roleType`), where a user may hold several. Students are
//!   `student`; teachers `teacher`; guardians `guardian`, `parent` or `relative`, linked to
//!   their students by `agentSourcedIds` in either direction and read as family contacts.
//! - **classes.csv**: `title`, `grades`, `subjects`, `schoolSourcedId` (named through
//!   **orgs.csv**'s `name`).
//! - **enrollments.csv**: `classSourcedId`, `userSourcedId`, `role` (`student` or `teacher`).
//!   An enrollment naming a user or class the set does not have is skipped in a bulk set; in
//!   a delta set it refers to one sent before, so it is kept (a section may then have only
//!   its id, and `student_ids` may name students not in [`SourceRoster::students`]).
//! - **demographics.csv**: `birthDate`, keyed by `sourcedId` (1.0: `userSourcedId`).
//!
//! Columns are found by name, so `metadata.*` extension columns and any order are fine.
//! School Data Sync v2.1 is this model without manifest or status and with guardians in
//! `relationships.csv`; [`super::sds`] reads it through [`read_people`].

use std::collections::{HashMap, HashSet};

use waypoint_core::imports::RowProblem;
use waypoint_core::imports::roster::{
    RosterFormat, SourceRoster, SourceSection, SourceStudent, SourceTeacher,
};
use waypoint_core::messages::Message;
use waypoint_core::msg;
use waypoint_core::roster::FamilyContact;

use super::{Reading, birth_date, first_of_list, need, push_once, relationship_label};
use crate::Result;
use crate::source::{Source, SourceFile};
use crate::table::{Table, read_csv};

/// The version a `manifest.csv` names: 1.2 when `oneroster.version` starts with 1.2, 1.0
/// when it says 1.0, otherwise 1.1 (the version that introduced the manifest).
pub(crate) fn version_of(manifest: &SourceFile) -> RosterFormat {
    let version = read_csv(&manifest.name, &manifest.bytes)
        .ok()
        .and_then(|t| {
            let (k, v) = (t.column(&["propertyName"])?, t.column(&["value"])?);
            t.rows
                .iter()
                .find(|r| t.cell(r, Some(k)).eq_ignore_ascii_case("oneroster.version"))
                .map(|r| t.cell(r, Some(v)).to_owned())
        })
        .unwrap_or_default();
    if version.starts_with("1.2") {
        RosterFormat::OneRoster12
    } else if version.starts_with("1.0") {
        RosterFormat::OneRoster10
    } else {
        RosterFormat::OneRoster11
    }
}

/// How a file of the set is sent, per the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Bulk,
    Delta,
}

/// Reads a OneRoster set of `format` (as [`super::detect`] found it).
pub fn read(source: &Source, format: RosterFormat) -> Result<SourceRoster> {
    read_people(source, format)
}

/// Reads a OneRoster-shaped set: OneRoster itself, or School Data Sync v2.1.
pub(crate) fn read_people(source: &Source, format: RosterFormat) -> Result<SourceRoster> {
    let mut r = Reading::new(source, format);
    let modes = match r.optional("manifest.csv")? {
        Some(m) => manifest_modes(&m),
        None => HashMap::new(),
    };
    let mode = |file: &str| {
        modes
            .get(&file.to_ascii_lowercase())
            .copied()
            .unwrap_or(Mode::Bulk)
    };
    let users = r.required("users.csv")?;
    let classes = r.required("classes.csv")?;
    let enrollments = r.required("enrollments.csv")?;
    let complete = ["users", "classes", "enrollments"]
        .iter()
        .all(|f| mode(f) == Mode::Bulk);

    let schools = match r.optional("orgs.csv")? {
        Some(orgs) => names_by_id(&orgs, &mut r.problems, mode("orgs"))?,
        None => HashMap::new(),
    };
    let mut people = People::default();
    people.read_users(&users, mode("users"), &mut r.problems)?;
    if let Some(roles) = r.optional("roles.csv")? {
        people.read_roles(&roles, mode("roles"))?;
    }
    if let Some(demographics) = r.optional("demographics.csv")? {
        people.read_demographics(&demographics, mode("demographics"), &mut r.problems)?;
    }
    if let Some(relationships) = r.optional("relationships.csv")? {
        people.read_relationships(&relationships)?;
    }
    let mut sections = Sections::default();
    sections.read_classes(&classes, mode("classes"), &schools, &mut r.problems)?;
    sections.read_enrollments(
        &enrollments,
        mode("enrollments"),
        &mut people,
        &mut r.problems,
    )?;

    let mut roster = r.roster();
    roster.complete = complete;
    roster.sections = sections.list;
    people.finish(&mut roster);
    Ok(roster)
}

/// `file.<name>` → bulk or delta, from the manifest (`absent` files are simply not read).
fn manifest_modes(manifest: &Table) -> HashMap<String, Mode> {
    let (Some(k), Some(v)) = (
        manifest.column(&["propertyName"]),
        manifest.column(&["value"]),
    ) else {
        return HashMap::new();
    };
    manifest
        .rows
        .iter()
        .filter_map(|row| {
            let key = manifest.cell(row, Some(k)).to_ascii_lowercase();
            let file = key.strip_prefix("file.")?.to_owned();
            let mode = match manifest.cell(row, Some(v)).to_ascii_lowercase().as_str() {
                "delta" => Mode::Delta,
                _ => Mode::Bulk,
            };
            Some((file, mode))
        })
        .collect()
}

/// True for a row the file marks as deleted.
fn deleted(status: &str) -> bool {
    status.eq_ignore_ascii_case("tobedeleted") || status.eq_ignore_ascii_case("inactive")
}

/// Records a deleted row: a warning in a delta file (the school removed it, the teacher
/// decides), skipped in a bulk file (where it should not be).
fn deleted_row(
    problems: &mut Vec<RowProblem>,
    table: &Table,
    line: u32,
    mode: Mode,
    what: Message,
) {
    problems.push(match mode {
        Mode::Delta => RowProblem::warning(
            &table.name,
            line,
            msg!("import-roster-deleted-delta", line = line, what = what),
        ),
        Mode::Bulk => RowProblem::skipped(
            &table.name,
            line,
            msg!("import-roster-deleted-bulk", line = line, what = what),
        ),
    });
}

/// orgs.csv as id → name.
fn names_by_id(
    orgs: &Table,
    problems: &mut Vec<RowProblem>,
    mode: Mode,
) -> Result<HashMap<String, String>> {
    let id = need(
        orgs,
        &["sourcedId"],
        msg!("import-column-names-each-school"),
    )?;
    let name = orgs.column(&["name"]);
    let status = orgs.column(&["status"]);
    let mut out = HashMap::new();
    for row in &orgs.rows {
        if deleted(orgs.cell(row, status)) {
            if mode == Mode::Bulk {
                deleted_row(problems, orgs, row.line, mode, msg!("import-what-school"));
            }
            continue;
        }
        out.insert(
            orgs.cell(row, Some(id)).to_owned(),
            orgs.cell(row, name).to_owned(),
        );
    }
    Ok(out)
}

/// A role as Waypoint uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Student,
    Teacher,
    Guardian,
    Other,
}

fn role_of(word: &str) -> Role {
    match word.trim().to_ascii_lowercase().as_str() {
        "student" => Role::Student,
        "teacher" | "professor" | "instructor" => Role::Teacher,
        "guardian" | "parent" | "relative" => Role::Guardian,
        _ => Role::Other,
    }
}

/// One user of users.csv, with what the other files add.
#[derive(Debug, Default)]
struct Person {
    student: SourceStudent,
    phone: String,
    roles: Vec<Role>,
    /// The first guardian role word, for the contact's relationship.
    guardian_word: String,
    agents: Vec<String>,
}

impl Person {
    fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    fn add_role(&mut self, word: &str) {
        let role = role_of(word);
        if role == Role::Guardian && self.guardian_word.is_empty() {
            self.guardian_word = relationship_label(word);
        }
        if !self.roles.contains(&role) {
            self.roles.push(role);
        }
    }
}

/// The users, in file order, and who was deleted.
#[derive(Default)]
struct People {
    list: Vec<Person>,
    index: HashMap<String, usize>,
    deleted: HashSet<String>,
    /// (student, guardian, relationship word) from relationships.csv.
    links: Vec<(String, String, String)>,
}

impl People {
    fn get_mut(&mut self, id: &str) -> Option<&mut Person> {
        self.index.get(id).map(|i| &mut self.list[*i])
    }

    fn read_users(
        &mut self,
        users: &Table,
        mode: Mode,
        problems: &mut Vec<RowProblem>,
    ) -> Result<()> {
        let t = users;
        let id = need(
            t,
            &["sourcedId"],
            msg!("import-column-identifies-each-user"),
        )?;
        let status = t.column(&["status"]);
        let given = t.column(&["givenName"]);
        let family = t.column(&["familyName"]);
        let preferred = t.column(&[
            "preferredFirstName",
            "preferredGivenName",
            "prefferedGivenName",
            "prefferedFirstName",
        ]);
        let role = t.column(&["role"]);
        let identifier = t.column(&["identifier"]);
        let email = t.column(&["email"]);
        let phone = t.column(&["phone"]);
        let sms = t.column(&["sms"]);
        let grades = t.column(&["grades", "grade"]);
        let agents = t.column(&["agentSourcedIds", "agents"]);
        for row in &t.rows {
            let source_id = t.cell(row, Some(id));
            if source_id.is_empty() {
                problems.push(RowProblem::skipped(
                    &t.name,
                    row.line,
                    msg!("import-roster-no-id", line = row.line, column = "sourcedId"),
                ));
                continue;
            }
            let full_name = format!("{} {}", t.cell(row, given), t.cell(row, family));
            if deleted(t.cell(row, status)) {
                deleted_row(
                    problems,
                    t,
                    row.line,
                    mode,
                    msg!("import-what-user", name = full_name.trim(), id = source_id),
                );
                self.deleted.insert(source_id.to_owned());
                continue;
            }
            if self.index.contains_key(source_id) {
                problems.push(RowProblem::skipped(
                    &t.name,
                    row.line,
                    msg!(
                        "import-roster-user-repeated",
                        line = row.line,
                        id = source_id
                    ),
                ));
                continue;
            }
            let mut person = Person {
                student: SourceStudent {
                    source_id: source_id.to_owned(),
                    student_number: t.cell(row, identifier).to_owned(),
                    given_name: t.cell(row, given).to_owned(),
                    family_name: t.cell(row, family).to_owned(),
                    preferred_name: t.cell(row, preferred).to_owned(),
                    grade: first_of_list(t.cell(row, grades)),
                    email: t.cell(row, email).to_owned(),
                    ..SourceStudent::default()
                },
                phone: match t.cell(row, phone) {
                    "" => t.cell(row, sms).to_owned(),
                    p => p.to_owned(),
                },
                agents: list(t.cell(row, agents)),
                ..Person::default()
            };
            if role.is_some() {
                person.add_role(t.cell(row, role));
            }
            self.index.insert(source_id.to_owned(), self.list.len());
            self.list.push(person);
        }
        Ok(())
    }

    /// roles.csv (OneRoster 1.2, School Data Sync v2.1): each row gives a user one more role.
    fn read_roles(&mut self, roles: &Table, _mode: Mode) -> Result<()> {
        let t = roles;
        let user = need(
            t,
            &["userSourcedId"],
            msg!("import-column-names-whose-role-each-row-is"),
        )?;
        let role = need(t, &["role"], msg!("import-column-says-what-each-user-is"))?;
        let status = t.column(&["status"]);
        let grade = t.column(&["grade", "grades"]);
        for row in &t.rows {
            if deleted(t.cell(row, status)) {
                continue;
            }
            if let Some(p) = self.get_mut(t.cell(row, Some(user))) {
                p.add_role(t.cell(row, Some(role)));
                if p.student.grade.is_empty() {
                    p.student.grade = first_of_list(t.cell(row, grade));
                }
            }
        }
        Ok(())
    }

    fn read_demographics(
        &mut self,
        demographics: &Table,
        _mode: Mode,
        problems: &mut Vec<RowProblem>,
    ) -> Result<()> {
        let t = demographics;
        // 1.1 and 1.2 key demographics by the user's own sourcedId; 1.0 and SDS name it.
        let user = need(
            t,
            &["userSourcedId", "sourcedId"],
            msg!("import-column-names-whose-data-it-is"),
        )?;
        let birth = t.column(&["birthDate"]);
        let status = t.column(&["status"]);
        for row in &t.rows {
            if deleted(t.cell(row, status)) {
                continue;
            }
            let text = t.cell(row, birth);
            if let Some(i) = self.index.get(t.cell(row, Some(user))).copied() {
                self.list[i].student.birth_date = birth_date(text, &t.name, row.line, problems);
            }
        }
        Ok(())
    }

    /// relationships.csv (School Data Sync v2.1): student, related user, relationship.
    fn read_relationships(&mut self, relationships: &Table) -> Result<()> {
        let t = relationships;
        let student = need(
            t,
            &["userSourcedId"],
            msg!("import-column-names-each-student"),
        )?;
        let other = need(
            t,
            &["relationshipUserSourcedId"],
            msg!("import-column-names-each-students-contact"),
        )?;
        let role = t.column(&["relationshipRole"]);
        for row in &t.rows {
            self.links.push((
                t.cell(row, Some(student)).to_owned(),
                t.cell(row, Some(other)).to_owned(),
                t.cell(row, role).to_owned(),
            ));
        }
        Ok(())
    }

    /// Teachers and students into `roster`, with each student's guardians as contacts.
    fn finish(self, roster: &mut SourceRoster) {
        let contact = |p: &Person, word: &str| FamilyContact {
            name: format!("{} {}", p.student.given_name, p.student.family_name)
                .trim()
                .to_owned(),
            relationship: if word.is_empty() {
                p.guardian_word.clone()
            } else {
                relationship_label(word)
            },
            phone: p.phone.clone(),
            email: p.student.email.clone(),
            preferred_language: String::new(),
        };
        // Guardian links run both ways: a student lists its agents, a guardian its students.
        let mut guardians: HashMap<&str, Vec<(usize, String)>> = HashMap::new();
        for (gi, g) in self.list.iter().enumerate() {
            if !g.has(Role::Guardian) {
                continue;
            }
            for s in &g.agents {
                guardians.entry(s).or_default().push((gi, String::new()));
            }
        }
        for p in &self.list {
            if !p.has(Role::Student) {
                continue;
            }
            for a in &p.agents {
                if let Some(gi) = self.index.get(a).copied()
                    && self.list[gi].has(Role::Guardian)
                {
                    guardians
                        .entry(&p.student.source_id)
                        .or_default()
                        .push((gi, String::new()));
                }
            }
        }
        for (s, g, word) in &self.links {
            if let Some(gi) = self.index.get(g).copied() {
                guardians.entry(s).or_default().push((gi, word.clone()));
            }
        }
        for p in &self.list {
            if p.has(Role::Teacher) {
                roster.teachers.push(SourceTeacher {
                    source_id: p.student.source_id.clone(),
                    given_name: p.student.given_name.clone(),
                    family_name: p.student.family_name.clone(),
                    email: p.student.email.clone(),
                });
            }
            if p.has(Role::Student) {
                let mut student = p.student.clone();
                let mut seen = HashSet::new();
                for (gi, word) in guardians
                    .get(p.student.source_id.as_str())
                    .into_iter()
                    .flatten()
                {
                    if seen.insert(*gi) {
                        student.contacts.push(contact(&self.list[*gi], word));
                    }
                }
                roster.students.push(student);
            }
        }
    }
}

/// A list cell (`"a,b"`, `"{a}, {b}"`) as its values.
fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The sections, in file order.
#[derive(Default)]
struct Sections {
    list: Vec<SourceSection>,
    index: HashMap<String, usize>,
    deleted: HashSet<String>,
}

impl Sections {
    fn read_classes(
        &mut self,
        classes: &Table,
        mode: Mode,
        schools: &HashMap<String, String>,
        problems: &mut Vec<RowProblem>,
    ) -> Result<()> {
        let t = classes;
        let id = need(
            t,
            &["sourcedId"],
            msg!("import-column-identifies-each-class"),
        )?;
        let status = t.column(&["status"]);
        let title = t.column(&["title"]);
        let code = t.column(&["classCode"]);
        let grades = t.column(&["grades", "grade"]);
        let subjects = t.column(&["subjects", "subject"]);
        let school = t.column(&["schoolSourcedId", "orgSourcedId"]);
        for row in &t.rows {
            let source_id = t.cell(row, Some(id));
            let name = match t.cell(row, title) {
                "" => t.cell(row, code),
                title => title,
            };
            if deleted(t.cell(row, status)) {
                deleted_row(
                    problems,
                    t,
                    row.line,
                    mode,
                    msg!("import-what-class", name = name, id = source_id),
                );
                self.deleted.insert(source_id.to_owned());
                continue;
            }
            if source_id.is_empty() || self.index.contains_key(source_id) {
                problems.push(RowProblem::skipped(
                    &t.name,
                    row.line,
                    msg!(
                        "import-roster-id-missing-or-repeated",
                        line = row.line,
                        column = "sourcedId"
                    ),
                ));
                continue;
            }
            self.index.insert(source_id.to_owned(), self.list.len());
            self.list.push(SourceSection {
                source_id: source_id.to_owned(),
                name: name.to_owned(),
                subject: t.cell(row, subjects).to_owned(),
                grade_level: t.cell(row, grades).to_owned(),
                school: schools
                    .get(t.cell(row, school))
                    .cloned()
                    .unwrap_or_default(),
                ..SourceSection::default()
            });
        }
        Ok(())
    }

    fn read_enrollments(
        &mut self,
        enrollments: &Table,
        mode: Mode,
        people: &mut People,
        problems: &mut Vec<RowProblem>,
    ) -> Result<()> {
        let t = enrollments;
        let class = need(
            t,
            &["classSourcedId"],
            msg!("import-column-names-each-enrollments-class"),
        )?;
        let user = need(
            t,
            &["userSourcedId"],
            msg!("import-column-names-each-enrolled-user"),
        )?;
        let role = need(
            t,
            &["role"],
            msg!("import-column-says-who-is-a-student-and-who-teaches"),
        )?;
        let status = t.column(&["status"]);
        for row in &t.rows {
            let (class_id, user_id) = (t.cell(row, Some(class)), t.cell(row, Some(user)));
            let role_word = t.cell(row, Some(role));
            let role = role_of(role_word);
            if !matches!(role, Role::Student | Role::Teacher) {
                continue;
            }
            let line = row.line;
            let skip = |problems: &mut Vec<RowProblem>, why: Message| {
                problems.push(RowProblem::skipped(
                    &t.name,
                    line,
                    msg!("import-roster-enrollment-left-out", line = line, why = why),
                ));
            };
            if self.deleted.contains(class_id) || people.deleted.contains(user_id) {
                continue; // Already listed with the class or user.
            }
            let section = match self.index.get(class_id) {
                Some(i) => *i,
                // A delta enrollment may name a class sent in an earlier file.
                None if mode == Mode::Delta => {
                    self.index.insert(class_id.to_owned(), self.list.len());
                    self.list.push(SourceSection {
                        source_id: class_id.to_owned(),
                        ..SourceSection::default()
                    });
                    self.list.len() - 1
                }
                None => {
                    skip(
                        problems,
                        msg!(
                            "import-why-unknown-class",
                            id = class_id,
                            file = "classes.csv"
                        ),
                    );
                    continue;
                }
            };
            if deleted(t.cell(row, status)) {
                match (mode, role) {
                    (Mode::Delta, Role::Student) => {
                        push_once(&mut self.list[section].withdrawn_ids, user_id);
                    }
                    (Mode::Delta, _) => {}
                    (Mode::Bulk, _) => {
                        deleted_row(problems, t, line, mode, msg!("import-what-enrollment"));
                    }
                }
                continue;
            }
            match people.get_mut(user_id) {
                None if mode == Mode::Delta => {}
                None => {
                    skip(
                        problems,
                        msg!("import-why-unknown-user", id = user_id, file = "users.csv"),
                    );
                    continue;
                }
                Some(p) => {
                    // With no role anywhere (1.2 without roles.csv), the enrollment says it.
                    if p.roles.iter().all(|r| *r == Role::Other) {
                        p.add_role(role_word);
                    }
                    if !p.has(role) {
                        let role = match role {
                            Role::Student => "student",
                            _ => "teacher",
                        };
                        skip(
                            problems,
                            msg!("import-why-role-mismatch", id = user_id, role = role),
                        );
                        continue;
                    }
                }
            }
            let s = &mut self.list[section];
            match role {
                Role::Student => push_once(&mut s.student_ids, user_id),
                _ => push_once(&mut s.teacher_ids, user_id),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceKind;

    fn set(files: &[(&str, &str)]) -> Source {
        Source {
            name: "set".into(),
            kind: SourceKind::Folder,
            files: files
                .iter()
                .map(|(n, b)| SourceFile {
                    name: (*n).into(),
                    bytes: b.as_bytes().to_vec(),
                })
                .collect(),
        }
    }

    #[test]
    fn the_manifest_names_the_version() {
        let m = |v: &str| SourceFile {
            name: "manifest.csv".into(),
            bytes: format!("propertyName,value\noneroster.version,{v}\n").into_bytes(),
        };
        assert_eq!(version_of(&m("1.2")), RosterFormat::OneRoster12, "1.2");
        assert_eq!(version_of(&m("1.1")), RosterFormat::OneRoster11, "1.1");
        assert_eq!(version_of(&m("")), RosterFormat::OneRoster11, "default 1.1");
    }

    #[test]
    fn agents_become_contacts_in_either_direction() {
        let source = set(&[
            (
                "users.csv",
                "sourcedId,role,givenName,familyName,agentSourcedIds,phone,email\n\
                 s1,student,Ada,Lovelace,g1,,\n\
                 s2,student,Alan,Turing,,,\n\
                 g1,guardian,Anne,Milbanke,,555-1,anne@example.org\n\
                 g2,parent,Ethel,Turing,s2,555-2,\n",
            ),
            ("classes.csv", "sourcedId,title\nc1,Math\n"),
            (
                "enrollments.csv",
                "sourcedId,classSourcedId,userSourcedId,role\ne1,c1,s1,student\ne2,c1,s2,student\n",
            ),
        ]);
        let roster = read(&source, RosterFormat::OneRoster10).expect("reads");
        let contacts: Vec<_> = roster
            .students
            .iter()
            .map(|s| {
                s.contacts
                    .iter()
                    .map(|c| format!("{} ({})", c.name, c.relationship))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(
            contacts,
            [
                vec!["Anne Milbanke (Guardian)".to_owned()],
                vec!["Ethel Turing (Parent)".to_owned()]
            ],
            "a student's agent and a guardian's agent both link the two"
        );
    }
}
