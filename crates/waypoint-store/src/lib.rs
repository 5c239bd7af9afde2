//! Waypoint's SQLite store: the only crate that knows SQL.
//!
//! - [`db`]: `open()`, pragmas, migrations and the default database path.
//! - [`backup`]: rotating snapshots in `snapshots/`, consistent copies for a backup, and
//!   putting a restored database in place with a new device id.
//! - [`data_folder`]: every file kept beside the database, and the erasure of its copies.
//! - [`device`]: this installation's device id and the install-marker rule.
//! - [`schema`]: the materialized tables built from their specs (rebuilt from the log when
//!   the specs change), and the class a row belongs to.
//! - [`oplog`]: the op log, the one write path ([`Db::write`]), materialization and
//!   [`Db::rebuild`].
//! - [`exchange`]: the ops a peer lacks, and taking in ops from another database (checked
//!   before they are written).
//! - [`shares`]: this laptop's shares (a class and its sync folder; local only).
//! - [`streams`]: which streams a bundle for a share carries, the classes a set of ops
//!   touches, and forgetting a received class.
//! - [`conflicts`]: open conflicts as the teacher reviews them, and their resolution ops.
//! - [`handoff`]: this laptop's sync settings and the classes it receives (local only).
//! - [`roster`]: the use cases and queries for classes, students and learner profiles.
//! - [`frameworks`]: competency frameworks, their trees, class attachments and CASE import.
//! - [`evidence`]: evidence, status overrides, and the mastery grid and detail views.
//! - [`groups`]: group sets suggested by the grouping engine, saved, edited and kept.
//! - [`rotations`]: stations, rotation plans, group cards and the projector's view.
//! - [`playlists`]: activities, playlists and choice boards, their assignments, and each
//!   student's playlists and progress.
//! - [`portfolio`]: portfolio artifacts: their records, their bytes beside the database
//!   (named by SHA-256, stored once), and thumbnails.
//! - [`ownership`]: goals and check-ins, the reflection prompt bank, reflections (a
//!   self-rating is self-assessment evidence), conferences, the teacher PIN and student mode.
//! - [`pin`]: the teacher PIN's argon2id hash and the throttle on wrong guesses (local).
//! - [`team`]: the school team's reflection on personalized learning.
//! - [`reports`]: the printouts' data gathered and rendered: conference reports, the class
//!   summary, the team's reflection.
//! - [`today`]: the Today view: the day's rotation, the teacher-led group, 1:1 coverage.
//!
//! Every change to syncable data is an op: a use case describes the change, the op log
//! appends it and applies it to the materialized tables, in one transaction.

pub mod backup;
pub mod conferences;
pub mod conflicts;
pub mod data_folder;
pub mod db;
pub mod demo_year;
pub mod device;
pub mod error;
pub mod evidence;
pub mod exchange;
pub mod feedback;
pub mod frameworks;
pub mod goals;
pub mod groups;
pub mod imports;
mod migrations;
pub mod oplog;
pub mod playlists;
pub mod portfolio;
pub mod print_languages;
pub mod progressions;
pub mod reflections;
pub mod reports;
pub mod roster;
pub mod rotations;
mod rows;
pub mod schema;
pub mod settings;
pub mod shares;
pub mod streams;
pub mod student_mode;
pub mod team;
pub mod today;

pub use db::{Db, OpenOptions, WallClock, default_db_path};
pub use error::{Error, Result};
