//! The grouping engine's tests: the objective, the constraints and their errors, both
//! searches against each other and against the snake draft, and the reasons.

use super::explain::fmt_num;
use super::local::SplitMix64;
use super::*;
use crate::Error;
use proptest::prelude::*;

const NAMES: [&str; 8] = [
    "Ana Ruiz",
    "Ben Ode",
    "Cy Li",
    "Dee Fox",
    "Eve Moss",
    "Finn Hale",
    "Gus Ito",
    "Hana Cole",
];

fn target(code: &str) -> TargetCompetency {
    TargetCompetency {
        id: format!("t-{code}"),
        code: code.to_string(),
        threshold: 3.0,
    }
}

fn student(i: usize, levels: Vec<Option<f64>>) -> GroupingStudent {
    GroupingStudent {
        id: format!("s{i}"),
        name: NAMES
            .get(i)
            .map_or_else(|| format!("Student {i}"), |n| (*n).to_string()),
        levels,
    }
}

fn id(i: usize) -> String {
    format!("s{i}")
}

/// `n` students with one level each on one target, from `levels`.
fn class(levels: &[f64], count: GroupCount, mode: GroupingMode) -> GroupingInput {
    GroupingInput {
        students: levels
            .iter()
            .enumerate()
            .map(|(i, &l)| student(i, vec![Some(l)]))
            .collect(),
        targets: vec![target("6.RP.A.1")],
        count,
        mode,
        constraints: Constraints::default(),
        seed: 7,
    }
}

fn groups(count: usize) -> GroupCount {
    GroupCount::Groups { count }
}

fn message(e: &Error) -> (String, String) {
    match e {
        Error::Invalid { field, message } => (field.clone(), message.to_string()),
        _ => (String::new(), String::new()),
    }
}

fn placed_count(input: &GroupingInput) -> usize {
    placed_students(input).len()
}

/// The number of groups the engine uses for this input.
fn k_for(input: &GroupingInput) -> usize {
    match input.count {
        GroupCount::Groups { count } => count,
        GroupCount::Size { max, .. } => placed_count(input).div_ceil(max.max(1)),
    }
}

/// The group (index into `result.groups`) of each placed student.
fn assignment_of(input: &GroupingInput, result: &GroupingResult) -> Vec<usize> {
    let group_of: HashMap<&str, usize> = result
        .groups
        .iter()
        .enumerate()
        .flat_map(|(g, grp)| grp.members.iter().map(move |m| (m.as_str(), g)))
        .collect();
    placed_students(input)
        .iter()
        .map(|s| group_of.get(s.id.as_str()).copied().unwrap_or(usize::MAX))
        .collect()
}

/// The lowest objective over every assignment of placed students to `k` groups that
/// satisfies the constraints, or `None` if none does.
fn brute_force(input: &GroupingInput, k: usize) -> Option<f64> {
    let n = placed_count(input);
    if k == 0 {
        return None;
    }
    let total = k.checked_pow(n as u32)?;
    let mut a = vec![0usize; n];
    let mut best: Option<f64> = None;
    for code in 0..total {
        let mut c = code;
        for slot in a.iter_mut() {
            *slot = c % k;
            c /= k;
        }
        if satisfies(input, &a, k) {
            let o = objective(input, &a, k);
            if best.is_none_or(|b| o < b) {
                best = Some(o);
            }
        }
    }
    best
}

/// Checks a result against the input without using `satisfies`.
fn check_valid(input: &GroupingInput, result: &GroupingResult) {
    let absent: HashSet<&str> = input
        .constraints
        .absent
        .iter()
        .map(String::as_str)
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (g, grp) in result.groups.iter().enumerate() {
        assert!(
            !grp.members.is_empty(),
            "group {g} is empty: empty groups are never returned"
        );
        for m in &grp.members {
            assert!(
                !absent.contains(m.as_str()),
                "absent student {m} was placed"
            );
            assert!(
                seen.insert(m.as_str(), g).is_none(),
                "student {m} is placed twice"
            );
        }
    }
    for s in &input.students {
        if !absent.contains(s.id.as_str()) {
            assert!(
                seen.contains_key(s.id.as_str()),
                "present student {} is not placed",
                s.id
            );
        }
    }
    let c = &input.constraints;
    for (a, b) in &c.apart {
        if let (Some(ga), Some(gb)) = (seen.get(a.as_str()), seen.get(b.as_str())) {
            assert_ne!(ga, gb, "{a} and {b} are to be kept apart");
        }
    }
    for set in &c.together {
        let gs: HashSet<usize> = set
            .iter()
            .filter_map(|m| seen.get(m.as_str()).copied())
            .collect();
        assert!(
            gs.len() <= 1,
            "together set {set:?} is split over groups {gs:?}"
        );
    }
    let teacher_groups: Vec<usize> = result
        .groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.teacher_led)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        teacher_groups,
        vec![0],
        "exactly one group, the first, is teacher-led"
    );
    for m in &c.teacher_led {
        if let Some(&g) = seen.get(m.as_str()) {
            assert_eq!(g, 0, "{m} is to be in the teacher-led group");
        }
    }
    if let GroupCount::Size { min, max } = input.count {
        for grp in &result.groups {
            assert!(
                (min..=max).contains(&grp.members.len()),
                "a group of {} breaks the size rule {min} to {max}",
                grp.members.len()
            );
        }
    } else {
        assert_eq!(
            result.groups.len(),
            k_for(input),
            "the number of groups asked for"
        );
    }
    assert_eq!(
        result.reasons.len(),
        seen.len(),
        "one reason per placed student"
    );
    let k = result.groups.len();
    let a = assignment_of(input, result);
    assert!(
        satisfies(input, &a, k),
        "satisfies agrees the result is valid"
    );
    assert!(
        (objective(input, &a, k) - result.objective).abs() < 1e-9,
        "the reported objective is the grouping's objective"
    );
}

prop_compose! {
    fn arb_input(max_students: usize, max_groups: usize)
        (n in 1..=max_students, t in 1..=2usize)
        (levels in prop::collection::vec(
            prop::collection::vec(
                prop::option::weighted(0.85, (0u8..=8).prop_map(|x| f64::from(x) / 2.0)),
                t,
            ),
            n,
        ),
         groups_count in 1..=max_groups,
         by_size in prop::bool::weighted(0.3),
         size_max in n.div_ceil(max_groups).max(1)..=n,
         size_min_frac in 0.0..=1.0f64,
         apart in prop::collection::vec((0..n, 0..n), 0..=3),
         together in prop::collection::vec(prop::collection::vec(0..n, 2..=3), 0..=2),
         teacher in prop::collection::vec(0..n, 0..=2),
         absent in prop::collection::vec(0..n, 0..=2),
         mixed in any::<bool>(),
         seed in any::<u64>(),
         t in Just(t))
        -> GroupingInput
    {
        let size_min = 1 + ((size_max - 1) as f64 * size_min_frac * 0.6) as usize;
        GroupingInput {
            students: levels.into_iter().enumerate().map(|(i, l)| student(i, l)).collect(),
            targets: (0..t).map(|i| target(&format!("6.RP.A.{}", i + 1))).collect(),
            count: if by_size {
                GroupCount::Size { min: size_min, max: size_max }
            } else {
                GroupCount::Groups { count: groups_count }
            },
            mode: if mixed { GroupingMode::Mixed } else { GroupingMode::Like },
            constraints: Constraints {
                apart: apart.into_iter().filter(|(a, b)| a != b).map(|(a, b)| (id(a), id(b))).collect(),
                together: together.into_iter().map(|s| s.into_iter().map(id).collect()).collect(),
                teacher_led: teacher.into_iter().map(id).collect(),
                absent: absent.into_iter().map(id).collect(),
            },
            seed,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// On small classes the engine's objective is the brute-force optimum, and it errs
    /// exactly when no assignment satisfies the constraints.
    #[test]
    fn matches_brute_force(input in arb_input(8, 3)) {
        let k = k_for(&input);
        let best = brute_force(&input, k);
        match (form_groups(&input), best) {
            (Ok(r), Some(b)) => {
                check_valid(&input, &r);
                prop_assert!((r.objective - b).abs() < 1e-9,
                    "objective {} should equal the brute-force optimum {}", r.objective, b);
                prop_assert_eq!(r.method, SearchMethod::Exact, "8 students or fewer are searched exactly");
            }
            (Err(e), None) => {
                let (field, text) = message(&e);
                prop_assert!(!field.is_empty() && !text.is_empty(), "an infeasible input gets a field-named error: {:?}", e);
            }
            (Ok(r), None) => prop_assert!(false, "brute force finds no valid grouping but the engine returned {:?}", r),
            (Err(e), Some(b)) => prop_assert!(false, "brute force finds a grouping with objective {} but the engine erred: {:?}", b, e),
        }
    }

    /// Whatever the input, a grouping the engine returns keeps every constraint.
    #[test]
    fn results_keep_every_constraint(input in arb_input(40, 8)) {
        if let Ok(r) = form_groups(&input) {
            check_valid(&input, &r);
        }
    }

    /// The same input, seed included, gives the same result.
    #[test]
    fn same_seed_same_result(input in arb_input(40, 8)) {
        prop_assert_eq!(form_groups(&input), form_groups(&input), "the engine is deterministic");
    }
}

/// Deterministic pseudo-random classes for the fixed-case tests.
fn random_class(
    rng: &mut SplitMix64,
    n: usize,
    targets: usize,
    count: GroupCount,
    mode: GroupingMode,
) -> GroupingInput {
    GroupingInput {
        students: (0..n)
            .map(|i| {
                let levels = (0..targets)
                    .map(|_| (rng.below(10) > 0).then(|| rng.below(9) as f64 / 2.0))
                    .collect();
                student(i, levels)
            })
            .collect(),
        targets: (0..targets)
            .map(|i| target(&format!("6.RP.A.{}", i + 1)))
            .collect(),
        count,
        mode,
        constraints: Constraints::default(),
        seed: rng.next_u64(),
    }
}

/// Adds `apart` random apart pairs and `together` random pairs to keep together.
fn add_constraints(rng: &mut SplitMix64, input: &mut GroupingInput, apart: usize, together: usize) {
    let n = input.students.len();
    for _ in 0..apart {
        let (a, b) = (rng.below(n), rng.below(n));
        if a != b {
            input.constraints.apart.push((id(a), id(b)));
        }
    }
    for _ in 0..together {
        let (a, b) = (rng.below(n), rng.below(n));
        if a != b {
            input.constraints.together.push(vec![id(a), id(b)]);
        }
    }
}

/// Local search finds the exact optimum on every one of 200 small fixed cases (9 to 11
/// students, 2 to 4 groups, with constraints), both modes.
#[test]
fn local_search_finds_the_optimum_on_small_cases() {
    let mut rng = SplitMix64(2024);
    let mut compared = 0;
    for case in 0..200 {
        let n = 9 + rng.below(3);
        let k = 2 + rng.below(3);
        let count = if case % 4 == 3 {
            GroupCount::Size {
                min: 2,
                max: n.div_ceil(k),
            }
        } else {
            groups(k)
        };
        let mode = if case % 2 == 0 {
            GroupingMode::Like
        } else {
            GroupingMode::Mixed
        };
        let targets = 1 + rng.below(2);
        let mut input = random_class(&mut rng, n, targets, count, mode);
        let (apart, together) = (rng.below(4), rng.below(3));
        add_constraints(&mut rng, &mut input, apart, together);
        let exact = form_groups_with(&input, Search::Exact);
        let local = form_groups_with(&input, Search::Local);
        match (exact, local) {
            (Ok(e), Ok(l)) => {
                assert_eq!(
                    l.method,
                    SearchMethod::LocalSearch,
                    "case {case}: local search was forced"
                );
                check_valid(&input, &l);
                assert!(
                    (e.objective - l.objective).abs() < 1e-9,
                    "case {case}: local search found {} but the optimum is {}",
                    l.objective,
                    e.objective
                );
                compared += 1;
            }
            (Err(e), Err(l)) => assert_eq!(e, l, "case {case}: both searches refuse alike"),
            (e, l) => panic!("case {case}: exact gave {e:?} but local gave {l:?}"),
        }
    }
    assert!(
        compared > 150,
        "most fixed cases are feasible, so the comparison means something ({compared})"
    );
}

/// On 36 students and 6 groups, local search matches or beats the snake draft.
#[test]
fn local_search_beats_the_snake_draft_on_a_class() {
    for mode in [GroupingMode::Like, GroupingMode::Mixed] {
        let mut rng = SplitMix64(36);
        let input = random_class(&mut rng, 36, 2, groups(6), mode);
        let r = form_groups(&input).expect("36 unconstrained students can be grouped");
        assert_eq!(
            r.method,
            SearchMethod::LocalSearch,
            "36 students into 6 groups is too many partitions to enumerate"
        );
        check_valid(&input, &r);
        let snake = snake_draft_baseline(&input);
        let baseline = objective(&input, &snake, 6);
        assert!(
            satisfies(&input, &snake, 6),
            "the snake draft is a valid grouping when nothing is constrained"
        );
        assert!(
            r.objective <= baseline + 1e-9,
            "{mode:?}: local search ({}) should be no worse than the snake draft ({baseline})",
            r.objective
        );
    }
}

/// A 36-student class with the benchmark's mix of constraints is grouped validly, the
/// same way twice, and a different seed still gives a valid grouping.
#[test]
fn constrained_class_is_deterministic() {
    let mut rng = SplitMix64(99);
    let mut input = random_class(&mut rng, 36, 2, groups(6), GroupingMode::Like);
    add_constraints(&mut rng, &mut input, 4, 3);
    input.constraints.teacher_led = vec![id(5), id(6)];
    input.constraints.absent = vec![id(7)];
    let a = form_groups(&input).expect("feasible");
    let b = form_groups(&input).expect("feasible");
    assert_eq!(a, b, "the same input and seed give the same groups");
    check_valid(&input, &a);
    input.seed ^= 0xDEAD_BEEF;
    let c = form_groups(&input).expect("feasible");
    check_valid(&input, &c);
}

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
            .map(|g| g.focus.as_str())
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
        r.reasons[4]
            .reason
            .ends_with("; placed with the teacher as asked"),
        "Eve's reason says why she is with the teacher: {}",
        r.reasons[4].reason
    );
    assert!(
        !r.reasons[1].reason.contains("teacher"),
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
            g.focus.starts_with("Mixed: peer practice on 6.RP.A."),
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
        r.groups[0].focus, "Mixed: peer practice on 6.RP.A.2",
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
    let texts: Vec<&str> = r.reasons.iter().map(|r| r.reason.as_str()).collect();
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
    let texts: Vec<&str> = r.reasons.iter().map(|r| r.reason.as_str()).collect();
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
fn numbers_print_without_trailing_zeros() {
    assert_eq!(fmt_num(1.0, 2), "1", "whole numbers have no decimals");
    assert_eq!(fmt_num(1.5, 2), "1.5", "halves keep one place");
    assert_eq!(fmt_num(7.0 / 3.0, 2), "2.33", "at most two places");
    assert_eq!(fmt_num(2.25, 1), "2.3", "means round half away from zero");
    assert_eq!(fmt_num(-0.0001, 2), "0", "no negative zero");
}

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

#[test]
fn objective_and_satisfies_handle_bad_assignments() {
    let input = class(&[1.0, 2.0, 3.0], groups(2), GroupingMode::Like);
    assert!(objective(&input, &[0, 1], 2).is_infinite(), "too short");
    assert!(
        objective(&input, &[0, 1, 2], 2).is_infinite(),
        "group out of range"
    );
    assert!(!satisfies(&input, &[0, 0, 0], 2), "an empty group");
    assert!(
        !satisfies(&input, &[0, 1, 2], 3),
        "three groups when two were asked for"
    );
    assert!(satisfies(&input, &[0, 0, 1], 2), "a valid split");
    // Like: {1, 2} spread 0.5, two bands (reteach 1, practice 2) → 1 off-majority; {3}
    // spread 0; sizes 2 and 1 against 1.5 → 10 × (0.25 + 0.25).
    assert!(
        (objective(&input, &[0, 0, 1], 2) - (0.5 + 1.0 + 5.0)).abs() < 1e-12,
        "the like objective as documented"
    );
    let mixed = class(&[1.0, 2.0, 3.0], groups(2), GroupingMode::Mixed);
    // Class mean 2. {1, 3}: mean 2, two bands; {2}: mean 2, one band; sizes as above.
    assert!(
        (objective(&mixed, &[0, 1, 0], 2) - (0.0 - 0.1 * 3.0 + 5.0)).abs() < 1e-12,
        "the mixed objective as documented"
    );
}

#[test]
fn snake_draft_deals_in_snake_order() {
    let input = class(
        &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        groups(3),
        GroupingMode::Mixed,
    );
    assert_eq!(
        snake_draft_baseline(&input),
        vec![0, 1, 2, 2, 1, 0],
        "6, 5, 4 go to groups 0, 1, 2; then 3, 2, 1 to 2, 1, 0"
    );
}

#[test]
fn exact_is_used_when_partitions_are_few() {
    assert_eq!(stirling2(10, 5), 42_525, "S(10, 5)");
    assert_eq!(stirling2(4, 2), 7, "S(4, 2)");
    assert_eq!(stirling2(3, 4), 0, "more groups than things");
    assert_eq!(stirling2(200, 100), u64::MAX, "saturates");
    let big_one_group = class(&[2.0; 30], groups(1), GroupingMode::Like);
    assert_eq!(
        form_groups(&big_one_group).expect("one group").method,
        SearchMethod::Exact,
        "one group has one partition"
    );
}

#[test]
fn json_shape_is_camel_case() {
    let count = serde_json::to_value(GroupCount::Size { min: 3, max: 4 }).expect("serializes");
    assert_eq!(
        count,
        serde_json::json!({"kind": "size", "min": 3, "max": 4}),
        "tagged by kind"
    );
    let count: GroupCount =
        serde_json::from_value(serde_json::json!({"kind": "groups", "count": 6})).expect("parses");
    assert_eq!(count, groups(6), "groups by count");
    let c: Constraints = serde_json::from_value(serde_json::json!({"teacherLed": ["a"]}))
        .expect("missing lists default");
    assert_eq!(
        c.teacher_led,
        vec!["a".to_string()],
        "teacherLed in camelCase"
    );
    let r = form_groups(&class(&[1.0, 2.0], groups(1), GroupingMode::Mixed)).expect("one group");
    let v = serde_json::to_value(&r).expect("serializes");
    assert_eq!(v["method"], "exact", "snake_case method");
    assert_eq!(v["groups"][0]["teacherLed"], true, "teacherLed");
    assert_eq!(v["groups"][0]["meanLevel"], 1.5, "meanLevel");
    assert_eq!(v["reasons"][0]["studentId"], "s0", "studentId");
}
