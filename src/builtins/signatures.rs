//! The declared signatures of the builtin functions and of the builtin types'
//! constructors (see `vm/signature.rs`): CPython 3.11's `__text_signature__`,
//! or, where it has none, the parameters its errors describe (`private:`).

use crate::objects::signatures::{declare_namespace, with_sig, Rows};
use crate::vm::interp::Interp;
use crate::vm::signature::Signature;
use crate::vm::value::Value;

/// Attaches the signatures to the builtins already in the namespace.
pub fn register(interp: &mut Interp) {
    let ns = interp.builtins.clone();
    declare_namespace(interp, &ns, "", BUILTINS);
    // sorted() reports its keywords as list.sort does, and counts its
    // positional arguments itself ("sorted expected 1 argument, got 2").
    let entry = ns.borrow().get_str("sorted").cloned();
    if let Some(Value::Builtin(b)) = entry {
        let sig = Signature::declare("sort", "kw:($module, *args, key=None, reverse=False)")
            .with_text("($module, iterable, /, *, key=None, reverse=False)");
        ns.borrow_mut().set_str("sorted", with_sig(&b, sig));
    }
}

const BUILTINS: Rows = &[
    ("($module, obj, /)", &["len", "repr", "ascii", "id", "hash", "callable"]),
    ("($module, x, /)", &["abs"]),
    ("($module, iterable, /, start=0)", &["sum"]),
    ("($module, iterable, /)", &["any", "all"]),
    ("($module, obj, class_or_tuple, /)", &["isinstance"]),
    ("($module, cls, class_or_tuple, /)", &["issubclass"]),
    ("($module, obj, name, /)", &["hasattr", "delattr"]),
    ("($module, obj, name, value, /)", &["setattr"]),
    ("($module, c, /)", &["ord"]),
    ("($module, i, /)", &["chr"]),
    ("($module, number, /)", &["hex", "oct", "bin"]),
    ("($module, x, y, /)", &["divmod"]),
    ("($module, /, base, exp, mod=None)", &["pow"]),
    ("($module, value, format_spec='', /)", &["format"]),
    ("($module, /, number, ndigits=None)", &["round"]),
    ("($module, source, globals=None, locals=None, /, *, closure=None)", &["exec"]),
    ("($module, source, globals=None, locals=None, /)", &["eval"]),
    ("($module, /, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)", &["compile"]),
    ("pos,private:($module, object, name, default=None, /)", &["getattr"]),
    ("pos,private:($module, object, sentinel=None, /)", &["iter"]),
    ("pos,private:($module, iterator, default=None, /)", &["next"]),
    ("pos,private:($module, object=None, /)", &["vars", "dir"]),
    ("private:(x=0, /, base=10)", &["int"]),
    ("private:(x=False, /)", &["bool"]),
    ("private:(x=0.0, /)", &["float"]),
    ("private:(real=0, imag=0)", &["complex"]),
    ("private:(object='', encoding='utf-8', errors='strict')", &["str"]),
    ("private:(source=b'', encoding='utf-8', errors='strict')", &["bytes", "bytearray"]),
    ("private:(object)", &["memoryview"]),
    ("pos,private:(iterable=(), /)", &["set", "frozenset"]),
    ("pos,private:(start, stop=None, step=None, /)", &["slice"]),
    ("private:(fget=None, fset=None, fdel=None, doc=None)", &["property"]),
    ("pos,private:(function, /)", &["classmethod", "staticmethod"]),
    ("private:(iterable=None, start=0)", &["enumerate"]),
    ("private:(*iterables, strict=False)", &["zip"]),
    ("pos,private:(*args)", &["map"]),
    ("pos,private:(function, iterable, /)", &["filter"]),
    ("pos,private:(sequence, /)", &["reversed"]),
    ("pos,call,private:(type=<unrepresentable>, object_or_type=<unrepresentable>, /)", &["super"]),
    ("($module, /)", &["globals", "locals"]),
    ("($module, async_iterable, /)", &["aiter"]),
    ("($module, aiterator, default=<unrepresentable>, /)", &["anext"]),
    // Their count ("min expected at least 1 argument, got 0") is the native's.
    ("kw,private:($module, *args, key=None, default=<unrepresentable>)", &["min", "max"]),
    ("($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)", &["__import__"]),
    // The site module's Quitter instances in CPython.
    ("py,bound,private:(self, code=None)", &["exit=Quitter.__call__", "quit=Quitter.__call__"]),
    // Its errors are the native's ("__build_class__: not enough arguments").
    ("pos,private:($module, *args, **kwargs)", &["__build_class__"]),
    // coil's, behind `except*` (see compile/codegen_stmt.rs).
    ("private:($module, state, /)", &["__eg_begin__", "__eg_finish__"]),
    ("private:($module, state, arg, /)", &["__eg_match__", "__eg_raised__"]),
];
