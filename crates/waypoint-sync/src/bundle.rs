//! The bundle format, versions 1 to 3, documented in `docs/bundle-format.md`.
//!
//! A bundle is one line of compact JSON:
//! `{"manifest":{…},"manifestSha256":"…","ops":[…]}` and a newline (version 1), or the same
//! with `,"files":[{"sha256":"…","size":N,"data":"<base64>"}…]` after the ops (version 2,
//! written only when the bundle carries portfolio files, so a bundle without files is
//! version 1 byte for byte). `manifestSha256` is the SHA-256 of the manifest's exact bytes;
//! the manifest's `payloadSha256` is that of the ops array's exact bytes and, in version 2,
//! its `filesSha256` that of the files array's exact bytes, so any change to any byte (a
//! truncated copy, a flipped bit, an edited value) is caught before an op or a file is used.
//!
//! Version 3 is version 2's shape (its files section always present, perhaps empty) with
//! ops in per-class and shared streams (`<device>:c:<class>`, `<device>:s`; see
//! `waypoint_core::stream`). It is written whenever a bundle carries such a stream; a bundle
//! of legacy streams only is still written as version 1 or 2, byte for byte as before.
//!
//! Reading is strict and ordered: the format name and the versions (a newer bundle is refused
//! with a message saying so, before anything else is trusted, even its outer shape); the
//! outer shape; the manifest hash; the manifest's fields (unknown ones refused); the payload
//! hash; the ops; that the counts and the per-origin ranges match the ops; then, in version 2,
//! the files hash and each file against its own SHA-256 and size.

use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Read;
use waypoint_core::hlc::Hlc;
use waypoint_core::ids::{ClassId, DeviceId};
use waypoint_core::op::{Op, VersionVector};
use waypoint_core::stream::{StreamId, StreamScope};
use waypoint_store::Db;
use waypoint_store::streams::Reach;

use crate::{Error, Result};
use waypoint_core::messages::{Message, english};
use waypoint_core::msg;

/// The format's name, in every manifest.
pub const FORMAT: &str = "waypoint-bundle";
/// The newest format version this build reads (it reads every version up to it). It writes
/// [`STREAMS_VERSION`] for a bundle with per-class or shared streams, and for one of legacy
/// streams only version 1 without files, [`FILES_VERSION`] with files.
pub const FORMAT_VERSION: u32 = STREAMS_VERSION;
/// The first version, with ops only: still written for every bundle that carries no files.
pub const OPS_VERSION: u32 = 1;
/// The version that added portfolio files (`files`, `filesSha256`, `counts.files`).
pub const FILES_VERSION: u32 = 2;
/// The version that added per-class and shared streams.
pub const STREAMS_VERSION: u32 = 3;
/// The most file bytes one bundle carries. The bundle file limit is 512 MB
/// ([`crate::file::MAX_BUNDLE_BYTES`]) and base64 grows bytes by 4/3, so 256 MiB of files
/// (about 342 MiB written) leaves room for the ops. Files beyond it are left out: the
/// receiver lists those items as not on its laptop yet, and a later bundle that sets their
/// records again (every sync-folder file does: it carries everything) may carry them.
pub const MAX_BUNDLE_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// A contiguous range of one stream's ops in a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OpRange {
    /// The stream (written `origin`: in versions 1 and 2 it was the device).
    pub origin: StreamId,
    /// The first seq.
    pub from: u64,
    /// The last seq.
    pub to: u64,
}

/// Who made the bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Source {
    /// The sending device.
    pub device: DeviceId,
    /// A label for people, e.g. the teacher's name; may be empty.
    pub label: String,
}

/// How many of each thing the bundle holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Counts {
    /// Ops in the payload.
    pub ops: u64,
    /// Files carried (version 2 only; absent in version 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<u64>,
}

/// Everything about a bundle except its ops.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version it was written in.
    pub format_version: u32,
    /// The oldest reader that can read it.
    pub min_reader_version: u32,
    /// The sender's database schema version.
    pub schema_version: u32,
    /// A fresh id per bundle (a v4 UUID, lowercase).
    pub bundle_id: String,
    /// The classes whose rows its ops change (frameworks are shared and name none). A
    /// reader works them out from the ops and refuses a bundle whose manifest leaves one
    /// out (or, from version 3, names one its ops do not touch).
    pub class_ids: Vec<String>,
    /// The sender.
    pub source: Source,
    /// The sender's clock when it was made.
    pub created_hlc: Hlc,
    /// The sender's wall time when it was made, Unix milliseconds.
    pub created_wall_ms: u64,
    /// The ops it carries, as contiguous ranges per origin.
    pub ranges: Vec<OpRange>,
    /// The sender's version vector.
    pub sender_vv: VersionVector,
    /// How many ops.
    pub counts: Counts,
    /// SHA-256 of the ops array's exact bytes, lowercase hex.
    pub payload_sha256: String,
    /// SHA-256 of the files array's exact bytes, lowercase hex (version 2 only; absent in
    /// version 1, so a version 1 manifest is written exactly as before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files_sha256: Option<String>,
}

/// A portfolio file carried in a bundle (version 2), checked against its SHA-256 and size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleFile {
    /// The SHA-256 of `data`, lowercase hex: its name in `artifacts/`.
    pub sha256: String,
    /// The bytes.
    pub data: Vec<u8>,
}

/// A file entry as written: the bytes in standard base64 with padding.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileEntry {
    sha256: String,
    size: u64,
    data: String,
}

/// A bundle, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    /// Its manifest.
    pub manifest: Manifest,
    /// Its ops, by origin then seq.
    pub ops: Vec<Op>,
    /// The portfolio files it carries, sorted by SHA-256 (empty in version 1).
    pub files: Vec<BundleFile>,
}

/// The ops a peer whose vector is `since` lacks (everything for `None`), as a bundle's
/// bytes. `wall_ms` is the time to stamp it with.
///
/// It carries the bytes of the artifact files its ops name, up to [`MAX_BUNDLE_FILE_BYTES`]
/// (see [`export_with_file_budget`]); with none, and only legacy streams, it is written as
/// version 1.
pub fn export(
    db: &Db,
    since: Option<&VersionVector>,
    label: &str,
    wall_ms: u64,
) -> Result<Vec<u8>> {
    export_with_file_budget(db, since, label, wall_ms, MAX_BUNDLE_FILE_BYTES)
}

/// [`export`] with the most file bytes to carry chosen by the caller (tests use a tiny one).
///
/// The files are those of the artifact records the ops set (table `artifact`, field
/// `sha256`) that are on this laptop, taken in order of SHA-256; each is read once and
/// carried only when it hashes to its name (a damaged copy is never handed on) and fits in
/// what is left of `file_budget`. One that does not fit is left out and the next, smaller
/// ones are still tried.
pub fn export_with_file_budget(
    db: &Db,
    since: Option<&VersionVector>,
    label: &str,
    wall_ms: u64,
    file_budget: u64,
) -> Result<Vec<u8>> {
    let choice = db.choose_streams(&Reach::Everything)?;
    export_streams(db, &choice, since, label, wall_ms, file_budget)
}

/// A bundle for a share of `class`: that class's streams (every device's), the shared
/// streams, the legacy streams that hold nothing of another class, and the portfolio files
/// of that class only. Rows of the class (and shared rows) that only a left-out legacy
/// stream carries are first written again in this laptop's own streams
/// ([`Db::rehome`]), which is why this takes the database mutably.
pub fn export_class(
    db: &mut Db,
    class: ClassId,
    since: Option<&VersionVector>,
    label: &str,
    wall_ms: u64,
) -> Result<Vec<u8>> {
    let reach = Reach::Classes(vec![class]);
    let choice = db.choose_streams(&reach)?;
    if db.rehome(&choice.left_out, &[class])? > 0 {
        // The rehomed rows are in new streams (or further along old ones): choose again.
        let choice = db.choose_streams(&reach)?;
        return export_streams(db, &choice, since, label, wall_ms, MAX_BUNDLE_FILE_BYTES);
    }
    export_streams(db, &choice, since, label, wall_ms, MAX_BUNDLE_FILE_BYTES)
}

/// The bundle of the ops in `choice`'s streams that a peer at `since` lacks.
fn export_streams(
    db: &Db,
    choice: &waypoint_store::streams::StreamChoice,
    since: Option<&VersionVector>,
    label: &str,
    wall_ms: u64,
    file_budget: u64,
) -> Result<Vec<u8>> {
    let ops = db.ops_since_in(since.unwrap_or(&VersionVector::default()), &choice.carried)?;
    let class_ids = db.classes_of_ops(&ops)?;
    let files = files_for(db, &ops, file_budget)?;
    let streams = ops.iter().any(|o| o.id.stream.scope != StreamScope::Legacy);
    let version = if streams {
        STREAMS_VERSION
    } else if files.is_empty() {
        OPS_VERSION
    } else {
        FILES_VERSION
    };
    encode_with_files(
        &ops,
        &files,
        Manifest {
            format: FORMAT.into(),
            format_version: version,
            min_reader_version: version,
            schema_version: Db::schema_version() as u32,
            bundle_id: uuid::Uuid::new_v4().to_string(),
            class_ids,
            source: Source {
                device: db.device_id(),
                label: label.to_owned(),
            },
            created_hlc: db.last_hlc(),
            created_wall_ms: wall_ms,
            ranges: ranges(&ops),
            sender_vv: choice.restrict(&db.version_vector()?),
            counts: Counts {
                ops: ops.len() as u64,
                files: None,
            },
            payload_sha256: String::new(),
            files_sha256: None,
        },
    )
}

/// The files `ops` name that are here and valid, within `budget` bytes in all.
fn files_for(db: &Db, ops: &[Op], budget: u64) -> Result<Vec<BundleFile>> {
    let mut left = budget;
    let mut out = Vec::new();
    for f in waypoint_store::portfolio::artifact_files_for_ops(db.path(), ops) {
        if f.size > left {
            continue;
        }
        let io = |source| Error::Io {
            path: f.path.clone(),
            source,
        };
        // Read at most the size checked, so a file that grew since cannot blow the budget.
        let mut data = Vec::with_capacity(f.size as usize);
        std::fs::File::open(&f.path)
            .map_err(io)?
            .take(f.size + 1)
            .read_to_end(&mut data)
            .map_err(io)?;
        if data.len() as u64 != f.size || sha256_hex(&data) != f.sha256 {
            // Damaged or changed on this laptop: the receiver is better off without it.
            continue;
        }
        left -= f.size;
        out.push(BundleFile {
            sha256: f.sha256,
            data,
        });
    }
    Ok(out)
}

/// An incremental bundle for the device `peer`: the ops it lacked when it last sent a
/// bundle here. Refused when no bundle from it has been imported yet.
pub fn export_for_peer(db: &Db, peer: DeviceId, label: &str, wall_ms: u64) -> Result<Vec<u8>> {
    let since = db.peer_vv(peer)?.ok_or(Error::UnknownPeer {
        device: peer.to_string(),
    })?;
    export(db, Some(&since), label, wall_ms)
}

/// A class a bundle holds, as the teacher chooses whether to receive it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BundleClass {
    /// The class id.
    pub id: String,
    /// Its name, from this laptop or from the bundle's own changes; "" when neither has it.
    pub name: String,
    /// On this laptop already, or chosen to be received.
    pub known: bool,
}

impl BundleClass {
    /// The class for a sentence: its name in quotes, or "class" and a short id.
    pub fn label(&self) -> Message {
        if self.name.trim().is_empty() {
            // The id comes from the bundle and need not be ASCII: cut on characters.
            msg!(
                "sync-class-unnamed",
                id = self.id.chars().take(8).collect::<String>()
            )
        } else {
            msg!("sync-class-named", name = self.name.clone())
        }
    }

    /// [`BundleClass::label`] in English.
    pub fn display(&self) -> String {
        english(&self.label())
    }
}

/// Classes for a sentence, separated by commas: each clause nests the rest, so every label
/// is rendered in the reader's language.
pub fn class_list(classes: &[BundleClass]) -> Message {
    match classes {
        [] => Message::untranslated(""),
        [only] => only.label(),
        [first, rest @ ..] => msg!(
            "sync-class-list",
            first = first.label(),
            rest = class_list(rest)
        ),
    }
}

/// What a bundle is, read without importing it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BundlePreview {
    /// The sender's label.
    pub source_label: String,
    /// The sending device.
    pub source_device: String,
    /// When it was made, Unix milliseconds.
    pub created_wall_ms: u64,
    /// How many changes it carries.
    pub op_count: u64,
    /// How many portfolio files it carries.
    pub files: usize,
    /// True when it was encrypted.
    pub encrypted: bool,
    /// The classes it holds.
    pub classes: Vec<BundleClass>,
}

/// The classes `bundle` touches, worked out from its ops (never from its manifest) and
/// named from this database or the bundle's own ops.
pub fn classes(db: &Db, bundle: &Bundle) -> Result<Vec<BundleClass>> {
    let touched = db.classes_of_ops(&bundle.ops)?;
    let unchosen = db.unchosen_classes(&touched)?;
    let mut out = Vec::new();
    for id in &touched {
        // A class id in a bundle's ops is text from a file: one that is not an id names
        // no class here.
        let here: Option<String> = match id.parse() {
            Ok(class) => waypoint_store::roster::class_name(db.conn(), class)?,
            Err(_) => None,
        };
        let from_bundle = || {
            bundle
                .ops
                .iter()
                .filter(|o| o.table == "class" && &o.row_id == id)
                .filter_map(|o| Some((o.hlc, o.fields.get("name")?.as_str()?)))
                .max_by_key(|(h, _)| *h)
                .map(|(_, n)| n.to_owned())
        };
        out.push(BundleClass {
            id: id.clone(),
            name: here.or_else(from_bundle).unwrap_or_default(),
            known: !unchosen.contains(id),
        });
    }
    Ok(out)
}

/// Describes `bundle` for the teacher before importing it.
pub fn preview(db: &Db, bundle: &Bundle, encrypted: bool) -> Result<BundlePreview> {
    let m = &bundle.manifest;
    Ok(BundlePreview {
        source_label: m.source.label.clone(),
        source_device: m.source.device.to_string(),
        created_wall_ms: m.created_wall_ms,
        op_count: m.counts.ops,
        files: bundle.files.len(),
        encrypted,
        classes: classes(db, bundle)?,
    })
}

/// Takes a checked bundle into `db` in one transaction, logging it and remembering what
/// its sender has. The store keeps a restore point, so an import that brought something
/// can be undone.
///
/// Refused whole, with nothing changed:
/// - a manifest that leaves out a class its ops touch (or, from version 3, names one they
///   do not): the classes are worked out from the ops;
/// - a plain bundle (`encrypted` false) touching a class this laptop shares: a share's
///   passphrase is what proves its bundles come from a co-teacher;
/// - a bundle holding a class that is neither on this laptop nor shared nor chosen to be
///   received; `accept` chooses classes now, and is remembered once the import succeeds;
/// - any op that fails the store's checks (`waypoint_core::admission`).
///
/// The files it carries (already checked by [`decode`]) are stored in `artifacts/` after
/// every check and before the ops, and only those its ops name: named by their contents
/// and written idempotently, so if the import then fails, only harmless files stay, and
/// the same bundle again changes nothing.
pub fn import(
    db: &mut Db,
    bundle: &Bundle,
    encrypted: bool,
    accept: &[String],
) -> Result<waypoint_store::exchange::ImportCounts> {
    let m = &bundle.manifest;
    let touched = db.classes_of_ops(&bundle.ops)?;
    let omitted: Vec<&String> = touched
        .iter()
        .filter(|c| !m.class_ids.contains(c))
        .collect();
    let invented =
        m.format_version >= STREAMS_VERSION && m.class_ids.iter().any(|c| !touched.contains(c));
    if !omitted.is_empty() || invented {
        return Err(Error::ManifestClasses);
    }
    if !encrypted && let Some(class) = db.shared_class_among(&touched)? {
        return Err(Error::PlainForShare {
            class: BundleClass {
                name: match class.parse() {
                    Ok(c) => waypoint_store::roster::class_name(db.conn(), c)?.unwrap_or_default(),
                    Err(_) => String::new(),
                },
                id: class,
                known: true,
            }
            .label(),
        });
    }
    let refused: Vec<BundleClass> = classes(db, bundle)?
        .into_iter()
        .filter(|c| !c.known && !accept.contains(&c.id))
        .collect();
    if !refused.is_empty() {
        return Err(Error::ClassNotChosen { classes: refused });
    }
    let named: std::collections::BTreeSet<String> =
        waypoint_store::portfolio::artifact_hashes_in_ops(&bundle.ops);
    for f in bundle.files.iter().filter(|f| named.contains(&f.sha256)) {
        waypoint_store::portfolio::store_artifact_bytes(db.path(), &f.sha256, &f.data)?;
    }
    let counts = db.import_bundle_ops(
        &bundle.ops,
        &waypoint_store::exchange::BundleSource {
            bundle_id: m.bundle_id.clone(),
            payload_sha256: m.payload_sha256.clone(),
            device: m.source.device,
            label: m.source.label.clone(),
            sender_vv: m.sender_vv.clone(),
        },
    )?;
    let chosen: Vec<String> = accept
        .iter()
        .filter(|c| touched.contains(c))
        .cloned()
        .collect();
    db.receive_classes(&chosen)?;
    Ok(counts)
}

/// Writes `ops` with `manifest` (whose ranges, counts and hash are filled in here), with no
/// files: [`encode_with_files`] with none.
pub fn encode(ops: &[Op], manifest: Manifest) -> Result<Vec<u8>> {
    encode_with_files(ops, &[], manifest)
}

/// Writes `ops` and `files` with `manifest`, whose ranges, counts and hashes are filled in
/// here. A manifest of version 1 is written as version 1 (no files section, `filesSha256`
/// and `counts.files` dropped; `files` must then be empty); any later version gets the files
/// section, sorted by SHA-256, with its hash and count.
pub fn encode_with_files(
    ops: &[Op],
    files: &[BundleFile],
    mut manifest: Manifest,
) -> Result<Vec<u8>> {
    let encode_err = |e: serde_json::Error| Error::NotABundle {
        reason: msg!("sync-why-not-written", reason = e.to_string()),
    };
    let ops_json = serde_json::to_string(ops).map_err(encode_err)?;
    manifest.payload_sha256 = sha256_hex(ops_json.as_bytes());
    manifest.counts.ops = ops.len() as u64;
    manifest.ranges = ranges(ops);
    let files_json = if manifest.format_version <= OPS_VERSION {
        if !files.is_empty() {
            return Err(Error::NotABundle {
                reason: msg!("sync-why-version-one-no-files"),
            });
        }
        manifest.counts.files = None;
        manifest.files_sha256 = None;
        None
    } else {
        let mut sorted: Vec<&BundleFile> = files.iter().collect();
        sorted.sort_by(|a, b| a.sha256.cmp(&b.sha256));
        sorted.dedup_by(|a, b| a.sha256 == b.sha256);
        let entries: Vec<FileEntry> = sorted
            .iter()
            .map(|f| FileEntry {
                sha256: f.sha256.clone(),
                size: f.data.len() as u64,
                data: base64::engine::general_purpose::STANDARD.encode(&f.data),
            })
            .collect();
        let json = serde_json::to_string(&entries).map_err(encode_err)?;
        manifest.counts.files = Some(entries.len() as u64);
        manifest.files_sha256 = Some(sha256_hex(json.as_bytes()));
        Some(json)
    };
    let manifest_json = serde_json::to_string(&manifest).map_err(encode_err)?;
    let hash = sha256_hex(manifest_json.as_bytes());
    let mut out =
        format!("{{\"manifest\":{manifest_json},\"manifestSha256\":\"{hash}\",\"ops\":{ops_json}");
    if let Some(files_json) = files_json {
        out.push_str(",\"files\":");
        out.push_str(&files_json);
    }
    out.push_str("}\n");
    Ok(out.into_bytes())
}

/// The contiguous ranges per stream in `ops`.
fn ranges(ops: &[Op]) -> Vec<OpRange> {
    let mut by_origin: BTreeMap<StreamId, Vec<u64>> = BTreeMap::new();
    for op in ops {
        by_origin.entry(op.id.stream).or_default().push(op.id.seq);
    }
    let mut out = Vec::new();
    for (origin, mut seqs) in by_origin {
        seqs.sort_unstable();
        seqs.dedup();
        let mut start = seqs[0];
        let mut prev = start;
        for &s in &seqs[1..] {
            if s != prev + 1 {
                out.push(OpRange {
                    origin,
                    from: start,
                    to: prev,
                });
                start = s;
            }
            prev = s;
        }
        out.push(OpRange {
            origin,
            from: start,
            to: prev,
        });
    }
    out
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Outer<'a> {
    #[serde(borrow)]
    manifest: &'a RawValue,
    manifest_sha256: String,
    #[serde(borrow)]
    ops: &'a RawValue,
    #[serde(borrow, default)]
    files: Option<&'a RawValue>,
}

/// Just the manifest, every other key skipped: read first, so that a bundle from a newer
/// version whose outer shape has grown is refused as newer, not as "not a bundle".
#[derive(Deserialize)]
struct Head<'a> {
    #[serde(borrow)]
    manifest: &'a RawValue,
}

/// Reads and checks a bundle's bytes. Nothing in it is trusted until every check passed.
pub fn decode(bytes: &[u8]) -> Result<Bundle> {
    let not = |reason: Message| Error::NotABundle { reason };
    let damaged = |reason: Message| Error::Damaged { reason };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        // Valid up to a character cut at the very end: text cut short, not binary.
        Err(e) if e.error_len().is_none() => {
            return Err(damaged(msg!("sync-why-cut-short-copying")));
        }
        Err(_) => return Err(not(msg!("sync-why-not-text"))),
    };
    if text.trim().is_empty() {
        return Err(not(msg!("sync-why-empty")));
    }
    let shape_err = |e: serde_json::Error| {
        if cut_off(text, &e) {
            damaged(msg!("sync-why-cut-short-copying"))
        } else {
            not(msg!("sync-why-not-bundle-shape", reason = e.to_string()))
        }
    };
    let raw_head: Head<'_> = serde_json::from_str(text).map_err(shape_err)?;
    let head: serde_json::Value = serde_json::from_str(raw_head.manifest.get())
        .map_err(|e| not(msg!("sync-why-manifest-unreadable", reason = e.to_string())))?;
    if head.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(not(msg!("sync-why-manifest-wrong-format")));
    }
    let number = |key: &str| head.get(key).and_then(|v| v.as_u64()).unwrap_or(0) as u32;
    let (min_reader, schema) = (number("minReaderVersion"), number("schemaVersion"));
    if min_reader > FORMAT_VERSION || schema as usize > Db::schema_version() {
        return Err(Error::TooNew {
            found: min_reader,
            schema,
            known: FORMAT_VERSION,
            known_schema: Db::schema_version() as u32,
        });
    }
    let outer: Outer<'_> = serde_json::from_str(text).map_err(shape_err)?;
    if sha256_hex(outer.manifest.get().as_bytes()) != outer.manifest_sha256 {
        return Err(damaged(msg!("sync-why-manifest-checksum")));
    }
    let manifest: Manifest = serde_json::from_str(outer.manifest.get())
        .map_err(|e| damaged(msg!("sync-why-manifest-unexpected", reason = e.to_string())))?;
    if sha256_hex(outer.ops.get().as_bytes()) != manifest.payload_sha256 {
        return Err(damaged(msg!("sync-why-changes-checksum")));
    }
    let ops: Vec<Op> = serde_json::from_str(outer.ops.get())
        .map_err(|e| damaged(msg!("sync-why-change-unreadable", reason = e.to_string())))?;
    if ops.len() as u64 != manifest.counts.ops {
        return Err(damaged(msg!("sync-why-change-count")));
    }
    if ranges(&ops) != manifest.ranges {
        return Err(damaged(msg!("sync-why-change-ranges")));
    }
    if manifest.format_version < STREAMS_VERSION
        && ops.iter().any(|o| o.id.stream.scope != StreamScope::Legacy)
    {
        return Err(damaged(msg!("sync-why-per-class-changes")));
    }
    let files = decode_files(&manifest, outer.files)?;
    Ok(Bundle {
        manifest,
        ops,
        files,
    })
}

/// True when the JSON reader's error on `text` is the text stopping part-way: the input
/// ran out, or a value cut at the very end is malformed only for being cut (a level `2.`,
/// an exponent `1e`, a lone `-`). A whole document of the wrong shape (a missing field is
/// reported at its end too) is not.
fn cut_off(text: &str, e: &serde_json::Error) -> bool {
    if e.is_eof() {
        return true;
    }
    let last = text.lines().last().unwrap_or_default();
    e.is_syntax() && e.line() == text.lines().count() && e.column() >= last.len()
}

/// Checks the files section against the manifest: none at all in version 1; in later
/// versions present, matching `filesSha256` and `counts.files`, sorted by SHA-256 without
/// duplicates, and each entry's bytes of its `size` and hashing to its `sha256`.
fn decode_files(manifest: &Manifest, raw: Option<&RawValue>) -> Result<Vec<BundleFile>> {
    let damaged = |reason: Message| Error::Damaged { reason };
    if manifest.format_version <= OPS_VERSION {
        if raw.is_some() || manifest.files_sha256.is_some() || manifest.counts.files.is_some() {
            return Err(damaged(msg!("sync-why-files-in-old-format")));
        }
        return Ok(Vec::new());
    }
    let (Some(raw), Some(expected), Some(count)) =
        (raw, &manifest.files_sha256, manifest.counts.files)
    else {
        return Err(damaged(msg!("sync-why-files-missing")));
    };
    if &sha256_hex(raw.get().as_bytes()) != expected {
        return Err(damaged(msg!("sync-why-files-checksum")));
    }
    let entries: Vec<FileEntry> = serde_json::from_str(raw.get())
        .map_err(|e| damaged(msg!("sync-why-file-unreadable", reason = e.to_string())))?;
    if entries.len() as u64 != count {
        return Err(damaged(msg!("sync-why-file-count")));
    }
    if entries.windows(2).any(|w| w[0].sha256 >= w[1].sha256) {
        return Err(damaged(msg!("sync-why-files-order")));
    }
    entries
        .into_iter()
        .map(|e| {
            let data = base64::engine::general_purpose::STANDARD
                .decode(e.data.as_bytes())
                .map_err(|_| damaged(msg!("sync-why-file-not-base64")))?;
            if data.len() as u64 != e.size || sha256_hex(&data) != e.sha256 {
                return Err(damaged(msg!("sync-why-file-checksum")));
            }
            Ok(BundleFile {
                sha256: e.sha256,
                data,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_class_id_that_is_not_ascii_is_shown_without_a_panic() {
        // Found with the fuzz target (docs/fuzzing.md): a bundle's class id is any string, and
        // cutting it at byte 8 fell inside an "é" and panicked.
        let class = BundleClass {
            id: "aéééé".into(),
            name: String::new(),
            known: false,
        };
        assert_eq!(
            class.display(),
            "class aéééé",
            "an unnamed class shows as the word and its id's start"
        );
        let long = BundleClass {
            id: "ééééééééé".into(),
            ..class
        };
        assert_eq!(
            long.display(),
            "class éééééééé",
            "eight characters, not bytes"
        );
    }
}
