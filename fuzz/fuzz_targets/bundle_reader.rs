//! Fuzz target for the sync bundle reader (see docs/fuzzing.md).
//!
//! The property: no input makes the reader panic. Any `Err` is fine. Each input is tried
//! twice:
//!
//! 1. as it is, through `bundle::decode` and `file::open_bytes(_, None)`;
//! 2. "resealed": when it parses as a JSON object with a `manifest` object and `ops`, the
//!    checksums (and `filesSha256` when there is a `files` section) are recomputed first, so the fuzzer gets past the two SHA-256 gates and
//!    reaches the manifest's strict fields, the ops, and the count and range checks (a
//!    random mutation almost never keeps the hashes right on its own).
//!
//! Whenever a bundle decodes, what the teacher would see of it is built (every error
//! message, each class as it is named when neither the laptop nor the bundle names it),
//! and it is re-encoded with `bundle::encode_with_files` and decoded again: that must succeed
//! and give the same ops, files and manifest (but for the payload and files hashes, which
//! cover exact bytes).
//!
//! `open_bytes` gets no passphrase: an age file then stops at `NeedsPassphrase` before any
//! scrypt work (at work factor 16 one attempt costs about 0.1 s, which would stall the
//! fuzzer), so decryption itself is not fuzzed here.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use sha2::{Digest, Sha256};
use waypoint_sync::bundle::{self, Bundle, BundleClass};
use waypoint_sync::{Error, crypto, file};

fuzz_target!(|data: &[u8]| {
    check(data);
    if let Some(resealed) = reseal(data) {
        check(&resealed);
    }
});

fn check(data: &[u8]) {
    let decoded = bundle::decode(data);
    let opened = file::open_bytes(data, None);
    match (&decoded, &opened) {
        (Ok(b), Ok((o, encrypted))) => {
            assert!(!encrypted, "a plain bundle is not reported as encrypted");
            assert_eq!(b, o, "open_bytes reads a plain bundle as decode does");
        }
        (Err(_), Err(Error::NeedsPassphrase)) => {
            assert!(
                crypto::is_encrypted(data),
                "NeedsPassphrase only for age files"
            );
        }
        (Err(_), Err(e)) => {
            assert!(
                !crypto::is_encrypted(data),
                "an age file needs a passphrase: {e}"
            );
        }
        (d, o) => panic!("decode and open_bytes disagree: {d:?} / {o:?}"),
    }
    match decoded {
        Ok(b) => decoded_bundle(&b),
        Err(e) => {
            let _ = e.to_string();
        }
    }
    if let Err(e) = opened {
        let _ = e.to_string();
    }
}

/// What is done with a bundle that passed every check.
fn decoded_bundle(b: &Bundle) {
    // The refusal the teacher sees for classes neither the laptop nor the bundle names.
    let classes: Vec<BundleClass> = b
        .manifest
        .class_ids
        .iter()
        .map(|id| BundleClass {
            id: id.clone(),
            name: String::new(),
            known: false,
        })
        .collect();
    for c in &classes {
        let _ = c.display();
    }
    if !classes.is_empty() {
        let _ = Error::ClassNotChosen { classes }.to_string();
    }

    // Round trip.
    let bytes = bundle::encode_with_files(&b.ops, &b.files, b.manifest.clone())
        .expect("a decoded bundle re-encodes");
    let again = bundle::decode(&bytes).expect("a re-encoded bundle decodes");
    assert_eq!(
        again.ops.len(),
        b.ops.len(),
        "the round trip keeps every op"
    );
    for (x, y) in again.ops.iter().zip(&b.ops) {
        let (mut x_bare, mut y_bare) = (x.clone(), y.clone());
        x_bare.fields.clear();
        y_bare.fields.clear();
        assert_eq!(x_bare, y_bare, "the round trip keeps each op");
        assert!(
            x.fields.len() == y.fields.len()
                && x.fields
                    .iter()
                    .zip(&y.fields)
                    .all(|((k, v), (l, w))| k == l && same(v, w)),
            "the round trip keeps each op's fields: {:?} / {:?}",
            x.fields,
            y.fields
        );
    }
    let mut manifest = b.manifest.clone();
    manifest.payload_sha256 = again.manifest.payload_sha256.clone();
    // Like the ops, the files section may be written in other bytes (JSON escapes) that
    // decode to the same files, so its hash may change; the files themselves may not.
    manifest.files_sha256 = again.manifest.files_sha256.clone();
    assert_eq!(again.files, b.files, "the round trip keeps every file");
    assert_eq!(
        again.manifest, manifest,
        "the round trip keeps the manifest"
    );
}

/// Equal JSON values, but for floats, which may move by a few ulps: serde_json's
/// default float parser is not correctly rounded, so a float in an op's fields can change
/// its last bit on every write and read (3.0311e60 -> 3.0311000000000003e60 -> …). Known
/// and reported (docs/fuzzing.md); everything else must come back exactly.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(m), Value::Number(n)) if m.is_f64() && n.is_f64() => {
            let (x, y) = (m.as_f64().unwrap_or(0.0), n.as_f64().unwrap_or(0.0));
            x == y
                || (x.is_sign_negative() == y.is_sign_negative()
                    && x.to_bits().abs_diff(y.to_bits()) <= 4)
        }
        (Value::Array(xs), Value::Array(ys)) => {
            xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| same(x, y))
        }
        (Value::Object(xs), Value::Object(ys)) => {
            xs.len() == ys.len()
                && xs
                    .iter()
                    .zip(ys)
                    .all(|((k, x), (l, y))| k == l && same(x, y))
        }
        _ => a == b,
    }
}

/// `data` with both checksums made right, when it has a bundle's outer shape.
fn reseal(data: &[u8]) -> Option<Vec<u8>> {
    let Ok(Value::Object(mut outer)) = serde_json::from_slice::<Value>(data) else {
        return None;
    };
    let ops = outer.remove("ops")?.to_string();
    let Some(Value::Object(mut manifest)) = outer.remove("manifest") else {
        return None;
    };
    manifest.insert("payloadSha256".into(), Value::String(sha256_hex(&ops)));
    // Version 2's files section gets its checksum made right too, so the fuzzer reaches
    // each file's own checks (base64, size, SHA-256, order).
    let files = outer.remove("files").map(|f| f.to_string());
    if let Some(files) = &files {
        manifest.insert("filesSha256".into(), Value::String(sha256_hex(files)));
    }
    let manifest = Value::Object(manifest).to_string();
    let hash = sha256_hex(&manifest);
    let files = files.map(|f| format!(",\"files\":{f}")).unwrap_or_default();
    Some(
        format!(
            "{{\"manifest\":{manifest},\"manifestSha256\":\"{hash}\",\"ops\":{ops}{files}}}\n"
        )
        .into_bytes(),
    )
}

fn sha256_hex(s: &str) -> String {
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
