//! Reflections on prompts: the prompt bank and its starter set, what a student or teacher
//! writes (with an optional self-rating, which is also self-assessment evidence), its
//! checks, and the reflection as the UI shows it.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::author::Author;
use crate::ids::{EvidenceId, PromptId, ReflectionId, StudentId};
use crate::op::{Fields, fields};
use crate::validate;
use crate::{Error, Result, msg};

pub use crate::table::{REFLECTION, REFLECTION_PROMPT};

/// Longest reflection response.
pub const RESPONSE_MAX: usize = 4000;
/// Longest prompt in the bank: one or two sentences a student reads at a glance.
pub const PROMPT_MAX: usize = 300;

/// The starter prompt bank, written once into a new bank: plain words a student can
/// answer alone, about learning rather than behaviour.
pub const STARTER_PROMPTS: &[&str] = &[
    "What did you learn this week that you are proud of?",
    "What was hard, and what did you try when it was hard?",
    "What is one thing you want to get better at next, and why?",
    "Which piece of work shows your best thinking? What makes it your best?",
    "When did you help someone learn, or when did someone help you?",
    "What mistake taught you something? What did it teach you?",
    "What question do you still have about what we are learning?",
    "How close are you to your goal? What is your next step?",
    "Where and how do you learn best: alone, with a partner, or in a group? How do you know?",
    "What did you do this week that you could not do before?",
    "If you taught this to a friend, what would you tell them first?",
    "What would you like your teacher or family to know about your learning right now?",
];

/// A prompt's text: required, one line, at most [`PROMPT_MAX`] characters.
pub fn prompt_text(text: &str) -> Result<String> {
    validate::text(
        "text",
        msg!("core-label-the-prompt"),
        text,
        true,
        PROMPT_MAX,
    )
}

/// A prompt of the bank as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PromptView {
    /// Its id.
    pub id: PromptId,
    /// What it asks.
    pub text: String,
    /// Archived prompts are not offered for new reflections.
    pub archived: bool,
}

/// What a student or teacher writes as a reflection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionInput {
    /// The prompt answered, or "" for a free reflection.
    #[serde(default)]
    pub prompt_id: String,
    /// The answer, required; may span lines.
    pub response: String,
    /// `YYYY-MM-DD`, required.
    pub date: String,
    /// The competency it is about, or "".
    #[serde(default)]
    pub competency_id: String,
    /// A level on the competency's scale (checked by the store, which knows the scale),
    /// or none.
    #[serde(default)]
    pub self_rating: Option<f64>,
    /// Shown on the conference printout.
    #[serde(default)]
    pub for_conference: bool,
    /// Who wrote it.
    #[serde(default)]
    pub author: Author,
}

impl ReflectionInput {
    /// Checks every field but the rating's scale: a rating needs a competency and must be a
    /// number; whether it is on the competency's scale is the store's check.
    pub fn validate(&self) -> Result<ReflectionInput> {
        let response = validate::notes(
            "response",
            msg!("core-label-the-reflection"),
            &self.response,
            RESPONSE_MAX,
        )?;
        if response.is_empty() {
            return Err(Error::invalid(
                "response",
                validate::blank(msg!("core-label-the-reflection")),
            ));
        }
        let competency_id = self.competency_id.trim().to_owned();
        if let Some(r) = self.self_rating {
            if !r.is_finite() {
                return Err(Error::invalid(
                    "selfRating",
                    msg!("core-self-rating-not-a-level"),
                ));
            }
            if competency_id.is_empty() {
                return Err(Error::invalid(
                    "competencyId",
                    msg!("core-self-rating-needs-competency"),
                ));
            }
        }
        Ok(ReflectionInput {
            prompt_id: self.prompt_id.trim().to_owned(),
            response,
            date: validate::required_date("date", msg!("core-label-date"), &self.date)?,
            competency_id,
            self_rating: self.self_rating,
            for_conference: self.for_conference,
            author: self.author,
        })
    }

    /// The op fields for this (already validated) input, with the prompt's text as it is
    /// now. The store adds `student_id` and `evidence_id`.
    pub fn to_fields(&self, prompt_text: &str) -> Fields {
        fields([
            ("prompt_id", json!(self.prompt_id)),
            ("prompt_text", json!(prompt_text)),
            ("response", json!(self.response)),
            ("date", json!(self.date)),
            ("competency_id", json!(self.competency_id)),
            ("self_rating", json!(self.self_rating)),
            ("for_conference", json!(self.for_conference)),
            ("author", json!(self.author.as_str())),
        ])
    }
}

/// A reflection as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionView {
    /// Its id.
    pub id: ReflectionId,
    /// The student.
    pub student_id: StudentId,
    /// The prompt answered, or "".
    pub prompt_id: String,
    /// The prompt's text when it was answered ("" for a free reflection).
    pub prompt_text: String,
    /// The answer.
    pub response: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The competency, or "".
    pub competency_id: String,
    /// That competency's code (else its short label), or "".
    pub competency_code: String,
    /// The self-rating, if any.
    pub self_rating: Option<f64>,
    /// Shown on the conference printout.
    pub for_conference: bool,
    /// Who wrote it.
    pub author: Author,
    /// The self-assessment evidence made from the rating, if any.
    pub evidence_id: Option<EvidenceId>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::err_of;

    #[test]
    fn a_reflection_needs_a_response_and_a_competency_for_its_rating() {
        let r = ReflectionInput {
            prompt_id: " p ".into(),
            response: " I learned ratios. ".into(),
            date: "2026-03-02".into(),
            competency_id: " c ".into(),
            self_rating: Some(3.0),
            for_conference: true,
            author: Author::Student,
        };
        let v = r.validate().expect("a full reflection is valid");
        assert_eq!(
            (v.prompt_id.as_str(), v.competency_id.as_str()),
            ("p", "c"),
            "ids are trimmed"
        );
        assert_eq!(
            v.to_fields("Q?")["prompt_text"],
            json!("Q?"),
            "the prompt's text is snapshotted"
        );
        let blank = ReflectionInput {
            response: "  ".into(),
            ..r.clone()
        };
        assert_eq!(
            err_of(blank.validate()).0,
            "response",
            "a reflection says something"
        );
        let long = ReflectionInput {
            response: "x".repeat(RESPONSE_MAX + 1),
            ..r.clone()
        };
        assert_eq!(
            err_of(long.validate()).0,
            "response",
            "responses have a limit"
        );
        let undated = ReflectionInput {
            date: String::new(),
            ..r.clone()
        };
        assert_eq!(
            err_of(undated.validate()).0,
            "date",
            "a reflection is dated"
        );
        let orphan = ReflectionInput {
            competency_id: String::new(),
            ..r.clone()
        };
        assert_eq!(
            err_of(orphan.validate()).0,
            "competencyId",
            "a rating is on a competency"
        );
        let nan = ReflectionInput {
            self_rating: Some(f64::NAN),
            ..r.clone()
        };
        assert_eq!(
            err_of(nan.validate()).0,
            "selfRating",
            "a rating is a number"
        );
        let free = ReflectionInput {
            competency_id: String::new(),
            self_rating: None,
            ..r
        };
        assert!(
            free.validate().is_ok(),
            "a free reflection needs no competency"
        );
    }

    #[test]
    fn the_starter_bank_is_plain_and_distinct() {
        assert!(
            (10..=15).contains(&STARTER_PROMPTS.len()),
            "about a dozen prompts"
        );
        for p in STARTER_PROMPTS {
            assert!(prompt_text(p).is_ok(), "{p} passes the bank's own rule");
            assert!(p.ends_with('?'), "{p} is a question");
        }
        let distinct: std::collections::HashSet<_> = STARTER_PROMPTS.iter().collect();
        assert_eq!(distinct.len(), STARTER_PROMPTS.len(), "no prompt twice");
    }
}
