//! Operators: arithmetic with int/float promotion, sequence operators, rich
//! comparison, truthiness, equality and hashing, with the special-method
//! fallbacks of user classes.

use crate::vm::types::Exc;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::dict::{int_hash, HashKey};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::types;
use crate::vm::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// `x / y` for integers (y non-zero), correctly rounded to the nearest float
/// (ties to even) as CPython computes it; None when the result overflows.
pub fn true_divide(x: &BigInt, y: &BigInt) -> Option<f64> {
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.magnitude(), y.magnitude());
    if a.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    let gap = a.bits() as i64 - b.bits() as i64;
    if gap > 1025 {
        return None;
    }
    // Scale so the quotient has 55 or 56 bits: enough to round once, exactly.
    let shift = 55 - gap;
    let (num, den) = if shift >= 0 { (a << shift as usize, b.clone()) } else { (a.clone(), b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let q = q.to_u64().unwrap_or(u64::MAX);
    let extra = 64 - q.leading_zeros() as i64 - 53;
    let mut mantissa = q >> extra;
    let rest = q & ((1u64 << extra) - 1);
    let half = 1u64 << (extra - 1);
    if rest > half || (rest == half && (!r.is_zero() || mantissa & 1 == 1)) {
        mantissa += 1;
    }
    let exponent = extra - shift;
    let value = mantissa as f64 * 2f64.powi(exponent as i32);
    if value.is_infinite() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// Integer arithmetic that fits in i64; `None` defers to the general path.
/// Always inlined: the dispatch loop's int fast paths live on it.
#[inline(always)]
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mult => x.checked_mul(y)?,
        BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => num_integer::Integer::div_floor(&x, &y),
        BinOp::Mod if y != 0 && y != -1 => x.mod_floor(&y),
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift if (0..63).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            r
        }
        BinOp::RShift if y >= 0 => x >> y.min(63),
        // Exact operands give a correctly rounded quotient; larger ones go the long way.
        BinOp::Div if y != 0 && x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 => {
            return Some(Value::Float(x as f64 / y as f64))
        }
        _ => return None,
    }))
}

/// The symbol of an operator, for error messages.
pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

/// A number operand, widened.
enum Num {
    Int(BigInt),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num> {
    Some(match v {
        Value::Int(i) => Num::Int(BigInt::from(*i)),
        Value::Bool(b) => Num::Int(BigInt::from(*b as i64)),
        Value::BigInt(b) => Num::Int((**b).clone()),
        Value::Float(f) => Num::Float(*f),
        _ => return None,
    })
}

/// A value as f64 when it is a number.
pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => Some(b.to_f64().unwrap_or(f64::INFINITY)),
        Value::Float(f) => Some(*f),
        _ => None,
    }
}

/// A value as a big integer when it is an int or bool.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Python's float modulo: the result has the sign of the divisor.
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 && ((m < 0.0) != (y < 0.0)) {
        m + y
    } else if m == 0.0 {
        0.0f64.copysign(y)
    } else {
        m
    }
}

/// Python's float floor division.
pub fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = float_mod(x, y);
    let d = (x - m) / y;
    if d == 0.0 {
        0.0f64.copysign(x / y)
    } else {
        let f = d.floor();
        if d - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    }
}

impl Interp {
    fn num_binop(&mut self, op: BinOp, a: Num, b: Num) -> PyResult<Value> {
        match (a, b) {
            (Num::Int(x), Num::Int(y)) => self.bigint_binop(op, x, y),
            (Num::Float(x), Num::Int(y)) => {
                let y = y.to_f64().unwrap_or(f64::INFINITY);
                self.float_binop(op, x, y)
            }
            (Num::Int(x), Num::Float(y)) => {
                let x = match x.to_f64() {
                    Some(x) if x.is_finite() => x,
                    _ => return Err(self.overflow_error("int too large to convert to float")),
                };
                self.float_binop(op, x, y)
            }
            (Num::Float(x), Num::Float(y)) => self.float_binop(op, x, y),
        }
    }

    /// `x ** e` by repeated squaring, with the host's limits (and Ctrl-C)
    /// checked between steps. With a deadline set, a step predicted to end past
    /// it (a squaring takes about three times the one before) trips the limit
    /// before it starts: one big multiplication cannot be interrupted.
    fn big_pow(&mut self, x: &BigInt, e: u32) -> PyResult<BigInt> {
        if x.bits().saturating_mul(e as u64) < 1 << 16 {
            return Ok(num_traits::pow::Pow::pow(x, e));
        }
        let mut acc = BigInt::from(1);
        let mut last = std::time::Duration::ZERO;
        for bit in (0..u32::BITS - e.leading_zeros()).rev() {
            self.charge_work(acc.bits() / 64 + 1)?;
            if let Some(deadline) = self.limits.deadline {
                if std::time::Instant::now() + last * 3 > deadline {
                    return Err(self.trip_limit(crate::vm::interp::Limit::Deadline));
                }
            }
            let started = std::time::Instant::now();
            acc = &acc * &acc;
            if (e >> bit) & 1 == 1 {
                acc *= x;
            }
            last = started.elapsed();
        }
        Ok(acc)
    }

    fn bigint_binop(&mut self, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
        Ok(match op {
            BinOp::Add => Value::bigint(x + y),
            BinOp::Sub => Value::bigint(x - y),
            BinOp::Mult => Value::bigint(x * y),
            BinOp::FloorDiv | BinOp::Mod if y.is_zero() => {
                let msg =
                    if op == BinOp::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" };
                return Err(self.zero_division(msg));
            }
            BinOp::FloorDiv => Value::bigint(x.div_floor(&y)),
            BinOp::Mod => Value::bigint(x.mod_floor(&y)),
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                match true_divide(&x, &y) {
                    Some(q) => Value::Float(q),
                    None => return Err(self.overflow_error("integer division result too large for a float")),
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let xf = x.to_f64().unwrap_or(f64::INFINITY);
                    if xf == 0.0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float(xf.powf(y.to_f64().unwrap_or(f64::NEG_INFINITY))));
                }
                let e = match y.to_u32() {
                    Some(e) => e,
                    None => {
                        if x.abs() <= BigInt::from(1) {
                            let r = if x.is_negative() && y.is_odd() {
                                -1
                            } else if x.is_zero() {
                                0
                            } else {
                                1
                            };
                            return Ok(Value::Int(r));
                        }
                        return Err(self.memory_error());
                    }
                };
                let bits = x.bits() as f64 * e as f64;
                if bits > 64_000_000.0 {
                    return Err(self.memory_error());
                }
                Value::bigint(self.big_pow(&x, e)?)
            }
            BinOp::LShift | BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let n = y.to_u64().unwrap_or(u64::MAX);
                if op == BinOp::RShift {
                    if n > x.bits() {
                        return Ok(Value::Int(if x.is_negative() { -1 } else { 0 }));
                    }
                    Value::bigint(x >> n as usize)
                } else {
                    if x.is_zero() {
                        return Ok(Value::Int(0));
                    }
                    if n.saturating_add(x.bits()) > 64_000_000 {
                        return Err(self.memory_error());
                    }
                    Value::bigint(x << n as usize)
                }
            }
            BinOp::BitAnd => Value::bigint(x & y),
            BinOp::BitOr => Value::bigint(x | y),
            BinOp::BitXor => Value::bigint(x ^ y),
            BinOp::MatMult => return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
        })
    }

    fn float_binop(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
        Ok(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_floordiv(x, y)
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_mod(x, y)
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
                    // A negative base with a fractional exponent has a complex result.
                    let (x, y) = (Complex::new(x, 0.0), Complex::new(y, 0.0));
                    return crate::objects::complex::arith(self, BinOp::Pow, x, y);
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.overflow_error("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => {
                let (ta, tb) = ("float", "float");
                return Err(
                    self.type_error(format!("unsupported operand type(s) for {}: '{ta}' and '{tb}'", op_symbol(op)))
                );
            }
        }))
    }

    /// `a op b`.
    pub(crate) fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(v) = int_fast(op, *x, *y) {
                return Ok(v);
            }
        }
        // Floats mixed with floats or small ints need no big-integer widening.
        let floats = match (a, b) {
            (Value::Float(x), Value::Float(y)) => Some((*x, *y)),
            (Value::Float(x), Value::Int(y)) => Some((*x, *y as f64)),
            (Value::Int(x), Value::Float(y)) => Some((*x as f64, *y)),
            _ => None,
        };
        if let Some((x, y)) = floats {
            if !matches!(
                op,
                BinOp::MatMult | BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
            ) {
                return self.float_binop(op, x, y);
            }
        }
        match self.binary_op_slow(op, a, b)? {
            Some(v) => Ok(v),
            None => Err(self.binop_type_error(op, a, b)),
        }
    }

    /// `a op b` past the int and float fast paths; None when no operand supports it.
    fn binary_op_slow(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let Some(v) = self.builtin_binop(op, a, b)? {
            return Ok(Some(v));
        }
        let (name, rname, _) = dunder(op);
        if self.reflected_first(a, b, rname) {
            if let Some(v) = self.try_dunder(b, rname, a)? {
                return Ok(Some(v));
            }
            if let Some(v) = self.try_dunder(a, name, b)? {
                return Ok(Some(v));
            }
        } else {
            if let Some(v) = self.try_dunder(a, name, b)? {
                return Ok(Some(v));
            }
            if let Some(v) = self.try_dunder(b, rname, a)? {
                return Ok(Some(v));
            }
        }
        if op == BinOp::BitOr {
            if let Some(u) = crate::objects::union_type::union_of(self, a, b)? {
                return Ok(Some(u));
            }
        }
        // Instances of builtin types' subclasses: the builtin operation on their values.
        if a.has_builtin_value() || b.has_builtin_value() {
            return self.binary_op_slow(op, a.builtin_value(), b.builtin_value());
        }
        Ok(None)
    }

    /// What the builtin types themselves do for `a op b` (`int.__add__`,
    /// `list.__add__`): both operands taken as their builtin values, no user
    /// methods consulted; None when the types do not support it.
    pub(crate) fn native_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (a, b) = (a.builtin_value(), b.builtin_value());
        if user_object(a) || user_object(b) {
            return Ok(None);
        }
        self.builtin_binop(op, a, b)
    }

    /// `a op b` for the builtin numbers, complex, sequences, sets and dicts; None
    /// when these types do not define it for the pair.
    fn builtin_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            let float = matches!(x, Num::Float(_)) || matches!(y, Num::Float(_));
            let int_only = matches!(op, BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
            if op == BinOp::MatMult || (float && int_only) {
                return Ok(None);
            }
            return self.num_binop(op, x, y).map(Some);
        }
        if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
            if let Some(v) = crate::objects::complex::binop(self, op, a, b)? {
                return Ok(Some(v));
            }
        }
        self.sequence_binop(op, a, b)
    }

    /// The builtin types' own comparison (`int.__lt__`, `list.__eq__`), NotImplemented
    /// when they cannot compare the two.
    pub(crate) fn native_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (a, b) = (a.builtin_value(), b.builtin_value());
        if user_object(a) || user_object(b) {
            return Ok(Value::NotImplemented);
        }
        let r = self.rich_compare_opt(op, a, b, "", "")?;
        Ok(r.unwrap_or(Value::NotImplemented))
    }

    /// CPython's rule for reflected operators: when the right operand's type is a
    /// subclass of the left's and overrides the reflected method, it goes first.
    fn reflected_first(&mut self, a: &Value, b: &Value, rname: &str) -> bool {
        if !user_object(b) {
            return false;
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if Rc::ptr_eq(&ta, &tb) || !crate::vm::exceptions::is_subclass(&tb, &ta) {
            return false;
        }
        match (self.class_lookup(&tb, rname), self.class_lookup(&ta, rname)) {
            (Some(x), Some(y)) => !x.is(&y),
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// `a op= b`: `__iop__` first, then `a op b`.
    pub(crate) fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.collect_iterable(b)?;
                crate::objects::list::extend_checked(self, l, items)?;
                return Ok(a.clone());
            }
            (BinOp::Add, Value::ByteArray(x)) if crate::objects::buffer::is_bytes_like(b) => {
                crate::objects::bytearray::iadd(self, x, b)?;
                return Ok(a.clone());
            }
            (BinOp::Mult, Value::ByteArray(x)) if matches!(b, Value::Int(_) | Value::Bool(_)) => {
                let n = self.index_value(b)?;
                crate::objects::bytearray::imul(self, x, n)?;
                return Ok(a.clone());
            }
            (BinOp::BitOr, Value::Set(_))
            | (BinOp::BitAnd, Value::Set(_))
            | (BinOp::Sub, Value::Set(_))
            | (BinOp::BitXor, Value::Set(_)) => {
                if let (Value::Set(s), Some(v)) = (a, self.sequence_binop(op, a, b)?) {
                    if let Value::Set(n) = &v {
                        let new = n.borrow().clone();
                        *s.borrow_mut() = new;
                    }
                    return Ok(a.clone());
                }
            }
            (BinOp::BitOr, Value::Dict(d)) if matches!(b, Value::Dict(_)) => {
                self.dict_update_from(&Value::Dict(d.clone()), b, None)?;
                return Ok(a.clone());
            }
            (_, Value::Instance(_) | Value::Native(_)) => {
                let (_, _, iname) = dunder(op);
                if let Some(v) = self.try_dunder(a, iname, b)? {
                    return Ok(v);
                }
            }
            _ => {}
        }
        match self.binary_op(op, a, b) {
            Err(e) => Err(self.inplace_error(op, e)),
            ok => ok,
        }
    }

    /// An augmented assignment names its operator `+=` (not `+`) in CPython's
    /// "unsupported operand type(s)" message.
    fn inplace_error(&mut self, op: BinOp, e: Value) -> Value {
        let sym = op_symbol(op);
        let prefix = format!("unsupported operand type(s) for {sym}:");
        let msg = crate::vm::exceptions::exc_data(&e)
            .and_then(|d| d.borrow().args.first().and_then(|m| m.as_str().map(String::from)));
        match msg {
            Some(m) if self.is_exc(&e, Exc::TypeError) && m.starts_with(&prefix) => {
                let rest = &m[prefix.len()..];
                self.type_error(format!("unsupported operand type(s) for {sym}=:{rest}"))
            }
            _ => e,
        }
    }

    /// Calls `a.name(b)` if the type defines it; `None` when absent or NotImplemented.
    fn try_dunder(&mut self, a: &Value, name: &str, b: &Value) -> PyResult<Option<Value>> {
        if !user_object(a) {
            return Ok(None);
        }
        let Some(m) = self.lookup_special(a, name) else { return Ok(None) };
        let r = self.call_value(m, vec![b.clone()], vec![])?;
        Ok(if matches!(r, Value::NotImplemented) { None } else { Some(r) })
    }

    fn binop_type_error(&mut self, op: BinOp, a: &Value, b: &Value) -> Value {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let b = b.builtin_value();
        match (op, a.builtin_value()) {
            (BinOp::Add, Value::Str(_)) => self.type_error(format!("can only concatenate str (not \"{tb}\") to str")),
            (BinOp::Add, Value::List(_)) => {
                self.type_error(format!("can only concatenate list (not \"{tb}\") to list"))
            }
            (BinOp::Add, Value::Tuple(_)) => {
                self.type_error(format!("can only concatenate tuple (not \"{tb}\") to tuple"))
            }
            (BinOp::Mult, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)) => {
                self.type_error(format!("can't multiply sequence by non-int of type '{tb}'"))
            }
            (BinOp::Mult, _)
                if matches!(b, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)) =>
            {
                self.type_error(format!("can't multiply sequence by non-int of type '{ta}'"))
            }
            _ => self.type_error(format!("unsupported operand type(s) for {}: '{ta}' and '{tb}'", op_symbol(op))),
        }
    }

    /// Operators on str, bytes, list, tuple, set and dict.
    fn sequence_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        use Value::*;
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Str(x), Str(y)) => {
                let total = x.as_str().len().saturating_add(y.as_str().len());
                self.charge_alloc(total)?;
                let mut s = String::new();
                if s.try_reserve_exact(total).is_err() {
                    return Err(self.memory_error());
                }
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (BinOp::Add, List(x), List(y)) => {
                let total = x.borrow().len().saturating_add(y.borrow().len());
                let mut v = Vec::new();
                self.reserve_exact(&mut v, total)?;
                v.extend(x.borrow().iter().cloned());
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (BinOp::Add, Tuple(x), Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Add, Bytes(x), Bytes(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter());
                Value::bytes(v)
            }
            (BinOp::Add, Bytes(_) | ByteArray(_), _) if crate::objects::buffer::is_bytes_like(b) => {
                let kind = crate::objects::buffer::Kind::of(a).unwrap_or(crate::objects::buffer::Kind::Bytes);
                let mut v = crate::objects::buffer::require(self, a)?.into_vec();
                match crate::objects::buffer::require(self, b) {
                    Ok(more) => v.extend_from_slice(&more),
                    Err(_) => {
                        let t = self.type_name(b);
                        return Err(self.type_error(format!("can't concat {t} to {}", kind.name())));
                    }
                }
                kind.make(v)
            }
            (BinOp::Add, ByteArray(_), _) => {
                let t = self.type_name(b);
                return Err(self.type_error(format!("can't concat {t} to bytearray")));
            }
            (BinOp::Add, Bytes(_), _) if !user_object(b) => {
                let t = self.type_name(b);
                return Err(self.type_error(format!("can't concat {t} to bytes")));
            }
            (BinOp::Mult, ByteArray(x), Int(_) | Bool(_) | BigInt(_)) | (BinOp::Mult, Int(_) | Bool(_) | BigInt(_), ByteArray(x)) => {
                let n = if matches!(a, ByteArray(_)) { b } else { a };
                let data = Value::bytes(x.data.borrow().clone());
                match self.repeat(&data, n)? {
                    Bytes(r) => Value::bytearray(Rc::try_unwrap(r).unwrap_or_else(|r| (*r).clone())),
                    other => other,
                }
            }
            (BinOp::Mod, ByteArray(s), _) => {
                let s = Rc::new(s.data.borrow().clone());
                match crate::objects::format::strfmt::bytes_percent_format(self, &s, b)? {
                    Bytes(r) => Value::bytearray(Rc::try_unwrap(r).unwrap_or_else(|r| (*r).clone())),
                    other => other,
                }
            }
            (BinOp::Mult, Str(_) | List(_) | Tuple(_) | Bytes(_), Int(_) | Bool(_) | BigInt(_)) => self.repeat(a, b)?,
            (BinOp::Mult, Int(_) | Bool(_) | BigInt(_), Str(_) | List(_) | Tuple(_) | Bytes(_)) => self.repeat(b, a)?,
            (BinOp::Mod, Str(s), _) => {
                let s = s.clone();
                Value::string(crate::objects::format::strfmt::percent_format(self, s.as_str(), b)?)
            }
            (BinOp::Mod, Bytes(s), _) => {
                let s = s.clone();
                crate::objects::format::strfmt::bytes_percent_format(self, &s, b)?
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Set(_) | FrozenSet(_),
                Set(_) | FrozenSet(_),
            ) => crate::objects::set::set_binop(self, op, a, b)?,
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, _, _)
                if crate::objects::dict_views::is_set_view(a) || crate::objects::dict_views::is_set_view(b) =>
            {
                crate::objects::dict_views::view_binop(self, op, a, b)?
            }
            (BinOp::BitOr, Dict(x), Dict(y)) => {
                let d = std::cell::RefCell::new(x.borrow().clone());
                let items: Vec<(HashKey, Value)> = y.borrow().entries().map(|(k, v)| (k.clone(), v.clone())).collect();
                for (k, v) in items {
                    self.dict_set(&d, k, v)?;
                }
                Value::dict(d.into_inner())
            }
            _ => return Ok(Option::None),
        }))
    }

    /// `seq * n`, with MemoryError for sizes that cannot be allocated.
    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = match n {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => return Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        let n = n.max(0) as usize;
        let unit = match seq {
            Value::Str(s) => s.as_str().len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Bytes(b) => b.len(),
            _ => 0,
        };
        let n = if unit == 0 { 0 } else { n };
        let total = unit.checked_mul(n).filter(|t| *t <= (1usize << 34));
        let Some(total) = total else { return Err(self.memory_error()) };
        Ok(match seq {
            Value::Str(s) => {
                let mut out = Vec::new();
                self.reserve_exact(&mut out, total)?;
                repeat_into(&mut out, s.as_str().as_bytes(), total);
                self.charge_work(total as u64 / 4096)?;
                // Repeated whole UTF-8 text is UTF-8.
                Value::string(String::from_utf8(out).unwrap_or_default())
            }
            Value::Bytes(_) if n == 1 => seq.clone(),
            Value::Bytes(b) => {
                let mut out = Vec::new();
                self.reserve_exact(&mut out, total)?;
                repeat_into(&mut out, b, total);
                self.charge_work(total as u64 / 4096)?;
                Value::bytes(out)
            }
            Value::List(_) | Value::Tuple(_) => {
                let items: Vec<Value> = match seq {
                    Value::List(l) => l.borrow().clone(),
                    Value::Tuple(t) => t.to_vec(),
                    _ => vec![],
                };
                let mut out: Vec<Value> = Vec::new();
                self.reserve_exact(&mut out, total)?;
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                if matches!(seq, Value::List(_)) {
                    Value::list(out)
                } else {
                    Value::tuple(out)
                }
            }
            _ => Value::None,
        })
    }

    /// `op a`.
    pub(crate) fn unary_op(&mut self, op: UnaryOp, a: &Value) -> PyResult<Value> {
        match op {
            UnaryOp::Not => return Ok(Value::Bool(!self.truthy(a)?)),
            UnaryOp::USub => match a {
                Value::Int(i) => {
                    return Ok(i.checked_neg().map(Value::Int).unwrap_or_else(|| Value::bigint(-BigInt::from(*i))))
                }
                Value::Bool(b) => return Ok(Value::Int(-(*b as i64))),
                Value::BigInt(b) => return Ok(Value::bigint(-(**b).clone())),
                Value::Float(f) => return Ok(Value::Float(-f)),
                Value::Complex(z) => return Ok(Value::complex(-z.re, -z.im)),
                _ => {}
            },
            UnaryOp::UAdd => match a {
                Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_) => return Ok(a.clone()),
                Value::Bool(b) => return Ok(Value::Int(*b as i64)),
                _ => {}
            },
            UnaryOp::Invert => match a {
                Value::Int(i) => return Ok(Value::Int(!i)),
                Value::Bool(b) => return Ok(Value::Int(!(*b as i64))),
                Value::BigInt(b) => return Ok(Value::bigint(-(**b).clone() - 1)),
                _ => {}
            },
        }
        let (name, sym) = match op {
            UnaryOp::USub => ("__neg__", "-"),
            UnaryOp::UAdd => ("__pos__", "+"),
            _ => ("__invert__", "~"),
        };
        if user_object(a) {
            if let Some(m) = self.lookup_special(a, name) {
                return self.call_value(m, vec![], vec![]);
            }
            if let Some(base) = a.builtin_value_of_instance() {
                let base = base.clone();
                if as_num(&base).is_some() {
                    return self.unary_op(op, &base);
                }
            }
        }
        let t = self.type_name(a);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{t}'")))
    }

    /// Truthiness, calling `__bool__` / `__len__` on instances.
    pub(crate) fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(b) = v.truthy_fast() {
            return Ok(b);
        }
        Ok(match v {
            Value::BigInt(_) => true,
            Value::Complex(z) => z.re != 0.0 || z.im != 0.0,
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.data.borrow().is_empty(),
            Value::MemoryView(m) => crate::objects::memoryview::length(self, m)? > 0,
            Value::Range(r) => !r.is_empty(),
            Value::Class(c) if c.meta.is_none() => true,
            Value::Instance(_) | Value::Class(_) | Value::Native(_) => {
                if let Some(m) = self.lookup_special(v, "__bool__") {
                    let r = self.call_value(m, vec![], vec![])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let t = self.type_name(&other);
                            Err(self.type_error(format!("__bool__ should return bool, returned {t}")))
                        }
                    };
                }
                if let Some(m) = self.lookup_special(v, "__len__") {
                    let r = self.call_value(m, vec![], vec![])?;
                    return Ok(self.index_value(&r)? != 0);
                }
                match v.builtin_value_of_instance() {
                    Some(base) => {
                        let base = base.clone();
                        self.truthy(&base)?
                    }
                    None => true,
                }
            }
            _ => true,
        })
    }

    /// `a == b` as a bool.
    pub(crate) fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.eq_at(a, b, 0)
    }

    /// RecursionError when comparing or hashing containers nested deeper than
    /// the recursion limit (the Rust stack must not overflow).
    fn check_nesting(&mut self, depth: usize, what: &str) -> PyResult<()> {
        if depth + self.frames.len() >= self.recursion_limit {
            return Err(self.new_error(Exc::RecursionError, format!("maximum recursion depth exceeded{what}")));
        }
        Ok(())
    }

    /// `a == b` for values nested `depth` containers deep.
    fn eq_at(&mut self, a: &Value, b: &Value, depth: usize) -> PyResult<bool> {
        use Value::*;
        if matches!(a, List(_) | Tuple(_) | Dict(_)) {
            self.check_nesting(depth, " in comparison")?;
        }
        match (a, b) {
            (Int(x), Int(y)) => Ok(x == y),
            (Str(x), Str(y)) => Ok(x.as_str() == y.as_str()),
            (List(x), List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_eq(&x, &y, depth + 1)
            }
            (Tuple(x), Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                self.seq_eq(&x, &y, depth + 1)
            }
            (Dict(x), Dict(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                // Each key of x looked up in y as it is now (either may change meanwhile).
                let (x, y) = (x.clone(), y.clone());
                if x.borrow().len() != y.borrow().len() {
                    return Ok(false);
                }
                let mut pos = 0;
                loop {
                    let entry = x.borrow().entry_from(pos).map(|(p, k, v)| (p, k.clone(), v.clone()));
                    let Some((p, k, v)) = entry else { return Ok(true) };
                    pos = p + 1;
                    match self.dict_get(&y, &k)? {
                        Some(w) => {
                            if !v.is(&w) && !self.eq_at(&v, &w, depth + 1)? {
                                return Ok(false);
                            }
                        }
                        Option::None => return Ok(false),
                    }
                }
            }
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => {
                let (x, y) = (crate::objects::set::set_data(a), crate::objects::set::set_data(b));
                self.sets_equal(&x, &y)
            }
            (BoundMethod(x), BoundMethod(y)) => Ok(x.receiver.is(&y.receiver) && x.func.is(&y.func)),
            (Native(_), Native(_)) if crate::vm::weakref::as_weakref(a).is_some() => {
                match crate::vm::weakref::eq(self, a, b) {
                    Some(r) => r,
                    Option::None => Ok(a.is(b)),
                }
            }
            (Native(x), Native(y))
                if crate::objects::generic_alias::as_alias(a).is_some()
                    && crate::objects::generic_alias::as_alias(b).is_some() =>
            {
                let (x, y) = (x.clone(), y.clone());
                match (x.as_any().downcast_ref(), y.as_any().downcast_ref()) {
                    (Some(p), Some(q)) => crate::objects::generic_alias::alias_eq(self, p, q),
                    _ => Ok(false),
                }
            }
            (Native(x), Native(y))
                if crate::objects::union_type::as_union(a).is_some()
                    && crate::objects::union_type::as_union(b).is_some() =>
            {
                let (x, y) = (x.clone(), y.clone());
                match (x.as_any().downcast_ref(), y.as_any().downcast_ref()) {
                    (Some(p), Some(q)) => crate::objects::union_type::union_eq(self, p, q),
                    _ => Ok(false),
                }
            }
            (Native(_), _) | (_, Native(_)) if crate::objects::dict_views::is_set_view(a) || crate::objects::dict_views::is_set_view(b) => {
                match crate::objects::dict_views::view_compare(self, CmpOp::Eq, a, b)? {
                    Some(r) => Ok(r),
                    Option::None => Ok(a.is(b)),
                }
            }
            (MemoryView(_), _) | (_, MemoryView(_)) => {
                Ok(crate::objects::memoryview::equals(self, a, b)?.unwrap_or(false))
            }
            (ByteArray(_), Bytes(_) | ByteArray(_)) | (Bytes(_), ByteArray(_)) => {
                let x = crate::objects::buffer::require(self, a)?;
                let y = crate::objects::buffer::require(self, b)?;
                Ok(*x == *y)
            }
            // Ranges are equal when they produce the same sequence.
            (Range(x), Range(y)) => Ok(crate::objects::range::equal(x, y)),
            (Instance(_), _) | (_, Instance(_)) => {
                let r = self.rich_compare(CmpOp::Eq, a, b)?;
                self.truthy(&r)
            }
            _ if user_object(a) || user_object(b) => {
                let r = self.rich_compare(CmpOp::Eq, a, b)?;
                self.truthy(&r)
            }
            (Complex(z), other) | (other, Complex(z)) => Ok(crate::objects::complex::equals(**z, other)),
            _ => {
                if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
                    return Ok(match (x, y) {
                        (Num::Int(x), Num::Int(y)) => x == y,
                        (Num::Float(x), Num::Float(y)) => x == y,
                        (Num::Int(x), Num::Float(y)) | (Num::Float(y), Num::Int(x)) => {
                            crate::objects::complex::float_equals_int(y, &x)
                        }
                    });
                }
                Ok(crate::vm::dict::keys_equal(a, b))
            }
        }
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value], depth: usize) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !p.is(q) && !self.eq_at(p, q, depth)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Comparison operators, `is`, `in`.
    pub(crate) fn compare_op(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        Ok(Value::Bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Eq => {
                if user_object(a) || user_object(b) {
                    return self.rich_compare(op, a, b);
                }
                self.eq(a, b)?
            }
            CmpOp::NotEq => {
                if user_object(a) || user_object(b) {
                    return self.rich_compare(op, a, b);
                }
                !self.eq(a, b)?
            }
            _ => return self.rich_compare(op, a, b),
        }))
    }

    /// `<`, `<=`, `>`, `>=`, and `==` / `!=` on instances, with reflection.
    pub(crate) fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (name, reflected) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            _ => ("__ne__", "__ne__"),
        };
        if let Some(v) = self.rich_compare_opt(op, a, b, name, reflected)? {
            return Ok(v);
        }
        let sym = match op {
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Eq => "==",
            _ => "!=",
        };
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        Err(self.type_error(format!("'{sym}' not supported between instances of '{ta}' and '{tb}'")))
    }

    /// A comparison through the operands' methods (`name` on `a`, `reflected` on `b`),
    /// then the builtin orders; None when neither side supports it.
    fn rich_compare_opt(
        &mut self,
        op: CmpOp,
        a: &Value,
        b: &Value,
        name: &str,
        reflected: &str,
    ) -> PyResult<Option<Value>> {
        if user_object(a) || user_object(b) {
            let order: [(&Value, &str, &Value); 2] = if self.reflected_first(a, b, reflected) {
                [(b, reflected, a), (a, name, b)]
            } else {
                [(a, name, b), (b, reflected, a)]
            };
            for (x, method, y) in order {
                if let Some(v) = self.try_dunder(x, method, y)? {
                    return Ok(Some(v));
                }
            }
            if a.has_builtin_value() || b.has_builtin_value() {
                return self.rich_compare_opt(op, a.builtin_value(), b.builtin_value(), name, reflected);
            }
            match op {
                CmpOp::Eq => return Ok(Some(Value::Bool(a.is(b)))),
                CmpOp::NotEq => {
                    if let Some(v) = self.try_dunder(a, "__eq__", b)? {
                        return Ok(Some(Value::Bool(!self.truthy(&v)?)));
                    }
                    return Ok(Some(Value::Bool(!a.is(b))));
                }
                _ => return Ok(None),
            }
        } else if let Some(o) = self.builtin_order(a, b)? {
            use std::cmp::Ordering::*;
            return Ok(Some(Value::Bool(match op {
                CmpOp::Lt => o == Less,
                CmpOp::LtE => o != Greater,
                CmpOp::Gt => o == Greater,
                CmpOp::GtE => o != Less,
                CmpOp::Eq => o == Equal,
                _ => o != Equal,
            })));
        } else if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
            if to_f64(a).is_some() && to_f64(b).is_some() {
                // NaN involved: every ordering comparison is false.
                return Ok(Some(Value::Bool(false)));
            }
        }
        if let Some(v) = self.set_compare(op, a, b)? {
            return Ok(Some(v));
        }
        match op {
            CmpOp::Eq => Ok(Some(Value::Bool(self.eq(a, b)?))),
            CmpOp::NotEq => Ok(Some(Value::Bool(!self.eq(a, b)?))),
            _ => Ok(None),
        }
    }

    fn set_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if crate::objects::dict_views::is_set_view(a) || crate::objects::dict_views::is_set_view(b) {
            let r = crate::objects::dict_views::view_compare(self, op, a, b)?;
            return Ok(r.map(Value::Bool));
        }
        if !matches!(a, Value::Set(_) | Value::FrozenSet(_)) || !matches!(b, Value::Set(_) | Value::FrozenSet(_)) {
            return Ok(None);
        }
        let (x, y) = (crate::objects::set::set_data(a), crate::objects::set::set_data(b));
        Ok(Some(Value::Bool(match op {
            CmpOp::Lt => x.len() < y.len() && self.set_is_subset(&x, &y)?,
            CmpOp::LtE => self.set_is_subset(&x, &y)?,
            CmpOp::Gt => x.len() > y.len() && self.set_is_subset(&y, &x)?,
            CmpOp::GtE => self.set_is_subset(&y, &x)?,
            _ => return Ok(None),
        })))
    }

    /// Total order between builtin values of comparable types (None when not comparable).
    pub(crate) fn builtin_order(&mut self, a: &Value, b: &Value) -> PyResult<Option<std::cmp::Ordering>> {
        self.order_at(a, b, 0)
    }

    fn order_at(&mut self, a: &Value, b: &Value, depth: usize) -> PyResult<Option<std::cmp::Ordering>> {
        use Value::*;
        if matches!(a, List(_) | Tuple(_)) {
            self.check_nesting(depth, " in comparison")?;
        }
        Ok(match (a, b) {
            (Int(x), Int(y)) => Some(x.cmp(y)),
            (Str(x), Str(y)) => Some(x.cmp_text(y)),
            (Float(x), Float(y)) => x.partial_cmp(y),
            (Bytes(x), Bytes(y)) => Some(x.cmp(y)),
            (ByteArray(_), Bytes(_) | ByteArray(_) | MemoryView(_)) | (Bytes(_) | MemoryView(_), ByteArray(_)) => {
                let x = crate::objects::buffer::require(self, a)?;
                let y = crate::objects::buffer::require(self, b)?;
                Some(x.cmp(&y))
            }
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_order(&x, &y, depth + 1)?
            }
            (Tuple(x), Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                self.seq_order(&x, &y, depth + 1)?
            }
            _ => match (as_num(a), as_num(b)) {
                (Some(Num::Int(x)), Some(Num::Int(y))) => Some(x.cmp(&y)),
                (Some(Num::Float(x)), Some(Num::Float(y))) => x.partial_cmp(&y),
                (Some(Num::Int(x)), Some(Num::Float(y))) => cmp_int_float(&x, y),
                (Some(Num::Float(x)), Some(Num::Int(y))) => cmp_int_float(&y, x).map(|o| o.reverse()),
                _ => Option::None,
            },
        })
    }

    fn seq_order(&mut self, x: &[Value], y: &[Value], depth: usize) -> PyResult<Option<std::cmp::Ordering>> {
        for (p, q) in x.iter().zip(y.iter()) {
            if p.is(q) || self.eq_at(p, q, depth)? {
                continue;
            }
            if let Some(o) = self.order_at(p, q, depth)? {
                return Ok(Some(o));
            }
            let lt = self.rich_compare(CmpOp::Lt, p, q)?;
            if self.truthy(&lt)? {
                return Ok(Some(std::cmp::Ordering::Less));
            }
            return Ok(Some(std::cmp::Ordering::Greater));
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// `a < b` as a bool (used by sort, min, max, bisect and heapq).
    pub(crate) fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(lt) = plain_less(a, b) {
            return Ok(lt);
        }
        let r = self.rich_compare(CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }

    /// The dict/set key for a value: the value with its hash (`__hash__` called once).
    #[inline]
    pub(crate) fn hash_key(&mut self, v: Value) -> PyResult<HashKey> {
        match plain_hash(&v) {
            Some(hash) => Ok(HashKey { hash, key: v }),
            None => self.hash_key_slow(v),
        }
    }

    #[inline(never)]
    fn hash_key_slow(&mut self, v: Value) -> PyResult<HashKey> {
        let hash = self.hash_of(&v)?;
        Ok(HashKey { hash, key: v })
    }

    /// The internal hash of a value; TypeError for unhashable types.
    #[inline]
    pub(crate) fn hash_of(&mut self, v: &Value) -> PyResult<u64> {
        match plain_hash(v) {
            Some(h) => Ok(h),
            None => self.hash_at(v, 0),
        }
    }

    /// The internal hash of a value (odd, see `int_hash`). For numbers, tuples and
    /// instances with their own `__hash__` it is `int_hash` of the Python `hash()`
    /// value; other types hash on their own and their `hash()` is derived from it
    /// (`py_hash_of`). So a key whose `__hash__` returns `hash(x)` lands where `x`
    /// does, whatever the type of `x`, and can be found by its `__eq__`.
    fn hash_at(&mut self, v: &Value, depth: usize) -> PyResult<u64> {
        if let Some(h) = plain_hash(v) {
            return Ok(h);
        }
        if let Value::Tuple(_) = v {
            self.check_nesting(depth, "")?;
        }
        Ok(match v {
            Value::Str(s) => s.hash(),
            Value::Int(i) => int_key_hash(*i),
            Value::Bool(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Complex(_)
            | Value::Tuple(_)
            | Value::FrozenSet(_) => int_hash(self.py_hash_at(v, depth)?),
            Value::Bytes(b) => crate::vm::dict::str_hash(&String::from_utf8_lossy(b)) ^ 0x54,
            Value::None => 0x1F2E3D,
            Value::Range(r) => {
                let r = r.clone();
                crate::objects::range::hash(self, &r)?
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("unhashable type: '{t}'")));
            }
            Value::MemoryView(m) => {
                if let Some(h) = m.hash.get() {
                    return Ok(h as u64);
                }
                let data = crate::objects::memoryview::hash(self, m)?;
                let h = crate::vm::dict::str_hash(&String::from_utf8_lossy(&data)) ^ 0x55;
                m.hash.set(Some(h as i64));
                h
            }
            Value::Instance(inst) => {
                let flags = inst.class.flags.get();
                if flags & types::UNHASHABLE != 0 {
                    let t = inst.class.name.clone();
                    return Err(self.type_error(format!("unhashable type: '{t}'")));
                }
                if flags & types::HAS_HASH != 0 {
                    if let Some(h) = self.user_hash(v)? {
                        return Ok(int_hash(h));
                    }
                }
                if let Some(base) = &inst.base {
                    if matches!(base, Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_)) {
                        let t = inst.class.current_name();
                        return Err(self.type_error(format!("unhashable type: '{t}'")));
                    }
                    let base = base.clone();
                    return self.hash_at(&base, depth + 1);
                }
                identity_hash(v)
            }
            Value::BoundMethod(m) => {
                let (r, f) = (m.receiver.ptr().unwrap_or(3) as u64, m.func.ptr().unwrap_or(5) as u64);
                (r >> 4).wrapping_mul(0x9E37_79B9).rotate_left(21) ^ (f >> 4) | 1
            }
            Value::Native(n) if n.as_any().is::<crate::vm::weakref::WeakRef>() => {
                let n = n.clone();
                let r = n.as_any().downcast_ref::<crate::vm::weakref::WeakRef>().expect("checked");
                int_hash(crate::vm::weakref::py_hash(self, r)?)
            }
            Value::Native(_) if crate::objects::union_type::as_union(v).is_some() => int_hash(self.py_hash_at(v, depth)?),
            Value::Native(n) if crate::objects::generic_alias::as_alias(v).is_some() => {
                let n = n.clone();
                match n.as_any().downcast_ref() {
                    Some(alias) => crate::objects::generic_alias::alias_hash(self, alias)? | 1,
                    None => 1,
                }
            }
            // A native type whose class sets `__hash__ = None` (a mutable sequence).
            Value::Native(n) if n.operators_by_methods() && matches!(self.lookup_special(v, "__hash__"), Some(Value::None)) => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("unhashable type: '{t}'")));
            }
            _ => (v.ptr().unwrap_or(7) as u64 >> 4).wrapping_mul(0x9E37_79B9) | 1,
        })
    }

    /// The result of an instance's own `__hash__` as `hash()` gives it (-1 becomes
    /// -2, big ints are reduced); None when the class's `__hash__` is a builtin one.
    fn user_hash(&mut self, v: &Value) -> PyResult<Option<i64>> {
        let Some(m) = self.lookup_special(v, "__hash__") else { return Ok(None) };
        if matches!(m, Value::None) {
            let t = self.type_name(v);
            return Err(self.type_error(format!("unhashable type: '{t}'")));
        }
        if matches!(&m, Value::BoundMethod(b) if matches!(b.func, Value::Builtin(_))) {
            return Ok(None);
        }
        let r = self.call_value(m, vec![], vec![])?;
        match &r {
            Value::Int(i) => Ok(Some(if *i == -1 { -2 } else { *i })),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::BigInt(b) => Ok(Some(Self::py_int_hash(b))),
            _ => Err(self.type_error("__hash__ method should return an integer")),
        }
    }

    /// Python's `hash(v)`.
    pub(crate) fn py_hash_of(&mut self, v: &Value) -> PyResult<i64> {
        self.py_hash_at(v, 0)
    }

    fn py_hash_at(&mut self, v: &Value, depth: usize) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => py_i64_hash(*i),
            Value::Bool(b) => *b as i64,
            Value::BigInt(b) => Self::py_int_hash(b),
            Value::Float(f) => crate::objects::numbers::float_hash(*f),
            Value::Complex(z) => crate::objects::complex::hash(**z),
            Value::Tuple(t) => {
                self.check_nesting(depth, "")?;
                let t = t.clone();
                let mut lanes = Vec::with_capacity(t.len());
                for item in t.iter() {
                    lanes.push(self.py_hash_at(item, depth + 1)?);
                }
                crate::objects::hash::tuple_hash(&lanes)
            }
            Value::FrozenSet(s) => {
                self.check_nesting(depth, "")?;
                let members: Vec<Value> = s.keys().cloned().collect();
                let mut hashes = Vec::with_capacity(members.len());
                for m in &members {
                    hashes.push(self.py_hash_at(m, depth + 1)?);
                }
                crate::objects::hash::frozenset_hash(&hashes)
            }
            Value::Instance(inst) => {
                let flags = inst.class.flags.get();
                if flags & types::HAS_HASH != 0 && flags & types::UNHASHABLE == 0 {
                    if let Some(h) = self.user_hash(v)? {
                        return Ok(h);
                    }
                }
                match &inst.base {
                    Some(base) if flags & types::UNHASHABLE == 0 && !matches!(base, Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_)) => {
                        let base = base.clone();
                        return self.py_hash_at(&base, depth + 1);
                    }
                    _ => from_internal_hash(self.hash_at(v, depth)?),
                }
            }
            Value::Native(n) if n.as_any().is::<crate::vm::weakref::WeakRef>() => {
                let n = n.clone();
                let r = n.as_any().downcast_ref::<crate::vm::weakref::WeakRef>().expect("checked");
                crate::vm::weakref::py_hash(self, r)?
            }
            Value::Native(n) if crate::objects::union_type::as_union(v).is_some() => {
                let n = n.clone();
                match n.as_any().downcast_ref() {
                    Some(u) => crate::objects::union_type::union_hash(self, u)?,
                    None => 0,
                }
            }
            _ => from_internal_hash(self.hash_at(v, depth)?),
        })
    }

    /// Python's `hash()` of an int value (the value modulo 2**61 - 1).
    pub(crate) fn py_int_hash(v: &BigInt) -> i64 {
        let m = BigInt::from((1u64 << 61) - 1);
        let r = v.abs().mod_floor(&m);
        let mut r = r.to_i64().unwrap_or(0);
        if v.is_negative() {
            r = -r;
        }
        if r == -1 {
            -2
        } else {
            r
        }
    }
}

/// `a < b` when it needs no method call: two ints, two floats, two strs, or an
/// int (up to 2**53, exact as a float) and a float; None for everything else.
#[inline]
pub(crate) fn plain_less(a: &Value, b: &Value) -> Option<bool> {
    Some(match (a, b) {
        (Value::Int(x), Value::Int(y)) => x < y,
        (Value::Float(x), Value::Float(y)) => x < y,
        (Value::Str(x), Value::Str(y)) => x.cmp_text(y) == std::cmp::Ordering::Less,
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= 1 << 53 => (*x as f64) < *y,
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= 1 << 53 => *x < (*y as f64),
        _ => return None,
    })
}

fn cmp_int_float(x: &BigInt, y: f64) -> Option<std::cmp::Ordering> {
    if y.is_nan() {
        return None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
    }
    let xf = x.to_f64().unwrap_or(0.0);
    if xf != y {
        return xf.partial_cmp(&y);
    }
    // Same as a float: compare exactly against the integral part.
    let yi = num_traits::FromPrimitive::from_f64(y.trunc()).unwrap_or_default();
    Some(x.cmp(&yi).then(if y.fract() > 0.0 {
        std::cmp::Ordering::Less
    } else if y.fract() < 0.0 {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }))
}

/// The internal hash of a str or int value (which hashes without calling into
/// the program); `None` for every other type (use `Interp::hash_key`).
#[inline(always)]
pub fn plain_hash(v: &Value) -> Option<u64> {
    match v {
        Value::Str(s) => Some(s.hash()),
        Value::Int(i) => Some(int_key_hash(*i)),
        _ => None,
    }
}

/// The internal hash of an object that is equal only to itself (`object.__hash__`).
#[inline]
pub fn identity_hash(v: &Value) -> u64 {
    v.ptr().unwrap_or(0) as u64 >> 4 | 1
}

/// The modulus of Python's numeric hash.
const HASH_MODULUS: i64 = (1 << 61) - 1;

/// The internal hash of an int: `int_hash` of its Python hash (which is the int
/// itself but for -1 and values past the modulus).
#[inline(always)]
pub fn int_key_hash(i: i64) -> u64 {
    if i != -1 && i.unsigned_abs() < HASH_MODULUS as u64 {
        int_hash(i)
    } else {
        int_key_hash_reduced(i)
    }
}

#[cold]
#[inline(never)]
fn int_key_hash_reduced(i: i64) -> u64 {
    int_hash(py_i64_hash(i))
}

/// Python's `hash()` of an int that fits in i64.
#[inline]
pub fn py_i64_hash(i: i64) -> i64 {
    if i != -1 && i.unsigned_abs() < HASH_MODULUS as u64 {
        return i;
    }
    let r = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let r = if i < 0 { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

/// The Python `hash()` value that `int_hash` maps to the (odd) internal hash `h`:
/// the hash of the types that hash on their own (str, bytes, frozenset, objects).
pub fn from_internal_hash(h: u64) -> i64 {
    let p = crate::vm::dict::int_hash_inverse(h) as i64;
    if p == -1 {
        -2
    } else {
        p
    }
}

/// An instance of a user class, or a class whose metaclass is not `type`: values whose
/// operators are looked up on their type.
#[inline]
fn user_object(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Class(c) => c.meta.is_some(),
        Value::Native(n) => n.operators_by_methods(),
        _ => false,
    }
}

/// Fills `out` (empty, with room for `total` bytes) with `unit` repeated up to
/// `total` bytes, doubling what is already there.
fn repeat_into(out: &mut Vec<u8>, unit: &[u8], total: usize) {
    if unit.is_empty() || total == 0 {
        return;
    }
    out.extend_from_slice(unit);
    while out.len() < total {
        let k = out.len().min(total - out.len());
        out.extend_from_within(..k);
    }
}
