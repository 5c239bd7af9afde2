//! Real roster exports and quirk sets (see tests/fixtures/roster/README.md) read through the
//! public API. Counts are checked against counts computed here with a plain CSV pass, not
//! with the readers.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use waypoint_core::imports::ProblemLevel;
use waypoint_core::imports::roster::{RosterFormat, SourceRoster};
use waypoint_import::Error;
use waypoint_import::roster::{detect, read};
use waypoint_import::source::{Source, from_bytes, open};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/roster")
        .join(path)
}

fn load(path: &str) -> Source {
    open(&fixture(path)).unwrap_or_else(|e| panic!("{path} opens: {e}"))
}

/// A file's rows as header → value maps, by the `csv` crate alone (BOM dropped, header
/// names lower-cased).
fn rows(source: &Source, name: &str) -> Vec<HashMap<String, String>> {
    let Some(file) = source.file(name) else {
        return vec![];
    };
    let bytes = file
        .bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&file.bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    reader
        .records()
        .map(|r| {
            let r = r.expect("a record");
            headers
                .iter()
                .cloned()
                .zip(r.iter().map(|c| c.trim().to_owned()))
                .collect()
        })
        .collect()
}

fn get<'a>(row: &'a HashMap<String, String>, key: &str) -> &'a str {
    row.get(&key.to_lowercase()).map_or("", String::as_str)
}

fn live(row: &HashMap<String, String>) -> bool {
    !matches!(get(row, "status"), "tobedeleted" | "inactive")
}

/// Teachers, sections, students and student enrollments a bulk OneRoster-shaped set holds,
/// counted from the files: roles from users.csv's `role`, else from roles.csv.
fn oneroster_counts(source: &Source) -> [usize; 4] {
    let users = rows(source, "users.csv");
    let roles = rows(source, "roles.csv");
    let with_role = |role: &[&str]| -> HashSet<String> {
        let live_users: HashSet<&str> = users
            .iter()
            .filter(|u| live(u))
            .map(|u| get(u, "sourcedId"))
            .collect();
        let mut ids: HashSet<String> = users
            .iter()
            .filter(|u| live(u) && role.contains(&get(u, "role")))
            .map(|u| get(u, "sourcedId").to_owned())
            .collect();
        ids.extend(
            roles
                .iter()
                .filter(|r| {
                    role.contains(&get(r, "role")) && live_users.contains(get(r, "userSourcedId"))
                })
                .map(|r| get(r, "userSourcedId").to_owned()),
        );
        ids
    };
    let students = with_role(&["student"]);
    let teachers = with_role(&["teacher", "professor"]);
    let classes: HashSet<String> = rows(source, "classes.csv")
        .iter()
        .filter(|c| live(c))
        .map(|c| get(c, "sourcedId").to_owned())
        .collect();
    let enrollments: HashSet<(String, String)> = rows(source, "enrollments.csv")
        .iter()
        .filter(|e| {
            live(e)
                && get(e, "role") == "student"
                && classes.contains(get(e, "classSourcedId"))
                && students.contains(get(e, "userSourcedId"))
        })
        .map(|e| {
            (
                get(e, "classSourcedId").to_owned(),
                get(e, "userSourcedId").to_owned(),
            )
        })
        .collect();
    [
        teachers.len(),
        classes.len(),
        students.len(),
        enrollments.len(),
    ]
}

fn counts(roster: &SourceRoster) -> [usize; 4] {
    [
        roster.teachers.len(),
        roster.sections.len(),
        roster.students.len(),
        roster.sections.iter().map(|s| s.student_ids.len()).sum(),
    ]
}

fn problems_of(roster: &SourceRoster, level: ProblemLevel) -> Vec<String> {
    roster
        .problems
        .iter()
        .filter(|p| p.level == level)
        .map(|p| format!("{}:{} {}", p.file, p.line, p.reason))
        .collect()
}

#[test]
fn real_oneroster_sets_read_with_the_counts_their_files_hold() {
    for (path, format) in [
        ("oneroster/catalyst-1.1-bulk.zip", RosterFormat::OneRoster11),
        ("oneroster/catalyst-1.2-bulk.zip", RosterFormat::OneRoster12),
        (
            "oneroster/catalyst-1.2-delta.zip",
            RosterFormat::OneRoster12,
        ),
    ] {
        let source = load(path);
        assert_eq!(
            detect(&source),
            Some(format),
            "{path} is recognized by its manifest"
        );
        let roster = read(&source, None).unwrap_or_else(|e| panic!("{path} reads: {e}"));
        assert!(
            counts(&roster).iter().skip(1).all(|n| *n > 0),
            "{path} has sections, students and enrollments to compare"
        );
        assert_eq!(
            counts(&roster),
            oneroster_counts(&source),
            "{path}: teachers, sections, students and enrollments match the files ({:?})",
            roster.problems
        );
    }
}

#[test]
fn the_real_1_1_bulk_set_leaves_out_what_it_must_and_says_why() {
    let roster = read(&load("oneroster/catalyst-1.1-bulk.zip"), None).expect("reads");
    assert!(roster.complete, "a bulk set is complete");
    let skipped = problems_of(&roster, ProblemLevel::Skipped);
    assert!(
        skipped
            .iter()
            .any(|p| p.starts_with("classes.csv:3") && p.contains("tobedeleted")),
        "the tobedeleted class is listed as left out: {skipped:?}"
    );
    assert!(
        skipped
            .iter()
            .any(|p| p.contains("usr-222-987654 as a student") && p.contains("not as a student")),
        "a teacher enrolled as a student is listed, not turned into a student: {skipped:?}"
    );
    let mary = roster
        .students
        .iter()
        .find(|s| s.source_id == "usr-222-66778899")
        .expect("Mary is a student");
    let contacts: Vec<_> = mary
        .contacts
        .iter()
        .map(|c| (c.name.as_str(), c.relationship.as_str(), c.phone.as_str()))
        .collect();
    assert_eq!(
        contacts,
        [("Thomas Jones", "Parent", "6039876543")],
        "the parent whose agentSourcedIds names Mary is her contact; her teacher-agent is not"
    );
    assert_eq!(
        mary.student_number, "mary.jones",
        "identifier is the student number"
    );
    assert_eq!(mary.grade, "12", "grades gives the grade");
}

#[test]
fn the_real_1_2_sets_take_roles_from_roles_csv_and_preferred_names_and_deltas() {
    let roster = read(&load("oneroster/catalyst-1.2-bulk.zip"), None).expect("reads");
    let mary = roster
        .students
        .iter()
        .find(|s| s.source_id == "usr-222-66778899")
        .expect("Mary is a student through roles.csv");
    assert_eq!(
        mary.preferred_name, "MJ",
        "the exporter's preferred-name column is read"
    );
    assert_eq!(
        mary.contacts
            .iter()
            .map(|c| c.relationship.as_str())
            .collect::<Vec<_>>(),
        ["Guardian"],
        "the teacher who is also her guardian (a secondary role) is her contact"
    );
    assert!(
        roster
            .teachers
            .iter()
            .any(|t| t.source_id == "usr-222-123456"),
        "a teacher with a secondary guardian role is still a teacher"
    );

    let delta = read(&load("oneroster/catalyst-1.2-delta.zip"), None).expect("reads");
    assert!(!delta.complete, "a delta set is not complete");
    assert_eq!(
        delta.students[0].birth_date, "2010-04-17",
        "demographics keyed by sourcedId"
    );
    assert_eq!(
        delta.sections[0].school, "Gotham High School",
        "orgs names the school"
    );
}

#[test]
fn real_school_data_sync_sets_read_with_the_counts_their_files_hold() {
    let v1 = load("sds-1");
    assert_eq!(
        detect(&v1),
        Some(RosterFormat::SdsV1),
        "SDS v1 by its file names"
    );
    let roster = read(&v1, None).expect("SDS v1 reads");
    let students: HashSet<String> = rows(&v1, "Student.csv")
        .iter()
        .map(|r| get(r, "SIS ID").to_owned())
        .collect();
    let sections: HashSet<String> = rows(&v1, "Section.csv")
        .iter()
        .map(|r| get(r, "SIS ID").to_owned())
        .collect();
    let enrollments = rows(&v1, "StudentEnrollment.csv")
        .iter()
        .filter(|r| {
            sections.contains(get(r, "Section SIS ID")) && students.contains(get(r, "SIS ID"))
        })
        .count();
    assert_eq!(
        counts(&roster),
        [
            rows(&v1, "Teacher.csv").len(),
            sections.len(),
            students.len(),
            enrollments
        ],
        "SDS v1 counts match the files: {:?}",
        roster.problems
    );
    assert_eq!(
        roster.students[0].birth_date, "2000-04-02",
        "M/D/YYYY birth dates"
    );
    assert!(
        roster.sections.iter().all(|s| s.teacher_ids.len() == 1),
        "TeacherRoster.csv gives each section its teacher"
    );
    assert!(
        roster.problems.is_empty(),
        "a clean sample has no problems: {:?}",
        roster.problems
    );

    let v21 = load("sds-2.1");
    assert_eq!(
        detect(&v21),
        Some(RosterFormat::SdsV21),
        "SDS v2.1: users and roles, no manifest"
    );
    let roster = read(&v21, None).expect("SDS v2.1 reads");
    assert_eq!(
        counts(&roster),
        oneroster_counts(&v21),
        "SDS v2.1 counts match the files"
    );
    let jack = &roster.students[0];
    assert_eq!(
        (jack.birth_date.as_str(), jack.grade.as_str()),
        ("2001-07-02", "10"),
        "birth date from demographics, grade from roles"
    );
    assert_eq!(
        jack.contacts
            .iter()
            .map(|c| (c.name.as_str(), c.relationship.as_str(), c.phone.as_str()))
            .collect::<Vec<_>>(),
        [("Jean Craig", "Guardian", "+11234567890")],
        "relationships.csv gives family contacts"
    );
}

#[test]
fn a_clever_set_reads_with_its_contacts_teachers_and_problems() {
    let source = load("clever");
    assert_eq!(
        detect(&source),
        Some(RosterFormat::Clever),
        "Clever by its file names"
    );
    let roster = read(&source, None).expect("reads");
    let students: HashSet<String> = rows(&source, "students.csv")
        .iter()
        .map(|r| get(r, "Student_id").to_owned())
        .collect();
    let sections: HashSet<String> = rows(&source, "sections.csv")
        .iter()
        .map(|r| get(r, "Section_id").to_owned())
        .collect();
    let enrollments = rows(&source, "enrollments.csv")
        .iter()
        .filter(|r| {
            students.contains(get(r, "Student_id")) && sections.contains(get(r, "Section_id"))
        })
        .count();
    assert_eq!(
        counts(&roster),
        [
            rows(&source, "teachers.csv").len(),
            sections.len(),
            students.len(),
            enrollments
        ],
        "Clever counts match the files"
    );
    let lucia = &roster.students[0];
    assert_eq!(lucia.birth_date, "2014-03-14", "Clever's MM/DD/YYYY");
    assert_eq!(lucia.home_language, "Spanish", "Home_language");
    assert_eq!(
        lucia
            .contacts
            .iter()
            .map(|c| c.relationship.as_str())
            .collect::<Vec<_>>(),
        ["Mother", "Grandfather"],
        "a student on two rows has both contacts"
    );
    assert_eq!(
        roster.sections[1].name, "Math 7 2",
        "a section without a Name is named from its course"
    );
    assert_eq!(
        roster.sections[1].teacher_ids,
        ["T1", "T2"],
        "Teacher_2_id is a second teacher"
    );
    assert_eq!(
        roster.students[3].birth_date, "",
        "an impossible date reads as empty"
    );
    assert_eq!(
        problems_of(&roster, ProblemLevel::Warning).len(),
        1,
        "one warning, for the impossible date: {:?}",
        roster.problems
    );
    assert_eq!(
        problems_of(&roster, ProblemLevel::Skipped),
        [
            "enrollments.csv:7 Line 7 names the student 9999, who is not in students.csv, so the enrollment is left out."
        ],
        "the enrollment of an unknown student is left out, by file and line"
    );
}

#[test]
fn every_quirk_reads_to_the_same_roster_as_the_clean_file() {
    let clean = read(&load("quirks/oneroster-clean"), None).expect("clean reads");
    let quirky = read(&load("quirks/oneroster-quirky"), None).expect("quirky reads");
    assert!(
        clean.problems.is_empty(),
        "the clean set has no problems: {:?}",
        clean.problems
    );
    assert_eq!(
        problems_of(&quirky, ProblemLevel::Warning)
            .iter()
            .map(|p| p.split(' ').next().unwrap_or("").to_owned())
            .collect::<Vec<_>>(),
        ["enrollments.csv:3", "enrollments.csv:5"],
        "the short and the long row are each a warning, and nothing else is: {:?}",
        quirky.problems
    );
    assert_eq!(
        SourceRoster {
            problems: vec![],
            source: clean.source.clone(),
            ..quirky
        },
        clean,
        "BOM, CR/LF/CRLF, quoting, column order, metadata columns and ragged rows change nothing"
    );
    let ada = &clean.students[0];
    assert_eq!(
        ada.family_name, "Lovelace, Countess",
        "a quoted comma is part of the name"
    );
    assert_eq!(ada.birth_date, "2014-12-10", "demographics");
    assert_eq!(
        ada.contacts[0].email, "anne@mail.example",
        "the parent is a contact"
    );
    assert_eq!(
        clean.sections[0].school, "Hillside School",
        "the school's name"
    );
    assert_eq!(
        clean.sections[1].student_ids,
        ["s3", "s1"],
        "enrollments in file order"
    );
}

#[test]
fn a_zip_of_the_quirky_set_in_a_folder_reads_like_the_folder() {
    let folder = load("quirks/oneroster-quirky");
    let mut out = std::io::Cursor::new(vec![]);
    let mut zip = zip::ZipWriter::new(&mut out);
    for f in &folder.files {
        zip.start_file(
            format!("export/{}", f.name),
            zip::write::SimpleFileOptions::default(),
        )
        .expect("start a zip entry");
        zip.write_all(&f.bytes).expect("write a zip entry");
    }
    zip.finish().expect("finish the zip");
    let zipped = from_bytes("oneroster.zip", out.into_inner()).expect("the zip opens");
    let from_zip = read(&zipped, None).expect("reads");
    let from_folder = read(&folder, None).expect("reads");
    assert_eq!(
        SourceRoster {
            source: String::new(),
            ..from_zip
        },
        SourceRoster {
            source: String::new(),
            ..from_folder
        },
        "a zip and a folder of the same files are the same roster"
    );
}

#[test]
fn tobedeleted_rows_in_a_bulk_set_are_left_out_and_listed() {
    let roster = read(&load("quirks/oneroster-bulk-tobedeleted"), None).expect("reads");
    assert!(roster.complete, "bulk");
    assert!(
        !roster.students.iter().any(|s| s.source_id == "s2"),
        "the deleted student is not imported"
    );
    assert_eq!(
        roster
            .sections
            .iter()
            .map(|s| s.source_id.as_str())
            .collect::<Vec<_>>(),
        ["c1"],
        "the deleted class is not imported"
    );
    assert_eq!(
        roster.sections[0].student_ids,
        ["s1"],
        "nor the deleted student's enrollment"
    );
    let skipped = problems_of(&roster, ProblemLevel::Skipped);
    assert_eq!(
        skipped.len(),
        3,
        "user, class and enrollment, each once: {skipped:?}"
    );
    assert!(
        skipped
            .iter()
            .all(|p| p.contains("tobedeleted in a full (bulk) export")),
        "each says why: {skipped:?}"
    );
    assert!(
        roster
            .problems
            .iter()
            .all(|p| p.level == ProblemLevel::Skipped),
        "no other problems"
    );
}

#[test]
fn a_delta_set_withdraws_warns_and_keeps_references_to_earlier_files() {
    let roster = read(&load("quirks/oneroster-delta"), None).expect("reads");
    assert!(!roster.complete, "a delta set is not complete");
    assert_eq!(
        roster
            .students
            .iter()
            .map(|s| s.source_id.as_str())
            .collect::<Vec<_>>(),
        ["s4"],
        "only the new student; the deleted one is not imported"
    );
    let warnings = problems_of(&roster, ProblemLevel::Warning);
    assert_eq!(
        warnings.len(),
        1,
        "the deleted user is one warning: {:?}",
        roster.problems
    );
    assert!(
        warnings[0].contains("Alan Turing (s2)"),
        "naming them: {warnings:?}"
    );
    let c1 = roster
        .sections
        .iter()
        .find(|s| s.source_id == "c1")
        .expect("c1 from an earlier file");
    assert_eq!(c1.student_ids, ["s4"], "the new enrollment");
    assert_eq!(
        c1.withdrawn_ids,
        ["s1"],
        "the tobedeleted enrollment is a withdrawal"
    );
    let c3 = roster
        .sections
        .iter()
        .find(|s| s.source_id == "c3")
        .expect("the new class");
    assert_eq!(
        c3.student_ids,
        ["s3"],
        "a student sent earlier can join a new class"
    );
}

#[test]
fn a_set_without_a_manifest_is_oneroster_1_0() {
    let source = load("quirks/oneroster-1.0");
    assert_eq!(
        detect(&source),
        Some(RosterFormat::OneRoster10),
        "no manifest is 1.0"
    );
    let roster = read(&source, None).expect("reads");
    assert_eq!(roster.students.len(), 1, "the inactive student is left out");
    let bo = &roster.students[0];
    assert_eq!(bo.birth_date, "2006-05-04", "demographics by userSourcedId");
    assert_eq!(
        bo.contacts
            .iter()
            .map(|c| (c.name.as_str(), c.phone.as_str()))
            .collect::<Vec<_>>(),
        [("Ella Diddley", "555-0150")],
        "1.0's agents column"
    );
    assert_eq!(roster.sections[0].grade_level, "03", "1.0's grade column");
    assert_eq!(
        roster.sections[0].teacher_ids,
        ["u2"],
        "the teacher enrollment"
    );
}

#[test]
fn a_set_missing_a_required_file_is_refused_by_name() {
    let mut source = load("quirks/oneroster-clean");
    source.files.retain(|f| f.name != "enrollments.csv");
    let err = read(&source, None).expect_err("no enrollments");
    assert!(
        matches!(err, Error::MissingFile { .. }),
        "a missing file: {err:?}"
    );
    assert_eq!(
        err.to_string(),
        "oneroster-clean looks like a OneRoster 1.1 export but has no enrollments.csv.",
        "one sentence naming the set and the file"
    );
}

#[test]
fn unrelated_files_are_not_a_roster() {
    let mut source = load("quirks/oneroster-clean");
    source
        .files
        .retain(|f| f.name == "orgs.csv" || f.name == "demographics.csv");
    assert_eq!(
        detect(&source),
        None,
        "two unrelated CSV files are no format"
    );
    let err = read(&source, None).expect_err("not a roster");
    assert!(
        err.to_string()
            .starts_with("oneroster-clean is not a roster Waypoint recognizes"),
        "one sentence: {err}"
    );
}
