//! `unicode_escape` (bytes in Python's string-literal escapes, other bytes as
//! Latin-1) and `raw_unicode_escape` (only `\uXXXX` and `\UXXXXXXXX` escapes,
//! after an odd number of backslashes).
//!
//! A `\ud800` escape names a lone surrogate, which a coil string cannot hold;
//! it decodes to U+FFFD, as the same escape does in a string literal.

use super::errors::{DecodeSite, Errors};
use super::Decoded;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;

/// The character of a code point from an escape (surrogates become U+FFFD).
fn from_code(n: u32) -> char {
    crate::codepoint::from_code_point(n).unwrap_or('\u{fffd}')
}

/// What reading `want` hex digits at `at` found.
enum Hex {
    Value(u32),
    /// Fewer digits before the end of the input.
    Cut,
    /// A non-digit at this position.
    Bad(usize),
}

fn hex_digits(input: &[u8], at: usize, want: usize) -> Hex {
    let mut n = 0u32;
    for k in 0..want {
        let Some(&b) = input.get(at + k) else { return Hex::Cut };
        match (b as char).to_digit(16) {
            Some(d) => n = n.wrapping_mul(16) | d,
            None => return Hex::Bad(at + k),
        }
    }
    Hex::Value(n)
}

/// Decodes `unicode_escape` text from `input[from..]`; when not `final_`,
/// an escape cut off by the end of the input is left unconsumed.
pub fn decode_unicode_escape(
    interp: &mut Interp,
    errors: &mut Errors,
    input: &[u8],
    from: usize,
    final_: bool,
) -> PyResult<Decoded> {
    let len = input.len();
    let mut out = String::with_capacity(len - from);
    let mut i = from;
    while i < len {
        let b = input[i];
        if b != b'\\' {
            out.push(b as char);
            i += 1;
            continue;
        }
        let Some(&kind) = input.get(i + 1) else {
            if !final_ {
                return Ok((out, i));
            }
            let site = DecodeSite { encoding: "unicodeescape", input, start: i, end: len, reason: "\\ at end of string" };
            i = errors.on_decode(interp, &site, &mut out)?;
            continue;
        };
        let simple = match kind {
            b'\n' => Some(None),
            b'\\' | b'\'' | b'"' => Some(Some(kind as char)),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(c) = simple {
            out.extend(c);
            i += 2;
            continue;
        }
        if (b'0'..=b'7').contains(&kind) {
            let mut n = 0u32;
            let mut j = i + 1;
            while j < len && j < i + 4 && (b'0'..=b'7').contains(&input[j]) {
                n = n * 8 + (input[j] - b'0') as u32;
                j += 1;
            }
            out.push(from_code(n));
            i = j;
            continue;
        }
        let failure = match kind {
            b'x' | b'u' | b'U' => {
                let (want, reason) = match kind {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                match hex_digits(input, i + 2, want) {
                    Hex::Value(n) if n > 0x10ffff => (i + 2 + want, "illegal Unicode character"),
                    Hex::Value(n) => {
                        out.push(from_code(n));
                        i += 2 + want;
                        continue;
                    }
                    Hex::Cut if !final_ => return Ok((out, i)),
                    Hex::Cut => (len, reason),
                    Hex::Bad(at) => (at, reason),
                }
            }
            b'N' => match named(input, i) {
                Named::Char(c, next) => {
                    out.push(c);
                    i = next;
                    continue;
                }
                Named::Cut if !final_ => return Ok((out, i)),
                Named::Cut => (len, "malformed \\N character escape"),
                Named::Malformed(end) => (end, "malformed \\N character escape"),
                Named::Unknown(end) => (end, "unknown Unicode character name"),
            },
            other => {
                out.push('\\');
                out.push(other as char);
                i += 2;
                continue;
            }
        };
        let (end, reason) = failure;
        let site = DecodeSite { encoding: "unicodeescape", input, start: i, end, reason };
        i = errors.on_decode(interp, &site, &mut out)?;
    }
    Ok((out, len))
}

/// What a `\N{...}` escape at `i` holds.
enum Named {
    /// The character and the position after the escape.
    Char(char, usize),
    /// The input ends inside the escape.
    Cut,
    /// Not a `\N{name}` escape; the bad part ends here.
    Malformed(usize),
    /// No character has this name; the escape ends here.
    Unknown(usize),
}

fn named(input: &[u8], i: usize) -> Named {
    match input.get(i + 2) {
        None => return Named::Cut,
        Some(b'{') => {}
        Some(_) => return Named::Malformed(i + 2),
    }
    let open = i + 3;
    let Some(close) = input[open..].iter().position(|&b| b == b'}').map(|k| open + k) else {
        return Named::Cut;
    };
    if close == open {
        return Named::Malformed(close);
    }
    let name: String = input[open..close].iter().map(|&b| b as char).collect();
    match crate::syntax::charnames::lookup(&name) {
        Some(c) => Named::Char(c, close + 1),
        None => Named::Unknown(close + 1),
    }
}

/// Decodes `raw_unicode_escape` text from `input[from..]`; when not `final_`,
/// a trailing escape (or a lone trailing backslash) is left unconsumed.
pub fn decode_raw_unicode_escape(
    interp: &mut Interp,
    errors: &mut Errors,
    input: &[u8],
    from: usize,
    final_: bool,
) -> PyResult<Decoded> {
    let len = input.len();
    let mut out = String::with_capacity(len - from);
    let mut i = from;
    while i < len {
        if input[i] != b'\\' {
            out.push(input[i] as char);
            i += 1;
            continue;
        }
        let run = input[i..].iter().take_while(|&&b| b == b'\\').count();
        // Pairs of backslashes stand for themselves; an odd one out may start an escape.
        out.extend(std::iter::repeat_n('\\', run & !1));
        if run % 2 == 0 {
            i += run;
            continue;
        }
        let slash = i + run - 1;
        let want = match input.get(slash + 1) {
            None if !final_ => return Ok((out, slash)),
            Some(b'u') => 4,
            Some(b'U') => 8,
            _ => {
                out.push('\\');
                i = slash + 1;
                continue;
            }
        };
        let (end, reason) = match hex_digits(input, slash + 2, want) {
            Hex::Value(n) if n > 0x10ffff => (slash + 2 + want, "\\Uxxxxxxxx out of range"),
            Hex::Value(n) => {
                out.push(from_code(n));
                i = slash + 2 + want;
                continue;
            }
            Hex::Cut if !final_ => return Ok((out, slash)),
            Hex::Cut => (len, if want == 4 { "truncated \\uXXXX escape" } else { "truncated \\UXXXXXXXX escape" }),
            Hex::Bad(at) => (at, if want == 4 { "truncated \\uXXXX escape" } else { "truncated \\UXXXXXXXX escape" }),
        };
        let site = DecodeSite { encoding: "rawunicodeescape", input, start: slash, end, reason };
        i = errors.on_decode(interp, &site, &mut out)?;
    }
    Ok((out, len))
}

/// Appends `\uXXXX` or `\UXXXXXXXX` for `c`.
fn push_long_escape(c: char, out: &mut Vec<u8>) {
    let n = crate::codepoint::code_point(c);
    let esc = if n <= 0xffff { format!("\\u{n:04x}") } else { format!("\\U{n:08x}") };
    out.extend_from_slice(esc.as_bytes());
}

/// `unicode_escape`: printable ASCII as itself, the rest escaped.
pub fn encode_unicode_escape(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(c as u8),
            _ if (c as u32) < 0x100 => out.extend_from_slice(format!("\\x{:02x}", c as u32).as_bytes()),
            _ => push_long_escape(c, &mut out),
        }
    }
    out
}

/// `raw_unicode_escape`: Latin-1 characters as their byte, the rest escaped.
pub fn encode_raw_unicode_escape(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match u8::try_from(c as u32) {
            Ok(b) => out.push(b),
            Err(_) => push_long_escape(c, &mut out),
        }
    }
    out
}
