//! `tee(iterable, n=2)` and its iterators (`_tee`): copies that share one
//! reading of the source. Items are kept in links of up to [`LINK_SIZE`]
//! items (`_tee_dataobject`), read by whichever copy gets there first and
//! dropped once every copy has passed them.

use super::args::{no_kwargs, positional};
use super::{constructors, next_or_stop, reduction, this, wrap};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Items per link, as CPython's.
const LINK_SIZE: usize = 57;

/// One link: the shared source, the items read into this link, the next link.
pub struct TeeData {
    source: Value,
    /// Whether a copy is reading the source (re-entry is an error).
    running: Rc<Cell<bool>>,
    values: RefCell<Vec<Value>>,
    next: RefCell<Option<Rc<TeeData>>>,
}

const TEE: &str = "itertools._tee";
const TEE_DATA: &str = "itertools._tee_dataobject";

impl TeeData {
    fn new(source: Value, running: Rc<Cell<bool>>) -> Rc<TeeData> {
        Rc::new(TeeData { source, running, values: RefCell::new(Vec::new()), next: RefCell::new(None) })
    }

    /// The link after this one, made on first use.
    fn following(&self) -> Rc<TeeData> {
        let mut next = self.next.borrow_mut();
        next.get_or_insert_with(|| TeeData::new(self.source.clone(), self.running.clone())).clone()
    }

    /// Item `i` of this link, reading the source when `i` is the next unread one.
    fn get(&self, interp: &mut Interp, i: usize) -> PyResult<Option<Value>> {
        if let Some(v) = self.values.borrow().get(i) {
            return Ok(Some(v.clone()));
        }
        if self.running.get() {
            return Err(interp.runtime_error("cannot re-enter the tee iterator"));
        }
        self.running.set(true);
        let r = super::pull(interp, &self.source);
        self.running.set(false);
        let Some(v) = r? else { return Ok(None) };
        self.values.borrow_mut().push(v.clone());
        Ok(Some(v))
    }
}

impl Drop for TeeData {
    /// Drops a long chain of links one by one (not recursively).
    fn drop(&mut self) {
        let mut next = self.next.get_mut().take();
        while let Some(link) = next {
            match Rc::try_unwrap(link) {
                Ok(mut data) => next = data.next.get_mut().take(),
                Err(_) => break,
            }
        }
    }
}

impl NativeObject for TeeData {
    fn type_name(&self) -> &str {
        TEE_DATA
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// One of the iterators `tee` returns: a link and a position in it.
pub struct Tee {
    link: RefCell<Rc<TeeData>>,
    index: Cell<usize>,
}

impl Tee {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        if self.index.get() >= LINK_SIZE {
            let following = self.link.borrow().following();
            *self.link.borrow_mut() = following;
            self.index.set(0);
        }
        let link = self.link.borrow().clone();
        let Some(v) = link.get(interp, self.index.get())? else { return Ok(None) };
        self.index.set(self.index.get() + 1);
        Ok(Some(v))
    }

    fn copy(&self) -> Tee {
        Tee { link: RefCell::new(self.link.borrow().clone()), index: Cell::new(self.index.get()) }
    }
}

impl NativeObject for Tee {
    fn type_name(&self) -> &str {
        TEE
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn iter_next(&self, interp: &mut Interp) -> Option<PyResult<Option<Value>>> {
        Some(self.next(interp))
    }
}

fn as_tee(v: &Value) -> Option<Rc<Tee>> {
    match v.builtin_value() {
        Value::Native(n) => downcast_rc::<Tee>(n),
        _ => None,
    }
}

/// A tee over `iterable` (a copy when its iterator is a tee already).
fn from_iterable(interp: &mut Interp, iterable: &Value) -> PyResult<Value> {
    let it = interp.get_iter(iterable)?;
    if let Some(t) = as_tee(&it) {
        return Ok(Value::native(Rc::new(t.copy())));
    }
    let link = TeeData::new(it, Rc::new(Cell::new(false)));
    Ok(Value::native(Rc::new(Tee { link: RefCell::new(link), index: Cell::new(0) })))
}

fn build_tee(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "_tee", kwargs, true)?;
    positional(interp, "_tee", args, 1, 1)?;
    let made = from_iterable(interp, &args[0])?;
    match (cls, as_tee(&made)) {
        (Some(c), Some(t)) if c.kind != ClassKind::Builtin => Ok(wrap(interp, cls, t)),
        _ => Ok(made),
    }
}
constructors!(tee_new, TEE, build_tee);

fn tee_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this::<Tee>(interp, args, TEE)?;
    let r = t.next(interp);
    next_or_stop(interp, r)
}

fn tee_copy(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this::<Tee>(interp, args, TEE)?;
    Ok(Value::native(Rc::new(t.copy())))
}

fn tee_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this::<Tee>(interp, args, TEE)?;
    let link: Rc<dyn NativeObject> = t.link.borrow().clone();
    let state = Value::tuple(vec![Value::native(link), Value::Int(t.index.get() as i64)]);
    Ok(reduction(interp, &args[0], vec![Value::tuple(vec![])], Some(state)))
}

fn as_data(v: &Value) -> Option<Rc<TeeData>> {
    match v.builtin_value() {
        Value::Native(n) => downcast_rc::<TeeData>(n),
        _ => None,
    }
}

fn tee_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this::<Tee>(interp, args, TEE)?;
    let state = args.get(1).cloned().unwrap_or(Value::None);
    let Value::Tuple(s) = state.builtin_value() else {
        return Err(interp.type_error("state is not a tuple"));
    };
    if s.len() != 2 {
        return Err(interp.type_error(format!("function takes exactly 2 arguments ({} given)", s.len())));
    }
    let Some(link) = as_data(&s[0]) else {
        let n = interp.type_name(&s[0]);
        return Err(interp.type_error(format!("argument 1 must be itertools._tee_dataobject, not {n}")));
    };
    let index = interp.c_int_value(&s[1])?;
    if !(0..=LINK_SIZE as i64).contains(&index) {
        return Err(interp.value_error("Index out of range"));
    }
    *t.link.borrow_mut() = link;
    t.index.set(index as usize);
    Ok(Value::None)
}

/// `_tee_dataobject(iterable, values, next)`, as pickles rebuild a link.
fn build_data(interp: &mut Interp, _: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "_tee_dataobject", kwargs, true)?;
    if args.len() != 3 {
        let n = args.len();
        return Err(interp.type_error(format!("_tee_dataobject expected 3 arguments, got {n}")));
    }
    let Value::List(values) = args[1].builtin_value() else {
        let n = interp.type_name(&args[1]);
        return Err(interp.type_error(format!("argument 2 must be list, not {n}")));
    };
    let values = values.borrow().clone();
    let next = if args[2].is_none() { None } else { as_data(&args[2]) };
    let valid = values.len() <= LINK_SIZE
        && (args[2].is_none() || (values.len() == LINK_SIZE && next.is_some()));
    if !valid {
        return Err(interp.value_error("Invalid arguments"));
    }
    let running = next.as_ref().map(|n| n.running.clone()).unwrap_or_else(|| Rc::new(Cell::new(false)));
    let link = TeeData { source: args[0].clone(), running, values: RefCell::new(values), next: RefCell::new(next) };
    Ok(Value::native(Rc::new(link)))
}
constructors!(data_new, TEE_DATA, build_data);

fn data_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = this::<TeeData>(interp, args, TEE_DATA)?;
    let values = Value::list(d.values.borrow().clone());
    let next = match d.next.borrow().clone() {
        Some(n) => {
            let n: Rc<dyn NativeObject> = n;
            Value::native(n)
        }
        None => Value::None,
    };
    Ok(reduction(interp, &args[0], vec![d.source.clone(), values, next], None))
}

/// `tee(iterable, n=2, /)`: `n` independent iterators over iterable.
pub fn tee(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "itertools.tee", kwargs, true)?;
    positional(interp, "tee", args, 1, 2)?;
    let n = match args.get(1) {
        Some(v) => interp.index_value(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(interp.value_error("n must be >= 0"));
    }
    let mut out = Vec::new();
    interp.reserve_exact(&mut out, n as usize)?;
    if n == 0 {
        return Ok(Value::tuple(out));
    }
    let it = interp.get_iter(&args[0])?;
    let copier = match interp.get_attr(&it, "__copy__") {
        Ok(f) => Some(f),
        Err(e) if interp.is_exc(&e, crate::vm::types::Exc::AttributeError) => None,
        Err(e) => return Err(e),
    };
    let (first, copier) = match copier {
        Some(f) => (it, f),
        None => {
            let t = from_iterable(interp, &it)?;
            let f = interp.get_attr(&t, "__copy__")?;
            (t, f)
        }
    };
    out.push(first);
    for _ in 1..n {
        out.push(interp.call_value(copier.clone(), vec![], vec![])?);
    }
    Ok(Value::tuple(out))
}

/// Makes the classes `_tee` and `_tee_dataobject`.
pub fn register(interp: &mut Interp) -> Vec<(&'static str, Rc<Class>)> {
    let tee = super::make_class(
        interp,
        "_tee",
        tee_new::ctor,
        tee_new::dunder_new,
        &[("__next__", tee_next), ("__copy__", tee_copy), ("__reduce__", tee_reduce), ("__setstate__", tee_setstate)],
    );
    let data = super::make_class(interp, "_tee_dataobject", data_new::ctor, data_new::dunder_new, &[("__reduce__", data_reduce)]);
    data.dict.borrow_mut().remove_str("__iter__");
    vec![("_tee", tee), ("_tee_dataobject", data)]
}
