//! The members of a `set` or `frozenset`: the dict's table (`vm/dict.rs`) with no
//! values, so dicts and sets share one implementation of hashing, probing and
//! growth. Membership by the language's rule (calling `__eq__`) is in `vm/lookup.rs`.

use crate::vm::dict::{HashKey, Table};

/// The members of a set, in insertion order.
pub type SetData = Table<()>;

impl Table<()> {
    /// Adds a member unless an equal one is present (builtin equality, identity for
    /// keys with their own `__eq__`); whether it was added.
    pub fn insert(&mut self, key: HashKey) -> bool {
        if self.contains_key(&key) {
            return false;
        }
        self.push_new(key, ());
        true
    }
    /// Removes an equal member (builtin equality); whether there was one.
    pub fn remove(&mut self, key: &HashKey) -> bool {
        match self.find_key(key) {
            Some(p) => {
                self.remove_at(p);
                true
            }
            None => false,
        }
    }
    /// The members with their hashes, in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &HashKey> {
        self.hashed_keys()
    }
}

#[cfg(test)]
#[path = "set_tests.rs"]
mod proptests;
