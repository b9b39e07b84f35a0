//! The real-valued distributions: uniform, triangular, normal (two ways),
//! lognormal, exponential, von Mises, gamma, beta, Pareto and Weibull.

use super::args::{arith, bind, float_arg};
use super::{Gen, GAMMA, NORMAL};
use crate::syntax::ast::BinOp;
use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// `2 * pi` (`random.TWOPI`).
pub(super) const TWOPI: f64 = 2.0 * std::f64::consts::PI;
/// `log(4.0)` (`random.LOG4`).
pub(super) const LOG4: f64 = 1.3862943611198906;
/// `1.0 + log(4.5)` (`random.SG_MAGICCONST`).
pub(super) const SG_MAGICCONST: f64 = 2.504077396776274;

/// `4 * exp(-0.5) / sqrt(2.0)` (`random.NV_MAGICCONST`).
pub(super) fn nv_magicconst() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

/// `uniform(a, b)`: `a + (b - a) * self.random()`.
pub(super) fn uniform_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.uniform", args, kwargs, &["a", "b"], 2, &[])?;
    let (a, b) = (s[0].clone().unwrap_or(Value::None), s[1].clone().unwrap_or(Value::None));
    let d = arith(interp, BinOp::Sub, &b, &a)?;
    let u = Value::Float(g.random(interp)?);
    let t = arith(interp, BinOp::Mult, &d, &u)?;
    arith(interp, BinOp::Add, &a, &t)
}

/// `triangular(low=0.0, high=1.0, mode=None)`.
pub(super) fn triangular_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.triangular", args, kwargs, &["low", "high", "mode"], 0, &[])?;
    let mut low = s[0].clone().unwrap_or(Value::Float(0.0));
    let mut high = s[1].clone().unwrap_or(Value::Float(1.0));
    let mode = s[2].clone().unwrap_or(Value::None);
    let mut u = g.random(interp)?;
    let mut c = if mode.is_none() {
        0.5
    } else {
        let num = arith(interp, BinOp::Sub, &mode, &low)?;
        let den = arith(interp, BinOp::Sub, &high, &low)?;
        match interp.binary_op(BinOp::Div, &num, &den) {
            Ok(v) => float_arg(interp, &v)?,
            Err(e) => {
                let zde = interp.types.exc(Exc::ZeroDivisionError);
                if crate::vm::exceptions::is_subclass(&interp.type_of(&e), &zde) {
                    return Ok(low);
                }
                return Err(e);
            }
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    let d = arith(interp, BinOp::Sub, &high, &low)?;
    let t = arith(interp, BinOp::Mult, &d, &Value::Float((u * c).sqrt()))?;
    arith(interp, BinOp::Add, &low, &t)
}

/// `mu + z * sigma` with Python's arithmetic.
fn affine(interp: &mut Interp, mu: &Value, z: f64, sigma: &Value) -> PyResult<Value> {
    let t = arith(interp, BinOp::Mult, &Value::Float(z), sigma)?;
    arith(interp, BinOp::Add, mu, &t)
}

/// A standard normal deviate by Kinderman and Monahan's method.
fn normal_z(interp: &mut Interp, g: &Gen) -> PyResult<f64> {
    let magic = nv_magicconst();
    loop {
        let u1 = g.random(interp)?;
        let u2 = 1.0 - g.random(interp)?;
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return Ok(z);
        }
    }
}

/// `normalvariate(mu=0.0, sigma=1.0)`.
pub(super) fn normalvariate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.normalvariate", args, kwargs, &["mu", "sigma"], 0, &[])?;
    let mu = s[0].clone().unwrap_or(Value::Float(0.0));
    let sigma = s[1].clone().unwrap_or(Value::Float(1.0));
    let z = normal_z(interp, g)?;
    affine(interp, &mu, z, &sigma)
}

/// `gauss(mu=0.0, sigma=1.0)`: Box-Muller, keeping the second deviate in `gauss_next`.
pub(super) fn gauss_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.gauss", args, kwargs, &["mu", "sigma"], 0, &[])?;
    let mu = s[0].clone().unwrap_or(Value::Float(0.0));
    let sigma = s[1].clone().unwrap_or(Value::Float(1.0));
    let pending = g.gauss_next(interp)?;
    g.set_gauss_next(interp, Value::None)?;
    let z = if pending.is_none() {
        let x2pi = g.random(interp)? * TWOPI;
        let g2rad = (-2.0 * (1.0 - g.random(interp)?).ln()).sqrt();
        g.set_gauss_next(interp, Value::Float(x2pi.sin() * g2rad))?;
        Value::Float(x2pi.cos() * g2rad)
    } else {
        pending
    };
    let t = arith(interp, BinOp::Mult, &z, &sigma)?;
    arith(interp, BinOp::Add, &mu, &t)
}

/// `lognormvariate(mu, sigma)`: `exp(self.normalvariate(mu, sigma))`.
pub(super) fn lognormvariate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.lognormvariate", args, kwargs, &["mu", "sigma"], 2, &[])?;
    let (mu, sigma) = (s[0].clone().unwrap_or(Value::None), s[1].clone().unwrap_or(Value::None));
    let v = if g.mode & NORMAL != 0 {
        g.call(interp, "normalvariate", vec![mu, sigma])?
    } else {
        let z = normal_z(interp, g)?;
        affine(interp, &mu, z, &sigma)?
    };
    let x = float_arg(interp, &v)?;
    Ok(Value::Float(x.exp()))
}

/// `expovariate(lambd)`.
pub(super) fn expovariate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.expovariate", args, kwargs, &["lambd"], 1, &[])?;
    let lambd = float_arg(interp, s[0].as_ref().unwrap_or(&Value::None))?;
    let u = g.random(interp)?;
    if lambd == 0.0 {
        return Err(interp.zero_division("float division by zero"));
    }
    Ok(Value::Float(-(1.0 - u).ln() / lambd))
}

/// `vonmisesvariate(mu, kappa)`.
pub(super) fn vonmisesvariate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.vonmisesvariate", args, kwargs, &["mu", "kappa"], 2, &[])?;
    let mu = float_arg(interp, s[0].as_ref().unwrap_or(&Value::None))?;
    let kappa = float_arg(interp, s[1].as_ref().unwrap_or(&Value::None))?;
    if kappa <= 1e-6 {
        return Ok(Value::Float(TWOPI * g.random(interp)?));
    }
    let sv = 0.5 / kappa;
    let rr = sv + (1.0 + sv * sv).sqrt();
    let z = loop {
        let u1 = g.random(interp)?;
        let z = (std::f64::consts::PI * u1).cos();
        let d = z / (rr + z);
        let u2 = g.random(interp)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / rr;
    let f = (q + z) / (1.0 + q * z);
    let u3 = g.random(interp)?;
    let theta = if u3 > 0.5 {
        crate::vm::ops::float_mod(mu + f.acos(), TWOPI)
    } else {
        crate::vm::ops::float_mod(mu - f.acos(), TWOPI)
    };
    Ok(Value::Float(theta))
}

/// The gamma distribution's deviate (Cheng's method for alpha > 1, the
/// exponential for alpha == 1, Ahrens and Dieter's otherwise).
fn gamma_f(interp: &mut Interp, g: &Gen, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(interp.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - LOG4;
        let ccc = alpha + ainv;
        loop {
            let u1 = g.random(interp)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - g.random(interp)?;
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-(1.0 - g.random(interp)?).ln() * beta)
    } else {
        let e = std::f64::consts::E;
        let x = loop {
            let u = g.random(interp)?;
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 { p.powf(1.0 / alpha) } else { -((b - p) / alpha).ln() };
            let u1 = g.random(interp)?;
            if p > 1.0 {
                if u1 <= x.powf(alpha - 1.0) {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        };
        Ok(x * beta)
    }
}

/// `gammavariate(alpha, beta)`.
pub(super) fn gammavariate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.gammavariate", args, kwargs, &["alpha", "beta"], 2, &[])?;
    let alpha = float_arg(interp, s[0].as_ref().unwrap_or(&Value::None))?;
    let beta = float_arg(interp, s[1].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::Float(gamma_f(interp, g, alpha, beta)?))
}

/// `betavariate(alpha, beta)`: from two `self.gammavariate(x, 1.0)` draws.
pub(super) fn betavariate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.betavariate", args, kwargs, &["alpha", "beta"], 2, &[])?;
    let (a, b) = (s[0].clone().unwrap_or(Value::None), s[1].clone().unwrap_or(Value::None));
    if g.mode & GAMMA != 0 {
        let y = g.call(interp, "gammavariate", vec![a, Value::Float(1.0)])?;
        if !interp.truthy(&y)? {
            return Ok(Value::Float(0.0));
        }
        let z = g.call(interp, "gammavariate", vec![b, Value::Float(1.0)])?;
        let sum = arith(interp, BinOp::Add, &y, &z)?;
        return interp.binary_op(BinOp::Div, &y, &sum);
    }
    let alpha = float_arg(interp, &a)?;
    let beta = float_arg(interp, &b)?;
    let y = gamma_f(interp, g, alpha, 1.0)?;
    if y != 0.0 {
        let z = gamma_f(interp, g, beta, 1.0)?;
        return Ok(Value::Float(y / (y + z)));
    }
    Ok(Value::Float(0.0))
}

/// `paretovariate(alpha)`.
pub(super) fn paretovariate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.paretovariate", args, kwargs, &["alpha"], 1, &[])?;
    let alpha = float_arg(interp, s[0].as_ref().unwrap_or(&Value::None))?;
    let u = 1.0 - g.random(interp)?;
    if alpha == 0.0 {
        return Err(interp.zero_division("float division by zero"));
    }
    Ok(Value::Float(u.powf(-1.0 / alpha)))
}

/// `weibullvariate(alpha, beta)`.
pub(super) fn weibullvariate_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.weibullvariate", args, kwargs, &["alpha", "beta"], 2, &[])?;
    let alpha = float_arg(interp, s[0].as_ref().unwrap_or(&Value::None))?;
    let beta = float_arg(interp, s[1].as_ref().unwrap_or(&Value::None))?;
    let u = 1.0 - g.random(interp)?;
    if beta == 0.0 {
        return Err(interp.zero_division("float division by zero"));
    }
    Ok(Value::Float(alpha * (-u.ln()).powf(1.0 / beta)))
}
