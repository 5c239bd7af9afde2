//! Reading a package's JSON leniently: every field is taken in the shape CASE gives it, and
//! the common deviations of real exports (a string for a list, a number as text, a plain URI
//! for a link, a misspelt field) are read anyway and noted as [`Quirk`]s, which
//! `warnings.rs` turns into the teacher's warnings. Only what cannot be understood is refused.

use std::collections::{HashMap, HashSet};

use serde_json::error::Category;
use serde_json::{Map, Value};

use super::warnings::{Quirk, QuirkKind};
use super::{CaseDocument, ChildLink, Precedes, RawItem};
use crate::messages::Message;
use crate::{Error, Result, msg};

pub(super) fn not_package(reason: Message) -> Error {
    Error::NotCasePackage { reason }
}

/// A JSON value's type, which a sentence names in words with its article ("a number").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum JsonKind {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

impl JsonKind {
    /// The type in words, with its article, as a clause for a sentence.
    pub(super) fn message(self) -> Message {
        match self {
            JsonKind::Null => msg!("core-json-null"),
            JsonKind::Bool => msg!("core-json-bool"),
            JsonKind::Number => msg!("core-json-number"),
            JsonKind::Text => msg!("core-json-text"),
            JsonKind::List => msg!("core-json-list"),
            JsonKind::Object => msg!("core-json-object"),
        }
    }
}

/// A JSON value's type.
pub(super) fn kind(value: &Value) -> JsonKind {
    match value {
        Value::Null => JsonKind::Null,
        Value::Bool(_) => JsonKind::Bool,
        Value::Number(_) => JsonKind::Number,
        Value::String(_) => JsonKind::Text,
        Value::Array(_) => JsonKind::List,
        Value::Object(_) => JsonKind::Object,
    }
}

pub(super) fn parse_json(bytes: &[u8]) -> Result<Value> {
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(not_package(msg!("core-case-empty-file")));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(not_package(msg!("core-case-zip")));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(not_package(msg!("core-case-pdf")));
    }
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first == Some(&b'<') {
        return Err(not_package(msg!("core-case-markup")));
    }
    serde_json::from_slice(bytes).map_err(|e| match e.classify() {
        Category::Eof => not_package(msg!("core-case-cut-short", line = e.line())),
        _ => not_package(msg!(
            "core-case-not-json",
            line = e.line(),
            column = e.column()
        )),
    })
}

/// True when the object is the pre-1.0 CASE format (OpenSALT's early `lsDoc` export).
pub(super) fn is_pre_one_format(top: &Map<String, Value>) -> bool {
    !top.contains_key("CFDocument")
        && top.keys().any(|k| {
            matches!(
                k.to_ascii_lowercase().as_str(),
                "lsdoc" | "lsitems" | "lsassociations" | "lsdocs"
            )
        })
}

/// Why an object with no `CFDocument` is not a package, as specifically as we can tell.
fn missing_document_reason(top: &Map<String, Value>) -> Message {
    if top.contains_key("CFItems") || top.contains_key("CFAssociations") {
        msg!("core-case-items-without-document")
    } else if top.contains_key("CFPackageURI")
        || (top.contains_key("identifier") && top.contains_key("creator"))
    {
        msg!("core-case-lone-document")
    } else {
        msg!("core-case-no-document")
    }
}

/// The reader: the quirks noted so far, and what links are resolved against.
#[derive(Default)]
pub(super) struct Reader {
    pub(super) quirks: Vec<Quirk>,
    /// Every identifier of the document and the items.
    identifiers: HashSet<String>,
    /// `uri` → identifier, for the document and the items.
    uris: HashMap<String, String>,
    /// Item type definitions (`CFDefinitions.CFItemTypes`): identifier or uri → title.
    item_types: HashMap<String, String>,
}

impl Reader {
    fn note(&mut self, kind: QuirkKind, field: &str, owner: &Message) {
        self.quirks.push(Quirk {
            kind,
            field: field.to_owned(),
            item: owner.clone(),
        });
    }

    /// Optional text, trimmed ("" when missing or null). A number is read as its digits, a
    /// list of one text as that text; anything else is left out. Each is noted.
    fn text(&mut self, obj: &Map<String, Value>, key: &str, owner: &Message) -> String {
        match obj.get(key) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.trim().to_owned(),
            Some(Value::Number(n)) => {
                self.note(QuirkKind::NumberForText, key, owner);
                n.to_string()
            }
            Some(Value::Array(entries)) if entries.len() == 1 && entries[0].is_string() => {
                self.note(QuirkKind::ListForText, key, owner);
                entries[0].as_str().unwrap_or_default().trim().to_owned()
            }
            Some(other) => {
                self.note(QuirkKind::Ignored(kind(other)), key, owner);
                String::new()
            }
        }
    }

    /// Optional list of text, each trimmed (empty when missing or null). Text is read as a
    /// list split at commas, a number as a list of one; entries that are not text or numbers
    /// are left out. Each is noted.
    fn text_list(&mut self, obj: &Map<String, Value>, key: &str, owner: &Message) -> Vec<String> {
        let split = |s: &str| -> Vec<String> {
            s.split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect()
        };
        match obj.get(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(entries)) => {
                let mut out = Vec::with_capacity(entries.len());
                for entry in entries {
                    match entry {
                        Value::String(s) => out.push(s.trim().to_owned()),
                        Value::Number(n) => {
                            self.note(QuirkKind::NumberForText, key, owner);
                            out.push(n.to_string());
                        }
                        Value::Null => {}
                        other => self.note(QuirkKind::Ignored(kind(other)), key, owner),
                    }
                }
                out
            }
            Some(Value::String(s)) => {
                self.note(QuirkKind::TextForList, key, owner);
                split(s)
            }
            Some(Value::Number(n)) => {
                self.note(QuirkKind::TextForList, key, owner);
                vec![n.to_string()]
            }
            Some(other) => {
                self.note(QuirkKind::Ignored(kind(other)), key, owner);
                Vec::new()
            }
        }
    }

    /// The identifier a link names. A LinkURI object gives its `identifier`; an object with
    /// only a `uri`, or a plain string, is resolved (and noted): an exact match with an
    /// identifier or uri in the file, else the address's last path segment.
    fn link(&mut self, value: Option<&Value>, key: &str, owner: &Message) -> Option<String> {
        match value? {
            Value::Object(link) => match link.get("identifier") {
                Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
                Some(Value::Number(n)) => {
                    self.note(
                        QuirkKind::NumberForText,
                        &format!("{key}.identifier"),
                        owner,
                    );
                    Some(n.to_string())
                }
                _ => {
                    let uri = link.get("uri").and_then(Value::as_str)?;
                    self.note(QuirkKind::LinkWithoutIdentifier, key, owner);
                    self.resolve(uri)
                }
            },
            Value::String(s) => {
                self.note(QuirkKind::UriAsText, key, owner);
                self.resolve(s)
            }
            Value::Null => None,
            other => {
                self.note(QuirkKind::Ignored(kind(other)), key, owner);
                None
            }
        }
    }

    fn resolve(&self, text: &str) -> Option<String> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        if self.identifiers.contains(text) {
            return Some(text.to_owned());
        }
        if let Some(id) = self.uris.get(text) {
            return Some(id.clone());
        }
        Some(last_segment(text).to_owned())
    }

    /// A `sequenceNumber`: a whole number; text holding one, or a number with no fraction, is
    /// read and noted; anything else is ignored and noted.
    fn sequence(&mut self, obj: &Map<String, Value>, owner: &Message) -> Option<i64> {
        const KEY: &str = "sequenceNumber";
        match obj.get(KEY)? {
            Value::Null => None,
            Value::Number(n) => match n.as_i64() {
                Some(n) => Some(n),
                None => match n.as_f64() {
                    Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => {
                        self.note(QuirkKind::WholeFloat, KEY, owner);
                        Some(f as i64)
                    }
                    _ => {
                        self.note(QuirkKind::NotANumber, KEY, owner);
                        None
                    }
                },
            },
            Value::String(s) => match s.trim().parse::<i64>() {
                Ok(n) => {
                    self.note(QuirkKind::TextForNumber, KEY, owner);
                    Some(n)
                }
                Err(_) => {
                    self.note(QuirkKind::NotANumber, KEY, owner);
                    None
                }
            },
            _ => {
                self.note(QuirkKind::NotANumber, KEY, owner);
                None
            }
        }
    }

    pub(super) fn read_document(&mut self, top: &Map<String, Value>) -> Result<CaseDocument> {
        let doc = match top.get("CFDocument") {
            Some(Value::Object(doc)) => doc,
            None | Some(Value::Null) => return Err(not_package(missing_document_reason(top))),
            Some(other) => {
                return Err(not_package(msg!(
                    "core-case-document-not-object",
                    kind = kind(other).message()
                )));
            }
        };
        let identifier = match doc.get("identifier") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
            None | Some(Value::Null) | Some(Value::String(_)) => {
                return Err(not_package(msg!("core-case-document-no-identifier")));
            }
            Some(other) => {
                return Err(not_package(msg!(
                    "core-case-document-identifier-not-text",
                    kind = kind(other).message()
                )));
            }
        };
        self.identifiers.insert(identifier.clone());
        if let Some(uri) = doc.get("uri").and_then(Value::as_str) {
            self.uris.insert(uri.trim().to_owned(), identifier.clone());
        }
        let owner = &msg!("core-case-the-document");
        Ok(CaseDocument {
            title: self.text(doc, "title", owner),
            creator: self.text(doc, "creator", owner),
            version: self.text(doc, "version", owner),
            last_change: self.text(doc, "lastChangeDateTime", owner),
            subjects: self.text_list(doc, "subject", owner),
            adoption_status: self.text(doc, "adoptionStatus", owner),
            identifier,
        })
    }

    /// `CFDefinitions.CFItemTypes`, read quietly: only used to name a type given by URI.
    pub(super) fn read_definitions(&mut self, top: &Map<String, Value>) {
        let types = top
            .get("CFDefinitions")
            .and_then(|d| d.get("CFItemTypes"))
            .and_then(Value::as_array);
        for t in types.into_iter().flatten() {
            let title = t.get("title").and_then(Value::as_str).unwrap_or("").trim();
            if title.is_empty() {
                continue;
            }
            for key in ["identifier", "uri"] {
                if let Some(k) = t.get(key).and_then(Value::as_str) {
                    self.item_types
                        .insert(k.trim().to_owned(), title.to_owned());
                    self.item_types
                        .insert(last_segment(k).to_owned(), title.to_owned());
                }
            }
        }
    }

    pub(super) fn read_items(
        &mut self,
        top: &Map<String, Value>,
        document_id: &str,
    ) -> Result<Vec<RawItem>> {
        let entries = top_list(top, "CFItems")?;
        let mut items: Vec<RawItem> = Vec::with_capacity(entries.len());
        let mut seen: HashSet<String> = HashSet::with_capacity(entries.len());
        // First the identifiers and uris, so a link can be resolved against any item.
        for entry in entries {
            if let Some(id) = entry.get("identifier").and_then(Value::as_str) {
                self.identifiers.insert(id.to_owned());
                if let Some(uri) = entry.get("uri").and_then(Value::as_str) {
                    self.uris.insert(uri.trim().to_owned(), id.to_owned());
                }
            }
        }
        for (i, entry) in entries.iter().enumerate() {
            let position = msg!("core-case-entry", n = i + 1, list = "CFItems");
            let Value::Object(obj) = entry else {
                self.note(QuirkKind::NotAnEntry(kind(entry)), "CFItems", &position);
                continue;
            };
            let Some(item) = self.read_item(obj, &position) else {
                continue;
            };
            if item.identifier == document_id || !seen.insert(item.identifier.clone()) {
                self.note(
                    QuirkKind::DuplicateIdentifier,
                    "identifier",
                    &Message::untranslated(item.label()),
                );
                continue;
            }
            items.push(item);
        }
        Ok(items)
    }

    fn read_item(&mut self, obj: &Map<String, Value>, position: &Message) -> Option<RawItem> {
        let identifier = match obj.get("identifier") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
            Some(Value::Number(n)) => {
                self.note(
                    QuirkKind::NumberForText,
                    "identifier",
                    &Message::untranslated(n.to_string()),
                );
                n.to_string()
            }
            _ => {
                let code = obj
                    .get("humanCodingScheme")
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|c| !c.is_empty());
                let owner = match code {
                    Some(code) => msg!(
                        "core-case-code-at",
                        code = code,
                        position = position.clone()
                    ),
                    None => position.clone(),
                };
                self.note(QuirkKind::NoIdentifier, "identifier", &owner);
                return None;
            }
        };
        let code = self.text(
            obj,
            "humanCodingScheme",
            &Message::untranslated(&identifier),
        );
        let label = if code.is_empty() {
            identifier.clone()
        } else {
            code.clone()
        };
        let owner = Message::untranslated(&label);
        let item_type = match obj.get("CFItemType") {
            Some(v) if !v.is_null() => self.text(obj, "CFItemType", &owner),
            _ => match obj.get("CFItemTypeURI") {
                None | Some(Value::Null) => String::new(),
                Some(Value::Object(uri)) => self.text(uri, "title", &owner),
                Some(Value::String(uri)) => {
                    self.note(QuirkKind::UriAsText, "CFItemTypeURI", &owner);
                    let uri = uri.trim();
                    self.item_types
                        .get(uri)
                        .or_else(|| self.item_types.get(last_segment(uri)))
                        .cloned()
                        .unwrap_or_default()
                }
                Some(other) => {
                    self.note(QuirkKind::Ignored(kind(other)), "CFItemTypeURI", &owner);
                    String::new()
                }
            },
        };
        let education_levels = if obj.get("educationLevel").is_none_or(Value::is_null)
            && obj.contains_key("educationalLevel")
        {
            self.note(
                QuirkKind::Renamed("educationLevel"),
                "educationalLevel",
                &owner,
            );
            self.text_list(obj, "educationalLevel", &owner)
        } else {
            self.text_list(obj, "educationLevel", &owner)
        };
        let full_statement = self.text(obj, "fullStatement", &owner);
        if full_statement.is_empty() && code.is_empty() {
            self.note(QuirkKind::NoStatementNoCode, "fullStatement", &owner);
        }
        Some(RawItem {
            full_statement,
            abbreviated_statement: self.text(obj, "abbreviatedStatement", &owner),
            education_levels,
            list_enumeration: self.text(obj, "listEnumeration", &owner),
            item_type,
            code,
            identifier,
        })
    }

    /// The `isChildOf` and `precedes` associations; `labels` names items by code for the
    /// warnings.
    pub(super) fn read_associations(
        &mut self,
        top: &Map<String, Value>,
        labels: &HashMap<&str, &str>,
    ) -> Result<(Vec<ChildLink>, Vec<Precedes>)> {
        let entries = top_list(top, "CFAssociations")?;
        let mut links = Vec::new();
        let mut precedes = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let position = msg!("core-case-entry", n = i + 1, list = "CFAssociations");
            let Value::Object(obj) = entry else {
                self.note(
                    QuirkKind::NotAnEntry(kind(entry)),
                    "CFAssociations",
                    &position,
                );
                continue;
            };
            let kind_of = self.text(obj, "associationType", &position);
            if kind_of != "isChildOf" && kind_of != "precedes" {
                continue;
            }
            // Name the link by its origin item, as the teacher knows items by code.
            let origin_hint = match obj.get("originNodeURI") {
                Some(Value::Object(o)) => o
                    .get("identifier")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .or_else(|| {
                        o.get("uri")
                            .and_then(Value::as_str)
                            .and_then(|u| self.resolve(u))
                    }),
                Some(Value::String(s)) => self.resolve(s),
                _ => obj
                    .get("originNodeIdentifier")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            };
            let owner = match origin_hint.as_deref() {
                Some(id) => Message::untranslated(labels.get(id).copied().unwrap_or(id)),
                None => position.clone(),
            };
            let end = |reader: &mut Self, key: &str, bare: &str| -> Option<String> {
                match obj.get(key) {
                    Some(v) if !v.is_null() => reader.link(Some(v), key, &owner),
                    _ => {
                        let id = obj.get(bare).and_then(Value::as_str)?.trim();
                        if id.is_empty() {
                            return None;
                        }
                        reader.note(QuirkKind::Renamed(key_name(key)), bare, &owner);
                        reader.resolve(id)
                    }
                }
            };
            let origin = end(self, "originNodeURI", "originNodeIdentifier");
            let destination = end(self, "destinationNodeURI", "destinationNodeIdentifier");
            let (Some(origin), Some(destination)) = (origin, destination) else {
                if kind_of == "isChildOf" {
                    self.note(QuirkKind::LinkEndMissing, "isChildOf", &owner);
                }
                continue;
            };
            if kind_of == "precedes" {
                precedes.push(Precedes {
                    earlier: origin,
                    later: destination,
                });
                continue;
            }
            let sequence = self.sequence(obj, &owner);
            links.push(ChildLink {
                origin,
                destination,
                sequence,
            });
        }
        Ok((links, precedes))
    }
}

/// The CASE name a pre-1.0 bare identifier field stands for.
fn key_name(key: &str) -> &'static str {
    if key.starts_with("origin") {
        "originNodeURI"
    } else {
        "destinationNodeURI"
    }
}

/// The last path segment of an address (`https://x/uri/abc` → `abc`), or the text itself.
pub(super) fn last_segment(text: &str) -> &str {
    let text = text.trim();
    let path = text.split(['?', '#']).next().unwrap_or(text);
    let path = path.trim_end_matches('/');
    match path.rsplit('/').next() {
        Some(seg) if !seg.is_empty() => seg,
        _ => text,
    }
}

/// A list at the top of the package: empty when missing or null, otherwise it must be a list.
fn top_list<'a>(top: &'a Map<String, Value>, key: &str) -> Result<&'a [Value]> {
    match top.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(entries)) => Ok(entries),
        Some(other) => Err(not_package(msg!(
            "core-case-top-not-list",
            key = key,
            kind = kind(other).message()
        ))),
    }
}
