//! Human-readable output: aligned tables and short sentences. Scripts use `--json` instead,
//! so this text may change to read better.

use waypoint_core::imports::{ProblemLevel, RowProblem};
use waypoint_core::roster::{ClassView, StudentView};
use waypoint_store::conflicts::ConflictView;
use waypoint_store::demo_year::YearSummary;
use waypoint_store::exchange::ImportCounts;
use waypoint_store::frameworks::{CaseImportReport, FrameworkCsvReport};
use waypoint_sync::folder::SyncReport;
use waypoint_sync::team_year::TeamSummary;

/// What `demo` made, with the next command to try.
pub fn demo_created(class: &ClassView) -> String {
    format!(
        "Created the demo class \"{}\" (id {}) with {} students.\nSee them with: waypoint students list --class {}\n",
        clean(&class.name),
        class.id,
        class.student_count,
        class.id
    )
}

/// What `demo --scale year` made, and how long it took.
pub fn demo_year_created(s: &YearSummary, seconds: f64) -> String {
    let mut out = format!(
        "Created a demo school year in {seconds:.1} s: {} sections, {} students, {} competencies, \
         {} pieces of evidence, {} goals with {} check-ins, {} reflections, {} conferences, \
         {} portfolio items, {} group sets with {} rotations, {} activities, {} playlists.\n",
        s.classes.len(),
        s.students,
        s.competencies,
        s.evidence,
        s.goals,
        s.check_ins,
        s.reflections,
        s.conferences,
        s.artifacts,
        s.group_sets,
        s.rotations,
        s.activities,
        s.playlists,
    );
    for c in &s.classes {
        out.push_str(&format!("  {}  {}\n", c.id, clean(&c.name)));
    }
    out
}

/// What a team's laptops wrote, laptop by laptop, and where each database is.
pub fn demo_team_created(s: &TeamSummary, seconds: f64) -> String {
    let mut out = format!(
        "Created a demo school year as {} laptops that have synced ({} bundles exchanged) in {seconds:.1} s.\n",
        s.laptops.len(),
        s.bundles,
    );
    for (i, l) in s.laptops.iter().enumerate() {
        let w = &l.wrote;
        let roster = if i == 0 {
            format!(
                "the roster ({} sections, {} students, {} competencies), ",
                w.classes.len(),
                w.students,
                w.competencies
            )
        } else {
            String::new()
        };
        out.push_str(&format!(
            "Laptop {} (device {}): {}\n  wrote {roster}{} pieces of evidence, {} goals, {} reflections, \
             {} conferences, {} portfolio items, {} group sets, {} activities, {} playlists ({} ops).\n",
            i + 1,
            l.device,
            l.path.display(),
            w.evidence,
            w.goals,
            w.reflections,
            w.conferences,
            w.artifacts,
            w.group_sets,
            w.activities,
            w.playlists,
            l.own_ops,
        ));
    }
    out.push_str("Every laptop holds every laptop's changes.\n");
    out
}

/// What an import brought, as one sentence.
pub fn import_counts(c: &ImportCounts) -> String {
    if c.new == 0 {
        return "Nothing new: every change in this bundle is already here.\n".to_owned();
    }
    format!(
        "{} new {}, {} already here, {} to review.\n",
        c.new,
        plural(c.new, "change", "changes"),
        c.already,
        conflicts_phrase(c.conflicts)
    )
}

fn plural<'a>(n: u64, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

fn conflicts_phrase(n: u64) -> String {
    format!("{n} {}", plural(n, "conflict", "conflicts"))
}

/// What `sync-folder` did: the totals, then one line per other laptop's file.
pub fn sync_report(r: &SyncReport) -> String {
    let t = &r.totals;
    let mut out = format!(
        "{} new {}, {} already here, {}. Wrote {}.\n",
        t.new,
        plural(t.new, "change", "changes"),
        t.already,
        conflicts_phrase(t.conflicts),
        r.wrote.display()
    );
    for f in &r.files {
        let who = if f.label.trim().is_empty() {
            clean(&f.file)
        } else {
            clean(&f.label)
        };
        match (&f.counts, &f.error) {
            (Some(c), _) => out.push_str(&format!(
                "  {who}: {} new, {} already here, {}\n",
                c.new,
                c.already,
                conflicts_phrase(c.conflicts)
            )),
            (None, Some(e)) => out.push_str(&format!(
                "  {who}: not imported. {}\n",
                clean(&e.to_string())
            )),
            (None, None) => {}
        }
    }
    out
}

/// Open conflicts: per field, every value with who wrote it.
pub fn conflicts(list: &[ConflictView]) -> String {
    if list.is_empty() {
        return "No open conflicts.\n".to_owned();
    }
    let mut out = format!(
        "{} open {}:\n",
        list.len(),
        plural(list.len() as u64, "conflict", "conflicts")
    );
    for c in list {
        out.push_str(&format!(
            "{} · {}\n",
            clean(&c.row_label.to_string()),
            clean(&c.field_label.to_string())
        ));
        for v in &c.candidates {
            out.push_str(&format!(
                "  {} \"{}\" by {}\n",
                if v.current { "*" } else { "-" },
                clean(&v.display.to_string()),
                clean(&v.who.to_string())
            ));
        }
    }
    out
}

/// What `case-import` did: the counts, then any items placed at the top for lack of a parent.
pub fn case_imported(r: &CaseImportReport) -> String {
    let mut out = format!(
        "{}{} \"{}\" (framework {}): {} created, {} updated, {} unchanged, {} retired.\n",
        if r.dry_run {
            "Preview, nothing written: would have "
        } else {
            ""
        },
        match (r.dry_run, r.updated_existing) {
            (false, true) => "Updated",
            (false, false) => "Imported",
            (true, true) => "updated",
            (true, false) => "imported",
        },
        clean(&r.title),
        r.framework_id,
        r.created,
        r.updated,
        r.unchanged,
        r.retired
    );
    if !r.missing_parents.is_empty() {
        out.push_str(&format!(
            "{} item(s) had a parent not in the file and are at the top level:\n",
            r.missing_parents.len()
        ));
        for m in &r.missing_parents {
            let name = if m.code.is_empty() {
                &m.identifier
            } else {
                &m.code
            };
            out.push_str(&format!(
                "  {} (parent {})\n",
                clean(name),
                clean(&m.parent)
            ));
        }
    }
    if r.extra_parents > 0 {
        out.push_str(&format!(
            "{} extra parent link(s) were ignored (an item can have one parent).\n",
            r.extra_parents
        ));
    }
    if !r.warnings.is_empty() {
        out.push_str(&format!(
            "{} warning(s): the file departs from CASE 1.0 and was read anyway:\n",
            r.warnings.len()
        ));
        for w in &r.warnings {
            out.push_str(&format!("  {}\n", clean(&w.message.to_string())));
        }
    }
    out
}

/// What `students add` made.
pub fn student_added(student: &StudentView) -> String {
    format!(
        "Added {} (id {}) to class {}.\n",
        clean(&student.display_name),
        student.id,
        student.class_id
    )
}

/// The classes as a table; the ARCHIVED column only when archived ones were asked for.
pub fn classes(classes: &[ClassView], with_archived: bool) -> String {
    if classes.is_empty() {
        return "No classes yet. Run `waypoint demo` to create a sample class.\n".to_owned();
    }
    let mut header = vec!["ID", "NAME", "SUBJECT", "GRADE", "STUDENTS"];
    if with_archived {
        header.push("ARCHIVED");
    }
    let rows = classes.iter().map(|c| {
        let mut row = vec![
            c.id.to_string(),
            c.name.clone(),
            c.subject.clone(),
            c.grade_level.clone(),
            c.student_count.to_string(),
        ];
        if with_archived {
            row.push(yes(c.archived));
        }
        row
    });
    table(&header, rows.collect())
}

/// A class's students as a table; the ARCHIVED column only when archived ones were asked for.
pub fn students(students: &[StudentView], with_archived: bool) -> String {
    if students.is_empty() {
        return "No students in this class yet. Add one with `waypoint students add`.\n".to_owned();
    }
    let mut header = vec!["ID", "FAMILY NAME", "GIVEN NAME", "PREFERRED", "BIRTH DATE"];
    if with_archived {
        header.push("ARCHIVED");
    }
    let rows = students.iter().map(|s| {
        let mut row = vec![
            s.id.to_string(),
            s.family_name.clone(),
            s.given_name.clone(),
            s.preferred_name.clone(),
            s.birth_date.clone(),
        ];
        if with_archived {
            row.push(yes(s.archived));
        }
        row
    });
    table(&header, rows.collect())
}

/// A mastery calculation: the level to 2 decimals and its label (`4.47  Advanced`), or
/// `no result: <reason>`.
pub fn mastery(level: Option<f64>, label: Option<&str>, no_result: Option<&str>) -> String {
    match level {
        Some(level) => format!("{level:.2}  {}\n", clean(label.unwrap_or(""))),
        None => format!("no result: {}\n", clean(no_result.unwrap_or("No result."))),
    }
}

fn yes(flag: bool) -> String {
    if flag { "yes" } else { "" }.to_owned()
}

/// Left-aligned columns two spaces apart, without trailing spaces. Widths count characters,
/// not bytes, so accented names (most of the demo class) line up.
fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let header: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
    let rows: Vec<Vec<String>> = std::iter::once(header)
        .chain(rows)
        .map(|row| row.iter().map(|cell| clean(cell)).collect())
        .collect();
    let mut widths = vec![0; rows.first().map_or(0, Vec::len)];
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in &rows {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:width$}"))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// A framework table import (or its preview): the counts, then the rows left out and the rows
/// used with a warning, each with its file and line.
pub fn framework_csv_imported(r: &FrameworkCsvReport) -> String {
    let mut out = format!(
        "{}{} \"{}\" (framework {}): {} created, {} updated, {} unchanged, {} retired.\n",
        if r.dry_run {
            "Preview, nothing written: would have "
        } else {
            ""
        },
        match (r.dry_run, r.updated_existing) {
            (false, true) => "Updated",
            (false, false) => "Imported",
            (true, true) => "updated",
            (true, false) => "imported",
        },
        clean(&r.title),
        r.framework_id,
        r.created,
        r.updated,
        r.unchanged,
        r.retired
    );
    let (skipped, warned): (Vec<&RowProblem>, Vec<&RowProblem>) = r
        .problems
        .iter()
        .partition(|p| p.level == ProblemLevel::Skipped);
    for (list, what) in [(skipped, "left out"), (warned, "used with a warning")] {
        if list.is_empty() {
            continue;
        }
        out.push_str(&format!("{} row(s) {what}:\n", list.len()));
        for p in list {
            let at = if p.line == 0 {
                clean(&p.file)
            } else {
                format!("{} line {}", clean(&p.file), p.line)
            };
            out.push_str(&format!("  {at}: {}\n", clean(&p.reason.to_string())));
        }
    }
    out
}

/// Replaces control characters. Names typed here are validated, but rows can arrive by sync
/// from another laptop, and an escape sequence in a name must not drive the terminal.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_by_characters_not_bytes() {
        let out = table(
            &["A", "B"],
            vec![
                vec!["Hernández".into(), "x".into()],
                vec!["Ruiz".into(), "y".into()],
            ],
        );
        let starts: Vec<usize> = out
            .lines()
            .map(|l| l.chars().position(|c| "Bxy".contains(c)).unwrap_or(0))
            .collect();
        assert_eq!(
            starts,
            vec![11, 11, 11],
            "the second column must start at the same place on every line: {out}"
        );
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        assert_eq!(
            clean("Ana\u{1b}[2J"),
            "Ana\u{FFFD}[2J",
            "an escape sequence from synced data could clear or spoof the screen"
        );
    }
}
