//! The printouts' message catalogs: one Project Fluent file per language in
//! `assets/i18n/print/`, embedded by `build.rs`; the corrections an interpreter made on this
//! laptop, laid over them; and the choice of a family's language from what was typed.
//!
//! Core reads no files: the store hands each printout the corrections and approvals it
//! keeps ([`LocalCatalog`]), and [`Catalog::with_local`] lays them over the shipped text.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_pluralrules::{PluralRuleType, PluralRules};
use serde::{Deserialize, Serialize};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use super::catalog_file::entry_source;

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// The language used when a family's preferred language has no catalog.
pub const DEFAULT_LANG: &str = "en";

/// Ids that describe a catalog rather than label a printout; interpreters don't correct
/// them (a correction could otherwise mark its own language reviewed).
pub const META_IDS: &[&str] = &["language-matches", "language-review"];

/// What this laptop adds to one language's shipped catalog.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalCatalog {
    /// A person approved this language's translation: the "needs review" mark goes.
    pub approved: bool,
    /// An interpreter's corrections: message id → its Fluent text (as
    /// [`super::catalog_file::check_correction`] returns it).
    pub corrections: BTreeMap<String, String>,
}

/// The local additions for every language, by language code.
pub type LocalCatalogs = BTreeMap<String, LocalCatalog>;

/// A language the printouts can be in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PrintLanguage {
    /// Its code, for example `so`.
    pub code: String,
    /// Its name in itself ("Soomaali").
    pub name: String,
    /// Its name in English ("Somali").
    pub english_name: String,
    /// The shipped translation needs a person's review before it goes to families.
    pub ships_for_review: bool,
}

/// The shipped Fluent source for `code`.
pub(super) fn shipped(code: &str) -> Option<&'static str> {
    CATALOGS.iter().find(|(c, _)| *c == code).map(|(_, s)| *s)
}

/// The locale whose plural rules a language's bundle uses: its own when CLDR has them (the
/// plural library has no rules for Haitian Creole, say), else English's, which
/// like Haitian Creole tells one ("yon") from more.
fn plural_locale(code: &str) -> LanguageIdentifier {
    match code.parse::<LanguageIdentifier>() {
        Ok(id) if PluralRules::create(id.clone(), PluralRuleType::CARDINAL).is_ok() => id,
        _ => "en".parse().unwrap_or_default(),
    }
}

fn bundle(
    code: &str,
    source: &str,
    corrections: &BTreeMap<String, String>,
) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![plural_locale(code)]);
    // No invisible isolation marks around arguments: the HTML isolates user text itself
    // (`<bdi>`), and the marks would only get in the way of copying and searching.
    bundle.set_use_isolating(false);
    // The tests parse every shipped catalog without error; were one broken, its good
    // entries still print and the rest fall back to English.
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    for (id, text) in corrections {
        // Checked when saved; one that no longer parses is left out, not printed broken.
        if let Ok(r) = FluentResource::try_new(entry_source(id, text)) {
            bundle.add_resource_overriding(r);
        }
    }
    bundle
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// One language's labels, with this laptop's corrections.
pub struct Catalog {
    code: String,
    bundle: FluentBundle<FluentResource>,
    /// English, for an id a catalog lacks; `None` for English itself.
    english: Option<FluentBundle<FluentResource>>,
    needs_review: bool,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("code", &self.code)
            .field("needs_review", &self.needs_review)
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// The shipped catalog for `code`, else English.
    pub fn get(code: &str) -> Catalog {
        Catalog::with_local(code, &LocalCatalog::default())
    }

    /// The catalog for `code` (else English) with this laptop's corrections and approval.
    pub fn with_local(code: &str, local: &LocalCatalog) -> Catalog {
        let (code, source) = match shipped(code) {
            Some(source) => (code, source),
            None => (DEFAULT_LANG, shipped(DEFAULT_LANG).unwrap_or_default()),
        };
        let bundle = bundle(code, source, &local.corrections);
        let english = (code != DEFAULT_LANG).then(bundle_english);
        let ships_for_review =
            format(&bundle, "language-review", None).as_deref() == Some("needs-review");
        Catalog {
            code: code.to_owned(),
            bundle,
            english,
            needs_review: ships_for_review && !local.approved,
        }
    }

    /// Its language code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The label for `id`; English's when this catalog lacks it, and the id itself when
    /// English lacks it too, so a gap shows rather than hides.
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, None)
    }

    fn t_args(&self, id: &str, args: Option<&FluentArgs>) -> String {
        format(&self.bundle, id, args)
            .or_else(|| self.english.as_ref().and_then(|e| format(e, id, args)))
            .unwrap_or_else(|| id.to_owned())
    }

    /// The label for `id` with its `$n` set to a count (plurals follow the language).
    pub fn t_count(&self, id: &str, n: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("n", FluentValue::from(n));
        self.t_args(id, Some(&args))
    }

    /// The label for `id` with one text argument.
    pub fn t_with(&self, id: &str, name: &'static str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.to_owned()));
        self.t_args(id, Some(&args))
    }

    /// An ISO date (`2026-11-24`) written the language's way ("24 de noviembre de 2026");
    /// anything else as it is.
    pub fn date(&self, iso: &str) -> String {
        let Ok(d) = chrono::NaiveDate::parse_from_str(iso.trim(), "%Y-%m-%d") else {
            return iso.to_owned();
        };
        use chrono::Datelike as _;
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(d.day()));
        args.set("month", FluentValue::from(d.month()));
        args.set("year", FluentValue::from(d.year()));
        self.t_args("date-long", Some(&args))
    }

    /// A level such as 2.5, to at most two decimals with no trailing zeros, with the
    /// language's decimal separator ("2,5").
    pub fn number(&self, value: f64) -> String {
        let s = format!("{:.2}", (value * 100.0).round() / 100.0);
        let s = s.trim_end_matches('0').trim_end_matches('.');
        s.replace('.', &self.t("number-decimal"))
    }

    /// A scale level's label in this language when the catalog knows it (the default
    /// scale's labels), else the teacher's own label.
    pub fn level(&self, label: &str) -> String {
        let slug: String = label
            .trim()
            .to_lowercase()
            .replace('+', "-plus")
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let id = format!("level-{slug}");
        format(&self.bundle, &id, None)
            .or_else(|| self.english.as_ref().and_then(|e| format(e, &id, None)))
            .unwrap_or_else(|| label.to_owned())
    }

    /// The translation has not been approved by a person on this laptop.
    pub fn needs_review(&self) -> bool {
        self.needs_review
    }

    /// "rtl" for a language written right to left, else "ltr".
    pub fn dir(&self) -> &'static str {
        match self.code.parse::<LanguageIdentifier>() {
            Ok(id) if id.character_direction() == CharacterDirection::RTL => "rtl",
            _ => "ltr",
        }
    }

    /// The value of a CSS `content` property that prints "Page 2 of 3" in this language,
    /// for a page's margin box.
    pub fn page_number_css(&self) -> String {
        const PAGE: &str = "\u{E000}";
        const PAGES: &str = "\u{E001}";
        let mut args = FluentArgs::new();
        args.set("page", FluentValue::from(PAGE));
        args.set("pages", FluentValue::from(PAGES));
        let text = self.t_args("page-number", Some(&args));
        let mut out = Vec::new();
        for (i, part) in text.split(PAGE).enumerate() {
            if i > 0 {
                out.push("counter(page)".to_owned());
            }
            for (j, piece) in part.split(PAGES).enumerate() {
                if j > 0 {
                    out.push("counter(pages)".to_owned());
                }
                if !piece.is_empty() {
                    out.push(css_string(piece));
                }
            }
        }
        out.join(" ")
    }
}

fn bundle_english() -> FluentBundle<FluentResource> {
    bundle(
        DEFAULT_LANG,
        shipped(DEFAULT_LANG).unwrap_or_default(),
        &BTreeMap::new(),
    )
}

/// Text as a CSS string literal. Anything that could end the string or the `<style>`
/// element it sits in is written as a CSS escape, since an interpreter's correction can
/// reach here.
pub(super) fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' || (c.is_ascii_punctuation() && !"\"\\<>&'".contains(c))
        {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", c as u32));
        }
    }
    out.push('"');
    out
}

/// The languages a printout can be in, English first.
pub fn print_languages() -> Vec<PrintLanguage> {
    let mut all: Vec<PrintLanguage> = CATALOGS
        .iter()
        .map(|(code, _)| {
            let c = Catalog::get(code);
            PrintLanguage {
                code: (*code).to_owned(),
                name: c.t("language-name"),
                english_name: c.t("language-english-name"),
                ships_for_review: c.needs_review(),
            }
        })
        .collect();
    all.sort_by_key(|l| (l.code != DEFAULT_LANG, l.code.clone()));
    all
}

/// The languages a printout can be in: (code, name in that language).
pub fn languages() -> Vec<(String, String)> {
    print_languages()
        .into_iter()
        .map(|l| (l.code, l.name))
        .collect()
}

/// The catalog for a family's preferred language as typed ("Somali", "af-soomaali", "so"),
/// matched against each catalog's `language-matches`; English when none matches.
pub fn lang_for(preferred: &str) -> String {
    let wanted = preferred.trim().to_lowercase();
    if wanted.is_empty() {
        return DEFAULT_LANG.to_owned();
    }
    for (code, _) in CATALOGS {
        let names = Catalog::get(code).t("language-matches");
        for m in names.split(',').map(|m| m.trim().to_lowercase()) {
            if m.is_empty() {
                continue;
            }
            if wanted == m
                || wanted.starts_with(&format!("{m} "))
                || wanted.starts_with(&format!("{m}-"))
                || wanted.starts_with(&format!("{m}_"))
                || wanted.starts_with(&format!("{m} ("))
            {
                return (*code).to_owned();
            }
        }
    }
    DEFAULT_LANG.to_owned()
}
