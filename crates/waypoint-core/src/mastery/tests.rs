//! The mastery calculations' tests: the published examples, every method's formula, the
//! status rule and properties over random scores.

use super::*;
use proptest::prelude::*;

/// A 1 to 5 scale with mastery at 3, the scale the published examples use.
fn one_to_five() -> Scale {
    let levels = (1..=5)
        .map(|v| ScaleLevel {
            value: f64::from(v),
            label: format!("Level {v}"),
            descriptor: String::new(),
        })
        .collect();
    Scale {
        levels,
        threshold: 3.0,
    }
}

fn level(method: &Method, scores: &[f64], scale: &Scale) -> Option<f64> {
    calculate(method, scores, scale).level
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn field_of(e: &Error) -> &str {
    match e {
        Error::Invalid { field, .. } => field,
        _ => "",
    }
}

fn all_methods() -> Vec<Method> {
    vec![
        Method::Highest,
        Method::Latest,
        Method::Average,
        Method::WeightedAverage { weight: 0.65 },
        Method::DecayingAverage { rate: 0.65 },
        Method::NMastery { n: 3 },
        Method::PowerLaw,
    ]
}

fn dated(scores: &[f64]) -> Vec<(String, f64)> {
    scores
        .iter()
        .enumerate()
        .map(|(i, &s)| (format!("2026-{:02}-{:02}", 1 + i / 28, 1 + i % 28), s))
        .collect()
}

// Published values.

#[test]
fn decaying_average_matches_the_published_value() {
    let got = level(
        &Method::DecayingAverage { rate: 0.65 },
        &[1.0, 2.0, 3.0, 4.0, 5.0],
        &one_to_five(),
    );
    assert_eq!(
        got.map(round2),
        Some(4.47),
        "Canvas documents 4.47 for 1,2,3,4,5 at 65%: {got:?}"
    );
}

#[test]
fn weighted_average_matches_the_published_value() {
    let got = level(
        &Method::WeightedAverage { weight: 0.65 },
        &[1.0, 2.0, 3.0, 4.0, 5.0],
        &one_to_five(),
    );
    assert_eq!(
        got,
        Some(4.125),
        "5·0.65 + mean(1,2,3,4)·0.35 = 3.25 + 0.875 = 4.125"
    );
}

#[test]
fn n_mastery_matches_the_published_values() {
    let scale = one_to_five();
    let scores = [1.0, 2.0, 3.0, 4.0, 5.0];
    assert_eq!(
        level(&Method::NMastery { n: 3 }, &scores, &scale),
        Some(4.0),
        "3, 4 and 5 reach the threshold 3, and their mean is 4"
    );
    let four = calculate(&Method::NMastery { n: 4 }, &scores, &scale);
    assert_eq!(four.level, None, "only 3 scores reach 3, and 4 are needed");
    assert_eq!(
        four.no_result.as_deref(),
        Some("No result yet: needs 4 scores at or above 3 (Level 3); has 3."),
        "the reason says how many are needed and how many there are"
    );
}

#[test]
fn power_law_matches_the_published_value() {
    let got = level(
        &Method::PowerLaw,
        &[1.0, 2.0, 3.0, 4.0],
        &Scale::default_scale(),
    );
    assert_eq!(
        got.map(round2),
        Some(4.0),
        "1,2,3,4 lie exactly on y = x, so the fit at x = 4 is 4: {got:?}"
    );
}

// Edge cases.

#[test]
fn no_scores_give_no_evidence_for_every_method() {
    for method in all_methods() {
        assert_eq!(
            calculate(&method, &[], &Scale::default_scale()),
            Calculation::without_level("No evidence yet."),
            "{} has nothing to calculate from",
            method.name()
        );
    }
}

#[test]
fn a_single_score_for_every_method() {
    let scale = Scale::default_scale();
    for method in [
        Method::Highest,
        Method::Latest,
        Method::Average,
        Method::WeightedAverage { weight: 0.65 },
        Method::DecayingAverage { rate: 0.65 },
    ] {
        assert_eq!(
            level(&method, &[2.5], &scale),
            Some(2.5),
            "{}: one score is its own level",
            method.name()
        );
    }
    assert_eq!(
        level(&Method::NMastery { n: 1 }, &[3.5], &scale),
        Some(3.5),
        "one score at or above the threshold is enough when n is 1"
    );
    assert_eq!(
        calculate(&Method::NMastery { n: 1 }, &[2.5], &scale)
            .no_result
            .as_deref(),
        Some("No result yet: needs 1 score at or above 3 (Proficient); has 0."),
        "a score below the threshold never counts toward n"
    );
    assert_eq!(
        calculate(&Method::NMastery { n: 3 }, &[4.0], &scale).level,
        None,
        "one score at the threshold is not 3"
    );
    assert_eq!(
        calculate(&Method::PowerLaw, &[4.0], &scale)
            .no_result
            .as_deref(),
        Some("Not enough evidence: power law needs at least 3 scores; has 1."),
        "a trend needs at least 3 points"
    );
    assert_eq!(
        calculate(&Method::PowerLaw, &[1.0, 4.0], &scale)
            .no_result
            .as_deref(),
        Some("Not enough evidence: power law needs at least 3 scores; has 2."),
        "two points are not enough either"
    );
}

#[test]
fn power_law_on_all_zeros_is_the_scale_minimum() {
    for scale in [Scale::default_scale(), one_to_five()] {
        for k in [3, 4, 10] {
            let got = level(&Method::PowerLaw, &vec![0.0; k], &scale);
            assert_eq!(
                got,
                Some(scale.min()),
                "{k} zeros fit the floor exactly, which reads back as 0 and clamps to the minimum {}",
                scale.min()
            );
        }
    }
}

#[test]
fn power_law_raises_zeros_to_the_floor_and_they_pull_the_fit_down() {
    let scale = Scale::default_scale();
    let with_zero = level(&Method::PowerLaw, &[0.0, 2.0, 3.0, 4.0], &scale);
    let with_floor = level(&Method::PowerLaw, &[0.1, 2.0, 3.0, 4.0], &scale);
    let with_negative = level(&Method::PowerLaw, &[-1.0, 2.0, 3.0, 4.0], &scale);
    assert_eq!(
        with_zero, with_floor,
        "a zero is fitted as the floor 0.1 because ln 0 is undefined"
    );
    assert_eq!(
        with_negative, with_floor,
        "any score at or below 0 is raised to the same floor"
    );
    let with_zero = with_zero.expect("four scores are enough for a power law");
    assert!(
        with_zero.is_finite() && (scale.min()..=scale.max()).contains(&with_zero),
        "the result is a number on the scale: {with_zero}"
    );
    assert_eq!(
        with_zero, 4.0,
        "a first zero (fitted as 0.1) then 2, 3, 4 is a steep upward trend (about 6.1 at \
         the 4th score), clamped to the top of the scale"
    );
    let late_zero =
        level(&Method::PowerLaw, &[3.0, 3.0, 3.0, 0.0], &scale).expect("four scores are enough");
    assert!(
        late_zero < 1.0,
        "a zero at the end pulls a flat 3 down hard: {late_zero}"
    );
}

#[test]
fn zeros_count_as_scores_for_the_averages_but_never_toward_n_mastery() {
    let scale = Scale::default_scale();
    assert_eq!(
        level(&Method::Average, &[0.0, 4.0], &scale),
        Some(2.0),
        "a zero is a real score and halves the average"
    );
    assert_eq!(
        level(&Method::Highest, &[0.0, 0.0], &scale),
        Some(0.0),
        "all zeros is a level of 0, not no result"
    );
    assert_eq!(
        level(&Method::DecayingAverage { rate: 0.5 }, &[4.0, 0.0], &scale),
        Some(2.0),
        "4·0.5 + 0·0.5 = 2"
    );
    assert_eq!(
        level(&Method::NMastery { n: 2 }, &[0.0, 3.0, 0.0, 4.0], &scale),
        Some(3.5),
        "zeros are below the threshold and are left out of the mean"
    );
}

#[test]
fn results_are_clamped_to_the_scale() {
    let scale = Scale::default_scale();
    assert_eq!(
        level(&Method::Highest, &[9.0], &scale),
        Some(4.0),
        "a score recorded on a bigger scale still gives a level on this one"
    );
    assert_eq!(
        level(&Method::Latest, &[-2.0], &scale),
        Some(0.0),
        "nothing goes below the lowest level"
    );
    assert_eq!(
        level(&Method::PowerLaw, &[1.0, 2.0, 3.5, 4.0], &scale),
        Some(4.0),
        "1, 2, 3.5, 4 fits to about 4.26 at the 4th score, past the top, and is clamped"
    );
}

#[test]
fn a_score_that_is_not_a_number_gives_no_result() {
    for method in all_methods() {
        let calc = calculate(&method, &[3.0, f64::NAN, 4.0, 4.0], &Scale::default_scale());
        assert_eq!(
            calc.no_result.as_deref(),
            Some("Score 2 is not a number, so no level can be calculated."),
            "{}: a NaN must never become a level",
            method.name()
        );
    }
}

#[test]
fn a_bad_method_from_json_gives_no_result_rather_than_nonsense() {
    let calc = calculate(
        &Method::DecayingAverage { rate: 2.0 },
        &[1.0, 2.0],
        &Scale::default_scale(),
    );
    assert!(
        calc.level.is_none()
            && calc
                .no_result
                .as_deref()
                .is_some_and(|r| r.contains("decay rate")),
        "an unchecked rate of 2 would amplify scores; the reason names the rate: {calc:?}"
    );
}

#[test]
fn weighted_average_at_the_weight_bounds() {
    let scale = Scale::default_scale();
    assert_eq!(
        level(
            &Method::WeightedAverage { weight: 1.0 },
            &[1.0, 3.0],
            &scale
        ),
        Some(3.0),
        "a weight of 1 is the latest score"
    );
    assert_eq!(
        level(
            &Method::WeightedAverage { weight: 0.0 },
            &[1.0, 2.0, 3.0],
            &scale
        ),
        Some(1.5),
        "a weight of 0 is the mean of the earlier scores"
    );
}

// Parsing and validation.

#[test]
fn parse_applies_the_defaults() {
    assert_eq!(
        Method::parse("decaying_average", None),
        Ok(Method::DecayingAverage { rate: 0.65 }),
        "the default rate is 65%"
    );
    assert_eq!(
        Method::parse("weighted_average", None),
        Ok(Method::WeightedAverage { weight: 0.65 }),
        "the default weight is 65%"
    );
    assert_eq!(
        Method::parse("n_mastery", None),
        Ok(Method::NMastery { n: 3 }),
        "the default n is 3"
    );
    assert_eq!(
        Method::parse(" Power_Law ", None),
        Ok(Method::PowerLaw),
        "spaces and capitals around a name are forgiven"
    );
    assert_eq!(
        Method::parse("n_mastery", Some(20.0)),
        Ok(Method::NMastery { n: 20 }),
        "20 is the largest n"
    );
    assert_eq!(
        Method::parse("decaying_average", Some(1.0)),
        Ok(Method::DecayingAverage { rate: 1.0 }),
        "a rate of 1 is allowed (it is the latest score)"
    );
    assert_eq!(
        Method::default(),
        Method::DecayingAverage { rate: 0.65 },
        "the default method is Canvas's default"
    );
    for name in Method::NAMES {
        let method = Method::parse(name, None).expect("every listed name parses");
        assert_eq!(method.name(), *name, "name() round-trips parse()");
    }
}

#[test]
fn parse_rejects_bad_names_and_parameters() {
    let err = Method::parse("median", None).expect_err("median is not a method");
    assert_eq!(field_of(&err), "method", "the error names the method field");
    assert!(
        Method::NAMES.iter().all(|n| err.to_string().contains(n)),
        "the error lists every valid name so the teacher can pick one: {err}"
    );
    let cases: &[(&str, f64, &str, &str)] = &[
        ("highest", 0.5, "param", "takes no parameter"),
        ("power_law", 2.0, "param", "takes no parameter"),
        ("weighted_average", 1.5, "weight", "from 0 to 1"),
        ("weighted_average", -0.1, "weight", "from 0 to 1"),
        ("weighted_average", f64::NAN, "weight", "from 0 to 1"),
        ("decaying_average", 0.0, "rate", "more than 0"),
        ("decaying_average", 1.01, "rate", "at most 1"),
        ("decaying_average", f64::INFINITY, "rate", "more than 0"),
        ("n_mastery", 2.5, "n", "whole number"),
        ("n_mastery", 0.0, "n", "from 1 to 20"),
        ("n_mastery", 21.0, "n", "from 1 to 20"),
    ];
    for (name, param, field, words) in cases {
        let err = Method::parse(name, Some(*param))
            .expect_err("the parameter is out of range for the method");
        assert_eq!(
            field_of(&err),
            *field,
            "{name} {param}: the error names the parameter"
        );
        assert!(
            err.to_string().contains(words),
            "{name} {param}: the message says what is allowed: {err}"
        );
    }
    assert_eq!(
        Method::NMastery { n: 0 }
            .validate()
            .map_err(|e| field_of(&e).to_owned()),
        Err("n".to_owned()),
        "validate catches an n read from JSON too"
    );
}

#[test]
fn names_params_titles_and_words() {
    let scale = Scale::default_scale();
    let decaying = Method::DecayingAverage { rate: 0.65 };
    assert_eq!(decaying.param(), Some(0.65), "the rate is the parameter");
    assert_eq!(Method::PowerLaw.param(), None, "the power law has none");
    assert_eq!(
        Method::NMastery { n: 4 }.param(),
        Some(4.0),
        "n is given back as a number"
    );
    assert_eq!(
        decaying.title(),
        "Decaying average (65%)",
        "titles show the rate as a percentage"
    );
    assert_eq!(
        Method::WeightedAverage { weight: 0.125 }.title(),
        "Weighted average (12.5%)",
        "a fractional percentage keeps its decimal"
    );
    assert_eq!(
        decaying.formula_in_words(&scale),
        "Each new score counts for 65% and everything before it for 35%, so recent work matters most.",
        "the decaying average in words"
    );
    assert!(
        Method::NMastery { n: 3 }
            .formula_in_words(&scale)
            .contains("3 scores are at or above 3 (Proficient)"),
        "n_mastery's words name n and the threshold with its label"
    );
    assert!(
        Method::NMastery { n: 1 }
            .formula_in_words(&scale)
            .contains("1 score is at or above"),
        "one score is singular"
    );
    for method in all_methods() {
        assert!(
            !method.title().is_empty() && method.formula_in_words(&scale).ends_with('.'),
            "{}: every method has a title and a sentence",
            method.name()
        );
    }
}

#[test]
fn serde_shapes() {
    let json = serde_json::to_value(Method::WeightedAverage { weight: 0.65 })
        .expect("a method serializes");
    assert_eq!(
        json,
        serde_json::json!({"name": "weighted_average", "weight": 0.65}),
        "the UI and the store read methods in this shape"
    );
    let back: Method = serde_json::from_value(serde_json::json!({"name": "n_mastery", "n": 3}))
        .expect("the documented shape deserializes");
    assert_eq!(back, Method::NMastery { n: 3 }, "n_mastery round-trips");
    let back: Method = serde_json::from_value(serde_json::json!({"name": "highest"}))
        .expect("a method without a parameter is just its name");
    assert_eq!(back, Method::Highest, "highest round-trips");
    assert_eq!(
        serde_json::to_value(Calculation::with_level(3.25)).expect("serializes"),
        serde_json::json!({"level": 3.25, "noResult": null}),
        "a calculation is camelCase with both keys"
    );
    assert_eq!(
        serde_json::to_value(Status::NotStarted).expect("serializes"),
        serde_json::json!("not_started"),
        "statuses are snake_case, as evidence::status_str stores them"
    );
    let scale = Scale::default_scale();
    let back: Scale = serde_json::from_value(serde_json::to_value(&scale).expect("serializes"))
        .expect("deserializes");
    assert_eq!(back, scale, "a scale round-trips through JSON");
}

#[test]
fn the_default_scale_is_valid_and_labelled() {
    let scale = Scale::default_scale();
    assert_eq!(
        scale.validate(),
        Ok(scale.clone()),
        "the default scale passes its own rules unchanged"
    );
    assert_eq!(scale.levels.len(), 9, "0 to 4 in half points is 9 levels");
    assert_eq!(
        (scale.min(), scale.max()),
        (0.0, 4.0),
        "it runs from 0 to 4"
    );
    assert_eq!(scale.threshold, 3.0, "mastery is at Proficient");
    for l in &scale.levels {
        assert_eq!(
            l.descriptor.is_empty(),
            l.value.fract() != 0.0,
            "{}: whole points have a descriptor and half points none",
            l.label
        );
    }
}

#[test]
fn label_for_names_the_level_at_or_below() {
    let scale = Scale::default_scale();
    let cases = [
        (3.0, "Proficient"),
        (3.49, "Proficient"),
        (3.5, "Proficient+"),
        (3.5 - 1e-10, "Proficient+"),
        (0.25, "No evidence"),
        (0.5, "Emerging"),
        (1.5, "Beginning+"),
        (4.0, "Advanced"),
        (10.0, "Advanced"),
        (-1.0, "No evidence"),
        (f64::NAN, "No evidence"),
    ];
    for (value, label) in cases {
        assert_eq!(
            scale.label_for(value),
            label,
            "{value} is labelled by the highest level at or below it (lowest if none)"
        );
    }
}

#[test]
fn contains_is_finite_and_within_the_range() {
    let scale = one_to_five();
    assert!(
        scale.contains(1.0) && scale.contains(5.0),
        "the ends are on the scale"
    );
    assert!(
        scale.contains(2.75),
        "values between levels are within the range"
    );
    assert!(
        !scale.contains(0.5) && !scale.contains(5.5),
        "values outside the ends are not"
    );
    assert!(
        !scale.contains(f64::NAN) && !scale.contains(f64::INFINITY),
        "non-numbers are not"
    );
}

#[test]
fn scale_validation_names_each_broken_rule() {
    let base = Scale::default_scale();
    let mut too_few = base.clone();
    too_few.levels.truncate(1);
    let mut too_many = base.clone();
    too_many.levels = (0..22)
        .map(|v| ScaleLevel {
            value: f64::from(v),
            label: format!("L{v}"),
            descriptor: String::new(),
        })
        .collect();
    too_many.threshold = 3.0;
    let mut not_a_number = base.clone();
    not_a_number.levels[3].value = f64::NAN;
    let mut not_increasing = base.clone();
    not_increasing.levels[2].value = 0.5;
    let mut blank = base.clone();
    blank.levels[2].label = "   ".into();
    let mut long_label = base.clone();
    long_label.levels[2].label = "x".repeat(61);
    let mut line_break = base.clone();
    line_break.levels[2].label = "Pro\nficient".into();
    let mut long_descriptor = base.clone();
    long_descriptor.levels[2].descriptor = "x".repeat(301);
    let mut off_scale = base.clone();
    off_scale.threshold = 2.75;
    let mut lowest = base.clone();
    lowest.threshold = 0.0;
    let cases = [
        (too_few, "levels", "at least 2 levels"),
        (too_many, "levels", "at most 21 levels"),
        (not_a_number, "levels.3.value", "must be a number"),
        (
            not_increasing,
            "levels.2.value",
            "Level values must go up from one level to the next.",
        ),
        (
            blank,
            "levels.2.label",
            "The label of level 3 can't be blank.",
        ),
        (long_label, "levels.2.label", "the limit is 60"),
        (line_break, "levels.2.label", "line breaks"),
        (long_descriptor, "levels.2.descriptor", "the limit is 300"),
        (
            off_scale,
            "threshold",
            "one of the scale's level values: 0, 0.5, 1",
        ),
        (lowest, "threshold", "can't be the lowest level"),
    ];
    for (scale, field, words) in cases {
        let err = scale.validate().expect_err("the scale breaks a rule");
        assert_eq!(field_of(&err), field, "the error points at {field}: {err}");
        assert!(
            err.to_string().contains(words),
            "the message says what to fix ({words}): {err}"
        );
    }
}

#[test]
fn scale_validation_cleans_what_it_accepts() {
    let mut scale = one_to_five();
    scale.levels[0].label = "  Starting ".into();
    scale.levels[0].descriptor = " Just begun. ".into();
    scale.levels[4].label = "x".repeat(60);
    scale.levels[4].descriptor = "y".repeat(300);
    scale.threshold = 3.0 + 1e-12;
    let ok = scale
        .validate()
        .expect("trimmed text at the limits is fine");
    assert_eq!(ok.levels[0].label, "Starting", "labels are trimmed");
    assert_eq!(
        ok.levels[0].descriptor, "Just begun.",
        "descriptors are trimmed"
    );
    assert_eq!(
        ok.threshold, 3.0,
        "the threshold snaps to the level value it matches"
    );
    let mut two = one_to_five();
    two.levels.truncate(2);
    two.threshold = 2.0;
    assert!(two.validate().is_ok(), "two levels is the smallest scale");
}

// Status.

#[test]
fn status_not_started_progressing_and_mastered() {
    let scale = Scale::default_scale();
    assert_eq!(
        status(&Method::Latest, &[], &scale),
        StatusCalc {
            status: Status::NotStarted,
            mastered_on: None,
            level: None
        },
        "no scores is not started"
    );
    assert_eq!(
        status(&Method::Latest, &dated(&[1.0, 2.5]), &scale).status,
        Status::Progressing,
        "below the threshold is progressing"
    );
    assert_eq!(
        status(&Method::PowerLaw, &dated(&[4.0, 4.0]), &scale),
        StatusCalc {
            status: Status::Progressing,
            mastered_on: None,
            level: None
        },
        "scores without a result yet are progressing"
    );
    assert_eq!(
        status(&Method::Average, &dated(&[2.0, 4.0]), &scale),
        StatusCalc {
            status: Status::Mastered,
            mastered_on: Some("2026-01-02".into()),
            level: Some(3.0)
        },
        "exactly the threshold is mastered"
    );
}

#[test]
fn mastered_on_is_the_first_time_the_threshold_was_reached() {
    let scale = Scale::default_scale();
    let scores = dated(&[2.0, 3.5, 2.0, 3.0]);
    assert_eq!(
        status(&Method::Latest, &scores, &scale),
        StatusCalc {
            status: Status::Mastered,
            mastered_on: Some("2026-01-02".into()),
            level: Some(3.0)
        },
        "reached on the 2nd, dipped on the 3rd, back on the 4th: mastered since the 2nd"
    );
    let lost = dated(&[2.0, 3.5, 2.0]);
    assert_eq!(
        status(&Method::Latest, &lost, &scale),
        StatusCalc {
            status: Status::Progressing,
            mastered_on: None,
            level: Some(2.0)
        },
        "mastery lost at the end is not reported"
    );
    let decaying = dated(&[2.0, 3.0, 3.0, 4.0]);
    let calc = status(&Method::DecayingAverage { rate: 0.65 }, &decaying, &scale);
    assert_eq!(
        calc.mastered_on.as_deref(),
        Some("2026-01-04"),
        "2, 3, 3 stays below 3 (2.65, 2.88); the 4 lifts it over: {calc:?}"
    );
}

// Properties.

const METHODS: [fn(u8) -> Method; 7] = [
    |_| Method::Highest,
    |_| Method::Latest,
    |_| Method::Average,
    |p| Method::WeightedAverage {
        weight: f64::from(p) / 100.0,
    },
    |p| Method::DecayingAverage {
        rate: f64::from(p.max(1)) / 100.0,
    },
    |p| Method::NMastery {
        n: u32::from(p % 20) + 1,
    },
    |_| Method::PowerLaw,
];

fn any_method() -> impl Strategy<Value = Method> {
    (0..METHODS.len(), 0u8..=100).prop_map(|(i, p)| METHODS[i](p))
}

/// The default scale or the 1 to 5 one.
fn any_scale() -> impl Strategy<Value = Scale> {
    prop_oneof![Just(Scale::default_scale()), Just(one_to_five())]
}

/// Scores in tenths from the scale's minimum to its maximum (both scales span 4).
fn scores_on(scale: &Scale) -> impl Strategy<Value = Vec<f64>> + use<> {
    let min = scale.min();
    proptest::collection::vec(
        (0u8..=40).prop_map(move |t| min + f64::from(t) / 10.0),
        0..30,
    )
}

fn scale_and_scores() -> impl Strategy<Value = (Scale, Vec<f64>)> {
    any_scale().prop_flat_map(|scale| {
        let scores = scores_on(&scale);
        (Just(scale), scores)
    })
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

proptest! {
    #[test]
    fn every_level_is_finite_and_on_the_scale(
        method in any_method(),
        (scale, scores) in scale_and_scores(),
    ) {
        let calc = calculate(&method, &scores, &scale);
        prop_assert!(
            calc.level.is_some() != calc.no_result.is_some(),
            "exactly one of level and reason is set: {:?}", calc
        );
        if let Some(l) = calc.level {
            prop_assert!(
                l.is_finite() && l >= scale.min() && l <= scale.max(),
                "{} gave {} outside [{}, {}]", method.name(), l, scale.min(), scale.max()
            );
        }
    }

    #[test]
    fn highest_average_and_n_mastery_ignore_order(
        (scale, scores, shuffled) in scale_and_scores().prop_flat_map(|(scale, scores)| {
            let shuffled = Just(scores.clone()).prop_shuffle();
            (Just(scale), Just(scores), shuffled)
        }),
        n in 1u32..=5,
    ) {
        for method in [Method::Highest, Method::Average, Method::NMastery { n }] {
            let a = calculate(&method, &scores, &scale);
            let b = calculate(&method, &shuffled, &scale);
            prop_assert!(
                close(a.level, b.level) && a.no_result == b.no_result,
                "{} must not depend on order: {:?} vs {:?}", method.name(), a, b
            );
        }
    }

    #[test]
    fn latest_depends_only_on_the_last_score(
        (scale, scores) in scale_and_scores(),
        (_, other) in scale_and_scores(),
    ) {
        if let Some(&last) = scores.last() {
            let mut replaced = other.clone();
            replaced.push(last);
            prop_assert_eq!(
                level(&Method::Latest, &scores, &scale),
                level(&Method::Latest, &replaced, &scale),
                "anything before the last score is ignored"
            );
        }
    }

    #[test]
    fn weighted_average_is_its_formula_whatever_the_order_before_the_last(
        (scale, scores, shuffled) in scale_and_scores().prop_flat_map(|(scale, scores)| {
            let prefix = scores[..scores.len().saturating_sub(1)].to_vec();
            (Just(scale), Just(scores), Just(prefix).prop_shuffle())
        }),
        p in 0u8..=100,
    ) {
        let w = f64::from(p) / 100.0;
        let method = Method::WeightedAverage { weight: w };
        if let Some(&last) = scores.last() {
            let mut reordered = shuffled.clone();
            reordered.push(last);
            let expected = if shuffled.is_empty() {
                last
            } else {
                last * w + shuffled.iter().sum::<f64>() / shuffled.len() as f64 * (1.0 - w)
            };
            let expected = expected.clamp(scale.min(), scale.max());
            for list in [&scores, &reordered] {
                prop_assert!(
                    close(level(&method, list, &scale), Some(expected)),
                    "s_k·w + mean(earlier)·(1−w) = {} for {:?}", expected, list
                );
            }
        }
    }

    #[test]
    fn decaying_average_is_its_closed_form(
        (scale, scores) in scale_and_scores(),
        p in 1u8..=100,
    ) {
        let d = f64::from(p) / 100.0;
        let k = scores.len();
        let expected = scores.iter().enumerate().map(|(i, s)| {
            let share = if i == 0 { 1.0 } else { d };
            s * share * (1.0 - d).powi((k - 1 - i) as i32)
        }).sum::<f64>();
        let got = level(&Method::DecayingAverage { rate: d }, &scores, &scale);
        let expected = (k > 0).then(|| expected.clamp(scale.min(), scale.max()));
        prop_assert!(
            close(got, expected),
            "a_k = s_1·(1−d)^(k−1) + Σ s_i·d·(1−d)^(k−i): {:?} vs {:?}", got, expected
        );
    }

    #[test]
    fn status_agrees_with_calculate_and_the_first_reaching_prefix(
        method in any_method(),
        (scale, scores) in scale_and_scores(),
    ) {
        let dated = dated(&scores);
        let calc = status(&method, &dated, &scale);
        prop_assert_eq!(
            calc.level,
            calculate(&method, &scores, &scale).level,
            "the status level is exactly the calculated level"
        );
        prop_assert_eq!(
            calc.mastered_on.is_some(),
            calc.status == Status::Mastered,
            "a date exactly when mastered"
        );
        prop_assert_eq!(
            calc.status == Status::NotStarted,
            scores.is_empty(),
            "not started exactly when there are no scores"
        );
        if calc.status == Status::Mastered {
            // Brute force: recalculate every prefix.
            let first = (1..=scores.len()).find(|&j| {
                calculate(&method, &scores[..j], &scale)
                    .level
                    .is_some_and(|l| l >= scale.threshold - 1e-9)
            });
            prop_assert_eq!(
                calc.mastered_on,
                first.map(|j| dated[j - 1].0.clone()),
                "mastered_on is the date of the first prefix that reached the threshold"
            );
        }
    }
}

// The working.

/// Scores on the scale, sometimes with one beyond it (recorded on an older scale) or one
/// that is not a number, so the clamp and the not-a-number steps come up too.
fn working_scores(scale: &Scale) -> impl Strategy<Value = Vec<f64>> + use<> {
    let (min, max) = (scale.min(), scale.max());
    let score = prop_oneof![
        20 => (0u8..=40).prop_map(move |t| min + f64::from(t) / 10.0),
        1 => (0u8..=20).prop_map(move |t| max + 0.5 + f64::from(t) / 10.0),
        1 => (0u8..=20).prop_map(move |t| min - 0.5 - f64::from(t) / 10.0),
        1 => Just(f64::NAN),
    ];
    proptest::collection::vec(score, 0..30)
}

/// Every method, with parameters in range and, now and then, out of it.
fn any_method_even_invalid() -> impl Strategy<Value = Method> {
    prop_oneof![
        10 => any_method(),
        1 => (-100i16..=300).prop_map(|p| Method::WeightedAverage { weight: f64::from(p) / 100.0 }),
        1 => (-100i16..=300).prop_map(|p| Method::DecayingAverage { rate: f64::from(p) / 100.0 }),
        1 => (0u32..=40).prop_map(|n| Method::NMastery { n }),
    ]
}

proptest! {
    #[test]
    fn the_working_arrives_at_the_calculated_level(
        method in any_method_even_invalid(),
        (scale, scores) in any_scale().prop_flat_map(|scale| {
            let scores = working_scores(&scale);
            (Just(scale), scores)
        }),
    ) {
        let calc = calculate(&method, &scores, &scale);
        let working = explain(&method, &scores, &scale);
        let last = working.steps.last();
        prop_assert!(last.is_some(), "every calculation has at least one step: {:?}", working);
        let last_value = last.and_then(WorkingStep::value);
        prop_assert_eq!(
            last_value.map(f64::to_bits),
            calc.level.map(f64::to_bits),
            "the last step of {:?} on {:?} is exactly the calculated level: {:?}",
            method, scores, working
        );
        prop_assert_eq!(
            working.level.map(f64::to_bits),
            calc.level.map(f64::to_bits),
            "the working's level is the calculated one"
        );
        prop_assert_eq!(&working.no_result, &calc.no_result, "and so is the reason for none");
    }
}

#[test]
fn the_decaying_average_shows_the_running_value_after_each_score() {
    let working = explain(
        &Method::DecayingAverage { rate: 0.5 },
        &[2.0, 4.0, 3.0],
        &Scale::default_scale(),
    );
    assert_eq!(
        working.steps,
        vec![
            WorkingStep::DecayStart { score: 2.0 },
            WorkingStep::Decay {
                position: 2,
                previous: 2.0,
                score: 4.0,
                rate: 0.5,
                result: 3.0
            },
            WorkingStep::Decay {
                position: 3,
                previous: 3.0,
                score: 3.0,
                rate: 0.5,
                result: 3.0
            },
        ],
        "one step per score, each with the value before and after it"
    );
    assert_eq!(
        working.level,
        Some(3.0),
        "the level is the last running value"
    );
}

#[test]
fn each_method_names_the_scores_it_used() {
    let scale = one_to_five();
    let scores = [2.0, 4.0, 3.0, 5.0];
    let steps = |m: &Method| explain(m, &scores, &scale).steps;
    assert_eq!(
        steps(&Method::Highest),
        vec![WorkingStep::Highest {
            scores: scores.to_vec(),
            result: 5.0
        }],
        "highest lists every score and picks the highest"
    );
    assert_eq!(
        steps(&Method::Latest),
        vec![WorkingStep::Latest { score: 5.0 }],
        "latest names the newest score"
    );
    assert_eq!(
        steps(&Method::Average),
        vec![WorkingStep::Mean {
            scores: scores.to_vec(),
            result: 3.5
        }],
        "average lists every score and their mean"
    );
    assert_eq!(
        steps(&Method::WeightedAverage { weight: 0.5 }),
        vec![
            WorkingStep::MeanBeforeNewest {
                scores: vec![2.0, 4.0, 3.0],
                mean: 3.0
            },
            WorkingStep::Weighted {
                newest: 5.0,
                weight: 0.5,
                mean: 3.0,
                result: 4.0
            },
        ],
        "weighted average: the mean before the newest, then the weighting"
    );
    assert_eq!(
        steps(&Method::NMastery { n: 2 }),
        vec![
            WorkingStep::AtThreshold {
                threshold: 3.0,
                scores: vec![4.0, 3.0, 5.0],
                needed: 2
            },
            WorkingStep::Mean {
                scores: vec![4.0, 3.0, 5.0],
                result: 4.0
            },
        ],
        "n_mastery lists the scores at or above the threshold and averages them"
    );
    assert_eq!(
        steps(&Method::NMastery { n: 4 }),
        vec![
            WorkingStep::AtThreshold {
                threshold: 3.0,
                scores: vec![4.0, 3.0, 5.0],
                needed: 4
            },
            WorkingStep::TooFewAtThreshold { has: 3, needed: 4 },
        ],
        "n_mastery without enough of them ends without a level"
    );
    let fit = steps(&Method::PowerLaw);
    assert!(
        matches!(
            fit.as_slice(),
            [WorkingStep::PowerLawFit { at: 4, floor, scores: s, .. }]
                if *floor == POWER_LAW_FLOOR && s == &scores
        ),
        "the power law shows its fit through every score: {fit:?}"
    );
}

#[test]
fn the_working_says_why_there_is_no_level() {
    let scale = Scale::default_scale();
    assert_eq!(
        explain(&Method::Highest, &[], &scale).steps,
        vec![WorkingStep::NoEvidence],
        "no scores, no level"
    );
    assert_eq!(
        explain(&Method::PowerLaw, &[1.0, 2.0], &scale).steps,
        vec![WorkingStep::TooFewForPowerLaw { has: 2, needed: 3 }],
        "the power law needs 3 scores"
    );
    assert_eq!(
        explain(&Method::Average, &[1.0, f64::NAN], &scale).steps,
        vec![WorkingStep::NotANumber { position: 2 }],
        "a score that is not a number is named by its place"
    );
    let bad = explain(&Method::DecayingAverage { rate: 0.0 }, &[1.0], &scale);
    assert!(
        matches!(bad.steps.as_slice(), [WorkingStep::InvalidMethod { reason }] if Some(reason) == bad.no_result.as_ref()),
        "a method out of range says why, as calculate does: {bad:?}"
    );
}

#[test]
fn a_level_beyond_the_scale_is_kept_within_it() {
    let working = explain(&Method::Latest, &[2.0, 7.0], &Scale::default_scale());
    assert_eq!(
        working.steps,
        vec![
            WorkingStep::Latest { score: 7.0 },
            WorkingStep::Clamped {
                raw: 7.0,
                min: 0.0,
                max: 4.0,
                result: 4.0
            },
        ],
        "a score recorded on a wider scale is clamped, and the clamp is shown"
    );
}

#[test]
fn the_working_as_json_is_tagged_by_kind_in_camel_case() {
    let working = explain(
        &Method::DecayingAverage { rate: 0.5 },
        &[2.0, 4.0],
        &Scale::default_scale(),
    );
    assert_eq!(
        serde_json::to_value(&working).ok(),
        Some(serde_json::json!({
            "steps": [
                {"kind": "decay_start", "score": 2.0},
                {"kind": "decay", "position": 2, "previous": 2.0, "score": 4.0, "rate": 0.5, "result": 3.0},
            ],
            "level": 3.0,
            "noResult": null,
        })),
        "the UI reads this shape"
    );
    let fit = explain(&Method::PowerLaw, &[1.0, 2.0, 3.0], &Scale::default_scale());
    let json = serde_json::to_value(&fit).unwrap_or_default();
    assert_eq!(
        json["steps"][0]["kind"], "power_law_fit",
        "snake_case kinds: {json}"
    );
    assert!(
        json["steps"][0].get("fitted").is_some() && json["steps"][0].get("at").is_some(),
        "camelCase fields: {json}"
    );
}
