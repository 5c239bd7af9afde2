use super::*;
use crate::imports::roster::SourceTeacher;
use crate::messages::english;
use proptest::prelude::*;

fn sid(n: u8) -> StudentId {
    StudentId::mint(1_700_000_000_000 + u64::from(n), [n; 10])
}

fn cid(n: u8) -> ClassId {
    ClassId::mint(1_700_000_000_000 + u64::from(n), [n; 10])
}

fn src(id: &str, given: &str, family: &str, birth: &str) -> SourceStudent {
    SourceStudent {
        source_id: id.into(),
        given_name: given.into(),
        family_name: family.into(),
        birth_date: birth.into(),
        ..Default::default()
    }
}

fn roster(students: Vec<SourceStudent>, sections: Vec<(&str, &str, Vec<&str>)>) -> SourceRoster {
    let mut r = SourceRoster::new(RosterFormat::OneRoster11, "roster.zip");
    r.teachers.push(SourceTeacher {
        source_id: "t1".into(),
        given_name: "Maya".into(),
        family_name: "Ortiz".into(),
        email: String::new(),
    });
    r.students = students;
    r.sections = sections
        .into_iter()
        .map(|(id, name, ids)| SourceSection {
            source_id: id.into(),
            name: name.into(),
            teacher_ids: vec!["t1".into()],
            student_ids: ids.into_iter().map(String::from).collect(),
            ..Default::default()
        })
        .collect();
    r
}

fn known(n: u8, source: &str, given: &str, family: &str, birth: &str) -> KnownStudent {
    KnownStudent {
        id: sid(n),
        source_id: source.into(),
        fields: StudentInput {
            given_name: given.into(),
            family_name: family.into(),
            birth_date: birth.into(),
            ..Default::default()
        },
        archived: false,
        contacts: vec![],
        home_language: String::new(),
    }
}

fn choose(ids: &[&str]) -> RosterChoice {
    RosterChoice {
        section_ids: ids.iter().map(|s| (*s).to_owned()).collect(),
        ..Default::default()
    }
}

#[test]
fn a_first_import_makes_each_chosen_section_a_class_with_its_students() {
    let r = roster(
        vec![
            src("s1", "Ana", "Lopez", "2014-03-02"),
            src("s2", "Bo", "Chen", ""),
        ],
        vec![
            ("c1", "Math 6 P1", vec!["s1", "s2"]),
            ("c2", "Math 6 P2", vec!["s2"]),
        ],
    );
    let p = plan(&r, &[], &choose(&["c1"]));
    assert_eq!(
        p.classes.len(),
        1,
        "only the chosen section becomes a class"
    );
    assert_eq!(p.counts.classes_new, 1, "it is new");
    assert_eq!(p.counts.students_new, 2, "both its students are new");
    assert_eq!(
        p.classes[0].students[0].fields.student_number, "s1",
        "with no student number in the file, the source id is what shows as Student ID"
    );
}

#[test]
fn students_match_on_source_id_then_name_and_birth_date_never_making_twins() {
    let r = roster(
        vec![
            src("s1", "Ana", "Lopez", "2014-03-02"),
            src("s2", "bo ", "CHEN", "2014-05-05"),
            src("s3", "Cy", "Diaz", ""),
            src("s4", "Ana", "Lopez", "2014-09-09"),
        ],
        vec![("c1", "Math", vec!["s1", "s2", "s3", "s4"])],
    );
    let class = KnownClass {
        id: cid(1),
        name: "Math".into(),
        source_id: String::new(),
        students: vec![
            known(1, "s1", "Ana", "Lopez", "2014-03-02"),
            known(2, "", "Bo", "Chen", "2014-05-05"),
            known(3, "", "Cy", "Diaz", "2014-01-01"),
        ],
    };
    let p = plan(&r, &[class], &choose(&["c1"]));
    let c = &p.classes[0];
    assert_eq!(
        c.matched_by.as_ref().map(english).as_deref(),
        Some("name"),
        "a typed class of the same name is filled in, not doubled"
    );
    let names: Vec<String> = c
        .students
        .iter()
        .map(|s| s.matched_by.as_ref().map(english).unwrap_or_default())
        .collect();
    let by: Vec<(&str, Option<StudentId>)> = c
        .students
        .iter()
        .zip(&names)
        .map(|(s, n)| (n.as_str(), s.student_id))
        .collect();
    assert_eq!(
        by,
        [
            ("Student ID", Some(sid(1))),
            ("name and birth date", Some(sid(2))),
            ("name", Some(sid(3))),
            ("", None),
        ],
        "id first, then name and birth date (any case and spacing), then a unique name when the file has no date; \
         a second Ana Lopez with another birth date is a new student, never a twin of the first"
    );
    assert!(
        c.missing.is_empty(),
        "everyone in the class is still listed"
    );
}

#[test]
fn the_same_roster_again_changes_nothing() {
    let mut s1 = src("s1", "Ana", "Lopez", "2014-03-02");
    s1.contacts.push(FamilyContact {
        name: "Rosa Lopez".into(),
        relationship: "Mother".into(),
        ..Default::default()
    });
    s1.home_language = "es".into();
    let r = roster(vec![s1], vec![("c1", "Math", vec!["s1"])]);
    let first = plan(&r, &[], &choose(&["c1"]));
    let after = applied(&first);
    let second = plan(&r, &after, &choose(&["c1"]));
    assert_eq!(
        second.counts.students_unchanged, 1,
        "the student is as the file has her"
    );
    assert!(
        second.is_empty(),
        "nothing would be written: {:?}",
        second.counts
    );
}

#[test]
fn a_newer_roster_gives_exactly_its_changes_and_archives_only_ticked_students() {
    let old = roster(
        vec![
            src("s1", "Ana", "Lopez", ""),
            src("s2", "Bo", "Chen", ""),
            src("s3", "Cy", "Diaz", ""),
            src("s4", "Di", "Eze", ""),
        ],
        vec![
            ("c1", "P1", vec!["s1", "s2", "s3"]),
            ("c2", "P2", vec!["s4"]),
        ],
    );
    let known = applied(&plan(&old, &[], &choose(&["c1", "c2"])));
    // s1 moves to P2, s2 is renamed, s3 leaves.
    let new = roster(
        vec![
            src("s1", "Ana", "Lopez", ""),
            src("s2", "Bob", "Chen", ""),
            src("s4", "Di", "Eze", ""),
        ],
        vec![("c1", "P1", vec!["s2"]), ("c2", "P2", vec!["s4", "s1"])],
    );
    let p = plan(&new, &known, &choose(&["c1", "c2"]));
    assert_eq!(
        (
            p.counts.students_new,
            p.counts.students_updated,
            p.counts.students_missing
        ),
        (1, 1, 2),
        "the mover is new in P2 and missing from P1, the renamed student is updated, the leaver is missing"
    );
    assert_eq!(
        p.counts.students_archived, 0,
        "nobody is archived unless ticked"
    );
    let updated = p.classes[0]
        .students
        .iter()
        .find(|s| s.action == StudentAction::Update);
    assert_eq!(
        updated.map(|s| s.changes.clone()),
        Some(vec![FieldChange {
            label: msg!("import-field-given-name"),
            before: "Bo".into(),
            after: "Bob".into()
        }]),
        "only the renamed field changes"
    );
    let leaver = p.classes[0]
        .missing
        .iter()
        .find(|m| m.display_name == "Cy Diaz");
    let ticked = RosterChoice {
        archive: leaver.map(|m| m.student_id).into_iter().collect(),
        ..choose(&["c1", "c2"])
    };
    let p = plan(&new, &known, &ticked);
    assert_eq!(
        p.counts.students_archived, 1,
        "the ticked student is archived"
    );
}

#[test]
fn an_empty_field_in_the_file_never_blanks_what_the_teacher_typed() {
    let r = roster(
        vec![src("s1", "Ana", "Lopez", "")],
        vec![("c1", "Math", vec!["s1"])],
    );
    let mut k = known(1, "s1", "Ana", "Lopez", "2014-03-02");
    k.fields.preferred_name = "Annie".into();
    let class = KnownClass {
        id: cid(1),
        name: "My math".into(),
        source_id: "c1".into(),
        students: vec![k],
    };
    let p = plan(&r, &[class], &choose(&["c1"]));
    assert_eq!(
        p.classes[0].name, "My math",
        "the teacher's class name is kept"
    );
    let s = &p.classes[0].students[0];
    assert_eq!(s.fields.preferred_name, "Annie", "kept");
    assert_eq!(s.fields.birth_date, "2014-03-02", "kept");
}

#[test]
fn a_delta_file_lists_only_withdrawn_students_as_missing() {
    let mut r = roster(
        vec![src("s2", "Bo", "Chen", "")],
        vec![("c1", "Math", vec!["s2"])],
    );
    r.complete = false;
    r.sections[0].withdrawn_ids.push("s1".into());
    let class = KnownClass {
        id: cid(1),
        name: "Math".into(),
        source_id: "c1".into(),
        students: vec![
            known(1, "s1", "Ana", "Lopez", ""),
            known(3, "s3", "Cy", "Diaz", ""),
        ],
    };
    let p = plan(&r, &[class], &choose(&["c1"]));
    let missing: Vec<(&str, bool)> = p.classes[0]
        .missing
        .iter()
        .map(|m| (m.display_name.as_str(), m.withdrawn))
        .collect();
    assert_eq!(
        missing,
        [("Ana Lopez", true)],
        "a delta file's silence about Cy says nothing; Ana's withdrawal is listed"
    );
}

#[test]
fn unknown_sections_and_enrollments_are_reported_not_fatal() {
    let r = roster(
        vec![src("s1", "Ana", "Lopez", "")],
        vec![("c1", "Math", vec!["s1", "s9"])],
    );
    let p = plan(&r, &[], &choose(&["c1", "nope"]));
    assert_eq!(
        p.classes[0].students.len(),
        1,
        "the known student is planned"
    );
    assert_eq!(
        p.problems.len(),
        2,
        "the unknown enrollment and section are both reported"
    );
    assert!(
        p.problems
            .iter()
            .all(|pr| pr.level == crate::imports::ProblemLevel::Skipped),
        "both are left out"
    );
}

/// The classes as they would be after applying `p` to nothing, for a second plan.
fn applied(p: &RosterPlan) -> Vec<KnownClass> {
    p.classes
        .iter()
        .enumerate()
        .map(|(i, c)| KnownClass {
            id: c.class_id.unwrap_or_else(|| cid(100 + i as u8)),
            name: c.name.clone(),
            source_id: c.section_id.clone(),
            students: c
                .students
                .iter()
                .enumerate()
                .map(|(j, s)| KnownStudent {
                    id: s.student_id.unwrap_or_else(|| sid((i * 20 + j) as u8)),
                    source_id: s.source_id.clone(),
                    fields: s.fields.clone(),
                    archived: false,
                    contacts: s.contacts_added.clone(),
                    home_language: s.home_language.clone(),
                })
                .collect(),
        })
        .collect()
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Ana"),
        Just("Bo"),
        Just("Cy"),
        Just("Lopez"),
        Just("Chen")
    ]
    .prop_map(String::from)
}

proptest! {
    /// Whatever the roster, applying its plan and planning again finds nothing to do, and no
    /// student of the file lands on two rows or two rows on one student.
    #[test]
    fn planning_again_after_applying_is_a_no_op(
        people in proptest::collection::vec((name(), name(), proptest::option::of(0u8..3)), 1..12),
        split in 0usize..12,
    ) {
        let students: Vec<SourceStudent> = people
            .iter()
            .enumerate()
            .map(|(i, (g, f, d))| src(&format!("s{i}"), g, f, &d.map_or(String::new(), |d| format!("2014-01-0{}", d + 1))))
            .collect();
        let ids: Vec<String> = students.iter().map(|s| s.source_id.clone()).collect();
        let cut = split.min(ids.len());
        let r = roster(
            students,
            vec![
                ("c1", "P1", ids[..cut].iter().map(String::as_str).collect()),
                ("c2", "P2", ids[cut..].iter().map(String::as_str).collect()),
            ],
        );
        let first = plan(&r, &[], &choose(&["c1", "c2"]));
        prop_assert_eq!(first.counts.students_new as usize, ids.len(), "all new the first time");
        let second = plan(&r, &applied(&first), &choose(&["c1", "c2"]));
        prop_assert!(second.is_empty(), "the second plan writes nothing: {:?}", second.counts);
        for c in &second.classes {
            let mut seen = BTreeSet::new();
            for s in &c.students {
                prop_assert!(seen.insert(s.student_id), "no student is matched twice");
            }
        }
    }
}

#[test]
fn a_row_that_breaks_a_rule_is_skipped_with_its_line_and_the_rest_go_ahead() {
    let mut bad = src("s2", "", "Chen", "");
    bad.file = "users.csv".into();
    bad.line = 7;
    let mut odd_contact = src("s3", "Cy", "Diaz", "");
    odd_contact.contacts.push(FamilyContact {
        name: "Dee Diaz".into(),
        email: "not an email".into(),
        ..Default::default()
    });
    let r = roster(
        vec![src("s1", "Ana", "Lopez", ""), bad, odd_contact],
        vec![("c1", "Math", vec!["s1", "s2", "s3"])],
    );
    let p = plan(&r, &[], &choose(&["c1"]));
    assert_eq!(p.counts.students_new, 2, "the good rows go ahead");
    let skipped = &p.problems[0];
    assert_eq!(
        (skipped.file.as_str(), skipped.line, skipped.level),
        ("users.csv", 7, crate::imports::ProblemLevel::Skipped),
        "the unusable row is named by file and line"
    );
    assert!(
        skipped.reason.to_string().contains("Given name"),
        "and says why: {}",
        skipped.reason
    );
    assert!(
        p.classes[0].students[1].contacts_added.is_empty() && p.problems.len() == 2,
        "a contact with a bad email is left out with a warning, the student kept"
    );
}

#[test]
fn a_delta_file_keeps_unchanged_students_and_skips_unnamed_new_sections() {
    let mut r = roster(vec![], vec![("c1", "", vec!["s1"]), ("c9", "", vec!["s1"])]);
    r.complete = false;
    let class = KnownClass {
        id: cid(1),
        name: "Math".into(),
        source_id: "c1".into(),
        students: vec![known(1, "s1", "Ana", "Lopez", "")],
    };
    let p = plan(&r, &[class], &choose(&["c1", "c9"]));
    assert_eq!(
        p.classes.len(),
        1,
        "the section known by id alone is skipped"
    );
    assert!(
        p.classes[0].missing.is_empty() && p.problems.len() == 1,
        "Ana, whom the delta enrolls without listing her again, stays without a problem; the unnamed section is the one problem: {:?}",
        p.problems
    );
}

#[test]
fn every_field_label_and_match_has_english() {
    for id in STUDENT_LABELS.iter().chain(&[
        "import-matched-by-student-id",
        "import-matched-by-section-id",
        "import-matched-by-name",
        "import-matched-by-name-and-birth-date",
    ]) {
        assert!(
            crate::messages::english_has(id),
            "{id} is sent to the UI as a message id, so the catalogs must have it"
        );
    }
    assert_eq!(
        english(&Message::new(STUDENT_LABELS[1])),
        "Family name",
        "a field's name reads as it did before it had an id"
    );
}
