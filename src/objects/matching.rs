//! The runtime side of `match` statements, called by the VM's pattern
//! instructions (`MatchSequence`, `MatchMapping`, `MatchKeys`,
//! `CopyDictWithout`, `MatchClass`): which values match sequence and mapping
//! patterns, looking up the keys of a mapping pattern, building `**rest`, and
//! the `isinstance` / `__match_args__` / attribute protocol of class patterns,
//! with CPython 3.11's rules and messages.

use crate::vm::types::Exc;
use crate::objects::format::py_str_repr;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// Classes of the `collections` module that CPython registers as sequences.
const COLLECTION_SEQUENCES: [&str; 1] = ["deque"];
/// Classes of the `collections` module that are mappings in CPython.
const COLLECTION_MAPPINGS: [&str; 4] = ["OrderedDict", "defaultdict", "Counter", "ChainMap"];

/// Whether `cls` or a class in its MRO satisfies `pred`.
fn in_mro(cls: &Rc<Class>, pred: impl Fn(&Rc<Class>) -> bool) -> bool {
    std::iter::once(cls).chain(cls.mro.iter()).any(pred)
}

/// Whether `c` is one of the named classes of the `collections` module.
fn is_collections_class(c: &Class, names: &[&str]) -> bool {
    c.module.as_ref() == "collections" && names.contains(&c.name.as_ref())
}

impl Interp {
    /// Can `v` match a sequence pattern? Lists, tuples, ranges and deques (and their
    /// subclasses) can; strings, bytes and everything else cannot.
    pub(crate) fn match_sequence(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(i) => in_mro(&i.class, |c| {
                Rc::ptr_eq(c, &self.types.list)
                    || Rc::ptr_eq(c, &self.types.tuple)
                    || is_collections_class(c, &COLLECTION_SEQUENCES)
            }),
            _ => false,
        }
    }

    /// Can `v` match a mapping pattern? Dicts and the dict-like collections can.
    pub(crate) fn match_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(i) => {
                in_mro(&i.class, |c| Rc::ptr_eq(c, &self.types.dict) || is_collections_class(c, &COLLECTION_MAPPINGS))
            }
            _ => false,
        }
    }

    /// The values of `keys` (a tuple) in the mapping `subj` as a tuple, or None as soon
    /// as one is missing. Other mappings than dicts are asked with `subj.get(key, marker)`.
    pub(crate) fn match_keys(&mut self, subj: &Value, keys: &Value) -> PyResult<Value> {
        let keys: Vec<Value> = match keys {
            Value::Tuple(t) => t.to_vec(),
            _ => return Ok(Value::None),
        };
        let getter = match subj {
            Value::Dict(_) => None,
            _ => Some(self.get_attr(subj, "get")?),
        };
        let marker = if getter.is_some() { self.new_instance(&self.types.object.clone()) } else { Value::None };
        let seen = std::cell::RefCell::new(SetData::new());
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            let hashed = self.hash_key(key.clone())?;
            if !self.set_add(&seen, hashed.clone())? {
                let r = self.repr(&key)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            let found = match (subj, &getter) {
                (Value::Dict(d), _) => self.dict_get(d, &hashed)?,
                (_, Some(get)) => {
                    let v = self.call_value(get.clone(), vec![key, marker.clone()], vec![])?;
                    (!v.is(&marker)).then_some(v)
                }
                _ => None,
            };
            match found {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// `**rest` of a mapping pattern: a new dict of `subj`'s items without `keys` (a tuple).
    pub(crate) fn copy_dict_without(&mut self, subj: &Value, keys: &Value) -> PyResult<Value> {
        let rest = Value::dict(Dict::new());
        self.dict_update_from(&rest, subj, None)?;
        if let Value::Tuple(keys) = keys {
            for key in keys.iter() {
                self.del_item(&rest, key)?;
            }
        }
        Ok(rest)
    }

    /// A class pattern `cls(<nargs positional>, names...)` against `subj`: the values its
    /// sub-patterns match, as a tuple, or None when `subj` is not an instance of `cls`
    /// or lacks one of the attributes.
    pub(crate) fn match_class(&mut self, subj: &Value, cls: &Value, names: &Value, nargs: usize) -> PyResult<Value> {
        let Value::Class(cls) = cls else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.is_instance_of(subj, cls) {
            return Ok(Value::None);
        }
        let mut seen: Vec<Rc<PyStr>> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let (match_args, match_self) = match self.get_attr(&Value::Class(cls.clone()), "__match_args__") {
                Ok(Value::Tuple(t)) => (t.to_vec(), false),
                Ok(other) => {
                    let t = self.type_name(&other);
                    return Err(self.type_error(format!("{}.__match_args__ must be a tuple (got {t})", cls.name)));
                }
                Err(e) if self.is_exc(&e, Exc::AttributeError) => (Vec::new(), self.matches_itself(cls)),
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                    cls.name
                )));
            }
            if match_self {
                attrs.push(subj.clone());
            } else {
                for name in &match_args[..nargs] {
                    let Value::Str(name) = name else {
                        let t = self.type_name(name);
                        return Err(self.type_error(format!("__match_args__ elements must be strings (got {t})")));
                    };
                    match self.match_attr(subj, cls, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = names {
            for name in names.iter() {
                let Value::Str(name) = name else { continue };
                match self.match_attr(subj, cls, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// One attribute of a class pattern; `None` when the subject does not have it.
    fn match_attr(
        &mut self,
        subj: &Value,
        cls: &Rc<Class>,
        name: &Rc<PyStr>,
        seen: &mut Vec<Rc<PyStr>>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            let msg = format!("{}() got multiple sub-patterns for attribute {}", cls.name, py_str_repr(name.as_str()));
            return Err(self.type_error(msg));
        }
        seen.push(name.clone());
        match self.get_attr(subj, name.as_str()) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc(&e, Exc::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Builtin types whose one positional sub-pattern matches the subject itself
    /// (`int(x)`, `str(s)`, `list(l)`, ...), and their subclasses.
    fn matches_itself(&self, cls: &Rc<Class>) -> bool {
        let t = &self.types;
        let selfish = [&t.bool_, &t.bytes, &t.dict, &t.float, &t.frozenset, &t.int, &t.list, &t.set, &t.str_, &t.tuple];
        in_mro(cls, |c| selfish.iter().any(|s| Rc::ptr_eq(c, s)))
    }
}
