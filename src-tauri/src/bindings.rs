//! The contract between Rust and the UI, generated: `ui/src/bindings.ts` holds the
//! TypeScript of every type a command takes or returns and one `Commands` interface with
//! every command's signature, all read off the commands themselves (`#[specta::specta]`).
//!
//! Why specta rather than ts-rs: ts-rs derives types only, so command signatures would be
//! written by hand a second time; tauri-specta reads each command's argument names and
//! types from the function, which is the one place they are written. Its own TypeScript
//! runtime is not used: it would call `invoke` from generated code, and `ui/src/api.ts` is
//! the only caller of `invoke`. The interface it emits here is implemented twice, by
//! `api.ts` (over `invoke`) and by the UI tests' fakes, so a change in Rust that the UI
//! does not follow is a type error in `npm run check`.
//!
//! `bindings_are_fresh` fails when the committed file is stale;
//! `WAYPOINT_BLESS=1 cargo test -p waypoint-app --lib bindings` (or `make bindings`)
//! writes it again.

use std::borrow::Cow;
use std::path::Path;

use specta::datatype::{DataType, Primitive};
use specta::{Format, FormatError, Type, Types};
use specta_typescript::{Exporter, Typescript};
use tauri_specta::{BuilderConfiguration, LanguageExt};

/// The generated file, relative to `src-tauri`.
pub const FILE: &str = "../ui/src/bindings.ts";

/// Writes the TypeScript contract to `path`.
pub fn export(path: &Path) -> Result<(), specta_typescript::Error> {
    tauri_specta::Builder::<tauri::Wry>::new()
        .commands(crate::commands::collected())
        .export(CommandsInterface, path)
}

/// The exporter: every named type, then `interface Commands`.
struct CommandsInterface;

impl LanguageExt for CommandsInterface {
    type Error = specta_typescript::Error;

    fn export(self, cfg: &BuilderConfiguration, path: &Path) -> Result<(), Self::Error> {
        let commands = cfg.commands.clone();
        Exporter::from(Typescript::default())
            .framework_prelude(
                "// Generated from the Rust commands and types by src-tauri/src/bindings.rs.\n\
                 // Do not edit: run `make bindings` after changing a command or a type it uses.",
            )
            .framework_runtime(move |exporter| {
                let mut out = String::from(
                    "import type { Channel as TAURI_CHANNEL } from '@tauri-apps/api/core';\n\n\
                     /** Every command the shell registers: its arguments and what it resolves to. */\n\
                     export interface Commands {\n",
                );
                for command in &commands {
                    let args = command
                        .args()
                        .iter()
                        .map(|(name, dt)| Ok(format!("{}: {}", camel(name), exporter.reference(dt)?)))
                        .collect::<Result<Vec<_>, Self::Error>>()?;
                    let resolves = match command.result().map(|dt| ok_type(dt, exporter.types)) {
                        Some(dt) => exporter.reference(dt)?,
                        None => "null".to_owned(),
                    };
                    let args = if args.is_empty() {
                        String::new()
                    } else {
                        format!("args: {{ {} }}", args.join("; "))
                    };
                    out.push_str(&format!("  {}({args}): Promise<{resolves}>;\n", command.name()));
                }
                out.push_str("}\n");
                Ok(Cow::Owned(out))
            })
            .export_to(path, &cfg.types, WireFormat)
    }
}

/// A command's `Result<T, IpcError>` resolves to `T` (the error is a rejection, mapped by
/// `api.ts`); anything else resolves to itself.
fn ok_type<'a>(dt: &'a DataType, types: &'a Types) -> &'a DataType {
    use specta::datatype::{NamedReferenceType, Reference};
    if let DataType::Reference(Reference::Named(r)) = dt
        && let Some(named) = types.get(r)
        && named.name == "Result"
        && let NamedReferenceType::Reference { generics, .. } = &r.inner
        && let [(_, ok), ..] = generics.as_slice()
    {
        return ok;
    }
    dt
}

/// Tauri sends arguments under their camelCase names.
fn camel(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// serde's JSON as the UI receives it: serde's renames and tagging, and every number a
/// plain `number`. Counts and milliseconds are integers far below 2^53, and a level is
/// never NaN (the core refuses one), so neither `bigint` nor `number | null` is the truth.
///
/// Every field is required. serde fills a `#[serde(default)]` field that an old bundle or
/// settings row lacks, which makes it optional to read; but the backend always sends it,
/// and the UI always sends whole inputs, so a field the UI may leave out would be a lie in
/// both directions.
struct WireFormat;

/// Marks every field inside `dt` required (see [`WireFormat`]).
fn require_fields(dt: &mut DataType) {
    use specta::datatype::Fields;
    let fields = |fields: &mut Fields| match fields {
        Fields::Named(named) => named.fields.iter_mut().for_each(|(_, field)| {
            field.optional = false;
            field.ty.as_mut().map(require_fields);
        }),
        Fields::Unnamed(unnamed) => unnamed
            .fields
            .iter_mut()
            .filter_map(|field| field.ty.as_mut())
            .for_each(require_fields),
        Fields::Unit => {}
    };
    match dt {
        DataType::Struct(s) => fields(&mut s.fields),
        DataType::Enum(e) => e
            .variants
            .iter_mut()
            .for_each(|(_, v)| fields(&mut v.fields)),
        DataType::List(list) => require_fields(&mut list.ty),
        DataType::Nullable(inner) => require_fields(inner),
        DataType::Tuple(t) => t.elements.iter_mut().for_each(require_fields),
        DataType::Intersection(parts) => parts.iter_mut().for_each(require_fields),
        DataType::Map(_)
        | DataType::Primitive(_)
        | DataType::Generic(_)
        | DataType::Reference(_) => {}
    }
}

impl WireFormat {
    fn numbers() -> specta_util::Remapper {
        let number = <specta_typescript::Number as Type>::definition(&mut Types::default());
        [
            Primitive::usize,
            Primitive::isize,
            Primitive::u64,
            Primitive::i64,
            Primitive::f32,
            Primitive::f64,
        ]
        .into_iter()
        .fold(specta_util::Remapper::new(), |remapper, p| {
            remapper.rule(DataType::Primitive(p), number.clone())
        })
    }
}

impl Format for WireFormat {
    fn map_types(&'_ self, types: &Types) -> Result<Cow<'_, Types>, FormatError> {
        let types = specta_serde::Format.map_types(types)?;
        let mut types = Self::numbers().remap_types(types.into_owned());
        types.iter_mut(|named| {
            if let Some(ty) = named.ty.as_mut() {
                require_fields(ty);
            }
        });
        Ok(Cow::Owned(types))
    }

    fn map_type(&'_ self, types: &Types, dt: &DataType) -> Result<Cow<'_, DataType>, FormatError> {
        let dt = specta_serde::Format.map_type(types, dt)?;
        let mut dt = Self::numbers().remap_dt(dt.into_owned());
        require_fields(&mut dt);
        Ok(Cow::Owned(dt))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bindings_are_fresh() {
        let dir = tempfile::tempdir().expect("a temporary folder for the fresh bindings");
        let fresh_path = dir.path().join("bindings.ts");
        export(&fresh_path).expect("every command's types export to TypeScript");
        let fresh = std::fs::read_to_string(&fresh_path).expect("the fresh bindings were written");
        let committed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
        if std::env::var_os("WAYPOINT_BLESS").is_some() {
            std::fs::write(&committed_path, &fresh).expect("ui/src/bindings.ts is writable");
        }
        let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/bindings.ts is stale: a command or a type it uses changed in Rust. \
             Run `make bindings` and commit the file (the UI's type check then shows what must follow)."
        );
    }

    #[test]
    fn argument_names_are_sent_in_camel_case_as_tauri_reads_them() {
        assert_eq!(
            camel("class_id"),
            "classId",
            "tauri maps class_id to classId"
        );
        assert_eq!(
            camel("include_archived"),
            "includeArchived",
            "every underscore starts a capital"
        );
        assert_eq!(camel("id"), "id", "a one-word name is unchanged");
    }
}
