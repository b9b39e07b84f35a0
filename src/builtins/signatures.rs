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
    ("len", "($module, obj, /)"),
    ("repr", "($module, obj, /)"),
    ("ascii", "($module, obj, /)"),
    ("abs", "($module, x, /)"),
    ("sum", "($module, iterable, /, start=0)"),
    ("any", "($module, iterable, /)"),
    ("all", "($module, iterable, /)"),
    ("isinstance", "($module, obj, class_or_tuple, /)"),
    ("issubclass", "($module, cls, class_or_tuple, /)"),
    ("hasattr", "($module, obj, name, /)"),
    ("setattr", "($module, obj, name, value, /)"),
    ("delattr", "($module, obj, name, /)"),
    ("id", "($module, obj, /)"),
    ("hash", "($module, obj, /)"),
    ("ord", "($module, c, /)"),
    ("chr", "($module, i, /)"),
    ("hex", "($module, number, /)"),
    ("oct", "($module, number, /)"),
    ("bin", "($module, number, /)"),
    ("callable", "($module, obj, /)"),
    ("divmod", "($module, x, y, /)"),
    ("pow", "($module, /, base, exp, mod=None)"),
    ("format", "($module, value, format_spec='', /)"),
    ("round", "($module, /, number, ndigits=None)"),
    ("exec", "($module, source, globals=None, locals=None, /, *, closure=None)"),
    ("eval", "($module, source, globals=None, locals=None, /)"),
    ("compile", "($module, /, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)"),
    ("getattr", "pos,private:($module, object, name, default=None, /)"),
    ("iter", "pos,private:($module, object, sentinel=None, /)"),
    ("next", "pos,private:($module, iterator, default=None, /)"),
    ("vars", "pos,private:($module, object=None, /)"),
    ("dir", "pos,private:($module, object=None, /)"),
    ("int", "private:(x=0, /, base=10)"),
    ("bool", "private:(x=False, /)"),
    ("float", "private:(x=0.0, /)"),
    ("complex", "private:(real=0, imag=0)"),
    ("str", "private:(object='', encoding='utf-8', errors='strict')"),
    ("bytes", "private:(source=b'', encoding='utf-8', errors='strict')"),
    ("bytearray", "private:(source=b'', encoding='utf-8', errors='strict')"),
    ("memoryview", "private:(object)"),
    ("set", "pos,private:(iterable=(), /)"),
    ("frozenset", "pos,private:(iterable=(), /)"),
    ("slice", "pos,private:(start, stop=None, step=None, /)"),
    ("property", "private:(fget=None, fset=None, fdel=None, doc=None)"),
    ("classmethod", "pos,private:(function, /)"),
    ("staticmethod", "pos,private:(function, /)"),
    ("enumerate", "private:(iterable=None, start=0)"),
    ("zip", "private:(*iterables, strict=False)"),
    ("map", "pos,private:(*args)"),
    ("filter", "pos,private:(function, iterable, /)"),
    ("reversed", "pos,private:(sequence, /)"),
    ("super", "pos,call,private:(type=<unrepresentable>, object_or_type=<unrepresentable>, /)"),
    ("globals", "($module, /)"),
    ("locals", "($module, /)"),
    ("aiter", "($module, async_iterable, /)"),
    ("anext", "($module, aiterator, default=<unrepresentable>, /)"),
    // Their count ("min expected at least 1 argument, got 0") is the native's.
    ("min", "kw,private:($module, *args, key=None, default=<unrepresentable>)"),
    ("max", "kw,private:($module, *args, key=None, default=<unrepresentable>)"),
];
