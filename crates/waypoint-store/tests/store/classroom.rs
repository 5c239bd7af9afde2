//! Groups, stations, rotations, the projector's view and the Today view, on the demo class.

use anyhow::Result;
use waypoint_core::clock::Clock;
use waypoint_core::evidence::{EvidenceInput, EvidenceKind};
use waypoint_core::grouping::{Constraints, GroupCount, GroupingMode};
use waypoint_core::groups::{GroupBasis, GroupUpdate};
use waypoint_core::messages::{english, english_has};
use waypoint_core::rotations::{RotationInput, StationInput, StationKind};
use waypoint_store::groups::{self, GroupRequest, GroupSetView};
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, evidence, roster, rotations, today};

/// A database whose clock stands at noon UTC on 2 November 2026, so the demo class's own
/// group set and rotation (dated its "today") come before the days these tests work on,
/// whatever the real date is.
fn open_dated(path: &std::path::Path) -> Result<Db> {
    let noon = chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("a real time")
        .and_utc()
        .timestamp_millis() as u64;
    Ok(Db::open_with(path, super::settable_clock(noon).1)?)
}

/// The demo class, its students' ids and two of its competencies' ids.
fn demo(db: &mut Db) -> Result<(String, Vec<String>, Vec<String>)> {
    let class = roster::load_demo_class(db)?.id;
    let students = roster::list_students(db.conn(), class, false)?
        .iter()
        .map(|s| s.id.to_string())
        .collect();
    let grid = evidence::mastery_grid(db.conn(), class)?;
    let comps = grid
        .competencies
        .iter()
        .take(2)
        .map(|c| c.id.to_string())
        .collect();
    Ok((class.to_string(), students, comps))
}

fn request(competency: &str, count: usize) -> GroupRequest {
    GroupRequest {
        competency_ids: vec![competency.to_owned()],
        count: GroupCount::Groups { count },
        mode: GroupingMode::Like,
        constraints: Constraints::default(),
        seed: 7,
        keep: Vec::new(),
        by_readiness: false,
        group_word: "Group".into(),
    }
}

/// Suggests four like-ability groups on the first competency and saves them.
fn saved_set(db: &mut Db, class: &str, competency: &str) -> Result<GroupSetView> {
    let proposal = groups::suggest_groups(db.conn(), class.parse()?, &request(competency, 4))?;
    let basis = GroupBasis {
        competency_ids: vec![competency.to_owned()],
        competency_codes: Vec::new(),
        mode: "like".into(),
        seed: 7,
    };
    let input = proposal.to_input("2026-11-24", "Ratios", basis);
    Ok(groups::save_group_set(db, class.parse()?, &input)?)
}

fn station(name: &str, kind: StationKind, capacity: Option<u32>) -> StationInput {
    StationInput {
        name: name.into(),
        kind,
        capacity,
        materials: String::new(),
        instructions: format!("Work at {name}"),
    }
}

fn four_stations(db: &mut Db, class: &str) -> Result<Vec<String>> {
    [
        ("Online", StationKind::Online),
        ("Teacher table", StationKind::TeacherLed),
        ("Together", StationKind::Collaborative),
        ("Solo", StationKind::Independent),
    ]
    .into_iter()
    .map(|(n, k)| Ok(rotations::create_station(db, class.parse()?, &station(n, k, Some(10)))?.id))
    .collect()
}

#[test]
fn groups_come_from_real_levels_and_are_saved_moved_locked_and_kept() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = open_dated(&dir.path().join("w.sqlite3"))?;
    let (class, students, comps) = demo(&mut db)?;
    // The demo class comes with a set of its own; the checks below count the test's.
    let demo_sets = groups::list_group_sets(db.conn(), class.parse()?)?.len();
    let proposal = groups::suggest_groups(db.conn(), class.parse()?, &request(&comps[0], 4))?;
    assert_eq!(proposal.groups.len(), 4, "four groups were asked for");
    let placed: usize = proposal.groups.iter().map(|g| g.members.len()).sum();
    assert_eq!(
        placed,
        students.len(),
        "every present student is placed once"
    );
    assert!(
        proposal
            .groups
            .iter()
            .flat_map(|g| &g.members)
            .all(|m| english_has(&m.reason.id)),
        "every student gets a plain-language reason"
    );
    let means: Vec<f64> = proposal
        .groups
        .iter()
        .skip(1)
        .filter_map(|g| g.mean_level)
        .collect();
    assert!(
        means.windows(2).all(|w| w[0] <= w[1] + 1e-9),
        "after the teacher-led group, groups come neediest first: {means:?}"
    );
    assert_eq!(
        proposal.groups.iter().filter(|g| g.teacher_led).count(),
        1,
        "exactly one group is teacher-led"
    );

    let set = saved_set(&mut db, &class, &comps[0])?;
    assert_eq!(set.groups.len(), 4, "the saved set keeps the four groups");
    let (a, b) = (&set.groups[0], &set.groups[1]);
    let mover = a.members[0].student_id.clone();
    let moved = groups::move_student(&mut db, set.id.parse()?, mover.parse()?, b.id.parse()?)?;
    assert!(
        moved.groups[1]
            .members
            .iter()
            .any(|m| m.student_id == mover),
        "the student is now in the second group"
    );
    assert!(
        !moved.groups[0]
            .members
            .iter()
            .any(|m| m.student_id == mover),
        "and no longer in the first"
    );

    let locked = groups::update_group(
        &mut db,
        b.id.parse()?,
        &GroupUpdate {
            name: "Blue".into(),
            focus: b.focus.clone(),
            locked: true,
            teacher_led: true,
        },
    )?;
    assert_eq!(locked.groups[1].name, "Blue", "renamed");
    assert_eq!(
        locked.groups.iter().filter(|g| g.teacher_led).count(),
        1,
        "making a group teacher-led clears the flag elsewhere"
    );
    let before = dump_materialized(db.conn())?;
    let err = groups::move_student(&mut db, set.id.parse()?, mover.parse()?, a.id.parse()?)
        .expect_err("a locked group refuses moves");
    assert!(
        err.to_string().contains("Blue is locked"),
        "the refusal names the locked group: {err}"
    );
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "a refused move changes nothing"
    );

    // Suggesting again keeps the locked group as it is.
    let mut again = request(&comps[0], 4);
    again.keep = vec![groups::KeptGroup {
        name: "Blue".into(),
        student_ids: locked.groups[1]
            .members
            .iter()
            .map(|m| m.student_id.clone())
            .collect(),
        teacher_led: true,
    }];
    let p2 = groups::suggest_groups(db.conn(), class.parse()?, &again)?;
    assert_eq!(p2.groups.len(), 4, "the kept group plus three new ones");
    assert!(
        p2.groups[0].locked && p2.groups[0].members.len() == locked.groups[1].members.len(),
        "the kept group comes first, unchanged"
    );
    assert_eq!(
        p2.groups.iter().filter(|g| g.teacher_led).count(),
        1,
        "the kept teacher-led group stays the only one"
    );

    let listed = |db: &Db| -> Result<Vec<String>> {
        Ok(groups::list_group_sets(db.conn(), class.parse()?)?
            .into_iter()
            .map(|s| s.id)
            .collect())
    };
    let history = listed(&db)?;
    assert_eq!(
        history.len(),
        demo_sets + 1,
        "one set saved so far besides the demo's"
    );
    assert!(history.contains(&set.id), "the saved set is in the history");
    groups::delete_group_set(&mut db, set.id.parse()?)?;
    let history = listed(&db)?;
    assert!(
        history.len() == demo_sets && !history.contains(&set.id),
        "a deleted set leaves the history"
    );
    groups::restore_group_set(&mut db, set.id.parse()?)?;
    let history = listed(&db)?;
    assert!(
        history.len() == demo_sets + 1 && history.contains(&set.id),
        "undo brings it back"
    );

    let dump = dump_materialized(db.conn())?;
    db.rebuild()?;
    assert_eq!(
        dump_materialized(db.conn())?,
        dump,
        "groups, memberships and their edits are all in the op log"
    );

    // Legal erasure reaches the student's place in every set.
    roster::purge_student(&mut db, mover.parse()?)?;
    let after = groups::get_group_set(db.conn(), set.id.parse()?)?;
    assert!(
        after
            .groups
            .iter()
            .flat_map(|g| &g.members)
            .all(|m| m.student_id != mover),
        "a purged student is in no group"
    );
    assert!(
        db.ops()?
            .iter()
            .all(|o| !o.fields.values().any(|v| v == &serde_json::json!(mover))),
        "no op in the log names the purged student any more"
    );
    Ok(())
}

#[test]
fn an_impossible_constraint_is_named_and_nothing_is_written() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = open_dated(&dir.path().join("w.sqlite3"))?;
    let (class, students, comps) = demo(&mut db)?;
    let mut req = request(&comps[0], 2);
    req.constraints.apart = vec![
        (students[0].clone(), students[1].clone()),
        (students[1].clone(), students[2].clone()),
        (students[0].clone(), students[2].clone()),
    ];
    let before = dump_materialized(db.conn())?;
    let err = groups::suggest_groups(db.conn(), class.parse()?, &req)
        .expect_err("three students kept pairwise apart can't fit in two groups");
    let names: Vec<String> = roster::list_students(db.conn(), class.parse()?, false)?
        .iter()
        .take(3)
        .map(|s| s.display_name.clone())
        .collect();
    assert!(
        names.iter().all(|n| err.to_string().contains(n.as_str())),
        "the message names the students in the conflicting constraints: {err}"
    );
    assert_eq!(
        dump_materialized(db.conn())?,
        before,
        "suggesting writes nothing"
    );
    Ok(())
}

#[test]
fn a_rotation_follows_the_rule_refuses_bad_edits_and_feeds_cards_projector_and_today() -> Result<()>
{
    let dir = tempfile::tempdir()?;
    let mut db = open_dated(&dir.path().join("w.sqlite3"))?;
    let (class, students, comps) = demo(&mut db)?;
    // The demo class has a plan of its own, dated before the days used here.
    let demo_plans = rotations::list_rotations(db.conn(), class.parse()?)?.len();
    let set = saved_set(&mut db, &class, &comps[0])?;
    let stations = four_stations(&mut db, &class)?;
    let plan = rotations::build_rotation(
        &mut db,
        class.parse()?,
        &RotationInput {
            date: "2026-11-24".into(),
            group_set_id: set.id.clone(),
            station_ids: stations.clone(),
            block_minutes: 15,
            transition_minutes: 2,
        },
    )?;
    assert_eq!(plan.cells.len(), 4, "as many rounds as stations");
    for round in &plan.cells {
        let mut at: Vec<&String> = round.iter().flatten().collect();
        at.sort();
        at.dedup();
        assert_eq!(
            at.len(),
            4,
            "four groups at four different stations each round"
        );
    }
    let teacher_group = plan
        .groups
        .iter()
        .position(|g| g.teacher_led)
        .expect("the set has a teacher-led group");
    assert_eq!(
        plan.cells[0][teacher_group].as_deref(),
        Some(stations[1].as_str()),
        "the teacher-led group is at the teacher table in round 1"
    );

    let before = rotations::get_rotation(db.conn(), plan.id.parse()?)?;
    let repeat = plan.cells[0][0].clone();
    let err = rotations::set_rotation_cell(
        &mut db,
        plan.id.parse()?,
        1,
        plan.groups[0].id.parse()?,
        repeat.as_deref().map(str::parse).transpose()?,
    )
    .expect_err("a group can't visit a station twice");
    assert!(
        err.to_string().contains("twice"),
        "the refusal says why: {err}"
    );
    assert_eq!(
        rotations::get_rotation(db.conn(), plan.id.parse()?)?,
        before,
        "a refused edit changes nothing"
    );
    let edited = rotations::set_rotation_cell(
        &mut db,
        plan.id.parse()?,
        3,
        plan.groups[0].id.parse()?,
        None,
    )?;
    assert_eq!(edited.cells[3][0], None, "a cell can be emptied by hand");
    assert!(
        english(&edited.rule).contains("by hand"),
        "the rule notes the hand edit: {}",
        edited.rule
    );

    let copy = rotations::copy_last_rotation(&mut db, class.parse()?, "2026-11-25")?
        .expect("there is a plan to copy");
    assert_eq!(
        copy.cells, edited.cells,
        "copying the same set keeps the cells"
    );
    assert_eq!(copy.date, "2026-11-25", "the copy is for the new day");
    assert_eq!(
        rotations::list_rotations(db.conn(), class.parse()?)?.len(),
        demo_plans + 2,
        "two plans now besides the demo's"
    );

    let cards = rotations::group_cards(db.conn(), plan.id.parse()?)?;
    assert_eq!(cards.len(), 4, "one card per group");
    assert_eq!(
        cards[0].stations.len(),
        4,
        "each card lists the station for every round"
    );

    let mut clock = Clock::default();
    let (rounds, block, transition) = rotations::rotation_timing(db.conn(), plan.id.parse()?)?;
    clock = clock.load(&plan.id, rounds, block, transition);
    clock.start(0);
    let shown = rotations::projector_view(db.conn(), clock.view(60_000))?;
    assert_eq!(
        english(&shown.title),
        "Round 1 of 4",
        "the projector names the round"
    );
    assert_eq!(shown.clock.remaining_seconds, 14 * 60, "and counts down");
    // The title travels as a catalog id ("reason-projector-round"), which is no private
    // field: check its words instead.
    let mut value = serde_json::to_value(&shown)?;
    value["title"] = serde_json::Value::String(english(&shown.title));
    let json = value.to_string();
    for private in ["level", "reason", "strength", "accommodation", "focus"] {
        assert!(
            !json.to_lowercase().contains(private),
            "the projector carries no {private}: {json}"
        );
    }
    assert!(
        shown
            .groups
            .iter()
            .flat_map(|g| &g.members)
            .all(|m| m.ends_with('.')),
        "members are shown as first name and last initial"
    );

    // Today: the plan of the day, the teacher-led group's levels, and 1:1 coverage.
    let day = today::today_view(db.conn(), class.parse()?, "2026-11-25", 10)?;
    assert_eq!(
        day.rotation.as_ref().map(|r| r.id.as_str()),
        Some(copy.id.as_str()),
        "today's plan is shown"
    );
    // Months later nobody has been seen within the window; the newest plan still shows.
    let day = today::today_view(db.conn(), class.parse()?, "2027-02-01", 10)?;
    assert_eq!(
        day.coverage.len(),
        students.len(),
        "everyone is due for 1:1 time after a long break"
    );
    let tg = day.teacher_group.expect("a teacher-led group");
    assert!(
        tg.members
            .iter()
            .any(|m| m.level.is_some() && !m.level_label.is_empty()),
        "the teacher-led group shows levels with their labels"
    );
    let first = &day.coverage[0].student_id;
    evidence::record_evidence(
        &mut db,
        &EvidenceInput {
            student_id: first.clone(),
            competency_id: comps[0].clone(),
            level: 2.0,
            date: "2027-01-30".into(),
            kind: EvidenceKind::Observation,
            note: String::new(),
        },
    )?;
    let after = today::today_view(db.conn(), class.parse()?, "2027-02-01", 10)?;
    assert!(
        !after.coverage.iter().any(|c| &c.student_id == first),
        "an observation two days ago takes the student off the 1:1 list"
    );
    assert!(
        after
            .coverage
            .windows(2)
            .all(|w| w[0].days_since.unwrap_or(i64::MAX) >= w[1].days_since.unwrap_or(i64::MAX)),
        "the list is oldest first"
    );
    assert!(students.len() > after.coverage.len(), "someone was covered");

    let dump = dump_materialized(db.conn())?;
    db.rebuild()?;
    assert_eq!(
        dump_materialized(db.conn())?,
        dump,
        "stations and plans, hand edits included, are all in the op log"
    );
    Ok(())
}

#[test]
fn a_station_too_small_for_its_groups_is_refused_with_a_reason() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut db = open_dated(&dir.path().join("w.sqlite3"))?;
    let (class, _, comps) = demo(&mut db)?;
    let set = saved_set(&mut db, &class, &comps[0])?;
    let small = rotations::create_station(
        &mut db,
        class.parse()?,
        &station("Teacher table", StationKind::TeacherLed, Some(2)),
    )?;
    let before = dump_materialized(db.conn())?;
    let err = rotations::build_rotation(
        &mut db,
        class.parse()?,
        &RotationInput {
            date: "2026-11-24".into(),
            group_set_id: set.id,
            station_ids: vec![small.id],
            block_minutes: 15,
            transition_minutes: 2,
        },
    )
    .expect_err("groups of six don't fit a table for two");
    assert!(
        err.to_string().contains("Teacher table holds up to 2"),
        "the message names the station and its capacity: {err}"
    );
    assert_eq!(dump_materialized(db.conn())?, before, "nothing was saved");
    Ok(())
}
