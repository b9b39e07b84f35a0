//! The builtins namespace scripts see: the builtin functions (`functions.rs`,
//! `__import__` and the `builtins` module in `import.rs`) and the names of the
//! builtin classes and constants. A library layer: it registers
//! natives against the object core (`crate::objects`, `crate::vm`), never the
//! other way round.

mod anext;
pub mod functions;
mod import;
mod signatures;

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::value::Value;

/// Fills the builtins namespace: the builtin functions, the builtin classes and
/// exception classes by name, and the builtin constants.
pub fn register(interp: &mut Interp) {
    functions::register(interp);
    crate::vm::eval::register(interp);
    import::register(interp);
    let types = [
        ("object", interp.types.object.clone()),
        ("type", interp.types.type_.clone()),
        ("int", interp.types.int.clone()),
        ("bool", interp.types.bool_.clone()),
        ("float", interp.types.float.clone()),
        ("complex", interp.types.complex.clone()),
        ("str", interp.types.str_.clone()),
        ("bytes", interp.types.bytes.clone()),
        ("bytearray", interp.types.bytearray.clone()),
        ("memoryview", interp.types.memoryview.clone()),
        ("tuple", interp.types.tuple.clone()),
        ("list", interp.types.list.clone()),
        ("dict", interp.types.dict.clone()),
        ("set", interp.types.set.clone()),
        ("frozenset", interp.types.frozenset.clone()),
        ("range", interp.types.range.clone()),
        ("slice", interp.types.slice.clone()),
        ("property", interp.types.property.clone()),
        ("classmethod", interp.types.classmethod.clone()),
        ("staticmethod", interp.types.staticmethod.clone()),
    ];
    let mut b = interp.builtins.borrow_mut();
    for (name, cls) in types {
        b.set_str(name, Value::Class(cls));
    }
    for cls in interp.types.exceptions.iter() {
        b.set_str(&cls.name, Value::Class(cls.clone()));
    }
    b.set_str("None", Value::None);
    b.set_str("True", Value::Bool(true));
    b.set_str("False", Value::Bool(false));
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("__debug__", Value::Bool(true));
    b.set_str("__name__", Value::str("builtins"));
    b.set_str("EnvironmentError", Value::Class(interp.types.exc(Exc::OSError)));
    b.set_str("IOError", Value::Class(interp.types.exc(Exc::OSError)));
    drop(b);
    signatures::register(interp);
}
