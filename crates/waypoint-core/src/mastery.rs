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
//! # Scales
//!
//! A [`Scale`] has 2 to 21 levels with strictly increasing finite values, each with a label
//! (1 to 60 characters) and an optional descriptor (at most 300 characters). Its threshold,
//! the level that counts as proficient, is one of its level values but not the lowest.
//! [`Scale::label_for`] names a level by the highest scale level at or below it (with a
//! `10⁻⁹` tolerance), or by the lowest level when it is below them all.

use serde::{Deserialize, Serialize};

use crate::validate;
use crate::{Error, Result};

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

/// One level of a proficiency scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ScaleLevel {
    /// Its value, the number scores and calculations use.
    pub value: f64,
    /// Its short name, for example "Proficient".
    pub label: String,
    /// A sentence saying what work at this level looks like, or "".
    pub descriptor: String,
}

/// A proficiency scale: its levels, lowest first, and the level that counts as mastery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Scale {
    /// The levels, in increasing order of value.
    pub levels: Vec<ScaleLevel>,
    /// The value at or above which a calculated level counts as mastered; one of the levels'
    /// values.
    pub threshold: f64,
}

impl Scale {
    /// The default scale: 0 to 4 in half points, with mastery at 3 (Proficient).
    ///
    /// Whole points are "No evidence", "Beginning", "Developing", "Proficient" and
    /// "Advanced", each with a one-sentence descriptor. Half points carry the label of the
    /// level below with a "+" ("Beginning+") and no descriptor, except 0.5, which is
    /// "Emerging" ("No evidence+" would say nothing).
    pub fn default_scale() -> Scale {
        let level = |value: f64, label: &str, descriptor: &str| ScaleLevel {
            value,
            label: label.to_owned(),
            descriptor: descriptor.to_owned(),
        };
        Scale {
            levels: vec![
                level(
                    0.0,
                    "No evidence",
                    "There is not yet any work that shows this skill.",
                ),
                level(0.5, "Emerging", ""),
                level(
                    1.0,
                    "Beginning",
                    "Shows parts of the skill with a lot of help from an adult.",
                ),
                level(1.5, "Beginning+", ""),
                level(
                    2.0,
                    "Developing",
                    "Shows the simpler parts of the skill alone but still makes important mistakes.",
                ),
                level(2.5, "Developing+", ""),
                level(
                    3.0,
                    "Proficient",
                    "Shows the whole skill on their own, as the standard expects.",
                ),
                level(3.5, "Proficient+", ""),
                level(
                    4.0,
                    "Advanced",
                    "Applies the skill in new or more complex situations, beyond what was taught.",
                ),
            ],
            threshold: 3.0,
        }
    }

    /// The lowest level's value (0 for a scale with no levels, which [`Scale::validate`]
    /// rejects).
    pub fn min(&self) -> f64 {
        let min = self.values().fold(f64::INFINITY, f64::min);
        if min.is_finite() { min } else { 0.0 }
    }

    /// The highest level's value (0 for a scale with no levels, which [`Scale::validate`]
    /// rejects).
    pub fn max(&self) -> f64 {
        let max = self.values().fold(f64::NEG_INFINITY, f64::max);
        if max.is_finite() { max } else { 0.0 }
    }

    /// The label of the highest scale level whose value is at or below `level` (within
    /// `10⁻⁹`), or the lowest level's label when `level` is below every level (or is not a
    /// number). "" only for a scale with no levels.
    pub fn label_for(&self, level: f64) -> &str {
        self.levels
            .iter()
            .filter(|l| l.value <= level + EPS)
            .max_by(|a, b| a.value.total_cmp(&b.value))
            .or_else(|| {
                self.levels
                    .iter()
                    .min_by(|a, b| a.value.total_cmp(&b.value))
            })
            .map_or("", |l| l.label.as_str())
    }

    /// True when `score` is a finite number within `[min, max]`.
    pub fn contains(&self, score: f64) -> bool {
        score.is_finite() && score >= self.min() && score <= self.max()
    }

    /// Checks the scale and returns it cleaned: labels and descriptors trimmed, the
    /// threshold set to exactly the level value it matches.
    ///
    /// The rules: 2 to 21 levels; values finite and strictly increasing; labels not blank,
    /// at most 60 characters, on one line; descriptors at most 300 characters; the threshold
    /// one of the level values but not the lowest. Errors name the field by key path
    /// (`levels`, `levels.2.value`, `levels.2.label`, `levels.2.descriptor`, `threshold`).
    pub fn validate(&self) -> Result<Scale> {
        let count = self.levels.len();
        if count < SCALE_LEVELS_MIN {
            return Err(Error::invalid(
                "levels",
                format!("A scale needs at least {SCALE_LEVELS_MIN} levels; this one has {count}."),
            ));
        }
        if count > SCALE_LEVELS_MAX {
            return Err(Error::invalid(
                "levels",
                format!(
                    "A scale can have at most {SCALE_LEVELS_MAX} levels; this one has {count}."
                ),
            ));
        }
        let mut levels = Vec::with_capacity(count);
        for (i, level) in self.levels.iter().enumerate() {
            let n = i + 1;
            if !level.value.is_finite() {
                return Err(Error::invalid(
                    format!("levels.{i}.value"),
                    format!("The value of level {n} must be a number."),
                ));
            }
            if let Some(before) = i.checked_sub(1).and_then(|j| self.levels.get(j))
                && level.value <= before.value
            {
                return Err(Error::invalid(
                    format!("levels.{i}.value"),
                    "Level values must go up from one level to the next.",
                ));
            }
            let label = validate::text(
                &format!("levels.{i}.label"),
                &format!("The label of level {n}"),
                &level.label,
                true,
                LABEL_MAX,
            )?;
            let descriptor = validate::notes(
                &format!("levels.{i}.descriptor"),
                &format!("The description of level {n}"),
                &level.descriptor,
                DESCRIPTOR_MAX,
            )?;
            levels.push(ScaleLevel {
                value: level.value,
                label,
                descriptor,
            });
        }
        let threshold = levels
            .iter()
            .position(|l| (l.value - self.threshold).abs() <= EPS)
            .ok_or_else(|| {
                let values: Vec<String> = levels.iter().map(|l| fmt_num(l.value)).collect();
                Error::invalid(
                    "threshold",
                    format!(
                        "The mastery threshold must be one of the scale's level values: {}.",
                        values.join(", ")
                    ),
                )
            })?;
        if threshold == 0 {
            return Err(Error::invalid(
                "threshold",
                "The mastery threshold can't be the lowest level, or every first score would count as mastery.",
            ));
        }
        let threshold = levels[threshold].value;
        Ok(Scale { levels, threshold })
    }

    fn values(&self) -> impl Iterator<Item = f64> + '_ {
        self.levels.iter().map(|l| l.value)
    }

    /// "3 (Proficient)": a level value with its label.
    fn describe(&self, level: f64) -> String {
        format!("{} ({})", fmt_num(level), self.label_for(level))
    }
}

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
                            format!(
                                "The number of times must be a whole number from 1 to {N_MAX}; {} is not.",
                                fmt_num(p)
                            ),
                        ));
                    }
                },
            },
            _ => {
                let shown: String = name.trim().chars().take(40).collect();
                return Err(Error::invalid(
                    "method",
                    format!(
                        "There is no method called \"{shown}\"; use one of: {}.",
                        Method::NAMES.join(", ")
                    ),
                ));
            }
        };
        if let Some(p) = param
            && method.param().is_none()
        {
            return Err(Error::invalid(
                "param",
                format!(
                    "The {} method takes no parameter, so {} can't be used; leave it out.",
                    method.name(),
                    fmt_num(p)
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

    /// A short name for menus: "Decaying average (65%)", "Number of times (3)".
    pub fn title(&self) -> String {
        match self {
            Method::Highest => "Highest".to_owned(),
            Method::Latest => "Most recent".to_owned(),
            Method::Average => "Average".to_owned(),
            Method::WeightedAverage { weight } => {
                format!("Weighted average ({})", percent(*weight))
            }
            Method::DecayingAverage { rate } => format!("Decaying average ({})", percent(*rate)),
            Method::NMastery { n } => format!("Number of times ({n})"),
            Method::PowerLaw => "Power law".to_owned(),
        }
    }

    /// The calculation in plain English, for the teacher choosing a method.
    pub fn formula_in_words(&self, scale: &Scale) -> String {
        match self {
            Method::Highest => "The highest score so far, even if later work is lower.".to_owned(),
            Method::Latest => "Only the most recent score counts.".to_owned(),
            Method::Average => "The average of all the scores, each counting the same.".to_owned(),
            Method::WeightedAverage { weight } => format!(
                "The newest score counts for {} and the average of all the scores before it for {}; a single score counts in full.",
                percent(*weight),
                percent(1.0 - weight)
            ),
            Method::DecayingAverage { rate } => format!(
                "Each new score counts for {} and everything before it for {}, so recent work matters most.",
                percent(*rate),
                percent(1.0 - rate)
            ),
            Method::NMastery { n } => format!(
                "Once {} at or above {}, the average of those scores; lower scores don't count, and until then there is no result.",
                if *n == 1 {
                    "1 score is".to_owned()
                } else {
                    format!("{n} scores are")
                },
                scale.describe(scale.threshold)
            ),
            Method::PowerLaw => "A trend line through all the scores, read at the newest one, so steady growth shows and one off day counts less. It needs at least 3 scores; a 0 counts as 0.1 in the trend.".to_owned(),
        }
    }

    /// Checks the parameter: weight from 0 to 1, rate more than 0 and at most 1, `n` from 1
    /// to 20. Errors name the parameter (`weight`, `rate`, `n`).
    pub fn validate(&self) -> Result<Method> {
        match self {
            Method::WeightedAverage { weight } if !(0.0..=1.0).contains(weight) => {
                Err(Error::invalid(
                    "weight",
                    format!(
                        "The weight of the newest score must be from 0 to 1 (0.65 means 65%); {} is not.",
                        fmt_num(*weight)
                    ),
                ))
            }
            Method::DecayingAverage { rate } if !(*rate > 0.0 && *rate <= 1.0) => {
                Err(Error::invalid(
                    "rate",
                    format!(
                        "The decay rate must be more than 0 and at most 1 (0.65 means 65%); {} is not.",
                        fmt_num(*rate)
                    ),
                ))
            }
            Method::NMastery { n } if !(1..=N_MAX).contains(n) => Err(Error::invalid(
                "n",
                format!(
                    "The number of times must be a whole number from 1 to {N_MAX}; {n} is not."
                ),
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
    /// Why there is no level, as a sentence for the teacher.
    pub no_result: Option<String>,
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
    pub fn without_level(reason: impl Into<String>) -> Calculation {
        Calculation {
            level: None,
            no_result: Some(reason.into()),
        }
    }
}

/// Calculates the level `method` gives for `scores` (oldest first) on `scale`, clamped to
/// the scale; see the module doc for every formula and when there is no result.
pub fn calculate(method: &Method, scores: &[f64], scale: &Scale) -> Calculation {
    let method = match method.validate() {
        Ok(m) => m,
        Err(e) => return Calculation::without_level(e.to_string()),
    };
    let mut run = Running::new(&method, scale);
    for &s in scores {
        run.push(s);
    }
    match run.level() {
        Some(level) => Calculation::with_level(level),
        None => Calculation::without_level(run.reason()),
    }
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
    let mut run = Running::new(&method, scale);
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

/// The running sums every method needs, updated one score at a time, so the level after
/// each prefix costs `O(1)`. [`calculate`] and [`status`] both use it, which is what makes
/// their levels identical.
struct Running<'a> {
    method: &'a Method,
    scale: &'a Scale,
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

impl<'a> Running<'a> {
    fn new(method: &'a Method, scale: &'a Scale) -> Self {
        Running {
            method,
            scale,
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

    fn push(&mut self, s: f64) {
        self.k += 1;
        if self.bad.is_some() {
            return;
        }
        if !s.is_finite() {
            self.bad = Some(self.k);
            return;
        }
        self.max = self.max.max(s);
        self.last = s;
        self.sum_before_last = self.sum;
        self.sum += s;
        self.decayed = match self.method {
            Method::DecayingAverage { rate } if self.k > 1 => {
                self.decayed * (1.0 - rate) + s * rate
            }
            _ => s,
        };
        if s >= self.scale.threshold - EPS {
            self.hits += 1;
            self.hit_sum += s;
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

    /// The level after the scores pushed so far, clamped to the scale, or `None`.
    fn level(&self) -> Option<f64> {
        if self.k == 0 || self.bad.is_some() {
            return None;
        }
        let k = self.k as f64;
        let raw = match self.method {
            Method::Highest => self.max,
            Method::Latest => self.last,
            Method::Average => self.sum / k,
            Method::WeightedAverage { weight } => {
                if self.k == 1 {
                    self.last
                } else {
                    self.last * weight + self.sum_before_last / (k - 1.0) * (1.0 - weight)
                }
            }
            Method::DecayingAverage { .. } => self.decayed,
            Method::NMastery { n } => {
                if self.hits < *n as usize {
                    return None;
                }
                self.hit_sum / self.hits as f64
            }
            Method::PowerLaw => {
                if self.k < 3 {
                    return None;
                }
                let b = (k * self.sxy - self.sx * self.sy) / (k * self.sxx - self.sx * self.sx);
                let ln_a = (self.sy - b * self.sx) / k;
                let r = (ln_a + b * k.ln()).exp();
                if r <= POWER_LAW_FLOOR + EPS { 0.0 } else { r }
            }
        };
        Some(raw.max(self.scale.min()).min(self.scale.max()))
    }

    /// Why [`Running::level`] is `None`.
    fn reason(&self) -> String {
        if self.k == 0 {
            return "No evidence yet.".to_owned();
        }
        if let Some(i) = self.bad {
            return format!("Score {i} is not a number, so no level can be calculated.");
        }
        match self.method {
            Method::NMastery { n } => format!(
                "No result yet: needs {n} {} at or above {}; has {}.",
                if *n == 1 { "score" } else { "scores" },
                self.scale.describe(self.scale.threshold),
                self.hits
            ),
            Method::PowerLaw => format!(
                "Not enough evidence: power law needs at least 3 scores; has {}.",
                self.k
            ),
            _ => "No result.".to_owned(),
        }
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

/// A share as a percentage: 0.65 → "65%", 0.125 → "12.5%".
fn percent(share: f64) -> String {
    format!("{}%", fmt_num(share * 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A 1 to 5 scale with mastery at 3, the scale the published examples use.
    fn one_to_five() -> Scale {
        let levels = (1..=5)
            .map(|v| ScaleLevel {
                value: f64::from(v),
                label: format!("Level {v}"),
                descriptor: String::new(),
            })
            .collect();
        Scale {
            levels,
            threshold: 3.0,
        }
    }

    fn level(method: &Method, scores: &[f64], scale: &Scale) -> Option<f64> {
        calculate(method, scores, scale).level
    }

    fn round2(x: f64) -> f64 {
        (x * 100.0).round() / 100.0
    }

    fn field_of(e: &Error) -> &str {
        match e {
            Error::Invalid { field, .. } => field,
            _ => "",
        }
    }

    fn all_methods() -> Vec<Method> {
        vec![
            Method::Highest,
            Method::Latest,
            Method::Average,
            Method::WeightedAverage { weight: 0.65 },
            Method::DecayingAverage { rate: 0.65 },
            Method::NMastery { n: 3 },
            Method::PowerLaw,
        ]
    }

    fn dated(scores: &[f64]) -> Vec<(String, f64)> {
        scores
            .iter()
            .enumerate()
            .map(|(i, &s)| (format!("2026-{:02}-{:02}", 1 + i / 28, 1 + i % 28), s))
            .collect()
    }

    // Published values.

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
            four.no_result.as_deref(),
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
                Calculation::without_level("No evidence yet."),
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
                .as_deref(),
            Some("Not enough evidence: power law needs at least 3 scores; has 1."),
            "a trend needs at least 3 points"
        );
        assert_eq!(
            calculate(&Method::PowerLaw, &[1.0, 4.0], &scale)
                .no_result
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
        let late_zero = level(&Method::PowerLaw, &[3.0, 3.0, 3.0, 0.0], &scale)
            .expect("four scores are enough");
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
    fn a_score_that_is_not_a_number_gives_no_result() {
        for method in all_methods() {
            let calc = calculate(&method, &[3.0, f64::NAN, 4.0, 4.0], &Scale::default_scale());
            assert_eq!(
                calc.no_result.as_deref(),
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

    // Parsing and validation.

    #[test]
    fn parse_applies_the_defaults() {
        assert_eq!(
            Method::parse("decaying_average", None),
            Ok(Method::DecayingAverage { rate: 0.65 }),
            "the default rate is 65%"
        );
        assert_eq!(
            Method::parse("weighted_average", None),
            Ok(Method::WeightedAverage { weight: 0.65 }),
            "the default weight is 65%"
        );
        assert_eq!(
            Method::parse("n_mastery", None),
            Ok(Method::NMastery { n: 3 }),
            "the default n is 3"
        );
        assert_eq!(
            Method::parse(" Power_Law ", None),
            Ok(Method::PowerLaw),
            "spaces and capitals around a name are forgiven"
        );
        assert_eq!(
            Method::parse("n_mastery", Some(20.0)),
            Ok(Method::NMastery { n: 20 }),
            "20 is the largest n"
        );
        assert_eq!(
            Method::parse("decaying_average", Some(1.0)),
            Ok(Method::DecayingAverage { rate: 1.0 }),
            "a rate of 1 is allowed (it is the latest score)"
        );
        assert_eq!(
            Method::default(),
            Method::DecayingAverage { rate: 0.65 },
            "the default method is Canvas's default"
        );
        for name in Method::NAMES {
            let method = Method::parse(name, None).expect("every listed name parses");
            assert_eq!(method.name(), *name, "name() round-trips parse()");
        }
    }

    #[test]
    fn parse_rejects_bad_names_and_parameters() {
        let err = Method::parse("median", None).expect_err("median is not a method");
        assert_eq!(field_of(&err), "method", "the error names the method field");
        assert!(
            Method::NAMES.iter().all(|n| err.to_string().contains(n)),
            "the error lists every valid name so the teacher can pick one: {err}"
        );
        let cases: &[(&str, f64, &str, &str)] = &[
            ("highest", 0.5, "param", "takes no parameter"),
            ("power_law", 2.0, "param", "takes no parameter"),
            ("weighted_average", 1.5, "weight", "from 0 to 1"),
            ("weighted_average", -0.1, "weight", "from 0 to 1"),
            ("weighted_average", f64::NAN, "weight", "from 0 to 1"),
            ("decaying_average", 0.0, "rate", "more than 0"),
            ("decaying_average", 1.01, "rate", "at most 1"),
            ("decaying_average", f64::INFINITY, "rate", "more than 0"),
            ("n_mastery", 2.5, "n", "whole number"),
            ("n_mastery", 0.0, "n", "from 1 to 20"),
            ("n_mastery", 21.0, "n", "from 1 to 20"),
        ];
        for (name, param, field, words) in cases {
            let err = Method::parse(name, Some(*param))
                .expect_err("the parameter is out of range for the method");
            assert_eq!(
                field_of(&err),
                *field,
                "{name} {param}: the error names the parameter"
            );
            assert!(
                err.to_string().contains(words),
                "{name} {param}: the message says what is allowed: {err}"
            );
        }
        assert_eq!(
            Method::NMastery { n: 0 }
                .validate()
                .map_err(|e| field_of(&e).to_owned()),
            Err("n".to_owned()),
            "validate catches an n read from JSON too"
        );
    }

    #[test]
    fn names_params_titles_and_words() {
        let scale = Scale::default_scale();
        let decaying = Method::DecayingAverage { rate: 0.65 };
        assert_eq!(decaying.param(), Some(0.65), "the rate is the parameter");
        assert_eq!(Method::PowerLaw.param(), None, "the power law has none");
        assert_eq!(
            Method::NMastery { n: 4 }.param(),
            Some(4.0),
            "n is given back as a number"
        );
        assert_eq!(
            decaying.title(),
            "Decaying average (65%)",
            "titles show the rate as a percentage"
        );
        assert_eq!(
            Method::WeightedAverage { weight: 0.125 }.title(),
            "Weighted average (12.5%)",
            "a fractional percentage keeps its decimal"
        );
        assert_eq!(
            decaying.formula_in_words(&scale),
            "Each new score counts for 65% and everything before it for 35%, so recent work matters most.",
            "the decaying average in words"
        );
        assert!(
            Method::NMastery { n: 3 }
                .formula_in_words(&scale)
                .contains("3 scores are at or above 3 (Proficient)"),
            "n_mastery's words name n and the threshold with its label"
        );
        assert!(
            Method::NMastery { n: 1 }
                .formula_in_words(&scale)
                .contains("1 score is at or above"),
            "one score is singular"
        );
        for method in all_methods() {
            assert!(
                !method.title().is_empty() && method.formula_in_words(&scale).ends_with('.'),
                "{}: every method has a title and a sentence",
                method.name()
            );
        }
    }

    #[test]
    fn serde_shapes() {
        let json = serde_json::to_value(Method::WeightedAverage { weight: 0.65 })
            .expect("a method serializes");
        assert_eq!(
            json,
            serde_json::json!({"name": "weighted_average", "weight": 0.65}),
            "the UI and the store read methods in this shape"
        );
        let back: Method = serde_json::from_value(serde_json::json!({"name": "n_mastery", "n": 3}))
            .expect("the documented shape deserializes");
        assert_eq!(back, Method::NMastery { n: 3 }, "n_mastery round-trips");
        let back: Method = serde_json::from_value(serde_json::json!({"name": "highest"}))
            .expect("a method without a parameter is just its name");
        assert_eq!(back, Method::Highest, "highest round-trips");
        assert_eq!(
            serde_json::to_value(Calculation::with_level(3.25)).expect("serializes"),
            serde_json::json!({"level": 3.25, "noResult": null}),
            "a calculation is camelCase with both keys"
        );
        assert_eq!(
            serde_json::to_value(Status::NotStarted).expect("serializes"),
            serde_json::json!("not_started"),
            "statuses are snake_case, as competency::status_str stores them"
        );
        let scale = Scale::default_scale();
        let back: Scale = serde_json::from_value(serde_json::to_value(&scale).expect("serializes"))
            .expect("deserializes");
        assert_eq!(back, scale, "a scale round-trips through JSON");
    }

    #[test]
    fn the_default_scale_is_valid_and_labelled() {
        let scale = Scale::default_scale();
        assert_eq!(
            scale.validate(),
            Ok(scale.clone()),
            "the default scale passes its own rules unchanged"
        );
        assert_eq!(scale.levels.len(), 9, "0 to 4 in half points is 9 levels");
        assert_eq!(
            (scale.min(), scale.max()),
            (0.0, 4.0),
            "it runs from 0 to 4"
        );
        assert_eq!(scale.threshold, 3.0, "mastery is at Proficient");
        for l in &scale.levels {
            assert_eq!(
                l.descriptor.is_empty(),
                l.value.fract() != 0.0,
                "{}: whole points have a descriptor and half points none",
                l.label
            );
        }
    }

    #[test]
    fn label_for_names_the_level_at_or_below() {
        let scale = Scale::default_scale();
        let cases = [
            (3.0, "Proficient"),
            (3.49, "Proficient"),
            (3.5, "Proficient+"),
            (3.5 - 1e-10, "Proficient+"),
            (0.25, "No evidence"),
            (0.5, "Emerging"),
            (1.5, "Beginning+"),
            (4.0, "Advanced"),
            (10.0, "Advanced"),
            (-1.0, "No evidence"),
            (f64::NAN, "No evidence"),
        ];
        for (value, label) in cases {
            assert_eq!(
                scale.label_for(value),
                label,
                "{value} is labelled by the highest level at or below it (lowest if none)"
            );
        }
    }

    #[test]
    fn contains_is_finite_and_within_the_range() {
        let scale = one_to_five();
        assert!(
            scale.contains(1.0) && scale.contains(5.0),
            "the ends are on the scale"
        );
        assert!(
            scale.contains(2.75),
            "values between levels are within the range"
        );
        assert!(
            !scale.contains(0.5) && !scale.contains(5.5),
            "values outside the ends are not"
        );
        assert!(
            !scale.contains(f64::NAN) && !scale.contains(f64::INFINITY),
            "non-numbers are not"
        );
    }

    #[test]
    fn scale_validation_names_each_broken_rule() {
        let base = Scale::default_scale();
        let mut too_few = base.clone();
        too_few.levels.truncate(1);
        let mut too_many = base.clone();
        too_many.levels = (0..22)
            .map(|v| ScaleLevel {
                value: f64::from(v),
                label: format!("L{v}"),
                descriptor: String::new(),
            })
            .collect();
        too_many.threshold = 3.0;
        let mut not_a_number = base.clone();
        not_a_number.levels[3].value = f64::NAN;
        let mut not_increasing = base.clone();
        not_increasing.levels[2].value = 0.5;
        let mut blank = base.clone();
        blank.levels[2].label = "   ".into();
        let mut long_label = base.clone();
        long_label.levels[2].label = "x".repeat(61);
        let mut line_break = base.clone();
        line_break.levels[2].label = "Pro\nficient".into();
        let mut long_descriptor = base.clone();
        long_descriptor.levels[2].descriptor = "x".repeat(301);
        let mut off_scale = base.clone();
        off_scale.threshold = 2.75;
        let mut lowest = base.clone();
        lowest.threshold = 0.0;
        let cases = [
            (too_few, "levels", "at least 2 levels"),
            (too_many, "levels", "at most 21 levels"),
            (not_a_number, "levels.3.value", "must be a number"),
            (
                not_increasing,
                "levels.2.value",
                "Level values must go up from one level to the next.",
            ),
            (
                blank,
                "levels.2.label",
                "The label of level 3 can't be blank.",
            ),
            (long_label, "levels.2.label", "the limit is 60"),
            (line_break, "levels.2.label", "line breaks"),
            (long_descriptor, "levels.2.descriptor", "the limit is 300"),
            (
                off_scale,
                "threshold",
                "one of the scale's level values: 0, 0.5, 1",
            ),
            (lowest, "threshold", "can't be the lowest level"),
        ];
        for (scale, field, words) in cases {
            let err = scale.validate().expect_err("the scale breaks a rule");
            assert_eq!(field_of(&err), field, "the error points at {field}: {err}");
            assert!(
                err.to_string().contains(words),
                "the message says what to fix ({words}): {err}"
            );
        }
    }

    #[test]
    fn scale_validation_cleans_what_it_accepts() {
        let mut scale = one_to_five();
        scale.levels[0].label = "  Starting ".into();
        scale.levels[0].descriptor = " Just begun. ".into();
        scale.levels[4].label = "x".repeat(60);
        scale.levels[4].descriptor = "y".repeat(300);
        scale.threshold = 3.0 + 1e-12;
        let ok = scale
            .validate()
            .expect("trimmed text at the limits is fine");
        assert_eq!(ok.levels[0].label, "Starting", "labels are trimmed");
        assert_eq!(
            ok.levels[0].descriptor, "Just begun.",
            "descriptors are trimmed"
        );
        assert_eq!(
            ok.threshold, 3.0,
            "the threshold snaps to the level value it matches"
        );
        let mut two = one_to_five();
        two.levels.truncate(2);
        two.threshold = 2.0;
        assert!(two.validate().is_ok(), "two levels is the smallest scale");
    }

    // Status.

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

    // Properties.

    const METHODS: [fn(u8) -> Method; 7] = [
        |_| Method::Highest,
        |_| Method::Latest,
        |_| Method::Average,
        |p| Method::WeightedAverage {
            weight: f64::from(p) / 100.0,
        },
        |p| Method::DecayingAverage {
            rate: f64::from(p.max(1)) / 100.0,
        },
        |p| Method::NMastery {
            n: u32::from(p % 20) + 1,
        },
        |_| Method::PowerLaw,
    ];

    fn any_method() -> impl Strategy<Value = Method> {
        (0..METHODS.len(), 0u8..=100).prop_map(|(i, p)| METHODS[i](p))
    }

    /// The default scale or the 1 to 5 one.
    fn any_scale() -> impl Strategy<Value = Scale> {
        prop_oneof![Just(Scale::default_scale()), Just(one_to_five())]
    }

    /// Scores in tenths from the scale's minimum to its maximum (both scales span 4).
    fn scores_on(scale: &Scale) -> impl Strategy<Value = Vec<f64>> + use<> {
        let min = scale.min();
        proptest::collection::vec(
            (0u8..=40).prop_map(move |t| min + f64::from(t) / 10.0),
            0..30,
        )
    }

    fn scale_and_scores() -> impl Strategy<Value = (Scale, Vec<f64>)> {
        any_scale().prop_flat_map(|scale| {
            let scores = scores_on(&scale);
            (Just(scale), scores)
        })
    }

    fn close(a: Option<f64>, b: Option<f64>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-9,
            (None, None) => true,
            _ => false,
        }
    }

    proptest! {
        #[test]
        fn every_level_is_finite_and_on_the_scale(
            method in any_method(),
            (scale, scores) in scale_and_scores(),
        ) {
            let calc = calculate(&method, &scores, &scale);
            prop_assert!(
                calc.level.is_some() != calc.no_result.is_some(),
                "exactly one of level and reason is set: {:?}", calc
            );
            if let Some(l) = calc.level {
                prop_assert!(
                    l.is_finite() && l >= scale.min() && l <= scale.max(),
                    "{} gave {} outside [{}, {}]", method.name(), l, scale.min(), scale.max()
                );
            }
        }

        #[test]
        fn highest_average_and_n_mastery_ignore_order(
            (scale, scores, shuffled) in scale_and_scores().prop_flat_map(|(scale, scores)| {
                let shuffled = Just(scores.clone()).prop_shuffle();
                (Just(scale), Just(scores), shuffled)
            }),
            n in 1u32..=5,
        ) {
            for method in [Method::Highest, Method::Average, Method::NMastery { n }] {
                let a = calculate(&method, &scores, &scale);
                let b = calculate(&method, &shuffled, &scale);
                prop_assert!(
                    close(a.level, b.level) && a.no_result == b.no_result,
                    "{} must not depend on order: {:?} vs {:?}", method.name(), a, b
                );
            }
        }

        #[test]
        fn latest_depends_only_on_the_last_score(
            (scale, scores) in scale_and_scores(),
            (_, other) in scale_and_scores(),
        ) {
            if let Some(&last) = scores.last() {
                let mut replaced = other.clone();
                replaced.push(last);
                prop_assert_eq!(
                    level(&Method::Latest, &scores, &scale),
                    level(&Method::Latest, &replaced, &scale),
                    "anything before the last score is ignored"
                );
            }
        }

        #[test]
        fn weighted_average_is_its_formula_whatever_the_order_before_the_last(
            (scale, scores, shuffled) in scale_and_scores().prop_flat_map(|(scale, scores)| {
                let prefix = scores[..scores.len().saturating_sub(1)].to_vec();
                (Just(scale), Just(scores), Just(prefix).prop_shuffle())
            }),
            p in 0u8..=100,
        ) {
            let w = f64::from(p) / 100.0;
            let method = Method::WeightedAverage { weight: w };
            if let Some(&last) = scores.last() {
                let mut reordered = shuffled.clone();
                reordered.push(last);
                let expected = if shuffled.is_empty() {
                    last
                } else {
                    last * w + shuffled.iter().sum::<f64>() / shuffled.len() as f64 * (1.0 - w)
                };
                let expected = expected.clamp(scale.min(), scale.max());
                for list in [&scores, &reordered] {
                    prop_assert!(
                        close(level(&method, list, &scale), Some(expected)),
                        "s_k·w + mean(earlier)·(1−w) = {} for {:?}", expected, list
                    );
                }
            }
        }

        #[test]
        fn decaying_average_is_its_closed_form(
            (scale, scores) in scale_and_scores(),
            p in 1u8..=100,
        ) {
            let d = f64::from(p) / 100.0;
            let k = scores.len();
            let expected = scores.iter().enumerate().map(|(i, s)| {
                let share = if i == 0 { 1.0 } else { d };
                s * share * (1.0 - d).powi((k - 1 - i) as i32)
            }).sum::<f64>();
            let got = level(&Method::DecayingAverage { rate: d }, &scores, &scale);
            let expected = (k > 0).then(|| expected.clamp(scale.min(), scale.max()));
            prop_assert!(
                close(got, expected),
                "a_k = s_1·(1−d)^(k−1) + Σ s_i·d·(1−d)^(k−i): {:?} vs {:?}", got, expected
            );
        }

        #[test]
        fn status_agrees_with_calculate_and_the_first_reaching_prefix(
            method in any_method(),
            (scale, scores) in scale_and_scores(),
        ) {
            let dated = dated(&scores);
            let calc = status(&method, &dated, &scale);
            prop_assert_eq!(
                calc.level,
                calculate(&method, &scores, &scale).level,
                "the status level is exactly the calculated level"
            );
            prop_assert_eq!(
                calc.mastered_on.is_some(),
                calc.status == Status::Mastered,
                "a date exactly when mastered"
            );
            prop_assert_eq!(
                calc.status == Status::NotStarted,
                scores.is_empty(),
                "not started exactly when there are no scores"
            );
            if calc.status == Status::Mastered {
                // Brute force: recalculate every prefix.
                let first = (1..=scores.len()).find(|&j| {
                    calculate(&method, &scores[..j], &scale)
                        .level
                        .is_some_and(|l| l >= scale.threshold - 1e-9)
                });
                prop_assert_eq!(
                    calc.mastered_on,
                    first.map(|j| dated[j - 1].0.clone()),
                    "mastered_on is the date of the first prefix that reached the threshold"
                );
            }
        }
    }
}
