//! The insertion-ordered hash table behind `dict`, instance and module namespaces.
//! Keys carry a precomputed hash; equality follows Python for builtin types
//! (`1 == 1.0 == True`) and identity for other objects.

use crate::vm::value::Value;
use indexmap::{Equivalent, IndexMap};
use std::hash::{BuildHasherDefault, Hash, Hasher};

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
pub fn str_hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.write_u64(s.len() as u64);
    h.finish() | 1
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

/// Borrowed lookup key for a string.
pub struct StrKey<'a> {
    pub hash: u64,
    pub s: &'a str,
}

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl Equivalent<HashKey> for StrKey<'_> {
    fn equivalent(&self, key: &HashKey) -> bool {
        self.hash == key.hash && matches!(&key.key, Value::Str(s) if s.as_str() == self.s)
    }
}

/// Equality used by dict and set lookups for builtin types; identity otherwise.
pub fn keys_equal(a: &Value, b: &Value) -> bool {
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
        (Tuple(x), Tuple(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| keys_equal(p, q)),
        (Bytes(x), Bytes(y)) => x == y,
        (FrozenSet(x), FrozenSet(y)) => x.len() == y.len() && x.iter().all(|k| y.contains_key(k)),
        _ => a.is(b),
    }
}

/// An insertion-ordered map from hashed keys to values.
#[derive(Clone, Default)]
pub struct Dict {
    pub map: IndexMap<HashKey, Value, FxBuild>,
    /// Bumped on every change, so lookups can be cached (global name caches).
    version: u64,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    pub fn get(&self, key: &HashKey) -> Option<&Value> {
        self.map.get(key)
    }
    pub fn get_str(&self, s: &str) -> Option<&Value> {
        self.map.get(&StrKey { hash: str_hash(s), s })
    }
    /// Lookup by a string whose hash is already known.
    pub fn get_str_hashed(&self, s: &str, hash: u64) -> Option<&Value> {
        self.map.get(&StrKey { hash, s })
    }
    /// A number that changes whenever the dict does.
    pub fn version(&self) -> u64 {
        self.version
    }
    pub fn insert(&mut self, key: HashKey, value: Value) -> Option<Value> {
        self.version += 1;
        self.map.insert(key, value)
    }
    pub fn set_str(&mut self, s: &str, value: Value) {
        let k = Value::str(s);
        let hash = str_hash(s);
        self.version += 1;
        self.map.insert(HashKey { hash, key: k }, value);
    }
    /// Set with a key that is already a str value.
    pub fn set_str_value(&mut self, key: &Value, value: Value) {
        if let Value::Str(s) = key {
            self.version += 1;
            self.map.insert(HashKey { hash: s.hash(), key: key.clone() }, value);
        }
    }
    pub fn remove(&mut self, key: &HashKey) -> Option<Value> {
        self.version += 1;
        self.map.shift_remove(key)
    }
    pub fn remove_str(&mut self, s: &str) -> Option<Value> {
        self.version += 1;
        self.map.shift_remove(&StrKey { hash: str_hash(s), s })
    }
    /// Removes and returns the last item.
    pub fn pop_last(&mut self) -> Option<(HashKey, Value)> {
        self.version += 1;
        self.map.pop()
    }
    pub fn contains_key(&self, key: &HashKey) -> bool {
        self.map.contains_key(key)
    }
    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.map.keys().map(|k| &k.key)
    }
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.map.iter().map(|(k, v)| (&k.key, v))
    }
    pub fn clear(&mut self) {
        self.version += 1;
        self.map.clear();
    }
}
