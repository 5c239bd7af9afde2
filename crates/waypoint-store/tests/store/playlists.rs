//! Activities, playlists and choice boards, their assignments to students, groups and
//! stations, each student's playlists and progress, through the store's use cases on a real
//! database, and their survival through rebuild and import.
//!
//! Group sets, stations and rotation plans are written here as plain ops through
//! `Db::write`, so these tests depend on those tables' shape, not on their use cases.

use anyhow::{Result, anyhow};
use serde_json::json;
use std::sync::atomic::{AtomicU64, Ordering};
use waypoint_core::frameworks::{FrameworkInput, NodeInput, NodeKind};
use waypoint_core::groups::{GROUP_MEMBER, GROUP_SET, LEARNING_GROUP};
use waypoint_core::ids::{
    ActivityId, ClassId, GroupId, GroupSetId, MembershipId, NodeId, PlaylistId, RotationId,
    StationId, StudentId,
};
use waypoint_core::messages::english;
use waypoint_core::op::Fields;
use waypoint_core::playlists::{
    ActivityInput, AssignTarget, Modality, PlaylistInput, PlaylistKind, ProgressStatus, TargetKind,
};
use waypoint_core::rotations::{ROTATION_PLAN, STATION};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, Error, frameworks, playlists, roster};

use super::{class, student};

/// A class with students Ana Ruiz and Ben Okafor, a framework attached with competencies
/// 6.RP.1 and 6.RP.2 under a strand, and a second framework the class does not use.
struct Room {
    class: ClassId,
    ana: StudentId,
    ben: StudentId,
    rp1: NodeId,
    rp2: NodeId,
    strand: NodeId,
    elsewhere: NodeId,
}

fn node(kind: NodeKind, code: &str) -> NodeInput {
    NodeInput {
        kind,
        code: code.into(),
        label: String::new(),
        statement: format!("Statement of {code}"),
        grade_levels: vec![],
    }
}

fn room(db: &mut Db) -> Result<Room> {
    let class = roster::create_class(db, &class("6A"))?.id;
    let ana = roster::create_student(db, class, &student("Ana", "Ruiz"))?.id;
    let ben = roster::create_student(db, class, &student("Ben", "Okafor"))?.id;
    let fw = frameworks::create_framework(
        db,
        &FrameworkInput {
            title: "Math 6".into(),
            subject: String::new(),
        },
    )?
    .id;
    let strand = frameworks::create_node(db, fw, None, &node(NodeKind::Strand, "6.RP"))?.id;
    let rp1 =
        frameworks::create_node(db, fw, Some(strand), &node(NodeKind::Competency, "6.RP.1"))?.id;
    let rp2 =
        frameworks::create_node(db, fw, Some(strand), &node(NodeKind::Competency, "6.RP.2"))?.id;
    frameworks::attach_framework(db, class, fw)?;
    let other = frameworks::create_framework(
        db,
        &FrameworkInput {
            title: "Science 6".into(),
            subject: String::new(),
        },
    )?
    .id;
    let elsewhere =
        frameworks::create_node(db, other, None, &node(NodeKind::Competency, "S.1"))?.id;
    Ok(Room {
        class,
        ana,
        ben,
        rp1,
        rp2,
        strand,
        elsewhere,
    })
}

fn activity(competency: NodeId, title: &str) -> ActivityInput {
    ActivityInput {
        competency_id: competency.to_string(),
        title: title.into(),
        modality: Modality::Practice,
        minutes: 15.0,
        instructions: String::new(),
        link: String::new(),
        interests: Vec::new(),
    }
}

fn list(kind: PlaylistKind, title: &str, ids: &[ActivityId], pick: f64) -> PlaylistInput {
    PlaylistInput {
        title: title.into(),
        kind,
        activity_ids: ids.iter().map(ActivityId::to_string).collect(),
        pick_count: pick,
    }
}

fn op_count(db: &Db) -> Result<usize> {
    Ok(db.ops()?.len())
}

/// The field and message of a validation error, or a test failure naming what came back.
fn invalid<T: std::fmt::Debug>(r: waypoint_store::Result<T>) -> Result<(String, String)> {
    match r {
        Err(Error::Domain(waypoint_core::Error::Invalid { field, message })) => {
            Ok((field, message.to_string()))
        }
        other => Err(anyhow!("expected a validation error, got {other:?}")),
    }
}

fn fields<const N: usize>(pairs: [(&str, serde_json::Value); N]) -> Fields {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// Random bytes for hand-written classroom rows: a counter, so two rows minted in the same
/// millisecond never share an id.
fn bytes() -> [u8; 10] {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let mut out = [0; 10];
    out[2..].copy_from_slice(&NEXT.fetch_add(1, Ordering::Relaxed).to_be_bytes());
    out
}

/// Writes a group set dated `date` with one group per `(name, members)` and returns the
/// group ids.
fn group_set(
    db: &mut Db,
    class: ClassId,
    date: &str,
    groups: &[(&str, &[StudentId])],
) -> Result<Vec<String>> {
    Ok(db.write(|w| {
        let set = GroupSetId::mint(w.wall_ms(), bytes()).to_string();
        w.set(
            &GROUP_SET,
            &set,
            fields([
                ("class_id", json!(class)),
                ("date", json!(date)),
                ("title", json!(format!("Groups {date}"))),
            ]),
        )?;
        let mut ids = Vec::new();
        for (i, (name, members)) in groups.iter().enumerate() {
            let group = GroupId::mint(w.wall_ms(), bytes()).to_string();
            w.set(
                &LEARNING_GROUP,
                &group,
                fields([
                    ("set_id", json!(set)),
                    ("name", json!(name)),
                    ("position", json!(i as f64)),
                ]),
            )?;
            for s in members.iter() {
                let m = MembershipId::mint(w.wall_ms(), bytes()).to_string();
                w.set(
                    &GROUP_MEMBER,
                    &m,
                    fields([
                        ("set_id", json!(set)),
                        ("student_id", json!(s)),
                        ("group_id", json!(group)),
                    ]),
                )?;
            }
            ids.push(group);
        }
        Ok(ids)
    })?)
}

fn station(db: &mut Db, class: ClassId, name: &str) -> Result<String> {
    Ok(db.write(|w| {
        let id = StationId::mint(w.wall_ms(), bytes()).to_string();
        w.set(
            &STATION,
            &id,
            fields([
                ("class_id", json!(class)),
                ("name", json!(name)),
                ("kind", json!("online")),
                ("archived", json!(false)),
            ]),
        )?;
        Ok(id)
    })?)
}

/// Writes a rotation plan for the set of `groups` (looked up from the first group).
fn rotation(
    db: &mut Db,
    class: ClassId,
    date: &str,
    cells: serde_json::Value,
    set_of: &str,
) -> Result<()> {
    let set: String = db.conn().query_row(
        "SELECT set_id FROM learning_group WHERE id = ?1",
        [set_of],
        |r| r.get(0),
    )?;
    Ok(db.write(|w| {
        let id = RotationId::mint(w.wall_ms(), bytes()).to_string();
        w.set(
            &ROTATION_PLAN,
            &id,
            fields([
                ("class_id", json!(class)),
                ("date", json!(date)),
                ("group_set_id", json!(set)),
                ("cells", cells),
            ]),
        )
    })?)
}

fn target(kind: TargetKind, id: impl ToString) -> AssignTarget {
    AssignTarget {
        kind,
        id: id.to_string(),
    }
}

#[test]
fn activities_are_checked_against_the_class_frameworks_and_edited_field_by_field() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let r = room(&mut db)?;
    let mut input = activity(r.rp1, "Ratio tables");
    input.link = "https://example.org/ratios".into();
    input.instructions = "Do 1-4.\nCheck with a partner.".into();
    let a = playlists::create_activity(&mut db, r.class, &input)?;
    assert_eq!(
        a.competency_code, "6.RP.1",
        "the view carries the competency's code"
    );
    assert_eq!(a.minutes, 15, "minutes read back whole");
    assert_eq!(
        a.instructions, "Do 1-4.\nCheck with a partner.",
        "instructions keep their lines"
    );

    let before = op_count(&db)?;
    let mut bad = activity(r.rp1, "Video");
    bad.link = "example.org/video".into();
    assert_eq!(
        invalid(playlists::create_activity(&mut db, r.class, &bad))?,
        (
            "link".to_owned(),
            "A link starts with http:// or https://.".to_owned()
        ),
        "a link without its scheme is refused"
    );
    assert_eq!(
        invalid(playlists::create_activity(
            &mut db,
            r.class,
            &activity(r.strand, "X")
        ))?
        .0,
        "competencyId",
        "a strand is not something an activity practises"
    );
    assert_eq!(
        invalid(playlists::create_activity(
            &mut db,
            r.class,
            &activity(r.elsewhere, "X")
        ))?
        .0,
        "competencyId",
        "a competency from a framework the class does not use is refused"
    );
    assert!(
        matches!(
            playlists::create_activity(
                &mut db,
                r.class,
                &ActivityInput {
                    competency_id: "nope".into(),
                    ..activity(r.rp1, "X")
                }
            ),
            Err(Error::NotFound { .. })
        ),
        "an unknown competency is not found"
    );
    assert_eq!(op_count(&db)?, before, "refused input writes nothing");

    let mut edit = input.clone();
    edit.title = "Ratio tables, part 1".into();
    let before = op_count(&db)?;
    let edited = playlists::update_activity(&mut db, a.id, &edit)?;
    assert_eq!(
        edited.title, "Ratio tables, part 1",
        "the edit is read back"
    );
    assert_eq!(
        op_count(&db)? - before,
        1,
        "only the changed field is written, as one op"
    );
    let before = op_count(&db)?;
    playlists::update_activity(&mut db, a.id, &edit)?;
    assert_eq!(
        op_count(&db)?,
        before,
        "saving an unchanged activity writes nothing (minutes compare equal as stored)"
    );
    let mut moved = edit.clone();
    moved.competency_id = r.rp2.to_string();
    assert_eq!(
        playlists::update_activity(&mut db, a.id, &moved)?.competency_code,
        "6.RP.2",
        "an activity can move to another competency of the class"
    );

    playlists::create_activity(&mut db, r.class, &activity(r.rp1, "Another"))?;
    playlists::set_activity_archived(&mut db, a.id, true)?;
    let live = playlists::list_activities(db.conn(), r.class, false)?;
    assert_eq!(
        live.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        ["Another"],
        "archived activities are hidden by default"
    );
    assert_eq!(
        playlists::list_activities(db.conn(), r.class, true)?.len(),
        2,
        "and listed when asked for"
    );
    Ok(())
}

#[test]
fn playlists_keep_their_order_and_choice_boards_check_their_picks() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let r = room(&mut db)?;
    let ids: Vec<ActivityId> = ["A", "B", "C"]
        .iter()
        .map(|t| Ok(playlists::create_activity(&mut db, r.class, &activity(r.rp1, t))?.id))
        .collect::<Result<_>>()?;
    let (a, b, c) = (ids[0], ids[1], ids[2]);

    let p = playlists::create_playlist(
        &mut db,
        r.class,
        &list(PlaylistKind::Playlist, "Week 3", &[c, a, b], 0.0),
    )?;
    let titles = |v: &waypoint_core::playlists::PlaylistView| -> Vec<String> {
        v.activities.iter().map(|a| a.title.clone()).collect()
    };
    assert_eq!(
        titles(&p),
        ["C", "A", "B"],
        "activities come back in the saved order"
    );
    assert_eq!(p.pick_count, 3, "a playlist's pick count is its length");

    let before = op_count(&db)?;
    assert_eq!(
        invalid(playlists::create_playlist(
            &mut db,
            r.class,
            &list(PlaylistKind::ChoiceBoard, "Board", &[a, b, c], 4.0),
        ))?,
        (
            "pickCount".to_owned(),
            "Students can pick 1 to 3 of these 3 activities.".to_owned()
        ),
        "a choice board cannot ask for more picks than it has"
    );
    assert_eq!(
        invalid(playlists::create_playlist(
            &mut db,
            r.class,
            &list(PlaylistKind::Playlist, "Twice", &[a, b, a], 0.0),
        ))?
        .1,
        "Each activity can be in a playlist once.",
        "repeats are refused"
    );
    let other = roster::create_class(&mut db, &class("6B"))?.id;
    assert_eq!(op_count(&db)?, before + 1, "only the new class was written");
    let before = op_count(&db)?;
    let (field, message) = invalid(playlists::create_playlist(
        &mut db,
        other,
        &list(PlaylistKind::Playlist, "Borrowed", &[a], 0.0),
    ))?;
    assert_eq!(
        field, "activityIds",
        "the error belongs to the activity picker"
    );
    assert!(
        message.contains("\"A\" belongs to another class"),
        "the message names the activity and why: {message}"
    );
    assert_eq!(op_count(&db)?, before, "refused playlists write nothing");

    let board = playlists::create_playlist(
        &mut db,
        r.class,
        &list(PlaylistKind::ChoiceBoard, "Board", &[a, b, c], 2.0),
    )?;
    assert_eq!(board.pick_count, 2, "a choice board keeps its pick count");

    // Reorder and archive: an archived activity already in the playlist may stay, a new
    // one may not.
    playlists::set_activity_archived(&mut db, a, true)?;
    let p = playlists::update_playlist(
        &mut db,
        p.id,
        &list(PlaylistKind::Playlist, "Week 3", &[a, b], 0.0),
    )?;
    assert_eq!(titles(&p), ["A", "B"], "reordered and shortened");
    assert!(
        p.activities[0].archived,
        "an archived activity is kept, marked"
    );
    assert_eq!(p.pick_count, 2, "the pick count follows the length");
    let fresh = playlists::create_playlist(
        &mut db,
        r.class,
        &list(PlaylistKind::Playlist, "New", &[a], 0.0),
    );
    assert!(
        invalid(fresh)?.1.contains("is archived"),
        "an archived activity is not added to a new playlist"
    );

    playlists::set_playlist_archived(&mut db, board.id, true)?;
    let shown: Vec<String> = playlists::list_playlists(db.conn(), r.class, false)?
        .into_iter()
        .map(|p| p.title)
        .collect();
    assert_eq!(
        shown,
        ["Week 3"],
        "archived playlists are hidden by default"
    );
    assert_eq!(
        playlists::list_playlists(db.conn(), r.class, true)?.len(),
        2,
        "and listed when asked for, sorted by title"
    );
    Ok(())
}

#[test]
fn playlists_reach_students_directly_through_their_group_and_through_their_stations() -> Result<()>
{
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let r = room(&mut db)?;
    let act = playlists::create_activity(&mut db, r.class, &activity(r.rp1, "Practice"))?.id;
    let playlist = |db: &mut Db, title: &str| -> Result<PlaylistId> {
        Ok(playlists::create_playlist(
            db,
            r.class,
            &list(PlaylistKind::Playlist, title, &[act], 0.0),
        )?
        .id)
    };
    let own = playlist(&mut db, "Own")?;
    let by_group = playlist(&mut db, "By group")?;
    let by_station = playlist(&mut db, "By station")?;
    let old_group = playlist(&mut db, "Old group")?;
    let both = playlist(&mut db, "Both")?;

    let old = group_set(&mut db, r.class, "2026-11-01", &[("Red", &[r.ana])])?;
    let new = group_set(
        &mut db,
        r.class,
        "2026-11-20",
        &[("Blue", &[r.ana]), ("Group 2", &[r.ben])],
    )?;
    let online = station(&mut db, r.class, "Online")?;
    let teacher = station(&mut db, r.class, "Teacher table")?;
    rotation(
        &mut db,
        r.class,
        "2026-11-20",
        json!({ &new[0]: [online, null], &new[1]: [teacher, online] }),
        &new[0],
    )?;

    let p = playlists::assign_playlist(&mut db, own, &target(TargetKind::Student, r.ana))?;
    assert_eq!(
        p.assignments[0].target_name, "Ana Ruiz",
        "the teacher sees the student's display name"
    );
    let before = op_count(&db)?;
    let again = playlists::assign_playlist(&mut db, own, &target(TargetKind::Student, r.ana))?;
    assert_eq!(
        op_count(&db)?,
        before,
        "assigning the same target twice writes nothing"
    );
    assert_eq!(again.assignments.len(), 1, "and keeps one assignment");
    let p = playlists::assign_playlist(&mut db, by_group, &target(TargetKind::Group, &new[0]))?;
    assert_eq!(p.assignments[0].target_name, "Blue", "groups are named");
    let p = playlists::assign_playlist(&mut db, by_station, &target(TargetKind::Station, &online))?;
    assert_eq!(p.assignments[0].target_name, "Online", "stations are named");
    playlists::assign_playlist(&mut db, old_group, &target(TargetKind::Group, &old[0]))?;
    playlists::assign_playlist(&mut db, both, &target(TargetKind::Station, &online))?;
    playlists::assign_playlist(&mut db, both, &target(TargetKind::Student, r.ana))?;

    let vias = |db: &Db, s: StudentId| -> Result<Vec<(String, String)>> {
        Ok(playlists::student_playlists(db.conn(), s)?
            .into_iter()
            .map(|p| (p.title, english(&p.via)))
            .collect())
    };
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    };
    assert_eq!(
        vias(&db, r.ana)?,
        pairs(&[
            ("Both", "assigned to Ana R."),
            ("Own", "assigned to Ana R."),
            ("By group", "via group Blue"),
            ("By station", "via station Online"),
        ]),
        "Ana gets her own, her group's in the newest set and her station's; a playlist \
         reaching her twice shows once, by the first route; the old set's group is gone"
    );
    assert_eq!(
        vias(&db, r.ben)?,
        pairs(&[
            ("Both", "via station Online"),
            ("By station", "via station Online")
        ]),
        "Ben's group visits Online in the second round; 'Group 2' is not his route here"
    );

    let other = roster::create_class(&mut db, &class("6B"))?.id;
    let outsider = roster::create_student(&mut db, other, &student("Cy", "Lee"))?.id;
    assert_eq!(
        invalid(playlists::assign_playlist(
            &mut db,
            own,
            &target(TargetKind::Student, outsider)
        ))?
        .0,
        "target",
        "a student of another class is refused"
    );
    assert!(
        matches!(
            playlists::assign_playlist(&mut db, own, &target(TargetKind::Group, outsider)),
            Err(Error::NotFound { .. })
        ),
        "an id that is not a group of this kind is not found"
    );

    let assignment = playlists::get_playlist(db.conn(), own)?.assignments[0].id;
    let p = playlists::unassign_playlist(&mut db, assignment)?;
    assert!(
        p.assignments.is_empty(),
        "unassigning removes it from the playlist"
    );
    playlists::set_playlist_archived(&mut db, by_group, true)?;
    assert_eq!(
        vias(&db, r.ana)?,
        pairs(&[
            ("Both", "assigned to Ana R."),
            ("By station", "via station Online"),
        ]),
        "an unassigned playlist and an archived one no longer reach her"
    );
    Ok(())
}

#[test]
fn progress_keeps_one_row_per_activity_and_counts_what_is_done() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let r = room(&mut db)?;
    let a = playlists::create_activity(&mut db, r.class, &activity(r.rp1, "A"))?.id;
    let b = playlists::create_activity(&mut db, r.class, &activity(r.rp2, "B"))?.id;
    let outside = playlists::create_activity(&mut db, r.class, &activity(r.rp2, "C"))?.id;
    let p = playlists::create_playlist(
        &mut db,
        r.class,
        &list(PlaylistKind::ChoiceBoard, "Board", &[a, b], 1.0),
    )?
    .id;
    playlists::assign_playlist(&mut db, p, &target(TargetKind::Student, r.ana))?;

    let start = playlists::student_playlists(db.conn(), r.ana)?;
    assert!(
        start[0]
            .activities
            .iter()
            .all(|a| a.status == ProgressStatus::NotStarted),
        "no progress reads as not started"
    );
    playlists::set_activity_progress(
        &mut db,
        r.ana,
        p,
        a,
        ProgressStatus::InProgress,
        "2026-11-23",
    )?;
    let after =
        playlists::set_activity_progress(&mut db, r.ana, p, a, ProgressStatus::Done, "2026-11-24")?;
    assert_eq!(after[0].done, 1, "one activity is done");
    assert_eq!(
        after[0].activities[0].status,
        ProgressStatus::Done,
        "the latest status shows"
    );
    assert_eq!(
        after[0].activities[1].status,
        ProgressStatus::NotStarted,
        "the other is untouched"
    );
    let rows: Vec<(String, String)> = db
        .conn()
        .prepare("SELECT status, date FROM activity_progress WHERE _deleted = 0")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(
        rows,
        [("done".to_owned(), "2026-11-24".to_owned())],
        "one row per (student, playlist, activity), updated in place with the day it changed"
    );
    let before = op_count(&db)?;
    playlists::set_activity_progress(&mut db, r.ana, p, a, ProgressStatus::Done, "2026-11-25")?;
    playlists::set_activity_progress(
        &mut db,
        r.ana,
        p,
        b,
        ProgressStatus::NotStarted,
        "2026-11-25",
    )?;
    assert_eq!(
        op_count(&db)?,
        before,
        "a status it already has writes nothing, and neither does 'not started' with no row"
    );

    assert_eq!(
        invalid(playlists::set_activity_progress(
            &mut db,
            r.ana,
            p,
            outside,
            ProgressStatus::Done,
            "2026-11-24"
        ))?
        .0,
        "activityId",
        "an activity outside the playlist is refused"
    );
    assert_eq!(
        invalid(playlists::set_activity_progress(
            &mut db,
            r.ana,
            p,
            a,
            ProgressStatus::Done,
            "24/11/2026"
        ))?
        .0,
        "date",
        "the date must be a real date"
    );
    assert!(
        matches!(
            playlists::set_activity_progress(
                &mut db,
                StudentId::from_uuid(a.uuid()),
                p,
                a,
                ProgressStatus::Done,
                "2026-11-24"
            ),
            Err(Error::NotFound { .. })
        ),
        "an unknown student is not found"
    );
    assert_eq!(op_count(&db)?, before, "refused progress writes nothing");

    Ok(())
}

#[test]
fn playlists_and_progress_survive_a_rebuild_and_an_import() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let r = room(&mut db)?;
    let a = playlists::create_activity(&mut db, r.class, &activity(r.rp1, "A"))?.id;
    let b = playlists::create_activity(&mut db, r.class, &activity(r.rp2, "B"))?.id;
    let p = playlists::create_playlist(
        &mut db,
        r.class,
        &list(PlaylistKind::Playlist, "Week 3", &[b, a], 0.0),
    )?
    .id;
    let groups = group_set(&mut db, r.class, "2026-11-20", &[("Blue", &[r.ana, r.ben])])?;
    playlists::assign_playlist(&mut db, p, &target(TargetKind::Group, &groups[0]))?;
    playlists::set_activity_progress(&mut db, r.ben, p, a, ProgressStatus::Done, "2026-11-24")?;
    let tables = dump_materialized(db.conn())?;
    let ben = playlists::student_playlists(db.conn(), r.ben)?;
    assert_eq!(
        ben[0].done, 1,
        "Ben's progress is there before the round trip"
    );

    db.rebuild()?;
    assert_eq!(
        dump_materialized(db.conn())?,
        tables,
        "the op log alone rebuilds every playlist row"
    );

    let mut copy = Db::open(&dir.path().join("other.sqlite3"))?;
    copy.import_ops(&db.ops()?)?;
    assert_eq!(
        playlists::student_playlists(copy.conn(), r.ben)?,
        ben,
        "another laptop with the same ops shows Ben the same playlists and progress"
    );
    assert_eq!(
        playlists::list_playlists(copy.conn(), r.class, true)?,
        playlists::list_playlists(db.conn(), r.class, true)?,
        "and the teacher the same playlists and assignments"
    );
    Ok(())
}

#[test]
fn a_class_overview_gives_each_student_what_their_own_page_gives() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let r = room(&mut db)?;
    let cy = roster::create_student(&mut db, r.class, &student("Cy", "Diaz"))?.id;
    let dee = roster::create_student(&mut db, r.class, &student("Dee", "Eze"))?.id;
    let eli = roster::create_student(&mut db, r.class, &student("Eli", "Fox"))?.id;
    let a = playlists::create_activity(&mut db, r.class, &activity(r.rp1, "A"))?.id;
    let b = playlists::create_activity(&mut db, r.class, &activity(r.rp2, "B"))?.id;
    let c = playlists::create_activity(&mut db, r.class, &activity(r.rp2, "C"))?.id;
    let make = |db: &mut Db, kind: PlaylistKind, title: &str, pick: f64| -> Result<PlaylistId> {
        Ok(playlists::create_playlist(db, r.class, &list(kind, title, &[a, b, c], pick))?.id)
    };
    let own = make(&mut db, PlaylistKind::Playlist, "Own", 0.0)?;
    let by_group = make(&mut db, PlaylistKind::ChoiceBoard, "By group", 2.0)?;
    let by_station = make(&mut db, PlaylistKind::Playlist, "By station", 0.0)?;
    let both = make(&mut db, PlaylistKind::ChoiceBoard, "Both", 1.0)?;

    // The rotation plan uses the older set; the newest set routes groups. Dee sits in two
    // groups of the plan's set (two laptops placed her at once), Eli in none.
    let plan_set = group_set(
        &mut db,
        r.class,
        "2026-11-01",
        &[("Red", &[r.ana, dee]), ("Green", &[r.ben, dee])],
    )?;
    let newest = group_set(
        &mut db,
        r.class,
        "2026-11-20",
        &[("Blue", &[r.ana, cy]), ("Gold", &[r.ben, dee])],
    )?;
    let online = station(&mut db, r.class, "Online")?;
    let teacher = station(&mut db, r.class, "Teacher table")?;
    rotation(
        &mut db,
        r.class,
        "2026-11-21",
        json!({ &plan_set[0]: [online, null], &plan_set[1]: [teacher, online] }),
        &plan_set[0],
    )?;
    playlists::assign_playlist(&mut db, own, &target(TargetKind::Student, r.ana))?;
    playlists::assign_playlist(&mut db, own, &target(TargetKind::Student, cy))?;
    playlists::assign_playlist(&mut db, by_group, &target(TargetKind::Group, &newest[1]))?;
    playlists::assign_playlist(&mut db, by_station, &target(TargetKind::Station, &teacher))?;
    playlists::assign_playlist(&mut db, both, &target(TargetKind::Station, &online))?;
    playlists::assign_playlist(&mut db, both, &target(TargetKind::Group, &newest[0]))?;
    for (who, list, act) in [(r.ana, own, a), (r.ben, by_group, a), (r.ben, by_group, b)] {
        playlists::set_activity_progress(
            &mut db,
            who,
            list,
            act,
            ProgressStatus::Done,
            "2026-11-24",
        )?;
    }
    playlists::set_activity_progress(&mut db, dee, both, c, ProgressStatus::Done, "2026-11-24")?;
    playlists::set_activity_progress(&mut db, dee, both, a, ProgressStatus::Done, "2026-11-24")?;
    // Another class's student stays out of this class's overview.
    let other = roster::create_class(&mut db, &class("6B"))?.id;
    let outsider = roster::create_student(&mut db, other, &student("Gus", "Hale"))?.id;

    let class_wide = playlists::class_student_playlists(db.conn(), r.class)?;
    let one_by_one = [r.ana, r.ben, cy, dee, eli]
        .into_iter()
        .map(|s| Ok((s, playlists::student_playlists(db.conn(), s)?)))
        .collect::<Result<Vec<_>>>()?;
    let mut sorted = class_wide.clone();
    sorted.sort_by_key(|(s, _)| *s);
    let mut expected = one_by_one.clone();
    expected.sort_by_key(|(s, _)| *s);
    assert_eq!(
        sorted, expected,
        "the class-wide read gives every student exactly their own playlists, routes and progress"
    );
    let routes: Vec<String> = one_by_one
        .iter()
        .flat_map(|(_, l)| l.iter().map(|p| english(&p.via)))
        .collect();
    for kind in ["assigned to", "via group", "via station"] {
        assert!(
            routes.iter().any(|v| v.starts_with(kind)),
            "the class has a playlist reaching someone {kind}…, so each route is compared"
        );
    }

    let progress = playlists::class_playlist_progress(db.conn(), r.class)?;
    let dee_both = progress
        .iter()
        .find(|p| p.student_id == dee && p.playlist_id == both)
        .map(|p| (p.done, p.goal));
    assert_eq!(
        dee_both,
        Some((1, 1)),
        "done is capped at a board's pick count"
    );
    assert_eq!(
        progress.len(),
        one_by_one.iter().map(|(_, l)| l.len()).sum::<usize>(),
        "one progress row per playlist that reaches a student"
    );
    assert!(
        progress.iter().all(|p| p.student_id != outsider),
        "no one from another class"
    );
    Ok(())
}
