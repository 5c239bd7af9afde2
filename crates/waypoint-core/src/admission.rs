//! The checks an op from another laptop must pass before it is imported.
//!
//! Imported ops are checked, not trusted. The passphrase proves a bundle came from a
//! co-teacher; these checks keep a damaged or forged op from doing what the merge rule would
//! otherwise let it do:
//! - an op's deps on its own stream are exactly `seq − 1` (so it cannot claim to have seen
//!   later writes of its own stream), and its HLC names the stream's device;
//! - its deps reach no further than what the sender says it had seen, or what the bundle
//!   carries, or what this laptop holds, so forged deps cannot dominate every write to a
//!   field;
//! - the sender's version vector claims nothing that it neither sent nor this laptop holds
//!   (an inflated vector would make this laptop skip sending it changes);
//! - its HLC is no more than [`MAX_CLOCK_AHEAD_MS`] ahead of this laptop's clock, so one op
//!   cannot drag this laptop's clock (and every later op) far into the future.
//!
//! Each function is pure; the store gathers what it needs (what it holds, its wall time).

use std::collections::BTreeMap;
use std::fmt;

use crate::op::{Op, VersionVector};
use crate::stream::StreamId;

/// How far ahead of this laptop's clock an imported op's time may be: 24 hours. A laptop
/// whose date is set wrong by more than that gets its bundles refused until its clock is
/// fixed; a wrong time zone (up to 14 hours off in UTC) still syncs.
pub const MAX_CLOCK_AHEAD_MS: u64 = 24 * 60 * 60 * 1000;

/// Why an op was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Its deps on its own stream are not `seq − 1`.
    OwnStreamDeps {
        /// What the deps say.
        deps: u64,
    },
    /// Its HLC names another device than its stream's.
    WrongDevice,
    /// Its deps claim a change on `stream` that nobody has.
    DepsTooFar {
        /// The stream.
        stream: StreamId,
        /// The seq the deps claim.
        claimed: u64,
    },
    /// Its time is further ahead of this laptop's clock than the bound.
    FromTheFuture {
        /// How far ahead, in milliseconds.
        ahead_ms: u64,
    },
    /// The bundle holds it twice, or the ops of its stream are out of order.
    OutOfOrder,
    /// It is in one class's stream but changes a row of another class.
    WrongClass,
    /// It is in a shared stream but changes a row that belongs to a class.
    NotShared,
    /// It is in a class's stream but changes shared data.
    SharedInClass,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::OwnStreamDeps { deps } => write!(
                f,
                "claims to follow change {deps} of its own stream, which is not the change before it"
            ),
            Refusal::WrongDevice => {
                write!(f, "is stamped by another laptop than the one that wrote it")
            }
            Refusal::DepsTooFar { stream, claimed } => write!(
                f,
                "claims to have seen change {claimed} of {stream}, which no laptop has sent"
            ),
            Refusal::FromTheFuture { ahead_ms } => write!(
                f,
                "is dated {} hours ahead of this laptop's clock; check the date and time on both laptops",
                ahead_ms.div_ceil(3_600_000)
            ),
            Refusal::OutOfOrder => write!(f, "is repeated or out of order"),
            Refusal::WrongClass => {
                write!(f, "is filed under one class but changes a row of another")
            }
            Refusal::NotShared => write!(f, "is filed as shared data but changes a class's row"),
            Refusal::SharedInClass => write!(f, "is filed under a class but changes shared data"),
        }
    }
}

/// The highest seq per stream among `ops`.
pub fn highest_seqs<'a>(ops: impl IntoIterator<Item = &'a Op>) -> BTreeMap<StreamId, u64> {
    let mut out: BTreeMap<StreamId, u64> = BTreeMap::new();
    for op in ops {
        let e = out.entry(op.id.stream).or_insert(0);
        *e = (*e).max(op.id.seq);
    }
    out
}

/// What an op's deps may reach, for a bundle: the sender's version vector, the highest seq
/// per stream in the bundle, and the highest per stream this laptop holds.
#[derive(Debug, Clone, Copy)]
pub struct Reach<'a> {
    /// The sender's version vector.
    pub sender_vv: &'a VersionVector,
    /// The highest seq per stream the bundle carries.
    pub carried: &'a BTreeMap<StreamId, u64>,
    /// The highest seq per stream this laptop holds.
    pub held: &'a BTreeMap<StreamId, u64>,
}

/// Checks one op. `reach` is what its deps may reach, known for a bundle (ops handed over
/// without one, by tests and tools, skip that check); `now_ms` is this laptop's wall clock.
pub fn check_op(op: &Op, reach: Option<Reach<'_>>, now_ms: u64) -> Result<(), Refusal> {
    let own = op.deps.get(op.id.stream);
    if own != op.id.seq.saturating_sub(1) {
        return Err(Refusal::OwnStreamDeps { deps: own });
    }
    if op.hlc.device != op.id.stream.device {
        return Err(Refusal::WrongDevice);
    }
    if let Some(r) = reach {
        for (stream, claimed) in &op.deps.0 {
            if *claimed > furthest(*stream, r) {
                return Err(Refusal::DepsTooFar {
                    stream: *stream,
                    claimed: *claimed,
                });
            }
        }
    }
    let limit = now_ms.saturating_add(MAX_CLOCK_AHEAD_MS);
    if op.hlc.wall_ms > limit {
        return Err(Refusal::FromTheFuture {
            ahead_ms: op.hlc.wall_ms - now_ms,
        });
    }
    Ok(())
}

/// The furthest a dep on `stream` may reach: what the sender had seen, or what the bundle
/// carries (an op relayed above a gap may depend on ops its sender never got), or what this
/// laptop holds. The sender's vector is itself checked by [`check_sender_vv`].
fn furthest(stream: StreamId, r: Reach<'_>) -> u64 {
    let get = |m: &BTreeMap<StreamId, u64>| m.get(&stream).copied().unwrap_or(0);
    r.sender_vv.get(stream).max(get(r.carried)).max(get(r.held))
}

/// True for a legacy stream that neither the bundle carries nor this laptop holds: one that
/// a share left out because it holds other classes too. The sender's vector still names it
/// (the ops it wrote since were written having seen it), and this laptop can neither check
/// the claim nor ever hold an op of it through the share, so the claim is taken as stated.
fn unknown_legacy(
    stream: StreamId,
    carried: &BTreeMap<StreamId, u64>,
    held: &BTreeMap<StreamId, u64>,
) -> bool {
    stream.scope == crate::stream::StreamScope::Legacy
        && !carried.contains_key(&stream)
        && !held.contains_key(&stream)
}

/// Checks the sender's version vector: it may claim only what it carries or this laptop
/// holds (legacy streams unknown here excepted). Returns the first stream it overclaims,
/// with the seq claimed.
pub fn check_sender_vv(
    sender_vv: &VersionVector,
    carried: &BTreeMap<StreamId, u64>,
    held: &BTreeMap<StreamId, u64>,
) -> Result<(), Refusal> {
    for (stream, claimed) in &sender_vv.0 {
        let get = |m: &BTreeMap<StreamId, u64>| m.get(stream).copied().unwrap_or(0);
        if unknown_legacy(*stream, carried, held) {
            continue;
        }
        if *claimed > get(carried).max(get(held)) {
            return Err(Refusal::DepsTooFar {
                stream: *stream,
                claimed: *claimed,
            });
        }
    }
    Ok(())
}

/// Checks that each stream's ops in `ops` are in increasing seq order with none repeated
/// and no hole between them: a bundle carries a contiguous range of each stream.
pub fn check_contiguous(ops: &[Op]) -> Result<(), (StreamId, u64, Refusal)> {
    let mut last: BTreeMap<StreamId, u64> = BTreeMap::new();
    for op in ops {
        if let Some(prev) = last.get(&op.id.stream)
            && op.id.seq != prev + 1
        {
            return Err((op.id.stream, op.id.seq, Refusal::OutOfOrder));
        }
        last.insert(op.id.stream, op.id.seq);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hlc::Hlc;
    use crate::ids::{ClassId, DeviceId};
    use crate::op::{Fields, OpId, OpKind};

    const NOW: u64 = 1_780_000_000_000;

    fn dev(n: u8) -> DeviceId {
        DeviceId::mint(1_700_000_000_000, [n; 10])
    }

    fn stream(n: u8) -> StreamId {
        StreamId::class(dev(n), ClassId::mint(1_700_000_000_000, [9; 10]))
    }

    fn op(n: u8, seq: u64, deps: &[(StreamId, u64)]) -> Op {
        Op {
            id: OpId {
                stream: stream(n),
                seq,
            },
            hlc: Hlc {
                wall_ms: NOW - 1000,
                counter: 0,
                device: dev(n),
            },
            deps: VersionVector(deps.iter().copied().collect()),
            table: "student".into(),
            row_id: "r".into(),
            kind: OpKind::Set,
            fields: Fields::new(),
        }
    }

    fn reach<'a>(
        sender_vv: &'a VersionVector,
        carried: &'a BTreeMap<StreamId, u64>,
        held: &'a BTreeMap<StreamId, u64>,
    ) -> Reach<'a> {
        Reach {
            sender_vv,
            carried,
            held,
        }
    }

    fn vv(entries: &[(StreamId, u64)]) -> VersionVector {
        VersionVector(entries.iter().copied().collect())
    }

    #[test]
    fn an_honest_op_passes() {
        let o = op(1, 3, &[(stream(1), 2), (stream(2), 5)]);
        let sender = vv(&[(stream(1), 3), (stream(2), 5)]);
        let carried = highest_seqs([&o]);
        assert_eq!(
            check_op(&o, Some(reach(&sender, &carried, &BTreeMap::new())), NOW),
            Ok(()),
            "deps within what the sender had seen are fine"
        );
    }

    #[test]
    fn forged_deps_are_refused() {
        let o = op(1, 1, &[(stream(2), 999_999)]);
        let sender = vv(&[(stream(1), 1), (stream(2), 4)]);
        let carried = highest_seqs([&o]);
        assert_eq!(
            check_op(&o, Some(reach(&sender, &carried, &BTreeMap::new())), NOW),
            Err(Refusal::DepsTooFar {
                stream: stream(2),
                claimed: 999_999
            }),
            "deps beyond anything sent or held would silently dominate every write"
        );
    }

    #[test]
    fn deps_on_its_own_stream_must_be_the_op_before() {
        let o = op(1, 5, &[(stream(1), 2)]);
        assert_eq!(
            check_op(&o, None, NOW),
            Err(Refusal::OwnStreamDeps { deps: 2 }),
            "a writer has always seen its own previous op"
        );
    }

    #[test]
    fn an_hlc_of_another_device_is_refused() {
        let mut o = op(1, 1, &[]);
        o.hlc.device = dev(2);
        assert_eq!(
            check_op(&o, None, NOW),
            Err(Refusal::WrongDevice),
            "only the stream's device writes in it"
        );
    }

    #[test]
    fn a_far_future_time_is_refused_but_a_day_is_tolerated() {
        let mut o = op(1, 1, &[]);
        o.hlc.wall_ms = NOW + MAX_CLOCK_AHEAD_MS;
        assert_eq!(
            check_op(&o, None, NOW),
            Ok(()),
            "a laptop a day ahead still syncs"
        );
        o.hlc.wall_ms = NOW + MAX_CLOCK_AHEAD_MS + 1;
        assert!(
            matches!(check_op(&o, None, NOW), Err(Refusal::FromTheFuture { .. })),
            "beyond the bound the op would move this laptop's clock forward"
        );
    }

    #[test]
    fn a_sender_may_claim_only_what_it_sent_or_is_held_here() {
        let carried = BTreeMap::from([(stream(1), 3)]);
        let held = BTreeMap::from([(stream(2), 7)]);
        assert_eq!(
            check_sender_vv(&vv(&[(stream(1), 3), (stream(2), 7)]), &carried, &held),
            Ok(()),
            "an incremental bundle claims what it carries and what the receiver has"
        );
        assert!(
            check_sender_vv(&vv(&[(stream(1), 4)]), &carried, &held).is_err(),
            "claiming an op nobody has would stop this laptop sending it changes"
        );
    }

    #[test]
    fn a_stream_must_be_contiguous_and_in_order() {
        let ops = vec![op(1, 1, &[]), op(1, 2, &[(stream(1), 1)]), op(1, 4, &[])];
        assert!(
            check_contiguous(&ops).is_err(),
            "a hole inside one bundle's range is damage"
        );
        let ops = vec![
            op(1, 2, &[(stream(1), 1)]),
            op(2, 1, &[]),
            op(1, 3, &[(stream(1), 2)]),
        ];
        assert_eq!(
            check_contiguous(&ops),
            Ok(()),
            "streams interleave, each in order"
        );
    }
}
