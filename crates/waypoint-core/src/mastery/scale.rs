//! Proficiency scales: their levels, the threshold that counts as mastery, a level's label,
//! and the rules a scale must follow (see the parent module's doc, "Scales").

use serde::{Deserialize, Serialize};

use super::{DESCRIPTOR_MAX, EPS, LABEL_MAX, SCALE_LEVELS_MAX, SCALE_LEVELS_MIN, fmt_num};
use crate::messages::Decimal;
use crate::validate;
use crate::{Error, Result, msg};

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
                msg!(
                    "core-scale-too-few-levels",
                    min = SCALE_LEVELS_MIN,
                    count = count
                ),
            ));
        }
        if count > SCALE_LEVELS_MAX {
            return Err(Error::invalid(
                "levels",
                msg!(
                    "core-scale-too-many-levels",
                    max = SCALE_LEVELS_MAX,
                    count = count
                ),
            ));
        }
        let mut levels = Vec::with_capacity(count);
        for (i, level) in self.levels.iter().enumerate() {
            let n = i + 1;
            if !level.value.is_finite() {
                return Err(Error::invalid(
                    format!("levels.{i}.value"),
                    msg!("core-scale-value-not-a-number", n = n),
                ));
            }
            if let Some(before) = i.checked_sub(1).and_then(|j| self.levels.get(j))
                && level.value <= before.value
            {
                return Err(Error::invalid(
                    format!("levels.{i}.value"),
                    msg!("core-scale-values-go-up"),
                ));
            }
            let label = validate::text(
                &format!("levels.{i}.label"),
                msg!("core-label-level-label", n = n),
                &level.label,
                true,
                LABEL_MAX,
            )?;
            let descriptor = validate::notes(
                &format!("levels.{i}.descriptor"),
                msg!("core-label-level-description", n = n),
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
                let values: Vec<Decimal> = levels
                    .iter()
                    .map(|l| Decimal::rounded(l.value, 2))
                    .collect();
                Error::invalid(
                    "threshold",
                    msg!(
                        "core-scale-threshold-not-a-level",
                        levels = crate::validate::name_list(&values)
                    ),
                )
            })?;
        if threshold == 0 {
            return Err(Error::invalid(
                "threshold",
                msg!("core-scale-threshold-lowest"),
            ));
        }
        let threshold = levels[threshold].value;
        Ok(Scale { levels, threshold })
    }

    fn values(&self) -> impl Iterator<Item = f64> + '_ {
        self.levels.iter().map(|l| l.value)
    }

    /// "3 (Proficient)": a level value with its label.
    pub(super) fn describe(&self, level: f64) -> String {
        format!("{} ({})", fmt_num(level), self.label_for(level))
    }
}
