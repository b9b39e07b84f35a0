//! The declared signatures of the builtin types' methods (see `vm/signature.rs`
//! for the text): what CPython 3.11 reports as each method's
//! `__text_signature__`, or, where it has none, the parameters its errors
//! describe (`private:` keeps those out of `__text_signature__`; `wrap:` is a
//! slot wrapper such as `__len__`, with its messages). Attached to the methods
//! the type files registered, after all of them ran.

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::signature::Signature;
use crate::vm::value::Value;
use std::rc::Rc;

/// Rows of (native's name, declared signature).
pub type Rows = &'static [(&'static str, &'static str)];

/// Attaches each row's signature to the native method `cls.name` (a plain
/// native or a classmethod's); a row naming no native is skipped.
pub fn declare(cls: &Rc<Class>, rows: &[(&str, &str)]) {
    for (name, spec) in rows {
        let qual = format!("{}.{name}", cls.name);
        let entry = cls.dict.borrow().get_str(name).cloned();
        let declared = match entry {
            Some(Value::Builtin(b)) => with_sig(&b, Signature::declare(&qual, spec)),
            Some(Value::Descriptor(d)) => match &*d {
                Descriptor::ClassMethod(Value::Builtin(b)) => Value::Descriptor(Rc::new(Descriptor::ClassMethod(
                    with_sig(b, Signature::declare(&qual, spec)),
                ))),
                _ => continue,
            },
            _ => continue,
        };
        cls.dict.borrow_mut().set_str(name, declared);
    }
}

/// Attaches signatures to the natives of a namespace (a module's dict, the
/// builtins): `prefix` starts the names messages use (`"math."`). A builtin
/// type there gets its constructor's signature (checked when keywords are
/// passed).
pub fn declare_namespace(interp: &mut Interp, ns: &Rc<std::cell::RefCell<crate::vm::dict::Dict>>, prefix: &str, rows: &[(&str, &str)]) {
    for (name, spec) in rows {
        let entry = ns.borrow().get_str(name).cloned();
        match entry {
            Some(Value::Builtin(b)) => {
                let f = with_sig(&b, Signature::declare(&format!("{prefix}{name}"), spec));
                ns.borrow_mut().set_str(name, f);
            }
            Some(Value::Class(cls)) if cls.ctor.get().is_some() => super::set_constructor_sig(interp, &cls, spec),
            Some(Value::Class(cls)) => {
                // A type made by its own `__new__` native (called without the class).
                let new = cls.dict.borrow().get_str("__new__").cloned();
                if let Some(Value::Builtin(b)) = new {
                    if b.bound.is_none() {
                        cls.dict.borrow_mut().set_str("__new__", with_sig(&b, Signature::declare(&cls.name, spec)));
                    }
                }
            }
            _ => {}
        }
    }
}

/// A copy of a native with a signature.
pub fn with_sig(b: &BuiltinFunction, sig: Signature) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name: b.name.clone(),
        func: b.func,
        bound: b.bound.clone(),
        with_caller: b.with_caller,
        on_builtin_value: b.on_builtin_value,
        sig: Some(Rc::new(sig)),
    }))
}

pub fn register(interp: &mut Interp) {
    let t = &interp.types;
    let tables: [(&Rc<Class>, Rows); 14] = [
        (&t.list, LIST),
        (&t.tuple, TUPLE),
        (&t.dict, DICT),
        (&t.set, SET),
        (&t.frozenset, FROZENSET),
        (&t.str_, STR),
        (&t.bytes, BYTES),
        (&t.bytearray, BYTEARRAY),
        (&t.int, INT),
        (&t.float, FLOAT),
        (&t.complex, COMPLEX),
        (&t.bool_, BOOL),
        (&t.slice, SLICE),
        (&t.memoryview, MEMORYVIEW),
    ];
    for (cls, rows) in tables {
        declare(cls, rows);
    }
    // The classmethods and static methods CPython declares on the type.
    declare(&interp.types.dict.clone(), &[("fromkeys", "pos:($type, iterable, value=None, /)")]);
    declare(&interp.types.bytes.clone(), &[("fromhex", "($type, string, /)")]);
    declare(&interp.types.bytearray.clone(), &[("fromhex", "($type, string, /)")]);
    // Natives that take no class argument, reached from the type or an instance.
    let (int, float) = (interp.types.int.clone(), interp.types.float.clone());
    declare_static(&int, "from_bytes", "static:($type, /, bytes, byteorder='big', *, signed=False)");
    declare_static(&float, "fromhex", "static:($type, string, /)");
    declare_static(&float, "__getformat__", "static:($type, typestr, /)");
    let (str_, bytes, bytearray) =
        (interp.types.str_.clone(), interp.types.bytes.clone(), interp.types.bytearray.clone());
    declare_static(&str_, "maketrans", "(x, y=<unrepresentable>, z=<unrepresentable>, /)");
    declare_static(&bytes, "maketrans", "(frm, to, /)");
    declare_static(&bytearray, "maketrans", "(frm, to, /)");
    declare(&str_, &[("__format__", "($self, format_spec, /)")]);
    declare(&interp.types.object.clone(), OBJECT);
    declare(&interp.types.type_.clone(), TYPE);
    declare(&interp.types.complex.clone(), &[("__format__", "($self, format_spec, /)")]);
}

/// Declares a native stored in the class without a class argument, and makes it
/// a static method so that an instance does not become its first argument.
fn declare_static(cls: &Rc<Class>, name: &str, spec: &str) {
    let entry = cls.dict.borrow().get_str(name).cloned();
    if let Some(Value::Builtin(b)) = entry {
        let f = with_sig(&b, Signature::declare(&format!("{}.{name}", cls.name), spec));
        cls.dict.borrow_mut().set_str(name, Value::Descriptor(Rc::new(Descriptor::StaticMethod(f))));
    }
}

const OBJECT: Rows = &[
    ("__init__", "wrap:($self, /, *args, **kwargs)"),
    ("__new__", "static:($type, *args, **kwargs)"),
    ("__repr__", "wrap:($self, /)"),
    ("__str__", "wrap:($self, /)"),
    ("__hash__", "wrap:($self, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__setattr__", "wrapu:($self, name, value, /)"),
    ("__getattribute__", "wrap:($self, name, /)"),
    ("__delattr__", "wrap:($self, name, /)"),
    ("__format__", "($self, format_spec, /)"),
    ("__reduce_ex__", "($self, protocol, /)"),
    ("__reduce__", "($self, /)"),
    ("__getstate__", "($self, /)"),
];

const TYPE: Rows = &[
    ("__init__", "wrap:($self, /, *args, **kwargs)"),
    ("__new__", "static:($type, *args, **kwargs)"),
];

const LIST: Rows = &[
    ("__len__", "wrap:($self, /)"),
    ("__getitem__", "private:($self, a0, /)"),
    ("__setitem__", "wrapu:($self, key, value, /)"),
    ("__delitem__", "wrap:($self, key, /)"),
    ("__contains__", "wrap:($self, key, /)"),
    ("__iter__", "wrap:($self, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__add__", "wrap:($self, value, /)"),
    ("__mul__", "wrapu:($self, value, /)"),
    ("__rmul__", "wrapu:($self, value, /)"),
    ("__repr__", "wrap:($self, /)"),
    ("__iadd__", "wrap:($self, value, /)"),
    ("__imul__", "wrapu:($self, value, /)"),
];

const TUPLE: Rows = &[
    ("__len__", "wrap:($self, /)"),
    ("__getitem__", "wrap:($self, key, /)"),
    ("__contains__", "wrap:($self, key, /)"),
    ("__iter__", "wrap:($self, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__add__", "wrap:($self, value, /)"),
    ("__mul__", "wrapu:($self, value, /)"),
    ("__rmul__", "wrapu:($self, value, /)"),
    ("__repr__", "wrap:($self, /)"),
];

const DICT: Rows = &[
    ("keys", "private:($self, /)"),
    ("values", "private:($self, /)"),
    ("items", "private:($self, /)"),
    ("get", "($self, key, default=None, /)"),
    ("pop", "($self, key, default=<unrepresentable>, /)"),
    ("popitem", "($self, /)"),
    ("setdefault", "($self, key, default=None, /)"),
    ("update", "pos,private:($self, other=None, /, **kwargs)"),
    ("clear", "private:($self, /)"),
    ("copy", "private:($self, /)"),
    ("__getitem__", "private:($self, a0, /)"),
    ("__setitem__", "wrapu:($self, key, value, /)"),
    ("__delitem__", "wrap:($self, key, /)"),
    ("__contains__", "($self, key, /)"),
    ("__len__", "wrap:($self, /)"),
    ("__iter__", "wrap:($self, /)"),
    ("__reversed__", "($self, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__or__", "wrap:($self, value, /)"),
    ("__ror__", "wrap:($self, value, /)"),
    ("__ior__", "wrap:($self, value, /)"),
    ("__repr__", "wrap:($self, /)"),
];

const SET: Rows = &[
    ("add", "private:($self, a0, /)"),
    ("remove", "private:($self, a0, /)"),
    ("discard", "private:($self, a0, /)"),
    ("pop", "private:($self, /)"),
    ("clear", "private:($self, /)"),
    ("update", "private:($self, *args)"),
    ("intersection_update", "private:($self, *args)"),
    ("difference_update", "private:($self, *args)"),
    ("symmetric_difference_update", "private:($self, a0, /)"),
    ("copy", "private:($self, /)"),
    ("union", "private:($self, *args)"),
    ("intersection", "private:($self, *args)"),
    ("difference", "private:($self, *args)"),
    ("symmetric_difference", "private:($self, a0, /)"),
    ("issubset", "private:($self, a0, /)"),
    ("issuperset", "private:($self, a0, /)"),
    ("isdisjoint", "private:($self, a0, /)"),
    ("__contains__", "private:($self, a0, /)"),
    ("__len__", "wrap:($self, /)"),
    ("__iter__", "wrap:($self, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__or__", "wrap:($self, value, /)"),
    ("__ror__", "wrap:($self, value, /)"),
    ("__and__", "wrap:($self, value, /)"),
    ("__rand__", "wrap:($self, value, /)"),
    ("__sub__", "wrap:($self, value, /)"),
    ("__rsub__", "wrap:($self, value, /)"),
    ("__xor__", "wrap:($self, value, /)"),
    ("__rxor__", "wrap:($self, value, /)"),
    ("__ior__", "wrap:($self, value, /)"),
    ("__iand__", "wrap:($self, value, /)"),
    ("__isub__", "wrap:($self, value, /)"),
    ("__ixor__", "wrap:($self, value, /)"),
    ("__repr__", "wrap:($self, /)"),
];

const FROZENSET: Rows = &[
    ("copy", "private:($self, /)"),
    ("union", "private:($self, *args)"),
    ("intersection", "private:($self, *args)"),
    ("difference", "private:($self, *args)"),
    ("symmetric_difference", "private:($self, a0, /)"),
    ("issubset", "private:($self, a0, /)"),
    ("issuperset", "private:($self, a0, /)"),
    ("isdisjoint", "private:($self, a0, /)"),
    ("__contains__", "private:($self, a0, /)"),
    ("__len__", "wrap:($self, /)"),
    ("__iter__", "wrap:($self, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__or__", "wrap:($self, value, /)"),
    ("__ror__", "wrap:($self, value, /)"),
    ("__and__", "wrap:($self, value, /)"),
    ("__rand__", "wrap:($self, value, /)"),
    ("__sub__", "wrap:($self, value, /)"),
    ("__rsub__", "wrap:($self, value, /)"),
    ("__xor__", "wrap:($self, value, /)"),
    ("__rxor__", "wrap:($self, value, /)"),
    ("__repr__", "wrap:($self, /)"),
];

const STR: Rows = &[
    ("lower", "($self, /)"),
    ("upper", "($self, /)"),
    ("strip", "($self, chars=None, /)"),
    ("lstrip", "($self, chars=None, /)"),
    ("rstrip", "($self, chars=None, /)"),
    ("split", "($self, /, sep=None, maxsplit=-1)"),
    ("rsplit", "($self, /, sep=None, maxsplit=-1)"),
    ("splitlines", "($self, /, keepends=False)"),
    ("join", "($self, iterable, /)"),
    ("replace", "($self, old, new, count=-1, /)"),
    ("find", "private:($self, a0[, a1[, a2]], /)"),
    ("rfind", "private:($self, a0[, a1[, a2]], /)"),
    ("index", "private:($self, a0[, a1[, a2]], /)"),
    ("rindex", "private:($self, a0[, a1[, a2]], /)"),
    ("count", "private:($self, a0[, a1[, a2]], /)"),
    ("startswith", "private:($self, a0[, a1[, a2]], /)"),
    ("endswith", "private:($self, a0[, a1[, a2]], /)"),
    ("isdigit", "($self, /)"),
    ("isdecimal", "($self, /)"),
    ("isnumeric", "($self, /)"),
    ("isalpha", "($self, /)"),
    ("isalnum", "($self, /)"),
    ("isspace", "($self, /)"),
    ("isupper", "($self, /)"),
    ("islower", "($self, /)"),
    ("isidentifier", "($self, /)"),
    ("istitle", "($self, /)"),
    ("isascii", "($self, /)"),
    ("isprintable", "($self, /)"),
    ("center", "($self, width, fillchar=' ', /)"),
    ("ljust", "($self, width, fillchar=' ', /)"),
    ("rjust", "($self, width, fillchar=' ', /)"),
    ("zfill", "($self, width, /)"),
    ("title", "($self, /)"),
    ("capitalize", "($self, /)"),
    ("swapcase", "($self, /)"),
    ("casefold", "($self, /)"),
    ("format", "private:($self, *args, **kwargs)"),
    ("format_map", "private:($self, a0, /)"),
    ("partition", "($self, sep, /)"),
    ("rpartition", "($self, sep, /)"),
    ("encode", "($self, /, encoding='utf-8', errors='strict')"),
    ("expandtabs", "($self, /, tabsize=8)"),
    ("removeprefix", "($self, prefix, /)"),
    ("removesuffix", "($self, suffix, /)"),
    ("__len__", "wrap:($self, /)"),
    ("__contains__", "wrap:($self, key, /)"),
    ("__getitem__", "wrap:($self, key, /)"),
    ("__add__", "wrap:($self, value, /)"),
    ("__mul__", "wrapu:($self, value, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__str__", "wrap:($self, /)"),
    ("__repr__", "wrap:($self, /)"),
    ("__iter__", "wrap:($self, /)"),
    ("translate", "($self, table, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__rmul__", "wrapu:($self, value, /)"),
    ("__mod__", "wrap:($self, value, /)"),
    ("__rmod__", "wrap:($self, value, /)"),
];

const BYTES: Rows = &[
    ("strip", "($self, bytes=None, /)"),
    ("lstrip", "($self, bytes=None, /)"),
    ("rstrip", "($self, bytes=None, /)"),
    ("split", "($self, /, sep=None, maxsplit=-1)"),
    ("rsplit", "($self, /, sep=None, maxsplit=-1)"),
    ("splitlines", "($self, /, keepends=False)"),
    ("replace", "($self, old, new, count=-1, /)"),
    ("find", "private:($self, a0[, a1[, a2]], /)"),
    ("rfind", "private:($self, a0[, a1[, a2]], /)"),
    ("index", "private:($self, a0[, a1[, a2]], /)"),
    ("rindex", "private:($self, a0[, a1[, a2]], /)"),
    ("count", "private:($self, a0[, a1[, a2]], /)"),
    ("startswith", "private:($self, a0[, a1[, a2]], /)"),
    ("endswith", "private:($self, a0[, a1[, a2]], /)"),
    ("center", "($self, width, fillchar=b' ', /)"),
    ("ljust", "($self, width, fillchar=b' ', /)"),
    ("rjust", "($self, width, fillchar=b' ', /)"),
    ("zfill", "($self, width, /)"),
    ("partition", "($self, sep, /)"),
    ("rpartition", "($self, sep, /)"),
    ("expandtabs", "($self, /, tabsize=8)"),
    ("removeprefix", "($self, prefix, /)"),
    ("removesuffix", "($self, suffix, /)"),
    ("join", "($self, iterable_of_bytes, /)"),
    ("upper", "private:($self, /)"),
    ("lower", "private:($self, /)"),
    ("swapcase", "private:($self, /)"),
    ("capitalize", "private:($self, /)"),
    ("title", "private:($self, /)"),
    ("isdigit", "private:($self, /)"),
    ("isalpha", "private:($self, /)"),
    ("isalnum", "private:($self, /)"),
    ("isspace", "private:($self, /)"),
    ("isupper", "private:($self, /)"),
    ("islower", "private:($self, /)"),
    ("istitle", "private:($self, /)"),
    ("isascii", "private:($self, /)"),
    ("hex", "($self, /, sep=<unrepresentable>, bytes_per_sep=1)"),
    ("translate", "($self, table, /, delete=b'')"),
    ("decode", "($self, /, encoding='utf-8', errors='strict')"),
    ("__rmod__", "wrap:($self, value, /)"),
    ("__len__", "wrap:($self, /)"),
    ("__getitem__", "wrap:($self, key, /)"),
    ("__contains__", "wrap:($self, key, /)"),
    ("__iter__", "wrap:($self, /)"),
    ("__bytes__", "($self, /)"),
    ("__getnewargs__", "private:($self, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__add__", "wrap:($self, value, /)"),
    ("__mul__", "wrapu:($self, value, /)"),
    ("__rmul__", "wrapu:($self, value, /)"),
    ("__repr__", "wrap:($self, /)"),
    ("__mod__", "wrap:($self, value, /)"),
];

const BYTEARRAY: Rows = &[
    ("strip", "($self, bytes=None, /)"),
    ("lstrip", "($self, bytes=None, /)"),
    ("rstrip", "($self, bytes=None, /)"),
    ("split", "($self, /, sep=None, maxsplit=-1)"),
    ("rsplit", "($self, /, sep=None, maxsplit=-1)"),
    ("splitlines", "($self, /, keepends=False)"),
    ("replace", "($self, old, new, count=-1, /)"),
    ("find", "private:($self, a0[, a1[, a2]], /)"),
    ("rfind", "private:($self, a0[, a1[, a2]], /)"),
    ("index", "private:($self, a0[, a1[, a2]], /)"),
    ("rindex", "private:($self, a0[, a1[, a2]], /)"),
    ("count", "private:($self, a0[, a1[, a2]], /)"),
    ("startswith", "private:($self, a0[, a1[, a2]], /)"),
    ("endswith", "private:($self, a0[, a1[, a2]], /)"),
    ("center", "($self, width, fillchar=b' ', /)"),
    ("ljust", "($self, width, fillchar=b' ', /)"),
    ("rjust", "($self, width, fillchar=b' ', /)"),
    ("zfill", "($self, width, /)"),
    ("partition", "($self, sep, /)"),
    ("rpartition", "($self, sep, /)"),
    ("expandtabs", "($self, /, tabsize=8)"),
    ("removeprefix", "($self, prefix, /)"),
    ("removesuffix", "($self, suffix, /)"),
    ("join", "($self, iterable_of_bytes, /)"),
    ("upper", "private:($self, /)"),
    ("lower", "private:($self, /)"),
    ("swapcase", "private:($self, /)"),
    ("capitalize", "private:($self, /)"),
    ("title", "private:($self, /)"),
    ("isdigit", "private:($self, /)"),
    ("isalpha", "private:($self, /)"),
    ("isalnum", "private:($self, /)"),
    ("isspace", "private:($self, /)"),
    ("isupper", "private:($self, /)"),
    ("islower", "private:($self, /)"),
    ("istitle", "private:($self, /)"),
    ("isascii", "private:($self, /)"),
    ("hex", "($self, /, sep=<unrepresentable>, bytes_per_sep=1)"),
    ("translate", "($self, table, /, delete=b'')"),
    ("decode", "($self, /, encoding='utf-8', errors='strict')"),
    ("append", "($self, item, /)"),
    ("extend", "($self, iterable_of_ints, /)"),
    ("insert", "($self, index, item, /)"),
    ("pop", "($self, index=-1, /)"),
    ("remove", "($self, value, /)"),
    ("clear", "($self, /)"),
    ("copy", "($self, /)"),
    ("reverse", "($self, /)"),
    ("__alloc__", "private:($self, /)"),
    ("__len__", "wrap:($self, /)"),
    ("__getitem__", "wrap:($self, key, /)"),
    ("__setitem__", "wrapu:($self, key, value, /)"),
    ("__delitem__", "wrap:($self, key, /)"),
    ("__contains__", "wrap:($self, key, /)"),
    ("__iter__", "wrap:($self, /)"),
    ("__rmod__", "wrap:($self, value, /)"),
    ("__repr__", "wrap:($self, /)"),
    ("__str__", "wrap:($self, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__add__", "wrap:($self, value, /)"),
    ("__mul__", "wrapu:($self, value, /)"),
    ("__rmul__", "wrapu:($self, value, /)"),
    ("__mod__", "wrap:($self, value, /)"),
    ("__iadd__", "wrap:($self, value, /)"),
    ("__imul__", "wrapu:($self, value, /)"),
];

const INT: Rows = &[
    ("bit_length", "($self, /)"),
    ("bit_count", "($self, /)"),
    ("conjugate", "private:($self, /)"),
    ("__index__", "wrap:($self, /)"),
    ("__int__", "wrap:($self, /)"),
    ("__float__", "wrap:($self, /)"),
    ("to_bytes", "($self, /, length=1, byteorder='big', *, signed=False)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__add__", "wrap:($self, value, /)"),
    ("__radd__", "wrap:($self, value, /)"),
    ("__sub__", "wrap:($self, value, /)"),
    ("__rsub__", "wrap:($self, value, /)"),
    ("__mul__", "wrap:($self, value, /)"),
    ("__rmul__", "wrap:($self, value, /)"),
    ("__truediv__", "wrap:($self, value, /)"),
    ("__rtruediv__", "wrap:($self, value, /)"),
    ("__floordiv__", "wrap:($self, value, /)"),
    ("__rfloordiv__", "wrap:($self, value, /)"),
    ("__mod__", "wrap:($self, value, /)"),
    ("__rmod__", "wrap:($self, value, /)"),
    ("__pow__", "wrapu:($self, value, mod=None, /)"),
    ("__rpow__", "wrapu:($self, value, mod=None, /)"),
    ("__neg__", "wrap:($self, /)"),
    ("__pos__", "wrap:($self, /)"),
    ("__abs__", "wrap:($self, /)"),
    ("__bool__", "wrap:($self, /)"),
    ("__repr__", "wrap:($self, /)"),
    ("__lshift__", "wrap:($self, value, /)"),
    ("__rlshift__", "wrap:($self, value, /)"),
    ("__rshift__", "wrap:($self, value, /)"),
    ("__rrshift__", "wrap:($self, value, /)"),
    ("__and__", "wrap:($self, value, /)"),
    ("__rand__", "wrap:($self, value, /)"),
    ("__or__", "wrap:($self, value, /)"),
    ("__ror__", "wrap:($self, value, /)"),
    ("__xor__", "wrap:($self, value, /)"),
    ("__rxor__", "wrap:($self, value, /)"),
    ("__invert__", "wrap:($self, /)"),
];

const FLOAT: Rows = &[
    ("is_integer", "($self, /)"),
    ("as_integer_ratio", "($self, /)"),
    ("conjugate", "($self, /)"),
    ("__float__", "wrap:($self, /)"),
    ("__int__", "wrap:($self, /)"),
    ("__trunc__", "($self, /)"),
    ("hex", "($self, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__add__", "wrap:($self, value, /)"),
    ("__radd__", "wrap:($self, value, /)"),
    ("__sub__", "wrap:($self, value, /)"),
    ("__rsub__", "wrap:($self, value, /)"),
    ("__mul__", "wrap:($self, value, /)"),
    ("__rmul__", "wrap:($self, value, /)"),
    ("__truediv__", "wrap:($self, value, /)"),
    ("__rtruediv__", "wrap:($self, value, /)"),
    ("__floordiv__", "wrap:($self, value, /)"),
    ("__rfloordiv__", "wrap:($self, value, /)"),
    ("__mod__", "wrap:($self, value, /)"),
    ("__rmod__", "wrap:($self, value, /)"),
    ("__pow__", "wrapu:($self, value, mod=None, /)"),
    ("__rpow__", "wrapu:($self, value, mod=None, /)"),
    ("__neg__", "wrap:($self, /)"),
    ("__pos__", "wrap:($self, /)"),
    ("__abs__", "wrap:($self, /)"),
    ("__bool__", "wrap:($self, /)"),
    ("__repr__", "wrap:($self, /)"),
];

const COMPLEX: Rows = &[
    ("conjugate", "($self, /)"),
    ("__complex__", "($self, /)"),
    ("__getnewargs__", "($self, /)"),
    ("__add__", "wrap:($self, value, /)"),
    ("__radd__", "wrap:($self, value, /)"),
    ("__sub__", "wrap:($self, value, /)"),
    ("__rsub__", "wrap:($self, value, /)"),
    ("__mul__", "wrap:($self, value, /)"),
    ("__rmul__", "wrap:($self, value, /)"),
    ("__truediv__", "wrap:($self, value, /)"),
    ("__rtruediv__", "wrap:($self, value, /)"),
    ("__pow__", "wrapu:($self, value, mod=None, /)"),
    ("__rpow__", "wrapu:($self, value, mod=None, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__neg__", "wrap:($self, /)"),
    ("__pos__", "wrap:($self, /)"),
    ("__bool__", "wrap:($self, /)"),
    ("__abs__", "wrap:($self, /)"),
    ("__repr__", "wrap:($self, /)"),
];

const BOOL: Rows = &[
    ("__repr__", "wrap:($self, /)"),
    ("__and__", "wrap:($self, value, /)"),
    ("__or__", "wrap:($self, value, /)"),
    ("__xor__", "wrap:($self, value, /)"),
];

const SLICE: Rows = &[
    ("indices", "private:($self, a0, /)"),
];

const MEMORYVIEW: Rows = &[
    ("tobytes", "($self, /, order='C')"),
    ("tolist", "($self, /)"),
    ("hex", "($self, /, sep=<unrepresentable>, bytes_per_sep=1)"),
    ("release", "($self, /)"),
    ("cast", "($self, /, format, shape=<unrepresentable>)"),
    ("toreadonly", "($self, /)"),
    ("__enter__", "private:($self, /)"),
    ("__exit__", "private:($self, *args)"),
    ("__len__", "wrap:($self, /)"),
    ("__getitem__", "wrap:($self, key, /)"),
    ("__setitem__", "wrapu:($self, key, value, /)"),
    ("__delitem__", "wrap:($self, key, /)"),
    ("__iter__", "wrap:($self, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__repr__", "wrap:($self, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
];


