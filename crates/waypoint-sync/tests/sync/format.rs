//! The bundle format's guards: a bundle cut at any byte or with any bit flipped is refused with
//! the database unchanged, a newer format is refused with a clear message, and an oversized
//! file is refused unread.

use anyhow::Result;
use proptest::prelude::*;
use waypoint_core::hlc::Hlc;
use waypoint_core::ids::DeviceId;
use waypoint_core::op::VersionVector;
use waypoint_store::Db;
use waypoint_store::oplog::dump_materialized;
use waypoint_sync::bundle::{self, Counts, Manifest, Source};
use waypoint_sync::{Error, file};

use crate::common::{import, small_db};

#[test]
fn a_bundle_cut_at_any_byte_is_refused_and_changes_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let a = small_db(dir.path(), "a")?;
    let bytes = bundle::export(&a, None, "", 1)?;
    let mut b = Db::open(&dir.path().join("b.sqlite3"))?;
    let before = dump_materialized(b.conn())?;
    for cut in 0..bytes.len() - 1 {
        // The last byte is the newline; without it the bundle is still whole.
        assert!(
            import(&mut b, &bytes[..cut]).is_err(),
            "a bundle cut at byte {cut} is refused"
        );
    }
    assert_eq!(
        dump_materialized(b.conn())?,
        before,
        "no refused bundle changed anything"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_flipped_bit_anywhere_is_refused(at in any::<prop::sample::Index>(), bit in 0..8u8) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let a = small_db(dir.path(), "a").map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut bytes = bundle::export(&a, None, "", 1).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let i = at.index(bytes.len());
        bytes[i] ^= 1 << bit;
        prop_assert!(bundle::decode(&bytes).is_err(), "flipping bit {} of byte {} must be caught", bit, i);
    }
}

#[test]
fn a_bundle_from_a_newer_waypoint_is_refused_with_a_clear_message() -> Result<()> {
    let manifest = Manifest {
        format: bundle::FORMAT.into(),
        // One past the newest version this build reads.
        format_version: bundle::FORMAT_VERSION + 1,
        min_reader_version: bundle::FORMAT_VERSION + 1,
        schema_version: 2,
        bundle_id: "00000000-0000-4000-8000-000000000000".into(),
        class_ids: vec![],
        source: Source {
            device: DeviceId::mint(1, [1; 10]),
            label: String::new(),
        },
        created_hlc: Hlc {
            wall_ms: 1,
            counter: 0,
            device: DeviceId::mint(1, [1; 10]),
        },
        created_wall_ms: 1,
        ranges: vec![],
        sender_vv: VersionVector::default(),
        counts: Counts {
            ops: 0,
            files: None,
        },
        payload_sha256: String::new(),
        files_sha256: None,
    };
    let err = bundle::decode(&bundle::encode(&[], manifest.clone())?)
        .expect_err("a newer format is too new");
    assert!(
        matches!(err, Error::TooNew { found, .. } if found == bundle::FORMAT_VERSION + 1),
        "refused as too new: {err}"
    );
    assert!(
        err.to_string().contains("Update Waypoint"),
        "the message says what to do: {err}"
    );
    let mut grown = bundle::encode(&[], manifest)?;
    grown.truncate(grown.len() - 2);
    grown.extend_from_slice(b",\"future\":[]}\n");
    let err = bundle::decode(&grown).expect_err("a newer format with a new outer key");
    assert!(
        matches!(err, Error::TooNew { .. }),
        "a later version may add outer keys; it is still refused as newer, not as not a bundle: {err}"
    );
    let err = bundle::decode(br#"{"class":"not a bundle"}"#).expect_err("another JSON file");
    assert!(
        matches!(err, Error::NotABundle { .. }),
        "not a bundle: {err}"
    );
    Ok(())
}

#[test]
fn an_oversized_bundle_is_refused_before_it_is_read() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("huge.json");
    std::fs::File::create(&path)?.set_len(file::MAX_BUNDLE_BYTES + 1)?;
    let err = file::read_bundle(&path, None).expect_err("over 512 MB");
    assert!(
        matches!(err, Error::TooBig { limit_mb: 512, .. }),
        "refused by size: {err}"
    );
    Ok(())
}
