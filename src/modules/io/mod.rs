//! The `_io` module behind `io` and `open`: raw files over descriptors
//! ([`fileio`]), buffered readers and writers ([`buffered`]), text streams that
//! decode and translate newlines ([`text`]), in-memory streams ([`stringio`],
//! [`bytesio`]), and `open` itself ([`open`]). Files go through
//! `crate::system`, so the host's policy and file system apply. The abstract
//! classes (`io.IOBase`, ...) are written in coil (`stdlib/io.py`).

pub mod buffered;
pub mod bytesio;
pub mod fileio;
pub mod open;
pub mod print;
pub mod stringio;
pub mod text;

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::types::{native_class, new_class};
use crate::vm::value::Value;
use std::rc::{Rc, Weak};

/// The size of a buffer when the file system gives no better one.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// Per-interpreter state of the io layer.
#[derive(Default)]
pub struct IoState {
    /// `io.UnsupportedOperation` (a subclass of OSError and ValueError).
    pub unsupported: Option<Rc<Class>>,
    /// Buffered writers, flushed when the program ends (as CPython flushes files at exit).
    pub writers: Vec<Weak<buffered::Buffered>>,
}

/// The io layer's state.
pub fn io_state(interp: &mut Interp) -> &mut IoState {
    interp.extensions.get_or_default::<IoState>()
}

/// `ValueError: I/O operation on closed file.`
pub fn closed_file(interp: &mut Interp) -> Value {
    interp.new_error(Exc::ValueError, "I/O operation on closed file.")
}

/// `io.UnsupportedOperation` with `msg`.
pub fn unsupported(interp: &mut Interp, msg: &str) -> Value {
    match io_state(interp).unsupported.clone() {
        Some(cls) => interp.new_exception(cls, vec![Value::str(msg)]),
        None => interp.new_error(Exc::OSError, msg),
    }
}

/// A size argument: `None` or a negative number mean "all".
pub fn size_arg(interp: &mut Interp, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_))) => {
            let n = interp.index_value(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("argument should be integer or None, not '{t}'")))
        }
    }
}

/// Calls `obj.name(*args)`.
pub fn call_method(interp: &mut Interp, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let f = interp.get_attr(obj, name)?;
    interp.call_value(f, args, vec![])
}

/// The receiver of a native method as `T` (TypeError naming `type_name` otherwise).
pub fn receiver<T: NativeObject>(interp: &mut Interp, args: &[Value], type_name: &str) -> PyResult<Rc<T>> {
    if let Some(Value::Native(n)) = args.first() {
        if let Some(obj) = downcast_rc::<T>(n) {
            return Ok(obj);
        }
    }
    let got = args.first().map(|v| interp.type_name(v)).unwrap_or_else(|| "nothing".into());
    Err(interp.type_error(format!("descriptor requires a '_io.{type_name}' object but received a '{got}'")))
}

/// A read-only property computed by `getter`.
pub fn add_property(cls: &Rc<Class>, name: &str, getter: NativeFn) {
    let fget = Value::Builtin(Rc::new(BuiltinFunction {
        name: name.into(),
        func: getter,
        bound: None,
        with_caller: None,
        on_builtin_value: true,
        sig: None,
    }));
    let prop = Descriptor::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
    cls.dict.borrow_mut().set_str(name, Value::Descriptor(Rc::new(prop)));
}

/// Adds the methods in `table` to `cls`.
pub fn add_methods(cls: &Rc<Class>, table: &[(&str, NativeFn)]) {
    for (name, f) in table {
        crate::objects::add_method(cls, name, *f);
    }
}

/// Flushes every buffered writer still open (at the end of the program).
pub fn flush_all(interp: &mut Interp) {
    let writers = std::mem::take(&mut io_state(interp).writers);
    for w in writers.iter().filter_map(Weak::upgrade) {
        let _ = w.flush_buffer(interp);
    }
}

/// Registers the `_io` module, `open`, and the standard streams in `sys`.
pub fn register(interp: &mut Interp) {
    let os_error = interp.types.exc(Exc::OSError);
    let value_error = interp.types.exc(Exc::ValueError);
    let unsupported = new_class(
        "UnsupportedOperation",
        vec![os_error, value_error],
        crate::vm::dict::Dict::new(),
        ClassKind::Exception,
        "io",
    );
    io_state(interp).unsupported = unsupported.clone();
    let object = interp.types.object.clone();
    let file_io = native_class(interp, "FileIO", &object, "_io");
    fileio::register(interp, &file_io);
    let reader = native_class(interp, "BufferedReader", &object, "_io");
    let writer = native_class(interp, "BufferedWriter", &object, "_io");
    let random = native_class(interp, "BufferedRandom", &object, "_io");
    buffered::register(interp, &[&reader, &writer, &random]);
    let text_io = native_class(interp, "TextIOWrapper", &object, "_io");
    text::register(interp, &text_io);
    let string_io = native_class(interp, "StringIO", &object, "_io");
    stringio::register(interp, &string_io);
    let bytes_io = native_class(interp, "BytesIO", &object, "_io");
    bytesio::register(interp, &bytes_io);
    let open_fn = crate::objects::native("open", open::open);
    interp.builtins.borrow_mut().set_str("open", open_fn.clone());
    interp.builtins.borrow_mut().set_str(
        "print",
        crate::objects::native_sig("print", print::print, "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)"),
    );
    interp.builtins.borrow_mut().set_str("input", crate::objects::native_sig("input", print::input, "($module, prompt='', /)"));
    let mut values = vec![
        ("FileIO", Value::Class(file_io)),
        ("BufferedReader", Value::Class(reader)),
        ("BufferedWriter", Value::Class(writer)),
        ("BufferedRandom", Value::Class(random)),
        ("TextIOWrapper", Value::Class(text_io)),
        ("StringIO", Value::Class(string_io)),
        ("BytesIO", Value::Class(bytes_io)),
        ("open", open_fn),
        ("DEFAULT_BUFFER_SIZE", Value::Int(DEFAULT_BUFFER_SIZE as i64)),
    ];
    if let Some(u) = unsupported {
        values.push(("UnsupportedOperation", Value::Class(u)));
    }
    let functions: &[(&str, NativeFn)] = &[("text_encoding", open::text_encoding)];
    let m = super::make_module("_io", functions, values);
    interp.modules.insert("_io".into(), m);
    interp.exit_hooks.push(flush_all);
    text::install_std_streams(interp);
}

/// The methods every native stream shares (CPython's `IOBase`): the context
/// manager, iteration by lines, `readlines` and `writelines`.
pub fn add_iobase_methods(cls: &Rc<Class>) {
    add_methods(
        cls,
        &[
            ("__enter__", iobase_enter),
            ("__exit__", iobase_exit),
            ("__iter__", iobase_iter),
            ("__next__", iobase_next),
            ("readlines", iobase_readlines),
            ("writelines", iobase_writelines),
        ],
    );
}

/// `readinto(b)` and `readinto1(b)` for the binary streams: `read` (or `read1`)
/// of the buffer's size, copied into the buffer.
pub fn add_readinto_methods(cls: &Rc<Class>) {
    add_methods(cls, &[("readinto", readinto), ("readinto1", readinto1)]);
}

fn readinto_via(interp: &mut Interp, args: &[Value], func: &str, method: &str) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Some(target) = args.get(1) else {
        let t = interp.type_name(&this);
        return Err(interp.type_error(format!("{t}.{func}() takes exactly one argument (0 given)")));
    };
    let n = crate::objects::buffer::writable_len(interp, target, func)?;
    let method = if interp.get_attr(&this, method).is_ok() { method } else { "read" };
    let data = call_method(interp, &this, method, vec![Value::Int(n as i64)])?;
    if data.is_none() {
        return Ok(Value::None);
    }
    let data = crate::objects::buffer::require(interp, &data)?;
    Ok(Value::Int(crate::objects::buffer::write_into(target, &data) as i64))
}

fn readinto(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    readinto_via(interp, args, "readinto", "read")
}

fn readinto1(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    readinto_via(interp, args, "readinto1", "read1")
}

/// Whether the stream says it is closed.
fn is_closed(interp: &mut Interp, this: &Value) -> PyResult<bool> {
    let c = interp.get_attr(this, "closed")?;
    interp.truthy(&c)
}

fn iobase_enter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    if is_closed(interp, &this)? {
        return Err(closed_file(interp));
    }
    Ok(this)
}

fn iobase_exit(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    call_method(interp, &this, "close", vec![])?;
    Ok(Value::None)
}

fn iobase_iter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    if is_closed(interp, &this)? {
        return Err(closed_file(interp));
    }
    Ok(this)
}

fn iobase_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let line = call_method(interp, &this, "readline", vec![])?;
    let empty = match &line {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.is_empty(),
        _ => false,
    };
    if empty {
        return Err(interp.stop_iteration(Value::None));
    }
    Ok(line)
}

fn iobase_readlines(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let hint = size_arg(interp, args.get(1))?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = call_method(interp, &this, "readline", vec![])?;
        let n = match &line {
            Value::Str(s) => s.as_str().len(),
            Value::Bytes(b) => b.len(),
            _ => 1,
        };
        if n == 0 {
            break;
        }
        lines.push(line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn iobase_writelines(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Some(lines) = args.get(1) else { return Err(interp.type_error("writelines() takes exactly one argument (0 given)")) };
    if is_closed(interp, &this)? {
        return Err(closed_file(interp));
    }
    let write = interp.get_attr(&this, "write")?;
    let items = interp.collect_iterable(lines)?;
    for item in items {
        interp.call_value(write.clone(), vec![item], vec![])?;
    }
    Ok(Value::None)
}
