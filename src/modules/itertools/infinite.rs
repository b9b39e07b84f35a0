//! The endless tools: `count(start, step)`, `cycle(iterable)` and
//! `repeat(object[, times])`.

use super::args::{keywords, no_kwargs, positional, ssize};
use super::{constructors, kwargs_checked, native_iter, next_or_stop, this, type_value, wrap};
use crate::syntax::ast::BinOp;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

// --- count ---------------------------------------------------------------------

/// `count(start=0, step=1)`. In its fast mode (an int start within a C
/// ssize and a step of int 1) it pickles and prints as `count(n)`.
pub struct Count {
    current: RefCell<Value>,
    step: Value,
    fast: Cell<bool>,
}

const COUNT: &str = "itertools.count";

impl Count {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let cur = self.current.borrow().clone();
        let next = match (&cur, &self.step) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            _ => {
                self.fast.set(false);
                interp.binary_op(BinOp::Add, &cur, &self.step)?
            }
        };
        *self.current.borrow_mut() = next;
        Ok(Some(cur))
    }
}

impl Count {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(v) = self.current.try_borrow() {
            visit(&v);
        }
        visit(&self.step);
    }
    fn clear(&self) {
        let taken = self.current.try_borrow_mut().ok().map(|mut v| std::mem::replace(&mut *v, Value::None));
        drop(taken);
    }
}

native_iter!(Count, COUNT);

/// PyNumber_Check: whether `v` is a number for `count`.
fn is_number(interp: &mut Interp, v: &Value) -> bool {
    match v.builtin_value() {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) | Value::Complex(_) => true,
        Value::Instance(_) | Value::Native(_) => {
            ["__index__", "__int__", "__float__"].iter().any(|m| interp.lookup_special(v, m).is_some())
        }
        _ => false,
    }
}

/// An int value (bool and int subclasses) as an i64, if it is one that fits.
fn small_int(v: &Value) -> Option<i64> {
    match v.builtin_value() {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v.builtin_value(), Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn build_count(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = keywords(interp, "count", args, kwargs, &["start", "step"], 0, 2)?;
    let start = s[0].clone();
    let step = s[1].clone();
    for v in [&start, &step].into_iter().flatten() {
        if !is_number(interp, v) {
            return Err(interp.type_error("a number is required"));
        }
    }
    let step_one = step.as_ref().is_none_or(|s| small_int(s) == Some(1));
    let start = start.unwrap_or(Value::Int(0));
    let (current, fast) = match small_int(&start) {
        Some(i) if step_one && i < i64::MAX => (Value::Int(i), true),
        _ => (start, false),
    };
    let step = if fast { Value::Int(1) } else { step.unwrap_or(Value::Int(1)) };
    let obj = Count { current: RefCell::new(current), step, fast: Cell::new(fast) };
    Ok(wrap(interp, cls, Rc::new(obj)))
}

constructors!(count_new, COUNT, build_count);

fn count_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = this::<Count>(interp, args, COUNT)?;
    let r = c.next(interp);
    next_or_stop(interp, r)
}

fn count_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = this::<Count>(interp, args, COUNT)?;
    let name = interp.type_of(&args[0]).current_name();
    let cur = c.current.borrow().clone();
    let cur = interp.repr(&cur)?;
    if c.fast.get() || (is_int(&c.step) && small_int(&c.step) == Some(1)) {
        return Ok(Value::string(format!("{name}({cur})")));
    }
    let step = interp.repr(&c.step)?;
    Ok(Value::string(format!("{name}({cur}, {step})")))
}

fn count_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = this::<Count>(interp, args, COUNT)?;
    let t = type_value(interp, &args[0]);
    let cur = c.current.borrow().clone();
    let a = if c.fast.get() { vec![cur] } else { vec![cur, c.step.clone()] };
    Ok(Value::tuple(vec![t, Value::tuple(a)]))
}

// --- cycle ---------------------------------------------------------------------

/// `cycle(iterable)`: reads the source once, saving its items, then
/// replays the saved items forever.
pub struct Cycle {
    /// `None` once the source is exhausted.
    source: RefCell<Option<Value>>,
    /// A list value.
    saved: RefCell<Value>,
    index: Cell<usize>,
    /// Whether the source only replays items `saved` already holds.
    replaying: Cell<bool>,
}

const CYCLE: &str = "itertools.cycle";

impl Cycle {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let source = self.source.borrow().clone();
        if let Some(source) = source {
            match super::pull(interp, &source)? {
                Some(item) => {
                    if !self.replaying.get() {
                        if let Value::List(saved) = &*self.saved.borrow() {
                            saved.borrow_mut().push(item.clone());
                        }
                    }
                    return Ok(Some(item));
                }
                None => *self.source.borrow_mut() = None,
            }
        }
        let Value::List(saved) = self.saved.borrow().clone() else { return Ok(None) };
        let items = saved.borrow();
        if items.is_empty() {
            return Ok(None);
        }
        let mut i = self.index.get();
        if i >= items.len() {
            i = 0;
        }
        let item = items[i].clone();
        self.index.set(if i + 1 >= items.len() { 0 } else { i + 1 });
        Ok(Some(item))
    }
}

impl Cycle {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        super::visit_cell(&self.source, visit);
        if let Ok(v) = self.saved.try_borrow() {
            visit(&v);
        }
    }
    fn clear(&self) {
        super::clear_cell(&self.source);
        let taken = self.saved.try_borrow_mut().ok().map(|mut v| std::mem::replace(&mut *v, Value::list(vec![])));
        drop(taken);
    }
}

native_iter!(Cycle, CYCLE);

fn build_cycle(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let checked = kwargs_checked(interp, cls);
    no_kwargs(interp, "cycle", kwargs, checked)?;
    positional(interp, "cycle", args, 1, 1)?;
    let source = interp.get_iter(&args[0])?;
    let obj = Cycle {
        source: RefCell::new(Some(source)),
        saved: RefCell::new(Value::list(vec![])),
        index: Cell::new(0),
        replaying: Cell::new(false),
    };
    Ok(wrap(interp, cls, Rc::new(obj)))
}

constructors!(cycle_new, CYCLE, build_cycle);

fn cycle_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = this::<Cycle>(interp, args, CYCLE)?;
    let r = c.next(interp);
    next_or_stop(interp, r)
}

fn cycle_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = this::<Cycle>(interp, args, CYCLE)?;
    let t = type_value(interp, &args[0]);
    let Value::List(saved) = c.saved.borrow().clone() else { return Ok(Value::None) };
    let source = c.source.borrow().clone();
    Ok(match source {
        None => {
            let rest: Vec<Value> = saved.borrow().get(c.index.get()..).map(<[Value]>::to_vec).unwrap_or_default();
            let it = interp.get_iter(&Value::list(rest))?;
            Value::tuple(vec![t, Value::tuple(vec![it]), Value::tuple(vec![Value::List(saved), Value::Bool(true)])])
        }
        Some(src) => {
            let replaying = Value::Bool(c.replaying.get());
            Value::tuple(vec![t, Value::tuple(vec![src]), Value::tuple(vec![Value::List(saved), replaying])])
        }
    })
}

fn cycle_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = this::<Cycle>(interp, args, CYCLE)?;
    let state = args.get(1).cloned().unwrap_or(Value::None);
    let Value::Tuple(t) = state.builtin_value() else {
        return Err(interp.type_error("state is not a tuple"));
    };
    if t.len() != 2 {
        return Err(interp.type_error(format!("function takes exactly 2 arguments ({} given)", t.len())));
    }
    let Value::List(saved) = t[0].builtin_value() else {
        let n = interp.type_name(&t[0]);
        return Err(interp.type_error(format!("argument 1 must be list, not {n}")));
    };
    // Read as a C int, with PyArg_ParseTuple's messages.
    let flag = match t[1].builtin_value() {
        Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => i64::MIN,
        Value::BigInt(_) => i64::MAX,
        _ => interp.index_value(&t[1])?,
    };
    if flag > i32::MAX as i64 {
        return Err(interp.overflow_error("signed integer is greater than maximum"));
    }
    if flag < i32::MIN as i64 {
        return Err(interp.overflow_error("signed integer is less than minimum"));
    }
    let replaying = flag != 0;
    *c.saved.borrow_mut() = Value::List(saved.clone());
    c.replaying.set(replaying);
    c.index.set(0);
    Ok(Value::None)
}

// --- repeat --------------------------------------------------------------------

/// `repeat(object[, times])`: the object, `times` times or forever.
pub struct Repeat {
    item: Value,
    /// Times left; `None` for forever.
    left: Cell<Option<i64>>,
}

const REPEAT: &str = "itertools.repeat";

impl Repeat {
    #[inline]
    fn next(&self) -> Option<Value> {
        match self.left.get() {
            None => Some(self.item.clone()),
            Some(0) => None,
            Some(n) => {
                self.left.set(Some(n - 1));
                Some(self.item.clone())
            }
        }
    }
}

impl NativeObject for Repeat {
    fn type_name(&self) -> &str {
        REPEAT
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn iter_next(&self, _: &mut Interp) -> Option<PyResult<Option<Value>>> {
        Some(Ok(self.next()))
    }
    fn gc_tracked(&self) -> bool {
        true
    }
    fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.item);
    }
}

fn build_repeat(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = keywords(interp, "repeat", args, kwargs, &["object", "times"], 1, 2)?;
    let item = s[0].clone().unwrap_or(Value::None);
    let left = match &s[1] {
        None => None,
        Some(v) => Some(ssize(interp, v)?.max(0)),
    };
    Ok(wrap(interp, cls, Rc::new(Repeat { item, left: Cell::new(left) })))
}

constructors!(repeat_new, REPEAT, build_repeat);

fn repeat_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let r = this::<Repeat>(interp, args, REPEAT)?;
    let v = r.next();
    next_or_stop(interp, Ok(v))
}

fn repeat_length_hint(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let r = this::<Repeat>(interp, args, REPEAT)?;
    match r.left.get() {
        None => Err(interp.type_error("len() of unsized object")),
        Some(n) => Ok(Value::Int(n)),
    }
}

fn repeat_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let r = this::<Repeat>(interp, args, REPEAT)?;
    let name = interp.type_of(&args[0]).current_name();
    let item = interp.repr(&r.item)?;
    Ok(Value::string(match r.left.get() {
        None => format!("{name}({item})"),
        Some(n) => format!("{name}({item}, {n})"),
    }))
}

fn repeat_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let r = this::<Repeat>(interp, args, REPEAT)?;
    let t = type_value(interp, &args[0]);
    let a = match r.left.get() {
        None => vec![r.item.clone()],
        Some(n) => vec![r.item.clone(), Value::Int(n)],
    };
    Ok(Value::tuple(vec![t, Value::tuple(a)]))
}

/// Makes the classes of `count`, `cycle` and `repeat`.
pub fn register(interp: &mut Interp) -> Vec<(&'static str, Rc<Class>)> {
    let count = super::make_class(
        interp,
        "count",
        count_new::ctor,
        count_new::dunder_new,
        &[("__next__", count_next), ("__repr__", count_repr), ("__reduce__", count_reduce)],
    );
    let cycle = super::make_class(
        interp,
        "cycle",
        cycle_new::ctor,
        cycle_new::dunder_new,
        &[("__next__", cycle_next), ("__reduce__", cycle_reduce), ("__setstate__", cycle_setstate)],
    );
    let repeat = super::make_class(
        interp,
        "repeat",
        repeat_new::ctor,
        repeat_new::dunder_new,
        &[
            ("__next__", repeat_next),
            ("__length_hint__", repeat_length_hint),
            ("__repr__", repeat_repr),
            ("__reduce__", repeat_reduce),
        ],
    );
    vec![("count", count), ("cycle", cycle), ("repeat", repeat)]
}
