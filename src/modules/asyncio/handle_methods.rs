//! The `asyncio.Handle` and `asyncio.TimerHandle` classes (TimerHandle a
//! subclass of Handle, as in CPython): their constructors, `cancel`,
//! `cancelled`, `when`, `_run`, the private attributes code reads
//! (`_callback`, `_args`, `_cancelled`, `_loop`, `_context`, `_when`), and the
//! repr CPython prints, `<Handle cb(args) at file:line>`.

use super::{add_methods, arg};
use crate::modules::asyncio::event_loop::{self, callable_desc};
use crate::modules::asyncio::timers::{Handle, HandleLoop};
use crate::modules::asyncio::task;
use crate::vm::types::Exc;
use crate::objects::kwarg;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::types::native_class;
use crate::vm::value::Value;
use std::rc::Rc;

/// Makes the two classes (named after the classes of asyncio.events).
pub fn register(interp: &mut Interp) {
    let object = interp.types.object.clone();
    let handle = native_class(interp, "Handle", &object, "asyncio.events");
    add_methods(
        &handle,
        &[
            ("__new__", handle_new),
            ("cancel", handle_cancel),
            ("cancelled", handle_cancelled),
            ("_run", handle_run),
            ("__repr__", handle_repr),
        ],
    );
    for (name, getter) in [
        ("_callback", get_callback as NativeFn),
        ("_args", get_args),
        ("_cancelled", handle_cancelled),
        ("_loop", get_loop),
        ("_context", get_context),
    ] {
        crate::modules::io::add_property(&handle, name, getter);
    }
    let timer = native_class(interp, "TimerHandle", &handle, "asyncio.events");
    add_methods(
        &timer,
        &[
            ("__new__", timer_new),
            ("when", handle_when),
            ("cancel", handle_cancel),
            ("__hash__", timer_hash),
            ("__eq__", timer_eq),
            ("__ne__", timer_ne),
            ("__lt__", timer_lt),
            ("__le__", timer_le),
            ("__gt__", timer_gt),
            ("__ge__", timer_ge),
        ],
    );
    crate::modules::io::add_property(&timer, "_when", handle_when);
}

/// The classes, for `_asyncio`'s namespace.
pub fn classes(interp: &Interp) -> Vec<(&'static str, Value)> {
    ["Handle", "TimerHandle"]
        .into_iter()
        .filter_map(|n| interp.native_classes.get(n).map(|c| (n, Value::Class(c.clone()))))
        .collect()
}

fn recv_handle(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<Handle>> {
    match args.first() {
        Some(Value::Native(n)) => downcast_rc::<Handle>(n),
        _ => None,
    }
    .ok_or_else(|| interp.type_error("descriptor requires a 'Handle' object"))
}

/// A handle built by `Handle(callback, args, loop, context=None)` (from `from`
/// on in `args`, which do not include the class); a None context means a copy
/// of the current one.
fn construct(interp: &mut Interp, args: &[Value], kwargs: KwArgs, from: usize, when: Option<f64>) -> PyResult<Value> {
    let callback = arg(args, from, kwargs, "callback");
    let cb_args = arg(args, from + 1, kwargs, "args");
    let cb_args = if cb_args.is_none() { vec![] } else { interp.collect_iterable(&cb_args)? };
    let lp = arg(args, from + 2, kwargs, "loop");
    let mut context = arg(args, from + 3, kwargs, "context");
    if context.is_none() {
        context = task::copy_context(interp)?;
    }
    let mut h = Handle::new(callback, cb_args, when);
    h.context = context;
    h.loop_ = HandleLoop::of(&lp);
    Ok(Value::native(Rc::new(h)))
}

fn handle_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    construct(interp, args, kwargs, 0, None)
}

fn timer_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let when = arg(args, 0, kwargs, "when");
    let when = crate::objects::numbers::number_arg(interp, &when)?;
    construct(interp, args, kwargs, 1, Some(when))
}

fn handle_cancel(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    recv_handle(interp, args)?.cancelled.set(true);
    Ok(Value::None)
}

fn handle_cancelled(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(recv_handle(interp, args)?.cancelled.get()))
}

fn handle_when(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    match recv_handle(interp, args)?.when {
        Some(w) => Ok(Value::Float(w)),
        None => Err(interp.attribute_error("'Handle' object has no attribute 'when'")),
    }
}

/// The two timers compared, or None when the other operand is no TimerHandle.
fn timer_pair(args: &[Value]) -> Option<(Rc<Handle>, Rc<Handle>)> {
    let get = |v: Option<&Value>| match v {
        Some(Value::Native(n)) => downcast_rc::<Handle>(n).filter(|h| h.when.is_some()),
        _ => None,
    };
    Some((get(args.first())?, get(args.get(1))?))
}

fn timer_hash(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let when = recv_handle(interp, args)?.when.unwrap_or(0.0);
    Ok(Value::Int(interp.py_hash_of(&Value::Float(when))?))
}

/// Same deadline, callback, arguments and cancellation.
fn timers_equal(interp: &mut Interp, a: &Handle, b: &Handle) -> PyResult<bool> {
    if a.when != b.when || a.cancelled.get() != b.cancelled.get() || a.args.len() != b.args.len() {
        return Ok(false);
    }
    if !interp.eq(&a.callback, &b.callback)? {
        return Ok(false);
    }
    for (x, y) in a.args.iter().zip(&b.args) {
        if !interp.eq(x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn timer_eq(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some((a, b)) = timer_pair(args) else { return Ok(Value::NotImplemented) };
    Ok(Value::Bool(timers_equal(interp, &a, &b)?))
}

fn timer_ne(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some((a, b)) = timer_pair(args) else { return Ok(Value::NotImplemented) };
    Ok(Value::Bool(!timers_equal(interp, &a, &b)?))
}

/// An ordering by deadline; `or_equal` also accepts equal timers.
fn timer_order(interp: &mut Interp, args: &[Value], less: bool, or_equal: bool) -> PyResult<Value> {
    let Some((a, b)) = timer_pair(args) else { return Ok(Value::NotImplemented) };
    let (x, y) = (a.when.unwrap_or(0.0), b.when.unwrap_or(0.0));
    let strict = if less { x < y } else { x > y };
    Ok(Value::Bool(strict || (or_equal && timers_equal(interp, &a, &b)?)))
}

fn timer_lt(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    timer_order(interp, args, true, false)
}

fn timer_le(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    timer_order(interp, args, true, true)
}

fn timer_gt(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    timer_order(interp, args, false, false)
}

fn timer_ge(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    timer_order(interp, args, false, true)
}

fn get_callback(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let h = recv_handle(interp, args)?;
    Ok(if h.cancelled.get() { Value::None } else { h.callback.clone() })
}

fn get_args(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let h = recv_handle(interp, args)?;
    Ok(if h.cancelled.get() { Value::None } else { Value::tuple(h.args.clone()) })
}

fn get_loop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(recv_handle(interp, args)?.loop_value())
}

fn get_context(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(recv_handle(interp, args)?.context.clone())
}

/// `handle._run()`: the callback in its context; an error goes to the loop's
/// exception handler, as when the loop runs it.
fn handle_run(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let h = recv_handle(interp, args)?;
    if let HandleLoop::Other(other) = &h.loop_ {
        // A loop of another kind: its own call_exception_handler hears of errors.
        let other = other.clone();
        return match h.call(interp) {
            Ok(_) => Ok(Value::None),
            Err(e) if interp.is_exc(&e, Exc::SystemExit) || interp.is_exc(&e, Exc::KeyboardInterrupt) => Err(e),
            Err(e) => {
                let message = format!("Exception in callback {}", callable_desc(interp, &h.callback, &h.args));
                let ctx = event_loop::context(vec![
                    ("message", Value::string(message)),
                    ("exception", e),
                    ("handle", args[0].clone()),
                ]);
                let handler = interp.get_attr(&other, "call_exception_handler")?;
                interp.call_value(handler, vec![ctx], vec![])?;
                Ok(Value::None)
            }
        };
    }
    let lp = match h.native_loop() {
        Some(lp) => lp,
        None => crate::modules::asyncio::event_loop_for(interp),
    };
    event_loop::run_callback(interp, &lp, event_loop::Callback::Call(h))?;
    Ok(Value::None)
}

/// ` at FILE:LINE` for a function callback, looking through `__wrapped__`
/// (CPython's `_format_callback_source`).
pub fn callback_source(f: &Value) -> String {
    let mut f = f.clone();
    for _ in 0..100 {
        let Value::Function(func) = &f else { return String::new() };
        let inner = func.dict.borrow().as_ref().and_then(|d| d.borrow().get_str("__wrapped__").cloned());
        match inner {
            Some(w) => f = w,
            None => {
                let code = &func.code;
                return format!(" at {}:{}", code.source.name, code.source.line_of(code.first_offset));
            }
        }
    }
    String::new()
}

/// `FILE:LINE` of the innermost running language code (a debug-mode
/// handle's "created at").
pub fn caller_location(interp: &Interp) -> Option<Rc<str>> {
    let chain = interp.frame_chain(None);
    let f = *chain.first()?;
    // SAFETY: the chain holds frames of dispatch loops still active below this call.
    let f = unsafe { &*f };
    Some(format!("{}:{}", f.code.source.name, f.line()).into())
}

/// The repr: kind, `cancelled`, `when=`, the callback and, in debug mode, where it was made.
pub fn repr_of(interp: &mut Interp, h: &Handle) -> String {
    let kind = if h.when.is_some() { "TimerHandle" } else { "Handle" };
    let mut out = format!("<{kind}");
    if h.cancelled.get() {
        out.push_str(" cancelled");
    }
    if let Some(w) = h.when {
        out.push_str(&format!(" when={}", crate::objects::format::float_repr(w)));
    }
    if !h.cancelled.get() {
        let d = callable_desc(interp, &h.callback, &h.args);
        out.push_str(&format!(" {d}"));
    }
    if let Some(place) = &h.created {
        out.push_str(&format!(" created at {place}"));
    }
    out.push('>');
    out
}

fn handle_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let h = recv_handle(interp, args)?;
    Ok(Value::string(repr_of(interp, &h)))
}

/// The `context=` keyword of `call_soon` and friends: the context given, else
/// a copy of the current one (None when `contextvars` was never imported).
pub fn context_kwarg(interp: &mut Interp, kwargs: KwArgs) -> PyResult<Value> {
    match kwarg(kwargs, "context") {
        Some(c) if !c.is_none() => Ok(c.clone()),
        _ => task::copy_context(interp),
    }
}
