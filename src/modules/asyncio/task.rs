//! Tasks: a Future that drives a coroutine. `step` is CPython's `Task.__step`:
//! send None (or throw) into the coroutine, then react to what it yielded — a
//! Future to wait on, None for "run me again soon", or a bad value.

use crate::vm::types::Exc;
use crate::modules::asyncio::awaitable;
use crate::modules::asyncio::event::EventWait;
use crate::modules::asyncio::event_loop::{Callback, EventLoop};
use crate::modules::asyncio::future::{self, as_future, DoneCallback, FutState, Future};
use crate::vm::interp::Interp;
use crate::vm::object::{GenKind, PyResult};
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::cell::Cell;
use std::rc::Rc;

/// What a waiting task waits on.
#[derive(Clone)]
pub enum Waiter {
    Fut(Rc<Future>),
    /// An `Event.wait()`, which stands for its waiter future (see event.rs).
    Event(Rc<EventWait>),
}

/// The Task part of a Future (its flags and default-name number live in the
/// Future). Five words: what is rarely set lives in a separate box.
pub struct TaskState {
    /// The coroutine (or native awaitable) being driven.
    pub coro: Value,
    /// What this task waits on.
    fut_waiter: Cell<Option<Waiter>>,
    /// An explicit name, the cancel message and count, once any is set.
    rare: Cell<Option<Box<TaskRare>>>,
}

/// The seldom-set parts of a task.
#[derive(Default)]
struct TaskRare {
    /// The name given explicitly (a str), or None for `Task-n`.
    name: Value,
    /// `_cancel_message`.
    cancel_msg: Value,
    /// `cancelling()`: cancel requests not withdrawn by `uncancel()`.
    num_cancels: u32,
    /// The `contextvars.Context` each step runs in (a copy of the creator's),
    /// or None when `contextvars` was not imported (no variable can exist).
    context: Value,
}

impl TaskState {
    /// Reports the future this task waits on to the cycle collector.
    pub fn gc_traverse_waiter(&self, visit: &mut dyn FnMut(&Value)) {
        let waiter = self.fut_waiter.take();
        if let Some(Waiter::Fut(f)) = &waiter {
            visit(&f.value());
        }
        self.fut_waiter.set(waiter);
    }

    /// The state of a task driving `coro`; `name` is an explicit name (a str) or None.
    pub fn new(coro: Value, name: Value) -> TaskState {
        let rare = if name.is_none() { None } else { Some(Box::new(TaskRare { name, ..TaskRare::default() })) };
        TaskState { coro, fut_waiter: Cell::new(None), rare: Cell::new(rare) }
    }

    /// Reads the rare part (default values when it was never set).
    fn rare<R>(&self, f: impl FnOnce(&TaskRare) -> R) -> R {
        let r = self.rare.take();
        let out = match &r {
            Some(b) => f(b),
            None => f(&TaskRare::default()),
        };
        self.rare.set(r);
        out
    }

    /// Changes the rare part.
    fn rare_mut(&self, f: impl FnOnce(&mut TaskRare)) {
        let mut r = self.rare.take().unwrap_or_default();
        f(&mut r);
        self.rare.set(Some(r));
    }

    /// The explicit name, or None.
    pub fn explicit_name(&self) -> Value {
        self.rare(|r| r.name.clone())
    }

    pub fn set_name(&self, name: Value) {
        self.rare_mut(|r| r.name = name);
    }

    /// The context the task's steps run in, or None.
    pub fn context(&self) -> Value {
        self.rare(|r| r.context.clone())
    }

    /// `cancelling()`.
    pub fn num_cancels(&self) -> u32 {
        self.rare(|r| r.num_cancels)
    }

    pub fn set_num_cancels(&self, n: u32) {
        if n != self.num_cancels() {
            self.rare_mut(|r| r.num_cancels = n);
        }
    }

    /// What the task waits on (`_fut_waiter`).
    pub fn fut_waiter(&self) -> Option<Waiter> {
        let w = self.fut_waiter.take();
        let c = w.clone();
        self.fut_waiter.set(w);
        c
    }

    pub fn set_fut_waiter(&self, w: Option<Waiter>) {
        self.fut_waiter.set(w);
    }

    fn take_fut_waiter(&self) -> Option<Waiter> {
        self.fut_waiter.take()
    }

    pub fn cancel_msg(&self) -> Value {
        self.rare(|r| r.cancel_msg.clone())
    }

    pub fn set_cancel_msg(&self, msg: Value) {
        if msg.is_none() && self.rare(|r| r.cancel_msg.is_none()) {
            return;
        }
        self.rare_mut(|r| r.cancel_msg = msg);
    }
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
    create_task_in(interp, lp, coro, name, Value::None)
}

/// `loop.create_task(coro, name=, context=)`: the loop's task factory when one
/// is set (called as `factory(loop, coro)`, plus `context=` when given, then
/// named), else a native task.
pub fn spawn(interp: &mut Interp, lp: &Rc<EventLoop>, coro: Value, name: Value, context: Value) -> PyResult<Value> {
    let factory = lp.task_factory.borrow().clone();
    if factory.is_none() {
        return Ok(create_task_in(interp, lp, coro, name, context)?.value());
    }
    if lp.closed.get() {
        return Err(interp.runtime_error("Event loop is closed"));
    }
    let kwargs = if context.is_none() { vec![] } else { vec![(Rc::from("context"), context)] };
    let task = interp.call_value(factory, vec![Value::native(lp.clone()), coro], kwargs)?;
    if !name.is_none() {
        // A task without set_name keeps its own name (CPython warns, then does the same).
        match interp.get_attr(&task, "set_name") {
            Ok(set_name) => {
                interp.call_value(set_name, vec![name], vec![])?;
            }
            Err(e) if interp.is_exc(&e, Exc::AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(task)
}

/// Creates a task running in `context` (None: a copy of the current context,
/// when `contextvars` is loaded) and schedules its first step.
pub fn create_task_in(interp: &mut Interp, lp: &Rc<EventLoop>, coro: Value, name: Value, context: Value) -> PyResult<Rc<Future>> {
    if !is_coroutine(&coro) {
        let r = interp.repr(&coro)?;
        return Err(interp.type_error(format!("a coroutine was expected, got {r}")));
    }
    if lp.closed.get() {
        return Err(interp.runtime_error("Event loop is closed"));
    }
    let (name, number) = if name.is_none() {
        interp.runtime().task_counter += 1;
        let n = interp.runtime().task_counter;
        match u32::try_from(n) {
            Ok(n) => (Value::None, n),
            Err(_) => (Value::string(format!("Task-{n}")), 0),
        }
    } else {
        (Value::string(interp.to_str(&name)?), 0)
    };
    let state = TaskState::new(coro, name);
    // Each task runs in a copy of its creator's context (PEP 567), once there can be variables.
    let context = if context.is_none() { copy_context(interp)? } else { context };
    if !context.is_none() {
        state.rare_mut(|r| r.context = context);
    }
    let t = Rc::new(Future::new_task(lp.clone(), state, number));
    crate::modules::asyncio::future::track(&t);
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
    let coro = if is_coroutine(&v) {
        v
    } else if interp.lookup_special(&v, "__await__").is_some() {
        let tasks = interp.import_module("asyncio.tasks")?;
        let wrap = interp.get_attr(&tasks, "_wrap_awaitable")?;
        interp.call_value(wrap, vec![v], vec![])?
    } else {
        return Err(interp.type_error("An asyncio.Future, a coroutine or an awaitable is required"));
    };
    if lp.task_factory.borrow().is_none() {
        return create_task(interp, lp, coro, Value::None);
    }
    let task = spawn(interp, lp, coro, Value::None, Value::None)?;
    match as_future(&task) {
        Some(f) => Ok(f),
        None => {
            let t = interp.type_name(&task);
            Err(interp.type_error(format!("the task factory returned a '{t}', not a Future")))
        }
    }
}

/// The task's name.
pub fn name(t: &Future) -> String {
    match t.task().map(|ts| ts.explicit_name()) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => format!("Task-{}", t.number()),
        None => String::new(),
    }
}

thread_local! {
    /// Tasks whose cancellation is being passed on to what they wait for.
    static IN_CANCEL: std::cell::RefCell<Vec<*const Future>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `Task.cancel(msg)` (and Future.cancel for plain futures).
pub fn cancel(fut: &Rc<Future>, msg: Value) -> bool {
    if let Some(g) = fut.gather() {
        return crate::modules::asyncio::gather::cancel(fut, g, msg);
    }
    let Some(ts) = fut.task() else { return future::future_cancel(fut, msg) };
    fut.set_log_traceback(false);
    if fut.is_done() {
        return false;
    }
    ts.set_num_cancels(ts.num_cancels().saturating_add(1));
    // Tasks awaiting each other in a ring: the request goes round once, and
    // the task it comes back to is cancelled itself.
    let key = Rc::as_ptr(fut);
    if IN_CANCEL.with(|c| c.borrow().contains(&key)) {
        fut.set_must_cancel(true);
        ts.set_cancel_msg(msg);
        // Nothing in the ring will wake it: step it now, to raise CancelledError.
        fut.loop_.ready.borrow_mut().push_back(Callback::Step(fut.clone()));
        return true;
    }
    IN_CANCEL.with(|c| c.borrow_mut().push(key));
    let cancelled = match ts.fut_waiter() {
        Some(Waiter::Fut(w)) => cancel(&w, msg.clone()),
        Some(Waiter::Event(w)) => w.cancel(msg.clone()),
        None => false,
    };
    IN_CANCEL.with(|c| c.borrow_mut().pop());
    if cancelled {
        return true;
    }
    fut.set_must_cancel(true);
    ts.set_cancel_msg(msg);
    true
}

/// One step of a task. Errs only with SystemExit / KeyboardInterrupt, which stop the loop.
pub fn step(interp: &mut Interp, t: &Rc<Future>, mut exc: Option<Value>) -> PyResult<()> {
    let Some(ts) = t.task() else { return Ok(()) };
    if t.is_done() {
        return Ok(());
    }
    let waiter = ts.take_fut_waiter();
    if t.must_cancel() {
        // CPython's wakeup steps with the waiter's exception: a cancelled waiter's
        // CancelledError is kept, anything else becomes the task's own.
        if exc.is_none() {
            if let Some(Waiter::Fut(w)) = &waiter {
                if w.is_cancelled() {
                    exc = Some(future::make_cancelled_error(interp, w));
                }
            }
        }
        if !exc.as_ref().is_some_and(|e| interp.is_cancelled_error(e)) {
            let msg = ts.cancel_msg();
            exc = Some(interp.cancelled_error(&msg));
        }
        t.set_must_cancel(false);
    }
    drop(waiter);
    let lp = &t.loop_;
    let prev = lp.current_task.borrow_mut().replace(t.clone());
    let context = ts.context();
    let saved_context = enter_context(interp, &context);
    let r = match &ts.coro {
        Value::Generator(g) => interp.resume_raw(g, Value::None, exc),
        Value::Native(n) => {
            let n = n.clone();
            crate::vm::generator::step_native(interp, &n, Value::None, exc).unwrap_or_else(|| Err(interp.type_error("bad coroutine")))
        }
        _ => Err(interp.type_error("bad coroutine")),
    };
    *lp.current_task.borrow_mut() = prev;
    leave_context(saved_context);
    match r {
        Ok(Outcome::Return(v)) => {
            if t.must_cancel() {
                t.set_must_cancel(false);
                future::future_cancel(t, ts.cancel_msg());
            } else {
                future::set_result(interp, t, v)?;
            }
        }
        Err(e) if interp.is_cancelled_error(&e) => future::cancel_with_exception(t, e),
        Err(e) => {
            let fatal = interp.is_exc(&e, Exc::SystemExit)
                || interp.is_exc(&e, Exc::KeyboardInterrupt)
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

/// `contextvars.copy_context()`, or None when `contextvars` was never imported
/// (then no variable exists, and nothing needs copying).
pub fn copy_context(interp: &mut Interp) -> PyResult<Value> {
    let Some(Value::Module(cv)) = interp.modules.get("contextvars").cloned() else { return Ok(Value::None) };
    let copy = cv.dict.borrow().get_str("copy_context").cloned();
    match copy {
        Some(copy) => interp.call_value(copy, vec![], vec![]),
        None => Ok(Value::None),
    }
}

/// What [`enter_context`] gives back: the module and the context to restore.
pub type SavedContext = Option<(Rc<crate::vm::object::Module>, Value)>;

/// Puts back the context saved by [`enter_context`].
pub fn leave_context(saved: SavedContext) {
    if let Some((module, saved)) = saved {
        module.dict.borrow_mut().set_str("_current", saved);
    }
}

/// Makes `context` the current `contextvars` context (coil's `contextvars` keeps
/// it in the module's `_current`); gives what to put back after the step.
pub fn enter_context(interp: &Interp, context: &Value) -> SavedContext {
    if context.is_none() {
        return None;
    }
    let Some(Value::Module(cv)) = interp.modules.get("contextvars") else { return None };
    let saved = cv.dict.borrow().get_str("_current").cloned()?;
    cv.dict.borrow_mut().set_str("_current", context.clone());
    Some((cv.clone(), saved))
}

/// Reacts to a value the task's coroutine yielded.
fn yielded(interp: &mut Interp, t: &Rc<Future>, v: Value) -> PyResult<()> {
    let Some(ts) = t.task() else { return Ok(()) };
    if v.is_none() {
        t.loop_.ready.borrow_mut().push_back(Callback::Step(t.clone()));
        return Ok(());
    }
    if let Value::Native(n) = &v {
        if let Some(w) = crate::vm::object::downcast_rc::<EventWait>(n) {
            if w.attach(t) {
                let must_cancel = t.must_cancel();
                ts.set_fut_waiter(Some(Waiter::Event(w.clone())));
                if must_cancel && w.cancel(ts.cancel_msg()) {
                    t.set_must_cancel(false);
                }
                return Ok(());
            }
        }
    }
    let Some(f) = as_future(&v) else {
        let r = interp.repr(&v)?;
        let e = interp.runtime_error(format!("Task got bad yield: {r}"));
        t.loop_.ready.borrow_mut().push_back(Callback::Throw(Box::new((t.clone(), e))));
        return Ok(());
    };
    if !Rc::ptr_eq(&f.loop_, &t.loop_) {
        let (tr, fr) = (repr(interp, t), repr(interp, &f));
        let e = interp.runtime_error(format!("Task {tr} got Future {fr} attached to a different loop"));
        t.loop_.ready.borrow_mut().push_back(Callback::Throw(Box::new((t.clone(), e))));
        return Ok(());
    }
    if Rc::ptr_eq(&f, t) {
        let tr = repr(interp, t);
        let e = interp.runtime_error(format!("Task cannot await on itself: {tr}"));
        t.loop_.ready.borrow_mut().push_back(Callback::Throw(Box::new((t.clone(), e))));
        return Ok(());
    }
    future::add_done_callback(&f, DoneCallback::Wake(t.clone()));
    let must_cancel = t.must_cancel();
    ts.set_fut_waiter(Some(Waiter::Fut(f.clone())));
    if must_cancel && cancel(&f, ts.cancel_msg()) {
        t.set_must_cancel(false);
    }
    Ok(())
}

/// `<coroutine-name>() running at FILE:LINE` (or `done, defined at FILE:LINE`) as
/// CPython's `_format_coroutine`.
pub fn format_coro(coro: &Value) -> String {
    match coro {
        Value::Generator(g) => {
            let frame = g.frame.borrow();
            match frame.as_ref() {
                Some(f) => {
                    let line = if g.started.get() { f.line() } else { f.code.source.line_of(f.code.first_offset) };
                    format!("{}() running at {}:{}", g.qualname(), f.code.source.name, line)
                }
                None => {
                    let code = &g.code;
                    format!("{}() done, defined at {}:{}", g.qualname(), code.source.name, code.source.line_of(code.first_offset))
                }
            }
        }
        Value::Native(n) => format!("{}()", crate::modules::asyncio::native_coro_name(n)),
        _ => "sleep()".into(),
    }
}

thread_local! {
    /// Futures whose repr is being built, innermost last: a task waiting (through
    /// others) on itself shows as `...` the second time, as CPython's
    /// `reprlib.recursive_repr` does.
    static IN_REPR: std::cell::RefCell<Vec<*const Future>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The repr of a Future or Task, as CPython prints it.
pub fn repr(interp: &mut Interp, f: &Rc<Future>) -> String {
    let key = Rc::as_ptr(f);
    if IN_REPR.with(|r| r.borrow().contains(&key)) {
        return "...".to_string();
    }
    IN_REPR.with(|r| r.borrow_mut().push(key));
    let out = repr_of(interp, f);
    IN_REPR.with(|r| r.borrow_mut().pop());
    out
}

fn repr_of(interp: &mut Interp, f: &Rc<Future>) -> String {
    let state = match f.state() {
        FutState::Pending => "pending",
        FutState::Cancelled => "cancelled",
        FutState::Finished => "finished",
    };
    let mut out = String::new();
    match f.task() {
        Some(ts) => {
            out.push_str(&format!("<Task {state} name='{}' coro=<{}>", name(f), format_coro(&ts.coro)));
        }
        None => out.push_str(&format!("<Future {state}")),
    }
    if f.state() == FutState::Finished {
        let v = f.result_value();
        let r = interp.repr(&v).unwrap_or_default();
        if f.has_exception() {
            out.push_str(&format!(" exception={r}"));
        } else {
            out.push_str(&format!(" result={r}"));
        }
    }
    if f.task().is_none() && f.callback_count() > 0 {
        let cbs: Vec<String> = f.with_callbacks(|cbs| {
            cbs.as_slice()
                .iter()
                .map(|c| match c {
                    DoneCallback::Wake(_) => "Task.task_wakeup()".to_string(),
                    DoneCallback::Py(_) => "<callback>()".to_string(),
                    DoneCallback::Native(_) => "<native>()".to_string(),
                })
                .collect()
        });
        out.push_str(&format!(" cb=[{}]", cbs.join(", ")));
    }
    if let Some(ts) = f.task() {
        match ts.fut_waiter() {
            Some(Waiter::Fut(w)) => {
                let wr = repr(interp, &w);
                out.push_str(&format!(" wait_for={wr}"));
            }
            Some(Waiter::Event(w)) => out.push_str(&format!(" wait_for={}", w.waiter_repr())),
            None => {}
        }
    }
    out.push('>');
    out
}
