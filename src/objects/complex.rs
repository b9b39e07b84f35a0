//! complex: the constructor (numbers, `__complex__`, strings), the methods, and
//! the arithmetic that the operators, `abs()` and `cmath` share.
//!
//! The arithmetic follows CPython 3.11 operation by operation (the order of the
//! floating-point steps decides the last bits of every result): division scales
//! by the larger part of the divisor, small integer powers multiply by repeated
//! squaring, other powers go through polar form.

use super::format::complex_repr;
use super::{add_method, check_args_parsed};
use crate::syntax::ast::BinOp;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use num_traits::ToPrimitive;

pub fn register(interp: &mut Interp) {
    let cls = interp.types.complex.clone();
    super::builtin_subclass::set_constructor(&cls, complex_new);
    add_method(&cls, "conjugate", conjugate);
    add_method(&cls, "__complex__", dunder_complex);
    add_method(&cls, "__getnewargs__", getnewargs);
    let specials: &[(&str, NativeFn)] = &[
        ("__add__", |i, a, _| dunder_binop(i, a, BinOp::Add, "__add__", false)),
        ("__radd__", |i, a, _| dunder_binop(i, a, BinOp::Add, "__radd__", true)),
        ("__sub__", |i, a, _| dunder_binop(i, a, BinOp::Sub, "__sub__", false)),
        ("__rsub__", |i, a, _| dunder_binop(i, a, BinOp::Sub, "__rsub__", true)),
        ("__mul__", |i, a, _| dunder_binop(i, a, BinOp::Mult, "__mul__", false)),
        ("__rmul__", |i, a, _| dunder_binop(i, a, BinOp::Mult, "__rmul__", true)),
        ("__truediv__", |i, a, _| dunder_binop(i, a, BinOp::Div, "__truediv__", false)),
        ("__rtruediv__", |i, a, _| dunder_binop(i, a, BinOp::Div, "__rtruediv__", true)),
        ("__pow__", |i, a, _| dunder_binop(i, a, BinOp::Pow, "__pow__", false)),
        ("__rpow__", |i, a, _| dunder_binop(i, a, BinOp::Pow, "__rpow__", true)),
        ("__eq__", |i, a, _| dunder_compare(i, a, "__eq__")),
        ("__ne__", |i, a, _| dunder_compare(i, a, "__ne__")),
        ("__lt__", |i, a, _| dunder_compare(i, a, "__lt__")),
        ("__le__", |i, a, _| dunder_compare(i, a, "__le__")),
        ("__gt__", |i, a, _| dunder_compare(i, a, "__gt__")),
        ("__ge__", |i, a, _| dunder_compare(i, a, "__ge__")),
        ("__neg__", |i, a, _| unary_receiver(i, a, "__neg__").map(|z| Value::complex(-z.re, -z.im))),
        ("__pos__", |i, a, _| unary_receiver(i, a, "__pos__").map(|z| Value::complex(z.re, z.im))),
        ("__bool__", |i, a, _| unary_receiver(i, a, "__bool__").map(|z| Value::Bool(z.re != 0.0 || z.im != 0.0))),
        ("__abs__", dunder_abs),
        ("__hash__", |i, a, _| unary_receiver(i, a, "__hash__").map(|z| Value::Int(hash(z)))),
        ("__repr__", |i, a, _| unary_receiver(i, a, "__repr__").map(|z| Value::string(complex_repr(z.re, z.im)))),
        ("__str__", |i, a, _| unary_receiver(i, a, "__str__").map(|z| Value::string(complex_repr(z.re, z.im)))),
        ("__format__", dunder_format),
    ];
    for (name, f) in specials {
        add_method(&cls, name, *f);
    }
}

// ---- arithmetic ------------------------------------------------------------

pub fn add(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re + b.re, a.im + b.im)
}

pub fn sub(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re - b.re, a.im - b.im)
}

pub fn mul(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b`; `None` when `b` is zero.
pub fn div(a: Complex, b: Complex) -> Option<Complex> {
    let (wide, tall) = (b.re.abs(), b.im.abs());
    if wide >= tall {
        if wide == 0.0 {
            return None;
        }
        // Scale by the real part, the larger one.
        let t = b.im / b.re;
        let d = b.re + b.im * t;
        Some(Complex::new((a.re + a.im * t) / d, (a.im - a.re * t) / d))
    } else if tall >= wide {
        let t = b.re / b.im;
        let d = b.re * t + b.im;
        Some(Complex::new((a.re * t + a.im) / d, (a.im * t - a.re) / d))
    } else {
        // A NaN in the divisor.
        Some(Complex::new(f64::NAN, f64::NAN))
    }
}

/// Why `pow` failed: CPython's ZeroDivisionError and OverflowError cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PowError {
    /// `0 ** negative` or `0 ** complex` (and a libm domain error on the way).
    Domain,
    /// A part of the result is infinite.
    Overflow,
}

/// `a ** b` for complex numbers.
pub fn pow(a: Complex, b: Complex) -> Result<Complex, PowError> {
    // C's cast of an out-of-range double never compares equal to it again, nor does
    // Rust's saturating one (the exponents it could confuse are far past +-100).
    let n = b.re as i64;
    let (r, domain) = if b.im == 0.0 && b.re == n as f64 && (-100..=100).contains(&n) {
        small_int_pow(a, n)
    } else {
        polar_pow(a, b)
    };
    if domain {
        Err(PowError::Domain)
    } else if r.re.is_infinite() || r.im.is_infinite() {
        Err(PowError::Overflow)
    } else {
        Ok(r)
    }
}

/// `a ** n` for `|n| <= 100` by repeated squaring; the flag is a division by zero.
fn small_int_pow(a: Complex, n: i64) -> (Complex, bool) {
    let one = Complex::new(1.0, 0.0);
    let mut acc = one;
    let mut square = a;
    let mut bit = 1;
    let m = n.abs();
    while bit <= m {
        if m & bit != 0 {
            acc = mul(acc, square);
        }
        bit <<= 1;
        square = mul(square, square);
    }
    if n > 0 {
        return (acc, false);
    }
    match div(one, acc) {
        Some(r) => (r, false),
        None => (Complex::new(0.0, 0.0), true),
    }
}

/// `a ** b` through polar form; the flag is a domain error (a zero base with a
/// negative or complex exponent, or an infinite angle given to cos/sin).
fn polar_pow(a: Complex, b: Complex) -> (Complex, bool) {
    if b.re == 0.0 && b.im == 0.0 {
        return (Complex::new(1.0, 0.0), false);
    }
    if a.re == 0.0 && a.im == 0.0 {
        return (Complex::new(0.0, 0.0), b.im != 0.0 || b.re < 0.0);
    }
    let modulus = a.re.hypot(a.im);
    let arg = a.im.atan2(a.re);
    let mut len = modulus.powf(b.re);
    let mut angle = arg * b.re;
    if b.im != 0.0 {
        len /= (arg * b.im).exp();
        angle += b.im * modulus.ln();
    }
    (Complex::new(len * angle.cos(), len * angle.sin()), angle.is_infinite())
}

/// `abs(z)`; `None` when the result overflows.
pub fn abs(z: Complex) -> Option<f64> {
    if z.re.is_infinite() || z.im.is_infinite() {
        // An infinite part wins even over a NaN.
        return Some(f64::INFINITY);
    }
    if z.re.is_nan() || z.im.is_nan() {
        return Some(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    r.is_finite().then_some(r)
}

/// An int as a float, or CPython's OverflowError.
pub fn int_to_float(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(interp.overflow_error("int too large to convert to float")),
        },
        _ => Ok(f64::NAN),
    }
}

/// An operand of complex arithmetic: an int, float or complex (`None` otherwise).
fn operand(interp: &mut Interp, v: &Value) -> PyResult<Option<Complex>> {
    Ok(Some(match v {
        Value::Complex(z) => **z,
        Value::Float(f) => Complex::new(*f, 0.0),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Complex::new(int_to_float(interp, v)?, 0.0),
        _ => return Ok(None),
    }))
}

/// `a op b` when one side is complex: `None` when the other side is not a
/// number or complex numbers lack the operator (the caller then tries the
/// reflected method and reports the unsupported operands).
pub fn binop(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::Pow) {
        return Ok(None);
    }
    let Some(x) = operand(interp, a)? else { return Ok(None) };
    let Some(y) = operand(interp, b)? else { return Ok(None) };
    arith(interp, op, x, y).map(Some)
}

/// One of `+ - * / **` on complex numbers, with CPython's errors.
pub fn arith(interp: &mut Interp, op: BinOp, x: Complex, y: Complex) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => add(x, y),
        BinOp::Sub => sub(x, y),
        BinOp::Mult => mul(x, y),
        BinOp::Div => match div(x, y) {
            Some(r) => r,
            None => return Err(interp.zero_division("complex division by zero")),
        },
        _ => match pow(x, y) {
            Ok(r) => r,
            Err(PowError::Domain) => return Err(interp.zero_division("0.0 to a negative or complex power")),
            Err(PowError::Overflow) => return Err(interp.overflow_error("complex exponentiation")),
        },
    };
    Ok(Value::complex(r.re, r.im))
}

// ---- conversions -------------------------------------------------------------

/// A real number as a float, as CPython's `PyFloat_AsDouble` reads one: a float,
/// an int, `__float__` (which must return a float), then `__index__`. `None`
/// when the value is none of these; each caller words that error itself.
pub fn real_value(interp: &mut Interp, v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::Float(f) => return Ok(Some(*f)),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => return int_to_float(interp, v).map(Some),
        Value::Instance(_) => {}
        _ => return Ok(None),
    }
    if let Some(m) = interp.lookup_special(v, "__float__") {
        let r = interp.call_value(m, vec![], vec![])?;
        return match r {
            Value::Float(f) => Ok(Some(f)),
            other => {
                let (t, rt) = (interp.type_name(v), interp.type_name(&other));
                Err(interp.type_error(format!("{t}.__float__ returned non-float (type {rt})")))
            }
        };
    }
    if let Some(m) = interp.lookup_special(v, "__index__") {
        let r = interp.call_value(m, vec![], vec![])?;
        if !matches!(r, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
            let rt = interp.type_name(&r);
            return Err(interp.type_error(format!("__index__ returned non-int (type {rt})")));
        }
        return int_to_float(interp, &r).map(Some);
    }
    Ok(None)
}

/// A float argument of a math-style function: TypeError "must be real number, not X".
pub fn real_arg(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    match real_value(interp, v)? {
        Some(f) => Ok(f),
        None => {
            let t = interp.type_name(v);
            Err(interp.type_error(format!("must be real number, not {t}")))
        }
    }
}

/// The result of an instance's `__complex__`, when its class has one.
fn complex_method(interp: &mut Interp, v: &Value) -> PyResult<Option<Complex>> {
    if !matches!(v, Value::Instance(_)) {
        return Ok(None);
    }
    let Some(m) = interp.lookup_special(v, "__complex__") else { return Ok(None) };
    match interp.call_value(m, vec![], vec![])? {
        Value::Complex(z) => Ok(Some(*z)),
        other => {
            let t = interp.type_name(&other);
            Err(interp.type_error(format!("__complex__ returned non-complex (type {t})")))
        }
    }
}

/// A complex argument (of `cmath` functions): a complex, `__complex__`, or any
/// real number as the real part.
pub fn complex_arg(interp: &mut Interp, v: &Value) -> PyResult<Complex> {
    if let Value::Complex(z) = v {
        return Ok(**z);
    }
    if let Some(z) = complex_method(interp, v)? {
        return Ok(z);
    }
    Ok(Complex::new(real_arg(interp, v)?, 0.0))
}

/// Whether `complex()` accepts `v` as a number: an int, float or complex, or an
/// instance with `__float__` or `__index__`.
fn numberlike(interp: &mut Interp, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_) => true,
        Value::Instance(_) => {
            interp.lookup_special(v, "__float__").is_some() || interp.lookup_special(v, "__index__").is_some()
        }
        _ => false,
    }
}

/// `complex(real=0, imag=0)` and `complex(string)`.
fn complex_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args_parsed(interp, "complex", args, 0, 2)?;
    let mut given = [args.first().cloned(), args.get(1).cloned()];
    for (k, v) in kwargs {
        let slot = match k.as_ref() {
            "real" => 0,
            "imag" => 1,
            _ => return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for complex()"))),
        };
        if given[slot].is_some() {
            let pos = slot + 1;
            return Err(interp.type_error(format!("argument for complex() given by name ('{k}') and position ({pos})")));
        }
        given[slot] = Some(v.clone());
    }
    let [real, imag] = given;
    let real = real.unwrap_or(Value::Int(0));
    match (&real, &imag) {
        (Value::Complex(_), None) => return Ok(real),
        (Value::Str(s), None) => {
            return match super::numparse::parse_complex(s.as_str()) {
                Ok((re, im)) => Ok(Value::complex(re, im)),
                Err(e) => Err(interp.value_error(e)),
            }
        }
        (Value::Str(_), Some(_)) => return Err(interp.type_error("complex() can't take second arg if first is a string")),
        (_, Some(Value::Str(_))) => return Err(interp.type_error("complex() second arg can't be a string")),
        _ => {}
    }
    let real = match complex_method(interp, &real)? {
        Some(z) => Value::complex(z.re, z.im),
        None => real,
    };
    if !numberlike(interp, &real) {
        let t = interp.type_name(&real);
        return Err(interp.type_error(format!("complex() first argument must be a string or a number, not '{t}'")));
    }
    if let Some(i) = &imag {
        if !numberlike(interp, i) {
            let t = interp.type_name(i);
            return Err(interp.type_error(format!("complex() second argument must be a number, not '{t}'")));
        }
    }
    // real + imag*1j, where either may itself be complex.
    let r = match &real {
        Value::Complex(z) => **z,
        other => Complex::new(real_arg(interp, other)?, 0.0),
    };
    let Some(imag) = imag else { return Ok(Value::complex(r.re, r.im)) };
    let i = match &imag {
        Value::Complex(z) => **z,
        other => Complex::new(real_arg(interp, other)?, 0.0),
    };
    // Only complex parts contribute across (adding a zero would lose a -0.0).
    let re = if matches!(imag, Value::Complex(_)) { r.re - i.im } else { r.re };
    let im = if matches!(real, Value::Complex(_)) { i.re + r.im } else { i.re };
    Ok(Value::complex(re, im))
}

// ---- methods -----------------------------------------------------------------

/// The receiver of a complex method.
fn receiver(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<Complex> {
    match args.first().unwrap_or(&Value::None) {
        Value::Complex(z) => Ok(**z),
        other => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("descriptor '{name}' for 'complex' objects doesn't apply to a '{t}' object")))
        }
    }
}

/// The receiver of a special method (`complex.__add__(z, w)`): CPython's
/// wording when it is not a complex.
fn self_arg(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<Complex> {
    match args.first() {
        Some(Value::Complex(z)) => Ok(**z),
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("descriptor '{name}' requires a 'complex' object but received a '{t}'")))
        }
        None => Err(interp.type_error(format!("descriptor '{name}' of 'complex' object needs an argument"))),
    }
}

/// The operand count of a special method: `expected 1 argument, got 0`.
fn expect_operands(interp: &mut Interp, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let msg = match (min, max) {
        (0, 0) => format!("expected 0 arguments, got {n}"),
        (1, 1) => format!("expected 1 argument, got {n}"),
        _ if n < min => format!("expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" }),
        _ => format!("expected at most {max} arguments, got {n}"),
    };
    Err(interp.type_error(msg))
}

/// `z.__add__(w)`, `z.__radd__(w)`, ...: NotImplemented for a non-number.
fn dunder_binop(interp: &mut Interp, args: &[Value], op: BinOp, name: &str, reflected: bool) -> PyResult<Value> {
    self_arg(interp, args, name)?;
    let max = if op == BinOp::Pow { 2 } else { 1 };
    expect_operands(interp, args, 1, max)?;
    let (a, b) = if reflected { (&args[1], &args[0]) } else { (&args[0], &args[1]) };
    if operand(interp, a)?.is_none() || operand(interp, b)?.is_none() {
        return Ok(Value::NotImplemented);
    }
    if args.get(2).is_some_and(|m| !m.is_none()) {
        return Err(interp.value_error("complex modulo"));
    }
    Ok(binop(interp, op, a, b)?.unwrap_or(Value::NotImplemented))
}

/// `z.__eq__(w)` and the rest: only equality is defined.
fn dunder_compare(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<Value> {
    let z = self_arg(interp, args, name)?;
    expect_operands(interp, args, 1, 1)?;
    let other = &args[1];
    let number = matches!(other, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_));
    Ok(match name {
        "__eq__" if number => Value::Bool(equals(z, other)),
        "__ne__" if number => Value::Bool(!equals(z, other)),
        _ => Value::NotImplemented,
    })
}

/// The receiver of a special method without operands.
fn unary_receiver(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<Complex> {
    let z = self_arg(interp, args, name)?;
    expect_operands(interp, args, 0, 0)?;
    Ok(z)
}

/// `z.__format__(spec)`.
fn dunder_format(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    self_arg(interp, args, "__format__")?;
    expect_operands(interp, args, 1, 1)?;
    let Some(spec) = args[1].as_str() else {
        let t = interp.type_name(&args[1]);
        return Err(interp.type_error(format!("__format__() argument must be str, not {t}")));
    };
    let spec = spec.to_string();
    interp.format_with_spec(&args[0], &spec).map(Value::string)
}

fn dunder_abs(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let z = self_arg(interp, args, "__abs__")?;
    expect_operands(interp, args, 0, 0)?;
    match abs(z) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(interp.overflow_error("absolute value too large")),
    }
}

fn conjugate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let z = receiver(interp, args, "conjugate")?;
    Ok(Value::complex(z.re, -z.im))
}

fn dunder_complex(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    receiver(interp, args, "__complex__")?;
    Ok(args[0].clone())
}

fn getnewargs(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let z = receiver(interp, args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(z.re), Value::Float(z.im)]))
}

/// CPython's `hash(z)`: `hash(re) + 1000003 * hash(im)`, wrapping as an
/// unsigned word (so a real `z` hashes as its real part does).
pub fn hash(z: Complex) -> i64 {
    let (re, im) = (super::numbers::float_hash(z.re) as u64, super::numbers::float_hash(z.im) as u64);
    let h = re.wrapping_add(im.wrapping_mul(1_000_003)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `complex == other` for an int, float or complex `other` (false for the rest).
pub fn equals(z: Complex, other: &Value) -> bool {
    match other {
        Value::Complex(w) => z.re == w.re && z.im == w.im,
        Value::Float(f) => z.im == 0.0 && z.re == *f,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            z.im == 0.0 && crate::vm::ops::to_bigint(other).is_some_and(|i| float_equals_int(z.re, &i))
        }
        _ => false,
    }
}

/// Exact comparison of a float with an int (no rounding of the int).
pub fn float_equals_int(f: f64, i: &num_bigint::BigInt) -> bool {
    use num_traits::FromPrimitive;
    f.is_finite() && f.fract() == 0.0 && num_bigint::BigInt::from_f64(f).is_some_and(|g| g == *i)
}
