//! Conversions between Rust and coil values: [`IntoValue`] and [`FromValue`]
//! for integers (big ones through `num_bigint::BigInt`), floats, bool, strings,
//! `()` (None), `Option`, `Vec`, tuples, `HashMap` and `BTreeMap`; plus
//! [`IntoArgs`] and [`IntoKwargs`] for calls.

use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hash};
use std::rc::Rc;

/// A Rust value that can become a coil value.
pub trait IntoValue {
    /// Makes the coil value (may raise, e.g. for an unhashable dict key).
    fn into_value(self, interp: &mut Interp) -> PyResult<Value>;
}

/// Why a coil value did not convert.
pub enum ConvError {
    /// The value has the wrong type (the caller names what was expected).
    Mismatch,
    /// Converting raised an exception (e.g. OverflowError for a too-big int).
    Raised(Value),
}

/// A Rust value that can be read from a coil value.
pub trait FromValue: Sized {
    /// Converts `v`, or reports a type mismatch.
    fn from_value(interp: &mut Interp, v: &Value) -> Result<Self, ConvError>;
    /// What the conversion accepts, for messages: `int`, `list[str]`, `str or None`.
    fn type_hint() -> String;
    /// The value of an omitted trailing argument (`Option` gives `None`).
    fn from_missing() -> Option<Self> {
        None
    }
}

/// Converts `v` or raises `TypeError: expected T, got U`.
pub fn convert<T: FromValue>(interp: &mut Interp, v: &Value) -> PyResult<T> {
    match T::from_value(interp, v) {
        Ok(x) => Ok(x),
        Err(ConvError::Raised(e)) => Err(e),
        Err(ConvError::Mismatch) => {
            let got = interp.type_name(v);
            Err(interp.type_error(format!("expected {}, got {got}", T::type_hint())))
        }
    }
}

impl IntoValue for Value {
    fn into_value(self, _: &mut Interp) -> PyResult<Value> {
        Ok(self)
    }
}

impl FromValue for Value {
    fn from_value(_: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        Ok(v.clone())
    }
    fn type_hint() -> String {
        "object".into()
    }
}

impl IntoValue for () {
    fn into_value(self, _: &mut Interp) -> PyResult<Value> {
        Ok(Value::None)
    }
}

impl FromValue for () {
    fn from_value(_: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        if v.is_none() {
            Ok(())
        } else {
            Err(ConvError::Mismatch)
        }
    }
    fn type_hint() -> String {
        "None".into()
    }
}

impl IntoValue for bool {
    fn into_value(self, _: &mut Interp) -> PyResult<Value> {
        Ok(Value::Bool(self))
    }
}

impl FromValue for bool {
    fn from_value(_: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => Err(ConvError::Mismatch),
        }
    }
    fn type_hint() -> String {
        "bool".into()
    }
}

/// The integer inside an int (or bool) value.
fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

macro_rules! int_conversions {
    ($($t:ty),*) => {$(
        impl IntoValue for $t {
            fn into_value(self, _: &mut Interp) -> PyResult<Value> {
                Ok(match i64::try_from(self) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::bigint(BigInt::from(self)),
                })
            }
        }
        impl FromValue for $t {
            fn from_value(interp: &mut Interp, v: &Value) -> Result<Self, ConvError> {
                let fits = match v {
                    Value::Int(i) => <$t>::try_from(*i).ok(),
                    Value::Bool(b) => <$t>::try_from(*b as i64).ok(),
                    Value::BigInt(b) => <$t>::try_from(&**b).ok(),
                    _ => return Err(ConvError::Mismatch),
                };
                fits.ok_or_else(|| {
                    let msg = format!("int too large to convert to {}", stringify!($t));
                    ConvError::Raised(interp.overflow_error(msg))
                })
            }
            fn type_hint() -> String {
                "int".into()
            }
        }
    )*};
}

int_conversions!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl IntoValue for BigInt {
    fn into_value(self, _: &mut Interp) -> PyResult<Value> {
        Ok(Value::bigint(self))
    }
}

impl FromValue for BigInt {
    fn from_value(_: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        as_bigint(v).ok_or(ConvError::Mismatch)
    }
    fn type_hint() -> String {
        "int".into()
    }
}

impl IntoValue for f64 {
    fn into_value(self, _: &mut Interp) -> PyResult<Value> {
        Ok(Value::Float(self))
    }
}

impl IntoValue for f32 {
    fn into_value(self, _: &mut Interp) -> PyResult<Value> {
        Ok(Value::Float(self as f64))
    }
}

impl FromValue for f64 {
    /// Accepts float and int, as CPython's float arguments do.
    fn from_value(interp: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        match v {
            Value::Float(x) => Ok(*x),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => match b.to_f64().filter(|x| x.is_finite()) {
                Some(x) => Ok(x),
                None => Err(ConvError::Raised(interp.overflow_error("int too large to convert to float"))),
            },
            _ => Err(ConvError::Mismatch),
        }
    }
    fn type_hint() -> String {
        "float".into()
    }
}

impl FromValue for f32 {
    fn from_value(interp: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        f64::from_value(interp, v).map(|x| x as f32)
    }
    fn type_hint() -> String {
        "float".into()
    }
}

impl IntoValue for String {
    fn into_value(self, _: &mut Interp) -> PyResult<Value> {
        Ok(Value::string(self))
    }
}

impl IntoValue for &str {
    fn into_value(self, _: &mut Interp) -> PyResult<Value> {
        Ok(Value::str(self))
    }
}

impl FromValue for String {
    fn from_value(_: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        v.as_str().map(String::from).ok_or(ConvError::Mismatch)
    }
    fn type_hint() -> String {
        "str".into()
    }
}

impl<T: IntoValue> IntoValue for Option<T> {
    fn into_value(self, interp: &mut Interp) -> PyResult<Value> {
        match self {
            Some(x) => x.into_value(interp),
            None => Ok(Value::None),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(interp: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        if v.is_none() {
            return Ok(None);
        }
        T::from_value(interp, v).map(Some)
    }
    fn type_hint() -> String {
        format!("{} or None", T::type_hint())
    }
    fn from_missing() -> Option<Self> {
        Some(None)
    }
}

impl<T: IntoValue> IntoValue for Vec<T> {
    fn into_value(self, interp: &mut Interp) -> PyResult<Value> {
        let items = self.into_iter().map(|x| x.into_value(interp)).collect::<PyResult<Vec<_>>>()?;
        Ok(Value::list(items))
    }
}

/// The items of a list or tuple.
fn sequence_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.borrow().clone()),
        Value::Tuple(t) => Some((**t).clone()),
        _ => None,
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    /// Accepts a list or a tuple.
    fn from_value(interp: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        let items = sequence_items(v).ok_or(ConvError::Mismatch)?;
        items.iter().map(|x| T::from_value(interp, x)).collect()
    }
    fn type_hint() -> String {
        format!("list[{}]", T::type_hint())
    }
}

macro_rules! tuple_conversions {
    ($n:expr; $($t:ident $i:tt),+) => {
        impl<$($t: IntoValue),+> IntoValue for ($($t,)+) {
            fn into_value(self, interp: &mut Interp) -> PyResult<Value> {
                Ok(Value::tuple(vec![$(self.$i.into_value(interp)?),+]))
            }
        }
        impl<$($t: FromValue),+> FromValue for ($($t,)+) {
            /// Accepts a tuple (or list) of exactly this length.
            fn from_value(interp: &mut Interp, v: &Value) -> Result<Self, ConvError> {
                let items = sequence_items(v).ok_or(ConvError::Mismatch)?;
                if items.len() != $n {
                    return Err(ConvError::Mismatch);
                }
                Ok(($($t::from_value(interp, &items[$i])?,)+))
            }
            fn type_hint() -> String {
                let parts: Vec<String> = vec![$($t::type_hint()),+];
                format!("tuple[{}]", parts.join(", "))
            }
        }
        impl<$($t: IntoValue),+> IntoArgs for ($($t,)+) {
            fn into_args(self, interp: &mut Interp) -> PyResult<Vec<Value>> {
                Ok(vec![$(self.$i.into_value(interp)?),+])
            }
        }
    };
}

tuple_conversions!(1; A 0);
tuple_conversions!(2; A 0, B 1);
tuple_conversions!(3; A 0, B 1, C 2);
tuple_conversions!(4; A 0, B 1, C 2, D 3);
tuple_conversions!(5; A 0, B 1, C 2, D 3, E 4);
tuple_conversions!(6; A 0, B 1, C 2, D 3, E 4, F 5);

/// A dict value from (key, value) pairs.
fn dict_from(interp: &mut Interp, pairs: impl Iterator<Item = (Value, Value)>) -> PyResult<Value> {
    let d = std::cell::RefCell::new(Dict::new());
    for (k, v) in pairs {
        let key = interp.hash_key(k)?;
        interp.dict_set(&d, key, v)?;
    }
    Ok(Value::dict(d.into_inner()))
}

/// The (key, value) pairs of a dict.
fn dict_items(v: &Value) -> Option<Vec<(Value, Value)>> {
    match v {
        Value::Dict(d) => Some(d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect()),
        _ => None,
    }
}

impl<K: IntoValue, V: IntoValue, S> IntoValue for HashMap<K, V, S> {
    fn into_value(self, interp: &mut Interp) -> PyResult<Value> {
        let mut pairs = Vec::with_capacity(self.len());
        for (k, v) in self {
            pairs.push((k.into_value(interp)?, v.into_value(interp)?));
        }
        dict_from(interp, pairs.into_iter())
    }
}

impl<K: FromValue + Eq + Hash, V: FromValue, S: BuildHasher + Default> FromValue for HashMap<K, V, S> {
    fn from_value(interp: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        let items = dict_items(v).ok_or(ConvError::Mismatch)?;
        let mut m = HashMap::with_capacity_and_hasher(items.len(), S::default());
        for (k, v) in items {
            m.insert(K::from_value(interp, &k)?, V::from_value(interp, &v)?);
        }
        Ok(m)
    }
    fn type_hint() -> String {
        format!("dict[{}, {}]", K::type_hint(), V::type_hint())
    }
}

impl<K: IntoValue, V: IntoValue> IntoValue for BTreeMap<K, V> {
    fn into_value(self, interp: &mut Interp) -> PyResult<Value> {
        let mut pairs = Vec::with_capacity(self.len());
        for (k, v) in self {
            pairs.push((k.into_value(interp)?, v.into_value(interp)?));
        }
        dict_from(interp, pairs.into_iter())
    }
}

impl<K: FromValue + Ord, V: FromValue> FromValue for BTreeMap<K, V> {
    fn from_value(interp: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        let items = dict_items(v).ok_or(ConvError::Mismatch)?;
        let mut m = BTreeMap::new();
        for (k, v) in items {
            m.insert(K::from_value(interp, &k)?, V::from_value(interp, &v)?);
        }
        Ok(m)
    }
    fn type_hint() -> String {
        format!("dict[{}, {}]", K::type_hint(), V::type_hint())
    }
}

/// Positional arguments of a call: `()`, a tuple of convertible values, or a `Vec<Value>`.
pub trait IntoArgs {
    fn into_args(self, interp: &mut Interp) -> PyResult<Vec<Value>>;
}

impl IntoArgs for () {
    fn into_args(self, _: &mut Interp) -> PyResult<Vec<Value>> {
        Ok(Vec::new())
    }
}

impl IntoArgs for Vec<Value> {
    fn into_args(self, _: &mut Interp) -> PyResult<Vec<Value>> {
        Ok(self)
    }
}

/// Keyword arguments of a call: pairs of a name and a convertible value.
pub trait IntoKwargs {
    fn into_kwargs(self, interp: &mut Interp) -> PyResult<Vec<(Rc<str>, Value)>>;
}

impl<K: AsRef<str>, V: IntoValue> IntoKwargs for Vec<(K, V)> {
    fn into_kwargs(self, interp: &mut Interp) -> PyResult<Vec<(Rc<str>, Value)>> {
        self.into_iter().map(|(k, v)| Ok((Rc::from(k.as_ref()), v.into_value(interp)?))).collect()
    }
}

impl<K: AsRef<str>, V: IntoValue, const N: usize> IntoKwargs for [(K, V); N] {
    fn into_kwargs(self, interp: &mut Interp) -> PyResult<Vec<(Rc<str>, Value)>> {
        self.into_iter().map(|(k, v)| Ok((Rc::from(k.as_ref()), v.into_value(interp)?))).collect()
    }
}
