//! Frameworks, CASE import, evidence, overrides and the mastery grid, through the store's
//! use cases on a real database.

use anyhow::Result;
use std::path::Path;
use waypoint_core::evidence::{EvidenceInput, EvidenceKind, OverrideInput};
use waypoint_core::frameworks::{FrameworkInput, NodeInput, NodeKind};
use waypoint_core::mastery::{Method, Status, WorkingStep};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, Error, evidence, frameworks, roster};

use super::{class, settable_clock, student};

const SAMPLE: &[u8] = include_bytes!("../../../../assets/case/sample-math-6.json");
const SAMPLE_V2: &[u8] =
    include_bytes!("../../../waypoint-core/tests/fixtures/case/sample-math-6-v2.json");
const CYCLE: &[u8] = include_bytes!("../../../waypoint-core/tests/fixtures/case/cycle.json");
const MISSING_PARENT: &[u8] =
    include_bytes!("../../../waypoint-core/tests/fixtures/case/missing-parent.json");
const NOT_A_PACKAGE: &[u8] =
    include_bytes!("../../../waypoint-core/tests/fixtures/case/not-a-package.json");

fn no_progress() -> impl FnMut(u64, u64) {
    |_, _| {}
}

fn import(
    db: &mut Db,
    bytes: &[u8],
    class_id: Option<waypoint_core::ids::ClassId>,
) -> waypoint_store::Result<frameworks::CaseImportReport> {
    frameworks::import_case_bytes(
        db,
        Path::new("sample.json"),
        bytes,
        class_id,
        &mut no_progress(),
    )
}

fn op_count(db: &Db) -> Result<usize> {
    Ok(db.ops()?.len())
}

/// A class with three students and the sample framework attached.
fn classroom(db: &mut Db) -> Result<(String, Vec<String>, frameworks::CaseImportReport)> {
    let c = roster::create_class(db, &class("6A"))?;
    let id = c.id;
    let students = ["Ana", "Ben", "Cy"]
        .iter()
        .map(|g| {
            Ok(roster::create_student(db, id, &student(g, "Test"))?
                .id
                .to_string())
        })
        .collect::<Result<Vec<_>>>()?;
    let report = import(db, SAMPLE, Some(id))?;
    Ok((id.to_string(), students, report))
}

fn competency_id(db: &Db, framework: &str, code: &str) -> Result<String> {
    let nodes = frameworks::list_nodes(db.conn(), framework.parse()?, true)?;
    let n = nodes
        .iter()
        .find(|n| n.code == code)
        .ok_or_else(|| anyhow::anyhow!("no node {code}"))?;
    Ok(n.id.to_string())
}

fn evidence_input(student: &str, competency: &str, level: f64, date: &str) -> EvidenceInput {
    EvidenceInput {
        student_id: student.into(),
        competency_id: competency.into(),
        level,
        date: date.into(),
        kind: EvidenceKind::Quiz,
        note: String::new(),
    }
}

#[test]
fn a_case_import_builds_the_tree_and_attaches_it_to_the_class() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let (class_id, _, report) = classroom(&mut db)?;
    let parsed = waypoint_core::case::parse_package(SAMPLE)?;
    assert_eq!(
        report.created as usize,
        parsed.nodes.len(),
        "every CASE item becomes one node"
    );
    assert!(
        !report.updated_existing,
        "a first import makes a new framework"
    );
    let fw = report.framework_id.to_string();
    let nodes = frameworks::list_nodes(db.conn(), fw.parse()?, false)?;
    let codes: Vec<&str> = nodes.iter().map(|n| n.code.as_str()).collect();
    let expected: Vec<&str> = parsed.nodes.iter().map(|n| n.code.as_str()).collect();
    assert_eq!(
        codes, expected,
        "the tree keeps the package's pre-order and sibling order"
    );
    let leaf = nodes
        .iter()
        .find(|n| n.code == "WPM.6.RP.A.3.a")
        .expect("leaf");
    assert_eq!(leaf.kind, NodeKind::Competency, "leaves are competencies");
    let parent = nodes
        .iter()
        .find(|n| Some(n.id) == leaf.parent_id)
        .expect("parent");
    assert_eq!(
        parent.code, "WPM.6.RP.A.3",
        "children hang under their isChildOf parent"
    );
    assert_eq!(
        parent.kind,
        NodeKind::Strand,
        "a node with children groups them"
    );
    let attached = frameworks::class_frameworks(db.conn(), class_id.parse()?)?;
    assert_eq!(attached.len(), 1, "--class attaches the framework");
    Ok(())
}

#[test]
fn reimporting_a_newer_package_updates_nodes_in_place_and_keeps_evidence() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let (class_id, students, first) = classroom(&mut db)?;
    let fw = first.framework_id.to_string();
    let before = frameworks::list_nodes(db.conn(), fw.parse()?, true)?;
    let target = competency_id(&db, &fw, "WPM.6.RP.A.1")?;
    let ev = evidence::record_evidence(
        &mut db,
        &evidence_input(&students[0], &target, 3.0, "2026-11-02"),
    )?;
    let second = import(&mut db, SAMPLE_V2, Some(class_id.parse()?))?;
    assert!(
        second.updated_existing,
        "the same CASE document updates the same framework"
    );
    assert_eq!(
        second.framework_id, first.framework_id,
        "no second framework is made"
    );
    assert!(
        second.updated > 0 && second.created > 0,
        "v2 rewords, adds and moves items: {second:?}"
    );
    let after = frameworks::list_nodes(db.conn(), fw.parse()?, true)?;
    let v2 = waypoint_core::case::parse_package(SAMPLE_V2)?;
    let live: Vec<_> = after.iter().filter(|n| !n.archived).collect();
    assert_eq!(
        live.len(),
        v2.nodes.len(),
        "no node is duplicated by a re-import"
    );
    for old in &before {
        let same = after
            .iter()
            .filter(|n| n.case_identifier == old.case_identifier)
            .count();
        assert_eq!(same, 1, "each CASE identifier keeps exactly one node");
    }
    let kept = evidence::get_evidence(db.conn(), ev.id)?;
    assert_eq!(kept, ev, "a re-import never touches evidence");
    let again = import(&mut db, SAMPLE_V2, Some(class_id.parse()?))?;
    assert_eq!(
        (again.created, again.updated),
        (0, 0),
        "importing the same version again changes nothing"
    );
    assert_eq!(
        frameworks::class_frameworks(db.conn(), class_id.parse()?)?.len(),
        1,
        "attaching twice is one link"
    );
    Ok(())
}

#[test]
fn bad_case_files_are_refused_and_change_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    roster::create_class(&mut db, &class("6A"))?;
    let ops = op_count(&db)?;
    let dump = dump_materialized(db.conn())?;
    let err = import(&mut db, CYCLE, None).expect_err("a cycle is refused");
    assert!(
        err.to_string().contains("loops back"),
        "the message names the loop: {err}"
    );
    let err = import(&mut db, NOT_A_PACKAGE, None).expect_err("another JSON file is refused");
    assert!(
        err.to_string().contains("CFPackage"),
        "the message says what was expected: {err}"
    );
    let big = dir.path().join("huge.json");
    std::fs::File::create(&big)?.set_len(51 * 1024 * 1024)?;
    let err = frameworks::import_case_file(&mut db, &big, None, &mut no_progress())
        .expect_err("files over 50 MB are refused");
    assert!(
        matches!(
            err,
            Error::FileTooBig {
                size_mb: 51,
                limit_mb: 50,
                ..
            }
        ),
        "refused by size: {err}"
    );
    assert_eq!(op_count(&db)?, ops, "a refused import writes no op");
    assert_eq!(
        dump_materialized(db.conn())?,
        dump,
        "a refused import changes no row"
    );
    Ok(())
}

#[test]
fn items_with_a_missing_parent_are_kept_at_the_top_and_reported() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let report = import(&mut db, MISSING_PARENT, None)?;
    assert!(
        !report.missing_parents.is_empty(),
        "the orphans are reported"
    );
    let nodes = frameworks::list_nodes(db.conn(), report.framework_id, false)?;
    for m in &report.missing_parents {
        let n = nodes
            .iter()
            .find(|n| n.case_identifier == m.identifier)
            .expect("an orphan is still imported");
        assert_eq!(n.parent_id, None, "an orphan sits at the top level");
    }
    Ok(())
}

#[test]
fn evidence_drives_the_grid_and_the_method_and_overrides_change_the_status() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let (class_id, students, report) = classroom(&mut db)?;
    let fw = report.framework_id.to_string();
    let comp = competency_id(&db, &fw, "WPM.6.RP.A.1")?;
    let strand = competency_id(&db, &fw, "WPM.6.RP.A")?;
    let ops = op_count(&db)?;
    let off_scale = evidence::record_evidence(
        &mut db,
        &evidence_input(&students[0], &comp, 2.25, "2026-11-02"),
    );
    assert!(
        matches!(off_scale, Err(Error::Domain(waypoint_core::Error::Invalid { ref field, .. })) if field == "level"),
        "2.25 is not on the 0–4 half-point scale"
    );
    let on_strand = evidence::record_evidence(
        &mut db,
        &evidence_input(&students[0], &strand, 2.0, "2026-11-02"),
    );
    assert!(
        on_strand.is_err(),
        "evidence goes on competencies, not strands"
    );
    assert_eq!(op_count(&db)?, ops, "refused evidence writes nothing");

    evidence::record_evidence(
        &mut db,
        &evidence_input(&students[0], &comp, 1.5, "2026-11-01"),
    )?;
    evidence::record_evidence(
        &mut db,
        &evidence_input(&students[0], &comp, 4.0, "2026-11-03"),
    )?;
    let grid = evidence::mastery_grid(db.conn(), class_id.parse()?)?;
    let col = grid
        .competencies
        .iter()
        .position(|c| c.id.to_string() == comp)
        .expect("column");
    let cell = &grid.cells[0][col];
    assert_eq!(cell.count, 2, "both pieces of evidence count");
    let decaying = 1.5 * 0.35 + 4.0 * 0.65;
    assert!(
        (cell.level.expect("level") - decaying).abs() < 1e-9,
        "the default is decaying average 0.65"
    );
    assert_eq!(cell.status, Status::Mastered, "3.125 is at or above 3");
    assert_eq!(
        cell.mastered_on.as_deref(),
        Some("2026-11-03"),
        "mastered on the day it first reached 3"
    );
    assert_eq!(
        grid.cells[1][col].status,
        Status::NotStarted,
        "no evidence, not started"
    );

    frameworks::set_framework_method(&mut db, fw.parse()?, &Method::Average)?;
    let grid = evidence::mastery_grid(db.conn(), class_id.parse()?)?;
    assert_eq!(grid.cells[0][col].level, Some(2.75), "average of 1.5 and 4");
    assert_eq!(
        grid.cells[0][col].status,
        Status::Progressing,
        "switching the method changes the status"
    );

    let refused = evidence::set_status_override(
        &mut db,
        students[0].parse()?,
        comp.parse()?,
        &OverrideInput {
            status: Some(Status::Mastered),
            reason: " ".into(),
            date: "2026-11-04".into(),
        },
    );
    assert!(refused.is_err(), "an override needs a reason");
    let history = evidence::set_status_override(
        &mut db,
        students[0].parse()?,
        comp.parse()?,
        &OverrideInput {
            status: Some(Status::Mastered),
            reason: "Showed it in conference".into(),
            date: "2026-11-04".into(),
        },
    )?;
    assert_eq!(history.len(), 1, "the decision is logged");
    let detail = evidence::cell_detail(db.conn(), students[0].parse()?, comp.parse()?)?;
    assert_eq!(
        detail.result.status,
        Status::Mastered,
        "the override decides the status shown"
    );
    assert_eq!(
        detail.result.calculated_status,
        Status::Progressing,
        "the calculated status is still shown"
    );
    assert_eq!(detail.what_if.len(), 7, "every method side by side");
    assert_eq!(
        detail.what_if.iter().filter(|w| w.current).count(),
        1,
        "one method is the current one"
    );
    assert_eq!(detail.trend.len(), 2, "a trend point per piece of evidence");
    assert_eq!(
        detail.working.steps,
        vec![WorkingStep::Mean {
            scores: vec![1.5, 4.0],
            result: 2.75
        }],
        "the working shows the average over both scores, oldest first"
    );
    assert_eq!(
        detail.working.level,
        detail
            .what_if
            .iter()
            .find(|w| w.current)
            .and_then(|w| w.level),
        "the working arrives at the level of the method that applies"
    );
    assert_eq!(
        detail.working.level,
        Some(2.75),
        "an override changes the status, not the calculated level the working shows"
    );
    evidence::set_status_override(
        &mut db,
        students[0].parse()?,
        comp.parse()?,
        &OverrideInput {
            status: None,
            reason: String::new(),
            date: "2026-11-05".into(),
        },
    )?;
    let detail = evidence::cell_detail(db.conn(), students[0].parse()?, comp.parse()?)?;
    assert!(
        !detail.result.overridden,
        "clearing returns to the calculated status"
    );
    assert_eq!(
        detail.overrides.len(),
        2,
        "the history keeps both decisions"
    );

    let summary = evidence::competency_summary(db.conn(), class_id.parse()?, comp.parse()?)?;
    assert_eq!(summary.no_result, 2, "two students have no evidence");
    assert_eq!(
        summary.students[0].band,
        Some(waypoint_core::evidence::Band::Practice),
        "2.75 is practice"
    );

    let csv_path = dir.path().join("grid.csv");
    evidence::export_grid_csv(db.conn(), class_id.parse()?, &csv_path)?;
    let csv = std::fs::read_to_string(&csv_path)?;
    assert_eq!(csv.lines().count(), 4, "a header and one row per student");
    assert!(
        csv.contains("WPM.6.RP.A.1 level"),
        "a level column per competency"
    );
    Ok(())
}

#[test]
fn the_latest_override_wins_even_within_one_millisecond() -> Result<()> {
    let dir = tempfile::tempdir()?;
    // A frozen clock: every decision is minted in the same millisecond, as on a fast machine,
    // so the ids' random bits would order them by chance.
    let (_now, options) = settable_clock(1_796_000_000_000);
    let mut db = Db::open_with(&dir.path().join("w.sqlite3"), options)?;
    let (class_id, students, report) = classroom(&mut db)?;
    let comp = competency_id(&db, &report.framework_id.to_string(), "WPM.6.RP.A.1")?;
    let decide = |db: &mut Db, status: Option<Status>| {
        evidence::set_status_override(
            db,
            students[0].parse()?,
            comp.parse()?,
            &OverrideInput {
                status,
                reason: "Conference".into(),
                date: "2026-11-05".into(),
            },
        )
    };
    for round in 0..12 {
        let history = decide(&mut db, Some(Status::Mastered))?;
        assert_eq!(
            history[0].status,
            Some(Status::Mastered),
            "round {round}: the decision just made is listed first"
        );
        let grid = evidence::mastery_grid(db.conn(), class_id.parse()?)?;
        let col = grid
            .competencies
            .iter()
            .position(|c| c.id.to_string() == comp)
            .expect("column");
        assert!(
            grid.cells[0][col].overridden,
            "round {round}: the grid shows the override just made"
        );
        let history = decide(&mut db, None)?;
        assert_eq!(
            history[0].status, None,
            "round {round}: the clearing just made is listed first"
        );
        let detail = evidence::cell_detail(db.conn(), students[0].parse()?, comp.parse()?)?;
        assert!(
            !detail.result.overridden,
            "round {round}: a clearing made in the same millisecond as the override still wins"
        );
    }
    Ok(())
}

#[test]
fn editing_deleting_and_restoring_evidence_round_trips() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let (_, students, report) = classroom(&mut db)?;
    let comp = competency_id(&db, &report.framework_id.to_string(), "WPM.6.RP.A.2")?;
    let ev = evidence::record_evidence(
        &mut db,
        &evidence_input(&students[1], &comp, 2.0, "2026-11-02"),
    )?;
    let mut edit = evidence_input(&students[1], &comp, 2.5, "2026-11-02");
    edit.note = "with a ratio table".into();
    let edited = evidence::update_evidence(&mut db, ev.id, &edit)?;
    assert_eq!(
        (edited.level, edited.note.as_str()),
        (2.5, "with a ratio table"),
        "edits are saved"
    );
    evidence::delete_evidence(&mut db, ev.id)?;
    assert!(
        evidence::list_evidence(db.conn(), students[1].parse()?, comp.parse()?)?.is_empty(),
        "deleted evidence is gone from views"
    );
    let back = evidence::restore_evidence(&mut db, ev.id)?;
    assert_eq!(back, edited, "undo brings back the evidence as it was");
    Ok(())
}

#[test]
fn nodes_are_created_moved_and_never_put_inside_themselves() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let fw = frameworks::create_framework(
        &mut db,
        &FrameworkInput {
            title: "Science".into(),
            subject: String::new(),
        },
    )?;
    let fw_id = fw.id;
    let node = |kind, code: &str| NodeInput {
        kind,
        code: code.into(),
        label: String::new(),
        statement: format!("About {code}"),
        grade_levels: vec![],
    };
    let a = frameworks::create_node(&mut db, fw_id, None, &node(NodeKind::Strand, "A"))?;
    let b = frameworks::create_node(&mut db, fw_id, None, &node(NodeKind::Strand, "B"))?;
    let a1 = frameworks::create_node(
        &mut db,
        fw_id,
        Some(a.id),
        &node(NodeKind::Competency, "A.1"),
    )?;
    let a2 = frameworks::create_node(
        &mut db,
        fw_id,
        Some(a.id),
        &node(NodeKind::Competency, "A.2"),
    )?;
    let under_leaf = frameworks::create_node(
        &mut db,
        fw_id,
        Some(a1.id),
        &node(NodeKind::Competency, "X"),
    );
    assert!(under_leaf.is_err(), "nothing goes under a competency");
    let moved = frameworks::move_node(&mut db, a2.id, Some(a.id), 0)?;
    let codes: Vec<&str> = moved.iter().map(|n| n.code.as_str()).collect();
    assert_eq!(
        codes,
        ["A", "A.2", "A.1", "B"],
        "moving to index 0 puts A.2 first"
    );
    let moved = frameworks::move_node(&mut db, a1.id, Some(b.id), 9)?;
    let codes: Vec<&str> = moved.iter().map(|n| n.code.as_str()).collect();
    assert_eq!(
        codes,
        ["A", "A.2", "B", "A.1"],
        "a node moves to another strand"
    );
    frameworks::move_node(&mut db, b.id, None, 0)?;
    let inside = frameworks::move_node(&mut db, b.id, Some(b.id), 0);
    assert!(inside.is_err(), "a strand can't go inside itself");
    let ops = db.ops()?.len();
    let dump = dump_materialized(db.conn())?;
    db.rebuild()?;
    assert_eq!(
        dump_materialized(db.conn())?,
        dump,
        "the tables are a function of the ops"
    );
    assert_eq!(db.ops()?.len(), ops, "rebuild writes no op");
    Ok(())
}

#[test]
fn a_scale_that_drops_levels_in_use_is_refused() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let (_, students, report) = classroom(&mut db)?;
    let fw = report.framework_id.to_string();
    let comp = competency_id(&db, &fw, "WPM.6.RP.A.2")?;
    evidence::record_evidence(
        &mut db,
        &evidence_input(&students[0], &comp, 2.5, "2026-11-02"),
    )?;
    let mut whole = waypoint_core::mastery::Scale::default_scale();
    whole.levels.retain(|l| l.value.fract() == 0.0);
    let err =
        frameworks::set_framework_scale(&mut db, fw.parse()?, &whole).expect_err("2.5 is in use");
    assert!(
        err.to_string().contains("2.5"),
        "the message names the level in use: {err}"
    );
    Ok(())
}
