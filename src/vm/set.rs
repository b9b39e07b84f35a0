//! The hash table behind `set` and `frozenset`: insertion-ordered hashed keys.

use crate::vm::dict::{FxBuild, HashKey};
use indexmap::IndexSet;

/// The members of a set.
#[derive(Clone, Default)]
pub struct SetData {
    pub items: IndexSet<HashKey, FxBuild>,
}

impl SetData {
    pub fn new() -> SetData {
        SetData::default()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn contains_key(&self, key: &HashKey) -> bool {
        self.items.contains(key)
    }
    pub fn insert(&mut self, key: HashKey) -> bool {
        self.items.insert(key)
    }
    pub fn remove(&mut self, key: &HashKey) -> bool {
        self.items.shift_remove(key)
    }
    pub fn iter(&self) -> impl Iterator<Item = &HashKey> {
        self.items.iter()
    }
}

#[cfg(test)]
#[path = "set_tests.rs"]
mod proptests;
