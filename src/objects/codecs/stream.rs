//! `Decoder` and `Encoder`: a codec with the state a stream needs between
//! calls: bytes of an incomplete sequence held back, whether the byte order
//! mark was read or written.

use crate::vm::types::Exc;
use super::charmap::{self, Charset};
use super::errors::Errors;
use super::{escape, utf16, utf32, utf8, Codec, Decoded, BOM_UTF8, NATIVE_BIG};
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;

/// The byte order of `utf-16`/`utf-32` input: unknown until the first bytes are read.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    Unknown,
    Little,
    Big,
}

/// Incremental decoding: bytes in pieces, text out as soon as it is complete.
pub struct Decoder {
    codec: Codec,
    errors: Errors,
    pending: Vec<u8>,
    order: Order,
    /// `utf-8-sig`: whether the start of the input (and its BOM) was seen.
    started: bool,
    /// Made for a stream (`new`) rather than for one whole input
    /// (`for_codec`): CPython's stream decoders insist on the byte order mark
    /// of `utf-16`/`utf-32`, and its `utf-8-sig` stream decoder drops a cut
    /// mark at the end.
    stream: bool,
}

impl Decoder {
    /// A decoder for `encoding` (LookupError when coil has no such codec).
    pub fn new(interp: &mut Interp, encoding: &str, errors: &str) -> PyResult<Decoder> {
        let mut decoder = Decoder::for_codec(super::find(interp, encoding)?, errors);
        decoder.stream = true;
        Ok(decoder)
    }

    /// A decoder for one whole input (`bytes.decode`).
    pub fn for_codec(codec: Codec, errors: &str) -> Decoder {
        let (pending, order) = (Vec::new(), Order::Unknown);
        Decoder { codec, errors: Errors::new(errors), pending, order, started: false, stream: false }
    }

    /// Decodes `input` after the bytes held back; unless `final_`, an
    /// incomplete sequence at the end is held back for the next call. After
    /// an error the held-back bytes are those from before the call.
    pub fn decode(&mut self, interp: &mut Interp, input: &[u8], final_: bool) -> PyResult<String> {
        if self.pending.is_empty() {
            let (text, used) = self.run(interp, input, final_)?;
            self.pending.extend_from_slice(&input[used..]);
            return Ok(text);
        }
        let mut buf = self.pending.clone();
        buf.extend_from_slice(input);
        let (text, used) = self.run(interp, &buf, final_)?;
        buf.drain(..used);
        self.pending = buf;
        Ok(text)
    }

    /// Back to the start: nothing held back, the byte order mark not yet seen.
    pub fn reset(&mut self) {
        self.pending.clear();
        self.order = Order::Unknown;
        self.started = false;
    }

    /// The bytes held back.
    pub fn pending(&self) -> &[u8] {
        &self.pending
    }

    /// Changes the error handler (a stream's `errors` can change between calls).
    pub fn set_errors(&mut self, errors: &str) {
        if self.errors.name() != errors {
            self.errors = Errors::new(errors);
        }
    }

    /// The state flag CPython's `getstate()` pairs with the pending bytes:
    /// `utf-16`/`utf-32` 2 before the byte order is known, then 0 little-endian
    /// and 1 big-endian; `utf-8-sig` 1 before its start was seen; otherwise 0.
    pub fn flag(&self) -> i64 {
        match self.codec {
            Codec::Utf16 | Codec::Utf32 => match self.order {
                Order::Unknown => 2,
                Order::Little => 0,
                Order::Big => 1,
            },
            Codec::Utf8Sig => i64::from(!self.started),
            _ => 0,
        }
    }

    /// Restores a state `flag` and `pending` describe (CPython's `setstate()`).
    pub fn set_state(&mut self, pending: &[u8], flag: i64) {
        self.pending = pending.to_vec();
        match self.codec {
            Codec::Utf16 | Codec::Utf32 => {
                self.order = match flag {
                    0 => Order::Little,
                    1 => Order::Big,
                    _ => Order::Unknown,
                }
            }
            Codec::Utf8Sig => self.started = flag == 0,
            _ => {}
        }
    }

    /// Where `utf-16`/`utf-32` text starts in `buf` and in which byte order,
    /// after a byte order mark if there is one; None while too little is known.
    fn byte_order(
        &mut self,
        interp: &mut Interp,
        buf: &[u8],
        bom_le: &[u8],
        bom_be: &[u8],
        final_: bool,
    ) -> PyResult<Option<(usize, bool)>> {
        match self.order {
            Order::Little => return Ok(Some((0, false))),
            Order::Big => return Ok(Some((0, true))),
            Order::Unknown => {}
        }
        if buf.len() < bom_le.len() {
            if !final_ {
                return Ok(None);
            }
            return Ok(Some((0, NATIVE_BIG)));
        }
        let (from, order) = if buf.starts_with(bom_le) {
            (bom_le.len(), Order::Little)
        } else if buf.starts_with(bom_be) {
            (bom_be.len(), Order::Big)
        } else if self.stream && buf.len() >= 2 {
            let msg = format!("UTF-{} stream does not start with BOM", if bom_le.len() == 2 { 16 } else { 32 });
            return Err(interp.new_error(Exc::UnicodeError, msg));
        } else {
            (0, if NATIVE_BIG { Order::Big } else { Order::Little })
        };
        self.order = order;
        Ok(Some((from, order == Order::Big)))
    }

    fn run(&mut self, interp: &mut Interp, buf: &[u8], final_: bool) -> PyResult<Decoded> {
        let errors = &mut self.errors;
        match self.codec {
            Codec::Utf8 => utf8::decode(interp, errors, buf, 0, final_),
            Codec::Utf8Sig => {
                let mut from = 0;
                if !self.started {
                    if buf.len() < BOM_UTF8.len() && BOM_UTF8.starts_with(buf) && (self.stream || !final_) {
                        return Ok((String::new(), 0));
                    }
                    if buf.starts_with(BOM_UTF8) {
                        from = BOM_UTF8.len();
                    }
                    self.started = true;
                }
                // Errors count positions from after the mark, as CPython's do.
                let (text, used) = utf8::decode(interp, &mut self.errors, &buf[from..], 0, final_)?;
                Ok((text, from + used))
            }
            Codec::Utf16 => match self.byte_order(interp, buf, b"\xff\xfe", b"\xfe\xff", final_)? {
                None => Ok((String::new(), 0)),
                Some((from, big)) => utf16::decode(interp, &mut self.errors, buf, from, big, final_),
            },
            Codec::Utf16Le => utf16::decode(interp, errors, buf, 0, false, final_),
            Codec::Utf16Be => utf16::decode(interp, errors, buf, 0, true, final_),
            Codec::Utf32 => match self.byte_order(interp, buf, b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", final_)? {
                None => Ok((String::new(), 0)),
                Some((from, big)) => utf32::decode(interp, &mut self.errors, buf, from, big, final_),
            },
            Codec::Utf32Le => utf32::decode(interp, errors, buf, 0, false, final_),
            Codec::Utf32Be => utf32::decode(interp, errors, buf, 0, true, final_),
            Codec::UnicodeEscape => escape::decode_unicode_escape(interp, errors, buf, 0, final_),
            Codec::RawUnicodeEscape => escape::decode_raw_unicode_escape(interp, errors, buf, 0, final_),
            single => charmap::decode(interp, errors, buf, 0, charset(single)),
        }
    }
}

/// The character set of a single-byte codec.
fn charset(codec: Codec) -> Charset {
    match codec {
        Codec::Ascii => Charset::Ascii,
        Codec::Cp1252 => Charset::cp1252(),
        Codec::Cp437 => Charset::cp437(),
        Codec::Iso8859_15 => Charset::iso8859_15(),
        Codec::MacRoman => Charset::mac_roman(),
        _ => Charset::Latin1,
    }
}

/// Incremental encoding: the byte order mark once, then each piece of text.
pub struct Encoder {
    codec: Codec,
    errors: Errors,
    /// Whether the byte order mark (of the codecs that write one) is still to come.
    bom_pending: bool,
}

impl Encoder {
    /// An encoder for `encoding` (LookupError when coil has no such codec).
    pub fn new(interp: &mut Interp, encoding: &str, errors: &str) -> PyResult<Encoder> {
        Ok(Encoder::for_codec(super::find(interp, encoding)?, errors))
    }

    pub fn for_codec(codec: Codec, errors: &str) -> Encoder {
        Encoder { codec, errors: Errors::new(errors), bom_pending: true }
    }

    /// Encodes `text`; `utf-16`, `utf-32` and `utf-8-sig` write their byte
    /// order mark before the first piece. No codec here holds text back, so
    /// `final_` changes nothing.
    pub fn encode(&mut self, interp: &mut Interp, text: &str, final_: bool) -> PyResult<Vec<u8>> {
        let _ = final_;
        let mut out = Vec::new();
        let mut bom = |out: &mut Vec<u8>, mark: &[u8]| {
            if std::mem::take(&mut self.bom_pending) {
                out.extend_from_slice(mark);
            }
        };
        let errors = &mut self.errors;
        match self.codec {
            Codec::Utf8 => utf8::encode(interp, errors, text, &mut out)?,
            Codec::Utf8Sig => {
                bom(&mut out, BOM_UTF8);
                utf8::encode(interp, errors, text, &mut out)?;
            }
            Codec::Utf16 => {
                bom(&mut out, if NATIVE_BIG { b"\xfe\xff" } else { b"\xff\xfe" });
                utf16::encode(interp, errors, "utf-16", text, NATIVE_BIG, &mut out)?;
            }
            Codec::Utf16Le => utf16::encode(interp, errors, "utf-16-le", text, false, &mut out)?,
            Codec::Utf16Be => utf16::encode(interp, errors, "utf-16-be", text, true, &mut out)?,
            Codec::Utf32 => {
                bom(&mut out, if NATIVE_BIG { b"\x00\x00\xfe\xff" } else { b"\xff\xfe\x00\x00" });
                utf32::encode(interp, errors, "utf-32", text, NATIVE_BIG, &mut out)?;
            }
            Codec::Utf32Le => utf32::encode(interp, errors, "utf-32-le", text, false, &mut out)?,
            Codec::Utf32Be => utf32::encode(interp, errors, "utf-32-be", text, true, &mut out)?,
            Codec::UnicodeEscape => out = escape::encode_unicode_escape(text),
            Codec::RawUnicodeEscape => out = escape::encode_raw_unicode_escape(text),
            single => out = charmap::encode(interp, errors, text, charset(single))?,
        }
        Ok(out)
    }

    /// Back to the start: the next piece begins with the byte order mark again.
    pub fn reset(&mut self) {
        self.bom_pending = true;
    }

    /// The codec it encodes with.
    pub fn codec(&self) -> Codec {
        self.codec
    }

    /// Changes the error handler.
    pub fn set_errors(&mut self, errors: &str) {
        if self.errors.name() != errors {
            self.errors = Errors::new(errors);
        }
    }

    /// Whether the byte order mark is still to be written (false for codecs that write none).
    pub fn bom_pending(&self) -> bool {
        self.bom_pending && matches!(self.codec, Codec::Utf8Sig | Codec::Utf16 | Codec::Utf32)
    }

    /// Sets whether the byte order mark is still to be written (a stream
    /// appending to a file that has text already says no).
    pub fn set_bom_pending(&mut self, pending: bool) {
        self.bom_pending = pending;
    }
}
