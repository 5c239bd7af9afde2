//! The grouping engine's tests, by topic, with the classes and checks they share.

use super::local::SplitMix64;
use super::*;
use crate::Error;
use crate::messages::english;
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

mod engine;
mod reasons;
mod refusals;
mod search;
