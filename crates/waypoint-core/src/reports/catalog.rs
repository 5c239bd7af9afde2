//! The printouts' message catalogs: one JSON file per language in `assets/i18n/`, embedded
//! by `build.rs`, and the choice of a family's language from what was typed.

use std::collections::BTreeMap;

use serde_json::Value;

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// The language used when a family's preferred language has no catalog.
pub const DEFAULT_LANG: &str = "en";

/// One language's labels.
#[derive(Debug, Clone)]
pub struct Catalog {
    code: String,
    messages: BTreeMap<String, String>,
}

impl Catalog {
    /// The catalog for `code`, else English.
    pub fn get(code: &str) -> Catalog {
        let raw = CATALOGS
            .iter()
            .find(|(c, _)| *c == code)
            .or_else(|| CATALOGS.iter().find(|(c, _)| *c == DEFAULT_LANG))
            .map_or("{}", |(_, json)| json);
        let parsed: BTreeMap<String, Value> = serde_json::from_str(raw).unwrap_or_default();
        Catalog {
            code: if CATALOGS.iter().any(|(c, _)| *c == code) {
                code.to_owned()
            } else {
                DEFAULT_LANG.to_owned()
            },
            messages: parsed
                .into_iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k, s.to_owned())))
                .collect(),
        }
    }

    /// Its language code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The label for `key`; the key itself when a catalog lacks it, so a gap shows rather
    /// than hides.
    pub fn t(&self, key: &str) -> String {
        self.messages.get(key).cloned().unwrap_or_else(|| {
            Catalog::english()
                .messages
                .get(key)
                .cloned()
                .unwrap_or_else(|| key.to_owned())
        })
    }

    fn english() -> Catalog {
        let raw = CATALOGS
            .iter()
            .find(|(c, _)| *c == DEFAULT_LANG)
            .map_or("{}", |(_, json)| json);
        let parsed: BTreeMap<String, Value> = serde_json::from_str(raw).unwrap_or_default();
        Catalog {
            code: DEFAULT_LANG.to_owned(),
            messages: parsed
                .into_iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k, s.to_owned())))
                .collect(),
        }
    }

    /// A scale level's label in this language when the catalog knows it (the default
    /// scale's labels), else the teacher's own label.
    pub fn level(&self, label: &str) -> String {
        self.messages
            .get(&format!("level.{label}"))
            .cloned()
            .unwrap_or_else(|| label.to_owned())
    }
}

/// The languages a printout can be in: (code, name in that language).
pub fn languages() -> Vec<(String, String)> {
    CATALOGS
        .iter()
        .map(|(code, _)| ((*code).to_owned(), Catalog::get(code).t("_language")))
        .collect()
}

/// The catalog for a family's preferred language as typed ("Spanish", "español", "es"),
/// matched against each catalog's `_matches`; English when none matches.
pub fn lang_for(preferred: &str) -> String {
    let wanted = preferred.trim().to_lowercase();
    if wanted.is_empty() {
        return DEFAULT_LANG.to_owned();
    }
    for (code, raw) in CATALOGS {
        let parsed: BTreeMap<String, Value> = serde_json::from_str(raw).unwrap_or_default();
        let matches = parsed
            .get("_matches")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str);
        for m in matches {
            if wanted == m
                || wanted.starts_with(&format!("{m} "))
                || wanted.starts_with(&format!("{m}-"))
            {
                return (*code).to_owned();
            }
        }
    }
    DEFAULT_LANG.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_has_every_english_key() {
        let en = Catalog::get("en");
        for (code, _) in CATALOGS {
            let c = Catalog::get(code);
            for key in en.messages.keys().filter(|k| !k.starts_with('_')) {
                assert!(c.messages.contains_key(key), "{code} lacks {key}");
            }
        }
    }
}
