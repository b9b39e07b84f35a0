//! CPython's `hash()` values: the numeric hash (a value modulo 2**61 - 1, so
//! that `hash(1) == hash(1.0)`), the xxHash-based tuple hash, and `__hash__`
//! of instances. The dict tables hash with `int_hash` of these values (strings
//! and other objects the other way round: see `Interp::hash_at`).

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// `hash(v)` with CPython's values for numbers and tuples (strings and
/// objects hash differently from run to run in CPython too).
pub fn py_hash(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    interp.py_hash_of(v)
}

/// CPython 3.11's xxHash-based hash of a tuple whose items hash to `lanes`.
pub fn tuple_hash(lanes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((lanes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's hash of a frozenset from its members' hashes (any order): their
/// shuffled bits xor-ed together, the size mixed in, then dispersed, so that
/// `hash(frozenset(...))` and `collections.abc.Set._hash` agree with CPython's.
pub fn frozenset_hash(hashes: &[i64]) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut hash = hashes.iter().fold(0u64, |acc, &h| acc ^ shuffle(h as u64));
    hash ^= (hashes.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    hash as i64
}
