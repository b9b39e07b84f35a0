//! `asyncio.sleep` and the entry points for stepping native awaitables from
//! language code (`__next__`/`send`/`throw` of a native coroutine). Each native
//! awaitable implements `NativeObject::as_coroutine`; the VM and Tasks step them
//! through `vm::generator::step_native`.


use crate::modules::asyncio::event_loop::EventLoop;
use crate::modules::asyncio::future::{self, Future};
use crate::modules::asyncio::timers::TimerAction;
use crate::vm::interp::Interp;
use crate::vm::object::NativeCoroutine;
use crate::vm::object::{NativeObject, PyResult};
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Whether a native object is driven like a coroutine (a Task accepts it).
pub fn is_native_coroutine(n: &Rc<dyn NativeObject>) -> bool {
    n.as_coroutine().is_some_and(|c| c.is_coroutine())
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
    fn as_coroutine(&self) -> Option<&dyn NativeCoroutine> {
        Some(self)
    }
}

impl NativeCoroutine for Sleep {
    fn step(&self, interp: &mut Interp, _: &Rc<dyn NativeObject>, _: Value, throw: Option<Value>) -> PyResult<Outcome> {
        Sleep::step(self, interp, throw)
    }
    fn close(&self, _: &mut Interp) {
        self.state.set(2);
    }
}

impl Sleep {
    /// `asyncio.sleep(delay, result)`. A `sleep(0)` reuses the runtime's spare object when
    /// nothing else holds it, so the hot `await asyncio.sleep(0)` allocates nothing.
    pub fn make(interp: &mut Interp, delay: f64, result: Value) -> Value {
        if delay <= 0.0 && result.is_none() {
            if let Some(Value::Native(spare)) = &interp.runtime().spare_sleep {
                if Rc::strong_count(spare) == 1 && Rc::strong_count(&**spare) == 1 {
                    if let Some(s) = spare.as_any().downcast_ref::<Sleep>() {
                        s.state.set(0);
                        s.fut.borrow_mut().take();
                        return Value::Native(spare.clone());
                    }
                }
            }
            let v = Value::native(Rc::new(Sleep::new(delay, result)));
            interp.runtime().spare_sleep = Some(v.clone());
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
    match &interp.runtime().running_loop {
        Some(lp) => Ok(lp.clone()),
        None => Err(interp.runtime_error("no running event loop")),
    }
}

