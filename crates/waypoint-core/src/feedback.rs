//! Peer feedback on portfolio items: a protocol of three prompts (by default "I notice",
//! "I wonder", "A next step could be"), a classmate's answers to them, and what a student in
//! student mode sees of a classmate's item opened for review.
//!
//! The teacher opens an item for peer review and decides whether its owner may read the
//! feedback. The feedback keeps the prompts as they were when it was written, so editing the
//! protocol later never changes what a student said, and the author's first name only.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::ids::{ArtifactId, FeedbackId};
use crate::op::{Fields, fields};
use crate::validate;
use crate::{Error, Result, msg};

pub use crate::table::{FEEDBACK_PROTOCOL, PEER_FEEDBACK};

/// The protocol's prompts until the teacher changes them.
pub const DEFAULT_PROMPTS: [&str; 3] = ["I notice", "I wonder", "A next step could be"];

/// The one row of the feedback protocol: a fixed id, so two laptops editing the prompts edit
/// the same row and merge field by field instead of making two protocols.
pub const PROTOCOL_ROW: &str = "0190b7a0-0000-7000-8000-00000000fb01";

/// How many prompts a protocol has.
pub const PROMPT_COUNT: usize = 3;

/// The most characters in one prompt.
pub const PROMPT_MAX: usize = 80;

/// The most characters in one answer.
pub const ANSWER_MAX: usize = 500;

/// The protocol's prompts, checked: three, none blank, each at most [`PROMPT_MAX`].
pub fn check_prompts(prompts: &[String]) -> Result<Vec<String>> {
    if prompts.len() != PROMPT_COUNT {
        return Err(Error::invalid(
            "prompts",
            msg!("core-feedback-prompt-count", count = PROMPT_COUNT),
        ));
    }
    prompts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            validate::text(
                &format!("prompts.{i}"),
                msg!("core-label-prompt-n", n = i + 1),
                p,
                true,
                PROMPT_MAX,
            )
        })
        .collect()
}

/// A classmate's answers to the protocol's prompts, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackInput {
    /// One answer per prompt; some may be blank, not all.
    pub answers: Vec<String>,
}

impl FeedbackInput {
    /// Checks and trims the answers: one per prompt, each at most [`ANSWER_MAX`], at least
    /// one written.
    pub fn validate(&self) -> Result<FeedbackInput> {
        if self.answers.len() != PROMPT_COUNT {
            return Err(Error::invalid(
                "answers",
                msg!("core-feedback-answer-count", count = PROMPT_COUNT),
            ));
        }
        let answers = self
            .answers
            .iter()
            .enumerate()
            .map(|(i, a)| {
                validate::notes(
                    &format!("answers.{i}"),
                    msg!("core-label-answer-n", n = i + 1),
                    a,
                    ANSWER_MAX,
                )
            })
            .collect::<Result<Vec<_>>>()?;
        if answers.iter().all(|a| a.is_empty()) {
            return Err(Error::invalid("answers.0", msg!("core-feedback-all-blank")));
        }
        Ok(FeedbackInput { answers })
    }

    /// The op fields for this (validated) feedback on `artifact` by `author`.
    pub fn to_fields(
        &self,
        artifact: ArtifactId,
        author_id: &str,
        author_name: &str,
        date: &str,
        prompts: &[String],
    ) -> Fields {
        fields([
            ("artifact_id", json!(artifact.to_string())),
            ("author_id", json!(author_id)),
            ("author_name", json!(author_name)),
            ("date", json!(date)),
            ("prompts", json!(prompts)),
            ("answers", json!(self.answers)),
        ])
    }
}

/// One piece of feedback as the teacher (and, if allowed, the owner) reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackView {
    /// Its id.
    pub id: FeedbackId,
    /// The item it is about.
    pub artifact_id: ArtifactId,
    /// The classmate's first name.
    pub author_name: String,
    /// When it was written, `YYYY-MM-DD`.
    pub date: String,
    /// The prompts as they were, and the answers, in order.
    pub prompts: Vec<String>,
    /// The answers.
    pub answers: Vec<String>,
}

/// A classmate's portfolio item open for review, as student mode shows it: no levels, no
/// profile, the owner by first name only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReviewItem {
    /// The item.
    pub artifact_id: ArtifactId,
    /// Whose it is, by first name.
    pub owner_name: String,
    /// Its title.
    pub title: String,
    /// When the work was done.
    pub date: String,
    /// The owner's reflection on it.
    pub reflection: String,
    /// `image`, `pdf`, …
    pub kind: String,
    /// A small thumbnail, if there is one.
    pub thumbnail: Option<String>,
    /// True when this student has already given feedback on it.
    pub answered: bool,
}

/// Feedback a student received on their own item, when the teacher shares it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReceivedFeedback {
    /// The item's title.
    pub title: String,
    /// The feedback.
    pub feedback: FeedbackView,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_trimmed_and_one_must_be_written() {
        let ok = FeedbackInput {
            answers: vec![
                " the colours ".into(),
                String::new(),
                "label the axes".into(),
            ],
        }
        .validate()
        .expect("two answers are enough");
        assert_eq!(ok.answers[0], "the colours", "answers are trimmed");
        let blank = FeedbackInput {
            answers: vec![" ".into(), String::new(), String::new()],
        };
        assert!(
            blank.validate().is_err(),
            "feedback with nothing written is refused"
        );
        let short = FeedbackInput {
            answers: vec!["one".into()],
        };
        assert!(short.validate().is_err(), "one answer per prompt");
        let long = FeedbackInput {
            answers: vec!["x".repeat(ANSWER_MAX + 1), String::new(), String::new()],
        };
        assert!(long.validate().is_err(), "an answer has a limit");
    }

    #[test]
    fn a_protocol_has_three_prompts_none_blank() {
        let three: Vec<String> = DEFAULT_PROMPTS.iter().map(|p| (*p).to_owned()).collect();
        assert_eq!(
            check_prompts(&three),
            Ok(three.clone()),
            "the default protocol is valid"
        );
        assert!(
            check_prompts(&three[..2]).is_err(),
            "two prompts are not a protocol"
        );
        let mut blank = three.clone();
        blank[1] = "  ".into();
        assert!(check_prompts(&blank).is_err(), "a blank prompt is refused");
    }
}
