use super::*;
use proptest::prelude::*;

fn cells(t: &Table) -> Vec<Vec<&str>> {
    t.rows
        .iter()
        .map(|r| r.cells.iter().map(String::as_str).collect())
        .collect()
}

#[test]
fn a_bom_crlf_and_quoted_fields_read_as_plain_text() {
    let t = read_csv(
        "users.csv",
        b"\xEF\xBB\xBF\"sourcedId\",\"givenName\"\r\n\"s1\",\"Ana, Mar\xC3\xADa\"\r\n\"s2\",\"Bo \"\"Bear\"\"\"",
    )
    .expect("reads");
    assert_eq!(
        t.headers,
        ["sourcedId", "givenName"],
        "the BOM is not part of the first header"
    );
    assert_eq!(
        cells(&t),
        [vec!["s1", "Ana, María"], vec!["s2", "Bo \"Bear\""]],
        "quoted commas and doubled quotes are field text, and a missing final newline loses nothing"
    );
    assert!(
        t.warnings.is_empty(),
        "nothing odd to report: {:?}",
        t.warnings
    );
}

#[test]
fn cr_only_line_endings_split_rows_and_lines_are_numbered_from_the_header() {
    let t = read_csv("a.csv", b"id,name\r1,Ada\r\r2,Bo\r").expect("reads");
    assert_eq!(
        cells(&t),
        [vec!["1", "Ada"], vec!["2", "Bo"]],
        "old Mac endings split rows; blank rows vanish"
    );
    assert_eq!(
        t.rows[0].line, 2,
        "the first row after the header is line 2"
    );
}

#[test]
fn a_quoted_line_break_keeps_the_row_on_its_starting_line() {
    let t = read_csv("a.csv", b"id,note\n1,\"two\nlines\"\n2,x\n").expect("reads");
    assert_eq!(
        t.rows[0].cells[1], "two\nlines",
        "the break is inside the field"
    );
    assert_eq!(
        (t.rows[0].line, t.rows[1].line),
        (2, 4),
        "a row is named by the line it starts on, as a text editor shows it"
    );
}

#[test]
fn short_and_long_rows_are_fitted_with_a_warning_each() {
    let t = read_csv("a.csv", b"a,b,c\n1,2\n1,2,3,4\n").expect("reads");
    assert_eq!(
        cells(&t),
        [vec!["1", "2", ""], vec!["1", "2", "3"]],
        "rows are fitted to the header"
    );
    let lines: Vec<u32> = t.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [2, 3], "each fitted row is reported by line");
    assert!(
        t.warnings[0]
            .reason
            .to_string()
            .contains("missing ones are read as empty"),
        "the warning says what was done: {}",
        t.warnings[0].reason
    );
}

#[test]
fn semicolons_and_tabs_are_recognized_as_the_delimiter() {
    let semi = read_csv("a.csv", b"name;grade\n\"Lee, Al\";6\n").expect("reads");
    assert_eq!(
        cells(&semi),
        [vec!["Lee, Al", "6"]],
        "a European Excel CSV splits on ;"
    );
    let tab = read_csv("a.txt", b"name\tgrade\nLee, Al\t6\n").expect("reads");
    assert_eq!(
        cells(&tab),
        [vec!["Lee, Al", "6"]],
        "a tab-separated export splits on tabs"
    );
}

#[test]
fn windows_1252_text_is_read_with_a_warning() {
    let t = read_csv("a.csv", b"name\nJos\xE9\n").expect("reads");
    assert_eq!(t.rows[0].cells[0], "José", "0xE9 is é in Windows-1252");
    assert_eq!(
        t.warnings.len(),
        1,
        "the guess is reported so the teacher checks names"
    );
}

#[test]
fn binary_empty_and_header_only_files_are_told_apart() {
    let bin = read_table("photo.csv", b"\x89PNG\r\n\x1a\n\0\0\0").expect_err("a picture");
    assert_eq!(
        bin.to_string(),
        "photo.csv is not a CSV file: it holds binary data, not text.",
        "a file that is not text says so"
    );
    let empty = read_table("a.csv", b" \n\n").expect_err("blank");
    assert_eq!(empty.to_string(), "a.csv is empty.", "blank is empty");
    let header_only = read_table("a.csv", b"id,name\n").expect("a header alone is a table");
    assert!(header_only.rows.is_empty(), "with no rows");
    let not_xlsx = read_table("scores.xlsx", b"id,name\n1,a\n").expect_err("not xlsx");
    assert!(
        not_xlsx
            .to_string()
            .starts_with("scores.xlsx is not an Excel workbook"),
        "a CSV named .xlsx is caught: {not_xlsx}"
    );
}

#[test]
fn columns_are_found_by_name_whatever_the_spelling() {
    let t = read_csv(
        "a.csv",
        b"Student_ID,First Name,last-name\n1,Ada,Lovelace\n",
    )
    .expect("reads");
    assert_eq!(
        t.column(&["studentid"]),
        Some(0),
        "underscores and case do not matter"
    );
    assert_eq!(
        t.column(&["given", "firstname"]),
        Some(1),
        "the first name that matches wins"
    );
    assert_eq!(
        t.cell(&t.rows[0], t.column(&["LastName"])),
        "Lovelace",
        "dashes do not matter"
    );
    assert_eq!(
        t.cell(&t.rows[0], None),
        "",
        "a missing column reads as empty"
    );
}

fn field() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 ,\"éñ-]{0,8}".prop_map(|s| s.trim().to_owned())
}

/// Writes rows as CSV with the given quirks: line ending, quoting every field, a BOM and a
/// final newline or not.
fn write_csv(
    rows: &[Vec<String>],
    eol: &str,
    quote_all: bool,
    bom: bool,
    final_eol: bool,
) -> Vec<u8> {
    let mut out = String::new();
    if bom {
        out.push('\u{feff}');
    }
    let lines: Vec<String> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|f| {
                    if quote_all || f.contains([',', '"']) {
                        format!("\"{}\"", f.replace('"', "\"\""))
                    } else {
                        f.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    out.push_str(&lines.join(eol));
    if final_eol {
        out.push_str(eol);
    }
    out.into_bytes()
}

proptest! {
    #[test]
    fn quirks_do_not_change_what_a_file_says(
        rows in proptest::collection::vec(proptest::collection::vec(field(), 3), 1..8),
        eol in prop_oneof![Just("\n"), Just("\r\n"), Just("\r")],
        quote_all: bool, bom: bool, final_eol: bool,
    ) {
        let mut all = vec![vec!["id".to_owned(), "given".to_owned(), "family".to_owned()]];
        // A row of empty fields is blank and skipped by design; make every row say something.
        all.extend(rows.into_iter().enumerate().map(|(i, mut r)| { r[0] = format!("s{i}"); r }));
        let clean = read_csv("a.csv", &write_csv(&all, "\n", false, false, true)).expect("clean reads");
        let quirky = read_csv("a.csv", &write_csv(&all, eol, quote_all, bom, final_eol)).expect("quirky reads");
        prop_assert_eq!(&clean.headers, &quirky.headers, "the header survives the quirks");
        prop_assert_eq!(cells(&clean), cells(&quirky), "every row reads the same");
    }
}
