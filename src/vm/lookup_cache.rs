//! A cache of attribute lookups through a class's MRO, in the manner of CPython's
//! type attribute cache: a direct-mapped table indexed by the class and the
//! interned name, each entry valid while `Interp::class_epoch` (bumped whenever a
//! class attribute may have changed) is the one it was filled under.
//!
//! An entry holds a weak reference to its class and a strong one to its name, so
//! neither address can be reused by another object while the entry exists: a
//! pointer match is an identity match. Only classes made by class statements or
//! `type(...)` are cached; their dicts change only through the paths that bump
//! the epoch.

use crate::vm::object::{Class, ClassKind, PyStr};
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// Number of entries (a power of two).
const SIZE: usize = 1024;

/// One cached lookup.
struct Entry {
    class: Weak<Class>,
    name: Option<Rc<PyStr>>,
    epoch: u64,
    value: Option<Value>,
}

/// The table of cached MRO lookups (see the module comment).
pub struct LookupCache {
    entries: RefCell<Vec<Entry>>,
}

impl Default for LookupCache {
    fn default() -> Self {
        let entries = (0..SIZE).map(|_| Entry { class: Weak::new(), name: None, epoch: 0, value: None }).collect();
        LookupCache { entries: RefCell::new(entries) }
    }
}

/// The table slot of `(class, name)`.
#[inline(always)]
fn slot(class: &Rc<Class>, name: &Rc<PyStr>) -> usize {
    let c = Rc::as_ptr(class) as usize >> 4;
    let n = Rc::as_ptr(name) as usize >> 4;
    (c ^ n.wrapping_mul(0x9E37_79B9)) & (SIZE - 1)
}

impl LookupCache {
    /// The cached result of looking `name` up on `class`, when there is one for
    /// this epoch. The outer Option is the cache hit; the inner one the lookup's result.
    #[inline(always)]
    pub fn get(&self, class: &Rc<Class>, name: &Rc<PyStr>, epoch: u64) -> Option<Option<Value>> {
        let entries = self.entries.borrow();
        let e = &entries[slot(class, name)];
        let hit = e.epoch == epoch
            && std::ptr::eq(e.class.as_ptr(), Rc::as_ptr(class))
            && e.name.as_ref().is_some_and(|n| Rc::ptr_eq(n, name));
        hit.then(|| e.value.clone())
    }

    /// Records the result of a lookup for `epoch`, when `class` may be cached.
    #[inline]
    pub fn put(&self, class: &Rc<Class>, name: &Rc<PyStr>, epoch: u64, value: &Option<Value>) {
        if class.kind != ClassKind::Object {
            return;
        }
        let mut entries = self.entries.borrow_mut();
        let e = &mut entries[slot(class, name)];
        // The old contents are dropped after the borrow ends (dropping a value never
        // looks anything up, but keep the table free while it happens anyway).
        let old = std::mem::replace(
            e,
            Entry { class: Rc::downgrade(class), name: Some(name.clone()), epoch, value: value.clone() },
        );
        drop(entries);
        drop(old);
    }
}
