//! An interpreter's corrections to a printout catalog, and the catalog files they travel in:
//! checking one correction, writing a language out as a `.ftl` file (shipped text with this
//! laptop's corrections) and reading one back in as corrections.
//!
//! A correction is a message's Fluent text as an interpreter sees it: the part after
//! `id =`, continuation lines without their indent. Everything read is checked the same way:
//! it parses, its id is one the printouts use, and it uses no `$variable` the English text
//! does not give it (the renderer could not fill one in) and no reference to another
//! message. A file that breaks any rule is refused whole, with one sentence saying why.

use crate::msg;
use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Message, Pattern, PatternElement, Resource,
};
use fluent_syntax::parser;
use serde::{Deserialize, Serialize};

use super::catalog::{DEFAULT_LANG, LocalCatalog, META_IDS, shipped};
use crate::{Error, Result};

/// The largest catalog file read: the English catalog is about 5 KB, so this leaves room
/// for long translations and comments while refusing a file that is plainly something else.
pub const MOST_CATALOG_BYTES: usize = 256 * 1024;

/// The longest correction of one label.
pub const MOST_CORRECTION_CHARS: usize = 2_000;

/// One label as the editor shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CatalogEntry {
    /// The message id, for example `report-family-notes`.
    pub id: String,
    /// The English text.
    pub english: String,
    /// The shipped text in this language.
    pub shipped: String,
    /// This laptop's correction, if any.
    pub correction: Option<String>,
}

fn invalid(message: crate::messages::Message) -> Error {
    Error::invalid("catalog", message)
}

/// The Fluent source of one message from its id and its text as an interpreter sees it.
pub fn entry_source(id: &str, text: &str) -> String {
    let body: Vec<String> = text.lines().map(|l| format!("    {l}")).collect();
    format!("{id} =\n{}\n", body.join("\n"))
}

/// A message's text as an interpreter sees it: the serializer's form, after `id =`, with
/// continuation lines' indent taken off, so the same message always reads the same.
fn message_text(message: &Message<&str>) -> String {
    let alone = Resource {
        body: vec![Entry::Message(Message {
            comment: None,
            attributes: Vec::new(),
            ..message.clone()
        })],
    };
    let written = fluent_syntax::serializer::serialize(&alone);
    let after = written
        .strip_prefix(message.id.name)
        .and_then(|s| s.strip_prefix(" ="))
        .unwrap_or(&written)
        .trim_end_matches('\n');
    let after = after.strip_prefix(' ').unwrap_or(after);
    after
        .strip_prefix('\n')
        .unwrap_or(after)
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `$variable` a pattern uses, and whether it refers to another message or term.
fn walk_pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>, refs: &mut bool) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            walk_expression(expression, vars, refs);
        }
    }
}

fn walk_expression(e: &Expression<&str>, vars: &mut BTreeSet<String>, refs: &mut bool) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, vars, refs);
            for v in variants {
                walk_pattern(&v.value, vars, refs);
            }
        }
        Expression::Inline(i) => walk_inline(i, vars, refs),
    }
}

fn walk_inline(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>, refs: &mut bool) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { .. } | InlineExpression::TermReference { .. } => {
            *refs = true;
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, refs);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, refs);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, vars, refs),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn variables(p: &Pattern<&str>) -> (BTreeSet<String>, bool) {
    let (mut vars, mut refs) = (BTreeSet::new(), false);
    walk_pattern(p, &mut vars, &mut refs);
    (vars, refs)
}

/// Each message's text in a shipped catalog, by id.
fn shipped_texts(code: &str) -> BTreeMap<String, String> {
    let source = shipped(code).unwrap_or_default();
    let resource = parser::parse(source).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) if m.value.is_some() => Some((m.id.name.to_owned(), message_text(m))),
            _ => None,
        })
        .collect()
}

/// The `$variables` English gives each message, by id.
fn english_variables() -> BTreeMap<String, BTreeSet<String>> {
    let source = shipped(DEFAULT_LANG).unwrap_or_default();
    let resource = parser::parse(source).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => m
                .value
                .as_ref()
                .map(|v| (m.id.name.to_owned(), variables(v).0)),
            _ => None,
        })
        .collect()
}

/// Checks one message read from a correction or a file; its normalized text.
fn check_message(m: &Message<&str>, known: &BTreeMap<String, BTreeSet<String>>) -> Result<String> {
    let id = m.id.name;
    let Some(allowed) = known.get(id) else {
        return Err(invalid(msg!("core-catalog-unknown-label", id = id)));
    };
    let Some(value) = &m.value else {
        return Err(invalid(msg!("core-catalog-no-text", id = id)));
    };
    if !m.attributes.is_empty() {
        return Err(invalid(msg!("core-catalog-attributes", id = id)));
    }
    let (vars, refs) = variables(value);
    if refs {
        return Err(invalid(msg!("core-catalog-reference", id = id)));
    }
    if let Some(extra) = vars.difference(allowed).next() {
        let known: Vec<String> = allowed.iter().map(|v| format!("${v}")).collect();
        let extra = format!("${extra}");
        return Err(invalid(if known.is_empty() {
            msg!("core-catalog-no-values", id = id, extra = extra)
        } else {
            // The names are Fluent's own `$name` syntax, the same in every language.
            msg!(
                "core-catalog-other-values",
                id = id,
                extra = extra,
                known = known.join(", ")
            )
        }));
    }
    let text = message_text(m);
    if text.chars().count() > MOST_CORRECTION_CHARS {
        return Err(invalid(msg!(
            "core-catalog-too-long",
            id = id,
            max = MOST_CORRECTION_CHARS
        )));
    }
    Ok(text)
}

/// The line (from 1) a byte offset is on.
fn line_of(source: &str, offset: usize) -> usize {
    source
        .get(..offset.min(source.len()))
        .unwrap_or(source)
        .matches('\n')
        .count()
        + 1
}

/// Checks an interpreter's correction of one label; the text as it will be kept.
pub fn check_correction(id: &str, text: &str) -> Result<String> {
    if META_IDS.contains(&id) {
        return Err(invalid(msg!("core-catalog-meta", id = id)));
    }
    if text.trim().is_empty() {
        return Err(invalid(msg!("core-catalog-blank")));
    }
    let source = entry_source(id, text);
    let resource = parser::parse(source.as_str())
        .map_err(|_| invalid(msg!("core-catalog-unreadable-text")))?;
    let known = english_variables();
    match resource.body.as_slice() {
        [Entry::Message(m)] if m.id.name == id => check_message(m, &known),
        _ => Err(invalid(msg!("core-catalog-only-words"))),
    }
}

/// The corrections in a catalog file for `code`: each label whose text differs from the
/// shipped one. Labels the file leaves out keep the shipped text.
pub fn import_catalog(code: &str, source: &str) -> Result<BTreeMap<String, String>> {
    if shipped(code).is_none() {
        return Err(Error::invalid(
            "lang",
            msg!("core-catalog-no-language", code = code),
        ));
    }
    if source.len() > MOST_CATALOG_BYTES {
        return Err(invalid(msg!(
            "core-catalog-file-too-big",
            size = source.len().div_ceil(1024),
            max = MOST_CATALOG_BYTES / 1024
        )));
    }
    let resource = parser::parse(source).map_err(|(_, errors)| {
        let line = errors.first().map_or(1, |e| line_of(source, e.pos.start));
        invalid(msg!("core-catalog-bad-line", line = line))
    })?;
    let known = english_variables();
    let shipped = shipped_texts(code);
    let mut corrections = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let text = check_message(m, &known)?;
                if !seen.insert(m.id.name) {
                    return Err(invalid(msg!("core-catalog-twice", id = m.id.name)));
                }
                if META_IDS.contains(&m.id.name) {
                    continue;
                }
                if shipped.get(m.id.name) != Some(&text) {
                    corrections.insert(m.id.name.to_owned(), text);
                }
            }
            Entry::Term(t) => {
                return Err(invalid(msg!("core-catalog-term", id = t.id.name)));
            }
            Entry::Junk { .. } => {
                return Err(invalid(msg!("core-catalog-not-a-catalog")));
            }
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
        }
    }
    Ok(corrections)
}

/// A language's catalog as a file: the shipped catalog, comments and all, with this
/// laptop's corrections in place of the shipped text.
pub fn export_catalog(code: &str, local: &LocalCatalog) -> Result<String> {
    let Some(source) = shipped(code) else {
        return Err(Error::invalid(
            "lang",
            msg!("core-catalog-no-language", code = code),
        ));
    };
    let sources: Vec<(String, String)> = local
        .corrections
        .iter()
        .map(|(id, text)| (id.clone(), entry_source(id, text)))
        .collect();
    let parsed: Vec<Resource<&str>> = sources
        .iter()
        .filter_map(|(_, s)| parser::parse(s.as_str()).ok())
        .collect();
    let mut replacements: BTreeMap<&str, Pattern<&str>> = BTreeMap::new();
    for r in &parsed {
        for e in &r.body {
            if let Entry::Message(Message {
                id, value: Some(v), ..
            }) = e
            {
                replacements.insert(id.name, v.clone());
            }
        }
    }
    let mut resource = parser::parse(source).unwrap_or_else(|(r, _)| r);
    for entry in &mut resource.body {
        if let Entry::Message(m) = entry
            && let Some(v) = replacements.remove(m.id.name)
        {
            m.value = Some(v);
        }
    }
    Ok(fluent_syntax::serializer::serialize(&resource))
}

/// Every label an interpreter can correct in `code`, with English beside it.
pub fn catalog_entries(code: &str, local: &LocalCatalog) -> Vec<CatalogEntry> {
    let english = shipped_texts(DEFAULT_LANG);
    let own = shipped_texts(code);
    english
        .into_iter()
        .filter(|(id, _)| !META_IDS.contains(&id.as_str()))
        .map(|(id, english)| CatalogEntry {
            shipped: own.get(&id).cloned().unwrap_or_default(),
            correction: local.corrections.get(&id).cloned(),
            id,
            english,
        })
        .collect()
}

/// Each shipped catalog's problems against English: ids it lacks or adds, variables that
/// differ, and parse errors. Empty when the catalog is complete.
pub fn catalog_problems(code: &str) -> Vec<String> {
    let Some(source) = shipped(code) else {
        return vec![format!("no catalog {code}")];
    };
    let mut problems = Vec::new();
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(format!(
                    "{code}.ftl line {}: {}",
                    line_of(source, e.pos.start),
                    e.kind
                ));
            }
            r
        }
    };
    let english = english_variables();
    let mut own = BTreeMap::new();
    for e in &resource.body {
        match e {
            Entry::Message(m) => match &m.value {
                Some(v) => {
                    let (vars, refs) = variables(v);
                    if refs {
                        problems.push(format!("{code}: {} refers to another message", m.id.name));
                    }
                    own.insert(m.id.name.to_owned(), vars);
                }
                None => problems.push(format!("{code}: {} has no value", m.id.name)),
            },
            Entry::Term(t) => problems.push(format!("{code}: term -{} is not used", t.id.name)),
            _ => {}
        }
    }
    for (id, vars) in &english {
        match own.get(id) {
            None => problems.push(format!("{code} lacks {id}")),
            Some(v) if v != vars => {
                problems.push(format!("{code}: {id} uses {v:?}, English {vars:?}"));
            }
            Some(_) => {}
        }
    }
    for id in own.keys().filter(|id| !english.contains_key(*id)) {
        problems.push(format!("{code} has {id}, which English lacks"));
    }
    problems
}
