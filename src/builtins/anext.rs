//! `anext(aiterator, default)`: the awaitable CPython calls `anext_awaitable`,
//! which awaits `aiterator.__anext__()` and turns its StopAsyncIteration into
//! a return of `default`. (Without a default, `anext` is `__anext__()`.)

use crate::vm::generator::step_native;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::run::Outcome;
use crate::vm::types::Exc;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The awaitable `anext(it, default)` returns.
struct AnextAwaitable {
    /// What `__anext__()` returned, until the first step turns it into the
    /// iterator it is awaited through.
    source: RefCell<Option<Value>>,
    /// The iterator being awaited (after the first step).
    inner: RefCell<Option<Value>>,
    default: Value,
    /// Finished or closed: it cannot be awaited again.
    done: Cell<bool>,
}

impl NativeObject for AnextAwaitable {
    fn type_name(&self) -> &str {
        "anext_awaitable"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_coroutine(&self) -> Option<&dyn NativeCoroutine> {
        Some(self)
    }
    fn gc_tracked(&self) -> bool {
        true
    }
    fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in [&self.source, &self.inner] {
            if let Some(v) = &*v.borrow() {
                visit(v);
            }
        }
        visit(&self.default);
    }
}

impl NativeCoroutine for AnextAwaitable {
    fn step(&self, interp: &mut Interp, _: &Rc<dyn NativeObject>, sent: Value, throw: Option<Value>) -> PyResult<Outcome> {
        if self.done.get() {
            return Err(interp.runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        let current = self.inner.borrow().clone();
        let inner = match current {
            Some(inner) => inner,
            None => {
                let source = self.source.borrow_mut().take().unwrap_or(Value::None);
                let inner = interp.get_awaitable_at(&source, crate::compile::bytecode::await_site::ANEXT)?;
                *self.inner.borrow_mut() = Some(inner.clone());
                inner
            }
        };
        let result = match throw {
            None => interp.send_native(&inner, sent),
            Some(exc) => throw_into(interp, &inner, exc),
        };
        if !matches!(result, Ok(Outcome::Yield(_))) {
            self.done.set(true);
        }
        match result {
            Err(e) if interp.is_exc(&e, Exc::StopAsyncIteration) => Ok(Outcome::Return(self.default.clone())),
            r => r,
        }
    }

    fn close(&self, interp: &mut Interp) {
        self.done.set(true);
        let inner = self.inner.borrow_mut().take();
        match inner {
            Some(Value::Generator(g)) => {
                let _ = interp.close_generator(&g);
            }
            Some(Value::Native(n)) => {
                if let Some(c) = n.as_coroutine() {
                    c.close(interp);
                }
            }
            _ => {}
        }
    }
}

/// Throws `exc` into the awaited iterator (a generator, a native awaitable, or
/// an object with a `throw` method; otherwise it is raised here).
fn throw_into(interp: &mut Interp, inner: &Value, exc: Value) -> PyResult<Outcome> {
    match inner {
        Value::Generator(g) => interp.resume_raw(&g.clone(), Value::None, Some(exc)),
        Value::Native(n) if n.as_coroutine().is_some() => {
            let n: Rc<dyn NativeObject> = (**n).clone();
            step_native(interp, &n, Value::None, Some(exc)).unwrap_or_else(|| Ok(Outcome::Return(Value::None)))
        }
        _ => match interp.lookup_special(inner, "throw") {
            Some(t) => match interp.call_value(t, vec![exc], vec![]) {
                Ok(v) => Ok(Outcome::Yield(v)),
                Err(e) if interp.is_exc(&e, Exc::StopIteration) => {
                    Ok(Outcome::Return(crate::vm::generator::stop_value(&e)))
                }
                Err(e) => Err(e),
            },
            None => Err(exc),
        },
    }
}

/// The awaitable of `anext(it, default)`, where `awaitable` is `it.__anext__()`.
pub fn with_default(interp: &mut Interp, awaitable: Value, default: Value) -> Value {
    if !interp.native_classes.contains_key("anext_awaitable") {
        let object = interp.types.object.clone();
        let cls = crate::vm::types::native_class(interp, "anext_awaitable", &object, "builtins");
        crate::objects::coroutines::add_coroutine_methods(&cls);
    }
    let state = AnextAwaitable {
        source: RefCell::new(Some(awaitable)),
        inner: RefCell::new(None),
        default,
        done: Cell::new(false),
    };
    let obj: Rc<dyn NativeObject> = Rc::new(state);
    crate::vm::gc::track_native(&obj);
    Value::native(obj)
}
