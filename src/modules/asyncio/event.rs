//! `asyncio.Event` in Rust: the flag, its waiters, and [`EventWait`], the
//! coroutine-like awaitable of `Event.wait()`. A native awaitable keeps a
//! waiting task small: no coroutine frame, no future iterator, and (when a Task
//! awaits it) no waiter future either.
//!
//! The language-level class is in stdlib/asyncio/locks.py; its instances hold
//! an [`EventCore`] in `_core` (see src/modules/asyncio/event_methods.rs).

use crate::modules::asyncio::event_loop::{Callback, EventLoop};
use crate::modules::asyncio::future::{self, Future};
use crate::vm::interp::Interp;
use crate::vm::object::{downcast_rc, NativeCoroutine};
use crate::vm::object::{Instance, NativeObject, PyResult};
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// The state of one event.
pub struct EventCore {
    pub value: Cell<bool>,
    /// Waiters not yet released by `set()`, in arrival order. Some may have left
    /// already (cancelled): those are marked and counted in `stale`.
    waiters: RefCell<Vec<Rc<EventWait>>>,
    stale: Cell<usize>,
    /// Waiters released by `set()` that have not resumed yet (still counted by repr).
    released: Cell<usize>,
    /// The loop the event is bound to (by its first waiter).
    bound: RefCell<Option<Rc<EventLoop>>>,
    /// The language-level event, for the "bound to a different event loop" message.
    owner: Weak<Instance>,
}

impl NativeObject for EventCore {
    fn type_name(&self) -> &str {
        "_EventCore"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl EventCore {
    /// The state of `owner`, an event that is not set.
    pub fn new(owner: Weak<Instance>) -> EventCore {
        EventCore {
            value: Cell::new(false),
            waiters: RefCell::new(Vec::new()),
            stale: Cell::new(0),
            released: Cell::new(0),
            bound: RefCell::new(None),
            owner,
        }
    }

    /// `set()`: wakes every waiter with True.
    pub fn set(&self, interp: &mut Interp) {
        if self.value.replace(true) {
            return;
        }
        let waiters = std::mem::take(&mut *self.waiters.borrow_mut());
        self.stale.set(0);
        for w in waiters {
            if w.has(FORGOTTEN) {
                continue;
            }
            self.released.set(self.released.get() + 1);
            w.release(interp);
        }
    }

    /// The number of waiters, as `len(self._waiters)` in CPython.
    pub fn waiter_count(&self) -> usize {
        self.waiters.borrow().len() - self.stale.get() + self.released.get()
    }

    /// Binds the event to the running loop (or fails when it is bound to another one).
    fn bind(&self, interp: &mut Interp) -> PyResult<()> {
        let lp = crate::modules::asyncio::awaitable::running_loop(interp)?;
        let bound = self.bound.borrow().clone();
        match bound {
            None => *self.bound.borrow_mut() = Some(lp),
            Some(b) if !Rc::ptr_eq(&b, &lp) => {
                let r = match self.owner.upgrade() {
                    Some(owner) => interp.repr(&Value::Instance(owner))?,
                    None => self.default_repr(),
                };
                return Err(interp.runtime_error(format!("{r} is bound to a different event loop")));
            }
            Some(_) => {}
        }
        Ok(())
    }

    /// `Event.__repr__` of an event no longer alive (only a pending `wait()` holds the state).
    fn default_repr(&self) -> String {
        let mut extra = if self.value.get() { "set".to_string() } else { "unset".to_string() };
        let n = self.waiter_count();
        if n > 0 {
            extra.push_str(&format!(", waiters:{n}"));
        }
        format!("<asyncio.locks.Event object at {:#x} [{extra}]>", self.owner.as_ptr() as usize)
    }

    /// A waiter leaves (the `finally: self._waiters.remove(fut)` of CPython's wait).
    fn forget(&self, w: &EventWait) {
        if w.has(RELEASED) {
            self.released.set(self.released.get().saturating_sub(1));
            return;
        }
        if w.has(FORGOTTEN) {
            return;
        }
        // Removing from the middle would make mass cancellation quadratic: mark it instead,
        // and compact the list once most of it is marked.
        w.flags.set(w.flags.get() | FORGOTTEN);
        let stale = self.stale.get() + 1;
        let mut ws = self.waiters.borrow_mut();
        if stale >= 16 && stale * 2 >= ws.len() {
            ws.retain(|x| !x.has(FORGOTTEN));
            self.stale.set(0);
        } else {
            self.stale.set(stale);
        }
    }
}

/// `EventWait::flags`: the phase in the low bits, then what happened to the wait.
const PHASE: u8 = 0b11;
const NEW: u8 = 0;
const WAITING: u8 = 1;
const DONE: u8 = 2;
/// The wait was yielded and no driver has claimed it yet.
const YIELDED: u8 = 1 << 2;
/// A Task waits on it directly: `link` is the task.
const ATTACHED: u8 = 1 << 3;
/// Code other than a Task received it: `link` is a real Future standing in for the waiter.
const MATERIAL: u8 = 1 << 4;
/// `set()` released it (its waiter future would be finished with True).
const RELEASED: u8 = 1 << 5;
/// Cancelled by its task (its waiter future would be cancelled).
const CANCELLED: u8 = 1 << 6;
/// It left the event's waiter list, which still holds it (see `EventCore::forget`).
const FORGOTTEN: u8 = 1 << 7;

/// The awaitable of `Event.wait()`: runs when stepped, returns True once the event is set.
///
/// CPython's `wait()` parks on a new Future. Here a Task waits on the `EventWait`
/// itself: it yields itself, the Task attaches (see `task::yielded`), `set()`
/// schedules the task and `Task.cancel()` cancels the wait, so a waiting task
/// costs no Future. When anything but a Task receives the yielded value (a
/// coroutine driven by hand with `send`), a real Future is made for it then
/// (`NativeObject::materialize`), so such code sees what it would see in CPython.
pub struct EventWait {
    pub core: Rc<EventCore>,
    /// The attached task, or the stand-in future (see the flags).
    link: Cell<Option<Rc<Future>>>,
    flags: Cell<u8>,
}

impl NativeObject for EventWait {
    fn type_name(&self) -> &str {
        "coroutine"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_coroutine(&self) -> Option<&dyn NativeCoroutine> {
        Some(self)
    }
    fn materialize(&self) -> Option<Value> {
        materialize(self)
    }
}

impl NativeCoroutine for EventWait {
    fn step(&self, interp: &mut Interp, this: &Rc<dyn NativeObject>, _: Value, throw: Option<Value>) -> PyResult<Outcome> {
        match downcast_rc::<EventWait>(this) {
            Some(w) => w.step(interp, this, throw),
            None => Err(interp.type_error("not an awaitable")),
        }
    }
    fn close(&self, _: &mut Interp) {
        EventWait::close(self);
    }
}

impl Drop for EventWait {
    fn drop(&mut self) {
        if self.flags.get() & PHASE == NEW {
            crate::vm::finalize::never_awaited_later("Event.wait", self as *const Self as usize);
        }
    }
}

impl EventWait {
    /// A `wait()` call that has not started.
    pub fn new(core: Rc<EventCore>) -> EventWait {
        EventWait { core, link: Cell::new(None), flags: Cell::new(NEW) }
    }

    fn has(&self, bit: u8) -> bool {
        self.flags.get() & bit != 0
    }

    fn phase(&self) -> u8 {
        self.flags.get() & PHASE
    }

    /// One step: `send(None)` or `throw(exc)`. `me` is this object, yielded while waiting.
    pub fn step(
        self: &Rc<Self>,
        interp: &mut Interp,
        me: &Rc<dyn NativeObject>,
        throw: Option<Value>,
    ) -> PyResult<Outcome> {
        match self.phase() {
            NEW => {
                self.flags.set(DONE);
                if let Some(e) = throw {
                    return Err(e);
                }
                if self.core.value.get() {
                    return Ok(Outcome::Return(Value::Bool(true)));
                }
                self.core.bind(interp)?;
                self.core.waiters.borrow_mut().push(self.clone());
                self.flags.set(WAITING | YIELDED);
                Ok(Outcome::Yield(Value::native(me.clone())))
            }
            WAITING => {
                let link = self.link.take();
                let flags = self.flags.get();
                self.core.forget(self);
                self.finish();
                if let Some(e) = throw {
                    return Err(e);
                }
                if flags & MATERIAL != 0 {
                    return match link {
                        Some(w) if w.is_done() => {
                            future::result(interp, &w).map(|_| Outcome::Return(Value::Bool(true)))
                        }
                        _ => Err(interp.runtime_error("await wasn't used with future")),
                    };
                }
                if flags & CANCELLED != 0 {
                    return Err(interp.cancelled_error(&Value::None));
                }
                if flags & RELEASED != 0 {
                    return Ok(Outcome::Return(Value::Bool(true)));
                }
                Err(interp.runtime_error("await wasn't used with future"))
            }
            _ => Err(interp.runtime_error("cannot reuse already awaited coroutine")),
        }
    }

    /// `close()`: a waiting call leaves the waiter list.
    pub fn close(&self) {
        if self.phase() == WAITING {
            self.link.take();
            self.core.forget(self);
        }
        self.finish();
    }

    /// Ends the call; the FORGOTTEN mark stays while the event's list may still hold it.
    fn finish(&self) {
        self.flags.set(DONE | self.flags.get() & FORGOTTEN);
    }

    /// A Task received this wait from its coroutine and waits on it; false when it was
    /// not a wait just yielded by `step` (then it is a bad yield).
    pub fn attach(&self, task: &Rc<Future>) -> bool {
        let f = self.flags.get();
        if f & PHASE != WAITING || f & YIELDED == 0 {
            return false;
        }
        self.flags.set(f & !YIELDED | ATTACHED);
        if f & CANCELLED != 0 {
            task.loop_.ready.borrow_mut().push_back(Callback::Cancel(Box::new((task.clone(), Value::None))));
        } else if f & RELEASED != 0 {
            task.loop_.ready.borrow_mut().push_back(Callback::Step(task.clone()));
        } else {
            self.link.set(Some(task.clone()));
        }
        true
    }

    /// `set()` reached this waiter: resolve it as `fut.set_result(True)` would.
    /// `set()` reached this waiter: resolve it as `fut.set_result(True)` would.
    fn release(&self, interp: &mut Interp) {
        let f = self.flags.get();
        self.flags.set(f | RELEASED);
        if f & CANCELLED != 0 {
            return;
        }
        let Some(l) = self.link.take() else { return };
        if f & MATERIAL == 0 {
            let lp = l.loop_.clone();
            lp.ready.borrow_mut().push_back(Callback::Step(l));
            return;
        }
        if !l.is_done() {
            let _ = future::set_result(interp, &l, Value::Bool(true));
        }
        self.link.set(Some(l));
    }

    /// `Task.cancel()` reached the wait its task is attached to: `fut.cancel(msg)`.
    pub fn cancel(&self, msg: Value) -> bool {
        let f = self.flags.get();
        if f & PHASE != WAITING || f & (RELEASED | CANCELLED) != 0 {
            return false;
        }
        self.flags.set(f | CANCELLED);
        if f & ATTACHED != 0 {
            if let Some(t) = self.link.take() {
                t.loop_.ready.borrow_mut().push_back(Callback::Cancel(Box::new((t.clone(), msg))));
            }
        }
        true
    }

    /// The repr of the waiter future this wait stands for (a Task's `wait_for=`).
    pub fn waiter_repr(&self) -> &'static str {
        if self.has(CANCELLED) {
            "<Future cancelled>"
        } else if self.has(RELEASED) {
            "<Future finished result=True>"
        } else {
            "<Future pending cb=[Task.task_wakeup()]>"
        }
    }
}

/// A yielded `Event.wait()` received by code other than a Task: unclaimed, it
/// becomes the real Future CPython would have yielded (`None` keeps it as it is).
fn materialize(w: &EventWait) -> Option<Value> {
    let f = w.flags.get();
    if f & PHASE != WAITING || f & YIELDED == 0 {
        return None;
    }
    let lp = w.core.bound.borrow().clone()?;
    w.flags.set(f & !YIELDED | MATERIAL);
    let fut = Rc::new(Future::new(lp, None));
    if f & RELEASED != 0 {
        future::set_result_quiet(&fut, Value::Bool(true));
    }
    w.link.set(Some(fut.clone()));
    Some(fut.value())
}
