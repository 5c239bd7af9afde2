//! The demo year as a team of three laptops that have synced (`waypoint demo --scale year
//! --team 3`): every laptop ends with the same tables and every op, the ops come from three
//! devices, and each student's evidence was written by exactly one of them.

use anyhow::{Context, Result};
use std::collections::{BTreeMap, BTreeSet};
use waypoint_core::demo::year::{YearSize, plan_year};
use waypoint_core::ids::DeviceId;
use waypoint_store::oplog::dump_materialized;
use waypoint_store::{Db, portfolio, roster};
use waypoint_sync::team_year::{laptop_path, write_team_year};

#[test]
fn a_team_of_three_writes_one_year_and_every_laptop_holds_all_of_it() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let first = dir.path().join("team.sqlite3");
    let paths: Vec<_> = (1..=3).map(|k| laptop_path(&first, k)).collect();
    assert_eq!(paths[0], first, "laptop 1 is the database named");
    assert_eq!(
        paths[2],
        dir.path().join("team-laptop-3").join("team.sqlite3"),
        "laptop 3 has a folder of its own beside it"
    );
    let mut laptops = paths
        .iter()
        .map(|p| Db::open(p))
        .collect::<waypoint_store::Result<Vec<_>>>()?;
    // 6 students in one section: two each.
    let plan = plan_year(
        YearSize::scaled(1, 6),
        5,
        waypoint_core::demo::day_of(1_781_000_000_000),
    )?;
    let summary = write_team_year(&mut laptops, &plan, 1_781_000_000_000)?;
    assert_eq!(summary.laptops.len(), 3, "one entry per laptop");
    assert_eq!(
        summary.bundles, 6,
        "two bundles out and back per other laptop"
    );
    assert_eq!(
        summary
            .laptops
            .iter()
            .map(|l| l.wrote.evidence)
            .sum::<usize>(),
        plan.evidence.len(),
        "between them the laptops wrote the plan's evidence, each piece once"
    );
    assert!(
        summary.laptops.iter().all(|l| l.wrote.evidence > 0),
        "every laptop wrote some of it"
    );

    let dump = dump_materialized(laptops[0].conn())?;
    for (k, db) in laptops.iter().enumerate().skip(1) {
        assert_eq!(
            dump_materialized(db.conn())?,
            dump,
            "laptop {} holds exactly what laptop 1 holds",
            k + 1
        );
    }
    let devices: BTreeSet<DeviceId> = laptops.iter().map(Db::device_id).collect();
    assert_eq!(devices.len(), 3, "three files, three devices");
    let ops = laptops[0].ops()?;
    let origins: BTreeSet<DeviceId> = ops.iter().map(|o| o.id.stream.device).collect();
    assert_eq!(origins, devices, "the log holds ops from all three laptops");
    for db in &laptops[1..] {
        assert_eq!(db.ops()?.len(), ops.len(), "every laptop holds every op");
    }

    // Each student's evidence comes from one laptop, and the students are dealt round.
    let mut by_student: BTreeMap<String, BTreeSet<DeviceId>> = BTreeMap::new();
    for o in ops.iter().filter(|o| o.table == "evidence") {
        let student = o.fields["student_id"]
            .as_str()
            .context("evidence names its student")?;
        by_student
            .entry(student.to_owned())
            .or_default()
            .insert(o.id.stream.device);
    }
    let class = roster::list_classes(laptops[0].conn(), false)?[0].id;
    let students = roster::list_students(laptops[0].conn(), class, false)?;
    assert_eq!(students.len(), 6, "the section's six students");
    assert_eq!(by_student.len(), 6, "every student has evidence");
    assert!(
        by_student.values().all(|o| o.len() == 1),
        "each student's evidence was written by exactly one laptop: {by_student:?}"
    );
    let writers: BTreeSet<&DeviceId> = by_student.values().flatten().collect();
    assert_eq!(writers.len(), 3, "and every laptop wrote some students'");

    // The portfolio files travelled with the bundles: every item is whole on every laptop.
    for db in &laptops {
        let mut items = 0;
        for s in &students {
            for item in portfolio::list_artifacts(db.conn(), db.path(), s.id)? {
                assert!(item.present, "{} is on {}", item.title, db.path().display());
                items += 1;
            }
        }
        assert_eq!(
            items,
            plan.artifacts.len(),
            "every planned portfolio item is on {}",
            db.path().display()
        );
    }
    Ok(())
}
