//! Groups, stations and rotations: `groups` from the class's levels, its refusals, and a saved
//! group set rotated through `stations` by `rotation`.

use anyhow::{Context, Result};

use crate::common::{Sandbox, the_one_stderr_line};

#[test]
fn groups_are_formed_from_the_class_levels_the_same_way_for_the_same_seed() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let students = sandbox.students(&class)?;
    let (a, b) = (
        students[0]["id"].as_str().context("an id")?.to_owned(),
        students[1]["id"].as_str().context("an id")?.to_owned(),
    );
    let apart = format!("{a},{b}");
    let args = [
        "groups",
        "--class",
        &class,
        "--competency",
        "WPM.6.EE.A.6,WPM.6.EE.A.7",
        "--groups",
        "4",
        "--mode",
        "mixed",
        "--apart",
        &apart,
        "--seed",
        "9",
        "--json",
    ];
    let first = sandbox.json(&args)?;
    let groups = first["groups"].as_array().context("groups is an array")?;
    assert_eq!(groups.len(), 4, "--groups 4 gives four groups");
    let placed: Vec<&str> = groups
        .iter()
        .flat_map(|g| g["members"].as_array().into_iter().flatten())
        .filter_map(|m| m["studentId"].as_str())
        .collect();
    assert_eq!(
        placed.len(),
        24,
        "every demo student is placed exactly once"
    );
    let together = groups.iter().any(|g| {
        let ids: Vec<&str> = g["members"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| m["studentId"].as_str())
            .collect();
        ids.contains(&a.as_str()) && ids.contains(&b.as_str())
    });
    assert!(
        !together,
        "--apart keeps the two students in different groups"
    );
    assert_eq!(
        sandbox.json(&args)?,
        first,
        "the same seed gives the same groups, byte for byte"
    );
    Ok(())
}

#[test]
fn groups_refuse_a_bad_mode_an_unknown_code_and_impossible_sizes_with_one_line() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let before = sandbox.dump()?;
    for (args, needle) in [
        (
            vec![
                "--competency",
                "WPM.6.EE.A.6",
                "--groups",
                "3",
                "--mode",
                "fast",
            ],
            "like or mixed",
        ),
        (vec!["--competency", "NOPE.1", "--groups", "3"], "NOPE.1"),
        (
            vec!["--competency", "WPM.6.EE.A.6", "--size", "13-15"],
            "13 to 15",
        ),
    ] {
        let out =
            sandbox.run(&[&["groups", "--class", class.as_str()], args.as_slice()].concat())?;
        assert_eq!(out.status.code(), Some(2), "bad input exits 2 ({args:?})");
        let line = the_one_stderr_line(&out);
        assert!(
            line.contains(needle),
            "the message names the problem: {line}"
        );
    }
    assert_eq!(sandbox.dump()?, before, "a refused grouping writes nothing");
    Ok(())
}

#[test]
fn a_saved_group_set_rotates_through_the_stations_by_the_rule() -> Result<()> {
    let sandbox = Sandbox::new()?;
    let class = sandbox.demo_class_id()?;
    let set = sandbox.json(&[
        "groups",
        "--class",
        &class,
        "--competency",
        "WPM.6.EE.A.6",
        "--groups",
        "4",
        "--save",
        "2026-11-24",
        "--json",
    ])?;
    let set_id = set["id"].as_str().context("the saved set has an id")?;
    let mut stations = Vec::new();
    for (name, kind) in [
        ("Online", "online"),
        ("Teacher", "teacher_led"),
        ("Pairs", "collaborative"),
        ("Solo", "independent"),
    ] {
        let s = sandbox.json(&[
            "stations",
            "add",
            "--class",
            &class,
            "--name",
            name,
            "--kind",
            kind,
            "--capacity",
            "8",
            "--json",
        ])?;
        stations.push(s["id"].as_str().context("a station id")?.to_owned());
    }
    let plan = sandbox.json(&[
        "rotation",
        "--group-set",
        set_id,
        "--stations",
        &stations.join(","),
        "--json",
    ])?;
    let cells = plan["cells"].as_array().context("cells is an array")?;
    assert_eq!(cells.len(), 4, "four stations make four rounds");
    for round in cells {
        let mut at: Vec<&str> = round
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c.as_str())
            .collect();
        at.sort_unstable();
        at.dedup();
        assert_eq!(
            at.len(),
            4,
            "each round puts the four groups at four stations"
        );
    }
    let teacher_group = plan["groups"]
        .as_array()
        .and_then(|g| g.iter().position(|g| g["teacherLed"] == true))
        .context("one group is teacher-led")?;
    assert_eq!(
        cells[0][teacher_group], stations[1],
        "the group that most needs the teacher starts at the teacher-led station"
    );
    Ok(())
}
