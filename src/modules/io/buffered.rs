//! `io.BufferedReader`, `io.BufferedWriter` and `io.BufferedRandom`: a byte
//! buffer in front of a raw stream. A native `FileIO` is driven directly; any
//! other raw object through its `read`/`write`/`seek` methods.

use crate::vm::types::Exc;
use super::fileio::{bytes_arg, seek_arg, FileIO};
use super::{add_methods, add_property, call_method, closed_file, io_state, receiver, size_arg, unsupported};
use crate::objects::kwarg;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::io::SeekFrom;
use std::rc::Rc;

/// Which of the three buffered classes an object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Reader,
    Writer,
    Random,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Reader => "BufferedReader",
            Kind::Writer => "BufferedWriter",
            Kind::Random => "BufferedRandom",
        }
    }
    fn reads(self) -> bool {
        self != Kind::Writer
    }
    fn writes(self) -> bool {
        self != Kind::Reader
    }
}

/// The raw stream under a buffer.
#[derive(Clone)]
enum Raw {
    /// Not initialised yet (a subclass before `__init__`) or detached.
    None,
    File(Rc<FileIO>),
    Object(Value),
}

/// The buffer's contents.
#[derive(Default)]
struct State {
    /// Bytes read ahead; `rpos` of them are consumed.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written and not yet passed to the raw stream.
    wbuf: Vec<u8>,
}

/// A buffered stream.
pub struct Buffered {
    kind: Kind,
    raw: RefCell<Raw>,
    /// The raw object as given (for `.raw`).
    raw_value: RefCell<Value>,
    buffer_size: Cell<usize>,
    state: RefCell<State>,
    detached: Cell<bool>,
}

impl NativeObject for Buffered {
    fn type_name(&self) -> &str {
        self.kind.name()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for Buffered {
    /// Unflushed bytes reach a native file even when the script never closed it.
    fn drop(&mut self) {
        let state = self.state.get_mut();
        if state.wbuf.is_empty() {
            return;
        }
        if let Raw::File(f) = &*self.raw.borrow() {
            f.write_from_drop(&state.wbuf);
        }
    }
}

impl Buffered {
    /// A buffer of `kind` over `raw`.
    pub fn new(interp: &mut Interp, kind: Kind, raw: Value, buffer_size: usize) -> PyResult<Rc<Buffered>> {
        let b = Rc::new(Buffered {
            kind,
            raw: RefCell::new(Raw::None),
            raw_value: RefCell::new(Value::None),
            buffer_size: Cell::new(super::DEFAULT_BUFFER_SIZE),
            state: RefCell::new(State::default()),
            detached: Cell::new(false),
        });
        b.init(interp, raw, buffer_size)?;
        Ok(b)
    }

    fn init(self: &Rc<Self>, interp: &mut Interp, raw: Value, buffer_size: usize) -> PyResult<()> {
        if buffer_size == 0 {
            return Err(interp.new_error(Exc::ValueError, "buffer size must be strictly positive"));
        }
        let check = if self.kind.reads() { "readable" } else { "writable" };
        let ok = call_method(interp, &raw, check, vec![])?;
        if !interp.truthy(&ok)? {
            let msg = if self.kind.reads() { "\"raw\" argument must be readable." } else { "\"raw\" argument must be writable." };
            return Err(unsupported(interp, msg));
        }
        if self.kind == Kind::Random {
            let ok = call_method(interp, &raw, "writable", vec![])?;
            if !interp.truthy(&ok)? {
                return Err(unsupported(interp, "\"raw\" argument must be writable."));
            }
        }
        let native = match raw.builtin_value() {
            Value::Native(n) => downcast_rc::<FileIO>(n),
            _ => None,
        };
        *self.raw.borrow_mut() = match native {
            // A subclass of FileIO may override methods: drive it through them.
            Some(f) if matches!(raw, Value::Native(_)) => Raw::File(f),
            _ => Raw::Object(raw.clone()),
        };
        *self.raw_value.borrow_mut() = raw;
        self.buffer_size.set(buffer_size);
        *self.state.borrow_mut() = State::default();
        self.detached.set(false);
        if self.kind.writes() {
            let weak = Rc::downgrade(self);
            io_state(interp).writers.push(weak);
        }
        Ok(())
    }

    fn raw(&self, interp: &mut Interp) -> PyResult<Raw> {
        let raw = self.raw.borrow().clone();
        match raw {
            Raw::None if self.detached.get() => Err(interp.new_error(Exc::ValueError, "raw stream has been detached")),
            Raw::None => Err(interp.new_error(Exc::ValueError, "I/O operation on uninitialized object")),
            r => Ok(r),
        }
    }

    /// Whether the raw stream is closed, when that is known without calling out
    /// (a native file under the buffer).
    pub fn closed_fast(&self) -> Option<bool> {
        match &*self.raw.borrow() {
            Raw::File(f) => Some(f.fd.get() < 0),
            _ => None,
        }
    }

    /// Whether the raw stream is closed.
    pub fn is_closed(&self, interp: &mut Interp) -> PyResult<bool> {
        match self.raw(interp)? {
            Raw::File(f) => Ok(f.fd.get() < 0),
            Raw::Object(o) => {
                let c = interp.get_attr(&o, "closed")?;
                interp.truthy(&c)
            }
            Raw::None => Ok(true),
        }
    }

    fn check_open(&self, interp: &mut Interp) -> PyResult<Raw> {
        let raw = self.raw(interp)?;
        if self.is_closed(interp)? {
            return Err(closed_file(interp));
        }
        Ok(raw)
    }

    fn raw_read(&self, interp: &mut Interp, raw: &Raw, n: usize) -> PyResult<Vec<u8>> {
        match raw {
            Raw::File(f) => f.read_some(interp, n),
            Raw::Object(o) => match call_method(interp, o, "read", vec![Value::Int(n as i64)])? {
                Value::Bytes(b) => Ok(b.to_vec()),
                Value::None => Ok(Vec::new()),
                other => {
                    let t = interp.type_name(&other);
                    Err(interp.type_error(format!("read() should return bytes, not '{t}'")))
                }
            },
            Raw::None => Ok(Vec::new()),
        }
    }

    fn raw_write(&self, interp: &mut Interp, raw: &Raw, data: &[u8]) -> PyResult<usize> {
        match raw {
            Raw::File(f) => f.write_some(interp, data),
            Raw::Object(o) => {
                let n = call_method(interp, o, "write", vec![Value::bytes(data.to_vec())])?;
                if n.is_none() {
                    return Ok(0);
                }
                let n = interp.index_value(&n)?;
                if n < 0 || n as usize > data.len() {
                    let msg = format!("raw write() returned invalid length {n} (should have been between 0 and {})", data.len());
                    return Err(interp.new_error(Exc::OSError, msg));
                }
                Ok(n as usize)
            }
            Raw::None => Ok(0),
        }
    }

    fn raw_seek(&self, interp: &mut Interp, raw: &Raw, pos: SeekFrom) -> PyResult<u64> {
        match raw {
            Raw::File(f) => f.seek_to(interp, pos),
            Raw::Object(o) => {
                let (off, whence) = match pos {
                    SeekFrom::Start(n) => (n as i64, 0),
                    SeekFrom::Current(n) => (n, 1),
                    SeekFrom::End(n) => (n, 2),
                };
                let r = call_method(interp, o, "seek", vec![Value::Int(off), Value::Int(whence)])?;
                let r = interp.index_value(&r)?;
                if r < 0 {
                    return Err(interp.new_error(Exc::OSError, format!("Raw stream returned invalid position {r}")));
                }
                Ok(r as u64)
            }
            Raw::None => Ok(0),
        }
    }

    /// Passes the write buffer to the raw stream.
    pub fn flush_buffer(&self, interp: &mut Interp) -> PyResult<()> {
        let pending = std::mem::take(&mut self.state.borrow_mut().wbuf);
        if pending.is_empty() {
            return Ok(());
        }
        let raw = self.raw(interp)?;
        let mut done = 0;
        while done < pending.len() {
            match self.raw_write(interp, &raw, &pending[done..]) {
                Ok(0) => {
                    let class = interp.types.exc(Exc::BlockingIOError);
                    let args = vec![Value::Int(libc::EAGAIN as i64), Value::str("write could not complete without blocking"), Value::Int(0)];
                    self.state.borrow_mut().wbuf = pending[done..].to_vec();
                    return Err(interp.new_exception(class, args));
                }
                Ok(n) => done += n,
                Err(e) => {
                    self.state.borrow_mut().wbuf = pending[done..].to_vec();
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// `flush()`: the buffer to the raw stream, and the raw stream's own flush.
    pub fn flush(&self, interp: &mut Interp) -> PyResult<()> {
        self.check_open(interp)?;
        self.flush_buffer(interp)?;
        if self.kind.writes() {
            match self.raw(interp)? {
                Raw::File(f) => crate::system::flush_std(interp, f.fd.get()),
                Raw::Object(o) => {
                    call_method(interp, &o, "flush", vec![])?;
                }
                Raw::None => {}
            }
        }
        Ok(())
    }

    /// Drops read-ahead bytes, moving the raw position back to the logical one.
    fn rewind_read_ahead(&self, interp: &mut Interp, raw: &Raw) -> PyResult<()> {
        let unread = {
            let s = self.state.borrow();
            s.rbuf.len() - s.rpos
        };
        if unread > 0 {
            self.raw_seek(interp, raw, SeekFrom::Current(-(unread as i64)))?;
        }
        let mut s = self.state.borrow_mut();
        s.rbuf.clear();
        s.rpos = 0;
        Ok(())
    }

    fn check_readable(&self, interp: &mut Interp) -> PyResult<Raw> {
        let raw = self.check_open(interp)?;
        if !self.kind.reads() {
            return Err(unsupported(interp, "read"));
        }
        if self.kind == Kind::Random {
            self.flush_buffer(interp)?;
        }
        Ok(raw)
    }

    /// Fills the read buffer with one raw read; false at end of file.
    fn fill(&self, interp: &mut Interp, raw: &Raw) -> PyResult<bool> {
        let size = self.buffer_size.get();
        let chunk = self.raw_read(interp, raw, size)?;
        if chunk.is_empty() {
            return Ok(false);
        }
        let mut s = self.state.borrow_mut();
        if s.rpos == s.rbuf.len() {
            s.rbuf = chunk;
            s.rpos = 0;
        } else {
            let start = s.rpos;
            s.rbuf.drain(..start);
            s.rpos = 0;
            s.rbuf.extend_from_slice(&chunk);
        }
        Ok(true)
    }

    /// `read(n)`: up to `n` bytes (all with `None`), more raw reads as needed.
    pub fn read(&self, interp: &mut Interp, n: Option<usize>) -> PyResult<Vec<u8>> {
        let raw = self.check_readable(interp)?;
        let mut out = {
            let mut s = self.state.borrow_mut();
            let avail = s.rbuf.len() - s.rpos;
            let take = n.map_or(avail, |n| n.min(avail));
            let start = s.rpos;
            s.rpos += take;
            s.rbuf[start..start + take].to_vec()
        };
        match n {
            None => {
                let rest = match &raw {
                    Raw::File(f) => f.read_all(interp)?,
                    _ => {
                        let mut all = Vec::new();
                        loop {
                            let chunk = self.raw_read(interp, &raw, self.buffer_size.get().max(1 << 16))?;
                            if chunk.is_empty() {
                                break;
                            }
                            all.extend_from_slice(&chunk);
                        }
                        all
                    }
                };
                out.extend_from_slice(&rest);
            }
            Some(n) => {
                while out.len() < n {
                    let want = n - out.len();
                    if want >= self.buffer_size.get() {
                        let chunk = self.raw_read(interp, &raw, want)?;
                        if chunk.is_empty() {
                            break;
                        }
                        out.extend_from_slice(&chunk);
                        continue;
                    }
                    if !self.fill(interp, &raw)? {
                        break;
                    }
                    let mut s = self.state.borrow_mut();
                    let take = want.min(s.rbuf.len() - s.rpos);
                    let start = s.rpos;
                    out.extend_from_slice(&s.rbuf[start..start + take]);
                    s.rpos += take;
                }
            }
        }
        Ok(out)
    }

    /// `read1(n)`: what is buffered, or one raw read when nothing is.
    pub fn read1(&self, interp: &mut Interp, n: Option<usize>) -> PyResult<Vec<u8>> {
        let raw = self.check_readable(interp)?;
        let empty = {
            let s = self.state.borrow();
            s.rpos == s.rbuf.len()
        };
        if empty {
            let want = n.unwrap_or(self.buffer_size.get());
            if want == 0 {
                return Ok(Vec::new());
            }
            if want >= self.buffer_size.get() {
                return self.raw_read(interp, &raw, want);
            }
            self.fill(interp, &raw)?;
        }
        let mut s = self.state.borrow_mut();
        let avail = s.rbuf.len() - s.rpos;
        let take = n.map_or(avail, |n| n.min(avail));
        let start = s.rpos;
        s.rpos += take;
        Ok(s.rbuf[start..start + take].to_vec())
    }

    /// `peek()`: buffered bytes without consuming them (one raw read if none).
    fn peek(&self, interp: &mut Interp) -> PyResult<Vec<u8>> {
        let raw = self.check_readable(interp)?;
        let empty = {
            let s = self.state.borrow();
            s.rpos == s.rbuf.len()
        };
        if empty {
            self.fill(interp, &raw)?;
        }
        let s = self.state.borrow();
        Ok(s.rbuf[s.rpos..].to_vec())
    }

    /// `readline(limit)`.
    pub fn readline(&self, interp: &mut Interp, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let raw = self.check_readable(interp)?;
        let mut out = Vec::new();
        loop {
            let done = {
                let mut s = self.state.borrow_mut();
                let avail = &s.rbuf[s.rpos..];
                let room = limit.map_or(usize::MAX, |l| l - out.len());
                let window = &avail[..avail.len().min(room)];
                match window.iter().position(|&b| b == b'\n') {
                    Some(i) => {
                        out.extend_from_slice(&window[..=i]);
                        s.rpos += i + 1;
                        true
                    }
                    None => {
                        out.extend_from_slice(window);
                        let n = window.len();
                        s.rpos += n;
                        limit.is_some_and(|l| out.len() >= l)
                    }
                }
            };
            if done || !self.fill(interp, &raw)? {
                return Ok(out);
            }
        }
    }

    /// `write(data)`: buffered; the raw stream gets it when the buffer is full.
    pub fn write(&self, interp: &mut Interp, data: &[u8]) -> PyResult<usize> {
        let raw = self.check_open(interp)?;
        if !self.kind.writes() {
            return Err(unsupported(interp, "write"));
        }
        if self.kind == Kind::Random {
            let has_read_ahead = {
                let s = self.state.borrow();
                s.rpos < s.rbuf.len()
            };
            if has_read_ahead {
                self.rewind_read_ahead(interp, &raw)?;
            }
        }
        // As CPython: what is buffered goes first when the new data would overflow
        // the buffer; data larger than the buffer goes straight to the raw stream.
        let size = self.buffer_size.get();
        if self.state.borrow().wbuf.len() + data.len() > size {
            self.flush_buffer(interp)?;
        }
        if data.len() > size {
            let mut done = 0;
            while done < data.len() {
                match self.raw_write(interp, &raw, &data[done..])? {
                    0 => {
                        self.state.borrow_mut().wbuf.extend_from_slice(&data[done..]);
                        break;
                    }
                    n => done += n,
                }
            }
        } else {
            self.state.borrow_mut().wbuf.extend_from_slice(data);
        }
        Ok(data.len())
    }

    /// The logical position.
    pub fn tell(&self, interp: &mut Interp) -> PyResult<u64> {
        let raw = self.check_open(interp)?;
        let pos = self.raw_seek(interp, &raw, SeekFrom::Current(0))?;
        let s = self.state.borrow();
        let pos = pos as i64 - (s.rbuf.len() - s.rpos) as i64 + s.wbuf.len() as i64;
        Ok(pos.max(0) as u64)
    }

    /// `seek(pos)`.
    pub fn seek(&self, interp: &mut Interp, pos: SeekFrom) -> PyResult<u64> {
        let raw = self.check_open(interp)?;
        self.flush_buffer(interp)?;
        let pos = match pos {
            SeekFrom::Current(n) => {
                let s = self.state.borrow();
                SeekFrom::Current(n - (s.rbuf.len() - s.rpos) as i64)
            }
            other => other,
        };
        {
            let mut s = self.state.borrow_mut();
            s.rbuf.clear();
            s.rpos = 0;
        }
        self.raw_seek(interp, &raw, pos)
    }

    /// Flushes and closes the raw stream (once).
    pub fn close(&self, interp: &mut Interp) -> PyResult<()> {
        let raw = self.raw(interp)?;
        if self.is_closed(interp)? {
            return Ok(());
        }
        let flushed = self.flush_buffer(interp);
        let closed = match &raw {
            Raw::File(f) => f.close(interp),
            Raw::Object(o) => call_method(interp, o, "close", vec![]).map(|_| ()),
            Raw::None => Ok(()),
        };
        self.state.borrow_mut().wbuf.clear();
        flushed.and(closed)
    }

    fn raw_call(&self, interp: &mut Interp, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let raw = self.raw_value.borrow().clone();
        self.raw(interp)?;
        call_method(interp, &raw, name, args)
    }
}

fn this(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<Buffered>> {
    if let Some(Value::Native(n)) = args.first() {
        if let Some(b) = downcast_rc::<Buffered>(n) {
            return Ok(b);
        }
    }
    receiver::<Buffered>(interp, args, "BufferedReader")
}

fn buffer_size_arg(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<usize> {
    match args.get(1).or_else(|| kwarg(kwargs, "buffer_size")) {
        None => Ok(super::DEFAULT_BUFFER_SIZE),
        Some(v) => {
            let n = interp.index_value(v)?;
            if n <= 0 {
                return Err(interp.new_error(Exc::ValueError, "buffer size must be strictly positive"));
            }
            Ok(n as usize)
        }
    }
}

fn make(interp: &mut Interp, kind: Kind, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.is_empty() && kwargs.is_empty() {
        let b = Buffered {
            kind,
            raw: RefCell::new(Raw::None),
            raw_value: RefCell::new(Value::None),
            buffer_size: Cell::new(super::DEFAULT_BUFFER_SIZE),
            state: RefCell::new(State::default()),
            detached: Cell::new(false),
        };
        return Ok(Value::native(Rc::new(b)));
    }
    let Some(raw) = args.first().or_else(|| kwarg(kwargs, "raw")).cloned() else {
        return Err(interp.type_error(format!("{}() missing required argument 'raw' (pos 1)", kind.name())));
    };
    let size = buffer_size_arg(interp, args, kwargs)?;
    Ok(Value::native(Buffered::new(interp, kind, raw, size)?))
}

fn new_reader(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    make(interp, Kind::Reader, args, kwargs)
}
fn new_writer(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    make(interp, Kind::Writer, args, kwargs)
}
fn new_random(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    make(interp, Kind::Random, args, kwargs)
}

fn init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let Some(raw) = args.get(1).or_else(|| kwarg(kwargs, "raw")).cloned() else {
        return Err(interp.type_error("__init__() missing required argument 'raw' (pos 1)"));
    };
    let size = buffer_size_arg(interp, &args[1..], kwargs)?;
    b.init(interp, raw, size)?;
    Ok(Value::None)
}

fn read(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    if let Some(Value::Int(n)) = args.get(1) {
        if *n < -1 {
            return Err(interp.new_error(Exc::ValueError, "read length must be non-negative or -1"));
        }
    }
    let n = size_arg(interp, args.get(1))?;
    Ok(Value::bytes(b.read(interp, n)?))
}

fn read1(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let n = size_arg(interp, args.get(1))?;
    Ok(Value::bytes(b.read1(interp, n)?))
}

fn peek(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    Ok(Value::bytes(b.peek(interp)?))
}

fn readline(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let limit = size_arg(interp, args.get(1))?;
    Ok(Value::bytes(b.readline(interp, limit)?))
}

fn write(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let data = bytes_arg(interp, args.get(1))?;
    Ok(Value::Int(b.write(interp, &data)? as i64))
}

fn flush(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.flush(interp)?;
    Ok(Value::None)
}

fn seek(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let to = seek_arg(interp, args.get(1), args.get(2))?;
    Ok(Value::Int(b.seek(interp, to)? as i64))
}

fn tell(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    Ok(Value::Int(b.tell(interp)? as i64))
}

fn truncate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let raw = b.check_open(interp)?;
    if !b.kind.writes() {
        return Err(unsupported(interp, "truncate"));
    }
    b.flush_buffer(interp)?;
    let pos = match args.get(1) {
        None | Some(Value::None) => Value::Int(b.tell(interp)? as i64),
        Some(v) => v.clone(),
    };
    b.rewind_read_ahead(interp, &raw)?;
    b.raw_call(interp, "truncate", vec![pos])
}

fn close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.close(interp)?;
    Ok(Value::None)
}

fn detach(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.check_open(interp)?;
    b.flush_buffer(interp)?;
    let raw = b.raw_value.replace(Value::None);
    *b.raw.borrow_mut() = Raw::None;
    b.detached.set(true);
    Ok(raw)
}

fn closed(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    Ok(Value::Bool(b.is_closed(interp)?))
}

fn raw(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let raw = b.raw_value.borrow().clone();
    Ok(raw)
}

fn name(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let raw = b.raw_value.borrow().clone();
    b.raw(interp)?;
    interp.get_attr(&raw, "name")
}

fn mode(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let raw = b.raw_value.borrow().clone();
    b.raw(interp)?;
    interp.get_attr(&raw, "mode")
}

fn delegate(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<Value> {
    let b = this(interp, args)?;
    b.raw_call(interp, name, vec![])
}

fn fileno(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(interp, args, "fileno")
}
fn isatty(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(interp, args, "isatty")
}
fn seekable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(interp, args, "seekable")
}

fn readable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    if !b.kind.reads() {
        b.check_open(interp)?;
        return Ok(Value::Bool(false));
    }
    b.raw_call(interp, "readable", vec![])
}

fn writable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    if !b.kind.writes() {
        b.check_open(interp)?;
        return Ok(Value::Bool(false));
    }
    b.raw_call(interp, "writable", vec![])
}

fn repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args)?;
    let raw = b.raw_value.borrow().clone();
    let class = match args.first() {
        Some(v) => interp.type_of(v),
        None => return Ok(Value::None),
    };
    let module = class.module.clone();
    let qual = format!("{}.{}", module, class.name);
    match interp.get_attr(&raw, "name") {
        Ok(name) => {
            let name = interp.repr(&name)?;
            Ok(Value::string(format!("<{qual} name={name}>")))
        }
        Err(_) => Ok(Value::string(format!("<{qual}>"))),
    }
}

/// Registers the three buffered classes.
pub fn register(_interp: &mut Interp, classes: &[&Rc<Class>; 3]) {
    let ctors: [NativeFn; 3] = [new_reader, new_writer, new_random];
    for (cls, ctor) in classes.iter().zip(ctors) {
        crate::objects::builtin_subclass::set_constructor_filled_by_init(cls, ctor);
        add_methods(
            cls,
            &[
                ("__init__", init),
                ("read", read),
                ("read1", read1),
                ("peek", peek),
                ("readline", readline),
                ("write", write),
                ("flush", flush),
                ("seek", seek),
                ("tell", tell),
                ("truncate", truncate),
                ("close", close),
                ("detach", detach),
                ("fileno", fileno),
                ("isatty", isatty),
                ("seekable", seekable),
                ("readable", readable),
                ("writable", writable),
                ("__repr__", repr),
            ],
        );
        add_property(cls, "closed", closed);
        add_property(cls, "raw", raw);
        add_property(cls, "name", name);
        add_property(cls, "mode", mode);
        super::add_iobase_methods(cls);
        super::add_readinto_methods(cls);
    }
}
