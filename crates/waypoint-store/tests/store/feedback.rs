//! Peer feedback and the student's choice from a board, through the store's use cases: what
//! student mode can reach (only items opened for review, in the student's class, not their
//! own), what the owner sees, and that erasure takes a student's feedback with them.

use anyhow::{Context, Result};
use std::fs;
use waypoint_core::feedback::FeedbackInput;
use waypoint_core::ids::{ArtifactId, ClassId, StudentId};
use waypoint_core::playlists::{
    ActivityInput, Modality, PlaylistInput, PlaylistKind, ProgressStatus,
};
use waypoint_core::portfolio::ArtifactInput;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{
    Db, Error, feedback, frameworks, playlists, portfolio, progressions, roster, student_mode,
};

use super::{class, student};

const SAMPLE: &[u8] = include_bytes!("../../../../assets/case/sample-math-6.json");

struct Room {
    _dir: tempfile::TempDir,
    db: Db,
    class: ClassId,
    ana: StudentId,
    ben: StudentId,
    other_class_student: StudentId,
}

fn room() -> Result<Room> {
    let dir = tempfile::tempdir()?;
    let mut db = Db::open(&dir.path().join("w.sqlite3"))?;
    let class_id = roster::create_class(&mut db, &class("6A"))?.id;
    let ana = roster::create_student(&mut db, class_id, &student("Ana", "Ruiz"))?.id;
    let ben = roster::create_student(&mut db, class_id, &student("Ben", "Okafor"))?.id;
    let other = roster::create_class(&mut db, &class("6B"))?.id;
    let other_class_student = roster::create_student(&mut db, other, &student("Cy", "Lee"))?.id;
    Ok(Room {
        _dir: dir,
        db,
        class: class_id,
        ana,
        ben,
        other_class_student,
    })
}

fn item(r: &mut Room, owner: StudentId, title: &str) -> Result<ArtifactId> {
    let path = r._dir.path().join(format!("{title}.txt"));
    fs::write(&path, format!("{title}\n"))?;
    let input = ArtifactInput {
        title: title.into(),
        date: "2026-11-20".into(),
        reflection: String::new(),
        competency_ids: vec![],
        highlight: false,
    };
    Ok(portfolio::attach_artifact(&mut r.db, owner, &path, &input)?.id)
}

fn answers(a: &str, b: &str, c: &str) -> FeedbackInput {
    FeedbackInput {
        answers: vec![a.into(), b.into(), c.into()],
    }
}

#[test]
fn student_mode_reaches_only_classmates_items_opened_for_review() -> Result<()> {
    let mut r = room()?;
    let (ana, ben, other_class_student) = (r.ana, r.ben, r.other_class_student);
    let bens = item(&mut r, ben, "Ben's bridge")?;
    let bens_closed = item(&mut r, ben, "Ben's draft")?;
    let anas = item(&mut r, ana, "Ana's bridge")?;
    let elsewhere = item(&mut r, other_class_student, "Cy's bridge")?;
    for open in [bens, anas, elsewhere] {
        feedback::set_peer_review(&mut r.db, open, true, false)?;
    }

    let view = student_mode::student_mode_view(&r.db, r.ana, "2026-11-24")?;
    let titles: Vec<&str> = view.review.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        vec!["Ben's bridge"],
        "only a classmate's open item, never her own or another class's"
    );
    assert_eq!(
        view.review[0].owner_name, "Ben",
        "the owner by first name only"
    );
    assert_eq!(
        view.feedback_prompts,
        vec!["I notice", "I wonder", "A next step could be"],
        "the default protocol"
    );

    let before = dump_materialized(r.db.conn())?;
    let ops = r.db.ops()?.len();
    for refused in [bens_closed, anas, elsewhere] {
        match student_mode::student_give_feedback(
            &mut r.db,
            r.ana,
            refused,
            &answers("a", "", ""),
            "2026-11-24",
        ) {
            Err(Error::NotFound { .. }) => {}
            other => panic!("feedback on {refused} must look like a missing item, got {other:?}"),
        }
    }
    assert_eq!(r.db.ops()?.len(), ops, "a refused feedback writes no op");
    assert_eq!(
        dump_materialized(r.db.conn())?,
        before,
        "and changes no row"
    );

    let after = student_mode::student_give_feedback(
        &mut r.db,
        r.ana,
        bens,
        &answers("the strong base", "why four struts", "label the load"),
        "2026-11-24",
    )?;
    assert!(
        after.review[0].answered,
        "the item now shows she answered it"
    );
    let given = feedback::list_feedback(r.db.conn(), bens)?;
    assert_eq!(given.len(), 1, "the teacher sees the feedback");
    assert_eq!(given[0].author_name, "Ana", "with the author's first name");
    assert_eq!(
        portfolio::get_artifact(r.db.conn(), r.db.path(), bens)?.feedback_count,
        1,
        "the item counts its feedback, so a page need not read it to say so"
    );
    assert_eq!(
        given[0].answers[2], "label the load",
        "and her answers in order"
    );

    let ben_view = student_mode::student_mode_view(&r.db, r.ben, "2026-11-24")?;
    assert!(
        ben_view.feedback_received.is_empty(),
        "the owner sees nothing until the teacher shares it"
    );
    feedback::set_peer_review(&mut r.db, bens, true, true)?;
    let ben_view = student_mode::student_mode_view(&r.db, r.ben, "2026-11-24")?;
    assert_eq!(
        ben_view.feedback_received.len(),
        1,
        "shared, the owner reads it"
    );

    feedback::set_feedback_prompts(
        &mut r.db,
        &[
            "Two stars".to_owned(),
            "A wish".to_owned(),
            "A question".to_owned(),
        ],
    )?;
    assert_eq!(
        feedback::list_feedback(r.db.conn(), bens)?[0].prompts[0],
        "I notice",
        "feedback keeps the prompts it answered"
    );

    roster::purge_student(&mut r.db, r.ana)?;
    assert!(
        feedback::list_feedback(r.db.conn(), bens)?.is_empty(),
        "erasing Ana erases the feedback she wrote"
    );
    Ok(())
}

#[test]
fn a_student_picks_from_a_board_that_reaches_them_and_no_other() -> Result<()> {
    let mut r = room()?;
    let report = frameworks::import_case_bytes(
        &mut r.db,
        std::path::Path::new("s.json"),
        SAMPLE,
        Some(r.class),
        &mut |_, _| {},
    )?;
    let a1 = frameworks::list_nodes(r.db.conn(), report.framework_id, false)?
        .into_iter()
        .find(|n| n.code == "WPM.6.RP.A.1")
        .context("the sample has 6.RP.A.1")?
        .id;
    let activity = |title: &str| ActivityInput {
        competency_id: a1.to_string(),
        title: title.into(),
        modality: Modality::Practice,
        minutes: 10.0,
        instructions: String::new(),
        link: String::new(),
        interests: vec![],
    };
    let x = playlists::create_activity(&mut r.db, r.class, &activity("Drill"))?.id;
    let y = playlists::create_activity(&mut r.db, r.class, &activity("Game"))?.id;
    let board = PlaylistInput {
        title: "Ana's choices".into(),
        kind: PlaylistKind::ChoiceBoard,
        activity_ids: vec![x.to_string(), y.to_string()],
        pick_count: 1.0,
    };
    let hers = progressions::approve_playlist(&mut r.db, r.ana, &board)?;
    let bens = progressions::approve_playlist(
        &mut r.db,
        r.ben,
        &PlaylistInput {
            title: "Ben's".into(),
            ..board
        },
    )?;

    let view = student_mode::student_mode_view(&r.db, r.ana, "2026-11-24")?;
    assert_eq!(view.boards.len(), 1, "her approved board reaches her page");
    assert!(
        view.next_steps.iter().any(|s| s.code == "WPM.6.RP.A.1"),
        "and her next steps are listed"
    );
    let chosen = student_mode::student_choose(&mut r.db, r.ana, hers.id, y, "2026-11-24")?;
    let status = chosen.boards[0]
        .activities
        .iter()
        .find(|a| a.activity.id == y)
        .context("the game is on her board")?
        .status;
    assert_eq!(status, ProgressStatus::InProgress, "her choice is recorded");
    playlists::set_activity_progress(
        &mut r.db,
        r.ana,
        hers.id,
        y,
        ProgressStatus::Done,
        "2026-11-25",
    )?;
    let again = student_mode::student_choose(&mut r.db, r.ana, hers.id, y, "2026-11-26")?;
    assert_eq!(
        again.boards[0]
            .activities
            .iter()
            .find(|a| a.activity.id == y)
            .context("the game is still on her board")?
            .status,
        ProgressStatus::Done,
        "choosing a finished activity again leaves it done"
    );
    match student_mode::student_choose(&mut r.db, r.ana, bens.id, x, "2026-11-24") {
        Err(Error::NotFound { .. }) => {}
        other => panic!("Ben's board does not reach Ana, got {other:?}"),
    }
    Ok(())
}
