//! The insertion-ordered hash table behind `dict`, `set`, `frozenset`, instance and
//! module namespaces. Keys carry a precomputed hash; the table decides equality of
//! builtin keys itself (`1 == 1.0 == True`) and hands candidates that need the
//! program's `__eq__` to the interpreter (`Step::Ask`, see `vm/lookup.rs`).

use crate::vm::object::PyStr;
use crate::vm::value::Value;
use std::cell::Cell;
use std::hash::{BuildHasherDefault, Hasher};
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
        // The multiply leaves the high bits well mixed and the low ones not
        // (keys such as float bit patterns differ only in high bits); hash
        // tables index by the low bits, so bring the high ones down.
        self.hash.rotate_left(26)
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;

/// Hash of a string's contents (never 0, which marks "not computed").
/// (Same value as feeding the bytes, zero-padded to 8-byte words, then the length, to
/// `FxHasher`, with the halves of the result swapped.)
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
    // The high half of the last product depends on every byte, the low half only on
    // the first ones: it becomes the low half, which picks the table slot.
    step(h, bytes.len() as u64).rotate_left(32) | 1
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

/// The internal hash of a Python `hash()` value `i` (for an int, the int itself):
/// always odd, and one to one between odd hashes and ints (see `int_hash_inverse`).
#[inline]
pub fn int_hash(i: i64) -> u64 {
    (i as u64).wrapping_mul(SEED).rotate_left(17) | 1
}

/// The inverse of `SEED` modulo 2**64.
const SEED_INVERSE: u64 = {
    // Newton's iteration: each step doubles the number of correct low bits.
    let mut x = SEED;
    let mut i = 0;
    while i < 6 {
        x = x.wrapping_mul(2u64.wrapping_sub(SEED.wrapping_mul(x)));
        i += 1;
    }
    x
};

/// The int whose `int_hash` is the odd hash `h`.
pub fn int_hash_inverse(h: u64) -> u64 {
    (h | 1).rotate_right(17).wrapping_mul(SEED_INVERSE)
}

/// A dict key: a value with its hash.
#[derive(Clone)]
pub struct HashKey {
    pub hash: u64,
    pub key: Value,
}

/// Whether comparing `v` with another key may run code of the program: an instance
/// of a class with its own `__eq__`, or a class whose metaclass has one.
#[inline]
fn has_user_eq(v: &Value) -> bool {
    match v {
        Value::Instance(i) => i.class.flags.get() & crate::vm::types::HAS_EQ != 0,
        Value::Class(c) => c.meta.as_ref().is_some_and(|m| m.flags.get() & crate::vm::types::HAS_EQ != 0),
        _ => false,
    }
}

/// Key equality decided without running any code of the program: `Some(equal)`
/// for builtin values (`1 == 1.0 == True`, tuples and frozensets of them, identity
/// for objects without an `__eq__` of their own), `None` when an `__eq__` of the
/// program must decide (see `Interp::table_find`).
#[inline(always)]
pub fn native_key_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(Rc::ptr_eq(x, y) || str_eq(x.as_str(), y.as_str())),
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        _ => native_key_eq_slow(a, b),
    }
}

#[inline(never)]
fn native_key_eq_slow(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        _ if a.is(b) => true,
        _ if has_user_eq(a) || has_user_eq(b) => return Option::None,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => crate::objects::complex::float_equals_int(*y, x),
        (BigInt(x), Int(y)) | (Int(y), BigInt(x)) => **x == num_bigint::BigInt::from(*y),
        (BigInt(x), Bool(y)) | (Bool(y), BigInt(x)) => **x == num_bigint::BigInt::from(*y as i64),
        (Complex(x), Complex(y)) => x.re == y.re && x.im == y.im,
        (Complex(z), other) | (other, Complex(z)) => z.im == 0.0 && native_key_eq(&Float(z.re), other)?,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !p.is(q) && !native_key_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Bytes(x), Bytes(y)) => x == y,
        (Range(x), Range(y)) => crate::objects::range::equal(x, y),
        (FrozenSet(x), FrozenSet(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for k in x.iter() {
                match y.probe_native(k.hash, &k.key) {
                    Step::Found(_) => {}
                    Step::Missing => return Some(false),
                    Step::Ask(_) => return Option::None,
                }
            }
            true
        }
        (Native(_), Native(_)) => return native_keys_equal(a, b),
        (BoundMethod(x), BoundMethod(y)) => x.receiver.is(&y.receiver) && x.func.is(&y.func),
        (Instance(i), _) if i.base.is_some() => return native_key_eq(i.base.as_ref()?, b),
        (_, Instance(i)) if i.base.is_some() => return native_key_eq(a, i.base.as_ref()?),
        _ => false,
    })
}

/// Key equality for tables used from Rust alone (namespaces, caches): as
/// `native_key_eq`, with identity where an `__eq__` of the program would decide.
#[inline]
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    native_key_eq(a, b).unwrap_or_else(|| a.is(b))
}

/// Weak references to the same live referent, generic aliases and unions with
/// equal parts; identity for other native objects. `None` when equal referents
/// must be compared by the program.
fn native_keys_equal(a: &Value, b: &Value) -> Option<bool> {
    use crate::objects::{generic_alias::as_alias, union_type::as_union};
    if let (Some(x), Some(y)) = (crate::vm::weakref::as_weakref(a), crate::vm::weakref::as_weakref(b)) {
        if std::ptr::eq(x, y) {
            return Some(true);
        }
        return match (x.target.get(), y.target.get()) {
            (Some(p), Some(q)) => native_key_eq(&p, &q),
            _ => Some(false),
        };
    }
    if let (Some(x), Some(y)) = (as_alias(a), as_alias(b)) {
        return Some(x.origin.is(&y.origin) && native_key_eq(&x.args, &y.args)?);
    }
    if let (Some(x), Some(y)) = (as_union(a), as_union(b)) {
        return Some(
            x.args.len() == y.args.len() && x.args.iter().all(|p| y.args.iter().any(|q| keys_equal(p, q))),
        );
    }
    Some(a.is(b))
}

/// The first index slot to probe for `hash`: its low bits (which `str_hash` and
/// `int_hash` take from the well-mixed high half of a product).
#[inline(always)]
fn home_slot(hash: u64, mask: usize) -> usize {
    (hash as usize) & mask
}

/// Marks a free slot in the index table.
const EMPTY: u32 = u32::MAX;
/// Tables up to this size are searched linearly, without an index table.
const LINEAR_MAX: usize = 8;

/// What a table stores with each key: a `Value` (dict) or nothing (set).
pub trait Slot: Clone {
    /// Frees the entries of a dropped table (without deep recursion).
    fn release(entries: Vec<(HashKey, Self)>);
    /// The placeholder left in a removed entry.
    fn vacant() -> Self;
}

impl Slot for Value {
    fn release(entries: Vec<(HashKey, Value)>) {
        crate::vm::release::release_entries(entries);
    }
    #[inline]
    fn vacant() -> Value {
        Value::None
    }
}

impl Slot for () {
    fn release(entries: Vec<(HashKey, ())>) {
        crate::vm::release::release_keys(entries);
    }
    #[inline]
    fn vacant() {}
}

/// One step of a probe for a key (see `Table::probe`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Step {
    /// The entry at this position holds an equal key.
    Found(usize),
    /// No entry holds an equal key.
    Missing,
    /// The entry at this position has the same hash, and only the program's
    /// `__eq__` can tell whether its key is equal.
    Ask(usize),
}

/// Where a probe resumes after an `Ask`: the next index slot (or entry position,
/// for a small table without an index).
#[derive(Clone, Copy, Debug, Default)]
pub struct Cursor {
    next: usize,
    started: bool,
}

/// The insertion-ordered hash table behind dicts (`Table<Value>`) and sets
/// (`Table<()>`), as CPython's dict: entries in insertion order (deleted ones left
/// as tombstones until compaction) and, past a few entries, an open-addressing
/// index of entry positions.
pub struct Table<V: Slot> {
    /// Entries in insertion order; a tombstone has `key.key == Value::Undefined`.
    entries: Vec<(HashKey, V)>,
    /// Positions into `entries` (EMPTY when free); empty while the table is small.
    index: Vec<u32>,
    live: usize,
    /// Every entry before this position is a tombstone (so the first live entry is
    /// found without rescanning them).
    head: u32,
    /// Bumped (wrapping) when entries move or the index is rebuilt: a probe in
    /// progress stays valid while it is unchanged (see `moves`).
    moves: u32,
    /// Bumped when keys are added or removed or entries move (not when a value is
    /// replaced): a cached entry position stays valid while it is unchanged.
    layout: u64,
    /// The table's place in a running cycle collection (`vm::gc`).
    pub(crate) gc_slot: crate::vm::gc::GcSlot,
}

/// A dict's table: keys to values.
pub type Dict = Table<Value>;

impl<V: Slot> Clone for Table<V> {
    fn clone(&self) -> Self {
        Table {
            entries: self.entries.clone(),
            index: self.index.clone(),
            live: self.live,
            head: self.head,
            moves: self.moves,
            layout: self.layout,
            gc_slot: Default::default(),
        }
    }
}

impl<V: Slot> Default for Table<V> {
    fn default() -> Self {
        Table { entries: Vec::new(), index: Vec::new(), live: 0, head: 0, moves: 0, layout: 0, gc_slot: crate::vm::gc::GcSlot::new() }
    }
}

impl<V: Slot> Drop for Table<V> {
    fn drop(&mut self) {
        V::release(std::mem::take(&mut self.entries));
    }
}

impl<V: Slot> Table<V> {
    pub fn new() -> Self {
        Self::default()
    }
    /// An empty table with room for `n` items.
    pub fn with_capacity(n: usize) -> Self {
        Table { entries: Vec::with_capacity(n), index: Vec::new(), live: 0, head: 0, moves: 0, layout: 0, gc_slot: crate::vm::gc::GcSlot::new() }
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
    /// A number that changes whenever entries move or the index is rebuilt (not when
    /// entries are only added or become tombstones): a `Cursor` stays valid, and an
    /// entry keeps its position, while it is unchanged.
    #[inline]
    pub fn moves(&self) -> u32 {
        self.moves
    }
    /// The key of the live entry at `pos`.
    #[inline]
    pub fn key_at(&self, pos: usize) -> Option<&HashKey> {
        self.entries.get(pos).map(|(k, _)| k).filter(|k| !matches!(k.key, Value::Undefined))
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
        let mut slot = home_slot(hash, mask);
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

    /// Looks for `key` (with hash `hash`) by builtin equality alone: `Ask` at the
    /// first candidate only the program's `__eq__` can decide.
    #[inline(always)]
    pub fn probe_native(&self, hash: u64, key: &Value) -> Step {
        if self.index.is_empty() {
            for (pos, (k, _)) in self.entries.iter().enumerate() {
                if k.hash == hash && !matches!(k.key, Value::Undefined) {
                    match native_key_eq(&k.key, key) {
                        Some(true) => return Step::Found(pos),
                        Some(false) => {}
                        None => return Step::Ask(pos),
                    }
                }
            }
            return Step::Missing;
        }
        let mask = self.index.len() - 1;
        let mut slot = home_slot(hash, mask);
        loop {
            let pos = self.index[slot];
            if pos == EMPTY {
                return Step::Missing;
            }
            let (k, _) = &self.entries[pos as usize];
            if k.hash == hash && !matches!(k.key, Value::Undefined) {
                match native_key_eq(&k.key, key) {
                    Some(true) => return Step::Found(pos as usize),
                    Some(false) => {}
                    None => return Step::Ask(pos as usize),
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Continues a probe for `key` from `cursor`: the next entry with an equal key,
    /// the end of the probe, or the next candidate to compare through the program
    /// (the cursor is then past it, so a probe resumes after a mismatch). The
    /// cursor is valid while `moves` is unchanged.
    #[inline]
    pub fn probe(&self, cursor: &mut Cursor, hash: u64, key: &Value) -> Step {
        if self.index.is_empty() {
            let start = if cursor.started { cursor.next } else { 0 };
            cursor.started = true;
            for (pos, (k, _)) in self.entries.iter().enumerate().skip(start) {
                if k.hash == hash && !matches!(k.key, Value::Undefined) {
                    match native_key_eq(&k.key, key) {
                        Some(true) => return Step::Found(pos),
                        Some(false) => {}
                        None => {
                            cursor.next = pos + 1;
                            return Step::Ask(pos);
                        }
                    }
                }
            }
            return Step::Missing;
        }
        let mask = self.index.len() - 1;
        let mut slot = if cursor.started { cursor.next & mask } else { home_slot(hash, mask) };
        cursor.started = true;
        loop {
            let pos = self.index[slot];
            if pos == EMPTY {
                return Step::Missing;
            }
            let (k, _) = &self.entries[pos as usize];
            slot = (slot + 1) & mask;
            if k.hash == hash && !matches!(k.key, Value::Undefined) {
                match native_key_eq(&k.key, key) {
                    Some(true) => return Step::Found(pos as usize),
                    Some(false) => {}
                    None => {
                        cursor.next = slot;
                        return Step::Ask(pos as usize);
                    }
                }
            }
        }
    }

    /// Rebuilds the index (and drops tombstones) for the current entries.
    fn rebuild(&mut self) {
        self.layout += 1;
        self.moves = self.moves.wrapping_add(1);
        self.head = 0;
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
            let mut slot = home_slot(k.hash, mask);
            while self.index[slot] != EMPTY {
                slot = (slot + 1) & mask;
            }
            self.index[slot] = pos as u32;
        }
    }

    /// Position of an equal key (builtin equality: see `contains_key`).
    #[inline]
    pub(crate) fn find_key(&self, key: &HashKey) -> Option<usize> {
        self.find(key.hash, |k| keys_equal(k, &key.key))
    }

    /// Whether an equal key is present (builtin equality; identity for keys with
    /// their own `__eq__`: use `Interp::table_find` for the language's rule).
    pub fn contains_key(&self, key: &HashKey) -> bool {
        self.find_key(key).is_some()
    }

    /// Appends an entry known to be absent.
    pub(crate) fn push_new(&mut self, key: HashKey, value: V) {
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
        let mut slot = home_slot(hash, mask);
        while self.index[slot] != EMPTY {
            slot = (slot + 1) & mask;
        }
        self.index[slot] = (self.entries.len() - 1) as u32;
    }

    /// Removes the live entry at `p`, leaving a tombstone; returns its key and value.
    pub(crate) fn remove_at(&mut self, p: usize) -> (HashKey, V) {
        self.layout += 1;
        let (k, v) = std::mem::replace(&mut self.entries[p], (HashKey { hash: 0, key: Value::Undefined }, V::vacant()));
        self.live -= 1;
        // Keep a hash so probing still passes over the tombstone.
        self.entries[p].0.hash = u64::MAX;
        // A small table keeps its tombstones too (the next push past LINEAR_MAX compacts
        // it), so a removal never moves other entries: a lookup whose `__eq__` deletes
        // from the dict goes on from where it was instead of starting again.
        if self.live * 2 < self.entries.len() && self.entries.len() > LINEAR_MAX {
            self.rebuild();
        } else if self.live == 0 && self.index.is_empty() {
            self.clear();
        }
        (k, v)
    }

    /// Removes and returns the first live entry in insertion order.
    pub fn pop_first(&mut self) -> Option<(HashKey, V)> {
        let from = self.head as usize;
        let p = (from..self.entries.len()).find(|&p| !matches!(self.entries[p].0.key, Value::Undefined))?;
        let out = self.remove_at(p);
        if self.live < self.entries.len() {
            // A tombstone was left (no compaction, which resets `head`): all before it are tombstones too.
            self.head = (p + 1) as u32;
        }
        Some(out)
    }

    /// Removes and returns the last live entry in insertion order.
    pub fn pop_last_entry(&mut self) -> Option<(HashKey, V)> {
        let p = self.entries.iter().rposition(|(k, _)| !matches!(k.key, Value::Undefined))?;
        Some(self.remove_at(p))
    }

    /// Live entries in insertion order.
    pub fn entries(&self) -> impl DoubleEndedIterator<Item = (&HashKey, &V)> {
        self.entries[(self.head as usize).min(self.entries.len())..]
            .iter()
            .filter(|(k, _)| !matches!(k.key, Value::Undefined))
            .map(|(k, v)| (k, v))
    }
    /// The live keys with their hashes, in insertion order.
    pub fn hashed_keys(&self) -> impl DoubleEndedIterator<Item = &HashKey> {
        self.entries().map(|(k, _)| k)
    }
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Value> {
        self.entries().map(|(k, _)| &k.key)
    }
    /// The first live entry at raw position `pos` or later, with its position
    /// (for iterators that survive between calls).
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, &HashKey, &V)> {
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
        self.layout += 1;
        self.moves = self.moves.wrapping_add(1);
        self.head = 0;
        self.entries.clear();
        self.index.clear();
        self.live = 0;
    }
}

impl Table<Value> {
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

    /// Lookup by a borrowed key and its hash (builtin equality: see `contains_key`).
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
                return;
            }
        }
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
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// Replaces the value of the live entry at `pos`, returning the old one.
    #[inline]
    pub(crate) fn replace_at(&mut self, pos: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[pos].1, value)
    }

    /// Lookup by a str value, using its cached hash (a pointer match short-cuts the compare).
    #[inline]
    pub fn get_key(&self, key: &Value) -> Option<&Value> {
        match key {
            Value::Str(s) => self.get_str_hashed(s.as_str(), s.hash()),
            _ => None,
        }
    }
    /// Inserts or replaces (builtin equality: see `contains_key`); returns the old value.
    pub fn insert(&mut self, key: HashKey, value: Value) -> Option<Value> {
        if let Some(p) = self.find_key(&key) {
            return Some(std::mem::replace(&mut self.entries[p].1, value));
        }
        self.push_new(key, value);
        None
    }

    pub fn set_str(&mut self, s: &str, value: Value) {
        let hash = str_hash(s);
        if let Some(p) = self.find(hash, |k| matches!(k, Value::Str(x) if str_eq(x.as_str(), s))) {
            self.entries[p].1 = value;
            return;
        }
        self.push_new(HashKey { hash, key: Value::str(s) }, value);
    }
    /// Set with a key that is already a str value.
    pub fn set_str_value(&mut self, key: &Value, value: Value) {
        if let Value::Str(s) = key {
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

    /// The value at `p`, taken out (the entry becomes a tombstone).
    pub(crate) fn take_at(&mut self, p: usize) -> Value {
        self.remove_at(p).1
    }
    /// Removes a key (builtin equality: see `contains_key`).
    pub fn remove(&mut self, key: &HashKey) -> Option<Value> {
        let p = self.find_key(key)?;
        Some(self.take_at(p))
    }
    pub fn remove_str(&mut self, s: &str) -> Option<Value> {
        let p = self.find(str_hash(s), |k| matches!(k, Value::Str(x) if str_eq(x.as_str(), s)))?;
        Some(self.take_at(p))
    }
    /// Removes and returns the last item.
    pub fn pop_last(&mut self) -> Option<(HashKey, Value)> {
        self.pop_last_entry()
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
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&Value, &Value)> {
        self.entries().map(|(k, v)| (&k.key, v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference definition of `str_hash`: the bytes in zero-padded 8-byte words, then the
    /// length, through the Fx steps (`finish` rotates its state; undo that first).
    fn reference_hash(s: &str) -> u64 {
        let mut h = FxHasher::default();
        h.write(s.as_bytes());
        h.write_u64(s.len() as u64);
        h.finish().rotate_right(26).rotate_left(32) | 1
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
