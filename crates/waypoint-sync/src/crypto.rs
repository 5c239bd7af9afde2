//! Passphrase encryption of bundles with age (scrypt recipient), work factor pinned.
//!
//! age normally picks the scrypt work factor to take about a second on the machine that
//! encrypts, so a fast laptop would make files a slow one needs many seconds (or too much
//! memory) to open. Waypoint pins it: every bundle is encrypted with `N = 2^`
//! [`WORK_FACTOR`] (64 MiB, a fraction of a second on a school laptop), and decryption
//! refuses anything above `2^`[`MAX_WORK_FACTOR`], so a crafted file cannot make the app
//! spend minutes and gigabytes before it says no.

use age::secrecy::SecretString;
use std::io::{Read, Write};

use crate::{Error, Result};
use waypoint_core::msg;

/// The scrypt work factor (log2 N) every bundle is encrypted with. Documented in
/// `docs/bundle-format.md`; changing it only affects new bundles.
pub const WORK_FACTOR: u8 = 16;
/// The highest work factor accepted on decryption: a little headroom for a future
/// version that raises [`WORK_FACTOR`], and a bound on what a crafted file can cost.
pub const MAX_WORK_FACTOR: u8 = 18;
/// The shortest class passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// True when `bytes` are an age file (an encrypted bundle).
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

/// True when `bytes` are the start of an age file's first line and nothing more: an
/// encrypted bundle cut short (half arrived in a sync folder) before it could be told apart.
pub fn is_cut_encrypted(bytes: &[u8]) -> bool {
    !bytes.is_empty() && bytes.len() < AGE_MAGIC.len() && AGE_MAGIC.starts_with(bytes)
}

/// Checks a new class passphrase: long enough, and not only spaces.
pub fn check_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.trim().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::WeakPassphrase {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    Ok(())
}

/// Encrypts `plain` to `passphrase` at the pinned work factor.
pub fn encrypt(plain: &[u8], passphrase: &str) -> Result<Vec<u8>> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(WORK_FACTOR);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as _))
        .map_err(|e| Error::Encrypt(e.to_string()))?;
    let mut out = Vec::with_capacity(plain.len() + plain.len() / 4096 + 256);
    let io = |e: std::io::Error| Error::Encrypt(e.to_string());
    let mut writer = encryptor.wrap_output(&mut out).map_err(io)?;
    writer.write_all(plain).map_err(io)?;
    writer.finish().map_err(io)?;
    Ok(out)
}

/// Decrypts an encrypted bundle; reads at most `limit` bytes of plaintext.
pub fn decrypt(bytes: &[u8], passphrase: &str, limit: u64) -> Result<Vec<u8>> {
    use age::DecryptError as D;
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let damaged = || Error::Damaged {
        reason: msg!("sync-why-header-unreadable"),
    };
    // A file that ends early (half arrived) says so, rather than that it is unreadable.
    let cut_short = |e: &std::io::Error| e.kind() == std::io::ErrorKind::UnexpectedEof;
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|e| match e {
        D::UnknownFormat => Error::NotABundle {
            reason: msg!("sync-why-unknown-encryption"),
        },
        D::Io(e) if cut_short(&e) => Error::Damaged {
            reason: msg!("sync-why-header-cut-short"),
        },
        _ => damaged(),
    })?;
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            D::DecryptionFailed | D::KeyDecryptionFailed | D::NoMatchingKeys => {
                Error::WrongPassphrase
            }
            D::ExcessiveWork { required, .. } => Error::TooMuchWork {
                required,
                max: MAX_WORK_FACTOR,
            },
            D::Io(e) if cut_short(&e) => Error::Damaged {
                reason: msg!("sync-why-contents-cut-or-altered"),
            },
            _ => damaged(),
        })?;
    let mut plain = Vec::new();
    (&mut reader)
        .take(limit + 1)
        .read_to_end(&mut plain)
        .map_err(|_| Error::Damaged {
            reason: msg!("sync-why-contents-cut-or-altered"),
        })?;
    if plain.len() as u64 > limit {
        return Err(Error::Damaged {
            reason: msg!("sync-why-unpacks-too-big"),
        });
    }
    Ok(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_passphrase_opens_and_a_wrong_one_says_so() {
        let sealed = encrypt(b"{\"hello\":1}", "correct horse").expect("encrypts");
        assert!(
            is_encrypted(&sealed),
            "an encrypted bundle is recognised as one"
        );
        assert_eq!(
            decrypt(&sealed, "correct horse", 1 << 20).expect("opens"),
            b"{\"hello\":1}",
            "the same bytes come back"
        );
        assert!(
            matches!(
                decrypt(&sealed, "wrong horse", 1 << 20),
                Err(Error::WrongPassphrase)
            ),
            "a wrong passphrase is its own error, so the teacher gets one clear message"
        );
    }

    #[test]
    fn the_work_factor_is_the_pinned_one() {
        let sealed = encrypt(b"x", "correct horse").expect("encrypts");
        let header = String::from_utf8_lossy(&sealed[..sealed.len().min(200)]).into_owned();
        let stanza = header
            .lines()
            .find(|l| l.starts_with("-> scrypt "))
            .expect("an scrypt stanza");
        assert!(
            stanza.ends_with(&format!(" {WORK_FACTOR}")),
            "every bundle uses the documented work factor, whatever the machine: {stanza}"
        );
    }

    #[test]
    fn a_short_passphrase_is_refused() {
        assert!(
            check_passphrase("short").is_err(),
            "under the minimum is refused"
        );
        assert!(
            check_passphrase("        x").is_err(),
            "spaces do not count"
        );
        assert!(
            check_passphrase("long enough").is_ok(),
            "a real passphrase passes"
        );
    }
}
