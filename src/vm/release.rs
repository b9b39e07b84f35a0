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
}

impl Batch {
    fn is_empty(&self) -> bool {
        match self {
            Batch::Values(v) => v.is_empty(),
            Batch::Entries(e) => e.is_empty(),
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
pub fn release(items: Vec<Value>) {
    if items.iter().all(is_leaf) {
        return drop(items);
    }
    release_batch(Batch::Values(items));
}

/// Drops a dict's entries the same way.
pub fn release_entries(entries: Vec<(HashKey, Value)>) {
    if entries.iter().all(|(k, v)| is_leaf(&k.key) && is_leaf(v)) {
        return drop(entries);
    }
    release_batch(Batch::Entries(entries));
}

/// Whether dropping `v` cannot free further containers (so it cannot recurse).
#[inline]
fn is_leaf(v: &Value) -> bool {
    v.is_immediate() || matches!(v, Value::Str(_) | Value::Bytes(_) | Value::BigInt(_))
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
