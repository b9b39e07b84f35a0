//! Frame objects as `sys._getframe()` returns them: a snapshot of a language
//! frame taken when asked for (its code, globals, locals, current line) and of
//! the frames that called it (`f_back`). coil's frames live on the VM's own
//! stack, so these are copies, not live views: enough for the common readers
//! (`f_globals['__name__']`, `f_code.co_name`, `f_lineno`, `f_back`).

use crate::compile::bytecode::Code;
use crate::vm::dict::Dict;
use crate::vm::frame::Frame;
use crate::vm::interp::Interp;
use crate::vm::object::{BuiltinFunction, Generator, KwArgs, NativeObject, PyResult};
use crate::vm::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A snapshot of one frame.
pub struct FrameObject {
    pub code: Rc<Code>,
    pub globals: Rc<RefCell<Dict>>,
    pub locals: Rc<RefCell<Dict>>,
    /// The instruction it was at (its line is looked up when asked for:
    /// finding it builds the line index of the whole source).
    pub pc: usize,
    /// `f_lasti`: the offset of its instruction (two bytes an instruction, as
    /// CPython counts).
    pub lasti: i64,
    /// The calling frame's snapshot, or None for the outermost.
    pub back: Value,
}

impl FrameObject {
    /// The line it was at.
    pub fn lineno(&self) -> u32 {
        self.code.line_at(self.pc)
    }
}

impl NativeObject for FrameObject {
    fn type_name(&self) -> &str {
        "frame"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Registers the `frame` class and `sys._getframe` (on the `sys` module `sys`).
pub fn register(interp: &mut Interp) {
    let object = interp.types.object.clone();
    let cls = crate::vm::types::native_class(interp, "frame", &object, "builtins");
    crate::objects::add_method(&cls, "__repr__", frame_repr);
}

/// The `sys._getframe` builtin: caller-aware from language code, and the
/// innermost suspended frame when called from Rust.
pub fn getframe_builtin() -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name: "_getframe".into(),
        func: getframe_from_rust,
        bound: None,
        with_caller: Some(getframe),
        on_builtin_value: false,
        sig: None,
    }))
}

fn getframe_from_rust(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let depth = depth_arg(interp, args, kwargs)?;
    let chain = interp.frame_chain(None);
    snapshot(interp, &chain, depth)
}

fn getframe(interp: &mut Interp, f: &Frame, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let depth = depth_arg(interp, args, kwargs)?;
    let chain = interp.frame_chain(Some(f));
    snapshot(interp, &chain, depth)
}

/// A frame object for `f` (or, without one, the innermost running frame),
/// None when there is no language frame.
pub fn frame_object(interp: &mut Interp, f: Option<&Frame>) -> Value {
    let chain = interp.frame_chain(f);
    if chain.is_empty() {
        return Value::None;
    }
    snapshot(interp, &chain, 0).unwrap_or(Value::None)
}

fn depth_arg(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<usize> {
    crate::objects::no_kwargs(interp, "_getframe", kwargs)?;
    crate::objects::check_args(interp, "_getframe", args, 0, 1)?;
    let depth = match args.first() {
        Some(v) => interp.index_value(v)?,
        None => 0,
    };
    Ok(depth.max(0) as usize)
}

/// Snapshots `chain[depth..]` (innermost first), linking each to its caller.
fn snapshot(interp: &mut Interp, chain: &[*const Frame], depth: usize) -> PyResult<Value> {
    if depth >= chain.len() {
        return Err(interp.value_error("call stack is not deep enough"));
    }
    let mut back = Value::None;
    for &ptr in chain[depth..].iter().rev() {
        // SAFETY: the pointers were taken just above from the running frame and the
        // interpreter's frame stack, neither of which changes until this returns.
        let f = unsafe { &*ptr };
        let locals = match &f.namespace {
            Some(ns) => ns.clone(),
            None if f.code.varnames.is_empty() => f.globals.clone(),
            None => interp.locals_dict(f),
        };
        let pc = f.pc.saturating_sub(1);
        let frame = FrameObject { code: f.code.clone(), globals: f.globals.clone(), locals, pc, lasti: pc as i64 * 2, back };
        back = Value::native(Rc::new(frame));
    }
    Ok(back)
}

/// `gi_frame` / `cr_frame` / `ag_frame`: a frame object for a suspended
/// generator's frame (None once it finished, or while it runs).
pub fn generator_frame(interp: &mut Interp, g: &Generator) -> Value {
    let frame = g.frame.borrow();
    let Some(f) = frame.as_ref() else { return Value::None };
    let locals = match &f.namespace {
        Some(ns) => ns.clone(),
        None => interp.locals_dict(f),
    };
    let pc = f.pc.saturating_sub(1);
    let snapshot =
        FrameObject { code: f.code.clone(), globals: f.globals.clone(), locals, pc, lasti: pc as i64 * 2, back: Value::None };
    Value::native(Rc::new(snapshot))
}

/// The frame behind a value, if it is one.
pub fn as_frame(v: &Value) -> Option<&FrameObject> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<FrameObject>(),
        _ => None,
    }
}

/// `f_code`, `f_globals`, `f_locals`, `f_lineno`, `f_back`, `f_builtins`.
pub fn attr(interp: &Interp, frame: &FrameObject, name: &str) -> Option<Value> {
    Some(match name {
        "f_code" => Value::Code(frame.code.clone()),
        "f_globals" => Value::Dict(frame.globals.clone()),
        "f_locals" => Value::Dict(frame.locals.clone()),
        "f_lineno" => Value::Int(frame.lineno() as i64),
        "f_lasti" => Value::Int(frame.lasti),
        "f_back" => frame.back.clone(),
        "f_builtins" => Value::Dict(interp.builtins.clone()),
        _ => return None,
    })
}

fn frame_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(f) = args.first().and_then(as_frame) else {
        return Err(interp.type_error("descriptor '__repr__' requires a 'frame' object"));
    };
    let p = args[0].ptr().unwrap_or(0);
    let (file, line, name) = (f.code.source.name.clone(), f.lineno(), f.code.name.clone());
    Ok(Value::string(format!("<frame at {p:#x}, file '{file}', line {line}, code {name}>")))
}
