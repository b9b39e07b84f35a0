//! `SystemRandom`: a `Random` subclass drawing from the operating system's
//! entropy source (`getrandom`), with no state to seed, save or restore.

use super::args::{bind, int_arg};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::types::Exc;
use crate::vm::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use std::rc::Rc;

/// `n` bytes from the OS entropy source.
fn entropy(interp: &mut Interp, n: usize) -> PyResult<Vec<u8>> {
    let mut buf = Vec::new();
    interp.reserve_exact(&mut buf, n)?;
    buf.resize(n, 0);
    if let Err(e) = crate::system::entropy::fill_random(&mut buf) {
        return Err(crate::system::os_error(interp, &e, None, None));
    }
    Ok(buf)
}

/// A byte count argument (`os.urandom(size)`'s checks).
fn size_arg(interp: &mut Interp, v: &Value) -> PyResult<usize> {
    let n = int_arg(interp, v)?;
    if n.is_negative() {
        return Err(interp.value_error("negative argument not allowed"));
    }
    match n.to_usize() {
        Some(n) if n <= isize::MAX as usize => Ok(n),
        _ => Err(interp.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `random._urandom(size)` (`os.urandom`).
pub(super) fn urandom_(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "urandom", args, kwargs, &["size"], 1, &[])?;
    let n = size_arg(interp, s[0].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::bytes(entropy(interp, n)?))
}

/// `SystemRandom.random()`: 53 random bits as a float in [0, 1).
fn random(interp: &mut Interp, _args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    let b = entropy(interp, 7)?;
    let x = b.iter().fold(0u64, |acc, &c| (acc << 8) | c as u64) >> 3;
    Ok(Value::Float(x as f64 * 2f64.powi(-53)))
}

/// `SystemRandom.getrandbits(k)`.
fn getrandbits(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "SystemRandom.getrandbits", &args[1..], kwargs, &["k"], 1, &[])?;
    let k = int_arg(interp, s[0].as_ref().unwrap_or(&Value::None))?;
    if k.is_negative() {
        return Err(interp.value_error("number of bits must be non-negative"));
    }
    let nbytes = size_arg(interp, &Value::bigint((k.clone() + 7u32) / 8u32))?;
    let k = k.to_u64().unwrap_or(u64::MAX);
    let bytes = entropy(interp, nbytes)?;
    let x = BigInt::from_bytes_be(Sign::Plus, &bytes) >> (nbytes as u64 * 8 - k);
    Ok(Value::bigint(x))
}

/// `SystemRandom.randbytes(n)`: `os.urandom(n)`.
fn randbytes(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "SystemRandom.randbytes", &args[1..], kwargs, &["n"], 1, &[])?;
    let n = size_arg(interp, s[0].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::bytes(entropy(interp, n)?))
}

/// `SystemRandom.seed(*args, **kwds)`: there is nothing to seed.
fn seed(_interp: &mut Interp, _args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

/// `getstate` and `setstate` of `SystemRandom`.
fn notimplemented(interp: &mut Interp, _args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    Err(interp.new_error(Exc::NotImplementedError, "System entropy source does not have state."))
}

/// The class `SystemRandom(Random)`.
pub(super) fn class(interp: &mut Interp, base: &Rc<Class>) -> Rc<Class> {
    let mut d = crate::vm::dict::Dict::new();
    let natives: [(&str, NativeFn); 7] = [
        ("random", random),
        ("getrandbits", getrandbits),
        ("randbytes", randbytes),
        ("seed", seed),
        ("_notimplemented", notimplemented),
        ("getstate", notimplemented),
        ("setstate", notimplemented),
    ];
    for (name, f) in natives {
        d.set_str(name, crate::objects::native(name, f));
    }
    // It supplies getrandbits(), so _randbelow uses it (as __init_subclass__ would pick).
    if let Some(below) = base.dict.borrow().get_str("_randbelow_with_getrandbits") {
        d.set_str("_randbelow", below.clone());
    }
    let doc = "Alternate random number generator using sources provided\nby the operating system (such as /dev/urandom on Unix or\nCryptGenRandom on Windows).\n\n Not available on all systems (see os.urandom() for details).\n";
    d.set_str("__doc__", Value::str(doc));
    let cls = crate::vm::types::new_class("SystemRandom", vec![base.clone()], d, ClassKind::Object, "random")
        .unwrap_or_else(|| base.clone());
    interp.native_classes.insert("SystemRandom".into(), cls.clone());
    cls
}
