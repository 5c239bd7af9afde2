//! Export and import round trips: a full bundle, an incremental one, an encrypted one, the
//! classes a teacher chooses to receive, exact floats, a purge, and a class's classroom.

use anyhow::Result;
use serde_json::json;
use waypoint_core::ids::DeviceId;
use waypoint_core::roster::StudentInput;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, frameworks, progressions, roster};
use waypoint_sync::{Error, bundle, file};

use crate::common::{PASS, first_student, import, receive, rename, small_db};

#[test]
fn a_full_bundle_round_trips_and_importing_it_again_changes_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = Db::open(&dir.path().join("a.sqlite3"))?;
    roster::load_demo_class(&mut a)?;
    let path = dir.path().join("handoff.waypoint.json");
    let written = file::write_bundle(&path, &bundle::export(&a, None, "Ms. Rivera", 1)?, None)?;
    assert_eq!(
        written.ops.len(),
        a.ops()?.len(),
        "a full bundle carries every op"
    );
    assert!(
        std::fs::read_dir(dir.path())?.all(|e| e
            .map(|e| !e.file_name().to_string_lossy().ends_with(".tmp"))
            .unwrap_or(true)),
        "no temp file is left behind"
    );
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let (read, _) = file::read_bundle(&path, None)?;
    assert_eq!(
        b.import_ops(&read.ops)?.new as usize,
        read.ops.len(),
        "all new the first time"
    );
    assert_eq!(
        dump_materialized(b.conn())?,
        dump_materialized(a.conn())?,
        "the receiver equals the sender"
    );
    let framework = frameworks::list_frameworks(a.conn(), false)?[0].id;
    let progression = progressions::list_prerequisites(b.conn(), framework)?;
    assert_eq!(
        progression.len(),
        12,
        "the demo framework's progression travels in the bundle"
    );
    assert_eq!(
        progression,
        progressions::list_prerequisites(a.conn(), framework)?,
        "prerequisite for prerequisite"
    );
    let again = b.import_ops(&read.ops)?;
    assert_eq!(
        again.new, 0,
        "importing the same bundle again brings nothing new"
    );
    let since = bundle::decode(&bundle::export(&a, Some(&b.version_vector()?), "", 2)?)?;
    assert!(
        since.ops.is_empty(),
        "an incremental bundle to a peer that has everything is empty"
    );
    Ok(())
}

#[test]
fn an_incremental_bundle_of_200_changes_is_small_and_the_import_is_logged() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = Db::open(&dir.path().join("a.sqlite3"))?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let class = roster::load_demo_class(&mut a)?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    receive(&mut a, &bundle::decode(&bundle::export(&b, None, "B", 2)?)?)?;
    let student = roster::list_students(a.conn(), class.id, false)?[0].clone();
    for i in 0..200 {
        let input = StudentInput {
            given_name: format!("Name {i}"),
            family_name: student.family_name.clone(),
            ..Default::default()
        };
        roster::update_student(&mut a, student.id, &input)?;
    }
    let bytes = bundle::export_for_peer(&a, b.device_id(), "A", 3)?;
    let inc = bundle::decode(&bytes)?;
    assert_eq!(inc.ops.len(), 200, "only what B lacked: the 200 edits");
    assert!(
        bytes.len() <= 100 * 1024,
        "200 changes fit in 100 KB: {} bytes",
        bytes.len()
    );
    let counts = receive(&mut b, &inc)?;
    assert_eq!(counts.new, 200, "all of them are new to B");
    assert_eq!(
        dump_materialized(b.conn())?,
        dump_materialized(a.conn())?,
        "then both agree"
    );
    let log = b.import_log()?;
    assert_eq!(log.len(), 2, "both imports are logged");
    assert_eq!(log[0].counts.new, 200, "newest first, with what it brought");
    assert_eq!(log[0].source_label, "A", "and who sent it");
    let stranger = DeviceId::mint(5, [5; 10]);
    let err = bundle::export_for_peer(&a, stranger, "A", 4).expect_err("never heard from it");
    assert!(matches!(err, Error::UnknownPeer { .. }), "refused: {err}");
    Ok(())
}

#[test]
fn an_encrypted_bundle_opens_only_with_the_class_passphrase() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let path = dir.path().join("handoff.bundle");
    file::write_bundle(&path, &bundle::export(&a, None, "A", 1)?, Some(PASS))?;
    let bytes = std::fs::read(&path)?;
    assert!(
        waypoint_sync::crypto::is_encrypted(&bytes),
        "a bundle written with a passphrase is an age file"
    );
    assert!(
        !String::from_utf8_lossy(&bytes).contains("Period 1"),
        "no class name is readable in an encrypted bundle"
    );
    let before = dump_materialized(b.conn())?;
    for (passphrase, what) in [
        (None, "no passphrase"),
        (Some("not the one"), "a wrong one"),
    ] {
        let err = file::read_bundle(&path, passphrase).expect_err(what);
        let expected = if passphrase.is_none() {
            matches!(err, Error::NeedsPassphrase)
        } else {
            matches!(err, Error::WrongPassphrase)
        };
        assert!(expected, "{what} gets its own clear message: {err}");
    }
    assert_eq!(
        dump_materialized(b.conn())?,
        before,
        "a refused bundle changes nothing"
    );
    let (read, encrypted) = file::read_bundle(&path, Some(PASS))?;
    assert!(encrypted, "the reader says it was encrypted");
    receive(&mut b, &read)?;
    assert_eq!(
        dump_materialized(b.conn())?,
        dump_materialized(a.conn())?,
        "the right passphrase hands everything over"
    );
    Ok(())
}

#[test]
fn a_class_not_chosen_is_refused_until_the_teacher_chooses_it() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let read = bundle::decode(&bundle::export(&a, None, "A", 1)?)?;
    let before = dump_materialized(b.conn())?;
    let err = bundle::import(&mut b, &read, false, &[]).expect_err("class not chosen");
    match &err {
        Error::ClassNotChosen { classes } => {
            assert_eq!(classes.len(), 1, "the one class is named");
            assert_eq!(classes[0].name, "Period 1", "by its name from the bundle");
        }
        other => panic!("expected ClassNotChosen, got {other}"),
    }
    assert!(
        err.to_string().contains("\u{201c}Period 1\u{201d}"),
        "the message names the class: {err}"
    );
    assert_eq!(dump_materialized(b.conn())?, before, "nothing was imported");
    let counts = bundle::import(&mut b, &read, false, &read.manifest.class_ids)?;
    assert!(counts.new > 0, "once chosen, it comes in");
    let (class_id, s) = first_student(&a)?;
    assert_eq!(
        b.handoff_settings()?.received_classes,
        vec![class_id],
        "the choice is remembered for the next handoff"
    );
    let mut a = a;
    rename(&mut a, &s, "Later")?;
    let next = bundle::decode(&bundle::export(&a, Some(&b.version_vector()?), "A", 2)?)?;
    assert_eq!(
        bundle::import(&mut b, &next, false, &[])?.new,
        1,
        "later bundles of a chosen class need no new choice"
    );
    Ok(())
}

#[test]
fn a_float_reads_back_exactly_so_a_second_import_is_nothing_new() -> Result<()> {
    // Found by the fuzz target: without exact float parsing, 3.0311e60 read back as
    // 3.0311000000000003e60, and the same bundle imported twice was called altered.
    let dir = tempfile::tempdir()?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let (_, student) = first_student(&a)?;
    a.write(|w| {
        let mut f = waypoint_core::op::Fields::new();
        f.insert("student_id".into(), json!(student.id.to_string()));
        f.insert("level".into(), json!(3.0311e60));
        w.set(&waypoint_core::evidence::EVIDENCE, "e1", f)
    })?;
    let bytes = bundle::export(&a, None, "A", 1)?;
    let all = a.ops()?.len() as u64;
    assert_eq!(import(&mut b, &bytes)?, all, "the first time it is new");
    let again = bundle::export(&b, None, "B", 2)?;
    assert_eq!(
        import(&mut a, &again)?,
        0,
        "the op came back through a database and a bundle unchanged: nothing new, not altered"
    );
    assert_eq!(
        import(&mut b, &bytes)?,
        0,
        "and the same bundle twice is nothing new"
    );
    Ok(())
}

#[test]
fn a_purge_travels_and_blanks_the_values_on_the_other_laptop() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut a = small_db(dir.path(), "a")?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    let (_, s) = first_student(&a)?;
    roster::purge_student(&mut a, s.id)?;
    let bytes = bundle::export(&a, Some(&b.version_vector()?), "A", 2)?;
    assert!(
        !String::from_utf8_lossy(&bundle::export(&a, None, "A", 3)?).contains(&s.given_name),
        "after a purge, not even a full bundle carries the student's name"
    );
    receive(&mut b, &bundle::decode(&bytes)?)?;
    assert!(
        b.ops()?
            .iter()
            .filter(|o| o.row_id == s.id.to_string())
            .all(|o| o.fields.is_empty()),
        "the receiver's log is blanked too"
    );
    assert!(
        roster::get_student(b.conn(), s.id).is_err(),
        "the student is gone on both laptops"
    );
    // The receiver still holds the old, unblanked ops in older bundles: importing one again
    // is the same change, not tampering.
    let counts = receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 4)?)?)?;
    assert_eq!(counts.new, 0, "nothing new, and no tampering claimed");
    assert_eq!(
        dump_materialized(a.conn())?,
        dump_materialized(b.conn())?,
        "both agree"
    );
    Ok(())
}

/// The demo class with a saved group set, four stations, a rotation and a playlist given to
/// the first group, as one teacher would leave it before a handoff.
fn classroom_day(db: &mut Db) -> Result<(String, String)> {
    use waypoint_core::grouping::{Constraints, GroupCount, GroupingMode};
    use waypoint_core::groups::GroupBasis;
    use waypoint_core::playlists::{ActivityInput, AssignTarget, Modality, PlaylistInput};
    use waypoint_core::playlists::{PlaylistKind, TargetKind};
    use waypoint_core::rotations::RotationInput;
    use waypoint_core::rotations::{StationInput, StationKind};
    use waypoint_store::{evidence, groups, playlists, rotations};
    let class = roster::load_demo_class(db)?.id.to_string();
    let competency = evidence::mastery_grid(db.conn(), class.parse()?)?.competencies[0]
        .id
        .to_string();
    let proposal = groups::suggest_groups(
        db.conn(),
        class.parse()?,
        &groups::GroupRequest {
            competency_ids: vec![competency.clone()],
            count: GroupCount::Groups { count: 4 },
            mode: GroupingMode::Like,
            constraints: Constraints::default(),
            seed: 3,
            keep: Vec::new(),
            by_readiness: false,
            group_word: "Group".into(),
        },
    )?;
    let basis = GroupBasis {
        competency_ids: vec![competency.clone()],
        competency_codes: Vec::new(),
        mode: "like".into(),
        seed: 3,
    };
    let set = groups::save_group_set(
        db,
        class.parse()?,
        &proposal.to_input("2026-11-24", "Monday", basis),
    )?;
    let mut station_ids = Vec::new();
    for (name, kind) in [
        ("Teacher", StationKind::TeacherLed),
        ("Online", StationKind::Online),
        ("Pairs", StationKind::Collaborative),
        ("Solo", StationKind::Independent),
    ] {
        let input = StationInput {
            name: name.into(),
            kind,
            capacity: Some(8),
            materials: String::new(),
            instructions: String::new(),
        };
        station_ids.push(rotations::create_station(db, class.parse()?, &input)?.id);
    }
    let plan = rotations::build_rotation(
        db,
        class.parse()?,
        &RotationInput {
            date: "2026-11-24".into(),
            group_set_id: set.id.clone(),
            station_ids,
            block_minutes: 15,
            transition_minutes: 2,
        },
    )?;
    let activity = playlists::create_activity(
        db,
        class.parse()?,
        &ActivityInput {
            competency_id: competency,
            title: "Ratio tables".into(),
            modality: Modality::Practice,
            minutes: 15.0,
            instructions: String::new(),
            link: String::new(),
            interests: Vec::new(),
        },
    )?;
    let playlist = playlists::create_playlist(
        db,
        class.parse()?,
        &PlaylistInput {
            title: "Ratios path".into(),
            kind: PlaylistKind::Playlist,
            activity_ids: vec![activity.id.to_string()],
            pick_count: 1.0,
        },
    )?;
    playlists::assign_playlist(
        db,
        playlist.id,
        &AssignTarget {
            kind: TargetKind::Group,
            id: set.groups[0].id.clone(),
        },
    )?;
    Ok((class, plan.id))
}

#[test]
fn groups_rotations_and_playlists_travel_with_their_class() -> Result<()> {
    use waypoint_store::rotations;
    let dir = tempfile::tempdir()?;
    let mut a = Db::open(&dir.path().join("a.sqlite3"))?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    // B already receives one class; the classroom comes in a second, new to B.
    roster::load_demo_class(&mut a)?;
    receive(&mut b, &bundle::decode(&bundle::export(&a, None, "A", 1)?)?)?;
    let (class, plan) = classroom_day(&mut a)?;
    let bytes = bundle::export(&a, Some(&b.version_vector()?), "A", 2)?;
    let read = bundle::decode(&bytes)?;
    assert_eq!(
        read.manifest.class_ids,
        vec![class.clone()],
        "groups, stations, rotations and playlists name the class they belong to"
    );
    let err =
        bundle::import(&mut b, &read, false, &[]).expect_err("the new class is not chosen yet");
    assert!(
        matches!(err, Error::ClassNotChosen { .. }),
        "a class's classroom is refused until the class is chosen: {err}"
    );
    receive(&mut b, &read)?;
    assert_eq!(
        dump_materialized(a.conn())?,
        dump_materialized(b.conn())?,
        "both laptops hold the same classroom"
    );
    assert_eq!(
        rotations::get_rotation(b.conn(), plan.parse()?)?,
        rotations::get_rotation(a.conn(), plan.parse()?)?,
        "the co-teacher sees the same rotation, cell for cell"
    );
    Ok(())
}
