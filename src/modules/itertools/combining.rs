//! The tools that join or fold sources: `chain` (and `chain.from_iterable`),
//! `zip_longest`, `starmap`, `accumulate` and `pairwise`.

use super::args::{keywords, no_kwargs, positional};
use super::{constructors, is_iterator, kwargs_checked, native_iter, next_or_stop, reduction, this, wrap};
use crate::syntax::ast::BinOp;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

// --- chain ---------------------------------------------------------------------

/// `chain(*iterables)`: the items of each iterable in turn.
pub struct Chain {
    /// The iterator of the iterables still to come; `None` once over.
    source: RefCell<Option<Value>>,
    /// The iterator being read.
    active: RefCell<Option<Value>>,
    /// Whether reading the source failed (which ends the chain).
    failed: Cell<bool>,
}

const CHAIN: &str = "itertools.chain";

impl Chain {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        loop {
            let active = self.active.borrow().clone();
            let active = match active {
                Some(a) => a,
                None => {
                    if self.failed.get() {
                        return Ok(None);
                    }
                    let Some(source) = self.source.borrow().clone() else { return Ok(None) };
                    let made = match super::pull(interp, &source) {
                        Ok(Some(iterable)) => interp.get_iter(&iterable).map(Some),
                        Ok(None) => Ok(None),
                        Err(e) => Err(e),
                    };
                    match made {
                        Ok(Some(it)) => {
                            *self.active.borrow_mut() = Some(it.clone());
                            it
                        }
                        Ok(None) => {
                            *self.source.borrow_mut() = None;
                            return Ok(None);
                        }
                        Err(e) => {
                            // Ended, but the source is kept: dropping it here,
                            // deep in a chain of tools, could recurse too far.
                            self.failed.set(true);
                            return Err(e);
                        }
                    }
                }
            };
            match super::pull(interp, &active)? {
                Some(v) => return Ok(Some(v)),
                None => *self.active.borrow_mut() = None,
            }
        }
    }
}
impl Chain {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        super::visit_cell(&self.source, visit);
        super::visit_cell(&self.active, visit);
    }
    fn clear(&self) {
        super::clear_cell(&self.source);
        super::clear_cell(&self.active);
    }
}
native_iter!(Chain, CHAIN);

fn new_chain(interp: &mut Interp, cls: Option<&Rc<Class>>, source: Value) -> Value {
    let obj = Chain { source: RefCell::new(Some(source)), active: RefCell::new(None), failed: Cell::new(false) };
    wrap(interp, cls, Rc::new(obj))
}

fn build_chain(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let checked = kwargs_checked(interp, cls);
    no_kwargs(interp, "chain", kwargs, checked)?;
    let source = interp.get_iter(&Value::tuple(args.to_vec()))?;
    Ok(new_chain(interp, cls, source))
}
constructors!(chain_new, CHAIN, build_chain);

/// `chain.from_iterable(iterables)` (a class method).
fn chain_from_iterable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        let n = args.len().saturating_sub(1);
        return Err(interp.type_error(format!("chain.from_iterable() takes exactly one argument ({n} given)")));
    }
    let cls = match &args[0] {
        Value::Class(c) => c.clone(),
        _ => return Err(interp.type_error("chain.from_iterable() needs a class")),
    };
    let source = interp.get_iter(&args[1])?;
    Ok(new_chain(interp, Some(&cls), source))
}

/// `chain[X]`: a generic alias.
fn chain_class_getitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        let n = args.len().saturating_sub(1);
        return Err(interp.type_error(format!("chain.__class_getitem__() takes exactly one argument ({n} given)")));
    }
    Ok(crate::objects::generic_alias::make(args[0].clone(), &args[1]))
}

fn chain_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = this::<Chain>(interp, args, CHAIN)?;
    let r = c.next(interp);
    next_or_stop(interp, r)
}

fn chain_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = this::<Chain>(interp, args, CHAIN)?;
    let source = c.source.borrow().clone().filter(|_| !c.failed.get());
    let active = c.active.borrow().clone();
    Ok(match (source, active) {
        (None, _) => reduction(interp, &args[0], vec![], None),
        (Some(s), None) => reduction(interp, &args[0], vec![], Some(Value::tuple(vec![s]))),
        (Some(s), Some(a)) => reduction(interp, &args[0], vec![], Some(Value::tuple(vec![s, a]))),
    })
}

fn chain_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = this::<Chain>(interp, args, CHAIN)?;
    let state = args.get(1).cloned().unwrap_or(Value::None);
    let Value::Tuple(t) = state.builtin_value() else {
        return Err(interp.type_error("state is not a tuple"));
    };
    match t.len() {
        0 => return Err(interp.type_error("function takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => return Err(interp.type_error(format!("function takes at most 2 arguments ({n} given)"))),
    }
    let parts: Vec<Value> = t.to_vec();
    if !parts.iter().all(|p| is_iterator(interp, p)) {
        return Err(interp.type_error("Arguments must be iterators."));
    }
    *c.source.borrow_mut() = Some(parts[0].clone());
    c.failed.set(false);
    *c.active.borrow_mut() = parts.get(1).cloned();
    Ok(Value::None)
}

// --- zip_longest ---------------------------------------------------------------

/// `zip_longest(*iterables, fillvalue=None)`.
pub struct ZipLongest {
    /// `None` for the exhausted sources.
    sources: RefCell<Vec<Option<Value>>>,
    live: Cell<usize>,
    fill: RefCell<Value>,
}

const ZIP_LONGEST: &str = "itertools.zip_longest";

impl ZipLongest {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let n = self.sources.borrow().len();
        if n == 0 || self.live.get() == 0 {
            return Ok(None);
        }
        let mut row = Vec::with_capacity(n);
        for i in 0..n {
            let source = self.sources.borrow().get(i).cloned().flatten();
            let item = match source {
                None => self.fill.borrow().clone(),
                Some(src) => match super::pull(interp, &src) {
                    Ok(Some(v)) => v,
                    Ok(None) => {
                        let live = self.live.get().saturating_sub(1);
                        self.live.set(live);
                        if live == 0 {
                            return Ok(None);
                        }
                        if let Some(slot) = self.sources.borrow_mut().get_mut(i) {
                            *slot = None;
                        }
                        self.fill.borrow().clone()
                    }
                    Err(e) => {
                        self.live.set(0);
                        return Err(e);
                    }
                },
            };
            row.push(item);
        }
        Ok(Some(Value::tuple(row)))
    }
}
impl ZipLongest {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(sources) = self.sources.try_borrow() {
            sources.iter().flatten().for_each(&mut *visit);
        }
        if let Ok(v) = self.fill.try_borrow() {
            visit(&v);
        }
    }
    fn clear(&self) {
        let sources = self.sources.try_borrow_mut().ok().map(|mut s| std::mem::take(&mut *s));
        let fill = self.fill.try_borrow_mut().ok().map(|mut v| std::mem::replace(&mut *v, Value::None));
        self.live.set(0);
        drop((sources, fill));
    }
}
native_iter!(ZipLongest, ZIP_LONGEST);

fn build_zip_longest(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let fill = match kwargs {
        [] => Value::None,
        [(k, v)] if k.as_ref() == "fillvalue" => v.clone(),
        _ => return Err(interp.type_error("zip_longest() got an unexpected keyword argument")),
    };
    let mut sources = Vec::with_capacity(args.len());
    for a in args {
        sources.push(Some(interp.get_iter(a)?));
    }
    let live = sources.len();
    let obj = ZipLongest { sources: RefCell::new(sources), live: Cell::new(live), fill: RefCell::new(fill) };
    Ok(wrap(interp, cls, Rc::new(obj)))
}
constructors!(zip_longest_new, ZIP_LONGEST, build_zip_longest);

fn zip_longest_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let z = this::<ZipLongest>(interp, args, ZIP_LONGEST)?;
    let r = z.next(interp);
    next_or_stop(interp, r)
}

fn zip_longest_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let z = this::<ZipLongest>(interp, args, ZIP_LONGEST)?;
    let sources: Vec<Value> =
        z.sources.borrow().iter().map(|s| s.clone().unwrap_or_else(|| Value::tuple(vec![]))).collect();
    let t = super::type_value(interp, &args[0]);
    let fill = z.fill.borrow().clone();
    Ok(Value::tuple(vec![t, Value::tuple(sources), fill]))
}

fn zip_longest_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let z = this::<ZipLongest>(interp, args, ZIP_LONGEST)?;
    *z.fill.borrow_mut() = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::None)
}

// --- starmap -------------------------------------------------------------------

/// `starmap(function, iterable)`: `function(*args)` for each args.
pub struct Starmap {
    function: Value,
    source: Value,
}

const STARMAP: &str = "itertools.starmap";

impl Starmap {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let Some(args) = super::pull(interp, &self.source)? else { return Ok(None) };
        let args = match &args {
            Value::Tuple(t) => t.to_vec(),
            _ => interp.collect_iterable(&args)?,
        };
        interp.call_value(self.function.clone(), args, vec![]).map(Some)
    }
}
impl Starmap {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.function);
        visit(&self.source);
    }
    fn clear(&self) {}
}
native_iter!(Starmap, STARMAP);

fn build_starmap(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let checked = kwargs_checked(interp, cls);
    no_kwargs(interp, "starmap", kwargs, checked)?;
    positional(interp, "starmap", args, 2, 2)?;
    let source = interp.get_iter(&args[1])?;
    Ok(wrap(interp, cls, Rc::new(Starmap { function: args[0].clone(), source })))
}
constructors!(starmap_new, STARMAP, build_starmap);

fn starmap_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this::<Starmap>(interp, args, STARMAP)?;
    let r = s.next(interp);
    next_or_stop(interp, r)
}

fn starmap_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this::<Starmap>(interp, args, STARMAP)?;
    Ok(reduction(interp, &args[0], vec![s.function.clone(), s.source.clone()], None))
}

// --- accumulate ----------------------------------------------------------------

/// `accumulate(iterable, func=None, *, initial=None)`: running totals.
pub struct Accumulate {
    source: Value,
    /// `None` for addition.
    func: Value,
    /// The first value to hand out, until it is.
    initial: RefCell<Option<Value>>,
    total: RefCell<Option<Value>>,
}

const ACCUMULATE: &str = "itertools.accumulate";

impl Accumulate {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let initial = self.initial.borrow_mut().take();
        if let Some(v) = initial {
            *self.total.borrow_mut() = Some(v.clone());
            return Ok(Some(v));
        }
        let Some(item) = super::pull(interp, &self.source)? else { return Ok(None) };
        let total = self.total.borrow().clone();
        let new = match total {
            None => item,
            Some(t) => match (&t, &item) {
                (Value::Int(a), Value::Int(b)) if self.func.is_none() && a.checked_add(*b).is_some() => {
                    Value::Int(a + b)
                }
                _ if self.func.is_none() => interp.binary_op(BinOp::Add, &t, &item)?,
                _ => interp.call_value(self.func.clone(), vec![t, item], vec![])?,
            },
        };
        *self.total.borrow_mut() = Some(new.clone());
        Ok(Some(new))
    }
}
impl Accumulate {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.source);
        visit(&self.func);
        super::visit_cell(&self.initial, visit);
        super::visit_cell(&self.total, visit);
    }
    fn clear(&self) {
        super::clear_cell(&self.initial);
        super::clear_cell(&self.total);
    }
}
native_iter!(Accumulate, ACCUMULATE);

fn build_accumulate(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = keywords(interp, "accumulate", args, kwargs, &["iterable", "func", "initial"], 1, 2)?;
    let source = interp.get_iter(s[0].as_ref().unwrap_or(&Value::None))?;
    let func = s[1].clone().unwrap_or(Value::None);
    let initial = s[2].clone().filter(|v| !v.is_none());
    let obj = Accumulate { source, func, initial: RefCell::new(initial), total: RefCell::new(None) };
    Ok(wrap(interp, cls, Rc::new(obj)))
}
constructors!(accumulate_new, ACCUMULATE, build_accumulate);

fn accumulate_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = this::<Accumulate>(interp, args, ACCUMULATE)?;
    let r = a.next(interp);
    next_or_stop(interp, r)
}

/// `chain((first,), source)`.
fn chain_after(interp: &mut Interp, first: Value, source: Value) -> PyResult<Value> {
    let outer = interp.get_iter(&Value::tuple(vec![Value::tuple(vec![first]), source]))?;
    let cls = super::class(interp, CHAIN);
    Ok(new_chain(interp, cls.as_ref(), outer))
}

fn accumulate_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = this::<Accumulate>(interp, args, ACCUMULATE)?;
    let initial = a.initial.borrow().clone();
    if let Some(init) = initial {
        let it = chain_after(interp, init, a.source.clone())?;
        return Ok(reduction(interp, &args[0], vec![it, a.func.clone()], Some(Value::None)));
    }
    let total = a.total.borrow().clone();
    match total {
        Some(Value::None) => {
            // A None total cannot travel as the state: rebuild from None and skip it.
            let it = chain_after(interp, Value::None, a.source.clone())?;
            let cls = interp.type_of(&args[0]);
            let again = interp.call_value(Value::Class(cls), vec![it, a.func.clone()], vec![])?;
            let islice = super::class(interp, "itertools.islice").map(Value::Class).unwrap_or(Value::None);
            Ok(Value::tuple(vec![islice, Value::tuple(vec![again, Value::Int(1), Value::None])]))
        }
        t => Ok(reduction(interp, &args[0], vec![a.source.clone(), a.func.clone()], Some(t.unwrap_or(Value::None)))),
    }
}

fn accumulate_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = this::<Accumulate>(interp, args, ACCUMULATE)?;
    let state = args.get(1).cloned().unwrap_or(Value::None);
    *a.total.borrow_mut() = if state.is_none() { None } else { Some(state) };
    Ok(Value::None)
}

// --- pairwise ------------------------------------------------------------------

/// `pairwise(iterable)`: `(a, b), (b, c), ...`.
pub struct Pairwise {
    source: Value,
    /// Whether the source is exhausted (or failed); it is kept, as dropping
    /// it deep in a chain of tools could recurse too far.
    done: Cell<bool>,
    previous: RefCell<Option<Value>>,
}

const PAIRWISE: &str = "itertools.pairwise";

impl Pairwise {
    fn pull(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let r = super::pull(interp, &self.source);
        if !matches!(r, Ok(Some(_))) {
            self.done.set(true);
            self.previous.borrow_mut().take();
        }
        r
    }

    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        let previous = self.previous.borrow().clone();
        let previous = match previous {
            Some(p) => p,
            None => {
                let Some(p) = self.pull(interp)? else { return Ok(None) };
                // Reading may have called back into this pairwise and ended it.
                if self.done.get() {
                    self.previous.borrow_mut().take();
                    return Ok(None);
                }
                *self.previous.borrow_mut() = Some(p.clone());
                p
            }
        };
        let Some(item) = self.pull(interp)? else { return Ok(None) };
        *self.previous.borrow_mut() = Some(item.clone());
        Ok(Some(Value::tuple(vec![previous, item])))
    }
}
impl Pairwise {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.source);
        super::visit_cell(&self.previous, visit);
    }
    fn clear(&self) {
        super::clear_cell(&self.previous);
    }
}
native_iter!(Pairwise, PAIRWISE);

fn build_pairwise(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let checked = kwargs_checked(interp, cls);
    no_kwargs(interp, "pairwise", kwargs, checked)?;
    positional(interp, "pairwise", args, 1, 1)?;
    let source = interp.get_iter(&args[0])?;
    let obj = Pairwise { source, done: Cell::new(false), previous: RefCell::new(None) };
    Ok(wrap(interp, cls, Rc::new(obj)))
}
constructors!(pairwise_new, PAIRWISE, build_pairwise);

fn pairwise_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let p = this::<Pairwise>(interp, args, PAIRWISE)?;
    let r = p.next(interp);
    next_or_stop(interp, r)
}

fn pairwise_reduce(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.type_error("cannot pickle 'itertools.pairwise' object"))
}

/// Makes the classes of the combining tools.
pub fn register(interp: &mut Interp) -> Vec<(&'static str, Rc<Class>)> {
    let chain = super::make_class(
        interp,
        "chain",
        chain_new::ctor,
        chain_new::dunder_new,
        &[("__next__", chain_next), ("__reduce__", chain_reduce), ("__setstate__", chain_setstate)],
    );
    let from = crate::objects::native("from_iterable", chain_from_iterable);
    chain.dict.borrow_mut().set_str("from_iterable", Value::Descriptor(Rc::new(Descriptor::ClassMethod(from))));
    let getitem = crate::objects::native("__class_getitem__", chain_class_getitem);
    chain.dict.borrow_mut().set_str("__class_getitem__", Value::Descriptor(Rc::new(Descriptor::ClassMethod(getitem))));
    let zip_longest = super::make_class(
        interp,
        "zip_longest",
        zip_longest_new::ctor,
        zip_longest_new::dunder_new,
        &[("__next__", zip_longest_next), ("__reduce__", zip_longest_reduce), ("__setstate__", zip_longest_setstate)],
    );
    let starmap = super::make_class(
        interp,
        "starmap",
        starmap_new::ctor,
        starmap_new::dunder_new,
        &[("__next__", starmap_next), ("__reduce__", starmap_reduce)],
    );
    let accumulate = super::make_class(
        interp,
        "accumulate",
        accumulate_new::ctor,
        accumulate_new::dunder_new,
        &[("__next__", accumulate_next), ("__reduce__", accumulate_reduce), ("__setstate__", accumulate_setstate)],
    );
    let pairwise = super::make_class(
        interp,
        "pairwise",
        pairwise_new::ctor,
        pairwise_new::dunder_new,
        &[("__next__", pairwise_next), ("__reduce__", pairwise_reduce)],
    );
    vec![
        ("chain", chain),
        ("zip_longest", zip_longest),
        ("starmap", starmap),
        ("accumulate", accumulate),
        ("pairwise", pairwise),
    ]
}
