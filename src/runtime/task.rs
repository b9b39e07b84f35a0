//! Tasks: a Future that drives a coroutine. `step` is CPython's `Task.__step`:
//! send None (or throw) into the coroutine, then react to what it yielded — a
//! Future to wait on, None for "run me again soon", or a bad value.

use crate::runtime::awaitable;
use crate::runtime::event_loop::{Callback, EventLoop};
use crate::runtime::future::{self, as_future, DoneCallback, FutState, Future};
use crate::vm::interp::Interp;
use crate::vm::object::{GenKind, PyResult};
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The Task part of a Future.
pub struct TaskState {
    /// The coroutine (or native awaitable) being driven.
    pub coro: Value,
    /// An explicit name (str), or Int(n) for the default `Task-n`.
    pub name: RefCell<Value>,
    pub must_cancel: Cell<bool>,
    /// The future this task waits on.
    pub fut_waiter: RefCell<Option<Rc<Future>>>,
    pub num_cancels: Cell<u32>,
    /// The CancelledError that ended the coroutine, re-raised by result().
    pub cancelled_exc: RefCell<Value>,
}

/// Whether `v` can be driven by a Task.
pub fn is_coroutine(v: &Value) -> bool {
    match v {
        Value::Generator(g) => g.kind == GenKind::Coroutine,
        Value::Native(n) => awaitable::is_native_coroutine(n),
        _ => false,
    }
}

/// Creates a task for `coro` on `lp` and schedules its first step.
pub fn create_task(interp: &mut Interp, lp: &Rc<EventLoop>, coro: Value, name: Value) -> PyResult<Rc<Future>> {
    if !is_coroutine(&coro) {
        let r = interp.repr(&coro)?;
        return Err(interp.type_error(format!("a coroutine was expected, got {r}")));
    }
    if lp.closed.get() {
        return Err(interp.runtime_error("Event loop is closed"));
    }
    let name = if name.is_none() {
        interp.runtime.task_counter += 1;
        Value::Int(interp.runtime.task_counter as i64)
    } else {
        Value::string(interp.to_str(&name)?)
    };
    let state = TaskState {
        coro,
        name: RefCell::new(name),
        must_cancel: Cell::new(false),
        fut_waiter: RefCell::new(None),
        num_cancels: Cell::new(0),
        cancelled_exc: RefCell::new(Value::None),
    };
    let t = Rc::new(Future::new(lp.clone(), Some(Box::new(state))));
    lp.ready.borrow_mut().push_back(Callback::Step(t.clone()));
    lp.register_task(&t);
    Ok(t)
}

/// `ensure_future(v)` on `lp`: futures pass through, coroutines become tasks, other
/// awaitables are wrapped by `asyncio.tasks._wrap_awaitable`.
pub fn ensure_future(interp: &mut Interp, lp: &Rc<EventLoop>, v: Value) -> PyResult<Rc<Future>> {
    if let Some(f) = as_future(&v) {
        return Ok(f);
    }
    if is_coroutine(&v) {
        return create_task(interp, lp, v, Value::None);
    }
    if interp.lookup_special(&v, "__await__").is_some() {
        let tasks = interp.import_module("asyncio.tasks")?;
        let wrap = interp.get_attr(&tasks, "_wrap_awaitable")?;
        let coro = interp.call_value(wrap, vec![v], vec![])?;
        return create_task(interp, lp, coro, Value::None);
    }
    Err(interp.type_error("An asyncio.Future, a coroutine or an awaitable is required"))
}

/// The task's name.
pub fn name(t: &Future) -> String {
    match t.task.as_ref().map(|ts| ts.name.borrow().clone()) {
        Some(Value::Int(n)) => format!("Task-{n}"),
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    }
}

/// `Task.cancel(msg)` (and Future.cancel for plain futures).
pub fn cancel(fut: &Rc<Future>, msg: Value) -> bool {
    if let Some(g) = &fut.gather {
        return crate::runtime::gather::cancel(fut, g, msg);
    }
    let Some(ts) = &fut.task else { return future::future_cancel(fut, msg) };
    fut.log_traceback.set(false);
    if fut.is_done() {
        return false;
    }
    ts.num_cancels.set(ts.num_cancels.get() + 1);
    let waiter = ts.fut_waiter.borrow().clone();
    if let Some(w) = waiter {
        if cancel(&w, msg.clone()) {
            return true;
        }
    }
    ts.must_cancel.set(true);
    *fut.cancel_msg.borrow_mut() = msg;
    true
}

/// One step of a task. Errs only with SystemExit / KeyboardInterrupt, which stop the loop.
pub fn step(interp: &mut Interp, t: &Rc<Future>, mut exc: Option<Value>) -> PyResult<()> {
    let Some(ts) = &t.task else { return Ok(()) };
    if t.is_done() {
        return Ok(());
    }
    if ts.must_cancel.get() {
        if !exc.as_ref().is_some_and(|e| interp.is_cancelled_error(e)) {
            let msg = t.cancel_msg.borrow().clone();
            exc = Some(interp.cancelled_error(&msg));
        }
        ts.must_cancel.set(false);
    }
    ts.fut_waiter.borrow_mut().take();
    let lp = &t.loop_;
    let prev = lp.current_task.borrow_mut().replace(t.clone());
    let r = match &ts.coro {
        Value::Generator(g) => interp.resume_native(g, Value::None, exc),
        Value::Native(n) => {
            let n = n.clone();
            awaitable::resume(interp, &n, Value::None, exc).unwrap_or_else(|| Err(interp.type_error("bad coroutine")))
        }
        _ => Err(interp.type_error("bad coroutine")),
    };
    *lp.current_task.borrow_mut() = prev;
    match r {
        Ok(Outcome::Return(v)) => {
            if ts.must_cancel.replace(false) {
                let msg = t.cancel_msg.borrow().clone();
                future::future_cancel(t, msg);
            } else {
                future::set_result(interp, t, v)?;
            }
        }
        Err(e) if interp.is_cancelled_error(&e) => {
            *ts.cancelled_exc.borrow_mut() = e;
            future::future_cancel(t, Value::None);
        }
        Err(e) => {
            let fatal = interp.is_exc(&e, "SystemExit")
                || interp.is_exc(&e, "KeyboardInterrupt")
                || interp.limits.tripped.is_some();
            future::set_exception(interp, t, e.clone())?;
            if fatal {
                return Err(e);
            }
        }
        Ok(Outcome::Yield(v)) => yielded(interp, t, v)?,
    }
    Ok(())
}

/// Reacts to a value the task's coroutine yielded.
fn yielded(interp: &mut Interp, t: &Rc<Future>, v: Value) -> PyResult<()> {
    let Some(ts) = &t.task else { return Ok(()) };
    if v.is_none() {
        t.loop_.ready.borrow_mut().push_back(Callback::Step(t.clone()));
        return Ok(());
    }
    let Some(f) = as_future(&v) else {
        let r = interp.repr(&v)?;
        let e = interp.runtime_error(format!("Task got bad yield: {r}"));
        t.loop_.ready.borrow_mut().push_back(Callback::Throw(t.clone(), e));
        return Ok(());
    };
    if !Rc::ptr_eq(&f.loop_, &t.loop_) {
        let (tr, fr) = (repr(interp, t), repr(interp, &f));
        let e = interp.runtime_error(format!("Task {tr} got Future {fr} attached to a different loop"));
        t.loop_.ready.borrow_mut().push_back(Callback::Throw(t.clone(), e));
        return Ok(());
    }
    if Rc::ptr_eq(&f, t) {
        let tr = repr(interp, t);
        let e = interp.runtime_error(format!("Task cannot await on itself: {tr}"));
        t.loop_.ready.borrow_mut().push_back(Callback::Throw(t.clone(), e));
        return Ok(());
    }
    future::add_done_callback(&f, DoneCallback::Wake(t.clone()));
    *ts.fut_waiter.borrow_mut() = Some(f.clone());
    if ts.must_cancel.get() {
        let msg = t.cancel_msg.borrow().clone();
        if cancel(&f, msg) {
            ts.must_cancel.set(false);
        }
    }
    Ok(())
}

/// `<coroutine-name>() running at FILE:LINE` as CPython's `_format_coroutine`.
pub fn format_coro(coro: &Value) -> String {
    match coro {
        Value::Generator(g) => {
            let frame = g.frame.borrow();
            match frame.as_ref() {
                Some(f) => {
                    let line = if g.started.get() { f.line() } else { f.code.source.line_of(f.code.first_offset) };
                    format!("{}() running at {}:{}", g.qualname, f.code.source.name, line)
                }
                None => format!("{}() done", g.qualname),
            }
        }
        Value::Native(n) => format!("{}()", crate::modules::asyncio::native_coro_name(n)),
        _ => "sleep()".into(),
    }
}

/// The repr of a Future or Task, as CPython prints it.
pub fn repr(interp: &mut Interp, f: &Rc<Future>) -> String {
    let state = match f.state.get() {
        FutState::Pending => "pending",
        FutState::Cancelled => "cancelled",
        FutState::Finished => "finished",
    };
    let mut out = String::new();
    match &f.task {
        Some(ts) => {
            out.push_str(&format!("<Task {state} name='{}' coro=<{}>", name(f), format_coro(&ts.coro)));
        }
        None => out.push_str(&format!("<Future {state}")),
    }
    if f.state.get() == FutState::Finished {
        let v = f.result.borrow().clone();
        let r = interp.repr(&v).unwrap_or_default();
        if f.has_exception.get() {
            out.push_str(&format!(" exception={r}"));
        } else {
            out.push_str(&format!(" result={r}"));
        }
    }
    let n = f.callbacks.borrow().len();
    if f.task.is_none() && n > 0 {
        let cbs: Vec<String> = f
            .callbacks
            .borrow()
            .as_slice()
            .iter()
            .map(|c| match c {
                DoneCallback::Wake(_) => "Task.task_wakeup()".to_string(),
                DoneCallback::Py(_) => "<callback>()".to_string(),
                DoneCallback::Native(_) => "<native>()".to_string(),
            })
            .collect();
        out.push_str(&format!(" cb=[{}]", cbs.join(", ")));
    }
    if let Some(ts) = &f.task {
        let w = ts.fut_waiter.borrow().clone();
        if let Some(w) = w {
            let wr = repr(interp, &w);
            out.push_str(&format!(" wait_for={wr}"));
        }
    }
    out.push('>');
    out
}
