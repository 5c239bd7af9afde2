//! Streams: the sequences ops are numbered in.
//!
//! A device writes each class's rows in a stream of its own for that class, and shared data
//! (frameworks and scales, the prompt bank, the team reflection) in its one shared stream.
//! An op's id is `(stream, seq)`, with seqs contiguous per stream, so version vectors, deps,
//! gaps and bundle ranges are all per stream, and a bundle for one class can carry that
//! class's streams whole while leaving every other class's out.
//!
//! Bundle formats 1 and 2 wrote one stream per device, holding every class; such a
//! [`StreamScope::Legacy`] stream is still read, and travels all-or-nothing.
//!
//! A stream id is written as text: the device id alone for a legacy stream (so the ops of
//! old bundles and databases read unchanged), `<device>:c:<class>` for a class's stream and
//! `<device>:s` for the shared one. The order of ids is the order of that text, so the
//! database (which sorts the text) and this crate agree on it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

use crate::ids::{ClassId, DeviceId};
use crate::{Error, Result};

/// What a stream holds. The variants are in the order of their text forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StreamScope {
    /// A device's single stream from bundle formats 1 and 2, holding rows of any class.
    Legacy,
    /// One class's rows.
    Class(ClassId),
    /// Shared, non-student data.
    Shared,
}

/// One device's stream for one scope. It travels as its text form (see `Display`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, specta::Type)]
#[specta(type = String)]
pub struct StreamId {
    /// The device that writes it (and the only one that may).
    pub device: DeviceId,
    /// What it holds.
    pub scope: StreamScope,
}

impl StreamId {
    /// A device's legacy stream.
    pub fn legacy(device: DeviceId) -> Self {
        Self {
            device,
            scope: StreamScope::Legacy,
        }
    }

    /// A device's stream for `class`.
    pub fn class(device: DeviceId, class: ClassId) -> Self {
        Self {
            device,
            scope: StreamScope::Class(class),
        }
    }

    /// A device's shared stream.
    pub fn shared(device: DeviceId) -> Self {
        Self {
            device,
            scope: StreamScope::Shared,
        }
    }

    /// The class this stream is for, if it is a class's.
    pub fn class_id(&self) -> Option<ClassId> {
        match self.scope {
            StreamScope::Class(c) => Some(c),
            _ => None,
        }
    }
}

impl fmt::Display for StreamId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.scope {
            StreamScope::Legacy => write!(f, "{}", self.device),
            StreamScope::Class(c) => write!(f, "{}:c:{c}", self.device),
            StreamScope::Shared => write!(f, "{}:s", self.device),
        }
    }
}

impl FromStr for StreamId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::BadId(s.chars().take(100).collect());
        let (device, rest) = match s.split_once(':') {
            Some((d, rest)) => (d, Some(rest)),
            None => (s, None),
        };
        // Strict: the text form must be exactly what Display writes, so one stream has one
        // spelling and two spellings can never name one stream twice in a vector.
        let device: DeviceId = device.parse().map_err(|_| bad())?;
        let scope = match rest {
            None => StreamScope::Legacy,
            Some("s") => StreamScope::Shared,
            Some(r) => {
                let class = r.strip_prefix("c:").ok_or_else(bad)?;
                StreamScope::Class(class.parse().map_err(|_| bad())?)
            }
        };
        let id = StreamId { device, scope };
        if id.to_string() != s {
            return Err(bad());
        }
        Ok(id)
    }
}

impl Serialize for StreamId {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for StreamId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn device(n: u8) -> DeviceId {
        DeviceId::mint(1_700_000_000_000 + n as u64, [n; 10])
    }

    fn class(n: u8) -> ClassId {
        ClassId::mint(1_700_000_000_000 + n as u64, [n; 10])
    }

    fn any_stream() -> impl Strategy<Value = StreamId> {
        (0u8..4, 0u8..3, 0u8..4).prop_map(|(d, kind, c)| match kind {
            0 => StreamId::legacy(device(d)),
            1 => StreamId::class(device(d), class(c)),
            _ => StreamId::shared(device(d)),
        })
    }

    #[test]
    fn a_legacy_stream_is_written_as_its_device_id_so_old_ops_read_unchanged() {
        let d = device(1);
        assert_eq!(
            StreamId::legacy(d).to_string(),
            d.to_string(),
            "format 1 and 2 ops name their device as their origin"
        );
        assert_eq!(
            d.to_string().parse::<StreamId>().ok(),
            Some(StreamId::legacy(d)),
            "a bare device id reads as that device's legacy stream"
        );
    }

    #[test]
    fn other_spellings_are_refused() {
        let d = device(1);
        for bad in [
            format!("{d}:"),
            format!("{d}:x"),
            format!("{d}:c:"),
            format!("{d}:c:not-a-class"),
            format!("{d}:S"),
            format!(" {d}"),
            format!("{}:s", d.to_string().to_uppercase()),
        ] {
            assert!(
                bad.parse::<StreamId>().is_err(),
                "{bad:?} must not parse: one stream has one spelling"
            );
        }
    }

    proptest! {
        #[test]
        fn text_round_trips_and_orders_like_the_text(a in any_stream(), b in any_stream()) {
            prop_assert_eq!(a.to_string().parse::<StreamId>().ok(), Some(a), "the text form reads back");
            prop_assert_eq!(
                a.cmp(&b),
                a.to_string().cmp(&b.to_string()),
                "the database sorts the text; both orders must agree"
            );
            let json = serde_json::to_string(&a).unwrap_or_default();
            prop_assert_eq!(serde_json::from_str::<StreamId>(&json).ok(), Some(a), "JSON round-trips");
        }
    }
}
