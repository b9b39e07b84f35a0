//! Methods of the event loop object: running and stopping, scheduling
//! callbacks and timers, futures and tasks, exception handlers, debug flag.

use super::{add_methods, arg, as_loop};
use crate::objects::kwarg;
use crate::modules::asyncio::event_loop::{self, now, EventLoop};
use crate::modules::asyncio::future::Future;
use crate::modules::asyncio::timers::{Handle, TimerAction};
use crate::modules::asyncio::{asyncgen, handle_methods, task};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

pub fn register(_interp: &mut Interp, cls: &Rc<Class>) {
    add_methods(
        cls,
        &[
            ("__new__", loop_new),
            ("run_forever", run_forever),
            ("run_until_complete", run_until_complete),
            ("stop", stop),
            ("close", close),
            ("is_running", is_running),
            ("is_closed", is_closed),
            ("call_soon", call_soon),
            ("call_soon_threadsafe", call_soon_threadsafe),
            ("call_later", call_later),
            ("call_at", call_at),
            ("time", time),
            ("create_future", create_future),
            ("create_task", create_task),
            ("set_exception_handler", set_exception_handler),
            ("get_exception_handler", get_exception_handler),
            ("default_exception_handler", default_exception_handler),
            ("call_exception_handler", call_exception_handler),
            ("shutdown_asyncgens", shutdown_asyncgens),
            ("shutdown_default_executor", shutdown_default_executor),
            ("get_debug", get_debug),
            ("set_debug", set_debug),
            ("__repr__", repr),
            ("set_task_factory", set_task_factory),
            ("get_task_factory", get_task_factory),
            ("_add_callback", add_callback),
            ("_check_closed", check_closed_method),
        ],
    );
    add_methods(cls, SIGNAL_METHODS);
    add_property(cls, "slow_callback_duration", get_slow_duration, Some(set_slow_duration));
    add_property(cls, "_signal_handlers", get_signal_handlers, None);
}

/// A property of the loop class: `getter`, and `setter` when it can be assigned.
fn add_property(cls: &Rc<Class>, name: &str, getter: NativeFn, setter: Option<NativeFn>) {
    let builtin = |func: NativeFn| {
        Value::Builtin(Rc::new(BuiltinFunction {
            name: name.into(),
            func,
            bound: None,
            with_caller: None,
            on_builtin_value: true,
            sig: None,
        }))
    };
    let fset = setter.map(builtin).unwrap_or(Value::None);
    let prop = Descriptor::Property { fget: builtin(getter), fset, fdel: Value::None, doc: Value::None };
    cls.dict.borrow_mut().set_str(name, Value::Descriptor(Rc::new(prop)));
}

/// The signal methods, written in coil (stdlib/asyncio/unix_signals.py): each
/// stand-in imports that module on first use and calls its function.
macro_rules! signal_methods {
    ($($name:ident),* $(,)?) => {
        const SIGNAL_METHODS: &[(&str, NativeFn)] = &[$((stringify!($name), {
            fn $name(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                call_signals(interp, stringify!($name), args, kwargs)
            }
            $name
        })),*];
    };
}

signal_methods!(add_signal_handler, remove_signal_handler, _check_signal, _handle_signal, _process_self_data);

fn call_signals(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let module = interp.import_module("asyncio.unix_signals")?;
    let f = interp.get_attr(&module, name)?;
    interp.call_value(f, args.to_vec(), kwargs.to_vec())
}

fn recv(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<EventLoop>> {
    args.first().and_then(as_loop).ok_or_else(|| interp.type_error("descriptor requires an event loop"))
}

fn check_closed(interp: &mut Interp, lp: &EventLoop) -> PyResult<()> {
    if lp.closed.get() {
        return Err(interp.runtime_error("Event loop is closed"));
    }
    Ok(())
}

fn loop_new(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::native(Rc::new(EventLoop::new())))
}

fn run_forever(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    event_loop::run_forever(interp, &lp)?;
    Ok(Value::None)
}

fn run_until_complete(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    check_closed(interp, &lp)?;
    if lp.running.get() {
        return Err(interp.runtime_error("This event loop is already running"));
    }
    if interp.runtime().running_loop.is_some() {
        return Err(interp.runtime_error("Cannot run the event loop while another loop is running"));
    }
    let fut = task::ensure_future(interp, &lp, arg(args, 1, kwargs, "future"))?;
    event_loop::run_until_complete(interp, &lp, fut)
}

fn stop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    recv(interp, args)?.stopping.set(true);
    Ok(Value::None)
}

fn close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    if lp.running.get() {
        return Err(interp.runtime_error("Cannot close a running event loop"));
    }
    lp.close();
    // Signal handlers outlive a loop that closes: they are removed now.
    let has_handlers = match &*lp.signal_handlers.borrow() {
        Value::Dict(d) => !d.borrow().is_empty(),
        _ => false,
    };
    if has_handlers {
        call_signals(interp, "_after_close", args, &[])?;
    }
    Ok(Value::None)
}

fn is_running(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(recv(interp, args)?.running.get()))
}

fn is_closed(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(recv(interp, args)?.closed.get()))
}

/// A handle for `callback(*args)` from a method's arguments starting at `from`,
/// run in the `context=` keyword's context (default: a copy of the current one).
fn make_handle(
    interp: &mut Interp,
    args: &[Value],
    kwargs: KwArgs,
    from: usize,
    when: Option<f64>,
    what: &str,
) -> PyResult<Rc<Handle>> {
    let Some(cb) = args.get(from).cloned() else {
        return Err(interp.type_error(format!("{what}() missing 1 required positional argument: 'callback'")));
    };
    let callable = matches!(cb, Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_))
        || interp.lookup_special(&cb, "__call__").is_some();
    if !callable {
        let r = interp.repr(&cb)?;
        return Err(interp.type_error(format!("a callable object was expected by {what}(), got {r}")));
    }
    let mut h = Handle::new(cb, args[from + 1..].to_vec(), when);
    h.context = handle_methods::context_kwarg(interp, kwargs)?;
    if let Some(lp) = as_loop(&args[0]) {
        if lp.debug.get() {
            h.created = handle_methods::caller_location(interp);
        }
        h.loop_ = crate::modules::asyncio::timers::HandleLoop::Native(Rc::downgrade(&lp));
    }
    Ok(Rc::new(h))
}

fn call_soon(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    check_closed(interp, &lp)?;
    let h = make_handle(interp, args, kwargs, 1, None, "call_soon")?;
    lp.call_soon(h.clone());
    Ok(Value::native(h))
}

fn call_soon_threadsafe(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    check_closed(interp, &lp)?;
    let h = make_handle(interp, args, kwargs, 1, None, "call_soon_threadsafe")?;
    lp.call_soon(h.clone());
    lp.wake();
    Ok(Value::native(h))
}

fn schedule_at(interp: &mut Interp, args: &[Value], kwargs: KwArgs, when: f64, what: &str) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    check_closed(interp, &lp)?;
    let h = make_handle(interp, args, kwargs, 2, Some(when), what)?;
    lp.call_at(when, TimerAction::Call(h.clone()));
    Ok(Value::native(h))
}

fn call_later(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let delay = args.get(1).cloned().unwrap_or(Value::None);
    let delay = crate::objects::numbers::number_arg(interp, &delay)?;
    schedule_at(interp, args, kwargs, now() + delay, "call_later")
}

fn call_at(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let when = args.get(1).cloned().unwrap_or(Value::None);
    let when = crate::objects::numbers::number_arg(interp, &when)?;
    schedule_at(interp, args, kwargs, when, "call_at")
}

/// `loop._add_callback(handle)`: queues an existing handle (a signal's, say).
fn add_callback(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let h = arg(args, 1, kwargs, "handle");
    let handle = match &h {
        Value::Native(n) => downcast_rc::<Handle>(n),
        _ => None,
    };
    let Some(handle) = handle else {
        let t = interp.type_name(&h);
        return Err(interp.type_error(format!("expected a Handle, got '{t}'")));
    };
    if !handle.cancelled.get() {
        lp.call_soon(handle);
        lp.wake();
    }
    Ok(Value::None)
}

fn check_closed_method(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    check_closed(interp, &lp)?;
    Ok(Value::None)
}

/// `loop.set_task_factory(factory)`: None, or `factory(loop, coro[, context=])` making tasks.
fn set_task_factory(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let factory = arg(args, 1, kwargs, "factory");
    if !factory.is_none() && !interp.is_callable(&factory) {
        return Err(interp.type_error("task factory must be a callable or None"));
    }
    *lp.task_factory.borrow_mut() = factory;
    Ok(Value::None)
}

fn get_task_factory(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let f = lp.task_factory.borrow().clone();
    Ok(f)
}

fn get_slow_duration(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(recv(interp, args)?.slow_callback_duration.get()))
}

fn set_slow_duration(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let secs = crate::objects::numbers::number_arg(interp, &v)?;
    lp.slow_callback_duration.set(secs);
    Ok(Value::None)
}

/// A per-loop dict kept in `slot`, made on first use.
fn loop_dict(slot: &std::cell::RefCell<Value>) -> Value {
    let mut v = slot.borrow_mut();
    if v.is_none() {
        *v = Value::dict(crate::vm::dict::Dict::new());
    }
    v.clone()
}

fn get_signal_handlers(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(loop_dict(&recv(interp, args)?.signal_handlers))
}

fn time(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(now()))
}

fn create_future(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let fut = Rc::new(Future::new(lp, None));
    crate::modules::asyncio::future::track(&fut);
    Ok(fut.value())
}

fn create_task(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    check_closed(interp, &lp)?;
    let coro = arg(args, 1, kwargs, "coro");
    let name = kwarg(kwargs, "name").cloned().unwrap_or(Value::None);
    let context = kwarg(kwargs, "context").cloned().unwrap_or(Value::None);
    task::spawn(interp, &lp, coro, name, context)
}

fn set_exception_handler(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let h = arg(args, 1, kwargs, "handler");
    if !h.is_none() && !matches!(h, Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_)) {
        let r = interp.repr(&h)?;
        return Err(interp.type_error(format!("A callable object or None is expected, got {r}")));
    }
    *lp.exception_handler.borrow_mut() = h;
    Ok(Value::None)
}

fn get_exception_handler(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let h = lp.exception_handler.borrow().clone();
    Ok(h)
}

fn default_exception_handler(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let ctx = arg(args, 1, kwargs, "context");
    event_loop::default_exception_handler(interp, &ctx);
    Ok(Value::None)
}

fn call_exception_handler(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let ctx = arg(args, 1, kwargs, "context");
    event_loop::call_exception_handler(interp, &lp, ctx)?;
    Ok(Value::None)
}

fn shutdown_asyncgens(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    Ok(asyncgen::shutdown(interp, &lp)?.value())
}

fn shutdown_default_executor(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let f = Rc::new(Future::new(lp, None));
    crate::modules::asyncio::future::set_result(interp, &f, Value::None)?;
    Ok(f.value())
}

fn get_debug(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(recv(interp, args)?.debug.get()))
}

fn set_debug(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let v = arg(args, 1, kwargs, "enabled");
    let b = interp.truthy(&v)?;
    lp.debug.set(b);
    Ok(Value::None)
}

fn repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let b = |x: bool| if x { "True" } else { "False" };
    Ok(Value::string(format!(
        "<_UnixSelectorEventLoop running={} closed={} debug={}>",
        b(lp.running.get()),
        b(lp.closed.get()),
        b(lp.debug.get())
    )))
}
