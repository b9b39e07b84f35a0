//! The `sys` module: argv, path, modules, exit, stdout/stderr, recursion limit.

use crate::objects::{add_method, check_args};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::rc::Rc;

/// `sys.stdout` / `sys.stderr`: writes go through the interpreter's writers.
pub struct StdStream {
    /// 1 for stdout, 2 for stderr.
    pub fd: u8,
}

impl NativeObject for StdStream {
    fn type_name(&self) -> &str {
        "TextIOWrapper"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn module(interp: &mut Interp) -> Value {
    let stream_class = crate::vm::types::new_class(
        "TextIOWrapper",
        vec![interp.types.object.clone()],
        Default::default(),
        ClassKind::Builtin,
        "_io",
    )
    .expect("stream class");
    add_method(&stream_class, "write", stream_write);
    add_method(&stream_class, "flush", stream_flush);
    interp.native_classes.insert("TextIOWrapper".into(), stream_class);
    let functions: &[(&str, NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("intern", intern),
        ("getsizeof", getsizeof),
    ];
    let version_info =
        Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(0), Value::str("final"), Value::Int(0)]);
    super::make_module(
        "sys",
        functions,
        vec![
            ("stdout", Value::native(Rc::new(StdStream { fd: 1 }))),
            ("stderr", Value::native(Rc::new(StdStream { fd: 2 }))),
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
    drop(d);
    crate::vm::import::sync_modules(interp);
}


fn stream_write(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "write", args, 2, 2)?;
    let fd = match &args[0] {
        Value::Native(n) => n.as_any().downcast_ref::<StdStream>().map(|s| s.fd).unwrap_or(1),
        _ => 1,
    };
    let s = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("write() argument must be str, not {t}")));
        }
    };
    if fd == 2 {
        interp.write_stderr(&s);
    } else {
        interp.write_stdout(&s);
    }
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.flush();
    Ok(Value::None)
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

fn exc_info(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::None, Value::None, Value::None]))
}

fn intern(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "intern", args, 1, 1)?;
    Ok(args[0].clone())
}

fn getsizeof(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "getsizeof", args, 1, 2)?;
    Ok(Value::Int(16))
}
