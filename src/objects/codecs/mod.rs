//! Text codecs: turning str into bytes and back under a named encoding and
//! error handler. `str.encode`, `bytes.decode`, `str(b, encoding)`, the
//! `codecs` module and text streams all come here.
//!
//! - `names.rs`: encoding names and their aliases
//! - `errors.rs`: the error handlers, builtin and registered
//! - `utf8.rs`, `utf16.rs`, `utf32.rs`, `charmap.rs` (+ `tables.rs`), `escape.rs`: the codecs
//! - `surrogates.rs`: the UTF encoders' way with lone surrogates
//! - `stream.rs`: `Decoder` and `Encoder`, the incremental state a stream keeps
//! - `methods.rs`: the builtin methods that take `encoding`/`errors` arguments

pub mod charmap;
pub mod errors;
pub mod escape;
pub mod methods;
pub mod names;
pub mod stream;
mod surrogates;
mod tables;
pub mod utf16;
pub mod utf32;
pub mod utf8;

pub use names::Codec;
pub use stream::{Decoder, Encoder};

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;

/// A decoder's answer: the text and how many input bytes it used.
pub type Decoded = (String, usize);

/// The byte order mark of UTF-8.
pub const BOM_UTF8: &[u8] = b"\xef\xbb\xbf";

/// Whether this machine stores numbers big-endian (the byte order `utf-16`
/// and `utf-32` write when no order is named).
pub const NATIVE_BIG: bool = cfg!(target_endian = "big");

/// The codec named `encoding`: LookupError when coil has none, ValueError for a NUL in the name.
pub fn find(interp: &mut Interp, encoding: &str) -> PyResult<Codec> {
    if encoding.contains('\0') {
        return Err(interp.value_error("embedded null character"));
    }
    names::lookup(encoding).ok_or_else(|| unknown_encoding(interp, encoding))
}

/// `LookupError: unknown encoding: x`.
pub fn unknown_encoding(interp: &mut Interp, encoding: &str) -> crate::vm::value::Value {
    interp.new_error(Exc::LookupError, format!("unknown encoding: {encoding}"))
}

