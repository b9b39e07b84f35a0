//! Async generators: the awaitables behind `__anext__`, `asend`, `athrow` and
//! `aclose`, the wrapper that tells a value yielded by the generator body from
//! one passed up by an inner await, and finalization of abandoned generators.

use crate::modules::asyncio::future::{self, DoneCallback, Future, NativeDone};
use crate::vm::interp::Interp;
use crate::vm::object::{GenKind, Generator, NativeObject, PyResult};
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A value yielded by an async generator's body (as opposed to an await passing a future up).
pub struct AsyncGenWrapped(pub Value);

impl NativeObject for AsyncGenWrapped {
    fn type_name(&self) -> &str {
        "async_generator_wrapped_value"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Which operation an [`AsyncGenOp`] performs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    /// `__anext__()` / `asend(v)`.
    Send,
    /// `athrow(exc)`.
    Throw,
    /// `aclose()`.
    Close,
}

/// The awaitable of one async-generator operation.
pub struct AsyncGenOp {
    pub gen: Rc<Generator>,
    pub kind: OpKind,
    /// The value to send or the exception to throw on the first step.
    pub arg: RefCell<Value>,
    /// 0 = not started, 1 = iterating, 2 = finished.
    pub state: Cell<u8>,
}

impl NativeObject for AsyncGenOp {
    fn type_name(&self) -> &str {
        match self.kind {
            OpKind::Send => "async_generator_asend",
            _ => "async_generator_athrow",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A new operation awaitable for `gen`.
pub fn op(gen: &Rc<Generator>, kind: OpKind, arg: Value) -> Value {
    Value::native(Rc::new(AsyncGenOp { gen: gen.clone(), kind, arg: RefCell::new(arg), state: Cell::new(0) }))
}

fn stop_async_iteration(interp: &mut Interp) -> Value {
    let class = interp.types.exc("StopAsyncIteration");
    interp.new_exception(class, vec![])
}

impl AsyncGenOp {
    /// One step of the operation.
    pub fn step(&self, interp: &mut Interp, sent: Value, throw: Option<Value>) -> PyResult<Outcome> {
        let gen = &self.gen;
        let r = match self.state.get() {
            0 => {
                self.state.set(1);
                let arg = std::mem::take(&mut *self.arg.borrow_mut());
                if let Some(e) = throw {
                    self.state.set(2);
                    return Err(e);
                }
                let exhausted = gen.frame.borrow().is_none() && !gen.running.get();
                if !gen.started.get() {
                    first_iteration(interp, gen);
                }
                match self.kind {
                    OpKind::Send => {
                        if exhausted {
                            self.state.set(2);
                            return Err(stop_async_iteration(interp));
                        }
                        interp.resume_raw(gen, arg, None)
                    }
                    OpKind::Throw => {
                        if exhausted {
                            self.state.set(2);
                            return Err(stop_async_iteration(interp));
                        }
                        interp.resume_raw(gen, Value::None, Some(arg))
                    }
                    OpKind::Close => {
                        if exhausted || !gen.started.get() {
                            gen.finished.set(true);
                            gen.frame.borrow_mut().take();
                            self.state.set(2);
                            return Ok(Outcome::Return(Value::None));
                        }
                        let class = interp.types.exc("GeneratorExit");
                        let exit = interp.new_exception(class, vec![]);
                        interp.resume_raw(gen, Value::None, Some(exit))
                    }
                }
            }
            1 => interp.resume_raw(gen, sent, throw),
            _ => {
                let what = match self.kind {
                    OpKind::Send => "cannot reuse already awaited __anext__()/asend()",
                    _ => "cannot reuse already awaited aclose()/athrow()",
                };
                return Err(interp.runtime_error(what));
            }
        };
        self.finish(interp, r)
    }

    /// Interprets what the generator did.
    fn finish(&self, interp: &mut Interp, r: PyResult<Outcome>) -> PyResult<Outcome> {
        match r {
            Ok(Outcome::Yield(v)) => {
                let wrapped = match &v {
                    Value::Native(n) => n.as_any().downcast_ref::<AsyncGenWrapped>().map(|w| w.0.clone()),
                    _ => None,
                };
                match wrapped {
                    None => Ok(Outcome::Yield(v)),
                    Some(inner) => {
                        self.state.set(2);
                        if self.kind == OpKind::Close {
                            return Err(interp.runtime_error("async generator ignored GeneratorExit"));
                        }
                        Ok(Outcome::Return(inner))
                    }
                }
            }
            Ok(Outcome::Return(_)) => {
                self.state.set(2);
                if self.kind == OpKind::Close {
                    return Ok(Outcome::Return(Value::None));
                }
                Err(stop_async_iteration(interp))
            }
            Err(e) => {
                self.state.set(2);
                if self.kind == OpKind::Close
                    && (interp.is_exc(&e, "GeneratorExit") || interp.is_exc(&e, "StopAsyncIteration"))
                {
                    return Ok(Outcome::Return(Value::None));
                }
                Err(e)
            }
        }
    }
}

/// The firstiter hook: the running loop remembers the generator for shutdown_asyncgens.
fn first_iteration(interp: &mut Interp, gen: &Rc<Generator>) {
    if let Some(lp) = &interp.runtime.running_loop {
        if !lp.asyncgens_shutdown.get() {
            let mut gens = lp.asyncgens.borrow_mut();
            if gens.len() >= 64 && gens.len().is_power_of_two() {
                gens.retain(|w| w.upgrade().is_some_and(|g| !g.finished.get()));
            }
            gens.push(Rc::downgrade(gen));
        }
    }
}

/// Wraps a value yielded by an async generator body.
pub fn wrap(v: Value) -> Value {
    Value::native(Rc::new(AsyncGenWrapped(v)))
}

/// An abandoned async generator: closed by a task on the running loop, or synchronously
/// when no loop runs (its `finally` may not await then).
pub fn finalize_abandoned(interp: &mut Interp, gen: Rc<Generator>) {
    let closer = op(&gen, OpKind::Close, Value::None);
    let lp = interp.runtime.running_loop.clone();
    if let Some(lp) = lp {
        if !lp.closed.get() && crate::modules::asyncio::task::create_task(interp, &lp, closer.clone(), Value::None).is_ok() {
            return;
        }
    }
    let Value::Native(n) = &closer else { return };
    let _ = crate::modules::asyncio::awaitable::resume(interp, n, Value::None, None);
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
