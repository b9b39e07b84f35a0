//! Error handlers: what a codec does with bytes it cannot decode or characters
//! it cannot encode. The builtin handlers run here directly; handlers a
//! program registers (`codecs.register_error`) are called with the exception
//! and answer `(replacement, resume position)`.
//!
//! `surrogateescape` turns each undecodable byte 0x80..0xff into the lone
//! surrogate U+DC80..U+DCFF and back; `surrogatepass` lets the UTF codecs
//! read and write lone surrogates (see `crate::codepoint` for how strings
//! hold them).

use crate::vm::types::Exc;
use crate::codepoint;
use crate::objects::unicode_error;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;

/// The handlers programs registered by name (`codecs.register_error`).
#[derive(Default)]
pub struct Registry {
    handlers: Vec<(String, Value)>,
}

/// Registers (or replaces) a handler under `name`.
pub fn register(interp: &mut Interp, name: &str, handler: Value) {
    let reg = interp.extensions.get_or_default::<Registry>();
    match reg.handlers.iter_mut().find(|(n, _)| n == name) {
        Some(slot) => slot.1 = handler,
        None => reg.handlers.push((name.to_string(), handler)),
    }
}

/// A handler registered under `name`, if any.
pub fn registered(interp: &Interp, name: &str) -> Option<Value> {
    let reg = interp.extensions.get::<Registry>()?;
    reg.handlers.iter().find(|(n, _)| n == name).map(|(_, h)| h.clone())
}

/// A resolved error handler.
#[derive(Clone)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    Custom(Value),
}

impl Handler {
    /// The builtin handler called `name`.
    pub fn builtin(name: &str) -> Option<Handler> {
        Some(match name {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "namereplace" => Handler::NameReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            _ => return None,
        })
    }
}

/// The `errors` argument of a codec: a handler name, looked up at the first
/// error (an unknown name is only an error when an error happens).
#[derive(Clone)]
pub struct Errors {
    name: String,
    handler: Option<Handler>,
}

/// Where a decode error happened: the codec's name for messages, the bytes
/// being decoded and the bad range in them.
pub struct DecodeSite<'a> {
    pub encoding: &'a str,
    pub input: &'a [u8],
    pub start: usize,
    pub end: usize,
    pub reason: &'a str,
}

/// Writes one lone surrogate (a code point in U+D800..U+DFFF) as a UTF codec would.
pub type SurrogateWriter<'a> = dyn Fn(u32, &mut Vec<u8>) + 'a;

/// Where an encode error happened: `start..end` counts characters of `text`,
/// `run` is the text of that range. `pass` writes a lone surrogate as the
/// codec would under `surrogatepass` (the UTF codecs only); replacement
/// bytes must fill whole code units of `unit` bytes (so UTF-16 and UTF-32
/// refuse `surrogateescape`).
pub struct EncodeSite<'a> {
    pub encoding: &'a str,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub run: &'a str,
    pub reason: &'a str,
    pub pass: Option<&'a SurrogateWriter<'a>>,
    pub unit: usize,
}

/// A code unit of `size` bytes at `input[at..]` in the byte order `big`, if there is one.
fn unit_at(input: &[u8], at: usize, size: usize, big: bool) -> Option<u32> {
    let bytes = input.get(at..at + size)?;
    let fold = |acc: u32, &b: &u8| (acc << 8) | b as u32;
    Some(if big { bytes.iter().fold(0, fold) } else { bytes.iter().rev().fold(0, fold) })
}

/// The lone surrogate a UTF codec's input holds at `site.start` and its
/// length in bytes, which `surrogatepass` decodes.
fn passed_surrogate(site: &DecodeSite) -> Option<(u32, usize)> {
    let (input, at) = (site.input, site.start);
    let (n, len) = match site.encoding {
        "utf-8" => match input.get(at..at + 3)? {
            &[0xed, b1 @ 0xa0..=0xbf, b2 @ 0x80..=0xbf] => (0xd000 | ((b1 as u32 & 0x3f) << 6) | (b2 as u32 & 0x3f), 3),
            _ => return None,
        },
        "utf-16-le" | "utf-16-be" => (unit_at(input, at, 2, site.encoding.ends_with("be"))?, 2),
        "utf-32-le" | "utf-32-be" => (unit_at(input, at, 4, site.encoding.ends_with("be"))?, 4),
        _ => return None,
    };
    (0xd800..=0xdfff).contains(&n).then_some((n, len))
}

impl Errors {
    pub fn new(name: &str) -> Errors {
        Errors { name: name.to_string(), handler: Handler::builtin(name) }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    fn resolve(&mut self, interp: &mut Interp) -> PyResult<Handler> {
        if let Some(h) = &self.handler {
            return Ok(h.clone());
        }
        match registered(interp, &self.name) {
            Some(v) => {
                let h = Handler::Custom(v);
                self.handler = Some(h.clone());
                Ok(h)
            }
            None => Err(unknown_handler(interp, &self.name)),
        }
    }

    /// Handles a decode error: appends the replacement to `out` and returns
    /// the position in `site.input` where decoding goes on.
    pub fn on_decode(&mut self, interp: &mut Interp, site: &DecodeSite, out: &mut String) -> PyResult<usize> {
        let make = |interp: &mut Interp| {
            unicode_error::decode_error(interp, site.encoding, site.input, site.start, site.end, site.reason)
        };
        match self.resolve(interp)? {
            Handler::Strict => Err(make(interp)),
            Handler::SurrogateEscape => {
                let bad = &site.input[site.start..site.end];
                if bad.iter().any(|&b| b < 0x80) {
                    return Err(make(interp));
                }
                out.extend(bad.iter().filter_map(|&b| codepoint::from_code_point(0xdc00 + b as u32)));
                Ok(site.end)
            }
            Handler::SurrogatePass => match passed_surrogate(site) {
                Some((n, len)) => {
                    out.extend(codepoint::from_code_point(n));
                    Ok(site.start + len)
                }
                None => Err(make(interp)),
            },
            Handler::Ignore => Ok(site.end),
            Handler::Replace => {
                out.push('\u{fffd}');
                Ok(site.end)
            }
            Handler::BackslashReplace => {
                for b in &site.input[site.start..site.end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(site.end)
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                Err(interp.type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            Handler::Custom(f) => {
                let exc = make(interp);
                let answer = interp.call_value(f, vec![exc], vec![])?;
                let (replacement, pos) = match answer_parts(&answer) {
                    Some((r @ Value::Str(_), p)) => (r, p),
                    _ => return Err(interp.type_error("decoding error handler must return (str, int) tuple")),
                };
                out.push_str(replacement.as_str().unwrap_or_default());
                resume_position(interp, &pos, site.input.len())
            }
        }
    }

    /// Handles an encode error: appends the replacement's bytes to `out` and
    /// returns the character position where encoding goes on. `map` encodes
    /// one character of a replacement string, false when it cannot.
    pub fn on_encode(
        &mut self,
        interp: &mut Interp,
        site: &EncodeSite,
        out: &mut Vec<u8>,
        map: &dyn Fn(char, &mut Vec<u8>) -> bool,
    ) -> PyResult<usize> {
        let make = |interp: &mut Interp| {
            unicode_error::encode_error(interp, site.encoding, &Value::str(site.text), site.start, site.end, site.reason)
        };
        match self.resolve(interp)? {
            Handler::Strict => Err(make(interp)),
            Handler::SurrogateEscape => {
                if site.unit > 1 {
                    return Err(make(interp));
                }
                for c in site.run.chars() {
                    match codepoint::surrogate(c) {
                        Some(n @ 0xdc80..=0xdcff) => out.push((n - 0xdc00) as u8),
                        _ => return Err(make(interp)),
                    }
                }
                Ok(site.end)
            }
            Handler::SurrogatePass => {
                let Some(pass) = site.pass else { return Err(make(interp)) };
                for c in site.run.chars() {
                    match codepoint::surrogate(c) {
                        Some(n) => pass(n, out),
                        None => return Err(make(interp)),
                    }
                }
                Ok(site.end)
            }
            Handler::Ignore => Ok(site.end),
            Handler::Replace => {
                site.run.chars().for_each(|_| _ = map('?', out));
                Ok(site.end)
            }
            Handler::BackslashReplace => {
                let text: String = site.run.chars().map(unicode_error::escaped_char).collect();
                text.chars().for_each(|c| _ = map(c, out));
                Ok(site.end)
            }
            Handler::XmlCharRefReplace => {
                let text: String = site.run.chars().map(|c| format!("&#{};", codepoint::code_point(c))).collect();
                text.chars().for_each(|c| _ = map(c, out));
                Ok(site.end)
            }
            Handler::NameReplace => {
                let named = |c: char| match crate::syntax::charnames::name(c) {
                    Some(name) => format!("\\N{{{name}}}"),
                    None => unicode_error::escaped_char(c),
                };
                let text: String = site.run.chars().map(named).collect();
                text.chars().for_each(|c| _ = map(c, out));
                Ok(site.end)
            }
            Handler::Custom(f) => {
                let exc = make(interp);
                let answer = interp.call_value(f, vec![exc.clone()], vec![])?;
                let Some((replacement, pos)) = answer_parts(&answer) else {
                    return Err(interp.type_error("encoding error handler must return (str/bytes, int) tuple"));
                };
                match replacement.builtin_value() {
                    Value::Bytes(b) if b.len() % site.unit == 0 => out.extend_from_slice(b),
                    Value::Bytes(_) => return Err(exc),
                    Value::Str(s) => {
                        for c in s.as_str().chars() {
                            if !map(c, out) {
                                return Err(exc);
                            }
                        }
                    }
                    _ => return Err(interp.type_error("encoding error handler must return (str/bytes, int) tuple")),
                }
                resume_position(interp, &pos, site.text.chars().count())
            }
        }
    }
}

/// The (replacement, position) pair a handler answered, if it is one.
fn answer_parts(answer: &Value) -> Option<(Value, Value)> {
    match answer {
        Value::Tuple(t) if t.len() == 2 => {
            let pos = match &t[1] {
                p @ (Value::Int(_) | Value::Bool(_)) => p.clone(),
                _ => return None,
            };
            Some((t[0].builtin_value().clone(), pos))
        }
        _ => None,
    }
}

/// A handler's resume position: negative counts from the end; out of range is an IndexError.
fn resume_position(interp: &mut Interp, pos: &Value, len: usize) -> PyResult<usize> {
    let p = interp.index_value(pos)?;
    let q = if p < 0 { p + len as i64 } else { p };
    if q < 0 || q > len as i64 {
        return Err(interp.index_error(format!("position {p} from error handler out of bounds")));
    }
    Ok(q as usize)
}

/// `LookupError: unknown error handler name 'x'`.
pub fn unknown_handler(interp: &mut Interp, name: &str) -> Value {
    interp.new_error(Exc::LookupError, format!("unknown error handler name '{name}'"))
}
