//! The text codecs a text stream uses: an incremental decoder that keeps an
//! incomplete multi-byte sequence for the next chunk, and an encoder.
//! UTF-8 decodes through `std::str::from_utf8` on whole chunks.

use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;

/// The encodings streams know, by canonical name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Utf8,
    Latin1,
    Ascii,
}

fn kind_of(interp: &mut Interp, encoding: &str) -> PyResult<Kind> {
    let norm: String = encoding.to_ascii_lowercase().chars().map(|c| if c == '_' { '-' } else { c }).collect();
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "locale" => Ok(Kind::Utf8),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" => Ok(Kind::Latin1),
        "ascii" | "us-ascii" | "646" => Ok(Kind::Ascii),
        _ => Err(interp.new_error("LookupError", format!("unknown encoding: {encoding}"))),
    }
}

fn name_of(kind: Kind) -> &'static str {
    match kind {
        Kind::Utf8 => "utf-8",
        Kind::Latin1 => "iso8859-1",
        Kind::Ascii => "ascii",
    }
}

/// An incremental decoder.
pub struct Decoder {
    kind: Kind,
    errors: String,
    pending: Vec<u8>,
}

fn decode_error(interp: &mut Interp, encoding: &str, data: &[u8], start: usize, end: usize, reason: &str) -> Value {
    let class = interp.types.exc("UnicodeDecodeError");
    let args = vec![
        Value::str(encoding),
        Value::bytes(data.to_vec()),
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    match interp.call_value(Value::Class(class), args, vec![]) {
        Ok(v) | Err(v) => v,
    }
}

impl Decoder {
    /// A decoder for `encoding` (LookupError when unknown).
    pub fn new(interp: &mut Interp, encoding: &str, errors: &str) -> PyResult<Decoder> {
        Ok(Decoder { kind: kind_of(interp, encoding)?, errors: errors.to_string(), pending: Vec::new() })
    }

    /// Decodes `input`, holding back an incomplete sequence at its end unless `final_`.
    pub fn decode(&mut self, interp: &mut Interp, input: &[u8], final_: bool) -> PyResult<String> {
        match self.kind {
            Kind::Latin1 => Ok(input.iter().map(|&b| b as char).collect()),
            Kind::Ascii => {
                let mut out = String::with_capacity(input.len());
                for (i, &b) in input.iter().enumerate() {
                    if b < 128 {
                        out.push(b as char);
                    } else {
                        match self.errors.as_str() {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            _ => return Err(decode_error(interp, "ascii", input, i, i + 1, "ordinal not in range(128)")),
                        }
                    }
                }
                Ok(out)
            }
            Kind::Utf8 => self.decode_utf8(interp, input, final_),
        }
    }

    fn decode_utf8(&mut self, interp: &mut Interp, input: &[u8], final_: bool) -> PyResult<String> {
        let joined;
        let data: &[u8] = if self.pending.is_empty() {
            input
        } else {
            let mut v = std::mem::take(&mut self.pending);
            v.extend_from_slice(input);
            joined = v;
            &joined
        };
        if let Ok(s) = std::str::from_utf8(data) {
            return Ok(s.to_string());
        }
        let mut out = String::with_capacity(data.len());
        let mut rest = data;
        let mut offset = 0;
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    return Ok(out);
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    // SAFETY-free: from_utf8 validated rest[..good].
                    out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                    match e.error_len() {
                        None if !final_ => {
                            self.pending = rest[good..].to_vec();
                            return Ok(out);
                        }
                        len => {
                            let bad = len.unwrap_or(rest.len() - good);
                            let start = offset + good;
                            match self.errors.as_str() {
                                "ignore" => {}
                                "replace" => out.push('\u{fffd}'),
                                _ => {
                                    let reason = if len.is_none() {
                                        "unexpected end of data"
                                    } else if rest[good] >= 0x80 && rest[good] < 0xc2 || rest[good] > 0xf4 {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    };
                                    return Err(decode_error(interp, "utf-8", data, start, start + bad, reason));
                                }
                            }
                            rest = &rest[good + bad..];
                            offset += good + bad;
                        }
                    }
                }
            }
        }
    }

    /// Forgets held-back bytes.
    pub fn reset(&mut self) {
        self.pending.clear();
    }

    /// The bytes held back for the next call.
    pub fn pending(&self) -> &[u8] {
        &self.pending
    }

    /// The canonical name of the encoding.
    pub fn name(&self) -> &'static str {
        name_of(self.kind)
    }
}

/// An incremental encoder.
pub struct Encoder {
    kind: Kind,
    errors: String,
}

impl Encoder {
    /// An encoder for `encoding` (LookupError when unknown).
    pub fn new(interp: &mut Interp, encoding: &str, errors: &str) -> PyResult<Encoder> {
        Ok(Encoder { kind: kind_of(interp, encoding)?, errors: errors.to_string() })
    }

    /// Encodes `text`.
    pub fn encode(&mut self, interp: &mut Interp, text: &str, _final: bool) -> PyResult<Vec<u8>> {
        let limit = match self.kind {
            Kind::Utf8 => return Ok(text.as_bytes().to_vec()),
            Kind::Latin1 => 256,
            Kind::Ascii => 128,
        };
        let mut out = Vec::with_capacity(text.len());
        for (i, c) in text.chars().enumerate() {
            if (c as u32) < limit {
                out.push(c as u8);
                continue;
            }
            match self.errors.as_str() {
                "ignore" => {}
                "replace" => out.push(b'?'),
                "backslashreplace" => {
                    let n = c as u32;
                    let esc = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
                "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
                _ => {
                    let name = name_of(self.kind);
                    let name = if name == "iso8859-1" { "latin-1" } else { name };
                    let class = interp.types.exc("UnicodeEncodeError");
                    let args = vec![
                        Value::str(name),
                        Value::str(text),
                        Value::Int(i as i64),
                        Value::Int(i as i64 + 1),
                        Value::string(format!("ordinal not in range({limit})")),
                    ];
                    return Err(match interp.call_value(Value::Class(class), args, vec![]) {
                        Ok(v) | Err(v) => v,
                    });
                }
            }
        }
        Ok(out)
    }

    /// Starts over (a BOM is written again).
    pub fn reset(&mut self) {}
}
