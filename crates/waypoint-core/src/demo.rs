//! The demo class: 24 fictional students, written for Waypoint, so a teacher can try the
//! app before entering their own class. The data ships inside the binary.

use serde::Deserialize;

use crate::roster::{ClassInput, LearnerProfile, StudentInput};
use crate::{Error, Result};

const DEMO_JSON: &str = include_str!("../../../assets/demo/class.json");

/// One demo student: the name form and the profile.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DemoStudent {
    /// Name and birth date.
    #[serde(flatten)]
    pub student: StudentInput,
    /// The learner profile.
    pub profile: LearnerProfile,
}

/// The whole demo class.
#[derive(Debug, Clone, Deserialize)]
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
