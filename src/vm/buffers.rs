//! The heap objects behind `bytearray` and `memoryview`: a growable byte buffer
//! that counts the views exported from it, and a view (offset, item size,
//! shape and strides) over the bytes of a `bytes` or `bytearray`.

use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A `bytearray`: its bytes and the number of live buffer exports (memoryviews),
/// which forbid resizing.
#[derive(Default)]
pub struct ByteArrayObj {
    pub data: RefCell<Vec<u8>>,
    pub exports: Cell<usize>,
}

impl ByteArrayObj {
    pub fn new(data: Vec<u8>) -> ByteArrayObj {
        ByteArrayObj { data: RefCell::new(data), exports: Cell::new(0) }
    }
}

/// The memory a view reads: a bytes object's (immutable) or a bytearray's.
pub enum ViewSource {
    Bytes(Rc<Vec<u8>>),
    ByteArray(Rc<ByteArrayObj>),
}

/// One buffer export shared by a memoryview and the views sliced or cast from it;
/// the bytearray may be resized again once the last of them is gone.
pub struct Export(pub ViewSource);

impl Export {
    pub fn new(source: ViewSource) -> Rc<Export> {
        if let ViewSource::ByteArray(b) = &source {
            b.exports.set(b.exports.get() + 1);
        }
        Rc::new(Export(source))
    }
    /// Calls `f` with the current bytes of the source (borrowed only for the call).
    pub fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &self.0 {
            ViewSource::Bytes(b) => f(b),
            ViewSource::ByteArray(b) => f(&b.data.borrow()),
        }
    }
    /// Calls `f` with the bytes of a bytearray source, mutably; `None` for bytes.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
        match &self.0 {
            ViewSource::Bytes(_) => None,
            ViewSource::ByteArray(b) => Some(f(&mut b.data.borrow_mut())),
        }
    }
}

impl Drop for Export {
    fn drop(&mut self) {
        if let ViewSource::ByteArray(b) = &self.0 {
            b.exports.set(b.exports.get().saturating_sub(1));
        }
    }
}

/// The shape of a memoryview over its source's bytes.
#[derive(Clone)]
pub struct ViewLayout {
    /// Byte offset of the first item.
    pub offset: isize,
    pub itemsize: usize,
    pub format: Rc<str>,
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
}

impl ViewLayout {
    /// Number of items.
    pub fn items(&self) -> usize {
        self.shape.iter().product()
    }
    /// Whether the items lie one after the other in C order.
    pub fn c_contiguous(&self) -> bool {
        let mut expect = self.itemsize as isize;
        for (n, s) in self.shape.iter().zip(self.strides.iter()).rev() {
            if *n > 1 && *s != expect {
                return false;
            }
            expect *= *n as isize;
        }
        true
    }
    /// The byte offsets of every item, in C order.
    pub fn positions(&self) -> Vec<isize> {
        let mut out = vec![self.offset];
        for (n, s) in self.shape.iter().zip(self.strides.iter()) {
            let mut next = Vec::with_capacity(out.len() * n);
            for base in &out {
                for i in 0..*n {
                    next.push(base + i as isize * s);
                }
            }
            out = next;
        }
        out
    }
}

/// A `memoryview`.
pub struct MemoryViewObj {
    /// The object the memory belongs to (`.obj`).
    pub obj: Value,
    /// `None` once released.
    pub export: RefCell<Option<Rc<Export>>>,
    pub layout: ViewLayout,
    pub readonly: bool,
    /// Views exported from this view that are still alive (`memoryview(m)` keeps none).
    pub hash: Cell<Option<i64>>,
}

impl MemoryViewObj {
    /// The export, unless released.
    pub fn live(&self) -> Option<Rc<Export>> {
        self.export.borrow().clone()
    }
    /// The viewed bytes in C order (`tobytes()`); `None` when released.
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        let ex = self.live()?;
        let l = &self.layout;
        Some(ex.with(|data| {
            if l.c_contiguous() && l.offset >= 0 {
                let start = l.offset as usize;
                let end = (start + l.items() * l.itemsize).min(data.len());
                return data.get(start.min(end)..end).map(|s| s.to_vec()).unwrap_or_default();
            }
            let mut out = Vec::with_capacity(l.items() * l.itemsize);
            for p in l.positions() {
                for k in 0..l.itemsize {
                    out.push(data.get(p as usize + k).copied().unwrap_or(0));
                }
            }
            out
        }))
    }
}
