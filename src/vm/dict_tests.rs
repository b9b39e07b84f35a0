//! Property tests of the dict table against a model: a `Vec` of key/value pairs in
//! insertion order. Random operation sequences (inserts, updates, removals,
//! re-insertions, pops, clears, hinted and position-cached access) grow the
//! table past the linear size and through several index rebuilds, with keys
//! whose hashes may collide on purpose; after every step the dict must hold
//! the model's items in the model's order and keep its internal invariants.

use super::*;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Numeric keys `0..NUMS` and string keys from `NAMES`.
const NUMS: i64 = 48;
const NAMES: [&str; 24] = [
    "a",
    "b",
    "x",
    "self",
    "name",
    "value",
    "__init__",
    "__dict__",
    "counter",
    "items",
    "é",
    "✓✓",
    "abcdefg",
    "abcdefgh",
    "abcdefghi",
    "abcdefghijklmnop",
    "abcdefghijklmnopq",
    "a_rather_long_attribute_name",
    "k0",
    "k1",
    "k2",
    "k3",
    "",
    "0",
];

/// How numeric keys hash: as the interpreter does, or into a few buckets so that
/// probe chains and equal-hash candidates are common.
#[derive(Clone, Copy, Debug)]
enum HashMode {
    Real,
    Buckets(u64),
}

/// A key of the model: a number (stored as the int, bool or float form it was
/// first inserted with, as Python keeps the first key) or a string.
#[derive(Clone, Debug, PartialEq)]
enum MKey {
    Num(i64),
    Str(usize),
}

/// The three spellings of a number that are one dict key (`1 == 1.0 == True`).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Form {
    Int,
    Bool,
    Float,
}

#[derive(Clone, Debug)]
enum Op {
    Insert(MKey, Form, i64),
    Remove(MKey, Form),
    Get(MKey, Form),
    /// Insert `n` consecutive numbers from `start` (growth in one go).
    InsertRun(i64, i64, i64),
    /// Remove numbers `start..start+n` (tombstones and compaction).
    RemoveRun(i64, i64),
    PopLast,
    Clear,
    SetStr(usize, i64),
    RemoveStr(usize),
    GetStr(usize),
    /// `set_str_value` with the shared (interned) or a fresh equal string.
    SetStrValue(usize, bool, i64),
    /// `set_key_hinted` / `get_key_hinted` with the name's remembered hint, or an arbitrary one.
    SetHinted(usize, bool, Option<u32>, i64),
    GetHinted(usize, bool, Option<u32>),
    /// Remember `position_of_key` and `layout` for a name.
    CachePos(usize),
    /// `set_value_at` through a remembered position whose layout is current.
    SetAtCached(usize, i64),
}

fn key_strategy() -> impl Strategy<Value = (MKey, Form)> {
    prop_oneof![
        3 => (0..NUMS, prop_oneof![4 => Just(Form::Int), 1 => Just(Form::Bool), 1 => Just(Form::Float)])
            .prop_map(|(n, f)| (MKey::Num(n), if f == Form::Bool && n > 1 { Form::Int } else { f })),
        2 => (0..NAMES.len()).prop_map(|i| (MKey::Str(i), Form::Int)),
    ]
}

fn op_strategy() -> impl Strategy<Value = Op> {
    let name = 0..NAMES.len();
    let hint = proptest::option::of(0u32..64);
    prop_oneof![
        8 => (key_strategy(), any::<i64>()).prop_map(|((k, f), v)| Op::Insert(k, f, v)),
        4 => key_strategy().prop_map(|(k, f)| Op::Remove(k, f)),
        3 => key_strategy().prop_map(|(k, f)| Op::Get(k, f)),
        1 => (0..NUMS, 1i64..40, any::<i64>()).prop_map(|(s, n, v)| Op::InsertRun(s, n, v)),
        1 => (0..NUMS, 1i64..40).prop_map(|(s, n)| Op::RemoveRun(s, n)),
        1 => Just(Op::PopLast),
        // Rarely a clear (one in twenty of these), else another pop.
        1 => (0u8..20).prop_map(|x| if x == 0 { Op::Clear } else { Op::PopLast }),
        2 => (name.clone(), any::<i64>()).prop_map(|(i, v)| Op::SetStr(i, v)),
        2 => name.clone().prop_map(Op::RemoveStr),
        2 => name.clone().prop_map(Op::GetStr),
        2 => (name.clone(), any::<bool>(), any::<i64>()).prop_map(|(i, f, v)| Op::SetStrValue(i, f, v)),
        3 => (name.clone(), any::<bool>(), hint.clone(), any::<i64>()).prop_map(|(i, f, h, v)| Op::SetHinted(i, f, h, v)),
        3 => (name.clone(), any::<bool>(), hint).prop_map(|(i, f, h)| Op::GetHinted(i, f, h)),
        2 => name.clone().prop_map(Op::CachePos),
        2 => (name, any::<i64>()).prop_map(|(i, v)| Op::SetAtCached(i, v)),
    ]
}

fn hash_mode_strategy() -> impl Strategy<Value = HashMode> {
    prop_oneof![Just(HashMode::Real), (1u64..5).prop_map(HashMode::Buckets)]
}

/// The state of one test case: the dict, its model and the interned names.
struct Case {
    dict: Dict,
    model: Vec<(MKey, Form, i64)>,
    mode: HashMode,
    names: Vec<Value>,
    hints: Vec<Cell<u32>>,
    cached: Vec<Option<(usize, u64)>>,
}

impl Case {
    fn new(mode: HashMode) -> Case {
        Case {
            dict: Dict::new(),
            model: Vec::new(),
            mode,
            names: NAMES.iter().map(|s| Value::str(s)).collect(),
            hints: NAMES.iter().map(|_| Cell::new(0)).collect(),
            cached: vec![None; NAMES.len()],
        }
    }

    fn num_hash(&self, n: i64) -> u64 {
        match self.mode {
            HashMode::Real => int_hash(n),
            HashMode::Buckets(b) => n as u64 % b,
        }
    }

    /// The dict key for a model key: shared name values, or numbers in the given form.
    fn key(&self, k: &MKey, form: Form) -> HashKey {
        match *k {
            MKey::Num(n) => {
                let key = match form {
                    Form::Int => Value::Int(n),
                    Form::Bool => Value::Bool(n == 1),
                    Form::Float => Value::Float(n as f64),
                };
                HashKey { hash: self.num_hash(n), key }
            }
            MKey::Str(i) => HashKey { hash: str_hash(NAMES[i]), key: self.names[i].clone() },
        }
    }

    fn name_value(&self, i: usize, fresh: bool) -> Value {
        if fresh {
            Value::str(NAMES[i])
        } else {
            self.names[i].clone()
        }
    }

    fn model_get(&self, k: &MKey) -> Option<i64> {
        self.model.iter().find(|(mk, _, _)| mk == k).map(|e| e.2)
    }

    /// Python's `d[k] = v`: update in place (keeping the first key), else append.
    fn model_insert(&mut self, k: MKey, form: Form, v: i64) -> Option<i64> {
        match self.model.iter_mut().find(|(mk, _, _)| *mk == k) {
            Some(e) => Some(std::mem::replace(&mut e.2, v)),
            None => {
                self.model.push((k, form, v));
                None
            }
        }
    }

    fn model_remove(&mut self, k: &MKey) -> Option<i64> {
        let p = self.model.iter().position(|(mk, _, _)| mk == k)?;
        Some(self.model.remove(p).2)
    }

    fn apply(&mut self, op: &Op) -> Result<(), TestCaseError> {
        match op {
            Op::Insert(k, f, v) => {
                let key = self.key(k, *f);
                let got = self.dict.insert(key, Value::Int(*v)).map(|x| int(&x));
                prop_assert_eq!(got, self.model_insert(k.clone(), *f, *v));
            }
            Op::Remove(k, f) => {
                let got = self.dict.remove(&self.key(k, *f)).map(|x| int(&x));
                prop_assert_eq!(got, self.model_remove(k));
            }
            Op::Get(k, f) => {
                let key = self.key(k, *f);
                prop_assert_eq!(self.dict.get(&key).map(int), self.model_get(k));
                prop_assert_eq!(self.dict.contains_key(&key), self.model_get(k).is_some());
                prop_assert_eq!(self.dict.get_hashed(key.hash, &key.key).map(int), self.model_get(k));
            }
            Op::InsertRun(start, n, v) => {
                for i in *start..*start + *n {
                    self.apply(&Op::Insert(MKey::Num(i), Form::Int, v.wrapping_add(i)))?;
                }
            }
            Op::RemoveRun(start, n) => {
                for i in *start..*start + *n {
                    self.apply(&Op::Remove(MKey::Num(i), Form::Int))?;
                }
            }
            Op::PopLast => {
                let got = self.dict.pop_last();
                let want = self.model.pop();
                match (got, want) {
                    (None, None) => {}
                    (Some((k, v)), Some((mk, f, mv))) => {
                        prop_assert!(same_key(&k.key, &self.key(&mk, f).key), "pop_last key {:?}", mk);
                        prop_assert_eq!(int(&v), mv);
                    }
                    (got, want) => prop_assert!(false, "pop_last gave {:?}, model {:?}", got.is_some(), want),
                }
            }
            Op::Clear => {
                self.dict.clear();
                self.model.clear();
            }
            Op::SetStr(i, v) => {
                self.dict.set_str(NAMES[*i], Value::Int(*v));
                self.model_insert(MKey::Str(*i), Form::Int, *v);
            }
            Op::RemoveStr(i) => {
                let got = self.dict.remove_str(NAMES[*i]).map(|x| int(&x));
                prop_assert_eq!(got, self.model_remove(&MKey::Str(*i)));
            }
            Op::GetStr(i) => {
                let want = self.model_get(&MKey::Str(*i));
                prop_assert_eq!(self.dict.get_str(NAMES[*i]).map(int), want);
                let fresh = Value::str(NAMES[*i]);
                prop_assert_eq!(self.dict.get_key(&fresh).map(int), want);
            }
            Op::SetStrValue(i, fresh, v) => {
                let key = self.name_value(*i, *fresh);
                self.dict.set_str_value(&key, Value::Int(*v));
                self.model_insert(MKey::Str(*i), Form::Int, *v);
            }
            Op::SetHinted(i, fresh, hint, v) => {
                let key = self.name_value(*i, *fresh);
                if let Some(h) = hint {
                    self.hints[*i].set(*h);
                }
                self.dict.set_key_hinted(&key, Value::Int(*v), &self.hints[*i]);
                self.model_insert(MKey::Str(*i), Form::Int, *v);
            }
            Op::GetHinted(i, fresh, hint) => {
                let key = self.name_value(*i, *fresh);
                if let Some(h) = hint {
                    self.hints[*i].set(*h);
                }
                let got = self.dict.get_key_hinted(&key, &self.hints[*i]).map(int);
                prop_assert_eq!(got, self.model_get(&MKey::Str(*i)));
            }
            Op::CachePos(i) => {
                let pos = self.dict.position_of_key(&self.names[*i]);
                prop_assert_eq!(pos.is_some(), self.model_get(&MKey::Str(*i)).is_some());
                self.cached[*i] = pos.map(|p| (p, self.dict.layout()));
            }
            Op::SetAtCached(i, v) => {
                if let Some((pos, layout)) = self.cached[*i] {
                    if layout == self.dict.layout() {
                        prop_assert!(self.dict.set_value_at(pos, Value::Int(*v)).is_ok());
                        prop_assert!(self.model_insert(MKey::Str(*i), Form::Int, *v).is_some());
                    }
                }
            }
        }
        Ok(())
    }

    /// The dict equals the model, and its table is well formed.
    fn check(&self) -> Result<(), TestCaseError> {
        let d = &self.dict;
        prop_assert_eq!(d.len(), self.model.len());
        prop_assert_eq!(d.is_empty(), self.model.is_empty());
        let items: Vec<(&HashKey, &Value)> = d.entries().collect();
        prop_assert_eq!(items.len(), self.model.len());
        for ((k, v), (mk, f, mv)) in items.iter().zip(&self.model) {
            let want = self.key(mk, *f);
            prop_assert!(
                same_key(&k.key, &want.key),
                "key {:?} where the model has {:?} {:?}",
                k.key.type_name_for_test(),
                mk,
                f
            );
            prop_assert_eq!(k.hash, want.hash);
            prop_assert_eq!(int(v), *mv);
            prop_assert_eq!(d.get(&want).map(int), Some(*mv));
        }
        // Reverse iteration and the resumable walk see the same entries.
        let rev: Vec<i64> = d.iter().rev().map(|(_, v)| int(v)).collect();
        let fwd: Vec<i64> = self.model.iter().rev().map(|e| e.2).collect();
        prop_assert_eq!(rev, fwd);
        let mut walk = Vec::new();
        let mut pos = 0;
        while let Some((p, _, v)) = d.entry_from(pos) {
            walk.push(int(v));
            pos = p + 1;
        }
        prop_assert_eq!(walk, self.model.iter().map(|e| e.2).collect::<Vec<_>>());
        // A position cached under the current layout still finds its key.
        for (i, c) in self.cached.iter().enumerate() {
            if let Some((pos, layout)) = c {
                if *layout == d.layout() {
                    prop_assert_eq!(d.value_at(*pos).map(int), self.model_get(&MKey::Str(i)), "cached {}", NAMES[i]);
                }
            }
        }
        // Table invariants: live count, index size and load, every live entry reachable.
        let live = d.entries.iter().filter(|(k, _)| !matches!(k.key, Value::Undefined)).count();
        prop_assert_eq!(d.live, live);
        if d.index.is_empty() {
            prop_assert!(d.entries.len() <= LINEAR_MAX, "{} entries without an index", d.entries.len());
        } else {
            prop_assert!(d.index.len().is_power_of_two());
            prop_assert!(d.entries.len() * 3 < d.index.len() * 2, "index overfull");
            let mut seen = vec![false; d.entries.len()];
            for &p in &d.index {
                if p != EMPTY {
                    prop_assert!(!seen[p as usize], "entry {} indexed twice", p);
                    seen[p as usize] = true;
                }
            }
            prop_assert!(seen.iter().all(|&s| s), "an entry is missing from the index");
        }
        Ok(())
    }
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        _ => panic!("dict value is not an int"),
    }
}

/// The same key object in the same form (not merely equal: Python keeps the first key).
fn same_key(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        _ => false,
    }
}

trait TypeNameForTest {
    fn type_name_for_test(&self) -> &'static str;
}
impl TypeNameForTest for Value {
    fn type_name_for_test(&self) -> &'static str {
        match self {
            Value::Int(_) => "int",
            Value::Bool(_) => "bool",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Undefined => "tombstone",
            _ => "other",
        }
    }
}

fn config() -> Config {
    Config { cases: 96, failure_persistence: None, ..Config::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn dict_matches_insertion_ordered_model(
        mode in hash_mode_strategy(),
        ops in proptest::collection::vec(op_strategy(), 1..250),
    ) {
        let mut case = Case::new(mode);
        for op in &ops {
            case.apply(op)?;
            case.check()?;
        }
    }

    /// Delete everything, then insert again: the order is the new insertion order
    /// (no tombstone or stale index slot leaks a key back to its old place).
    #[test]
    fn dict_reinsertion_after_deletion_goes_last(
        n in 1i64..60,
        removed in proptest::collection::vec(any::<bool>(), 60),
        mode in hash_mode_strategy(),
    ) {
        let mut case = Case::new(mode);
        for i in 0..n {
            case.apply(&Op::Insert(MKey::Num(i), Form::Int, i))?;
        }
        for i in 0..n {
            if removed[i as usize] {
                case.apply(&Op::Remove(MKey::Num(i), Form::Int))?;
            }
        }
        for i in 0..n {
            if removed[i as usize] {
                case.apply(&Op::Insert(MKey::Num(i), Form::Int, -i))?;
            }
        }
        case.check()?;
        let order: Vec<i64> = case.dict.iter().map(|(_, v)| int(v)).collect();
        let kept = (0..n).filter(|&i| !removed[i as usize]);
        let back = (0..n).filter(|&i| removed[i as usize]).map(|i| -i);
        prop_assert_eq!(order, kept.chain(back).collect::<Vec<_>>());
    }
}
