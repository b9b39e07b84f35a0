//! The `math` module.

use crate::objects::check_args;
use crate::objects::numbers::number_arg;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::ops::to_bigint;
use crate::vm::value::Value;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

pub fn module() -> Value {
    let functions: &[(&str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fabs", fabs),
        ("exp", exp),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("hypot", hypot),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("isqrt", isqrt),
        ("copysign", copysign),
        ("degrees", degrees),
        ("radians", radians),
        ("fsum", fsum),
        ("prod", prod),
        ("isclose", isclose),
        ("comb", comb),
        ("perm", perm),
        ("modf", modf),
        ("fmod", fmod),
        ("log1p", log1p),
        ("expm1", expm1),
        ("exp2", exp2),
        ("cbrt", cbrt),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("remainder", remainder),
        ("dist", dist),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("erf", super::math_special::erf),
        ("erfc", super::math_special::erfc),
        ("gamma", super::math_special::gamma),
        ("lgamma", super::math_special::lgamma),
    ];
    super::make_module(
        "math",
        functions,
        vec![
            ("pi", Value::Float(std::f64::consts::PI)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
        ],
    )
}

pub(super) fn arg1(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<f64> {
    check_args(interp, name, args, 1, 1)?;
    number_arg(interp, &args[0])
}

/// Applies `f`, raising ValueError("math domain error") for NaN from a non-NaN input.
fn domain(interp: &mut Interp, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(interp.value_error("math domain error"));
    }
    Ok(Value::Float(r))
}

/// What a finite input with an infinite result means for a unary function.
#[derive(Clone, Copy)]
pub(super) enum OnInfinite {
    /// A legitimate result (tan near pi/2 is merely large, `fabs(inf)`...).
    Allowed,
    /// OverflowError "math range error" (exp, cosh, ...).
    Overflow,
    /// ValueError "math domain error" (a pole: log1p(-1), atanh(1)).
    Pole,
}

/// Checks a unary result like CPython's math module.
pub(super) fn unary_result(interp: &mut Interp, x: f64, r: f64, on_inf: OnInfinite) -> PyResult<Value> {
    if r.is_infinite() && x.is_finite() {
        match on_inf {
            OnInfinite::Overflow => return Err(interp.overflow_error("math range error")),
            OnInfinite::Pole => return Err(interp.value_error("math domain error")),
            OnInfinite::Allowed => {}
        }
    }
    domain(interp, x, r)
}

/// A one-argument float function; `$on_inf` defaults to `Allowed`.
macro_rules! unary {
    ($name:ident, $f:expr) => {
        unary!($name, $f, Allowed);
    };
    ($name:ident, $f:expr, $on_inf:ident) => {
        fn $name(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
            let x = arg1(interp, args, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            unary_result(interp, x, f(x), OnInfinite::$on_inf)
        }
    };
}

unary!(exp, f64::exp, Overflow);
unary!(expm1, f64::exp_m1, Overflow);
unary!(exp2, f64::exp2, Overflow);
unary!(sinh, f64::sinh, Overflow);
unary!(cosh, f64::cosh, Overflow);
unary!(log1p, f64::ln_1p, Pole);
unary!(atanh, f64::atanh, Pole);
unary!(cbrt, f64::cbrt);
unary!(tanh, f64::tanh);
unary!(asinh, f64::asinh);
unary!(acosh, f64::acosh);
unary!(sin, f64::sin);
unary!(cos, f64::cos);
unary!(tan, f64::tan);
unary!(asin, f64::asin);
unary!(acos, f64::acos);
unary!(atan, f64::atan);
unary!(fabs, f64::abs);
unary!(degrees, f64::to_degrees);
unary!(radians, f64::to_radians);

fn sqrt(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let x = arg1(interp, args, "sqrt")?;
    if x < 0.0 {
        return Err(interp.value_error("math domain error"));
    }
    Ok(Value::Float(x.sqrt()))
}

fn log_of(interp: &mut Interp, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if b.is_positive() {
            // log(b) = log(b / 2**k) + k*log(2), for ints beyond f64's range.
            let k = b.bits().saturating_sub(1000);
            let scaled: BigInt = &**b >> k as usize;
            let x = num_traits::ToPrimitive::to_f64(&scaled).unwrap_or(f64::INFINITY);
            return Ok(f(x) + k as f64 * f(2.0));
        }
    }
    let x = number_arg(interp, v)?;
    if x <= 0.0 {
        return Err(interp.value_error("math domain error"));
    }
    Ok(f(x))
}

fn log(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "log", args, 1, 2)?;
    let l = log_of(interp, &args[0], f64::ln)?;
    match args.get(1) {
        Some(b) => {
            let lb = log_of(interp, b, f64::ln)?;
            if lb == 0.0 {
                return Err(interp.zero_division("float division by zero"));
            }
            Ok(Value::Float(l / lb))
        }
        None => Ok(Value::Float(l)),
    }
}

fn log2(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "log2", args, 1, 1)?;
    Ok(Value::Float(log_of(interp, &args[0], f64::log2)?))
}

fn log10(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "log10", args, 1, 1)?;
    Ok(Value::Float(log_of(interp, &args[0], f64::log10)?))
}

fn int_result(interp: &mut Interp, v: &Value, f: fn(f64) -> f64, name: &str) -> PyResult<Value> {
    if let Some(b) = to_bigint(v) {
        return Ok(Value::bigint(b));
    }
    if let Value::Instance(_) = v {
        let dunder = format!("__{name}__");
        if let Some(m) = interp.lookup_special(v, &dunder) {
            return interp.call_value(m, vec![], vec![]);
        }
    }
    let x = number_arg(interp, v)?;
    if x.is_nan() {
        return Err(interp.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(interp.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(crate::objects::numbers::float_to_int(f(x)))
}

fn floor(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "floor", args, 1, 1)?;
    int_result(interp, &args[0], f64::floor, "floor")
}

fn ceil(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "ceil", args, 1, 1)?;
    int_result(interp, &args[0], f64::ceil, "ceil")
}

fn trunc(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "trunc", args, 1, 1)?;
    int_result(interp, &args[0], f64::trunc, "trunc")
}

fn two(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    check_args(interp, name, args, 2, 2)?;
    Ok((number_arg(interp, &args[0])?, number_arg(interp, &args[1])?))
}

fn pow(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (x, y) = two(interp, args, "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(interp.value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(interp.overflow_error("math range error"));
    }
    domain(interp, x, r)
}

/// `frexp(x)`: (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1.
fn frexp(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let x = arg1(interp, args, "frexp")?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let (mut m, mut e) = (x, 0i64);
    // Scale subnormals into the normal range first.
    if m.abs() < f64::MIN_POSITIVE {
        m *= 2f64.powi(64);
        e -= 64;
    }
    let bits = m.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    e += exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// `ldexp(x, i)`: x * 2**i.
fn ldexp(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "ldexp", args, 2, 2)?;
    let x = number_arg(interp, &args[0])?;
    let i = match to_bigint(&args[1]) {
        Some(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
        None => return Err(interp.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let mut v = x;
    let mut k = i.clamp(-3000, 3000);
    while k != 0 {
        let step = k.clamp(-1000, 1000);
        v *= 2f64.powi(step as i32);
        k -= step;
    }
    if v.is_infinite() {
        return Err(interp.overflow_error("math range error"));
    }
    Ok(Value::Float(v))
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even),
/// computed as CPython's `m_remainder`.
fn remainder(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (x, y) = two(interp, args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(interp.value_error("math domain error"));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

/// `dist(p, q)`: Euclidean distance between two points.
fn dist(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "dist", args, 2, 2)?;
    let p = interp.collect_iterable(&args[0])?;
    let q = interp.collect_iterable(&args[1])?;
    if p.len() != q.len() {
        return Err(interp.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(q.iter()) {
        let d = number_arg(interp, a)? - number_arg(interp, b)?;
        acc = acc.hypot(d);
    }
    Ok(Value::Float(acc))
}

/// `nextafter(x, y)`: the next float after x towards y.
fn nextafter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (x, y) = two(interp, args, "nextafter")?;
    Ok(Value::Float(next_after(x, y)))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// `ulp(x)`: the value of the least significant bit of x.
fn ulp(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let x = arg1(interp, args, "ulp")?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let next = next_after(x, f64::INFINITY);
    if next.is_infinite() {
        return Ok(Value::Float(x - next_after(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(next - x))
}

fn atan2(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (y, x) = two(interp, args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn hypot(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in args {
        let x = number_arg(interp, a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn copysign(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (x, y) = two(interp, args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (x, y) = two(interp, args, "fmod")?;
    if y == 0.0 {
        return Err(interp.value_error("math domain error"));
    }
    Ok(Value::Float(x % y))
}

fn modf(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let x = arg1(interp, args, "modf")?;
    Ok(Value::tuple(vec![Value::Float(x.fract()), Value::Float(x.trunc())]))
}

fn isnan(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(arg1(interp, args, "isnan")?.is_nan()))
}

fn isinf(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(arg1(interp, args, "isinf")?.is_infinite()))
}

fn isfinite(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(arg1(interp, args, "isfinite")?.is_finite()))
}

/// The integer arguments of gcd/lcm, through `__index__` as CPython converts them.
fn int_args(interp: &mut Interp, args: &[Value]) -> PyResult<Vec<BigInt>> {
    let mut out = Vec::with_capacity(args.len());
    for a in args {
        if let Some(b) = to_bigint(a) {
            out.push(b);
            continue;
        }
        if let Some(m) = interp.lookup_special(a, "__index__") {
            let r = interp.call_value(m, vec![], vec![])?;
            match to_bigint(&r) {
                Some(b) => {
                    out.push(b);
                    continue;
                }
                None => {
                    let rt = interp.type_name(&r);
                    return Err(interp.type_error(format!("__index__ returned non-int (type {rt})")));
                }
            }
        }
        let t = interp.type_name(a);
        return Err(interp.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    Ok(out)
}

/// gcd of two integers; when one is small the big one is reduced modulo it
/// first, so folding many small numbers into a big one stays linear in its size.
fn gcd2(a: &BigInt, b: &BigInt) -> BigInt {
    use num_traits::ToPrimitive;
    let small = |x: &BigInt| x.magnitude().to_u64();
    match (small(a), small(b)) {
        (Some(x), Some(y)) => BigInt::from(num_integer::Integer::gcd(&x, &y)),
        (None, Some(0)) | (Some(0), None) => if a.is_zero() { b.abs() } else { a.abs() },
        (None, Some(y)) => gcd_with_small(a, y),
        (Some(x), None) => gcd_with_small(b, x),
        (None, None) => num_integer::Integer::gcd(a, b),
    }
}

/// gcd(big, small) for a nonzero `small`.
fn gcd_with_small(big: &BigInt, small: u64) -> BigInt {
    use num_traits::ToPrimitive;
    let rem = (big.magnitude() % small).to_u64().unwrap_or(0);
    BigInt::from(num_integer::Integer::gcd(&rem, &small))
}

fn gcd(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let nums = int_args(interp, args)?;
    let mut g = BigInt::zero();
    for n in &nums {
        g = gcd2(&g, n);
        if g.is_one() {
            // It can fall no further (every argument was converted and checked already).
            break;
        }
    }
    Ok(Value::bigint(g))
}

fn lcm(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let nums = int_args(interp, args)?;
    let mut acc = BigInt::from(1);
    for (i, n) in nums.iter().enumerate() {
        if n.is_zero() {
            return Ok(Value::Int(0));
        }
        if i % 64 == 0 {
            interp.charge_work(acc.bits() / 64 + 1)?;
        }
        let g = gcd2(&acc, n);
        acc = (acc / g) * n.abs();
    }
    Ok(Value::bigint(acc.abs()))
}

fn factorial(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "factorial", args, 1, 1)?;
    let n = match &args[0] {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::Float(_) => return Err(interp.type_error("'float' object cannot be interpreted as an integer")),
        other => interp.index_value(other)?,
    };
    if n < 0 {
        return Err(interp.value_error("factorial() not defined for negative values"));
    }
    if n > 100_000 {
        return Err(interp.overflow_error("factorial() argument should not exceed 100000"));
    }
    let mut acc = BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::bigint(acc))
}

fn isqrt(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "isqrt", args, 1, 1)?;
    let n = int_args(interp, args)?.remove(0);
    if n.is_negative() {
        return Err(interp.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::bigint(n.sqrt()))
}

fn comb(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "comb", args, 2, 2)?;
    let v = int_args(interp, args)?;
    let (n, k) = (&v[0], &v[1]);
    if n.is_negative() || k.is_negative() {
        return Err(interp.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = num_traits::ToPrimitive::to_i64(&std::cmp::min(k.clone(), n - k)) else {
        return Err(interp.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut acc = BigInt::from(1);
    for i in 0..k {
        interp.charge_work(acc.bits() / 64 + 1)?;
        acc = acc * (n - i) / (i + 1);
    }
    Ok(Value::bigint(acc))
}

fn perm(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "perm", args, 1, 2)?;
    let v = int_args(interp, args)?;
    let n = v[0].clone();
    let k = v.get(1).cloned().unwrap_or_else(|| n.clone());
    if n.is_negative() || k.is_negative() {
        return Err(interp.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = num_traits::ToPrimitive::to_i64(&k) else {
        return Err(interp.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let mut acc = BigInt::from(1);
    for i in 0..k {
        interp.charge_work(acc.bits() / 64 + 1)?;
        acc *= &n - i;
    }
    Ok(Value::bigint(acc))
}

fn fsum(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "fsum", args, 1, 1)?;
    let items = interp.collect_iterable(&args[0])?;
    // Neumaier compensated summation.
    let (mut sum, mut c) = (0.0f64, 0.0f64);
    for it in items {
        let x = number_arg(interp, &it)?;
        let t = sum + x;
        if sum.abs() >= x.abs() {
            c += (sum - t) + x;
        } else {
            c += (x - t) + sum;
        }
        sum = t;
    }
    Ok(Value::Float(sum + c))
}

fn prod(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "prod", args, 1, 1)?;
    let mut acc = crate::objects::kwarg(kwargs, "start").cloned().unwrap_or(Value::Int(1));
    let items = interp.collect_iterable(&args[0])?;
    for it in items {
        acc = interp.binary_op(crate::syntax::ast::BinOp::Mult, &acc, &it)?;
    }
    Ok(acc)
}

fn isclose(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (a, b) = two(interp, args, "isclose")?;
    let rel = match crate::objects::kwarg(kwargs, "rel_tol") {
        Some(v) => number_arg(interp, v)?,
        None => 1e-9,
    };
    let abs = match crate::objects::kwarg(kwargs, "abs_tol") {
        Some(v) => number_arg(interp, v)?,
        None => 0.0,
    };
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a - b).abs();
    Ok(Value::Bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}
