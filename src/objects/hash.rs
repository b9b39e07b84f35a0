//! CPython's `hash()` values: the numeric hash (a value modulo 2**61 - 1, so
//! that `hash(1) == hash(1.0)`), the xxHash-based tuple hash, and `__hash__`
//! of instances. (The dict tables use their own faster internal hash.)

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::ops::to_bigint;
use crate::vm::value::Value;
use num_traits::ToPrimitive;

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
        Value::Float(f) => Ok(super::numbers::float_hash(*f)),
        Value::Complex(z) => Ok(super::complex::hash(**z)),
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
        Value::Native(n) if n.as_any().is::<crate::vm::weakref::WeakRef>() => {
            let n = n.clone();
            let r = n.as_any().downcast_ref::<crate::vm::weakref::WeakRef>().expect("checked");
            crate::vm::weakref::py_hash(interp, r)
        }
        _ => Ok((interp.hash_of(v)? >> 2) as i64),
    }
}

