//! `io.FileIO`: unbuffered bytes over a descriptor of the system layer.

use crate::vm::types::Exc;
use super::{add_methods, add_property, closed_file, receiver, size_arg, unsupported};
use crate::objects::kwarg;
use crate::system::fds::{FdTable, OpenFile};
use crate::system::fs::OpenOptions;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::io::SeekFrom;
use std::path::PathBuf;
use std::rc::Rc;

/// An open (or closed) raw file.
pub struct FileIO {
    /// The descriptor; -1 once closed (or before `__init__` for a subclass).
    pub fd: Cell<i32>,
    /// The table the descriptor lives in (so dropping the file closes it).
    table: RefCell<Option<Rc<RefCell<FdTable>>>>,
    pub readable: Cell<bool>,
    pub writable: Cell<bool>,
    appending: Cell<bool>,
    created: Cell<bool>,
    closefd: Cell<bool>,
    /// `name`: the path or descriptor given.
    pub name: RefCell<Value>,
    seekable: Cell<Option<bool>>,
}

impl NativeObject for FileIO {
    fn type_name(&self) -> &str {
        "FileIO"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for FileIO {
    /// Closes a file the script left open, and (at the next safe point)
    /// issues CPython's "unclosed file" ResourceWarning about it.
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 && self.closefd.get() {
            if let Some(table) = self.table.get_mut() {
                if let Ok(mut t) = table.try_borrow_mut() {
                    t.remove(fd);
                }
            }
            if fd > 2 {
                let name = self.name.get_mut().clone();
                let mode = self.mode_str();
                crate::vm::safepoint::defer(Box::new(move |interp| warn_unclosed(interp, &name, mode)));
            }
        }
    }
}

/// The ResourceWarning for a file dropped while open; an "error" filter's
/// exception is printed as an exception ignored in a destructor.
fn warn_unclosed(interp: &mut Interp, name: &Value, mode: &str) {
    let Ok(name) = interp.repr(name) else { return };
    let file = format!("<_io.FileIO name={name} mode='{mode}' closefd=True>");
    if let Err(e) = interp.warn(Exc::ResourceWarning, &format!("unclosed file {file}"), 1) {
        interp.write_unraisable(&e, None, crate::vm::hooks::Culprit::Gone(&file));
    }
}

/// A path argument: `str`, `bytes` or an `os.PathLike`; the path and the value `name` shows.
pub fn path_arg(interp: &mut Interp, v: &Value) -> PyResult<(PathBuf, Value)> {
    use std::os::unix::ffi::OsStrExt;
    match v {
        Value::Str(s) => {
            if s.as_str().contains('\0') {
                return Err(interp.new_error(Exc::ValueError, "embedded null character"));
            }
            let bytes = crate::system::os_bytes(interp, s.as_str())?;
            Ok((PathBuf::from(std::ffi::OsStr::from_bytes(&bytes)), v.clone()))
        }
        Value::Bytes(b) => {
            if b.contains(&0) {
                return Err(interp.new_error(Exc::ValueError, "embedded null byte"));
            }
            Ok((PathBuf::from(std::ffi::OsStr::from_bytes(b)), v.clone()))
        }
        _ => {
            if let Some(f) = interp.lookup_special(v, "__fspath__") {
                let p = interp.call_value(f, vec![], vec![])?;
                if matches!(p, Value::Str(_) | Value::Bytes(_)) {
                    let (path, _) = path_arg(interp, &p)?;
                    return Ok((path, p));
                }
                let (t, pt) = (interp.type_name(v), interp.type_name(&p));
                return Err(interp.type_error(format!("expected {t}.__fspath__() to return str or bytes, not {pt}")));
            }
            let t = interp.type_name(v);
            Err(interp.type_error(format!("expected str, bytes or os.PathLike object, not {t}")))
        }
    }
}

/// The parts of a raw file mode (`r`, `w`, `x`, `a`, `+`, `b`).
struct RawMode {
    readable: bool,
    writable: bool,
    appending: bool,
    created: bool,
    truncate: bool,
}

fn parse_mode(interp: &mut Interp, mode: &str) -> PyResult<RawMode> {
    let mut m = RawMode { readable: false, writable: false, appending: false, created: false, truncate: false };
    let (mut rwax, mut plus) = (0, false);
    for c in mode.chars() {
        match c {
            'r' => {
                rwax += 1;
                m.readable = true;
            }
            'w' => {
                rwax += 1;
                m.writable = true;
                m.truncate = true;
            }
            'a' => {
                rwax += 1;
                m.writable = true;
                m.appending = true;
            }
            'x' => {
                rwax += 1;
                m.writable = true;
                m.created = true;
            }
            '+' if !plus => {
                plus = true;
                m.readable = true;
                m.writable = true;
            }
            'b' => {}
            _ => return Err(interp.new_error(Exc::ValueError, format!("invalid mode: {mode}"))),
        }
    }
    if rwax != 1 {
        return Err(interp.new_error(
            Exc::ValueError,
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

impl FileIO {
    fn empty() -> FileIO {
        FileIO {
            fd: Cell::new(-1),
            table: RefCell::new(None),
            readable: Cell::new(false),
            writable: Cell::new(false),
            appending: Cell::new(false),
            created: Cell::new(false),
            closefd: Cell::new(true),
            name: RefCell::new(Value::None),
            seekable: Cell::new(None),
        }
    }

    /// Opens `file` (a path or a descriptor) with a raw `mode`.
    pub fn open(
        interp: &mut Interp,
        file: &Value,
        mode: &str,
        closefd: bool,
        opener: &Value,
    ) -> PyResult<Rc<FileIO>> {
        let f = Rc::new(FileIO::empty());
        f.init(interp, file, mode, closefd, opener)?;
        Ok(f)
    }

    fn init(&self, interp: &mut Interp, file: &Value, mode: &str, closefd: bool, opener: &Value) -> PyResult<()> {
        let m = parse_mode(interp, mode)?;
        if matches!(file, Value::Float(_)) {
            return Err(interp.type_error("integer argument expected, got float"));
        }
        let table = crate::system::system(interp).fds.clone();
        let fd = if let Value::Int(_) | Value::Bool(_) = file {
            let fd = interp.index_value(file)?;
            if fd < 0 {
                return Err(interp.new_error(Exc::ValueError, "negative file descriptor"));
            }
            if !table.borrow().contains(fd as i32) {
                return Err(crate::system::os_error_errno(interp, libc::EBADF, None, None));
            }
            fd as i32
        } else {
            if !closefd {
                return Err(interp.new_error(Exc::ValueError, "Cannot use closefd=False with file name"));
            }
            let (path, shown) = path_arg(interp, file)?;
            let options = OpenOptions {
                read: m.readable,
                write: m.writable,
                append: m.appending,
                create: m.writable && !m.readable || m.truncate || m.appending || m.created,
                create_new: m.created,
                truncate: m.truncate,
                mode: 0o666,
            };
            let fd = if opener.is_none() {
                crate::system::open(interp, &path, &options, &shown)?
            } else {
                let flags = open_flags(&m);
                let r = interp.call_value(opener.clone(), vec![file.clone(), Value::Int(flags as i64)], vec![])?;
                let fd = interp.index_value(&r)?;
                if fd < 0 {
                    return Err(interp.new_error(Exc::ValueError, format!("opener returned {fd}")));
                }
                fd as i32
            };
            // Opening a directory for reading succeeds on Linux; CPython refuses it.
            if let Ok(meta) = crate::system::fstat(interp, fd) {
                if meta.is_dir() {
                    let _ = crate::system::close(interp, fd);
                    return Err(crate::system::os_error_errno(interp, libc::EISDIR, Some(shown), None));
                }
            }
            fd
        };
        self.fd.set(fd);
        *self.table.borrow_mut() = Some(table);
        self.readable.set(m.readable);
        self.writable.set(m.writable);
        self.appending.set(m.appending);
        self.created.set(m.created);
        self.closefd.set(closefd);
        *self.name.borrow_mut() = file.clone();
        if m.appending {
            let _ = crate::system::seek(interp, fd, SeekFrom::End(0));
        }
        Ok(())
    }

    /// The descriptor, or ValueError when closed.
    pub fn check_open(&self, interp: &mut Interp) -> PyResult<i32> {
        match self.fd.get() {
            fd if fd >= 0 => Ok(fd),
            _ => Err(closed_file(interp)),
        }
    }

    /// `mode` as FileIO reports it (`rb`, `wb`, `ab+`, `xb`, `rb+`).
    pub fn mode_str(&self) -> &'static str {
        match (self.created.get(), self.appending.get(), self.readable.get(), self.writable.get()) {
            (true, _, true, _) => "xb+",
            (true, _, false, _) => "xb",
            (_, true, true, _) => "ab+",
            (_, true, false, _) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, false, true) => "wb",
            _ => "rb",
        }
    }

    /// Reads at most `n` bytes (one system call).
    pub fn read_some(&self, interp: &mut Interp, n: usize) -> PyResult<Vec<u8>> {
        let fd = self.check_open(interp)?;
        if !self.readable.get() {
            return Err(unsupported(interp, "File not open for reading"));
        }
        crate::system::read(interp, fd, n)
    }

    /// Reads to the end of the file.
    pub fn read_all(&self, interp: &mut Interp) -> PyResult<Vec<u8>> {
        let fd = self.check_open(interp)?;
        if !self.readable.get() {
            return Err(unsupported(interp, "File not open for reading"));
        }
        let mut out = Vec::new();
        // A regular file's remaining size sizes the first read.
        let hint = match (crate::system::fstat(interp, fd), crate::system::seek(interp, fd, SeekFrom::Current(0))) {
            (Ok(m), Ok(pos)) if m.is_file() && m.size > pos => (m.size - pos) as usize + 1,
            _ => super::DEFAULT_BUFFER_SIZE,
        };
        let mut chunk = hint.max(super::DEFAULT_BUFFER_SIZE);
        loop {
            let start = out.len();
            if out.try_reserve(chunk).is_err() {
                return Err(interp.new_error(Exc::MemoryError, ""));
            }
            out.resize(start + chunk, 0);
            let got = crate::system::read_into(interp, fd, &mut out[start..])?;
            out.truncate(start + got);
            if got == 0 {
                return Ok(out);
            }
            chunk = chunk.max(out.len() / 4).min(1 << 26);
        }
    }

    /// Writes some of `data`.
    pub fn write_some(&self, interp: &mut Interp, data: &[u8]) -> PyResult<usize> {
        let fd = self.check_open(interp)?;
        if !self.writable.get() {
            return Err(unsupported(interp, "File not open for writing"));
        }
        crate::system::write(interp, fd, data)
    }

    /// Moves the position.
    pub fn seek_to(&self, interp: &mut Interp, pos: SeekFrom) -> PyResult<u64> {
        let fd = self.check_open(interp)?;
        crate::system::seek(interp, fd, pos)
    }

    /// Whether the file supports seeking.
    pub fn is_seekable(&self, interp: &mut Interp) -> PyResult<bool> {
        let fd = self.check_open(interp)?;
        if let Some(s) = self.seekable.get() {
            return Ok(s);
        }
        let s = crate::system::seek(interp, fd, SeekFrom::Current(0)).is_ok();
        self.seekable.set(Some(s));
        Ok(s)
    }

    /// Closes the descriptor (when `closefd`).
    pub fn close(&self, interp: &mut Interp) -> PyResult<()> {
        let fd = self.fd.replace(-1);
        if fd >= 0 && self.closefd.get() {
            crate::system::close(interp, fd)?;
        }
        Ok(())
    }

    /// Writes straight into the descriptor without the interpreter (from a destructor).
    pub fn write_from_drop(&self, data: &[u8]) {
        let fd = self.fd.get();
        let table = self.table.borrow();
        let Some(table) = table.as_ref() else { return };
        let entry = table.try_borrow().ok().and_then(|t| t.get(fd));
        if let Some(OpenFile::Handle(h)) = entry {
            let mut rest = data;
            while !rest.is_empty() {
                match h.borrow_mut().write(rest) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => rest = &rest[n..],
                }
            }
        }
    }
}

fn open_flags(m: &RawMode) -> i32 {
    let mut flags = if m.readable && m.writable {
        libc::O_RDWR
    } else if m.writable {
        libc::O_WRONLY
    } else {
        libc::O_RDONLY
    };
    if m.appending {
        flags |= libc::O_APPEND | libc::O_CREAT;
    }
    if m.truncate {
        flags |= libc::O_TRUNC | libc::O_CREAT;
    }
    if m.created {
        flags |= libc::O_EXCL | libc::O_CREAT;
    }
    flags | libc::O_CLOEXEC
}

fn this(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<FileIO>> {
    receiver::<FileIO>(interp, args, "FileIO")
}

/// The arguments of `FileIO(file, mode='r', closefd=True, opener=None)`.
fn ctor_args(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<(Value, String, bool, Value)> {
    let file = args.first().or_else(|| kwarg(kwargs, "file")).cloned();
    let Some(file) = file else {
        return Err(interp.type_error("FileIO() missing required argument 'file' (pos 1)"));
    };
    let mode = match args.get(1).or_else(|| kwarg(kwargs, "mode")) {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("FileIO() argument 'mode' must be str, not {t}")));
        }
    };
    let closefd = match args.get(2).or_else(|| kwarg(kwargs, "closefd")) {
        None => true,
        Some(v) => interp.truthy(v)?,
    };
    let opener = args.get(3).or_else(|| kwarg(kwargs, "opener")).cloned().unwrap_or(Value::None);
    Ok((file, mode, closefd, opener))
}

fn new_fileio(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.is_empty() && kwargs.is_empty() {
        return Ok(Value::native(Rc::new(FileIO::empty())));
    }
    let (file, mode, closefd, opener) = ctor_args(interp, args, kwargs)?;
    Ok(Value::native(FileIO::open(interp, &file, &mode, closefd, &opener)?))
}

fn init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    let (file, mode, closefd, opener) = ctor_args(interp, &args[1..], kwargs)?;
    f.close(interp)?;
    f.init(interp, &file, &mode, closefd, &opener)?;
    Ok(Value::None)
}

fn read(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    let data = match size_arg(interp, args.get(1))? {
        None => f.read_all(interp)?,
        Some(n) => f.read_some(interp, n)?,
    };
    Ok(Value::bytes(data))
}

fn readall(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    Ok(Value::bytes(f.read_all(interp)?))
}

/// The bytes of a `write` argument (bytes-like).
pub fn bytes_arg(interp: &mut Interp, v: Option<&Value>) -> PyResult<Rc<Vec<u8>>> {
    match v {
        Some(Value::Bytes(b)) => Ok(b.clone()),
        Some(b) if crate::objects::buffer::is_bytes_like(b) => {
            Ok(Rc::new(crate::objects::buffer::require(interp, b)?.into_vec()))
        }
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
        None => Err(interp.type_error("write() takes exactly one argument (0 given)")),
    }
}

fn write(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    let data = bytes_arg(interp, args.get(1))?;
    Ok(Value::Int(f.write_some(interp, &data)? as i64))
}

/// `seek(pos, whence)` arguments as a `SeekFrom`.
pub fn seek_arg(interp: &mut Interp, pos: Option<&Value>, whence: Option<&Value>) -> PyResult<SeekFrom> {
    let Some(pos) = pos else { return Err(interp.type_error("seek expected at least 1 argument, got 0")) };
    if matches!(pos, Value::Float(_)) {
        return Err(interp.type_error("an integer is required"));
    }
    let pos = interp.index_value(pos)?;
    let whence = match whence {
        None => 0,
        Some(w) => interp.index_value(w)?,
    };
    match whence {
        0 if pos < 0 => Err(interp.new_error(Exc::ValueError, format!("negative seek position {pos}"))),
        0 => Ok(SeekFrom::Start(pos as u64)),
        1 => Ok(SeekFrom::Current(pos)),
        2 => Ok(SeekFrom::End(pos)),
        _ => Err(interp.new_error(Exc::ValueError, format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
}

fn seek(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    let to = seek_arg(interp, args.get(1), args.get(2))?;
    Ok(Value::Int(f.seek_to(interp, to)? as i64))
}

fn tell(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    Ok(Value::Int(f.seek_to(interp, SeekFrom::Current(0))? as i64))
}

fn truncate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    let fd = f.check_open(interp)?;
    if !f.writable.get() {
        return Err(unsupported(interp, "File not open for writing"));
    }
    let size = match args.get(1) {
        None | Some(Value::None) => f.seek_to(interp, SeekFrom::Current(0))?,
        Some(v) => interp.index_value(v)? as u64,
    };
    crate::system::truncate(interp, fd, size)?;
    Ok(Value::Int(size as i64))
}

fn close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    f.close(interp)?;
    Ok(Value::None)
}

fn fileno(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    Ok(Value::Int(f.check_open(interp)? as i64))
}

fn isatty(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    let fd = f.check_open(interp)?;
    Ok(Value::Bool(crate::system::isatty(interp, fd)))
}

fn readable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    f.check_open(interp)?;
    Ok(Value::Bool(f.readable.get()))
}

fn writable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    f.check_open(interp)?;
    Ok(Value::Bool(f.writable.get()))
}

fn seekable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    Ok(Value::Bool(f.is_seekable(interp)?))
}

fn flush(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    let fd = f.check_open(interp)?;
    crate::system::flush_std(interp, fd);
    Ok(Value::None)
}

fn closed(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    Ok(Value::Bool(f.fd.get() < 0))
}

fn name(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    let name = f.name.borrow().clone();
    Ok(name)
}

fn mode(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    Ok(Value::str(f.mode_str()))
}

fn closefd(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    Ok(Value::Bool(f.closefd.get()))
}

fn repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    if f.fd.get() < 0 {
        return Ok(Value::str("<_io.FileIO [closed]>"));
    }
    let name = f.name.borrow().clone();
    let name = interp.repr(&name)?;
    let closefd = if f.closefd.get() { "True" } else { "False" };
    Ok(Value::string(format!("<_io.FileIO name={name} mode='{}' closefd={closefd}>", f.mode_str())))
}

/// `readline` of a raw file: one byte at a time up to a newline.
fn readline(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = this(interp, args)?;
    let limit = size_arg(interp, args.get(1))?;
    let mut line = Vec::new();
    while limit.is_none_or(|l| line.len() < l) {
        let b = f.read_some(interp, 1)?;
        let Some(&c) = b.first() else { break };
        line.push(c);
        if c == b'\n' {
            break;
        }
    }
    Ok(Value::bytes(line))
}

/// Registers FileIO's constructor and methods.
pub fn register(_interp: &mut Interp, cls: &Rc<Class>) {
    crate::objects::builtin_subclass::set_constructor_filled_by_init(cls, new_fileio);
    add_methods(
        cls,
        &[
            ("__init__", init),
            ("read", read),
            ("readall", readall),
            ("readline", readline),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("fileno", fileno),
            ("isatty", isatty),
            ("readable", readable),
            ("writable", writable),
            ("seekable", seekable),
            ("flush", flush),
            ("__repr__", repr),
        ],
    );
    add_property(cls, "closed", closed);
    add_property(cls, "name", name);
    add_property(cls, "mode", mode);
    add_property(cls, "closefd", closefd);
    super::add_iobase_methods(cls);
    super::add_readinto_methods(cls);
}
