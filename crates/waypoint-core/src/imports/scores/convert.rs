//! A score as a file writes it ("85", "85%", "7 / 10") read as a number, and that number
//! turned into a level of the class's scale.
//!
//! # The three conversions
//!
//! - **Percent** with cut points: the level is the one of the highest cut whose
//!   `minPercent` the score reaches; below every cut, the scale's lowest level. A percent
//!   must lie in 0–100.
//! - **Points** out of a maximum: `points / max × 100`, then the cut points. Points must
//!   lie in 0–max.
//! - **Vendor** scale (an adaptive program's own numbers, from `min` to `max`, with the mark
//!   it calls proficient): the vendor's proficient mark lands on the scale's mastery
//!   threshold (its "Proficient" level), `min` on the scale's lowest level and `max` on its
//!   highest; in between the value is placed linearly (one line below the proficient mark,
//!   another above it) and rounded *down* to a level of the scale, so a student only reaches
//!   proficient by reaching the vendor's own proficient mark.
//!
//! # Default cut points
//!
//! With no cut points given, they are derived from the scale ([`default_cuts`]): the mastery
//! threshold starts at 80%; the levels below it share 0–80% evenly (the lowest level from
//! 0%), and the levels above it share 80–100% evenly, so the top level is reached before a
//! perfect score; each is rounded down to 0.1%. On the default 0–4 scale: 2 from 53.3%, 2.5
//! from 66.6%, 3 from 80%, 3.5 from 86.6%, 4 from 93.3%.
//!
//! Every conversion is monotonic (a higher score never gives a lower level) and gives only
//! levels of the scale; a proptest beside it checks both.

use serde::{Deserialize, Serialize};

use crate::mastery::Scale;
use crate::messages::Decimal;
use crate::msg;
use crate::{Error, Result};

const EPS: f64 = 1e-9;

/// Where the mastery threshold starts, in percent, when cut points are derived.
pub const PROFICIENT_PERCENT: f64 = 80.0;

/// One cut point: a score of at least `min_percent` gets `level` (unless a higher cut
/// applies).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Cut {
    /// The lowest percent (0–100) that gets this level.
    pub min_percent: f64,
    /// A level of the scale.
    pub level: f64,
}

/// How a file's scores become levels of the class's scale (see the module doc).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Conversion {
    /// Percents (0–100) through cut points; none given: derived from the scale.
    #[serde(rename_all = "camelCase")]
    Percent {
        /// The cut points; empty means [`default_cuts`].
        #[serde(default)]
        cuts: Vec<Cut>,
    },
    /// Raw points out of `max`, as a percent through cut points.
    #[serde(rename_all = "camelCase")]
    Points {
        /// The most points there are (of the combined value, when columns are summed).
        max: f64,
        /// The cut points; empty means [`default_cuts`].
        #[serde(default)]
        cuts: Vec<Cut>,
    },
    /// A vendor's own scale, from `min` to `max`, whose `proficient` mark is the scale's
    /// mastery threshold.
    #[serde(rename_all = "camelCase")]
    Vendor {
        /// The vendor scale's lowest value (0 unless said).
        #[serde(default)]
        min: f64,
        /// The value the vendor calls proficient.
        proficient: f64,
        /// The vendor scale's highest value.
        max: f64,
    },
}

impl Default for Conversion {
    fn default() -> Self {
        Conversion::Percent { cuts: vec![] }
    }
}

/// A cell read as a score: its number and, for "7 / 10", what it is out of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CellScore {
    /// The number.
    pub value: f64,
    /// The denominator of a fraction cell.
    pub out_of: Option<f64>,
}

/// Reads a cell as a score: `85`, `85.5`, `85%`, `85,5` (a decimal comma), `7 / 10`,
/// `7/10`. `None` for anything else.
pub fn parse_score(cell: &str) -> Option<CellScore> {
    let t = cell.trim();
    let number = |s: &str| -> Option<f64> {
        let s = s.trim();
        let s = s.strip_suffix('%').unwrap_or(s).trim();
        // A decimal comma (a European spreadsheet), never a thousands separator in a score.
        let s = if s.matches(',').count() == 1 && !s.contains('.') {
            s.replace(',', ".")
        } else {
            s.to_owned()
        };
        s.parse::<f64>().ok().filter(|x| x.is_finite())
    };
    if let Some((a, b)) = t.split_once('/') {
        let (value, out_of) = (number(a)?, number(b)?);
        return (out_of > 0.0).then_some(CellScore {
            value,
            out_of: Some(out_of),
        });
    }
    Some(CellScore {
        value: number(t)?,
        out_of: None,
    })
}

/// The cut points derived from `scale` (see the module doc), rounded down to 0.1% so that a
/// fraction such as 2 of 3 reaches the level at 66.6…%.
pub fn default_cuts(scale: &Scale) -> Vec<Cut> {
    let levels: Vec<f64> = scale.levels.iter().map(|l| l.value).collect();
    let at = levels
        .iter()
        .position(|v| (v - scale.threshold).abs() < EPS)
        .unwrap_or(levels.len().saturating_sub(1));
    let above = levels.len() - 1 - at;
    let round = |p: f64| (p * 10.0 + 1e-6).floor() / 10.0;
    levels
        .iter()
        .enumerate()
        .map(|(i, &level)| {
            let min_percent = if i <= at {
                PROFICIENT_PERCENT * i as f64 / at.max(1) as f64
            } else {
                PROFICIENT_PERCENT
                    + (100.0 - PROFICIENT_PERCENT) * (i - at) as f64 / (above + 1) as f64
            };
            Cut {
                min_percent: round(min_percent),
                level,
            }
        })
        .collect()
}

/// True when `level` is one of `scale`'s levels.
fn on_scale(scale: &Scale, level: f64) -> bool {
    scale.levels.iter().any(|l| (l.value - level).abs() < EPS)
}

/// Checks cut points against `scale`: each a level of it, percents in 0–100, and levels
/// that never go down as the percent goes up. Returns them sorted by percent.
pub fn check_cuts(cuts: &[Cut], scale: &Scale) -> Result<Vec<Cut>> {
    let mut sorted = cuts.to_vec();
    sorted.sort_by(|a, b| a.min_percent.total_cmp(&b.min_percent));
    for c in &sorted {
        if !c.min_percent.is_finite() || !(0.0..=100.0).contains(&c.min_percent) {
            return Err(Error::invalid(
                "conversion.cuts",
                msg!(
                    "import-scores-cut-percent",
                    percent = c.min_percent.to_string()
                ),
            ));
        }
        if !on_scale(scale, c.level) {
            let values: Vec<Decimal> = scale
                .levels
                .iter()
                .map(|l| Decimal::rounded(l.value, 2))
                .collect();
            return Err(Error::invalid(
                "conversion.cuts",
                msg!(
                    "import-scores-cut-not-level",
                    percent = Decimal::rounded(c.min_percent, 2),
                    level = Decimal::rounded(c.level, 2),
                    levels = crate::validate::name_list(&values)
                ),
            ));
        }
    }
    if sorted.windows(2).any(|w| w[1].level < w[0].level) {
        return Err(Error::invalid(
            "conversion.cuts",
            msg!("import-scores-cuts-order"),
        ));
    }
    Ok(sorted)
}

impl Conversion {
    /// Checks the conversion's own numbers (not the cut points' levels, which depend on the
    /// scale: see [`check_cuts`]).
    pub fn check(&self) -> Result<()> {
        match *self {
            Conversion::Percent { .. } => Ok(()),
            Conversion::Points { max, .. } if max.is_finite() && max > 0.0 => Ok(()),
            Conversion::Points { .. } => Err(Error::invalid(
                "conversion.max",
                msg!("import-scores-points-max"),
            )),
            Conversion::Vendor {
                min,
                proficient,
                max,
            } if [min, proficient, max].iter().all(|x| x.is_finite())
                && min < proficient
                && proficient < max =>
            {
                Ok(())
            }
            Conversion::Vendor { .. } => Err(Error::invalid(
                "conversion.proficient",
                msg!("import-scores-vendor-order"),
            )),
        }
    }

    /// The range a (combined) value must lie in, for messages and checks.
    pub fn range(&self) -> (f64, f64) {
        match *self {
            Conversion::Percent { .. } => (0.0, 100.0),
            Conversion::Points { max, .. } => (0.0, max),
            Conversion::Vendor { min, max, .. } => (min, max),
        }
    }

    /// The number a cell counts as under this conversion: a fraction cell is a percent
    /// under `Percent`, and its numerator otherwise.
    pub fn value_of(&self, cell: CellScore) -> f64 {
        match (self, cell.out_of) {
            (Conversion::Percent { .. }, Some(d)) => cell.value / d * 100.0,
            _ => cell.value,
        }
    }

    /// The level `value` converts to on `scale`, with `cuts` already checked by
    /// [`check_cuts`] (empty: the defaults). `None` when the value is out of range.
    pub fn level(&self, value: f64, scale: &Scale, cuts: &[Cut]) -> Option<f64> {
        let (lo, hi) = self.range();
        if !value.is_finite() || value < lo - EPS || value > hi + EPS {
            return None;
        }
        let percent = match *self {
            Conversion::Percent { .. } => value,
            Conversion::Points { max, .. } => value / max * 100.0,
            Conversion::Vendor {
                min,
                proficient,
                max,
            } => return Some(vendor_level(value, min, proficient, max, scale)),
        };
        let derived;
        let cuts = if cuts.is_empty() {
            derived = default_cuts(scale);
            &derived[..]
        } else {
            cuts
        };
        Some(
            cuts.iter()
                .filter(|c| percent >= c.min_percent - EPS)
                .map(|c| c.level)
                .fold(scale.min(), f64::max),
        )
    }
}

/// The vendor value placed on the scale (see the module doc), rounded down to a level.
fn vendor_level(value: f64, min: f64, proficient: f64, max: f64, scale: &Scale) -> f64 {
    let (bottom, top, threshold) = (scale.min(), scale.max(), scale.threshold);
    let placed = if value <= proficient {
        bottom + (value - min) / (proficient - min) * (threshold - bottom)
    } else {
        threshold + (value - proficient) / (max - proficient) * (top - threshold)
    };
    scale
        .levels
        .iter()
        .map(|l| l.value)
        .filter(|v| *v <= placed + EPS)
        .fold(bottom, f64::max)
}
