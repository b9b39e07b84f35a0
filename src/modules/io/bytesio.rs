//! `io.BytesIO`: a byte stream in memory.

use crate::vm::types::Exc;
use super::fileio::bytes_arg;
use super::{add_methods, add_property, closed_file, receiver, size_arg, unsupported};
use crate::objects::kwarg;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// An in-memory byte stream.
pub struct BytesIO {
    data: RefCell<Vec<u8>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

impl NativeObject for BytesIO {
    fn type_name(&self) -> &str {
        "BytesIO"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl BytesIO {
    fn check(&self, interp: &mut Interp) -> PyResult<()> {
        if self.closed.get() {
            return Err(closed_file(interp));
        }
        Ok(())
    }

    fn take(&self, n: Option<usize>) -> Vec<u8> {
        let data = self.data.borrow();
        let pos = self.pos.get().min(data.len());
        let end = n.map_or(data.len(), |n| pos.saturating_add(n).min(data.len()));
        self.pos.set(self.pos.get().max(end));
        data[pos..end].to_vec()
    }

    fn line(&self, limit: Option<usize>) -> Vec<u8> {
        let data = self.data.borrow();
        let pos = self.pos.get().min(data.len());
        let rest = &data[pos..];
        let max = limit.map_or(rest.len(), |l| l.min(rest.len()));
        let end = rest[..max].iter().position(|&b| b == b'\n').map_or(max, |i| i + 1);
        self.pos.set(pos + end);
        rest[..end].to_vec()
    }
}

fn this(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<BytesIO>> {
    receiver::<BytesIO>(interp, args, "BytesIO")
}

fn initial(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Vec<u8>> {
    match args.first().or_else(|| kwarg(kwargs, "initial_bytes")) {
        None | Some(Value::None) => Ok(Vec::new()),
        Some(v) => Ok(bytes_arg(interp, Some(v))?.to_vec()),
    }
}

fn new_bytesio(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let data = initial(interp, args, kwargs)?;
    Ok(Value::native(Rc::new(BytesIO { data: RefCell::new(data), pos: Cell::new(0), closed: Cell::new(false) })))
}

fn init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let data = initial(interp, &args[1..], kwargs)?;
    *b.data.borrow_mut() = data;
    b.pos.set(0);
    b.closed.set(false);
    Ok(Value::None)
}

fn getvalue(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.check(interp)?;
    let data = b.data.borrow().clone();
    Ok(Value::bytes(data))
}

fn read(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.check(interp)?;
    let n = size_arg(interp, args.get(1))?;
    Ok(Value::bytes(b.take(n)))
}

fn readline(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.check(interp)?;
    let limit = size_arg(interp, args.get(1))?;
    Ok(Value::bytes(b.line(limit)))
}

fn next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.check(interp)?;
    let line = b.line(None);
    if line.is_empty() {
        return Err(interp.stop_iteration(Value::None));
    }
    Ok(Value::bytes(line))
}

fn write(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.check(interp)?;
    let src = bytes_arg(interp, args.get(1))?;
    let mut data = b.data.borrow_mut();
    let pos = b.pos.get();
    let end = pos + src.len();
    if end > data.len() {
        let extra = end - data.len();
        if let Err(e) = interp.charge_alloc(extra) {
            drop(data);
            return Err(e);
        }
        if data.try_reserve(extra).is_err() {
            drop(data);
            return Err(interp.new_error(Exc::MemoryError, ""));
        }
        data.resize(end, 0);
    }
    data[pos..end].copy_from_slice(&src);
    b.pos.set(end);
    Ok(Value::Int(src.len() as i64))
}

fn seek(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let Some(pos) = args.get(1) else { return Err(interp.type_error("seek expected at least 1 argument, got 0")) };
    let pos = interp.index_value(pos)?;
    let whence = match args.get(2) {
        Some(w) => interp.index_value(w)?,
        None => 0,
    };
    b.check(interp)?;
    let base = match whence {
        0 if pos < 0 => return Err(interp.new_error(Exc::ValueError, format!("negative seek value {pos}"))),
        0 => 0,
        1 => b.pos.get() as i64,
        2 => b.data.borrow().len() as i64,
        _ => {
            return Err(interp.new_error(Exc::ValueError, format!("invalid whence ({whence}, should be 0, 1 or 2)")))
        }
    };
    let new = base.saturating_add(pos).max(0);
    b.pos.set(new as usize);
    Ok(Value::Int(new))
}

fn tell(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.check(interp)?;
    Ok(Value::Int(b.pos.get() as i64))
}

fn truncate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.check(interp)?;
    let size = match args.get(1) {
        None | Some(Value::None) => b.pos.get(),
        Some(v) => {
            let n = interp.index_value(v)?;
            if n < 0 {
                return Err(interp.new_error(Exc::ValueError, format!("negative size value {n}")));
            }
            n as usize
        }
    };
    b.data.borrow_mut().truncate(size);
    Ok(Value::Int(size as i64))
}

fn close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.closed.set(true);
    b.data.borrow_mut().clear();
    Ok(Value::None)
}

fn closed(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    Ok(Value::Bool(b.closed.get()))
}

fn yes(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.check(interp)?;
    Ok(Value::Bool(true))
}

fn no(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.check(interp)?;
    Ok(Value::Bool(false))
}

fn flush(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.check(interp)?;
    Ok(Value::None)
}

fn fileno(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(unsupported(interp, "fileno"))
}

/// Registers BytesIO's constructor and methods.
pub fn register(_interp: &mut Interp, cls: &Rc<Class>) {
    crate::objects::builtin_subclass::set_constructor_filled_by_init(cls, new_bytesio);
    add_methods(
        cls,
        &[
            ("__init__", init),
            ("getvalue", getvalue),
            ("read", read),
            ("read1", read),
            ("readline", readline),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("readable", yes),
            ("writable", yes),
            ("seekable", yes),
            ("isatty", no),
            ("flush", flush),
            ("fileno", fileno),
        ],
    );
    add_property(cls, "closed", closed);
    super::add_iobase_methods(cls);
    super::add_readinto_methods(cls);
    add_methods(cls, &[("__next__", next)]);
}
