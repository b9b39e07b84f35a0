//! The insertion-ordered hash table behind `dict`, instance and module namespaces.
//! Keys carry a precomputed hash; equality follows Python for builtin types
//! (`1 == 1.0 == True`) and identity for other objects.

use crate::vm::object::PyStr;
use crate::vm::value::Value;
use std::cell::Cell;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::rc::Rc;

/// A fast non-cryptographic hasher (the Fx algorithm).
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(buf));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.hash = (self.hash.rotate_left(5) ^ n).wrapping_mul(SEED);
    }
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;

/// Hash of a string's contents (never 0, which marks "not computed").
/// (Same value as feeding the bytes, zero-padded to 8-byte words, then the length, to `FxHasher`.)
#[inline]
pub fn str_hash(s: &str) -> u64 {
    #[inline(always)]
    fn step(h: u64, n: u64) -> u64 {
        (h.rotate_left(5) ^ n).wrapping_mul(SEED)
    }
    let bytes = s.as_bytes();
    let mut h = 0u64;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(w);
        h = step(h, u64::from_le_bytes(buf));
    }
    let rest = words.remainder();
    let n = rest.len();
    if n > 0 {
        // The 1..=7 tail bytes as a little-endian word (overlapping loads instead of a memcpy).
        let tail = if n >= 4 {
            let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as u64;
            let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]) as u64;
            lo | hi << (8 * (n - 4))
        } else {
            rest[0] as u64 | (rest[n / 2] as u64) << (8 * (n / 2)) | (rest[n - 1] as u64) << (8 * (n - 1))
        };
        h = step(h, tail);
    }
    step(h, bytes.len() as u64) | 1
}

/// String equality tuned for the short strings typical of dict keys.
#[inline]
pub fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if a.len() <= 16 {
        // Compare as (up to) two overlapping 8-byte words, or byte by byte when shorter.
        if a.len() >= 8 {
            let w = |s: &[u8], i: usize| {
                let mut buf = [0u8; 8];
                buf.copy_from_slice(&s[i..i + 8]);
                u64::from_ne_bytes(buf)
            };
            let last = a.len() - 8;
            return w(a, 0) == w(b, 0) && w(a, last) == w(b, last);
        }
        if a.len() >= 4 {
            let w = |s: &[u8], i: usize| {
                let mut buf = [0u8; 4];
                buf.copy_from_slice(&s[i..i + 4]);
                u32::from_ne_bytes(buf)
            };
            let last = a.len() - 4;
            return w(a, 0) == w(b, 0) && w(a, last) == w(b, last);
        }
        return a.iter().zip(b).all(|(x, y)| x == y);
    }
    a == b
}

/// Hash of an integer value; floats with integral values hash the same.
pub fn int_hash(i: i64) -> u64 {
    (i as u64).wrapping_mul(SEED).rotate_left(17) | 1
}

/// A dict key: a value with its hash.
#[derive(Clone)]
pub struct HashKey {
    pub hash: u64,
    pub key: Value,
}

impl Hash for HashKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl PartialEq for HashKey {
    fn eq(&self, other: &HashKey) -> bool {
        self.hash == other.hash && keys_equal(&self.key, &other.key)
    }
}
impl Eq for HashKey {}

/// Equality used by dict and set lookups for builtin types; identity otherwise.
#[inline]
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || str_eq(x.as_str(), y.as_str()),
        (Value::Int(x), Value::Int(y)) => x == y,
        _ => keys_equal_slow(a, b),
    }
}

#[inline(never)]
fn keys_equal_slow(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (Complex(x), Complex(y)) => x.re == y.re && x.im == y.im,
        (Complex(z), other) | (other, Complex(z)) => z.im == 0.0 && keys_equal(&Float(z.re), other),
        (Tuple(x), Tuple(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| keys_equal(p, q)),
        (Bytes(x), Bytes(y)) => x == y,
        (FrozenSet(x), FrozenSet(y)) => x.len() == y.len() && x.iter().all(|k| y.contains_key(k)),
        (Native(_), Native(_)) => native_keys_equal(a, b),
        (BoundMethod(x), BoundMethod(y)) => x.receiver.is(&y.receiver) && x.func.is(&y.func),
        (Instance(i), _) if comparable_base(i).is_some() => comparable_base(i).is_some_and(|x| keys_equal(x, b)),
        (_, Instance(i)) if comparable_base(i).is_some() => comparable_base(i).is_some_and(|y| keys_equal(a, y)),
        _ => a.is(b),
    }
}

/// The builtin value of an instance of a builtin type's subclass that keeps the
/// type's equality (no `__eq__` of its own): such a key equals its value.
fn comparable_base(i: &crate::vm::object::Instance) -> Option<&Value> {
    if i.class.flags.get() & crate::vm::types::HAS_EQ != 0 {
        return None;
    }
    i.base.as_ref()
}

/// Generic aliases and unions are equal by value (`list[int]` made twice is one key).
fn native_keys_equal(a: &Value, b: &Value) -> bool {
    use crate::objects::{generic_alias::as_alias, union_type::as_union};
    if let Some(same) = crate::vm::weakref::keys_equal(a, b) {
        return same;
    }
    if let (Some(x), Some(y)) = (as_alias(a), as_alias(b)) {
        return x.origin.is(&y.origin) && keys_equal(&x.args, &y.args);
    }
    if let (Some(x), Some(y)) = (as_union(a), as_union(b)) {
        return x.args.len() == y.args.len() && x.args.iter().all(|p| y.args.iter().any(|q| keys_equal(p, q)));
    }
    a.is(b)
}

/// Marks a free slot in the index table.
const EMPTY: u32 = u32::MAX;
/// Dicts up to this size are searched linearly, without an index table.
const LINEAR_MAX: usize = 8;

/// An insertion-ordered hash map from hashed keys to values, as CPython's dict:
/// entries in insertion order (deleted ones left as tombstones until compaction)
/// and, past a few entries, an open-addressing index of entry positions.
#[derive(Clone, Default)]
pub struct Dict {
    /// Entries in insertion order; a tombstone has `key.key == Value::Undefined`.
    entries: Vec<(HashKey, Value)>,
    /// Positions into `entries` (EMPTY when free); empty while the dict is small.
    index: Vec<u32>,
    live: usize,
    /// Bumped on every change, so lookups can be cached.
    version: u64,
    /// Bumped when keys are added or removed or entries move (not when a value is
    /// replaced): a cached entry position stays valid while it is unchanged.
    layout: u64,
}

impl Drop for Dict {
    fn drop(&mut self) {
        crate::vm::release::release_entries(std::mem::take(&mut self.entries));
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    /// An empty dict with room for `n` items.
    pub fn with_capacity(n: usize) -> Dict {
        Dict { entries: Vec::with_capacity(n), index: Vec::new(), live: 0, version: 0, layout: 0 }
    }
    pub fn len(&self) -> usize {
        self.live
    }
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }
    /// A number that changes whenever an entry's position may have changed.
    pub fn layout(&self) -> u64 {
        self.layout
    }
    /// The value of the live entry at position `pos` (see `position_of_str`).
    #[inline]
    pub fn value_at(&self, pos: usize) -> Option<&Value> {
        self.entries.get(pos).filter(|(k, _)| !matches!(k.key, Value::Undefined)).map(|(_, v)| v)
    }
    /// Position of a str key, for caching with `layout`.
    pub fn position_of_key(&self, key: &Value) -> Option<usize> {
        match key {
            Value::Str(s) => {
                let text = s.as_str();
                self.find(
                    s.hash(),
                    |k| matches!(k, Value::Str(x) if std::ptr::eq(x.as_str(), text) || str_eq(x.as_str(), text)),
                )
            }
            _ => None,
        }
    }

    /// Position of the entry matching `hash` and `eq`.
    #[inline]
    fn find(&self, hash: u64, eq: impl Fn(&Value) -> bool) -> Option<usize> {
        if self.index.is_empty() {
            return self
                .entries
                .iter()
                .position(|(k, _)| k.hash == hash && !matches!(k.key, Value::Undefined) && eq(&k.key));
        }
        let mask = self.index.len() - 1;
        let mut slot = (hash as usize) & mask;
        loop {
            let pos = self.index[slot];
            if pos == EMPTY {
                return None;
            }
            let (k, _) = &self.entries[pos as usize];
            if k.hash == hash && !matches!(k.key, Value::Undefined) && eq(&k.key) {
                return Some(pos as usize);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Rebuilds the index (and drops tombstones) for the current entries.
    fn rebuild(&mut self) {
        self.layout += 1;
        if self.live < self.entries.len() {
            self.entries.retain(|(k, _)| !matches!(k.key, Value::Undefined));
        }
        if self.entries.len() <= LINEAR_MAX {
            self.index = Vec::new();
            return;
        }
        let size = (self.entries.len() * 2 + 1).next_power_of_two().max(16);
        self.index = vec![EMPTY; size];
        let mask = size - 1;
        for (pos, (k, _)) in self.entries.iter().enumerate() {
            let mut slot = (k.hash as usize) & mask;
            while self.index[slot] != EMPTY {
                slot = (slot + 1) & mask;
            }
            self.index[slot] = pos as u32;
        }
    }

    #[inline]
    fn find_key(&self, key: &HashKey) -> Option<usize> {
        self.find(key.hash, |k| keys_equal(k, &key.key))
    }

    /// Lookup by a borrowed key that needs no canonicalizing (see `Interp::plain_hash`).
    #[inline]
    pub fn get_hashed(&self, hash: u64, key: &Value) -> Option<&Value> {
        self.find(hash, |k| keys_equal(k, key)).map(|p| &self.entries[p].1)
    }
    pub fn get(&self, key: &HashKey) -> Option<&Value> {
        self.find_key(key).map(|p| &self.entries[p].1)
    }
    pub fn get_str(&self, s: &str) -> Option<&Value> {
        self.get_str_hashed(s, str_hash(s))
    }
    /// Lookup by a string whose hash is already known.
    pub fn get_str_hashed(&self, s: &str, hash: u64) -> Option<&Value> {
        self.find(hash, |k| matches!(k, Value::Str(x) if std::ptr::eq(x.as_str(), s) || str_eq(x.as_str(), s)))
            .map(|p| &self.entries[p].1)
    }
    /// Lookup of an interned str key that first tries the entry at `hint` (where the
    /// key was found last time, matched by pointer or contents), and records where it was found.
    #[inline]
    pub fn get_key_hinted(&self, key: &Value, hint: &Cell<u32>) -> Option<&Value> {
        let Value::Str(ks) = key else { return None };
        if let Some((k, v)) = self.entries.get(hint.get() as usize) {
            if matches!(&k.key, Value::Str(s) if Rc::ptr_eq(s, ks)) {
                return Some(v);
            }
        }
        self.get_key_hinted_miss(key, ks, hint)
    }

    /// `get_key_hinted` when the hinted entry's key is not the same object: it may still
    /// be an equal string (names registered without interning).
    #[inline(never)]
    fn get_key_hinted_miss(&self, key: &Value, ks: &PyStr, hint: &Cell<u32>) -> Option<&Value> {
        if let Some((k, v)) = self.entries.get(hint.get() as usize) {
            if k.hash == ks.hash() && matches!(&k.key, Value::Str(s) if str_eq(s.as_str(), ks.as_str())) {
                return Some(v);
            }
        }
        let p = self.position_of_key(key)?;
        hint.set(p as u32);
        Some(&self.entries[p].1)
    }

    /// `set_str_value` for an interned str key, trying the entry at `hint` first (see
    /// `get_key_hinted`).
    #[inline]
    pub fn set_key_hinted(&mut self, key: &Value, value: Value, hint: &Cell<u32>) {
        let Value::Str(ks) = key else { return };
        if let Some((k, v)) = self.entries.get_mut(hint.get() as usize) {
            if matches!(&k.key, Value::Str(s) if Rc::ptr_eq(s, ks)) {
                *v = value;
                self.version += 1;
                return;
            }
        }
        self.version += 1;
        if self.index.is_empty() && self.entries.len() < LINEAR_MAX {
            // A small dict (an instance being initialized): one scan by hash, then append.
            let hash = ks.hash();
            let found = self.entries.iter().position(|(k, _)| {
                k.hash == hash
                    && matches!(&k.key, Value::Str(s) if Rc::ptr_eq(s, ks) || str_eq(s.as_str(), ks.as_str()))
            });
            let pos = match found {
                Some(p) => {
                    self.entries[p].1 = value;
                    p
                }
                None => {
                    // Stays linear: below LINEAR_MAX entries before the push.
                    self.push_new(HashKey { hash, key: key.clone() }, value);
                    self.entries.len() - 1
                }
            };
            hint.set(pos as u32);
            return;
        }
        match self.position_of_key(key) {
            Some(p) => {
                self.entries[p].1 = value;
                hint.set(p as u32);
            }
            None => {
                // Appended last (a rebuild may move it later; the hint is checked on use).
                hint.set(self.entries.len() as u32);
                self.push_new(HashKey { hash: ks.hash(), key: key.clone() }, value);
            }
        }
    }

    /// Replaces the value of the live entry at `pos`; gives the value back when there is none.
    #[inline]
    pub fn set_value_at(&mut self, pos: usize, value: Value) -> Result<(), Value> {
        match self.entries.get_mut(pos) {
            Some((k, v)) if !matches!(k.key, Value::Undefined) => {
                *v = value;
                self.version += 1;
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// Lookup by a str value, using its cached hash (a pointer match short-cuts the compare).
    #[inline]
    pub fn get_key(&self, key: &Value) -> Option<&Value> {
        match key {
            Value::Str(s) => self.get_str_hashed(s.as_str(), s.hash()),
            _ => None,
        }
    }
    pub fn insert(&mut self, key: HashKey, value: Value) -> Option<Value> {
        self.version += 1;
        if let Some(p) = self.find_key(&key) {
            return Some(std::mem::replace(&mut self.entries[p].1, value));
        }
        self.push_new(key, value);
        None
    }

    /// Appends an entry known to be absent.
    fn push_new(&mut self, key: HashKey, value: Value) {
        self.layout += 1;
        let hash = key.hash;
        self.entries.push((key, value));
        self.live += 1;
        if self.index.is_empty() {
            if self.entries.len() > LINEAR_MAX {
                self.rebuild();
            }
            return;
        }
        if self.entries.len() * 3 >= self.index.len() * 2 {
            self.rebuild();
            return;
        }
        let mask = self.index.len() - 1;
        let mut slot = (hash as usize) & mask;
        while self.index[slot] != EMPTY {
            slot = (slot + 1) & mask;
        }
        self.index[slot] = (self.entries.len() - 1) as u32;
    }

    pub fn set_str(&mut self, s: &str, value: Value) {
        let hash = str_hash(s);
        self.version += 1;
        if let Some(p) = self.find(hash, |k| matches!(k, Value::Str(x) if str_eq(x.as_str(), s))) {
            self.entries[p].1 = value;
            return;
        }
        self.push_new(HashKey { hash, key: Value::str(s) }, value);
    }
    /// Set with a key that is already a str value.
    pub fn set_str_value(&mut self, key: &Value, value: Value) {
        if let Value::Str(s) = key {
            self.version += 1;
            let (hash, text) = (s.hash(), s.as_str());
            if let Some(p) = self.find(
                hash,
                |k| matches!(k, Value::Str(x) if std::ptr::eq(x.as_str(), text) || str_eq(x.as_str(), text)),
            ) {
                self.entries[p].1 = value;
                return;
            }
            self.push_new(HashKey { hash, key: key.clone() }, value);
        }
    }

    /// Removes the entry at `p`, leaving a tombstone.
    fn remove_at(&mut self, p: usize) -> Value {
        self.version += 1;
        self.layout += 1;
        let (k, v) = std::mem::replace(&mut self.entries[p], (HashKey { hash: 0, key: Value::Undefined }, Value::None));
        drop(k);
        self.live -= 1;
        // Keep the hash so probing still passes over the tombstone.
        self.entries[p].0.hash = u64::MAX;
        if self.live * 2 < self.entries.len() && self.entries.len() > LINEAR_MAX {
            self.rebuild();
        } else if self.index.is_empty() {
            self.entries.remove(p);
        }
        v
    }
    pub fn remove(&mut self, key: &HashKey) -> Option<Value> {
        let p = self.find_key(key)?;
        Some(self.remove_at(p))
    }
    pub fn remove_str(&mut self, s: &str) -> Option<Value> {
        let p = self.find(str_hash(s), |k| matches!(k, Value::Str(x) if str_eq(x.as_str(), s)))?;
        Some(self.remove_at(p))
    }
    /// Removes and returns the last item.
    pub fn pop_last(&mut self) -> Option<(HashKey, Value)> {
        let p = self.entries.iter().rposition(|(k, _)| !matches!(k.key, Value::Undefined))?;
        let key = self.entries[p].0.clone();
        let v = self.remove_at(p);
        Some((key, v))
    }
    pub fn contains_key(&self, key: &HashKey) -> bool {
        self.find_key(key).is_some()
    }
    /// Live entries in insertion order.
    pub fn entries(&self) -> impl DoubleEndedIterator<Item = (&HashKey, &Value)> {
        self.entries.iter().filter(|(k, _)| !matches!(k.key, Value::Undefined)).map(|(k, v)| (k, v))
    }
    /// Replaces each str key by `canonical(key)`, an equal str (same hash): lets a
    /// namespace built before interning share the interned key objects.
    pub fn canonicalize_str_keys(&mut self, mut canonical: impl FnMut(&str) -> Value) {
        for (k, _) in self.entries.iter_mut() {
            if let Value::Str(s) = &k.key {
                let c = canonical(s.as_str());
                debug_assert!(matches!(&c, Value::Str(cs) if cs.as_str() == s.as_str()));
                k.key = c;
            }
        }
    }
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Value> {
        self.entries().map(|(k, _)| &k.key)
    }
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&Value, &Value)> {
        self.entries().map(|(k, v)| (&k.key, v))
    }
    /// The first live entry at raw position `pos` or later, with its position
    /// (for iterators that survive between calls).
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, &HashKey, &Value)> {
        while pos < self.entries.len() {
            let (k, v) = &self.entries[pos];
            if !matches!(k.key, Value::Undefined) {
                return Some((pos, k, v));
            }
            pos += 1;
        }
        None
    }
    pub fn clear(&mut self) {
        self.version += 1;
        self.layout += 1;
        self.entries.clear();
        self.index.clear();
        self.live = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference definition of `str_hash`: the bytes in zero-padded 8-byte words, then the length.
    fn reference_hash(s: &str) -> u64 {
        let mut h = FxHasher::default();
        h.write(s.as_bytes());
        h.write_u64(s.len() as u64);
        h.finish() | 1
    }

    #[test]
    fn str_hash_matches_reference() {
        let text = "abcdefghijklmnopqrstuvwxyz0123456789-é✓";
        for start in 0..4 {
            for (end, _) in text.char_indices().chain([(text.len(), ' ')]).filter(|(e, _)| *e >= start) {
                if let Some(s) = text.get(start..end) {
                    assert_eq!(str_hash(s), reference_hash(s), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn str_eq_matches_slices() {
        let words =
            ["", "a", "b", "ab", "ba", "abc", "abd", "abcd", "abce", "abcdefg", "abcdefh", "abcdefgh", "bbcdefgh"];
        let long =
            ["abcdefghijklmnop", "abcdefghijklmnoq", "xbcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopr"];
        for a in words.iter().chain(long.iter()) {
            for b in words.iter().chain(long.iter()) {
                assert_eq!(str_eq(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }
}

#[cfg(test)]
#[path = "dict_tests.rs"]
mod proptests;
