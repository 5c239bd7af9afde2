//! The searches: the engine is deterministic, local search finds the optimum on small
//! cases and beats the snake draft.

use super::*;

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
