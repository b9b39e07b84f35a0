//! Dict and set membership by the language's rule. A key is found at an entry
//! with the same hash whose key is the same object or equal to it; builtin keys
//! are compared by the table itself (`Table::probe_native`), other candidates by
//! `==` through the interpreter, with no borrow of the table held while the
//! program's `__eq__` runs. If that `__eq__` changed the table under the probe
//! (entries moved, or the candidate was removed), the probe starts over, as
//! CPython's does. Keys are hashed once per operation by the caller
//! (`Interp::hash_key`); the stored hashes are never recomputed.

use crate::vm::dict::{Cursor, Dict, HashKey, Slot, Step, Table};
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::set::SetData;
use crate::vm::value::Value;
use std::cell::RefCell;

/// A table to search: one the program may reach (behind its `RefCell`, borrowed
/// only between calls into the program) or one only Rust holds.
pub(crate) trait TableRef<V: Slot> {
    fn with<R>(&self, f: impl FnOnce(&Table<V>) -> R) -> R;
}

impl<V: Slot> TableRef<V> for RefCell<Table<V>> {
    #[inline]
    fn with<R>(&self, f: impl FnOnce(&Table<V>) -> R) -> R {
        f(&self.borrow())
    }
}

impl<V: Slot> TableRef<V> for Table<V> {
    #[inline]
    fn with<R>(&self, f: impl FnOnce(&Table<V>) -> R) -> R {
        f(self)
    }
}

impl Interp {
    /// The position of the entry whose key equals `key`, if any.
    #[inline]
    pub(crate) fn table_find<V: Slot>(&mut self, t: &impl TableRef<V>, key: &HashKey) -> PyResult<Option<usize>> {
        match t.with(|t| t.probe_native(key.hash, &key.key)) {
            Step::Found(p) => Ok(Some(p)),
            Step::Missing => Ok(None),
            Step::Ask(_) => self.table_find_slow(t, key, false),
        }
    }

    /// `table_find` for adding to a set: a candidate that `__eq__` found equal
    /// counts even if that `__eq__` changed the set (CPython's `set.add` checks the
    /// comparison before the mutation; its lookups and dicts check the mutation first).
    #[inline]
    fn set_find_for_add(&mut self, s: &RefCell<SetData>, key: &HashKey) -> PyResult<Option<usize>> {
        let step = s.borrow().probe_native(key.hash, &key.key);
        match step {
            Step::Found(p) => Ok(Some(p)),
            Step::Missing => Ok(None),
            Step::Ask(_) => self.table_find_slow(s, key, true),
        }
    }

    /// `table_find` past a candidate that only `__eq__` can decide.
    #[inline(never)]
    fn table_find_slow<V: Slot>(
        &mut self,
        t: &impl TableRef<V>,
        key: &HashKey,
        equal_wins: bool,
    ) -> PyResult<Option<usize>> {
        'restart: loop {
            let mut cursor = Cursor::default();
            loop {
                let (step, moves, stored) = t.with(|t| {
                    let step = t.probe(&mut cursor, key.hash, &key.key);
                    let stored = match step {
                        Step::Ask(p) => t.key_at(p).map(|k| k.key.clone()),
                        _ => None,
                    };
                    (step, t.moves(), stored)
                });
                let (p, stored) = match (step, stored) {
                    (Step::Found(p), _) => return Ok(Some(p)),
                    (Step::Ask(p), Some(stored)) => (p, stored),
                    _ => return Ok(None),
                };
                // The stored key on the left, as CPython compares them.
                let equal = self.eq(&stored, &key.key)?;
                if equal && equal_wins {
                    return Ok(Some(p));
                }
                let unchanged = t.with(|t| t.moves() == moves && t.key_at(p).is_some_and(|k| k.key.is(&stored)));
                if !unchanged {
                    continue 'restart;
                }
                if equal {
                    return Ok(Some(p));
                }
            }
        }
    }

    /// Whether a key equal to `key` is present.
    #[inline]
    pub(crate) fn table_contains<V: Slot>(&mut self, t: &impl TableRef<V>, key: &HashKey) -> PyResult<bool> {
        Ok(self.table_find(t, key)?.is_some())
    }

    /// `d[key]`, or None when absent.
    #[inline]
    pub(crate) fn dict_get(&mut self, d: &RefCell<Dict>, key: &HashKey) -> PyResult<Option<Value>> {
        let p = self.table_find(d, key)?;
        Ok(p.and_then(|p| d.borrow().value_at(p).cloned()))
    }

    /// `d[key] = value` (an equal key already present is kept, its value replaced).
    #[inline]
    pub(crate) fn dict_set(&mut self, d: &RefCell<Dict>, key: HashKey, value: Value) -> PyResult<()> {
        // One probe under one borrow when builtin equality decides.
        let old = {
            let mut t = d.borrow_mut();
            match t.probe_native(key.hash, &key.key) {
                Step::Found(p) => Some(t.replace_at(p, value)),
                Step::Missing => {
                    t.push_new(key, value);
                    None
                }
                Step::Ask(_) => {
                    drop(t);
                    return self.dict_set_slow(d, key, value);
                }
            }
        };
        drop(old);
        Ok(())
    }

    #[inline(never)]
    fn dict_set_slow(&mut self, d: &RefCell<Dict>, key: HashKey, value: Value) -> PyResult<()> {
        let old = match self.table_find(d, &key)? {
            Some(p) => Some(d.borrow_mut().replace_at(p, value)),
            None => {
                d.borrow_mut().push_new(key, value);
                None
            }
        };
        drop(old);
        Ok(())
    }

    /// Removes `key` from `d`, returning its value; None when absent.
    pub(crate) fn dict_take(&mut self, d: &RefCell<Dict>, key: &HashKey) -> PyResult<Option<Value>> {
        match self.table_find(d, key)? {
            Some(p) => {
                let v = d.borrow_mut().take_at(p);
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    /// Adds `key` to a set unless an equal member is present; whether it was added.
    #[inline]
    pub(crate) fn set_add(&mut self, s: &RefCell<SetData>, key: HashKey) -> PyResult<bool> {
        {
            let mut t = s.borrow_mut();
            match t.probe_native(key.hash, &key.key) {
                Step::Found(_) => return Ok(false),
                Step::Missing => {
                    t.push_new(key, ());
                    return Ok(true);
                }
                Step::Ask(_) => {}
            }
        }
        if self.set_find_for_add(s, &key)?.is_some() {
            return Ok(false);
        }
        s.borrow_mut().push_new(key, ());
        Ok(true)
    }

    /// Removes the member equal to `key`; whether there was one.
    pub(crate) fn set_discard(&mut self, s: &RefCell<SetData>, key: &HashKey) -> PyResult<bool> {
        match self.table_find(s, key)? {
            Some(p) => {
                let removed = s.borrow_mut().remove_at(p);
                drop(removed);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// A set of the given hashed keys (later equal ones dropped).
    pub(crate) fn set_from_keys(&mut self, keys: impl IntoIterator<Item = HashKey>) -> PyResult<SetData> {
        let set = RefCell::new(SetData::new());
        for k in keys {
            self.set_add(&set, k)?;
        }
        Ok(set.into_inner())
    }

    /// A set of the values, hashed here (`__hash__` once each).
    pub(crate) fn set_from_values(&mut self, values: impl IntoIterator<Item = Value>) -> PyResult<SetData> {
        let set = RefCell::new(SetData::new());
        for v in values {
            let k = self.hash_key(v)?;
            self.set_add(&set, k)?;
        }
        Ok(set.into_inner())
    }

    /// Whether every member of `x` is in `y`.
    pub(crate) fn set_is_subset(&mut self, x: &SetData, y: &SetData) -> PyResult<bool> {
        if x.len() > y.len() {
            return Ok(false);
        }
        for k in x.iter() {
            if !self.table_contains(y, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `x == y` for two sets' members.
    pub(crate) fn sets_equal(&mut self, x: &SetData, y: &SetData) -> PyResult<bool> {
        Ok(x.len() == y.len() && self.set_is_subset(x, y)?)
    }
}
