//! Generators and coroutines driven from Rust: `next`, `send`, `throw`,
//! `close`, throwing into a delegating (`yield from` / `await`) chain, and the
//! await protocol.

use crate::vm::types::Exc;
use crate::compile::bytecode::{await_site, Instr};
use crate::vm::frame::Frame;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::rc::Rc;

impl Interp {
    /// Resumes a generator from Rust with a sent value or a thrown exception, for a
    /// caller that hands what it yields to language code (see `NativeObject::materialize`).
    pub(crate) fn resume_native(&mut self, gen: &Rc<Generator>, sent: Value, throw: Option<Value>) -> PyResult<Outcome> {
        match self.resume_raw(gen, sent, throw) {
            Ok(Outcome::Yield(v)) => Ok(Outcome::Yield(materialize(v))),
            r => r,
        }
    }

    /// Resumes a generator for a driver that understands the runtime's wait objects
    /// (a Task, an async-generator step, a delegating frame).
    pub(crate) fn resume_raw(&mut self, gen: &Rc<Generator>, sent: Value, throw: Option<Value>) -> PyResult<Outcome> {
        if let Some(exc) = throw {
            return self.throw_into(gen, exc);
        }
        let mut frame = self.take_generator_frame(gen, &sent)?;
        if gen.started.replace(true) {
            frame.push(sent);
        }
        gen.running.set(true);
        self.execute_throwing(frame, None)
    }

    /// `gen.throw(exc)`: delivered to the innermost delegated-to iterator first.
    fn throw_into(&mut self, gen: &Rc<Generator>, exc: Value) -> PyResult<Outcome> {
        if gen.running.get() {
            return Err(self.value_error("generator already executing"));
        }
        let Some(mut frame) = gen.frame.borrow_mut().take() else {
            return Err(exc);
        };
        if !gen.started.replace(true) {
            // Thrown before it ever ran: it finishes without running its body.
            gen.finished.set(true);
            self.recycle_frame(frame);
            return Err(exc);
        }
        let delegating = matches!(frame.code.instrs.get(frame.pc), Some(Instr::YieldFrom)) && frame.stack_len() > 0;
        if delegating {
            let sub = frame.top().clone();
            let result = match &sub {
                Value::Generator(sg) => {
                    let sg = sg.clone();
                    gen.running.set(true);
                    let r = if self.is_exc(&exc, Exc::GeneratorExit) {
                        self.close_generator(&sg).map(|_| None)
                    } else {
                        self.throw_into(&sg, exc.clone()).map(Some)
                    };
                    gen.running.set(false);
                    r
                }
                Value::Native(n) if n.as_coroutine().is_some() && self.is_exc(&exc, Exc::GeneratorExit) => {
                    // `close()` reaches the awaited native object first, as `_gen_close_iter` does.
                    if let Some(c) = n.as_coroutine() {
                        c.close(self);
                    }
                    Ok(None)
                }
                Value::Native(n) if n.as_coroutine().is_some() => {
                    let n: Rc<dyn NativeObject> = (**n).clone();
                    match step_native(self, &n, Value::None, Some(exc.clone())) {
                        Some(Ok(o)) => Ok(Some(o)),
                        Some(Err(e)) => Err(e),
                        None => Ok(None),
                    }
                }
                _ => match self.lookup_special(&sub, "throw") {
                    Some(t) if !self.is_exc(&exc, Exc::GeneratorExit) => {
                        match self.call_value(t, vec![exc.clone()], vec![]) {
                            Ok(v) => Ok(Some(Outcome::Yield(v))),
                            Err(e) if self.is_exc(&e, Exc::StopIteration) => Ok(Some(Outcome::Return(stop_value(&e)))),
                            Err(e) => Err(e),
                        }
                    }
                    _ => Ok(None),
                },
            };
            match result {
                Ok(Some(Outcome::Yield(v))) => {
                    *gen.frame.borrow_mut() = Some(frame);
                    return Ok(Outcome::Yield(v));
                }
                Ok(Some(Outcome::Return(v))) => {
                    frame.pop();
                    frame.push(v);
                    frame.pc += 1;
                    gen.running.set(true);
                    return self.execute_throwing(frame, None);
                }
                Ok(None) => {
                    frame.pop();
                    frame.pc += 1;
                    gen.running.set(true);
                    return self.execute_throwing(frame, Some(exc));
                }
                Err(e) => {
                    frame.pop();
                    frame.pc += 1;
                    gen.running.set(true);
                    return self.execute_throwing(frame, Some(e));
                }
            }
        }
        gen.running.set(true);
        self.execute_throwing(frame, Some(exc))
    }

    /// Runs a frame from Rust, first raising `throw` at its current point if given.
    pub(crate) fn execute_throwing(&mut self, f: Box<Frame>, throw: Option<Value>) -> PyResult<Outcome> {
        match throw {
            None => self.execute(f),
            Some(exc) => self.execute_with_exception(f, exc),
        }
    }

    /// `next(gen)` from Rust: `None` when the generator is exhausted.
    pub(crate) fn generator_next(&mut self, gen: &Rc<Generator>) -> PyResult<Option<Value>> {
        if gen.finished.get() && gen.frame.borrow().is_none() {
            return Ok(None);
        }
        match self.resume_native(gen, Value::None, None)? {
            Outcome::Yield(v) => Ok(Some(v)),
            Outcome::Return(_) => Ok(None),
        }
    }

    /// `gen.send(v)`: the yielded value, or StopIteration carrying the return value.
    pub(crate) fn generator_send(&mut self, gen: &Rc<Generator>, v: Value) -> PyResult<Value> {
        if gen.finished.get() && gen.frame.borrow().is_none() {
            return Err(self.finished_error(gen));
        }
        match self.resume_native(gen, v, None)? {
            Outcome::Yield(v) => Ok(v),
            Outcome::Return(v) => Err(self.stop_iteration(v)),
        }
    }

    fn finished_error(&mut self, gen: &Rc<Generator>) -> Value {
        match gen.kind {
            GenKind::Coroutine => self.runtime_error("cannot reuse already awaited coroutine"),
            GenKind::AsyncGenerator => {
                let class = self.types.exc(Exc::StopAsyncIteration);
                self.new_exception(class, vec![])
            }
            GenKind::Generator => self.stop_iteration(Value::None),
        }
    }

    /// `gen.throw(exc)`.
    pub(crate) fn generator_throw(&mut self, gen: &Rc<Generator>, exc: Value) -> PyResult<Value> {
        let exc = self.normalize_exception(exc)?;
        match self.resume_native(gen, Value::None, Some(exc))? {
            Outcome::Yield(v) => Ok(v),
            Outcome::Return(v) => Err(self.stop_iteration(v)),
        }
    }

    /// `gen.close()`: throws GeneratorExit; a generator that yields again is an error.
    pub(crate) fn close_generator(&mut self, gen: &Rc<Generator>) -> PyResult<Value> {
        if gen.frame.borrow().is_none() {
            return Ok(Value::None);
        }
        if !gen.started.get() {
            gen.finished.set(true);
            gen.frame.borrow_mut().take();
            return Ok(Value::None);
        }
        let class = self.types.exc(Exc::GeneratorExit);
        let exit = self.new_exception(class, vec![]);
        match self.resume_native(gen, Value::None, Some(exit)) {
            Ok(Outcome::Yield(_)) => {
                let what = match gen.kind {
                    GenKind::Coroutine => "coroutine ignored GeneratorExit",
                    GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
                    GenKind::Generator => "generator ignored GeneratorExit",
                };
                Err(self.runtime_error(what))
            }
            Ok(Outcome::Return(_)) => Ok(Value::None),
            Err(e) if self.is_exc(&e, Exc::GeneratorExit) || self.is_exc(&e, Exc::StopIteration) => Ok(Value::None),
            Err(e) => Err(e),
        }
    }

    /// One step of a non-generator sub-iterator for `YieldFrom`.
    pub(crate) fn send_native(&mut self, sub: &Value, sent: Value) -> PyResult<Outcome> {
        if let Value::Generator(g) = sub {
            let g = g.clone();
            return self.resume_raw(&g, sent, None);
        }
        if let Value::Native(n) = sub {
            // Native awaitables (future iterators, sleep, async generator steps) step directly.
            let n: Rc<dyn NativeObject> = (**n).clone();
            if let Some(r) = step_native(self, &n, sent.clone(), None) {
                return r;
            }
        }
        let r = if sent.is_none() {
            match sub {
                Value::Iterator(_) => {
                    return Ok(match self.iter_next(sub)? {
                        Some(v) => Outcome::Yield(v),
                        None => Outcome::Return(Value::None),
                    })
                }
                _ => match self.lookup_special(sub, "__next__") {
                    Some(m) => self.call_value(m, vec![], vec![]),
                    None => {
                        let t = self.type_name(sub);
                        return Err(self.type_error(format!("'{t}' object is not an iterator")));
                    }
                },
            }
        } else {
            match self.lookup_special(sub, "send") {
                Some(m) => self.call_value(m, vec![sent], vec![]),
                None => {
                    let t = self.type_name(sub);
                    return Err(self.attribute_error(format!("'{t}' object has no attribute 'send'")));
                }
            }
        };
        match r {
            Ok(v) => Ok(Outcome::Yield(v)),
            Err(e) if self.is_exc(&e, Exc::StopIteration) => Ok(Outcome::Return(stop_value(&e))),
            Err(e) => Err(e),
        }
    }

    /// The iterator behind an awaitable found at `site` (one of
    /// `bytecode::await_site`, which the TypeError for a non-awaitable names).
    pub(crate) fn get_awaitable_at(&mut self, v: &Value, site: u32) -> PyResult<Value> {
        match v {
            Value::Generator(g) if g.kind == GenKind::Coroutine => {
                if g.running.get() || (g.started.get() && g.frame.borrow().is_some() && self.is_being_awaited(g)) {
                    return Err(self.runtime_error("coroutine is being awaited already"));
                }
                Ok(v.clone())
            }
            _ => {
                if let Some(it) = native_await_iter(v) {
                    return Ok(it);
                }
                if let Some(m) = self.lookup_special(v, "__await__") {
                    let it = self.call_value(m, vec![], vec![])?;
                    if matches!(&it, Value::Generator(g) if g.kind == GenKind::Coroutine) {
                        return Err(self.type_error("__await__() returned a coroutine"));
                    }
                    if !matches!(it, Value::Generator(_) | Value::Iterator(_))
                        && self.lookup_special(&it, "__next__").is_none()
                    {
                        let t = self.type_name(&it);
                        return Err(self.type_error(format!("__await__() returned non-iterator of type '{t}'")));
                    }
                    return Ok(it);
                }
                let t = self.type_name(v);
                Err(self.type_error(match site {
                    await_site::AENTER => {
                        format!("'async with' received an object from __aenter__ that does not implement __await__: {t}")
                    }
                    await_site::AEXIT => {
                        format!("'async with' received an object from __aexit__ that does not implement __await__: {t}")
                    }
                    await_site::ANEXT => format!("'async for' received an invalid object from __anext__: {t}"),
                    _ => format!("object {t} can't be used in 'await' expression"),
                }))
            }
        }
    }

    /// Whether a suspended coroutine is itself suspended in an `await` (CPython's
    /// `_PyGen_yf`): awaiting it again is an error.
    fn is_being_awaited(&self, g: &Rc<Generator>) -> bool {
        delegate_of(g).is_some()
    }

    /// `aiter(v)` for `async for`.
    pub(crate) fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = v {
            if g.kind == GenKind::AsyncGenerator {
                return Ok(v.clone());
            }
        }
        match self.lookup_special(v, "__aiter__") {
            Some(m) => self.call_value(m, vec![], vec![]),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(format!("'async for' requires an object with __aiter__ method, got {t}")))
            }
        }
    }

    /// The awaitable of one `async for` step.
    pub(crate) fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = it {
            if g.kind == GenKind::AsyncGenerator {
                return Ok(crate::vm::asyncgen::op(g, crate::vm::asyncgen::OpKind::Send, Value::None));
            }
        }
        let anext = match self.lookup_special(it, "__anext__") {
            Some(m) => self.call_value(m, vec![], vec![])?,
            None => {
                let t = self.type_name(it);
                return Err(self.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
                )));
            }
        };
        // Any failure to get an awaitable from it is the TypeError CPython
        // raises, caused by that failure.
        self.get_awaitable_at(&anext, await_site::AWAIT).map_err(|cause| {
            let t = self.type_name(&anext);
            let err = self.type_error(format!("'async for' received an invalid object from __anext__: {t}"));
            if let Some(data) = crate::vm::exceptions::exc_data(&err) {
                let mut d = data.borrow_mut();
                d.cause = cause.clone();
                d.context = cause;
                d.suppress_context = true;
            }
            err
        })
    }

    /// Marks a value yielded by an async generator body (as opposed to one passed up by an await).
    pub(crate) fn wrap_async_gen_yield(&mut self, f: &Frame, v: Value) -> Value {
        if f.code.flags & crate::compile::bytecode::flags::ASYNC_GENERATOR != 0 {
            return crate::vm::asyncgen::wrap(v);
        }
        v
    }
}

/// One step of a native awaitable; `None` when `n` is not one.
pub fn step_native(
    interp: &mut Interp,
    n: &Rc<dyn NativeObject>,
    sent: Value,
    throw: Option<Value>,
) -> Option<PyResult<Outcome>> {
    n.as_coroutine().map(|c| c.step(interp, n, sent, throw))
}

/// The iterator `await v` drives for a native object, or `None` when `v` is not a
/// native awaitable: a native coroutine is its own iterator.
pub fn native_await_iter(v: &Value) -> Option<Value> {
    let Value::Native(n) = v else { return None };
    if n.as_coroutine().is_some() {
        return Some(v.clone());
    }
    n.await_iter(n)
}

/// A yielded value as code other than a Task receives it (`NativeObject::materialize`).
pub fn materialize(v: Value) -> Value {
    match &v {
        Value::Native(n) => n.materialize().unwrap_or(v),
        _ => v,
    }
}

/// The value carried by a StopIteration instance.
pub fn stop_value(e: &Value) -> Value {
    crate::vm::exceptions::exc_data(e).and_then(|d| d.borrow().args.first().cloned()).unwrap_or(Value::None)
}

/// What a suspended generator or coroutine is suspended in: the iterator or
/// awaitable of its `yield from` / `await` (CPython's `_PyGen_yf`, shown as
/// `gi_yieldfrom`, `cr_await` and `ag_await`).
pub fn delegate_of(g: &Generator) -> Option<Value> {
    let frame = g.frame.borrow();
    let f = frame.as_ref()?;
    let waiting = matches!(f.code.instrs.get(f.pc), Some(Instr::YieldFrom)) && f.stack_len() > 0;
    waiting.then(|| f.top().clone())
}
