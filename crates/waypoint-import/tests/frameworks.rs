//! Framework tables through the public API: a real OpenSALT file, a file with every quirk and
//! its row problems, a re-import in place, a preview that writes nothing, and a loop refused.

use anyhow::Result;
use waypoint_core::imports::ProblemLevel;
use waypoint_core::roster::ClassInput;
use waypoint_import::frameworks::import_framework_csv;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, frameworks, roster};

const OPENSALT: &[u8] = include_bytes!("fixtures/frameworks/opensalt-sample-case.csv");
const QUIRKS: &[u8] = include_bytes!("fixtures/frameworks/grade6-quirks.csv");
const V2: &[u8] = include_bytes!("fixtures/frameworks/grade6-v2.csv");
const LOOP: &[u8] = include_bytes!("fixtures/frameworks/loop.csv");

fn open() -> Result<(tempfile::TempDir, Db)> {
    let dir = tempfile::tempdir()?;
    let db = Db::open(&dir.path().join("w.sqlite3"))?;
    Ok((dir, db))
}

/// The live nodes of a framework as (code, parent's code, kind).
fn tree(db: &Db, fw: waypoint_core::ids::FrameworkId) -> Result<Vec<(String, String, String)>> {
    let nodes = frameworks::list_nodes(db.conn(), fw, false)?;
    let code_of = |id: Option<waypoint_core::ids::NodeId>| {
        id.and_then(|id| nodes.iter().find(|n| n.id == id))
            .map(|n| n.code.clone())
            .unwrap_or_default()
    };
    Ok(nodes
        .iter()
        .map(|n| {
            (
                n.code.clone(),
                code_of(n.parent_id),
                n.kind.as_str().to_owned(),
            )
        })
        .collect())
}

#[test]
fn the_real_opensalt_sample_imports_every_row_under_its_parent() -> Result<()> {
    let (_dir, mut db) = open()?;
    let text = std::str::from_utf8(OPENSALT)?;
    let data_rows = text.lines().filter(|l| !l.trim().is_empty()).count() - 1;
    let report = import_framework_csv(&mut db, "sample_case.csv", OPENSALT, None, None, false)?;
    assert_eq!(
        report.created as usize, data_rows,
        "one node per row: {report:#?}"
    );
    assert!(
        report.problems.is_empty(),
        "a clean file has no problems: {:?}",
        report.problems
    );
    assert_eq!(
        report.title, "sample_case",
        "the title defaults to the file name"
    );
    let nodes = tree(&db, report.framework_id)?;
    let parent_of = |code: &str| {
        nodes
            .iter()
            .find(|n| n.0 == code)
            .map(|n| n.1.clone())
            .unwrap_or_else(|| panic!("{code} is imported"))
    };
    assert_eq!(
        parent_of("M.F.1-2.S1a"),
        "M.F.1-2.S1",
        "\"Is Child Of\" holds the parent's code"
    );
    assert_eq!(parent_of("M"), "", "a blank parent is the top level");
    Ok(())
}

#[test]
fn quirks_are_read_and_unusable_rows_listed_with_their_lines() -> Result<()> {
    let (_dir, mut db) = open()?;
    let c = roster::create_class(
        &mut db,
        &ClassInput {
            name: "6A".into(),
            ..Default::default()
        },
    )?;
    let report = import_framework_csv(
        &mut db,
        "grade6.csv",
        QUIRKS,
        Some("Grade 6"),
        Some(c.id),
        false,
    )?;
    // Lines 2-5 and 9 are usable; 6 has no code, 7 repeats G6.RP.1, 8's parent G6.NS is no row.
    assert_eq!(report.created, 5, "five usable rows: {report:#?}");
    let skipped: Vec<u32> = report
        .problems
        .iter()
        .filter(|p| p.level == ProblemLevel::Skipped)
        .map(|p| p.line)
        .collect();
    assert_eq!(skipped, vec![6, 7, 8], "each unusable row by its line");
    assert!(
        report.problems.iter().all(|p| p.file == "grade6.csv"),
        "each names the file"
    );
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.line == 9 && p.level == ProblemLevel::Warning),
        "the row without a statement is used with a warning"
    );
    let nodes = tree(&db, report.framework_id)?;
    assert!(
        nodes.contains(&("G6.RP.1".into(), "G6.RP".into(), "competency".into())),
        "a parent code in another case is found: {nodes:?}"
    );
    assert!(
        nodes.contains(&("G6.RP".into(), "G6".into(), "strand".into())),
        "a row with children is a strand"
    );
    let rp2 = frameworks::list_nodes(db.conn(), report.framework_id, false)?
        .into_iter()
        .find(|n| n.code == "G6.RP.2")
        .expect("G6.RP.2 is imported");
    assert_eq!(rp2.grade_levels, vec!["06", "07"], "two grades in one cell");
    let attached = frameworks::class_frameworks(db.conn(), c.id)?;
    assert_eq!(attached.len(), 1, "the framework is attached to the class");
    Ok(())
}

#[test]
fn a_second_import_updates_in_place_and_a_preview_writes_nothing() -> Result<()> {
    let (_dir, mut db) = open()?;
    let first = import_framework_csv(&mut db, "grade6.csv", QUIRKS, Some("Grade 6"), None, false)?;
    let ops = db.ops()?.len();
    let dump = dump_materialized(db.conn())?;
    let same = import_framework_csv(&mut db, "grade6.csv", QUIRKS, Some("Grade 6"), None, false)?;
    assert_eq!(
        (
            same.framework_id,
            same.updated_existing,
            same.created,
            same.unchanged
        ),
        (first.framework_id, true, 0, 5),
        "the same file again changes nothing"
    );
    assert_eq!(db.ops()?.len(), ops, "and writes no op");
    assert_eq!(dump_materialized(db.conn())?, dump, "nor any row");

    let preview = import_framework_csv(&mut db, "grade6-v2.csv", V2, Some("Grade 6"), None, true)?;
    assert!(preview.dry_run, "the preview says so");
    assert_eq!(db.ops()?.len(), ops, "a preview writes no op");
    assert_eq!(dump_materialized(db.conn())?, dump, "nor any row");
    let applied = import_framework_csv(&mut db, "grade6-v2.csv", V2, Some("Grade 6"), None, false)?;
    assert_eq!(
        (applied.created, applied.updated, applied.retired),
        (preview.created, preview.updated, preview.retired),
        "the preview's counts are the import's"
    );
    // G6.RP.3 is new; G6.RP.1's statement and G6.EE's (was its code) changed; G6.RP.2 gone.
    assert_eq!(
        (
            applied.framework_id,
            applied.created,
            applied.updated,
            applied.unchanged,
            applied.retired
        ),
        (first.framework_id, 1, 2, 2, 1),
        "matched by code within the same framework: {applied:#?}"
    );
    let codes: Vec<String> = tree(&db, first.framework_id)?
        .into_iter()
        .map(|n| n.0)
        .collect();
    assert!(
        !codes.contains(&"G6.RP.2".to_owned()) && codes.contains(&"G6.RP.3".to_owned()),
        "the gone row is archived, the new one added: {codes:?}"
    );
    assert_eq!(
        frameworks::list_frameworks(db.conn(), false)?.len(),
        1,
        "never a second framework"
    );
    Ok(())
}

#[test]
fn a_loop_or_a_missing_column_is_refused_and_changes_nothing() -> Result<()> {
    let (_dir, mut db) = open()?;
    let dump = dump_materialized(db.conn())?;
    let err = import_framework_csv(&mut db, "loop.csv", LOOP, None, None, false)
        .expect_err("a loop is refused");
    assert_eq!(
        err.to_string(),
        "In loop.csv, the parent codes loop back on themselves: A.1.a → A.1.b → A.1.a. Correct the parent column and import again.",
        "one sentence naming the file and the loop"
    );
    let err = import_framework_csv(&mut db, "x.csv", b"code,parent\nA,\n", None, None, false)
        .expect_err("a statement column is needed");
    assert!(
        err.to_string()
            .starts_with("x.csv has no \"statement\" column"),
        "the missing column is named: {err}"
    );
    assert_eq!(dump_materialized(db.conn())?, dump, "nothing changed");
    Ok(())
}
