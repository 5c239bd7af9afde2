//! The mastery calculations' tests, by topic, with the scales and helpers they share.

use super::*;
use crate::messages::english;
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

mod parsing;
mod properties;
mod published;
mod status;
