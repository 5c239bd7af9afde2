//! A framework written as a table (a CSV or a sheet: one row per competency or strand, with
//! its code, statement, parent code, and optionally a type and grade), turned into a tree.
//!
//! Reading the file and finding its columns is `waypoint-import`'s job (the header names it
//! looks for are here, so every reader agrees); this module takes the rows already split, with
//! their line numbers, and decides the tree, with no I/O:
//!
//! - each row is a node; its parent is the row whose code is in its parent column (codes are
//!   compared ignoring case and surrounding spaces), or the top level when that is blank;
//! - siblings keep the file's order; a node with no child is a competency, one with children a
//!   strand (as for CASE);
//! - row problems (the row is left out, with its file, line and reason): no code, a code an
//!   earlier row already has, a parent code no row has, a parent left out for its own problem;
//!   a row with no statement uses its code as its statement, with a warning;
//! - refused: parent links that loop ([`Error::FrameworkCsvLoop`], naming the loop), and a file
//!   with no usable row.

use std::collections::HashMap;

use super::RowProblem;
use crate::msg;
use crate::{Error, Result};

/// Header names for the code column (compared without case, spaces, `_`, `.` or `-`).
pub const CODE_HEADERS: &[&str] = &[
    "code",
    "human coding scheme",
    "standard code",
    "competency code",
    "identifier",
    "id",
];
/// Header names for the statement column.
pub const STATEMENT_HEADERS: &[&str] = &[
    "statement",
    "full statement",
    "description",
    "competency",
    "standard",
    "text",
    "name",
    "title",
];
/// Header names for the parent code column.
pub const PARENT_HEADERS: &[&str] = &[
    "parent code",
    "parent",
    "parent id",
    "parent identifier",
    "is child of",
];
/// Header names for the optional type column.
pub const TYPE_HEADERS: &[&str] = &["type", "item type", "cf item type", "kind", "node type"];
/// Header names for the optional grade column.
pub const GRADE_HEADERS: &[&str] = &["grade", "grades", "grade level", "education level"];

/// One row as read, cells trimmed ("" for a column the file does not have).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FrameworkRow {
    /// The line the row starts on (the header is line 1).
    pub line: u32,
    /// Its code, e.g. `6.RP.A.1`.
    pub code: String,
    /// What it says.
    pub statement: String,
    /// Its parent's code; "" at the top level.
    pub parent_code: String,
    /// Its type, e.g. `Domain` or `Standard` (kept as the node's item type).
    pub item_type: String,
    /// Its grade levels, several separated by commas, semicolons or `|`.
    pub grade: String,
}

/// A node of the tree, in pre-order (parents before children, siblings in file order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedNode {
    /// The row it came from.
    pub line: u32,
    /// Its code, as written.
    pub code: String,
    /// Its statement (the code when the row had none).
    pub statement: String,
    /// Its parent's code as written on the parent's row; `None` at the top level.
    pub parent_code: Option<String>,
    /// Its type as written.
    pub item_type: String,
    /// Its grade levels, each trimmed.
    pub grade_levels: Vec<String>,
    /// 0-based position among its siblings.
    pub order: u32,
    /// True when no row has it as parent.
    pub is_leaf: bool,
}

/// The tree a framework table makes, and the rows it could not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameworkPlan {
    /// Every usable row once, in pre-order.
    pub nodes: Vec<PlannedNode>,
    /// Rows left out, and rows used with a warning, in line order.
    pub problems: Vec<RowProblem>,
}

/// The key a code is matched by: trimmed, lower case.
pub fn code_key(code: &str) -> String {
    code.trim().to_lowercase()
}

/// Builds the tree from the rows of `file` (its name, for the row problems).
pub fn build_tree(file: &str, rows: &[FrameworkRow]) -> Result<FrameworkPlan> {
    let mut problems = Vec::new();
    // First pass: rows with a code, the first of each code.
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut kept: Vec<&FrameworkRow> = Vec::new();
    for row in rows {
        let code = row.code.trim();
        if code.is_empty() {
            problems.push(RowProblem::skipped(
                file,
                row.line,
                msg!("import-framework-no-code"),
            ));
            continue;
        }
        let key = code_key(code);
        if let Some(&first) = index.get(&key) {
            problems.push(RowProblem::skipped(
                file,
                row.line,
                msg!(
                    "import-framework-code-repeated",
                    code = code,
                    line = kept[first].line
                ),
            ));
            continue;
        }
        index.insert(key, kept.len());
        kept.push(row);
    }

    // Parents by code; a missing parent is a problem for the row.
    let n = kept.len();
    let mut parent: Vec<Option<usize>> = vec![None; n];
    let mut usable = vec![true; n];
    for (i, row) in kept.iter().enumerate() {
        let p = row.parent_code.trim();
        if p.is_empty() {
            continue;
        }
        match index.get(&code_key(p)) {
            Some(&j) => parent[i] = Some(j),
            None => {
                usable[i] = false;
                problems.push(RowProblem::skipped(
                    file,
                    row.line,
                    msg!(
                        "import-framework-parent-unknown",
                        parent = p,
                        code = row.code.trim()
                    ),
                ));
            }
        }
    }
    if let Some(cycle) = find_loop(&parent) {
        return Err(Error::FrameworkCsvLoop {
            file: file.to_owned(),
            codes: cycle
                .iter()
                .map(|&i| kept[i].code.trim().to_owned())
                .collect(),
        });
    }

    // Without a loop, a row whose parent (or an ancestor) was left out is left out too.
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots = Vec::new();
    for (i, p) in parent.iter().enumerate() {
        match p {
            Some(p) => children[*p].push(i),
            None => roots.push(i),
        }
    }
    // Pre-order with an explicit stack; a row under a left-out row is left out too.
    let mut order_in: Vec<Vec<usize>> = Vec::new(); // usable siblings so far, per parent
    order_in.resize(n + 1, Vec::new());
    let mut nodes = Vec::with_capacity(n);
    let mut stack: Vec<usize> = roots.iter().rev().copied().collect();
    while let Some(i) = stack.pop() {
        stack.extend(children[i].iter().rev());
        let row = kept[i];
        if !usable[i] {
            for &c in &children[i] {
                usable[c] = false;
                problems.push(RowProblem::skipped(
                    file,
                    kept[c].line,
                    msg!(
                        "import-framework-parent-left-out",
                        parent = row.code.trim(),
                        code = kept[c].code.trim(),
                        line = row.line
                    ),
                ));
            }
            continue;
        }
        let statement = if row.statement.trim().is_empty() {
            problems.push(RowProblem::warning(
                file,
                row.line,
                msg!("import-framework-no-statement", code = row.code.trim()),
            ));
            row.code.trim().to_owned()
        } else {
            row.statement.trim().to_owned()
        };
        let siblings = &mut order_in[parent[i].unwrap_or(n)];
        let order = u32::try_from(siblings.len()).unwrap_or(u32::MAX);
        siblings.push(i);
        nodes.push(PlannedNode {
            line: row.line,
            code: row.code.trim().to_owned(),
            statement,
            parent_code: parent[i].map(|p| kept[p].code.trim().to_owned()),
            item_type: row.item_type.trim().to_owned(),
            grade_levels: row
                .grade
                .split([',', ';', '|'])
                .map(str::trim)
                .filter(|g| !g.is_empty())
                .map(str::to_owned)
                .collect(),
            order,
            is_leaf: true,
        });
    }
    // A strand is a node with a child that was kept.
    let parents: std::collections::HashSet<String> = nodes
        .iter()
        .filter_map(|x| x.parent_code.as_deref().map(code_key))
        .collect();
    for x in &mut nodes {
        x.is_leaf = !parents.contains(&code_key(&x.code));
    }
    if nodes.is_empty() {
        return Err(Error::invalid(
            "file",
            msg!("import-framework-no-usable-row", file = file),
        ));
    }
    problems.sort_by_key(|p| p.line);
    Ok(FrameworkPlan { nodes, problems })
}

/// A loop in the parent relation, from a parent down to its child, starting at the row that
/// comes first in the file; `None` without one. Nothing recurses.
fn find_loop(parent: &[Option<usize>]) -> Option<Vec<usize>> {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; parent.len()];
    let mut path = Vec::new();
    for start in 0..parent.len() {
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
                    let from = path.iter().position(|&p| p == c).unwrap_or(0);
                    let mut members = path[from..].to_vec();
                    members.reverse();
                    let first = members.iter().copied().min().unwrap_or(c);
                    let at = members.iter().position(|&m| m == first).unwrap_or(0);
                    members.rotate_left(at);
                    return Some(members);
                }
                _ => break,
            }
        }
        for &p in &path {
            state[p] = DONE;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::imports::ProblemLevel;

    fn row(line: u32, code: &str, statement: &str, parent: &str) -> FrameworkRow {
        FrameworkRow {
            line,
            code: code.into(),
            statement: statement.into(),
            parent_code: parent.into(),
            ..FrameworkRow::default()
        }
    }

    fn shape(plan: &FrameworkPlan) -> Vec<(String, Option<String>, u32, bool)> {
        plan.nodes
            .iter()
            .map(|n| (n.code.clone(), n.parent_code.clone(), n.order, n.is_leaf))
            .collect()
    }

    #[test]
    fn rows_become_a_tree_in_pre_order_with_siblings_in_file_order() {
        let mut a = row(2, "A", "Strand A", "");
        a.grade = "5; 6 |7".into();
        a.item_type = "Domain".into();
        let rows = [
            a,
            row(3, "A.2", "Second", "a"),
            row(4, "B", "Strand B", ""),
            row(5, "A.1", "First", " A "),
            row(6, "A.1.x", "", "A.1"),
        ];
        let plan = build_tree("f.csv", &rows).expect("a tree");
        let s = |c: &str| c.to_owned();
        assert_eq!(
            shape(&plan),
            vec![
                (s("A"), None, 0, false),
                (s("A.2"), Some(s("A")), 0, true),
                (s("A.1"), Some(s("A")), 1, false),
                (s("A.1.x"), Some(s("A.1")), 0, true),
                (s("B"), None, 1, true),
            ],
            "parents by code ignoring case and spaces, children after their parent in file order"
        );
        assert_eq!(
            plan.nodes[0].grade_levels,
            vec!["5", "6", "7"],
            "grades split"
        );
        assert_eq!(plan.nodes[0].item_type, "Domain", "the type is kept");
        assert_eq!(
            plan.nodes[3].statement, "A.1.x",
            "no statement: the code stands in"
        );
        assert_eq!(plan.problems.len(), 1, "one warning: {:?}", plan.problems);
        assert_eq!(
            (plan.problems[0].line, plan.problems[0].level),
            (6, ProblemLevel::Warning),
            "the missing statement is a warning on its line"
        );
    }

    #[test]
    fn unusable_rows_are_row_problems_with_file_line_and_reason() {
        let rows = [
            row(2, "A", "Strand", ""),
            row(3, "", "No code", "A"),
            row(4, "a", "Same code again", ""),
            row(5, "B.1", "Orphan", "B"),
            row(6, "B.1.a", "Under the orphan", "B.1"),
            row(7, "A.1", "Fine", "A"),
        ];
        let plan = build_tree("f.csv", &rows).expect("the rest is a tree");
        let codes: Vec<&str> = plan.nodes.iter().map(|n| n.code.as_str()).collect();
        assert_eq!(codes, vec!["A", "A.1"], "only the usable rows");
        let english: Vec<String> = plan.problems.iter().map(|p| p.reason.to_string()).collect();
        let problems: Vec<(u32, ProblemLevel, &str)> = plan
            .problems
            .iter()
            .zip(&english)
            .map(|(p, e)| (p.line, p.level, e.as_str()))
            .collect();
        assert_eq!(
            problems,
            vec![
                (
                    3,
                    ProblemLevel::Skipped,
                    "This row has no code, so it cannot be placed in the framework."
                ),
                (
                    4,
                    ProblemLevel::Skipped,
                    "The code a is already used on line 2; this row was left out."
                ),
                (
                    5,
                    ProblemLevel::Skipped,
                    "The parent code B of B.1 is not the code of any row in the file; this row was left out."
                ),
                (
                    6,
                    ProblemLevel::Skipped,
                    "The parent B.1 of B.1.a was left out (line 5), so this row was left out too."
                ),
            ],
            "each problem names its line and why, in line order"
        );
        assert!(
            plan.problems.iter().all(|p| p.file == "f.csv"),
            "and the file"
        );
    }

    #[test]
    fn a_loop_is_refused_naming_it() {
        let rows = [
            row(2, "Top", "Fine", ""),
            row(3, "X", "x", "Z"),
            row(4, "Y", "y", "X"),
            row(5, "Z", "z", "Y"),
        ];
        let err = build_tree("loop.csv", &rows).expect_err("a loop is refused");
        assert_eq!(
            err,
            Error::FrameworkCsvLoop {
                file: "loop.csv".into(),
                codes: vec!["X".into(), "Y".into(), "Z".into()],
            },
            "the loop is named from the first row in the file, parent to child"
        );
        assert_eq!(
            err.to_string(),
            "In loop.csv, the parent codes loop back on themselves: X → Y → Z → X. Correct the parent column and import again.",
            "one sentence naming the file"
        );
        let own = [row(2, "S", "self", "s")];
        assert!(
            matches!(
                build_tree("f.csv", &own),
                Err(Error::FrameworkCsvLoop { .. })
            ),
            "a row inside itself is a loop"
        );
    }

    #[test]
    fn a_file_with_no_usable_row_is_refused() {
        let err =
            build_tree("empty.csv", &[row(2, "", "nothing", "")]).expect_err("nothing to import");
        assert!(
            err.to_string().contains("empty.csv has no row"),
            "the file is named: {err}"
        );
    }
}
