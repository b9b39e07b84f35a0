//! The fuzz targets: the front end (parser and compiler) on arbitrary text,
//! and the whole interpreter, sandboxed and under the embedding limits. A Rust
//! panic is caught and returned as its message.

use crate::oracle::Verdict;
use coil::compile::bytecode::SourceFile;
use coil::{Interpreter, Limits, MemoryFs, Policy};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;
use std::sync::Mutex;

/// Modules a fuzzed program may import (space-separated): none that reach the
/// host or end the process.
const MODULES: &str =
    "sys collections io asyncio copy math cmath typing json enum types time re dataclasses functools \
    itertools datetime abc hashlib contextlib operator weakref warnings struct pickle decimal codecs \
    binascii string random heapq bisect gc fractions statistics textwrap reprlib pprint numbers keyword \
    base64 difflib graphlib unicodedata array zlib copyreg traceback __future__";

/// Builtins removed: they read stdin, open files or stop the program.
const BUILTINS: &[&str] = &["input", "open", "exit", "quit", "help", "breakpoint"];

/// The message of the last panic, recorded by the hook [`install_panic_hook`] sets.
static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

/// Records panics quietly instead of printing them.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        *LAST_PANIC.lock().unwrap_or_else(|e| e.into_inner()) = format!("{msg}{at}");
    }));
}

fn caught<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|_| LAST_PANIC.lock().unwrap_or_else(|e| e.into_inner()).clone())
}

/// Parses and compiles `src`: coil's verdict, or the panic message.
pub fn front_end(src: &str) -> Result<Verdict, String> {
    caught(|| {
        let result = coil::syntax::parser::parse_module(src).and_then(|m| {
            let file = Rc::new(SourceFile::new("x", src));
            coil::compile::compile_module(&m, file)
        });
        match result {
            Ok(_) => Verdict::Ok,
            Err(e) => Verdict::Err(e.type_name().to_string(), e.line_col(src).0, e.msg.clone()),
        }
    })
}

/// How a program run ended, when it did not panic.
pub enum Ran {
    /// Ran to the end, or raised an ordinary exception (its type and message).
    Fine(Option<String>),
    /// Raised `SystemError` (an interpreter invariant failed): the message.
    SystemError(String),
}

/// Runs `src` in a fresh sandboxed interpreter under `limits`.
pub fn interpreter(src: &str, limits: Limits) -> Result<Ran, String> {
    caught(|| {
        let mut interp = Interpreter::new();
        interp.allow_modules(&MODULES.split_whitespace().collect::<Vec<_>>());
        interp.remove_builtins(BUILTINS);
        interp.set_policy(Policy::none());
        interp.set_file_system(Rc::new(MemoryFs::new()));
        interp.set_output(Box::new(std::io::sink()), Box::new(std::io::sink()));
        interp.set_limits(limits).expect("limits");
        match interp.run(src, "<fuzz>") {
            Err(e) if e.type_name == "SystemError" => Ran::SystemError(e.message),
            Err(e) => Ran::Fine(Some(format!("{}: {}", e.type_name, e.message))),
            Ok(()) => Ran::Fine(None),
        }
    })
}
