//! The core crate's error type.

use thiserror::Error;

/// What can go wrong in the pure domain rules.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Error {
    /// A value a teacher or a file supplied breaks a rule; `field` names where it came from.
    #[error("{message}")]
    Invalid {
        /// The input field's key path, for example `givenName` or `familyContacts.0.name`.
        field: String,
        /// A sentence a teacher can act on.
        message: String,
    },
    /// An id string that is not a UUID.
    #[error("\"{0}\" is not a valid id")]
    BadId(String),
    /// An op payload that does not decode to what its table expects.
    #[error("a stored change for {table} could not be read: {reason}")]
    BadPayload {
        /// The table the op was for.
        table: String,
        /// Why it did not decode.
        reason: String,
    },
}

/// Result with the core error.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// A validation error for one field.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }
}
