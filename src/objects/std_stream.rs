//! The process's standard streams as `sys.stdout` / `sys.stderr` see them: a
//! small `_io.TextIOWrapper` whose writes go through the interpreter's writers
//! (which a host can replace). `print` writes to it directly when `sys.stdout`
//! is still this object.

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

impl StdStream {
    /// A stream value for file descriptor 1 or 2.
    pub fn value(fd: u8) -> Value {
        Value::native(Rc::new(StdStream { fd }))
    }

    /// Whether `v` is the process's stdout stream.
    pub fn is_stdout(v: &Value) -> bool {
        matches!(v, Value::Native(n) if n.as_any().downcast_ref::<StdStream>().is_some_and(|s| s.fd == 1))
    }
}

/// Registers the stream class and its methods.
pub fn register(interp: &mut Interp) {
    let object = interp.types.object.clone();
    let cls = crate::vm::types::native_class(interp, "TextIOWrapper", &object, "_io");
    add_method(&cls, "write", stream_write);
    add_method(&cls, "flush", stream_flush);
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
