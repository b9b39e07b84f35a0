//! Where a warning issued by `warn()` comes from: the frame `stacklevel`
//! levels up (1 is the code calling `warn`), skipping the frames of the
//! import machinery as CPython does, and that frame's file, line, module name
//! and `__warningregistry__` (made on first use).

use crate::vm::dict::Dict;
use crate::vm::frame::Frame;
use crate::vm::interp::Interp;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The place a warning is attributed to.
pub(super) struct Context {
    pub filename: Value,
    pub lineno: i64,
    /// The module's `__name__` (None when it is None, "<string>" when missing).
    pub module: Value,
    /// The module's `__warningregistry__` (whatever object it holds).
    pub registry: Value,
}

/// Whether a frame runs code of importlib's bootstrap, which CPython skips.
fn is_internal(f: &Frame) -> bool {
    let name = &f.code.source.name;
    name.contains("importlib") && name.contains("_bootstrap")
}

/// The frame `stacklevel` levels up `chain` (innermost first), or None when
/// the stack is not that deep. Levels below 1 name the innermost frame; the
/// import machinery's frames are skipped unless the innermost is one of them.
fn pick(chain: &[*const Frame], stacklevel: i64) -> Option<&Frame> {
    // SAFETY: the chain was taken from the interpreter's frame stack by the
    // caller, which does not change while a warning is located.
    let frame = |i: usize| chain.get(i).map(|&p| unsafe { &*p });
    let mut at = 0usize;
    let skip_internal = stacklevel > 0 && !frame(0).is_some_and(is_internal);
    let mut level = stacklevel;
    loop {
        // Wrapping, as CPython's C decrement does for the most negative level.
        level = level.wrapping_sub(1);
        if level <= 0 || at >= chain.len() {
            break;
        }
        at += 1;
        while skip_internal && frame(at).is_some_and(is_internal) {
            at += 1;
        }
    }
    frame(at)
}

/// Locates a warning `stacklevel` frames up `chain`; beyond the outermost
/// frame it is attributed to `sys`, line 1.
pub(super) fn locate(interp: &mut Interp, chain: &[*const Frame], stacklevel: i64) -> Context {
    let (globals, filename, lineno) = match pick(chain, stacklevel) {
        Some(f) => (f.globals.clone(), Value::str(&f.code.source.name), f.line() as i64),
        None => (sys_dict(interp), Value::str("sys"), 1),
    };
    let existing = globals.borrow().get_str("__warningregistry__").cloned();
    let registry = match existing {
        Some(r) => r,
        None => {
            let r = Value::dict(Dict::new());
            globals.borrow_mut().set_str("__warningregistry__", r.clone());
            r
        }
    };
    let module = match globals.borrow().get_str("__name__") {
        Some(Value::None) => Value::None,
        Some(name) if name.builtin_value().as_str().is_some() => name.clone(),
        _ => Value::str("<string>"),
    };
    Context { filename, lineno, module, registry }
}

/// The `sys` module's namespace (a fresh one if `sys` is missing).
fn sys_dict(interp: &Interp) -> Rc<RefCell<Dict>> {
    match interp.modules.get("sys") {
        Some(Value::Module(m)) => m.dict.clone(),
        _ => Rc::new(RefCell::new(Dict::new())),
    }
}
