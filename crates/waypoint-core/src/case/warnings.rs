//! The deviations the lenient reader accepted, as the teacher reads them: one
//! [`CaseWarning`] per kind of deviation and field, naming every item it concerned, with a
//! sentence saying what was done. A 700-item file whose every item spells a field the same
//! wrong way gives one warning, not 700.

use std::collections::HashMap;

use super::read::JsonKind;
use crate::messages::{Message, english};
use crate::msg;

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
    Ignored(JsonKind),
    /// An entry of CFItems or CFAssociations of this type, not an object: left out.
    NotAnEntry(JsonKind),
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
    /// The item (its code or identifier, as the file has it), the document, or an entry's
    /// position, as words for the sentence.
    pub(super) item: Message,
}

/// A deviation from CASE 1.0 that was read anyway, and what was done about it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CaseWarning {
    /// The field as the file spells it, for example `subject` or `sequenceNumber`.
    pub field: String,
    /// Each item concerned once, in file order, in English (for the command line and the
    /// tests; the sentence has them in the reader's language): its code, or its identifier
    /// when it has no code; `the CFDocument` for the document; `entry N in CFItems` for an
    /// entry without an identifier. An `isChildOf` link is named by its child item.
    pub items: Vec<String>,
    /// A sentence saying what was found and what was done, naming the field and the first
    /// items.
    pub message: Message,
}

/// How many items a warning's sentence names before "and N more".
const NAMED: usize = 5;

/// Groups the quirks by kind and field, in the order each group was first met.
pub(super) fn group(quirks: Vec<Quirk>) -> Vec<CaseWarning> {
    let mut index: HashMap<(QuirkKind, String), usize> = HashMap::new();
    let mut groups: Vec<(QuirkKind, String, Vec<Message>)> = Vec::new();
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
            items: items.iter().map(english).collect(),
        })
        .collect()
}

/// `A, B and C`, or `A, B, C, D, E and 12 more`, as a message so the joining words are in
/// the reader's language.
fn names(items: &[Message]) -> Message {
    let more = items.len().saturating_sub(NAMED);
    if more == 0 {
        return crate::validate::name_list(items);
    }
    // Built from the end: `A, (B, (C, (D, E)))`.
    let shown = &items[..NAMED];
    let mut head = msg!("core-names-one", name = shown[NAMED - 1].clone());
    for item in shown[..NAMED - 1].iter().rev() {
        head = msg!("core-names-comma", head = item.clone(), rest = head);
    }
    msg!("core-names-more", head = head, more = more)
}

fn sentence(kind: QuirkKind, field: &str, items: &[Message]) -> Message {
    let who = names(items);
    match kind {
        QuirkKind::TextForList => msg!("core-case-text-for-list", field = field, who = who),
        QuirkKind::ListForText => msg!("core-case-list-for-text", field = field, who = who),
        QuirkKind::NumberForText => msg!("core-case-number-for-text", field = field, who = who),
        QuirkKind::TextForNumber => msg!("core-case-text-for-number", field = field, who = who),
        QuirkKind::WholeFloat => msg!("core-case-whole-float", field = field, who = who),
        QuirkKind::NotANumber => msg!("core-case-not-a-number", field = field, who = who),
        QuirkKind::UriAsText => msg!("core-case-uri-as-text", field = field, who = who),
        QuirkKind::LinkWithoutIdentifier => {
            msg!(
                "core-case-link-without-identifier",
                field = field,
                who = who
            )
        }
        QuirkKind::Renamed(proper) => msg!(
            "core-case-renamed",
            field = field,
            who = who,
            proper = proper
        ),
        QuirkKind::Ignored(what) => msg!(
            "core-case-ignored",
            field = field,
            who = who,
            kind = what.message()
        ),
        QuirkKind::NotAnEntry(what) => msg!(
            "core-case-not-an-entry",
            field = field,
            who = who,
            kind = what.message()
        ),
        QuirkKind::NoIdentifier => msg!("core-case-no-identifier", who = who),
        QuirkKind::DuplicateIdentifier => msg!("core-case-duplicate-identifier", who = who),
        QuirkKind::NoStatementNoCode => msg!("core-case-no-statement-no-code", who = who),
        QuirkKind::LinkEndMissing => msg!("core-case-link-end-missing", who = who),
    }
}
