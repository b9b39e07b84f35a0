//! `eval`, `exec` and `compile`: compile a string and run it in the caller's namespaces (or
//! the dicts passed in). The dispatch loop calls their caller-aware entry points
//! (`BuiltinFunction::with_caller`) with the calling frame; called from Rust code
//! instead (e.g. through `map`), they run in the `__main__` module's namespace.

use crate::compile::bytecode::Code;
use crate::vm::dict::Dict;
use crate::vm::frame::{Frame, ReturnTo};
use crate::vm::interp::Interp;
use crate::vm::object::{BuiltinFunction, KwArgs, PyResult};
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

type Namespace = Rc<RefCell<Dict>>;

/// CPython's compiler flag for `from __future__ import annotations`.
const CO_FUTURE_ANNOTATIONS: i64 = 0x100_0000;

pub fn register(interp: &mut Interp) {
    let entries: [(&str, crate::vm::object::NativeFn, crate::vm::object::CallerFn); 3] = [
        ("eval", eval, |i, f, a, k| with_frame(i, f, "eval", a, k)),
        ("exec", exec, |i, f, a, k| with_frame(i, f, "exec", a, k)),
        ("compile", compile, |i, f, a, k| with_frame(i, f, "compile", a, k)),
    ];
    for (name, func, caller) in entries {
        let f = BuiltinFunction { name: name.into(), func, bound: None, with_caller: Some(caller), on_builtin_value: false, sig: None };
        interp.builtins.borrow_mut().set_str(name, Value::Builtin(Rc::new(f)));
    }
}

/// `eval`/`exec`/`compile` called from language code: the calling frame's
/// namespaces and its `from __future__ import annotations`.
fn with_frame(interp: &mut Interp, f: &Frame, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let globals = f.globals.clone();
    let locals = f.namespace.clone().unwrap_or_else(|| interp.locals_dict(f));
    let future = f.code.flags & crate::compile::bytecode::flags::FUTURE_ANNOTATIONS != 0;
    run(interp, name, args, kwargs, (globals, locals), future)
}

/// `compile` called without a caller frame.
fn compile(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    compile_inheriting(interp, args, kwargs, false)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False)`: a code object for
/// `exec` (mode 'exec' or 'single') or `eval` (mode 'eval'). Unless `dont_inherit`, the
/// caller's `from __future__ import annotations` (`inherited`) applies to the source.
fn compile_inheriting(interp: &mut Interp, args: &[Value], kwargs: KwArgs, inherited: bool) -> PyResult<Value> {
    let keyword = |k: &str| kwargs.iter().find(|(n, _)| n.as_ref() == k).map(|(_, v)| v.clone());
    let arg = |i: usize, k: &str| args.get(i).cloned().or_else(|| keyword(k));
    let (Some(source), Some(filename), Some(mode)) = (arg(0, "source"), arg(1, "filename"), arg(2, "mode")) else {
        return Err(interp.type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let filename = interp.to_str(&filename)?;
    let text = source_text(interp, "compile", &source, &filename)?;
    // `flags` may ask for `from __future__ import annotations` (CO_FUTURE_ANNOTATIONS).
    let requested = matches!(arg(3, "flags"), Some(Value::Int(bits)) if bits & CO_FUTURE_ANNOTATIONS != 0);
    let dont_inherit = match arg(4, "dont_inherit") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let future_annotations = requested || (inherited && !dont_inherit);
    let code = match mode.as_str() {
        Some("exec") => interp.compile_source_inheriting(&text, &filename, future_annotations)?,
        Some("single") => interp.compile_interactive_source(&text, &filename, future_annotations)?,
        Some("eval") => interp.compile_eval_source(text.trim_start_matches([' ', '\t']), &filename)?,
        _ => return Err(interp.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    Ok(Value::Code(code))
}

/// The text of a source argument: a str, or bytes decoded as PEP 263 says.
fn source_text(interp: &mut Interp, name: &str, source: &Value, filename: &str) -> PyResult<String> {
    use crate::syntax::source::{Origin, SourceError, NULL_IN_STRING};
    match source {
        Value::Str(s) if s.as_str().contains('\0') => {
            Err(interp.source_error_value(SourceError::Bare(NULL_IN_STRING.into()), filename))
        }
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => interp.decode_source(b, Origin::Bytes, filename, filename),
        _ => {
            let what = if name == "compile" { "AST" } else { "code" };
            Err(interp.type_error(format!("{name}() arg 1 must be a string, bytes or {what} object")))
        }
    }
}

/// `eval(source[, globals[, locals]])` called without a caller frame.
fn eval(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    run_in_main(interp, "eval", args, kwargs)
}

/// `exec(source[, globals[, locals]])` called without a caller frame.
fn exec(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    run_in_main(interp, "exec", args, kwargs)
}

/// `run` with the `__main__` module's namespace standing in for the caller's.
fn run_in_main(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let main = match interp.modules.get("__main__") {
        Some(Value::Module(m)) => m.dict.clone(),
        _ => Rc::new(RefCell::new(Dict::new())),
    };
    run(interp, name, args, kwargs, (main.clone(), main), false)
}

/// Runs `eval` or `exec` (by `name`) with `caller` = the caller's (globals, locals);
/// `future_annotations`: the caller was compiled with `from __future__ import annotations`,
/// which the executed code inherits.
pub fn run(
    interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
    caller: (Namespace, Namespace),
    future_annotations: bool,
) -> PyResult<Value> {
    if name == "compile" {
        return compile_inheriting(interp, args, kwargs, future_annotations);
    }
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !matches!(k.as_ref(), "globals" | "locals")) {
        return Err(interp.type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
    }
    if args.is_empty() || args.len() > 3 {
        let msg = if args.is_empty() {
            format!("{name} expected at least 1 argument, got 0")
        } else {
            format!("{name} expected at most 3 arguments, got {}", args.len())
        };
        return Err(interp.type_error(msg));
    }
    let keyword = |k: &str| kwargs.iter().find(|(n, _)| n.as_ref() == k).map(|(_, v)| v.clone());
    let globals = args.get(1).cloned().or_else(|| keyword("globals")).unwrap_or(Value::None);
    let locals = args.get(2).cloned().or_else(|| keyword("locals")).unwrap_or(Value::None);
    let (globals, locals) = match (globals, locals) {
        (Value::None, Value::None) => caller,
        (Value::None, Value::Dict(l)) => (caller.0, l),
        (Value::Dict(g), Value::None) => (g.clone(), g),
        (Value::Dict(g), Value::Dict(l)) => (g, l),
        (Value::Dict(_) | Value::None, other) => {
            let t = interp.type_name(&other);
            return Err(interp.type_error(format!("locals must be a mapping, not {t}")));
        }
        (other, _) => {
            let t = interp.type_name(&other);
            return Err(interp.type_error(format!("{name}() globals must be a dict, not {t}")));
        }
    };
    if globals.borrow().get_str("__builtins__").is_none() {
        let builtins = Value::Dict(interp.builtins.clone());
        globals.borrow_mut().set_str("__builtins__", builtins);
    }
    let code: Rc<Code> = match &args[0] {
        Value::Code(c) => c.clone(),
        source => {
            let text = source_text(interp, name, source, "<string>")?;
            if name == "eval" {
                // eval ignores leading spaces and tabs, as CPython's does.
                interp.compile_eval_source(text.trim_start_matches([' ', '\t']), "<string>")?
            } else {
                interp.compile_source_inheriting(&text, "<string>", future_annotations)?
            }
        }
    };
    let mut frame = interp.new_frame(&code, globals, ReturnTo::Native);
    frame.namespace = Some(locals);
    let result = interp.run_frame(frame)?;
    Ok(if name == "eval" { result } else { Value::None })
}
