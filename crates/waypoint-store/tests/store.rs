//! Store integration tests: migrations, pragmas, the op log's one write path, rebuild
//! equivalence, the persisted HLC and the device-identity rule.

use anyhow::Result;
use proptest::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use waypoint_core::evidence::{EvidenceInput, EvidenceKind};
use waypoint_core::mastery::Method;
use waypoint_core::roster::{ClassInput, LearnerProfile, STUDENT, StudentInput};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, Error, OpenOptions, evidence, frameworks, roster};

#[path = "store/backup.rs"]
mod backup;
#[path = "store/classroom.rs"]
mod classroom;
#[path = "store/competencies.rs"]
mod competencies;
#[path = "store/demo_year.rs"]
mod demo_year;
#[path = "store/exchange.rs"]
mod exchange;
#[path = "store/feedback.rs"]
mod feedback;
#[path = "store/framework_import.rs"]
mod framework_import;
#[path = "store/imports.rs"]
mod imports;
#[path = "store/ownership.rs"]
mod ownership;
#[path = "store/pin.rs"]
mod pin;
#[path = "store/playlists.rs"]
mod playlists;
#[path = "store/portfolio.rs"]
mod portfolio;
#[path = "store/progressions.rs"]
mod progressions;
#[path = "store/roster.rs"]
mod roster_reads;
#[path = "store/scores_import.rs"]
mod scores_import;

fn class(name: &str) -> ClassInput {
    ClassInput {
        name: name.into(),
        ..Default::default()
    }
}

fn student(given: &str, family: &str) -> StudentInput {
    StudentInput {
        given_name: given.into(),
        family_name: family.into(),
        ..Default::default()
    }
}

/// A wall clock the test can move, in both directions.
fn settable_clock(start: u64) -> (Arc<AtomicU64>, OpenOptions) {
    let now = Arc::new(AtomicU64::new(start));
    let read = now.clone();
    (
        now,
        OpenOptions {
            wall_clock: Arc::new(move || read.load(Ordering::SeqCst)),
        },
    )
}

#[test]
fn a_new_database_is_migrated_with_wal_foreign_keys_and_a_busy_timeout() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let db = Db::open(&dir.path().join("w.sqlite3"))?;
    let c = db.conn();
    let mode: String = c.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
    assert_eq!(
        mode, "wal",
        "WAL lets the UI read while a write is in progress"
    );
    let fk: i64 = c.pragma_query_value(None, "foreign_keys", |r| r.get(0))?;
    assert_eq!(fk, 1, "open() must enable foreign keys");
    let busy: i64 = c.pragma_query_value(None, "busy_timeout", |r| r.get(0))?;
    assert!(
        busy >= 1000,
        "a busy timeout avoids spurious 'database is locked' errors"
    );
    let version: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0))?;
    assert_eq!(
        version as usize,
        Db::schema_version(),
        "migrations run to the latest on open"
    );
    drop(db);
    let again = Db::open(&dir.path().join("w.sqlite3"))?;
    assert!(
        roster::list_classes(again.conn(), true)?.is_empty(),
        "reopening migrates nothing twice"
    );
    Ok(())
}

#[test]
fn materialized_tables_are_rebuilt_from_the_log_when_the_specs_change() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("w.sqlite3");
    let mut db = Db::open(&path)?;
    let c = roster::create_class(&mut db, &class("Period 2"))?;
    roster::create_student(&mut db, c.id, &student("Ana", "Ruiz"))?;
    let before = dump_materialized(db.conn())?;
    // A build whose specs differ (a field or an index added) finds another fingerprint;
    // here the stored one is made stale and a table is damaged the way an old build's
    // layout would differ.
    db.conn().execute_batch(
        "UPDATE materialized_schema SET fingerprint = 'an older build';
         DROP TABLE student; CREATE TABLE student (id TEXT PRIMARY KEY, _deleted INTEGER);",
    )?;
    drop(db);
    let db = Db::open(&path)?;
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "the tables are built again from their specs and filled from the op log"
    );
    let indexes: i64 = db.conn().query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'student_by_class'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(indexes, 1, "and their indexes come from the specs too");
    Ok(())
}

#[test]
fn a_database_from_a_newer_waypoint_is_refused_untouched() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("w.sqlite3");
    drop(Db::open(&path)?);
    Db::open(&path)?
        .conn()
        .pragma_update(None, "user_version", 99)?;
    match Db::open(&path) {
        Err(Error::TooNew { found: 99, .. }) => {}
        Err(other) => panic!("expected a 'made by a newer Waypoint' error, got {other}"),
        Ok(_) => panic!("a newer schema must not be opened (and possibly damaged) by an older app"),
    }
    Ok(())
}

#[test]
fn every_use_case_writes_ops_and_reads_back_what_it_wrote() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let c = roster::create_class(&mut db, &class("  Grade 6 Math "))?;
    assert_eq!(c.name, "Grade 6 Math", "names are stored trimmed");
    let s = roster::create_student(&mut db, c.id, &student("Ana", "Ruiz"))?;
    let mut profile = LearnerProfile {
        strengths: vec!["Ratios".into()],
        ..Default::default()
    };
    profile.notes = "Works well in pairs.".into();
    let saved = roster::save_profile(&mut db, s.id, &profile)?;
    assert_eq!(saved, profile, "the saved profile reads back unchanged");
    let ops_before = db.ops()?.len();
    roster::save_profile(&mut db, s.id, &profile)?;
    assert_eq!(
        db.ops()?.len(),
        ops_before,
        "saving an unchanged profile writes no op"
    );
    profile.notes = "Prefers to start alone.".into();
    roster::save_profile(&mut db, s.id, &profile)?;
    let last = db
        .ops()?
        .into_iter()
        .max_by_key(|o| o.id.seq)
        .expect("there are ops");
    assert_eq!(
        last.fields.keys().collect::<Vec<_>>(),
        ["notes"],
        "an edit writes only the changed field"
    );
    assert_eq!(
        roster::get_class(db.conn(), c.id)?.student_count,
        1,
        "the class counts its student"
    );
    Ok(())
}

#[test]
fn bad_input_and_unknown_ids_change_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let c = roster::create_class(&mut db, &class("Science"))?;
    let before = dump_materialized(db.conn())?;
    let ops = db.ops()?.len();
    let long = "x".repeat(10_000);
    for (input, field) in [
        (student("   ", "Ruiz"), "givenName"),
        (student("Ana", &long), "familyName"),
    ] {
        match roster::create_student(&mut db, c.id, &input) {
            Err(Error::Domain(waypoint_core::Error::Invalid { field: f, .. })) => {
                assert_eq!(f, field)
            }
            other => panic!("expected a validation error on {field}, got {other:?}"),
        }
    }
    let bad_date = StudentInput {
        birth_date: "2014-02-30".into(),
        ..student("Ana", "Ruiz")
    };
    assert!(
        roster::create_student(&mut db, c.id, &bad_date).is_err(),
        "Feb 30 is no date"
    );
    // A malformed id can't reach a use case any more: it is refused where the text arrives.
    assert!(
        "nope".parse::<waypoint_core::ids::ClassId>().is_err(),
        "text that is not an id is refused before it is a ClassId"
    );
    let unknown = "0190b7a0-0000-7000-8000-000000000000";
    assert!(
        matches!(
            roster::create_student(&mut db, unknown.parse()?, &student("Ana", "Ruiz")),
            Err(Error::NotFound { what: "class", .. })
        ),
        "an unknown class id must be a not-found error"
    );
    assert!(
        matches!(
            roster::get_profile(db.conn(), unknown.parse()?),
            Err(Error::NotFound { .. })
        ),
        "unknown student"
    );
    assert_eq!(
        db.ops()?.len(),
        ops,
        "no op may be written for rejected input"
    );
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "and no row may change"
    );
    Ok(())
}

#[test]
fn a_failing_write_rolls_back_every_op_it_made() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let c = roster::create_class(&mut db, &class("Science"))?;
    let ops = db.ops()?.len();
    let hlc = db.last_hlc();
    let result: waypoint_store::Result<()> = db.write(|w| {
        let fields = student("Half", "Written").to_fields();
        w.set(&STUDENT, "0190b7a0-0000-7000-8000-000000000001", fields)?;
        Err(Error::NotFound {
            what: "class",
            id: "simulated failure midway".into(),
        })
    });
    assert!(result.is_err(), "the simulated failure surfaces");
    assert_eq!(db.ops()?.len(), ops, "nothing is ever half-written");
    assert_eq!(
        db.last_hlc(),
        hlc,
        "a rolled-back write leaves the clock where it was"
    );
    assert_eq!(
        roster::list_students(db.conn(), c.id, true)?.len(),
        0,
        "no row either"
    );
    Ok(())
}

#[test]
fn the_demo_class_loads_24_students_with_profiles() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let c = roster::load_demo_class(&mut db)?;
    let students = roster::list_students(db.conn(), c.id, false)?;
    assert_eq!(students.len(), 24, "the demo class has 24 students");
    let with_contacts = students
        .iter()
        .map(|s| roster::get_profile(db.conn(), s.id))
        .collect::<waypoint_store::Result<Vec<_>>>()?
        .iter()
        .filter(|p| !p.family_contacts.is_empty())
        .count();
    assert_eq!(
        with_contacts, 24,
        "every demo student has a family contact to show"
    );
    Ok(())
}

#[test]
fn the_hlc_stays_monotonic_across_restarts_and_a_clock_set_back_an_hour() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("w.sqlite3");
    let (now, options) = settable_clock(1_800_000_000_000);
    let mut db = Db::open_with(&path, options.clone())?;
    let c = roster::create_class(&mut db, &class("A"))?;
    let first = db.ops()?.last().map(|o| o.hlc).expect("one op");
    drop(db);
    now.fetch_sub(3_600_000, Ordering::SeqCst);
    let mut db = Db::open_with(&path, options)?;
    roster::update_class(&mut db, c.id, &class("B"))?;
    let ops = db.ops()?;
    let second = ops.iter().map(|o| o.hlc).max().expect("two ops");
    assert!(
        second > first,
        "after a restart with the clock an hour back, new ops still sort later"
    );
    assert_eq!(
        roster::get_class(db.conn(), c.id)?.name,
        "B",
        "so the later edit wins, as the teacher expects"
    );
    Ok(())
}

#[test]
fn a_copied_or_restored_database_gets_a_new_device_id() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let original = dir.path().join("w.sqlite3");
    let mut db = Db::open(&original)?;
    roster::create_class(&mut db, &class("A"))?;
    let device = db.device_id();
    drop(db);
    assert_eq!(
        Db::open(&original)?.device_id(),
        device,
        "reopening in place keeps the device id"
    );

    let copy_dir = tempfile::tempdir()?;
    let copy = copy_dir.path().join("w.sqlite3");
    std::fs::copy(&original, &copy)?;
    let copied = Db::open(&copy)?;
    assert_ne!(
        copied.device_id(),
        device,
        "a copy must not reuse the original's op numbering"
    );
    assert_eq!(copied.ops()?.len(), 1, "the copy keeps the data");
    drop(copied);

    let backup = dir.path().join("backup.sqlite3");
    std::fs::copy(&original, &backup)?;
    let mut db = Db::open(&original)?;
    let class_id = roster::list_classes(db.conn(), true)?[0].id.to_string();
    roster::update_class(
        &mut db,
        class_id.parse()?,
        &class("A, renamed after the backup"),
    )?;
    drop(db);
    // Restore the way a teacher would: delete, then copy the backup in. The file system may
    // hand the new file the old inode, so the marker's high-water mark must catch this.
    std::fs::remove_file(&original)?;
    std::fs::copy(&backup, &original)?;
    let restored = Db::open(&original)?;
    assert_ne!(
        restored.device_id(),
        device,
        "a restored, older database must not reuse seqs already handed out"
    );
    let renewed = restored.device_id();
    drop(restored);
    assert_eq!(
        Db::open(&original)?.device_id(),
        renewed,
        "the renewed id then sticks"
    );
    Ok(())
}

#[test]
fn a_copied_database_numbers_its_own_ops_from_one() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let original = dir.path().join("w.sqlite3");
    let mut db = Db::open(&original)?;
    let c = roster::create_class(&mut db, &class("A"))?;
    drop(db);
    let copy = dir.path().join("copy.sqlite3");
    std::fs::copy(&original, &copy)?;
    let mut copied = Db::open(&copy)?;
    roster::update_class(&mut copied, c.id, &class("B"))?;
    let mine: Vec<u64> = copied
        .ops()?
        .iter()
        .filter(|o| o.id.stream.device == copied.device_id())
        .map(|o| o.id.seq)
        .collect();
    assert_eq!(mine, [1], "a new device starts its own contiguous sequence");
    assert_eq!(
        roster::get_class(copied.conn(), c.id)?.name,
        "B",
        "its edit dominates the original's"
    );
    Ok(())
}

#[derive(Debug, Clone)]
enum Action {
    NewClass(String),
    NewStudent(usize, String, String),
    Rename(usize, String),
    Archive(usize, bool),
    Profile(usize, Vec<String>, String),
    Tombstone(usize),
    Restore(usize),
    /// Student, competency, level in halves (9 and 10 are off the 0–4 scale).
    Evidence(usize, usize, u8),
    DeleteEvidence(usize),
    UndoDelete(usize),
    /// Node, new index among its siblings.
    MoveNode(usize, usize),
    Method(u8),
}

fn action() -> impl Strategy<Value = Action> {
    let name = "[ab ]{0,3}";
    prop_oneof![
        name.prop_map(Action::NewClass),
        (0..4usize, name, name).prop_map(|(c, g, f)| Action::NewStudent(c, g, f)),
        (0..8usize, name).prop_map(|(s, n)| Action::Rename(s, n)),
        (0..8usize, any::<bool>()).prop_map(|(s, a)| Action::Archive(s, a)),
        (0..8usize, proptest::collection::vec(name, 0..3), name)
            .prop_map(|(s, l, n)| Action::Profile(s, l, n)),
        (0..8usize).prop_map(Action::Tombstone),
        (0..8usize).prop_map(Action::Restore),
        (0..8usize, 0..6usize, 0..11u8).prop_map(|(s, c, l)| Action::Evidence(s, c, l)),
        (0..8usize).prop_map(Action::DeleteEvidence),
        (0..8usize).prop_map(Action::UndoDelete),
        (0..21usize, 0..4usize).prop_map(|(n, i)| Action::MoveNode(n, i)),
        (0..7u8).prop_map(Action::Method),
    ]
}

fn run(db: &mut Db, actions: &[Action]) -> Result<()> {
    let mut classes = vec![];
    let mut students = vec![];
    let mut evidence_ids = vec![];
    let framework = frameworks::import_case_bytes(
        db,
        std::path::Path::new("sample.json"),
        waypoint_core::demo::SAMPLE_CASE,
        None,
        &mut |_, _| {},
    )?
    .framework_id
    .to_string();
    let nodes = frameworks::list_nodes(db.conn(), framework.parse()?, true)?;
    let competencies: Vec<String> = nodes
        .iter()
        .filter(|n| n.kind == waypoint_core::frameworks::NodeKind::Competency)
        .map(|n| n.id.to_string())
        .collect();
    for a in actions {
        // Invalid input (blank names) is part of the mix: it must fail cleanly, so errors
        // from use cases are expected and ignored here.
        match a {
            Action::NewClass(n) => {
                if let Ok(c) = roster::create_class(db, &class(n)) {
                    classes.push(c.id.to_string());
                }
            }
            Action::NewStudent(c, g, f) => {
                if let Some(cid) = classes.get(*c)
                    && let Ok(s) = roster::create_student(db, cid.parse()?, &student(g, f))
                {
                    students.push(s.id.to_string());
                }
            }
            Action::Rename(s, n) => {
                if let Some(id) = students.get(*s) {
                    let _ = roster::update_student(db, id.parse()?, &student(n, "Fixed"));
                }
            }
            Action::Archive(s, on) => {
                if let Some(id) = students.get(*s) {
                    let _ = roster::set_student_archived(db, id.parse()?, *on);
                }
            }
            Action::Profile(s, list, notes) => {
                if let Some(id) = students.get(*s) {
                    let p = LearnerProfile {
                        interests: list.clone(),
                        notes: notes.clone(),
                        ..Default::default()
                    };
                    let _ = roster::save_profile(db, id.parse()?, &p);
                }
            }
            Action::Tombstone(s) => {
                if let Some(id) = students.get(*s) {
                    db.write(|w| w.tombstone(&STUDENT, id))?;
                }
            }
            Action::Restore(s) => {
                if let Some(id) = students.get(*s) {
                    db.write(|w| w.restore(&STUDENT, id))?;
                }
            }
            Action::Evidence(s, c, halves) => {
                if let (Some(sid), Some(cid)) = (students.get(*s), competencies.get(*c)) {
                    let input = EvidenceInput {
                        student_id: sid.clone(),
                        competency_id: cid.clone(),
                        level: f64::from(*halves) / 2.0,
                        date: format!("2026-11-{:02}", 1 + halves),
                        kind: EvidenceKind::Observation,
                        note: String::new(),
                    };
                    if let Ok(e) = evidence::record_evidence(db, &input) {
                        evidence_ids.push(e.id.to_string());
                    }
                }
            }
            Action::DeleteEvidence(i) => {
                if let Some(id) = evidence_ids.get(*i) {
                    let _ = evidence::delete_evidence(db, id.parse()?);
                }
            }
            Action::UndoDelete(i) => {
                if let Some(id) = evidence_ids.get(*i) {
                    evidence::restore_evidence(db, id.parse()?)?;
                }
            }
            Action::MoveNode(n, index) => {
                if let Some(node) = nodes.get(*n) {
                    frameworks::move_node(db, node.id, node.parent_id, *index)?;
                }
            }
            Action::Method(m) => {
                let name = Method::NAMES[usize::from(*m) % Method::NAMES.len()];
                frameworks::set_framework_method(
                    db,
                    framework.parse()?,
                    &Method::parse(name, None)?,
                )?;
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn incremental_state_equals_the_state_rebuilt_from_the_op_log(actions in proptest::collection::vec(action(), 1..40)) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut db = Db::open(&dir.path().join("w.sqlite3")).map_err(|e| TestCaseError::fail(e.to_string()))?;
        run(&mut db, &actions).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let incremental = dump_materialized(db.conn()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        db.rebuild().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let rebuilt = dump_materialized(db.conn()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(incremental, rebuilt, "the tables must be a pure function of the op log");
        let ops = db.ops().map_err(|e| TestCaseError::fail(e.to_string()))?;
        for (stream, ops) in waypoint_store::exchange::by_stream(&ops) {
            let seqs: Vec<u64> = ops.iter().map(|o| o.id.seq).collect();
            prop_assert_eq!(seqs.clone(), (1..=seqs.len() as u64).collect::<Vec<_>>(), "seq is contiguous per stream ({})", stream);
        }
    }
}
