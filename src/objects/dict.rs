//! dict: constructor, methods and the keys/values/items views.

use super::{add_method, check_args, native};
use crate::vm::dict::{Dict, Step};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// `dict.keys()`, `.values()` or `.items()`: a live view of a dict.
pub struct DictView {
    pub dict: Rc<RefCell<Dict>>,
    pub kind: DictViewKind,
}

impl NativeObject for DictView {
    fn type_name(&self) -> &str {
        match self.kind {
            DictViewKind::Keys => "dict_keys",
            DictViewKind::Values => "dict_values",
            DictViewKind::Items => "dict_items",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The view behind a value, if it is one.
pub fn as_view(v: &Value) -> Option<&DictView> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<DictView>(),
        _ => None,
    }
}

pub fn register(interp: &mut Interp) {
    let dict = interp.types.dict.clone();
    super::builtin_subclass::set_constructor_filled_by_init(&dict, dict_new);
    let fromkeys = Value::Descriptor(Rc::new(Descriptor::ClassMethod(native("fromkeys", fromkeys))));
    dict.dict.borrow_mut().set_str("fromkeys", fromkeys);
    let methods: &[(&str, NativeFn)] = &[
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("get", get),
        ("pop", pop),
        ("popitem", popitem),
        ("setdefault", setdefault),
        ("update", update),
        ("clear", clear),
        ("copy", copy),
        ("__init__", dict_init),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__len__", len),
        ("__iter__", iter),
        ("__reversed__", reversed),
    ];
    for (name, f) in methods {
        add_method(&dict, name, *f);
    }
    for (name, cls) in [
        ("dict_keys", interp.types.dict_keys.clone()),
        ("dict_values", interp.types.dict_values.clone()),
        ("dict_items", interp.types.dict_items.clone()),
    ] {
        interp.native_classes.insert(name.to_string(), cls);
    }
}

fn this(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<Rc<RefCell<Dict>>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(interp.type_error(format!("descriptor '{name}' for 'dict' objects needs a dict"))),
    }
}

/// `dict.__init__(self, [mapping or pairs], **kwargs)`: adds the items to the dict.
fn dict_init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "dict", &args[1.min(args.len())..], 0, 1)?;
    this(interp, args, "__init__")?;
    let d = &args[0];
    if let Some(src) = args.get(1) {
        update_from(interp, d, src)?;
    }
    for (k, v) in kwargs {
        let key = interp.intern(k);
        interp.set_item(d, key, v.clone())?;
    }
    Ok(Value::None)
}

fn dict_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "dict", args, 0, 1)?;
    let d = Value::dict(Dict::new());
    if let Some(src) = args.first() {
        update_from(interp, &d, src)?;
    }
    for (k, v) in kwargs {
        let key = interp.intern(k);
        interp.set_item(&d, key, v.clone())?;
    }
    Ok(d)
}

/// `d.update(src)` where src is a mapping or an iterable of pairs.
fn update_from(interp: &mut Interp, d: &Value, src: &Value) -> PyResult<()> {
    if matches!(src, Value::Dict(_))
        || (matches!(src, Value::Instance(_)) && interp.lookup_special(src, "keys").is_some())
    {
        return interp.dict_update_from(d, src, None);
    }
    let pairs = interp.collect_iterable(src)?;
    for (i, pair) in pairs.iter().enumerate() {
        let kv = interp.collect_iterable(pair).map_err(|_| {
            interp.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
        })?;
        if kv.len() != 2 {
            return Err(interp.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            )));
        }
        interp.set_item(d, kv[0].clone(), kv[1].clone())?;
    }
    Ok(())
}

/// `cls.fromkeys(iterable, value=None)` (a classmethod): a subclass is made with
/// `cls()` and filled through its `__setitem__`, as in CPython.
fn fromkeys(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (cls, args) = (&args[0], &args[1..]);
    let keys = interp.collect_iterable(&args[0])?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    if !matches!(cls, Value::Class(c) if Rc::ptr_eq(c, &interp.types.dict)) {
        let d = interp.call_value(cls.clone(), vec![], vec![])?;
        for k in keys {
            interp.set_item(&d, k, v.clone())?;
        }
        return Ok(d);
    }
    let d = RefCell::new(Dict::new());
    for k in keys {
        let key = interp.hash_key(k)?;
        interp.dict_set(&d, key, v.clone())?;
    }
    Ok(Value::dict(d.into_inner()))
}

fn view(interp: &mut Interp, args: &[Value], kind: DictViewKind) -> PyResult<Value> {
    let d = this(interp, args, "keys")?;
    Ok(Value::native(Rc::new(DictView { dict: d, kind })))
}

fn keys(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    view(interp, args, DictViewKind::Keys)
}

fn values(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    view(interp, args, DictViewKind::Values)
}

fn items(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    view(interp, args, DictViewKind::Items)
}

fn get(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    // Fast path: a str or int key, hashed and compared without cloning it.
    if let [Value::Dict(d), key, rest @ ..] = args {
        if rest.len() <= 1 {
            if let Some(hash) = crate::vm::ops::plain_hash(key) {
                let t = d.borrow();
                match t.probe_native(hash, key) {
                    Step::Found(p) => return Ok(t.value_at(p).cloned().unwrap_or(Value::None)),
                    Step::Missing => return Ok(rest.first().cloned().unwrap_or(Value::None)),
                    // A key of the program's own type with the same hash: its `__eq__` decides.
                    Step::Ask(_) => {}
                }
            }
        }
    }
    let d = this(interp, args, "get")?;
    let key = interp.hash_key(args[1].clone())?;
    let found = interp.dict_get(&d, &key)?;
    Ok(found.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn pop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = this(interp, args, "pop")?;
    let key = interp.hash_key(args[1].clone())?;
    let removed = interp.dict_take(&d, &key)?;
    match removed {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(interp.key_error(args[1].clone())),
        },
    }
}

fn popitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = this(interp, args, "popitem")?;
    let last = d.borrow_mut().pop_last();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k.key, v])),
        None => Err(interp.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn setdefault(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = this(interp, args, "setdefault")?;
    let key = interp.hash_key(args[1].clone())?;
    let found = interp.table_find(&*d, &key)?;
    let found = found.and_then(|p| d.borrow().value_at(p).cloned());
    match found {
        Some(v) => Ok(v),
        None => {
            // No call into the program since the lookup: the key is still absent.
            let v = args.get(2).cloned().unwrap_or(Value::None);
            d.borrow_mut().push_new(key, v.clone());
            Ok(v)
        }
    }
}

fn update(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    this(interp, args, "update")?;
    if let Some(src) = args.get(1) {
        update_from(interp, &args[0], src)?;
    }
    for (k, v) in kwargs {
        let key = interp.intern(k);
        interp.set_item(&args[0], key, v.clone())?;
    }
    Ok(Value::None)
}

fn clear(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    this(interp, args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = this(interp, args, "copy")?;
    let c = d.borrow().clone();
    Ok(Value::dict(c))
}

fn getitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.get_item(&args[0], &args[1])
}

fn setitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.set_item(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn delitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.del_item(&args[0], &args[1])?;
    Ok(Value::None)
}

fn contains(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(interp.contains(&args[0], &args[1])?))
}

fn len(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(interp, args, "__len__")?.borrow().len() as i64))
}

fn iter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.get_iter(&args[0])
}

/// `reversed(d)`: the keys, last inserted first.
fn reversed(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = this(interp, args, "__reversed__")?;
    let keys: Vec<Value> = d.borrow().keys().rev().cloned().collect();
    interp.get_iter(&Value::list(keys))
}
