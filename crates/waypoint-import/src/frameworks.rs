//! A framework from a table: a CSV (or an Excel sheet) with a code, statement and parent code
//! column, and optionally a type and grade column, read with [`crate::table`], planned by
//! [`waypoint_core::imports::framework_csv`] and written (or previewed) by the store's
//! [`waypoint_store::frameworks::import_framework_plan`], which documents the re-import rule.
//!
//! Columns are found by header name, ignoring case, spaces, `_`, `.` and `-`, with the
//! synonyms listed in `framework_csv` (`parent`, `description`, `grade level`, …). The code and
//! statement columns are required; without a parent column every row is at the top level
//! (said in a warning).

use std::path::Path;

use waypoint_core::ids::ClassId;
use waypoint_core::imports::RowProblem;
use waypoint_core::imports::framework_csv::{
    CODE_HEADERS, FrameworkRow, GRADE_HEADERS, PARENT_HEADERS, STATEMENT_HEADERS, TYPE_HEADERS,
    build_tree,
};
use waypoint_core::messages::Message;
use waypoint_core::msg;
use waypoint_store::Db;
use waypoint_store::frameworks::{FrameworkCsvReport, import_framework_plan};

use crate::table::{Table, read_table};
use crate::{Error, Result};

/// Reads the framework table at `path` and imports it (see [`import_framework_csv`]).
pub fn import_framework_csv_file(
    db: &mut Db,
    path: &Path,
    title: Option<&str>,
    class_id: Option<ClassId>,
    dry_run: bool,
) -> Result<FrameworkCsvReport> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    crate::table::check_size(
        &path.display().to_string(),
        std::fs::metadata(path).map_err(io)?.len(),
    )?;
    let bytes = std::fs::read(path).map_err(io)?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    import_framework_csv(db, &name, &bytes, title, class_id, dry_run)
}

/// Imports the framework table `bytes` (named `name`, for messages and the default title: the
/// name without its extension), attached to `class_id` when given; with `dry_run`, reports
/// exactly what it would change and writes nothing. A second import with the same title
/// updates that framework in place. Rows that cannot be used are listed in the report's
/// `problems` with their line; a loop or a missing code or statement column refuses the
/// file and changes nothing.
pub fn import_framework_csv(
    db: &mut Db,
    name: &str,
    bytes: &[u8],
    title: Option<&str>,
    class_id: Option<ClassId>,
    dry_run: bool,
) -> Result<FrameworkCsvReport> {
    let table = read_table(name, bytes)?;
    let (rows, mut problems) = framework_rows(&table)?;
    let mut plan = build_tree(name, &rows)?;
    problems.append(&mut plan.problems);
    plan.problems = problems;
    let title = match title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => t.to_owned(),
        None => default_title(name),
    };
    Ok(import_framework_plan(db, &title, &plan, class_id, dry_run)?)
}

/// The file name without its extension, or "Imported framework".
fn default_title(name: &str) -> String {
    let stem = Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().trim().to_owned())
        .unwrap_or_default();
    if stem.is_empty() {
        "Imported framework".to_owned()
    } else {
        stem
    }
}

/// The table's rows as framework rows, with the reader's warnings (and one when there is no
/// parent column).
pub fn framework_rows(table: &Table) -> Result<(Vec<FrameworkRow>, Vec<RowProblem>)> {
    let required = |names: &[&str], column: &str, why: Message| {
        table.column(names).ok_or_else(|| Error::MissingColumn {
            file: table.name.clone(),
            column: column.to_owned(),
            why,
        })
    };
    let code = required(
        CODE_HEADERS,
        "code",
        msg!("import-column-names-each-competency"),
    )?;
    let statement = required(
        STATEMENT_HEADERS,
        "statement",
        msg!("import-column-says-what-each-competency-is"),
    )?;
    let parent = table.column(PARENT_HEADERS);
    let item_type = table.column(TYPE_HEADERS);
    let grade = table.column(GRADE_HEADERS);
    let mut problems = table.warnings.clone();
    if parent.is_none() {
        problems.push(RowProblem::warning(
            &table.name,
            0,
            msg!("import-framework-no-parent-column"),
        ));
    }
    let rows = table
        .rows
        .iter()
        .map(|r| FrameworkRow {
            line: r.line,
            code: table.cell(r, Some(code)).to_owned(),
            statement: table.cell(r, Some(statement)).to_owned(),
            parent_code: table.cell(r, parent).to_owned(),
            item_type: table.cell(r, item_type).to_owned(),
            grade: table.cell(r, grade).to_owned(),
        })
        .collect();
    Ok((rows, problems))
}

/// What a framework file holds or did, by its kind: a CASE package or a framework table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, specta::Type)]
#[serde(tag = "kind", content = "report", rename_all = "camelCase")]
pub enum FrameworkFileReport {
    /// A CASE 1.0 package (JSON).
    Case(waypoint_store::frameworks::CaseImportReport),
    /// A table of codes, statements and parent codes (CSV or Excel).
    Table(FrameworkCsvReport),
}

/// True when the file at `path` starts like JSON (a CASE package), whatever its name.
fn is_json(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    text.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{' || *b == b'[')
}

/// Imports (or, with `dry_run`, previews) the framework file at `path`: a CASE package when
/// it is JSON, else a framework table. `progress` is called as a CASE package's nodes are
/// written.
pub fn import_framework_file(
    db: &mut Db,
    path: &Path,
    class_id: Option<ClassId>,
    dry_run: bool,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<FrameworkFileReport> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > waypoint_core::case::MAX_FILE_BYTES {
        return Err(waypoint_store::Error::FileTooBig {
            path: path.to_owned(),
            what: "a CASE framework file",
            size_mb: size.div_ceil(1024 * 1024),
            limit_mb: waypoint_core::case::MAX_FILE_BYTES / (1024 * 1024),
        }
        .into());
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    if is_json(&bytes) {
        let file = Path::new(&name);
        let report = if dry_run {
            waypoint_store::frameworks::preview_case_bytes(db, file, &bytes, class_id)?
        } else {
            waypoint_store::frameworks::import_case_bytes(db, file, &bytes, class_id, progress)?
        };
        return Ok(FrameworkFileReport::Case(report));
    }
    Ok(FrameworkFileReport::Table(import_framework_csv(
        db, &name, &bytes, None, class_id, dry_run,
    )?))
}
