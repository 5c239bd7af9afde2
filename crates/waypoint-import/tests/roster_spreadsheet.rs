//! Class lists as a teacher's own spreadsheet: an `.xlsx` built here (a real date cell, as
//! Excel stores it) and a CSV with a row per student and section, read through a column map.

use std::io::Write;

use waypoint_core::imports::ProblemLevel;
use waypoint_core::imports::roster::RosterFormat;
use waypoint_import::Error;
use waypoint_import::roster::{RosterColumns, detect, guess_columns, read};
use waypoint_import::source::from_bytes;
use waypoint_import::table::read_table;

/// A one-sheet workbook: inline strings, and numbers (style 1 is Excel's built-in date
/// format 14, so those cells are dates).
fn xlsx(rows: &[Vec<Cell>]) -> Vec<u8> {
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{}", (b'A' + c as u8) as char, r + 1);
            match cell {
                Cell::Text(t) => sheet.push_str(&format!(
                    r#"<c r="{at}" t="inlineStr"><is><t>{t}</t></is></c>"#
                )),
                Cell::Date(serial) => {
                    sheet.push_str(&format!(r#"<c r="{at}" s="1"><v>{serial}</v></c>"#))
                }
            }
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let files = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#.to_owned(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_owned(),
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_owned(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#.to_owned(),
        ),
        (
            "xl/styles.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"#.to_owned(),
        ),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut out = std::io::Cursor::new(vec![]);
    let mut zip = zip::ZipWriter::new(&mut out);
    for (name, text) in files {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("start a zip entry");
        zip.write_all(text.as_bytes()).expect("write a zip entry");
    }
    zip.finish().expect("finish the workbook");
    out.into_inner()
}

enum Cell {
    Text(&'static str),
    Date(u32),
}

#[test]
fn an_excel_class_list_reads_with_its_date_cells() {
    use Cell::{Date, Text};
    let bytes = xlsx(&[
        vec![
            Text("Student ID"),
            Text("Surname"),
            Text("First Name"),
            Text("Date of Birth"),
            Text("Class"),
        ],
        // 41987 is 2014-12-14 in Excel's 1900 date system (41640 is 2014-01-01).
        vec![
            Text("1001"),
            Text("Lovelace"),
            Text("Ada"),
            Date(41987),
            Text("6A"),
        ],
        vec![
            Text("1002"),
            Text("Turing"),
            Text("Alan"),
            Text("23.06.2014"),
            Text("6A"),
        ],
        vec![
            Text("1003"),
            Text("Hopper"),
            Text("Grace"),
            Text("6/9/2014"),
            Text("6B"),
        ],
    ]);
    let source = from_bytes("class list.xlsx", bytes).expect("a workbook is one file");
    assert_eq!(
        detect(&source),
        Some(RosterFormat::Table),
        "one file is a spreadsheet roster"
    );
    let table = read_table("class list.xlsx", &source.files[0].bytes).expect("the sheet reads");
    let columns = guess_columns(&table);
    assert!(
        columns.missing().is_empty(),
        "the guess finds both names: {columns:?}"
    );
    let roster = read(&source, Some(&columns)).expect("reads");
    let births: Vec<_> = roster
        .students
        .iter()
        .map(|s| s.birth_date.as_str())
        .collect();
    assert_eq!(
        births,
        ["2014-12-14", "2014-06-23", "2014-06-09"],
        "an Excel date cell, a European and a US date"
    );
    assert_eq!(
        roster
            .sections
            .iter()
            .map(|s| (s.name.as_str(), s.student_ids.len()))
            .collect::<Vec<_>>(),
        [("6A", 2), ("6B", 1)],
        "one section per class named"
    );
    assert_eq!(
        roster.students[0].student_number, "1001",
        "the id column is the student number"
    );
    assert!(
        roster.problems.is_empty(),
        "nothing odd: {:?}",
        roster.problems
    );
}

#[test]
fn a_row_per_student_and_section_joins_up_through_a_saved_map() {
    let csv = "Pupil,Birthday,Period,Teacher,Teacher Email,Parent,Parent Phone,Lang\n\
               \"Lovelace, Ada\",2014-12-10,P1,Kim Park,kpark@school.example,Anne Milbanke,555-1,en\n\
               \"Lovelace, Ada\",2014-12-10,P2,Kim Park,kpark@school.example,Anne Milbanke,555-1,en\n\
               \"Turing, Alan\",31.02.2014,P2,Kim Park,kpark@school.example,,,en\n\
               ,,P2,,,,,\n";
    let source = from_bytes("export.csv", csv.as_bytes().to_vec()).expect("opens");
    let columns = RosterColumns {
        full_name: Some("Pupil".into()),
        birth_date: Some("Birthday".into()),
        section_name: Some("Period".into()),
        teacher_name: Some("Teacher".into()),
        teacher_email: Some("Teacher Email".into()),
        contact_name: Some("Parent".into()),
        contact_phone: Some("Parent Phone".into()),
        language: Some("Lang".into()),
        ..RosterColumns::default()
    };
    let roster = read(&source, Some(&columns)).expect("reads");
    assert_eq!(roster.students.len(), 2, "Ada on two rows is one student");
    let ada = &roster.students[0];
    assert_eq!(
        (ada.given_name.as_str(), ada.family_name.as_str()),
        ("Ada", "Lovelace"),
        "Family, Given"
    );
    assert_eq!(
        ada.contacts.len(),
        1,
        "her contact once, though on two rows"
    );
    assert_eq!(
        ada.source_id, "name:lovelace|ada|2014-12-10",
        "no id column: name and birth date"
    );
    assert_eq!(
        roster
            .sections
            .iter()
            .map(|s| s.student_ids.len())
            .collect::<Vec<_>>(),
        [1, 2],
        "P1 has Ada, P2 has Ada and Alan"
    );
    assert_eq!(roster.teachers.len(), 1, "one teacher, by email");
    assert_eq!(
        roster.sections[1].teacher_ids,
        ["kpark@school.example"],
        "who teaches P2"
    );
    let levels: Vec<_> = roster.problems.iter().map(|p| (p.line, p.level)).collect();
    assert_eq!(
        levels,
        [(4, ProblemLevel::Warning), (5, ProblemLevel::Skipped)],
        "the impossible date is a warning, the nameless row is skipped, each by line"
    );

    let renamed = RosterColumns {
        full_name: Some("Student".into()),
        ..columns
    };
    let err = read(&source, Some(&renamed)).expect_err("the map names a column the file lacks");
    assert!(
        matches!(err, Error::MissingColumn { ref column, .. } if column == "Student"),
        "a saved map that no longer fits is refused, naming the column: {err}"
    );
}
