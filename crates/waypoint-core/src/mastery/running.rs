//! The running sums every method needs, updated one score at a time, so the level after
//! each prefix costs `O(1)`. [`super::calculate`], [`super::status`] and
//! [`super::explain`] all use them, which is what makes their levels identical: the
//! explanation is the same computation with a recorder that keeps its steps.

use super::working::{Record, WorkingStep, count};
use super::{EPS, Method, POWER_LAW_FLOOR, Scale};
use crate::messages::Message;
use crate::msg;

/// The running sums for one method on one scale, and where their steps are reported.
pub(super) struct Running<'a, R: Record> {
    method: &'a Method,
    scale: &'a Scale,
    rec: R,
    /// Scores pushed.
    k: usize,
    /// The 1-based position of the first score that is not a finite number.
    bad: Option<usize>,
    max: f64,
    last: f64,
    /// Σ s_1..s_k.
    sum: f64,
    /// Σ s_1..s_{k−1}.
    sum_before_last: f64,
    /// The decaying average a_k.
    decayed: f64,
    /// How many scores reach the threshold, and their sum.
    hits: usize,
    hit_sum: f64,
    /// Σx, Σy, Σx², Σxy for the power law.
    sx: f64,
    sy: f64,
    sxx: f64,
    sxy: f64,
}

impl<'a, R: Record> Running<'a, R> {
    pub(super) fn new(method: &'a Method, scale: &'a Scale, rec: R) -> Self {
        Running {
            method,
            scale,
            rec,
            k: 0,
            bad: None,
            max: f64::NEG_INFINITY,
            last: 0.0,
            sum: 0.0,
            sum_before_last: 0.0,
            decayed: 0.0,
            hits: 0,
            hit_sum: 0.0,
            sx: 0.0,
            sy: 0.0,
            sxx: 0.0,
            sxy: 0.0,
        }
    }

    /// The recorder, with whatever it kept.
    pub(super) fn into_record(self) -> R {
        self.rec
    }

    pub(super) fn push(&mut self, s: f64) {
        self.k += 1;
        if self.bad.is_some() {
            return;
        }
        if !s.is_finite() {
            self.bad = Some(self.k);
            return;
        }
        self.rec.score(s);
        self.max = self.max.max(s);
        self.last = s;
        self.sum_before_last = self.sum;
        self.sum += s;
        let previous = self.decayed;
        self.decayed = match self.method {
            Method::DecayingAverage { rate } if self.k > 1 => previous * (1.0 - rate) + s * rate,
            _ => s,
        };
        if let Method::DecayingAverage { rate } = *self.method {
            let (position, result) = (count(self.k), self.decayed);
            self.rec.step(|_| {
                if position == 1 {
                    WorkingStep::DecayStart { score: s }
                } else {
                    WorkingStep::Decay {
                        position,
                        previous,
                        score: s,
                        rate,
                        result,
                    }
                }
            });
        }
        if s >= self.scale.threshold - EPS {
            self.hits += 1;
            self.hit_sum += s;
            self.rec.hit(s);
        }
        if matches!(self.method, Method::PowerLaw) {
            let x = (self.k as f64).ln();
            let y = s.max(POWER_LAW_FLOOR).ln();
            self.sx += x;
            self.sy += y;
            self.sxx += x * x;
            self.sxy += x * y;
        }
    }

    /// The level after the scores pushed so far, clamped to the scale, or `None`; the steps
    /// that give it go to the recorder.
    pub(super) fn level(&mut self) -> Option<f64> {
        if self.k == 0 {
            self.rec.step(|_| WorkingStep::NoEvidence);
            return None;
        }
        if let Some(i) = self.bad {
            self.rec
                .step(|_| WorkingStep::NotANumber { position: count(i) });
            return None;
        }
        let k = self.k as f64;
        let raw = match *self.method {
            Method::Highest => {
                let result = self.max;
                self.rec.step(|seen| WorkingStep::Highest {
                    scores: seen.scores.clone(),
                    result,
                });
                result
            }
            Method::Latest => {
                let score = self.last;
                self.rec.step(|_| WorkingStep::Latest { score });
                score
            }
            Method::Average => {
                let result = self.sum / k;
                self.rec.step(|seen| WorkingStep::Mean {
                    scores: seen.scores.clone(),
                    result,
                });
                result
            }
            Method::WeightedAverage { weight } => {
                let newest = self.last;
                if self.k == 1 {
                    self.rec
                        .step(|_| WorkingStep::SingleScore { score: newest });
                    newest
                } else {
                    let mean = self.sum_before_last / (k - 1.0);
                    let result = newest * weight + mean * (1.0 - weight);
                    self.rec.step(|seen| WorkingStep::MeanBeforeNewest {
                        scores: seen.scores[..seen.scores.len() - 1].to_vec(),
                        mean,
                    });
                    self.rec.step(|_| WorkingStep::Weighted {
                        newest,
                        weight,
                        mean,
                        result,
                    });
                    result
                }
            }
            // Its steps were recorded score by score, in `push`.
            Method::DecayingAverage { .. } => self.decayed,
            Method::NMastery { n } => {
                let threshold = self.scale.threshold;
                self.rec.step(|seen| WorkingStep::AtThreshold {
                    threshold,
                    scores: seen.hits.clone(),
                    needed: n,
                });
                if self.hits < n as usize {
                    let has = count(self.hits);
                    self.rec
                        .step(|_| WorkingStep::TooFewAtThreshold { has, needed: n });
                    return None;
                }
                let result = self.hit_sum / self.hits as f64;
                self.rec.step(|seen| WorkingStep::Mean {
                    scores: seen.hits.clone(),
                    result,
                });
                result
            }
            Method::PowerLaw => {
                if self.k < 3 {
                    let has = count(self.k);
                    self.rec
                        .step(|_| WorkingStep::TooFewForPowerLaw { has, needed: 3 });
                    return None;
                }
                let b = (k * self.sxy - self.sx * self.sy) / (k * self.sxx - self.sx * self.sx);
                let ln_a = (self.sy - b * self.sx) / k;
                let fitted = (ln_a + b * k.ln()).exp();
                let result = if fitted <= POWER_LAW_FLOOR + EPS {
                    0.0
                } else {
                    fitted
                };
                let at = count(self.k);
                self.rec.step(|seen| WorkingStep::PowerLawFit {
                    scores: seen.scores.clone(),
                    floor: POWER_LAW_FLOOR,
                    a: ln_a.exp(),
                    b,
                    at,
                    fitted,
                    result,
                });
                result
            }
        };
        let (min, max) = (self.scale.min(), self.scale.max());
        let level = raw.max(min).min(max);
        // Compared bit for bit, so the last step's value is exactly the level.
        if level.to_bits() != raw.to_bits() {
            self.rec.step(|_| WorkingStep::Clamped {
                raw,
                min,
                max,
                result: level,
            });
        }
        Some(level)
    }

    /// Why [`Running::level`] is `None`.
    pub(super) fn reason(&self) -> Message {
        if self.k == 0 {
            return msg!("reason-no-evidence");
        }
        if let Some(i) = self.bad {
            return msg!("reason-not-a-number", position = i);
        }
        match self.method {
            Method::NMastery { n } => msg!(
                "reason-too-few-at-threshold",
                count = *n,
                level = self.scale.describe(self.scale.threshold),
                has = self.hits
            ),
            Method::PowerLaw => msg!("reason-too-few-for-power-law", has = self.k),
            _ => msg!("reason-no-result"),
        }
    }
}
