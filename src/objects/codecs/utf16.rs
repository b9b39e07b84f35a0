//! UTF-16 in either byte order: surrogate pairs, and the errors CPython names
//! (a lone low surrogate is an "illegal encoding", a high one not followed by
//! a low one an "illegal UTF-16 surrogate").

use super::errors::{DecodeSite, Errors};
use super::surrogates::{self, UtfWriter};
use super::Decoded;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;

/// The code unit at `i`.
fn unit(input: &[u8], i: usize, big: bool) -> u16 {
    let pair = [input[i], input[i + 1]];
    if big {
        u16::from_be_bytes(pair)
    } else {
        u16::from_le_bytes(pair)
    }
}

/// The codec's name in error messages.
pub fn name(big: bool) -> &'static str {
    if big {
        "utf-16-be"
    } else {
        "utf-16-le"
    }
}

/// Decodes `input[from..]`; when not `final_`, a trailing odd byte or lone
/// high surrogate is left unconsumed.
pub fn decode(
    interp: &mut Interp,
    errors: &mut Errors,
    input: &[u8],
    from: usize,
    big: bool,
    final_: bool,
) -> PyResult<Decoded> {
    let mut out = String::with_capacity((input.len() - from) / 2);
    let mut i = from;
    let len = input.len();
    while i < len {
        let (end, reason) = if i + 1 >= len {
            if !final_ {
                return Ok((out, i));
            }
            (len, "truncated data")
        } else {
            let u = unit(input, i, big);
            match u {
                0xd800..=0xdbff => {
                    if i + 3 >= len {
                        if !final_ {
                            return Ok((out, i));
                        }
                        (len, "unexpected end of data")
                    } else {
                        let low = unit(input, i + 2, big);
                        if (0xdc00..=0xdfff).contains(&low) {
                            let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((low as u32) - 0xdc00);
                            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                            i += 4;
                            continue;
                        }
                        (i + 2, "illegal UTF-16 surrogate")
                    }
                }
                0xdc00..=0xdfff => (i + 2, "illegal encoding"),
                _ => {
                    out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                    i += 2;
                    continue;
                }
            }
        };
        let site = DecodeSite { encoding: name(big), input, start: i, end, reason };
        i = errors.on_decode(interp, &site, &mut out)?;
    }
    Ok((out, len))
}

/// Appends `text` in UTF-16; its lone surrogates go to `errors`, which
/// reports them under the codec name `encoding`.
pub fn encode(
    interp: &mut Interp,
    errors: &mut Errors,
    encoding: &str,
    text: &str,
    big: bool,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let unit = |u: u16, out: &mut Vec<u8>| out.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
    out.reserve(text.len() * 2);
    if !crate::codepoint::has_surrogates(text) {
        text.encode_utf16().for_each(|u| unit(u, out));
        return Ok(());
    }
    let write = |c: char, out: &mut Vec<u8>| c.encode_utf16(&mut [0; 2]).iter().for_each(|&u| unit(u, out));
    let pass = |n: u32, out: &mut Vec<u8>| unit(n as u16, out);
    let writer = UtfWriter { encoding, unit: 2, write: &write, pass: &pass };
    surrogates::encode(interp, errors, text, &writer, out)
}
