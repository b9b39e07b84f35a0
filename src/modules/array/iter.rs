//! `array.arrayiterator`: the iterator over an array's items, stepped natively
//! by `for` loops and picklable (it remembers its array and position).

use crate::vm::types::Exc;
use super::{receiver, ArrayObj};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// An iterator over an array; the source is dropped once exhausted.
pub struct ArrayIter {
    /// The array as iterated (an instance of a subclass stays itself, for pickling).
    source: RefCell<Option<(Value, Rc<ArrayObj>)>>,
    pos: Cell<usize>,
}

impl ArrayIter {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let Some(a) = self.source.borrow().as_ref().map(|(_, a)| a.clone()) else { return Ok(None) };
        let i = self.pos.get();
        if i >= a.len() {
            *self.source.borrow_mut() = None;
            return Ok(None);
        }
        self.pos.set(i + 1);
        a.get(interp, i).map(Some)
    }
}

impl NativeObject for ArrayIter {
    fn type_name(&self) -> &str {
        "array.arrayiterator"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn iter_next(&self, interp: &mut Interp) -> Option<PyResult<Option<Value>>> {
        Some(self.next(interp))
    }
}

fn this(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<ArrayIter>> {
    if let Some(Value::Native(n)) = args.first() {
        if let Some(it) = downcast_rc::<ArrayIter>(n) {
            return Ok(it);
        }
    }
    Err(interp.type_error("descriptor requires an 'array.arrayiterator' object"))
}

/// `array.__iter__`.
pub fn dunder_iter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__iter__")?;
    let it = ArrayIter { source: RefCell::new(Some((args[0].clone(), a))), pos: Cell::new(0) };
    Ok(Value::native(Rc::new(it)))
}

fn iter_self(_: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let it = this(interp, args)?;
    match it.next(interp)? {
        Some(v) => Ok(v),
        None => Err(interp.new_error(Exc::StopIteration, "")),
    }
}

/// `(iter, (array,), position)`, or `(iter, ((),))` once exhausted.
fn reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let it = this(interp, args)?;
    let iter = interp.builtins.borrow().get_str("iter").cloned().unwrap_or(Value::None);
    let source = it.source.borrow().as_ref().map(|(v, _)| v.clone());
    Ok(match source {
        Some(v) => Value::tuple(vec![iter, Value::tuple(vec![v]), Value::Int(it.pos.get() as i64)]),
        None => Value::tuple(vec![iter, Value::tuple(vec![Value::tuple(vec![])])]),
    })
}

fn setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let it = this(interp, args)?;
    let n = interp.index_value(&args[1])?;
    let len = it.source.borrow().as_ref().map(|(_, a)| a.len()).unwrap_or(0);
    it.pos.set((n.max(0) as usize).min(len));
    Ok(Value::None)
}

/// Adds the iterator's methods to its class.
pub fn register(cls: &Rc<Class>) {
    let table: [(&str, NativeFn); 4] =
        [("__iter__", iter_self), ("__next__", next), ("__reduce__", reduce), ("__setstate__", setstate)];
    for (name, f) in table {
        crate::objects::add_method(cls, name, f);
    }
}
