//! UTF-32 in either byte order.

use super::errors::{DecodeSite, Errors};
use super::surrogates::{self, UtfWriter};
use super::Decoded;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;

/// The codec's name in error messages.
pub fn name(big: bool) -> &'static str {
    if big {
        "utf-32-be"
    } else {
        "utf-32-le"
    }
}

/// Decodes `input[from..]`; when not `final_`, a trailing partial unit is left unconsumed.
pub fn decode(
    interp: &mut Interp,
    errors: &mut Errors,
    input: &[u8],
    from: usize,
    big: bool,
    final_: bool,
) -> PyResult<Decoded> {
    let mut out = String::with_capacity((input.len() - from) / 4);
    let mut i = from;
    let len = input.len();
    while i < len {
        let (end, reason) = if i + 4 > len {
            if !final_ {
                return Ok((out, i));
            }
            (len, "truncated data")
        } else {
            let quad = [input[i], input[i + 1], input[i + 2], input[i + 3]];
            let n = if big { u32::from_be_bytes(quad) } else { u32::from_le_bytes(quad) };
            match char::from_u32(n).filter(|c| !crate::codepoint::is_surrogate(*c)) {
                Some(c) => {
                    out.push(c);
                    i += 4;
                    continue;
                }
                None if (0xd800..0xe000).contains(&n) => {
                    (i + 4, "code point in surrogate code point range(0xd800, 0xe000)")
                }
                None => (i + 4, "code point not in range(0x110000)"),
            }
        };
        let site = DecodeSite { encoding: name(big), input, start: i, end, reason };
        i = errors.on_decode(interp, &site, &mut out)?;
    }
    Ok((out, len))
}

/// Appends `text` in UTF-32; its lone surrogates go to `errors`, which
/// reports them under the codec name `encoding`.
pub fn encode(
    interp: &mut Interp,
    errors: &mut Errors,
    encoding: &str,
    text: &str,
    big: bool,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let unit = |n: u32, out: &mut Vec<u8>| out.extend_from_slice(&if big { n.to_be_bytes() } else { n.to_le_bytes() });
    out.reserve(text.len() * 4);
    if !crate::codepoint::has_surrogates(text) {
        text.chars().for_each(|c| unit(c as u32, out));
        return Ok(());
    }
    let write = |c: char, out: &mut Vec<u8>| unit(c as u32, out);
    let writer = UtfWriter { encoding, unit: 4, write: &write, pass: &unit };
    surrogates::encode(interp, errors, text, &writer, out)
}
