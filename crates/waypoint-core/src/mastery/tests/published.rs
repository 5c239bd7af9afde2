//! The published examples of each method and the edge cases: no scores, one score, zeros,
//! the scale's ends, and scores or methods that are not what they should be.

use super::*;

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
        four.no_result.as_ref().map(english).as_deref(),
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
            Calculation::without_level(crate::msg!("reason-no-evidence")),
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
            .as_ref()
            .map(english)
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
            .as_ref()
            .map(english)
            .as_deref(),
        Some("Not enough evidence: power law needs at least 3 scores; has 1."),
        "a trend needs at least 3 points"
    );
    assert_eq!(
        calculate(&Method::PowerLaw, &[1.0, 4.0], &scale)
            .no_result
            .as_ref()
            .map(english)
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
fn a_reason_for_no_level_is_a_catalog_message() {
    let calc = calculate(&Method::PowerLaw, &[4.0], &Scale::default_scale());
    assert_eq!(
        calc.no_result.map(|m| m.id).as_deref(),
        Some("reason-too-few-for-power-law"),
        "the UI renders the reason in the teacher's language from its id"
    );
}

#[test]
fn a_score_that_is_not_a_number_gives_no_result() {
    for method in all_methods() {
        let calc = calculate(&method, &[3.0, f64::NAN, 4.0, 4.0], &Scale::default_scale());
        assert_eq!(
            calc.no_result.as_ref().map(english).as_deref(),
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
                .as_ref()
                .map(english)
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
