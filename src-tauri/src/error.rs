//! The one error type that crosses IPC: `{code, message}` (plus `text` and `field`).
//!
//! `code` is a closed set the UI may branch on; `message` is a sentence for the teacher, in
//! English; `text` is the same sentence as a catalog id with its arguments, which the UI
//! shows in the teacher's language (absent while a sentence has no id yet); `field` names
//! the input the message belongs next to. `ipc_error_json_is_pinned` fixes
//! the JSON, since the UI depends on it.

use serde::Serialize;
use waypoint_core::messages::Message;
use waypoint_core::msg;
use waypoint_store::Error as StoreError;

/// The closed set of error codes the UI may branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input broke a rule; `field` says which input.
    Invalid,
    /// The id names nothing, or something deleted.
    NotFound,
    /// The database or a file beside it failed.
    Storage,
    /// A bug in Waypoint.
    Internal,
    /// Student mode is on, so the teacher's pages are shut until the PIN is given.
    StudentMode,
}

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct IpcError {
    /// What kind of failure.
    pub code: ErrorCode,
    /// A sentence for the teacher, in English.
    pub message: String,
    /// The sentence as a catalog id and arguments, for the UI to show in its language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Message>,
    /// The input's key path (`givenName`, `familyContacts.0.name`), for `invalid` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl IpcError {
    /// An error with `code` whose sentence is `message`.
    pub fn new(code: ErrorCode, message: impl Into<Message>) -> Self {
        let message = message.into();
        Self {
            code,
            message: message.to_string(),
            text: (!message.is_untranslated()).then_some(message),
            field: None,
        }
    }

    /// A window (the projector, a report) that could not be opened or shown.
    pub fn window(e: tauri::Error) -> Self {
        Self::internal(msg!("backend-window-failed", reason = e.to_string()))
    }

    /// Student mode is on: every command but student mode's own is refused.
    pub fn student_mode() -> Self {
        Self::new(ErrorCode::StudentMode, msg!("backend-student-mode-on"))
    }

    /// Student mode is on but whose page was open could not be read: the laptop is locked
    /// until the teacher's PIN is given (same code, so the UI shows its PIN box).
    pub fn student_mode_locked() -> Self {
        Self::new(ErrorCode::StudentMode, msg!("backend-student-mode-locked"))
    }

    /// A request that breaks a rule of the shell itself (not a store validation), with no
    /// particular field.
    pub fn invalid(message: impl Into<Message>) -> Self {
        Self::new(ErrorCode::Invalid, message)
    }

    /// Like [`IpcError::invalid`], shown next to the input `field`.
    pub fn invalid_field(field: &str, message: impl Into<Message>) -> Self {
        Self {
            field: Some(field.to_owned()),
            ..Self::invalid(message)
        }
    }

    /// An internal error with a message.
    pub fn internal(message: impl Into<Message>) -> Self {
        Self::new(ErrorCode::Internal, message)
    }

    fn with_field(self, field: Option<String>) -> Self {
        Self { field, ..self }
    }
}

impl From<StoreError> for IpcError {
    fn from(e: StoreError) -> Self {
        use waypoint_core::Error as Core;
        let (code, field) = match &e {
            StoreError::Domain(Core::Invalid { field, .. }) => {
                (ErrorCode::Invalid, Some(field.clone()))
            }
            StoreError::Domain(
                Core::NotCasePackage { .. }
                | Core::CasePreOneFormat
                | Core::FrameworkCsvLoop { .. }
                | Core::CaseCycle { .. }
                | Core::CaseFileTooLarge { .. },
            )
            | StoreError::FileTooBig { .. }
            | StoreError::Tampered { .. }
            | StoreError::RefusedOp { .. }
            | StoreError::NoClass { .. }
            | StoreError::NoRestorePoint
            | StoreError::RestoredDamaged { .. }
            | StoreError::ChangedSinceImport => (ErrorCode::Invalid, None),
            StoreError::PinThrottled { .. } => (ErrorCode::Invalid, Some("pin".to_owned())),
            StoreError::Domain(Core::BadId(_)) | StoreError::NotFound { .. } => {
                (ErrorCode::NotFound, None)
            }
            StoreError::Domain(Core::BadPayload { .. })
            | StoreError::Sqlite(_)
            | StoreError::Migration(_)
            | StoreError::TooNew { .. }
            | StoreError::Io { .. }
            | StoreError::NotErased { .. }
            | StoreError::DamagedOp { .. }
            | StoreError::NoDataDir => (ErrorCode::Storage, None),
            StoreError::UnknownField { .. }
            | StoreError::Encode(_)
            | StoreError::PinHash(_)
            | StoreError::SecretSetting { .. } => (ErrorCode::Internal, None),
        };
        Self::new(code, e.message()).with_field(field)
    }
}

impl From<waypoint_import::Error> for IpcError {
    fn from(e: waypoint_import::Error) -> Self {
        match e {
            waypoint_import::Error::Store(inner) => inner.into(),
            waypoint_import::Error::Core(inner) => StoreError::Domain(inner).into(),
            // Everything else is about the file the teacher chose: not what it claims, too
            // big, empty, unreadable or missing a file or column. Each message says which.
            other => Self::invalid(other.message()),
        }
    }
}

impl From<waypoint_sync::Error> for IpcError {
    fn from(e: waypoint_sync::Error) -> Self {
        use waypoint_sync::Error as Sync;
        let (code, field) = match &e {
            Sync::Store(_) => {
                let Sync::Store(inner) = e else {
                    unreachable!("matched just above")
                };
                return inner.into();
            }
            Sync::WrongPassphrase
            | Sync::NeedsPassphrase
            | Sync::WeakPassphrase { .. }
            | Sync::PassphraseNotInSession
            | Sync::WrongBackupPassphrase
            | Sync::WeakBackupPassphrase { .. } => {
                (ErrorCode::Invalid, Some("passphrase".to_owned()))
            }
            Sync::NoFolder { .. } => (ErrorCode::Invalid, Some("folder".to_owned())),
            Sync::NotABundle { .. }
            | Sync::TooNew { .. }
            | Sync::Damaged { .. }
            | Sync::TooBig { .. }
            | Sync::TooMuchWork { .. }
            | Sync::UnknownPeer { .. }
            | Sync::ClassNotChosen { .. }
            | Sync::ManifestClasses
            | Sync::PlainForShare { .. }
            | Sync::PlainWithPassphrase
            | Sync::AlreadyShared { .. }
            | Sync::NotShared { .. }
            | Sync::NotABackup { .. }
            | Sync::BackupDamaged { .. }
            | Sync::BackupTooNew { .. }
            | Sync::ChangedWhileBackingUp { .. }
            | Sync::ChangedWhileReading { .. } => (ErrorCode::Invalid, None),
            Sync::ShareNeedsPassphrase { .. } => {
                (ErrorCode::Invalid, Some("passphrase".to_owned()))
            }
            Sync::Io { .. }
            | Sync::VerifyFailed { .. }
            | Sync::DiskFull { .. }
            | Sync::NotWritable { .. }
            | Sync::SecretStore { .. } => (ErrorCode::Storage, None),
            Sync::Encrypt(_) => (ErrorCode::Internal, None),
        };
        Self::new(code, e.message()).with_field(field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipc_error_json_is_pinned() {
        let invalid: IpcError = StoreError::from(waypoint_core::Error::invalid(
            "date",
            msg!("store-date-blank"),
        ))
        .into();
        assert_eq!(
            serde_json::to_string(&invalid).ok().as_deref(),
            Some(
                r#"{"code":"invalid","message":"Today's date can't be blank.","text":{"id":"store-date-blank","args":{}},"field":"date"}"#
            ),
            "the UI reads exactly these keys to put the message next to the field"
        );
        let missing: IpcError = StoreError::NotFound {
            what: "student",
            id: "x".into(),
        }
        .into();
        assert_eq!(
            serde_json::to_string(&missing).ok().as_deref(),
            Some(
                r#"{"code":"not_found","message":"No student with id x exists; it may have been deleted.","text":{"id":"store-not-found-student","args":{"id":"x"}}}"#
            ),
            "errors without a field must not send one"
        );
        assert_eq!(
            serde_json::to_string(&IpcError::student_mode())
                .ok()
                .as_deref(),
            Some(
                r#"{"code":"student_mode","message":"Student mode is on: the teacher's PIN is needed to leave it.","text":{"id":"backend-student-mode-on","args":{}}}"#
            ),
            "the UI shows the PIN prompt on exactly this code, and the sentence in its language from `text`"
        );
    }

    #[test]
    fn a_bundle_refusal_is_input_the_teacher_can_fix_next_to_its_field() {
        let wrong: IpcError = waypoint_sync::Error::WrongPassphrase.into();
        assert_eq!(
            (wrong.code, wrong.field.as_deref()),
            (ErrorCode::Invalid, Some("passphrase")),
            "a wrong passphrase belongs next to the passphrase field"
        );
        let inner: IpcError = waypoint_sync::Error::Store(StoreError::NotFound {
            what: "student",
            id: "x".into(),
        })
        .into();
        assert_eq!(
            inner.code,
            ErrorCode::NotFound,
            "a store error inside a sync error keeps its own code"
        );
        let io: IpcError = waypoint_sync::Error::VerifyFailed {
            path: "stick/file.bundle".into(),
        }
        .into();
        assert_eq!(
            io.code,
            ErrorCode::Storage,
            "a failing disk is a storage error"
        );
    }

    #[test]
    fn a_bad_case_file_is_input_the_teacher_can_fix() {
        let cycle: IpcError = StoreError::from(waypoint_core::Error::CaseCycle {
            codes: vec!["A".into(), "B".into()],
        })
        .into();
        assert_eq!(
            cycle.code,
            ErrorCode::Invalid,
            "a loop in the file is bad input, not a storage failure"
        );
        let big: IpcError = StoreError::FileTooBig {
            path: "big.json".into(),
            what: "a CASE framework file",
            size_mb: 60,
            limit_mb: 50,
        }
        .into();
        assert_eq!(
            big.code,
            ErrorCode::Invalid,
            "an oversized file is bad input"
        );
        assert!(
            big.message.contains("50 MB"),
            "the message states the limit: {}",
            big.message
        );
    }

    #[test]
    fn the_ui_knows_exactly_these_codes() {
        // The exhaustive match fails to compile when a code is added, which sends whoever
        // adds one here to update this list, and so the UI's.
        let name = |c: ErrorCode| match c {
            ErrorCode::Invalid => "invalid",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Storage => "storage",
            ErrorCode::Internal => "internal",
            ErrorCode::StudentMode => "student_mode",
        };
        let all = [
            ErrorCode::Invalid,
            ErrorCode::NotFound,
            ErrorCode::Storage,
            ErrorCode::Internal,
            ErrorCode::StudentMode,
        ];
        for c in all {
            assert_eq!(
                serde_json::to_value(c).ok(),
                Some(serde_json::json!(name(c))),
                "wire name of {c:?}"
            );
        }
        // The UI's `ErrorCode` is generated from this enum (ui/src/bindings.ts), and api.ts's
        // runtime check is a `Record<ErrorCode, true>`, so a new code is a type error there.
    }
}
