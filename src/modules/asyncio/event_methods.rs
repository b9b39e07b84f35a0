//! The builtins behind the methods of `asyncio.Event` (stdlib/asyncio/locks.py):
//! each takes the event instance first and works on the [`EventCore`] in its
//! `_core` attribute.

use crate::modules::asyncio::event::{EventCore, EventWait};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// The builtins, as `(name, function)` for the `_asyncio` module.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_event_init", init),
    ("_event_is_set", is_set),
    ("_event_set", set),
    ("_event_clear", clear),
    ("_event_wait", wait),
    ("_event_waiters", waiters),
];

fn core(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<EventCore>> {
    super::instance_core::<EventCore>(interp, args)
}

/// Rejects arguments after `self`, as a method without parameters does.
fn no_args(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<()> {
    if let Some((k, _)) = kwargs.first() {
        return Err(interp.type_error(format!("Event.{name}() got an unexpected keyword argument '{k}'")));
    }
    if args.len() > 1 {
        return Err(
            interp.type_error(format!("Event.{name}() takes 1 positional argument but {} were given", args.len()))
        );
    }
    Ok(())
}

/// `_event_init(self)`.
fn init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_args(interp, "__init__", args, kwargs)?;
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(interp.type_error("_event_init(self)"));
    };
    let core = EventCore::new(Rc::downgrade(inst));
    inst.dict.borrow_mut().set_str("_core", Value::native(Rc::new(core)));
    Ok(Value::None)
}

fn is_set(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_args(interp, "is_set", args, kwargs)?;
    Ok(Value::Bool(core(interp, args)?.value.get()))
}

fn set(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_args(interp, "set", args, kwargs)?;
    core(interp, args)?.set(interp);
    Ok(Value::None)
}

fn clear(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_args(interp, "clear", args, kwargs)?;
    core(interp, args)?.value.set(false);
    Ok(Value::None)
}

fn wait(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_args(interp, "wait", args, kwargs)?;
    let core = core(interp, args)?;
    Ok(Value::native(Rc::new(EventWait::new(core))))
}

/// The number of waiters (for the repr).
fn waiters(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(core(interp, args)?.waiter_count() as i64))
}
