//! Parsing of `int()` and `float()` string arguments with CPython 3.11's
//! rules and error messages.
//!
//! Like CPython, non-ASCII whitespace and Unicode decimal digits (`'١٢٣'`)
//! are first mapped to their ASCII counterparts; the ASCII text is then
//! parsed following `PyLong_FromString` and `PyFloat_FromString`.

use crate::objects::format::{max_str_digits, py_str_repr};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

/// Python's `int(s, base)` for a string `s`: surrounding whitespace, a sign,
/// single underscores between digits (and after a base prefix), the
/// `0x`/`0o`/`0b` prefixes for base 0 (which rejects leading zeros such as
/// `"010"`) and for bases 16/8/2.
///
/// Errors are CPython's `ValueError` messages, e.g.
/// `invalid literal for int() with base 10: 'abc'`.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, String> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err("int() base must be >= 2 and <= 36, or 0".to_string());
    }
    let ascii = to_ascii_form(s);
    parse_ascii_int(ascii.as_bytes(), base).map_err(|error| match error {
        IntError::Invalid => {
            let shown: String = py_str_repr(s).chars().take(200).collect();
            format!("invalid literal for int() with base {base}: {shown}")
        }
        IntError::TooManyDigits(digits) => {
            let limit = max_str_digits();
            format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: \
                 value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )
        }
    })
}

/// Python's `float(s)` for a string `s`: surrounding whitespace, underscores
/// between digits, `inf`/`infinity`/`nan` in any case with an optional sign.
/// The error is `could not convert string to float: 'abc'`.
pub fn parse_float(s: &str) -> Result<f64, String> {
    let error = || format!("could not convert string to float: {}", py_str_repr(s));
    let ascii = to_ascii_form(s);
    let trimmed = ascii.trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8));
    let cleaned = remove_underscores(trimmed).ok_or_else(error)?;
    cleaned.parse::<f64>().map_err(|_| error())
}

/// Python's `complex(s)` for a string `s`: a real part, an imaginary part
/// (`<float>j`), or both (`<float><signed float>j`), where a lone sign or
/// nothing before the `j` means 1; surrounded by optional whitespace and
/// optional parentheses inside it. The errors are CPython's:
/// `complex() arg is a malformed string`, or for a misplaced underscore
/// `could not convert string to complex: 'abc'`.
pub fn parse_complex(s: &str) -> Result<(f64, f64), String> {
    let malformed = || "complex() arg is a malformed string".to_string();
    let mut text = to_ascii_form(s);
    // CPython reads the text as a C string here: only underscores before a NUL
    // count, and with one there, a NUL is an error of the underscore kind too.
    let head = text.split('\0').next().unwrap_or("");
    if head.contains('_') {
        let cleaned = if head.len() == text.len() { remove_underscores(&text) } else { None };
        text = cleaned.ok_or_else(|| format!("could not convert string to complex: {}", py_str_repr(s)))?;
    }
    let b = text.as_bytes();
    let mut pos = skip_c_space(b, 0);
    let parenthesized = b.get(pos) == Some(&b'(');
    if parenthesized {
        pos = skip_c_space(b, pos + 1);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let unit = |c: u8| if c == b'-' { -1.0 } else { 1.0 };
    let (re, im) = match float_prefix(&b[pos..]) {
        Some((x, len)) => {
            pos += len;
            match b.get(pos) {
                Some(&sign @ (b'+' | b'-')) => {
                    let (y, len) = float_prefix(&b[pos..]).unwrap_or((unit(sign), 1));
                    pos += len;
                    if !is_j(b.get(pos)) {
                        return Err(malformed());
                    }
                    pos += 1;
                    (x, y)
                }
                Some(b'j' | b'J') => {
                    pos += 1;
                    (0.0, x)
                }
                _ => (x, 0.0),
            }
        }
        None => {
            let y = match b.get(pos) {
                Some(&sign @ (b'+' | b'-')) => {
                    pos += 1;
                    unit(sign)
                }
                _ => 1.0,
            };
            if !is_j(b.get(pos)) {
                return Err(malformed());
            }
            pos += 1;
            (0.0, y)
        }
    };
    pos = skip_c_space(b, pos);
    if parenthesized {
        if b.get(pos) != Some(&b')') {
            return Err(malformed());
        }
        pos = skip_c_space(b, pos + 1);
    }
    if pos != b.len() {
        return Err(malformed());
    }
    Ok((re, im))
}

/// The first position at or after `pos` that is not ASCII whitespace.
fn skip_c_space(b: &[u8], mut pos: usize) -> usize {
    while b.get(pos).is_some_and(|&c| is_c_space(c)) {
        pos += 1;
    }
    pos
}

/// The float that the longest prefix of `b` spells (an optional sign, then
/// `inf`, `infinity` or `nan` in any case, or digits with an optional point
/// and exponent), with that prefix's length.
fn float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let start = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let negative = b.first() == Some(&b'-');
    let rest = &b[start..];
    for (word, value) in [("infinity", f64::INFINITY), ("inf", f64::INFINITY), ("nan", f64::NAN)] {
        if rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word.as_bytes()) {
            return Some((if negative { -value } else { value }, start + word.len()));
        }
    }
    let digits_from = |from: usize| b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    let whole = digits_from(start);
    let mut end = start + whole;
    let mut fraction = 0;
    if b.get(end) == Some(&b'.') {
        fraction = digits_from(end + 1);
        end += 1 + fraction;
    }
    if whole + fraction == 0 {
        return None;
    }
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(b.get(end + 1), Some(b'+' | b'-')));
        let exponent = digits_from(end + 1 + sign);
        if exponent > 0 {
            end += 1 + sign + exponent;
        }
    }
    let text = std::str::from_utf8(&b[..end]).ok()?;
    Some((text.parse::<f64>().ok()?, end))
}

/// The decimal value of a Unicode decimal digit (category Nd, Unicode 14.0),
/// as CPython's `Py_UNICODE_TODECIMAL`: `'7'` and `'٧'` are both 7.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = u32::from(c);
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let index = DECIMAL_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = DECIMAL_ZEROS[index.checked_sub(1)?];
    (cp - zero < 10).then_some(cp - zero)
}

/// Python's `str.isspace()` for one character.
pub fn is_py_whitespace(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ') || (!c.is_ascii() && c.is_whitespace())
}

/// CPython's `Py_ISSPACE`: the ASCII whitespace recognised by the parsers.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII
/// whitespace becomes `' '`, non-ASCII decimal digits become ASCII digits,
/// and the text is cut after a `'?'` standing for any other non-ASCII
/// character (which makes parsing fail).
fn to_ascii_form(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if is_py_whitespace(c) {
            out.push(' ');
        } else if let Some(digit) = decimal_value(c).and_then(|d| char::from_digit(d, 10)) {
            out.push(digit);
        } else {
            out.push('?');
            break;
        }
    }
    out
}

/// Why [`parse_ascii_int`] failed.
enum IntError {
    /// Not a valid literal.
    Invalid,
    /// More decimal digits than [`max_str_digits`] allows (their count).
    TooManyDigits(usize),
}

/// The value of an ASCII digit in bases up to 36; 37 for anything else.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// Port of CPython's `PyLong_FromString` on ASCII text. Reading past the
/// end yields NUL, as on CPython's NUL-terminated buffer.
fn parse_ascii_int(text: &[u8], base: u32) -> Result<BigInt, IntError> {
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let mut sign = Sign::Plus;
    if at(i) == b'+' || at(i) == b'-' {
        if at(i) == b'-' {
            sign = Sign::Minus;
        }
        i += 1;
    }
    let (base, error_if_nonzero) = resolve_base(base, at(i), at(i + 1));
    if at(i) == b'0' && prefix_matches(base, at(i + 1)) {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(IntError::Invalid);
    }
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while digit_value(at(i)) < base || at(i) == b'_' {
        if at(i) == b'_' && prev == b'_' {
            return Err(IntError::Invalid);
        }
        if at(i) != b'_' {
            digits.push(at(i));
        }
        prev = at(i);
        i += 1;
    }
    if prev == b'_' {
        return Err(IntError::Invalid);
    }
    let limit = max_str_digits();
    if !base.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(IntError::TooManyDigits(digits.len()));
    }
    let magnitude = BigUint::parse_bytes(&digits, base).ok_or(IntError::Invalid)?;
    if error_if_nonzero && !magnitude.is_zero() {
        return Err(IntError::Invalid);
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != text.len() {
        return Err(IntError::Invalid);
    }
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// Resolves base 0 from the first two characters of the number; the flag
/// marks a C-style octal literal such as `010`, valid only if it is zero.
fn resolve_base(base: u32, first: u8, second: u8) -> (u32, bool) {
    if base != 0 {
        return (base, false);
    }
    if first != b'0' {
        return (10, false);
    }
    match second {
        b'x' | b'X' => (16, false),
        b'o' | b'O' => (8, false),
        b'b' | b'B' => (2, false),
        _ => (10, true),
    }
}

/// Whether `marker` (the character after a `0`) is the prefix of `base`.
fn prefix_matches(base: u32, marker: u8) -> bool {
    matches!((base, marker), (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B'))
}

/// Removes underscores that stand between two ASCII digits; `None` when an
/// underscore stands anywhere else.
fn remove_underscores(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut prev = '\0';
    for c in text.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

/// Code points of the digit zero of every run of ten Unicode decimal digits
/// (Unicode 14.0).
#[rustfmt::skip]
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6,
    0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0,
    0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0,
    0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2,
    0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values below were produced by CPython 3.11.

    #[test]
    fn parse_int_matches_python() {
        let cases: &[(&str, u32, Result<&str, &str>)] = &[
            ("42", 10, Ok("42")),
            ("  -12  ", 10, Ok("-12")),
            ("+7", 10, Ok("7")),
            ("1_000", 10, Ok("1000")),
            ("1__0", 10, Err("invalid literal for int() with base 10: '1__0'")),
            ("_1", 10, Err("invalid literal for int() with base 10: '_1'")),
            ("1_", 10, Err("invalid literal for int() with base 10: '1_'")),
            ("0x1f", 16, Ok("31")),
            ("1f", 16, Ok("31")),
            ("0X_1F", 16, Ok("31")),
            ("0x", 16, Err("invalid literal for int() with base 16: '0x'")),
            ("0x1f", 0, Ok("31")),
            ("0o17", 0, Ok("15")),
            ("0b101", 0, Ok("5")),
            ("010", 0, Err("invalid literal for int() with base 0: '010'")),
            ("000", 0, Ok("0")),
            ("0_0", 0, Ok("0")),
            ("017", 8, Ok("15")),
            ("0o17", 8, Ok("15")),
            ("0b11", 2, Ok("3")),
            ("z", 36, Ok("35")),
            ("Z", 36, Ok("35")),
            ("abc", 10, Err("invalid literal for int() with base 10: 'abc'")),
            ("", 10, Err("invalid literal for int() with base 10: ''")),
            ("  ", 10, Err("invalid literal for int() with base 10: '  '")),
            ("12", 1, Err("int() base must be >= 2 and <= 36, or 0")),
            ("12", 37, Err("int() base must be >= 2 and <= 36, or 0")),
            ("١٢٣", 10, Ok("123")),
            ("\u{3000} 7 \u{3000}", 10, Ok("7")),
            ("7\x1c", 10, Err("invalid literal for int() with base 10: '7\\x1c'")),
            ("1 2", 10, Err("invalid literal for int() with base 10: '1 2'")),
            ("1\x00", 10, Err("invalid literal for int() with base 10: '1\\x00'")),
            ("é", 10, Err("invalid literal for int() with base 10: 'é'")),
            ("0xg", 0, Err("invalid literal for int() with base 0: '0xg'")),
            ("9", 8, Err("invalid literal for int() with base 8: '9'")),
            ("- 1", 10, Err("invalid literal for int() with base 10: '- 1'")),
            ("123456789012345678901234567890", 10, Ok("123456789012345678901234567890")),
            ("-0", 10, Ok("0")),
            ("0b", 0, Err("invalid literal for int() with base 0: '0b'")),
            ("0x_", 16, Err("invalid literal for int() with base 16: '0x_'")),
        ];
        for &(text, base, expected) in cases {
            let got = parse_int(text, base).map(|v| v.to_string());
            let expected = expected.map(str::to_string).map_err(str::to_string);
            assert_eq!(got, expected, "int({text:?}, {base})");
        }
    }

    #[test]
    fn parse_int_error_repr_is_truncated() {
        let text = "a".repeat(250);
        let message = parse_int(&text, 10).unwrap_err();
        let expected = format!("invalid literal for int() with base 10: '{}", "a".repeat(199));
        assert_eq!(message, expected);
    }

    #[test]
    fn parse_int_digit_limit() {
        let message = parse_int(&"1".repeat(5000), 10).unwrap_err();
        assert_eq!(
            message,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 \
             digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(parse_int(&"1".repeat(4300), 10).unwrap().bits(), 14282);
        assert_eq!(parse_int(&"f".repeat(5000), 16).unwrap().bits(), 20000);
    }

    #[test]
    fn parse_float_matches_python() {
        let cases: &[(&str, Result<&str, &str>)] = &[
            ("1.5", Ok("1.5")),
            ("  -2.25  ", Ok("-2.25")),
            ("1e10", Ok("10000000000.0")),
            ("1E-5", Ok("1e-05")),
            (".5", Ok("0.5")),
            ("5.", Ok("5.0")),
            ("-.5e+3", Ok("-500.0")),
            ("inf", Ok("inf")),
            ("-Infinity", Ok("-inf")),
            ("+nan", Ok("nan")),
            ("NaN", Ok("nan")),
            ("iNfInItY", Ok("inf")),
            ("1_000.5", Ok("1000.5")),
            ("1_0e1_0", Ok("100000000000.0")),
            ("1__0", Err("could not convert string to float: '1__0'")),
            ("_1", Err("could not convert string to float: '_1'")),
            ("1_", Err("could not convert string to float: '1_'")),
            ("1_.5", Err("could not convert string to float: '1_.5'")),
            ("1._5", Err("could not convert string to float: '1._5'")),
            ("1e", Err("could not convert string to float: '1e'")),
            ("e5", Err("could not convert string to float: 'e5'")),
            (".", Err("could not convert string to float: '.'")),
            ("", Err("could not convert string to float: ''")),
            ("   ", Err("could not convert string to float: '   '")),
            ("abc", Err("could not convert string to float: 'abc'")),
            ("nan(1)", Err("could not convert string to float: 'nan(1)'")),
            ("infinit", Err("could not convert string to float: 'infinit'")),
            ("0x10", Err("could not convert string to float: '0x10'")),
            ("٣.٥", Ok("3.5")),
            ("\u{3000} 1.5 ", Ok("1.5")),
            ("1.5\x1c", Err("could not convert string to float: '1.5\\x1c'")),
            ("1e400", Ok("inf")),
            ("-1e400", Ok("-inf")),
            ("1e-400", Ok("0.0")),
            ("4.9e-324", Ok("5e-324")),
            ("0.1", Ok("0.1")),
            ("1,5", Err("could not convert string to float: '1,5'")),
            ("1.5\x00", Err("could not convert string to float: '1.5\\x00'")),
        ];
        for &(text, expected) in cases {
            let got = parse_float(text).map(crate::objects::format::float_repr);
            let expected = expected.map(str::to_string).map_err(str::to_string);
            assert_eq!(got, expected, "float({text:?})");
        }
    }

    #[test]
    fn unicode_digits_and_spaces() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0));
        assert_eq!(decimal_value('\u{1d7d7}'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{b2}'), None);
        assert!(is_py_whitespace('\x1c') && is_py_whitespace('\u{3000}'));
        assert!(!is_py_whitespace('\u{200b}') && !is_py_whitespace('a'));
    }

    #[test]
    fn parse_complex_matches_python() {
        // (input, Ok(repr of the result) or Err(message)), from CPython 3.11.
        let malformed = "complex() arg is a malformed string";
        let cases: &[(&str, Result<&str, &str>)] = &[
            ("1+2j", Ok("(1+2j)")),
            (" ( -1.5-J ) ", Ok("(-1.5-1j)")),
            ("j", Ok("1j")),
            ("-j", Ok("-1j")),
            ("infj", Ok("infj")),
            ("-nan+infj", Ok("(nan+infj)")),
            ("1e500", Ok("(inf+0j)")),
            ("-1e-500j", Ok("-0j")),
            ("1_0+2_0j", Ok("(10+20j)")),
            ("\u{663}+\u{664}j", Ok("(3+4j)")),
            ("", Err(malformed)),
            ("1 + 2j", Err(malformed)),
            ("1+2", Err(malformed)),
            ("(1+2j", Err(malformed)),
            ("1e1ej", Err(malformed)),
            ("1\0", Err(malformed)),
            ("1__2j", Err("could not convert string to complex: '1__2j'")),
            ("1_0\0", Err("could not convert string to complex: '1_0\\x00'")),
        ];
        for &(text, expected) in cases {
            let got = parse_complex(text).map(|(re, im)| crate::objects::format::complex_repr(re, im));
            let expected = expected.map(str::to_string).map_err(str::to_string);
            assert_eq!(got, expected, "complex({text:?})");
        }
    }
}
