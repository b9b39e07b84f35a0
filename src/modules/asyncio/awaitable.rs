//! Native awaitables and how they are stepped: the future iterator, `sleep`,
//! and the async-generator operations. `resume` is the one entry point the VM
//! (or a Task) uses to send into / throw into any of them.

use crate::modules::asyncio::asyncgen::AsyncGenOp;
use crate::modules::asyncio::event::EventWait;
use crate::modules::asyncio::event_loop::EventLoop;
use crate::modules::asyncio::future::{self, Future, FutureIter};
use crate::modules::asyncio::queue::QueueOp;
use crate::modules::asyncio::timers::TimerAction;
use crate::vm::interp::Interp;
use crate::vm::object::{NativeObject, PyResult};
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// One step of a native awaitable; `None` when `n` is not one.
pub fn resume(
    interp: &mut Interp,
    n: &Rc<dyn NativeObject>,
    sent: Value,
    throw: Option<Value>,
) -> Option<PyResult<Outcome>> {
    let any = n.as_any();
    if let Some(it) = any.downcast_ref::<FutureIter>() {
        return Some(it.step(interp, sent, throw));
    }
    if let Some(s) = any.downcast_ref::<Sleep>() {
        return Some(s.step(interp, throw));
    }
    if let Some(op) = any.downcast_ref::<AsyncGenOp>() {
        return Some(op.step(interp, sent, throw));
    }
    if let Some(op) = any.downcast_ref::<QueueOp>() {
        return Some(op.step(interp, throw));
    }
    if any.is::<EventWait>() {
        let w = crate::modules::asyncio::downcast_rc::<EventWait>(n)?;
        return Some(w.step(interp, n, throw));
    }
    None
}

/// Whether a native object is driven like a coroutine (a Task accepts it).
pub fn is_native_coroutine(n: &Rc<dyn NativeObject>) -> bool {
    is_native_coroutine_any(n.as_any())
}

fn is_native_coroutine_any(any: &dyn Any) -> bool {
    any.is::<Sleep>() || any.is::<AsyncGenOp>() || any.is::<QueueOp>() || any.is::<EventWait>()
}

/// `asyncio.sleep(delay, result)`: yields None once for a zero delay, otherwise
/// waits on a future that a timer resolves.
pub struct Sleep {
    pub delay: f64,
    pub result: Value,
    /// 0 = not started, 1 = waiting, 2 = done.
    pub state: Cell<u8>,
    pub fut: RefCell<Option<Rc<Future>>>,
}

impl NativeObject for Sleep {
    fn type_name(&self) -> &str {
        "coroutine"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Sleep {
    /// `asyncio.sleep(delay, result)`. A `sleep(0)` reuses the runtime's spare object when
    /// nothing else holds it, so the hot `await asyncio.sleep(0)` allocates nothing.
    pub fn make(interp: &mut Interp, delay: f64, result: Value) -> Value {
        if delay <= 0.0 && result.is_none() {
            if let Some(Value::Native(spare)) = &interp.runtime.spare_sleep {
                if Rc::strong_count(spare) == 1 && Rc::strong_count(&**spare) == 1 {
                    if let Some(s) = spare.as_any().downcast_ref::<Sleep>() {
                        s.state.set(0);
                        s.fut.borrow_mut().take();
                        return Value::Native(spare.clone());
                    }
                }
            }
            let v = Value::native(Rc::new(Sleep::new(delay, result)));
            interp.runtime.spare_sleep = Some(v.clone());
            return v;
        }
        Value::native(Rc::new(Sleep::new(delay, result)))
    }

    fn new(delay: f64, result: Value) -> Sleep {
        Sleep { delay, result, state: Cell::new(0), fut: RefCell::new(None) }
    }

    fn step(&self, interp: &mut Interp, throw: Option<Value>) -> PyResult<Outcome> {
        match self.state.get() {
            0 => {
                if let Some(e) = throw {
                    self.state.set(2);
                    return Err(e);
                }
                self.state.set(1);
                if self.delay <= 0.0 {
                    return Ok(Outcome::Yield(Value::None));
                }
                let lp = running_loop(interp)?;
                let fut = Rc::new(Future::new(lp.clone(), None));
                let when = crate::modules::asyncio::event_loop::now() + self.delay;
                lp.call_at(when, TimerAction::Wake(fut.clone(), self.result.clone()));
                *self.fut.borrow_mut() = Some(fut.clone());
                Ok(Outcome::Yield(fut.value()))
            }
            1 => {
                if let Some(e) = throw {
                    self.state.set(2);
                    // The timer entry dies with the future.
                    if let Some(f) = self.fut.borrow_mut().take() {
                        future::future_cancel(&f, Value::None);
                    }
                    return Err(e);
                }
                let fut = self.fut.borrow().clone();
                match fut {
                    None => {
                        self.state.set(2);
                        Ok(Outcome::Return(self.result.clone()))
                    }
                    Some(f) if !f.is_done() => Err(interp.runtime_error("await wasn't used with future")),
                    Some(f) => {
                        self.state.set(2);
                        self.fut.borrow_mut().take();
                        future::result(interp, &f).map(Outcome::Return)
                    }
                }
            }
            _ => Err(interp.runtime_error("cannot reuse already awaited coroutine")),
        }
    }
}

/// The running loop, or RuntimeError("no running event loop").
pub fn running_loop(interp: &mut Interp) -> PyResult<Rc<EventLoop>> {
    match &interp.runtime.running_loop {
        Some(lp) => Ok(lp.clone()),
        None => Err(interp.runtime_error("no running event loop")),
    }
}

/// The iterator `await v` uses for a native object, or `None` when `v` is not a native awaitable.
pub fn native_await_iter(v: &Value) -> Option<Value> {
    let Value::Native(n) = v else { return None };
    let any = n.as_any();
    if any.is::<Future>() {
        let fut = crate::modules::asyncio::downcast_rc::<Future>(n)?;
        return Some(Value::native(Rc::new(FutureIter { fut, yielded: Cell::new(false) })));
    }
    if any.is::<Sleep>() {
        return Some(v.clone());
    }
    if any.is::<AsyncGenOp>() || any.is::<FutureIter>() || any.is::<QueueOp>() || any.is::<EventWait>() {
        return Some(v.clone());
    }
    None
}

/// `__next__`, `send`, `throw` of native awaitables from language code.
pub fn method_step(interp: &mut Interp, recv: &Value, sent: Value, throw: Option<Value>) -> PyResult<Value> {
    let Value::Native(n) = recv else { return Err(interp.type_error("not an awaitable")) };
    let n = n.clone();
    match resume(interp, &n, sent, throw) {
        Some(Ok(Outcome::Yield(v))) => Ok(crate::modules::asyncio::event::materialize(v)),
        Some(Ok(Outcome::Return(v))) => Err(interp.stop_iteration(v)),
        Some(Err(e)) => Err(e),
        None => Err(interp.type_error("not an awaitable")),
    }
}

/// `close()` of a native awaitable: a waiting one leaves what it waits on.
pub fn close(interp: &mut Interp, n: &Rc<dyn NativeObject>) {
    let any = n.as_any();
    if let Some(s) = any.downcast_ref::<Sleep>() {
        s.state.set(2);
    }
    if let Some(op) = any.downcast_ref::<AsyncGenOp>() {
        op.state.set(2);
    }
    if let Some(op) = any.downcast_ref::<QueueOp>() {
        op.close(interp);
    }
    if let Some(w) = any.downcast_ref::<EventWait>() {
        w.close();
    }
}

/// Whether `resume` can step this native object (so `throw` can be delivered to it).
pub fn resume_supported(n: &dyn NativeObject) -> bool {
    let any = n.as_any();
    any.is::<FutureIter>()
        || any.is::<Sleep>()
        || any.is::<AsyncGenOp>()
        || any.is::<QueueOp>()
        || any.is::<EventWait>()
}
