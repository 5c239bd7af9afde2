//! What the grouping engine tells the teacher: the result with each student's reason, and
//! the errors that name the constraints which can't hold together.

use super::problem::{Con, Found, Problem, Shape, build_structure, feasible};
use super::{
    GroupingMode, GroupingResult, ProposedGroup, SearchMethod, StudentReason, mean_threshold,
};
use crate::Error;
use crate::evidence::{Band, band};

impl Problem<'_> {
    /// Builds the result from the group of each placed student.
    pub(super) fn result(
        &self,
        assignment: &[usize],
        objective: f64,
        method: SearchMethod,
    ) -> GroupingResult {
        let input = self.input;
        let k = self.shape.k;
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); k];
        for (p, &g) in assignment.iter().enumerate() {
            members[g].push(p);
        }
        members.retain(|m| !m.is_empty());
        let mean = |m: &[usize]| m.iter().map(|&p| self.scores[p]).sum::<f64>() / m.len() as f64;
        members.sort_by(|a, b| mean(a).total_cmp(&mean(b)).then(a[0].cmp(&b[0])));
        if let Some(tb) = self.st.teacher_block {
            let first = self.st.blocks[tb][0];
            if let Some(pos) = members.iter().position(|m| m.contains(&first)) {
                let g = members.remove(pos);
                members.insert(0, g);
            }
        }
        let threshold = mean_threshold(&input.targets);
        let mut group_of = vec![0; self.placed.len()];
        let mut groups = Vec::with_capacity(members.len());
        for (gi, m) in members.iter_mut().enumerate() {
            for &p in m.iter() {
                group_of[p] = gi;
            }
            m.sort_by(|&a, &b| {
                let (sa, sb) = (
                    &input.students[self.placed[a]],
                    &input.students[self.placed[b]],
                );
                self.scores[b]
                    .total_cmp(&self.scores[a])
                    .then_with(|| sa.name.cmp(&sb.name))
                    .then_with(|| sa.id.cmp(&sb.id))
            });
            let group_mean = mean(m);
            // Per-target means over members with a level there; 0 if none has one.
            let target_means: Vec<f64> = (0..input.targets.len())
                .map(|t| {
                    let known: Vec<f64> = m
                        .iter()
                        .filter_map(|&p| input.students[self.placed[p]].levels[t])
                        .collect();
                    if known.is_empty() {
                        0.0
                    } else {
                        known.iter().sum::<f64>() / known.len() as f64
                    }
                })
                .collect();
            let (focus, group_band) = match input.mode {
                GroupingMode::Like => {
                    let b = band(group_mean, threshold);
                    let mut codes: Vec<&str> = input
                        .targets
                        .iter()
                        .zip(&target_means)
                        .filter(|(t, tm)| band(**tm, t.threshold) == b)
                        .map(|(t, _)| t.code.as_str())
                        .collect();
                    if codes.is_empty() {
                        codes = input.targets.iter().map(|t| t.code.as_str()).collect();
                    }
                    (
                        format!("{} {}", band_word(b, true), codes.join(", ")),
                        Some(b),
                    )
                }
                GroupingMode::Mixed => {
                    let mut lowest = 0;
                    for (t, tm) in target_means.iter().enumerate() {
                        if *tm < target_means[lowest] {
                            lowest = t;
                        }
                    }
                    (
                        format!("Mixed: peer practice on {}", input.targets[lowest].code),
                        None,
                    )
                }
            };
            groups.push(ProposedGroup {
                members: m
                    .iter()
                    .map(|&p| input.students[self.placed[p]].id.clone())
                    .collect(),
                focus,
                band: group_band,
                mean_level: m.iter().any(|&p| self.has_level[p]).then_some(group_mean),
                teacher_led: gi == 0,
            });
        }
        let reasons = (0..self.placed.len())
            .map(|p| StudentReason {
                student_id: input.students[self.placed[p]].id.clone(),
                group: group_of[p],
                reason: self.reason(p),
            })
            .collect();
        GroupingResult {
            groups,
            reasons,
            objective,
            method,
        }
    }

    /// "levels 1.5 on 6.RP.A.1, 3 on 6.RP.A.2 (mean 2.3): practice" and the like.
    pub(super) fn reason(&self, p: usize) -> String {
        let input = self.input;
        let s = &input.students[self.placed[p]];
        let mut known = Vec::new();
        let mut missing = Vec::new();
        for (l, t) in s.levels.iter().zip(&input.targets) {
            match l {
                Some(v) => known.push(format!("{} on {}", fmt_num(*v, 2), t.code)),
                None => missing.push(t.code.as_str()),
            }
        }
        let mut text = match known.len() {
            0 => String::new(),
            1 => format!("level {}", known[0]),
            _ => format!("levels {}", known.join(", ")),
        };
        if !missing.is_empty() {
            if !text.is_empty() {
                text.push_str(", ");
            }
            text.push_str("no evidence yet on ");
            text.push_str(&missing.join(", "));
        }
        if known.len() >= 2 {
            text.push_str(&format!(" (mean {})", fmt_num(self.scores[p], 1)));
        }
        let b = self.bands[p];
        text.push_str(": ");
        text.push_str(band_word(b, false));
        if input.mode == GroupingMode::Mixed {
            text.push_str(match b {
                Band::Reteach => " — mixed group, gets peer support",
                Band::Practice => " — mixed group, practices alongside peers",
                Band::Extend => " — mixed group, can support peers",
            });
        }
        if self.teacher_named[p] {
            text.push_str("; placed with the teacher as asked");
        }
        text
    }
}

/// The error for an apart pair that other constraints glue into one group.
pub(super) fn apart_in_block(
    cons: &[Con],
    ci: usize,
    names: &[&str],
    teacher_named: &[bool],
) -> Error {
    let Some(&Con::Apart(a, b)) = cons.get(ci) else {
        return Error::invalid(
            "constraints",
            "Some of these constraints contradict each other.",
        );
    };
    // The block holding both, from the gluing constraints only.
    let glue: Vec<&Con> = cons
        .iter()
        .filter(|c| !matches!(c, Con::Apart(..)))
        .collect();
    let others: Vec<&str> = match build_structure(names.len(), &glue) {
        Ok(st) => st.blocks[st.block_of[a]]
            .iter()
            .filter(|&&i| i != a && i != b)
            .map(|&i| names[i])
            .collect(),
        Err(_) => Vec::new(),
    };
    let why = if teacher_named[a] && teacher_named[b] {
        "both are to be placed with the teacher".to_string()
    } else if others.is_empty() {
        "they are also to be kept together".to_string()
    } else {
        format!(
            "they are also to be kept together (with {})",
            join_names(others.into_iter())
        )
    };
    Error::invalid(
        "constraints",
        format!(
            "{} and {} are to be kept apart, but {why}.",
            names[a], names[b]
        ),
    )
}

/// The error for constraints that can't all hold: a minimal conflicting set, by deletion.
pub(super) fn infeasible(shape: Shape, cons: &[Con], names: &[&str]) -> Error {
    let mut keep: Vec<bool> = vec![true; cons.len()];
    for i in 0..cons.len() {
        keep[i] = false;
        let subset: Vec<&Con> = cons
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(c, _)| c)
            .collect();
        if !matches!(feasible(shape, &subset), Found::No) {
            keep[i] = true;
        }
    }
    let core: Vec<&Con> = cons
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(c, _)| c)
        .collect();
    let text: Vec<String> = core
        .iter()
        .map(|c| match c {
            Con::Apart(a, b) => format!("keep apart {} and {}", names[*a], names[*b]),
            Con::Together(set) => format!(
                "keep together {}",
                join_names(set.iter().map(|&i| names[i]))
            ),
            Con::Teacher(set) => format!(
                "place {} with the teacher",
                join_names(set.iter().map(|&i| names[i]))
            ),
        })
        .collect();
    let advice = if shape.bounds.is_some() {
        "Change the group sizes"
    } else if core.iter().any(|c| matches!(c, Con::Apart(..))) {
        "Make more groups"
    } else {
        "Make fewer groups"
    };
    let message = match text.len() {
        0 => format!(
            "The students present can't be grouped {}. {advice}.",
            shape.with()
        ),
        1 => format!(
            "This can't hold {}: {}. {advice} or drop it.",
            shape.with(),
            text[0]
        ),
        _ => format!(
            "These can't all hold {}: {}. {advice} or drop one of them.",
            shape.with(),
            text.join("; ")
        ),
    };
    Error::invalid("constraints", message)
}

pub(super) fn gave_up(shape: Shape) -> Error {
    Error::invalid(
        "constraints",
        format!(
            "Couldn't find a grouping that keeps every constraint {}. Make more groups or drop some constraints.",
            shape.with()
        ),
    )
}

/// "Ana", "Ana and Ben", "Ana, Ben and Cy".
pub(super) fn join_names<'s>(names: impl Iterator<Item = &'s str>) -> String {
    let v: Vec<&str> = names.collect();
    match v.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

pub(super) fn band_word(b: Band, capital: bool) -> &'static str {
    match (b, capital) {
        (Band::Reteach, true) => "Reteach",
        (Band::Practice, true) => "Practice",
        (Band::Extend, true) => "Extend",
        (Band::Reteach, false) => "reteach",
        (Band::Practice, false) => "practice",
        (Band::Extend, false) => "extend",
    }
}

/// A number rounded to at most `decimals` places, without trailing zeros: 1, 1.5, 2.33.
pub(super) fn fmt_num(x: f64, decimals: i32) -> String {
    let scale = 10f64.powi(decimals);
    let r = (x * scale).round() / scale;
    let r = if r == 0.0 { 0.0 } else { r };
    let s = format!("{r:.*}", decimals.max(0) as usize);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}
