//! The grouping engine on a full class: 36 students with deterministic pseudo-random levels
//! on 2 target competencies, 6 groups and 10 constraints (4 apart pairs, 3 together sets, 2
//! students with the teacher, 1 absent), in like and in mixed mode. 36 students into 6
//! groups is far too many partitions to enumerate, so this measures the local search.
//! Measured in the same run, the baseline is the naive snake draft
//! (`snake_draft_baseline`), which ignores the constraints. Run with
//! `cargo bench -p waypoint-core --bench grouping`; the figures go in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_main};
use waypoint_core::grouping::{
    Constraints, GroupCount, GroupingInput, GroupingMode, GroupingStudent, SearchMethod,
    TargetCompetency, form_groups, objective, snake_draft_baseline,
};

const STUDENTS: usize = 36;

/// A linear congruential step: enough for repeatable levels.
fn next(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    *state >> 33
}

fn id(i: usize) -> String {
    format!("student-{i:02}")
}

/// The benchmark class in the given mode.
fn class(mode: GroupingMode) -> GroupingInput {
    let mut state = 0x5EED_u64;
    let students = (0..STUDENTS)
        .map(|i| GroupingStudent {
            id: id(i),
            name: format!("Student {i:02}"),
            levels: (0..2)
                .map(|_| {
                    // One level in ten is missing; the rest are 0 to 4 in halves.
                    (!next(&mut state).is_multiple_of(10))
                        .then(|| (next(&mut state) % 9) as f64 / 2.0)
                })
                .collect(),
        })
        .collect();
    GroupingInput {
        students,
        targets: ["6.RP.A.1", "6.RP.A.2"]
            .iter()
            .map(|code| TargetCompetency {
                id: format!("id-{code}"),
                code: (*code).to_string(),
                threshold: 3.0,
            })
            .collect(),
        count: GroupCount::Groups { count: 6 },
        mode,
        constraints: Constraints {
            apart: vec![
                (id(0), id(1)),
                (id(2), id(3)),
                (id(4), id(5)),
                (id(1), id(6)),
            ],
            together: vec![
                vec![id(10), id(11)],
                vec![id(12), id(13), id(14)],
                vec![id(15), id(16)],
            ],
            teacher_led: vec![id(20), id(21)],
            absent: vec![id(30)],
        },
        seed: 42,
    }
}

fn bench(c: &mut Criterion) {
    let like = class(GroupingMode::Like);
    let mixed = class(GroupingMode::Mixed);
    for input in [&like, &mixed] {
        let r = form_groups(input).expect("the benchmark class can be grouped");
        assert_eq!(
            r.method,
            SearchMethod::LocalSearch,
            "the case exercises local search"
        );
        assert_eq!(r.groups.len(), 6, "six groups");
        assert_eq!(r.reasons.len(), STUDENTS - 1, "everyone present is placed");
        let snake = snake_draft_baseline(input);
        assert!(
            r.objective <= objective(input, &snake, 6),
            "the engine's grouping is no worse than the snake draft"
        );
    }

    let mut group = c.benchmark_group("grouping_36_students_6_groups_10_constraints");
    group.bench_function("baseline_snake_draft", |b| {
        b.iter(|| black_box(snake_draft_baseline(black_box(&like))))
    });
    group.bench_function("form_groups_like", |b| {
        b.iter(|| black_box(form_groups(black_box(&like)).expect("groups")))
    });
    group.bench_function("form_groups_mixed", |b| {
        b.iter(|| black_box(form_groups(black_box(&mixed)).expect("groups")))
    });
    group.finish();
}

// criterion's macro generates an undocumented `benches` function.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::bench);
}
use group::benches;
criterion_main!(benches);
