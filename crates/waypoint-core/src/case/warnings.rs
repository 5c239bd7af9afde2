//! The deviations the lenient reader accepted, as the teacher reads them: one
//! [`CaseWarning`] per kind of deviation and field, naming every item it concerned, with a
//! sentence saying what was done. A 700-item file whose every item spells a field the same
//! wrong way gives one warning, not 700.

use std::collections::HashMap;

/// What the reader met and what it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum QuirkKind {
    /// Text where CASE has a list: read as a list (split at commas).
    TextForList,
    /// A list of one text where CASE has text: its entry was used.
    ListForText,
    /// A number where CASE has text: read as text.
    NumberForText,
    /// Text holding a whole number where CASE has a number: the number was used.
    TextForNumber,
    /// A number like `3.0` where CASE has a whole number: used as `3`.
    WholeFloat,
    /// Not a whole number at all: ignored.
    NotANumber,
    /// A plain URI where CASE has a LinkURI object: resolved to an identifier.
    UriAsText,
    /// A LinkURI with a `uri` but no `identifier`: resolved from the uri.
    LinkWithoutIdentifier,
    /// A field spelt another way, read as the CASE field named here.
    Renamed(&'static str),
    /// A value of this type that cannot stand for the field: left out.
    Ignored(&'static str),
    /// An entry of CFItems or CFAssociations of this type, not an object: left out.
    NotAnEntry(&'static str),
    /// An item without an identifier: left out.
    NoIdentifier,
    /// An item whose identifier another item (or the document) already has: left out.
    DuplicateIdentifier,
    /// An item with neither a statement nor a code.
    NoStatementNoCode,
    /// An `isChildOf` link missing one of its ends: ignored.
    LinkEndMissing,
}

/// One deviation at one place.
#[derive(Debug, Clone)]
pub(super) struct Quirk {
    pub(super) kind: QuirkKind,
    /// The field as the file spells it.
    pub(super) field: String,
    /// The item (code or identifier), "the CFDocument", or an entry's position.
    pub(super) item: String,
}

/// A deviation from CASE 1.0 that was read anyway, and what was done about it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CaseWarning {
    /// The field as the file spells it, for example `subject` or `sequenceNumber`.
    pub field: String,
    /// Each item concerned once, in file order: its code, or its identifier when it has no
    /// code; `the CFDocument` for the document; `entry N in CFItems` for an entry without an
    /// identifier. An `isChildOf` link is named by its child item.
    pub items: Vec<String>,
    /// A sentence saying what was found and what was done, naming the field and the first
    /// items.
    pub message: String,
}

/// How many items a warning's sentence names before "and N more".
const NAMED: usize = 5;

/// Groups the quirks by kind and field, in the order each group was first met.
pub(super) fn group(quirks: Vec<Quirk>) -> Vec<CaseWarning> {
    let mut index: HashMap<(QuirkKind, String), usize> = HashMap::new();
    let mut groups: Vec<(QuirkKind, String, Vec<String>)> = Vec::new();
    for q in quirks {
        let at = *index.entry((q.kind, q.field.clone())).or_insert_with(|| {
            groups.push((q.kind, q.field.clone(), Vec::new()));
            groups.len() - 1
        });
        let items = &mut groups[at].2;
        if !items.contains(&q.item) {
            items.push(q.item);
        }
    }
    groups
        .into_iter()
        .map(|(kind, field, items)| CaseWarning {
            message: sentence(kind, &field, &items),
            field,
            items,
        })
        .collect()
}

/// `A, B and C`, or `A, B, C, D, E and 12 more`.
fn names(items: &[String]) -> String {
    let shown: Vec<&str> = items.iter().take(NAMED).map(String::as_str).collect();
    let more = items.len().saturating_sub(NAMED);
    match (shown.split_last(), more) {
        (None, _) => String::new(),
        (Some((last, [])), 0) => (*last).to_owned(),
        (Some((last, rest)), 0) => format!("{} and {last}", rest.join(", ")),
        (Some(_), more) => format!("{} and {more} more", shown.join(", ")),
    }
}

fn sentence(kind: QuirkKind, field: &str, items: &[String]) -> String {
    let who = names(items);
    match kind {
        QuirkKind::TextForList => {
            format!("\"{field}\" is text where CASE expects a list ({who}); it was read as a list.")
        }
        QuirkKind::ListForText => format!(
            "\"{field}\" is a list of one where CASE expects text ({who}); its one entry was used."
        ),
        QuirkKind::NumberForText => {
            format!("\"{field}\" is a number where CASE expects text ({who}); it was read as text.")
        }
        QuirkKind::TextForNumber => format!(
            "\"{field}\" is text where CASE expects a whole number ({who}); the number in it was used."
        ),
        QuirkKind::WholeFloat => format!(
            "\"{field}\" is written with a decimal point ({who}); it was read as a whole number."
        ),
        QuirkKind::NotANumber => format!(
            "\"{field}\" is not a whole number ({who}); it was ignored, so these items are ordered by their list enumeration and code."
        ),
        QuirkKind::UriAsText => format!(
            "\"{field}\" is a plain address where CASE expects a link object ({who}); it was matched to the item or document it names."
        ),
        QuirkKind::LinkWithoutIdentifier => format!(
            "\"{field}\" has an address but no identifier ({who}); it was matched to the item or document the address names."
        ),
        QuirkKind::Renamed(proper) => {
            format!("\"{field}\" is not a CASE 1.0 field ({who}); it was read as \"{proper}\".")
        }
        QuirkKind::Ignored(what) => format!(
            "\"{field}\" is {what}, which CASE does not allow there ({who}); it was left out."
        ),
        QuirkKind::NotAnEntry(what) => {
            format!("{who} in \"{field}\" is {what}, not an object; it was left out.")
        }
        QuirkKind::NoIdentifier => {
            format!("{who} has no identifier, so it cannot be placed in the tree; it was left out.")
        }
        QuirkKind::DuplicateIdentifier => format!(
            "{who} has an identifier already used earlier in the file; the later one was left out."
        ),
        QuirkKind::NoStatementNoCode => {
            format!("{who} has no statement and no code; it was imported as \"(no statement)\".")
        }
        QuirkKind::LinkEndMissing => format!(
            "An \"isChildOf\" link of {who} is missing one of its ends; it was ignored, so the item sits at the top level unless another link places it."
        ),
    }
}
