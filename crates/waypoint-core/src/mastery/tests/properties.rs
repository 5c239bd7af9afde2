//! Properties over random scores and scales, and the working each method shows.

use super::*;

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
