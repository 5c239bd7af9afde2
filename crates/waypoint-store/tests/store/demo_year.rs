//! The demo school year, at a small size: every table it promises gets rows, and every row
//! came through the op log (a rebuild from the log alone gives the same tables).

use anyhow::Result;
use chrono::NaiveDate;
use waypoint_core::demo::year::{YearSize, plan_year};
use waypoint_store::Db;
use waypoint_store::demo_year::load_demo_year;
use waypoint_store::oplog::dump_materialized;

#[test]
fn a_small_year_fills_every_table_through_the_op_log() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("year.sqlite3");
    let mut db = Db::open(&path)?;
    let today = NaiveDate::from_ymd_opt(2027, 6, 10).expect("a real day");
    let plan = plan_year(YearSize::scaled(2, 5), 11, today)?;
    let summary = load_demo_year(&mut db, &plan)?;
    assert_eq!(summary.classes.len(), 2, "two sections");
    assert!(
        summary.classes.iter().all(|c| c.student_count == 5),
        "five students in each: {:?}",
        summary.classes
    );
    assert_eq!(summary.evidence, 3000, "300 pieces per student");
    assert_eq!(summary.competencies, 160, "two frameworks of 80");
    let dump = dump_materialized(db.conn())?;
    let rows = |table: &str| dump[table].as_array().map_or(0, Vec::len);
    for table in [
        "class",
        "student",
        "learner_profile",
        "framework",
        "competency_node",
        "prerequisite",
        "class_framework",
        "evidence",
        "group_set",
        "learning_group",
        "group_member",
        "station",
        "rotation_plan",
        "activity",
        "playlist",
        "playlist_assignment",
        "goal",
        "goal_checkin",
        "reflection",
        "artifact",
        "conference",
    ] {
        assert!(rows(table) > 0, "the demo year writes {table} rows");
    }
    assert_eq!(
        rows("evidence"),
        3000 + summary.reflections,
        "every planned piece is stored, and each self-rated reflection records its own"
    );
    assert_eq!(rows("artifact"), 20, "two portfolio items per student");
    assert!(
        rows("prerequisite") >= 2 * 76,
        "the progressions came in: {}",
        rows("prerequisite")
    );
    let files = std::fs::read_dir(dir.path().join("artifacts"))?.count();
    assert!(
        files > 0,
        "the portfolio images were stored beside the database"
    );
    assert!(
        !dir.path().join("demo-images").exists(),
        "the scratch folder for generated images is removed"
    );
    db.rebuild()?;
    assert_eq!(
        dump_materialized(db.conn())?,
        dump,
        "every row of the year came through the op log"
    );
    Ok(())
}

#[test]
fn the_enriched_demo_class_has_every_feature_in_use() -> Result<()> {
    use waypoint_store::{conferences, goals, playlists, portfolio, progressions, roster};
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("demo.sqlite3");
    // Noon UTC on 30 November 2026: the demo class is dated from the database's clock.
    let noon = NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("a real time")
        .and_utc()
        .timestamp_millis() as u64;
    let (_clock, options) = super::settable_clock(noon);
    let mut db = Db::open_with(&path, options)?;
    let class = roster::load_demo_class(&mut db)?.id;
    let overview = goals::goal_overview(db.conn(), class, "2026-11-30")?;
    assert_eq!(
        overview.without_goal.len(),
        21,
        "three of the 24 students have a goal"
    );
    assert!(
        waypoint_store::rotations::current_rotation(db.conn(), class, "2026-11-30")?.is_some(),
        "there is a rotation for today"
    );
    let students = roster::list_students(db.conn(), class, false)?;
    let mut items = 0;
    let mut meetings = 0;
    for s in &students {
        items += portfolio::list_artifacts(db.conn(), &path, s.id)?.len();
        meetings += conferences::list_conferences(db.conn(), s.id)?.len();
    }
    assert_eq!(items, 3, "three portfolio items");
    assert_eq!(meetings, 1, "one conference");
    assert!(
        !playlists::list_playlists(db.conn(), class, false)?.is_empty(),
        "a playlist is ready to assign"
    );
    let with_activities = students
        .iter()
        .map(|s| progressions::student_next_steps(db.conn(), s.id))
        .collect::<waypoint_store::Result<Vec<_>>>()?
        .iter()
        .filter(|n| n.steps.iter().any(|step| !step.activities.is_empty()))
        .count();
    assert!(
        with_activities > 0,
        "next steps suggest activities for some students"
    );
    Ok(())
}
