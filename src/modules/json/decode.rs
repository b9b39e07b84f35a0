//! The JSON scanner: text to values in one pass over the bytes, with an
//! explicit stack of open arrays and objects (nesting never recurses on the
//! Rust stack). Positions in errors and results are character indices, as in
//! CPython; the scanner works on byte offsets and converts at the edges.

use crate::vm::types::Exc;
use crate::vm::dict::{str_hash, Dict};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::borrow::Cow;

/// The decoder's settings (`JSONDecoder`'s attributes). A hook that is `None`
/// is the builtin behaviour (`dict`, `float`, `int`, the float constants).
pub struct Hooks {
    pub strict: bool,
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    /// `JSONDecodeError`, called with (msg, doc, pos).
    pub error_class: Value,
}

/// An array or object whose items are being read.
enum Open {
    Array(Vec<Value>),
    /// An object built as a dict; `key` is the key of the value being read.
    Object { dict: Dict, key: Value },
    /// An object for `object_pairs_hook`: (key, value) tuples.
    Pairs { pairs: Vec<Value>, key: Value },
}

/// One scan of a document.
pub struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The document as a value, for the errors' `doc`.
    doc: &'a Value,
    hooks: &'a Hooks,
    /// Keys already made, so that equal keys share one string object.
    memo: Dict,
    /// Language frames running when the scan began (for the depth limit).
    base_depth: usize,
}

#[inline(always)]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The character index of byte offset `pos` in `text`.
pub fn char_index(text: &str, pos: usize) -> usize {
    let head = &text.as_bytes()[..pos.min(text.len())];
    if head.is_ascii() {
        return head.len();
    }
    head.iter().filter(|&&b| (b & 0xc0) != 0x80).count()
}

/// The byte offset of character index `idx` (the end of the text past it).
pub fn byte_offset(text: &str, idx: usize) -> usize {
    if text.is_ascii() {
        return idx.min(text.len());
    }
    text.char_indices().nth(idx).map(|(b, _)| b).unwrap_or(text.len())
}

fn hex4(bytes: &[u8], at: usize) -> Option<u32> {
    let mut v = 0u32;
    for &b in bytes.get(at..at + 4)? {
        v = v * 16 + (b as char).to_digit(16)?;
    }
    Some(v)
}

impl<'a> Scanner<'a> {
    pub fn new(interp: &Interp, text: &'a str, doc: &'a Value, hooks: &'a Hooks) -> Scanner<'a> {
        Scanner {
            text,
            bytes: text.as_bytes(),
            doc,
            hooks,
            memo: Dict::new(),
            base_depth: interp.frames.len(),
        }
    }

    /// A `JSONDecodeError` for `msg` at byte offset `pos`.
    fn error(&self, interp: &mut Interp, msg: &str, pos: usize) -> Value {
        self.error_at(interp, msg, char_index(self.text, pos) as i64)
    }

    /// A `JSONDecodeError` for `msg` at character index `at`.
    pub fn error_at(&self, interp: &mut Interp, msg: &str, at: i64) -> Value {
        let args = vec![Value::str(msg), self.doc.clone(), Value::Int(at)];
        match interp.call_value(self.hooks.error_class.clone(), args, vec![]) {
            // Whatever the class made must be an exception to be raised.
            Ok(e) => interp.normalize_exception(e).unwrap_or_else(|e| e),
            Err(e) => e,
        }
    }

    /// The first byte offset at or after `pos` that is not JSON whitespace.
    #[inline]
    pub fn skip_ws(&self, mut pos: usize) -> usize {
        while pos < self.bytes.len() && is_ws(self.bytes[pos]) {
            pos += 1;
        }
        pos
    }

    /// The error for a string whose opening quote is just before byte offset `start`.
    fn unterminated(&self, interp: &mut Interp, start: usize) -> Value {
        self.error_at(interp, "Unterminated string starting at", char_index(self.text, start) as i64 - 1)
    }

    fn depth_error(&self, interp: &mut Interp, what: &str) -> Value {
        let e = interp.recursion_error();
        if interp.is_exc(&e, Exc::RecursionError) {
            let msg = format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string");
            return interp.new_error(Exc::RecursionError, msg);
        }
        e
    }

    /// Reads one value starting exactly at byte offset `pos`; gives it and the
    /// offset just past it.
    pub fn scan(&mut self, interp: &mut Interp, mut pos: usize) -> PyResult<(Value, usize)> {
        let bytes = self.bytes;
        let mut stack: Vec<Open> = Vec::new();
        'value: loop {
            super::charge(interp)?;
            let mut value = match bytes.get(pos) {
                Some(b'"') => {
                    let (text, end) = self.string_text(interp, pos + 1)?;
                    pos = end;
                    Value::string(text.into_owned())
                }
                Some(b'{') => {
                    if self.base_depth + stack.len() + 1 >= interp.recursion_limit {
                        return Err(self.depth_error(interp, "object"));
                    }
                    pos = self.skip_ws(pos + 1);
                    if bytes.get(pos) == Some(&b'}') {
                        pos += 1;
                        self.finish_object(interp, Open::Object { dict: Dict::new(), key: Value::None })?
                    } else {
                        let (key, after) = self.key_and_colon(interp, pos)?;
                        pos = after;
                        stack.push(if self.hooks.object_pairs_hook.is_some() {
                            Open::Pairs { pairs: Vec::new(), key }
                        } else {
                            Open::Object { dict: Dict::new(), key }
                        });
                        continue 'value;
                    }
                }
                Some(b'[') => {
                    if self.base_depth + stack.len() + 1 >= interp.recursion_limit {
                        return Err(self.depth_error(interp, "array"));
                    }
                    pos = self.skip_ws(pos + 1);
                    if bytes.get(pos) == Some(&b']') {
                        pos += 1;
                        Value::list(Vec::new())
                    } else {
                        stack.push(Open::Array(Vec::new()));
                        continue 'value;
                    }
                }
                Some(b'n') if bytes[pos..].starts_with(b"null") => {
                    pos += 4;
                    Value::None
                }
                Some(b't') if bytes[pos..].starts_with(b"true") => {
                    pos += 4;
                    Value::Bool(true)
                }
                Some(b'f') if bytes[pos..].starts_with(b"false") => {
                    pos += 5;
                    Value::Bool(false)
                }
                Some(b'N') if bytes[pos..].starts_with(b"NaN") => {
                    pos += 3;
                    self.constant(interp, "NaN", f64::NAN)?
                }
                Some(b'I') if bytes[pos..].starts_with(b"Infinity") => {
                    pos += 8;
                    self.constant(interp, "Infinity", f64::INFINITY)?
                }
                Some(b'-') if bytes[pos..].starts_with(b"-Infinity") => {
                    pos += 9;
                    self.constant(interp, "-Infinity", f64::NEG_INFINITY)?
                }
                Some(b'-' | b'0'..=b'9') => match self.number(interp, pos)? {
                    Some((v, end)) => {
                        pos = end;
                        v
                    }
                    None => return Err(self.error(interp, "Expecting value", pos)),
                },
                _ => return Err(self.error(interp, "Expecting value", pos)),
            };
            // A value is complete: it goes into the innermost open container,
            // which either ends (giving the next complete value) or asks for more.
            loop {
                let Some(top) = stack.last_mut() else { return Ok((value, pos)) };
                pos = self.skip_ws(pos);
                let next = bytes.get(pos).copied();
                match top {
                    Open::Array(items) => {
                        items.push(value);
                        match next {
                            Some(b',') => {
                                pos = self.skip_ws(pos + 1);
                                continue 'value;
                            }
                            Some(b']') => {
                                pos += 1;
                                value = match stack.pop() {
                                    Some(Open::Array(items)) => Value::list(items),
                                    _ => Value::None,
                                };
                            }
                            _ => return Err(self.error(interp, "Expecting ',' delimiter", pos)),
                        }
                    }
                    Open::Object { dict, key } => {
                        dict.set_str_value(key, value);
                        match next {
                            Some(b',') => {
                                let (k, after) = self.key_and_colon(interp, self.skip_ws(pos + 1))?;
                                if let Some(Open::Object { key, .. }) = stack.last_mut() {
                                    *key = k;
                                }
                                pos = after;
                                continue 'value;
                            }
                            Some(b'}') => {
                                pos += 1;
                                let open = stack.pop().unwrap_or(Open::Array(Vec::new()));
                                value = self.finish_object(interp, open)?;
                            }
                            _ => return Err(self.error(interp, "Expecting ',' delimiter", pos)),
                        }
                    }
                    Open::Pairs { pairs, key } => {
                        pairs.push(Value::tuple(vec![std::mem::take(key), value]));
                        match next {
                            Some(b',') => {
                                let (k, after) = self.key_and_colon(interp, self.skip_ws(pos + 1))?;
                                if let Some(Open::Pairs { key, .. }) = stack.last_mut() {
                                    *key = k;
                                }
                                pos = after;
                                continue 'value;
                            }
                            Some(b'}') => {
                                pos += 1;
                                let open = stack.pop().unwrap_or(Open::Array(Vec::new()));
                                value = self.finish_object(interp, open)?;
                            }
                            _ => return Err(self.error(interp, "Expecting ',' delimiter", pos)),
                        }
                    }
                }
            }
        }
    }

    /// An object's value once its `}` is read, through the hooks.
    fn finish_object(&mut self, interp: &mut Interp, open: Open) -> PyResult<Value> {
        match open {
            Open::Pairs { pairs, .. } => {
                let hook = self.hooks.object_pairs_hook.clone().unwrap_or(Value::None);
                interp.call_value(hook, vec![Value::list(pairs)], vec![])
            }
            Open::Object { dict, .. } => {
                if let Some(hook) = self.hooks.object_pairs_hook.clone() {
                    // The empty object `{}`.
                    return interp.call_value(hook, vec![Value::list(Vec::new())], vec![]);
                }
                let d = Value::dict(dict);
                match self.hooks.object_hook.clone() {
                    Some(hook) => interp.call_value(hook, vec![d], vec![]),
                    None => Ok(d),
                }
            }
            Open::Array(items) => Ok(Value::list(items)),
        }
    }

    /// A property name at `pos` and the `:` after it; gives the key and the
    /// offset of the value.
    fn key_and_colon(&mut self, interp: &mut Interp, pos: usize) -> PyResult<(Value, usize)> {
        if self.bytes.get(pos) != Some(&b'"') {
            return Err(self.error(interp, "Expecting property name enclosed in double quotes", pos));
        }
        let (text, end) = self.string_text(interp, pos + 1)?;
        let hash = str_hash(&text);
        let key = match self.memo.get_str_hashed(&text, hash) {
            Some(k) => k.clone(),
            None => {
                let k = Value::string(text.into_owned());
                self.memo.set_str_value(&k, k.clone());
                k
            }
        };
        let colon = self.skip_ws(end);
        if self.bytes.get(colon) != Some(&b':') {
            return Err(self.error(interp, "Expecting ':' delimiter", colon));
        }
        Ok((key, self.skip_ws(colon + 1)))
    }

    fn constant(&mut self, interp: &mut Interp, name: &str, value: f64) -> PyResult<Value> {
        match self.hooks.parse_constant.clone() {
            Some(hook) => interp.call_value(hook, vec![Value::str(name)], vec![]),
            None => Ok(Value::Float(value)),
        }
    }

    /// A number at `pos` (a `-` or a digit is there), or None when there is
    /// no number (a lone `-`).
    fn number(&mut self, interp: &mut Interp, start: usize) -> PyResult<Option<(Value, usize)>> {
        let bytes = self.bytes;
        let digits_from = |mut i: usize| {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            i
        };
        let mut i = start;
        if bytes[i] == b'-' {
            i += 1;
        }
        match bytes.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = digits_from(i + 1),
            _ => return Ok(None),
        }
        let int_end = i;
        if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i = digits_from(i + 2);
        }
        if matches!(bytes.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(bytes.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            let k = digits_from(j);
            if k > j {
                i = k;
            }
        }
        let text = &self.text[start..i];
        if i != int_end {
            let v = match self.hooks.parse_float.clone() {
                Some(hook) => interp.call_value(hook, vec![Value::str(text)], vec![])?,
                None => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            };
            return Ok(Some((v, i)));
        }
        let v = match self.hooks.parse_int.clone() {
            Some(hook) => interp.call_value(hook, vec![Value::str(text)], vec![])?,
            None => match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => match crate::objects::numparse::parse_int(text, 10) {
                    Ok(b) => Value::bigint(b),
                    Err(msg) => return Err(interp.value_error(msg)),
                },
            },
        };
        Ok(Some((v, i)))
    }

    /// The contents of a string whose opening quote is just before byte
    /// offset `start`; gives them and the offset past the closing quote.
    pub fn string_text(&mut self, interp: &mut Interp, start: usize) -> PyResult<(Cow<'a, str>, usize)> {
        let (text, bytes) = (self.text, self.bytes);
        let strict = self.hooks.strict;
        let stops = |b: u8| b == b'"' || b == b'\\' || (b < 0x20 && strict);
        let mut i = start;
        while i < bytes.len() && !stops(bytes[i]) {
            i += 1;
        }
        if bytes.get(i) == Some(&b'"') {
            return Ok((Cow::Borrowed(&text[start..i]), i + 1));
        }
        let mut out = String::with_capacity(i - start + 16);
        out.push_str(&text[start..i]);
        loop {
            let Some(&b) = bytes.get(i) else {
                return Err(self.unterminated(interp, start));
            };
            match b {
                b'"' => return Ok((Cow::Owned(out), i + 1)),
                b'\\' => {
                    let Some(&esc) = bytes.get(i + 1) else {
                        return Err(self.unterminated(interp, start));
                    };
                    let simple = match esc {
                        b'"' => Some('"'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        b'u' => None,
                        _ => return Err(self.error(interp, "Invalid \\escape", i)),
                    };
                    if let Some(c) = simple {
                        out.push(c);
                        i += 2;
                    } else {
                        let (c, next) = self.unicode_escape(interp, i)?;
                        out.push(c);
                        i = next;
                    }
                }
                _ => return Err(self.error(interp, "Invalid control character at", i)),
            }
            let run = i;
            while i < bytes.len() && !stops(bytes[i]) {
                i += 1;
            }
            out.push_str(&text[run..i]);
        }
    }

    /// The character of a `\uXXXX` escape at byte offset `at` (the backslash),
    /// joining a surrogate pair; gives it and the offset after the escape(s).
    /// A lone surrogate stays one (see `crate::codepoint`).
    fn unicode_escape(&mut self, interp: &mut Interp, at: usize) -> PyResult<(char, usize)> {
        let bytes = self.bytes;
        let read = |at: usize| if at + 6 < bytes.len() { hex4(bytes, at + 2) } else { None };
        let Some(unit) = read(at) else {
            return Err(self.error(interp, "Invalid \\uXXXX escape", at + 1));
        };
        let next = at + 6;
        if (0xd800..0xdc00).contains(&unit) && bytes.get(next) == Some(&b'\\') && bytes.get(next + 1) == Some(&b'u') {
            let Some(low) = read(next) else {
                return Err(self.error(interp, "Invalid \\uXXXX escape", next + 1));
            };
            if (0xdc00..0xe000).contains(&low) {
                let cp = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                return Ok((char::from_u32(cp).unwrap_or('\u{fffd}'), next + 6));
            }
        }
        Ok((crate::codepoint::from_code_point(unit).unwrap_or('\u{fffd}'), next))
    }
}
