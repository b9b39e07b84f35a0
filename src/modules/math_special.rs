//! The special functions of `math`: `erf` and `erfc` (the C library's, as CPython
//! 3.11 uses them) and `gamma` and `lgamma` (a Lanczos approximation with the
//! coefficients and case analysis CPython uses, so results agree to the last bit).

use super::math::{arg1, unary_result, OnInfinite};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

extern "C" {
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
}

/// `math.erf(x)`.
pub(super) fn erf(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let x = arg1(interp, args, "erf")?;
    // SAFETY: erf is a pure function of one double in the C math library.
    unary_result(interp, x, unsafe { c_erf(x) }, OnInfinite::Allowed)
}

/// `math.erfc(x)`.
pub(super) fn erfc(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let x = arg1(interp, args, "erfc")?;
    // SAFETY: erfc is a pure function of one double in the C math library.
    unary_result(interp, x, unsafe { c_erfc(x) }, OnInfinite::Allowed)
}

/// `math.gamma(x)`.
pub(super) fn gamma(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let x = arg1(interp, args, "gamma")?;
    special_result(interp, tgamma(x))
}

/// `math.lgamma(x)`.
pub(super) fn lgamma(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let x = arg1(interp, args, "lgamma")?;
    special_result(interp, log_gamma(x))
}

/// How a special function's evaluation ended.
enum Special {
    Value(f64),
    /// ValueError "math domain error".
    Domain,
    /// OverflowError "math range error".
    Range,
}

fn special_result(interp: &mut Interp, r: Special) -> PyResult<Value> {
    match r {
        Special::Value(v) => Ok(Value::Float(v)),
        Special::Domain => Err(interp.value_error("math domain error")),
        Special::Range => Err(interp.overflow_error("math range error")),
    }
}

/// ln(pi).
#[allow(clippy::excessive_precision)] // CPython's constant, digit for digit
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// The rational function of the Lanczos approximation at `x` (x > 0), evaluated in
/// the direction that keeps it accurate.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = (x.abs()) % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// Gamma(x) for x up to 23 at the positive integers: (x-1)!.
fn factorial_below(n: usize) -> f64 {
    (1..n).fold(1.0, |acc, k| acc * k as f64)
}

fn tgamma(x: f64) -> Special {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Special::Value(x) } else { Special::Domain };
    }
    if x == 0.0 {
        return Special::Domain;
    }
    if x == x.floor() {
        if x < 0.0 {
            return Special::Domain;
        }
        if x <= 23.0 {
            return Special::Value(factorial_below(x as usize));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Special::Range } else { Special::Value(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 { Special::Value(0.0 / sin_pi(x)) } else { Special::Range };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // Compute the error of the sum y exactly, for the correction below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -std::f64::consts::PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
        r
    };
    if r.is_infinite() {
        Special::Range
    } else {
        Special::Value(r)
    }
}

fn log_gamma(x: f64) -> Special {
    if !x.is_finite() {
        return Special::Value(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Special::Domain } else { Special::Value(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Special::Value(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // Reflection: lgamma(x) = log(pi) - log|sin(pi x)| - log|x| - lgamma(|x|).
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        Special::Range
    } else {
        Special::Value(r)
    }
}
