//! Reading a method and a scale: defaults, refusals with their field, serde shapes, and
//! what a scale accepts and cleans.

use super::*;

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
fn each_method_gives_its_parameter() {
    let decaying = Method::DecayingAverage { rate: 0.65 };
    assert_eq!(decaying.param(), Some(0.65), "the rate is the parameter");
    assert_eq!(Method::PowerLaw.param(), None, "the power law has none");
    assert_eq!(
        Method::NMastery { n: 4 }.param(),
        Some(4.0),
        "n is given back as a number"
    );
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
