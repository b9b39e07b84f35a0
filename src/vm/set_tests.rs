//! Property tests of `SetData` against a model: a `Vec` of members in insertion
//! order. Members are numbers whose hashes may collide, spelled as int, bool or
//! float (`1 == 1.0 == True` is one member, the first spelling kept), and strings.

use super::*;
use crate::vm::dict::{int_hash, str_hash};
use crate::vm::value::Value;
use proptest::prelude::*;
use proptest::test_runner::Config;

const NAMES: [&str; 6] = ["a", "b", "abcdefgh", "abcdefghijklmnopq", "é", ""];

#[derive(Clone, Copy, Debug, PartialEq)]
enum Member {
    Num(i64, u8),
    Str(usize),
}

impl Member {
    /// Equality of Python values: numbers by value whatever their spelling.
    fn same(&self, other: &Member) -> bool {
        match (self, other) {
            (Member::Num(a, _), Member::Num(b, _)) => a == b,
            (Member::Str(a), Member::Str(b)) => a == b,
            _ => false,
        }
    }
    fn key(&self, buckets: u64) -> HashKey {
        match *self {
            Member::Num(n, form) => {
                let key = match form {
                    0 => Value::Int(n),
                    1 => Value::Float(n as f64),
                    _ => Value::Bool(n == 1),
                };
                let hash = if buckets == 0 { int_hash(n) } else { n as u64 % buckets };
                HashKey { hash, key }
            }
            Member::Str(i) => HashKey { hash: str_hash(NAMES[i]), key: Value::str(NAMES[i]) },
        }
    }
}

fn member() -> impl Strategy<Value = Member> {
    prop_oneof![
        3 => (0i64..24, 0u8..3).prop_map(|(n, f)| Member::Num(n, if n > 1 && f == 2 { 0 } else { f })),
        1 => (0..NAMES.len()).prop_map(Member::Str),
    ]
}

#[derive(Clone, Debug)]
enum Op {
    Insert(Member),
    Remove(Member),
    Contains(Member),
    PopFirst,
    Clear,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => member().prop_map(Op::Insert),
        4 => member().prop_map(Op::Remove),
        2 => member().prop_map(Op::Contains),
        2 => Just(Op::PopFirst),
        1 => Just(Op::Clear),
    ]
}

fn config() -> Config {
    Config { cases: 96, failure_persistence: None, ..Config::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn set_matches_insertion_ordered_model(buckets in 0u64..4, ops in proptest::collection::vec(op(), 1..300)) {
        let mut set = SetData::new();
        let mut model: Vec<Member> = Vec::new();
        for op in &ops {
            match op {
                Op::Insert(m) => {
                    let new = !model.iter().any(|x| x.same(m));
                    if new {
                        model.push(*m);
                    }
                    prop_assert_eq!(set.insert(m.key(buckets)), new);
                }
                Op::Remove(m) => {
                    let p = model.iter().position(|x| x.same(m));
                    if let Some(p) = p {
                        model.remove(p);
                    }
                    prop_assert_eq!(set.remove(&m.key(buckets)), p.is_some());
                }
                Op::Contains(m) => {
                    prop_assert_eq!(set.contains_key(&m.key(buckets)), model.iter().any(|x| x.same(m)));
                }
                Op::PopFirst => {
                    let got = set.pop_first().map(|(k, ())| format!("{:?}", Spelling(&k.key)));
                    let want = (!model.is_empty()).then(|| format!("{:?}", Spelling(&model.remove(0).key(buckets).key)));
                    prop_assert_eq!(got, want);
                }
                Op::Clear => {
                    set.clear();
                    model.clear();
                }
            }
            prop_assert_eq!(set.len(), model.len());
            prop_assert_eq!(set.is_empty(), model.is_empty());
            // Same members, in insertion order, each in the spelling first inserted.
            let got: Vec<String> = set.iter().map(|k| format!("{:?}", Spelling(&k.key))).collect();
            let want: Vec<String> = model.iter().map(|m| format!("{:?}", Spelling(&m.key(buckets).key))).collect();
            prop_assert_eq!(got, want);
        }
    }
}

/// A key's type and value, for comparing spellings.
struct Spelling<'a>(&'a Value);

impl std::fmt::Debug for Spelling<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Value::Int(i) => write!(f, "int {i}"),
            Value::Float(x) => write!(f, "float {x}"),
            Value::Bool(b) => write!(f, "bool {b}"),
            Value::Str(s) => write!(f, "str {:?}", s.as_str()),
            _ => write!(f, "other"),
        }
    }
}

proptest! {
    #![proptest_config(config())]

    /// `int_hash` maps ints onto the odd hashes one to one: every odd internal hash
    /// (a str's, an object's) is `int_hash` of the `hash()` value derived from it, so
    /// a `__hash__` returning that value lands on the same slot.
    #[test]
    fn int_hash_inverts_on_odd_hashes(h in any::<u64>(), i in any::<i64>()) {
        let odd = h | 1;
        prop_assert_eq!(int_hash(crate::vm::dict::int_hash_inverse(odd) as i64), odd);
        prop_assert_eq!(int_hash(crate::vm::dict::int_hash_inverse(int_hash(i)) as i64), int_hash(i));
    }
}
