//! The one error type: only options can be wrong, never the text.

use std::fmt;

/// An invalid option. The message names the option and what it allows.
///
/// Analysis of text never fails; only [`crate::Options::validate`] (and so
/// [`crate::Analyzer::new`]) returns this.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    InvalidOption {
        option: &'static str,
        message: String,
    },
}

impl Error {
    pub(crate) fn option(option: &'static str, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::InvalidOption {
                option,
                message: message.into(),
            },
        }
    }

    /// The name of the offending option, as written in JSON and JS (camelCase).
    pub fn option_name(&self) -> &str {
        match &self.kind {
            ErrorKind::InvalidOption { option, .. } => option,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidOption { option, message } => {
                write!(f, "invalid option `{option}`: {message}")
            }
        }
    }
}

impl std::error::Error for Error {}
