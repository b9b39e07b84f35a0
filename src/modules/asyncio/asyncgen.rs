//! The event loop's side of async generators: the `firstiter` hook remembers each
//! generator the running loop starts, the `finalizer` hook closes an abandoned one
//! in a task, and `loop.shutdown_asyncgens()` closes those still alive.

use crate::modules::asyncio::future::{self, DoneCallback, Future, NativeDone};
use crate::vm::asyncgen::{op, AsyncGenHooks, OpKind};
use crate::vm::interp::Interp;
use crate::vm::object::{GenKind, Generator, PyResult};
use crate::vm::value::Value;
use std::cell::Cell;
use std::rc::Rc;

/// The hooks the runtime installs when it registers.
pub const HOOKS: AsyncGenHooks = AsyncGenHooks { firstiter: Some(first_iteration), finalizer: Some(finalize_abandoned) };

/// The firstiter hook: the running loop remembers the generator for shutdown_asyncgens.
pub fn first_iteration(interp: &mut Interp, gen: &Rc<Generator>) {
    if let Some(lp) = &interp.runtime().running_loop {
        if !lp.asyncgens_shutdown.get() {
            let mut gens = lp.asyncgens.borrow_mut();
            if gens.len() >= 64 && gens.len().is_power_of_two() {
                gens.retain(|w| w.upgrade().is_some_and(|g| !g.finished.get()));
            }
            gens.push(Rc::downgrade(gen));
        }
    }
}

/// An abandoned async generator: closed by a task on the running loop, or synchronously
/// when no loop runs (its `finally` may not await then).
pub fn finalize_abandoned(interp: &mut Interp, gen: Rc<Generator>) {
    let closer = op(&gen, OpKind::Close, Value::None);
    let lp = interp.runtime().running_loop.clone();
    if let Some(lp) = lp {
        if !lp.closed.get() && crate::modules::asyncio::task::create_task(interp, &lp, closer.clone(), Value::None).is_ok() {
            return;
        }
    }
    crate::vm::asyncgen::close_now(interp, &gen);
}

/// `loop.shutdown_asyncgens()`: a future done when every live async generator is closed.
pub fn shutdown(interp: &mut Interp, lp: &Rc<crate::modules::asyncio::EventLoop>) -> PyResult<Rc<Future>> {
    lp.asyncgens_shutdown.set(true);
    let gens: Vec<Rc<Generator>> = std::mem::take(&mut *lp.asyncgens.borrow_mut())
        .into_iter()
        .filter_map(|w| w.upgrade())
        .filter(|g| g.kind == GenKind::AsyncGenerator && !g.finished.get() && g.frame.borrow().is_some())
        .collect();
    let all = Rc::new(Future::new(lp.clone(), None));
    if gens.is_empty() {
        future::set_result(interp, &all, Value::None)?;
        return Ok(all);
    }
    let remaining = Rc::new(Cell::new(gens.len()));
    for g in gens {
        let closer = op(&g, OpKind::Close, Value::None);
        let t = crate::modules::asyncio::task::create_task(interp, lp, closer, Value::None)?;
        let all2 = all.clone();
        let remaining = remaining.clone();
        let gen = g.clone();
        let cb: NativeDone = future::native_done(move |interp: &mut Interp, t: &Rc<Future>| {
            if t.has_exception() && !t.is_cancelled() {
                t.set_log_traceback(false);
                let exc = t.result_value();
                let gr = interp.repr(&Value::Generator(gen.clone())).unwrap_or_default();
                let ctx = crate::modules::asyncio::event_loop::context(vec![
                    (
                        "message",
                        Value::string(format!("an error occurred during closing of asynchronous generator {gr}")),
                    ),
                    ("exception", exc),
                    ("asyncgen", Value::Generator(gen.clone())),
                ]);
                let lp = t.loop_.clone();
                crate::modules::asyncio::event_loop::call_exception_handler(interp, &lp, ctx)?;
            }
            remaining.set(remaining.get() - 1);
            if remaining.get() == 0 && !all2.is_done() {
                future::set_result(interp, &all2, Value::None)?;
            }
            Ok(())
        });
        future::add_done_callback(&t, DoneCallback::Native(cb));
    }
    Ok(all)
}
