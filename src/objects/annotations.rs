//! `C.__annotations__` and `module.__annotations__` as CPython 3.10+ gives them:
//! read from the object's own namespace (never inherited from a base class), and
//! created empty there on first read when the body had no annotations.

use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::value::Value;
use std::cell::RefCell;

/// The `__annotations__` entry of `ns` (a class or module namespace), made an
/// empty dict when missing.
pub fn own_annotations(interp: &mut Interp, ns: &RefCell<Dict>) -> Value {
    if let Some(v) = ns.borrow().get_str("__annotations__") {
        return v.clone();
    }
    let key = interp.intern("__annotations__");
    let d = Value::dict(Default::default());
    ns.borrow_mut().set_str_value(&key, d.clone());
    d
}
