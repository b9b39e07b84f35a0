//! Values rendered as text: reprs of scalars (`scalar.rs`), `repr()`/`str()` of any
//! value (`repr.rs`), the `format()` mini-language (`spec.rs`), printf-style `%`
//! (`percent.rs`) and `str.format` / `str % args` argument handling (`strfmt.rs`).

pub mod percent;
pub mod repr;
pub mod scalar;
pub mod spec;
pub mod strfmt;

pub use scalar::*;
