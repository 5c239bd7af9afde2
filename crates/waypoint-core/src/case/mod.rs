//! Reading a CASE 1.0 framework package (a CFPackage, the JSON a standards publisher exports)
//! into a tree of standards, with no I/O: [`parse_package`] takes the file's bytes.
//!
//! # What is read
//!
//! - `CFDocument` (required): `identifier` (required), `title`, `creator`, `version`,
//!   `lastChangeDateTime`, `subject` (a list of text) and `adoptionStatus`.
//! - `CFItems` (a list; missing means no items): `identifier` (required), `humanCodingScheme`,
//!   `fullStatement` (missing is read as empty), `abbreviatedStatement`, `CFItemType` (or, when
//!   that is absent, `CFItemTypeURI.title`), `educationLevel` (a list of text) and
//!   `listEnumeration`.
//! - `CFAssociations` whose `associationType` is `isChildOf`: `originNodeURI.identifier` is the
//!   child, `destinationNodeURI.identifier` the parent item or the document, and
//!   `sequenceNumber` (a whole number, optional) its place.
//! - `CFAssociations` whose `associationType` is `precedes`: the origin item comes before the
//!   destination item in a learning progression, so the destination requires the origin
//!   ([`CasePackage::precedes`]). Only links between two items of the file are kept; one with a
//!   missing end is skipped rather than refusing the file, as progressions are extra. Other
//!   association types are ignored: `isPartOf`, `isRelatedTo`, `exactMatchOf`,
//!   `isPeerOf`, `replacedBy` and `hasSkillLevel` say how items relate, not which comes first,
//!   and no publisher we have seen uses them for order.
//!
//! Unknown fields are ignored and `null` counts as missing, but a field we read must have the
//! type CASE gives it: text where a list is expected (or the reverse) rejects the file with a
//! message naming the item and the field. Text is trimmed; identifiers are kept as given and
//! matched exactly.
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
//! # Rejected and reported
//!
//! - [`Error::NotCasePackage`]: not JSON, cut short, JSON that is not an object, no
//!   `CFDocument` object or no document identifier, `CFItems` or `CFAssociations` not a list.
//! - [`Error::InvalidCasePackage`]: a field of the wrong type, an item without an identifier,
//!   two items sharing an identifier (or one sharing the document's).
//! - [`Error::CaseCycle`]: `isChildOf` links that loop (an item inside itself), naming the loop.
//! - [`Error::CaseFileTooLarge`]: more than [`MAX_FILE_BYTES`].
//! - Reported, not rejected: an item whose `isChildOf` points at something that is neither the
//!   document nor an item in the file is kept at the top level and listed in
//!   [`CasePackage::missing_parents`]; an item with several `isChildOf` links keeps one (one
//!   that can be found in the file, then the lowest `sequenceNumber`, then the first in the
//!   file) and the others are counted in [`CasePackage::extra_parents`]. An item with no
//!   `isChildOf` at all sits at the top level and is not reported.
//!
//! Every step is linear or `n log n` and nothing recurses, so a package of 50,000 items or a
//! chain 10,000 levels deep is read quickly and without exhausting the stack.

use std::collections::HashMap;

use serde_json::error::Category;
use serde_json::{Map, Value};

use crate::{Error, Result};

#[cfg(test)]
mod tests;
mod tree;

use tree::assemble;

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
/// allowed) into its document and its items in tree pre-order.
///
/// Errors: [`Error::CaseFileTooLarge`], [`Error::NotCasePackage`],
/// [`Error::InvalidCasePackage`] or [`Error::CaseCycle`], as the module documentation
/// describes; every message is a sentence a teacher can read.
pub fn parse_package(bytes: &[u8]) -> Result<CasePackage> {
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(Error::CaseFileTooLarge {
            bytes: size,
            max: MAX_FILE_BYTES,
        });
    }
    let root = parse_json(bytes)?;
    let top = match &root {
        Value::Object(map) => map,
        other => {
            return Err(not_package(format!(
                "it is {}, not a JSON object with a CFDocument",
                kind(other)
            )));
        }
    };
    let document = read_document(top)?;
    let items = read_items(top, &document.identifier)?;
    let (links, precedes) = read_associations(top)?;
    let known: std::collections::HashSet<&str> =
        items.iter().map(|i| i.identifier.as_str()).collect();
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

fn not_package(reason: impl Into<String>) -> Error {
    Error::NotCasePackage {
        reason: reason.into(),
    }
}

fn invalid(reason: impl Into<String>) -> Error {
    Error::InvalidCasePackage {
        reason: reason.into(),
    }
}

/// A JSON value's type in words, with its article.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn parse_json(bytes: &[u8]) -> Result<Value> {
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(not_package("the file is empty"));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(not_package(
            "it is a ZIP archive (or a spreadsheet or Word file), not JSON",
        ));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(not_package("it is a PDF, not JSON"));
    }
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first == Some(&b'<') {
        return Err(not_package("it looks like a web page or XML, not JSON"));
    }
    serde_json::from_slice(bytes).map_err(|e| match e.classify() {
        Category::Eof => not_package(format!(
            "it stops part-way through (at line {}), so it was probably cut short while \
             downloading or copying",
            e.line()
        )),
        _ => not_package(format!(
            "it is not valid JSON (the first problem is at line {}, column {})",
            e.line(),
            e.column()
        )),
    })
}

/// Why an object with no `CFDocument` is not a package, as specifically as we can tell.
fn missing_document_reason(top: &Map<String, Value>) -> String {
    if top.contains_key("CFItems") || top.contains_key("CFAssociations") {
        "it has CFItems or CFAssociations but no CFDocument".into()
    } else if top.contains_key("CFPackageURI")
        || (top.contains_key("identifier") && top.contains_key("creator"))
    {
        "it is a single CFDocument without its items; download the whole CFPackage instead".into()
    } else {
        "it has no CFDocument".into()
    }
}

/// Optional text: `None` when missing or null; any other non-text type is an error naming
/// `owner` and `field`. The text is trimmed.
fn text_field(
    obj: &Map<String, Value>,
    key: &str,
    field: &str,
    owner: &dyn Fn() -> String,
) -> Result<Option<String>> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_owned())),
        Some(other) => Err(invalid(format!(
            "{} has \"{field}\" as {}, but CASE expects text",
            owner(),
            kind(other)
        ))),
    }
}

/// Optional list of text: empty when missing or null; each entry trimmed.
fn text_list_field(
    obj: &Map<String, Value>,
    key: &str,
    owner: &dyn Fn() -> String,
) -> Result<Vec<String>> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(entries)) => entries
            .iter()
            .map(|entry| match entry {
                Value::String(s) => Ok(s.trim().to_owned()),
                other => Err(invalid(format!(
                    "{} has {} in \"{key}\", but CASE expects a list of text",
                    owner(),
                    kind(other)
                ))),
            })
            .collect(),
        Some(other) => Err(invalid(format!(
            "{} has \"{key}\" as {}, but CASE expects a list of text",
            owner(),
            kind(other)
        ))),
    }
}

/// An optional object: `None` when missing or null.
fn object_field<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
    owner: &dyn Fn() -> String,
) -> Result<Option<&'a Map<String, Value>>> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(inner)) => Ok(Some(inner)),
        Some(other) => Err(invalid(format!(
            "{} has \"{key}\" as {}, but CASE expects an object",
            owner(),
            kind(other)
        ))),
    }
}

/// A required identifier: present, text and not blank; kept exactly as given.
fn identifier_field(
    obj: &Map<String, Value>,
    key: &str,
    field: &str,
    owner: &dyn Fn() -> String,
) -> Result<String> {
    match obj.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
        None | Some(Value::Null) | Some(Value::String(_)) => {
            Err(invalid(format!("{} has no \"{field}\"", owner())))
        }
        Some(other) => Err(invalid(format!(
            "{} has \"{field}\" as {}, but CASE expects text",
            owner(),
            kind(other)
        ))),
    }
}

/// A list at the top of the package: empty when missing or null, otherwise it must be a list.
fn top_list<'a>(top: &'a Map<String, Value>, key: &str) -> Result<&'a [Value]> {
    match top.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(entries)) => Ok(entries),
        Some(other) => Err(not_package(format!(
            "its {key} is {}, not a list",
            kind(other)
        ))),
    }
}

fn read_document(top: &Map<String, Value>) -> Result<CaseDocument> {
    let doc = match top.get("CFDocument") {
        Some(Value::Object(doc)) => doc,
        None | Some(Value::Null) => return Err(not_package(missing_document_reason(top))),
        Some(other) => {
            return Err(not_package(format!(
                "its CFDocument is {}, not an object",
                kind(other)
            )));
        }
    };
    let identifier = match doc.get("identifier") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        None | Some(Value::Null) | Some(Value::String(_)) => {
            return Err(not_package("its CFDocument has no identifier"));
        }
        Some(other) => {
            return Err(not_package(format!(
                "its CFDocument's identifier is {}, not text",
                kind(other)
            )));
        }
    };
    let owner = || "the CFDocument".to_owned();
    let text = |key: &str| -> Result<String> {
        Ok(text_field(doc, key, key, &owner)?.unwrap_or_default())
    };
    Ok(CaseDocument {
        title: text("title")?,
        creator: text("creator")?,
        version: text("version")?,
        last_change: text("lastChangeDateTime")?,
        subjects: text_list_field(doc, "subject", &owner)?,
        adoption_status: text("adoptionStatus")?,
        identifier,
    })
}

fn read_items(top: &Map<String, Value>, document_id: &str) -> Result<Vec<RawItem>> {
    let entries = top_list(top, "CFItems")?;
    let mut items = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        let Value::Object(obj) = entry else {
            return Err(invalid(format!(
                "entry {} in CFItems is {}, not an item",
                i + 1,
                kind(entry)
            )));
        };
        items.push(read_item(obj, i)?);
    }

    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if item.identifier == document_id {
            return Err(invalid(format!(
                "item {} has the same identifier as the CFDocument ({})",
                item.label(),
                item.identifier
            )));
        }
        if let Some(&first) = seen.get(item.identifier.as_str()) {
            let name = |it: &RawItem| {
                if it.code.is_empty() {
                    "one without a code".to_owned()
                } else {
                    it.code.clone()
                }
            };
            return Err(invalid(format!(
                "two items share the identifier {} ({} and {})",
                item.identifier,
                name(&items[first]),
                name(item)
            )));
        }
        seen.insert(&item.identifier, i);
    }
    Ok(items)
}

fn read_item(obj: &Map<String, Value>, index: usize) -> Result<RawItem> {
    let entry = || format!("entry {} in CFItems", index + 1);
    let identifier = match obj.get("identifier") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        None | Some(Value::Null) | Some(Value::String(_)) => {
            let code = obj
                .get("humanCodingScheme")
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|c| !c.is_empty());
            return Err(invalid(match code {
                Some(code) => format!("item {code} ({}) has no identifier", entry()),
                None => format!("{} has no identifier", entry()),
            }));
        }
        Some(other) => {
            return Err(invalid(format!(
                "{} has \"identifier\" as {}, but CASE expects text",
                entry(),
                kind(other)
            )));
        }
    };
    let by_id = || format!("the item with identifier {identifier}");
    let code =
        text_field(obj, "humanCodingScheme", "humanCodingScheme", &by_id)?.unwrap_or_default();
    let label = if code.is_empty() {
        identifier.clone()
    } else {
        code.clone()
    };
    let owner = || format!("item {label}");
    let text = |key: &str| -> Result<String> {
        Ok(text_field(obj, key, key, &owner)?.unwrap_or_default())
    };
    let item_type = match text_field(obj, "CFItemType", "CFItemType", &owner)? {
        Some(t) => t,
        None => match object_field(obj, "CFItemTypeURI", &owner)? {
            Some(uri) => {
                text_field(uri, "title", "CFItemTypeURI.title", &owner)?.unwrap_or_default()
            }
            None => String::new(),
        },
    };
    Ok(RawItem {
        full_statement: text("fullStatement")?,
        abbreviated_statement: text("abbreviatedStatement")?,
        education_levels: text_list_field(obj, "educationLevel", &owner)?,
        list_enumeration: text("listEnumeration")?,
        item_type,
        code,
        identifier,
    })
}

fn read_associations(top: &Map<String, Value>) -> Result<(Vec<ChildLink>, Vec<Precedes>)> {
    let entries = top_list(top, "CFAssociations")?;
    let mut links = Vec::new();
    let mut precedes = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let Value::Object(obj) = entry else {
            return Err(invalid(format!(
                "entry {} in CFAssociations is {}, not an association",
                i + 1,
                kind(entry)
            )));
        };
        let entry_name = || format!("entry {} in CFAssociations", i + 1);
        let kind_of = text_field(obj, "associationType", "associationType", &entry_name)?;
        if kind_of.as_deref() == Some("precedes") {
            let end = |key: &str| {
                obj.get(key)
                    .and_then(|n| n.get("identifier"))
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            };
            if let (Some(earlier), Some(later)) = (end("originNodeURI"), end("destinationNodeURI"))
            {
                precedes.push(Precedes { earlier, later });
            }
            continue;
        }
        if kind_of.as_deref() != Some("isChildOf") {
            continue;
        }
        let owner = || match obj.get("identifier").and_then(Value::as_str) {
            Some(id) if !id.trim().is_empty() => format!("the isChildOf association {id}"),
            _ => format!("the isChildOf association at {}", entry_name()),
        };
        let end = |key: &str| -> Result<String> {
            match object_field(obj, key, &owner)? {
                Some(node) => {
                    identifier_field(node, "identifier", &format!("{key}.identifier"), &owner)
                }
                None => Err(invalid(format!("{} has no \"{key}\"", owner()))),
            }
        };
        let origin = end("originNodeURI")?;
        let destination = end("destinationNodeURI")?;
        let sequence = match obj.get("sequenceNumber") {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => match n.as_i64() {
                Some(n) => Some(n),
                None => {
                    return Err(invalid(format!(
                        "{} has \"sequenceNumber\" {n}, but CASE expects a whole number",
                        owner()
                    )));
                }
            },
            Some(other) => {
                return Err(invalid(format!(
                    "{} has \"sequenceNumber\" as {}, but CASE expects a whole number",
                    owner(),
                    kind(other)
                )));
            }
        };
        links.push(ChildLink {
            origin,
            destination,
            sequence,
        });
    }
    Ok((links, precedes))
}
