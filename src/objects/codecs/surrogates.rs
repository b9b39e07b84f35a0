//! Encoding text that holds lone surrogates with the UTF codecs. Any other
//! character always encodes, so text without surrogates never comes here;
//! with them, each surrogate goes to the error handler with CPython's reason
//! "surrogates not allowed" (UTF-8 hands over a whole run at once, UTF-16 and
//! UTF-32 one character at a time, as CPython does).

use super::errors::{EncodeSite, Errors, SurrogateWriter};
use crate::codepoint;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;

/// How one UTF codec writes text: its name in messages, its code unit size,
/// how it writes a character and how it writes a lone surrogate under
/// `surrogatepass`.
pub struct UtfWriter<'a> {
    pub encoding: &'a str,
    pub unit: usize,
    pub write: &'a dyn Fn(char, &mut Vec<u8>),
    pub pass: &'a SurrogateWriter<'a>,
}

/// Appends `text` to `out` with `writer`, handing its surrogates to `errors`.
pub fn encode(
    interp: &mut Interp,
    errors: &mut Errors,
    text: &str,
    writer: &UtfWriter,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !codepoint::is_surrogate(c) {
            (writer.write)(c, out);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if writer.unit == 1 {
            while end < chars.len() && codepoint::is_surrogate(chars[end]) {
                end += 1;
            }
        }
        let run: String = chars[i..end].iter().collect();
        let site = EncodeSite {
            encoding: writer.encoding,
            text,
            start: i,
            end,
            run: &run,
            reason: "surrogates not allowed",
            pass: Some(writer.pass),
            unit: writer.unit,
        };
        let map = |c: char, out: &mut Vec<u8>| {
            let ok = !codepoint::is_surrogate(c);
            if ok {
                (writer.write)(c, out);
            }
            ok
        };
        i = errors.on_encode(interp, &site, out, &map)?;
    }
    Ok(())
}
