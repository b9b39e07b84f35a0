//! Releasing containers without recursion: dropping a deeply nested structure
//! (a list of lists 10 million deep, a long linked list of objects) must not
//! overflow the Rust stack. Containers hand their items to `release`, which
//! drops them one level at a time from a work list.

use crate::vm::dict::HashKey;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};

/// Items of one freed container.
pub enum Batch {
    Values(Vec<Value>),
    Entries(Vec<(HashKey, Value)>),
    Keys(Vec<(HashKey, ())>),
}

impl Batch {
    fn is_empty(&self) -> bool {
        match self {
            Batch::Values(v) => v.is_empty(),
            Batch::Entries(e) => e.is_empty(),
            Batch::Keys(k) => k.is_empty(),
        }
    }
}

thread_local! {
    /// Whether a `release` is already running on this thread (further up the stack).
    static RELEASING: Cell<bool> = const { Cell::new(false) };
    /// Items waiting to be dropped by the running `release`.
    static PENDING: RefCell<Vec<Batch>> = const { RefCell::new(Vec::new()) };
}

/// Drops `items`; nested containers freed meanwhile are queued instead of recursing.
#[inline]
pub fn release(mut items: Vec<Value>) {
    if items.iter().all(is_leaf) {
        // SAFETY: the length is zeroed first, so each initialized item is dropped once.
        unsafe {
            let n = items.len();
            items.set_len(0);
            for i in 0..n {
                drop_leaf(items.as_mut_ptr().add(i));
            }
        }
        return;
    }
    release_batch(Batch::Values(items));
}

/// Drops a dict's entries the same way.
#[inline]
pub fn release_entries(mut entries: Vec<(HashKey, Value)>) {
    if entries.iter().all(|(k, v)| is_leaf(&k.key) && is_leaf(v)) {
        // SAFETY: as in `release`; the hash is plain data.
        unsafe {
            let n = entries.len();
            entries.set_len(0);
            for i in 0..n {
                let e = entries.as_mut_ptr().add(i);
                drop_leaf(&mut (*e).0.key);
                drop_leaf(&mut (*e).1);
            }
        }
        return;
    }
    release_batch(Batch::Entries(entries));
}

/// Drops a set's members the same way.
#[inline]
pub fn release_keys(keys: Vec<(HashKey, ())>) {
    if keys.iter().all(|(k, _)| is_leaf(&k.key)) {
        drop(keys);
        return;
    }
    release_batch(Batch::Keys(keys));
}

/// Drops a leaf value in place, skipping the drop glue of immediates.
///
/// # Safety
/// `v` must point to an initialized value that is not used again.
#[inline(always)]
unsafe fn drop_leaf(v: *mut Value) {
    if !(*v).is_immediate() {
        std::ptr::drop_in_place(v);
    }
}

/// Whether dropping `v` cannot free further containers (so it cannot recurse).
#[inline]
fn is_leaf(v: &Value) -> bool {
    v.is_immediate() || matches!(v, Value::Str(_) | Value::Bytes(_) | Value::BigInt(_) | Value::Complex(_))
}

fn release_batch(items: Batch) {
    if items.is_empty() {
        return;
    }
    if RELEASING.with(|r| r.get()) {
        PENDING.with(|p| p.borrow_mut().push(items));
        return;
    }
    RELEASING.with(|r| r.set(true));
    drop(items);
    loop {
        let next = PENDING.with(|p| p.borrow_mut().pop());
        match next {
            Some(batch) => drop(batch),
            None => break,
        }
    }
    RELEASING.with(|r| r.set(false));
}
