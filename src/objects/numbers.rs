//! int, bool and float: constructors and methods.

use super::{add_method, check_args, kwarg, native};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::ops::to_bigint;
use crate::vm::value::Value;
use num_bigint::BigInt;
use std::rc::Rc;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

pub fn register(interp: &mut Interp) {
    let int = interp.types.int.clone();
    super::builtin_subclass::set_constructor(&int, int_new);
    add_method(&int, "bit_length", int_bit_length);
    add_method(&int, "bit_count", int_bit_count);
    add_method(&int, "conjugate", int_conjugate);
    add_method(&int, "__index__", int_conjugate);
    add_method(&int, "__int__", int_conjugate);
    add_method(&int, "__float__", to_float);
    add_method(&int, "to_bytes", int_to_bytes);
    add_method(&int, "__round__", number_round);
    // Class methods: on a subclass they make an instance of it (`IntEnum.from_bytes(...)`).
    let class_method = |f| Value::Descriptor(Rc::new(Descriptor::ClassMethod(f)));
    int.dict.borrow_mut().set_str("from_bytes", class_method(native("from_bytes", int_from_bytes)));
    let bool_ = interp.types.bool_.clone();
    super::builtin_subclass::set_constructor(&bool_, bool_new);
    let float = interp.types.float.clone();
    super::builtin_subclass::set_constructor(&float, float_new);
    add_method(&float, "is_integer", float_is_integer);
    add_method(&float, "as_integer_ratio", float_as_integer_ratio);
    add_method(&float, "conjugate", float_conjugate);
    add_method(&float, "__float__", to_float);
    add_method(&float, "__int__", float_int);
    add_method(&float, "__trunc__", float_int);
    add_method(&float, "__ceil__", float_ceil);
    add_method(&float, "__floor__", float_floor);
    add_method(&float, "__round__", number_round);
    add_method(&float, "hex", float_hex);
    float.dict.borrow_mut().set_str("fromhex", class_method(native("fromhex", float_fromhex)));
    float.dict.borrow_mut().set_str("__getformat__", native("__getformat__", float_getformat));
}

/// `int.__round__(ndigits)` / `float.__round__(ndigits)`: what `round()` does
/// with the number's value (also for an instance of a subclass).
fn number_round(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(interp.type_error("descriptor '__round__' needs an argument"));
    };
    let value = if first.has_builtin_value() { first.builtin_value().clone() } else { first.clone() };
    if !matches!(value, Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)) {
        let t = interp.type_name(&value);
        return Err(interp.type_error(format!("descriptor '__round__' requires a number, not '{t}'")));
    }
    let mut rest = vec![value];
    rest.extend(args[1..].iter().cloned());
    round(interp, &rest, kwargs)
}

/// `float.__getformat__(typestr)`: how the machine stores 'double' and 'float'.
fn float_getformat(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let typestr = args.last().cloned().unwrap_or(Value::None);
    match typestr.as_str() {
        Some("double" | "float") => Ok(Value::str("IEEE, little-endian")),
        Some(_) => Err(interp.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => {
            let t = interp.type_name(&typestr);
            Err(interp.type_error(format!("__getformat__() argument must be str, not {t}")))
        }
    }
}

/// An int value from a float (truncating), promoting to a big integer when needed.
pub fn float_to_int(f: f64) -> Value {
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        Value::Int(t as i64)
    } else {
        Value::bigint(BigInt::from_f64(t).unwrap_or_default())
    }
}

fn int_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::check_args_parsed(interp, "int", args, 0, 2)?;
    let base = args.get(1).or_else(|| kwarg(kwargs, "base")).cloned();
    let Some(v) = args.first() else { return Ok(Value::Int(0)) };
    // A str or bytes subclass's instance is parsed as its text.
    let v = match v.builtin_value() {
        text @ (Value::Str(_) | Value::Bytes(_)) => text,
        Value::ByteArray(b) => &Value::bytes(b.data.borrow().clone()),
        _ => v,
    };
    if let Some(base) = base {
        // A huge base is just out of range, as in CPython.
        let base = match &base {
            Value::BigInt(_) => i64::MAX,
            _ => interp.index_value(&base)?,
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(interp.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match v {
            Value::Str(s) => crate::objects::numparse::parse_int(s.as_str(), base as u32)
                .map(Value::bigint)
                .map_err(|e| interp.value_error(e)),
            _ => Err(interp.type_error("int() can't convert non-string with explicit base")),
        };
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(interp.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(interp.overflow_error("cannot convert float infinity to integer"));
            }
            Ok(float_to_int(*f))
        }
        Value::Str(s) => {
            crate::objects::numparse::parse_int(s.as_str(), 10).map(Value::bigint).map_err(|e| interp.value_error(e))
        }
        Value::Bytes(b) => {
            let s = String::from_utf8_lossy(b).to_string();
            crate::objects::numparse::parse_int(&s, 10).map(Value::bigint).map_err(|e| interp.value_error(e))
        }
        _ => {
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = interp.lookup_special(v, m) {
                    return interp.call_value(f, vec![], vec![]);
                }
            }
            let t = interp.type_name(v);
            Err(interp.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
            )))
        }
    }
}

fn bool_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "bool", args, 0, 1)?;
    match args.first() {
        Some(v) => Ok(Value::Bool(interp.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "float", args, 0, 1)?;
    let Some(v) = args.first() else { return Ok(Value::Float(0.0)) };
    let v = match v.builtin_value() {
        text @ (Value::Str(_) | Value::Bytes(_)) => text,
        _ => v,
    };
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(Value::Float(f)),
            _ => Err(interp.overflow_error("int too large to convert to float")),
        },
        Value::Str(s) => crate::objects::numparse::parse_float(s.as_str()).map(Value::Float).map_err(|e| interp.value_error(e)),
        Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => {
            let data = crate::objects::buffer::require(interp, v)?;
            let r = std::str::from_utf8(&data).ok().and_then(|s| crate::objects::numparse::parse_float(s).ok());
            match r {
                Some(f) => Ok(Value::Float(f)),
                None => {
                    let shown = interp.repr(v)?;
                    Err(interp.value_error(format!("could not convert string to float: {shown}")))
                }
            }
        }
        _ => {
            if let Some(f) = interp.lookup_special(v, "__float__") {
                return interp.call_value(f, vec![], vec![]);
            }
            if let Some(f) = interp.lookup_special(v, "__index__") {
                let i = interp.call_value(f, vec![], vec![])?;
                return float_new(interp, &[i], &[]);
            }
            let t = interp.type_name(v);
            Err(interp.type_error(format!("float() argument must be a string or a real number, not '{t}'")))
        }
    }
}

fn int_bit_length(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = args.first().and_then(to_bigint).ok_or_else(|| interp.type_error("bit_length needs an int"))?;
    Ok(Value::Int(b.abs().bits() as i64))
}

/// `int.bit_count()`: the number of ones in the binary form of abs(self).
fn int_bit_count(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = args.first().and_then(to_bigint).ok_or_else(|| interp.type_error("bit_count needs an int"))?;
    Ok(Value::Int(b.magnitude().count_ones() as i64))
}

fn int_conjugate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = args.first().and_then(to_bigint).ok_or_else(|| interp.type_error("expected an int"))?;
    Ok(Value::bigint(b))
}

fn to_float(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    float_new(interp, &args[..args.len().min(1)], &[])
}

fn float_arg(interp: &mut Interp, args: &[Value]) -> PyResult<f64> {
    match args.first() {
        Some(Value::Float(f)) => Ok(*f),
        _ => Err(interp.type_error("descriptor requires a 'float' object")),
    }
}

fn float_is_integer(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = float_arg(interp, args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(float_arg(interp, args)?))
}

fn float_int(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = float_arg(interp, args)?;
    int_new(interp, &[Value::Float(f)], &[])
}

/// `float.__ceil__` / `float.__floor__`: the int above / below, with CPython's
/// errors for infinities and NaN.
fn float_rounded_int(interp: &mut Interp, args: &[Value], round: fn(f64) -> f64) -> PyResult<Value> {
    let f = float_arg(interp, args)?;
    if f.is_nan() {
        return Err(interp.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(interp.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(float_to_int(round(f)))
}

fn float_ceil(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    float_rounded_int(interp, args, f64::ceil)
}

fn float_floor(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    float_rounded_int(interp, args, f64::floor)
}

fn float_as_integer_ratio(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = float_arg(interp, args)?;
    if !f.is_finite() {
        return Err(interp.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & 0xf_ffff_ffff_ffff) << 1 } else { (bits & 0xf_ffff_ffff_ffff) | (1 << 52) };
    let mut num = BigInt::from(mant) * sign;
    let mut den = BigInt::from(1);
    let e = exp - 1075;
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    Ok(Value::tuple(vec![Value::bigint(num), Value::bigint(den)]))
}

/// The `byteorder` and `signed` arguments of `to_bytes` / `from_bytes`.
fn byteorder_args(interp: &mut Interp, pos: Option<&Value>, kwargs: KwArgs, func: &str) -> PyResult<(bool, bool)> {
    let order = pos.or_else(|| kwarg(kwargs, "byteorder"));
    let little = match order.map(|v| v.as_str()) {
        None => false,
        Some(Some("big")) => false,
        Some(Some("little")) => true,
        Some(Some(_)) => return Err(interp.value_error("byteorder must be either 'little' or 'big'")),
        Some(None) => {
            let t = interp.type_name(order.unwrap());
            return Err(interp.type_error(format!("{func}() argument 'byteorder' must be str, not {t}")));
        }
    };
    let signed = match kwarg(kwargs, "signed") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    Ok((little, signed))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let n = args.first().and_then(to_bigint).ok_or_else(|| interp.type_error("descriptor 'to_bytes' requires an 'int' object"))?;
    let length = match args.get(1).or_else(|| kwarg(kwargs, "length")) {
        Some(v) => interp.index_value(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(interp.value_error("length argument must be non-negative"));
    }
    let (little, signed) = byteorder_args(interp, args.get(2), kwargs, "to_bytes")?;
    if n.is_negative() && !signed {
        return Err(interp.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let mut bytes = n.to_signed_bytes_le();
    // Drop the sign byte when unsigned: the magnitude alone must fit.
    if !signed {
        while bytes.len() > 1 && bytes.last() == Some(&0) {
            bytes.pop();
        }
        if n.is_zero() {
            bytes.clear();
        }
    }
    if bytes.len() > length {
        return Err(interp.overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    if length > (1 << 30) {
        return Err(interp.memory_error());
    }
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    // The class it was called on comes first.
    let (cls, args) = match args.split_first() {
        Some((Value::Class(c), rest)) => (Some(c.clone()), rest),
        _ => (None, args),
    };
    // Its signature makes sure `bytes` is there, by position or by name.
    let Some(bytes) = args.first().or_else(|| kwarg(kwargs, "bytes")) else {
        return Err(interp.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data: Vec<u8> = match bytes {
        b if crate::objects::buffer::is_bytes_like(b) => crate::objects::buffer::require(interp, b)?.into_vec(),
        other => {
            let items = interp.collect_iterable(other)?;
            let mut v = Vec::with_capacity(items.len());
            for it in items {
                let i = interp.index_value(&it)?;
                if !(0..=255).contains(&i) {
                    return Err(interp.value_error("bytes must be in range(0, 256)"));
                }
                v.push(i as u8);
            }
            v
        }
    };
    let (little, signed) = byteorder_args(interp, args.get(1), kwargs, "from_bytes")?;
    if !little {
        data.reverse();
    }
    let n =
        if signed { BigInt::from_signed_bytes_le(&data) } else { BigInt::from_bytes_le(num_bigint::Sign::Plus, &data) };
    let int = interp.types.int.clone();
    of_class(interp, cls, Value::bigint(n), &int)
}

/// `value` as an instance of `cls` when that is a subclass of the builtin type
/// (`cls(value)`, as CPython's alternate constructors do).
fn of_class(interp: &mut Interp, cls: Option<Rc<Class>>, value: Value, builtin: &Rc<Class>) -> PyResult<Value> {
    match cls {
        Some(c) if !Rc::ptr_eq(&c, builtin) => {
            interp.call_value(Value::Class(c), vec![value], vec![])
        }
        _ => Ok(value),
    }
}

/// `float.hex()`: `0x1.8000000000000p+1`.
fn float_hex(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = float_arg(interp, args)?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::string(format!("{sign}0x0.0p+0")));
    }
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    Ok(Value::string(format!("{sign}0x{lead}.{frac:013x}p{e:+}")))
}

/// `float.fromhex(s)`, correctly rounded.
fn float_fromhex(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Class(c)) => Some(c.clone()),
        _ => None,
    };
    let s = match args.last() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(interp.type_error("bad argument type for built-in operation")),
    };
    match parse_hex_float(s.trim()) {
        Ok(f) => {
            let float = interp.types.float.clone();
            of_class(interp, cls, Value::Float(f), &float)
        }
        Err(true) => Err(interp.overflow_error("hexadecimal value too large to represent as a float")),
        Err(false) => Err(interp.value_error("invalid hexadecimal floating-point string")),
    }
}

/// Parses a hexadecimal float; `Err(true)` on overflow, `Err(false)` when malformed.
fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let (neg, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        m = m * 16 + d;
    }
    let exp: i64 = match exp {
        Some(e) => {
            let digits = e.strip_prefix('+').unwrap_or(e);
            if digits.is_empty() || digits == "-" {
                return Err(false);
            }
            let (neg_exp, magnitude) = match digits.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, digits),
            };
            if magnitude.is_empty() || !magnitude.bytes().all(|b| b.is_ascii_digit()) {
                return Err(false);
            }
            // An exponent past i64 saturates: the value is then 0 or too large either way.
            let e = magnitude.parse::<i64>().unwrap_or(i64::MAX);
            if neg_exp {
                -e
            } else {
                e
            }
        }
        None => 0,
    };
    if m.is_zero() {
        return Ok(sign * 0.0);
    }
    let e2 = exp.saturating_sub(4 * frac_part.len() as i64);
    let bits = m.bits() as i64;
    let top = bits.saturating_add(e2);
    if top > 1024 {
        return Err(true);
    }
    // Exponent of the least significant kept bit.
    let lsb = (top - 53).max(-1074);
    let shift = lsb - e2;
    let q: u64 = if shift > bits {
        // Below half of the smallest subnormal: rounds to zero.
        0
    } else if shift > 0 {
        let shift = shift as u64;
        let q = &m >> shift;
        let rem = &m - (&q << shift);
        let half = BigInt::from(1) << (shift - 1);
        let mut q = q.to_u64().unwrap_or(0);
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        q
    } else {
        (m << (-shift) as u64).to_u64().unwrap_or(0)
    };
    // q * 2**lsb, scaled in steps that stay exact.
    let mut v = q as f64;
    let mut k = lsb;
    while k > 0 {
        let step = k.min(1000);
        v *= 2f64.powi(step as i32);
        k -= step;
    }
    while k < 0 {
        let step = k.max(-1000);
        v *= 2f64.powi(step as i32);
        k -= step;
    }
    if v.is_infinite() {
        return Err(true);
    }
    Ok(sign * v)
}

/// The modulus of CPython's numeric hash.
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of a finite or infinite float: the value modulo 2**61 - 1.
pub fn float_hash(f: f64) -> i64 {
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f == 0.0 || f.is_nan() {
        return 0;
    }
    // f = mant * 2**exp with an integer mantissa.
    let bits = f.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let (mant, exp) = if raw_exp == 0 {
        (bits & ((1 << 52) - 1), -1074)
    } else {
        ((bits & ((1 << 52) - 1)) | (1 << 52), raw_exp - 1075)
    };
    // 2**61 == 1 (mod P), so 2**exp == 2**(exp mod 61).
    let shift = exp.rem_euclid(61) as u32;
    let m = (mant % HASH_MODULUS) as u128;
    let r = ((m << shift) % HASH_MODULUS as u128) as i64;
    let r = if f < 0.0 { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

/// Converts a float to f64 or an int argument to f64 for math-like builtins.
pub fn number_arg(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    match crate::vm::ops::to_f64(v) {
        Some(f) => Ok(f),
        None => {
            if let Value::Instance(_) = v {
                if let Some(m) = interp.lookup_special(v, "__float__") {
                    let r = interp.call_value(m, vec![], vec![])?;
                    if let Value::Float(f) = r {
                        return Ok(f);
                    }
                }
            }
            let t = interp.type_name(v);
            Err(interp.type_error(format!("must be real number, not {t}")))
        }
    }
}

/// `round(number, ndigits=None)` (the builtin, and `int`/`float.__round__`).
pub(crate) fn round(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::check_args_parsed(interp, "round", args, 1, 2)?;
    let nd = args.get(1).cloned().or_else(|| kwarg(kwargs, "ndigits").cloned()).unwrap_or(Value::None);
    let v = &args[0];
    match v {
        Value::Float(f) => {
            if nd.is_none() {
                let r = crate::objects::format::round_half_even(*f);
                if r.is_nan() {
                    return Err(interp.value_error("cannot convert float NaN to integer"));
                }
                if r.is_infinite() {
                    return Err(interp.overflow_error("cannot convert float infinity to integer"));
                }
                return Ok(crate::objects::numbers::float_to_int(r));
            }
            // A huge ndigits saturates, as CPython's PyNumber_AsSsize_t(_, NULL).
            let n = interp.index_value_clamped(&nd)?;
            match crate::objects::format::round_float_checked(*f, n) {
                Ok(r) => Ok(Value::Float(r)),
                Err(msg) => Err(interp.overflow_error(msg)),
            }
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            if nd.is_none() {
                return Ok(Value::bigint(to_bigint(v).unwrap_or_default()));
            }
            let n = interp.index_value_clamped(&nd)?;
            let b = to_bigint(v).unwrap_or_default();
            if n >= 0 {
                return Ok(Value::bigint(b));
            }
            let p = num_traits::pow::Pow::pow(BigInt::from(10), n.saturating_neg().min(400) as u32);
            let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
            Ok(Value::bigint(q * p))
        }
        _ => match interp.lookup_special(v, "__round__") {
            Some(m) => {
                let a = if nd.is_none() { vec![] } else { vec![nd] };
                interp.call_value(m, a, vec![])
            }
            None if v.has_builtin_value() => round(interp, &[v.builtin_value().clone(), nd], &[]),
            None => {
                let t = interp.type_name(v);
                Err(interp.type_error(format!("type {t} doesn't define __round__ method")))
            }
        },
    }
}
