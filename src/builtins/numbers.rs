//! int, bool and float: constructors and methods.

use super::{add_method, check_args, kwarg, native};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::ops::to_bigint;
use crate::vm::value::Value;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

pub fn register(interp: &mut Interp) {
    let int = interp.types.int.clone();
    int.dict.borrow_mut().set_str("__new__", native("int", int_new));
    add_method(&int, "bit_length", int_bit_length);
    add_method(&int, "conjugate", int_conjugate);
    add_method(&int, "__index__", int_conjugate);
    add_method(&int, "__int__", int_conjugate);
    add_method(&int, "__float__", to_float);
    let bool_ = interp.types.bool_.clone();
    bool_.dict.borrow_mut().set_str("__new__", native("bool", bool_new));
    let float = interp.types.float.clone();
    float.dict.borrow_mut().set_str("__new__", native("float", float_new));
    add_method(&float, "is_integer", float_is_integer);
    add_method(&float, "as_integer_ratio", float_as_integer_ratio);
    add_method(&float, "conjugate", float_conjugate);
    add_method(&float, "__float__", to_float);
    add_method(&float, "__int__", float_int);
    add_method(&float, "__trunc__", float_int);
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
    check_args(interp, "int", args, 0, 2)?;
    let base = args.get(1).or_else(|| kwarg(kwargs, "base")).cloned();
    let Some(v) = args.first() else { return Ok(Value::Int(0)) };
    if let Some(base) = base {
        let base = interp.index_value(&base)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(interp.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match v {
            Value::Str(s) => super::numparse::parse_int(s.as_str(), base as u32).map(Value::bigint).map_err(|e| interp.value_error(e)),
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
        Value::Str(s) => super::numparse::parse_int(s.as_str(), 10).map(Value::bigint).map_err(|e| interp.value_error(e)),
        Value::Bytes(b) => {
            let s = String::from_utf8_lossy(b).to_string();
            super::numparse::parse_int(&s, 10).map(Value::bigint).map_err(|e| interp.value_error(e))
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
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(Value::Float(f)),
            _ => Err(interp.overflow_error("int too large to convert to float")),
        },
        Value::Str(s) => super::numparse::parse_float(s.as_str()).map(Value::Float).map_err(|e| interp.value_error(e)),
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
