//! The `cmath` module: elementary functions of complex numbers with the branch
//! cuts, special values (C99 Annex G) and errors of CPython 3.11.
//!
//! Every function first sorts out a non-finite argument: most read the answer
//! from a 7x7 table indexed by the classes of the real and imaginary parts
//! (see [`class`]); the exponential family computes a few of those cases. A
//! finite argument goes through formulas that avoid needless overflow and
//! cancellation; their step-by-step order is CPython's, so results agree to
//! the last bit with the same C library underneath. Errors are reported as C's
//! `errno` would be: a domain error is ValueError("math domain error"), a
//! range error OverflowError("math range error").

use crate::objects::complex::{self as cx, complex_arg, real_arg};
use crate::objects::kwarg;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::f64::consts::{E, LN_10, LN_2, PI};

pub fn module() -> Value {
    let functions: &[(&str, NativeFn)] = &[
        ("acos", acos_fn),
        ("acosh", acosh_fn),
        ("asin", asin_fn),
        ("asinh", asinh_fn),
        ("atan", atan_fn),
        ("atanh", atanh_fn),
        ("cos", cos_fn),
        ("cosh", cosh_fn),
        ("exp", exp_fn),
        ("log", log_fn),
        ("log10", log10_fn),
        ("sin", sin_fn),
        ("sinh", sinh_fn),
        ("sqrt", sqrt_fn),
        ("tan", tan_fn),
        ("tanh", tanh_fn),
        ("phase", phase_fn),
        ("polar", polar_fn),
        ("rect", rect_fn),
        ("isfinite", isfinite_fn),
        ("isinf", isinf_fn),
        ("isnan", isnan_fn),
        ("isclose", isclose_fn),
    ];
    super::make_module(
        "cmath",
        functions,
        vec![
            ("pi", Value::Float(PI)),
            ("e", Value::Float(E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("infj", Value::complex(0.0, f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
            ("nanj", Value::complex(0.0, f64::NAN)),
        ],
    )
}

// ---- errors ------------------------------------------------------------------

/// What C's `errno` would hold after a computation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Errno {
    Clear,
    /// EDOM: ValueError("math domain error").
    Domain,
    /// ERANGE: OverflowError("math range error").
    Range,
}

/// A result with the error state it leaves behind.
type Out = (Complex, Errno);

fn ok(z: Complex) -> Out {
    (z, Errno::Clear)
}

fn c(re: f64, im: f64) -> Complex {
    Complex::new(re, im)
}

fn neg(z: Complex) -> Complex {
    c(-z.re, -z.im)
}

/// `z` times `i`, and the inverse rotation: asin, atan, cos, sin and tan are
/// their hyperbolic partners turned a quarter.
fn times_i(z: Complex) -> Complex {
    c(-z.im, z.re)
}

fn times_minus_i(z: Complex) -> Complex {
    c(z.im, -z.re)
}

fn raise(interp: &mut Interp, e: Errno) -> Value {
    match e {
        Errno::Range => interp.overflow_error("math range error"),
        _ => interp.value_error("math domain error"),
    }
}

// ---- limits ------------------------------------------------------------------

/// Past this a part is "large": squaring or adding parts could overflow.
const LARGE: f64 = f64::MAX / 4.0;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

/// `x * 2**k` for the exact power-of-two scalings used here.
fn ldexp(x: f64, k: i32) -> f64 {
    x * 2f64.powi(k)
}

/// The C library's `asinh` (the formulas were tuned with it, and Rust's own
/// `f64::asinh` can differ from it in the last bit).
fn libm_asinh(x: f64) -> f64 {
    extern "C" {
        fn asinh(x: f64) -> f64;
    }
    // SAFETY: `asinh` from the C math library, which the standard library links,
    // is a pure function of one double.
    unsafe { asinh(x) }
}

fn finite(z: Complex) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

// ---- special values ------------------------------------------------------------

/// Answers for arguments with an infinite or NaN part, indexed by [`class`]
/// of the real part, then of the imaginary part. Rows and columns of two
/// finite classes are never read.
type Table = [[(f64, f64); 7]; 7];

/// The class of a part: -inf, negative, -0, +0, positive, +inf, NaN.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 {
            5
        } else {
            0
        }
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

fn special(table: &Table, z: Complex) -> Complex {
    let (re, im) = table[class(z.re)][class(z.im)];
    c(re, im)
}

// ---- the functions -------------------------------------------------------------

fn sqrt(z: Complex) -> Out {
    if !finite(z) {
        return ok(special(&SQRT, z));
    }
    if z.re == 0.0 && z.im == 0.0 {
        return ok(c(0.0, z.im));
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale subnormal parts up so that the hypotenuse keeps its precision.
        let ax = ldexp(ax, 53);
        ldexp((ax + ax.hypot(ldexp(ay, 53))).sqrt(), -27)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    ok(if z.re >= 0.0 { c(s, d.copysign(z.im)) } else { c(d, s.copysign(z.im)) })
}

fn exp(z: Complex) -> Out {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let (cos, sin) = (z.im.cos(), z.im.sin());
            if z.re > 0.0 {
                c(f64::INFINITY.copysign(cos), f64::INFINITY.copysign(sin))
            } else {
                c(0f64.copysign(cos), 0f64.copysign(sin))
            }
        } else {
            special(&EXP, z)
        };
        let domain = z.im.is_infinite() && (z.re.is_finite() || z.re == f64::INFINITY);
        return (r, if domain { Errno::Domain } else { Errno::Clear });
    }
    let r = if z.re > log_large() {
        // exp(x) alone would overflow where exp(x) * cos(y) may not.
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    overflow_check(r)
}

/// ERANGE when a part of a finite argument's result came out infinite.
fn overflow_check(r: Complex) -> Out {
    if r.re.is_infinite() || r.im.is_infinite() {
        (r, Errno::Range)
    } else {
        ok(r)
    }
}

/// cosh and sinh share their shape: for cosh the real part is `cos(y) * cosh(x)`
/// and the imaginary one `sin(y) * sinh(x)`; for sinh the two hyperbolic
/// factors trade places.
fn hyperbolic(z: Complex, is_cosh: bool) -> Out {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let (cos, sin) = (z.im.cos(), z.im.sin());
            let re = f64::INFINITY.copysign(cos);
            let im = f64::INFINITY.copysign(sin);
            match (z.re > 0.0, is_cosh) {
                (true, _) => c(re, im),
                (false, true) => c(re, -im),
                (false, false) => c(-re, im),
            }
        } else {
            special(if is_cosh { &COSH } else { &SINH }, z)
        };
        let domain = z.im.is_infinite() && !z.re.is_nan();
        return (r, if domain { Errno::Domain } else { Errno::Clear });
    }
    let pair = |x: f64| if is_cosh { (x.cosh(), x.sinh()) } else { (x.sinh(), x.cosh()) };
    let r = if z.re.abs() > log_large() {
        // Step one unit towards zero and multiply by e afterwards.
        let (a, b) = pair(z.re - 1f64.copysign(z.re));
        c(z.im.cos() * a * E, z.im.sin() * b * E)
    } else {
        let (a, b) = pair(z.re);
        c(z.im.cos() * a, z.im.sin() * b)
    };
    overflow_check(r)
}

fn cosh(z: Complex) -> Out {
    hyperbolic(z, true)
}

fn sinh(z: Complex) -> Out {
    hyperbolic(z, false)
}

fn tanh(z: Complex) -> Out {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let sign = 2.0 * z.im.sin() * z.im.cos();
            c(1f64.copysign(z.re), 0f64.copysign(sign))
        } else {
            special(&TANH, z)
        };
        let domain = z.im.is_infinite() && z.re.is_finite();
        return (r, if domain { Errno::Domain } else { Errno::Clear });
    }
    if z.re.abs() > log_large() {
        // tanh(x) is +-1 to double precision; the imaginary part decays like exp(-2|x|).
        let im = 4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp();
        return ok(c(1f64.copysign(z.re), im));
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    ok(c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn log(z: Complex) -> Out {
    if !finite(z) {
        return ok(special(&LOG, z));
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax == 0.0 && ay == 0.0 {
            return (c(f64::NEG_INFINITY, z.im.atan2(z.re)), Errno::Domain);
        }
        // Tiny parts: scale up so that the hypotenuse is not subnormal.
        ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN_2
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            // Near the unit circle log(h) loses digits; use log1p(h*h - 1).
            let (big, small) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((big - 1.0) * (big + 1.0) + small * small).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ok(c(re, z.im.atan2(z.re)))
}

fn log10(z: Complex) -> Out {
    let (r, e) = log(z);
    (c(r.re / LN_10, r.im / LN_10), e)
}

fn acos(z: Complex) -> Out {
    if !finite(z) {
        return ok(special(&ACOS, z));
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let im = if z.re < 0.0 { -l.copysign(z.im) } else { l.copysign(-z.im) };
        return ok(c(re, im));
    }
    let s1 = sqrt(c(1.0 - z.re, -z.im)).0;
    let s2 = sqrt(c(1.0 + z.re, z.im)).0;
    ok(c(2.0 * s1.re.atan2(s2.re), libm_asinh(s2.re * s1.im - s2.im * s1.re)))
}

fn acosh(z: Complex) -> Out {
    if !finite(z) {
        return ok(special(&ACOSH, z));
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        return ok(c(re, z.im.atan2(z.re)));
    }
    let s1 = sqrt(c(z.re - 1.0, z.im)).0;
    let s2 = sqrt(c(z.re + 1.0, z.im)).0;
    ok(c(libm_asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * s1.im.atan2(s2.re)))
}

fn asinh(z: Complex) -> Out {
    if !finite(z) {
        return ok(special(&ASINH, z));
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 { l.copysign(z.re) } else { -l.copysign(-z.re) };
        return ok(c(re, z.im.atan2(z.re.abs())));
    }
    let s1 = sqrt(c(1.0 + z.im, -z.re)).0;
    let s2 = sqrt(c(1.0 - z.im, z.re)).0;
    let re = libm_asinh(s1.re * s2.im - s2.re * s1.im);
    ok(c(re, z.im.atan2(s1.re * s2.re - s1.im * s2.im)))
}

fn asin(z: Complex) -> Out {
    let (s, e) = asinh(times_i(z));
    (times_minus_i(s), e)
}

fn atanh(z: Complex) -> Out {
    if !finite(z) {
        return ok(special(&ATANH, z));
    }
    if z.re < 0.0 {
        // Odd function: work in the right half-plane.
        let (r, e) = atanh(neg(z));
        return (neg(r), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // Far out, atanh(z) is about 1/z +- i*pi/2.
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return ok(c(z.re / 4.0 / h / h, -(PI / 2.0).copysign(-z.im)));
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return (c(f64::INFINITY, z.im), Errno::Domain);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return ok(c(re, (2f64.atan2(-ay) / 2.0).copysign(z.im)));
    }
    let one_minus = 1.0 - z.re;
    let re = (4.0 * z.re / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0;
    ok(c(re, im))
}

fn atan(z: Complex) -> Out {
    let (s, e) = atanh(times_i(z));
    (times_minus_i(s), e)
}

fn cos(z: Complex) -> Out {
    cosh(times_i(z))
}

fn sin(z: Complex) -> Out {
    let (s, e) = sinh(times_i(z));
    (times_minus_i(s), e)
}

fn tan(z: Complex) -> Out {
    let (s, e) = tanh(times_i(z));
    (times_minus_i(s), e)
}

/// The argument of `z`, with atan2's conventions also for infinite parts.
fn phase(z: Complex) -> f64 {
    if z.re.is_nan() || z.im.is_nan() {
        return f64::NAN;
    }
    if z.im.is_infinite() {
        return match (z.re.is_infinite(), z.re.is_sign_positive()) {
            (true, true) => (0.25 * PI).copysign(z.im),
            (true, false) => (0.75 * PI).copysign(z.im),
            (false, _) => (0.5 * PI).copysign(z.im),
        };
    }
    if z.re.is_infinite() || z.im == 0.0 {
        return if z.re.is_sign_positive() { 0f64.copysign(z.im) } else { PI.copysign(z.im) };
    }
    z.im.atan2(z.re)
}

/// Whether the C library's atan2 reported a range error for `phase(z)`: an
/// angle that underflowed to zero from a nonzero imaginary part. (CPython's
/// `phase` passes that on as OverflowError.)
fn phase_underflows(z: Complex, phi: f64) -> bool {
    phi == 0.0 && z.im != 0.0 && z.re.is_finite() && z.im.is_finite()
}

fn rect(r: f64, phi: f64) -> Out {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let re = f64::INFINITY.copysign(phi.cos());
            let im = f64::INFINITY.copysign(phi.sin());
            if r > 0.0 {
                c(re, im)
            } else {
                c(-re, -im)
            }
        } else {
            special(&RECT, c(r, phi))
        };
        let domain = r != 0.0 && !r.is_nan() && phi.is_infinite();
        return (z, if domain { Errno::Domain } else { Errno::Clear });
    }
    if phi == 0.0 {
        // Keeps the sign of a zero angle in the imaginary part.
        return ok(c(r, r * phi));
    }
    ok(c(r * phi.cos(), r * phi.sin()))
}

// ---- the module's callables ----------------------------------------------------------

/// The single argument of `cmath.NAME(z)`.
fn one_arg(interp: &mut Interp, name: &str, args: &[Value], _kwargs: KwArgs) -> PyResult<Complex> {
    if args.len() != 1 {
        let n = args.len();
        return Err(interp.type_error(format!("cmath.{name}() takes exactly one argument ({n} given)")));
    }
    complex_arg(interp, &args[0])
}

fn finish(interp: &mut Interp, (r, e): Out) -> PyResult<Value> {
    match e {
        Errno::Clear => Ok(Value::complex(r.re, r.im)),
        e => Err(raise(interp, e)),
    }
}

macro_rules! unary_fns {
    ($($native:ident => $f:ident),* $(,)?) => {$(
        fn $native(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
            let z = one_arg(interp, stringify!($f), args, kwargs)?;
            finish(interp, $f(z))
        }
    )*};
}

unary_fns!(
    acos_fn => acos, acosh_fn => acosh, asin_fn => asin, asinh_fn => asinh,
    atan_fn => atan, atanh_fn => atanh, cos_fn => cos, cosh_fn => cosh,
    exp_fn => exp, log10_fn => log10, sin_fn => sin, sinh_fn => sinh,
    sqrt_fn => sqrt, tan_fn => tan, tanh_fn => tanh,
);

/// `log(z[, base])`: the natural logarithm, or `log(z) / log(base)`.
fn log_fn(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    match args.len() {
        0 => return Err(interp.type_error("log expected at least 1 argument, got 0")),
        1 | 2 => {}
        n => return Err(interp.type_error(format!("log expected at most 2 arguments, got {n}"))),
    }
    let z = complex_arg(interp, &args[0])?;
    let base = match args.get(1) {
        Some(b) => Some(complex_arg(interp, b)?),
        None => None,
    };
    let (mut r, mut e) = log(z);
    if let Some(base) = base {
        // As in C, computing the base's logarithm replaces the error state.
        let (lb, eb) = log(base);
        e = eb;
        match cx::div(r, lb) {
            Some(q) => r = q,
            None => e = Errno::Domain,
        }
    }
    finish(interp, (r, e))
}

fn phase_fn(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let z = one_arg(interp, "phase", args, kwargs)?;
    let phi = phase(z);
    if phase_underflows(z, phi) {
        return Err(raise(interp, Errno::Range));
    }
    Ok(Value::Float(phi))
}

fn polar_fn(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let z = one_arg(interp, "polar", args, kwargs)?;
    let phi = phase(z);
    match cx::abs(z) {
        Some(r) => Ok(Value::tuple(vec![Value::Float(r), Value::Float(phi)])),
        None => Err(raise(interp, Errno::Range)),
    }
}

fn rect_fn(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        let n = args.len();
        return Err(interp.type_error(format!("rect expected 2 arguments, got {n}")));
    }
    let r = real_arg(interp, &args[0])?;
    let phi = real_arg(interp, &args[1])?;
    finish(interp, rect(r, phi))
}

fn isfinite_fn(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let z = one_arg(interp, "isfinite", args, kwargs)?;
    Ok(Value::Bool(finite(z)))
}

fn isinf_fn(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let z = one_arg(interp, "isinf", args, kwargs)?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan_fn(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let z = one_arg(interp, "isnan", args, kwargs)?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose_fn(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.len() > 2 {
        let n = args.len();
        return Err(interp.type_error(format!("isclose() takes exactly 2 positional arguments ({n} given)")));
    }
    let mut ab = [args.first().cloned(), args.get(1).cloned()];
    for (k, v) in kwargs {
        let slot = match k.as_ref() {
            "a" => 0,
            "b" => 1,
            "rel_tol" | "abs_tol" => continue,
            _ => return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for isclose()"))),
        };
        if ab[slot].is_some() {
            let pos = slot + 1;
            return Err(interp.type_error(format!("argument for isclose() given by name ('{k}') and position ({pos})")));
        }
        ab[slot] = Some(v.clone());
    }
    let [Some(a), Some(b)] = ab else {
        let (name, pos) = if ab[0].is_none() { ("a", 1) } else { ("b", 2) };
        return Err(interp.type_error(format!("isclose() missing required argument '{name}' (pos {pos})")));
    };
    let a = complex_arg(interp, &a)?;
    let b = complex_arg(interp, &b)?;
    let rel_tol = match kwarg(kwargs, "rel_tol") {
        Some(v) => real_arg(interp, v)?,
        None => 1e-9,
    };
    let abs_tol = match kwarg(kwargs, "abs_tol") {
        Some(v) => real_arg(interp, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(interp.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let size = |z: Complex| cx::abs(z).unwrap_or(f64::INFINITY);
    let diff = size(cx::sub(a, b));
    Ok(Value::Bool(diff <= rel_tol * size(b) || diff <= rel_tol * size(a) || diff <= abs_tol))
}

// ---- the tables (values of CPython 3.11 for each class of argument) ---------------

const N: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;
const Z: f64 = 0.0;
const P: f64 = PI;
const P2: f64 = PI / 2.0;
const P4: f64 = PI / 4.0;
const P34: f64 = 3.0 * PI / 4.0;

#[rustfmt::skip]
const ACOS: Table = [
    [(P34, INF), (P, INF), (P, INF), (P, -INF), (P, -INF), (P34, -INF), (N, INF)],
    [(P2, INF), (N, N), (N, N), (N, N), (N, N), (P2, -INF), (N, N)],
    [(P2, INF), (N, N), (N, N), (N, N), (N, N), (P2, -INF), (P2, N)],
    [(P2, INF), (N, N), (N, N), (N, N), (N, N), (P2, -INF), (P2, N)],
    [(P2, INF), (N, N), (N, N), (N, N), (N, N), (P2, -INF), (N, N)],
    [(P4, INF), (Z, INF), (Z, INF), (Z, -INF), (Z, -INF), (P4, -INF), (N, INF)],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];
#[rustfmt::skip]
const ACOSH: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P4), (INF, -Z), (INF, -Z), (INF, Z), (INF, Z), (INF, P4), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];
#[rustfmt::skip]
const ASINH: Table = [
    [(-INF, -P4), (-INF, -Z), (-INF, -Z), (-INF, Z), (-INF, Z), (-INF, P4), (-INF, N)],
    [(-INF, -P2), (N, N), (N, N), (N, N), (N, N), (-INF, P2), (N, N)],
    [(-INF, -P2), (N, N), (N, N), (N, N), (N, N), (-INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P4), (INF, -Z), (INF, -Z), (INF, Z), (INF, Z), (INF, P4), (INF, N)],
    [(INF, N), (N, N), (N, -Z), (N, Z), (N, N), (INF, N), (N, N)],
];
#[rustfmt::skip]
const ATANH: Table = [
    [(-Z, -P2), (-Z, -P2), (-Z, -P2), (-Z, P2), (-Z, P2), (-Z, P2), (-Z, N)],
    [(-Z, -P2), (N, N), (N, N), (N, N), (N, N), (-Z, P2), (N, N)],
    [(-Z, -P2), (N, N), (N, N), (N, N), (N, N), (-Z, P2), (-Z, N)],
    [(Z, -P2), (N, N), (N, N), (N, N), (N, N), (Z, P2), (Z, N)],
    [(Z, -P2), (N, N), (N, N), (N, N), (N, N), (Z, P2), (N, N)],
    [(Z, -P2), (Z, -P2), (Z, -P2), (Z, P2), (Z, P2), (Z, P2), (Z, N)],
    [(Z, -P2), (N, N), (N, N), (N, N), (N, N), (Z, P2), (N, N)],
];
#[rustfmt::skip]
const COSH: Table = [
    [(N, N), (N, N), (INF, Z), (INF, -Z), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, Z)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, Z)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (INF, -Z), (INF, Z), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, Z), (N, Z), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const EXP: Table = [
    [(Z, Z), (N, N), (Z, -Z), (Z, Z), (N, N), (Z, Z), (Z, Z)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (INF, -Z), (INF, Z), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, -Z), (N, Z), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const LOG: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P4), (INF, -Z), (INF, -Z), (INF, Z), (INF, Z), (INF, P4), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];
#[rustfmt::skip]
const SINH: Table = [
    [(N, N), (N, N), (-INF, -Z), (-INF, Z), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (Z, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (Z, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (INF, -Z), (INF, Z), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, -Z), (N, Z), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const SQRT: Table = [
    [(INF, -INF), (Z, -INF), (Z, -INF), (Z, INF), (Z, INF), (INF, INF), (N, INF)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (INF, -Z), (INF, -Z), (INF, Z), (INF, Z), (INF, INF), (INF, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];
#[rustfmt::skip]
const TANH: Table = [
    [(-1.0, Z), (N, N), (-1.0, -Z), (-1.0, Z), (N, N), (-1.0, Z), (-1.0, Z)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(1.0, Z), (N, N), (1.0, -Z), (1.0, Z), (N, N), (1.0, Z), (1.0, Z)],
    [(N, N), (N, N), (N, -Z), (N, Z), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const RECT: Table = [
    [(N, N), (N, N), (-INF, Z), (-INF, -Z), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(Z, Z), (N, N), (N, N), (N, N), (N, N), (Z, Z), (Z, Z)],
    [(Z, Z), (N, N), (N, N), (N, N), (N, N), (Z, Z), (Z, Z)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (INF, -Z), (INF, Z), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, Z), (N, Z), (N, N), (N, N), (N, N)],
];
