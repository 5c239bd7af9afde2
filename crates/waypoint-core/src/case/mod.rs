//! Reading a CASE 1.0 framework package (a CFPackage, the JSON a standards publisher exports)
//! into a tree of standards, with no I/O: [`parse_package`] takes the file's bytes.
//!
//! # What is read
//!
//! - `CFDocument` (required): `identifier` (required), `title`, `creator`, `version`,
//!   `lastChangeDateTime`, `subject` (a list of text) and `adoptionStatus`.
//! - `CFItems` (a list; missing means no items): `identifier`, `humanCodingScheme`,
//!   `fullStatement` (missing is read as empty), `abbreviatedStatement`, `CFItemType` (or, when
//!   that is absent, `CFItemTypeURI.title`), `educationLevel` (a list of text) and
//!   `listEnumeration`.
//! - `CFAssociations` whose `associationType` is `isChildOf`: `originNodeURI.identifier` is the
//!   child, `destinationNodeURI.identifier` the parent item or the document, and
//!   `sequenceNumber` (a whole number, optional) its place.
//! - `CFAssociations` whose `associationType` is `precedes`: the origin item comes before the
//!   destination item in a learning progression, so the destination requires the origin
//!   ([`CasePackage::precedes`]). Only links between two items of the file are kept; one with a
//!   missing end is skipped, as progressions are extra. Other association types are ignored:
//!   `isPartOf`, `isRelatedTo`, `exactMatchOf`, `isPeerOf`, `replacedBy` and `hasSkillLevel`
//!   say how items relate, not which comes first, and no publisher we have seen uses them for
//!   order.
//! - `CFDefinitions.CFItemTypes`, only to name an item type given as a plain URI.
//!
//! Unknown fields are ignored and `null` counts as missing. Text is trimmed; identifiers are
//! kept as given and matched exactly.
//!
//! # Tolerated, with a warning
//!
//! Real exports deviate from the specification in small ways a teacher cannot fix, so the
//! reader takes them and lists each in [`CasePackage::warnings`] (one [`CaseWarning`] per kind
//! of deviation and field, naming every item concerned and what was done):
//!
//! - text where CASE has a list (`"subject": "Math"`, `"educationLevel": "06"`): read as a
//!   list, split at commas; a list of one text where CASE has text: that text;
//! - numbers as text (`"sequenceNumber": "3"`, also `3.0`) and numbers where CASE has text
//!   (`"humanCodingScheme": 7`); a `sequenceNumber` that is no whole number is ignored;
//! - a plain URI instead of a LinkURI object (`"originNodeURI": "https://…/uri/<id>"`,
//!   `"CFItemTypeURI": "…"`), or a LinkURI with a `uri` but no `identifier`: resolved by an
//!   exact match with an identifier or `uri` of the document or an item, else by the URI's
//!   last path segment (an item type by `CFDefinitions.CFItemTypes`, else left empty);
//! - OpenSALT's old spellings: `educationalLevel` for `educationLevel`, and bare
//!   `originNodeIdentifier`/`destinationNodeIdentifier` when the LinkURI is missing;
//! - a value of a type that cannot stand for its field (an object for a statement, say): left
//!   out; an entry of `CFItems` or `CFAssociations` that is not an object, an item without an
//!   identifier, or a second item with an identifier already used (or the document's): left
//!   out; an `isChildOf` with a missing end: ignored;
//! - an item with neither a statement nor a code (it is imported as "(no statement)").
//!
//! Missing optional fields and missing item types are normal and give no warning.
//!
//! # Order
//!
//! [`CasePackage::nodes`] lists every item exactly once, in tree pre-order: a parent before its
//! children, each subtree complete before its next sibling. Siblings are ordered by
//! `sequenceNumber` (items without one after those with one), then `listEnumeration`, then the
//! code, then the identifier (so the order never depends on the file's order). Both
//! `listEnumeration` and codes compare in natural order: runs of digits by their value and the
//! rest ignoring case, so `2` comes before `10` and `6.RP.A.2` before `6.RP.A.10`; an empty
//! value comes after any non-empty one.
//!
//! # Refused and reported
//!
//! Only what cannot be understood is refused:
//!
//! - [`Error::NotCasePackage`]: not JSON, cut short, JSON that is not an object, no
//!   `CFDocument` object or no document identifier, `CFItems` or `CFAssociations` not a list.
//! - [`Error::CasePreOneFormat`]: the pre-1.0 format (OpenSALT's early export, with `lsDoc`,
//!   `lsItems` and `lsAssociations` instead of a `CFDocument`); the message asks for a CASE 1.0
//!   export from the publisher.
//! - [`Error::CaseCycle`]: `isChildOf` links that loop (an item inside itself), naming the loop.
//! - [`Error::CaseFileTooLarge`]: more than [`MAX_FILE_BYTES`].
//! - Reported, not refused: an item whose `isChildOf` points at something that is neither the
//!   document nor an item in the file is kept at the top level and listed in
//!   [`CasePackage::missing_parents`]; an item with several `isChildOf` links keeps one (one
//!   that can be found in the file, then the lowest `sequenceNumber`, then the first in the
//!   file) and the others are counted in [`CasePackage::extra_parents`]. An item with no
//!   `isChildOf` at all sits at the top level and is not reported.
//!
//! Every step is linear or `n log n` and nothing recurses, so a package of 50,000 items or a
//! chain 10,000 levels deep is read quickly and without exhausting the stack.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::{Error, Result, msg};

mod read;
#[cfg(test)]
mod tests;
mod tree;
mod warnings;

use tree::assemble;
pub use warnings::CaseWarning;

/// The largest file read as a CASE package (50 MiB); larger files are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// The framework itself: the package's `CFDocument`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseDocument {
    /// The document's CASE identifier, as given; the same framework keeps it across versions.
    pub identifier: String,
    /// `title`, trimmed ("" if missing).
    pub title: String,
    /// `creator`, the organisation that wrote the framework ("" if missing).
    pub creator: String,
    /// `version`, as the publisher writes it ("" if missing).
    pub version: String,
    /// `lastChangeDateTime`, as given ("" if missing).
    pub last_change: String,
    /// `subject`, each trimmed (empty if missing).
    pub subjects: Vec<String>,
    /// `adoptionStatus`, for example `Adopted` or `Draft` ("" if missing).
    pub adoption_status: String,
}

/// One item of the framework (a domain, cluster, standard, component, …) in its place in
/// the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseNode {
    /// The item's CASE identifier (usually a UUID), as given.
    pub identifier: String,
    /// The parent item's CASE identifier; `None` at the top level (a child of the document,
    /// an item with no `isChildOf`, or one whose parent is missing from the file).
    pub parent: Option<String>,
    /// `humanCodingScheme`, trimmed ("" if missing), for example `6.RP.A.1`.
    pub code: String,
    /// `fullStatement`, trimmed ("" if missing).
    pub full_statement: String,
    /// `abbreviatedStatement`, trimmed ("" if missing).
    pub abbreviated_statement: String,
    /// `CFItemType`, or `CFItemTypeURI.title` when that is absent ("" if neither).
    pub item_type: String,
    /// `educationLevel`, each trimmed, for example `["06"]`.
    pub education_levels: Vec<String>,
    /// `listEnumeration`, trimmed ("" if missing).
    pub list_enumeration: String,
    /// 0-based position among its siblings (the top-level items are siblings).
    pub order: u32,
    /// True when no item in this package is its child.
    pub is_leaf: bool,
}

/// An item whose `isChildOf` parent is neither the document nor an item in the file; it is
/// kept at the top level.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MissingParent {
    /// The item's CASE identifier.
    pub identifier: String,
    /// The item's code ("" if it has none).
    pub code: String,
    /// The identifier its `isChildOf` points at, which the file does not contain.
    pub parent: String,
}

/// A parsed CFPackage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CasePackage {
    /// The framework.
    pub document: CaseDocument,
    /// Every item exactly once, in tree pre-order (parents before children, siblings in
    /// order; see the module documentation for the ordering rule).
    pub nodes: Vec<CaseNode>,
    /// Items kept at the top level because their parent is not in the file, in `nodes` order.
    pub missing_parents: Vec<MissingParent>,
    /// How many `isChildOf` links were set aside because their item already had a parent
    /// (repeats of the chosen link to the same parent are not counted).
    pub extra_parents: usize,
    /// `precedes` links between two items of the file, in file order, each once.
    pub precedes: Vec<Precedes>,
    /// The deviations from CASE 1.0 that were read anyway, one per kind and field, in the
    /// order they were first met (empty for a file that follows the specification).
    pub warnings: Vec<CaseWarning>,
}

/// A `precedes` association: `earlier` comes before `later` (identifiers as given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Precedes {
    /// The item learned first.
    pub earlier: String,
    /// The item that builds on it.
    pub later: String,
}

/// Reads a CASE 1.0 CFPackage from the file's bytes (UTF-8 JSON; a leading byte-order mark is
/// allowed) into its document and its items in tree pre-order, with the deviations it read
/// anyway in [`CasePackage::warnings`].
///
/// Errors: [`Error::CaseFileTooLarge`], [`Error::NotCasePackage`], [`Error::CasePreOneFormat`]
/// or [`Error::CaseCycle`], as the module documentation describes; every message is a
/// sentence a teacher can read.
pub fn parse_package(bytes: &[u8]) -> Result<CasePackage> {
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(Error::CaseFileTooLarge {
            bytes: size,
            max: MAX_FILE_BYTES,
        });
    }
    let root = read::parse_json(bytes)?;
    let top = match &root {
        Value::Object(map) => map,
        other => {
            return Err(read::not_package(msg!(
                "core-case-not-object",
                kind = read::kind(other).message()
            )));
        }
    };
    if read::is_pre_one_format(top) {
        return Err(Error::CasePreOneFormat);
    }
    let mut reader = read::Reader::default();
    let document = reader.read_document(top)?;
    reader.read_definitions(top);
    let items = reader.read_items(top, &document.identifier)?;
    let labels: HashMap<&str, &str> = items
        .iter()
        .map(|i| (i.identifier.as_str(), i.label()))
        .collect();
    let (links, precedes) = reader.read_associations(top, &labels)?;
    drop(labels);
    let known: HashSet<&str> = items.iter().map(|i| i.identifier.as_str()).collect();
    let mut kept: Vec<Precedes> = Vec::new();
    for p in precedes {
        if p.earlier != p.later
            && known.contains(p.earlier.as_str())
            && known.contains(p.later.as_str())
            && !kept.contains(&p)
        {
            kept.push(p);
        }
    }
    let mut package = assemble(document, items, &links)?;
    package.precedes = kept;
    package.warnings = warnings::group(reader.quirks);
    Ok(package)
}

// ---------------------------------------------------------------------------------------------
// Reading the JSON
// ---------------------------------------------------------------------------------------------

/// One item as read, before it has a place in the tree.
#[derive(Debug)]
pub(super) struct RawItem {
    pub(super) identifier: String,
    pub(super) code: String,
    pub(super) full_statement: String,
    pub(super) abbreviated_statement: String,
    pub(super) item_type: String,
    pub(super) education_levels: Vec<String>,
    pub(super) list_enumeration: String,
}

impl RawItem {
    /// The item as a teacher would recognise it: its code, or its identifier without one.
    pub(super) fn label(&self) -> &str {
        if self.code.is_empty() {
            &self.identifier
        } else {
            &self.code
        }
    }
}

/// One `isChildOf` association as read.
#[derive(Debug)]
pub(super) struct ChildLink {
    pub(super) origin: String,
    pub(super) destination: String,
    pub(super) sequence: Option<i64>,
}
