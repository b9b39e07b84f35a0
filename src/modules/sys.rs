//! The `sys` module: argv, path, modules, exit, stdout/stderr, recursion limit.

use crate::objects::check_args;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// The `sys` module object.
pub fn module() -> Value {
    let functions: &[(&str, NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("intern", intern),
        ("getsizeof", getsizeof),
    ];
    let version_info =
        Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(0), Value::str("final"), Value::Int(0)]);
    super::make_module(
        "sys",
        functions,
        vec![
            ("_getframe", crate::objects::frames::getframe_builtin()),
            ("exc_info", crate::objects::native_with_caller("exc_info", exc_info, |i, f, _, _| {
                let h = i.current_handled(f);
                Ok(if h.is_none() {
                    Value::tuple(vec![Value::None, Value::None, Value::None])
                } else {
                    Value::tuple(vec![Value::Class(i.type_of(&h)), h, Value::None])
                })
            })),
            ("exception", crate::objects::native_with_caller("exception", no_exception, |i, f, _, _| {
                Ok(i.current_handled(f))
            })),
            ("argv", Value::list(vec![])),
            ("path", Value::list(vec![])),
            ("version", Value::str(concat!("3.11.0 (coil ", env!("CARGO_PKG_VERSION"), ")"))),
            ("version_info", version_info),
            ("platform", Value::str(std::env::consts::OS)),
            ("maxsize", Value::Int(i64::MAX)),
            ("byteorder", Value::str("little")),
            ("implementation", Value::str("coil")),
            ("executable", Value::str("coil")),
        ],
    )
}

#[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
/// Fills `sys.argv`, `sys.path` and `sys.modules` from the interpreter's state.
pub fn sync(interp: &mut Interp) {
    let Some(Value::Module(m)) = interp.modules.get("sys").cloned() else { return };
    let argv = Value::list(interp.argv.iter().map(|a| Value::str(a)).collect());
    let path = Value::list(interp.path.iter().map(|a| Value::str(a)).collect());
    let mut d = m.dict.borrow_mut();
    d.set_str("argv", argv);
    d.set_str("path", path);
    // The coil command knows where it runs from (subprocesses start it again by this path).
    if let Ok(exe) = std::env::current_exe() {
        d.set_str("executable", Value::string(exe.to_string_lossy().into_owned()));
    }
    drop(d);
    crate::vm::import::sync_modules(interp);
}

/// Puts `dir` first on the import path (the startup path and `sys.path`), unless it is there.
pub fn add_path(interp: &mut Interp, dir: &str) {
    if !interp.path.iter().any(|p| p == dir) {
        interp.path.insert(0, dir.to_string());
    }
    let Some(Value::Module(m)) = interp.modules.get("sys").cloned() else { return };
    let path = m.dict.borrow().get_str("path").cloned();
    if let Some(Value::List(l)) = path {
        let mut l = l.borrow_mut();
        if !l.iter().any(|v| v.as_str() == Some(dir)) {
            l.insert(0, Value::str(dir));
        }
    }
}

fn exit(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "exit", args, 0, 1)?;
    let class = interp.types.exc("SystemExit");
    Err(interp.new_exception(class, args.to_vec()))
}

fn getrecursionlimit(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(interp.recursion_limit as i64))
}

fn setrecursionlimit(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "setrecursionlimit", args, 1, 1)?;
    let n = interp.c_int_value(&args[0])?;
    if n < 1 {
        return Err(interp.value_error("recursion limit must be greater or equal than 1"));
    }
    interp.recursion_limit = (n as usize).min(crate::vm::interp::MAX_RECURSION_LIMIT);
    Ok(Value::None)
}

/// `sys.exc_info()` called from Rust: no frame, so nothing is being handled.
fn exc_info(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::None, Value::None, Value::None]))
}

/// `sys.exception()` called from Rust: no frame, so nothing is being handled.
fn no_exception(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn intern(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "intern", args, 1, 1)?;
    Ok(args[0].clone())
}

fn getsizeof(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "getsizeof", args, 1, 2)?;
    Ok(Value::Int(16))
}
