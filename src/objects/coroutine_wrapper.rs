//! `coroutine.__await__()`: the `coroutine_wrapper` iterator CPython returns,
//! which steps its coroutine (`__next__`, `send`, `throw`, `close`), so that a
//! class can hand its own `__await__` over to a coroutine. Its class is made on
//! first use.

use crate::objects::{add_method, check_args};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::rc::Rc;

/// The iterator over a coroutine's steps.
pub struct CoroutineWrapper {
    coro: Rc<Generator>,
}

impl NativeObject for CoroutineWrapper {
    fn type_name(&self) -> &str {
        "coroutine_wrapper"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, interp: &mut Interp) -> Option<PyResult<Option<Value>>> {
        Some(match interp.generator_send(&self.coro, Value::None) {
            Ok(v) => Ok(Some(v)),
            Err(e) if interp.is_exc(&e, crate::vm::types::Exc::StopIteration) => {
                // A coroutine's return value travels in the StopIteration, which
                // `next()` must see: only a bare stop ends a `for` loop quietly.
                match crate::vm::exceptions::exc_data(&e).map(|d| d.borrow().args.is_empty()) {
                    Some(true) => Ok(None),
                    _ => Err(e),
                }
            }
            Err(e) => Err(e),
        })
    }
}

/// `coroutine.__await__()`.
pub fn coroutine_await(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__await__", args, 1, 1)?;
    let Value::Generator(coro) = &args[0] else {
        return Err(interp.type_error("descriptor '__await__' requires a 'coroutine' object"));
    };
    if !interp.native_classes.contains_key("coroutine_wrapper") {
        make_class(interp);
    }
    Ok(Value::native(Rc::new(CoroutineWrapper { coro: coro.clone() })))
}

/// The `coroutine_wrapper` class and its methods.
fn make_class(interp: &mut Interp) {
    let object = interp.types.object.clone();
    let cls = crate::vm::types::native_class(interp, "coroutine_wrapper", &object, "builtins");
    let methods: [(&str, NativeFn); 5] =
        [("__next__", next), ("send", send), ("throw", throw), ("close", close), ("__iter__", iter_self)];
    for (name, f) in methods {
        add_method(&cls, name, f);
    }
}

/// The coroutine of a wrapper argument.
fn coro_of(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<Generator>> {
    if let Some(Value::Native(n)) = args.first() {
        if let Some(w) = n.as_any().downcast_ref::<CoroutineWrapper>() {
            return Ok(w.coro.clone());
        }
    }
    Err(interp.type_error("descriptor requires a 'coroutine_wrapper' object"))
}

fn next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__next__", args, 1, 1)?;
    let coro = coro_of(interp, args)?;
    interp.generator_send(&coro, Value::None)
}

fn send(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "send", args, 2, 2)?;
    let coro = coro_of(interp, args)?;
    interp.generator_send(&coro, args[1].clone())
}

fn throw(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "throw", args, 2, 4)?;
    let coro = coro_of(interp, args)?;
    let exc = super::iters::thrown(interp, &args[1..])?;
    interp.generator_throw(&coro, exc)
}

fn close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "close", args, 1, 1)?;
    let coro = coro_of(interp, args)?;
    interp.close_generator(&coro)
}

fn iter_self(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__iter__", args, 1, 1)?;
    Ok(args[0].clone())
}
