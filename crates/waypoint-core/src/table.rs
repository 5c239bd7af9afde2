//! One description per syncable table: its fields, the class a row belongs to, how a
//! teacher reads a row in conflict review, which fields she may retype there, and its
//! indexes.
//!
//! Everything else about a table is derived from its [`TableSpec`]: the store builds the
//! materialized table and its indexes from it (and rebuilds them from the op log when a spec
//! changes), the op log picks the stream an op is written in from the row's [`Scope`], sync
//! works out which classes a set of ops touches from the same scope, and conflict review
//! labels rows and offers edits from [`RowLabel`] and [`Editable`]. Adding a syncable table
//! is one entry here plus its use case.
//!
//! This module is a leaf: it depends only on [`crate::validate`]'s limits, so the domain
//! modules can use their tables without importing one another.

mod specs;

pub use specs::*;

/// How a field's value is kept in its materialized column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A JSON string, kept as TEXT.
    Text,
    /// A JSON boolean, kept as INTEGER 0/1.
    Bool,
    /// A JSON array or object, kept as JSON TEXT.
    Json,
    /// A JSON number, kept as REAL.
    Number,
}

/// The class a row belongs to, which decides the stream its ops are written in and who
/// receives them: a co-teacher gets a class's rows only if she shares that class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The row is a class; its id is the class.
    ClassItself,
    /// The row names its class in this column.
    Column(&'static str),
    /// The row belongs to the class of the `parent` row that `column` names (`"id"` when
    /// the row shares its parent's id, as a learner profile shares its student's).
    Parent {
        /// The column holding the parent's id.
        column: &'static str,
        /// The parent's table.
        parent: &'static str,
    },
    /// Not in any class: frameworks, scales, the prompt bank, the team reflection. Shared
    /// rows travel with every share, so only non-student data may be shared.
    Shared,
}

/// How a teacher reads a row in conflict review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowLabel {
    /// `prefix` and the row's `column`, e.g. "Class Period 2".
    Column {
        /// What the row is.
        prefix: &'static str,
        /// The column that names it.
        column: &'static str,
    },
    /// `prefix` and the name of the student `column` names, e.g. "Evidence for Ana Ruiz".
    Student {
        /// What the row is.
        prefix: &'static str,
        /// The column holding the student's id (`"id"` for the student row itself).
        column: &'static str,
    },
    /// `prefix` and the start of the row's id, for rows with nothing better to show.
    Id {
        /// What the row is.
        prefix: &'static str,
    },
}

/// A text field a teacher may retype while resolving a conflict, with its limit and
/// whether it may be blank. Ids, dates, kinds and levels are only ever kept, never typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Editable {
    /// The field.
    pub field: &'static str,
    /// The most characters it holds.
    pub max: usize,
    /// True when it may not be blank.
    pub required: bool,
}

/// An index on a materialized table, named `<table>_<name>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Index {
    /// The name after the table's, e.g. `by_class`.
    pub name: &'static str,
    /// Its columns, in order (`id` and `_deleted` may be among them).
    pub columns: &'static [&'static str],
}

/// A syncable table: the fields its ops may write (each a column of the same name), its
/// scope, its label and editable fields in conflict review, and its indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableSpec {
    /// The table name, as stored in ops.
    pub name: &'static str,
    /// Its fields, `_deleted` excluded.
    pub fields: &'static [(&'static str, FieldKind)],
    /// The class a row belongs to.
    pub scope: Scope,
    /// How a teacher reads a row in conflict review.
    pub label: RowLabel,
    /// The fields she may retype there.
    pub editable: &'static [Editable],
    /// Its indexes.
    pub indexes: &'static [Index],
}

impl TableSpec {
    /// True when `field` is one of this table's fields.
    pub fn has(&self, field: &str) -> bool {
        self.fields.iter().any(|(f, _)| *f == field)
    }

    /// The field's kind, if it is one of this table's.
    pub fn kind(&self, field: &str) -> Option<FieldKind> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, k)| *k)
    }

    /// The editable field `field`, if the teacher may retype it in conflict review.
    pub fn editable(&self, field: &str) -> Option<&'static Editable> {
        self.editable.iter().find(|e| e.field == field)
    }

    /// True when rows of this table are shared by every class.
    pub fn is_shared(&self) -> bool {
        self.scope == Scope::Shared
    }
}

/// The spec for a table name, if it is one of ours.
pub fn table_spec(name: &str) -> Option<&'static TableSpec> {
    TABLES.iter().find(|t| t.name == name)
}

/// Why a set of specs cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecProblem {
    /// Two specs share a name.
    Duplicate(&'static str),
    /// A scope, label, editable field or index names a column the table does not have.
    UnknownColumn {
        /// The table.
        table: &'static str,
        /// The column.
        column: &'static str,
    },
    /// A parent scope names a table that is not among the specs.
    UnknownParent {
        /// The table.
        table: &'static str,
        /// The parent it names.
        parent: &'static str,
    },
    /// Following parents from this table never reaches a class or a shared table.
    ScopeLoop(&'static str),
    /// A shared table has a column that names a student or a row of a class.
    SharedNamesStudent {
        /// The table.
        table: &'static str,
        /// The column.
        column: &'static str,
    },
}

/// Checks that every spec's scope, label, editable fields and indexes name real columns,
/// that every parent chain ends in a class, and that no shared table has a column naming a
/// student, a class, or a row that belongs to a class (a column `<table>_id` or `*_id` for
/// a class-scoped table, `student_id`, `class_id`, `target_id`). `TABLES` must pass; the
/// tests also feed it broken specs.
pub fn check_specs(specs: &[TableSpec]) -> Result<(), SpecProblem> {
    let has = |t: &TableSpec, c: &str| c == "id" || c == "_deleted" || t.has(c);
    for (i, t) in specs.iter().enumerate() {
        if specs[..i].iter().any(|u| u.name == t.name) {
            return Err(SpecProblem::Duplicate(t.name));
        }
        let mut named: Vec<&'static str> = vec![];
        match t.scope {
            Scope::Column(c) | Scope::Parent { column: c, .. } => named.push(c),
            Scope::ClassItself | Scope::Shared => {}
        }
        match t.label {
            RowLabel::Column { column, .. } | RowLabel::Student { column, .. } => {
                named.push(column)
            }
            RowLabel::Id { .. } => {}
        }
        named.extend(t.editable.iter().map(|e| e.field));
        named.extend(t.indexes.iter().flat_map(|i| i.columns.iter().copied()));
        if let Some(column) = named.into_iter().find(|c| !has(t, c)) {
            return Err(SpecProblem::UnknownColumn {
                table: t.name,
                column,
            });
        }
        // Walk the parents: each step must name a spec, and the chain must end.
        let mut at = t;
        for _ in 0..=specs.len() {
            match at.scope {
                Scope::Parent { parent, .. } => {
                    at = specs.iter().find(|u| u.name == parent).ok_or(
                        SpecProblem::UnknownParent {
                            table: at.name,
                            parent,
                        },
                    )?;
                }
                _ => break,
            }
        }
        if matches!(at.scope, Scope::Parent { .. }) {
            return Err(SpecProblem::ScopeLoop(t.name));
        }
        if t.is_shared() {
            let class_scoped = |c: &str| {
                specs
                    .iter()
                    .any(|u| !u.is_shared() && c.strip_suffix("_id") == Some(u.name))
            };
            let names_student = |c: &str| {
                matches!(c, "student_id" | "class_id" | "target_id" | "set_id") || class_scoped(c)
            };
            if let Some((column, _)) = t.fields.iter().find(|(c, _)| names_student(c)) {
                return Err(SpecProblem::SharedNamesStudent {
                    table: t.name,
                    column,
                });
            }
        }
    }
    Ok(())
}

/// Every syncable table, in the order a rebuild materializes them.
pub const TABLES: &[TableSpec] = &[
    CLASS,
    STUDENT,
    LEARNER_PROFILE,
    FRAMEWORK,
    NODE,
    PREREQUISITE,
    CLASS_FRAMEWORK,
    EVIDENCE,
    STATUS_OVERRIDE,
    GROUP_SET,
    LEARNING_GROUP,
    GROUP_MEMBER,
    STATION,
    ROTATION_PLAN,
    ACTIVITY,
    PLAYLIST,
    PLAYLIST_ASSIGNMENT,
    ACTIVITY_PROGRESS,
    GOAL,
    GOAL_CHECKIN,
    REFLECTION_PROMPT,
    REFLECTION,
    ARTIFACT,
    PEER_FEEDBACK,
    FEEDBACK_PROTOCOL,
    CONFERENCE,
    TEAM_REFLECTION,
    TEAM_APPROACH_NOTE,
];

#[cfg(test)]
mod tests {
    use super::FieldKind::Text;
    use super::*;

    #[test]
    fn every_table_has_a_scope_that_resolves_and_no_shared_table_names_a_student() {
        assert_eq!(
            check_specs(TABLES),
            Ok(()),
            "the app's own specs must pass the checks sync relies on"
        );
    }

    #[test]
    fn a_parent_scope_must_name_a_real_table_and_end_in_a_class() {
        const ORPHAN: TableSpec = TableSpec {
            name: "orphan",
            fields: &[("thing_id", Text)],
            scope: Scope::Parent {
                column: "thing_id",
                parent: "thing",
            },
            label: RowLabel::Id { prefix: "Orphan" },
            editable: &[],
            indexes: &[],
        };
        assert_eq!(
            check_specs(&[CLASS, ORPHAN]),
            Err(SpecProblem::UnknownParent {
                table: "orphan",
                parent: "thing"
            }),
            "a row whose parent table is unknown has no class, so no stream"
        );
        const A: TableSpec = TableSpec {
            name: "a",
            fields: &[("b_id", Text)],
            scope: Scope::Parent {
                column: "b_id",
                parent: "b",
            },
            ..ORPHAN
        };
        const B: TableSpec = TableSpec {
            name: "b",
            fields: &[("a_id", Text)],
            scope: Scope::Parent {
                column: "a_id",
                parent: "a",
            },
            ..ORPHAN
        };
        assert_eq!(
            check_specs(&[A, B]),
            Err(SpecProblem::ScopeLoop("a")),
            "parents that name each other never reach a class"
        );
    }

    #[test]
    fn a_shared_table_may_not_name_a_student_or_a_class_row() {
        const NOTES: TableSpec = TableSpec {
            name: "shared_notes",
            fields: &[("text", Text), ("student_id", Text)],
            scope: Scope::Shared,
            label: RowLabel::Id { prefix: "Note" },
            editable: &[],
            indexes: &[],
        };
        assert_eq!(
            check_specs(&[STUDENT, NOTES]),
            Err(SpecProblem::SharedNamesStudent {
                table: "shared_notes",
                column: "student_id"
            }),
            "shared rows go to every co-teacher, so they must hold no student"
        );
        const LINKS: TableSpec = TableSpec {
            name: "shared_links",
            fields: &[("goal_id", Text)],
            ..NOTES
        };
        assert_eq!(
            check_specs(&[CLASS, STUDENT, GOAL, LINKS]),
            Err(SpecProblem::SharedNamesStudent {
                table: "shared_links",
                column: "goal_id"
            }),
            "a row of a class-scoped table is a student's too"
        );
    }

    #[test]
    fn labels_editable_fields_and_indexes_name_real_columns() {
        const BAD: TableSpec = TableSpec {
            indexes: &[Index {
                name: "by_nothing",
                columns: &["nothing"],
            }],
            ..CLASS
        };
        assert_eq!(
            check_specs(&[BAD]),
            Err(SpecProblem::UnknownColumn {
                table: "class",
                column: "nothing"
            }),
            "an index on a missing column would fail when the table is built"
        );
        assert_eq!(
            check_specs(&[CLASS, CLASS]),
            Err(SpecProblem::Duplicate("class")),
            "a table is described once"
        );
    }
}
