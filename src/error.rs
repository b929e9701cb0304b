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

    /// The option's name as another front end spells it: its words in lowercase, joined by
    /// `separator` ("maxThemes" is "max-themes" for the CLI, "max_themes" for Python).
    ///
    /// ```
    /// let e = nutshell::Analyzer::new(nutshell::Options::default().with_max_themes(500)).unwrap_err();
    /// assert_eq!(e.option_spelled('_'), "max_themes");
    /// assert!(e.message_naming("--max-themes").starts_with("invalid option --max-themes: "));
    /// ```
    pub fn option_spelled(&self, separator: char) -> String {
        let mut s = String::new();
        for c in self.option_name().chars() {
            if c.is_uppercase() {
                s.push(separator);
                s.extend(c.to_lowercase());
            } else {
                s.push(c);
            }
        }
        s
    }

    /// The message with the option written as `name` instead of `` `maxThemes` ``.
    pub fn message_naming(&self, name: &str) -> String {
        match &self.kind {
            ErrorKind::InvalidOption { message, .. } => format!("invalid option {name}: {message}"),
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
