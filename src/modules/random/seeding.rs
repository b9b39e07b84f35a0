//! Seeding and state: `seed`, `getstate`, `setstate`, `__init__` and the
//! pickle protocol (`__reduce__`, `__getstate__`, `__setstate__`).

use super::args::{bind, index_big};
use super::hash::{py_float_hash, sha512};
use super::mt::{Mt19937, N};
use super::{is_native, Gen};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

const SEED_TYPES: &str = "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.";

/// The key `seed(a, version)` feeds the twister (None: seed from the OS).
fn seed_key(interp: &mut Interp, a: &Value, version: &Value) -> PyResult<Option<BigInt>> {
    let is_v = |n: i64| match version {
        Value::Int(i) => *i == n,
        Value::Bool(b) => *b as i64 == n,
        Value::Float(f) => *f == n as f64,
        _ => false,
    };
    let av = a.builtin_value();
    Ok(match av {
        Value::Str(_) | Value::Bytes(_) if is_v(1) => {
            let chars: Vec<u32> = match av {
                Value::Str(s) => s.as_str().chars().map(|c| c as u32).collect(),
                Value::Bytes(b) => b.iter().map(|&c| c as u32).collect(),
                _ => Vec::new(),
            };
            let mut x: u64 = if chars.is_empty() { 0 } else { (chars[0] as u64) << 7 };
            for &c in &chars {
                x = 1_000_003u64.wrapping_mul(x) ^ c as u64;
            }
            x ^= chars.len() as u64;
            Some(BigInt::from(x))
        }
        Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) if is_v(2) => {
            let mut bytes = match av {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                Value::Bytes(b) => (**b).clone(),
                Value::ByteArray(b) => b.data.borrow().clone(),
                _ => Vec::new(),
            };
            let digest = sha512(&bytes);
            bytes.extend_from_slice(&digest);
            Some(BigInt::from_bytes_be(Sign::Plus, &bytes))
        }
        Value::None => None,
        // int and its subclasses: all the bits of the absolute value.
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => crate::vm::ops::to_bigint(av),
        Value::Float(f) if !matches!(a, Value::Instance(_)) => Some(BigInt::from(py_float_hash(*f) as u64)),
        Value::Float(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
            Some(BigInt::from(interp.hash_of(a)?))
        }
        Value::Instance(_) if index_big(interp, a)?.is_some() && is_int_instance(interp, a) => index_big(interp, a)?,
        _ => return Err(interp.type_error(SEED_TYPES)),
    })
}

/// Whether `v` is an instance of a subclass of int.
fn is_int_instance(interp: &mut Interp, v: &Value) -> bool {
    let int = interp.types.int.clone();
    crate::vm::exceptions::is_subclass(&interp.type_of(v), &int)
}

/// `seed(a=None, version=2)`.
pub(super) fn seed_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.seed", args, kwargs, &["a", "version"], 0, &[])?;
    let a = s[0].clone().unwrap_or(Value::None);
    let version = s[1].clone().unwrap_or(Value::Int(2));
    let key = seed_key(interp, &a, &version)?;
    {
        let mut slot = g.st.mt.borrow_mut();
        let mt = slot.get_or_insert_with(|| Box::new(Mt19937::new()));
        match key {
            Some(k) => mt.seed_int(&k),
            None => mt.seed_urandom(),
        }
    }
    g.set_gauss_next(interp, Value::None)?;
    Ok(Value::None)
}

/// `Random.__init__(self, x=None)`: `self.seed(x)`, then no pending gauss deviate.
pub(super) fn init_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.__init__", args, kwargs, &["x"], 0, &[])?;
    let x = s[0].clone().unwrap_or(Value::None);
    let cls = interp.type_of(&g.this);
    if is_native(&interp.class_lookup(&cls, "seed"), "seed") {
        seed_(interp, g, &[x], &[])?;
    } else {
        g.call(interp, "seed", vec![x])?;
    }
    g.set_gauss_next(interp, Value::None)?;
    Ok(Value::None)
}

/// `getstate()`: (3, the twister's 624 words and index, gauss_next).
pub(super) fn getstate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    bind(interp, "Random.getstate", args, kwargs, &[], 0, &[])?;
    let inner = g.st.with(|m| {
        let mut v: Vec<Value> = m.mt.iter().map(|&x| Value::Int(x as i64)).collect();
        v.push(Value::Int(m.index as i64));
        v
    });
    let gauss = g.gauss_next(interp)?;
    Ok(Value::tuple(vec![Value::Int(3), Value::tuple(inner), gauss]))
}

/// `setstate(state)`: restores what `getstate()` returned (version 3, or 2).
pub(super) fn setstate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.setstate", args, kwargs, &["state"], 1, &[])?;
    let state_v = s[0].clone().unwrap_or(Value::None);
    let version = interp.get_item(&state_v, &Value::Int(0))?;
    let v = match &version {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Float(f) if *f == 2.0 || *f == 3.0 => *f as i64,
        _ => -1,
    };
    if v != 3 && v != 2 {
        let shown = interp.to_str(&version)?;
        return Err(interp.value_error(format!("state with version {shown} passed to Random.setstate() of version 3")));
    }
    let parts = interp.unpack(&state_v, 3)?;
    g.set_gauss_next(interp, parts[2].clone())?;
    let internal = if v == 2 {
        // `tuple(x % 2**32 for x in internalstate)`, a ValueError becoming a TypeError.
        match words_mod_2_32(interp, &parts[1]) {
            Ok(words) => words,
            Err(e) => {
                let value_error = interp.types.exc(crate::vm::types::Exc::ValueError);
                if crate::vm::exceptions::is_subclass(&interp.type_of(&e), &value_error) {
                    return Err(interp.type_error(""));
                }
                return Err(e);
            }
        }
    } else {
        match &parts[1] {
            Value::Tuple(t) => t.0.clone(),
            _ => return Err(interp.type_error("state vector must be a tuple")),
        }
    };
    if internal.len() != N + 1 {
        return Err(interp.value_error("state vector is the wrong size"));
    }
    let mut mt = Box::new(Mt19937::new());
    for (i, x) in internal.iter().enumerate() {
        let b = match crate::vm::ops::to_bigint(x) {
            Some(b) => b,
            None => return Err(interp.type_error("state vector items must be integers")),
        };
        if i < N {
            match b.to_u32() {
                Some(w) => mt.mt[i] = w,
                None => return Err(interp.overflow_error("Python int too large to convert to C unsigned long")),
            }
        } else {
            match b.to_i64() {
                Some(ix) if (0..=N as i64).contains(&ix) => mt.index = ix as usize,
                _ => return Err(interp.value_error("invalid state")),
            }
        }
    }
    *g.st.mt.borrow_mut() = Some(mt);
    Ok(Value::None)
}

/// The items of a version 2 state vector, each `% 2**32`.
fn words_mod_2_32(interp: &mut Interp, v: &Value) -> PyResult<Vec<Value>> {
    let items = interp.collect_iterable(v)?;
    let modulus = Value::Int(1 << 32);
    items.iter().map(|x| interp.binary_op(crate::syntax::ast::BinOp::Mod, x, &modulus)).collect()
}

/// `__reduce__()`: `(type(self), (), self.getstate())`.
pub(super) fn reduce_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    bind(interp, "Random.__reduce__", args, kwargs, &[], 0, &[])?;
    let cls = Value::Class(interp.type_of(&g.this));
    let state = g.call(interp, "getstate", vec![])?;
    Ok(Value::tuple(vec![cls, Value::tuple(vec![]), state]))
}

/// `__getstate__()`: `self.getstate()`.
pub(super) fn dunder_getstate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    bind(interp, "Random.__getstate__", args, kwargs, &[], 0, &[])?;
    g.call(interp, "getstate", vec![])
}

/// `__setstate__(state)`: `self.setstate(state)`.
pub(super) fn dunder_setstate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.__setstate__", args, kwargs, &["state"], 1, &[])?;
    g.call(interp, "setstate", vec![s[0].clone().unwrap_or(Value::None)])?;
    Ok(Value::None)
}
