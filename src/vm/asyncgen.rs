//! Async generators: the awaitables behind `__anext__`, `asend`, `athrow` and
//! `aclose`, the wrapper that tells a value yielded by the generator body from
//! one passed up by an inner await, and CPython's async-generator hooks
//! (`firstiter`, `finalizer`), which an event loop installs to track and close
//! the generators it runs.

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::{Generator, NativeCoroutine, NativeObject, PyResult};
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The async-generator hooks (`sys.set_asyncgen_hooks` in CPython), installed
/// natively by the asyncio runtime.
#[derive(Default, Clone, Copy)]
pub struct AsyncGenHooks {
    /// Called on a generator's first step.
    pub firstiter: Option<fn(&mut Interp, &Rc<Generator>)>,
    /// Called for a generator abandoned while suspended; without it the
    /// generator is closed at once.
    pub finalizer: Option<fn(&mut Interp, Rc<Generator>)>,
}

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
    fn as_coroutine(&self) -> Option<&dyn NativeCoroutine> {
        Some(self)
    }
}

impl NativeCoroutine for AsyncGenOp {
    fn step(&self, interp: &mut Interp, _: &Rc<dyn NativeObject>, sent: Value, throw: Option<Value>) -> PyResult<Outcome> {
        AsyncGenOp::step(self, interp, sent, throw)
    }
    fn close(&self, _: &mut Interp) {
        if self.state.get() == 1 {
            self.gen.running_async.set(false);
        }
        self.state.set(2);
    }
}

/// A new operation awaitable for `gen`.
pub fn op(gen: &Rc<Generator>, kind: OpKind, arg: Value) -> Value {
    Value::native(Rc::new(AsyncGenOp { gen: gen.clone(), kind, arg: RefCell::new(arg), state: Cell::new(0) }))
}

fn stop_async_iteration(interp: &mut Interp) -> Value {
    let class = interp.types.exc(Exc::StopAsyncIteration);
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
                if gen.running_async.get() {
                    self.state.set(2);
                    let what = match self.kind {
                        OpKind::Send => "anext(): asynchronous generator is already running",
                        OpKind::Throw => "athrow(): asynchronous generator is already running",
                        OpKind::Close => "aclose(): asynchronous generator is already running",
                    };
                    return Err(interp.runtime_error(what));
                }
                let exhausted = gen.frame.borrow().is_none() && !gen.running.get();
                if !gen.started.get() {
                    if let Some(hook) = interp.asyncgen_hooks.firstiter {
                        hook(interp, gen);
                    }
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
                        let class = interp.types.exc(Exc::GeneratorExit);
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
        let r = self.finish(interp, r);
        // In progress while the generator waits at an inner await.
        self.gen.running_async.set(self.state.get() == 1);
        r
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
                    && (interp.is_exc(&e, Exc::GeneratorExit) || interp.is_exc(&e, Exc::StopAsyncIteration))
                {
                    return Ok(Outcome::Return(Value::None));
                }
                Err(e)
            }
        }
    }
}

/// Wraps a value yielded by an async generator body.
pub fn wrap(v: Value) -> Value {
    Value::native(Rc::new(AsyncGenWrapped(v)))
}


/// An async generator abandoned while suspended: handed to the finalizer hook,
/// or closed synchronously when none is installed (its `finally` may not await then).
pub fn finalize(interp: &mut Interp, gen: Rc<Generator>) {
    if let Some(hook) = interp.asyncgen_hooks.finalizer {
        return hook(interp, gen);
    }
    close_now(interp, &gen);
}

/// Closes an async generator by stepping its `aclose()` once, outside any loop.
pub fn close_now(interp: &mut Interp, gen: &Rc<Generator>) {
    if let Value::Native(n) = op(gen, OpKind::Close, Value::None) {
        let n: Rc<dyn NativeObject> = (*n).clone();
        if let Some(c) = n.as_coroutine() {
            let _ = c.step(interp, &n, Value::None, None);
        }
    }
}
