//! Inputs that cannot be grouped are refused by name, and bad inputs name their field.

use super::*;

fn err_of(input: &GroupingInput) -> (String, String) {
    let e = form_groups(input).expect_err("this input can't be grouped");
    let (f, m) = message(&e);
    (f.to_string(), m.to_string())
}

fn eight(count: GroupCount) -> GroupingInput {
    class(
        &[1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 0.5],
        count,
        GroupingMode::Like,
    )
}

#[test]
fn apart_inside_a_together_set_is_refused_by_name() {
    let mut input = eight(groups(2));
    input.constraints.together = vec![vec![id(0), id(1), id(2)]];
    input.constraints.apart = vec![(id(0), id(1))];
    assert_eq!(
        err_of(&input),
        (
            "constraints".to_string(),
            "Ana Ruiz and Ben Ode are to be kept apart, but they are also to be kept together (with Cy Li).".to_string()
        ),
        "the message names both students and the set that binds them"
    );
    input.constraints.together = vec![];
    input.constraints.teacher_led = vec![id(0), id(1)];
    let (_, m) = err_of(&input);
    assert_eq!(
        m, "Ana Ruiz and Ben Ode are to be kept apart, but both are to be placed with the teacher.",
        "a teacher-led clash says so"
    );
}

#[test]
fn a_together_set_larger_than_groups_is_refused_by_name() {
    let mut input = eight(GroupCount::Size { min: 2, max: 3 });
    input.constraints.together = vec![vec![id(0), id(1)], vec![id(2), id(3), id(1)]];
    assert_eq!(
        err_of(&input),
        (
            "constraints".to_string(),
            "Ana Ruiz, Ben Ode, Cy Li and Dee Fox are to be kept together, but groups hold at most 3.".to_string()
        ),
        "overlapping together sets join into one block of four"
    );
}

#[test]
fn an_apart_clique_larger_than_the_groups_is_refused_by_name() {
    let mut input = eight(groups(2));
    input.constraints.apart = vec![
        (id(0), id(1)),
        (id(4), id(5)),
        (id(1), id(2)),
        (id(0), id(2)),
    ];
    assert_eq!(
        err_of(&input),
        (
            "constraints".to_string(),
            "These can't all hold with 2 groups: keep apart Ana Ruiz and Ben Ode; keep apart Ben Ode and Cy Li; keep apart Ana Ruiz and Cy Li. Make more groups or drop one of them.".to_string()
        ),
        "only the conflicting pairs are named, in the order given"
    );
    input.count = groups(3);
    assert!(
        form_groups(&input).is_ok(),
        "three groups can separate three students"
    );
}

#[test]
fn together_sets_that_leave_too_few_blocks_are_refused() {
    let mut input = class(&[1.0, 2.0, 3.0, 4.0], groups(2), GroupingMode::Like);
    input.constraints.together = vec![vec![id(0), id(1), id(2), id(3)]];
    let (f, m) = err_of(&input);
    assert_eq!(f, "constraints", "a constraint problem");
    assert_eq!(
        m,
        "This can't hold with 2 groups: keep together Ana Ruiz, Ben Ode, Cy Li and Dee Fox. Make fewer groups or drop it.",
        "one whole-class set can't fill two groups"
    );
}

#[test]
fn sizes_and_constraints_that_conflict_are_refused() {
    // Two groups of exactly 4 can't hold blocks of 3, 2 and 3.
    let mut input = eight(GroupCount::Size { min: 4, max: 4 });
    input.constraints.together = vec![
        vec![id(0), id(1), id(2)],
        vec![id(3), id(4)],
        vec![id(5), id(6), id(7)],
    ];
    assert_eq!(
        err_of(&input),
        (
            "constraints".to_string(),
            "These can't all hold with 2 groups of 4: keep together Ana Ruiz, Ben Ode and Cy Li; keep together Dee Fox and Eve Moss; keep together Finn Hale, Gus Ito and Hana Cole. Change the group sizes or drop one of them.".to_string()
        ),
        "names every set involved and the sizes"
    );
    input.constraints.together.remove(1);
    assert!(
        form_groups(&input).is_ok(),
        "without the pair, 3 + 1 and 3 + 1 fit"
    );
}

#[test]
fn impossible_sizes_and_counts_are_refused() {
    let seven = class(
        &[1.0; 7],
        GroupCount::Size { min: 4, max: 5 },
        GroupingMode::Like,
    );
    assert_eq!(
        err_of(&seven),
        (
            "count".to_string(),
            "7 students present can't be split into groups of 4 to 5.".to_string()
        ),
        "two groups need at least 8"
    );
    let mut six = class(&[1.0; 6], groups(6), GroupingMode::Like);
    six.constraints.absent = vec![id(0), id(1)];
    assert_eq!(
        err_of(&six),
        (
            "count".to_string(),
            "Can't make 6 groups from 4 students present.".to_string()
        ),
        "absent students don't count"
    );
    let zero = class(&[1.0; 3], groups(0), GroupingMode::Like);
    assert_eq!(err_of(&zero).0, "count", "zero groups is refused");
    let inverted = class(
        &[1.0; 3],
        GroupCount::Size { min: 3, max: 2 },
        GroupingMode::Like,
    );
    assert_eq!(
        err_of(&inverted).1,
        "The smallest group size (3) is larger than the largest (2).",
        "min above max is refused"
    );
    let empty_size = class(
        &[1.0; 3],
        GroupCount::Size { min: 0, max: 2 },
        GroupingMode::Like,
    );
    assert_eq!(
        err_of(&empty_size).0,
        "count",
        "a minimum of zero is refused"
    );
    let mut nobody = class(&[1.0], groups(1), GroupingMode::Like);
    nobody.constraints.absent = vec![id(0)];
    assert_eq!(err_of(&nobody).0, "students", "nobody present is refused");
}

#[test]
fn bad_inputs_name_the_field() {
    let mut no_targets = eight(groups(2));
    no_targets.targets.clear();
    assert_eq!(
        err_of(&no_targets),
        (
            "competencies".to_string(),
            "Choose at least one competency to group on.".to_string()
        ),
        "at least one target"
    );
    let mut unknown = eight(groups(2));
    unknown.constraints.apart = vec![(id(0), "nobody".to_string())];
    assert_eq!(
        err_of(&unknown).0,
        "constraints.apart",
        "an unknown id in apart"
    );
    unknown.constraints.apart.clear();
    unknown.constraints.together = vec![vec!["nobody".to_string()]];
    assert_eq!(
        err_of(&unknown).0,
        "constraints.together",
        "an unknown id in together"
    );
    unknown.constraints.together.clear();
    unknown.constraints.teacher_led = vec!["nobody".to_string()];
    assert_eq!(
        err_of(&unknown).0,
        "constraints.teacherLed",
        "an unknown id in teacher-led"
    );
    unknown.constraints.teacher_led.clear();
    unknown.constraints.absent = vec!["nobody".to_string()];
    assert_eq!(
        err_of(&unknown).0,
        "constraints.absent",
        "an unknown id in absent"
    );
    let mut selfish = eight(groups(2));
    selfish.constraints.apart = vec![(id(2), id(2))];
    assert_eq!(
        err_of(&selfish).1,
        "Cy Li can't be kept apart from themselves.",
        "a pair of one student"
    );
    let mut short = eight(groups(2));
    short.students[0].levels.clear();
    assert_eq!(err_of(&short).0, "students", "one level per target");
}

#[test]
fn constraints_on_absent_students_are_ignored() {
    let mut input = class(&[1.0, 2.0, 3.0], groups(1), GroupingMode::Like);
    input.constraints.apart = vec![(id(0), id(1))];
    input.constraints.teacher_led = vec![id(1)];
    input.constraints.absent = vec![id(1)];
    let r = form_groups(&input).expect("Ben is absent, so nothing forbids one group");
    assert_eq!(r.groups.len(), 1, "one group");
    assert_eq!(r.groups[0].members, vec![id(2), id(0)], "Ben is not placed");
    assert_eq!(r.reasons.len(), 2, "no reason for an absent student");
}
