//! The embedding API: an `Interpreter` a Rust host creates, feeds source to,
//! and reads results and errors from.

use crate::vm::interp::Interp;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// An error returned to the host: the exception's type, message and formatted traceback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The exception class name, e.g. `ValueError`.
    pub type_name: String,
    /// `str()` of the exception.
    pub message: String,
    /// The full text CPython would print for it (traceback and last line).
    pub traceback: String,
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

/// A coil interpreter owned by a host program.
pub struct Interpreter {
    interp: Interp,
}

/// Output written by scripts, captured in memory.
#[derive(Clone, Default)]
pub struct CapturedOutput(Rc<RefCell<Vec<u8>>>);

impl CapturedOutput {
    /// Everything written so far, emptied.
    pub fn take(&self) -> String {
        let bytes = std::mem::take(&mut *self.0.borrow_mut());
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for CapturedOutput {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl Interpreter {
    /// A fresh interpreter printing to the process's stdout and stderr.
    pub fn new() -> Interpreter {
        Interpreter { interp: Interp::new() }
    }

    /// Sends the script's stdout to memory and returns the buffer.
    pub fn capture_output(&mut self) -> CapturedOutput {
        let out = CapturedOutput::default();
        self.interp.stdout = Box::new(out.clone());
        out
    }

    /// Replaces the writers behind stdout and stderr.
    pub fn set_output(&mut self, stdout: Box<dyn Write>, stderr: Box<dyn Write>) {
        self.interp.stdout = stdout;
        self.interp.stderr = stderr;
    }

    /// Runs source text as the `__main__` module.
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        let r = self.interp.run_main(source, filename);
        self.interp.flush();
        r.map(|_| ()).map_err(|e| self.to_error(&e))
    }

    /// The low-level interpreter, for hosts that need the full VM API.
    pub fn raw(&mut self) -> &mut Interp {
        &mut self.interp
    }

    fn to_error(&mut self, exc: &Value) -> Error {
        let type_name = self.interp.type_of(exc).name.to_string();
        let message = self.interp.exception_str(exc);
        let traceback = self.interp.format_exception(exc);
        Error { type_name, message, traceback }
    }
}
