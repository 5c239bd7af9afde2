//! The demo class: 24 fictional students, written for Waypoint, so a teacher can try the
//! app before entering their own class. The data ships inside the binary.

use serde::Deserialize;

pub mod year;

use crate::roster::{ClassInput, LearnerProfile, StudentInput};
use crate::{Error, Result};

const DEMO_JSON: &str = include_str!("../../../../assets/demo/class.json");

/// The sample framework the demo class uses: an original CASE package written for Waypoint.
pub const SAMPLE_CASE: &[u8] = include_bytes!("../../../../assets/case/sample-math-6.json");

/// One piece of demo evidence: indexes into the students and competencies it was made for.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoEvidence {
    /// Index into the students.
    pub student: usize,
    /// Index into the competencies.
    pub competency: usize,
    /// A level on the default 0–4 half-point scale.
    pub level: f64,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// The UTC calendar day of a Unix time in milliseconds.
pub fn day_of(unix_ms: u64) -> chrono::NaiveDate {
    chrono::DateTime::from_timestamp_millis(unix_ms as i64)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

/// Demo evidence for `students` students on the first `competencies` competencies: two to
/// four pieces each over the five weeks before `today`, growing from a per-student start,
/// so the grid shows every status and band. The same arguments give the same evidence.
pub fn demo_evidence(
    students: usize,
    competencies: usize,
    today: chrono::NaiveDate,
) -> Vec<DemoEvidence> {
    let mut out = Vec::new();
    for s in 0..students {
        for c in 0..competencies {
            // A small deterministic spread: each student starts somewhere between 0.5 and 3.
            let start = 1 + (s * 7 + c * 3) % 6;
            let pieces = 2 + (s + c) % 3;
            for k in 0..pieces {
                let halves = (start + k + (s * c + k) % 2).min(8);
                let days_ago = 35 - (k as i64) * 10 - ((s + c) % 4) as i64;
                out.push(DemoEvidence {
                    student: s,
                    competency: c,
                    level: halves as f64 / 2.0,
                    date: (today - chrono::Duration::days(days_ago))
                        .format("%Y-%m-%d")
                        .to_string(),
                });
            }
        }
    }
    out
}

/// One demo student: the name form and the profile.
#[derive(Debug, Clone, PartialEq, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DemoStudent {
    /// Name and birth date.
    #[serde(flatten)]
    pub student: StudentInput,
    /// The learner profile.
    pub profile: LearnerProfile,
}

/// The whole demo class.
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct DemoClass {
    /// The class.
    pub class: ClassInput,
    /// Its students.
    pub students: Vec<DemoStudent>,
}

/// The demo class, parsed and validated like anything a teacher types.
pub fn demo_class() -> Result<DemoClass> {
    let demo: DemoClass = serde_json::from_str(DEMO_JSON).map_err(|e| Error::BadPayload {
        table: "demo".into(),
        reason: e.to_string(),
    })?;
    demo.class.validate()?;
    for s in &demo.students {
        s.student.validate()?;
        s.profile.validate()?;
    }
    Ok(demo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_evidence_is_on_the_scale_dated_before_today_and_repeatable() {
        let today = day_of(1_795_000_000_000);
        let ev = demo_evidence(24, 8, today);
        assert_eq!(
            ev,
            demo_evidence(24, 8, today),
            "the same arguments give the same evidence"
        );
        assert!(
            ev.iter()
                .all(|e| (0.0..=4.0).contains(&e.level) && (e.level * 2.0).fract() == 0.0),
            "every level is a half point on the default scale"
        );
        let today_s = today.format("%Y-%m-%d").to_string();
        assert!(
            ev.iter().all(|e| e.date < today_s),
            "all demo evidence is in the past"
        );
        let levels: std::collections::BTreeSet<u32> =
            ev.iter().map(|e| (e.level * 2.0) as u32).collect();
        assert!(
            levels.len() >= 6,
            "the demo spreads over the scale: {levels:?}"
        );
    }

    #[test]
    fn the_demo_class_has_24_valid_students() {
        let demo = demo_class().expect("the shipped demo class must pass our own validation");
        assert_eq!(demo.students.len(), 24, "the issue promises a class of 24");
        let with_plans = demo
            .students
            .iter()
            .filter(|s| !s.profile.accommodations.is_empty())
            .count();
        assert!(
            with_plans >= 6,
            "the demo must show accommodations in use, found {with_plans}"
        );
    }
}
