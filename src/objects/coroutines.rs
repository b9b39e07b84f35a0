//! Methods of async generators (`__anext__`, `asend`, `athrow`, `aclose`) and the
//! coroutine-like methods (`__next__`, `send`, `throw`, `close`) shared by every
//! native awaitable, which steps through `NativeObject::as_coroutine`.

use crate::objects::add_method;
use crate::vm::asyncgen::{op, OpKind};
use crate::vm::generator::{materialize, step_native};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::rc::Rc;

/// Adds the methods of `async_generator` and of its operation awaitables.
pub fn register(interp: &mut Interp) {
    let agen = interp.types.async_generator.clone();
    let methods: [(&str, NativeFn); 5] = [
        ("__aiter__", it_self),
        ("__anext__", agen_anext),
        ("asend", agen_asend),
        ("athrow", agen_athrow),
        ("aclose", agen_aclose),
    ];
    for (name, f) in methods {
        add_method(&agen, name, f);
    }
    let object = interp.types.object.clone();
    for name in ["async_generator_asend", "async_generator_athrow"] {
        let cls = crate::vm::types::native_class(interp, name, &object, "builtins");
        add_coroutine_methods(&cls);
    }
}

/// Gives a native awaitable's class `__next__`, `send`, `throw`, `close`, `__iter__`
/// and `__await__`.
pub fn add_coroutine_methods(cls: &Rc<Class>) {
    let steps: [(&str, NativeFn); 6] = [
        ("__next__", it_next),
        ("send", it_send),
        ("throw", it_throw),
        ("close", it_close),
        ("__iter__", it_self),
        ("__await__", it_self),
    ];
    for (name, f) in steps {
        add_method(cls, name, f);
    }
}

/// `__next__`, `send`, `throw` of native awaitables from language code.
fn method_step(interp: &mut Interp, recv: &Value, sent: Value, throw: Option<Value>) -> PyResult<Value> {
    let Value::Native(n) = recv else { return Err(interp.type_error("not an awaitable")) };
    let n: Rc<dyn NativeObject> = (**n).clone();
    match step_native(interp, &n, sent, throw) {
        Some(Ok(Outcome::Yield(v))) => Ok(materialize(v)),
        Some(Ok(Outcome::Return(v))) => Err(interp.stop_iteration(v)),
        Some(Err(e)) => Err(e),
        None => Err(interp.type_error("not an awaitable")),
    }
}

fn it_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let recv = args.first().cloned().unwrap_or(Value::None);
    method_step(interp, &recv, Value::None, None)
}

fn it_send(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let recv = args.first().cloned().unwrap_or(Value::None);
    method_step(interp, &recv, args.get(1).cloned().unwrap_or(Value::None), None)
}

fn it_throw(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let recv = args.first().cloned().unwrap_or(Value::None);
    let exc = args.get(1).cloned().unwrap_or(Value::None);
    let exc = match (&exc, args.get(2)) {
        (Value::Class(_), Some(v)) if !v.is_none() => interp.call_value(exc.clone(), vec![v.clone()], vec![])?,
        _ => interp.normalize_exception(exc)?,
    };
    method_step(interp, &recv, Value::None, Some(exc))
}

fn it_close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if let Some(Value::Native(n)) = args.first() {
        if let Some(c) = n.as_coroutine() {
            c.close(interp);
        }
    }
    Ok(Value::None)
}

fn it_self(_: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn recv_agen(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<Generator>> {
    match args.first() {
        Some(Value::Generator(g)) if g.kind == GenKind::AsyncGenerator => Ok(g.clone()),
        _ => Err(interp.type_error("descriptor requires an 'async_generator' object")),
    }
}

fn agen_anext(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let g = recv_agen(interp, args)?;
    Ok(op(&g, OpKind::Send, Value::None))
}

fn agen_asend(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let g = recv_agen(interp, args)?;
    Ok(op(&g, OpKind::Send, args.get(1).cloned().unwrap_or(Value::None)))
}

fn agen_athrow(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let g = recv_agen(interp, args)?;
    let exc = args.get(1).cloned().unwrap_or(Value::None);
    let exc = match (&exc, args.get(2)) {
        (Value::Class(_), Some(v)) if !v.is_none() => interp.call_value(exc.clone(), vec![v.clone()], vec![])?,
        _ => interp.normalize_exception(exc)?,
    };
    Ok(op(&g, OpKind::Throw, exc))
}

fn agen_aclose(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let g = recv_agen(interp, args)?;
    Ok(op(&g, OpKind::Close, Value::None))
}
