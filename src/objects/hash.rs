//! CPython's `hash()` values: the numeric hash (a value modulo 2**61 - 1, so
//! that `hash(1) == hash(1.0)`), the xxHash-based tuple hash, and `__hash__`
//! of instances. (The dict tables use their own faster internal hash.)

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::ops::to_bigint;
use crate::vm::value::Value;
use num_traits::ToPrimitive;

/// The modulus of CPython's numeric hash.
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of a finite or infinite float: the value modulo 2**61 - 1.
fn float_hash(f: f64) -> i64 {
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

/// `hash(v)` with CPython's values for numbers and tuples (strings and
/// objects hash differently from run to run in CPython too).
pub fn py_hash(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    if let Value::Tuple(_) = v {
        // Checks hashability and nesting depth (RecursionError) before recursing.
        interp.hash_of(v)?;
    }
    py_hash_checked(interp, v)
}

/// `py_hash` of a value already known to be hashable and not too deep.
fn py_hash_checked(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    if let Some(b) = to_bigint(v) {
        return Ok(Interp::py_int_hash(&b));
    }
    match v {
        Value::Float(f) => Ok(float_hash(*f)),
        Value::Tuple(items) => {
            // CPython 3.11's xxHash-based tuple hash.
            const P1: u64 = 11400714785074694791;
            const P2: u64 = 14029467366897019727;
            const P5: u64 = 2870177450012600261;
            let mut acc = P5;
            for item in items.iter() {
                let lane = py_hash_checked(interp, item)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(P2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(P1);
            }
            acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
            if acc == u64::MAX {
                return Ok(1546275796);
            }
            Ok(acc as i64)
        }
        Value::Instance(inst) => {
            interp.hash_of(v)?; // raises TypeError for unhashable instances
            if inst.class.flags.get() & crate::vm::types::HAS_HASH == 0 {
                if let Some(base) = inst.base.clone() {
                    return py_hash_checked(interp, &base);
                }
            }
            if let Some(m) = interp.lookup_special(v, "__hash__") {
                if !matches!(&m, Value::BoundMethod(b) if matches!(b.func, Value::Builtin(_))) {
                    let r = interp.call_value(m, vec![], vec![])?;
                    // A result that fits is used as is (-1 is reserved); bigger ints are hashed.
                    return match to_bigint(&r) {
                        Some(b) => Ok(match b.to_i64() {
                            Some(-1) => -2,
                            Some(i) => i,
                            None => Interp::py_int_hash(&b),
                        }),
                        None => Err(interp.type_error("__hash__ method should return an integer")),
                    };
                }
            }
            Ok((interp.hash_of(v)? >> 2) as i64)
        }
        _ => Ok((interp.hash_of(v)? >> 2) as i64),
    }
}

