//! UTF-8. Decoding checks the whole buffer with the standard library's
//! validator and only walks it by hand from the first bad sequence on.

use super::errors::{DecodeSite, Errors};
use super::surrogates::{self, UtfWriter};
use super::Decoded;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;

/// Whether `b` can begin a multi-byte sequence (0xc0, 0xc1 and 0xf5.. never can).
fn is_lead_byte(b: u8) -> bool {
    (0xc2..=0xf4).contains(&b)
}

/// Decodes `input[from..]`; when not `final_`, an incomplete sequence at the
/// end is left unconsumed.
pub fn decode(interp: &mut Interp, errors: &mut Errors, input: &[u8], from: usize, final_: bool) -> PyResult<Decoded> {
    let mut pos = from;
    let mut out = String::new();
    loop {
        let rest = &input[pos..];
        let e = match simdutf8::compat::from_utf8(rest) {
            Ok(s) => {
                if out.is_empty() {
                    return Ok((s.to_string(), input.len()));
                }
                out.push_str(s);
                return Ok((out, input.len()));
            }
            Err(e) => e,
        };
        let good = e.valid_up_to();
        // SAFETY: `from_utf8` vouched for the first `valid_up_to` bytes.
        out.push_str(unsafe { std::str::from_utf8_unchecked(&rest[..good]) });
        let start = pos + good;
        let (end, reason) = match e.error_len() {
            None if !final_ => return Ok((out, start)),
            None => (input.len(), "unexpected end of data"),
            Some(n) if is_lead_byte(input[start]) => (start + n, "invalid continuation byte"),
            Some(n) => (start + n, "invalid start byte"),
        };
        let site = DecodeSite { encoding: "utf-8", input, start, end, reason };
        pos = errors.on_decode(interp, &site, &mut out)?;
    }
}

/// Appends `text` in UTF-8; its lone surrogates go to `errors`.
pub fn encode(interp: &mut Interp, errors: &mut Errors, text: &str, out: &mut Vec<u8>) -> PyResult<()> {
    if !crate::codepoint::has_surrogates(text) {
        out.extend_from_slice(text.as_bytes());
        return Ok(());
    }
    let write = |c: char, out: &mut Vec<u8>| out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
    let pass = |n: u32, out: &mut Vec<u8>| out.extend_from_slice(&[0xe0 | (n >> 12) as u8, 0x80 | ((n >> 6) & 0x3f) as u8, 0x80 | (n & 0x3f) as u8]);
    let writer = UtfWriter { encoding: "utf-8", unit: 1, write: &write, pass: &pass };
    surrogates::encode(interp, errors, text, &writer, out)
}
