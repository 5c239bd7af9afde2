//! Learning progressions and next steps through the store's use cases on a real database:
//! the sample framework's progression from CASE `precedes`, prerequisites added and refused,
//! their survival through rebuild and import, next steps that follow mastery, and proposed
//! boards that write nothing until approved.

use anyhow::{Context, Result, anyhow};
use std::path::Path;
use waypoint_core::evidence::{EvidenceInput, EvidenceKind};
use waypoint_core::ids::{ClassId, FrameworkId, NodeId, StudentId};
use waypoint_core::messages::english;
use waypoint_core::playlists::{ActivityInput, Modality, PlaylistKind};
use waypoint_core::progressions::{Fit, Readiness};
use waypoint_core::roster::LearnBy;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, Error, evidence, frameworks, playlists, progressions, roster};

use super::{class, student};

const SAMPLE: &[u8] = include_bytes!("../../../../assets/case/sample-math-6.json");

/// A class with Ana and Ben and the sample framework attached.
struct Room {
    class: ClassId,
    ana: StudentId,
    ben: StudentId,
    framework: FrameworkId,
}

fn room(db: &mut Db) -> Result<Room> {
    let class = roster::create_class(db, &class("6A"))?.id;
    let ana = roster::create_student(db, class, &student("Ana", "Ruiz"))?.id;
    let ben = roster::create_student(db, class, &student("Ben", "Okafor"))?.id;
    let report = frameworks::import_case_bytes(
        db,
        Path::new("sample.json"),
        SAMPLE,
        Some(class),
        &mut |_, _| {},
    )?;
    Ok(Room {
        class,
        ana,
        ben,
        framework: report.framework_id,
    })
}

fn node(db: &Db, framework: FrameworkId, code: &str) -> Result<NodeId> {
    frameworks::list_nodes(db.conn(), framework, true)?
        .into_iter()
        .find(|n| n.code == code)
        .map(|n| n.id)
        .ok_or_else(|| anyhow!("no node {code}"))
}

fn evidence(db: &mut Db, student: StudentId, competency: NodeId, level: f64) -> Result<()> {
    evidence::record_evidence(
        db,
        &EvidenceInput {
            student_id: student.to_string(),
            competency_id: competency.to_string(),
            level,
            date: "2026-11-20".into(),
            kind: EvidenceKind::Quiz,
            note: String::new(),
        },
    )?;
    Ok(())
}

#[test]
fn the_sample_framework_brings_its_progression_and_a_second_import_adds_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let c = roster::create_class(&mut db, &class("6A"))?.id;
    let report = frameworks::import_case_bytes(
        &mut db,
        Path::new("s.json"),
        SAMPLE,
        Some(c),
        &mut |_, _| {},
    )?;
    assert_eq!(
        (report.prerequisites_added, report.prerequisites_skipped),
        (12, 0),
        "the sample's twelve precedes links between standards become prerequisites"
    );
    let edges = progressions::list_prerequisites(db.conn(), report.framework_id)?;
    let (a2, a1) = (
        node(&db, report.framework_id, "WPM.6.RP.A.2")?,
        node(&db, report.framework_id, "WPM.6.RP.A.1")?,
    );
    assert!(
        edges.iter().any(|e| e.competency == a2 && e.requires == a1),
        "6.RP.A.1 precedes 6.RP.A.2, so A.2 requires A.1: {edges:?}"
    );
    let again = frameworks::import_case_bytes(
        &mut db,
        Path::new("s.json"),
        SAMPLE,
        Some(c),
        &mut |_, _| {},
    )?;
    assert_eq!(
        again.prerequisites_added, 0,
        "a second import adds no prerequisite twice"
    );
    assert_eq!(
        progressions::list_prerequisites(db.conn(), report.framework_id)?.len(),
        12,
        "and the progression is unchanged"
    );
    Ok(())
}

#[test]
fn prerequisites_refuse_loops_and_strands_and_survive_a_rebuild_and_an_import() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let r = room(&mut db)?;
    let code = |db: &Db, c: &str| node(db, r.framework, c);
    let (a1, b4) = (code(&db, "WPM.6.RP.A.1")?, code(&db, "WPM.6.RP.B.4")?);
    let before = dump_materialized(db.conn())?;
    let ops = db.ops()?.len();
    match progressions::add_prerequisite(&mut db, a1, b4) {
        Err(Error::Domain(waypoint_core::Error::Invalid { field, message })) => {
            assert_eq!(
                field, "requires",
                "the loop is the new prerequisite's fault"
            );
            assert!(
                message.to_string().starts_with(
                    "That would make a loop: WPM.6.RP.A.1 needs WPM.6.RP.B.4, which needs"
                ),
                "the message walks the loop by code: {message}"
            );
        }
        other => panic!("a loop must be refused, got {other:?}"),
    }
    let strand = code(&db, "WPM.6.RP.A")?;
    assert!(
        progressions::add_prerequisite(&mut db, strand, a1).is_err(),
        "a strand has no prerequisites"
    );
    assert_eq!(db.ops()?.len(), ops, "a refused prerequisite writes no op");
    assert_eq!(dump_materialized(db.conn())?, before, "and changes no row");

    let (ee6, rp5) = (code(&db, "WPM.6.EE.A.6")?, code(&db, "WPM.6.RP.B.5")?);
    let added = progressions::add_prerequisite(&mut db, rp5, ee6)?;
    assert_eq!(added.len(), 13, "one more prerequisite");
    let twice = progressions::add_prerequisite(&mut db, rp5, ee6)?;
    assert_eq!(twice, added, "adding it again changes nothing");
    db.rebuild()?;
    assert_eq!(
        progressions::list_prerequisites(db.conn(), r.framework)?,
        added,
        "the op log alone rebuilds the progression"
    );
    let mut copy = Db::open(&dir.path().join("copy.sqlite3"))?;
    copy.import_ops(&db.ops()?)?;
    assert_eq!(
        progressions::list_prerequisites(copy.conn(), r.framework)?,
        added,
        "another laptop receives the same progression"
    );
    let removed = progressions::remove_prerequisite(&mut db, rp5, ee6)?;
    assert_eq!(removed.len(), 12, "removing it takes it out again");
    Ok(())
}

#[test]
fn next_steps_follow_the_mastery_of_prerequisites() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let r = room(&mut db)?;
    let (a6, a7, a8) = (
        node(&db, r.framework, "WPM.6.EE.A.6")?,
        node(&db, r.framework, "WPM.6.EE.A.7")?,
        node(&db, r.framework, "WPM.6.EE.A.8")?,
    );
    let codes = |steps: &progressions::StudentNextSteps| -> Vec<String> {
        steps
            .steps
            .iter()
            .map(|s| s.competency.code.clone())
            .collect()
    };
    let start = progressions::student_next_steps(db.conn(), r.ana)?;
    assert!(
        !codes(&start).contains(&"WPM.6.EE.A.8".to_owned()),
        "A.8 waits for A.7: {:?}",
        codes(&start)
    );
    let waiting = start
        .not_yet
        .iter()
        .find(|c| c.code == "WPM.6.EE.A.8")
        .context("A.8 is listed as not yet")?;
    assert_eq!(
        english(&waiting.reason),
        "not yet: needs WPM.6.EE.A.7",
        "with what it needs"
    );

    evidence(&mut db, r.ana, a6, 4.0)?;
    evidence(&mut db, r.ana, a7, 3.0)?;
    let after = progressions::student_next_steps(db.conn(), r.ana)?;
    let step = after
        .steps
        .iter()
        .find(|s| s.competency.code == "WPM.6.EE.A.8")
        .context("with A.6 and A.7 mastered, A.8 is a next step")?;
    assert_eq!(
        step.competency.state,
        Readiness::Ready,
        "no evidence on it yet"
    );
    assert_eq!(
        english(&step.competency.reason),
        "ready: WPM.6.EE.A.7 mastered",
        "the reason names the mastered prerequisite"
    );
    assert_eq!(after.mastered, 2, "A.6 and A.7 are mastered");

    evidence(&mut db, r.ana, a8, 2.0)?;
    let working = progressions::student_next_steps(db.conn(), r.ana)?;
    assert_eq!(
        working.steps[0].competency.code, "WPM.6.EE.A.8",
        "the one with a level comes first: nearest to mastery"
    );
    assert_eq!(
        working.steps[0].competency.state,
        Readiness::WorkingOnIt,
        "it has evidence now"
    );

    let class = progressions::class_next_steps(db.conn(), r.class)?;
    let a8_ready = class
        .competencies
        .iter()
        .find(|c| c.competency_id == a8)
        .context("A.8 is in the class view")?;
    let names: Vec<&str> = a8_ready
        .students
        .iter()
        .map(|s| s.display_name.as_str())
        .collect();
    assert_eq!(
        names,
        vec!["Ana Ruiz"],
        "only Ana is ready for A.8; Ben still needs A.7"
    );
    let ben = class
        .students
        .iter()
        .find(|s| s.student_id == r.ben)
        .context("Ben is listed")?;
    assert!(
        ben.next.is_some(),
        "Ben has a first next step too (a competency with no prerequisite)"
    );
    Ok(())
}

fn activity(
    competency: NodeId,
    title: &str,
    modality: Modality,
    interests: &[&str],
) -> ActivityInput {
    ActivityInput {
        competency_id: competency.to_string(),
        title: title.into(),
        modality,
        minutes: 15.0,
        instructions: String::new(),
        link: String::new(),
        interests: interests.iter().map(|s| (*s).to_owned()).collect(),
    }
}

#[test]
fn a_proposed_board_fits_the_student_and_writes_nothing_until_approved() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let r = room(&mut db)?;
    let a1 = node(&db, r.framework, "WPM.6.RP.A.1")?;
    let mut profile = roster::get_profile(db.conn(), r.ana)?;
    profile.learn_by = vec![LearnBy::Listening];
    profile.interests = vec!["Soccer".into()];
    roster::save_profile(&mut db, r.ana, &profile)?;
    let practice = playlists::create_activity(
        &mut db,
        r.class,
        &activity(a1, "Ratio drill", Modality::Practice, &[]),
    )?;
    let goals = playlists::create_activity(
        &mut db,
        r.class,
        &activity(a1, "Goals per game", Modality::Practice, &["soccer"]),
    )?;
    let video = playlists::create_activity(
        &mut db,
        r.class,
        &activity(a1, "Ratio video", Modality::Watch, &[]),
    )?;

    let steps = progressions::student_next_steps(db.conn(), r.ana)?;
    let for_a1 = steps
        .steps
        .iter()
        .find(|s| s.competency.competency_id == a1)
        .context("A.1 has no prerequisite, so it is a next step")?;
    let order: Vec<(&str, Fit)> = for_a1
        .activities
        .iter()
        .map(|a| (a.title.as_str(), a.fit))
        .collect();
    assert_eq!(
        order,
        vec![
            ("Ratio video", Fit::WayOfLearning),
            ("Goals per game", Fit::Interest),
            ("Ratio drill", Fit::Competency)
        ],
        "listening first, then her interest, then the rest"
    );

    let ops = db.ops()?.len();
    let board = progressions::propose_playlist(db.conn(), r.ana)?
        .context("there is something to propose")?;
    assert_eq!(db.ops()?.len(), ops, "proposing writes nothing");
    assert_eq!(board.kind, PlaylistKind::ChoiceBoard, "a choice board");
    assert_eq!(
        board.activity_ids,
        vec![
            video.id.to_string(),
            goals.id.to_string(),
            practice.id.to_string()
        ],
        "in the order that fits her"
    );

    let mut edited = board.clone();
    edited.activity_ids.truncate(2);
    edited.title = "Ana's ratio choices".into();
    let saved = progressions::approve_playlist(&mut db, r.ana, &edited)?;
    assert_eq!(
        saved.assignments.len(),
        1,
        "approving assigns the board to her"
    );
    let hers = playlists::student_playlists(db.conn(), r.ana)?;
    assert!(
        hers.iter().any(|p| p.title == "Ana's ratio choices"),
        "and it reaches her page"
    );
    assert!(
        playlists::student_playlists(db.conn(), r.ben)?.is_empty(),
        "but not Ben's"
    );
    Ok(())
}

#[test]
fn group_by_readiness_puts_students_ready_for_the_same_competency_together() -> Result<()> {
    use waypoint_core::grouping::{Constraints, GroupCount, GroupingMode};
    use waypoint_store::groups::{self, GroupRequest};
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let r = room(&mut db)?;
    let cy = roster::create_student(&mut db, r.class, &student("Cy", "Lee"))?.id;
    for code in ["WPM.6.EE.A.6", "WPM.6.EE.A.7"] {
        let c = node(&db, r.framework, code)?;
        evidence(&mut db, r.ana, c, 4.0)?;
    }
    // A first try at A.8 makes it her nearest next step.
    let a8 = node(&db, r.framework, "WPM.6.EE.A.8")?;
    evidence(&mut db, r.ana, a8, 2.0)?;
    let request = |constraints: Constraints| GroupRequest {
        competency_ids: vec![],
        count: GroupCount::Groups { count: 2 },
        mode: GroupingMode::Mixed,
        constraints,
        seed: 1,
        keep: vec![],
        by_readiness: true,
        group_word: "Group".into(),
    };
    let proposal = groups::suggest_groups(db.conn(), r.class, &request(Constraints::default()))?;
    let members = |g: &groups::ProposedGroupView| -> Vec<String> {
        g.members.iter().map(|m| m.display_name.clone()).collect()
    };
    let ana_group = proposal
        .groups
        .iter()
        .find(|g| members(g).contains(&"Ana Ruiz".to_owned()))
        .context("Ana is placed")?;
    assert_eq!(
        members(ana_group),
        vec!["Ana Ruiz"],
        "Ana is ready for something the others are not"
    );
    assert!(
        ana_group
            .focus
            .as_ref()
            .is_some_and(|f| english(f).starts_with("Ready for WPM.6.EE.A.8")),
        "her group's focus names her next step: {:?}",
        ana_group.focus
    );
    assert_eq!(
        english(&ana_group.members[0].reason),
        "working on it: WPM.6.EE.A.7 mastered; 1 piece of evidence, level 2",
        "and her reason is her readiness reason"
    );
    let others = proposal
        .groups
        .iter()
        .find(|g| members(g).contains(&"Ben Okafor".to_owned()))
        .context("Ben is placed")?;
    assert!(
        members(others).contains(&"Cy Lee".to_owned()),
        "Ben and Cy are ready for the same first competency, so they work together"
    );

    let apart = Constraints {
        apart: vec![(r.ben.to_string(), cy.to_string())],
        ..Constraints::default()
    };
    let split = groups::suggest_groups(db.conn(), r.class, &request(apart))?;
    assert!(
        !split
            .groups
            .iter()
            .any(|g| members(g).contains(&"Ben Okafor".to_owned())
                && members(g).contains(&"Cy Lee".to_owned())),
        "the teacher's constraints still hold"
    );
    Ok(())
}
