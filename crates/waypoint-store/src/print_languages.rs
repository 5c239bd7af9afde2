//! The printouts' family languages on this laptop: which a person approved (so their
//! reports no longer say "needs review"), an interpreter's corrections to any label, and
//! catalog files to carry corrections between laptops. Local bookkeeping, not ops: a review
//! or a correction is about this laptop's copy of a catalog, never about a student, so it
//! neither syncs nor appears in the op log.
//!
//! The rules for a correction and a catalog file are core's
//! ([`waypoint_core::reports::catalog_file`]); this module keeps what passes them.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::Path;
use waypoint_core::msg;

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use waypoint_core::reports::catalog_file::{self, CatalogEntry, MOST_CATALOG_BYTES};
use waypoint_core::reports::{LocalCatalog, LocalCatalogs, print_languages};

use crate::{Db, Error, Result};

/// The longest name an approver may give.
pub const APPROVER_MAX: usize = 80;

/// A printout language and where it stands on this laptop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PrintLanguageStatus {
    /// Its code, for example `so`.
    pub code: String,
    /// Its name in itself.
    pub name: String,
    /// Its name in English.
    pub english_name: String,
    /// Its translation shipped for review (the six family languages).
    pub ships_for_review: bool,
    /// Its printouts carry the "needs review" mark: shipped for review, not approved here.
    pub needs_review: bool,
    /// When a person approved it here, in ms since the epoch.
    pub approved_at_ms: Option<u64>,
    /// Who approved it, as they gave their name ("" if they gave none).
    pub approved_by: String,
    /// How many labels an interpreter corrected here.
    pub corrections: u32,
}

/// What importing a catalog file did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CatalogImport {
    /// The language.
    pub code: String,
    /// How many labels now differ from the shipped text.
    pub corrections: u32,
}

fn known_lang(lang: &str) -> Result<()> {
    if print_languages().iter().any(|l| l.code == lang) {
        Ok(())
    } else {
        Err(
            waypoint_core::Error::invalid("lang", msg!("store-no-printout-catalog", lang = lang))
                .into(),
        )
    }
}

/// Every language's approval and corrections, for rendering printouts.
pub fn local_catalogs(conn: &Connection) -> Result<LocalCatalogs> {
    let mut out = LocalCatalogs::new();
    let mut stmt = conn.prepare_cached("SELECT lang FROM print_catalog_review")?;
    for lang in stmt.query_map([], |r| r.get::<_, String>(0))? {
        out.entry(lang?).or_default().approved = true;
    }
    let mut stmt = conn.prepare_cached("SELECT lang, id, text FROM print_catalog_edit")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (lang, id, text) = row?;
        out.entry(lang).or_default().corrections.insert(id, text);
    }
    Ok(out)
}

fn local(conn: &Connection, lang: &str) -> Result<LocalCatalog> {
    Ok(local_catalogs(conn)?.remove(lang).unwrap_or_default())
}

/// Every printout language with its review and its corrections here, English first.
pub fn list(db: &Db) -> Result<Vec<PrintLanguageStatus>> {
    let conn = db.conn();
    let locals = local_catalogs(conn)?;
    let mut stmt = conn.prepare_cached(
        "SELECT approved_at_ms, approved_by FROM print_catalog_review WHERE lang = ?1",
    )?;
    print_languages()
        .into_iter()
        .map(|l| {
            let approval: Option<(i64, String)> = stmt
                .query_row([&l.code], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let corrections = locals
                .get(&l.code)
                .map_or(0, |c| c.corrections.len() as u32);
            Ok(PrintLanguageStatus {
                needs_review: l.ships_for_review && approval.is_none(),
                approved_at_ms: approval.as_ref().map(|(at, _)| (*at).max(0) as u64),
                approved_by: approval.map(|(_, by)| by).unwrap_or_default(),
                code: l.code,
                name: l.name,
                english_name: l.english_name,
                ships_for_review: l.ships_for_review,
                corrections,
            })
        })
        .collect()
}

fn status(db: &Db, lang: &str) -> Result<PrintLanguageStatus> {
    list(db)?
        .into_iter()
        .find(|l| l.code == lang)
        .ok_or_else(|| crate::rows::not_found("printout language", lang))
}

/// A person approves `lang`'s translation on this laptop: its printouts lose the mark.
pub fn approve(db: &Db, lang: &str, by: &str, now_ms: u64) -> Result<PrintLanguageStatus> {
    known_lang(lang)?;
    let by = waypoint_core::validate::text(
        "approvedBy",
        msg!("store-label-your-name"),
        by,
        false,
        APPROVER_MAX,
    )?;
    db.conn().execute(
        "INSERT INTO print_catalog_review (lang, approved_at_ms, approved_by) VALUES (?1, ?2, ?3)
         ON CONFLICT(lang) DO UPDATE SET approved_at_ms = excluded.approved_at_ms,
             approved_by = excluded.approved_by",
        params![lang, now_ms as i64, by],
    )?;
    status(db, lang)
}

/// Takes an approval back: `lang`'s printouts say "needs review" again.
pub fn withdraw_approval(db: &Db, lang: &str) -> Result<PrintLanguageStatus> {
    known_lang(lang)?;
    db.conn()
        .execute("DELETE FROM print_catalog_review WHERE lang = ?1", [lang])?;
    status(db, lang)
}

/// Every label of `lang`: English, the shipped text and any correction.
pub fn entries(db: &Db, lang: &str) -> Result<Vec<CatalogEntry>> {
    known_lang(lang)?;
    Ok(catalog_file::catalog_entries(
        lang,
        &local(db.conn(), lang)?,
    ))
}

fn entry(db: &Db, lang: &str, id: &str) -> Result<CatalogEntry> {
    entries(db, lang)?
        .into_iter()
        .find(|e| e.id == id)
        .ok_or_else(|| crate::rows::not_found("printout label", id))
}

/// An interpreter corrects one label of `lang`; it prints instead of the shipped text.
pub fn correct(db: &Db, lang: &str, id: &str, text: &str, now_ms: u64) -> Result<CatalogEntry> {
    known_lang(lang)?;
    let text = catalog_file::check_correction(id, text)?;
    db.conn().execute(
        "INSERT INTO print_catalog_edit (lang, id, text, edited_at_ms) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(lang, id) DO UPDATE SET text = excluded.text,
             edited_at_ms = excluded.edited_at_ms",
        params![lang, id, text, now_ms as i64],
    )?;
    entry(db, lang, id)
}

/// Removes a correction: the label prints its shipped text again.
pub fn clear_correction(db: &Db, lang: &str, id: &str) -> Result<CatalogEntry> {
    known_lang(lang)?;
    db.conn().execute(
        "DELETE FROM print_catalog_edit WHERE lang = ?1 AND id = ?2",
        [lang, id],
    )?;
    entry(db, lang, id)
}

/// The label editor's save: `Some(text)` keeps it as the correction ([`correct`]), `None`
/// clears the correction ([`clear_correction`]).
pub fn set_correction(
    db: &Db,
    lang: &str,
    id: &str,
    text: Option<&str>,
    now_ms: u64,
) -> Result<CatalogEntry> {
    match text {
        Some(text) => correct(db, lang, id, text, now_ms),
        None => clear_correction(db, lang, id),
    }
}

/// `lang`'s catalog as a Fluent file: the shipped text with this laptop's corrections.
pub fn export(db: &Db, lang: &str) -> Result<String> {
    known_lang(lang)?;
    Ok(catalog_file::export_catalog(
        lang,
        &local(db.conn(), lang)?,
    )?)
}

/// Reads a catalog file for `lang`: every label whose text differs from the shipped one
/// becomes this laptop's correction, replacing the corrections it had. A file that breaks
/// any rule changes nothing.
pub fn import(db: &Db, lang: &str, source: &str, now_ms: u64) -> Result<CatalogImport> {
    known_lang(lang)?;
    let corrections: BTreeMap<String, String> = catalog_file::import_catalog(lang, source)?;
    let tx = db.conn().unchecked_transaction()?;
    tx.execute("DELETE FROM print_catalog_edit WHERE lang = ?1", [lang])?;
    for (id, text) in &corrections {
        tx.execute(
            "INSERT INTO print_catalog_edit (lang, id, text, edited_at_ms) VALUES (?1, ?2, ?3, ?4)",
            params![lang, id, text, now_ms as i64],
        )?;
    }
    tx.commit()?;
    Ok(CatalogImport {
        code: lang.to_owned(),
        corrections: corrections.len() as u32,
    })
}

/// Writes `lang`'s catalog file to `path`.
pub fn export_file(db: &Db, lang: &str, path: &Path) -> Result<()> {
    let text = export(db, lang)?;
    std::fs::write(path, text).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })
}

/// Reads the catalog file at `path` for `lang`, refusing one over the size limit unread.
pub fn import_file(db: &Db, lang: &str, path: &Path, now_ms: u64) -> Result<CatalogImport> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MOST_CATALOG_BYTES as u64 {
        return Err(waypoint_core::Error::invalid(
            "catalog",
            msg!(
                "store-catalog-too-big",
                size_kb = size.div_ceil(1024),
                limit_kb = MOST_CATALOG_BYTES / 1024
            ),
        )
        .into());
    }
    let mut bytes = Vec::new();
    // One byte past the limit is enough to know it is too big.
    file.take(MOST_CATALOG_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    let Ok(source) = String::from_utf8(bytes) else {
        return Err(
            waypoint_core::Error::invalid("catalog", msg!("store-catalog-not-utf8")).into(),
        );
    };
    import(db, lang, &source, now_ms)
}

#[cfg(test)]
mod tests;
