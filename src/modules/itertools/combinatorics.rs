//! The combinatoric tools: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`. Each reads its pools into tuples when
//! made and keeps the positions of the last tuple handed out; only the
//! positions that change are looked up again.

use super::args::{keywords, position, ssize};
use super::{constructors, native_iter, next_or_stop, reduction, this, wrap};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The items of an iterable as a tuple value (shared when it is one).
fn pool(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    if let Value::Tuple(_) = v {
        return Ok(v.clone());
    }
    let items = interp.collect_iterable(v)?;
    Ok(Value::tuple(items))
}

/// The items of a pool (a tuple value).
fn pool_items(pool: &Value) -> &[Value] {
    match pool {
        Value::Tuple(t) => t,
        _ => &[],
    }
}

/// A vector of `n` zeros, or MemoryError.
fn zeros(interp: &mut Interp, n: usize) -> PyResult<Vec<usize>> {
    let mut v = Vec::new();
    interp.reserve_exact(&mut v, n)?;
    v.resize(n, 0);
    Ok(v)
}

/// MemoryError when `n` positions could not even be counted in bytes.
fn check_size(interp: &mut Interp, n: usize) -> PyResult<()> {
    if n > isize::MAX as usize / std::mem::size_of::<usize>() {
        return Err(interp.memory_error());
    }
    Ok(())
}

/// The tuple of `positions` as ints.
fn ints(positions: &[usize]) -> Value {
    Value::tuple(positions.iter().map(|&i| Value::Int(i as i64)).collect())
}

/// A state that must be a tuple of `n` items.
fn state_tuple(interp: &mut Interp, v: Option<&Value>, n: usize) -> PyResult<Rc<TupleObj>> {
    match v.map(Value::builtin_value) {
        Some(Value::Tuple(t)) if t.len() == n => Ok(t.clone()),
        _ => Err(interp.value_error("invalid arguments")),
    }
}

// --- product -------------------------------------------------------------------

/// `product(*iterables, repeat=1)`.
pub struct Product {
    /// One pool per argument; position `i` draws from `pools[i % pools.len()]`
    /// (`repeat` copies are not made).
    pools: Vec<Value>,
    npools: usize,
    indices: RefCell<Vec<usize>>,
    /// The last tuple's items; `None` before the first.
    result: RefCell<Option<Vec<Value>>>,
    stopped: Cell<bool>,
}

const PRODUCT: &str = "itertools.product";

impl Product {
    fn pool(&self, i: usize) -> &[Value] {
        pool_items(&self.pools[i % self.pools.len()])
    }

    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        if self.stopped.get() {
            return Ok(None);
        }
        let mut result = self.result.borrow_mut();
        let Some(items) = result.as_mut() else {
            if (0..self.pools.len()).any(|i| self.pool(i).is_empty()) && self.npools > 0 {
                self.stopped.set(true);
                return Ok(None);
            }
            let mut items = Vec::new();
            interp.reserve_exact(&mut items, self.npools)?;
            items.extend((0..self.npools).map(|i| self.pool(i)[0].clone()));
            *self.indices.borrow_mut() = zeros(interp, self.npools)?;
            let out = Value::tuple(items.clone());
            *result = Some(items);
            return Ok(Some(out));
        };
        let mut indices = self.indices.borrow_mut();
        for i in (0..self.npools).rev() {
            let pool = self.pool(i);
            indices[i] += 1;
            if indices[i] == pool.len() {
                indices[i] = 0;
                items[i] = pool[0].clone();
            } else {
                items[i] = pool[indices[i]].clone();
                return Ok(Some(Value::tuple(items.clone())));
            }
        }
        self.stopped.set(true);
        Ok(None)
    }
}
impl Product {
    /// The pools and the last tuple's items.
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.pools.iter().for_each(&mut *visit);
        if let Ok(r) = self.result.try_borrow() {
            r.iter().flatten().for_each(&mut *visit);
        }
    }
    fn clear(&self) {}
}
native_iter!(Product, PRODUCT);

fn build_product(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let mut repeat = 1;
    if !kwargs.is_empty() {
        let s = keywords(interp, "product", &[], kwargs, &["repeat"], 0, 1)?;
        if let Some(r) = &s[0] {
            repeat = ssize(interp, r)?;
        }
    }
    if repeat < 0 {
        return Err(interp.value_error("repeat argument cannot be negative"));
    }
    let nargs = if repeat == 0 { 0 } else { args.len() };
    let limit = (isize::MAX as usize) / std::mem::size_of::<usize>() / (repeat.max(1) as usize);
    if repeat != 0 && nargs > limit {
        return Err(interp.overflow_error("repeat argument too large"));
    }
    let npools = nargs * repeat as usize;
    let mut pools = Vec::with_capacity(nargs);
    for a in &args[..nargs] {
        pools.push(pool(interp, a)?);
    }
    let obj = Product {
        pools,
        npools,
        // Made with the first tuple.
        indices: RefCell::new(Vec::new()),
        result: RefCell::new(None),
        stopped: Cell::new(false),
    };
    Ok(wrap(interp, cls, Rc::new(obj)))
}
constructors!(product_new, PRODUCT, build_product);

fn product_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let p = this::<Product>(interp, args, PRODUCT)?;
    let r = p.next(interp);
    next_or_stop(interp, r)
}

fn product_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let p = this::<Product>(interp, args, PRODUCT)?;
    if p.stopped.get() {
        return Ok(reduction(interp, &args[0], vec![Value::tuple(vec![])], None));
    }
    let mut pools = Vec::new();
    interp.reserve_exact(&mut pools, p.npools)?;
    pools.extend((0..p.npools).map(|i| p.pools[i % p.pools.len()].clone()));
    let t = super::type_value(interp, &args[0]);
    let mut parts = vec![t, Value::tuple(pools)];
    if p.result.borrow().is_some() {
        parts.push(ints(&p.indices.borrow()));
    }
    Ok(Value::tuple(parts))
}

fn product_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let p = this::<Product>(interp, args, PRODUCT)?;
    let state = state_tuple(interp, args.get(1), p.npools)?;
    let mut indices = Vec::with_capacity(p.npools);
    for i in 0..p.npools {
        let index = position(interp, &state[i])?;
        let size = p.pool(i).len();
        if size == 0 {
            p.stopped.set(true);
            return Ok(Value::None);
        }
        indices.push(index.clamp(0, size as i64 - 1) as usize);
    }
    let items: Vec<Value> = indices.iter().enumerate().map(|(i, &k)| p.pool(i)[k].clone()).collect();
    *p.indices.borrow_mut() = indices;
    *p.result.borrow_mut() = Some(items);
    Ok(Value::None)
}

// --- permutations and combinations ---------------------------------------------

/// Which selections a [`Selections`] makes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Permutations,
    Combinations,
    WithReplacement,
}

/// `permutations(iterable, r=None)`, `combinations(iterable, r)` or
/// `combinations_with_replacement(iterable, r)`.
pub struct Selections {
    kind: Kind,
    /// A tuple value.
    pool: Value,
    r: usize,
    /// The chosen positions (for permutations, all `n` in order, the first
    /// `r` chosen).
    indices: RefCell<Vec<usize>>,
    /// Permutations only: the choices left for each of the `r` slots.
    cycles: RefCell<Vec<usize>>,
    result: RefCell<Option<Vec<Value>>>,
    stopped: Cell<bool>,
}

const PERMUTATIONS: &str = "itertools.permutations";
const COMBINATIONS: &str = "itertools.combinations";
const CWR: &str = "itertools.combinations_with_replacement";

impl Selections {
    /// Moves the positions to the next selection; the first slot that
    /// changed, or `None` at the end.
    fn advance(&self, indices: &mut [usize]) -> Option<usize> {
        let (n, r) = (pool_items(&self.pool).len(), self.r);
        match self.kind {
            Kind::Permutations => {
                if n == 0 {
                    return None;
                }
                let mut cycles = self.cycles.borrow_mut();
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        indices[i..].rotate_left(1);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        indices.swap(i, n - j);
                        return Some(i);
                    }
                }
                None
            }
            Kind::Combinations => {
                let i = (0..r).rev().find(|&i| indices[i] != i + n - r)?;
                indices[i] += 1;
                for j in i + 1..r {
                    indices[j] = indices[j - 1] + 1;
                }
                Some(i)
            }
            Kind::WithReplacement => {
                let i = (0..r).rev().find(|&i| indices[i] != n - 1)?;
                let v = indices[i] + 1;
                indices[i..r].fill(v);
                Some(i)
            }
        }
    }

    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        if self.stopped.get() {
            return Ok(None);
        }
        let mut result = self.result.borrow_mut();
        let mut indices = self.indices.borrow_mut();
        let Some(items) = result.as_mut() else {
            let mut items = Vec::new();
            interp.reserve_exact(&mut items, self.r)?;
            let pool = pool_items(&self.pool);
            items.extend(indices[..self.r].iter().map(|&k| pool[k].clone()));
            let out = Value::tuple(items.clone());
            *result = Some(items);
            return Ok(Some(out));
        };
        match self.advance(&mut indices) {
            None => {
                self.stopped.set(true);
                Ok(None)
            }
            Some(first) => {
                let pool = pool_items(&self.pool);
                for k in first..self.r {
                    items[k] = pool[indices[k]].clone();
                }
                Ok(Some(Value::tuple(items.clone())))
            }
        }
    }

    fn type_name_of(kind: Kind) -> &'static str {
        match kind {
            Kind::Permutations => PERMUTATIONS,
            Kind::Combinations => COMBINATIONS,
            Kind::WithReplacement => CWR,
        }
    }
}

native_iter!(Selections, by |s: &Selections| Selections::type_name_of(s.kind));

impl Selections {
    /// The pool and the last tuple's items.
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pool);
        if let Ok(r) = self.result.try_borrow() {
            r.iter().flatten().for_each(&mut *visit);
        }
    }

    /// Nothing to let go: the pool is immutable and the result is rebuilt each step.
    fn clear(&self) {}
}

fn build_selections(
    interp: &mut Interp,
    cls: Option<&Rc<Class>>,
    args: &[Value],
    kwargs: KwArgs,
    kind: Kind,
) -> PyResult<Value> {
    let name = Selections::type_name_of(kind).trim_start_matches("itertools.");
    let minpos = if kind == Kind::Permutations { 1 } else { 2 };
    let s = keywords(interp, name, args, kwargs, &["iterable", "r"], minpos, 2)?;
    let (pool, r) = if kind == Kind::Permutations {
        let pool = pool(interp, s[0].as_ref().unwrap_or(&Value::None))?;
        let r = match &s[1] {
            None | Some(Value::None) => pool_items(&pool).len() as i64,
            Some(v) => {
                if !matches!(v.builtin_value(), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                    return Err(interp.type_error("Expected int as r"));
                }
                interp.index_value(v)?
            }
        };
        (pool, r)
    } else {
        let r = ssize(interp, s[1].as_ref().unwrap_or(&Value::None))?;
        let pool = pool(interp, s[0].as_ref().unwrap_or(&Value::None))?;
        (pool, r)
    };
    if r < 0 {
        return Err(interp.value_error("r must be non-negative"));
    }
    let (n, r) = (pool_items(&pool).len(), r as usize);
    check_size(interp, r)?;
    let stopped = match kind {
        Kind::Permutations | Kind::Combinations => r > n,
        Kind::WithReplacement => n == 0 && r > 0,
    };
    let (indices, cycles) = match kind {
        _ if stopped => (vec![], vec![]),
        Kind::Permutations => ((0..n).collect(), (0..r).map(|i| n - i).collect()),
        Kind::Combinations => ((0..r).collect(), vec![]),
        Kind::WithReplacement => (zeros(interp, r)?, vec![]),
    };
    let obj = Selections {
        kind,
        pool,
        r,
        indices: RefCell::new(indices),
        cycles: RefCell::new(cycles),
        result: RefCell::new(None),
        stopped: Cell::new(stopped),
    };
    Ok(wrap(interp, cls, Rc::new(obj)))
}

fn build_permutations(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    build_selections(interp, cls, args, kw, Kind::Permutations)
}
fn build_combinations(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    build_selections(interp, cls, args, kw, Kind::Combinations)
}
fn build_cwr(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    build_selections(interp, cls, args, kw, Kind::WithReplacement)
}
constructors!(permutations_new, PERMUTATIONS, build_permutations);
constructors!(combinations_new, COMBINATIONS, build_combinations);
constructors!(cwr_new, CWR, build_cwr);

fn selections_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this::<Selections>(interp, args, PERMUTATIONS)?;
    let r = s.next(interp);
    next_or_stop(interp, r)
}

fn selections_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this::<Selections>(interp, args, PERMUTATIONS)?;
    let r = Value::Int(s.r as i64);
    if s.result.borrow().is_none() {
        return Ok(reduction(interp, &args[0], vec![s.pool.clone(), r], None));
    }
    if s.stopped.get() {
        return Ok(reduction(interp, &args[0], vec![Value::tuple(vec![]), r], None));
    }
    let indices = ints(&s.indices.borrow());
    let state = if s.kind == Kind::Permutations {
        Value::tuple(vec![indices, ints(&s.cycles.borrow())])
    } else {
        indices
    };
    Ok(reduction(interp, &args[0], vec![s.pool.clone(), r], Some(state)))
}

fn selections_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this::<Selections>(interp, args, PERMUTATIONS)?;
    let pool = pool_items(&s.pool);
    let (n, r) = (pool.len() as i64, s.r);
    let mut cycles = Vec::new();
    let indices: Vec<usize> = if s.kind == Kind::Permutations {
        let state = state_tuple(interp, args.get(1), 2)?;
        let order = state_tuple(interp, Some(&state[0]), n as usize)?;
        let turns = state_tuple(interp, Some(&state[1]), r)?;
        let mut indices = Vec::with_capacity(n as usize);
        for v in order.iter() {
            indices.push(position(interp, v)?.clamp(0, (n - 1).max(0)) as usize);
        }
        for (i, v) in turns.iter().enumerate() {
            cycles.push(position(interp, v)?.clamp(1, (n - i as i64).max(1)) as usize);
        }
        indices
    } else {
        let state = state_tuple(interp, args.get(1), r)?;
        let mut indices = Vec::with_capacity(r);
        for (i, v) in state.iter().enumerate() {
            let max = if s.kind == Kind::Combinations { i as i64 + n - r as i64 } else { n - 1 };
            indices.push(position(interp, v)?.clamp(0, max.max(0)) as usize);
        }
        indices
    };
    let len = pool.len();
    let items: Vec<Value> = indices.iter().take(r).map(|&k| pool[k.min(len.saturating_sub(1))].clone()).collect();
    if len == 0 && r > 0 {
        s.stopped.set(true);
        return Ok(Value::None);
    }
    *s.indices.borrow_mut() = indices;
    if s.kind == Kind::Permutations {
        *s.cycles.borrow_mut() = cycles;
    }
    *s.result.borrow_mut() = Some(items);
    Ok(Value::None)
}

/// Makes the classes of the combinatoric tools.
pub fn register(interp: &mut Interp) -> Vec<(&'static str, Rc<Class>)> {
    let product = super::make_class(
        interp,
        "product",
        product_new::ctor,
        product_new::dunder_new,
        &[("__next__", product_next), ("__reduce__", product_reduce), ("__setstate__", product_setstate)],
    );
    let methods: [(&str, NativeFn); 3] =
        [("__next__", selections_next), ("__reduce__", selections_reduce), ("__setstate__", selections_setstate)];
    let permutations =
        super::make_class(interp, "permutations", permutations_new::ctor, permutations_new::dunder_new, &methods);
    let combinations =
        super::make_class(interp, "combinations", combinations_new::ctor, combinations_new::dunder_new, &methods);
    let cwr = super::make_class(interp, "combinations_with_replacement", cwr_new::ctor, cwr_new::dunder_new, &methods);
    vec![
        ("product", product),
        ("permutations", permutations),
        ("combinations", combinations),
        ("combinations_with_replacement", cwr),
    ]
}
