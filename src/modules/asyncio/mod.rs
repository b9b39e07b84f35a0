//! The asyncio runtime and the `_asyncio` native module it backs: the event loop
//! on mio (`event_loop.rs`, `timers.rs`), futures and tasks (`future.rs`,
//! `task.rs`), the native awaitables (`awaitable.rs`), `gather`, `Event`,
//! `Queue`, and the loop's hooks for async generators. The `asyncio` package in
//! stdlib/ builds the rest (locks, timeouts, TaskGroup, Runner) on top of it.
//!
//! A library layer: the VM knows nothing of it. It keeps its per-interpreter
//! state in the interpreter's library slot ([`state::Runtime`]), drives coroutines
//! through the VM's generator API, and makes its awaitables steppable by
//! implementing `NativeObject::as_coroutine`.

pub mod asyncgen;
pub mod awaitable;
pub mod event;
mod event_methods;
pub mod event_loop;
pub mod future;
mod future_methods;
pub mod gather;
pub mod handle_methods;
mod io_methods;
mod loop_methods;
pub mod queue;
mod queue_methods;
mod slow_callbacks;
pub mod state;
pub mod task;
pub mod timers;

pub use event_loop::EventLoop;
pub use future::Future;

use crate::vm::types::Exc;
use crate::objects::{add_method, kwarg};
use crate::vm::types::native_class;
use crate::modules::asyncio::awaitable::Sleep;
use future::as_future;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Installs the async-generator hooks, makes the runtime's classes and registers `_asyncio`.
pub fn register(interp: &mut Interp) {
    let base_exc = interp.types.exc(Exc::BaseException);
    let exc = interp.types.exc(Exc::Exception);
    let mk = |name: &str, base: &Rc<Class>| {
        crate::vm::types::new_class(name, vec![base.clone()], Dict::new(), ClassKind::Exception, "asyncio.exceptions")
    };
    interp.runtime().cancelled_error = mk("CancelledError", &base_exc);
    interp.runtime().invalid_state_error = mk("InvalidStateError", &exc);
    let object = interp.types.object.clone();
    let future_class = native_class(interp, "Future", &object, "_asyncio");
    let task_class = native_class(interp, "Task", &future_class, "_asyncio");
    future_methods::register(interp, &future_class, &task_class);
    let loop_class = native_class(interp, "_UnixSelectorEventLoop", &object, "asyncio.unix_events");
    loop_methods::register(interp, &loop_class);
    io_methods::register(interp, &loop_class);
    let functions: &[(&str, NativeFn)] = &[
        ("get_running_loop", get_running_loop),
        ("_get_running_loop", _get_running_loop),
        ("_set_running_loop", set_running_loop),
        ("get_event_loop", get_event_loop),
        ("_current_event_loop", current_event_loop),
        ("set_event_loop", set_event_loop),
        ("new_event_loop", new_event_loop),
        ("current_task", current_task),
        ("all_tasks", all_tasks),
        ("create_task", create_task),
        ("sleep", sleep),
        ("gather", gather),
        ("ensure_future", ensure_future),
        ("iscoroutine", iscoroutine),
        ("iscoroutinefunction", iscoroutinefunction),
        ("isfuture", isfuture),
        ("_drain_finalizers", drain),
        ("_extend_loop", io_methods::extend_loop),
    ];
    let mut values = vec![
        ("Future", Value::Class(future_class)),
        ("Task", Value::Class(task_class)),
        ("AbstractEventLoop", Value::Class(loop_class.clone())),
        ("BaseEventLoop", Value::Class(loop_class.clone())),
        ("SelectorEventLoop", Value::Class(loop_class)),
    ];
    if let Some(c) = &interp.runtime().cancelled_error {
        values.push(("CancelledError", Value::Class(c.clone())));
    }
    if let Some(c) = &interp.runtime().invalid_state_error {
        values.push(("InvalidStateError", Value::Class(c.clone())));
    }
    values.extend(queue_methods::make_exceptions(interp));
    values.extend(handle_methods::classes(interp));
    let mut functions = functions.to_vec();
    functions.extend_from_slice(queue_methods::FUNCTIONS);
    functions.extend_from_slice(event_methods::FUNCTIONS);
    let m = super::make_module("_asyncio", &functions, values);
    interp.modules.insert("_asyncio".into(), m);
}


/// Positional argument `i`, or keyword `name`, or None.
pub fn arg(args: &[Value], i: usize, kwargs: KwArgs, name: &str) -> Value {
    args.get(i).cloned().or_else(|| kwarg(kwargs, name).cloned()).unwrap_or(Value::None)
}

/// The event loop behind a value.
pub fn as_loop(v: &Value) -> Option<Rc<EventLoop>> {
    match v {
        Value::Native(n) => downcast_rc::<EventLoop>(n),
        _ => None,
    }
}

/// The running loop, or the loop named by a `loop=` argument.
fn loop_arg(interp: &mut Interp, v: &Value) -> PyResult<Rc<EventLoop>> {
    if v.is_none() {
        return crate::modules::asyncio::awaitable::running_loop(interp);
    }
    as_loop(v).ok_or_else(|| interp.type_error("loop must be an event loop"))
}

/// The loop for `get_event_loop()`: running, set, or a new one that becomes the set loop.
pub fn event_loop_for(interp: &mut Interp) -> Rc<EventLoop> {
    if let Some(lp) = &interp.runtime().running_loop {
        return lp.clone();
    }
    if let Some(lp) = &interp.runtime().event_loop {
        return lp.clone();
    }
    let lp = Rc::new(EventLoop::new());
    interp.runtime().event_loop = Some(lp.clone());
    lp
}

fn get_running_loop(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::native(crate::modules::asyncio::awaitable::running_loop(interp)?))
}

fn _get_running_loop(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(interp.runtime().running_loop.clone().map(|l| Value::native(l) as Value).unwrap_or(Value::None))
}

/// `_set_running_loop(loop)`: what `get_running_loop()` reports (None: no loop runs).
fn set_running_loop(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let v = arg(args, 0, kwargs, "loop");
    let lp = if v.is_none() { None } else { Some(loop_arg(interp, &v)?) };
    interp.runtime().running_loop = lp;
    Ok(Value::None)
}

fn get_event_loop(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::native(event_loop_for(interp)))
}

/// `_asyncio._current_event_loop()`: the loop `set_event_loop` installed (or one
/// made on demand), None when there is none; never makes one (the event-loop
/// policy decides that).
fn current_event_loop(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(interp.runtime().event_loop.clone().map(|l| Value::native(l) as Value).unwrap_or(Value::None))
}

fn set_event_loop(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let v = arg(args, 0, kwargs, "loop");
    if v.is_none() {
        interp.runtime().event_loop = None;
        return Ok(Value::None);
    }
    match as_loop(&v) {
        Some(lp) => {
            interp.runtime().event_loop = Some(lp);
            Ok(Value::None)
        }
        None => {
            let t = interp.type_name(&v);
            Err(interp.type_error(format!("loop must be an instance of AbstractEventLoop or None, not '{t}'")))
        }
    }
}

fn new_event_loop(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::native(Rc::new(EventLoop::new())))
}

fn current_task(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = loop_arg(interp, &arg(args, 0, kwargs, "loop"))?;
    let t = lp.current_task.borrow().clone();
    Ok(t.map(|t| t.value()).unwrap_or(Value::None))
}

fn all_tasks(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = loop_arg(interp, &arg(args, 0, kwargs, "loop"))?;
    let mut set = crate::vm::set::SetData::default();
    for t in lp.pending_tasks() {
        let v = t.value();
        let k = interp.hash_key(v)?;
        set.insert(k);
    }
    Ok(Value::Set(Rc::new(RefCell::new(set))))
}

fn create_task(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let coro = arg(args, 0, kwargs, "coro");
    let lp = crate::modules::asyncio::awaitable::running_loop(interp)?;
    let name = kwarg(kwargs, "name").cloned().unwrap_or(Value::None);
    let context = kwarg(kwargs, "context").cloned().unwrap_or(Value::None);
    task::spawn(interp, &lp, coro, name, context)
}

fn sleep(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let delay = arg(args, 0, kwargs, "delay");
    let delay = crate::objects::numbers::number_arg(interp, &delay)?;
    let result = arg(args, 1, kwargs, "result");
    Ok(Sleep::make(interp, delay, result))
}

fn gather(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let rx = match kwarg(kwargs, "return_exceptions") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    let lp = event_loop_for(interp);
    let outer = crate::modules::asyncio::gather::gather(interp, &lp, args, rx, &task::ensure_future)?;
    Ok(outer.value())
}

fn ensure_future(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let v = arg(args, 0, kwargs, "coro_or_future");
    let lp = match kwarg(kwargs, "loop") {
        Some(l) if !l.is_none() => as_loop(l).ok_or_else(|| interp.type_error("loop must be an event loop"))?,
        _ => event_loop_for(interp),
    };
    Ok(task::ensure_future(interp, &lp, v)?.value())
}

fn iscoroutine(_: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(match args.first() {
        Some(Value::Generator(g)) => g.kind == GenKind::Coroutine,
        Some(Value::Native(n)) => {
            crate::modules::asyncio::awaitable::is_native_coroutine(n)
                && !n.as_any().is::<crate::vm::asyncgen::AsyncGenOp>()
        }
        _ => false,
    }))
}

fn iscoroutinefunction(_: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let code_flags = |v: &Value| match v {
        Value::Function(f) => f.code.flags,
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => f.code.flags,
            _ => 0,
        },
        _ => 0,
    };
    let f = args.first().map(code_flags).unwrap_or(0);
    Ok(Value::Bool(f & crate::compile::bytecode::flags::COROUTINE != 0))
}

fn isfuture(_: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(args.first().and_then(as_future).is_some()))
}

fn drain(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    crate::vm::finalize::drain_finalizers(interp);
    Ok(Value::None)
}

/// Adds methods to a class from a table.
pub fn add_methods(cls: &Rc<Class>, table: &[(&str, NativeFn)]) {
    for (name, f) in table {
        add_method(cls, name, *f);
    }
}

/// The native state kept in the `_core` attribute of `args[0]` (a Queue or Event).
pub fn instance_core<T: NativeObject>(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<T>> {
    let found = match args.first() {
        Some(Value::Instance(inst)) => match inst.dict.borrow().get_str("_core") {
            Some(Value::Native(n)) => downcast_rc::<T>(n),
            _ => None,
        },
        _ => None,
    };
    match found {
        Some(c) => Ok(c),
        None => {
            let t = args.first().map(|v| interp.type_name(v)).unwrap_or_default();
            Err(interp.attribute_error(format!("'{t}' object has no attribute '_core'")))
        }
    }
}

/// The qualified name of a native coroutine (`sleep`, `Queue.get`, `Event.wait`).
pub fn native_coro_name(n: &Rc<dyn NativeObject>) -> &'static str {
    let any = n.as_any();
    if let Some(op) = any.downcast_ref::<crate::modules::asyncio::queue::QueueOp>() {
        return op.qualname();
    }
    if any.is::<crate::modules::asyncio::event::EventWait>() {
        return "Event.wait";
    }
    "sleep"
}

/// The future of a method's receiver.
pub fn recv_future(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<Future>> {
    args.first().and_then(as_future).ok_or_else(|| interp.type_error("descriptor requires a 'Future' object"))
}
