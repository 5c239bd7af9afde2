//! The objective and the constraint check, the snake draft, the exact search and the JSON shape.

use super::*;

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
