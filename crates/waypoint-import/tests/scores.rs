//! Scores files end to end through the import crate's public API on a real database: the
//! fixtures in `fixtures/scores/` (see their README) and an `.xlsx` built here give the
//! evidence and grid levels their scores convert to; a saved map is recognized by the header;
//! a renamed column is caught and the apply refused with nothing written; the same file again
//! writes nothing; and a bad file gets one sentence.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use waypoint_core::ids::ClassId;
use waypoint_core::imports::scores::{
    Combine, CompetencyColumns, DateSource, HeaderCheck, ScoresMap, Shape, StudentFinder,
};
use waypoint_core::roster::{ClassInput, StudentInput};
use waypoint_import::scores::{self, apply_scores, inspect_scores, preview_scores};
use waypoint_store::imports::{ImportKind, maps};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, evidence, frameworks, roster};

const RATIOS: &str = "WPM.6.RP.A.1";
const EXPRESSIONS: &str = "WPM.6.EE.A.6";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/scores")
        .join(name)
}

/// A class of Ana Lopez (1001), Bo Chen (1002) and Cy Diaz (1003), with school emails and the
/// sample framework attached.
fn setup(dir: &Path) -> Result<(Db, ClassId)> {
    let mut db = Db::open(&dir.join("w.db"))?;
    let class = roster::create_class(
        &mut db,
        &ClassInput {
            name: "Math 6 P2".into(),
            ..Default::default()
        },
    )?;
    for (given, family, number) in [
        ("Ana", "Lopez", "1001"),
        ("Bo", "Chen", "1002"),
        ("Cy", "Diaz", "1003"),
    ] {
        let input = StudentInput {
            given_name: given.into(),
            family_name: family.into(),
            student_number: number.into(),
            email: format!(
                "{}.{}@lincoln.example.org",
                given.to_lowercase(),
                family.to_lowercase()
            ),
            ..Default::default()
        };
        roster::create_student(&mut db, class.id, &input)?;
    }
    frameworks::import_case_bytes(
        &mut db,
        Path::new("sample.json"),
        waypoint_core::demo::SAMPLE_CASE,
        Some(class.id),
        &mut |_, _| {},
    )?;
    Ok((db, class.id))
}

/// The grid's level per (given name, competency code), for the pairs asked about.
fn grid(db: &Db, class_id: ClassId, cells: &[(&str, &str)]) -> Result<Vec<Option<f64>>> {
    let g = evidence::mastery_grid(db.conn(), class_id)?;
    cells
        .iter()
        .map(|(given, code)| {
            let row = g
                .students
                .iter()
                .position(|s| s.display_name.starts_with(given))
                .context("student on the grid")?;
            let col = g
                .competencies
                .iter()
                .position(|c| c.code == *code)
                .context("competency on the grid")?;
            Ok(g.cells[row][col].level)
        })
        .collect()
}

fn wide(student: StudentFinder, columns: &[(&str, &[&str])], date: DateSource) -> ScoresMap {
    ScoresMap {
        shape: Shape::Wide,
        student,
        competencies: columns
            .iter()
            .map(|(code, cols)| CompetencyColumns {
                competency: (*code).into(),
                columns: cols.iter().map(|c| (*c).to_owned()).collect(),
                combine: Combine::Average,
            })
            .collect(),
        conversion: Default::default(),
        kind: waypoint_core::evidence::EvidenceKind::Quiz,
        date,
    }
}

fn adaptive_map() -> ScoresMap {
    wide(
        StudentFinder::StudentId {
            column: "Student ID".into(),
        },
        &[
            (RATIOS, &["Ratios & Rates %"]),
            (EXPRESSIONS, &["Expressions %"]),
        ],
        DateSource::Column {
            column: "Last Active".into(),
            day_first: false,
        },
    )
}

#[test]
fn an_adaptive_programs_export_gives_the_grid_levels_and_again_writes_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (mut db, class_id) = setup(dir.path())?;
    let path = fixture("adaptive-skills.csv");
    let inspection = inspect_scores(&path, &[])?;
    assert_eq!(
        (inspection.row_count, inspection.recognized.is_none()),
        (4, true),
        "four rows, and no saved map yet"
    );
    let guessed = &inspection.guessed;
    assert_eq!(
        guessed.student,
        StudentFinder::StudentId {
            column: "Student ID".into()
        },
        "the Student ID column is recognized"
    );
    let guessed_columns: Vec<&str> = guessed
        .competencies
        .iter()
        .flat_map(|c| c.columns.iter().map(String::as_str))
        .collect();
    assert_eq!(
        guessed_columns,
        ["Ratios & Rates %", "Expressions %"],
        "the percent columns are guessed as scores, the activity columns are not"
    );

    let plan = preview_scores(&db, &path, class_id, &adaptive_map())?;
    assert_eq!(
        (
            plan.counts.evidence_new,
            plan.counts.rows_unmatched,
            plan.counts.problems
        ),
        (4, 1, 1),
        "Ana 2, Bo 1 (an empty cell), Cy 1; Dee (001099) is not in the class; Cy's n/a is a problem"
    );
    let outcome = apply_scores(&mut db, &path, class_id, &adaptive_map(), &mut |_, _| {})?;
    assert_eq!(
        outcome.counts, plan.counts,
        "applying does what the preview showed"
    );
    assert_eq!(
        grid(
            &db,
            class_id,
            &[
                ("Ana", RATIOS),
                ("Ana", EXPRESSIONS),
                ("Bo", RATIOS),
                ("Cy", RATIOS),
                ("Cy", EXPRESSIONS)
            ]
        )?,
        [Some(4.0), Some(2.0), Some(3.0), None, Some(2.5)],
        "96% → 4, 58% → 2, 81% → 3, n/a → nothing, 72% → 2.5, on the default cut points; leading zeros of 001001 match 1001"
    );

    let dump = dump_materialized(db.conn())?;
    let ops = db.own_op_count()?;
    let again = apply_scores(&mut db, &path, class_id, &adaptive_map(), &mut |_, _| {})?;
    assert_eq!(
        (again.counts.evidence_new, again.import.is_none()),
        (0, true),
        "the same file again finds everything already there and records no import"
    );
    assert_eq!(db.own_op_count()?, ops, "no op is written");
    assert_eq!(dump_materialized(db.conn())?, dump, "and nothing changes");
    Ok(())
}

#[test]
fn a_saved_map_is_recognized_and_a_renamed_column_is_caught_with_nothing_written() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (mut db, class_id) = setup(dir.path())?;
    let path = fixture("adaptive-skills.csv");
    let headers = scores::read_sheet(&path)?.headers;
    scores::save_scores_map(&db, "Skills report", &headers, &adaptive_map(), 1_000)?;
    let saved = maps::list_maps(&db, ImportKind::Scores)?;
    let same = inspect_scores(&path, &saved)?
        .recognized
        .context("the saved map is recognized")?;
    assert_eq!(
        (same.name.as_str(), &same.check),
        ("Skills report", &HeaderCheck::Same),
        "the same header is recognized as the saved map"
    );
    assert_eq!(same.map, adaptive_map(), "the map reads back as saved");
    let here = scores::inspect_scores_with_saved_maps(&db, &path)?
        .recognized
        .context("the laptop's own saved maps are looked through")?;
    assert_eq!(
        (here.name.as_str(), &here.check),
        ("Skills report", &HeaderCheck::Same),
        "inspecting against this laptop's saved maps finds the same one"
    );

    let renamed = dir.path().join("skills-march.csv");
    let text = std::fs::read_to_string(&path)?.replace("Ratios & Rates %", "Ratios and Rates %");
    std::fs::write(&renamed, text)?;
    let changed = inspect_scores(&renamed, &saved)?
        .recognized
        .context("the closest map is still named")?;
    match &changed.check {
        HeaderCheck::Changed {
            missing,
            added,
            renamed: guesses,
            unusable,
        } => {
            assert_eq!(missing, &["Ratios & Rates %"], "what is gone is listed");
            assert_eq!(added, &["Ratios and Rates %"], "what is new is listed");
            assert_eq!(
                guesses.len(),
                1,
                "the rename is guessed from the column's place"
            );
            assert_eq!(
                unusable,
                &["Ratios & Rates %"],
                "the map's own column is gone"
            );
        }
        HeaderCheck::Same => panic!("a renamed mapped column must not be taken as the same file"),
    }
    let before = dump_materialized(db.conn())?;
    let ops = db.own_op_count()?;
    let refused = apply_scores(&mut db, &renamed, class_id, &changed.map, &mut |_, _| {})
        .expect_err("a half-mapped file is refused");
    assert_eq!(
        refused.to_string(),
        "skills-march.csv has changed: it has no \"Ratios & Rates %\" column the map reads. Nothing was imported; update the map for this file.",
        "one sentence naming the file and the missing column"
    );
    assert_eq!(db.own_op_count()?, ops, "no op is written");
    assert_eq!(dump_materialized(db.conn())?, before, "and nothing changes");
    Ok(())
}

#[test]
fn a_google_forms_quiz_is_guessed_by_email_and_timestamp_and_its_total_read_as_a_fraction()
-> Result<()> {
    let dir = tempfile::tempdir()?;
    let (mut db, class_id) = setup(dir.path())?;
    let path = fixture("google-forms-quiz.csv");
    let mut map = inspect_scores(&path, &[])?.guessed;
    assert_eq!(
        map.student,
        StudentFinder::Email {
            column: "Email Address".into()
        },
        "students are found by their email"
    );
    assert_eq!(
        map.date,
        DateSource::Column {
            column: "Timestamp".into(),
            day_first: false
        },
        "the timestamp dates the evidence"
    );
    assert_eq!(
        map.competencies.len(),
        1,
        "only Total score is a score: the question columns hold answers"
    );
    map.competencies[0].competency = RATIOS.into();
    let outcome = apply_scores(&mut db, &path, class_id, &map, &mut |_, _| {})?;
    assert_eq!(
        (outcome.counts.evidence_new, outcome.counts.rows_unmatched),
        (3, 1),
        "three class members (one email in capitals); the guest is not matched"
    );
    assert_eq!(
        grid(
            &db,
            class_id,
            &[("Ana", RATIOS), ("Bo", RATIOS), ("Cy", RATIOS)]
        )?,
        [Some(4.0), Some(2.5), Some(1.0)],
        "3 / 3 → 4, 2 / 3 (66.7%) → 2.5, 1 / 3 (33.3%) → 1"
    );
    let ana = roster::list_students(db.conn(), class_id, false)?
        .into_iter()
        .find(|s| s.given_name == "Ana")
        .context("Ana")?;
    let g = evidence::mastery_grid(db.conn(), class_id)?;
    let ratios = g
        .competencies
        .iter()
        .find(|c| c.code == RATIOS)
        .context("ratios")?
        .id;
    let dates: Vec<String> = evidence::list_evidence(db.conn(), ana.id, ratios)?
        .into_iter()
        .map(|e| e.date)
        .collect();
    assert_eq!(dates, ["2026-03-10"], "the Forms timestamp's date");
    Ok(())
}

#[test]
fn a_long_sheet_averages_a_students_items_per_competency_and_day() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (mut db, class_id) = setup(dir.path())?;
    let path = fixture("long-format.csv");
    let guessed = inspect_scores(&path, &[])?.guessed;
    assert_eq!(
        guessed.shape,
        Shape::Long {
            item_column: "Standard".into(),
            score_column: "Score".into()
        },
        "a Standard column and a Score column make a long sheet"
    );
    let map = ScoresMap {
        competencies: vec![
            CompetencyColumns {
                competency: RATIOS.into(),
                columns: vec!["RP.A.1".into(), "RP.A.1 exit".into()],
                combine: Combine::Average,
            },
            CompetencyColumns {
                competency: EXPRESSIONS.into(),
                columns: vec!["EE.A.6".into()],
                combine: Combine::Average,
            },
        ],
        ..guessed
    };
    let plan = preview_scores(&db, &path, class_id, &map)?;
    assert_eq!(
        plan.unmapped_items,
        ["Fractions review"],
        "an item no competency takes is listed"
    );
    assert_eq!(
        plan.problems.len(),
        1,
        "140 is out of range: {:?}",
        plan.problems
    );
    assert_eq!(plan.problems[0].line, 6, "with its line");
    apply_scores(&mut db, &path, class_id, &map, &mut |_, _| {})?;
    assert_eq!(
        grid(
            &db,
            class_id,
            &[
                ("Ana", RATIOS),
                ("Ana", EXPRESSIONS),
                ("Bo", RATIOS),
                ("Bo", EXPRESSIONS),
                ("Cy", RATIOS)
            ]
        )?,
        [Some(3.5), Some(1.5), Some(2.5), None, None],
        "Ana's 80 and 100 average 90 → 3.5, 40 → 1.5; Bo 70 → 2.5; 140 and an empty score give nothing"
    );
    Ok(())
}

/// A minimal `.xlsx`: one sheet of inline strings and numbers, as SpreadsheetML needs it.
fn write_xlsx(path: &Path, rows: &[Vec<&str>]) -> Result<()> {
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, value) in row.iter().enumerate() {
            let cell = format!("{}{}", (b'A' + c as u8) as char, r + 1);
            if value.parse::<f64>().is_ok() {
                sheet.push_str(&format!(r#"<c r="{cell}"><v>{value}</v></c>"#));
            } else {
                sheet.push_str(&format!(
                    r#"<c r="{cell}" t="inlineStr"><is><t>{value}</t></is></c>"#
                ));
            }
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let parts = [
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_owned()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_owned()),
        ("xl/workbook.xml", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Scores" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_owned()),
        ("xl/_rels/workbook.xml.rels", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_owned()),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path)?);
    for (name, body) in parts {
        zip.start_file(name, zip::write::SimpleFileOptions::default())?;
        zip.write_all(body.as_bytes())?;
    }
    zip.finish()?;
    Ok(())
}

#[test]
fn an_excel_sheet_is_read_through_the_same_map() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (mut db, class_id) = setup(dir.path())?;
    let path = dir.path().join("unit 3.xlsx");
    write_xlsx(
        &path,
        &[
            vec!["First Name", "Last Name", "Unit 3 %"],
            vec!["Ana", "Lopez", "75"],
            vec!["Bo", "Chen", "94"],
        ],
    )?;
    let mut map = inspect_scores(&path, &[])?.guessed;
    assert_eq!(
        map.student,
        StudentFinder::GivenFamily {
            given_column: "First Name".into(),
            family_column: "Last Name".into()
        },
        "first and last name columns find the student"
    );
    map.competencies[0].competency = EXPRESSIONS.into();
    map.date = DateSource::Fixed {
        date: "2026-03-20".into(),
    };
    apply_scores(&mut db, &path, class_id, &map, &mut |_, _| {})?;
    assert_eq!(
        grid(&db, class_id, &[("Ana", EXPRESSIONS), ("Bo", EXPRESSIONS)])?,
        [Some(2.5), Some(4.0)],
        "75% → 2.5 and 94% → 4, read from number cells"
    );
    Ok(())
}

#[test]
fn an_empty_file_or_a_folder_gets_one_sentence_and_changes_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (mut db, class_id) = setup(dir.path())?;
    let before = dump_materialized(db.conn())?;
    let empty = dir.path().join("scores.csv");
    std::fs::File::create(&empty)?;
    let e = apply_scores(&mut db, &empty, class_id, &adaptive_map(), &mut |_, _| {})
        .expect_err("empty");
    assert_eq!(
        e.to_string(),
        "scores.csv is empty.",
        "an empty file is named"
    );
    let e = inspect_scores(dir.path(), &[]).expect_err("a folder");
    assert!(
        e.to_string().contains("is a folder"),
        "a folder is not a scores file: {e}"
    );
    let e = scores::parse_scores_map("map.json", "{\"student\": 3}").expect_err("bad map");
    assert!(
        e.to_string()
            .starts_with("The column map \"map.json\" could not be read"),
        "a map file that is not a map is named: {e}"
    );
    assert_eq!(dump_materialized(db.conn())?, before, "nothing changes");
    Ok(())
}
