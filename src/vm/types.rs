//! The builtin classes (`object`, `int`, `str`, ..., the exception hierarchy)
//! and how a class is built: C3 linearization and the class-flag cache.

use crate::vm::interp::Interp;
use crate::vm::dict::Dict;
use crate::vm::object::{Class, ClassKind};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The class has (or inherits) a `__getattr__`.
pub const HAS_GETATTR: u32 = 1;
/// The class has (or inherits) `__eq__` other than object's.
pub const HAS_EQ: u32 = 2;
/// The class has (or inherits) `__hash__` other than object's, or sets it to None.
pub const HAS_HASH: u32 = 4;
/// Instances are unhashable (`__eq__` without `__hash__`, or `__hash__ = None`).
pub const UNHASHABLE: u32 = 8;
/// The class has a `__setattr__` other than object's.
pub const HAS_SETATTR: u32 = 16;
/// Some class in the MRO defines a data descriptor (property); attribute reads must check the type first.
pub const HAS_DESCRIPTORS: u32 = 32;
/// Some class in the MRO (other than object) defines `__new__`.
pub const HAS_NEW: u32 = 64;
/// Every class in the MRO (but object) declares `__slots__`: instances have no `__dict__`.
pub const HAS_SLOTS: u32 = 128;
/// The class is `type` or a subclass of it: its instances are classes.
pub const IS_TYPE: u32 = 256;
/// The class has (or inherits) `__del__`: its instances are finalized (`vm::gc`).
pub const HAS_DEL: u32 = 512;
/// A class statement in the MRO defines `__getattribute__`: every attribute read
/// goes through it (the class also gets HAS_DESCRIPTORS, which keeps the
/// dispatch loop's instance-dict shortcuts away).
pub const HAS_GETATTRIBUTE: u32 = 1024;
/// The class's own `__abstractmethods__` is not empty: calling it raises
/// "Can't instantiate abstract class" (CPython's `Py_TPFLAGS_IS_ABSTRACT`).
pub const IS_ABSTRACT: u32 = 2048;


/// Whether `v` is an instance of a class defining `__get__`, `__set__` or `__delete__`.
pub fn user_descriptor(v: &crate::vm::value::Value) -> bool {
    let crate::vm::value::Value::Instance(inst) = v else { return false };
    std::iter::once(&inst.class).chain(inst.class.mro.iter()).any(|c| {
        let d = c.dict.borrow();
        d.get_str("__get__").is_some() || d.get_str("__set__").is_some() || d.get_str("__delete__").is_some()
    })
}

/// Whether some class in `cls`'s MRO names `name` in its `__slots__`.
pub fn slots_include(cls: &Rc<Class>, name: &str) -> bool {
    use crate::vm::value::Value;
    std::iter::once(cls).chain(cls.mro.iter()).any(|c| {
        let is = |v: &Value| v.as_str().is_some_and(|slot| slot_is(&c.name, slot, name));
        match c.dict.borrow().get_str("__slots__") {
            Some(v @ Value::Str(_)) => is(v),
            Some(Value::Tuple(t)) => t.iter().any(is),
            Some(Value::List(l)) => l.borrow().iter().any(is),
            _ => false,
        }
    })
}

/// Whether the slot `slot` declared by class `class_name` is the attribute `name`:
/// a private slot (`__s`) is the mangled attribute (`_C__s`), as CPython stores it.
pub fn slot_is(class_name: &str, slot: &str, name: &str) -> bool {
    if slot.starts_with("__") && !slot.ends_with("__") {
        let owner = class_name.trim_start_matches('_');
        if !owner.is_empty() {
            return name.len() == 1 + owner.len() + slot.len()
                && name.starts_with('_')
                && name[1..].starts_with(owner)
                && name.ends_with(slot);
        }
    }
    slot == name
}

/// C3 linearization of `bases`; `None` when no consistent order exists.
pub fn c3_mro(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(b.mro.iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            (!in_tail).then(|| head.clone())
        })?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}

/// Makes a class with the given bases (MRO computed by C3).
pub fn new_class(name: &str, bases: Vec<Rc<Class>>, dict: Dict, kind: ClassKind, module: &str) -> Option<Rc<Class>> {
    let mro = c3_mro(&bases)?;
    let class = Rc::new(Class {
        name: name.into(),
        qualname: name.into(),
        bases,
        mro,
        dict: Rc::new(RefCell::new(dict)),
        kind,
        module: module.into(),
        flags: Cell::new(0),
        init_cache: Default::default(),
        meta: None,
        subclasses: Default::default(),
        renamed: Default::default(),
        ctor: Cell::new(None),
        init_fills: Cell::new(false),
        gc_slot: Default::default(),
    });
    refresh_flags(&class);
    for b in &class.bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(&class));
    }
    Some(class)
}

/// Whether a value in a class dict makes the class's HAS_DESCRIPTORS flag.
pub fn is_descriptor(v: &crate::vm::value::Value) -> bool {
    matches!(v, crate::vm::value::Value::Descriptor(d) if matches!(**d, crate::vm::object::Descriptor::Property { .. }))
        || user_descriptor(v)
}

/// Whether setting `name` to `v` in a class dict may change the flags
/// [`refresh_flags`] computes (replacing a descriptor is checked by the caller).
pub fn affects_flags(name: &str, v: &crate::vm::value::Value) -> bool {
    const FLAG_NAMES: &[&str] =
        &["__getattr__", "__getattribute__", "__new__", "__setattr__", "__del__", "__eq__", "__hash__", "__slots__", "__abstractmethods__"];
    FLAG_NAMES.contains(&name) || is_descriptor(v)
}

/// Whether an `__abstractmethods__` value names at least one method (any
/// value but an empty collection, None or False counts, as CPython's truth test would).
fn names_something(v: &crate::vm::value::Value) -> bool {
    use crate::vm::value::Value;
    match v {
        Value::FrozenSet(s) => !s.is_empty(),
        Value::Set(s) => !s.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        Value::Str(s) => !s.as_str().is_empty(),
        Value::None | Value::Bool(false) | Value::Int(0) => false,
        _ => true,
    }
}

/// Recomputes the cached flags of a class from its own and its bases' dicts.
pub fn refresh_flags(class: &Rc<Class>) {
    let mut flags = 0;
    let (mut eq_found, mut hash_found) = (false, false);
    let own = class.dict.borrow();
    for c in std::iter::once(class).chain(class.mro.iter()) {
        let d = if Rc::ptr_eq(c, class) { None } else { Some(c.dict.borrow()) };
        let dict = d.as_deref().unwrap_or(&own);
        if c.kind == ClassKind::Builtin && c.name.as_ref() == "object" {
            continue;
        }
        if c.kind == ClassKind::Builtin && c.name.as_ref() == "type" && c.module.as_ref() == "builtins" {
            flags |= IS_TYPE;
        }
        if dict.get_str("__getattr__").is_some() {
            flags |= HAS_GETATTR;
        }
        if c.kind != ClassKind::Builtin && dict.get_str("__getattribute__").is_some() {
            flags |= HAS_GETATTRIBUTE | HAS_DESCRIPTORS;
        }
        if dict.get_str("__new__").is_some() {
            flags |= HAS_NEW;
        }
        if dict.get_str("__setattr__").is_some() {
            flags |= HAS_SETATTR;
        }
        if dict.get_str("__del__").is_some() {
            flags |= HAS_DEL;
        }
        // The first class in the MRO to define `__eq__` / `__hash__` decides; a
        // builtin type's own apply to an instance's builtin value (`Instance::base`),
        // so the flags mark only methods that class statements defined.
        let builtin = c.kind == ClassKind::Builtin;
        if !eq_found && dict.get_str("__eq__").is_some() {
            eq_found = true;
            if !builtin {
                flags |= HAS_EQ;
            }
        }
        if !hash_found && dict.get_str("__hash__").is_some() {
            hash_found = true;
            if !builtin {
                flags |= HAS_HASH;
            }
        }
        if dict.iter().any(|(_, v)| is_descriptor(v)) {
            flags |= HAS_DESCRIPTORS;
        }
    }
    // (A class statement that defines `__eq__` without `__hash__` gets `__hash__ = None`
    // in its dict: builtins/classes.rs `make_class`.)
    if matches!(own.get_str("__hash__"), Some(crate::vm::value::Value::None)) {
        flags |= UNHASHABLE;
    }
    if own.get_str("__abstractmethods__").is_some_and(names_something) {
        flags |= IS_ABSTRACT;
    }
    let all_slotted =
        std::iter::once(class).chain(class.mro.iter()).filter(|c| c.kind != ClassKind::Builtin).all(|c| {
            if Rc::ptr_eq(c, class) {
                own.get_str("__slots__").is_some()
            } else {
                c.dict.borrow().get_str("__slots__").is_some()
            }
        });
    if all_slotted && class.kind == ClassKind::Object {
        flags |= HAS_SLOTS;
    }
    drop(own);
    class.flags.set(flags | class.flags.get() & crate::vm::weakref::STICKY_FLAGS);
}

/// The builtin classes, created once per interpreter.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub memoryview: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub code: Rc<Class>,
    pub cell: Rc<Class>,
    pub generator: Rc<Class>,
    pub coroutine: Rc<Class>,
    pub async_generator: Rc<Class>,
    pub iterator: Rc<Class>,
    pub property: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    /// The builtin exception classes, in the order of [`Exc`] (see `exc`).
    pub exceptions: Vec<Rc<Class>>,
}

pub use crate::vm::exception_kinds::{Exc, EXCEPTION_TREE};

impl Types {
    /// Creates every builtin class with an empty dict; methods are added by `builtins::register`.
    pub fn new() -> Types {
        let object = new_class("object", vec![], Dict::new(), ClassKind::Builtin, "builtins").expect("object");
        let mk = |name: &str, base: &Rc<Class>| {
            new_class(name, vec![base.clone()], Dict::new(), ClassKind::Builtin, "builtins").expect("builtin class")
        };
        let int = mk("int", &object);
        let bool_ = mk("bool", &int);
        let mut exceptions: Vec<Rc<Class>> = Vec::with_capacity(EXCEPTION_TREE.len());
        for (name, base) in EXCEPTION_TREE {
            let base_class = match Exc::named(base) {
                Some(b) => exceptions[b as usize].clone(),
                None => object.clone(),
            };
            let mut bases = vec![base_class];
            if *name == "ExceptionGroup" {
                bases.push(exceptions[Exc::Exception as usize].clone());
            }
            let class = new_class(name, bases, Dict::new(), ClassKind::Exception, "builtins").expect("exception class");
            exceptions.push(class);
        }
        Types {
            type_: mk("type", &object),
            none: mk("NoneType", &object),
            not_implemented: mk("NotImplementedType", &object),
            ellipsis: mk("ellipsis", &object),
            bool_,
            int,
            float: mk("float", &object),
            complex: mk("complex", &object),
            str_: mk("str", &object),
            bytes: mk("bytes", &object),
            bytearray: mk("bytearray", &object),
            memoryview: mk("memoryview", &object),
            tuple: mk("tuple", &object),
            list: mk("list", &object),
            dict: mk("dict", &object),
            set: mk("set", &object),
            frozenset: mk("frozenset", &object),
            range: mk("range", &object),
            slice: mk("slice", &object),
            function: mk("function", &object),
            builtin_function: mk("builtin_function_or_method", &object),
            method: mk("method", &object),
            module: mk("module", &object),
            code: mk("code", &object),
            cell: mk("cell", &object),
            generator: mk("generator", &object),
            coroutine: mk("coroutine", &object),
            async_generator: mk("async_generator", &object),
            iterator: mk("iterator", &object),
            property: mk("property", &object),
            classmethod: mk("classmethod", &object),
            staticmethod: mk("staticmethod", &object),
            super_: mk("super", &object),
            dict_keys: mk("dict_keys", &object),
            dict_values: mk("dict_values", &object),
            dict_items: mk("dict_items", &object),
            exceptions,
            object,
        }
    }

    /// A builtin exception class.
    pub fn exc(&self, kind: Exc) -> Rc<Class> {
        self.exceptions[kind as usize].clone()
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

/// Creates a class for native objects of type `name` and registers it.
pub fn native_class(interp: &mut Interp, name: &str, base: &Rc<Class>, module: &str) -> Rc<Class> {
    let fallback = interp.types.object.clone();
    let cls = new_class(name, vec![base.clone()], Dict::new(), ClassKind::Builtin, module)
        .unwrap_or(fallback);
    interp.native_classes.insert(name.into(), cls.clone());
    cls
}
