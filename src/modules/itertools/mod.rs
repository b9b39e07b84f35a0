//! `_itertools`: the tools of `itertools` done natively, each a type whose
//! objects step their sources through the interpreter's iteration path
//! without language-level calls. `stdlib/itertools.py` re-exports them.
//!
//! The tools live by concern: [`infinite`] (count, cycle, repeat),
//! [`filtering`] (compress, dropwhile, takewhile, filterfalse, islice),
//! [`combining`] (chain, zip_longest, starmap, accumulate, pairwise),
//! [`grouping`] (groupby and its groups), [`combinatorics`] (product,
//! permutations, combinations, combinations_with_replacement), [`tee`]
//! (tee and its iterators); [`args`]
//! parses arguments with CPython's messages. Every type may be subclassed:
//! a subclass's instance carries the native object as its builtin value.

pub mod args;
pub mod combinatorics;
pub mod combining;
pub mod filtering;
pub mod grouping;
pub mod infinite;
pub mod tee;

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::types::Exc;
use crate::vm::value::Value;
use std::rc::Rc;

/// The tool behind a method's receiver (the object, or a subclass instance
/// carrying it).
pub(crate) fn this<T: NativeObject>(interp: &mut Interp, args: &[Value], tp: &str) -> PyResult<Rc<T>> {
    if let Some(Value::Native(n)) = args.first().map(Value::builtin_value) {
        if let Some(t) = downcast_rc::<T>(n) {
            return Ok(t);
        }
    }
    let got = args.first().map(|v| interp.type_name(v)).unwrap_or_else(|| "nothing".into());
    Err(interp.type_error(format!("descriptor requires a '{tp}' object but received a '{got}'")))
}

/// The registered class of a tool (`"itertools.cycle"`).
pub(crate) fn class(interp: &Interp, tp: &str) -> Option<Rc<Class>> {
    interp.native_classes.get(tp).cloned()
}

/// The value for a new tool: the object itself when made by its own type,
/// an instance of the subclass `cls` around it otherwise.
pub(crate) fn wrap(interp: &mut Interp, cls: Option<&Rc<Class>>, obj: Rc<dyn NativeObject>) -> Value {
    crate::vm::gc::track_native(&obj);
    match cls {
        Some(cls) if cls.kind != ClassKind::Builtin => interp.new_instance_with_base(cls, Value::native(obj)),
        _ => Value::native(obj),
    }
}

/// The class whose instance `tp.__new__(cls, ...)` makes: `args[0]` is the
/// tool's own class (bound), `args[1]` the class asked for.
pub(crate) fn new_target(interp: &mut Interp, args: &[Value], tp: &str) -> PyResult<Rc<Class>> {
    let owner = class(interp, tp);
    let (Some(owner), Some(Value::Class(cls))) = (owner, args.get(1)) else {
        let got = args.get(1).map(|v| interp.type_name(v)).unwrap_or_else(|| "nothing".into());
        let msg = match args.get(1) {
            None => format!("{tp}.__new__(): not enough arguments"),
            Some(_) => format!("{tp}.__new__(X): X is not a type object ({got})"),
        };
        return Err(interp.type_error(msg));
    };
    if !crate::vm::exceptions::is_subclass(cls, &owner) {
        let n = cls.current_name();
        return Err(interp.type_error(format!("{tp}.__new__({n}): {n} is not a subtype of {tp}")));
    }
    Ok(cls.clone())
}

/// Whether keywords reach the tool's own checks: a subclass with an
/// `__init__` of its own takes them there.
pub(crate) fn kwargs_checked(interp: &mut Interp, cls: Option<&Rc<Class>>) -> bool {
    match cls {
        Some(cls) if cls.kind != ClassKind::Builtin => match interp.class_lookup(cls, "__init__") {
            Some(f) => crate::objects::classes::is_object_init(&f),
            None => true,
        },
        _ => true,
    }
}

/// The class a reduced object is rebuilt from (a subclass stays itself).
pub(crate) fn type_value(interp: &Interp, me: &Value) -> Value {
    Value::Class(interp.type_of(me))
}

/// The end of an iteration as `__next__` reports it.
pub(crate) fn stop(interp: &mut Interp) -> Value {
    interp.new_error(Exc::StopIteration, "")
}

/// `__next__` from a native step.
pub(crate) fn next_or_stop(interp: &mut Interp, r: PyResult<Option<Value>>) -> PyResult<Value> {
    match r? {
        Some(v) => Ok(v),
        None => Err(stop(interp)),
    }
}

/// The next item of a source; RecursionError when tools nested in each
/// other have used up the native stack.
#[inline]
pub(crate) fn pull(interp: &mut Interp, it: &Value) -> PyResult<Option<Value>> {
    if crate::vm::stack_guard::exhausted() {
        return Err(interp.recursion_error());
    }
    interp.iter_next(it)
}

/// Whether `v` is an iterator (its type has `__next__`).
pub(crate) fn is_iterator(interp: &mut Interp, v: &Value) -> bool {
    matches!(v, Value::Iterator(_) | Value::Generator(_)) || interp.lookup_special(v, "__next__").is_some()
}

/// `__iter__` of every tool.
pub(crate) fn iter_self(_: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// Adds a method that receives its receiver as passed.
pub(crate) fn add_method(cls: &Rc<Class>, name: &str, func: NativeFn) {
    let method = BuiltinFunction { name: name.into(), func, bound: None, with_caller: None, on_builtin_value: false, sig: None };
    cls.dict.borrow_mut().set_str(name, Value::Builtin(Rc::new(method)));
}

/// Makes the class of a tool: `name` as Python sees it, `ctor` for calls of
/// the class itself, `new` for `__new__` (bound to the class), and methods.
pub(crate) fn make_class(
    interp: &mut Interp,
    name: &str,
    ctor: NativeFn,
    new: NativeFn,
    methods: &[(&str, NativeFn)],
) -> Rc<Class> {
    let object = interp.types.object.clone();
    let fallback = object.clone();
    let cls = crate::vm::types::new_class(name, vec![object], Default::default(), ClassKind::Builtin, "itertools")
        .unwrap_or(fallback);
    interp.native_classes.insert(format!("itertools.{name}"), cls.clone());
    cls.ctor.set(Some(ctor));
    let new = BuiltinFunction {
        name: "__new__".into(),
        func: new,
        bound: Some(Value::Class(cls.clone())),
        with_caller: None,
        on_builtin_value: false,
        sig: None,
    };
    cls.dict.borrow_mut().set_str("__new__", Value::Builtin(Rc::new(new)));
    add_method(&cls, "__iter__", iter_self);
    for (n, f) in methods {
        add_method(&cls, n, *f);
    }
    cls
}

/// Defines module `$m` with `ctor` and `dunder_new` for a tool whose
/// construction is `$build(interp, cls, args, kwargs)`.
macro_rules! constructors {
    ($m:ident, $tp:expr, $build:ident) => {
        mod $m {
            use super::*;
            pub(super) fn ctor(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                $build(interp, None, args, kwargs)
            }
            pub(super) fn dunder_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                let cls = crate::modules::itertools::new_target(interp, args, $tp)?;
                $build(interp, Some(&cls), &args[2..], kwargs)
            }
        }
    };
}
pub(crate) use constructors;

/// Defines `NativeObject` for a tool with a `next(&self, interp)` step and
/// `visit`/`clear` for the cycle collector (what it holds; what it can let go).
/// A tool whose type name depends on its state names it with `by NAME_FN`
/// (a `fn(&Self) -> &'static str`).
macro_rules! native_iter {
    ($ty:ty, by $name_of:expr) => {
        impl NativeObject for $ty {
            fn type_name(&self) -> &str {
                $name_of(self)
            }
            $crate::modules::itertools::native_iter!(@common);
        }
    };
    ($ty:ty, $tp:expr) => {
        impl NativeObject for $ty {
            fn type_name(&self) -> &str {
                $tp
            }
            $crate::modules::itertools::native_iter!(@common);
        }
    };
    (@common) => {
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn iter_next(&self, interp: &mut Interp) -> Option<PyResult<Option<Value>>> {
                Some(self.next(interp))
            }
            fn gc_tracked(&self) -> bool {
                true
            }
            fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
                self.visit(visit)
            }
            fn gc_clear(&self) {
                self.clear()
            }
    };
}
pub(crate) use native_iter;

/// Reports the value in a cell, if it can be read now.
pub(crate) fn visit_cell(cell: &std::cell::RefCell<Option<Value>>, visit: &mut dyn FnMut(&Value)) {
    if let Ok(v) = cell.try_borrow() {
        if let Some(v) = v.as_ref() {
            visit(v);
        }
    }
}

/// Empties a cell, dropping its value after the borrow ends.
pub(crate) fn clear_cell(cell: &std::cell::RefCell<Option<Value>>) {
    let taken = cell.try_borrow_mut().ok().and_then(|mut v| v.take());
    drop(taken);
}

/// A `(type(self), args)` or `(type(self), args, state)` reduction.
pub(crate) fn reduction(interp: &Interp, me: &Value, args: Vec<Value>, state: Option<Value>) -> Value {
    let mut parts = vec![type_value(interp, me), Value::tuple(args)];
    parts.extend(state);
    Value::tuple(parts)
}

/// The class docstrings.
const DOCS: &[(&str, &str)] = &[
    ("count", "count(start=0, step=1)\n\nstart, start + step, start + 2*step, ... without end."),
    ("cycle", "cycle(iterable, /)\n\nThe items of iterable, then the same items again, endlessly."),
    ("repeat", "repeat(object [,times])\n\nobject, times times (forever when times is not given)."),
    ("compress", "compress(data, selectors)\n\nThe items of data whose matching selector is true."),
    ("dropwhile", "dropwhile(predicate, iterable, /)\n\nSkips items while predicate(item) is true, then yields the rest."),
    ("takewhile", "takewhile(predicate, iterable, /)\n\nYields items while predicate(item) is true."),
    ("filterfalse", "filterfalse(function, iterable, /)\n\nThe items for which function(item) is false."),
    ("islice", "islice(iterable, stop) or islice(iterable, start, stop[, step])\n\nThe items at positions start, start+step, ... below stop."),
    ("chain", "chain(*iterables)\n\nThe items of the first iterable, then of the next, until all are exhausted."),
    ("zip_longest", "zip_longest(*iterables, fillvalue=None)\n\nLike zip(), until the longest iterable is exhausted, filling the gaps with fillvalue."),
    ("starmap", "starmap(function, iterable, /)\n\nfunction(*args) for each args of iterable."),
    ("accumulate", "accumulate(iterable, func=None, *, initial=None)\n\nRunning totals, or running results of func(total, item)."),
    ("pairwise", "pairwise(iterable, /)\n\nOverlapping pairs of consecutive items: (a, b), (b, c), ..."),
    ("groupby", "groupby(iterable, key=None)\n\n(key, group) for each run of consecutive items with equal keys."),
    ("product", "product(*iterables, repeat=1)\n\nThe cartesian product of the iterables, as nested for-loops would give it."),
    ("permutations", "permutations(iterable, r=None)\n\nThe orderings of r items of iterable (all of them by default)."),
    ("combinations", "combinations(iterable, r)\n\nThe r-item selections of iterable, each in input order."),
    ("combinations_with_replacement", "combinations_with_replacement(iterable, r)\n\nThe r-item selections of iterable, each in input order, items may repeat."),
];

/// Registers `_itertools`.
pub fn register(interp: &mut Interp) {
    let mut values: Vec<(&str, Value)> = Vec::new();
    for (name, cls) in infinite::register(interp)
        .into_iter()
        .chain(filtering::register(interp))
        .chain(combining::register(interp))
        .chain(grouping::register(interp))
        .chain(combinatorics::register(interp))
        .chain(tee::register(interp))
    {
        if let Some((_, doc)) = DOCS.iter().find(|(n, _)| *n == name) {
            cls.dict.borrow_mut().set_str("__doc__", Value::str(doc));
        }
        values.push((name, Value::Class(cls)));
    }
    let module = super::make_module("_itertools", &[("tee", tee::tee)], values);
    interp.modules.insert("_itertools".into(), module);
}
