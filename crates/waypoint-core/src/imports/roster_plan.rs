//! What a roster import will change: each chosen section matched to a class, each of its
//! students matched to one the teacher already has or marked new, and the students the
//! file no longer lists.
//!
//! # Matching
//!
//! - A section is the class whose `source_id` is the section's id; else a class with no
//!   `source_id` whose name is the section's (ignoring case and spacing), so a class the
//!   teacher typed before her first import is filled in rather than doubled; else a new class.
//! - Within that class, a student is the one with the same `source_id`; else one without a
//!   `source_id` with the same given and family names (ignoring case, accents are kept) and
//!   the same birth date; else, when the file or the class has no birth date for them, the
//!   only such student with those names. Each student of the class is matched at most once,
//!   so two rows never land on one student and no row makes a twin.
//!
//! # What changes
//!
//! - A new student gets every field the file has. A matched student gets the fields the
//!   file has that differ; a field the file leaves empty is left alone, so an import never
//!   blanks what the teacher typed. An archived student the file lists again is unarchived.
//! - A class's name, subject and grade are set only when it is made: a teacher's own name
//!   for her class outlives the next import. Its `source_id` is filled in when it had none.
//! - Family contacts the student does not have yet (by name, ignoring case) are added, up to
//!   the profile's limit; the home language is set when the file has one.
//! - Never deletes: a student of a matched class that a complete file does not list (or a
//!   delta file withdraws) is listed as missing, and archived only when the teacher ticked them.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::RowProblem;
use super::roster::{RosterFormat, SourceRoster, SourceSection, SourceStudent};
use crate::ids::{ClassId, StudentId};
use crate::messages::{Message, MessageArg};
use crate::msg;
use crate::roster::{ClassInput, FamilyContact, LearnerProfile, StudentInput, display_name};
use crate::validate::ENTRIES_MAX;

/// A class the teacher already has, with its students, as the plan needs them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownClass {
    /// Its id.
    pub id: ClassId,
    /// Its name.
    pub name: String,
    /// The section id it was imported from, or "".
    pub source_id: String,
    /// Its students, archived ones included.
    pub students: Vec<KnownStudent>,
}

/// A student the teacher already has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownStudent {
    /// Its id.
    pub id: StudentId,
    /// The roster id it was imported with, or "".
    pub source_id: String,
    /// Its fields as they are.
    pub fields: StudentInput,
    /// Archived?
    pub archived: bool,
    /// Its family contacts.
    pub contacts: Vec<FamilyContact>,
    /// Its home language, or "".
    pub home_language: String,
}

/// What the teacher chose: which sections to bring in and which missing students to archive.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct RosterChoice {
    /// The teacher she picked herself as, or "" when she skipped that step.
    pub teacher_id: String,
    /// The sections to bring in, by the file's section id.
    pub section_ids: Vec<String>,
    /// Missing students she ticked to archive.
    pub archive: Vec<StudentId>,
}

/// One field that will change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FieldChange {
    /// The field's name as a teacher reads it ("Family name"; an `import-field-…` message).
    pub label: Message,
    /// Its value now, or "".
    pub before: String,
    /// Its value after the import.
    pub after: String,
}

/// What happens to one student row of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum StudentAction {
    /// Added to the class.
    New,
    /// Matched, with changes.
    Update,
    /// Matched, already as the file has them.
    Unchanged,
}

/// One student of a section and what the import does with them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StudentPlan {
    /// The file's id for them.
    pub source_id: String,
    /// Their name as it will show.
    pub display_name: String,
    /// New, updated or unchanged.
    pub action: StudentAction,
    /// The student matched, for updates and unchanged rows.
    pub student_id: Option<StudentId>,
    /// How they were matched ("Student ID", "name and birth date", "name"; an
    /// `import-matched-by-…` message), or `None`.
    pub matched_by: Option<Message>,
    /// The changes, for updates (for new students: every field set).
    pub changes: Vec<FieldChange>,
    /// The student's fields after the import.
    pub fields: StudentInput,
    /// Whether an archived student comes back.
    pub unarchive: bool,
    /// The roster id to keep on the student (set on new students and on matches that had
    /// none).
    pub set_source_id: bool,
    /// Family contacts to add.
    pub contacts_added: Vec<FamilyContact>,
    /// The home language to set, or "" to leave it.
    pub home_language: String,
}

/// A student of a matched class that the file does not list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MissingStudent {
    /// Who.
    pub student_id: StudentId,
    /// Their name.
    pub display_name: String,
    /// True when a delta file says they left; false when a complete file just omits them.
    pub withdrawn: bool,
    /// Whether the teacher ticked them to be archived.
    pub archive: bool,
}

/// One section and the class it lands in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ClassPlan {
    /// The file's id for the section.
    pub section_id: String,
    /// The class it updates, or `None` when a class is made.
    pub class_id: Option<ClassId>,
    /// The class's name (the existing one's, for an update).
    pub name: String,
    /// A new class's fields.
    pub class: ClassInput,
    /// How the section was matched ("Section ID", "name"; an `import-matched-by-…`
    /// message) or `None` for a new class.
    pub matched_by: Option<Message>,
    /// Its students, in the file's order.
    pub students: Vec<StudentPlan>,
    /// Students of the class the file no longer lists.
    pub missing: Vec<MissingStudent>,
}

/// Counts over the whole plan, for the summary line and the result.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanCounts {
    /// Classes made.
    pub classes_new: u32,
    /// Classes the import adds to or updates.
    pub classes_matched: u32,
    /// Students added.
    pub students_new: u32,
    /// Students whose fields change.
    pub students_updated: u32,
    /// Students already as the file has them.
    pub students_unchanged: u32,
    /// Students the file no longer lists.
    pub students_missing: u32,
    /// Of those, the ones to archive.
    pub students_archived: u32,
}

/// Everything a roster import will do, for the preview; applying writes exactly this.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RosterPlan {
    /// What the file was read as.
    pub format: RosterFormat,
    /// The file's name.
    pub source: String,
    /// One per chosen section.
    pub classes: Vec<ClassPlan>,
    /// Totals.
    pub counts: PlanCounts,
    /// Rows that could not be used or were used with a warning.
    pub problems: Vec<RowProblem>,
}

impl RosterPlan {
    /// True when applying would write nothing.
    pub fn is_empty(&self) -> bool {
        let c = &self.counts;
        c.classes_new + c.students_new + c.students_updated + c.students_archived == 0
            && self.classes.iter().all(|cl| cl.class_id.is_some())
    }
}

/// The sections `teacher_id` teaches, or every section when it is "".
pub fn sections_of<'a>(roster: &'a SourceRoster, teacher_id: &str) -> Vec<&'a SourceSection> {
    roster
        .sections
        .iter()
        .filter(|s| teacher_id.is_empty() || s.teacher_ids.iter().any(|t| t == teacher_id))
        .collect()
}

/// Names compared for matching: trimmed, single-spaced, lower case.
fn name_key(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Works out the plan for `choice` against the classes the teacher has.
pub fn plan(roster: &SourceRoster, known: &[KnownClass], choice: &RosterChoice) -> RosterPlan {
    let students: HashMap<&str, &SourceStudent> = roster
        .students
        .iter()
        .map(|s| (s.source_id.as_str(), s))
        .collect();
    let archive: BTreeSet<StudentId> = choice.archive.iter().copied().collect();
    let mut problems = roster.problems.clone();
    let mut used_classes: BTreeSet<ClassId> = BTreeSet::new();
    let mut classes = vec![];
    for section_id in unique(&choice.section_ids) {
        let Some(section) = roster.sections.iter().find(|s| s.source_id == section_id) else {
            problems.push(RowProblem::skipped(
                &roster.source,
                0,
                msg!("import-roster-no-section", id = section_id),
            ));
            continue;
        };
        let class = match_class(section, known, &used_classes);
        if let Some((c, _)) = class {
            used_classes.insert(c.id);
        } else if section.name.trim().is_empty() {
            // A delta file names a class from an earlier file by its id alone; with no
            // class here to add to, there is nothing to call a new one.
            problems.push(RowProblem::skipped(
                &roster.source,
                0,
                msg!("import-roster-section-unnamed", id = section_id),
            ));
            continue;
        }
        classes.push(plan_class(
            roster,
            section,
            class,
            &students,
            &archive,
            &mut problems,
        ));
    }
    let mut counts = PlanCounts::default();
    for c in &classes {
        if c.class_id.is_some() {
            counts.classes_matched += 1;
        } else {
            counts.classes_new += 1;
        }
        for s in &c.students {
            match s.action {
                StudentAction::New => counts.students_new += 1,
                StudentAction::Update => counts.students_updated += 1,
                StudentAction::Unchanged => counts.students_unchanged += 1,
            }
        }
        counts.students_missing += c.missing.len() as u32;
        counts.students_archived += c.missing.iter().filter(|m| m.archive).count() as u32;
    }
    RosterPlan {
        format: roster.format,
        source: roster.source.clone(),
        classes,
        counts,
        problems,
    }
}

fn unique(ids: &[String]) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    ids.iter()
        .map(String::as_str)
        .filter(|id| seen.insert(*id))
        .collect()
}

fn match_class<'a>(
    section: &SourceSection,
    known: &'a [KnownClass],
    used: &BTreeSet<ClassId>,
) -> Option<(&'a KnownClass, &'static str)> {
    let free = |c: &&KnownClass| !used.contains(&c.id);
    if let Some(c) = known
        .iter()
        .filter(free)
        .find(|c| !section.source_id.is_empty() && c.source_id == section.source_id)
    {
        return Some((c, "import-matched-by-section-id"));
    }
    let name = name_key(&section.name);
    known
        .iter()
        .filter(free)
        .find(|c| c.source_id.is_empty() && !name.is_empty() && name_key(&c.name) == name)
        .map(|c| (c, "import-matched-by-name"))
}

fn plan_class(
    roster: &SourceRoster,
    section: &SourceSection,
    class: Option<(&KnownClass, &'static str)>,
    students: &HashMap<&str, &SourceStudent>,
    archive: &BTreeSet<StudentId>,
    problems: &mut Vec<RowProblem>,
) -> ClassPlan {
    let mut taken: BTreeSet<StudentId> = BTreeSet::new();
    let mut plans = vec![];
    let known_students: &[KnownStudent] = class.map_or(&[], |(c, _)| &c.students);
    for sid in unique(&section.student_ids) {
        let Some(src) = students.get(sid) else {
            // A delta file leaves out students who did not change: one already in the class
            // is simply still there.
            if let Some(k) = known_students.iter().find(|k| k.source_id == sid) {
                taken.insert(k.id);
                continue;
            }
            problems.push(RowProblem::skipped(
                &roster.source,
                0,
                msg!(
                    "import-roster-student-unknown",
                    section = section.name.clone(),
                    id = sid
                ),
            ));
            continue;
        };
        let matched = match_student(src, known_students, &taken);
        if let Some((k, _)) = matched {
            // Taken even when the row is unusable: the student is in the file, not missing.
            taken.insert(k.id);
        }
        let file = if src.file.is_empty() {
            &roster.source
        } else {
            &src.file
        };
        let mut plan = plan_student(src, matched);
        match plan.fields.validate() {
            Ok(valid) => plan.fields = valid,
            Err(e) => {
                problems.push(RowProblem::skipped(
                    file,
                    src.line,
                    msg!(
                        "import-roster-row-invalid",
                        student = row_name(src),
                        reason = e.message()
                    ),
                ));
                continue;
            }
        }
        plan.contacts_added.retain(|c| {
            let one = LearnerProfile {
                family_contacts: vec![c.clone()],
                ..Default::default()
            };
            let ok = one.validate();
            if let Err(e) = &ok {
                problems.push(RowProblem::warning(
                    file,
                    src.line,
                    msg!(
                        "import-roster-contact-left-out",
                        student = row_name(src),
                        contact = c.name.clone(),
                        reason = e.message()
                    ),
                ));
            }
            ok.is_ok()
        });
        plans.push(plan);
    }
    let withdrawn: BTreeSet<&str> = section.withdrawn_ids.iter().map(String::as_str).collect();
    let missing = known_students
        .iter()
        .filter(|k| !k.archived && !taken.contains(&k.id))
        .filter_map(|k| {
            let left = !k.source_id.is_empty() && withdrawn.contains(k.source_id.as_str());
            (roster.complete || left).then(|| MissingStudent {
                student_id: k.id,
                display_name: display_name(
                    &k.fields.given_name,
                    &k.fields.family_name,
                    &k.fields.preferred_name,
                ),
                withdrawn: left,
                archive: archive.contains(&k.id),
            })
        })
        .collect();
    let class_input = ClassInput {
        name: section.name.clone(),
        subject: section.subject.clone(),
        grade_level: section.grade_level.clone(),
    };
    ClassPlan {
        section_id: section.source_id.clone(),
        class_id: class.map(|(c, _)| c.id),
        name: class.map_or_else(|| section.name.clone(), |(c, _)| c.name.clone()),
        class: class_input,
        matched_by: class.map(|(_, by)| Message::new(by)),
        students: plans,
        missing,
    }
}

/// How a row is named in a problem: its names, or its id when it has none.
/// The row's student for a sentence: their name, or a clause naming their id.
fn row_name(src: &SourceStudent) -> MessageArg {
    let name = display_name(&src.given_name, &src.family_name, &src.preferred_name);
    if name.is_empty() {
        msg!("import-roster-student-with-id", id = src.source_id.clone()).into()
    } else {
        name.into()
    }
}

fn match_student<'a>(
    src: &SourceStudent,
    known: &'a [KnownStudent],
    taken: &BTreeSet<StudentId>,
) -> Option<(&'a KnownStudent, &'static str)> {
    let free = known.iter().filter(|k| !taken.contains(&k.id));
    if !src.source_id.is_empty()
        && let Some(k) = free.clone().find(|k| k.source_id == src.source_id)
    {
        return Some((k, "import-matched-by-student-id"));
    }
    let (given, family) = (name_key(&src.given_name), name_key(&src.family_name));
    let same_name: Vec<&KnownStudent> = free
        .filter(|k| k.source_id.is_empty())
        .filter(|k| {
            name_key(&k.fields.given_name) == given && name_key(&k.fields.family_name) == family
        })
        .collect();
    if !src.birth_date.is_empty()
        && let Some(k) = same_name
            .iter()
            .find(|k| k.fields.birth_date == src.birth_date)
    {
        return Some((k, "import-matched-by-name-and-birth-date"));
    }
    // Without a birth date on one side, the name alone decides, and only when it is unique:
    // two students called the same are never guessed between.
    let undated: Vec<&&KnownStudent> = same_name
        .iter()
        .filter(|k| src.birth_date.is_empty() || k.fields.birth_date.is_empty())
        .collect();
    match undated.as_slice() {
        [one] => Some((one, "import-matched-by-name")),
        _ => None,
    }
}

/// The value kept for one field: the file's when it has one, else what is there.
fn merged(now: &str, file: &str) -> String {
    if file.trim().is_empty() {
        now.to_owned()
    } else {
        file.trim().to_owned()
    }
}

/// The catalog ids of the student fields' names, in the order of [`student_values`].
const STUDENT_LABELS: [&str; 7] = [
    "import-field-given-name",
    "import-field-family-name",
    "import-field-preferred-name",
    "import-field-birth-date",
    "import-field-student-id",
    "import-field-email",
    "import-field-grade",
];

fn student_values(s: &StudentInput) -> [&str; 7] {
    [
        &s.given_name,
        &s.family_name,
        &s.preferred_name,
        &s.birth_date,
        &s.student_number,
        &s.email,
        &s.grade,
    ]
}

fn plan_student(
    src: &SourceStudent,
    matched: Option<(&KnownStudent, &'static str)>,
) -> StudentPlan {
    let number = if src.student_number.is_empty() {
        &src.source_id
    } else {
        &src.student_number
    };
    let from_file = StudentInput {
        given_name: src.given_name.trim().to_owned(),
        family_name: src.family_name.trim().to_owned(),
        preferred_name: src.preferred_name.trim().to_owned(),
        birth_date: src.birth_date.trim().to_owned(),
        student_number: number.trim().to_owned(),
        email: src.email.trim().to_owned(),
        grade: src.grade.trim().to_owned(),
    };
    let empty = StudentInput::default();
    let before = matched.map_or(&empty, |(k, _)| &k.fields);
    let after = StudentInput {
        given_name: merged(&before.given_name, &from_file.given_name),
        family_name: merged(&before.family_name, &from_file.family_name),
        preferred_name: merged(&before.preferred_name, &from_file.preferred_name),
        birth_date: merged(&before.birth_date, &from_file.birth_date),
        student_number: merged(&before.student_number, &from_file.student_number),
        email: merged(&before.email, &from_file.email),
        grade: merged(&before.grade, &from_file.grade),
    };
    let changes: Vec<FieldChange> = STUDENT_LABELS
        .iter()
        .zip(student_values(before).iter().zip(student_values(&after)))
        .filter(|(_, (b, a))| **b != *a)
        .map(|(label, (b, a))| FieldChange {
            label: Message::new(*label),
            before: (*b).to_owned(),
            after: a.to_owned(),
        })
        .collect();
    let (known_contacts, known_language) = matched.map_or((&[][..], ""), |(k, _)| {
        (&k.contacts[..], &k.home_language[..])
    });
    let mut names: BTreeSet<String> = known_contacts.iter().map(|c| name_key(&c.name)).collect();
    let room = ENTRIES_MAX.saturating_sub(known_contacts.len());
    let contacts_added: Vec<FamilyContact> = src
        .contacts
        .iter()
        .filter(|c| !c.name.trim().is_empty() && names.insert(name_key(&c.name)))
        .take(room)
        .cloned()
        .collect();
    let language = src.home_language.trim();
    let home_language = if !language.is_empty() && language != known_language {
        language.to_owned()
    } else {
        String::new()
    };
    let unarchive = matched.is_some_and(|(k, _)| k.archived);
    let set_source_id = matched.is_none_or(|(k, _)| k.source_id.is_empty());
    let action = match matched {
        None => StudentAction::New,
        Some(_)
            if changes.is_empty()
                && !unarchive
                && contacts_added.is_empty()
                && home_language.is_empty()
                && (!set_source_id || src.source_id.is_empty()) =>
        {
            StudentAction::Unchanged
        }
        Some(_) => StudentAction::Update,
    };
    StudentPlan {
        source_id: src.source_id.clone(),
        display_name: display_name(&after.given_name, &after.family_name, &after.preferred_name),
        action,
        student_id: matched.map(|(k, _)| k.id),
        matched_by: matched.map(|(_, by)| Message::new(by)),
        changes,
        fields: after,
        unarchive,
        set_source_id,
        contacts_added,
        home_language,
    }
}

#[cfg(test)]
mod tests;
