//! Argument helpers of the `random` natives: binding like a Python method,
//! Python arithmetic with a float fast path, and int/float conversions with
//! CPython's messages.

use crate::syntax::ast::BinOp;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use num_bigint::BigInt;

/// Binds arguments like a Python method `def name(self, <pos>, *, <kwonly>)`
/// with CPython's error messages; `nreq` leading positional parameters are
/// required. Returns one slot per parameter (positional then keyword-only).
pub(super) fn bind(
    interp: &mut Interp,
    qual: &str,
    args: &[Value],
    kwargs: KwArgs,
    pos: &[&str],
    nreq: usize,
    kwonly: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let mut slots: Vec<Option<Value>> = vec![None; pos.len() + kwonly.len()];
    for (i, a) in args.iter().enumerate().take(pos.len()) {
        slots[i] = Some(a.clone());
    }
    let mut kwonly_given = 0;
    for (k, v) in kwargs {
        let idx = pos.iter().chain(kwonly.iter()).position(|p| *p == k.as_ref());
        match idx {
            None => return Err(interp.type_error(format!("{qual}() got an unexpected keyword argument '{k}'"))),
            Some(i) => {
                if slots[i].is_some() {
                    return Err(interp.type_error(format!("{qual}() got multiple values for argument '{k}'")));
                }
                if i >= pos.len() {
                    kwonly_given += 1;
                }
                slots[i] = Some(v.clone());
            }
        }
    }
    if args.len() > pos.len() {
        let (lo, hi) = (nreq + 1, pos.len() + 1);
        let takes = if lo == hi {
            format!("{hi} positional argument{}", if hi == 1 { "" } else { "s" })
        } else {
            format!("from {lo} to {hi} positional arguments")
        };
        let given = args.len() + 1;
        let msg = if kwonly_given > 0 {
            format!(
                "{qual}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{qual}() takes {takes} but {given} {} given", if given == 1 { "was" } else { "were" })
        };
        return Err(interp.type_error(msg));
    }
    let missing: Vec<String> = (0..nreq).filter(|&i| slots[i].is_none()).map(|i| format!("'{}'", pos[i])).collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(
            interp.type_error(format!("{qual}() missing {} required positional argument{s}: {list}", missing.len()))
        );
    }
    Ok(slots)
}

/// TypeError when keywords were passed to a native that takes none.
pub(super) fn no_kwargs(interp: &mut Interp, qual: &str, kwargs: KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(interp.type_error(format!("{qual}() takes no keyword arguments")))
    }
}

/// `a op b` with Python's semantics (floats computed directly).
pub(super) fn arith(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match (op, a, b) {
        (BinOp::Add, Value::Float(x), Value::Float(y)) => Ok(Value::Float(x + y)),
        (BinOp::Sub, Value::Float(x), Value::Float(y)) => Ok(Value::Float(x - y)),
        (BinOp::Mult, Value::Float(x), Value::Float(y)) => Ok(Value::Float(x * y)),
        _ => interp.binary_op(op, a, b),
    }
}

/// A float argument (`float`, `int` or `__float__`/`__index__`).
pub(super) fn float_arg(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    crate::objects::numbers::number_arg(interp, v)
}

/// An int value from a big int (small ones stay immediate).
pub(super) fn big_value(b: BigInt) -> Value {
    Value::bigint(b)
}

/// `operator.index(v)` as a big int; `None` when the type has no `__index__`.
pub(super) fn index_big(interp: &mut Interp, v: &Value) -> PyResult<Option<BigInt>> {
    match v {
        Value::Int(i) => Ok(Some(BigInt::from(*i))),
        Value::Bool(b) => Ok(Some(BigInt::from(*b as i64))),
        Value::BigInt(b) => Ok(Some((**b).clone())),
        Value::Instance(_) => {
            if let Some(m) = interp.lookup_special(v, "__index__") {
                let r = interp.call_value(m, vec![], vec![])?;
                match crate::vm::ops::to_bigint(&r) {
                    Some(b) => Ok(Some(b)),
                    None => {
                        let t = interp.type_name(&r);
                        Err(interp.type_error(format!("__index__ returned non-int (type {t})")))
                    }
                }
            } else {
                Ok(None)
            }
        }
        _ => Ok(None),
    }
}

/// An int argument of a C function (`'float' object cannot be interpreted as an integer`).
pub(super) fn int_arg(interp: &mut Interp, v: &Value) -> PyResult<BigInt> {
    match index_big(interp, v)? {
        Some(b) => Ok(b),
        None => {
            let t = interp.type_name(v);
            Err(interp.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}
