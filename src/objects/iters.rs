//! Iterators implemented in Rust: sequence, range and dict iteration,
//! enumerate, zip, map, filter, reversed, `iter(f, sentinel)`; and the
//! methods of generators and iterators.

use crate::vm::types::Exc;
use super::{add_method, check_args, kwarg};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    // enumerate, zip, map, filter and reversed are classes (isinstance works); the
    // other iterator types only name the values' types.
    let base = interp.types.iterator.clone();
    let constructors: [(&str, NativeFn); 5] =
        [("enumerate", enumerate), ("zip", zip), ("map", map), ("filter", filter), ("reversed", reversed)];
    for (name, ctor) in constructors {
        let cls =
            crate::vm::types::new_class(name, vec![base.clone()], Default::default(), ClassKind::Builtin, "builtins")
                .expect("iterator class");
        cls.dict.borrow_mut().set_str("__new__", crate::objects::native(name, ctor));
        interp.builtins.borrow_mut().set_str(name, Value::Class(cls.clone()));
        interp.native_classes.insert(name.to_string(), cls);
    }
    for name in [
        "list_iterator",
        "tuple_iterator",
        "str_ascii_iterator",
        "str_iterator",
        "bytes_iterator",
        "bytearray_iterator",
        "memory_iterator",
        "range_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "list_reverseiterator",
        "set_iterator",
        "callable_iterator",
    ] {
        let cls =
            crate::vm::types::new_class(name, vec![base.clone()], Default::default(), ClassKind::Builtin, "builtins")
                .expect("iterator class");
        interp.native_classes.insert(name.to_string(), cls);
    }
    let it = interp.types.iterator.clone();
    add_method(&it, "__next__", iter_next_method);
    add_method(&it, "__iter__", iter_self);
    for cls in [interp.types.generator.clone(), interp.types.coroutine.clone()] {
        add_method(&cls, "send", gen_send);
        add_method(&cls, "throw", gen_throw);
        add_method(&cls, "close", gen_close);
    }
    add_method(&interp.types.coroutine.clone(), "__await__", super::coroutine_wrapper::coroutine_await);
    let gen = interp.types.generator.clone();
    add_method(&gen, "__next__", iter_next_method);
    add_method(&gen, "__iter__", iter_self);
}

fn new_iter(state: NativeIter) -> Value {
    Value::Iterator(Rc::new(RefCell::new(state)))
}

/// One step of a native iterator; `None` when exhausted.
pub fn native_next(interp: &mut Interp, state: &Rc<RefCell<NativeIter>>) -> PyResult<Option<Value>> {
    // Fast paths that need no callbacks.
    {
        let mut st = state.borrow_mut();
        if let NativeIter::Enumerate { inner: Value::Iterator(inner), count: Value::Int(c) } = &mut *st {
            // enumerate over a callback-free iterator (list, range, dict, ...): one step, no clones.
            if *c < i64::MAX {
                if let Some(r) = plain_next(interp, &mut inner.borrow_mut()) {
                    let Some(v) = r? else { return Ok(None) };
                    let item = Value::tuple(vec![Value::Int(*c), v]);
                    *c += 1;
                    return Ok(Some(item));
                }
            }
        }
        if let Some(r) = plain_next(interp, &mut st) {
            return r;
        }
    }
    // Iterators that call back into the language: copy what is needed, release the borrow.
    let step = {
        let st = state.borrow();
        match &*st {
            NativeIter::Seq { seq, index } => Step::Getitem(seq.clone(), *index),
            NativeIter::Enumerate { inner, count } => Step::Enumerate(inner.clone(), count.clone()),
            NativeIter::Zip { iters, strict } => Step::Zip(iters.clone(), *strict),
            NativeIter::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
            NativeIter::Filter { func, inner } => Step::Filter(func.clone(), inner.clone()),
            NativeIter::Reversed { seq, index } => Step::Reversed(seq.clone(), *index),
            NativeIter::Callable { func, sentinel } => Step::Callable(func.clone(), sentinel.clone()),
            _ => return Ok(None),
        }
    };
    let result = match step {
        Step::Getitem(seq, index) => match interp.get_item(&seq, &Value::Int(index as i64)) {
            Ok(v) => {
                if let NativeIter::Seq { index, .. } = &mut *state.borrow_mut() {
                    *index += 1;
                }
                Some(v)
            }
            Err(e) if interp.is_exc(&e, Exc::IndexError) || interp.is_exc(&e, Exc::StopIteration) => None,
            Err(e) => return Err(e),
        },
        Step::Enumerate(inner, count) => match interp.iter_next(&inner)? {
            Some(v) => {
                let next = match &count {
                    Value::Int(c) if *c < i64::MAX => Value::Int(c + 1),
                    _ => interp.binary_op(crate::syntax::ast::BinOp::Add, &count, &Value::Int(1))?,
                };
                if let NativeIter::Enumerate { count, .. } = &mut *state.borrow_mut() {
                    *count = next;
                }
                Some(Value::tuple(vec![count, v]))
            }
            None => None,
        },
        Step::Zip(iters, strict) => {
            let mut items = Vec::with_capacity(iters.len());
            for (i, it) in iters.iter().enumerate() {
                match interp.iter_next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        if strict && (i > 0 || iters[1..].iter().any(|_| true)) {
                            if i > 0 {
                                return Err(
                                    interp.value_error(format!("zip() argument {} is shorter than argument 1", i + 1))
                                );
                            }
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                if interp.iter_next(other)?.is_some() {
                                    return Err(interp
                                        .value_error(format!("zip() argument {} is longer than argument 1", j + 1)));
                                }
                            }
                        }
                        state.borrow_mut().exhaust();
                        return Ok(None);
                    }
                }
            }
            if iters.is_empty() {
                None
            } else {
                Some(Value::tuple(items))
            }
        }
        Step::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for it in iters.iter() {
                match interp.iter_next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Some(interp.call_value(func, args, vec![])?)
        }
        Step::Filter(func, inner) => loop {
            match interp.iter_next(&inner)? {
                Some(v) => {
                    let keep = if func.is_none() {
                        interp.truthy(&v)?
                    } else {
                        let r = interp.call_value(func.clone(), vec![v.clone()], vec![])?;
                        interp.truthy(&r)?
                    };
                    if keep {
                        break Some(v);
                    }
                }
                None => break None,
            }
        },
        Step::Reversed(seq, index) => {
            if index == 0 {
                None
            } else {
                let len = interp.len_of(&seq)?;
                if index > len {
                    None
                } else {
                    let v = interp.get_item(&seq, &Value::Int(index as i64 - 1))?;
                    if let NativeIter::Reversed { index, .. } = &mut *state.borrow_mut() {
                        *index -= 1;
                    }
                    Some(v)
                }
            }
        }
        Step::Callable(func, sentinel) => {
            let v = interp.call_value(func, vec![], vec![])?;
            if interp.eq(&v, &sentinel)? {
                state.borrow_mut().exhaust();
                None
            } else {
                Some(v)
            }
        }
    };
    Ok(result)
}

/// One step of a native iterator that needs no callback into the language; `None` when
/// the iterator is of another kind.
fn plain_next(interp: &mut Interp, st: &mut NativeIter) -> Option<PyResult<Option<Value>>> {
    match st {
        NativeIter::Range { next, stop, step } => {
            let v = *next;
            if (*step > 0 && v < *stop) || (*step < 0 && v > *stop) {
                *next = v.saturating_add(*step);
                return Some(Ok(Some(Value::Int(v))));
            }
            return Some(Ok(None));
        }
        NativeIter::Seq { seq: Value::List(l), index } => {
            let l = l.borrow();
            if *index < l.len() {
                *index += 1;
                return Some(Ok(Some(l[*index - 1].clone())));
            }
            drop(l);
            st.exhaust();
            return Some(Ok(None));
        }
        NativeIter::Seq { seq: Value::Tuple(t), index } => {
            if *index < t.len() {
                *index += 1;
                return Some(Ok(Some(t[*index - 1].clone())));
            }
            return Some(Ok(None));
        }
        NativeIter::Seq { seq: Value::Str(s), index } => {
            let rest = &s.as_str()[*index..];
            return Some(Ok(rest.chars().next().map(|c| {
                *index += c.len_utf8();
                Value::string(c.to_string())
            })));
        }
        NativeIter::Seq { seq: Value::Bytes(b), index } => {
            if *index < b.len() {
                *index += 1;
                return Some(Ok(Some(Value::Int(b[*index - 1] as i64))));
            }
            return Some(Ok(None));
        }
        NativeIter::Seq { seq: Value::ByteArray(b), index } => {
            let data = b.data.borrow();
            if *index < data.len() {
                *index += 1;
                return Some(Ok(Some(Value::Int(data[*index - 1] as i64))));
            }
            drop(data);
            st.exhaust();
            return Some(Ok(None));
        }
        NativeIter::DictIter { dict, index, kind, len } => {
            let d = dict.borrow();
            if d.len() != *len {
                drop(d);
                st.exhaust();
                return Some(Err(interp.runtime_error("dictionary changed size during iteration")));
            }
            let Some((pos, k, v)) = d.entry_from(*index) else { return Some(Ok(None)) };
            *index = pos + 1;
            return Some(Ok(Some(match kind {
                DictViewKind::Keys => k.key.clone(),
                DictViewKind::Values => v.clone(),
                DictViewKind::Items => Value::tuple(vec![k.key.clone(), v.clone()]),
            })));
        }
        NativeIter::Values { items, index } => {
            if *index < items.len() {
                *index += 1;
                return Some(Ok(Some(items[*index - 1].clone())));
            }
            return Some(Ok(None));
        }
        NativeIter::Exhausted(_) => return Some(Ok(None)),
        _ => {}
    }
    None
}

/// A step that may call language code.
enum Step {
    Getitem(Value, usize),
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Reversed(Value, usize),
    Callable(Value, Value),
}

fn enumerate(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::check_args_parsed(interp, "enumerate", args, 0, 2)?;
    let Some(iterable) = args.first().or_else(|| kwarg(kwargs, "iterable")) else {
        return Err(interp.type_error("enumerate() missing required argument 'iterable'"));
    };
    let inner = interp.get_iter(iterable)?;
    let start = args.get(1).or_else(|| kwarg(kwargs, "start")).cloned().unwrap_or(Value::Int(0));
    Ok(new_iter(NativeIter::Enumerate { inner, count: start }))
}

fn zip(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let mut iters = Vec::with_capacity(args.len());
    for a in args {
        iters.push(interp.get_iter(a)?);
    }
    let strict = match kwarg(kwargs, "strict") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    Ok(new_iter(NativeIter::Zip { iters, strict }))
}

fn map(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(interp.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        iters.push(interp.get_iter(a)?);
    }
    Ok(new_iter(NativeIter::Map { func: args[0].clone(), iters }))
}

fn filter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "filter", args, 2, 2)?;
    let inner = interp.get_iter(&args[1])?;
    Ok(new_iter(NativeIter::Filter { func: args[0].clone(), inner }))
}

fn reversed(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "reversed", args, 1, 1)?;
    let seq = &args[0];
    if let Value::Instance(_) | Value::Class(_) = seq {
        if let Some(m) = interp.lookup_special(seq, "__reversed__") {
            if m.is_none() {
                let t = interp.type_name(seq);
                return Err(interp.type_error(format!("'{t}' object is not reversible")));
            }
            return interp.call_value(m, vec![], vec![]);
        }
    }
    match seq {
        Value::Range(r) => Ok(new_iter(crate::objects::range::reversed(interp, r)?)),
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::MemoryView(_)
        | Value::Instance(_) => {
            let len = interp.len_of(seq)?;
            Ok(new_iter(NativeIter::Reversed { seq: seq.clone(), index: len }))
        }
        Value::Dict(d) => {
            let keys: Vec<Value> = d.borrow().keys().rev().cloned().collect();
            Ok(new_iter(NativeIter::Values { items: keys, index: 0 }))
        }
        // A native sequence (`array.array`): read backwards through its subscript.
        Value::Native(n) if n.operators_by_methods() => {
            let len = interp.len_of(seq)?;
            Ok(new_iter(NativeIter::Reversed { seq: seq.clone(), index: len }))
        }
        Value::Native(_) if crate::objects::dict::as_view(seq).is_some() => {
            let view = crate::objects::dict::as_view(seq).unwrap();
            let d = view.dict.borrow();
            let items: Vec<Value> = match view.kind {
                DictViewKind::Keys => d.keys().rev().cloned().collect(),
                DictViewKind::Values => d.iter().rev().map(|(_, v)| v.clone()).collect(),
                DictViewKind::Items => d.iter().rev().map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()])).collect(),
            };
            Ok(new_iter(NativeIter::Values { items, index: 0 }))
        }
        _ => {
            let t = interp.type_name(seq);
            Err(interp.type_error(format!("'{t}' object is not reversible")))
        }
    }
}

fn iter_next_method(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__next__", args, 1, 1)?;
    match interp.iter_next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(interp.stop_iteration(Value::None)),
    }
}

fn iter_self(_: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn gen_arg(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<Generator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(interp.type_error("expected a generator")),
    }
}

fn gen_send(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "send", args, 2, 2)?;
    let g = gen_arg(interp, args)?;
    interp.generator_send(&g, args[1].clone())
}

fn gen_throw(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "throw", args, 2, 4)?;
    let g = gen_arg(interp, args)?;
    let exc = thrown(interp, &args[1..])?;
    interp.generator_throw(&g, exc)
}

/// The exception `throw(typ, val=None, tb=None)` throws, from its arguments.
pub(crate) fn thrown(interp: &mut Interp, args: &[Value]) -> PyResult<Value> {
    Ok(match (&args[0], args.get(1)) {
        (Value::Class(c), Some(v)) if !v.is_none() && !matches!(v, Value::Instance(_)) => {
            let c = c.clone();
            interp.call_value(Value::Class(c), vec![v.clone()], vec![])?
        }
        (_, Some(v @ Value::Instance(_))) => v.clone(),
        (e, _) => e.clone(),
    })
}

fn gen_close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let g = gen_arg(interp, args)?;
    interp.close_generator(&g)
}
