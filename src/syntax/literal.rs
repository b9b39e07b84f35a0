//! Decoding of literal tokens: numbers (any base, `_` separators, floats) and
//! string/bytes literals (prefixes, quotes, escapes, implicit concatenation,
//! f-strings via [`super::fstring`]).

use super::ast::{Constant, ExprKind, FStringPart, Span};
use super::charnames;
use super::diag::SyntaxError;
use super::fstring;
use num_bigint::BigUint;

/// CPython's default limit on the number of decimal digits of an `int`
/// converted from or to a string (`sys.int_info.default_max_str_digits`).
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The smallest limit `sys.set_int_max_str_digits` accepts (besides 0, no limit).
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

thread_local! {
    /// The limit in force on this thread (each interpreter runs on one thread);
    /// 0 means none.
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(DEFAULT_MAX_STR_DIGITS) };
}

/// The current limit on decimal digits (`sys.get_int_max_str_digits()`); 0 is none.
/// Decimal int literals are held to it at compile time, as in CPython 3.11.
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|m| m.get())
}

/// Sets the limit (`sys.set_int_max_str_digits`); the caller has checked the value.
pub fn set_max_str_digits(limit: usize) {
    MAX_STR_DIGITS.with(|m| m.set(limit));
}

/// Decodes a number token (`text` starts at byte `pos` of the source).
pub fn number(text: &str, pos: usize) -> Result<Constant, SyntaxError> {
    let err = |msg: &str| SyntaxError::new(msg, Span::new(pos, pos + 1));
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let radix = match lower.get(..2) {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    if radix != 10 {
        let value = BigUint::parse_bytes(&lower.as_bytes()[2..], radix).ok_or_else(|| err("invalid syntax"))?;
        return Ok(Constant::Int(value.to_string()));
    }
    if let Some(imag) = lower.strip_suffix('j') {
        return imag.parse::<f64>().map(Constant::Imaginary).map_err(|_| err("invalid syntax"));
    }
    if lower.contains(['.', 'e']) {
        return lower.parse::<f64>().map(Constant::Float).map_err(|_| err("invalid syntax"));
    }
    let digits = clean.trim_start_matches('0');
    if digits.is_empty() {
        return Ok(Constant::Int("0".to_string()));
    }
    if clean.starts_with('0') {
        let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
        return Err(err(msg));
    }
    let limit = max_str_digits();
    if limit > 0 && digits.len() > limit {
        let n = digits.len();
        return Err(err(&format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {n} digits; \
             use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer \
             literals to avoid decimal conversion limits."
        )));
    }
    Ok(Constant::Int(digits.to_string()))
}

/// One decoded string token.
enum Piece {
    Str(String),
    Bytes(Vec<u8>),
    FString(Vec<FStringPart>),
}

/// Decodes adjacent string tokens (spans into `src`) into one constant or f-string.
pub fn strings(src: &str, pieces: &[(usize, usize)]) -> Result<ExprKind, SyntaxError> {
    let mut decoded = Vec::with_capacity(pieces.len());
    for &(l, r) in pieces {
        decoded.push(piece(src, l, r)?);
    }
    let bytes = decoded.iter().filter(|p| matches!(p, Piece::Bytes(_))).count();
    if bytes != 0 && bytes != decoded.len() {
        let span = Span::new(pieces[0].0, pieces[pieces.len() - 1].1);
        return Err(SyntaxError::new("cannot mix bytes and nonbytes literals", span));
    }
    if bytes != 0 {
        let all = decoded.into_iter().flat_map(|p| if let Piece::Bytes(b) = p { b } else { Vec::new() });
        return Ok(ExprKind::Constant(Constant::Bytes(all.collect())));
    }
    if !decoded.iter().any(|p| matches!(p, Piece::FString(_))) {
        let all = decoded.into_iter().map(|p| if let Piece::Str(s) = p { s } else { String::new() });
        return Ok(ExprKind::Constant(Constant::Str(all.collect())));
    }
    let mut parts: Vec<FStringPart> = Vec::new();
    for p in decoded {
        match p {
            Piece::Str(s) => push_literal(&mut parts, s),
            Piece::FString(fs) => {
                for part in fs {
                    match part {
                        FStringPart::Literal(s) => push_literal(&mut parts, s),
                        value => parts.push(value),
                    }
                }
            }
            Piece::Bytes(_) => {}
        }
    }
    Ok(ExprKind::FString(parts))
}

/// Appends literal text, merging with a preceding literal part.
pub fn push_literal(parts: &mut Vec<FStringPart>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(&s);
    } else {
        parts.push(FStringPart::Literal(s));
    }
}

/// Decodes one string token `src[l..r]`.
fn piece(src: &str, l: usize, r: usize) -> Result<Piece, SyntaxError> {
    let text = &src[l..r];
    let prefix_len = text.find(['\'', '"']).unwrap_or(0);
    let prefix = text[..prefix_len].to_ascii_lowercase();
    let quote = &text[prefix_len..];
    let q = if quote.starts_with("'''") || quote.starts_with("\"\"\"") { 3 } else { 1 };
    let (start, end) = (l + prefix_len + q, r - q);
    let raw = prefix.contains('r');
    if prefix.contains('f') {
        return fstring::parse(src, start, end, raw).map(Piece::FString);
    }
    if prefix.contains('b') {
        let mut out = Vec::new();
        unescape(src, start, end, raw, true, &mut |c| out.push(c as u8)).map_err(|mut e| {
            if e.msg.starts_with("bytes") {
                e.span = Span::new(l, r);
            }
            e
        })?;
        return Ok(Piece::Bytes(out));
    }
    let mut out = String::with_capacity(end - start);
    unescape(src, start, end, raw, false, &mut |c| out.push(crate::codepoint::from_code_point(c).unwrap_or('\u{FFFD}')))?;
    Ok(Piece::Str(out))
}

/// Decodes the escapes of `src[start..end]`, passing each code point (or byte, for
/// bytes literals) to `out`. Line breaks are normalised to `\n`.
pub fn unescape(
    src: &str,
    start: usize,
    end: usize,
    raw: bool,
    bytes: bool,
    out: &mut dyn FnMut(u32),
) -> Result<(), SyntaxError> {
    let body = &src[start..end];
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if bytes && !c.is_ascii() {
            let msg = "bytes can only contain ASCII literal characters";
            return Err(SyntaxError::new(msg, Span::new(start + i, start + i + c.len_utf8())));
        }
        if c == '\r' {
            chars.next_if(|&(_, c)| c == '\n');
            out('\n' as u32);
            continue;
        }
        if c != '\\' {
            out(c as u32);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out('\\' as u32);
            break;
        };
        if raw {
            out('\\' as u32);
            if e == '\r' {
                chars.next_if(|&(_, c)| c == '\n');
                out('\n' as u32);
            } else {
                out(e as u32);
            }
            continue;
        }
        // CPython reports the escape's bytes in the text handed to its codec (see
        // `codec_offset`); bytes literals report the escape's offset instead.
        let err = |msg: &str, stop: usize| {
            let span = Span::new(start + i, start + stop.max(i + 2));
            let msg = if bytes {
                format!("(value error) invalid \\{e} escape at position {i}")
            } else {
                let (from, to) = (codec_offset(body, i), codec_offset(body, stop));
                format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{}: {msg}", to - 1)
            };
            SyntaxError::new(msg, span)
        };
        let here = |chars: &mut std::iter::Peekable<std::str::CharIndices>| chars.peek().map_or(body.len(), |&(k, _)| k);
        match e {
            '\n' => {}
            '\r' => {
                chars.next_if(|&(_, c)| c == '\n');
            }
            '\\' | '\'' | '"' => out(e as u32),
            'n' => out(10),
            't' => out(9),
            'r' => out(13),
            'a' => out(7),
            'b' => out(8),
            'f' => out(12),
            'v' => out(11),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.next_if(|&(_, c)| ('0'..='7').contains(&c)) {
                        Some((_, d)) => v = v * 8 + (d as u32 - '0' as u32),
                        None => break,
                    }
                }
                out(if bytes { v & 0xFF } else { v });
            }
            'x' | 'u' | 'U' if !bytes || e == 'x' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v: u32 = 0;
                for _ in 0..n {
                    match chars.next_if(|&(_, c)| c.is_ascii_hexdigit()) {
                        Some((_, d)) => v = v * 16 + d.to_digit(16).unwrap_or(0),
                        None => {
                            let msg = format!("truncated \\{e}{} escape", "X".repeat(n));
                            return Err(err(&msg, here(&mut chars)));
                        }
                    }
                }
                if v > 0x10FFFF {
                    return Err(err("illegal Unicode character", here(&mut chars)));
                }
                out(v);
            }
            'N' if !bytes => {
                let malformed = "malformed \\N character escape";
                if chars.next_if(|&(_, c)| c == '{').is_none() {
                    return Err(err(malformed, i + 2));
                }
                let from = i + 3;
                let Some(len) = body[from..].find('}') else {
                    return Err(err(malformed, body.len()));
                };
                if len == 0 {
                    return Err(err(malformed, from));
                }
                let close = from + len;
                match charnames::lookup(&body[from..close]) {
                    Some(c) => out(c as u32),
                    None => return Err(err("unknown Unicode character name", close + 1)),
                }
                while chars.next_if(|&(k, _)| k <= close).is_some() {}
            }
            other => {
                out('\\' as u32);
                if bytes && !other.is_ascii() {
                    let msg = "bytes can only contain ASCII literal characters";
                    return Err(SyntaxError::new(msg, Span::new(start + i + 1, start + i + 1 + other.len_utf8())));
                }
                out(other as u32);
            }
        }
    }
    Ok(())
}

/// The offset in CPython's codec input of byte `idx` of a literal's body: CPython
/// spells each non-ASCII character as a 10-byte `\\U` escape (and a backslash
/// before one as the 6-byte `\\u005c`) before decoding, and counts positions there.
fn codec_offset(body: &str, idx: usize) -> usize {
    let mut n = 0;
    let mut it = body[..idx].chars();
    while let Some(c) = it.next() {
        n += match c {
            '\\' => match it.next() {
                Some(d) if !d.is_ascii() => 16,
                Some(_) => 2,
                None => 1,
            },
            c if c.is_ascii() => 1,
            _ => 10,
        };
    }
    n
}
