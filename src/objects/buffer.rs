//! The buffer protocol as coil's natives use it: any bytes-like value (bytes,
//! bytearray, memoryview, or an instance of a subclass of them) read as a byte
//! slice, and results built with the type of a receiver (bytes or bytearray).

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// The bytes of a bytes-like value: shared for an immutable `bytes`, a copy of a
/// mutable buffer (so no borrow outlives the call that took it).
pub enum Buf {
    Shared(Rc<Vec<u8>>),
    Owned(Vec<u8>),
}

impl std::ops::Deref for Buf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Buf::Shared(b) => b,
            Buf::Owned(b) => b,
        }
    }
}

impl Buf {
    pub fn into_vec(self) -> Vec<u8> {
        match self {
            Buf::Shared(b) => Rc::try_unwrap(b).unwrap_or_else(|b| (*b).clone()),
            Buf::Owned(b) => b,
        }
    }
}

/// Whether `v` supports the buffer protocol.
pub fn is_bytes_like(v: &Value) -> bool {
    matches!(v.builtin_value(), Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_))
        || array_store(v).is_some()
}

/// The store of an object that exports its buffer (an `array.array`, or an
/// instance of a subclass of it): the shared bytes, the memoryview format and
/// the item size.
pub fn array_store(v: &Value) -> Option<(Rc<ByteArrayObj>, Rc<str>, usize)> {
    match v.builtin_value() {
        Value::Native(n) => n.buffer_export(),
        _ => None,
    }
}

/// The bytes of `v` when it is bytes-like (`Ok(None)` when it is not); a
/// released memoryview is a ValueError.
pub fn buffer(interp: &mut Interp, v: &Value) -> PyResult<Option<Buf>> {
    Ok(Some(match v.builtin_value() {
        Value::Bytes(b) => Buf::Shared(b.clone()),
        Value::ByteArray(b) => Buf::Owned(b.data.borrow().clone()),
        Value::MemoryView(m) => match m.to_bytes() {
            Some(b) => Buf::Owned(b),
            None => return Err(released_error(interp)),
        },
        _ => match array_store(v) {
            Some((store, _, _)) => Buf::Owned(store.data.borrow().clone()),
            None => return Ok(None),
        },
    }))
}

/// The bytes of a bytes-like argument; TypeError "a bytes-like object is required, not 'T'".
pub fn require(interp: &mut Interp, v: &Value) -> PyResult<Buf> {
    match buffer(interp, v)? {
        Some(b) => Ok(b),
        None => {
            let t = interp.type_name(v);
            Err(interp.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// The size in bytes of a writable buffer (a bytearray, or a memoryview that is not
/// read-only); TypeError "`func`() argument must be read-write bytes-like object, not T".
pub fn writable_len(interp: &mut Interp, v: &Value, func: &str) -> PyResult<usize> {
    match v.builtin_value() {
        Value::ByteArray(b) => Ok(b.data.borrow().len()),
        Value::MemoryView(m) if !m.readonly => {
            if m.live().is_none() {
                return Err(released_error(interp));
            }
            Ok(m.layout.items() * m.layout.itemsize)
        }
        other => {
            if let Some((store, _, _)) = array_store(v) {
                return Ok(store.data.borrow().len());
            }
            let t = interp.type_name(other);
            Err(interp.type_error(format!("{func}() argument must be read-write bytes-like object, not {t}")))
        }
    }
}

/// Copies `data` to the start of a writable buffer (as much as fits); the count copied.
pub fn write_into(v: &Value, data: &[u8]) -> usize {
    match v.builtin_value() {
        Value::ByteArray(b) => {
            let mut dst = b.data.borrow_mut();
            let n = data.len().min(dst.len());
            dst[..n].copy_from_slice(&data[..n]);
            n
        }
        Value::MemoryView(m) => {
            let Some(ex) = m.live() else { return 0 };
            let l = &m.layout;
            let positions = l.positions();
            let size = l.itemsize;
            ex.with_mut(|dst| {
                let mut copied = 0;
                for p in positions {
                    if copied >= data.len() {
                        break;
                    }
                    let p = p.max(0) as usize;
                    let k = size.min(data.len() - copied);
                    if let Some(slot) = dst.get_mut(p..p + k) {
                        slot.copy_from_slice(&data[copied..copied + k]);
                    }
                    copied += k;
                }
                copied
            })
            .unwrap_or(0)
        }
        _ => match array_store(v) {
            Some((store, _, _)) => {
                let mut dst = store.data.borrow_mut();
                let n = data.len().min(dst.len());
                dst[..n].copy_from_slice(&data[..n]);
                n
            }
            None => 0,
        },
    }
}

/// ValueError for any use of a released memoryview.
pub fn released_error(interp: &mut Interp) -> Value {
    interp.value_error("operation forbidden on released memoryview object")
}

/// Which of the two byte-string types a method's receiver is: results of its
/// methods have the same type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    pub fn of(v: &Value) -> Option<Kind> {
        match v.builtin_value() {
            Value::Bytes(_) => Some(Kind::Bytes),
            Value::ByteArray(_) => Some(Kind::ByteArray),
            _ => None,
        }
    }
    pub fn make(self, b: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => Value::bytes(b),
            Kind::ByteArray => Value::bytearray(b),
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }
}

/// TypeError raised when a bytearray with live memoryviews would change size.
pub fn resize_error(interp: &mut Interp) -> Value {
    interp.new_error(Exc::BufferError, "Existing exports of data: object cannot be re-sized")
}

/// Checks that `b` may be resized (no memoryview holds it).
pub fn check_resizable(interp: &mut Interp, b: &ByteArrayObj) -> PyResult<()> {
    if b.exports.get() > 0 {
        return Err(resize_error(interp));
    }
    Ok(())
}
