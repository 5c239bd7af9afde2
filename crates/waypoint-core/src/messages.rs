//! Sentences the backend gives a person (an error, a row problem, a reason), as a message id
//! and its arguments rather than English text, so the UI can show each in the teacher's
//! language from the same Fluent catalogs as its own text (`assets/i18n/app/<lang>/backend*.ftl`).
//!
//! The English rendering ([`english`]) is what `Display` gives, for the command line and logs.
//! Core does no I/O: the English catalogs are embedded at build time.
//!
//! Text that is not ours to translate (a name, what a teacher typed, an OS error's own words)
//! travels as a message with the empty id and a `text` argument ([`Message::untranslated`]);
//! the UI shows it as it came. There is deliberately no `From<String> for Message`: a
//! sentence must name its id.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// The English backend catalogs, embedded.
const ENGLISH: &[&str] = &[
    include_str!("../../../assets/i18n/app/en/backend.ftl"),
    include_str!("../../../assets/i18n/app/en/backend-core.ftl"),
    include_str!("../../../assets/i18n/app/en/backend-reasons.ftl"),
    include_str!("../../../assets/i18n/app/en/backend-store.ftl"),
    include_str!("../../../assets/i18n/app/en/backend-sync.ftl"),
    include_str!("../../../assets/i18n/app/en/backend-import.ftl"),
];

/// A sentence by id, with its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub struct Message {
    /// The catalog id, e.g. `validate-name-too-long`; empty for text with no id yet.
    pub id: String,
    /// Named arguments, e.g. `max` → 200.
    pub args: BTreeMap<String, MessageArg>,
}

/// One argument of a message: text, a whole number, a decimal, or a clause that is a message
/// itself.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(untagged)]
pub enum MessageArg {
    /// A number, formatted for the reader's language.
    Number(i64),
    /// A decimal such as a level, formatted for the reader's language ("2.5", "2,5").
    Decimal(Decimal),
    /// Text shown as it is (a name, a file name, a code).
    Text(String),
    /// A clause, rendered in the same language first.
    Message(Box<Message>),
}

/// A decimal rounded to at most two places, held as hundredths so messages stay comparable
/// and hashable; it travels as a JSON number (`2.5`), which the UI formats for its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, specta::Type)]
#[specta(transparent)]
pub struct Decimal(i64);

impl Decimal {
    /// `value` rounded to `places` decimal places (0 to 2; more are taken as 2), half away
    /// from zero, with no negative zero.
    pub fn rounded(value: f64, places: u32) -> Self {
        let step = 10f64.powi(2 - places.min(2) as i32);
        let hundredths = ((value * 100.0 / step).round() * step).round();
        // `as` saturates; a level or a weight is far inside i64.
        Decimal(if hundredths == 0.0 {
            0
        } else {
            hundredths as i64
        })
    }

    /// The value.
    pub fn value(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

impl Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.value())
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Decimal::rounded(f64::deserialize(deserializer)?, 2))
    }
}

impl From<Decimal> for MessageArg {
    fn from(v: Decimal) -> Self {
        MessageArg::Decimal(v)
    }
}

impl Message {
    /// The message `id` with no arguments yet.
    pub fn new(id: impl Into<String>) -> Self {
        Message {
            id: id.into(),
            args: BTreeMap::new(),
        }
    }

    /// Text that has no catalog id yet, shown as it is in every language.
    pub fn untranslated(text: impl Into<String>) -> Self {
        Message::new("").with("text", text.into())
    }

    /// Adds the argument `name`.
    #[must_use]
    pub fn with(mut self, name: &str, value: impl Into<MessageArg>) -> Self {
        self.args.insert(name.to_owned(), value.into());
        self
    }

    /// Whether this is text with no catalog id yet.
    pub fn is_untranslated(&self) -> bool {
        self.id.is_empty()
    }
}

/// `msg!("validate-too-long", max = 200, field = name)`: a [`Message`] with named arguments.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new($id)$(.with(stringify!($name), $value))*
    };
}

impl From<String> for MessageArg {
    fn from(v: String) -> Self {
        MessageArg::Text(v)
    }
}
impl From<&str> for MessageArg {
    fn from(v: &str) -> Self {
        MessageArg::Text(v.to_owned())
    }
}
impl From<&String> for MessageArg {
    fn from(v: &String) -> Self {
        MessageArg::Text(v.clone())
    }
}
impl From<Message> for MessageArg {
    fn from(v: Message) -> Self {
        MessageArg::Message(Box::new(v))
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for MessageArg {
            fn from(v: $t) -> Self {
                MessageArg::Number(i64::try_from(v).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i64, i32, u32, u64, usize, u16, u8);

fn english_bundle() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let lang = "en".parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // No isolation marks: the English goes to a terminal or a log, not a mixed-direction page.
        bundle.set_use_isolating(false);
        for source in ENGLISH {
            // A catalog that does not parse is caught by `every_english_backend_catalog_parses`.
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// The message in English; its id when the catalog lacks it, so a gap shows.
pub fn english(message: &Message) -> String {
    if message.is_untranslated() {
        return match message.args.get("text") {
            Some(MessageArg::Text(t)) => t.clone(),
            _ => String::new(),
        };
    }
    let bundle = english_bundle();
    let Some(pattern) = bundle.get_message(&message.id).and_then(|m| m.value()) else {
        return message.id.clone();
    };
    let mut args = FluentArgs::new();
    for (name, value) in &message.args {
        let value = match value {
            MessageArg::Number(n) => FluentValue::from(*n),
            MessageArg::Decimal(d) => FluentValue::from(d.value()),
            MessageArg::Text(t) => FluentValue::from(t.clone()),
            MessageArg::Message(m) => FluentValue::from(english(m)),
        };
        args.set(name.clone(), value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

/// Whether the English catalog has `id` (for the tests that check every id the code uses).
pub fn english_has(id: &str) -> bool {
    english_bundle().has_message(id)
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&english(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_english_backend_catalog_parses() {
        for source in ENGLISH {
            assert!(
                FluentResource::try_new((*source).to_owned()).is_ok(),
                "a backend catalog with a syntax error would show ids instead of sentences"
            );
        }
    }

    #[test]
    fn a_message_renders_in_english_with_its_arguments_and_clauses() {
        let m = msg!("backend-unknown-error");
        assert_eq!(
            english(&m),
            "Something went wrong. Please try again.",
            "an id is looked up in the English catalog"
        );
        assert_eq!(
            english(&msg!("no-such-id")),
            "no-such-id",
            "a missing id shows itself rather than nothing"
        );
        assert_eq!(
            english(&Message::untranslated("As typed.")),
            "As typed.",
            "text with no id yet is shown as it came"
        );
    }

    #[test]
    fn a_message_travels_as_id_and_arguments() {
        let m = msg!("x", count = 3_usize, name = "Ana", why = msg!("y"));
        assert_eq!(
            serde_json::to_value(&m).unwrap_or_default(),
            serde_json::json!({"id": "x", "args": {"count": 3, "name": "Ana", "why": {"id": "y", "args": {}}}}),
            "the UI reads numbers, text and nested clauses from this shape"
        );
    }

    #[test]
    fn a_decimal_is_rounded_travels_as_a_number_and_comes_back() {
        assert_eq!(
            Decimal::rounded(7.0 / 3.0, 2).value(),
            2.33,
            "levels keep two places"
        );
        assert_eq!(
            Decimal::rounded(2.25, 1).value(),
            2.3,
            "a mean to one place rounds half away from zero"
        );
        assert_eq!(
            Decimal::rounded(-0.001, 2),
            Decimal::rounded(0.0, 2),
            "no negative zero"
        );
        let m = msg!("x", level = Decimal::rounded(2.5, 2));
        let json = serde_json::to_value(&m).unwrap_or_default();
        assert_eq!(
            json,
            serde_json::json!({"id": "x", "args": {"level": 2.5}}),
            "the UI gets a number to format for its language (2,5 in Spanish), not English digits"
        );
        assert_eq!(
            serde_json::from_value::<Message>(json).ok(),
            Some(m),
            "a stored message (a group's reason) reads back as the same decimal"
        );
        assert_eq!(
            english(&msg!("core-names-one", name = Decimal::rounded(3.0, 2))),
            "3",
            "a whole decimal prints bare in English"
        );
    }
}
