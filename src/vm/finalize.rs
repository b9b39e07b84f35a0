//! Finalization at safe points (DESIGN rule 7: `Drop` never runs language code).
//! Destructors queue what an object's death requires — a "coroutine was never
//! awaited" warning, closing an async generator abandoned while suspended — and
//! the interpreter handles the queue where running code is safe: between
//! callbacks of the event loop, after a REPL input, at exit.

use crate::vm::asyncgen;
use crate::vm::interp::Interp;
use crate::vm::object::{GenKind, Generator};
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// One piece of finalization work queued by a destructor.
pub enum Finalize {
    /// A coroutine was dropped before it ever ran: warn about it.
    NeverAwaited { qualname: Rc<str> },
    /// An async generator was dropped while suspended: it must be closed.
    AbandonedAsyncGen { frame: Box<crate::vm::frame::Frame> },
}

/// Plain-data queue that destructors push to; never runs language code itself.
#[derive(Default)]
pub struct FinalizeQueue {
    pub items: RefCell<Vec<Finalize>>,
}

impl FinalizeQueue {
    /// Called from a generator's destructor: records the work its death requires.
    pub fn on_drop(&self, gen: &mut Generator) {
        let frame = gen.frame.get_mut().take();
        match gen.kind {
            GenKind::Coroutine if !gen.started.get() && frame.is_some() => {
                self.push(Finalize::NeverAwaited { qualname: gen.qualname().clone() });
            }
            GenKind::AsyncGenerator if gen.started.get() && !gen.finished.get() => {
                if let Some(frame) = frame {
                    self.push(Finalize::AbandonedAsyncGen { frame });
                }
            }
            _ => {}
        }
    }

    /// Queues one piece of work (dropped if the queue is being drained right now).
    pub fn push(&self, item: Finalize) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            items.push(item);
        }
    }
}

/// Handles queued finalization work: prints "never awaited" warnings and hands
/// abandoned async generators to the finalizer hook (the asyncio runtime closes
/// them in a task on the running loop), or closes them at once.
/// `at_exit` prints warnings with CPython's `sys:1:` location.
pub fn drain_finalizers(interp: &mut Interp, at_exit: bool) {
    crate::vm::safepoint::run(interp);
    loop {
        let items = std::mem::take(&mut *interp.finalize.items.borrow_mut());
        if items.is_empty() {
            return;
        }
        for item in items {
            match item {
                Finalize::NeverAwaited { qualname } => {
                    let place = if at_exit { "sys:1".to_string() } else { current_location(interp) };
                    interp
                        .write_stderr(&format!("{place}: RuntimeWarning: coroutine '{qualname}' was never awaited\n"));
                }
                Finalize::AbandonedAsyncGen { frame } => {
                    let code = frame.code.clone();
                    if let Value::Generator(gen) = interp.make_generator(&code, frame) {
                        gen.started.set(true);
                        asyncgen::finalize(interp, gen);
                    }
                }
            }
        }
    }
}

/// `FILE:LINE` of the innermost suspended language frame, or `sys:1`.
fn current_location(interp: &Interp) -> String {
    match interp.frames.last() {
        Some(f) => format!("{}:{}", f.code.source.name, f.line()),
        None => "sys:1".into(),
    }
}
