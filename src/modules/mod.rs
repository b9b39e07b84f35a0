//! Native modules, one file or folder each: `sys`, `math`, `cmath`, `time`, `random`,
//! `traceback`, `unicodedata`, `atexit`, `_signal`, `_subprocess`, `_select` (behind
//! stdlib/signal.py, subprocess.py, select.py), `_struct` (behind struct.py), `_bisect` and
//! `_heapq` (behind bisect.py and heapq.py), `_hashlib` and `_blake2`
//! (behind hashlib.py and hmac.py), `zlib` (over libz-rs-sys), `array` (packed arrays of numbers),
//! `itertools/` (`_itertools`, behind itertools.py), `warnings/` (`_warnings`, behind warnings.py), `json/` (`_json`, the accelerator of the `json` package), and
//! `asyncio/` (the asyncio runtime with its `_asyncio` module).
//! A library layer: modules register natives against the object core and are
//! never named by it (see ARCHITECTURE.md).

pub mod _bisect;
pub mod abc;
pub mod _hashlib;
pub mod _heapq;
pub mod array;
pub mod _offload;
pub mod _select;
pub mod socket;
pub mod _struct;
pub mod _signal;
pub mod _subprocess;
pub mod asyncio;
pub mod atexit;
pub mod cmath;
pub mod codecs;
pub mod errno;
pub mod gc;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
mod math_special;
pub mod os;
pub mod random;
pub mod re;
pub mod method_signatures;
pub mod signatures;
#[cfg(feature = "internals")]
pub mod signature_coverage;
pub mod sys;
pub mod sys_hooks;
pub mod time;
pub mod traceback;
pub mod unicodedata;
pub mod warnings;
pub mod weakref;
pub mod zlib;

use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::native_modules::NativeGroup;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// A native module with the given functions and values.
pub fn make_module(name: &str, functions: &[(&str, NativeFn)], values: Vec<(&str, Value)>) -> Value {
    let mut d = Dict::new();
    d.set_str("__name__", Value::str(name));
    for (fname, f) in functions {
        d.set_str(fname, crate::objects::native(fname, *f));
    }
    for (vname, v) in values {
        d.set_str(vname, v);
    }
    Value::Module(Rc::new(Module { name: name.into(), dict: Rc::new(RefCell::new(d)) }))
}

/// Puts a module built by `make` into the module table under `name`.
fn put(interp: &mut Interp, name: &str, module: Value) {
    interp.modules.insert(name.into(), module);
}

/// Builds a group of natives with `make`, then declares the signatures of
/// their functions and of the classes the group made.
fn build(interp: &mut Interp, names: &[&str], make: impl FnOnce(&mut Interp)) {
    let before: std::collections::HashSet<*const Class> = interp.native_classes.values().map(Rc::as_ptr).collect();
    make(interp);
    let mut classes: Vec<Rc<Class>> =
        interp.native_classes.values().filter(|c| !before.contains(&Rc::as_ptr(c))).cloned().collect();
    for name in names {
        if let Some(Value::Module(m)) = interp.modules.get(*name).cloned() {
            classes.extend(m.dict.borrow().entries().filter_map(|(_, v)| match v {
                Value::Class(c) => Some(c.clone()),
                _ => None,
            }));
            signatures::declare_module(interp, name, &m);
        }
    }
    let mut seen = std::collections::HashSet::new();
    classes.retain(|c| seen.insert(Rc::as_ptr(c)));
    method_signatures::declare_classes(&classes);
}

/// A group of native modules, built together on first import.
macro_rules! natives {
    ([$($name:literal),+], $make:expr) => {
        NativeGroup { names: &[$($name),+], build: |interp| build(interp, &[$($name),+], $make) }
    };
}

/// The native modules built on first import, each group by one function.
static NATIVES: &[NativeGroup] = &[
    natives!(["math"], |i| put(i, "math", math::module())),
    natives!(["cmath"], |i| put(i, "cmath", cmath::module())),
    natives!(["errno"], |i| {
        let m = errno::module(i);
        put(i, "errno", m)
    }),
    natives!(["time"], |i| {
        let m = time::module(i);
        put(i, "time", m)
    }),
    natives!(["_traceback"], |i| put(i, "_traceback", traceback::module())),
    natives!(["_json"], |i| put(i, "_json", json::module())),
    natives!(["_codecs"], |i| put(i, "_codecs", codecs::module())),
    natives!(["_sre"], |i| put(i, "_sre", re::module())),
    natives!(["unicodedata"], |i| put(i, "unicodedata", unicodedata::module())),
    natives!(["random"], |i| {
        // `random` takes its private copies of `math`'s functions.
        i.native_module("math");
        random::register(i)
    }),
    natives!(["posix"], |i| {
        let m = os::module(i);
        put(i, "posix", m)
    }),
    natives!(["_signal"], |i| {
        let m = _signal::module(i);
        put(i, "_signal", m)
    }),
    natives!(["_select"], |i| put(i, "_select", _select::module())),
    natives!(["_socket"], socket::register),
    natives!(["_hashlib", "_operator", "_md5", "_sha1", "_sha256", "_sha512", "_sha3", "_blake2"], _hashlib::register),
    natives!(["_struct"], |i| {
        let m = _struct::module(i);
        put(i, "_struct", m)
    }),
    natives!(["_subprocess"], |i| put(i, "_subprocess", _subprocess::module())),
    natives!(["_abc"], |i| {
        let m = abc::module(i);
        put(i, "_abc", m)
    }),
    natives!(["_bisect"], |i| put(i, "_bisect", _bisect::module())),
    natives!(["_heapq"], |i| put(i, "_heapq", _heapq::module())),
    natives!(["atexit"], |i| put(i, "atexit", atexit::module())),
    natives!(["gc"], |i| put(i, "gc", gc::module())),
    natives!(["_imp"], |i| put(i, "_imp", make_module("_imp", crate::vm::import::IMP_FUNCTIONS, vec![]))),
    natives!(["_weakref"], |i| {
        let m = weakref::module(i);
        put(i, "_weakref", m)
    }),
    natives!(["zlib"], zlib::register),
    natives!(["array"], array::register),
    natives!(["_itertools"], itertools::register),
    natives!(["_warnings"], warnings::register),
    natives!(["_asyncio"], asyncio::register),
    natives!(["_offload"], _offload::register),
];

/// Registers the native modules: `sys` and `_io` (which the interpreter
/// needs to start: `sys.path`, the standard streams, `print` and `open`)
/// now, every other one to be built on first import.
pub fn register(interp: &mut Interp) {
    let s = sys::module(interp);
    interp.modules.insert("sys".into(), s);
    io::register(interp);
    signatures::declare_startup(interp);
    interp.asyncgen_hooks = asyncio::asyncgen::HOOKS;
    interp.add_native_groups(NATIVES);
    crate::stdlib::register(interp);
    sys::set_builtin_module_names(interp);
}

