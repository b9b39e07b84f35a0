//! The format-specification mini language of `format(value, spec)`,
//! f-strings (`f"{x:>10}"`) and `str.format`, following CPython 3.11's
//! `Python/formatter_unicode.c`.
//!
//! A spec is parsed once into a [`FormatSpec`] and then rendered for an
//! `int` ([`format_int`]), a `float` ([`format_float`]) or a `str`
//! ([`format_str`]). Type-dependent defaults (alignment, presentation type)
//! are applied when rendering, so one parsed spec serves every type. The
//! `*_spec` helpers parse and render in one call with exact error messages.

use super::scalar::{decimal_digits, double_to_string, DtsFlags, MAX_FORMAT_WIDTH, TOO_MANY_DIGITS};
use crate::objects::numparse::decimal_value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// A parsed format spec:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character, when given before an alignment.
    pub fill: Option<char>,
    /// Alignment: `<`, `>`, `^` or `=`, when given.
    pub align: Option<char>,
    /// Sign option: `+`, `-` or ` `, when given.
    pub sign: Option<char>,
    /// `z`: show a negative zero (after rounding) as positive (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form (`0x` prefixes, kept decimal points).
    pub alternate: bool,
    /// `0` before the width: zero padding (only recorded when no fill is given).
    pub zero: bool,
    /// Minimum field width in characters.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision (digits for floats, maximum length for strings).
    pub precision: Option<usize>,
    /// Presentation type, such as `d`, `x`, `f` or `s`.
    pub ty: Option<char>,
}

/// Digit grouping: the separator and the group size.
type Grouping = Option<(char, usize)>;

impl FormatSpec {
    #[cfg(test)] // used by the tests below
    /// Parses a spec. The message for trailing garbage names the type
    /// `object`; use [`FormatSpec::parse_for`] for CPython's exact message.
    pub fn parse(spec: &str) -> Result<FormatSpec, String> {
        Self::parse_for(spec, "object")
    }

    /// Parses a spec destined for a value of type `type_name`, which appears
    /// in the error `Invalid format specifier 'abc' for object of type 'int'`.
    pub fn parse_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let mut out = FormatSpec::default();
        let mut pos = 0;
        if chars.len() >= 2 && is_align(chars[1]) {
            out.fill = Some(chars[0]);
            out.align = Some(chars[1]);
            pos = 2;
        } else if chars.first().copied().is_some_and(is_align) {
            out.align = Some(chars[0]);
            pos = 1;
        }
        if let Some(&sign @ ('+' | '-' | ' ')) = chars.get(pos) {
            out.sign = Some(sign);
            pos += 1;
        }
        out.no_neg_zero = eat(&chars, &mut pos, 'z');
        out.alternate = eat(&chars, &mut pos, '#');
        out.zero = out.fill.is_none() && eat(&chars, &mut pos, '0');
        out.width = parse_count(&chars, &mut pos)?;
        out.grouping = parse_grouping(&chars, &mut pos)?;
        if eat(&chars, &mut pos, '.') {
            let precision = parse_count(&chars, &mut pos)?;
            out.precision = Some(precision.ok_or_else(|| "Format specifier missing precision".to_string())?);
        }
        match &chars[pos..] {
            [] => {}
            [ty] => out.ty = Some(*ty),
            _ => return Err(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")),
        }
        Ok(out)
    }

    /// The fill character: explicit, `0` with the zero flag, else a space.
    fn fill_char(&self) -> char {
        match (self.fill, self.zero) {
            (Some(fill), _) => fill,
            (None, true) => '0',
            (None, false) => ' ',
        }
    }

    /// The alignment: explicit, `=` for zero-padded numbers, else `default`.
    fn align_or(&self, default: char) -> char {
        match self.align {
            Some(align) => align,
            None if self.zero && default == '>' => '=',
            None => default,
        }
    }

    /// The width (0 when absent), refused above [`MAX_FORMAT_WIDTH`].
    fn checked_width(&self) -> Result<usize, String> {
        match self.width {
            Some(width) if width > MAX_FORMAT_WIDTH => Err(TOO_MANY_DIGITS.to_string()),
            width => Ok(width.unwrap_or(0)),
        }
    }

    /// Validates the thousands separator against the effective type `ty`
    /// (as CPython's parser does) and returns the grouping to apply.
    fn grouping_for(&self, ty: Option<char>) -> Result<Grouping, String> {
        let Some(separator) = self.grouping else {
            return Ok(None);
        };
        match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(Some((separator, 3))),
            Some('b' | 'o' | 'x' | 'X') if separator == '_' => Ok(Some((separator, 4))),
            Some(ty) => Err(format!("Cannot specify '{separator}' with {}.", quoted_code(ty))),
        }
    }
}

/// Whether `c` is an alignment character.
fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// Consumes `c` at `pos` if present.
fn eat(chars: &[char], pos: &mut usize, c: char) -> bool {
    let found = chars.get(*pos) == Some(&c);
    if found {
        *pos += 1;
    }
    found
}

/// Reads a run of (Unicode) decimal digits; `None` when there is none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut value: Option<usize> = None;
    while let Some(digit) = chars.get(*pos).copied().and_then(decimal_value) {
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| TOO_MANY_DIGITS.to_string())?;
        value = Some(next);
        *pos += 1;
    }
    Ok(value)
}

/// Reads the optional `,` or `_` separator.
fn parse_grouping(chars: &[char], pos: &mut usize) -> Result<Option<char>, String> {
    const BOTH: &str = "Cannot specify both ',' and '_'.";
    let mut grouping = None;
    if eat(chars, pos, ',') {
        grouping = Some(',');
    }
    if eat(chars, pos, '_') {
        if grouping.is_some() {
            return Err(BOTH.to_string());
        }
        grouping = Some('_');
    }
    if grouping == Some('_') && chars.get(*pos) == Some(&',') {
        return Err(BOTH.to_string());
    }
    Ok(grouping)
}

/// A type code in quotes, as CPython prints it in error messages.
fn quoted_code(ty: char) -> String {
    let code = u32::from(ty);
    if code > 32 && code < 128 {
        format!("'{ty}'")
    } else {
        format!("'\\x{code:x}'")
    }
}

/// `Unknown format code 'q' for object of type 'int'`.
fn unknown_code(ty: char, type_name: &str) -> String {
    format!("Unknown format code {} for object of type '{type_name}'", quoted_code(ty))
}

/// `format(v, spec)` for an `int` (type name `int`).
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    format_int_named(v, spec, "int")
}

#[cfg(test)] // used by the tests below
/// Parses `spec` and formats an int-like value whose type is `type_name`
/// (`int`, `bool`, ...), with CPython's exact messages.
pub fn format_int_spec(v: &BigInt, spec: &str, type_name: &str) -> Result<String, String> {
    format_int_named(v, &FormatSpec::parse_for(spec, type_name)?, type_name)
}

/// [`format_int`] for a value whose type is `type_name` (e.g. `bool`).
pub fn format_int_named(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = spec.grouping_for(Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_integer(v, spec, ty, grouping),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let value =
                v.to_f64().filter(|f| f.is_finite()).ok_or_else(|| "int too large to convert to float".to_string())?;
            format_floating(value, spec, Some(ty), grouping)
        }
        _ => Err(unknown_code(ty, type_name)),
    }
}

/// The integer presentation types (CPython's `format_long_internal`).
fn format_integer(v: &BigInt, spec: &FormatSpec, ty: char, grouping: Grouping) -> Result<String, String> {
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".to_string());
    }
    if ty == 'c' {
        return format_int_char(v, spec);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if base == 10 { decimal_digits(v.magnitude())? } else { v.magnitude().to_str_radix(base) };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    render_number(&parts, spec, grouping)
}

/// The `c` presentation type. Out-of-range codes give CPython's
/// `OverflowError` messages; surrogates, which Rust strings cannot hold,
/// fail as out of range.
fn format_int_char(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    if spec.sign.is_some() {
        return Err("Sign not allowed with integer format specifier 'c'".to_string());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed with integer format specifier 'c'".to_string());
    }
    let Some(code) = v.to_i64() else {
        return Err("Python int too large to convert to C long".to_string());
    };
    let ch =
        u32::try_from(code).ok().and_then(crate::codepoint::from_code_point).ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
    let text = ch.to_string();
    let parts = NumberParts { negative: false, prefix: "", digits: "", decimal: false, remainder: &text };
    render_number(&parts, spec, None)
}

/// `format(v, spec)` for a `float`.
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_named(v, spec, "float")
}

#[cfg(test)] // used by the tests below
/// Parses `spec` and formats a float-like value whose type is `type_name`.
pub fn format_float_spec(v: f64, spec: &str, type_name: &str) -> Result<String, String> {
    format_float_named(v, &FormatSpec::parse_for(spec, type_name)?, type_name)
}

/// [`format_float`] for a value whose type is `type_name`.
pub fn format_float_named(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let grouping = spec.grouping_for(spec.ty)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_floating(v, spec, spec.ty, grouping),
        Some(ty) => Err(unknown_code(ty, type_name)),
    }
}

/// The float presentation types (CPython's `format_float_internal`).
fn format_floating(v: f64, spec: &FormatSpec, ty: Option<char>, grouping: Grouping) -> Result<String, String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let mut flags = DtsFlags { alt: spec.alternate, no_neg_0: spec.no_neg_zero, ..DtsFlags::default() };
    let (mut code, value) = match ty {
        None => {
            flags.add_dot_0 = true;
            ('r', v)
        }
        Some('n') => ('g', v),
        Some('%') => ('f', v * 100.0),
        Some(ty) => (ty, v),
    };
    let precision = match spec.precision {
        None if code == 'r' => 0,
        None => 6,
        Some(precision) => {
            if code == 'r' {
                code = 'g';
            }
            precision
        }
    };
    let pads_zeros = matches!(code, 'e' | 'E' | 'f' | 'F') || spec.alternate;
    if pads_zeros && precision > MAX_FORMAT_WIDTH {
        return Err(TOO_MANY_DIGITS.to_string());
    }
    let mut text = double_to_string(value, code, precision, flags);
    if ty == Some('%') {
        text.push('%');
    }
    render_number(&float_parts(&text), spec, grouping)
}

/// Splits the output of `double_to_string` into sign, integer digits, point and the rest.
fn float_parts(text: &str) -> NumberParts<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(int_len);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    NumberParts { negative, prefix: "", digits, decimal, remainder }
}

/// `format(z, spec)` for a `complex`: both parts rendered with the float
/// presentation type (none: like `str(z)`; a precision alone: `g`), the
/// imaginary part signed, then the whole padded to the width.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    let grouping = spec.grouping_for(spec.ty)?;
    let code = match spec.ty {
        None => None,
        Some('n') => Some('g'),
        Some(ty @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => Some(ty),
        Some(ty) => return Err(unknown_code(ty, "complex")),
    };
    if spec.zero || spec.fill == Some('0') {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    // Without a type, a positive-zero real part is left out (as `repr` does);
    // otherwise the number is parenthesized.
    let bare = code.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let (code, precision) = match (code, spec.precision) {
        (None, None) => ('r', 0),
        (None, Some(p)) => ('g', p),
        (Some(c), p) => (c, p.unwrap_or(6)),
    };
    if matches!(code, 'e' | 'E' | 'f' | 'F') && precision > MAX_FORMAT_WIDTH {
        return Err(TOO_MANY_DIGITS.to_string());
    }
    let flags = DtsFlags { alt: spec.alternate, no_neg_0: spec.no_neg_zero, ..DtsFlags::default() };
    let unpadded = FormatSpec { sign: spec.sign, align: Some('<'), ..FormatSpec::default() };
    let mut body = String::new();
    if bare && !skip_re {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&render_number(&float_parts(&double_to_string(re, code, precision, flags)), &unpadded, grouping)?);
    }
    let im_spec = FormatSpec { sign: if skip_re { spec.sign } else { Some('+') }, ..unpadded };
    body.push_str(&render_number(&float_parts(&double_to_string(im, code, precision, flags)), &im_spec, grouping)?);
    body.push('j');
    if bare && !skip_re {
        body.push(')');
    }
    Ok(pad(&body, spec.checked_width()?, spec.align.unwrap_or('>'), spec.fill_char()))
}

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    format_str_named(s, spec, "str")
}

#[cfg(test)] // used by the tests below
/// Parses `spec` and formats a string whose type is `type_name`.
pub fn format_str_spec(s: &str, spec: &str, type_name: &str) -> Result<String, String> {
    format_str_named(s, &FormatSpec::parse_for(spec, type_name)?, type_name)
}

/// [`format_str`] for a value whose type is `type_name`.
pub fn format_str_named(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('s');
    spec.grouping_for(Some(ty))?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in string format specifier".to_string());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let align = spec.align_or('<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let width = spec.checked_width()?;
    let text = match spec.precision {
        Some(precision) => truncate_chars(s, precision),
        None => s,
    };
    Ok(pad(text, width, align, spec.fill_char()))
}

/// The first `n` characters of `s`.
pub(crate) fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((end, _)) => &s[..end],
        None => s,
    }
}

/// Pads `text` to `width` characters with `fill`, aligned `<`, `>` or `^`.
fn pad(text: &str, width: usize, align: char, fill: char) -> String {
    let padding = width.saturating_sub(text.chars().count());
    let left = match align {
        '>' => padding,
        '^' => padding / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + padding);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, padding - left));
    out
}

/// A number split as CPython's `calc_number_widths` sees it:
/// `<sign><prefix><digits>[.]<remainder>`.
struct NumberParts<'a> {
    /// Whether the value is negative.
    negative: bool,
    /// `0x`-style prefix.
    prefix: &'a str,
    /// Integer digits, subject to grouping and zero padding.
    digits: &'a str,
    /// Whether a decimal point follows the digits.
    decimal: bool,
    /// Fraction, exponent, `%` or the character of type `c`.
    remainder: &'a str,
}

/// Applies sign, grouping, fill and alignment to a number (CPython's
/// `calc_number_widths` and `fill_number`).
fn render_number(parts: &NumberParts, spec: &FormatSpec, grouping: Grouping) -> Result<String, String> {
    let width = spec.checked_width()? as i64;
    let fill = spec.fill_char();
    let align = spec.align_or('>');
    let sign = match (parts.negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some('+')) => Some('+'),
        (false, Some(' ')) => Some(' '),
        _ => None,
    };
    let fixed_len = i64::from(sign.is_some())
        + parts.prefix.chars().count() as i64
        + i64::from(parts.decimal)
        + parts.remainder.chars().count() as i64;
    let min_width = if fill == '0' && align == '=' { width - fixed_len } else { 0 };
    let grouped = if parts.digits.is_empty() { String::new() } else { group_digits(parts.digits, grouping, min_width) };
    let padding = (width - fixed_len - grouped.chars().count() as i64).max(0) as usize;
    let (left, inner, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.extend(sign);
    out.push_str(parts.prefix);
    out.extend(std::iter::repeat_n(fill, inner));
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Inserts separators into ASCII `digits`, zero-padding them (separators
/// included) up to `min_width` characters, as CPython's
/// `_PyUnicode_InsertThousandsGrouping`.
fn group_digits(digits: &str, grouping: Grouping, min_width: i64) -> String {
    let mut chunks: Vec<String> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let chunk = |remaining: i64, size: i64| {
        let zeros = (size - remaining).max(0) as usize;
        let taken = remaining.min(size).max(0) as usize;
        let end = remaining.max(0) as usize;
        let mut text = "0".repeat(zeros);
        text.push_str(&digits[end - taken..end]);
        (text, taken as i64)
    };
    let separator = match grouping {
        Some((separator, size)) => {
            let size = size as i64;
            loop {
                let len = size.min(remaining.max(min_width).max(1));
                let (text, taken) = chunk(remaining, len);
                chunks.push(text);
                remaining -= taken;
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
            separator.to_string()
        }
        None => {
            let (text, _) = chunk(remaining, remaining.max(min_width).max(1));
            chunks.push(text);
            String::new()
        }
    };
    chunks.reverse();
    chunks.join(&separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values below were produced by CPython 3.11.

    #[test]
    fn float_specs_match_python() {
        let cases: &[(f64, &str, Result<&str, &str>)] = &[
            (0.0, "", Ok("0.0")),
            (0.0, ".2f", Ok("0.00")),
            (0.0, ".0f", Ok("0")),
            (0.0, "#.0f", Ok("0.")),
            (0.0, "e", Ok("0.000000e+00")),
            (0.0, ".3e", Ok("0.000e+00")),
            (0.0, "E", Ok("0.000000E+00")),
            (0.0, "g", Ok("0")),
            (0.0, ".3g", Ok("0")),
            (0.0, "#g", Ok("0.00000")),
            (0.0, "%", Ok("0.000000%")),
            (0.0, ".1%", Ok("0.0%")),
            (0.0, ",", Ok("0.0")),
            (0.0, "015,.2f", Ok("0,000,000,000.00")),
            (0.0, "010", Ok("00000000.0")),
            (0.0, "+", Ok("+0.0")),
            (0.0, " ", Ok(" 0.0")),
            (0.0, "=+12.3f", Ok("+      0.000")),
            (0.0, "*^12", Ok("****0.0*****")),
            (0.0, ".3", Ok("0.0")),
            (0.0, "#.3", Ok("0.00")),
            (0.0, "z.1f", Ok("0.0")),
            (0.0, "n", Ok("0")),
            (0.0, "<012", Ok("0.0000000000")),
            (0.0, "F", Ok("0.000000")),
            (0.0, ".17g", Ok("0")),
            (-0.0, "", Ok("-0.0")),
            (-0.0, ".2f", Ok("-0.00")),
            (-0.0, ".0f", Ok("-0")),
            (-0.0, "#.0f", Ok("-0.")),
            (-0.0, "e", Ok("-0.000000e+00")),
            (-0.0, ".3e", Ok("-0.000e+00")),
            (-0.0, "E", Ok("-0.000000E+00")),
            (-0.0, "g", Ok("-0")),
            (-0.0, ".3g", Ok("-0")),
            (-0.0, "#g", Ok("-0.00000")),
            (-0.0, "%", Ok("-0.000000%")),
            (-0.0, ".1%", Ok("-0.0%")),
            (-0.0, ",", Ok("-0.0")),
            (-0.0, "015,.2f", Ok("-000,000,000.00")),
            (-0.0, "010", Ok("-0000000.0")),
            (-0.0, "+", Ok("-0.0")),
            (-0.0, " ", Ok("-0.0")),
            (-0.0, "=+12.3f", Ok("-      0.000")),
            (-0.0, "*^12", Ok("****-0.0****")),
            (-0.0, ".3", Ok("-0.0")),
            (-0.0, "#.3", Ok("-0.00")),
            (-0.0, "z.1f", Ok("0.0")),
            (-0.0, "n", Ok("-0")),
            (-0.0, "<012", Ok("-0.000000000")),
            (-0.0, "F", Ok("-0.000000")),
            (-0.0, ".17g", Ok("-0")),
            (1.0, "", Ok("1.0")),
            (1.0, ".2f", Ok("1.00")),
            (1.0, ".0f", Ok("1")),
            (1.0, "#.0f", Ok("1.")),
            (1.0, "e", Ok("1.000000e+00")),
            (1.0, ".3e", Ok("1.000e+00")),
            (1.0, "E", Ok("1.000000E+00")),
            (1.0, "g", Ok("1")),
            (1.0, ".3g", Ok("1")),
            (1.0, "#g", Ok("1.00000")),
            (1.0, "%", Ok("100.000000%")),
            (1.0, ".1%", Ok("100.0%")),
            (1.0, ",", Ok("1.0")),
            (1.0, "015,.2f", Ok("0,000,000,001.00")),
            (1.0, "010", Ok("00000001.0")),
            (1.0, "+", Ok("+1.0")),
            (1.0, " ", Ok(" 1.0")),
            (1.0, "=+12.3f", Ok("+      1.000")),
            (1.0, "*^12", Ok("****1.0*****")),
            (1.0, ".3", Ok("1.0")),
            (1.0, "#.3", Ok("1.00")),
            (1.0, "z.1f", Ok("1.0")),
            (1.0, "n", Ok("1")),
            (1.0, "<012", Ok("1.0000000000")),
            (1.0, "F", Ok("1.000000")),
            (1.0, ".17g", Ok("1")),
            (-1.5, "", Ok("-1.5")),
            (-1.5, ".2f", Ok("-1.50")),
            (-1.5, ".0f", Ok("-2")),
            (-1.5, "#.0f", Ok("-2.")),
            (-1.5, "e", Ok("-1.500000e+00")),
            (-1.5, ".3e", Ok("-1.500e+00")),
            (-1.5, "E", Ok("-1.500000E+00")),
            (-1.5, "g", Ok("-1.5")),
            (-1.5, ".3g", Ok("-1.5")),
            (-1.5, "#g", Ok("-1.50000")),
            (-1.5, "%", Ok("-150.000000%")),
            (-1.5, ".1%", Ok("-150.0%")),
            (-1.5, ",", Ok("-1.5")),
            (-1.5, "015,.2f", Ok("-000,000,001.50")),
            (-1.5, "010", Ok("-0000001.5")),
            (-1.5, "+", Ok("-1.5")),
            (-1.5, " ", Ok("-1.5")),
            (-1.5, "=+12.3f", Ok("-      1.500")),
            (-1.5, "*^12", Ok("****-1.5****")),
            (-1.5, ".3", Ok("-1.5")),
            (-1.5, "#.3", Ok("-1.50")),
            (-1.5, "z.1f", Ok("-1.5")),
            (-1.5, "n", Ok("-1.5")),
            (-1.5, "<012", Ok("-1.500000000")),
            (-1.5, "F", Ok("-1.500000")),
            (-1.5, ".17g", Ok("-1.5")),
            (2.675, "", Ok("2.675")),
            (2.675, ".2f", Ok("2.67")),
            (2.675, ".0f", Ok("3")),
            (2.675, "#.0f", Ok("3.")),
            (2.675, "e", Ok("2.675000e+00")),
            (2.675, ".3e", Ok("2.675e+00")),
            (2.675, "E", Ok("2.675000E+00")),
            (2.675, "g", Ok("2.675")),
            (2.675, ".3g", Ok("2.67")),
            (2.675, "#g", Ok("2.67500")),
            (2.675, "%", Ok("267.500000%")),
            (2.675, ".1%", Ok("267.5%")),
            (2.675, ",", Ok("2.675")),
            (2.675, "015,.2f", Ok("0,000,000,002.67")),
            (2.675, "010", Ok("000002.675")),
            (2.675, "+", Ok("+2.675")),
            (2.675, " ", Ok(" 2.675")),
            (2.675, "=+12.3f", Ok("+      2.675")),
            (2.675, "*^12", Ok("***2.675****")),
            (2.675, ".3", Ok("2.67")),
            (2.675, "#.3", Ok("2.67")),
            (2.675, "z.1f", Ok("2.7")),
            (2.675, "n", Ok("2.675")),
            (2.675, "<012", Ok("2.6750000000")),
            (2.675, "F", Ok("2.675000")),
            (2.675, ".17g", Ok("2.6749999999999998")),
            (0.125, "", Ok("0.125")),
            (0.125, ".2f", Ok("0.12")),
            (0.125, ".0f", Ok("0")),
            (0.125, "#.0f", Ok("0.")),
            (0.125, "e", Ok("1.250000e-01")),
            (0.125, ".3e", Ok("1.250e-01")),
            (0.125, "E", Ok("1.250000E-01")),
            (0.125, "g", Ok("0.125")),
            (0.125, ".3g", Ok("0.125")),
            (0.125, "#g", Ok("0.125000")),
            (0.125, "%", Ok("12.500000%")),
            (0.125, ".1%", Ok("12.5%")),
            (0.125, ",", Ok("0.125")),
            (0.125, "015,.2f", Ok("0,000,000,000.12")),
            (0.125, "010", Ok("000000.125")),
            (0.125, "+", Ok("+0.125")),
            (0.125, " ", Ok(" 0.125")),
            (0.125, "=+12.3f", Ok("+      0.125")),
            (0.125, "*^12", Ok("***0.125****")),
            (0.125, ".3", Ok("0.125")),
            (0.125, "#.3", Ok("0.125")),
            (0.125, "z.1f", Ok("0.1")),
            (0.125, "n", Ok("0.125")),
            (0.125, "<012", Ok("0.1250000000")),
            (0.125, "F", Ok("0.125000")),
            (0.125, ".17g", Ok("0.125")),
            (1234567.891, "", Ok("1234567.891")),
            (1234567.891, ".2f", Ok("1234567.89")),
            (1234567.891, ".0f", Ok("1234568")),
            (1234567.891, "#.0f", Ok("1234568.")),
            (1234567.891, "e", Ok("1.234568e+06")),
            (1234567.891, ".3e", Ok("1.235e+06")),
            (1234567.891, "E", Ok("1.234568E+06")),
            (1234567.891, "g", Ok("1.23457e+06")),
            (1234567.891, ".3g", Ok("1.23e+06")),
            (1234567.891, "#g", Ok("1.23457e+06")),
            (1234567.891, "%", Ok("123456789.100000%")),
            (1234567.891, ".1%", Ok("123456789.1%")),
            (1234567.891, ",", Ok("1,234,567.891")),
            (1234567.891, "015,.2f", Ok("0,001,234,567.89")),
            (1234567.891, "010", Ok("1234567.891")),
            (1234567.891, "+", Ok("+1234567.891")),
            (1234567.891, " ", Ok(" 1234567.891")),
            (1234567.891, "=+12.3f", Ok("+1234567.891")),
            (1234567.891, "*^12", Ok("1234567.891*")),
            (1234567.891, ".3", Ok("1.23e+06")),
            (1234567.891, "#.3", Ok("1.23e+06")),
            (1234567.891, "z.1f", Ok("1234567.9")),
            (1234567.891, "n", Ok("1.23457e+06")),
            (1234567.891, "<012", Ok("1234567.8910")),
            (1234567.891, "F", Ok("1234567.891000")),
            (1234567.891, ".17g", Ok("1234567.8910000001")),
            (1e+20, "", Ok("1e+20")),
            (1e+20, ".2f", Ok("100000000000000000000.00")),
            (1e+20, ".0f", Ok("100000000000000000000")),
            (1e+20, "#.0f", Ok("100000000000000000000.")),
            (1e+20, "e", Ok("1.000000e+20")),
            (1e+20, ".3e", Ok("1.000e+20")),
            (1e+20, "E", Ok("1.000000E+20")),
            (1e+20, "g", Ok("1e+20")),
            (1e+20, ".3g", Ok("1e+20")),
            (1e+20, "#g", Ok("1.00000e+20")),
            (1e+20, "%", Ok("10000000000000000000000.000000%")),
            (1e+20, ".1%", Ok("10000000000000000000000.0%")),
            (1e+20, ",", Ok("1e+20")),
            (1e+20, "015,.2f", Ok("100,000,000,000,000,000,000.00")),
            (1e+20, "010", Ok("000001e+20")),
            (1e+20, "+", Ok("+1e+20")),
            (1e+20, " ", Ok(" 1e+20")),
            (1e+20, "=+12.3f", Ok("+100000000000000000000.000")),
            (1e+20, "*^12", Ok("***1e+20****")),
            (1e+20, ".3", Ok("1e+20")),
            (1e+20, "#.3", Ok("1.00e+20")),
            (1e+20, "z.1f", Ok("100000000000000000000.0")),
            (1e+20, "n", Ok("1e+20")),
            (1e+20, "<012", Ok("1e+200000000")),
            (1e+20, "F", Ok("100000000000000000000.000000")),
            (1e+20, ".17g", Ok("1e+20")),
            (1e-07, "", Ok("1e-07")),
            (1e-07, ".2f", Ok("0.00")),
            (1e-07, ".0f", Ok("0")),
            (1e-07, "#.0f", Ok("0.")),
            (1e-07, "e", Ok("1.000000e-07")),
            (1e-07, ".3e", Ok("1.000e-07")),
            (1e-07, "E", Ok("1.000000E-07")),
            (1e-07, "g", Ok("1e-07")),
            (1e-07, ".3g", Ok("1e-07")),
            (1e-07, "#g", Ok("1.00000e-07")),
            (1e-07, "%", Ok("0.000010%")),
            (1e-07, ".1%", Ok("0.0%")),
            (1e-07, ",", Ok("1e-07")),
            (1e-07, "015,.2f", Ok("0,000,000,000.00")),
            (1e-07, "010", Ok("000001e-07")),
            (1e-07, "+", Ok("+1e-07")),
            (1e-07, " ", Ok(" 1e-07")),
            (1e-07, "=+12.3f", Ok("+      0.000")),
            (1e-07, "*^12", Ok("***1e-07****")),
            (1e-07, ".3", Ok("1e-07")),
            (1e-07, "#.3", Ok("1.00e-07")),
            (1e-07, "z.1f", Ok("0.0")),
            (1e-07, "n", Ok("1e-07")),
            (1e-07, "<012", Ok("1e-070000000")),
            (1e-07, "F", Ok("0.000000")),
            (1e-07, ".17g", Ok("9.9999999999999995e-08")),
            (123.0, "", Ok("123.0")),
            (123.0, ".2f", Ok("123.00")),
            (123.0, ".0f", Ok("123")),
            (123.0, "#.0f", Ok("123.")),
            (123.0, "e", Ok("1.230000e+02")),
            (123.0, ".3e", Ok("1.230e+02")),
            (123.0, "E", Ok("1.230000E+02")),
            (123.0, "g", Ok("123")),
            (123.0, ".3g", Ok("123")),
            (123.0, "#g", Ok("123.000")),
            (123.0, "%", Ok("12300.000000%")),
            (123.0, ".1%", Ok("12300.0%")),
            (123.0, ",", Ok("123.0")),
            (123.0, "015,.2f", Ok("0,000,000,123.00")),
            (123.0, "010", Ok("00000123.0")),
            (123.0, "+", Ok("+123.0")),
            (123.0, " ", Ok(" 123.0")),
            (123.0, "=+12.3f", Ok("+    123.000")),
            (123.0, "*^12", Ok("***123.0****")),
            (123.0, ".3", Ok("1.23e+02")),
            (123.0, "#.3", Ok("1.23e+02")),
            (123.0, "z.1f", Ok("123.0")),
            (123.0, "n", Ok("123")),
            (123.0, "<012", Ok("123.00000000")),
            (123.0, "F", Ok("123.000000")),
            (123.0, ".17g", Ok("123")),
            (f64::NEG_INFINITY, "", Ok("-inf")),
            (f64::NEG_INFINITY, ".2f", Ok("-inf")),
            (f64::NEG_INFINITY, ".0f", Ok("-inf")),
            (f64::NEG_INFINITY, "#.0f", Ok("-inf")),
            (f64::NEG_INFINITY, "e", Ok("-inf")),
            (f64::NEG_INFINITY, ".3e", Ok("-inf")),
            (f64::NEG_INFINITY, "E", Ok("-INF")),
            (f64::NEG_INFINITY, "g", Ok("-inf")),
            (f64::NEG_INFINITY, ".3g", Ok("-inf")),
            (f64::NEG_INFINITY, "#g", Ok("-inf")),
            (f64::NEG_INFINITY, "%", Ok("-inf%")),
            (f64::NEG_INFINITY, ".1%", Ok("-inf%")),
            (f64::NEG_INFINITY, ",", Ok("-inf")),
            (f64::NEG_INFINITY, "015,.2f", Ok("-00000000000inf")),
            (f64::NEG_INFINITY, "010", Ok("-000000inf")),
            (f64::NEG_INFINITY, "+", Ok("-inf")),
            (f64::NEG_INFINITY, " ", Ok("-inf")),
            (f64::NEG_INFINITY, "=+12.3f", Ok("-        inf")),
            (f64::NEG_INFINITY, "*^12", Ok("****-inf****")),
            (f64::NEG_INFINITY, ".3", Ok("-inf")),
            (f64::NEG_INFINITY, "#.3", Ok("-inf")),
            (f64::NEG_INFINITY, "z.1f", Ok("-inf")),
            (f64::NEG_INFINITY, "n", Ok("-inf")),
            (f64::NEG_INFINITY, "<012", Ok("-inf00000000")),
            (f64::NEG_INFINITY, "F", Ok("-INF")),
            (f64::NEG_INFINITY, ".17g", Ok("-inf")),
            (f64::NAN, "", Ok("nan")),
            (f64::NAN, ".2f", Ok("nan")),
            (f64::NAN, ".0f", Ok("nan")),
            (f64::NAN, "#.0f", Ok("nan")),
            (f64::NAN, "e", Ok("nan")),
            (f64::NAN, ".3e", Ok("nan")),
            (f64::NAN, "E", Ok("NAN")),
            (f64::NAN, "g", Ok("nan")),
            (f64::NAN, ".3g", Ok("nan")),
            (f64::NAN, "#g", Ok("nan")),
            (f64::NAN, "%", Ok("nan%")),
            (f64::NAN, ".1%", Ok("nan%")),
            (f64::NAN, ",", Ok("nan")),
            (f64::NAN, "015,.2f", Ok("000000000000nan")),
            (f64::NAN, "010", Ok("0000000nan")),
            (f64::NAN, "+", Ok("+nan")),
            (f64::NAN, " ", Ok(" nan")),
            (f64::NAN, "=+12.3f", Ok("+        nan")),
            (f64::NAN, "*^12", Ok("****nan*****")),
            (f64::NAN, ".3", Ok("nan")),
            (f64::NAN, "#.3", Ok("nan")),
            (f64::NAN, "z.1f", Ok("nan")),
            (f64::NAN, "n", Ok("nan")),
            (f64::NAN, "<012", Ok("nan000000000")),
            (f64::NAN, "F", Ok("NAN")),
            (f64::NAN, ".17g", Ok("nan")),
            (1e+16, "", Ok("1e+16")),
            (1e+16, ".2f", Ok("10000000000000000.00")),
            (1e+16, ".0f", Ok("10000000000000000")),
            (1e+16, "#.0f", Ok("10000000000000000.")),
            (1e+16, "e", Ok("1.000000e+16")),
            (1e+16, ".3e", Ok("1.000e+16")),
            (1e+16, "E", Ok("1.000000E+16")),
            (1e+16, "g", Ok("1e+16")),
            (1e+16, ".3g", Ok("1e+16")),
            (1e+16, "#g", Ok("1.00000e+16")),
            (1e+16, "%", Ok("1000000000000000000.000000%")),
            (1e+16, ".1%", Ok("1000000000000000000.0%")),
            (1e+16, ",", Ok("1e+16")),
            (1e+16, "015,.2f", Ok("10,000,000,000,000,000.00")),
            (1e+16, "010", Ok("000001e+16")),
            (1e+16, "+", Ok("+1e+16")),
            (1e+16, " ", Ok(" 1e+16")),
            (1e+16, "=+12.3f", Ok("+10000000000000000.000")),
            (1e+16, "*^12", Ok("***1e+16****")),
            (1e+16, ".3", Ok("1e+16")),
            (1e+16, "#.3", Ok("1.00e+16")),
            (1e+16, "z.1f", Ok("10000000000000000.0")),
            (1e+16, "n", Ok("1e+16")),
            (1e+16, "<012", Ok("1e+160000000")),
            (1e+16, "F", Ok("10000000000000000.000000")),
            (1e+16, ".17g", Ok("10000000000000000")),
            (5e-324, "", Ok("5e-324")),
            (5e-324, ".2f", Ok("0.00")),
            (5e-324, ".0f", Ok("0")),
            (5e-324, "#.0f", Ok("0.")),
            (5e-324, "e", Ok("4.940656e-324")),
            (5e-324, ".3e", Ok("4.941e-324")),
            (5e-324, "E", Ok("4.940656E-324")),
            (5e-324, "g", Ok("4.94066e-324")),
            (5e-324, ".3g", Ok("4.94e-324")),
            (5e-324, "#g", Ok("4.94066e-324")),
            (5e-324, "%", Ok("0.000000%")),
            (5e-324, ".1%", Ok("0.0%")),
            (5e-324, ",", Ok("5e-324")),
            (5e-324, "015,.2f", Ok("0,000,000,000.00")),
            (5e-324, "010", Ok("00005e-324")),
            (5e-324, "+", Ok("+5e-324")),
            (5e-324, " ", Ok(" 5e-324")),
            (5e-324, "=+12.3f", Ok("+      0.000")),
            (5e-324, "*^12", Ok("***5e-324***")),
            (5e-324, ".3", Ok("4.94e-324")),
            (5e-324, "#.3", Ok("4.94e-324")),
            (5e-324, "z.1f", Ok("0.0")),
            (5e-324, "n", Ok("4.94066e-324")),
            (5e-324, "<012", Ok("5e-324000000")),
            (5e-324, "F", Ok("0.000000")),
            (5e-324, ".17g", Ok("4.9406564584124654e-324")),
            (1.0, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (1.0, "x", Err("Unknown format code 'x' for object of type 'float'")),
            (1.0, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (1.0, ",n", Err("Cannot specify ',' with 'n'.")),
            (1.0, ",_", Err("Cannot specify both ',' and '_'.")),
            (1.0, ".", Err("Format specifier missing precision")),
            (1.0, "99999999999999999999", Err("Too many decimal digits in format string")),
            (1.0, ".2147483648f", Err("precision too big")),
            (1.0, "\x01", Err("Unknown format code '\\x1' for object of type 'float'")),
            (1.0, "é", Err("Unknown format code '\\xe9' for object of type 'float'")),
        ];
        for &(value, spec, expected) in cases {
            let got = format_float_spec(value, spec, "float");
            let expected = expected.map(str::to_string).map_err(str::to_string);
            assert_eq!(got, expected, "format({value:?}, {spec:?})");
        }
    }

    #[test]
    fn int_specs_match_python() {
        let cases: &[(&str, &str, Result<&str, &str>)] = &[
            ("0", "", Ok("0")),
            ("0", "b", Ok("0")),
            ("0", "o", Ok("0")),
            ("0", "x", Ok("0")),
            ("0", "X", Ok("0")),
            ("0", "#b", Ok("0b0")),
            ("0", "#o", Ok("0o0")),
            ("0", "#X", Ok("0X0")),
            ("0", ",", Ok("0")),
            ("0", "_", Ok("0")),
            ("0", "_x", Ok("0")),
            ("0", "#_b", Ok("0b0")),
            ("0", "010,", Ok("00,000,000")),
            ("0", "09,", Ok("0,000,000")),
            ("0", "+", Ok("+0")),
            ("0", " ", Ok(" 0")),
            ("0", "=+10", Ok("+        0")),
            ("0", "*^11", Ok("*****0*****")),
            ("0", "<8", Ok("0       ")),
            ("0", "08", Ok("00000000")),
            ("0", "#010x", Ok("0x00000000")),
            ("0", "+#012_b", Ok("+0b0000_0000")),
            ("0", "n", Ok("0")),
            ("0", "e", Ok("0.000000e+00")),
            ("0", ".2f", Ok("0.00")),
            ("0", "%", Ok("0.000000%")),
            ("0", "g", Ok("0")),
            ("0", "c", Ok("\x00")),
            ("0", ">5c", Ok("    \x00")),
            ("-1", "", Ok("-1")),
            ("-1", "b", Ok("-1")),
            ("-1", "o", Ok("-1")),
            ("-1", "x", Ok("-1")),
            ("-1", "X", Ok("-1")),
            ("-1", "#b", Ok("-0b1")),
            ("-1", "#o", Ok("-0o1")),
            ("-1", "#X", Ok("-0X1")),
            ("-1", ",", Ok("-1")),
            ("-1", "_", Ok("-1")),
            ("-1", "_x", Ok("-1")),
            ("-1", "#_b", Ok("-0b1")),
            ("-1", "010,", Ok("-0,000,001")),
            ("-1", "09,", Ok("-0,000,001")),
            ("-1", "+", Ok("-1")),
            ("-1", " ", Ok("-1")),
            ("-1", "=+10", Ok("-        1")),
            ("-1", "*^11", Ok("****-1*****")),
            ("-1", "<8", Ok("-1      ")),
            ("-1", "08", Ok("-0000001")),
            ("-1", "#010x", Ok("-0x0000001")),
            ("-1", "+#012_b", Ok("-0b0000_0001")),
            ("-1", "n", Ok("-1")),
            ("-1", "e", Ok("-1.000000e+00")),
            ("-1", ".2f", Ok("-1.00")),
            ("-1", "%", Ok("-100.000000%")),
            ("-1", "g", Ok("-1")),
            ("-1", "c", Err("%c arg not in range(0x110000)")),
            ("-1", ">5c", Err("%c arg not in range(0x110000)")),
            ("42", "", Ok("42")),
            ("42", "b", Ok("101010")),
            ("42", "o", Ok("52")),
            ("42", "x", Ok("2a")),
            ("42", "X", Ok("2A")),
            ("42", "#b", Ok("0b101010")),
            ("42", "#o", Ok("0o52")),
            ("42", "#X", Ok("0X2A")),
            ("42", ",", Ok("42")),
            ("42", "_", Ok("42")),
            ("42", "_x", Ok("2a")),
            ("42", "#_b", Ok("0b10_1010")),
            ("42", "010,", Ok("00,000,042")),
            ("42", "09,", Ok("0,000,042")),
            ("42", "+", Ok("+42")),
            ("42", " ", Ok(" 42")),
            ("42", "=+10", Ok("+       42")),
            ("42", "*^11", Ok("****42*****")),
            ("42", "<8", Ok("42      ")),
            ("42", "08", Ok("00000042")),
            ("42", "#010x", Ok("0x0000002a")),
            ("42", "+#012_b", Ok("+0b0010_1010")),
            ("42", "n", Ok("42")),
            ("42", "e", Ok("4.200000e+01")),
            ("42", ".2f", Ok("42.00")),
            ("42", "%", Ok("4200.000000%")),
            ("42", "g", Ok("42")),
            ("42", "c", Ok("*")),
            ("42", ">5c", Ok("    *")),
            ("255", "", Ok("255")),
            ("255", "b", Ok("11111111")),
            ("255", "o", Ok("377")),
            ("255", "x", Ok("ff")),
            ("255", "X", Ok("FF")),
            ("255", "#b", Ok("0b11111111")),
            ("255", "#o", Ok("0o377")),
            ("255", "#X", Ok("0XFF")),
            ("255", ",", Ok("255")),
            ("255", "_", Ok("255")),
            ("255", "_x", Ok("ff")),
            ("255", "#_b", Ok("0b1111_1111")),
            ("255", "010,", Ok("00,000,255")),
            ("255", "09,", Ok("0,000,255")),
            ("255", "+", Ok("+255")),
            ("255", " ", Ok(" 255")),
            ("255", "=+10", Ok("+      255")),
            ("255", "*^11", Ok("****255****")),
            ("255", "<8", Ok("255     ")),
            ("255", "08", Ok("00000255")),
            ("255", "#010x", Ok("0x000000ff")),
            ("255", "+#012_b", Ok("+0b1111_1111")),
            ("255", "n", Ok("255")),
            ("255", "e", Ok("2.550000e+02")),
            ("255", ".2f", Ok("255.00")),
            ("255", "%", Ok("25500.000000%")),
            ("255", "g", Ok("255")),
            ("255", "c", Ok("ÿ")),
            ("255", ">5c", Ok("    ÿ")),
            ("-1234567", "", Ok("-1234567")),
            ("-1234567", "b", Ok("-100101101011010000111")),
            ("-1234567", "o", Ok("-4553207")),
            ("-1234567", "x", Ok("-12d687")),
            ("-1234567", "X", Ok("-12D687")),
            ("-1234567", "#b", Ok("-0b100101101011010000111")),
            ("-1234567", "#o", Ok("-0o4553207")),
            ("-1234567", "#X", Ok("-0X12D687")),
            ("-1234567", ",", Ok("-1,234,567")),
            ("-1234567", "_", Ok("-1_234_567")),
            ("-1234567", "_x", Ok("-12_d687")),
            ("-1234567", "#_b", Ok("-0b1_0010_1101_0110_1000_0111")),
            ("-1234567", "010,", Ok("-1,234,567")),
            ("-1234567", "09,", Ok("-1,234,567")),
            ("-1234567", "+", Ok("-1234567")),
            ("-1234567", " ", Ok("-1234567")),
            ("-1234567", "=+10", Ok("-  1234567")),
            ("-1234567", "*^11", Ok("*-1234567**")),
            ("-1234567", "<8", Ok("-1234567")),
            ("-1234567", "08", Ok("-1234567")),
            ("-1234567", "#010x", Ok("-0x012d687")),
            ("-1234567", "+#012_b", Ok("-0b1_0010_1101_0110_1000_0111")),
            ("-1234567", "n", Ok("-1234567")),
            ("-1234567", "e", Ok("-1.234567e+06")),
            ("-1234567", ".2f", Ok("-1234567.00")),
            ("-1234567", "%", Ok("-123456700.000000%")),
            ("-1234567", "g", Ok("-1.23457e+06")),
            ("-1234567", "c", Err("%c arg not in range(0x110000)")),
            ("-1234567", ">5c", Err("%c arg not in range(0x110000)")),
            ("65", "", Ok("65")),
            ("65", "b", Ok("1000001")),
            ("65", "o", Ok("101")),
            ("65", "x", Ok("41")),
            ("65", "X", Ok("41")),
            ("65", "#b", Ok("0b1000001")),
            ("65", "#o", Ok("0o101")),
            ("65", "#X", Ok("0X41")),
            ("65", ",", Ok("65")),
            ("65", "_", Ok("65")),
            ("65", "_x", Ok("41")),
            ("65", "#_b", Ok("0b100_0001")),
            ("65", "010,", Ok("00,000,065")),
            ("65", "09,", Ok("0,000,065")),
            ("65", "+", Ok("+65")),
            ("65", " ", Ok(" 65")),
            ("65", "=+10", Ok("+       65")),
            ("65", "*^11", Ok("****65*****")),
            ("65", "<8", Ok("65      ")),
            ("65", "08", Ok("00000065")),
            ("65", "#010x", Ok("0x00000041")),
            ("65", "+#012_b", Ok("+0b0100_0001")),
            ("65", "n", Ok("65")),
            ("65", "e", Ok("6.500000e+01")),
            ("65", ".2f", Ok("65.00")),
            ("65", "%", Ok("6500.000000%")),
            ("65", "g", Ok("65")),
            ("65", "c", Ok("A")),
            ("65", ">5c", Ok("    A")),
            ("100000000000000000000", "", Ok("100000000000000000000")),
            ("100000000000000000000", "b", Ok("1010110101111000111010111100010110101100011000100000000000000000000")),
            ("100000000000000000000", "o", Ok("12657072742654304000000")),
            ("100000000000000000000", "x", Ok("56bc75e2d63100000")),
            ("100000000000000000000", "X", Ok("56BC75E2D63100000")),
            (
                "100000000000000000000",
                "#b",
                Ok("0b1010110101111000111010111100010110101100011000100000000000000000000"),
            ),
            ("100000000000000000000", "#o", Ok("0o12657072742654304000000")),
            ("100000000000000000000", "#X", Ok("0X56BC75E2D63100000")),
            ("100000000000000000000", ",", Ok("100,000,000,000,000,000,000")),
            ("100000000000000000000", "_", Ok("100_000_000_000_000_000_000")),
            ("100000000000000000000", "_x", Ok("5_6bc7_5e2d_6310_0000")),
            (
                "100000000000000000000",
                "#_b",
                Ok("0b101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"),
            ),
            ("100000000000000000000", "010,", Ok("100,000,000,000,000,000,000")),
            ("100000000000000000000", "09,", Ok("100,000,000,000,000,000,000")),
            ("100000000000000000000", "+", Ok("+100000000000000000000")),
            ("100000000000000000000", " ", Ok(" 100000000000000000000")),
            ("100000000000000000000", "=+10", Ok("+100000000000000000000")),
            ("100000000000000000000", "*^11", Ok("100000000000000000000")),
            ("100000000000000000000", "<8", Ok("100000000000000000000")),
            ("100000000000000000000", "08", Ok("100000000000000000000")),
            ("100000000000000000000", "#010x", Ok("0x56bc75e2d63100000")),
            (
                "100000000000000000000",
                "+#012_b",
                Ok("+0b101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"),
            ),
            ("100000000000000000000", "n", Ok("100000000000000000000")),
            ("100000000000000000000", "e", Ok("1.000000e+20")),
            ("100000000000000000000", ".2f", Ok("100000000000000000000.00")),
            ("100000000000000000000", "%", Ok("10000000000000000000000.000000%")),
            ("100000000000000000000", "g", Ok("1e+20")),
            ("100000000000000000000", "c", Err("Python int too large to convert to C long")),
            ("100000000000000000000", ">5c", Err("Python int too large to convert to C long")),
            ("-18446744073709551616", "", Ok("-18446744073709551616")),
            ("-18446744073709551616", "b", Ok("-10000000000000000000000000000000000000000000000000000000000000000")),
            ("-18446744073709551616", "o", Ok("-2000000000000000000000")),
            ("-18446744073709551616", "x", Ok("-10000000000000000")),
            ("-18446744073709551616", "X", Ok("-10000000000000000")),
            ("-18446744073709551616", "#b", Ok("-0b10000000000000000000000000000000000000000000000000000000000000000")),
            ("-18446744073709551616", "#o", Ok("-0o2000000000000000000000")),
            ("-18446744073709551616", "#X", Ok("-0X10000000000000000")),
            ("-18446744073709551616", ",", Ok("-18,446,744,073,709,551,616")),
            ("-18446744073709551616", "_", Ok("-18_446_744_073_709_551_616")),
            ("-18446744073709551616", "_x", Ok("-1_0000_0000_0000_0000")),
            (
                "-18446744073709551616",
                "#_b",
                Ok("-0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
            ),
            ("-18446744073709551616", "010,", Ok("-18,446,744,073,709,551,616")),
            ("-18446744073709551616", "09,", Ok("-18,446,744,073,709,551,616")),
            ("-18446744073709551616", "+", Ok("-18446744073709551616")),
            ("-18446744073709551616", " ", Ok("-18446744073709551616")),
            ("-18446744073709551616", "=+10", Ok("-18446744073709551616")),
            ("-18446744073709551616", "*^11", Ok("-18446744073709551616")),
            ("-18446744073709551616", "<8", Ok("-18446744073709551616")),
            ("-18446744073709551616", "08", Ok("-18446744073709551616")),
            ("-18446744073709551616", "#010x", Ok("-0x10000000000000000")),
            (
                "-18446744073709551616",
                "+#012_b",
                Ok("-0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
            ),
            ("-18446744073709551616", "n", Ok("-18446744073709551616")),
            ("-18446744073709551616", "e", Ok("-1.844674e+19")),
            ("-18446744073709551616", ".2f", Ok("-18446744073709551616.00")),
            ("-18446744073709551616", "%", Ok("-1844674407370955161600.000000%")),
            ("-18446744073709551616", "g", Ok("-1.84467e+19")),
            ("-18446744073709551616", "c", Err("Python int too large to convert to C long")),
            ("-18446744073709551616", ">5c", Err("Python int too large to convert to C long")),
            ("1", ".2", Err("Precision not allowed in integer format specifier")),
            ("1", ".2d", Err("Precision not allowed in integer format specifier")),
            ("1", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("1", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("1", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("-1", "c", Err("%c arg not in range(0x110000)")),
            ("1114112", "c", Err("%c arg not in range(0x110000)")),
            ("1000000000000000000000000000000", "c", Err("Python int too large to convert to C long")),
            ("1", ",n", Err("Cannot specify ',' with 'n'.")),
            ("1", ",x", Err("Cannot specify ',' with 'x'.")),
            ("1", "_c", Err("Cannot specify '_' with 'c'.")),
            ("1", ",_", Err("Cannot specify both ',' and '_'.")),
            ("1", "_,", Err("Cannot specify both ',' and '_'.")),
            ("1", ",,", Err("Cannot specify ',' with ','.")),
            ("1", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("1", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("1", "abc", Err("Invalid format specifier 'abc' for object of type 'int'")),
        ];
        for &(value, spec, expected) in cases {
            let value: BigInt = value.parse().unwrap();
            let got = format_int_spec(&value, spec, "int");
            let expected = expected.map(str::to_string).map_err(str::to_string);
            assert_eq!(got, expected, "format({value}, {spec:?})");
        }
    }

    #[test]
    fn huge_ints() {
        let big = BigInt::from(10).pow(5000);
        let limit = super::super::scalar::int_to_str_limit_error();
        assert_eq!(format_int_spec(&big, "d", "int"), Err(limit.clone()));
        assert_eq!(format_int_spec(&big, ",", "int"), Err(limit));
        assert_eq!(format_int_spec(&big, "x", "int").unwrap().len(), 4153);
        let too_big = BigInt::from(2).pow(2000);
        let message = "int too large to convert to float".to_string();
        assert_eq!(format_int_spec(&too_big, "e", "int"), Err(message));
    }

    #[test]
    fn str_specs_match_python() {
        let cases: &[(&str, &str, Result<&str, &str>)] = &[
            ("", "", Ok("")),
            ("", "s", Ok("")),
            ("", "5", Ok("     ")),
            ("", "<5", Ok("     ")),
            ("", ">5", Ok("     ")),
            ("", "^6", Ok("      ")),
            ("", "*^7", Ok("*******")),
            ("", ".2", Ok("")),
            ("", "10.3s", Ok("          ")),
            ("", "05", Ok("00000")),
            ("", "0>5", Ok("00000")),
            ("", "é<4", Ok("éééé")),
            ("", "<", Ok("")),
            ("", ".0", Ok("")),
            ("abc", "", Ok("abc")),
            ("abc", "s", Ok("abc")),
            ("abc", "5", Ok("abc  ")),
            ("abc", "<5", Ok("abc  ")),
            ("abc", ">5", Ok("  abc")),
            ("abc", "^6", Ok(" abc  ")),
            ("abc", "*^7", Ok("**abc**")),
            ("abc", ".2", Ok("ab")),
            ("abc", "10.3s", Ok("abc       ")),
            ("abc", "05", Ok("abc00")),
            ("abc", "0>5", Ok("00abc")),
            ("abc", "é<4", Ok("abcé")),
            ("abc", "<", Ok("abc")),
            ("abc", ".0", Ok("")),
            ("héllo", "", Ok("héllo")),
            ("héllo", "s", Ok("héllo")),
            ("héllo", "5", Ok("héllo")),
            ("héllo", "<5", Ok("héllo")),
            ("héllo", ">5", Ok("héllo")),
            ("héllo", "^6", Ok("héllo ")),
            ("héllo", "*^7", Ok("*héllo*")),
            ("héllo", ".2", Ok("hé")),
            ("héllo", "10.3s", Ok("hél       ")),
            ("héllo", "05", Ok("héllo")),
            ("héllo", "0>5", Ok("héllo")),
            ("héllo", "é<4", Ok("héllo")),
            ("héllo", "<", Ok("héllo")),
            ("héllo", ".0", Ok("")),
            ("😀x", "", Ok("😀x")),
            ("😀x", "s", Ok("😀x")),
            ("😀x", "5", Ok("😀x   ")),
            ("😀x", "<5", Ok("😀x   ")),
            ("😀x", ">5", Ok("   😀x")),
            ("😀x", "^6", Ok("  😀x  ")),
            ("😀x", "*^7", Ok("**😀x***")),
            ("😀x", ".2", Ok("😀x")),
            ("😀x", "10.3s", Ok("😀x        ")),
            ("😀x", "05", Ok("😀x000")),
            ("😀x", "0>5", Ok("000😀x")),
            ("😀x", "é<4", Ok("😀xéé")),
            ("😀x", "<", Ok("😀x")),
            ("😀x", ".0", Ok("")),
            ("a\tb", "", Ok("a\tb")),
            ("a\tb", "s", Ok("a\tb")),
            ("a\tb", "5", Ok("a\tb  ")),
            ("a\tb", "<5", Ok("a\tb  ")),
            ("a\tb", ">5", Ok("  a\tb")),
            ("a\tb", "^6", Ok(" a\tb  ")),
            ("a\tb", "*^7", Ok("**a\tb**")),
            ("a\tb", ".2", Ok("a\t")),
            ("a\tb", "10.3s", Ok("a\tb       ")),
            ("a\tb", "05", Ok("a\tb00")),
            ("a\tb", "0>5", Ok("00a\tb")),
            ("a\tb", "é<4", Ok("a\tbé")),
            ("a\tb", "<", Ok("a\tb")),
            ("a\tb", ".0", Ok("")),
            ("ab", "+", Err("Sign not allowed in string format specifier")),
            ("ab", " ", Err("Space not allowed in string format specifier")),
            ("ab", "z", Err("Negative zero coercion (z) not allowed in string format specifier")),
            ("ab", "#", Err("Alternate form (#) not allowed in string format specifier")),
            ("ab", "=5", Err("'=' alignment not allowed in string format specifier")),
            ("ab", ",", Err("Cannot specify ',' with 's'.")),
            ("ab", "_", Err("Cannot specify '_' with 's'.")),
            ("ab", "d", Err("Unknown format code 'd' for object of type 'str'")),
            ("ab", "abc", Err("Invalid format specifier 'abc' for object of type 'str'")),
            ("ab", ".", Err("Format specifier missing precision")),
        ];
        for &(value, spec, expected) in cases {
            let got = format_str_spec(value, spec, "str");
            let expected = expected.map(str::to_string).map_err(str::to_string);
            assert_eq!(got, expected, "format({value:?}, {spec:?})");
        }
    }

    #[test]
    fn type_name_in_messages() {
        let one = BigInt::from(1);
        let expected = "Invalid format specifier 'abc' for object of type 'bool'";
        assert_eq!(format_int_spec(&one, "abc", "bool"), Err(expected.to_string()));
        let expected = "Unknown format code 'q' for object of type 'bool'";
        assert_eq!(format_int_spec(&one, "q", "bool"), Err(expected.to_string()));
    }

    #[test]
    fn parse_fields() {
        let spec = FormatSpec::parse("*^+z#012_.3f").unwrap();
        let expected = FormatSpec {
            fill: Some('*'),
            align: Some('^'),
            sign: Some('+'),
            no_neg_zero: true,
            alternate: true,
            zero: false,
            width: Some(12),
            grouping: Some('_'),
            precision: Some(3),
            ty: Some('f'),
        };
        assert_eq!(spec, expected);
        assert_eq!(FormatSpec::parse("").unwrap(), FormatSpec::default());
        let zero = FormatSpec::parse("0\u{663}").unwrap();
        assert!(zero.zero && zero.width == Some(3));
    }

    #[test]
    fn giant_widths_are_refused() {
        let one = BigInt::from(1);
        let too_many = Err(TOO_MANY_DIGITS.to_string());
        assert_eq!(format_int_spec(&one, "1000000000000000000", "int"), too_many);
        assert_eq!(format_str_spec("a", "1000000000000", "str"), too_many);
        assert_eq!(format_float_spec(1.0, ".1000000000f", "float"), too_many);
        let long = format_float_spec(0.1, ".1000000000g", "float").unwrap();
        assert_eq!(long, "0.1000000000000000055511151231257827021181583404541015625");
        assert_eq!(format_str_spec("abc", ".1000000000000", "str").unwrap(), "abc");
    }
}
