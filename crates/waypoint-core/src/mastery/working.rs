//! The working behind a level: the steps a calculation took, each with the numbers it used,
//! so the cell detail can show a teacher how the level came about without a formula of its
//! own.
//!
//! The working is recorded by the same running sums that give every level (see
//! [`super::calculate`] and [`super::explain`]): the plain calculation is the working with
//! no steps kept, so the level a grid shows and the working's last step cannot disagree.

use crate::messages::Message;
use serde::{Deserialize, Serialize};

/// One step of a calculation. `kind` names what happened (the UI maps it to a sentence);
/// the other fields are the numbers that sentence needs, levels on the scale and shares
/// from 0 to 1.
///
/// As JSON: `{"kind": "highest", "scores": [2, 3, 1], "result": 3}`,
/// `{"kind": "decay", "position": 2, "previous": 2, "score": 3, "rate": 0.65, "result": 2.65}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    rename_all_fields = "camelCase"
)]
pub enum WorkingStep {
    /// There are no scores, so there is no level.
    NoEvidence,
    /// Score `position` (1-based, oldest first) is not a number, so there is no level.
    NotANumber {
        /// Its place among the scores, from 1.
        position: u32,
    },
    /// The method's parameter is out of range, so there is no level.
    InvalidMethod {
        /// What is wrong with it, as a sentence for the teacher.
        reason: Message,
    },
    /// highest: the highest of the scores.
    Highest {
        /// Every score, oldest first.
        scores: Vec<f64>,
        /// The highest of them.
        result: f64,
    },
    /// latest: the newest score is the result.
    Latest {
        /// The newest score.
        score: f64,
    },
    /// The mean of some scores: all of them (average) or those at or above the threshold
    /// (n_mastery). A single score is its own mean.
    Mean {
        /// The scores averaged, oldest first.
        scores: Vec<f64>,
        /// Their mean.
        result: f64,
    },
    /// weighted_average with a single score: it counts in full.
    SingleScore {
        /// The score, which is the result.
        score: f64,
    },
    /// weighted_average: the mean of the scores before the newest.
    MeanBeforeNewest {
        /// The scores before the newest, oldest first.
        scores: Vec<f64>,
        /// Their mean.
        mean: f64,
    },
    /// weighted_average: `newest × weight + mean × (1 − weight)`.
    Weighted {
        /// The newest score.
        newest: f64,
        /// The newest score's share, from 0 to 1.
        weight: f64,
        /// The mean of the scores before it.
        mean: f64,
        /// The weighted result.
        result: f64,
    },
    /// decaying_average: the first score starts the running value.
    DecayStart {
        /// The first score, which is the running value after it.
        score: f64,
    },
    /// decaying_average: after score `position`, `previous × (1 − rate) + score × rate`.
    Decay {
        /// The score's place, from 2.
        position: u32,
        /// The running value before this score.
        previous: f64,
        /// This score.
        score: f64,
        /// Each new score's share, more than 0 and at most 1.
        rate: f64,
        /// The running value after this score.
        result: f64,
    },
    /// n_mastery: the scores at or above the threshold, against how many are needed.
    AtThreshold {
        /// The scale's threshold.
        threshold: f64,
        /// The scores at or above it, oldest first (may be empty).
        scores: Vec<f64>,
        /// How many the method needs (its `n`).
        needed: u32,
    },
    /// n_mastery: fewer scores at or above the threshold than needed, so there is no level.
    TooFewAtThreshold {
        /// How many there are.
        has: u32,
        /// How many are needed.
        needed: u32,
    },
    /// power_law: fewer scores than the fit needs, so there is no level.
    TooFewForPowerLaw {
        /// How many scores there are.
        has: u32,
        /// How many the fit needs (3).
        needed: u32,
    },
    /// power_law: the curve `level = a × n^b` fitted through the scores (each score at or
    /// below 0 counted as `floor`), read at the newest score `at`; a fitted value at or
    /// below the floor reads as 0.
    PowerLawFit {
        /// Every score, oldest first.
        scores: Vec<f64>,
        /// The stand-in for a score of zero (0.1).
        floor: f64,
        /// The fitted `a`.
        a: f64,
        /// The fitted `b`.
        b: f64,
        /// The newest score's place, where the curve is read.
        at: u32,
        /// The curve's value there.
        fitted: f64,
        /// The result: `fitted`, or 0 when it is at or below the floor.
        result: f64,
    },
    /// The value was outside the scale and was kept within it.
    Clamped {
        /// The value before.
        raw: f64,
        /// The scale's lowest value.
        min: f64,
        /// The scale's highest value.
        max: f64,
        /// The value within the scale: the level.
        result: f64,
    },
}

impl WorkingStep {
    /// The number this step arrives at, or `None` for steps that only report (and for the
    /// steps that end a calculation without a level). The last step's value is the level.
    pub fn value(&self) -> Option<f64> {
        match self {
            WorkingStep::Highest { result, .. }
            | WorkingStep::Mean { result, .. }
            | WorkingStep::Weighted { result, .. }
            | WorkingStep::Decay { result, .. }
            | WorkingStep::PowerLawFit { result, .. }
            | WorkingStep::Clamped { result, .. } => Some(*result),
            WorkingStep::Latest { score }
            | WorkingStep::SingleScore { score }
            | WorkingStep::DecayStart { score } => Some(*score),
            WorkingStep::MeanBeforeNewest { mean, .. } => Some(*mean),
            WorkingStep::NoEvidence
            | WorkingStep::NotANumber { .. }
            | WorkingStep::InvalidMethod { .. }
            | WorkingStep::AtThreshold { .. }
            | WorkingStep::TooFewAtThreshold { .. }
            | WorkingStep::TooFewForPowerLaw { .. } => None,
        }
    }
}

/// A calculation with its working: the steps in order and where they arrive.
///
/// As JSON: `{"steps": [{"kind": "latest", "score": 3}], "level": 3, "noResult": null}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Working {
    /// The steps, in order. When there is a level, the last step's [`WorkingStep::value`]
    /// is exactly it.
    pub steps: Vec<WorkingStep>,
    /// The level, within the scale: exactly what [`super::calculate`] gives.
    pub level: Option<f64>,
    /// Why there is no level, as a sentence for the teacher (as [`super::calculate`] says it).
    pub no_result: Option<Message>,
}

/// Where the running sums report their steps. The plain calculation uses `()`, which keeps
/// nothing and never builds a step; [`Steps`] keeps them.
pub(super) trait Record {
    /// A score was counted (finite, in order).
    fn score(&mut self, _score: f64) {}
    /// A counted score reached the threshold.
    fn hit(&mut self, _score: f64) {}
    /// A step happened; `make` is called only by a recorder that keeps steps, with the
    /// scores and hits seen so far.
    fn step(&mut self, _make: impl FnOnce(&Seen) -> WorkingStep) {}
}

impl Record for () {}

/// The scores a recorder has seen, for the steps that list them.
#[derive(Debug, Default)]
pub(super) struct Seen {
    /// Every counted score, oldest first.
    pub scores: Vec<f64>,
    /// The counted scores at or above the threshold, oldest first.
    pub hits: Vec<f64>,
}

/// A recorder that keeps every step.
#[derive(Debug, Default)]
pub(super) struct Steps {
    pub seen: Seen,
    pub steps: Vec<WorkingStep>,
}

impl Record for Steps {
    fn score(&mut self, score: f64) {
        self.seen.scores.push(score);
    }

    fn hit(&mut self, score: f64) {
        self.seen.hits.push(score);
    }

    fn step(&mut self, make: impl FnOnce(&Seen) -> WorkingStep) {
        let step = make(&self.seen);
        self.steps.push(step);
    }
}

/// A count as the working's `u32` (counts of scores never come near the limit).
pub(super) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
