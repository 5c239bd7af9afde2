//! Roster imports through the store on a real database: preview writes nothing, a first
//! import makes classes and students, the same file again writes nothing at all, a newer
//! file gives exactly its changes, and undo puts the live data back.

use anyhow::Result;
use serde_json::Value;
use waypoint_core::imports::roster::{RosterFormat, SourceRoster, SourceSection, SourceStudent};
use waypoint_core::imports::roster_plan::RosterChoice;
use waypoint_core::roster::FamilyContact;
use waypoint_store::imports::{self, roster as roster_import};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, Error, roster};

use super::{class, student};

fn pupil(id: &str, given: &str, family: &str, birth: &str) -> SourceStudent {
    SourceStudent {
        source_id: id.into(),
        given_name: given.into(),
        family_name: family.into(),
        birth_date: birth.into(),
        ..Default::default()
    }
}

fn file(students: Vec<SourceStudent>, sections: &[(&str, &str, &[&str])]) -> SourceRoster {
    let mut r = SourceRoster::new(RosterFormat::OneRoster11, "oneroster.zip");
    r.students = students;
    r.sections = sections
        .iter()
        .map(|(id, name, ids)| SourceSection {
            source_id: (*id).into(),
            name: (*name).into(),
            student_ids: ids.iter().map(|s| (*s).to_owned()).collect(),
            ..Default::default()
        })
        .collect();
    r
}

fn choose(ids: &[&str]) -> RosterChoice {
    RosterChoice {
        section_ids: ids.iter().map(|s| (*s).to_owned()).collect(),
        ..Default::default()
    }
}

/// The dump with deleted rows left out: what every screen shows.
fn live(db: &Db) -> Result<Value> {
    let mut dump = dump_materialized(db.conn())?;
    for rows in dump
        .as_object_mut()
        .into_iter()
        .flat_map(|o| o.values_mut())
    {
        if let Value::Array(rows) = rows {
            rows.retain(|r| r.get("_deleted") != Some(&Value::Bool(true)));
        }
    }
    Ok(dump)
}

fn first_file() -> SourceRoster {
    let mut ana = pupil("s1", "Ana", "Lopez", "2014-03-02");
    ana.contacts.push(FamilyContact {
        name: "Rosa Lopez".into(),
        relationship: "Mother".into(),
        preferred_language: "es".into(),
        ..Default::default()
    });
    ana.home_language = "es".into();
    file(
        vec![
            ana,
            pupil("s2", "Bo", "Chen", ""),
            pupil("s3", "Cy", "Diaz", ""),
            pupil("s4", "Di", "Eze", ""),
        ],
        &[
            ("c1", "Math 6 P1", &["s1", "s2", "s3"]),
            ("c2", "Math 6 P2", &["s4"]),
            ("c3", "Art", &["s4"]),
        ],
    )
}

#[test]
fn a_preview_writes_nothing_and_the_import_makes_the_chosen_classes() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.db"))?;
    let before = dump_materialized(db.conn())?;
    let plan = roster_import::preview_roster(db.conn(), &first_file(), &choose(&["c1", "c2"]))?;
    assert_eq!(
        (plan.counts.classes_new, plan.counts.students_new),
        (2, 4),
        "two sections chosen, four enrollments"
    );
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "a preview writes nothing"
    );
    assert_eq!(db.own_op_count()?, 0, "and makes no op");

    let outcome = roster_import::apply_roster(
        &mut db,
        &first_file(),
        &choose(&["c1", "c2"]),
        &mut |_, _| {},
    )?;
    assert_eq!(
        outcome.counts, plan.counts,
        "applying does what the preview showed"
    );
    let classes = roster::list_classes(db.conn(), false)?;
    let names: Vec<(&str, u32)> = classes
        .iter()
        .map(|c| (c.name.as_str(), c.student_count))
        .collect();
    assert_eq!(
        names,
        [("Math 6 P1", 3), ("Math 6 P2", 1)],
        "the unchosen Art section is not brought in"
    );
    let p1 = roster::list_students(db.conn(), outcome.class_ids[0], false)?;
    let ana = p1
        .iter()
        .find(|s| s.given_name == "Ana")
        .expect("Ana is in P1");
    assert_eq!(
        (ana.birth_date.as_str(), ana.student_number.as_str()),
        ("2014-03-02", "s1"),
        "birth date and the source's id (as Student ID) land on the student"
    );
    let profile = roster::get_profile(db.conn(), ana.id)?;
    assert_eq!(
        profile.home_language, "es",
        "the home language lands on the profile"
    );
    assert_eq!(
        profile.family_contacts.len(),
        1,
        "the guardian becomes a family contact"
    );
    let last = imports::last_file_import(&db)?.expect("the import is recorded");
    assert!(last.can_undo, "and can be undone right away");
    Ok(())
}

#[test]
fn the_same_roster_again_writes_nothing_at_all() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.db"))?;
    roster_import::apply_roster(
        &mut db,
        &first_file(),
        &choose(&["c1", "c2"]),
        &mut |_, _| {},
    )?;
    let (dump, ops, last) = (
        dump_materialized(db.conn())?,
        db.own_op_count()?,
        imports::last_file_import(&db)?,
    );
    let again = roster_import::apply_roster(
        &mut db,
        &first_file(),
        &choose(&["c1", "c2"]),
        &mut |_, _| {},
    )?;
    assert_eq!(
        again.counts.students_unchanged, 4,
        "every student is matched and unchanged"
    );
    assert_eq!(dump_materialized(db.conn())?, dump, "the dump is identical");
    assert_eq!(db.own_op_count()?, ops, "no op is written");
    assert!(
        again.import.is_none(),
        "and no import is recorded, so the first stays undoable"
    );
    assert_eq!(
        imports::last_file_import(&db)?,
        last,
        "the first import is still the last"
    );
    Ok(())
}

#[test]
fn a_newer_roster_moves_renames_and_lists_the_missing_archiving_only_when_ticked() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.db"))?;
    let first = roster_import::apply_roster(
        &mut db,
        &first_file(),
        &choose(&["c1", "c2"]),
        &mut |_, _| {},
    )?;
    let newer = file(
        vec![
            pupil("s1", "Ana", "Lopez", "2014-03-02"),
            pupil("s2", "Bob", "Chen", ""),
            pupil("s4", "Di", "Eze", ""),
        ],
        &[
            ("c1", "Math 6 P1", &["s2"]),
            ("c2", "Math 6 P2", &["s4", "s1"]),
        ],
    );
    let ops = db.own_op_count()?;
    let plan = roster_import::preview_roster(db.conn(), &newer, &choose(&["c1", "c2"]))?;
    let c = &plan.counts;
    assert_eq!(
        (
            c.students_new,
            c.students_updated,
            c.students_missing,
            c.students_archived
        ),
        (1, 1, 2, 0),
        "Ana is new in P2 and missing from P1, Bo is renamed, Cy is missing; nobody is archived"
    );
    let cy = plan.classes[0]
        .missing
        .iter()
        .find(|m| m.display_name == "Cy Diaz")
        .map(|m| m.student_id)
        .expect("Cy is listed as missing");
    let ticked = RosterChoice {
        archive: vec![cy],
        ..choose(&["c1", "c2"])
    };
    roster_import::apply_roster(&mut db, &newer, &ticked, &mut |_, _| {})?;
    assert_eq!(
        db.own_op_count()? - ops,
        3,
        "exactly three ops: the new student in P2, Bo's new given name, Cy archived"
    );
    let p1 = roster::list_students(db.conn(), first.class_ids[0], false)?;
    let names: Vec<&str> = p1.iter().map(|s| s.display_name.as_str()).collect();
    assert_eq!(
        names,
        ["Bob Chen", "Ana Lopez"],
        "Cy is archived; Ana, not ticked, stays in P1"
    );
    Ok(())
}

#[test]
fn a_student_typed_by_hand_is_matched_by_name_and_birth_date_not_doubled() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.db"))?;
    let typed = roster::create_class(&mut db, &class("Math 6 P1"))?.id;
    let mut ana = student("Ana", "Lopez");
    ana.birth_date = "2014-03-02".into();
    let ana = roster::create_student(&mut db, typed, &ana)?.id;
    let outcome =
        roster_import::apply_roster(&mut db, &first_file(), &choose(&["c1"]), &mut |_, _| {})?;
    assert_eq!(
        outcome.class_ids,
        [typed],
        "the typed class of the same name is filled in"
    );
    let students = roster::list_students(db.conn(), typed, false)?;
    assert_eq!(students.len(), 3, "Ana is not doubled; Bo and Cy join her");
    let got = roster::get_student(db.conn(), ana)?;
    assert_eq!(
        got.student_number, "s1",
        "the typed Ana gets the roster's id"
    );
    Ok(())
}

#[test]
fn undo_puts_the_live_data_back_and_only_while_nothing_else_was_written() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.db"))?;
    let typed = roster::create_class(&mut db, &class("Math 6 P1"))?.id;
    let mut bo = student("Bo", "Chen");
    bo.preferred_name = "Bobby".into();
    roster::create_student(&mut db, typed, &bo)?;
    let before = live(&db)?;
    let outcome = roster_import::apply_roster(
        &mut db,
        &first_file(),
        &choose(&["c1", "c2"]),
        &mut |_, _| {},
    )?;
    let id = outcome.import.expect("recorded").id;
    assert_ne!(live(&db)?, before, "the import changed something");
    let undone = imports::undo_file_import(&mut db, id)?;
    assert!(
        undone.undone && !undone.can_undo,
        "an undone import is marked and cannot be undone again"
    );
    assert_eq!(
        live(&db)?,
        before,
        "every class, student and profile is as it was"
    );
    assert!(
        matches!(
            imports::undo_file_import(&mut db, id),
            Err(Error::NoRestorePoint)
        ),
        "a second undo is refused"
    );

    let again =
        roster_import::apply_roster(&mut db, &first_file(), &choose(&["c1"]), &mut |_, _| {})?;
    roster::create_class(&mut db, &class("Something else"))?;
    let err = imports::undo_file_import(&mut db, again.import.expect("recorded").id)
        .expect_err("something was written since");
    assert!(
        matches!(err, Error::ChangedSinceImport),
        "the teacher is told why: {err}"
    );
    Ok(())
}

#[test]
fn a_case_framework_import_is_undone_like_any_other_import() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.db"))?;
    let typed = roster::create_class(&mut db, &class("6A"))?.id;
    let before = live(&db)?;
    let sample = include_bytes!("../../../../assets/case/sample-math-6.json");
    let name = std::path::Path::new("sample-math-6.json");
    waypoint_store::frameworks::import_case_bytes(
        &mut db,
        name,
        sample,
        Some(typed),
        &mut |_, _| {},
    )?;
    let last = imports::last_file_import(&db)?.expect("a framework import is recorded");
    assert_eq!(last.kind, imports::ImportKind::Framework, "as a framework");
    imports::undo_file_import(&mut db, last.id)?;
    assert_eq!(
        live(&db)?,
        before,
        "the framework, its nodes, links and attachment are gone"
    );
    let again_ops = db.own_op_count()?;
    waypoint_store::frameworks::import_case_bytes(
        &mut db,
        name,
        sample,
        Some(typed),
        &mut |_, _| {},
    )?;
    let second = imports::last_file_import(&db)?.expect("recorded again");
    assert!(
        second.can_undo && db.own_op_count()? > again_ops,
        "imported again after the undo"
    );
    Ok(())
}
