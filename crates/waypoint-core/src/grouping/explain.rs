//! What the grouping engine tells the teacher: the result with each student's reason, and
//! the errors that name the constraints which can't hold together.

use super::problem::{Con, Found, Problem, Shape, build_structure, feasible};
use super::{
    GroupingMode, GroupingResult, ProposedGroup, SearchMethod, StudentReason, mean_threshold,
};
use crate::evidence::{Band, band};
use crate::messages::{Decimal, Message};
use crate::{Error, msg};

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
                        msg!(
                            "reason-focus-like",
                            band = band_key(b),
                            codes = codes.join(", ")
                        ),
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
                        msg!("reason-focus-mixed", code = &input.targets[lowest].code),
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
    pub(super) fn reason(&self, p: usize) -> Message {
        let input = self.input;
        let s = &input.students[self.placed[p]];
        let mut known = Vec::new();
        let mut missing = Vec::new();
        for (l, t) in s.levels.iter().zip(&input.targets) {
            match l {
                Some(v) => known.push(msg!(
                    "reason-level-on",
                    level = Decimal::rounded(*v, 2),
                    code = &t.code
                )),
                None => missing.push(t.code.as_str()),
            }
        }
        let count = known.len();
        let levels = comma_list(known).map(|l| msg!("reason-levels", count = count, levels = l));
        let levels = match levels {
            Some(l) if count >= 2 => Some(msg!(
                "reason-levels-mean",
                levels = l,
                mean = Decimal::rounded(self.scores[p], 1)
            )),
            other => other,
        };
        let evidence = match (levels, missing.is_empty()) {
            (Some(l), true) => l,
            (Some(l), false) => msg!(
                "reason-levels-and-no-evidence",
                levels = l,
                codes = missing.join(", ")
            ),
            (None, _) => msg!("reason-no-evidence-on", codes = missing.join(", ")),
        };
        let band = band_key(self.bands[p]);
        let reason = match input.mode {
            GroupingMode::Like => msg!("reason-like", evidence = evidence, band = band),
            GroupingMode::Mixed => msg!("reason-mixed", evidence = evidence, band = band),
        };
        if self.teacher_named[p] {
            msg!("reason-with-teacher", reason = reason)
        } else {
            reason
        }
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
        return Error::invalid("constraints", msg!("core-grouping-contradiction"));
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
    let message = if teacher_named[a] && teacher_named[b] {
        msg!(
            "core-grouping-apart-but-teacher",
            a = names[a],
            b = names[b]
        )
    } else if others.is_empty() {
        msg!(
            "core-grouping-apart-but-together",
            a = names[a],
            b = names[b]
        )
    } else {
        msg!(
            "core-grouping-apart-but-together-with",
            a = names[a],
            b = names[b],
            others = join_names(others.into_iter())
        )
    };
    Error::invalid("constraints", message)
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
    let text: Vec<Message> = core
        .iter()
        .map(|c| match c {
            Con::Apart(a, b) => msg!("core-grouping-keep-apart", a = names[*a], b = names[*b]),
            Con::Together(set) => msg!(
                "core-grouping-keep-together",
                names = join_names(set.iter().map(|&i| names[i]))
            ),
            Con::Teacher(set) => msg!(
                "core-grouping-with-teacher",
                names = join_names(set.iter().map(|&i| names[i]))
            ),
        })
        .collect();
    // Which change would help: a selector value for the sentences below.
    let advice = if shape.bounds.is_some() {
        "sizes"
    } else if core.iter().any(|c| matches!(c, Con::Apart(..))) {
        "more"
    } else {
        "fewer"
    };
    let message = match text.as_slice() {
        [] => msg!(
            "core-grouping-infeasible",
            shape = shape.with(),
            advice = advice
        ),
        [one] => msg!(
            "core-grouping-infeasible-one",
            shape = shape.with(),
            constraint = one.clone(),
            advice = advice
        ),
        [first, rest @ ..] => {
            // Built from the end: `a; (b; c)`.
            let mut list = rest[rest.len() - 1].clone();
            for c in rest[..rest.len() - 1].iter().rev() {
                list = msg!(
                    "core-grouping-constraint-list",
                    head = c.clone(),
                    rest = list
                );
            }
            list = msg!(
                "core-grouping-constraint-list",
                head = first.clone(),
                rest = list
            );
            msg!(
                "core-grouping-infeasible-some",
                shape = shape.with(),
                constraints = list,
                advice = advice
            )
        }
    };
    Error::invalid("constraints", message)
}

pub(super) fn gave_up(shape: Shape) -> Error {
    Error::invalid(
        "constraints",
        msg!("core-grouping-gave-up", shape = shape.with()),
    )
}

/// "Ana", "Ana and Ben", "Ana, Ben and Cy".
pub(super) fn join_names<'s>(names: impl Iterator<Item = &'s str>) -> Message {
    let v: Vec<&str> = names.collect();
    crate::validate::name_list(&v)
}

/// A band as the catalogs' selectors name it.
pub(super) fn band_key(b: Band) -> &'static str {
    match b {
        Band::Reteach => "reteach",
        Band::Practice => "practice",
        Band::Extend => "extend",
    }
}

/// Clauses joined with commas, as one message (`reason-list` nests), or `None` for none.
pub(super) fn comma_list(items: Vec<Message>) -> Option<Message> {
    items
        .into_iter()
        .reduce(|head, tail| msg!("reason-list", head = head, tail = tail))
}
