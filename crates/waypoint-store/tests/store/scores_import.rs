//! Scores imports through the store on a real database: a preview writes nothing, applying
//! gives the evidence and grid levels the file's scores convert to, the same file again
//! writes nothing, a file whose mapped column was renamed is refused with nothing written,
//! and undo puts the live data back.

use anyhow::Result;
use waypoint_core::evidence::EvidenceKind;
use waypoint_core::ids::ClassId;
use waypoint_core::imports::scores::{
    Combine, CompetencyColumns, Conversion, DateSource, ScoresMap, Shape, Sheet, SheetRow,
    StudentFinder,
};
use waypoint_core::roster::StudentInput;
use waypoint_store::imports::{self, scores as scores_import};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, Error, evidence, frameworks, roster};

use super::class;

/// The dump with deleted rows left out: what every screen shows (as in `imports.rs`).
fn live(db: &Db) -> Result<serde_json::Value> {
    let mut dump = dump_materialized(db.conn())?;
    for rows in dump
        .as_object_mut()
        .into_iter()
        .flat_map(|o| o.values_mut())
    {
        if let serde_json::Value::Array(rows) = rows {
            rows.retain(|r| r.get("_deleted") != Some(&serde_json::Value::Bool(true)));
        }
    }
    Ok(dump)
}

fn sheet(headers: &[&str], rows: &[&[&str]]) -> Sheet {
    Sheet {
        file: "skills.csv".into(),
        headers: headers.iter().map(|h| (*h).to_owned()).collect(),
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, r)| SheetRow {
                line: i as u32 + 2,
                cells: r.iter().map(|c| (*c).to_owned()).collect(),
            })
            .collect(),
        problems: vec![],
    }
}

fn skills_file() -> Sheet {
    sheet(
        &["Student ID", "Student", "Ratios %", "Expressions %"],
        &[
            &["1001", "Ana Lopez", "95", "55"],
            &["1002", "Bo Chen", "81", ""],
            &["1003", "Cy Diaz", "abc", "70"],
            &["9999", "Not Here", "90", "90"],
        ],
    )
}

fn map() -> ScoresMap {
    ScoresMap {
        shape: Shape::Wide,
        student: StudentFinder::StudentId {
            column: "Student ID".into(),
        },
        competencies: vec![
            CompetencyColumns {
                competency: "WPM.6.RP.A.1".into(),
                columns: vec!["Ratios %".into()],
                combine: Combine::Average,
            },
            CompetencyColumns {
                competency: "WPM.6.EE.A.6".into(),
                columns: vec!["Expressions %".into()],
                combine: Combine::Average,
            },
        ],
        conversion: Conversion::default(),
        kind: EvidenceKind::Quiz,
        date: DateSource::Fixed {
            date: "2026-03-14".into(),
        },
    }
}

/// A class of three students with Student IDs and the sample framework attached.
fn setup(db: &mut Db) -> Result<ClassId> {
    let c = roster::create_class(db, &class("Math 6"))?;
    for (given, family, number) in [
        ("Ana", "Lopez", "1001"),
        ("Bo", "Chen", "1002"),
        ("Cy", "Diaz", "1003"),
    ] {
        let input = StudentInput {
            given_name: given.into(),
            family_name: family.into(),
            student_number: number.into(),
            ..Default::default()
        };
        roster::create_student(db, c.id, &input)?;
    }
    frameworks::import_case_bytes(
        db,
        std::path::Path::new("sample.json"),
        waypoint_core::demo::SAMPLE_CASE,
        Some(c.id),
        &mut |_, _| {},
    )?;
    Ok(c.id)
}

/// The grid's level for a student (by given name) and competency (by code).
fn grid_level(db: &Db, class_id: ClassId, given: &str, code: &str) -> Result<Option<f64>> {
    let grid = evidence::mastery_grid(db.conn(), class_id)?;
    let row = grid
        .students
        .iter()
        .position(|s| s.display_name.starts_with(given))
        .expect("the student is on the grid");
    let col = grid
        .competencies
        .iter()
        .position(|c| c.code == code)
        .expect("the competency is on the grid");
    Ok(grid.cells[row][col].level)
}

#[test]
fn a_scores_file_gives_the_expected_evidence_and_grid_levels() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.db"))?;
    let class_id = setup(&mut db)?;
    let before = dump_materialized(db.conn())?;
    let ops = db.own_op_count()?;
    let plan = scores_import::preview_scores(db.conn(), class_id, &skills_file(), &map())?;
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "a preview writes nothing"
    );
    assert_eq!(db.own_op_count()?, ops, "and makes no op");
    assert_eq!(
        (
            plan.counts.evidence_new,
            plan.counts.rows_unmatched,
            plan.counts.problems
        ),
        (4, 1, 1),
        "Ana twice, Bo once (an empty cell is skipped), Cy's Expressions once; 9999 unmatched; Cy's \"abc\" a problem"
    );

    let outcome =
        scores_import::apply_scores(&mut db, class_id, &skills_file(), &map(), &mut |_, _| {})?;
    assert_eq!(
        outcome.counts, plan.counts,
        "applying does what the preview showed"
    );
    let import = outcome.import.expect("an import was recorded");
    assert_eq!(
        import.summary.get("evidenceNew"),
        Some(&4),
        "the import records its counts"
    );
    for (given, code, level) in [
        ("Ana", "WPM.6.RP.A.1", Some(4.0)),
        ("Ana", "WPM.6.EE.A.6", Some(2.0)),
        ("Bo", "WPM.6.RP.A.1", Some(3.0)),
        ("Bo", "WPM.6.EE.A.6", None),
        ("Cy", "WPM.6.RP.A.1", None),
        ("Cy", "WPM.6.EE.A.6", Some(2.5)),
    ] {
        assert_eq!(
            grid_level(&db, class_id, given, code)?,
            level,
            "{given}'s {code} on the grid follows the default cut points"
        );
    }
    let ana = roster::list_students(db.conn(), class_id, false)?
        .into_iter()
        .find(|s| s.given_name == "Ana")
        .expect("Ana");
    let grid = evidence::mastery_grid(db.conn(), class_id)?;
    let ratios = grid
        .competencies
        .iter()
        .find(|c| c.code == "WPM.6.RP.A.1")
        .expect("on the grid")
        .id;
    let hers = evidence::list_evidence(db.conn(), ana.id, ratios)?;
    assert!(
        hers.len() == 1
            && hers
                .iter()
                .all(|e| e.note == "Imported from skills.csv" && e.kind == EvidenceKind::Quiz),
        "the evidence says where it came from and is a quiz: {hers:?}"
    );
    Ok(())
}

#[test]
fn the_same_file_again_writes_nothing_and_undo_restores_the_live_data() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.db"))?;
    let class_id = setup(&mut db)?;
    let before = live(&db)?;
    let first =
        scores_import::apply_scores(&mut db, class_id, &skills_file(), &map(), &mut |_, _| {})?;
    let after_first = dump_materialized(db.conn())?;
    let ops = db.own_op_count()?;
    let again =
        scores_import::apply_scores(&mut db, class_id, &skills_file(), &map(), &mut |_, _| {})?;
    assert_eq!(
        (again.counts.evidence_new, again.counts.evidence_already),
        (0, 4),
        "every piece of evidence is already there"
    );
    assert!(again.import.is_none(), "so no import is recorded");
    assert_eq!(db.own_op_count()?, ops, "and no op is written");
    assert_eq!(
        dump_materialized(db.conn())?,
        after_first,
        "the data is exactly as after the first import"
    );

    let id = first.import.expect("recorded").id;
    let undone = imports::undo_file_import(&mut db, id)?;
    assert!(undone.undone, "the import is marked undone");
    assert_eq!(
        live(&db)?,
        before,
        "undo takes the imported evidence away, leaving the live data as before"
    );
    Ok(())
}

#[test]
fn a_renamed_column_is_refused_and_nothing_is_written() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.db"))?;
    let class_id = setup(&mut db)?;
    let before = dump_materialized(db.conn())?;
    let ops = db.own_op_count()?;
    let last = imports::last_file_import(&db)?;
    let renamed = sheet(
        &["Student ID", "Student", "Ratios (%)", "Expressions %"],
        &[&["1001", "Ana Lopez", "92", "55"]],
    );
    let result = scores_import::apply_scores(&mut db, class_id, &renamed, &map(), &mut |_, _| {});
    match result {
        Err(Error::Domain(e)) => assert!(
            e.to_string().contains("\"Ratios %\"") && e.to_string().contains("has changed"),
            "the refusal names the missing column: {e}"
        ),
        other => panic!("a half-mapped file must be refused, got {other:?}"),
    }
    assert_eq!(db.own_op_count()?, ops, "no op is written");
    assert_eq!(dump_materialized(db.conn())?, before, "and nothing changes");
    assert_eq!(
        imports::last_file_import(&db)?,
        last,
        "no import is recorded: the last is still the framework's from the setup"
    );
    Ok(())
}
