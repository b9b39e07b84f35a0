//! The builtin functions: print, len, min/max, sum, sorted, isinstance,
//! getattr and the rest of Python's builtins namespace.

use crate::vm::types::Exc;
use crate::objects::hash::py_hash;
use crate::objects::{add_builtin, check_args, kwarg, no_kwargs};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::ops::to_bigint;
use crate::vm::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    add_builtin(interp, "len", len);
    add_builtin(interp, "repr", repr);
    add_builtin(interp, "ascii", ascii);
    add_builtin(interp, "abs", abs);
    add_builtin(interp, "min", min);
    add_builtin(interp, "max", max);
    add_builtin(interp, "sum", sum);
    add_builtin(interp, "any", any);
    add_builtin(interp, "all", all);
    add_builtin(interp, "sorted", sorted);
    add_builtin(interp, "isinstance", isinstance);
    add_builtin(interp, "issubclass", issubclass);
    add_builtin(interp, "hasattr", hasattr);
    add_builtin(interp, "getattr", getattr);
    add_builtin(interp, "setattr", setattr);
    add_builtin(interp, "delattr", delattr);
    add_builtin(interp, "id", id);
    add_builtin(interp, "hash", hash);
    add_builtin(interp, "iter", iter);
    add_builtin(interp, "next", next);
    add_builtin(interp, "ord", ord);
    add_builtin(interp, "chr", chr);
    add_builtin(interp, "hex", hex);
    add_builtin(interp, "oct", oct);
    add_builtin(interp, "bin", bin);
    add_builtin(interp, "callable", callable);
    add_builtin(interp, "round", crate::objects::numbers::round);
    add_builtin(interp, "divmod", divmod);
    add_builtin(interp, "pow", pow);
    // These read the calling frame when called from language code.
    let framed: [(&str, NativeFn, CallerFn); 5] = [
        ("vars", vars, |i, f, a, k| if a.is_empty() { Ok(frame_locals(i, f)) } else { vars(i, a, k) }),
        ("dir", dir, |i, f, a, k| if a.is_empty() { Ok(frame_dir(i, f)) } else { dir(i, a, k) }),
        ("globals", globals, |_, f, _, _| Ok(Value::Dict(f.globals.clone()))),
        ("locals", globals, |i, f, _, _| Ok(frame_locals(i, f))),
        ("super", super_, |i, f, a, k| if a.is_empty() && k.is_empty() { i.zero_arg_super(f) } else { super_(i, a, k) }),
    ];
    for (name, func, caller) in framed {
        set_builtin(interp, name, crate::objects::native_with_caller(name, func, caller));
    }
    add_builtin(interp, "format", format);
    add_builtin(interp, "exit", exit);
    add_builtin(interp, "quit", exit);
    add_builtin(interp, "aiter", aiter);
    add_builtin(interp, "anext", anext);
}

fn len(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if let [v] = args {
        match v {
            Value::Str(s) => return Ok(Value::Int(s.char_len() as i64)),
            Value::List(l) => return Ok(Value::Int(l.borrow().len() as i64)),
            Value::Tuple(t) => return Ok(Value::Int(t.len() as i64)),
            Value::Dict(d) => return Ok(Value::Int(d.borrow().len() as i64)),
            _ => {}
        }
    }
    check_args(interp, "len", args, 1, 1)?;
    Ok(Value::Int(interp.len_of(&args[0])? as i64))
}

fn repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "repr", args, 1, 1)?;
    Ok(Value::string(interp.repr(&args[0])?))
}

fn ascii(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "ascii", args, 1, 1)?;
    let r = interp.repr(&args[0])?;
    Ok(Value::string(crate::objects::format::repr::ascii_escape(&r)))
}

fn abs(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => i.checked_abs().map(Value::Int).unwrap_or_else(|| Value::bigint(BigInt::from(*i).abs())),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(z) => match crate::objects::complex::abs(**z) {
            Some(r) => Value::Float(r),
            None => return Err(interp.overflow_error("absolute value too large")),
        },
        v => match interp.lookup_special(v, "__abs__") {
            Some(m) => interp.call_value(m, vec![], vec![])?,
            None => {
                let t = interp.type_name(v);
                return Err(interp.type_error(format!("bad operand type for abs(): '{t}'")));
            }
        },
    })
}

/// Shared body of min() and max().
fn min_max(interp: &mut Interp, args: &[Value], kwargs: KwArgs, want_max: bool) -> PyResult<Value> {
    let name = if want_max { "max" } else { "min" };
    let key = kwarg(kwargs, "key").cloned().filter(|k| !k.is_none());
    let default = kwarg(kwargs, "default").cloned();
    // One iterable is consumed item by item (it may be long or endless); several
    // arguments are the items themselves.
    let iter = match args.len() {
        0 => return Err(interp.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => Some(interp.get_iter(&args[0])?),
        _ => {
            if default.is_some() {
                return Err(interp
                    .type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            None
        }
    };
    let mut best: Option<(Value, Value)> = None;
    let mut index = 0;
    loop {
        let item = match &iter {
            Some(it) => match interp.iter_next(it)? {
                Some(v) => v,
                None => break,
            },
            None => match args.get(index) {
                Some(v) => v.clone(),
                None => break,
            },
        };
        index += 1;
        let k = match &key {
            Some(f) => interp.call_value(f.clone(), vec![item.clone()], vec![])?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (item, k),
            Some((bi, bk)) => {
                // max asks `item > best` (CPython's order: it decides which
                // special method runs and what a TypeError says).
                let better = match (&k, &bk) {
                    (Value::Int(x), Value::Int(y)) if want_max => x > y,
                    _ if want_max => {
                        let r = interp.rich_compare(crate::syntax::ast::CmpOp::Gt, &k, &bk)?;
                        interp.truthy(&r)?
                    }
                    _ => interp.less_than(&k, &bk)?,
                };
                if better {
                    (item, k)
                } else {
                    (bi, bk)
                }
            }
        });
    }
    match best {
        Some((v, _)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(interp.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    min_max(interp, args, kwargs, false)
}

fn max(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    min_max(interp, args, kwargs, true)
}

fn sum(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "sum", args, 1, 2)?;
    let mut acc = args.get(1).cloned().or_else(|| kwarg(kwargs, "start").cloned()).unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(interp.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = interp.get_iter(&args[0])?;
    let mut fsum: Option<f64> = None;
    while let Some(x) = interp.iter_next(&it)? {
        if let (Value::Float(a), Value::Float(b)) = (&acc, &x) {
            fsum = Some(fsum.unwrap_or(*a) + b);
            acc = Value::Float(fsum.unwrap_or(0.0));
            continue;
        }
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => interp.binary_op(crate::syntax::ast::BinOp::Add, &acc, &x)?,
            },
            _ => interp.binary_op(crate::syntax::ast::BinOp::Add, &acc, &x)?,
        };
    }
    Ok(acc)
}

fn any(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "any", args, 1, 1)?;
    let it = interp.get_iter(&args[0])?;
    while let Some(x) = interp.iter_next(&it)? {
        if interp.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "all", args, 1, 1)?;
    let it = interp.get_iter(&args[0])?;
    while let Some(x) = interp.iter_next(&it)? {
        if !interp.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn sorted(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        let n = args.len();
        return Err(interp.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    let mut items = interp.collect_iterable(&args[0])?;
    crate::objects::sort::sort_values(interp, &mut items, kwargs)?;
    Ok(Value::list(items))
}

/// `isinstance(v, spec)`: a class, a tuple of them (nested), or a class whose metaclass
/// defines `__instancecheck__`.
pub(crate) fn instance_check(interp: &mut Interp, v: &Value, spec: &Value, depth: usize) -> PyResult<bool> {
    match spec {
        Value::Class(c) if c.meta.is_none() => Ok(interp.is_instance_of(v, c) || claimed_class_check(interp, v, c)?),
        Value::Class(c) => {
            if Rc::ptr_eq(&interp.type_of(v), c) {
                return Ok(true);
            }
            let Some(check) = interp.lookup_special(spec, "__instancecheck__") else {
                return Ok(interp.is_instance_of(v, c) || claimed_class_check(interp, v, c)?);
            };
            let r = crate::objects::metaclass::guarded(interp, |i| i.call_value(check, vec![v.clone()], vec![]))?;
            interp.truthy(&r)
        }
        Value::Tuple(items) => {
            if depth > 200 {
                return Err(interp.recursion_error());
            }
            for it in items.iter() {
                if instance_check(interp, v, it, depth + 1)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Native(_) if crate::objects::union_type::as_union(spec).is_some() => {
            let members = generic_free_members(interp, spec, "isinstance")?;
            for m in &members {
                if instance_check(interp, v, m, depth + 1)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ if crate::objects::generic_alias::as_alias(spec).is_some() => {
            Err(interp.type_error("isinstance() argument 2 cannot be a parameterized generic"))
        }
        Value::Instance(_) => match interp.lookup_special(spec, "__instancecheck__") {
            Some(check) => {
                let r = interp.call_value(check, vec![v.clone()], vec![])?;
                interp.truthy(&r)
            }
            None => Err(interp.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
        },
        _ => Err(interp.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

/// `issubclass(sub, spec)` for Rust callers (the `_abc` module).
pub fn is_subclass_value(interp: &mut Interp, sub: &Value, spec: &Value) -> PyResult<bool> {
    subclass_check(interp, sub, spec, 0)
}

/// The second chance `isinstance` gives an instance whose class defines `__class__`
/// (a mock given a spec, a proxy): whether the class that attribute names is `c`
/// or a subclass of it.
fn claimed_class_check(interp: &mut Interp, v: &Value, c: &Rc<Class>) -> PyResult<bool> {
    let Value::Instance(i) = v else { return Ok(false) };
    let overrides = std::iter::once(&i.class).chain(i.class.mro.iter()).any(|k| k.dict.borrow().get_str("__class__").is_some());
    if !overrides {
        return Ok(false);
    }
    match interp.get_attr(v, "__class__") {
        Ok(Value::Class(k)) if !Rc::ptr_eq(&k, &i.class) => Ok(crate::vm::exceptions::is_subclass(&k, c)),
        Ok(_) => Ok(false),
        Err(e) if interp.is_exc(&e, Exc::AttributeError) => Ok(false),
        Err(e) => Err(e),
    }
}

/// `issubclass(sub, spec)`, with `__subclasscheck__` of a metaclass.
pub(crate) fn subclass_check(interp: &mut Interp, sub: &Value, spec: &Value, depth: usize) -> PyResult<bool> {
    match spec {
        Value::Class(c) if c.meta.is_none() => match sub {
            Value::Class(s) => Ok(crate::vm::exceptions::is_subclass(s, c)),
            _ => Err(interp.type_error("issubclass() arg 1 must be a class")),
        },
        Value::Class(_) => {
            let Some(check) = interp.lookup_special(spec, "__subclasscheck__") else {
                return Ok(false);
            };
            let r = crate::objects::metaclass::guarded(interp, |i| i.call_value(check, vec![sub.clone()], vec![]))?;
            interp.truthy(&r)
        }
        Value::Tuple(items) => {
            if depth > 200 {
                return Err(interp.recursion_error());
            }
            for it in items.iter() {
                if subclass_check(interp, sub, it, depth + 1)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Native(_) if crate::objects::union_type::as_union(spec).is_some() => {
            let members = generic_free_members(interp, spec, "issubclass")?;
            for m in &members {
                if subclass_check(interp, sub, m, depth + 1)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ if crate::objects::generic_alias::as_alias(spec).is_some() => {
            Err(interp.type_error("issubclass() argument 2 cannot be a parameterized generic"))
        }
        Value::Instance(_) => match interp.lookup_special(spec, "__subclasscheck__") {
            Some(check) => {
                let r = interp.call_value(check, vec![sub.clone()], vec![])?;
                interp.truthy(&r)
            }
            None => Err(interp.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
        },
        _ => {
            if !matches!(sub, Value::Class(_)) {
                return Err(interp.type_error("issubclass() arg 1 must be a class"));
            }
            Err(interp.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

/// The members of a union for `isinstance`/`issubclass`; TypeError when one is
/// a parameterized generic (`int | list[int]`).
fn generic_free_members(interp: &mut Interp, spec: &Value, fname: &str) -> PyResult<Vec<Value>> {
    let members = crate::objects::union_type::as_union(spec).map(|u| u.args.clone()).unwrap_or_default();
    if members.iter().any(|m| crate::objects::generic_alias::as_alias(m).is_some()) {
        return Err(interp.type_error(format!("{fname}() argument 2 cannot be a parameterized generic")));
    }
    Ok(members)
}

fn isinstance(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "isinstance", args, 2, 2)?;
    Ok(Value::Bool(instance_check(interp, &args[0], &args[1], 0)?))
}

fn issubclass(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "issubclass", args, 2, 2)?;
    Ok(Value::Bool(subclass_check(interp, &args[0], &args[1], 0)?))
}

fn attr_name(interp: &mut Interp, v: &Value, fname: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => {
            let t = interp.type_name(v);
            let _ = fname;
            Err(interp.type_error(format!("attribute name must be string, not '{t}'")))
        }
    }
}

fn hasattr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "hasattr", args, 2, 2)?;
    let name = attr_name(interp, &args[1], "hasattr")?;
    match interp.get_attr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if interp.is_exc(&e, Exc::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn getattr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "getattr", args, 2, 3)?;
    let name = attr_name(interp, &args[1], "getattr")?;
    match interp.get_attr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && interp.is_exc(&e, Exc::AttributeError) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "setattr", args, 3, 3)?;
    let name = attr_name(interp, &args[1], "setattr")?;
    interp.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn delattr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "delattr", args, 2, 2)?;
    let name = attr_name(interp, &args[1], "delattr")?;
    interp.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn id(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "id", args, 1, 1)?;
    let v = &args[0];
    Ok(Value::Int(match v.ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::Int(i) => 0x1000_0000 + i.wrapping_mul(32),
            Value::Float(f) => f.to_bits() as i64 >> 2,
            Value::Bool(b) => 0x900 + *b as i64,
            _ => 0x800,
        },
    }))
}

fn hash(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "hash", args, 1, 1)?;
    Ok(Value::Int(py_hash(interp, &args[0])?))
}

fn iter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "iter", args, 1, 2)?;
    if args.len() == 2 {
        let state = NativeIter::Callable { func: args[0].clone(), sentinel: args[1].clone() };
        return Ok(Value::Iterator(Rc::new(std::cell::RefCell::new(state))));
    }
    interp.get_iter(&args[0])
}

fn next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "next", args, 1, 2)?;
    let it = &args[0];
    if !matches!(it, Value::Iterator(_) | Value::Generator(_)) && interp.lookup_special(it, "__next__").is_none() {
        let t = interp.type_name(it);
        return Err(interp.type_error(format!("'{t}' object is not an iterator")));
    }
    if let Value::Generator(g) = it {
        let g = g.clone();
        if args.len() == 1 {
            if g.finished.get() && g.frame.borrow().is_none() {
                return Err(interp.stop_iteration(Value::None));
            }
            return match interp.resume_native(&g, Value::None, None)? {
                crate::vm::run::Outcome::Yield(v) => Ok(v),
                crate::vm::run::Outcome::Return(v) => Err(interp.stop_iteration(v)),
            };
        }
    }
    match interp.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(interp.stop_iteration(Value::None)),
        },
    }
}

fn ord(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(crate::codepoint::code_point(c) as i64)),
                _ => {
                    let n = s.char_len();
                    Err(interp.type_error(format!("ord() expected a character, but string of length {n} found")))
                }
            }
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Value::ByteArray(b) if b.data.borrow().len() == 1 => Ok(Value::Int(b.data.borrow()[0] as i64)),
        v => {
            let t = interp.type_name(v);
            Err(interp.type_error(format!("ord() expected string of length 1, but {t} found")))
        }
    }
}

fn chr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "chr", args, 1, 1)?;
    let i = interp.c_int_value(&args[0])?;
    match u32::try_from(i).ok().and_then(crate::codepoint::from_code_point) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(interp.value_error("chr() arg not in range(0x110000)")),
    }
}

fn int_base(interp: &mut Interp, args: &[Value], name: &str, base: u32) -> PyResult<Value> {
    check_args(interp, name, args, 1, 1)?;
    let b = match to_bigint(&args[0]) {
        Some(b) => b,
        None => {
            let i = interp.index_value(&args[0])?;
            BigInt::from(i)
        }
    };
    Ok(Value::string(crate::objects::format::int_to_base(&b, base, true)))
}

fn hex(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    int_base(interp, args, "hex", 16)
}

fn oct(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    int_base(interp, args, "oct", 8)
}

fn bin(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    int_base(interp, args, "bin", 2)
}

fn callable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "callable", args, 1, 1)?;
    Ok(Value::Bool(interp.is_callable(&args[0])))
}


fn divmod(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "divmod", args, 2, 2)?;
    use crate::syntax::ast::BinOp;
    let user = |v: &Value| matches!(v, Value::Instance(_) | Value::Class(_));
    let real = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_));
    let dispatches = user(&args[0]) || user(&args[1]) || (real(&args[0]) && real(&args[1]));
    if !dispatches {
        let (ta, tb) = (interp.type_name(&args[0]), interp.type_name(&args[1]));
        return Err(interp.type_error(format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'")));
    }
    if user(&args[0]) || user(&args[1]) {
        if let Some(v) = user_divmod(interp, &args[0], &args[1])? {
            return Ok(v);
        }
    }
    if let (Some(_), Some(b)) = (to_bigint(&args[0]), to_bigint(&args[1])) {
        if b.is_zero() {
            return Err(interp.zero_division("integer division or modulo by zero"));
        }
    }
    let q = interp.binary_op(BinOp::FloorDiv, &args[0], &args[1])?;
    let r = interp.binary_op(BinOp::Mod, &args[0], &args[1])?;
    Ok(Value::tuple(vec![q, r]))
}

/// `divmod(a, b)` through a class statement's `__divmod__` / `__rdivmod__` (the
/// reflected one first when b's type is a subclass of a's that defines it). None
/// when neither is defined by a class statement; TypeError when both decline.
fn user_divmod(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let own = |interp: &mut Interp, v: &Value, name: &str| -> Option<Value> {
        let Value::Instance(i) = v else { return None };
        let found = interp.lookup_special(v, name)?;
        // Only methods a class statement wrote; builtin bases keep the floordiv/mod path.
        let defined = std::iter::once(&i.class)
            .chain(i.class.mro.iter())
            .any(|c| c.kind != ClassKind::Builtin && c.dict.borrow().get_str(name).is_some());
        defined.then_some(found)
    };
    let forward = own(interp, a, "__divmod__");
    let reflected = own(interp, b, "__rdivmod__");
    if forward.is_none() && reflected.is_none() {
        return Ok(None);
    }
    let (ta, tb) = (interp.type_of(a), interp.type_of(b));
    let reflected_first =
        reflected.is_some() && !Rc::ptr_eq(&ta, &tb) && crate::vm::exceptions::is_subclass(&tb, &ta);
    let attempts = if reflected_first {
        [(reflected, a.clone()), (forward, b.clone())]
    } else {
        [(forward, b.clone()), (reflected, a.clone())]
    };
    for (method, other) in attempts {
        if let Some(m) = method {
            let r = interp.call_value(m, vec![other], vec![])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
    }
    let (na, nb) = (interp.type_name(a), interp.type_name(b));
    Err(interp.type_error(format!("unsupported operand type(s) for divmod(): '{na}' and '{nb}'")))
}

fn pow(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        // `pow(base=2, exp=5)`: the declared signature checked the names.
        let mut full = args.to_vec();
        for name in ["base", "exp", "mod"].into_iter().skip(args.len()) {
            match kwarg(kwargs, name) {
                Some(v) => full.push(v.clone()),
                None => break,
            }
        }
        return pow(interp, &full, &[]);
    }
    check_args(interp, "pow", args, 2, 3)?;
    if args.len() == 3 && !args[2].is_none() {
        let (Some(b), Some(e), Some(m)) = (to_bigint(&args[0]), to_bigint(&args[1]), to_bigint(&args[2])) else {
            return three_arg_pow(interp, args);
        };
        if m.is_zero() {
            return Err(interp.value_error("pow() 3rd argument cannot be 0"));
        }
        let r = if e.is_negative() {
            let inv = mod_inverse(&b, &m);
            match inv {
                Some(inv) => inv.modpow(&(-e), &m),
                None => return Err(interp.value_error("base is not invertible for the given modulus")),
            }
        } else {
            b.modpow(&e, &m)
        };
        let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) { r + &m } else { r };
        return Ok(Value::bigint(r));
    }
    interp.binary_op(crate::syntax::ast::BinOp::Pow, &args[0], &args[1])
}

/// `pow(a, b, m)` when not all three are ints: each operand type's power is
/// tried in turn (CPython's ternary dispatch), and the first that applies to
/// the operands decides the error; a class's `__pow__` on the base gets all three.
fn three_arg_pow(interp: &mut Interp, args: &[Value]) -> PyResult<Value> {
    let real = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_));
    let (v, w) = (&args[0], &args[1]);
    let mut seen: Vec<std::rc::Rc<crate::vm::object::Class>> = Vec::new();
    for (position, operand) in args.iter().enumerate() {
        let cls = interp.type_of(operand);
        if seen.iter().any(|c| std::rc::Rc::ptr_eq(c, &cls)) {
            continue;
        }
        seen.push(cls);
        match operand {
            Value::Float(_) => {
                return Err(interp.type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
            Value::Complex(_) if (real(v) || matches!(v, Value::Complex(_))) && (real(w) || matches!(w, Value::Complex(_))) => {
                return Err(interp.value_error("complex modulo"))
            }
            Value::Instance(_) if position == 0 => {
                if let Some(m) = interp.lookup_special(v, "__pow__") {
                    let r = interp.call_value(m, vec![w.clone(), args[2].clone()], vec![])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
    }
    let names: Vec<String> = args.iter().map(|a| format!("'{}'", interp.type_name(a))).collect();
    Err(interp.type_error(format!("unsupported operand type(s) for ** or pow(): {}", names.join(", "))))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(a, m), m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&e.x, m))
}

fn vars(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "vars", args, 1, 1)?;
    match interp.get_attr(&args[0], "__dict__") {
        Ok(d) => Ok(d),
        Err(_) => Err(interp.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "dir", args, 1, 1)?;
    let v = &args[0];
    // A `__dir__` of the object's type (or metaclass) decides, sorted as CPython does.
    if matches!(v, Value::Instance(_) | Value::Class(_)) {
        if let Some(m) = interp.lookup_special(v, "__dir__") {
            if !matches!(m, Value::Builtin(_)) {
                let listed = interp.call_value(m, vec![], vec![])?;
                let mut items = interp.collect_iterable(&listed)?;
                crate::objects::sort::sort_values(interp, &mut items, &[])?;
                return Ok(Value::list(items));
            }
        }
    }
    // A module's own `__dir__` function (PEP 562) decides for the module.
    if let Value::Module(m) = v {
        let custom = m.dict.borrow().get_str("__dir__").cloned();
        if let Some(f) = custom {
            let listed = interp.call_value(f, vec![], vec![])?;
            let mut items = interp.collect_iterable(&listed)?;
            crate::objects::sort::sort_values(interp, &mut items, &[])?;
            return Ok(Value::list(items));
        }
    }
    let names = crate::objects::classes::default_dir(interp, v);
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}


/// Puts a value in the builtins namespace.
fn set_builtin(interp: &mut Interp, name: &str, v: Value) {
    interp.builtins.borrow_mut().set_str(name, v);
}

/// `locals()` / `vars()` in a frame: its namespace, or a snapshot of a function's locals.
fn frame_locals(interp: &mut Interp, f: &crate::vm::frame::Frame) -> Value {
    // A class body's namespace is the mapping its metaclass's `__prepare__` returned.
    if let Some(mapping) = &f.mapping {
        return (**mapping).clone();
    }
    Value::Dict(f.namespace.clone().unwrap_or_else(|| interp.locals_dict(f)))
}

/// `dir()` in a frame: the sorted names of its namespace.
fn frame_dir(interp: &mut Interp, f: &crate::vm::frame::Frame) -> Value {
    let ns = f.namespace.clone().unwrap_or_else(|| interp.locals_dict(f));
    let mut names: Vec<String> = ns.borrow().keys().filter_map(|k| k.as_str().map(String::from)).collect();
    names.sort();
    Value::list(names.into_iter().map(Value::string).collect())
}

fn globals(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    let main = interp.modules.get("__main__").cloned();
    match main {
        Some(Value::Module(m)) => Ok(Value::Dict(m.dict.clone())),
        _ => Ok(Value::dict(Default::default())),
    }
}

fn super_(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    // Keywords and the count are checked by the declared signature.
    if args.len() < 2 {
        return Err(interp.type_error(format!("super expected 2 arguments, got {}", args.len())));
    }
    let Value::Class(cls) = &args[0] else {
        return Err(interp.type_error("super() argument 1 must be a type"));
    };
    let ok = match &args[1] {
        Value::Class(c) => crate::vm::exceptions::is_subclass(c, cls) || interp.is_instance_of(&args[1], cls),
        other => interp.is_instance_of(other, cls),
    };
    if !ok {
        return Err(interp.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::Descriptor(Rc::new(Descriptor::Super { cls: cls.clone(), obj: args[1].clone() })))
}

fn format(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "format", args, 1, 2)?;
    let spec = args.get(1).cloned().unwrap_or(Value::str(""));
    interp.format_value(&args[0], crate::compile::bytecode::format_value::CONV_NONE, Some(&spec))
}

fn exit(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "exit", kwargs)?;
    let class = interp.types.exc(Exc::SystemExit);
    Err(interp.new_exception(class, args.to_vec()))
}

fn aiter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "aiter", args, 1, 1)?;
    interp.get_aiter(&args[0])
}

fn anext(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "anext", args, 1, 2)?;
    match interp.lookup_special(&args[0], "__anext__") {
        Some(m) => {
            let awaitable = interp.call_value(m, vec![], vec![])?;
            Ok(match args.get(1) {
                Some(default) => super::anext::with_default(interp, awaitable, default.clone()),
                None => awaitable,
            })
        }
        None => {
            let t = interp.type_name(&args[0]);
            Err(interp.type_error(format!("'{t}' object is not an async iterator")))
        }
    }
}

