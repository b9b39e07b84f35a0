//! Errors a host gets back ([`Error`], with an [`ErrorKind`] to match on) and
//! exceptions a host raises in scripts ([`Exception`]).

use crate::vm::types::Exc;
use crate::vm::interp::{Interp, Limit};
use crate::vm::value::Value;

/// What kind of failure an [`Error`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// An exception escaped the script; its class is [`Error::type_name`].
    Exception,
    /// The source did not parse or compile (or the script raised SyntaxError).
    Syntax,
    /// The script raised `SystemExit` (`sys.exit()`).
    Exit,
    /// A host limit was crossed and the script was stopped.
    LimitExceeded(Limit),
    /// A value did not convert to the Rust type the host asked for.
    Conversion,
}

/// An error returned to the host: the exception's type, message and formatted traceback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// What went wrong, for matching.
    pub kind: ErrorKind,
    /// The exception class name, e.g. `ValueError`.
    pub type_name: String,
    /// `str()` of the exception.
    pub message: String,
    /// The full text CPython would print for it (traceback and last line).
    pub traceback: String,
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The limit that stopped the script, if one did.
    pub fn limit(&self) -> Option<Limit> {
        match self.kind {
            ErrorKind::LimitExceeded(l) => Some(l),
            _ => None,
        }
    }

    /// An error made by the embedding layer itself (no traceback).
    pub(crate) fn host(kind: ErrorKind, type_name: &str, message: impl Into<String>) -> Error {
        let message = message.into();
        let traceback = format!("{type_name}: {message}\n");
        Error { kind, type_name: type_name.to_string(), message, traceback }
    }

    /// Describes an exception value raised in `interp`.
    pub(crate) fn from_exception(interp: &mut Interp, exc: &Value) -> Error {
        let type_name = interp.type_of(exc).name.to_string();
        let message = interp.exception_str(exc);
        let traceback = interp.format_exception(exc);
        let limit_class = interp.limit_exceeded_class();
        let is_limit = interp.exception_class_of(exc).is_some_and(|c| std::rc::Rc::ptr_eq(&c, &limit_class));
        let kind = match interp.limits.tripped {
            Some(l) if is_limit => ErrorKind::LimitExceeded(l),
            _ if interp.is_exc(exc, Exc::SyntaxError) => ErrorKind::Syntax,
            _ if interp.is_exc(exc, Exc::SystemExit) => ErrorKind::Exit,
            _ => ErrorKind::Exception,
        };
        Error { kind, type_name, message, traceback }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

impl std::error::Error for Error {}

/// An exception a host function raises in the script, by builtin class name.
///
/// ```
/// let e = coil::Exception::value_error("negative size");
/// assert_eq!(e.to_string(), "ValueError: negative size");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    /// A builtin exception class name (`ValueError`, `TimeoutError`, ...); unknown
    /// names raise RuntimeError.
    pub type_name: String,
    pub message: String,
}

impl Exception {
    /// An exception of the named builtin class.
    pub fn new(type_name: &str, message: impl Into<String>) -> Exception {
        Exception { type_name: type_name.to_string(), message: message.into() }
    }
    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> Exception {
        Exception::new("TypeError", message)
    }
    /// A `ValueError`.
    pub fn value_error(message: impl Into<String>) -> Exception {
        Exception::new("ValueError", message)
    }
    /// A `RuntimeError`.
    pub fn runtime_error(message: impl Into<String>) -> Exception {
        Exception::new("RuntimeError", message)
    }

    /// The exception instance to raise in `interp`.
    pub fn to_value(&self, interp: &mut Interp) -> Value {
        // The host names the class; one that is not a builtin exception becomes RuntimeError.
        let kind = Exc::named(&self.type_name).unwrap_or(Exc::RuntimeError);
        interp.new_error(kind, self.message.clone())
    }
}

impl std::fmt::Display for Exception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.type_name, self.message)
    }
}

impl std::error::Error for Exception {}

impl From<Error> for Exception {
    fn from(e: Error) -> Exception {
        Exception { type_name: e.type_name, message: e.message }
    }
}
