//! The one error type that crosses IPC: `{code, message}` (plus `field` for invalid input).
//!
//! `code` is a closed set the UI may branch on; `message` is a sentence for the teacher;
//! `field` names the input the message belongs next to. `ipc_error_json_is_pinned` fixes
//! the JSON, since the UI depends on it.

use serde::Serialize;
use waypoint_store::Error as StoreError;

/// The closed set of error codes the UI may branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
}

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IpcError {
    /// What kind of failure.
    pub code: ErrorCode,
    /// A sentence for the teacher.
    pub message: String,
    /// The input's key path (`givenName`, `familyContacts.0.name`), for `invalid` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl IpcError {
    /// An internal error with a message.
    pub fn internal(message: impl Into<String>) -> Self {
        Self {
            code: ErrorCode::Internal,
            message: message.into(),
            field: None,
        }
    }
}

impl From<StoreError> for IpcError {
    fn from(e: StoreError) -> Self {
        use waypoint_core::Error as Core;
        let (code, field) = match &e {
            StoreError::Domain(Core::Invalid { field, .. }) => {
                (ErrorCode::Invalid, Some(field.clone()))
            }
            StoreError::Domain(Core::BadId(_)) | StoreError::NotFound { .. } => {
                (ErrorCode::NotFound, None)
            }
            StoreError::Domain(Core::BadPayload { .. })
            | StoreError::Sqlite(_)
            | StoreError::Migration(_)
            | StoreError::TooNew { .. }
            | StoreError::Io { .. }
            | StoreError::DamagedOp { .. }
            | StoreError::NoDataDir => (ErrorCode::Storage, None),
            StoreError::UnknownField { .. } | StoreError::Encode(_) => (ErrorCode::Internal, None),
        };
        Self {
            code,
            message: e.to_string(),
            field,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipc_error_json_is_pinned() {
        let invalid: IpcError = StoreError::from(waypoint_core::Error::invalid(
            "givenName",
            "Given name can't be blank.",
        ))
        .into();
        assert_eq!(
            serde_json::to_string(&invalid).ok().as_deref(),
            Some(
                r#"{"code":"invalid","message":"Given name can't be blank.","field":"givenName"}"#
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
                r#"{"code":"not_found","message":"No student with id x exists; it may have been deleted."}"#
            ),
            "errors without a field must not send one"
        );
    }

    #[test]
    fn the_code_set_is_closed() {
        let codes: Vec<String> = [
            ErrorCode::Invalid,
            ErrorCode::NotFound,
            ErrorCode::Storage,
            ErrorCode::Internal,
        ]
        .iter()
        .filter_map(|c| serde_json::to_value(c).ok())
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
        assert_eq!(
            codes,
            ["invalid", "not_found", "storage", "internal"],
            "ui/src/api.ts lists the same codes"
        );
    }
}
