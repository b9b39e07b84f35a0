//! Finalization at safe points (DESIGN rule 7: `Drop` never runs language code).
//! Destructors queue what an object's death requires — closing an async
//! generator abandoned while suspended here, a "coroutine was never awaited"
//! warning as deferred safe-point work — and the interpreter handles them where
//! running code is safe: at safe points, between callbacks of the event loop,
//! after a REPL input, at exit.

use crate::vm::asyncgen;
use crate::vm::interp::Interp;
use crate::vm::object::{GenKind, Generator};
use crate::vm::value::Value;
use crate::compile::bytecode::Code;
use crate::vm::hooks::Culprit;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// One piece of finalization work queued by a destructor.
pub enum Finalize {
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
                let origin = gen.origin.take();
                let message = never_awaited_message(gen.qualname(), origin.as_deref().map(|o| &o[..]));
                // A closed stand-in with the same name (and origin), which a
                // replaced unraisable hook receives as the coroutine.
                let stand_in = Value::Generator(Rc::new(Generator {
                    kind: GenKind::Coroutine,
                    frame: RefCell::new(None),
                    running: Cell::new(false),
                    running_async: Cell::new(false),
                    finished: Cell::new(true),
                    started: Cell::new(false),
                    code: gen.code.clone(),
                    finalizer: None,
                    origin,
                    gc_slot: Default::default(),
                }));
                crate::vm::safepoint::defer(Box::new(move |interp| {
                    never_awaited(interp, &message, Culprit::Object(stand_in));
                }));
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

/// Handles queued finalization work (and what waits for a safe point, such as
/// "never awaited" warnings): hands abandoned async generators to the finalizer
/// hook (the asyncio runtime closes them in a task on the running loop), or
/// closes them at once.
pub fn drain_finalizers(interp: &mut Interp) {
    crate::vm::safepoint::run(interp);
    loop {
        let items = std::mem::take(&mut *interp.finalize.items.borrow_mut());
        if items.is_empty() {
            return;
        }
        for item in items {
            match item {
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

/// Called by the destructor of a coroutine (or a native awaitable standing for
/// one, at `address`) that never ran: warns at the next safe point.
pub fn never_awaited_later(qualname: &str, address: usize) {
    let message = never_awaited_message(qualname, None);
    let shown = format!("<coroutine object {qualname} at {address:#x}>");
    crate::vm::safepoint::defer(Box::new(move |interp| never_awaited(interp, &message, Culprit::Gone(&shown))));
}

/// The warning's text: the coroutine's name, and where it was created when
/// origin tracking recorded it.
fn never_awaited_message(qualname: &str, origin: Option<&[(Rc<Code>, u32)]>) -> String {
    let mut message = format!("coroutine '{qualname}' was never awaited");
    if let Some(origin) = origin {
        message.push('\n');
        message.push_str(&origin_text(origin));
    }
    message
}

/// "Coroutine created at ..." and the recorded frames, outermost first, as
/// CPython's warning lists a coroutine's `cr_origin`.
fn origin_text(origin: &[(Rc<Code>, u32)]) -> String {
    let mut text = String::from("Coroutine created at (most recent call last)");
    for (code, line) in origin.iter().rev() {
        text.push_str(&format!("\n  File \"{}\", line {line}, in {}", code.source.name, code.name));
        let source = code.source.text.lines().nth((*line as usize).saturating_sub(1)).map(str::trim);
        if let Some(source) = source.filter(|s| !s.is_empty()) {
            text.push_str("\n    ");
            text.push_str(source);
        }
    }
    text
}

/// The RuntimeWarning for a coroutine that died before it ever ran, issued
/// through the warnings filters at the safe point after its death (attributed
/// to the code running there, or to `sys:1` at exit, as CPython's); a filter
/// that makes it an error has it reported as unraisable, as a destructor's.
fn never_awaited(interp: &mut Interp, message: &str, culprit: Culprit) {
    if let Err(e) = interp.warn(crate::vm::types::Exc::RuntimeWarning, message, 1) {
        interp.write_unraisable(&e, None, culprit);
    }
}
