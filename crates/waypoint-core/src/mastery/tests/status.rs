//! The status rule: not started, progressing, mastered, and when mastery was first reached.

use super::*;

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
