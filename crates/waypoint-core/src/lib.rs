//! Waypoint's domain, with no I/O and no clock reads.
//!
//! Everything here is a pure function of its arguments, so the rules that matter most
//! (validation, the hybrid logical clock, how a row is materialized from its ops) can be
//! tested exhaustively and behave the same on every laptop. Time is always passed in;
//! the store and the shell are the only places that read a clock or touch a disk.

pub mod admission;
pub mod author;
pub mod case;

pub mod clock;
pub mod conferences;

pub mod demo;
pub mod error;
pub mod evidence;
pub mod feedback;
pub mod frameworks;
pub mod goals;
pub mod grouping;
pub mod groups;
pub mod hlc;
pub mod ids;
pub mod imports;
pub mod mastery;
pub mod messages;
pub mod op;
pub mod pin;
pub mod playlists;
pub mod portfolio;
pub mod progressions;
pub mod reflections;
pub mod reports;
pub mod roster;
pub mod rotations;
pub mod snapshot;
pub mod stream;
pub mod student_mode;
pub mod table;
pub mod team;
pub mod validate;

pub use error::{Error, Result};
