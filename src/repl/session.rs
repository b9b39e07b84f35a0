//! The state of one REPL session: the interpreter, the `__main__` namespace,
//! the event loop that lives as long as the session, and the Ctrl-C handler.
//! [`Session::execute`] compiles one input as `<stdin>` and runs it.

use super::driver::{self, Ran};
use super::input::Host;
use super::signal::Interrupts;
use crate::compile::bytecode::{flags, Code, SourceFile};
use crate::embed::output::CapturedOutput;
use crate::modules::asyncio::EventLoop;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::types::Exc;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

/// The file name of every input, as in CPython's REPL.
pub const FILENAME: &str = "<stdin>";

/// One interactive session.
pub struct Session {
    interp: Rc<RefCell<Interp>>,
    globals: Rc<RefCell<Dict>>,
    event_loop: Rc<EventLoop>,
    interrupts: Option<Interrupts>,
    /// An earlier input ran `from __future__ import annotations`: later ones inherit it.
    future_annotations: bool,
    /// A `SystemExit` that a background task raised while the prompt waited.
    exit: Option<Value>,
}

impl Session {
    /// Takes over `interp`: reuses its `__main__` module or makes one, creates
    /// the session's event loop (also `asyncio.get_event_loop()`'s), and installs
    /// the Ctrl-C handler.
    pub fn new(mut interp: Interp) -> Session {
        let globals = match interp.modules.get("__main__") {
            Some(Value::Module(m)) => m.dict.clone(),
            _ => {
                let module = interp.new_module("__main__", None);
                interp.modules.insert("__main__".into(), Value::Module(module.clone()));
                module.dict.clone()
            }
        };
        let event_loop = Rc::new(EventLoop::new());
        interp.runtime().event_loop = Some(event_loop.clone());
        let interrupts = Interrupts::install(interp.interrupt.clone());
        super::site::install(&mut interp);
        Session {
            interp: Rc::new(RefCell::new(interp)),
            globals,
            event_loop,
            interrupts,
            future_annotations: false,
            exit: None,
        }
    }

    /// A `SystemExit` raised by a background task while the prompt waited.
    pub fn take_exit(&mut self) -> Option<Value> {
        self.exit.take()
    }

    /// Writes to the interpreter's stdout.
    pub fn write_stdout(&self, text: &str) {
        let mut interp = self.interp.borrow_mut();
        interp.write_stdout(text);
        interp.flush();
    }

    /// Writes to the interpreter's stderr.
    pub fn write_stderr(&self, text: &str) {
        self.interp.borrow_mut().write_stderr(text);
    }

    /// Compiles and runs one complete input, printing its errors. Returns the
    /// `SystemExit` exception when the input (or a task it ran) asks to leave.
    pub fn execute(&mut self, source: &str) -> Option<Value> {
        let mut interp = self.interp.borrow_mut();
        let interp = &mut *interp;
        if let Some(i) = &self.interrupts {
            i.clear(&interp.interrupt);
        }
        let compiled = compile(interp, source, self.future_annotations);
        if let Ok(code) = &compiled {
            self.future_annotations |= code.flags & flags::FUTURE_ANNOTATIONS != 0;
        }
        let ran = match compiled {
            Err(e) => Ran::Done(Err(e)),
            Ok(code) if code.flags & flags::COROUTINE != 0 => {
                let wakeups = self.interrupts.as_ref().map(|i| &i.wakeups);
                driver::run_coroutine(interp, &self.event_loop, &code, self.globals.clone(), wakeups)
            }
            Ok(code) => driver::run_plain(interp, &self.event_loop, &code, self.globals.clone()),
        };
        let exit = report(interp, ran);
        if exit.is_some() {
            return exit;
        }
        let polled = driver::poll(interp, &self.event_loop);
        crate::vm::finalize::drain_finalizers(interp);
        let exit = report(interp, Ran::Done(polled.map(|_| Value::None)));
        interp.flush();
        exit
    }

    /// The exit status for a `SystemExit` that ended the session.
    pub fn exit_status(&self, exc: &Value) -> u8 {
        super::system_exit_status(&mut self.interp.borrow_mut(), exc)
    }

    /// Flushes the interpreter's output and warns about never-awaited coroutines.
    pub fn finish(&self) {
        let mut interp = self.interp.borrow_mut();
        crate::vm::finalize::drain_finalizers(&mut interp);
        interp.flush();
    }
}

impl Host for Session {
    /// One step of the event loop with the interpreter's output captured, so
    /// the editor can show it above the prompt.
    fn idle(&mut self) -> (String, Duration) {
        let mut interp = self.interp.borrow_mut();
        let interp = &mut *interp;
        let captured = CapturedOutput::default();
        let stdout = std::mem::replace(&mut interp.stdout, Box::new(captured.clone()));
        let stderr = std::mem::replace(&mut interp.stderr, Box::new(captured.clone()));
        let polled = driver::poll(interp, &self.event_loop);
        crate::vm::finalize::drain_finalizers(interp);
        if let Some(exc) = report(interp, Ran::Done(polled.map(|_| Value::None))) {
            self.exit.get_or_insert(exc);
        }
        interp.stdout = stdout;
        interp.stderr = stderr;
        let wait = driver::idle_time(interp, &self.event_loop);
        (captured.take(), wait)
    }

    fn complete(&mut self, before: &str) -> (usize, Vec<String>) {
        let mut interp = self.interp.borrow_mut();
        super::complete::complete(&mut interp, &self.globals, before)
    }
}

/// Parses and compiles an input as interactive code named `<stdin>`, with
/// `from __future__ import annotations` in effect when `future_annotations`.
fn compile(interp: &mut Interp, text: &str, future_annotations: bool) -> PyResult<Rc<Code>> {
    let source = Rc::new(SourceFile::new(FILENAME.to_string(), text.to_string()));
    let parsed = crate::syntax::parser::parse_module(text);
    let compiled = parsed.and_then(|m| crate::compile::compile_interactive(&m, source, future_annotations));
    compiled.map_err(|e| interp.syntax_error_value(&e, FILENAME, text))
}

/// Prints how an input ended; passes a `SystemExit` on instead of printing it.
fn report(interp: &mut Interp, ran: Ran) -> Option<Value> {
    match ran {
        Ran::Done(Ok(_)) => None,
        Ran::Done(Err(e)) if interp.is_exc(&e, Exc::SystemExit) => Some(e),
        Ran::Done(Err(e)) => {
            interp.report_uncaught(&e);
            None
        }
        Ran::Interrupted => {
            interp.write_stderr("\nKeyboardInterrupt\n");
            None
        }
    }
}
