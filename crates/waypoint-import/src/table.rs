//! A CSV file or an Excel sheet read as a header and rows of text, tolerant of what real
//! exports do.
//!
//! CSV: a UTF-8 byte-order mark is dropped; CR, LF and CRLF line endings (mixed, too) and a
//! missing final newline are all read alike; fields may be quoted, with `""` for a quote;
//! the delimiter is a comma unless the header line has more semicolons or tabs (as a CSV
//! saved by a European Excel does). A file that is not UTF-8 is read as Windows-1252, the
//! encoding Excel on Windows saves in, with a warning. A row with fewer fields than the
//! header is padded with empty ones, and a row with more has the extra dropped; both are
//! used, with a warning naming the line. Blank rows are skipped.
//!
//! Excel (`.xlsx`): the first sheet that has anything in it; its first non-blank row is the
//! header. Whole numbers read without a decimal point, dates as `YYYY-MM-DD`.
//!
//! Line numbers count the header as line 1, as a spreadsheet shows them, and a quoted field
//! with line breaks inside keeps the number of the line its row starts on.

use std::io::Cursor;

use serde::{Deserialize, Serialize};
use waypoint_core::imports::RowProblem;
use waypoint_core::messages::Message;
use waypoint_core::msg;

use crate::{Error, Result};

/// The largest single file an import reads (20 MiB): a district's 9,000 enrollments are
/// well under 1 MB, so this is only a guard against a wrong file.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// One row: where it starts and its cells, exactly as many as the header has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TableRow {
    /// The line it starts on (the header is line 1).
    pub line: u32,
    /// Its cells, trimmed, one per header column.
    pub cells: Vec<String>,
}

/// A file read as a header and rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Table {
    /// The file's name, for messages.
    pub name: String,
    /// The header's cells, trimmed.
    pub headers: Vec<String>,
    /// The rows after the header, blank ones left out.
    pub rows: Vec<TableRow>,
    /// What was odd but read anyway.
    pub warnings: Vec<RowProblem>,
}

impl Table {
    /// The index of the first column whose header is one of `names`, compared without case,
    /// spaces, underscores, dots or dashes (so `Student_id`, `student id` and `StudentID`
    /// are one name).
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|want| {
            let want = header_key(want);
            self.headers.iter().position(|h| header_key(h) == want)
        })
    }

    /// The cell of `row` in column `col`, or "" when there is no such column.
    pub fn cell<'a>(&self, row: &'a TableRow, col: Option<usize>) -> &'a str {
        col.and_then(|c| row.cells.get(c))
            .map_or("", |s| s.as_str())
    }
}

/// A header name reduced to what identifies it: lower case, no spaces, `_`, `.` or `-`.
pub fn header_key(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '.' | '-' | '\u{feff}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Reads `bytes` as a CSV or Excel file, by what the bytes are (an `.xlsx` is a zip; the
/// name's extension is only a hint for the message).
pub fn read_table(name: &str, bytes: &[u8]) -> Result<Table> {
    check_size(name, bytes.len() as u64)?;
    if bytes.starts_with(b"PK\x03\x04") {
        read_xlsx(name, bytes)
    } else if name.to_ascii_lowercase().ends_with(".xlsx") {
        Err(Error::NotWhatItClaims {
            name: name.to_owned(),
            expected: msg!("import-kind-excel"),
            reason: msg!("import-why-not-xlsx"),
        })
    } else if name.to_ascii_lowercase().ends_with(".xls") {
        Err(Error::NotWhatItClaims {
            name: name.to_owned(),
            expected: msg!("import-kind-readable-file"),
            reason: msg!("import-why-old-excel"),
        })
    } else {
        read_csv(name, bytes)
    }
}

/// Refuses a file over [`MAX_FILE_BYTES`].
pub fn check_size(name: &str, size: u64) -> Result<()> {
    if size > MAX_FILE_BYTES {
        return Err(Error::TooBig {
            name: name.to_owned(),
            size_mb: size.div_ceil(1024 * 1024),
            limit_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    Ok(())
}

/// Reads `bytes` as CSV (see the module doc for what is tolerated).
pub fn read_csv(name: &str, bytes: &[u8]) -> Result<Table> {
    check_size(name, bytes.len() as u64)?;
    let mut warnings = vec![];
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text: std::borrow::Cow<'_, str> = match std::str::from_utf8(bytes) {
        Ok(t) => t.into(),
        Err(_) => {
            if looks_binary(bytes) {
                return Err(Error::NotWhatItClaims {
                    name: name.to_owned(),
                    expected: msg!("import-kind-csv"),
                    reason: msg!("import-why-binary"),
                });
            }
            warnings.push(RowProblem::warning(
                name,
                0,
                msg!("import-table-windows-1252"),
            ));
            encoding_rs::WINDOWS_1252
                .decode(bytes)
                .0
                .into_owned()
                .into()
        }
    };
    if text.trim().is_empty() {
        return Err(Error::Empty {
            name: name.to_owned(),
        });
    }
    // The reader numbers lines by LF; CR-only files (old Mac exports) would read as one line.
    let text: std::borrow::Cow<'_, str> = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        text
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(&text))
        .from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut rows = vec![];
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as u32);
                return Err(Error::NotWhatItClaims {
                    name: name.to_owned(),
                    expected: msg!("import-kind-readable-csv"),
                    reason: msg!(
                        "import-why-csv-line-unreadable",
                        line = line,
                        reason = e.to_string()
                    ),
                });
            }
        }
        let line = record.position().map_or(0, |p| p.line() as u32);
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        match &headers {
            None => headers = Some(cells),
            Some(h) => rows.push(fit_row(name, h.len(), line, cells, &mut warnings)),
        }
    }
    let headers = headers.ok_or_else(|| Error::Empty {
        name: name.to_owned(),
    })?;
    Ok(Table {
        name: name.to_owned(),
        headers,
        rows,
        warnings,
    })
}

/// Pads or cuts a row to the header's width, warning when it had to.
fn fit_row(
    name: &str,
    width: usize,
    line: u32,
    mut cells: Vec<String>,
    warnings: &mut Vec<RowProblem>,
) -> TableRow {
    use std::cmp::Ordering;
    match cells.len().cmp(&width) {
        Ordering::Less => {
            warnings.push(RowProblem::warning(
                name,
                line,
                msg!(
                    "import-table-short-row",
                    line = line,
                    fields = cells.len(),
                    width = width
                ),
            ));
            cells.resize(width, String::new());
        }
        Ordering::Greater => {
            warnings.push(RowProblem::warning(
                name,
                line,
                msg!(
                    "import-table-long-row",
                    line = line,
                    fields = cells.len(),
                    width = width
                ),
            ));
            cells.truncate(width);
        }
        Ordering::Equal => {}
    }
    TableRow { line, cells }
}

/// The delimiter the header line uses most, outside quotes: `,` unless `;` or a tab wins.
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let (mut quoted, mut counts) = (false, [0usize; 3]);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    if counts[1] > counts[0] && counts[1] >= counts[2] {
        b';'
    } else if counts[2] > counts[0] && counts[2] > counts[1] {
        b'\t'
    } else {
        b','
    }
}

/// True when the bytes hold control characters no text file has (a picture, a PDF).
fn looks_binary(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .take(4096)
        .any(|b| *b == 0 || (*b < 0x09) || (0x0e..0x1b).contains(b))
}

/// Reads the first non-empty sheet of an `.xlsx` workbook.
pub fn read_xlsx(name: &str, bytes: &[u8]) -> Result<Table> {
    use calamine::Reader;
    check_size(name, bytes.len() as u64)?;
    let not_xlsx = |reason: Message| Error::NotWhatItClaims {
        name: name.to_owned(),
        expected: msg!("import-kind-excel"),
        reason,
    };
    let mut book = calamine::Xlsx::new(Cursor::new(bytes))
        .map_err(|e| not_xlsx(msg!("import-why-xlsx-not-opened", reason = e.to_string())))?;
    let sheets = book.sheet_names();
    for sheet in sheets {
        let range = book.worksheet_range(&sheet).map_err(|e| {
            not_xlsx(msg!(
                "import-why-sheet-unreadable",
                sheet = sheet.clone(),
                reason = e.to_string()
            ))
        })?;
        let start_row = range.start().map_or(0, |(r, _)| r);
        let mut headers: Option<Vec<String>> = None;
        let mut rows = vec![];
        let mut warnings = vec![];
        for (i, row) in range.rows().enumerate() {
            let line = start_row + i as u32 + 1;
            let cells: Vec<String> = row.iter().map(cell_text).collect();
            if cells.iter().all(String::is_empty) {
                continue;
            }
            match &headers {
                None => headers = Some(trim_trailing_empty(cells)),
                Some(h) => {
                    let mut cells = cells;
                    // A sheet's rows are as wide as its widest; blank cells past the header
                    // are not extra fields.
                    while cells.len() > h.len() && cells.last().is_some_and(String::is_empty) {
                        cells.pop();
                    }
                    rows.push(fit_row(name, h.len(), line, cells, &mut warnings));
                }
            }
        }
        if let Some(headers) = headers {
            return Ok(Table {
                name: name.to_owned(),
                headers,
                rows,
                warnings,
            });
        }
    }
    Err(Error::Empty {
        name: name.to_owned(),
    })
}

fn trim_trailing_empty(mut cells: Vec<String>) -> Vec<String> {
    while cells.last().is_some_and(String::is_empty) {
        cells.pop();
    }
    cells
}

/// A cell as text: whole numbers without `.0`, dates as `YYYY-MM-DD`.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::{Data, DataType};
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(_) | Data::DateTimeIso(_) => match cell.as_datetime() {
            Some(dt) if dt.time() == chrono::NaiveTime::MIN => dt.format("%Y-%m-%d").to_string(),
            Some(dt) => dt.format("%Y-%m-%d %H:%M").to_string(),
            None => cell.to_string(),
        },
        Data::DurationIso(s) => s.clone(),
        Data::Error(_) => String::new(),
    }
}

#[cfg(test)]
mod tests;
