//! Classes, students and learner profiles: their types, their validation, and how each maps
//! onto op fields.
//!
//! The `*Input` types are what a teacher (through the UI or the CLI) or a file supplies;
//! `validate` turns one into a checked, normalized value or a typed error naming the field.
//! Their tables are described in [`crate::table`].

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::ids::{ClassId, StudentId};
use crate::op::{Fields, fields};
use crate::validate::{self, ENTRIES_MAX, NAME_MAX, NOTES_MAX, SHORT_MAX};

pub use crate::table::{CLASS, LEARNER_PROFILE, STUDENT};
use crate::{Error, Result, msg};

/// What a teacher types to create or edit a class.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct ClassInput {
    /// Required, for example "Grade 6 Math — Period 2".
    pub name: String,
    /// Optional.
    pub subject: String,
    /// Optional, free text ("6", "K", "9–10").
    pub grade_level: String,
}

impl ClassInput {
    /// Checks and normalizes every field.
    pub fn validate(&self) -> Result<ClassInput> {
        Ok(ClassInput {
            name: validate::text(
                "name",
                msg!("core-label-class-name"),
                &self.name,
                true,
                NAME_MAX,
            )?,
            subject: validate::text(
                "subject",
                msg!("core-label-subject"),
                &self.subject,
                false,
                SHORT_MAX,
            )?,
            grade_level: validate::text(
                "gradeLevel",
                msg!("core-label-grade-level"),
                &self.grade_level,
                false,
                SHORT_MAX,
            )?,
        })
    }

    /// The op fields for this (already validated) input.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("name", json!(self.name)),
            ("subject", json!(self.subject)),
            ("grade_level", json!(self.grade_level)),
        ])
    }
}

/// A class as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ClassView {
    /// Its id.
    pub id: ClassId,
    /// Its name.
    pub name: String,
    /// Its subject, or "".
    pub subject: String,
    /// Its grade level, or "".
    pub grade_level: String,
    /// Archived classes are hidden unless asked for.
    pub archived: bool,
    /// Students in it that are not archived.
    pub student_count: u32,
}

/// What a teacher types to add or edit a student.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct StudentInput {
    /// Required.
    pub given_name: String,
    /// Required.
    pub family_name: String,
    /// Optional: the name the student goes by.
    pub preferred_name: String,
    /// Optional, `YYYY-MM-DD`.
    pub birth_date: String,
    /// Optional: the school's student number ("Student ID"), as its information system
    /// gives it; score imports find students by it.
    pub student_number: String,
    /// Optional: the student's school email; score imports find students by it.
    pub email: String,
    /// Optional, free text ("6", "K").
    pub grade: String,
}

impl StudentInput {
    /// Checks and normalizes every field.
    pub fn validate(&self) -> Result<StudentInput> {
        Ok(StudentInput {
            given_name: validate::text(
                "givenName",
                msg!("core-label-given-name"),
                &self.given_name,
                true,
                NAME_MAX,
            )?,
            family_name: validate::text(
                "familyName",
                msg!("core-label-family-name"),
                &self.family_name,
                true,
                NAME_MAX,
            )?,
            preferred_name: validate::text(
                "preferredName",
                msg!("core-label-preferred-name"),
                &self.preferred_name,
                false,
                NAME_MAX,
            )?,
            birth_date: validate::date(
                "birthDate",
                msg!("core-label-birth-date"),
                &self.birth_date,
            )?,
            student_number: validate::text(
                "studentNumber",
                msg!("core-label-student-id"),
                &self.student_number,
                false,
                SHORT_MAX,
            )?,
            email: validate::email("email", &self.email)?,
            grade: validate::text(
                "grade",
                msg!("core-label-grade"),
                &self.grade,
                false,
                SHORT_MAX,
            )?,
        })
    }

    /// The op fields for this (already validated) input.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("given_name", json!(self.given_name)),
            ("family_name", json!(self.family_name)),
            ("preferred_name", json!(self.preferred_name)),
            ("birth_date", json!(self.birth_date)),
            ("student_number", json!(self.student_number)),
            ("email", json!(self.email)),
            ("grade", json!(self.grade)),
        ])
    }
}

/// A student as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StudentView {
    /// Its id.
    pub id: StudentId,
    /// The class it belongs to.
    pub class_id: ClassId,
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Preferred name, or "".
    pub preferred_name: String,
    /// Birth date, or "".
    pub birth_date: String,
    /// The school's student number ("Student ID"), or "".
    pub student_number: String,
    /// School email, or "".
    pub email: String,
    /// Grade, or "".
    pub grade: String,
    /// Archived students are hidden unless asked for.
    pub archived: bool,
    /// What to call the student: the preferred name (or given name) and the family name.
    pub display_name: String,
}

/// The name to show for a student: preferred (or given) name, then family name.
pub fn display_name(given: &str, family: &str, preferred: &str) -> String {
    let first = if preferred.trim().is_empty() {
        given
    } else {
        preferred
    };
    format!("{} {}", first.trim(), family.trim())
        .trim()
        .to_owned()
}

/// Whether a student prefers to work alone or with peers.
///
/// The UI sees it as a string: `""` (not set) is a name specta cannot give a TypeScript
/// literal, and the UI's own type lists the four values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
#[specta(type = String)]
pub enum WorkWith {
    /// Not recorded.
    #[default]
    #[serde(rename = "")]
    NotSet,
    /// Prefers to work alone.
    Alone,
    /// Prefers to work with peers.
    Peers,
    /// Either suits.
    Either,
}

/// How a student likes to take in new material.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, specta::Type,
)]
#[serde(rename_all = "lowercase")]
pub enum LearnBy {
    /// Reading.
    Reading,
    /// Listening.
    Listening,
    /// Doing, hands on.
    Doing,
}

/// The kind of an accommodation plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub enum AccommodationKind {
    /// An Individualized Education Program.
    #[serde(rename = "iep")]
    Iep,
    /// A Section 504 plan.
    #[serde(rename = "504")]
    Section504,
    /// English-learner supports.
    #[serde(rename = "el")]
    El,
    /// Anything else the teacher tracks.
    #[serde(rename = "other")]
    Other,
}

/// One accommodation, with the supports it names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Accommodation {
    /// Which kind of plan.
    pub kind: AccommodationKind,
    /// The supports, in the teacher's words.
    #[serde(default)]
    pub notes: String,
    /// The next review, `YYYY-MM-DD` or "".
    #[serde(default)]
    pub review_date: String,
}

/// A family contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct FamilyContact {
    /// Required.
    pub name: String,
    /// "Mother", "Grandfather", "Guardian", …
    pub relationship: String,
    /// Phone, free text.
    pub phone: String,
    /// Email, optional.
    pub email: String,
    /// The language to write to the family in; reports use it.
    pub preferred_language: String,
}

/// Everything the teacher knows about how a student learns best.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct LearnerProfile {
    /// What the student is good at.
    pub strengths: Vec<String>,
    /// Where the student needs support.
    pub needs: Vec<String>,
    /// What the student cares about.
    pub interests: Vec<String>,
    /// What the student hopes to do.
    pub career_goals: Vec<String>,
    /// Alone or with peers.
    pub work_with: WorkWith,
    /// Reading, listening and/or doing.
    pub learn_by: Vec<LearnBy>,
    /// The language spoken at home.
    pub home_language: String,
    /// Other languages.
    pub other_languages: Vec<String>,
    /// IEP, 504, EL and other supports.
    pub accommodations: Vec<Accommodation>,
    /// Family contacts.
    pub family_contacts: Vec<FamilyContact>,
    /// Anything else.
    pub notes: String,
}

impl LearnerProfile {
    /// Checks and normalizes every field; errors name the field's key path.
    pub fn validate(&self) -> Result<LearnerProfile> {
        let mut learn_by = self.learn_by.clone();
        learn_by.sort();
        learn_by.dedup();
        if self.accommodations.len() > ENTRIES_MAX {
            return Err(Error::invalid(
                "accommodations",
                msg!("core-too-many-accommodations", max = ENTRIES_MAX),
            ));
        }
        if self.family_contacts.len() > ENTRIES_MAX {
            return Err(Error::invalid(
                "familyContacts",
                msg!("core-too-many-family-contacts", max = ENTRIES_MAX),
            ));
        }
        let accommodations = self
            .accommodations
            .iter()
            .enumerate()
            .map(|(i, a)| {
                Ok(Accommodation {
                    kind: a.kind,
                    notes: validate::notes(
                        &format!("accommodations.{i}.notes"),
                        msg!("core-label-accommodation-notes"),
                        &a.notes,
                        NOTES_MAX,
                    )?,
                    review_date: validate::date(
                        &format!("accommodations.{i}.reviewDate"),
                        msg!("core-label-review-date"),
                        &a.review_date,
                    )?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let family_contacts = self
            .family_contacts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let f = |name: &str| format!("familyContacts.{i}.{name}");
                Ok(FamilyContact {
                    name: validate::text(
                        &f("name"),
                        msg!("core-label-contact-name"),
                        &c.name,
                        true,
                        NAME_MAX,
                    )?,
                    relationship: validate::text(
                        &f("relationship"),
                        msg!("core-label-relationship"),
                        &c.relationship,
                        false,
                        SHORT_MAX,
                    )?,
                    phone: validate::text(
                        &f("phone"),
                        msg!("core-label-phone"),
                        &c.phone,
                        false,
                        SHORT_MAX,
                    )?,
                    email: validate::email(&f("email"), &c.email)?,
                    preferred_language: validate::text(
                        &f("preferredLanguage"),
                        msg!("core-label-preferred-language"),
                        &c.preferred_language,
                        false,
                        SHORT_MAX,
                    )?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(LearnerProfile {
            strengths: validate::list("strengths", msg!("core-label-strength"), &self.strengths)?,
            needs: validate::list("needs", msg!("core-label-need"), &self.needs)?,
            interests: validate::list("interests", msg!("core-label-interest"), &self.interests)?,
            career_goals: validate::list(
                "careerGoals",
                msg!("core-label-career-goal"),
                &self.career_goals,
            )?,
            work_with: self.work_with,
            learn_by,
            home_language: validate::text(
                "homeLanguage",
                msg!("core-label-home-language"),
                &self.home_language,
                false,
                SHORT_MAX,
            )?,
            other_languages: validate::list(
                "otherLanguages",
                msg!("core-label-language"),
                &self.other_languages,
            )?,
            accommodations,
            family_contacts,
            notes: validate::notes("notes", msg!("core-label-notes"), &self.notes, NOTES_MAX)?,
        })
    }

    /// The op fields for this profile, one per field so that edits merge field by field.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("strengths", json!(self.strengths)),
            ("needs", json!(self.needs)),
            ("interests", json!(self.interests)),
            ("career_goals", json!(self.career_goals)),
            ("work_with", json!(self.work_with)),
            ("learn_by", json!(self.learn_by)),
            ("home_language", json!(self.home_language)),
            ("other_languages", json!(self.other_languages)),
            ("accommodations", json!(self.accommodations)),
            ("family_contacts", json!(self.family_contacts)),
            ("notes", json!(self.notes)),
        ])
    }

    /// Reads a profile back from op fields; a missing field is empty.
    pub fn from_fields(f: &Fields) -> Result<LearnerProfile> {
        fn get<T: serde::de::DeserializeOwned + Default>(f: &Fields, key: &str) -> Result<T> {
            match f.get(key) {
                None | Some(Value::Null) => Ok(T::default()),
                Some(v) => serde_json::from_value(v.clone()).map_err(|e| Error::BadPayload {
                    table: LEARNER_PROFILE.name.into(),
                    reason: format!("{key}: {e}"),
                }),
            }
        }
        Ok(LearnerProfile {
            strengths: get(f, "strengths")?,
            needs: get(f, "needs")?,
            interests: get(f, "interests")?,
            career_goals: get(f, "career_goals")?,
            work_with: get(f, "work_with")?,
            learn_by: get(f, "learn_by")?,
            home_language: get(f, "home_language")?,
            other_languages: get(f, "other_languages")?,
            accommodations: get(f, "accommodations")?,
            family_contacts: get(f, "family_contacts")?,
            notes: get(f, "notes")?,
        })
    }
}

/// What the roster's badges show for one student: the kinds of their accommodations, in the
/// profile's order, and their home language. A whole class's come in one query, so the
/// roster does not read every profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProfileBadges {
    /// The student.
    pub student_id: StudentId,
    /// Each accommodation's kind, as the profile lists them (repeats included).
    pub accommodations: Vec<AccommodationKind>,
    /// The language spoken at home.
    pub home_language: String,
}

impl ProfileBadges {
    /// The badges of a student's full profile.
    pub fn of(student_id: StudentId, profile: &LearnerProfile) -> ProfileBadges {
        ProfileBadges {
            student_id,
            accommodations: profile.accommodations.iter().map(|a| a.kind).collect(),
            home_language: profile.home_language.clone(),
        }
    }
}

/// Only the fields of `new` that differ from `old`, so an edit writes (and can conflict on)
/// just what the teacher changed.
pub fn changed_fields(old: &Fields, new: &Fields) -> Fields {
    new.iter()
        .filter(|(k, v)| old.get(*k).unwrap_or(&Value::Null) != *v)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full_profile() -> LearnerProfile {
        LearnerProfile {
            strengths: vec!["Mental math".into()],
            needs: vec!["Multi-step word problems".into()],
            interests: vec!["Skateboarding".into()],
            career_goals: vec!["Architect".into()],
            work_with: WorkWith::Peers,
            learn_by: vec![LearnBy::Doing, LearnBy::Reading, LearnBy::Doing],
            home_language: "Spanish".into(),
            other_languages: vec!["English".into()],
            accommodations: vec![Accommodation {
                kind: AccommodationKind::El,
                notes: "Bilingual glossary".into(),
                review_date: "2027-01-15".into(),
            }],
            family_contacts: vec![FamilyContact {
                name: "Rosa Díaz".into(),
                relationship: "Mother".into(),
                phone: "555-0142".into(),
                email: "rosa@example.org".into(),
                preferred_language: "Spanish".into(),
            }],
            notes: "Loves to explain her thinking.".into(),
        }
    }

    #[test]
    fn a_profile_round_trips_through_op_fields() {
        let p = full_profile()
            .validate()
            .expect("the sample profile is valid");
        assert_eq!(
            p.learn_by,
            vec![LearnBy::Reading, LearnBy::Doing],
            "learn_by is a set"
        );
        assert_eq!(
            LearnerProfile::from_fields(&p.to_fields()),
            Ok(p),
            "nothing may be lost in storage"
        );
    }

    #[test]
    fn profile_errors_name_the_nested_field() {
        let mut p = full_profile();
        p.family_contacts[0].name = " ".into();
        let Err(Error::Invalid { field, .. }) = p.validate() else {
            panic!("blank contact name must fail")
        };
        assert_eq!(
            field, "familyContacts.0.name",
            "the UI shows the error next to this field"
        );
        let mut p = full_profile();
        p.accommodations[0].review_date = "2027-02-30".into();
        let Err(Error::Invalid { field, .. }) = p.validate() else {
            panic!("bad date must fail")
        };
        assert_eq!(field, "accommodations.0.reviewDate");
    }

    #[test]
    fn the_ipc_shape_of_enums_is_stable() {
        let json = serde_json::to_value(full_profile()).expect("serializes");
        assert_eq!(
            json["workWith"], "peers",
            "the UI sends and expects these exact strings"
        );
        assert_eq!(json["accommodations"][0]["kind"], "el");
        assert_eq!(serde_json::to_value(WorkWith::NotSet).ok(), Some(json!("")));
        assert_eq!(
            serde_json::to_value(AccommodationKind::Section504).ok(),
            Some(json!("504"))
        );
    }

    #[test]
    fn display_names_prefer_the_preferred_name() {
        assert_eq!(display_name("Alejandro", "Ruiz", "Alex"), "Alex Ruiz");
        assert_eq!(display_name("Alejandro", "Ruiz", " "), "Alejandro Ruiz");
    }

    #[test]
    fn only_changed_fields_are_written() {
        let old = ClassInput {
            name: "A".into(),
            subject: "Math".into(),
            grade_level: "6".into(),
        }
        .to_fields();
        let new = ClassInput {
            name: "B".into(),
            subject: "Math".into(),
            grade_level: "6".into(),
        }
        .to_fields();
        let diff = changed_fields(&old, &new);
        assert_eq!(
            diff.keys().collect::<Vec<_>>(),
            vec!["name"],
            "an unchanged field must not be rewritten"
        );
    }

    #[test]
    fn student_input_rejects_blank_and_long_names_and_bad_dates() {
        let ok = StudentInput {
            given_name: " Ana ".into(),
            family_name: "Ruiz".into(),
            ..Default::default()
        };
        assert_eq!(
            ok.validate().map(|s| s.given_name),
            Ok("Ana".into()),
            "names are trimmed"
        );
        for (input, field) in [
            (
                StudentInput {
                    given_name: "".into(),
                    family_name: "R".into(),
                    ..Default::default()
                },
                "givenName",
            ),
            (
                StudentInput {
                    given_name: "A".into(),
                    family_name: "x".repeat(10_000),
                    ..Default::default()
                },
                "familyName",
            ),
            (
                StudentInput {
                    given_name: "A".into(),
                    family_name: "R".into(),
                    birth_date: "2014-02-30".into(),
                    ..Default::default()
                },
                "birthDate",
            ),
        ] {
            let Err(Error::Invalid { field: got, .. }) = input.validate() else {
                panic!("{field} must fail")
            };
            assert_eq!(got, field);
        }
    }
}
