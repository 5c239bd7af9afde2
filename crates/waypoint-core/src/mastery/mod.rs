//! Proficiency scales and the mastery calculations: how a student's scores on one
//! competency become one level and a status.
//!
//! This comment is the documented formula; the code and its tests follow it exactly.
//!
//! # Scores
//!
//! `s_1, …, s_k` are a student's scores on one competency, **oldest first** (`s_k` is the
//! newest), each a value on the [`Scale`]. With no scores (`k = 0`) no method gives a
//! result: the reason is "No evidence yet.". A score that is not a finite number gives no
//! result either (the reason names it), never a `NaN` level.
//!
//! # Methods
//!
//! - **highest**: `max(s_1, …, s_k)`.
//! - **latest**: `s_k`.
//! - **average**: `(s_1 + … + s_k) / k`.
//! - **weighted_average(w)**, `0 ≤ w ≤ 1`, default `w = 0.65`:
//!   `s_k·w + mean(s_1, …, s_{k−1})·(1 − w)`; a single score (`k = 1`) gives `s_1`.
//! - **decaying_average(d)**, `0 < d ≤ 1`, default `d = 0.65` (Canvas's default method):
//!   `a_1 = s_1`, `a_i = a_{i−1}·(1 − d) + s_i·d`; the result is `a_k`. Equivalently
//!   `a_k = s_1·(1 − d)^{k−1} + Σ_{i=2..k} s_i·d·(1 − d)^{k−i}`.
//! - **n_mastery(n)**, `n` a whole number from 1 to 20, default `n = 3`: let `M` be the
//!   scores at or above the scale's threshold `t` (`s_i ≥ t − 10⁻⁹`). When `|M| ≥ n` the
//!   result is `mean(M)`; otherwise there is no result ("No result yet: needs 3 scores at or
//!   above 3 (Proficient); has 1.").
//! - **power_law**: needs `k ≥ 3` (otherwise no result: "Not enough evidence: power law
//!   needs at least 3 scores; has 2."). With `x_i = ln i` and `y_i = ln max(s_i, 0.1)` for
//!   `i = 1..k`, the least-squares fit of `ln y = ln a + b·ln x` is
//!   `b = (k·Σx_i·y_i − Σx_i·Σy_i) / (k·Σx_i² − (Σx_i)²)` and
//!   `ln a = (Σy_i − b·Σx_i) / k`; the fitted value at the newest score is
//!   `r = a·k^b = exp(ln a + b·ln k)`. The result is `r`, or `0` when `r ≤ 0.1 + 10⁻⁹`.
//!
//!   **Zero rule.** `ln 0` is undefined, so every score `≤ 0` is raised to the floor `0.1`
//!   before its logarithm is taken (`0.1` rather than, say, `0.5` keeps a zero pulling the
//!   fit down hard). The floor stands for zero in both directions: a fitted value at or
//!   below the floor is read back as `0`, so all zeros give `0`, not `0.1`. The clamp below
//!   then keeps the result within the scale (a scale whose lowest value is above 0 gets its
//!   lowest value). The power law assumes a scale whose values are not negative.
//!
//! # Clamp
//!
//! Every level a method produces is clamped into `[scale.min(), scale.max()]`:
//! `min(max(r, scale.min()), scale.max())`. (Scores are expected to be on the scale
//! already; the clamp matters for the power law, which can extrapolate beyond it, and for
//! scores that were recorded on a scale that has since changed.)
//!
//! # Status
//!
//! [`status`] takes the dated scores `(date, s_i)`, oldest first, and the threshold `t` of
//! the scale. A level `L` *reaches* the threshold when `L ≥ t − 10⁻⁹`.
//!
//! - **not started**: there are no scores.
//! - **mastered**: the calculation over *all* the scores gives a level that reaches `t`.
//!   `mastered_on` is then the date of `s_j` for the smallest `j` such that the calculation
//!   over the prefix `s_1, …, s_j` reached `t`: the date mastery was *first* reached, even
//!   if the level dipped below `t` after it and came back.
//! - **progressing**: otherwise (including when the method gives no result yet).
//!   `mastered_on` is `None`, even if an earlier prefix reached `t`: mastery that has since
//!   been lost is not reported.
//!
//! The level in the status is exactly the level [`calculate`] gives over all the scores.
//! Both run the same running sums (one pass, `O(k)`), so they can never disagree.
//!
//! # Working
//!
//! [`explain`] gives the same calculation with its working: a [`WorkingStep`] for each thing
//! the method did (the scores it considered, each running value, the fit, the clamp), each
//! carrying its numbers, so a teacher can check the level by hand. It runs the very running
//! sums [`calculate`] runs, with a recorder that keeps the steps, so the last step's value is
//! the level, bit for bit.
//!
//! # Scales
//!
//! A [`Scale`] has 2 to 21 levels with strictly increasing finite values, each with a label
//! (1 to 60 characters) and an optional descriptor (at most 300 characters). Its threshold,
//! the level that counts as proficient, is one of its level values but not the lowest.
//! [`Scale::label_for`] names a level by the highest scale level at or below it (with a
//! `10⁻⁹` tolerance), or by the lowest level when it is below them all.

use serde::{Deserialize, Serialize};

use crate::messages::{Decimal, Message};
use crate::{Error, Result, msg};

mod running;
mod scale;
#[cfg(test)]
mod tests;
mod working;

use running::Running;
pub use scale::{Scale, ScaleLevel};
use working::{Record, Steps};
pub use working::{Working, WorkingStep};

/// Tolerance for comparing levels: values closer than this are equal.
const EPS: f64 = 1e-9;
/// The power law's stand-in for a score of zero (see the module doc's zero rule).
pub const POWER_LAW_FLOOR: f64 = 0.1;
/// Fewest levels a scale may have.
pub const SCALE_LEVELS_MIN: usize = 2;
/// Most levels a scale may have (0 to 10 in half points).
pub const SCALE_LEVELS_MAX: usize = 21;
/// Longest level label.
pub const LABEL_MAX: usize = 60;
/// Longest level descriptor.
pub const DESCRIPTOR_MAX: usize = 300;
/// Largest `n` for the n_mastery method.
pub const N_MAX: u32 = 20;
/// The default weight and decay rate (65%).
pub const DEFAULT_RATE: f64 = 0.65;
/// The default `n` for the n_mastery method.
pub const DEFAULT_N: u32 = 3;

/// How a level is calculated from a student's scores on one competency. The formulas are in
/// the module doc.
///
/// As JSON: `{"name": "decaying_average", "rate": 0.65}`, `{"name": "highest"}`,
/// `{"name": "n_mastery", "n": 3}`. A method read from JSON is not checked; call
/// [`Method::validate`] (the calculations do, and give no result for a bad one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(
    tag = "name",
    rename_all = "snake_case",
    rename_all_fields = "camelCase"
)]
pub enum Method {
    /// The highest score.
    Highest,
    /// The newest score.
    Latest,
    /// The mean of all scores.
    Average,
    /// The newest score weighted against the mean of the ones before it.
    WeightedAverage {
        /// The newest score's share, from 0 to 1.
        weight: f64,
    },
    /// A running average in which each new score has a fixed share.
    DecayingAverage {
        /// Each new score's share, more than 0 and at most 1.
        rate: f64,
    },
    /// The mean of the scores at or above the threshold, once there are `n` of them.
    NMastery {
        /// How many scores must reach the threshold, 1 to 20.
        n: u32,
    },
    /// A power-law trend line through the scores, read at the newest one.
    PowerLaw,
}

impl Default for Method {
    /// Decaying average at 65%, Canvas's default.
    fn default() -> Self {
        Method::DecayingAverage { rate: DEFAULT_RATE }
    }
}

impl Method {
    /// Every method's name, as [`Method::parse`] and the JSON `name` field spell it.
    pub const NAMES: &[&str] = &[
        "highest",
        "latest",
        "average",
        "weighted_average",
        "decaying_average",
        "n_mastery",
        "power_law",
    ];

    /// A method from its name and optional parameter (the weight, the decay rate or `n`).
    ///
    /// Without a parameter the defaults apply: weight 0.65, rate 0.65, n 3. A parameter for
    /// a method that takes none is an error, as is an unknown name (the error lists the
    /// valid ones) or a parameter out of range (see [`Method::validate`]); `n` must be a
    /// whole number. The name may carry surrounding spaces and capitals.
    pub fn parse(name: &str, param: Option<f64>) -> Result<Method> {
        let key = name.trim().to_ascii_lowercase();
        let method = match key.as_str() {
            "highest" => Method::Highest,
            "latest" => Method::Latest,
            "average" => Method::Average,
            "power_law" => Method::PowerLaw,
            "weighted_average" => Method::WeightedAverage {
                weight: param.unwrap_or(DEFAULT_RATE),
            },
            "decaying_average" => Method::DecayingAverage {
                rate: param.unwrap_or(DEFAULT_RATE),
            },
            "n_mastery" => Method::NMastery {
                n: match param {
                    None => DEFAULT_N,
                    Some(p) if p.fract() == 0.0 && (1.0..=f64::from(N_MAX)).contains(&p) => {
                        p as u32
                    }
                    Some(p) => {
                        return Err(Error::invalid(
                            "n",
                            msg!(
                                "core-method-n-range",
                                max = N_MAX,
                                value = Decimal::rounded(p, 2)
                            ),
                        ));
                    }
                },
            },
            _ => {
                let shown: String = name.trim().chars().take(40).collect();
                return Err(Error::invalid(
                    "method",
                    msg!(
                        "core-method-unknown",
                        name = shown,
                        names = Method::NAMES.join(", ")
                    ),
                ));
            }
        };
        if let Some(p) = param
            && method.param().is_none()
        {
            return Err(Error::invalid(
                "param",
                msg!(
                    "core-method-no-parameter",
                    method = method.name(),
                    value = Decimal::rounded(p, 2)
                ),
            ));
        }
        method.validate()
    }

    /// The method's name, one of [`Method::NAMES`].
    pub fn name(&self) -> &'static str {
        match self {
            Method::Highest => "highest",
            Method::Latest => "latest",
            Method::Average => "average",
            Method::WeightedAverage { .. } => "weighted_average",
            Method::DecayingAverage { .. } => "decaying_average",
            Method::NMastery { .. } => "n_mastery",
            Method::PowerLaw => "power_law",
        }
    }

    /// The method's parameter (weight, rate or `n`), or `None` for methods without one.
    pub fn param(&self) -> Option<f64> {
        match self {
            Method::WeightedAverage { weight } => Some(*weight),
            Method::DecayingAverage { rate } => Some(*rate),
            Method::NMastery { n } => Some(f64::from(*n)),
            Method::Highest | Method::Latest | Method::Average | Method::PowerLaw => None,
        }
    }

    /// Checks the parameter: weight from 0 to 1, rate more than 0 and at most 1, `n` from 1
    /// to 20. Errors name the parameter (`weight`, `rate`, `n`).
    pub fn validate(&self) -> Result<Method> {
        match self {
            Method::WeightedAverage { weight } if !(0.0..=1.0).contains(weight) => {
                Err(Error::invalid(
                    "weight",
                    msg!(
                        "core-method-weight-range",
                        value = Decimal::rounded(*weight, 2)
                    ),
                ))
            }
            Method::DecayingAverage { rate } if !(*rate > 0.0 && *rate <= 1.0) => {
                Err(Error::invalid(
                    "rate",
                    msg!("core-method-rate-range", value = Decimal::rounded(*rate, 2)),
                ))
            }
            Method::NMastery { n } if !(1..=N_MAX).contains(n) => Err(Error::invalid(
                "n",
                msg!("core-method-n-range", max = N_MAX, value = n.to_string()),
            )),
            _ => Ok(self.clone()),
        }
    }
}

/// A calculated level, or the reason there is none. Exactly one of the two is set.
///
/// As JSON: `{"level": 3.25, "noResult": null}` or `{"level": null, "noResult": "No evidence yet."}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Calculation {
    /// The level, within the scale.
    pub level: Option<f64>,
    /// Why there is no level, as a sentence for the teacher (a `reason-*` message).
    pub no_result: Option<Message>,
}

impl Calculation {
    /// A result.
    pub fn with_level(level: f64) -> Calculation {
        Calculation {
            level: Some(level),
            no_result: None,
        }
    }

    /// No result, for the reason given.
    pub fn without_level(reason: Message) -> Calculation {
        Calculation {
            level: None,
            no_result: Some(reason),
        }
    }
}

/// Calculates the level `method` gives for `scores` (oldest first) on `scale`, clamped to
/// the scale; see the module doc for every formula and when there is no result.
pub fn calculate(method: &Method, scores: &[f64], scale: &Scale) -> Calculation {
    run(method, scores, scale, ()).0
}

/// The same calculation as [`calculate`], with its working: every step in order with the
/// numbers it used. Both run the one computation (this one keeps its steps), so
/// `explain(..).level` is exactly `calculate(..).level` and is the last step's value.
pub fn explain(method: &Method, scores: &[f64], scale: &Scale) -> Working {
    let (calc, steps) = run(method, scores, scale, Steps::default());
    Working {
        steps: steps.steps,
        level: calc.level,
        no_result: calc.no_result,
    }
}

/// The calculation behind [`calculate`] and [`explain`]: the method checked, every score
/// pushed through the running sums, the level read, the steps left in `rec`.
fn run<R: Record>(method: &Method, scores: &[f64], scale: &Scale, mut rec: R) -> (Calculation, R) {
    let method = match method.validate() {
        Ok(m) => m,
        Err(e) => {
            let reason = e.message();
            let shown = reason.clone();
            rec.step(|_| WorkingStep::InvalidMethod { reason: shown });
            return (Calculation::without_level(reason), rec);
        }
    };
    let mut run = Running::new(&method, scale, rec);
    for &s in scores {
        run.push(s);
    }
    let calc = match run.level() {
        Some(level) => Calculation::with_level(level),
        None => Calculation::without_level(run.reason()),
    };
    (calc, run.into_record())
}

/// Where a student stands on a competency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// No scores yet.
    NotStarted,
    /// Scores, but the calculated level is below the threshold (or there is none yet).
    Progressing,
    /// The calculated level is at or above the threshold.
    Mastered,
}

/// A calculated status, with the level it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StatusCalc {
    /// The status.
    pub status: Status,
    /// When mastered: the date (`YYYY-MM-DD`) the level first reached the threshold.
    pub mastered_on: Option<String>,
    /// The level over all the scores, exactly as [`calculate`] gives it.
    pub level: Option<f64>,
}

/// The status `method` gives for `dated` scores (`(YYYY-MM-DD, score)`, oldest first): not
/// started, progressing or mastered, with the date mastery was first reached. The rule is in
/// the module doc. One pass over the scores.
pub fn status(method: &Method, dated: &[(String, f64)], scale: &Scale) -> StatusCalc {
    let progressing = |level| StatusCalc {
        status: Status::Progressing,
        mastered_on: None,
        level,
    };
    if dated.is_empty() {
        return StatusCalc {
            status: Status::NotStarted,
            mastered_on: None,
            level: None,
        };
    }
    let Ok(method) = method.validate() else {
        return progressing(None);
    };
    let reaches = |level: Option<f64>| level.is_some_and(|l| l >= scale.threshold - EPS);
    let mut run = Running::new(&method, scale, ());
    let mut first: Option<&str> = None;
    for (date, score) in dated {
        run.push(*score);
        if first.is_none() && reaches(run.level()) {
            first = Some(date.as_str());
        }
    }
    let level = run.level();
    if reaches(level) {
        StatusCalc {
            status: Status::Mastered,
            // The last prefix is the whole list, which reaches the threshold, so `first` is
            // set; the fallback only keeps this total.
            mastered_on: first
                .or_else(|| dated.last().map(|(d, _)| d.as_str()))
                .map(str::to_owned),
            level,
        }
    } else {
        progressing(level)
    }
}

/// A number as a teacher writes it: at most 2 decimals, no trailing zeros ("3", "2.5").
fn fmt_num(x: f64) -> String {
    if !x.is_finite() {
        return format!("{x}");
    }
    let s = format!("{:.2}", (x * 100.0).round() / 100.0);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}
