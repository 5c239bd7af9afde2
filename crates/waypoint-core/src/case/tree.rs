//! Building the tree from a package's items and `isChildOf` links: one parent per item,
//! cycles found and named, parents missing from the file reported, siblings put in order
//! (natural order for list enumerations and codes). Nothing recurses.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::{CaseDocument, CaseNode, CasePackage, ChildLink, MissingParent, RawItem};
use crate::{Error, Result};

/// Where an item hangs.
#[derive(Debug, Clone)]
pub(super) enum Place {
    /// At the top: a child of the document, or no `isChildOf`.
    Top,
    /// Under the item at this index.
    Under(usize),
    /// At the top because its parent (this identifier) is not in the file.
    Missing(String),
}

pub(super) fn assemble(
    document: CaseDocument,
    items: Vec<RawItem>,
    links: &[ChildLink],
) -> Result<CasePackage> {
    let n = items.len();
    let (places, sequences, extra_parents) = choose_parents(&document.identifier, &items, links);

    let parent_index: Vec<Option<usize>> = places
        .iter()
        .map(|p| match p {
            Place::Under(j) => Some(*j),
            Place::Top | Place::Missing(_) => None,
        })
        .collect();
    if let Some(cycle) = find_cycle(&parent_index, &items) {
        return Err(Error::CaseCycle {
            codes: cycle.iter().map(|&i| items[i].label().to_owned()).collect(),
        });
    }

    let mut roots = Vec::new();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, parent) in parent_index.iter().enumerate() {
        match parent {
            Some(p) => children[*p].push(i),
            None => roots.push(i),
        }
    }
    let by_sibling_order =
        |&a: &usize, &b: &usize| sibling_cmp(&items[a], sequences[a], &items[b], sequences[b]);
    let mut order = vec![0u32; n];
    roots.sort_by(by_sibling_order);
    for group in children.iter_mut() {
        group.sort_by(by_sibling_order);
    }
    for group in children.iter().chain(std::iter::once(&roots)) {
        for (position, &i) in group.iter().enumerate() {
            order[i] = u32::try_from(position).unwrap_or(u32::MAX);
        }
    }

    // Pre-order with an explicit stack: a 10,000-deep chain must not recurse.
    let mut pre_order = Vec::with_capacity(n);
    let mut stack: Vec<usize> = roots.iter().rev().copied().collect();
    while let Some(i) = stack.pop() {
        pre_order.push(i);
        stack.extend(children[i].iter().rev());
    }
    debug_assert_eq!(pre_order.len(), n, "without a loop every item is reachable");

    let parent_ids: Vec<Option<String>> = parent_index
        .iter()
        .map(|p| p.map(|j| items[j].identifier.clone()))
        .collect();
    let mut slots: Vec<Option<RawItem>> = items.into_iter().map(Some).collect();
    let mut nodes = Vec::with_capacity(n);
    let mut missing_parents = Vec::new();
    for i in pre_order {
        let Some(item) = slots[i].take() else {
            continue;
        };
        if let Place::Missing(parent) = &places[i] {
            missing_parents.push(MissingParent {
                identifier: item.identifier.clone(),
                code: item.code.clone(),
                parent: parent.clone(),
            });
        }
        nodes.push(CaseNode {
            identifier: item.identifier,
            parent: parent_ids[i].clone(),
            code: item.code,
            full_statement: item.full_statement,
            abbreviated_statement: item.abbreviated_statement,
            item_type: item.item_type,
            education_levels: item.education_levels,
            list_enumeration: item.list_enumeration,
            order: order[i],
            is_leaf: children[i].is_empty(),
        });
    }
    Ok(CasePackage {
        document,
        nodes,
        missing_parents,
        extra_parents,
        precedes: Vec::new(),
        warnings: Vec::new(),
    })
}

/// For each item: its place, the `sequenceNumber` of the link that placed it, and how many
/// other parents were set aside in all.
pub(super) fn choose_parents(
    document_id: &str,
    items: &[RawItem],
    links: &[ChildLink],
) -> (Vec<Place>, Vec<Option<i64>>, usize) {
    let index: HashMap<&str, usize> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (item.identifier.as_str(), i))
        .collect();

    struct Candidate<'a> {
        item: usize,
        found: bool,
        sequence: Option<i64>,
        position: usize,
        destination: &'a str,
        place: Place,
    }
    let mut candidates: Vec<Candidate> = links
        .iter()
        .enumerate()
        .filter_map(|(position, link)| {
            let &item = index.get(link.origin.as_str())?;
            let place = if link.destination == document_id {
                Place::Top
            } else if let Some(&j) = index.get(link.destination.as_str()) {
                Place::Under(j)
            } else {
                Place::Missing(link.destination.clone())
            };
            Some(Candidate {
                item,
                found: !matches!(place, Place::Missing(_)),
                sequence: link.sequence,
                position,
                destination: &link.destination,
                place,
            })
        })
        .collect();
    // Per item: a parent found in the file first, then the lowest sequenceNumber (missing
    // last), then the first in the file. `position` is unique, so this is a total order.
    candidates.sort_by(|a, b| {
        a.item
            .cmp(&b.item)
            .then_with(|| b.found.cmp(&a.found))
            .then_with(|| cmp_missing_last(a.sequence, b.sequence))
            .then_with(|| a.position.cmp(&b.position))
    });

    let mut places = vec![Place::Top; items.len()];
    let mut sequences = vec![None; items.len()];
    let mut extra = 0;
    let mut rest: Vec<&str> = Vec::new();
    for group in candidates.chunk_by(|a, b| a.item == b.item) {
        let Some(chosen) = group.first() else {
            continue;
        };
        places[chosen.item] = chosen.place.clone();
        sequences[chosen.item] = chosen.sequence;
        rest.clear();
        rest.extend(
            group[1..]
                .iter()
                .map(|c| c.destination)
                .filter(|d| *d != chosen.destination),
        );
        rest.sort_unstable();
        rest.dedup();
        extra += rest.len();
    }
    (places, sequences, extra)
}

/// A loop in the parent relation, if there is one: the loop containing the smallest item (by
/// code, then identifier) of any loop, starting at that item and going from parent to child.
pub(super) fn find_cycle(parent: &[Option<usize>], items: &[RawItem]) -> Option<Vec<usize>> {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let smaller = |a: usize, b: usize| label_cmp(&items[a], &items[b]) == Ordering::Less;

    let mut state = vec![NEW; parent.len()];
    let mut best: Option<(usize, Vec<usize>)> = None;
    let mut path = Vec::new();
    for start in 0..parent.len() {
        if state[start] != NEW {
            continue;
        }
        path.clear();
        let mut current = Some(start);
        while let Some(c) = current {
            match state[c] {
                NEW => {
                    state[c] = ON_PATH;
                    path.push(c);
                    current = parent[c];
                }
                ON_PATH => {
                    // `path` runs child → parent; the loop is its tail from `c`.
                    let from = path.iter().rposition(|&p| p == c).unwrap_or(0);
                    let members = &path[from..];
                    let lowest = members
                        .iter()
                        .copied()
                        .reduce(|a, b| if smaller(b, a) { b } else { a })
                        .unwrap_or(c);
                    if best.as_ref().is_none_or(|(b, _)| smaller(lowest, *b)) {
                        best = Some((lowest, members.to_vec()));
                    }
                    break;
                }
                _ => break,
            }
        }
        for &p in &path {
            state[p] = DONE;
        }
    }
    best.map(|(lowest, mut members)| {
        members.reverse(); // parent → child
        let at = members.iter().position(|&m| m == lowest).unwrap_or(0);
        members.rotate_left(at);
        members
    })
}

// ---------------------------------------------------------------------------------------------
// Ordering
// ---------------------------------------------------------------------------------------------

/// Siblings: `sequenceNumber` (missing last), `listEnumeration`, code (both natural, empty
/// last), identifier. Identifiers are unique, so this is a total order.
pub(super) fn sibling_cmp(a: &RawItem, sa: Option<i64>, b: &RawItem, sb: Option<i64>) -> Ordering {
    cmp_missing_last(sa, sb)
        .then_with(|| natural_empty_last(&a.list_enumeration, &b.list_enumeration))
        .then_with(|| natural_empty_last(&a.code, &b.code))
        .then_with(|| a.identifier.cmp(&b.identifier))
}

/// Items by code (natural, empty last), then identifier: which item names a loop first.
pub(super) fn label_cmp(a: &RawItem, b: &RawItem) -> Ordering {
    natural_empty_last(&a.code, &b.code).then_with(|| a.identifier.cmp(&b.identifier))
}

pub(super) fn cmp_missing_last(a: Option<i64>, b: Option<i64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

pub(super) fn natural_empty_last(a: &str, b: &str) -> Ordering {
    match (a.is_empty(), b.is_empty()) {
        (false, false) => natural_cmp(a, b),
        (false, true) => Ordering::Less,
        (true, false) => Ordering::Greater,
        (true, true) => Ordering::Equal,
    }
}

/// Natural order: the texts are split into runs of ASCII digits and runs of anything else;
/// digit runs compare by value, other runs ignoring case, and a digit run sorts before another
/// run. This is a total preorder: texts equal that way (`01` and `1`, `A` and `a`) compare
/// equal, and callers end with the identifier, which makes their order total (as `sort_by`
/// requires).
pub(super) fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut rest_a, mut rest_b) = (a, b);
    loop {
        match (next_run(rest_a), next_run(rest_b)) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some((run_a, after_a)), Some((run_b, after_b))) => {
                let ord = run_cmp(run_a, run_b);
                if ord != Ordering::Equal {
                    return ord;
                }
                rest_a = after_a;
                rest_b = after_b;
            }
        }
    }
}

/// The first run (all digits, or no digits) of `s` and what follows it.
pub(super) fn next_run(s: &str) -> Option<(&str, &str)> {
    let digits = s.chars().next()?.is_ascii_digit();
    let end = s
        .find(|c: char| c.is_ascii_digit() != digits)
        .unwrap_or(s.len());
    Some(s.split_at(end))
}

pub(super) fn run_cmp(a: &str, b: &str) -> Ordering {
    let is_digits = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
    match (is_digits(a), is_digits(b)) {
        (true, true) => {
            let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
            a.len().cmp(&b.len()).then_with(|| a.cmp(b))
        }
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        (false, false) => a
            .chars()
            .flat_map(char::to_lowercase)
            .cmp(b.chars().flat_map(char::to_lowercase)),
    }
}
