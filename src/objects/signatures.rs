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

/// Rows of (declared signature, the natives that share it).
pub type Rows = &'static [(&'static str, &'static [&'static str])];

/// The (name, name in messages, signature) of each native of rows. A name is
/// the native's (`"clear"`), or the native's then the qualified name CPython's
/// messages use for it (`"_event_clear=Event.clear"`: a native standing in for
/// a method defined elsewhere).
fn natives<'a>(rows: &'a [(&'static str, &'static [&'static str])], prefix: &'a str) -> impl Iterator<Item = (&'static str, String, &'static str)> + 'a {
    rows.iter().flat_map(move |(spec, names)| {
        names.iter().map(move |n| match n.split_once('=') {
            Some((name, qual)) => (name, qual.to_string(), *spec),
            None => {
                let mut qual = String::with_capacity(prefix.len() + n.len());
                qual.push_str(prefix);
                qual.push_str(n);
                (*n, qual, *spec)
            }
        })
    })
}

/// Attaches each row's signature to the native methods `cls.name` (a plain
/// native or a classmethod's); a name naming no native is skipped.
pub fn declare(cls: &Rc<Class>, rows: &[(&'static str, &'static [&'static str])]) {
    let prefix = format!("{}.", cls.name);
    for (name, qual, spec) in natives(rows, &prefix) {
        let entry = cls.dict.borrow().get_str(name).cloned();
        let declared = match entry {
            Some(Value::Builtin(b)) => with_sig(&b, Signature::declare(&qual, spec)),
            Some(Value::Descriptor(d)) => match &*d {
                Descriptor::ClassMethod(Value::Builtin(b)) => Value::Descriptor(Rc::new(Descriptor::ClassMethod(
                    with_sig(b, Signature::declare(&qual, spec)),
                ))),
                Descriptor::StaticMethod(Value::Builtin(b)) => Value::Descriptor(Rc::new(Descriptor::StaticMethod(
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
pub fn declare_namespace(interp: &mut Interp, ns: &Rc<std::cell::RefCell<crate::vm::dict::Dict>>, prefix: &str, rows: &[(&'static str, &'static [&'static str])]) {
    for (name, qual, spec) in natives(rows, prefix) {
        let entry = ns.borrow().get_str(name).cloned();
        match entry {
            Some(Value::Builtin(b)) => {
                let f = with_sig(&b, Signature::declare(&qual, spec));
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

/// Declares the methods of every class called `name` that the interpreter
/// knows: its native classes, builtin exceptions and the classes in its
/// modules (a class made by a native module, such as `_struct.Struct`).
pub fn declare_class(interp: &Interp, name: &str, rows: &[(&'static str, &'static [&'static str])]) {
    let mut found: Vec<Rc<Class>> = interp.native_classes.values().filter(|c| c.name.as_ref() == name).cloned().collect();
    found.extend(interp.types.exceptions.iter().filter(|c| c.name.as_ref() == name).cloned());
    for m in interp.modules.values() {
        if let Value::Module(m) = m {
            if let Some(Value::Class(c)) = m.dict.borrow().get_str(name) {
                found.push(c.clone());
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    for cls in found.into_iter().filter(|c| seen.insert(Rc::as_ptr(c))) {
        declare(&cls, rows);
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
    let tables: [(&Rc<Class>, Rows); 16] = [
        (&t.list, LIST),
        (&t.tuple, TUPLE),
        (&t.dict, DICT),
        (&t.set, SET),
        (&t.frozenset, FROZENSET),
        (&t.str_, STR),
        (&t.bytes, BYTES_LIKE),
        (&t.bytes, BYTES),
        (&t.bytearray, BYTES_LIKE),
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
    declare(&interp.types.dict.clone(), &[("pos:($type, iterable, value=None, /)", &["fromkeys"])]);
    declare(&interp.types.bytes.clone(), &[("($type, string, /)", &["fromhex"])]);
    declare(&interp.types.bytearray.clone(), &[("($type, string, /)", &["fromhex"])]);
    // Natives that take no class argument, reached from the type or an instance.
    let (int, float) = (interp.types.int.clone(), interp.types.float.clone());
    declare(&int, &[("($type, /, bytes, byteorder='big', *, signed=False)", &["from_bytes"])]);
    declare(&float, &[("($type, string, /)", &["fromhex"])]);
    declare_static(&float, "__getformat__", "static:($type, typestr, /)");
    let (str_, bytes, bytearray) =
        (interp.types.str_.clone(), interp.types.bytes.clone(), interp.types.bytearray.clone());
    declare_static(&str_, "maketrans", "(x, y=<unrepresentable>, z=<unrepresentable>, /)");
    declare_static(&bytes, "maketrans", "(frm, to, /)");
    declare_static(&bytearray, "maketrans", "(frm, to, /)");
    declare(&str_, &[("($self, format_spec, /)", &["__format__"])]);
    declare(&interp.types.object.clone(), OBJECT);
    declare(&interp.types.type_.clone(), TYPE);
    declare(&interp.types.complex.clone(), &[("($self, format_spec, /)", &["__format__"])]);
    let t = &interp.types;
    for cls in [&t.bool_, &t.int, &t.float, &t.complex, &t.str_, &t.bytes, &t.bytearray, &t.memoryview, &t.tuple]
        .into_iter()
        .chain([&t.list, &t.dict, &t.set, &t.frozenset, &t.range, &t.slice, &t.method, &t.module])
    {
        declare(cls, CONSTRUCTED);
    }
    declare(&t.bytearray, &[("($self, /)", &["__reduce__"]), ("($self, proto=0, /)", &["__reduce_ex__"])]);
    declare(&t.complex, &[("wrap:($self, /)", &["__str__"])]);
    declare(&t.object, OBJECT_HOOKS);
    declare(&t.type_, TYPE_METHODS);
    declare(&t.property, PROPERTY);
    for cls in [&t.iterator, &t.generator, &t.coroutine, &t.async_generator] {
        declare(cls, ITERATORS);
    }
    for name in ["async_generator_asend", "async_generator_athrow"] {
        declare_class(interp, name, ITERATORS);
    }
    for name in ["dict_keys", "dict_items"] {
        declare_class(interp, name, &[("private:($self, other, /)", &["isdisjoint"])]);
    }
    declare_class(interp, "GenericAlias", GENERIC_ALIAS);
    declare_class(interp, "UnionType", &[("wrap:($self, /)", &["__repr__"])]);
    declare_class(interp, "frame", &[("wrap:($self, /)", &["__repr__"])]);
    for (name, rows) in EXCEPTIONS {
        declare_class(interp, name, rows);
    }
}

/// Declares a native stored in the class without a class argument, and makes it
/// a static method so that an instance does not become its first argument.
fn declare_static(cls: &Rc<Class>, name: &str, spec: &'static str) {
    let entry = cls.dict.borrow().get_str(name).cloned();
    if let Some(Value::Builtin(b)) = entry {
        let f = with_sig(&b, Signature::declare(&format!("{}.{name}", cls.name), spec));
        cls.dict.borrow_mut().set_str(name, Value::Descriptor(Rc::new(Descriptor::StaticMethod(f))));
    }
}

const OBJECT: Rows = &[
    ("wrap:($self, /, *args, **kwargs)", &["__init__"]),
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /)", &["__repr__", "__str__", "__hash__"]),
    ("wrap:($self, value, /)", &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]),
    ("wrapu:($self, name, value, /)", &["__setattr__"]),
    ("wrap:($self, name, /)", &["__getattribute__", "__delattr__"]),
    ("($self, format_spec, /)", &["__format__"]),
    ("($self, protocol, /)", &["__reduce_ex__"]),
    ("($self, /)", &["__reduce__", "__getstate__", "__dir__"]),
];

const TYPE: Rows = &[
    ("wrap:($self, /, *args, **kwargs)", &["__init__"]),
    ("static:($type, *args, **kwargs)", &["__new__"]),
];

const LIST: Rows = &[
    ("wrap:($self, /)", &["__len__", "__iter__", "__repr__"]),
    ("private:($self, a0, /)", &["__getitem__"]),
    ("wrapu:($self, key, value, /)", &["__setitem__"]),
    ("wrap:($self, key, /)", &["__delitem__", "__contains__"]),
    ("wrap:($self, value, /)", &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__iadd__"]),
    ("wrapu:($self, value, /)", &["__mul__", "__rmul__", "__imul__"]),
];

const TUPLE: Rows = &[
    ("wrap:($self, /)", &["__len__", "__iter__", "__repr__"]),
    ("wrap:($self, key, /)", &["__getitem__", "__contains__"]),
    ("wrap:($self, value, /)", &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__"]),
    ("wrapu:($self, value, /)", &["__mul__", "__rmul__"]),
];

const DICT: Rows = &[
    ("private:($self, /)", &["keys", "values", "items", "clear", "copy"]),
    ("($self, key, default=None, /)", &["get", "setdefault"]),
    ("($self, key, default=<unrepresentable>, /)", &["pop"]),
    ("($self, /)", &["popitem", "__reversed__"]),
    ("pos,private:($self, other=None, /, **kwargs)", &["update"]),
    ("private:($self, a0, /)", &["__getitem__"]),
    ("wrapu:($self, key, value, /)", &["__setitem__"]),
    ("wrap:($self, key, /)", &["__delitem__"]),
    ("($self, key, /)", &["__contains__"]),
    ("wrap:($self, /)", &["__len__", "__iter__", "__repr__"]),
    ("wrap:($self, value, /)", &["__eq__", "__ne__", "__or__", "__ror__", "__ior__"]),
];

const SET: Rows = &[
    ("private:($self, a0, /)", &["add", "remove", "discard", "symmetric_difference_update", "symmetric_difference", "issubset", "issuperset", "isdisjoint", "__contains__"]),
    ("private:($self, /)", &["pop", "clear", "copy"]),
    ("private:($self, *args)", &["update", "intersection_update", "difference_update", "union", "intersection", "difference"]),
    ("wrap:($self, /)", &["__len__", "__iter__", "__repr__"]),
    ("wrap:($self, value, /)", &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__or__", "__ror__", "__and__", "__rand__", "__sub__", "__rsub__", "__xor__", "__rxor__", "__ior__", "__iand__", "__isub__", "__ixor__"]),
];

const FROZENSET: Rows = &[
    ("private:($self, /)", &["copy"]),
    ("private:($self, *args)", &["union", "intersection", "difference"]),
    ("private:($self, a0, /)", &["symmetric_difference", "issubset", "issuperset", "isdisjoint", "__contains__"]),
    ("wrap:($self, /)", &["__len__", "__iter__", "__repr__"]),
    ("wrap:($self, value, /)", &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__or__", "__ror__", "__and__", "__rand__", "__sub__", "__rsub__", "__xor__", "__rxor__"]),
];

const STR: Rows = &[
    ("($self, /)", &["lower", "upper", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "isidentifier", "istitle", "isascii", "isprintable", "title", "capitalize", "swapcase", "casefold"]),
    ("($self, chars=None, /)", &["strip", "lstrip", "rstrip"]),
    ("($self, /, sep=None, maxsplit=-1)", &["split", "rsplit"]),
    ("($self, /, keepends=False)", &["splitlines"]),
    ("($self, iterable, /)", &["join"]),
    ("($self, old, new, count=-1, /)", &["replace"]),
    ("private:($self, a0[, a1[, a2]], /)", &["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]),
    ("($self, width, fillchar=' ', /)", &["center", "ljust", "rjust"]),
    ("($self, width, /)", &["zfill"]),
    ("private:($self, *args, **kwargs)", &["format"]),
    ("private:($self, a0, /)", &["format_map"]),
    ("($self, sep, /)", &["partition", "rpartition"]),
    ("($self, /, encoding='utf-8', errors='strict')", &["encode"]),
    ("($self, /, tabsize=8)", &["expandtabs"]),
    ("($self, prefix, /)", &["removeprefix"]),
    ("($self, suffix, /)", &["removesuffix"]),
    ("wrap:($self, /)", &["__len__", "__str__", "__repr__", "__iter__"]),
    ("wrap:($self, key, /)", &["__contains__", "__getitem__"]),
    ("wrap:($self, value, /)", &["__add__", "__eq__", "__lt__", "__ne__", "__le__", "__gt__", "__ge__", "__mod__", "__rmod__"]),
    ("wrapu:($self, value, /)", &["__mul__", "__rmul__"]),
    ("($self, table, /)", &["translate"]),
];

/// The methods bytes and bytearray share, with the same signatures.
const BYTES_LIKE: Rows = &[
    ("($self, bytes=None, /)", &["strip", "lstrip", "rstrip"]),
    ("($self, /, sep=None, maxsplit=-1)", &["split", "rsplit"]),
    ("($self, /, keepends=False)", &["splitlines"]),
    ("($self, old, new, count=-1, /)", &["replace"]),
    ("private:($self, a0[, a1[, a2]], /)", &["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]),
    ("($self, width, fillchar=b' ', /)", &["center", "ljust", "rjust"]),
    ("($self, width, /)", &["zfill"]),
    ("($self, sep, /)", &["partition", "rpartition"]),
    ("($self, /, tabsize=8)", &["expandtabs"]),
    ("($self, prefix, /)", &["removeprefix"]),
    ("($self, suffix, /)", &["removesuffix"]),
    ("($self, iterable_of_bytes, /)", &["join"]),
    ("($self, /, sep=<unrepresentable>, bytes_per_sep=1)", &["hex"]),
    ("($self, table, /, delete=b'')", &["translate"]),
    ("($self, /, encoding='utf-8', errors='strict')", &["decode"]),
];

const BYTES: Rows = &[
    ("private:($self, /)", &["upper", "lower", "swapcase", "capitalize", "title", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii", "__getnewargs__"]),
    ("wrap:($self, value, /)", &["__rmod__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__mod__"]),
    ("wrap:($self, /)", &["__len__", "__iter__", "__repr__"]),
    ("wrap:($self, key, /)", &["__getitem__", "__contains__"]),
    ("($self, /)", &["__bytes__"]),
    ("wrapu:($self, value, /)", &["__mul__", "__rmul__"]),
];

const BYTEARRAY: Rows = &[
    ("private:($self, /)", &["upper", "lower", "swapcase", "capitalize", "title", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii", "__alloc__"]),
    ("($self, item, /)", &["append"]),
    ("($self, iterable_of_ints, /)", &["extend"]),
    ("($self, index, item, /)", &["insert"]),
    ("($self, index=-1, /)", &["pop"]),
    ("($self, value, /)", &["remove"]),
    ("($self, /)", &["clear", "copy", "reverse"]),
    ("wrap:($self, /)", &["__len__", "__iter__", "__repr__", "__str__"]),
    ("wrap:($self, key, /)", &["__getitem__", "__delitem__", "__contains__"]),
    ("wrapu:($self, key, value, /)", &["__setitem__"]),
    ("wrap:($self, value, /)", &["__rmod__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__mod__", "__iadd__"]),
    ("wrapu:($self, value, /)", &["__mul__", "__rmul__", "__imul__"]),
];

const INT: Rows = &[
    ("($self, /)", &["bit_length", "bit_count"]),
    ("private:($self, /)", &["conjugate"]),
    ("wrap:($self, /)", &["__index__", "__int__", "__float__", "__neg__", "__pos__", "__abs__", "__bool__", "__repr__", "__invert__"]),
    ("($self, /, length=1, byteorder='big', *, signed=False)", &["to_bytes"]),
    ("($self, ndigits=<unrepresentable>, /)", &["__round__"]),
    ("wrap:($self, value, /)", &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__"]),
    ("wrapu:($self, value, mod=None, /)", &["__pow__", "__rpow__"]),
];

const FLOAT: Rows = &[
    ("($self, /)", &["is_integer", "as_integer_ratio", "conjugate", "__trunc__", "__ceil__", "__floor__", "hex"]),
    ("($self, ndigits=None, /)", &["__round__"]),
    ("wrap:($self, /)", &["__float__", "__int__", "__neg__", "__pos__", "__abs__", "__bool__", "__repr__"]),
    ("wrap:($self, value, /)", &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__"]),
    ("wrapu:($self, value, mod=None, /)", &["__pow__", "__rpow__"]),
];

const COMPLEX: Rows = &[
    ("($self, /)", &["conjugate", "__complex__", "__getnewargs__"]),
    ("wrap:($self, value, /)", &["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]),
    ("wrapu:($self, value, mod=None, /)", &["__pow__", "__rpow__"]),
    ("wrap:($self, /)", &["__neg__", "__pos__", "__bool__", "__abs__", "__repr__"]),
];

const BOOL: Rows = &[
    ("wrap:($self, /)", &["__repr__"]),
    ("wrap:($self, value, /)", &["__and__", "__or__", "__xor__"]),
];

const SLICE: Rows = &[
    ("private:($self, a0, /)", &["indices"]),
];

const MEMORYVIEW: Rows = &[
    ("($self, /, order='C')", &["tobytes"]),
    ("($self, /)", &["tolist", "release", "toreadonly"]),
    ("($self, /, sep=<unrepresentable>, bytes_per_sep=1)", &["hex"]),
    ("($self, /, format, shape=<unrepresentable>)", &["cast"]),
    ("private:($self, /)", &["__enter__"]),
    ("private:($self, *args)", &["__exit__"]),
    ("wrap:($self, /)", &["__len__", "__iter__", "__repr__"]),
    ("wrap:($self, key, /)", &["__getitem__", "__delitem__"]),
    ("wrapu:($self, key, value, /)", &["__setitem__"]),
    ("wrap:($self, value, /)", &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]),
];



/// What every builtin type declares for making and hashing its values.
const CONSTRUCTED: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /, *args, **kwargs)", &["__init__"]),
    ("wrap:($self, /)", &["__hash__"]),
];

const OBJECT_HOOKS: Rows = &[
    // Class creation passes it the class keywords, which it rejects itself.
    ("private:($type, /, **kwargs)", &["__init_subclass__"]),
    // Bound to the class when called, so named without it.
    ("tuple,static,private:($type, *args)", &["__subclasshook__"]),
];

const TYPE_METHODS: Rows = &[
    ("wrap:($self, /, *args, **kwargs)", &["__call__"]),
    ("wrap:($self, /)", &["__repr__"]),
    ("($self, instance, /)", &["__instancecheck__"]),
    ("($self, subclass, /)", &["__subclasscheck__"]),
    ("($self, /)", &["__subclasses__", "mro"]),
    ("private:($type, *args, **kwargs)", &["__prepare__"]),
];

const PROPERTY: Rows = &[("private:($self, func, /)", &["getter", "setter", "deleter"])];

/// The iterator protocol and the generator methods, on every iterator type
/// (a type has those of them it defines).
const ITERATORS: Rows = &[
    ("wrap:($self, /)", &["__iter__", "__next__", "__await__", "__aiter__", "__anext__", "__repr__"]),
    ("private:($self, value, /)", &["send", "asend"]),
    ("pos,private:($self, typ, val=None, tb=None, /)", &["throw"]),
    ("private:($self, *args)", &["athrow"]),
    ("private:($self, /)", &["close", "aclose"]),
];

const GENERIC_ALIAS: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /, *args, **kwargs)", &["__call__"]),
    ("wrap:($self, /)", &["__repr__", "__iter__"]),
    ("wrap:($self, key, /)", &["__getitem__"]),
    ("private:($self, /)", &["__reduce__"]),
    ("private:($self, bases, /)", &["__mro_entries__"]),
];

/// The exception classes that define their own methods.
const EXCEPTIONS: &[(&str, Rows)] = &[
    (
        "BaseException",
        &[
            ("wrap:($self, /, *args, **kwargs)", &["__init__"]),
            ("wrap:($self, /)", &["__repr__", "__str__"]),
            ("private:($self, note, /)", &["add_note"]),
            ("private:($self, tb, /)", &["with_traceback"]),
        ],
    ),
    ("BaseExceptionGroup", &[("wrap:($self, /)", &["__str__"])]),
    ("OSError", &[("wrap:($self, /)", &["__str__"])]),
    ("ImportError", &[("wrap:($self, /, *args, **kwargs)", &["__init__"])]),
    ("SyntaxError", EXCEPTION_INIT_STR),
    ("UnicodeDecodeError", EXCEPTION_INIT_STR),
    ("UnicodeEncodeError", EXCEPTION_INIT_STR),
    ("UnicodeTranslateError", EXCEPTION_INIT_STR),
];

const EXCEPTION_INIT_STR: Rows =
    &[("wrap:($self, /, *args, **kwargs)", &["__init__"]), ("wrap:($self, /)", &["__str__"])];
