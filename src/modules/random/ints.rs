//! The integer methods: `random`, `getrandbits`, `randbytes`, `randrange`,
//! `randint` and the two `_randbelow` algorithms.

use super::args::{arith, big_value, bind, index_big, int_arg, no_kwargs};
use super::{Gen, GETRANDBITS, RANDRANGE};
use crate::syntax::ast::BinOp;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Bits in a float's mantissa (`random.BPF`).
pub(super) const BPF: i64 = 53;

/// `random()`: a float in [0, 1) from the generator itself.
pub(super) fn random_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(interp.type_error(format!("Random.random() takes no arguments ({} given)", args.len())));
    }
    no_kwargs(interp, "Random.random", kwargs)?;
    Ok(Value::Float(g.st.random()))
}

/// The bit count of `getrandbits(k)`, checked as CPython does.
fn getrandbits_k(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    let k = int_arg(interp, v)?;
    match k.to_i32() {
        Some(k) if k < 0 => Err(interp.value_error("number of bits must be non-negative")),
        Some(k) => Ok(k as i64),
        None => Err(interp.overflow_error("Python int too large to convert to C int")),
    }
}

/// `getrandbits(k)`: k random bits from the generator itself.
pub(super) fn getrandbits_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "Random.getrandbits", kwargs)?;
    if args.len() != 1 {
        return Err(
            interp.type_error(format!("Random.getrandbits() takes exactly one argument ({} given)", args.len()))
        );
    }
    let k = getrandbits_k(interp, &args[0])?;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k < 64 {
        return Ok(Value::Int(g.st.with(|m| m.bits_u64(k as u64)) as i64));
    }
    Ok(big_value(g.st.bits_big(k as u64)))
}

/// `randbytes(n)`: `self.getrandbits(n * 8).to_bytes(n, 'little')`.
pub(super) fn randbytes_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.randbytes", args, kwargs, &["n"], 1, &[])?;
    let nv = s[0].clone().unwrap_or(Value::None);
    let n8 = arith(interp, BinOp::Mult, &nv, &Value::Int(8))?;
    if g.mode & GETRANDBITS != 0 {
        let bits = g.call(interp, "getrandbits", vec![n8])?;
        let to_bytes = interp.get_attr(&bits, "to_bytes")?;
        return interp.call_value(to_bytes, vec![nv, Value::str("little")], vec![]);
    }
    let k = getrandbits_k(interp, &n8)?;
    let n = (k / 8) as usize;
    let b = g.st.bits_big(k as u64);
    let (_, mut bytes) = b.to_bytes_le();
    bytes.resize(n, 0);
    Ok(Value::bytes(bytes))
}

/// One argument of randrange as an int, with CPython 3.11's float handling
/// (accepted with a DeprecationWarning when integral).
fn randrange_arg(interp: &mut Interp, v: &Value, which: &str) -> PyResult<BigInt> {
    if let Some(b) = index_big(interp, v)? {
        return Ok(b);
    }
    let int_class = Value::Class(interp.types.int.clone());
    let iv = interp.call_value(int_class, vec![v.clone()], vec![])?;
    if !interp.eq(&iv, v)? {
        warn_deprecated(interp, "randrange() will raise TypeError in the future")?;
        return Err(interp.value_error(format!("non-integer {which} for randrange()")));
    }
    warn_deprecated(
        interp,
        "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version",
    )?;
    Ok(crate::vm::ops::to_bigint(&iv).unwrap_or_default())
}

fn randrange_impl(interp: &mut Interp, g: &Gen, start: &Value, stop: &Value, step: Option<&Value>) -> PyResult<Value> {
    // Fast path: small ints, the default step and the native generator.
    if let (Value::Int(a), Value::Int(b), None, true) = (start, stop, step, g.fast_below()) {
        if let Some(width) = b.checked_sub(*a) {
            if width > 0 {
                return Ok(Value::Int(a + g.st.below_u64(width as u64) as i64));
            }
        }
    }
    let istart = randrange_arg(interp, start, "arg 1")?;
    if stop.is_none() {
        if let Some(s) = step {
            if !matches!(s, Value::Int(1)) {
                return Err(interp.type_error("Missing a non-None stop argument"));
            }
        }
        if istart.is_positive() {
            return Ok(big_value(g.below(interp, &istart)?));
        }
        return Err(interp.value_error("empty range for randrange()"));
    }
    let istop = randrange_arg(interp, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::from(1),
        Some(s) => randrange_arg(interp, s, "step")?,
    };
    let one = BigInt::from(1);
    if istep == one {
        if width.is_positive() {
            return Ok(big_value(istart + g.below(interp, &width)?));
        }
        return Err(interp.value_error(format!("empty range for randrange() ({istart}, {istop}, {width})")));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - &one), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + &one), &istep)
    } else {
        return Err(interp.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(interp.value_error("empty range for randrange()"));
    }
    Ok(big_value(istart + istep * g.below(interp, &n)?))
}

/// `randrange(start, stop=None, step=1)`.
pub(super) fn randrange_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if kwargs.is_empty() && args.len() <= 2 && !args.is_empty() {
        let stop = args.get(1).cloned().unwrap_or(Value::None);
        return randrange_impl(interp, g, &args[0], &stop, None);
    }
    let s = bind(interp, "Random.randrange", args, kwargs, &["start", "stop", "step"], 1, &[])?;
    let stop = s[1].clone().unwrap_or(Value::None);
    let start = s[0].clone().unwrap_or(Value::None);
    randrange_impl(interp, g, &start, &stop, s[2].as_ref())
}

/// `randint(a, b)`: `self.randrange(a, b + 1)`.
pub(super) fn randint_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if let ([Value::Int(a), Value::Int(b)], true, 0) = (args, kwargs.is_empty(), g.mode) {
        if let Some(width) = b.checked_sub(*a).and_then(|w| w.checked_add(1)) {
            if width > 0 {
                return Ok(Value::Int(a + g.st.below_u64(width as u64) as i64));
            }
        }
    }
    let s = bind(interp, "Random.randint", args, kwargs, &["a", "b"], 2, &[])?;
    let (a, b) = (s[0].clone().unwrap_or(Value::None), s[1].clone().unwrap_or(Value::None));
    let b1 = arith(interp, BinOp::Add, &b, &Value::Int(1))?;
    if g.mode & RANDRANGE != 0 {
        return g.call(interp, "randrange", vec![a, b1]);
    }
    randrange_impl(interp, g, &a, &b1, None)
}

/// `_randbelow(n)` (`_randbelow_with_getrandbits`): an int in [0, n) from
/// `self.getrandbits()`. 0 when n <= 0 (where CPython would loop forever).
pub(super) fn randbelow_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random._randbelow_with_getrandbits", args, kwargs, &["n"], 1, &[])?;
    below_with(g, interp, s[0].as_ref().unwrap_or(&Value::None))
}

/// `_randbelow_without_getrandbits(n, maxsize=1<<BPF)`: an int in [0, n)
/// from `self.random()` alone.
pub(super) fn randbelow_without_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random._randbelow_without_getrandbits", args, kwargs, &["n", "maxsize"], 1, &[])?;
    let n = s[0].clone().unwrap_or(Value::None);
    let maxsize = s[1].clone().unwrap_or(Value::Int(1i64 << BPF));
    below_without(g, interp, &n, &maxsize)
}

/// `_randbelow_with_getrandbits(n)`.
pub(super) fn below_with(g: &Gen, interp: &mut Interp, n: &Value) -> PyResult<Value> {
    let n = int_arg(interp, n)?;
    if !n.is_positive() {
        return Ok(Value::Int(0));
    }
    if g.mode & GETRANDBITS == 0 {
        return Ok(big_value(g.st.below_big(&n)));
    }
    let k = n.bits();
    loop {
        let r = g.getrandbits(interp, k)?;
        if r < n {
            return Ok(big_value(r));
        }
    }
}

/// `_randbelow_without_getrandbits(n, maxsize)`, with Python arithmetic.
pub(super) fn below_without(g: &Gen, interp: &mut Interp, n: &Value, maxsize: &Value) -> PyResult<Value> {
    if !interp.less_than(n, maxsize)? {
        warn(
            interp,
            "Underlying random() generator does not supply \nenough bits to choose from a population range this large.\nTo remove the range limitation, add a getrandbits() method.",
        )?;
        let r = g.random_value(interp)?;
        let x = arith(interp, BinOp::Mult, &r, n)?;
        return floor(interp, &x);
    }
    let rem = interp.binary_op(BinOp::Mod, maxsize, n)?;
    let kept = interp.binary_op(BinOp::Sub, maxsize, &rem)?;
    let limit = interp.binary_op(BinOp::Div, &kept, maxsize)?;
    let mut r = g.random_value(interp)?;
    while !interp.less_than(&r, &limit)? {
        r = g.random_value(interp)?;
    }
    let x = arith(interp, BinOp::Mult, &r, maxsize)?;
    let f = floor(interp, &x)?;
    interp.binary_op(BinOp::Mod, &f, n)
}

/// `math.floor(x)`.
fn floor(interp: &mut Interp, x: &Value) -> PyResult<Value> {
    let f = match interp.native_module("math") {
        Some(Value::Module(m)) => m.dict.borrow().get_str("floor").cloned(),
        _ => None,
    };
    match f {
        Some(f) => interp.call_value(f, vec![x.clone()], vec![]),
        None => Err(interp.runtime_error("random: math.floor is missing")),
    }
}

/// `warnings.warn(msg)` (a UserWarning) from the caller of the native.
fn warn(interp: &mut Interp, msg: &str) -> PyResult<()> {
    interp.warn(crate::vm::types::Exc::UserWarning, msg, 1)
}

/// `warnings.warn(msg, DeprecationWarning, 2)` in CPython's random.py, whose
/// level 2 is the caller of `randrange`: the caller of the native here.
fn warn_deprecated(interp: &mut Interp, msg: &str) -> PyResult<()> {
    interp.warn(crate::vm::types::Exc::DeprecationWarning, msg, 1)
}
