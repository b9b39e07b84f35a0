//! The tools that pass on some items of a source: `compress`, `dropwhile`,
//! `takewhile`, `filterfalse` and `islice`.

use super::args::{keywords, no_kwargs, positional};
use super::{constructors, kwargs_checked, native_iter, next_or_stop, reduction, this, wrap};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use num_traits::Signed;
use std::cell::Cell;
use std::rc::Rc;

// --- compress ------------------------------------------------------------------

/// `compress(data, selectors)`: the items of data whose selector is true.
pub struct Compress {
    data: Value,
    selectors: Value,
}

const COMPRESS: &str = "itertools.compress";

impl Compress {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        loop {
            let Some(item) = super::pull(interp, &self.data)? else { return Ok(None) };
            let Some(sel) = super::pull(interp, &self.selectors)? else { return Ok(None) };
            if interp.truthy(&sel)? {
                return Ok(Some(item));
            }
        }
    }
}
impl Compress {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.data);
        visit(&self.selectors);
    }
    fn clear(&self) {}
}
native_iter!(Compress, COMPRESS);

fn build_compress(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = keywords(interp, "compress", args, kwargs, &["data", "selectors"], 2, 2)?;
    let data = interp.get_iter(s[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = interp.get_iter(s[1].as_ref().unwrap_or(&Value::None))?;
    Ok(wrap(interp, cls, Rc::new(Compress { data, selectors })))
}
constructors!(compress_new, COMPRESS, build_compress);

fn compress_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = this::<Compress>(interp, args, COMPRESS)?;
    let r = c.next(interp);
    next_or_stop(interp, r)
}

fn compress_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = this::<Compress>(interp, args, COMPRESS)?;
    Ok(reduction(interp, &args[0], vec![c.data.clone(), c.selectors.clone()], None))
}

// --- dropwhile / takewhile -----------------------------------------------------

/// `dropwhile(predicate, iterable)` (`take` false) or
/// `takewhile(predicate, iterable)` (`take` true); `done` is dropwhile's
/// "now passing everything" and takewhile's "stopped".
pub struct While {
    take: bool,
    predicate: Value,
    source: Value,
    done: Cell<bool>,
}

const DROPWHILE: &str = "itertools.dropwhile";
const TAKEWHILE: &str = "itertools.takewhile";

impl While {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        if self.take {
            if self.done.get() {
                return Ok(None);
            }
            let Some(item) = super::pull(interp, &self.source)? else { return Ok(None) };
            let r = interp.call_value(self.predicate.clone(), vec![item.clone()], vec![])?;
            if interp.truthy(&r)? {
                return Ok(Some(item));
            }
            self.done.set(true);
            return Ok(None);
        }
        loop {
            let Some(item) = super::pull(interp, &self.source)? else { return Ok(None) };
            if self.done.get() {
                return Ok(Some(item));
            }
            let r = interp.call_value(self.predicate.clone(), vec![item.clone()], vec![])?;
            if !interp.truthy(&r)? {
                self.done.set(true);
                return Ok(Some(item));
            }
        }
    }
}

native_iter!(While, by |w: &While| if w.take { TAKEWHILE } else { DROPWHILE });

impl While {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.predicate);
        visit(&self.source);
    }

    /// Nothing to let go (the predicate and source are fixed at creation).
    fn clear(&self) {}
}

fn build_while(
    interp: &mut Interp,
    cls: Option<&Rc<Class>>,
    args: &[Value],
    kwargs: KwArgs,
    take: bool,
) -> PyResult<Value> {
    let name = if take { "takewhile" } else { "dropwhile" };
    let checked = kwargs_checked(interp, cls);
    no_kwargs(interp, name, kwargs, checked)?;
    positional(interp, name, args, 2, 2)?;
    let source = interp.get_iter(&args[1])?;
    let obj = While { take, predicate: args[0].clone(), source, done: Cell::new(false) };
    Ok(wrap(interp, cls, Rc::new(obj)))
}

fn build_dropwhile(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    build_while(interp, cls, args, kwargs, false)
}
fn build_takewhile(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    build_while(interp, cls, args, kwargs, true)
}
constructors!(dropwhile_new, DROPWHILE, build_dropwhile);
constructors!(takewhile_new, TAKEWHILE, build_takewhile);

fn while_of(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<While>> {
    this::<While>(interp, args, DROPWHILE)
}

fn while_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let w = while_of(interp, args)?;
    let r = w.next(interp);
    next_or_stop(interp, r)
}

fn while_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let w = while_of(interp, args)?;
    let state = Value::Int(w.done.get() as i64);
    Ok(reduction(interp, &args[0], vec![w.predicate.clone(), w.source.clone()], Some(state)))
}

fn while_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let w = while_of(interp, args)?;
    let state = args.get(1).cloned().unwrap_or(Value::None);
    let b = interp.truthy(&state)?;
    w.done.set(b);
    Ok(Value::None)
}

// --- filterfalse ---------------------------------------------------------------

/// `filterfalse(function, iterable)`: the items for which function is false.
pub struct FilterFalse {
    function: Value,
    source: Value,
}

const FILTERFALSE: &str = "itertools.filterfalse";

impl FilterFalse {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let plain = self.function.is_none() || matches!(&self.function, Value::Class(c) if Rc::ptr_eq(c, &interp.types.bool_));
        loop {
            let Some(item) = super::pull(interp, &self.source)? else { return Ok(None) };
            let keep = if plain {
                !interp.truthy(&item)?
            } else {
                let r = interp.call_value(self.function.clone(), vec![item.clone()], vec![])?;
                !interp.truthy(&r)?
            };
            if keep {
                return Ok(Some(item));
            }
        }
    }
}
impl FilterFalse {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.function);
        visit(&self.source);
    }
    fn clear(&self) {}
}
native_iter!(FilterFalse, FILTERFALSE);

fn build_filterfalse(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let checked = kwargs_checked(interp, cls);
    no_kwargs(interp, "filterfalse", kwargs, checked)?;
    positional(interp, "filterfalse", args, 2, 2)?;
    let source = interp.get_iter(&args[1])?;
    Ok(wrap(interp, cls, Rc::new(FilterFalse { function: args[0].clone(), source })))
}
constructors!(filterfalse_new, FILTERFALSE, build_filterfalse);

fn filterfalse_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this::<FilterFalse>(interp, args, FILTERFALSE)?;
    let r = f.next(interp);
    next_or_stop(interp, r)
}

fn filterfalse_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this::<FilterFalse>(interp, args, FILTERFALSE)?;
    Ok(reduction(interp, &args[0], vec![f.function.clone(), f.source.clone()], None))
}

// --- islice --------------------------------------------------------------------

/// `islice(iterable, [start,] stop[, step])`.
pub struct ISlice {
    source: Value,
    /// Whether the slice is over (the source is kept: dropping it here, deep
    /// in a chain of tools, could recurse too far).
    done: Cell<bool>,
    /// Position of the next item to hand out.
    next: Cell<i64>,
    /// `-1` for no bound.
    stop: i64,
    step: i64,
    /// Items read from the source so far.
    count: Cell<i64>,
}

const ISLICE: &str = "itertools.islice";

impl ISlice {
    fn pull(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let r = super::pull(interp, &self.source);
        if !matches!(r, Ok(Some(_))) {
            self.done.set(true);
        }
        r
    }

    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        while self.count.get() < self.next.get() {
            if self.pull(interp)?.is_none() {
                return Ok(None);
            }
            self.count.set(self.count.get() + 1);
        }
        if self.stop != -1 && self.count.get() >= self.stop {
            self.done.set(true);
            return Ok(None);
        }
        let Some(item) = self.pull(interp)? else { return Ok(None) };
        self.count.set(self.count.get() + 1);
        let mut next = self.next.get().saturating_add(self.step);
        if self.stop != -1 && next > self.stop {
            next = self.stop;
        }
        self.next.set(next);
        Ok(Some(item))
    }
}
impl ISlice {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.source);
    }
    fn clear(&self) {}
}
native_iter!(ISlice, ISLICE);

/// PyNumber_AsSsize_t with OverflowError, any failure read as -1.
fn bound(interp: &mut Interp, v: &Value) -> i64 {
    match v.builtin_value() {
        Value::BigInt(b) if b.is_negative() => -1,
        Value::BigInt(_) => -1,
        _ => interp.index_value(v).unwrap_or(-1),
    }
}

const STOP_MSG: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDEX_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

fn build_islice(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let checked = kwargs_checked(interp, cls);
    no_kwargs(interp, "islice", kwargs, checked)?;
    positional(interp, "islice", args, 2, 4)?;
    let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
    if args.len() == 2 {
        if !args[1].is_none() {
            stop = bound(interp, &args[1]);
            if stop == -1 {
                return Err(interp.value_error(STOP_MSG));
            }
        }
    } else {
        if !args[1].is_none() {
            start = bound(interp, &args[1]);
        }
        if !args[2].is_none() {
            stop = bound(interp, &args[2]);
            if stop == -1 {
                return Err(interp.value_error(STOP_MSG));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(interp.value_error(INDEX_MSG));
    }
    if let Some(s) = args.get(3) {
        if !s.is_none() {
            step = bound(interp, s);
        }
    }
    if step < 1 {
        return Err(interp.value_error("Step for islice() must be a positive integer or None."));
    }
    let source = interp.get_iter(&args[0])?;
    let obj = ISlice { source, done: Cell::new(false), next: Cell::new(start), stop, step, count: Cell::new(0) };
    Ok(wrap(interp, cls, Rc::new(obj)))
}
constructors!(islice_new, ISLICE, build_islice);

fn islice_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this::<ISlice>(interp, args, ISLICE)?;
    let r = s.next(interp);
    next_or_stop(interp, r)
}

fn islice_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this::<ISlice>(interp, args, ISLICE)?;
    let source = Some(s.source.clone()).filter(|_| !s.done.get());
    Ok(match source {
        None => {
            let empty = interp.get_iter(&Value::list(vec![]))?;
            reduction(interp, &args[0], vec![empty, Value::Int(0)], Some(Value::Int(0)))
        }
        Some(src) => {
            let stop = if s.stop == -1 { Value::None } else { Value::Int(s.stop) };
            let a = vec![src, Value::Int(s.next.get()), stop, Value::Int(s.step)];
            reduction(interp, &args[0], a, Some(Value::Int(s.count.get())))
        }
    })
}

fn islice_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this::<ISlice>(interp, args, ISLICE)?;
    let state = args.get(1).cloned().unwrap_or(Value::None);
    let n = super::args::position(interp, &state)?;
    s.count.set(n);
    Ok(Value::None)
}

/// Makes the classes of the filtering tools.
pub fn register(interp: &mut Interp) -> Vec<(&'static str, Rc<Class>)> {
    let compress = super::make_class(
        interp,
        "compress",
        compress_new::ctor,
        compress_new::dunder_new,
        &[("__next__", compress_next), ("__reduce__", compress_reduce)],
    );
    let while_methods: [(&str, NativeFn); 3] =
        [("__next__", while_next), ("__reduce__", while_reduce), ("__setstate__", while_setstate)];
    let dropwhile =
        super::make_class(interp, "dropwhile", dropwhile_new::ctor, dropwhile_new::dunder_new, &while_methods);
    let takewhile =
        super::make_class(interp, "takewhile", takewhile_new::ctor, takewhile_new::dunder_new, &while_methods);
    let filterfalse = super::make_class(
        interp,
        "filterfalse",
        filterfalse_new::ctor,
        filterfalse_new::dunder_new,
        &[("__next__", filterfalse_next), ("__reduce__", filterfalse_reduce)],
    );
    let islice = super::make_class(
        interp,
        "islice",
        islice_new::ctor,
        islice_new::dunder_new,
        &[("__next__", islice_next), ("__reduce__", islice_reduce), ("__setstate__", islice_setstate)],
    );
    vec![
        ("compress", compress),
        ("dropwhile", dropwhile),
        ("takewhile", takewhile),
        ("filterfalse", filterfalse),
        ("islice", islice),
    ]
}
