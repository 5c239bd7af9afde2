//! The groups' order, focus and band, and each student's reason in plain language.

use super::*;

#[test]
fn like_groups_are_ordered_neediest_first_with_focus_and_band() {
    let input = class(
        &[1.0, 3.5, 2.0, 1.5, 4.0, 2.5],
        groups(3),
        GroupingMode::Like,
    );
    let r = form_groups(&input).expect("six students into three groups");
    let members: Vec<Vec<&str>> = r
        .groups
        .iter()
        .map(|g| g.members.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        members,
        vec![vec!["s3", "s0"], vec!["s5", "s2"], vec!["s4", "s1"]],
        "pairs of similar levels, neediest first, members by level descending"
    );
    assert_eq!(
        r.groups
            .iter()
            .map(|g| english(&g.focus))
            .collect::<Vec<_>>(),
        vec!["Reteach 6.RP.A.1", "Practice 6.RP.A.1", "Extend 6.RP.A.1"],
        "the focus names the band and the target"
    );
    assert_eq!(
        r.groups.iter().map(|g| g.band).collect::<Vec<_>>(),
        vec![
            Some(Band::Reteach),
            Some(Band::Practice),
            Some(Band::Extend)
        ],
        "like groups carry their mean's band"
    );
    assert_eq!(r.groups[0].mean_level, Some(1.25), "the mean of 1 and 1.5");
    assert!(
        r.groups[0].teacher_led,
        "with nobody asked for, the neediest group is teacher-led"
    );
    assert!(
        !r.groups[1].teacher_led && !r.groups[2].teacher_led,
        "only one group is teacher-led"
    );
    assert_eq!(r.reasons[0].group, 0, "Ana (level 1) is in the first group");
    assert_eq!(r.reasons[4].group, 2, "Eve (level 4) is in the last group");
}

#[test]
fn teacher_led_students_make_their_group_first() {
    let mut input = class(
        &[1.0, 3.5, 2.0, 1.5, 4.0, 2.5],
        groups(3),
        GroupingMode::Like,
    );
    input.constraints.teacher_led = vec![id(4)];
    let r = form_groups(&input).expect("feasible");
    assert!(
        r.groups[0].members.contains(&id(4)),
        "Eve's group is the teacher-led one"
    );
    assert!(r.groups[0].teacher_led, "and it comes first");
    assert!(
        english(&r.reasons[4].reason).ends_with("; placed with the teacher as asked"),
        "Eve's reason says why she is with the teacher: {}",
        r.reasons[4].reason
    );
    assert!(
        !english(&r.reasons[1].reason).contains("teacher"),
        "Ben was not asked for: {}",
        r.reasons[1].reason
    );
}

#[test]
fn mixed_groups_span_the_class() {
    let mut input = class(
        &[1.0, 3.5, 2.0, 1.5, 4.0, 2.5],
        groups(2),
        GroupingMode::Mixed,
    );
    input.targets.push(target("6.RP.A.2"));
    for (i, s) in input.students.iter_mut().enumerate() {
        s.levels.push(Some(if i % 2 == 0 { 4.0 } else { 0.5 }));
    }
    let r = form_groups(&input).expect("feasible");
    for g in &r.groups {
        assert_eq!(g.band, None, "mixed groups have no band");
        assert!(
            english(&g.focus).starts_with("Mixed: peer practice on 6.RP.A."),
            "mixed focus: {}",
            g.focus
        );
    }
    let bands: Vec<usize> = r
        .groups
        .iter()
        .map(|g| {
            let set: std::collections::BTreeSet<Band> = g
                .members
                .iter()
                .map(|m| {
                    let s = input
                        .students
                        .iter()
                        .find(|s| &s.id == m)
                        .expect("member is a student");
                    band(score(&s.levels).0, 3.0)
                })
                .collect();
            set.len()
        })
        .collect();
    assert!(
        bands.iter().all(|&b| b >= 2),
        "each mixed group spans at least two bands: {bands:?}"
    );
}

#[test]
fn mixed_focus_names_the_target_with_the_lowest_group_mean() {
    let mut input = class(&[2.0, 3.0], groups(1), GroupingMode::Mixed);
    input.targets.push(target("6.RP.A.2"));
    input.students[0].levels.push(Some(1.0));
    input.students[1].levels.push(None);
    let r = form_groups(&input).expect("one group");
    assert_eq!(
        english(&r.groups[0].focus),
        "Mixed: peer practice on 6.RP.A.2",
        "6.RP.A.2's mean is 1, below 2.5"
    );
}

#[test]
fn reasons_are_plain_language() {
    let mut input = GroupingInput {
        students: vec![
            student(0, vec![Some(1.5), Some(3.0)]),
            student(1, vec![Some(1.0), None]),
            student(2, vec![None, None]),
            student(3, vec![Some(3.5), Some(4.0)]),
        ],
        targets: vec![target("6.RP.A.1"), target("6.RP.A.2")],
        count: groups(2),
        mode: GroupingMode::Like,
        constraints: Constraints::default(),
        seed: 1,
    };
    let r = form_groups(&input).expect("feasible");
    let texts: Vec<String> = r.reasons.iter().map(|r| english(&r.reason)).collect();
    assert_eq!(
        texts,
        vec![
            "levels 1.5 on 6.RP.A.1, 3 on 6.RP.A.2 (mean 2.3): practice",
            "level 1 on 6.RP.A.1, no evidence yet on 6.RP.A.2: reteach",
            "no evidence yet on 6.RP.A.1, 6.RP.A.2: reteach",
            "levels 3.5 on 6.RP.A.1, 4 on 6.RP.A.2 (mean 3.8): extend",
        ],
        "levels without trailing .0, the mean to one place, then the band"
    );
    assert_eq!(
        r.reasons
            .iter()
            .map(|r| r.student_id.as_str())
            .collect::<Vec<_>>(),
        vec!["s0", "s1", "s2", "s3"],
        "reasons come in input order"
    );
    input.mode = GroupingMode::Mixed;
    input.targets.truncate(1);
    for s in &mut input.students {
        s.levels.truncate(1);
    }
    input.constraints.teacher_led = vec![id(3)];
    let r = form_groups(&input).expect("feasible");
    let texts: Vec<String> = r.reasons.iter().map(|r| english(&r.reason)).collect();
    assert_eq!(
        texts,
        vec![
            "level 1.5 on 6.RP.A.1: reteach — mixed group, gets peer support",
            "level 1 on 6.RP.A.1: reteach — mixed group, gets peer support",
            "no evidence yet on 6.RP.A.1: reteach — mixed group, gets peer support",
            "level 3.5 on 6.RP.A.1: extend — mixed group, can support peers; placed with the teacher as asked",
        ],
        "mixed mode adds the student's role; a teacher-led request is acknowledged"
    );
}

#[test]
fn a_reason_travels_as_ids_with_nested_clauses() {
    let input = class(&[1.0, 2.0], groups(1), GroupingMode::Like);
    let r = form_groups(&input).expect("one group");
    assert_eq!(
        r.reasons[0].reason.id, "reason-like",
        "a reason is a catalog message, so the UI can show it in the teacher's language"
    );
    assert!(
        matches!(r.reasons[0].reason.args.get("evidence"), Some(crate::messages::MessageArg::Message(m)) if m.id == "reason-levels"),
        "the evidence is a clause of its own, translated with the rest: {:?}",
        r.reasons[0].reason
    );
    assert_eq!(
        r.groups[0].focus.id, "reason-focus-like",
        "a focus is a catalog message too"
    );
}
