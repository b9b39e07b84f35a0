//! Native modules, one file or folder each: `sys`, `math`, `cmath`, `time`, `random`,
//! `traceback`, `unicodedata`, `atexit`, `_signal`, `_subprocess`, `_select` (behind
//! stdlib/signal.py, subprocess.py, select.py), `_struct` (behind struct.py), `_bisect` and
//! `_heapq` (behind bisect.py and heapq.py), `_hashlib` and `_blake2`
//! (behind hashlib.py and hmac.py), `zlib` (over libz-rs-sys), `array` (packed arrays of numbers),
//! `itertools/` (`_itertools`, behind itertools.py), `json/` (`_json`, the accelerator of the `json` package), and
//! `asyncio/` (the asyncio runtime with its `_asyncio` module).
//! A library layer: modules register natives against the object core and are
//! never named by it (see ARCHITECTURE.md).

pub mod _bisect;
pub mod _hashlib;
pub mod _heapq;
pub mod array;
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
pub mod time;
pub mod traceback;
pub mod unicodedata;
pub mod weakref;
pub mod zlib;

use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
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

/// Registers the native modules in the module table.
pub fn register(interp: &mut Interp) {
    let m = math::module();
    interp.modules.insert("math".into(), m);
    interp.modules.insert("cmath".into(), cmath::module());
    let errno = errno::module(interp);
    interp.modules.insert("errno".into(), errno);
    let t = time::module(interp);
    interp.modules.insert("time".into(), t);
    interp.modules.insert("_traceback".into(), traceback::module());
    interp.modules.insert("_json".into(), json::module());
    interp.modules.insert("_codecs".into(), codecs::module());
    interp.modules.insert("_sre".into(), re::module());
    interp.modules.insert("unicodedata".into(), unicodedata::module());
    random::register(interp);
    let posix = os::module(interp);
    interp.modules.insert("posix".into(), posix);
    let s = sys::module(interp);
    interp.modules.insert("sys".into(), s);
    io::register(interp);
    let signal = _signal::module(interp);
    interp.modules.insert("_signal".into(), signal);
    interp.modules.insert("_select".into(), _select::module());
    socket::register(interp);
    _hashlib::register(interp);
    let st = _struct::module(interp);
    interp.modules.insert("_struct".into(), st);
    interp.modules.insert("_subprocess".into(), _subprocess::module());
    interp.modules.insert("_bisect".into(), _bisect::module());
    interp.modules.insert("_heapq".into(), _heapq::module());
    interp.modules.insert("atexit".into(), atexit::module());
    interp.modules.insert("gc".into(), gc::module());
    interp.modules.insert("_imp".into(), make_module("_imp", crate::vm::import::IMP_FUNCTIONS, vec![]));
    let weak = weakref::module(interp);
    interp.modules.insert("_weakref".into(), weak);
    zlib::register(interp);
    array::register(interp);
    itertools::register(interp);
    asyncio::register(interp);
    set_builtin_module_names(interp);
    crate::stdlib::register(interp);
    signatures::register(interp);
}

/// `sys.builtin_module_names`: the sorted names of the modules compiled into coil
/// (those registered so far, plus `builtins` and `sys`).
fn set_builtin_module_names(interp: &mut Interp) {
    let mut names: Vec<String> = interp.modules.keys().cloned().collect();
    names.extend(["builtins".to_string(), "sys".to_string()]);
    names.sort();
    names.dedup();
    let tuple = Value::tuple(names.into_iter().map(Value::string).collect());
    if let Some(Value::Module(m)) = interp.modules.get("sys") {
        m.dict.borrow_mut().set_str("builtin_module_names", tuple);
    }
}
