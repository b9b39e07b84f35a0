//! The operator methods of the builtin types as CPython lists them in each type's
//! `__dict__` (`int.__add__`, `list.__iadd__`, `str.__lt__`, `dict.__or__`...).
//! The dispatch loop never calls these for builtin values (its fast paths and
//! `vm/ops.rs` do the work); they exist for explicit calls (`int.__add__(1, 2)`),
//! for `super().__eq__(other)`, and for subclasses, whose instances reach them
//! with their builtin value (`BuiltinFunction::on_builtin_value`).

use super::{add_method, check_args};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// A group of methods: (name, native).
type Methods<'a> = &'a [(&'a str, NativeFn)];

/// `a op b` as the builtin type defines it, NotImplemented when it does not.
fn binary(interp: &mut Interp, name: &str, args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    check_args(interp, name, args, 2, 2)?;
    let (a, b) = if reflected { (&args[1], &args[0]) } else { (&args[0], &args[1]) };
    match interp.native_binop(op, a, b)? {
        Some(v) => Ok(v),
        // list.__add__ and tuple.__add__ are sequence concatenation, which
        // refuses other operands instead of deferring.
        None if op == BinOp::Add && !reflected && matches!(a.builtin_value(), Value::List(_) | Value::Tuple(_)) => {
            let (t, other) = (interp.type_name(a.builtin_value()), interp.type_name(b));
            Err(interp.type_error(format!("can only concatenate {t} (not \"{other}\") to {t}")))
        }
        None => Ok(Value::NotImplemented),
    }
}

fn compare(interp: &mut Interp, name: &str, args: &[Value], op: CmpOp) -> PyResult<Value> {
    check_args(interp, name, args, 2, 2)?;
    interp.native_compare(op, &args[0], &args[1])
}

fn unary(interp: &mut Interp, name: &str, args: &[Value], op: UnaryOp) -> PyResult<Value> {
    check_args(interp, name, args, 1, 1)?;
    interp.unary_op(op, args[0].builtin_value())
}

macro_rules! binary_slots {
    ($($name:ident = $op:expr, $reflected:expr;)*) => {
        $(fn $name(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
            binary(interp, stringify!($name), args, $op, $reflected)
        })*
    };
}

binary_slots! {
    __add__ = BinOp::Add, false; __radd__ = BinOp::Add, true;
    __sub__ = BinOp::Sub, false; __rsub__ = BinOp::Sub, true;
    __mul__ = BinOp::Mult, false; __rmul__ = BinOp::Mult, true;
    __truediv__ = BinOp::Div, false; __rtruediv__ = BinOp::Div, true;
    __floordiv__ = BinOp::FloorDiv, false; __rfloordiv__ = BinOp::FloorDiv, true;
    __mod__ = BinOp::Mod, false; __rmod__ = BinOp::Mod, true;
    __pow__ = BinOp::Pow, false; __rpow__ = BinOp::Pow, true;
    __lshift__ = BinOp::LShift, false; __rlshift__ = BinOp::LShift, true;
    __rshift__ = BinOp::RShift, false; __rrshift__ = BinOp::RShift, true;
    __and__ = BinOp::BitAnd, false; __rand__ = BinOp::BitAnd, true;
    __or__ = BinOp::BitOr, false; __ror__ = BinOp::BitOr, true;
    __xor__ = BinOp::BitXor, false; __rxor__ = BinOp::BitXor, true;
}

macro_rules! compare_slots {
    ($($name:ident = $op:expr;)*) => {
        $(fn $name(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
            compare(interp, stringify!($name), args, $op)
        })*
    };
}

compare_slots! {
    __eq__ = CmpOp::Eq; __ne__ = CmpOp::NotEq;
    __lt__ = CmpOp::Lt; __le__ = CmpOp::LtE;
    __gt__ = CmpOp::Gt; __ge__ = CmpOp::GtE;
}

fn __neg__(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    unary(interp, "__neg__", args, UnaryOp::USub)
}

fn __pos__(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    unary(interp, "__pos__", args, UnaryOp::UAdd)
}

fn __invert__(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    unary(interp, "__invert__", args, UnaryOp::Invert)
}

fn __abs__(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__abs__", args, 1, 1)?;
    use num_traits::Signed;
    Ok(match args[0].builtin_value() {
        Value::Float(f) => Value::Float(f.abs()),
        Value::Int(i) => i.checked_abs().map(Value::Int).unwrap_or_else(|| Value::bigint(-num_bigint::BigInt::from(*i))),
        Value::BigInt(b) => Value::bigint(b.abs()),
        Value::Bool(b) => Value::Int(*b as i64),
        _ => Value::NotImplemented,
    })
}

fn __hash__(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__hash__", args, 1, 1)?;
    Ok(Value::Int(super::hash::py_hash(interp, args[0].builtin_value())?))
}

fn __bool__(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__bool__", args, 1, 1)?;
    Ok(Value::Bool(interp.truthy(args[0].builtin_value())?))
}

fn __repr__(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__repr__", args, 1, 1)?;
    Ok(Value::string(interp.repr(args[0].builtin_value())?))
}

/// `set.__repr__` and `frozenset.__repr__` name a subclass: `S({1, 2})`.
fn set_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__repr__", args, 1, 1)?;
    let inner = interp.repr(args[0].builtin_value())?;
    Ok(Value::string(match &args[0] {
        Value::Instance(i) if i.base.is_some() => {
            let items = inner.strip_prefix("frozenset(").and_then(|s| s.strip_suffix(')')).unwrap_or(&inner);
            let items = if items == "set()" || items.is_empty() { String::new() } else { items.to_string() };
            format!("{}({items})", i.class.current_name())
        }
        _ => inner,
    }))
}

/// `list.__iadd__`, `set.__ior__`...: the in-place operator, returning the receiver.
fn inplace(interp: &mut Interp, name: &str, args: &[Value], op: BinOp) -> PyResult<Value> {
    check_args(interp, name, args, 2, 2)?;
    interp.inplace_op(op, &args[0], &args[1])
}

macro_rules! inplace_slots {
    ($($name:ident = $op:expr;)*) => {
        $(fn $name(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
            inplace(interp, stringify!($name), args, $op)
        })*
    };
}

inplace_slots! {
    __iadd__ = BinOp::Add; __imul__ = BinOp::Mult;
    __ior__ = BinOp::BitOr; __iand__ = BinOp::BitAnd;
    __isub__ = BinOp::Sub; __ixor__ = BinOp::BitXor;
}

/// Registers the operator methods on int, bool, float, str, bytes, tuple, list,
/// dict, set and frozenset.
pub fn register(interp: &mut Interp) {
    let t = &interp.types;
    let compare: &[(&str, NativeFn)] = &[
        ("__eq__", __eq__),
        ("__ne__", __ne__),
        ("__lt__", __lt__),
        ("__le__", __le__),
        ("__gt__", __gt__),
        ("__ge__", __ge__),
    ];
    let arithmetic: &[(&str, NativeFn)] = &[
        ("__add__", __add__),
        ("__radd__", __radd__),
        ("__sub__", __sub__),
        ("__rsub__", __rsub__),
        ("__mul__", __mul__),
        ("__rmul__", __rmul__),
        ("__truediv__", __truediv__),
        ("__rtruediv__", __rtruediv__),
        ("__floordiv__", __floordiv__),
        ("__rfloordiv__", __rfloordiv__),
        ("__mod__", __mod__),
        ("__rmod__", __rmod__),
        ("__pow__", __pow__),
        ("__rpow__", __rpow__),
        ("__neg__", __neg__),
        ("__pos__", __pos__),
        ("__abs__", __abs__),
        ("__bool__", __bool__),
        ("__repr__", __repr__),
        ("__hash__", __hash__),
    ];
    let bitwise: &[(&str, NativeFn)] = &[
        ("__lshift__", __lshift__),
        ("__rlshift__", __rlshift__),
        ("__rshift__", __rshift__),
        ("__rrshift__", __rrshift__),
        ("__and__", __and__),
        ("__rand__", __rand__),
        ("__or__", __or__),
        ("__ror__", __ror__),
        ("__xor__", __xor__),
        ("__rxor__", __rxor__),
        ("__invert__", __invert__),
    ];
    let sequence: &[(&str, NativeFn)] = &[
        ("__add__", __add__),
        ("__mul__", __mul__),
        ("__rmul__", __rmul__),
        ("__repr__", __repr__),
        ("__hash__", __hash__),
    ];
    let set_ops: &[(&str, NativeFn)] = &[
        ("__or__", __or__),
        ("__ror__", __ror__),
        ("__and__", __and__),
        ("__rand__", __rand__),
        ("__sub__", __sub__),
        ("__rsub__", __rsub__),
        ("__xor__", __xor__),
        ("__rxor__", __rxor__),
    ];
    let set_inplace: &[(&str, NativeFn)] =
        &[("__ior__", __ior__), ("__iand__", __iand__), ("__isub__", __isub__), ("__ixor__", __ixor__)];
    let (int, bool_, float, str_, bytes) = (t.int.clone(), t.bool_.clone(), t.float.clone(), t.str_.clone(), t.bytes.clone());
    let (bytearray, memoryview) = (t.bytearray.clone(), t.memoryview.clone());
    let (tuple, list, dict, set, frozenset) =
        (t.tuple.clone(), t.list.clone(), t.dict.clone(), t.set.clone(), t.frozenset.clone());
    let plan: Vec<(&Rc<Class>, Vec<Methods>)> = vec![
        (&int, vec![compare, arithmetic, bitwise]),
        (&bool_, vec![&[("__repr__", __repr__), ("__and__", __and__), ("__or__", __or__), ("__xor__", __xor__)]]),
        (&frozenset, vec![&[("__hash__", __hash__)]]),
        (&float, vec![compare, arithmetic]),
        (&str_, vec![compare, sequence, &[("__mod__", __mod__), ("__rmod__", __rmod__)]]),
        (&bytes, vec![compare, sequence, &[("__mod__", __mod__), ("__rmod__", __rmod__)]]),
        (&bytearray, vec![compare, sequence, &[("__mod__", __mod__), ("__rmod__", __rmod__), ("__iadd__", __iadd__), ("__imul__", __imul__)]]),
        (&memoryview, vec![compare]),
        (&tuple, vec![compare, sequence]),
        (&list, vec![compare, sequence, &[("__iadd__", __iadd__), ("__imul__", __imul__)]]),
        (&dict, vec![&compare[..2], &[("__or__", __or__), ("__ror__", __ror__), ("__ior__", __ior__), ("__repr__", __repr__)]]),
        (&set, vec![compare, set_ops, set_inplace]),
        (&frozenset, vec![compare, set_ops]),
    ];
    for (cls, groups) in plan {
        for group in groups {
            for (name, f) in group {
                // A method the type already defines natively stays.
                if cls.dict.borrow().get_str(name).is_none() {
                    add_method(cls, name, *f);
                }
            }
        }
    }
    // These need the instance itself, for its class's name.
    for cls in [&set, &frozenset] {
        cls.dict.borrow_mut().set_str("__repr__", super::native("__repr__", set_repr));
    }
}
