//! printf-style `%` formatting (`"%5.2f" % x`), following CPython 3.11's
//! `PyUnicode_Format`.
//!
//! [`parse_percent`] splits a format string into literal text and
//! conversion specs; the caller fetches the arguments (by position or by
//! `%(key)` from a mapping), resolves `*` counts, computes `str()`/`repr()`
//! /`ascii()` for `%s`/`%r`/`%a`, and renders each spec with
//! [`percent_int`], [`percent_float`], [`percent_str`] or [`percent_char`].

use super::scalar::{decimal_digits, double_to_string, DtsFlags, MAX_FORMAT_WIDTH};
use super::spec::truncate_chars;
use num_bigint::BigInt;
use num_traits::Signed;

/// The flags of a `%` conversion spec.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always show a sign on numbers.
    pub sign: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `#`: alternate form (`0x`/`0o` prefixes, kept decimal points).
    pub alt: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
}

/// A width or precision: a number, or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    /// A literal count.
    Num(usize),
    /// `*`: the next argument, an `int`. A negative width sets
    /// [`PercentFlags::left`] and uses its absolute value; a negative
    /// precision counts as 0 (see [`star_width`] and [`star_precision`]).
    Star,
}

/// One piece of a `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text, with `%%` already turned into `%`.
    Literal(String),
    /// A conversion spec `%[(key)][flags][width][.precision][hlL]conv`.
    Spec {
        /// The mapping key of `%(key)s`.
        key: Option<String>,
        /// The flags.
        flags: PercentFlags,
        /// The minimum width.
        width: Option<PercentCount>,
        /// The precision (`%.f` has precision 0).
        precision: Option<PercentCount>,
        /// The conversion: one of `s r a c d i u o x X e E f F g G`.
        conv: char,
    },
}

/// The conversions [`parse_percent`] accepts.
const CONVERSIONS: &str = "sracdiuoxXeEfFgG";

/// Splits a `%` format string into pieces. Errors are CPython's
/// `ValueError` messages: `incomplete format`, `incomplete format key`,
/// `unsupported format character 'z' (0x7a) at index 3`, `width too big`,
/// `precision too big`.
///
/// CPython reports these while formatting, left to right, so a missing
/// argument for an earlier spec (a `TypeError`) takes precedence there.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            literal.push(c);
        } else if chars.get(pos) == Some(&'%') {
            literal.push('%');
            pos += 1;
        } else {
            if !literal.is_empty() {
                pieces.push(PercentPiece::Literal(std::mem::take(&mut literal)));
            }
            pieces.push(parse_spec(&chars, &mut pos)?);
        }
    }
    if !literal.is_empty() {
        pieces.push(PercentPiece::Literal(literal));
    }
    Ok(pieces)
}

/// The next character, or the `incomplete format` error.
fn next_char(chars: &[char], pos: &mut usize) -> Result<char, String> {
    let c = chars.get(*pos).copied().ok_or_else(|| "incomplete format".to_string())?;
    *pos += 1;
    Ok(c)
}

/// Parses one spec; `pos` is just after the `%`.
fn parse_spec(chars: &[char], pos: &mut usize) -> Result<PercentPiece, String> {
    let key = if chars.get(*pos) == Some(&'(') { Some(parse_key(chars, pos)?) } else { None };
    let mut flags = PercentFlags::default();
    let mut ch = next_char(chars, pos)?;
    loop {
        match ch {
            '-' => flags.left = true,
            '+' => flags.sign = true,
            ' ' => flags.space = true,
            '#' => flags.alt = true,
            '0' => flags.zero = true,
            _ => break,
        }
        ch = next_char(chars, pos)?;
    }
    let width = parse_count(chars, pos, &mut ch, "width too big")?;
    let mut precision = None;
    if ch == '.' {
        ch = next_char(chars, pos)?;
        precision = Some(parse_count(chars, pos, &mut ch, "precision too big")?.unwrap_or(PercentCount::Num(0)));
    }
    if matches!(ch, 'h' | 'l' | 'L') {
        ch = next_char(chars, pos)?;
    }
    if !CONVERSIONS.contains(ch) {
        let shown = if (' '..='~').contains(&ch) { ch } else { '?' };
        return Err(format!("unsupported format character '{shown}' (0x{:x}) at index {}", u32::from(ch), *pos - 1));
    }
    Ok(PercentPiece::Spec { key, flags, width, precision, conv: ch })
}

/// Parses `(key)` with balanced parentheses; `pos` is at the `(`.
fn parse_key(chars: &[char], pos: &mut usize) -> Result<String, String> {
    let start = *pos + 1;
    let mut depth = 0usize;
    for (i, &c) in chars.iter().enumerate().skip(*pos) {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            *pos = i + 1;
            return Ok(chars[start..i].iter().collect());
        }
    }
    Err("incomplete format key".to_string())
}

/// Parses `*` or a decimal count starting at the current character `ch`,
/// leaving `ch` on the character after it.
fn parse_count(chars: &[char], pos: &mut usize, ch: &mut char, too_big: &str) -> Result<Option<PercentCount>, String> {
    if *ch == '*' {
        *ch = next_char(chars, pos)?;
        return Ok(Some(PercentCount::Star));
    }
    let Some(first) = ch.to_digit(10) else {
        return Ok(None);
    };
    let mut value = first as usize;
    loop {
        *ch = next_char(chars, pos)?;
        let Some(digit) = ch.to_digit(10) else {
            return Ok(Some(PercentCount::Num(value)));
        };
        value = value * 10 + digit as usize;
        if value > MAX_FORMAT_WIDTH {
            return Err(too_big.to_string());
        }
    }
}

/// Resolves a `*` width from its argument: negative means left-justified.
pub fn star_width(value: i64, flags: &mut PercentFlags) -> usize {
    if value < 0 {
        flags.left = true;
    }
    usize::try_from(value.unsigned_abs()).unwrap_or(usize::MAX)
}

/// Resolves a `*` precision from its argument: negative counts as 0.
pub fn star_precision(value: i64) -> usize {
    usize::try_from(value.max(0)).unwrap_or(usize::MAX)
}

/// Refuses counts that would need a giant allocation.
fn check_counts(width: Option<usize>, precision: Option<usize>) -> Result<(), String> {
    if width.is_some_and(|w| w > MAX_FORMAT_WIDTH) {
        return Err("width too big".to_string());
    }
    if precision.is_some_and(|p| p > MAX_FORMAT_WIDTH) {
        return Err("precision too big".to_string());
    }
    Ok(())
}

/// `%d %i %u %o %x %X` of an integer. `%#o` gives `0o17`, `%.5d` pads the
/// digits with zeros. Errors: too large counts, and more than 4300 decimal
/// digits (CPython's int/str conversion limit).
pub fn percent_int(
    v: &BigInt,
    flags: &PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> Result<String, String> {
    check_counts(width, precision)?;
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if base == 10 { decimal_digits(v.magnitude())? } else { v.magnitude().to_str_radix(base) };
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut text = String::new();
    if v.is_negative() {
        text.push('-');
    }
    if flags.alt {
        text.push_str(prefix);
    }
    let zeros = precision.unwrap_or(0).saturating_sub(digits.len());
    text.extend(std::iter::repeat_n('0', zeros));
    text.push_str(&digits);
    Ok(pad_output(&text, flags, width, conv, true))
}

/// `%e %E %f %F %g %G` of a float (precision 6 when absent).
pub fn percent_float(
    v: f64,
    flags: &PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> Result<String, String> {
    check_counts(width, precision)?;
    let dts = DtsFlags { alt: flags.alt, ..DtsFlags::default() };
    let text = double_to_string(v, conv, precision.unwrap_or(6), dts);
    Ok(pad_output(&text, flags, width, conv, true))
}

/// `%s %r %a`: `s` is the already computed `str()`/`repr()`/`ascii()` of
/// the argument; the precision truncates it.
pub fn percent_str(
    s: &str,
    flags: &PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> Result<String, String> {
    check_counts(width, None)?;
    let text = match precision {
        Some(precision) => truncate_chars(s, precision),
        None => s,
    };
    Ok(pad_output(text, flags, width, conv, false))
}

/// `%c` of a character (the caller converts an `int` argument or checks a
/// one-character `str`; CPython's errors are
/// `%c arg not in range(0x110000)` and `%c requires int or char`).
pub fn percent_char(c: char, flags: &PercentFlags, width: Option<usize>) -> Result<String, String> {
    check_counts(width, None)?;
    Ok(pad_output(&c.to_string(), flags, width, 'c', false))
}

/// Applies sign, prefix placement and padding (CPython's
/// `unicode_format_arg_output`). Numbers pad with zeros under the `0` flag,
/// placed after the sign and the `0x`/`0o` prefix.
fn pad_output(text: &str, flags: &PercentFlags, width: Option<usize>, conv: char, numeric: bool) -> String {
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut body = text;
    let mut sign = None;
    if numeric {
        if let Some(rest) = body.strip_prefix(['-', '+']) {
            sign = body.chars().next();
            body = rest;
        } else if flags.sign {
            sign = Some('+');
        } else if flags.space {
            sign = Some(' ');
        }
    }
    let mut prefix = "";
    if numeric && flags.alt && matches!(conv, 'x' | 'X' | 'o') && body.len() >= 2 {
        (prefix, body) = body.split_at(2);
    }
    let len = body.chars().count();
    let used = len + usize::from(sign.is_some()) + prefix.len();
    let padding = width.unwrap_or(0).saturating_sub(used);
    let mut out = String::with_capacity(text.len() + padding);
    if flags.left {
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', padding));
    } else if fill == '0' {
        out.extend(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', padding));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', padding));
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values below were produced by CPython 3.11.

    /// The argument of a one-argument `%` format in these tests.
    #[derive(Clone, Copy)]
    enum Arg<'a> {
        Int(i64),
        Float(f64),
        Str(&'a str),
    }

    /// `fmt % arg` for formats with a single spec and literal counts.
    fn apply(fmt: &str, arg: Arg) -> Result<String, String> {
        let mut out = String::new();
        for piece in parse_percent(fmt)? {
            match piece {
                PercentPiece::Literal(text) => out.push_str(&text),
                PercentPiece::Spec { flags, width, precision, conv, .. } => {
                    out.push_str(&render(arg, &flags, count(width), count(precision), conv)?)
                }
            }
        }
        Ok(out)
    }

    /// A literal count.
    fn count(c: Option<PercentCount>) -> Option<usize> {
        match c {
            Some(PercentCount::Num(n)) => Some(n),
            _ => None,
        }
    }

    /// Renders one spec.
    fn render(
        arg: Arg,
        flags: &PercentFlags,
        width: Option<usize>,
        precision: Option<usize>,
        conv: char,
    ) -> Result<String, String> {
        match arg {
            Arg::Int(v) => percent_int(&BigInt::from(v), flags, width, precision, conv),
            Arg::Float(v) => percent_float(v, flags, width, precision, conv),
            Arg::Str(s) if conv == 'c' => percent_char(s.chars().next().unwrap(), flags, width),
            Arg::Str(s) => percent_str(s, flags, width, precision, conv),
        }
    }

    #[test]
    fn ints_match_python() {
        let cases: &[(&str, i64, Result<&str, &str>)] = &[
            ("%d", 0, Ok("0")),
            ("%d", 42, Ok("42")),
            ("%d", -42, Ok("-42")),
            ("%d", 255, Ok("255")),
            ("%d", -255, Ok("-255")),
            ("%5d", 0, Ok("    0")),
            ("%5d", 42, Ok("   42")),
            ("%5d", -42, Ok("  -42")),
            ("%5d", 255, Ok("  255")),
            ("%5d", -255, Ok(" -255")),
            ("%-5d|", 0, Ok("0    |")),
            ("%-5d|", 42, Ok("42   |")),
            ("%-5d|", -42, Ok("-42  |")),
            ("%-5d|", 255, Ok("255  |")),
            ("%-5d|", -255, Ok("-255 |")),
            ("%05d", 0, Ok("00000")),
            ("%05d", 42, Ok("00042")),
            ("%05d", -42, Ok("-0042")),
            ("%05d", 255, Ok("00255")),
            ("%05d", -255, Ok("-0255")),
            ("%+d", 0, Ok("+0")),
            ("%+d", 42, Ok("+42")),
            ("%+d", -42, Ok("-42")),
            ("%+d", 255, Ok("+255")),
            ("%+d", -255, Ok("-255")),
            ("% d", 0, Ok(" 0")),
            ("% d", 42, Ok(" 42")),
            ("% d", -42, Ok("-42")),
            ("% d", 255, Ok(" 255")),
            ("% d", -255, Ok("-255")),
            ("%+05d", 0, Ok("+0000")),
            ("%+05d", 42, Ok("+0042")),
            ("%+05d", -42, Ok("-0042")),
            ("%+05d", 255, Ok("+0255")),
            ("%+05d", -255, Ok("-0255")),
            ("% 05d", 0, Ok(" 0000")),
            ("% 05d", 42, Ok(" 0042")),
            ("% 05d", -42, Ok("-0042")),
            ("% 05d", 255, Ok(" 0255")),
            ("% 05d", -255, Ok("-0255")),
            ("%-05d|", 0, Ok("0    |")),
            ("%-05d|", 42, Ok("42   |")),
            ("%-05d|", -42, Ok("-42  |")),
            ("%-05d|", 255, Ok("255  |")),
            ("%-05d|", -255, Ok("-255 |")),
            ("%.5d", 0, Ok("00000")),
            ("%.5d", 42, Ok("00042")),
            ("%.5d", -42, Ok("-00042")),
            ("%.5d", 255, Ok("00255")),
            ("%.5d", -255, Ok("-00255")),
            ("%8.5d", 0, Ok("   00000")),
            ("%8.5d", 42, Ok("   00042")),
            ("%8.5d", -42, Ok("  -00042")),
            ("%8.5d", 255, Ok("   00255")),
            ("%8.5d", -255, Ok("  -00255")),
            ("%x", 0, Ok("0")),
            ("%x", 42, Ok("2a")),
            ("%x", -42, Ok("-2a")),
            ("%x", 255, Ok("ff")),
            ("%x", -255, Ok("-ff")),
            ("%X", 0, Ok("0")),
            ("%X", 42, Ok("2A")),
            ("%X", -42, Ok("-2A")),
            ("%X", 255, Ok("FF")),
            ("%X", -255, Ok("-FF")),
            ("%#x", 0, Ok("0x0")),
            ("%#x", 42, Ok("0x2a")),
            ("%#x", -42, Ok("-0x2a")),
            ("%#x", 255, Ok("0xff")),
            ("%#x", -255, Ok("-0xff")),
            ("%#X", 0, Ok("0X0")),
            ("%#X", 42, Ok("0X2A")),
            ("%#X", -42, Ok("-0X2A")),
            ("%#X", 255, Ok("0XFF")),
            ("%#X", -255, Ok("-0XFF")),
            ("%#o", 0, Ok("0o0")),
            ("%#o", 42, Ok("0o52")),
            ("%#o", -42, Ok("-0o52")),
            ("%#o", 255, Ok("0o377")),
            ("%#o", -255, Ok("-0o377")),
            ("%o", 0, Ok("0")),
            ("%o", 42, Ok("52")),
            ("%o", -42, Ok("-52")),
            ("%o", 255, Ok("377")),
            ("%o", -255, Ok("-377")),
            ("%#8x", 0, Ok("     0x0")),
            ("%#8x", 42, Ok("    0x2a")),
            ("%#8x", -42, Ok("   -0x2a")),
            ("%#8x", 255, Ok("    0xff")),
            ("%#8x", -255, Ok("   -0xff")),
            ("%#08x", 0, Ok("0x000000")),
            ("%#08x", 42, Ok("0x00002a")),
            ("%#08x", -42, Ok("-0x0002a")),
            ("%#08x", 255, Ok("0x0000ff")),
            ("%#08x", -255, Ok("-0x000ff")),
            ("%#-8X|", 0, Ok("0X0     |")),
            ("%#-8X|", 42, Ok("0X2A    |")),
            ("%#-8X|", -42, Ok("-0X2A   |")),
            ("%#-8X|", 255, Ok("0XFF    |")),
            ("%#-8X|", -255, Ok("-0XFF   |")),
            ("%i", 0, Ok("0")),
            ("%i", 42, Ok("42")),
            ("%i", -42, Ok("-42")),
            ("%i", 255, Ok("255")),
            ("%i", -255, Ok("-255")),
            ("%u", 0, Ok("0")),
            ("%u", 42, Ok("42")),
            ("%u", -42, Ok("-42")),
            ("%u", 255, Ok("255")),
            ("%u", -255, Ok("-255")),
            ("%ld", 0, Ok("0")),
            ("%ld", 42, Ok("42")),
            ("%ld", -42, Ok("-42")),
            ("%ld", 255, Ok("255")),
            ("%ld", -255, Ok("-255")),
            ("%#.5o", 0, Ok("0o00000")),
            ("%#.5o", 42, Ok("0o00052")),
            ("%#.5o", -42, Ok("-0o00052")),
            ("%#.5o", 255, Ok("0o00377")),
            ("%#.5o", -255, Ok("-0o00377")),
            ("%+#010x", 0, Ok("+0x0000000")),
            ("%+#010x", 42, Ok("+0x000002a")),
            ("%+#010x", -42, Ok("-0x000002a")),
            ("%+#010x", 255, Ok("+0x00000ff")),
            ("%+#010x", -255, Ok("-0x00000ff")),
        ];
        for &(fmt, value, expected) in cases {
            let expected = expected.map(str::to_string).map_err(str::to_string);
            assert_eq!(apply(fmt, Arg::Int(value)), expected, "{fmt:?} % {value}");
        }
    }

    #[test]
    fn floats_match_python() {
        let cases: &[(&str, f64, Result<&str, &str>)] = &[
            ("%f", 0.0, Ok("0.000000")),
            ("%f", -0.0, Ok("-0.000000")),
            ("%f", 2.675, Ok("2.675000")),
            ("%f", -1234.5678, Ok("-1234.567800")),
            ("%f", 1e+20, Ok("100000000000000000000.000000")),
            ("%f", 1.5e-07, Ok("0.000000")),
            ("%f", f64::INFINITY, Ok("inf")),
            ("%f", f64::NAN, Ok("nan")),
            ("%.2f", 0.0, Ok("0.00")),
            ("%.2f", -0.0, Ok("-0.00")),
            ("%.2f", 2.675, Ok("2.67")),
            ("%.2f", -1234.5678, Ok("-1234.57")),
            ("%.2f", 1e+20, Ok("100000000000000000000.00")),
            ("%.2f", 1.5e-07, Ok("0.00")),
            ("%.2f", f64::INFINITY, Ok("inf")),
            ("%.2f", f64::NAN, Ok("nan")),
            ("%10.3f", 0.0, Ok("     0.000")),
            ("%10.3f", -0.0, Ok("    -0.000")),
            ("%10.3f", 2.675, Ok("     2.675")),
            ("%10.3f", -1234.5678, Ok(" -1234.568")),
            ("%10.3f", 1e+20, Ok("100000000000000000000.000")),
            ("%10.3f", 1.5e-07, Ok("     0.000")),
            ("%10.3f", f64::INFINITY, Ok("       inf")),
            ("%10.3f", f64::NAN, Ok("       nan")),
            ("%-10.1f|", 0.0, Ok("0.0       |")),
            ("%-10.1f|", -0.0, Ok("-0.0      |")),
            ("%-10.1f|", 2.675, Ok("2.7       |")),
            ("%-10.1f|", -1234.5678, Ok("-1234.6   |")),
            ("%-10.1f|", 1e+20, Ok("100000000000000000000.0|")),
            ("%-10.1f|", 1.5e-07, Ok("0.0       |")),
            ("%-10.1f|", f64::INFINITY, Ok("inf       |")),
            ("%-10.1f|", f64::NAN, Ok("nan       |")),
            ("%010.2f", 0.0, Ok("0000000.00")),
            ("%010.2f", -0.0, Ok("-000000.00")),
            ("%010.2f", 2.675, Ok("0000002.67")),
            ("%010.2f", -1234.5678, Ok("-001234.57")),
            ("%010.2f", 1e+20, Ok("100000000000000000000.00")),
            ("%010.2f", 1.5e-07, Ok("0000000.00")),
            ("%010.2f", f64::INFINITY, Ok("0000000inf")),
            ("%010.2f", f64::NAN, Ok("0000000nan")),
            ("%+f", 0.0, Ok("+0.000000")),
            ("%+f", -0.0, Ok("-0.000000")),
            ("%+f", 2.675, Ok("+2.675000")),
            ("%+f", -1234.5678, Ok("-1234.567800")),
            ("%+f", 1e+20, Ok("+100000000000000000000.000000")),
            ("%+f", 1.5e-07, Ok("+0.000000")),
            ("%+f", f64::INFINITY, Ok("+inf")),
            ("%+f", f64::NAN, Ok("+nan")),
            ("% f", 0.0, Ok(" 0.000000")),
            ("% f", -0.0, Ok("-0.000000")),
            ("% f", 2.675, Ok(" 2.675000")),
            ("% f", -1234.5678, Ok("-1234.567800")),
            ("% f", 1e+20, Ok(" 100000000000000000000.000000")),
            ("% f", 1.5e-07, Ok(" 0.000000")),
            ("% f", f64::INFINITY, Ok(" inf")),
            ("% f", f64::NAN, Ok(" nan")),
            ("%e", 0.0, Ok("0.000000e+00")),
            ("%e", -0.0, Ok("-0.000000e+00")),
            ("%e", 2.675, Ok("2.675000e+00")),
            ("%e", -1234.5678, Ok("-1.234568e+03")),
            ("%e", 1e+20, Ok("1.000000e+20")),
            ("%e", 1.5e-07, Ok("1.500000e-07")),
            ("%e", f64::INFINITY, Ok("inf")),
            ("%e", f64::NAN, Ok("nan")),
            ("%.3E", 0.0, Ok("0.000E+00")),
            ("%.3E", -0.0, Ok("-0.000E+00")),
            ("%.3E", 2.675, Ok("2.675E+00")),
            ("%.3E", -1234.5678, Ok("-1.235E+03")),
            ("%.3E", 1e+20, Ok("1.000E+20")),
            ("%.3E", 1.5e-07, Ok("1.500E-07")),
            ("%.3E", f64::INFINITY, Ok("INF")),
            ("%.3E", f64::NAN, Ok("NAN")),
            ("%g", 0.0, Ok("0")),
            ("%g", -0.0, Ok("-0")),
            ("%g", 2.675, Ok("2.675")),
            ("%g", -1234.5678, Ok("-1234.57")),
            ("%g", 1e+20, Ok("1e+20")),
            ("%g", 1.5e-07, Ok("1.5e-07")),
            ("%g", f64::INFINITY, Ok("inf")),
            ("%g", f64::NAN, Ok("nan")),
            ("%G", 0.0, Ok("0")),
            ("%G", -0.0, Ok("-0")),
            ("%G", 2.675, Ok("2.675")),
            ("%G", -1234.5678, Ok("-1234.57")),
            ("%G", 1e+20, Ok("1E+20")),
            ("%G", 1.5e-07, Ok("1.5E-07")),
            ("%G", f64::INFINITY, Ok("INF")),
            ("%G", f64::NAN, Ok("NAN")),
            ("%#g", 0.0, Ok("0.00000")),
            ("%#g", -0.0, Ok("-0.00000")),
            ("%#g", 2.675, Ok("2.67500")),
            ("%#g", -1234.5678, Ok("-1234.57")),
            ("%#g", 1e+20, Ok("1.00000e+20")),
            ("%#g", 1.5e-07, Ok("1.50000e-07")),
            ("%#g", f64::INFINITY, Ok("inf")),
            ("%#g", f64::NAN, Ok("nan")),
            ("%#.0f", 0.0, Ok("0.")),
            ("%#.0f", -0.0, Ok("-0.")),
            ("%#.0f", 2.675, Ok("3.")),
            ("%#.0f", -1234.5678, Ok("-1235.")),
            ("%#.0f", 1e+20, Ok("100000000000000000000.")),
            ("%#.0f", 1.5e-07, Ok("0.")),
            ("%#.0f", f64::INFINITY, Ok("inf")),
            ("%#.0f", f64::NAN, Ok("nan")),
            ("%.0f", 0.0, Ok("0")),
            ("%.0f", -0.0, Ok("-0")),
            ("%.0f", 2.675, Ok("3")),
            ("%.0f", -1234.5678, Ok("-1235")),
            ("%.0f", 1e+20, Ok("100000000000000000000")),
            ("%.0f", 1.5e-07, Ok("0")),
            ("%.0f", f64::INFINITY, Ok("inf")),
            ("%.0f", f64::NAN, Ok("nan")),
            ("%.f", 0.0, Ok("0")),
            ("%.f", -0.0, Ok("-0")),
            ("%.f", 2.675, Ok("3")),
            ("%.f", -1234.5678, Ok("-1235")),
            ("%.f", 1e+20, Ok("100000000000000000000")),
            ("%.f", 1.5e-07, Ok("0")),
            ("%.f", f64::INFINITY, Ok("inf")),
            ("%.f", f64::NAN, Ok("nan")),
            ("%+.3e", 0.0, Ok("+0.000e+00")),
            ("%+.3e", -0.0, Ok("-0.000e+00")),
            ("%+.3e", 2.675, Ok("+2.675e+00")),
            ("%+.3e", -1234.5678, Ok("-1.235e+03")),
            ("%+.3e", 1e+20, Ok("+1.000e+20")),
            ("%+.3e", 1.5e-07, Ok("+1.500e-07")),
            ("%+.3e", f64::INFINITY, Ok("+inf")),
            ("%+.3e", f64::NAN, Ok("+nan")),
            ("%12g", 0.0, Ok("           0")),
            ("%12g", -0.0, Ok("          -0")),
            ("%12g", 2.675, Ok("       2.675")),
            ("%12g", -1234.5678, Ok("    -1234.57")),
            ("%12g", 1e+20, Ok("       1e+20")),
            ("%12g", 1.5e-07, Ok("     1.5e-07")),
            ("%12g", f64::INFINITY, Ok("         inf")),
            ("%12g", f64::NAN, Ok("         nan")),
            ("%F", 0.0, Ok("0.000000")),
            ("%F", -0.0, Ok("-0.000000")),
            ("%F", 2.675, Ok("2.675000")),
            ("%F", -1234.5678, Ok("-1234.567800")),
            ("%F", 1e+20, Ok("100000000000000000000.000000")),
            ("%F", 1.5e-07, Ok("0.000000")),
            ("%F", f64::INFINITY, Ok("INF")),
            ("%F", f64::NAN, Ok("NAN")),
            ("%.10g", 0.0, Ok("0")),
            ("%.10g", -0.0, Ok("-0")),
            ("%.10g", 2.675, Ok("2.675")),
            ("%.10g", -1234.5678, Ok("-1234.5678")),
            ("%.10g", 1e+20, Ok("1e+20")),
            ("%.10g", 1.5e-07, Ok("1.5e-07")),
            ("%.10g", f64::INFINITY, Ok("inf")),
            ("%.10g", f64::NAN, Ok("nan")),
        ];
        for &(fmt, value, expected) in cases {
            let expected = expected.map(str::to_string).map_err(str::to_string);
            assert_eq!(apply(fmt, Arg::Float(value)), expected, "{fmt:?} % {value:?}");
        }
    }

    #[test]
    fn strs_match_python() {
        let cases: &[(&str, &str, Result<&str, &str>)] = &[
            ("%s", "a", Ok("a")),
            ("%s", "héllo", Ok("héllo")),
            ("%s", "😀", Ok("😀")),
            ("%5s", "a", Ok("    a")),
            ("%5s", "héllo", Ok("héllo")),
            ("%5s", "😀", Ok("    😀")),
            ("%-5s|", "a", Ok("a    |")),
            ("%-5s|", "héllo", Ok("héllo|")),
            ("%-5s|", "😀", Ok("😀    |")),
            ("%.2s", "a", Ok("a")),
            ("%.2s", "héllo", Ok("hé")),
            ("%.2s", "😀", Ok("😀")),
            ("%5.1s", "a", Ok("    a")),
            ("%5.1s", "héllo", Ok("    h")),
            ("%5.1s", "😀", Ok("    😀")),
            ("%05s", "a", Ok("    a")),
            ("%05s", "héllo", Ok("héllo")),
            ("%05s", "😀", Ok("    😀")),
            ("%+s", "a", Ok("a")),
            ("%+s", "héllo", Ok("héllo")),
            ("%+s", "😀", Ok("😀")),
            ("%c", "a", Ok("a")),
            ("%c", "😀", Ok("😀")),
            ("%3c", "a", Ok("  a")),
            ("%3c", "😀", Ok("  😀")),
            ("%-3c|", "a", Ok("a  |")),
            ("%-3c|", "😀", Ok("😀  |")),
            ("%05c", "a", Ok("    a")),
            ("%05c", "😀", Ok("    😀")),
        ];
        for &(fmt, value, expected) in cases {
            let expected = expected.map(str::to_string).map_err(str::to_string);
            assert_eq!(apply(fmt, Arg::Str(value)), expected, "{fmt:?} % {value:?}");
        }
    }

    #[test]
    fn parse_errors_match_python() {
        let cases: &[(&str, Result<&str, &str>)] = &[
            ("%", Err("incomplete format")),
            ("abc%", Err("incomplete format")),
            ("%5", Err("incomplete format")),
            ("%.", Err("incomplete format")),
            ("%(a", Err("incomplete format key")),
            ("%(a)", Err("incomplete format")),
            ("%z", Err("unsupported format character 'z' (0x7a) at index 1")),
            ("ab%z", Err("unsupported format character 'z' (0x7a) at index 3")),
            ("%5%", Err("unsupported format character '%' (0x25) at index 2")),
            ("%(a)%", Err("unsupported format character '%' (0x25) at index 4")),
            ("%-+ #0", Err("incomplete format")),
            ("%\x01", Err("unsupported format character '?' (0x1) at index 1")),
            ("%é", Err("unsupported format character '?' (0xe9) at index 1")),
            ("%ll", Err("unsupported format character 'l' (0x6c) at index 2")),
        ];
        for &(fmt, expected) in cases {
            let got = parse_percent(fmt).map(|_| String::new());
            assert_eq!(got.unwrap_err(), expected.unwrap_err(), "{fmt:?}");
        }
    }

    #[test]
    fn parse_pieces() {
        let pieces = parse_percent("a%%b%(k(x))-*.*ld%s").unwrap();
        let left = PercentFlags { left: true, ..PercentFlags::default() };
        let spec = |key: Option<&str>, flags, width, precision, conv| PercentPiece::Spec {
            key: key.map(str::to_string),
            flags,
            width,
            precision,
            conv,
        };
        let star = Some(PercentCount::Star);
        let expected = vec![
            PercentPiece::Literal("a%b".to_string()),
            spec(Some("k(x)"), left, star, star, 'd'),
            spec(None, PercentFlags::default(), None, None, 's'),
        ];
        assert_eq!(pieces, expected);
        let zero = Some(PercentCount::Num(0));
        let expected = vec![spec(None, PercentFlags::default(), None, zero, 'f')];
        assert_eq!(parse_percent("%.f").unwrap(), expected);
    }

    #[test]
    fn star_counts() {
        let mut flags = PercentFlags::default();
        assert_eq!(star_width(-5, &mut flags), 5);
        assert!(flags.left);
        assert_eq!(star_precision(-3), 0);
        assert_eq!(star_precision(4), 4);
    }

    #[test]
    fn giant_counts_are_refused() {
        let width_error = Err("width too big".to_string());
        assert_eq!(parse_percent("%999999999999d"), width_error);
        let precision_error = Err("precision too big".to_string());
        assert_eq!(parse_percent("%.999999999999d"), precision_error);
        let flags = PercentFlags::default();
        let one = BigInt::from(1);
        let huge = Some(usize::MAX);
        assert!(percent_int(&one, &flags, huge, None, 'd').is_err());
        assert!(percent_float(1.0, &flags, None, huge, 'f').is_err());
        assert!(percent_str("a", &flags, huge, None, 's').is_err());
        assert_eq!(percent_str("abc", &flags, None, huge, 's').unwrap(), "abc");
    }
}
