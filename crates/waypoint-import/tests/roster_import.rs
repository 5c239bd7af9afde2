//! The roster import's steps on a real database, from a OneRoster zip and a spreadsheet:
//! inspect, choose a teacher and sections, preview, apply, apply again, undo; and a
//! spreadsheet's column map saved and recognized on the next file with that header.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use waypoint_core::imports::roster::RosterFormat;
use waypoint_core::imports::roster_plan::RosterChoice;
use waypoint_import::roster_import::{apply_roster, inspect_roster, preview_roster};
use waypoint_store::{Db, imports, roster};

/// The made-up Lincoln Middle School export (see tests/fixtures/roster/README.md).
fn lincoln() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/roster/lincoln-oneroster-1.1.zip")
}

#[test]
fn a_teacher_brings_in_two_of_her_sections_from_a_oneroster_zip() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.db"))?;
    let seen = inspect_roster(&db, &lincoln(), None)?;
    assert_eq!(
        seen.format,
        RosterFormat::OneRoster11,
        "the manifest says 1.1"
    );
    assert_eq!(
        (seen.teachers.len(), seen.sections.len(), seen.student_count),
        (3, 5, 40),
        "as make_lincoln.py writes it: three teachers, five sections, forty students"
    );
    let ortiz = seen
        .teachers
        .iter()
        .find(|t| t.name == "Maya Ortiz")
        .context("Maya Ortiz is a teacher in the file")?;
    assert_eq!(ortiz.section_count, 3, "she teaches three periods");
    let mine: Vec<&str> = seen
        .sections
        .iter()
        .filter(|s| s.teacher_ids.contains(&ortiz.source_id))
        .map(|s| s.source_id.as_str())
        .take(2)
        .collect();
    let choice = RosterChoice {
        teacher_id: ortiz.source_id.clone(),
        section_ids: mine.iter().map(|s| (*s).to_owned()).collect(),
        archive: vec![],
    };
    let plan = preview_roster(&db, &lincoln(), None, &choice)?;
    assert_eq!(
        (plan.counts.classes_new, plan.counts.students_new),
        (2, 16),
        "two periods of eight students each"
    );
    let mut ticks = 0;
    let outcome = apply_roster(&mut db, &lincoln(), None, &choice, 1, &mut |_, _| {
        ticks += 1
    })?;
    assert_eq!(ticks, 16, "progress is reported per student");
    let classes = roster::list_classes(db.conn(), false)?;
    let names: Vec<(&str, u32)> = classes
        .iter()
        .map(|c| (c.name.as_str(), c.student_count))
        .collect();
    assert_eq!(
        names,
        [("Math 6 - Period 1", 8), ("Math 6 - Period 2", 8)],
        "each chosen section is a class with its students"
    );
    let first = &roster::list_students(db.conn(), outcome.class_ids[0], false)?[0];
    let profile = roster::get_profile(db.conn(), first.id)?;
    assert_eq!(
        profile.family_contacts.len(),
        1,
        "the guardian the student's agentSourcedIds names is a family contact"
    );
    assert!(
        !first.birth_date.is_empty(),
        "demographics.csv gives the birth date"
    );

    let again_ops = db.own_op_count()?;
    let again = apply_roster(&mut db, &lincoln(), None, &choice, 2, &mut |_, _| {})?;
    assert_eq!(
        again.counts.students_unchanged, 16,
        "the same file again matches everyone"
    );
    assert_eq!(db.own_op_count()?, again_ops, "and writes nothing");

    let id = outcome.import.context("recorded")?.id;
    imports::undo_file_import(&mut db, id)?;
    assert!(
        roster::list_classes(db.conn(), false)?.is_empty(),
        "undo takes the two classes away again"
    );
    Ok(())
}

#[test]
fn a_spreadsheet_is_mapped_once_and_recognized_next_time() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.db"))?;
    let sheet = dir.path().join("period-4.csv");
    std::fs::write(
        &sheet,
        "Pupil,Kid ID,Homeroom\n\"Lopez, Ana\",501,Math 4\n\"Chen, Bo\",502,Math 4\n",
    )?;
    let seen = inspect_roster(&db, &sheet, None)?;
    assert_eq!(
        seen.format,
        RosterFormat::Table,
        "one CSV of its own is a spreadsheet"
    );
    assert!(
        !seen.needs_columns.is_empty(),
        "\"Pupil\" is no name a guess knows, so the teacher is asked to map the names"
    );
    let mut columns = seen.columns.context("a guessed map to start from")?;
    columns.full_name = Some("Pupil".into());
    columns.student_id = Some("Kid ID".into());
    columns.section_name = Some("Homeroom".into());
    let mapped = inspect_roster(&db, &sheet, Some(&columns))?;
    assert!(
        mapped.needs_columns.is_empty(),
        "mapped: {:?}",
        mapped.needs_columns
    );
    let section = mapped.sections[0].source_id.clone();
    let choice = RosterChoice {
        section_ids: vec![section],
        ..Default::default()
    };
    apply_roster(&mut db, &sheet, Some(&columns), &choice, 1, &mut |_, _| {})?;
    let class = roster::list_classes(db.conn(), false)?[0].id;
    let names: Vec<String> = roster::list_students(db.conn(), class, false)?
        .into_iter()
        .map(|s| format!("{} {}", s.display_name, s.student_number))
        .collect();
    assert_eq!(
        names,
        ["Bo Chen 502", "Ana Lopez 501"],
        "\"Family, Given\" is split, ids kept"
    );

    let next = dir.path().join("period-4-june.csv");
    std::fs::write(&next, "Pupil,Kid ID,Homeroom\n\"Lopez, Ana\",501,Math 4\n")?;
    let recognized = inspect_roster(&db, &next, None)?;
    assert_eq!(
        recognized.saved_map.as_deref(),
        Some("period-4.csv"),
        "a file with the same header is read with the saved map"
    );
    assert!(
        recognized.needs_columns.is_empty(),
        "so nothing needs mapping"
    );
    Ok(())
}
