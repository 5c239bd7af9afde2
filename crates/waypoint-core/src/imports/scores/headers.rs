//! Recognizing a file again from its header: the same header as the saved map's, or one
//! whose columns changed, listing what changed and which of the map's columns are gone.
//!
//! Columns are compared by [`column_key`] (no case, spaces, `_`, `.` or `-`), the same rule
//! `waypoint-import`'s table reader uses to find a column, so "Student ID" and "student_id"
//! are one column, and the order of the columns does not matter.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::ScoresMap;

/// A header name reduced to what identifies it: lower case, no spaces, `_`, `.` or `-`.
pub fn column_key(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '.' | '-' | '\u{feff}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A column that seems to have been renamed: at the place of a column that is gone, the
/// file has a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Rename {
    /// The saved header's name.
    pub from: String,
    /// The file's name at that place.
    pub to: String,
}

/// How a file's header compares with the one a map was saved from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum HeaderCheck {
    /// The same columns: the map applies as saved.
    Same,
    /// "This file changed": what is gone, what is new, guesses at renames, and which of the
    /// map's own columns are gone (while any are, the map cannot be applied).
    #[serde(rename_all = "camelCase")]
    Changed {
        /// Saved columns the file does not have.
        missing: Vec<String>,
        /// The file's columns the saved header did not have.
        added: Vec<String>,
        /// Missing columns that seem renamed.
        renamed: Vec<Rename>,
        /// The map's columns the file lacks; applying is refused while this is not empty.
        unusable: Vec<String>,
    },
}

impl HeaderCheck {
    /// True when the map can be applied to the file as it stands.
    pub fn usable(&self) -> bool {
        match self {
            HeaderCheck::Same => true,
            HeaderCheck::Changed { unusable, .. } => unusable.is_empty(),
        }
    }
}

/// The map's columns that `headers` lacks, in the map's order, each once.
pub fn missing_columns(map: &ScoresMap, headers: &[String]) -> Vec<String> {
    let have: BTreeSet<String> = headers.iter().map(|h| column_key(h)).collect();
    let mut seen = BTreeSet::new();
    map.columns()
        .into_iter()
        .filter(|c| !have.contains(&column_key(c)) && seen.insert(column_key(c)))
        .collect()
}

/// Compares the header a map was saved from with a file's.
pub fn check_headers(saved: &[String], map: &ScoresMap, file: &[String]) -> HeaderCheck {
    let keys = |hs: &[String]| -> BTreeSet<String> { hs.iter().map(|h| column_key(h)).collect() };
    let (saved_keys, file_keys) = (keys(saved), keys(file));
    let unusable = missing_columns(map, file);
    if saved_keys == file_keys && unusable.is_empty() {
        return HeaderCheck::Same;
    }
    let missing: Vec<String> = saved
        .iter()
        .filter(|h| !file_keys.contains(&column_key(h)))
        .cloned()
        .collect();
    let added: Vec<String> = file
        .iter()
        .filter(|h| !saved_keys.contains(&column_key(h)))
        .cloned()
        .collect();
    // A rename keeps the column's place: the saved column at position i is gone and the
    // file's column at position i is new.
    let renamed = saved
        .iter()
        .enumerate()
        .filter(|(_, h)| missing.contains(h))
        .filter_map(|(i, h)| {
            let to = file.get(i).filter(|f| added.contains(f))?;
            Some(Rename {
                from: h.clone(),
                to: to.clone(),
            })
        })
        .collect();
    HeaderCheck::Changed {
        missing,
        added,
        renamed,
        unusable,
    }
}

/// How well a saved header fits a file's: the share of the saved columns the file has
/// (0 to 1), for picking the closest map when none is the same.
pub fn overlap(saved: &[String], file: &[String]) -> f64 {
    if saved.is_empty() {
        return 0.0;
    }
    let file_keys: BTreeSet<String> = file.iter().map(|h| column_key(h)).collect();
    let hits = saved
        .iter()
        .filter(|h| file_keys.contains(&column_key(h)))
        .count();
    hits as f64 / saved.len() as f64
}
