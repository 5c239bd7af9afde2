//! Why a command failed, as the one stderr line and the exit status scripts rely on.

use std::path::PathBuf;

use waypoint_core::Error as Domain;
use waypoint_core::messages::Message;
use waypoint_store::Error as Store;

/// Everything that can stop a command.
#[derive(Debug)]
pub enum Failure {
    /// A use case refused or failed; its message is already written for a teacher.
    Store(Store),
    /// A bundle was refused or could not be written.
    Sync(waypoint_sync::Error),
    /// A school's file could not be read or used as asked: its message names the file.
    Import(waypoint_import::Error),
    /// A read-only command was pointed at a file that is not there.
    NoDatabase(PathBuf),
    /// `waypoint restore` onto a database that is there, without `--replace`.
    WouldReplace(PathBuf),
    /// The output could not be produced or written.
    Output(String),
    /// Whoever reads our output stopped reading (`waypoint classes list | head`): not an
    /// error worth reporting.
    BrokenPipe,
}

impl From<Store> for Failure {
    fn from(e: Store) -> Self {
        Failure::Store(e)
    }
}

impl From<waypoint_sync::Error> for Failure {
    fn from(e: waypoint_sync::Error) -> Self {
        match e {
            waypoint_sync::Error::Store(e) => Failure::Store(e),
            other => Failure::Sync(other),
        }
    }
}

impl From<waypoint_import::Error> for Failure {
    fn from(e: waypoint_import::Error) -> Self {
        match e {
            waypoint_import::Error::Store(e) => Failure::Store(e),
            waypoint_import::Error::Core(e) => Failure::Store(Store::Domain(e)),
            other => Failure::Import(other),
        }
    }
}

impl From<Domain> for Failure {
    /// A domain rule refused input that never reached the store (the `mastery` command's
    /// method, threshold or scores); it fails, and exits, exactly like a use case's refusal.
    fn from(e: Domain) -> Self {
        Failure::Store(Store::Domain(e))
    }
}

impl Failure {
    /// The failure of a write to stdout.
    pub fn from_write(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::BrokenPipe => Failure::BrokenPipe,
            _ => Failure::Output(format!("Could not write the output: {e}")),
        }
    }

    /// 2 when the input breaks a rule the user can fix by typing something else, 1 for
    /// everything else (as documented in `--help`).
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Store(
                Store::Domain(
                    Domain::Invalid { .. }
                    | Domain::BadId(_)
                    | Domain::NotCasePackage { .. }
                    | Domain::CasePreOneFormat
                    | Domain::FrameworkCsvLoop { .. }
                    | Domain::CaseCycle { .. }
                    | Domain::CaseFileTooLarge { .. },
                )
                | Store::FileTooBig { .. }
                | Store::Tampered { .. }
                | Store::RefusedOp { .. },
            ) => 2,
            Failure::Sync(
                waypoint_sync::Error::NotABundle { .. }
                | waypoint_sync::Error::TooNew { .. }
                | waypoint_sync::Error::Damaged { .. }
                | waypoint_sync::Error::TooBig { .. }
                | waypoint_sync::Error::UnknownPeer { .. }
                | waypoint_sync::Error::WrongPassphrase
                | waypoint_sync::Error::NeedsPassphrase
                | waypoint_sync::Error::TooMuchWork { .. }
                | waypoint_sync::Error::WeakPassphrase { .. }
                | waypoint_sync::Error::ClassNotChosen { .. }
                | waypoint_sync::Error::ManifestClasses
                | waypoint_sync::Error::PlainForShare { .. }
                | waypoint_sync::Error::PlainWithPassphrase
                | waypoint_sync::Error::AlreadyShared { .. }
                | waypoint_sync::Error::NotShared { .. }
                | waypoint_sync::Error::ShareNeedsPassphrase { .. }
                | waypoint_sync::Error::NoFolder { .. }
                | waypoint_sync::Error::NotABackup { .. }
                | waypoint_sync::Error::BackupDamaged { .. }
                | waypoint_sync::Error::WrongBackupPassphrase
                | waypoint_sync::Error::BackupTooNew { .. }
                | waypoint_sync::Error::WeakBackupPassphrase { .. },
            ) => 2,
            Failure::WouldReplace(_) => 2,
            // A file that is not what it claims, too big, empty or lacking what its format
            // needs: the user fixes it by choosing another file. An unreadable path is 1.
            Failure::Import(waypoint_import::Error::Io { .. }) => 1,
            Failure::Import(_) => 2,
            _ => 1,
        }
    }

    /// The message as exactly one line: a wrapped SQLite or I/O message must not spill
    /// over, because scripts and tests read stderr line by line.
    pub fn one_line(&self) -> String {
        let message = match self {
            Failure::Store(e) => e.to_string(),
            Failure::Sync(e) => e.to_string(),
            Failure::Import(e) => e.to_string(),
            Failure::NoDatabase(path) => format!(
                "There is no database at {}; check the --db path, or run `waypoint demo` to create one.",
                path.display()
            ),
            Failure::WouldReplace(path) => format!(
                "There is already a database at {}. Nothing was replaced: add --replace to replace it with the backup (what it holds now is lost), or restore to another --db path.",
                path.display()
            ),
            Failure::Output(message) => message.clone(),
            Failure::BrokenPipe => "The output was closed early.".to_owned(),
        };
        message
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// An id typed on the command line, parsed into its kind (`"x" is not a valid id`, exit 2,
/// when it is not one). The CLI is one of the two doors where ids still arrive as text.
pub fn parse_id<T: std::str::FromStr<Err = Domain>>(text: &str) -> Result<T, Failure> {
    text.parse::<T>().map_err(Failure::from)
}

/// A refused argument for `field`, in the command line's own English: the command line is
/// not translated, so its sentences carry no catalog id.
pub fn usage(field: &str, text: impl Into<String>) -> Domain {
    Domain::invalid(field, Message::untranslated(text))
}
