//! The single-byte codecs: ASCII, Latin-1 and the code pages of `tables.rs`.
//! Each byte is one character; encoding reports runs of characters the code
//! page lacks as one error, decoding each unmapped byte on its own.

use super::errors::{DecodeSite, EncodeSite, Errors};
use super::tables::{self, UNDEFINED};
use super::Decoded;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;

/// A single-byte character set.
#[derive(Clone, Copy)]
pub enum Charset {
    Ascii,
    Latin1,
    /// A code page: ASCII below 0x80, this table above.
    Page(&'static [u16; 128]),
}

impl Charset {
    pub fn cp1252() -> Charset {
        Charset::Page(&tables::CP1252)
    }
    pub fn cp437() -> Charset {
        Charset::Page(&tables::CP437)
    }
    pub fn iso8859_15() -> Charset {
        Charset::Page(&tables::ISO8859_15)
    }
    pub fn mac_roman() -> Charset {
        Charset::Page(&tables::MAC_ROMAN)
    }

    /// The codec's name in error messages.
    fn error_name(self) -> &'static str {
        match self {
            Charset::Ascii => "ascii",
            Charset::Latin1 => "latin-1",
            Charset::Page(_) => "charmap",
        }
    }

    fn decode_reason(self) -> &'static str {
        match self {
            Charset::Ascii => "ordinal not in range(128)",
            _ => "character maps to <undefined>",
        }
    }

    fn encode_reason(self) -> &'static str {
        match self {
            Charset::Ascii => "ordinal not in range(128)",
            Charset::Latin1 => "ordinal not in range(256)",
            Charset::Page(_) => "character maps to <undefined>",
        }
    }

    /// The character of byte `b`.
    pub fn char_of(self, b: u8) -> Option<char> {
        match self {
            _ if b < 0x80 => Some(b as char),
            Charset::Ascii => None,
            Charset::Latin1 => Some(b as char),
            Charset::Page(t) => match t[(b - 0x80) as usize] {
                UNDEFINED => None,
                u => char::from_u32(u as u32),
            },
        }
    }

    /// The byte of character `c`.
    pub fn byte_of(self, c: char) -> Option<u8> {
        let n = c as u32;
        match self {
            _ if n < 0x80 => Some(n as u8),
            Charset::Ascii => None,
            Charset::Latin1 => u8::try_from(n).ok(),
            Charset::Page(t) => t.iter().position(|&u| u as u32 == n && u != UNDEFINED).map(|i| 0x80 + i as u8),
        }
    }
}

/// Decodes `input[from..]` (a single-byte codec never holds bytes back).
pub fn decode(interp: &mut Interp, errors: &mut Errors, input: &[u8], from: usize, set: Charset) -> PyResult<Decoded> {
    let rest = &input[from..];
    if rest.is_ascii() {
        // SAFETY: ASCII bytes are UTF-8.
        return Ok((unsafe { std::str::from_utf8_unchecked(rest) }.to_string(), input.len()));
    }
    let mut out = String::with_capacity(rest.len() + rest.len() / 2);
    let mut i = from;
    while i < input.len() {
        if let Some(c) = set.char_of(input[i]) {
            out.push(c);
            i += 1;
            continue;
        }
        let site = DecodeSite { encoding: set.error_name(), input, start: i, end: i + 1, reason: set.decode_reason() };
        i = errors.on_decode(interp, &site, &mut out)?;
    }
    Ok((out, input.len()))
}

/// Encodes `text`, handing each run of characters the set lacks to `errors`.
pub fn encode(interp: &mut Interp, errors: &mut Errors, text: &str, set: Charset) -> PyResult<Vec<u8>> {
    if text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(text.len());
    let (mut at, mut index) = (0, 0); // byte offset and character index in `text`
    while at < text.len() {
        let mut chars = text[at..].chars();
        let c = chars.next().unwrap_or_default();
        if let Some(b) = set.byte_of(c) {
            out.push(b);
            at += c.len_utf8();
            index += 1;
            continue;
        }
        // The run of characters the set lacks.
        let (mut stop, mut stop_index) = (at + c.len_utf8(), index + 1);
        for d in chars {
            if set.byte_of(d).is_some() {
                break;
            }
            stop += d.len_utf8();
            stop_index += 1;
        }
        let site = EncodeSite {
            encoding: set.error_name(),
            text,
            start: index,
            end: stop_index,
            run: &text[at..stop],
            reason: set.encode_reason(),
            pass: None,
            unit: 1,
        };
        let map = |c: char, out: &mut Vec<u8>| set.byte_of(c).map(|b| out.push(b)).is_some();
        let resume = errors.on_encode(interp, &site, &mut out, &map)?;
        if resume == stop_index {
            (at, index) = (stop, stop_index);
        } else {
            at = text.char_indices().nth(resume).map_or(text.len(), |(b, _)| b);
            index = resume;
        }
    }
    Ok(out)
}
