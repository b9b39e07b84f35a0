//! The operating system as scripts reach it: the file system in use (a trait a
//! host can replace, [`fs`]), the policy of what scripts may touch
//! ([`policy`]), the descriptors they hold ([`fds`]), and `OSError` values made
//! from the errors of all three. `os`, `io` and `open` go through here, never
//! to `std::fs` directly.
//! A library layer above the object core; the modules and the embedding API use it.

pub mod entropy;
pub mod fds;
pub mod fs;
pub mod memory_fs;
pub mod policy;
pub mod real_fs;

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;
use fds::{FdTable, OpenFile};
use fs::{FileSystem, Metadata, OpenOptions};
use policy::{Denied, Policy};
use std::io::{self, Write};
use std::path::Path;
use std::cell::RefCell;
use std::rc::Rc;

/// One interpreter's view of the operating system (kept in `Interp::extensions`).
pub struct System {
    /// The file system scripts use.
    pub fs: Rc<dyn FileSystem>,
    /// What scripts may touch.
    pub policy: Policy,
    /// The descriptors scripts hold (shared with file objects, which close theirs when dropped).
    pub fds: Rc<RefCell<FdTable>>,
    /// What an edge-triggered reactor (the asyncio loop) knows of the descriptors it
    /// watches: `[readable, writable, read side closed, write side closed]`, set by
    /// its events and cleared by [`would_block`] when a call on the descriptor finds
    /// it not ready after all (or by [`drained`] after a short transfer).
    pub readiness: std::collections::HashMap<i32, [bool; 4]>,
}

impl Default for System {
    fn default() -> Self {
        System {
            fs: Rc::new(real_fs::RealFs),
            policy: Policy::full(),
            fds: Rc::new(RefCell::new(FdTable::default())),
            readiness: std::collections::HashMap::new(),
        }
    }
}

/// The interpreter's system state.
pub fn system(interp: &mut Interp) -> &mut System {
    interp.extensions.get_or_default::<System>()
}

/// The file system in use.
pub fn file_system(interp: &mut Interp) -> Rc<dyn FileSystem> {
    system(interp).fs.clone()
}

/// The text CPython shows for an error number (`strerror(3)`).
/// Text as the operating system takes it (`os.fsencode`): UTF-8 with the
/// surrogates U+DC80..U+DCFF back to bytes; any other lone surrogate is
/// CPython's `UnicodeEncodeError` ("surrogates not allowed").
pub fn os_bytes<'a>(interp: &mut Interp, text: &'a str) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    crate::codepoint::encode_os(text).map_err(|(start, end)| {
        let reason = "surrogates not allowed";
        crate::objects::unicode_error::encode_error(interp, "utf-8", &Value::str(text), start, end, reason)
    })
}

pub fn strerror(code: i32) -> String {
    // SAFETY: strerror returns a pointer to a NUL-terminated static or
    // thread-local message, read at once.
    let text = unsafe { std::ffi::CStr::from_ptr(libc::strerror(code)) };
    text.to_string_lossy().into_owned()
}

/// The `OSError` (of the subclass its errno selects, such as
/// `FileNotFoundError`) for `err` on `filename` (and `filename2`).
pub fn os_error(interp: &mut Interp, err: &io::Error, filename: Option<Value>, filename2: Option<Value>) -> Value {
    let code = err.raw_os_error().unwrap_or_else(|| errno_of_kind(err.kind()));
    if code == 0 {
        return interp.new_error(Exc::OSError, err.to_string());
    }
    os_error_errno(interp, code, filename, filename2)
}

/// The `OSError` for the error number `code`.
pub fn os_error_errno(interp: &mut Interp, code: i32, filename: Option<Value>, filename2: Option<Value>) -> Value {
    let mut args = vec![Value::Int(code as i64), Value::string(strerror(code))];
    if let Some(f) = filename {
        args.push(f);
        if let Some(f2) = filename2 {
            args.push(Value::None);
            args.push(f2);
        }
    }
    let class = Value::Class(interp.types.exc(Exc::OSError));
    match interp.call_value(class, args, vec![]) {
        Ok(v) => v,
        Err(e) => e,
    }
}

/// The error number of errors std makes without one.
fn errno_of_kind(kind: io::ErrorKind) -> i32 {
    match kind {
        io::ErrorKind::NotFound => libc::ENOENT,
        io::ErrorKind::PermissionDenied => libc::EACCES,
        io::ErrorKind::AlreadyExists => libc::EEXIST,
        io::ErrorKind::InvalidInput => libc::EINVAL,
        io::ErrorKind::Interrupted => libc::EINTR,
        io::ErrorKind::WouldBlock => libc::EAGAIN,
        io::ErrorKind::BrokenPipe => libc::EPIPE,
        io::ErrorKind::UnexpectedEof => 0,
        _ => 0,
    }
}

/// The `PermissionError` for an operation the policy refused.
pub fn denied(interp: &mut Interp, d: Denied) -> Value {
    let args = vec![Value::Int(libc::EACCES as i64), Value::string(d.0)];
    let class = Value::Class(interp.types.exc(Exc::PermissionError));
    match interp.call_value(class, args, vec![]) {
        Ok(v) => v,
        Err(e) => e,
    }
}

/// Fails with `PermissionError` unless the policy allows using `path` (for
/// writing when `write`).
pub fn check_path(interp: &mut Interp, path: &Path, write: bool) -> PyResult<()> {
    let sys = system(interp);
    if sys.policy == Policy::full() {
        return Ok(());
    }
    let result = sys.policy.check_path(&*sys.fs, path, write);
    result.map_err(|d| denied(interp, d))
}

/// Like [`check_path`] for an operation on the entry itself, not a link's target (see
/// [`Policy::check_entry`]).
pub fn check_entry(interp: &mut Interp, path: &Path, write: bool) -> PyResult<()> {
    let sys = system(interp);
    if sys.policy == Policy::full() {
        return Ok(());
    }
    let result = sys.policy.check_entry(&*sys.fs, path, write);
    result.map_err(|d| denied(interp, d))
}

/// Fails with `PermissionError` unless the policy allows the file system at all.
pub fn check_fs(interp: &mut Interp, write: bool) -> PyResult<()> {
    let result = system(interp).policy.check_fs(write);
    result.map_err(|d| denied(interp, d))
}

/// Fails with `PermissionError` unless the policy allows the environment.
pub fn check_environment(interp: &mut Interp) -> PyResult<()> {
    let result = system(interp).policy.check_environment();
    result.map_err(|d| denied(interp, d))
}

/// Fails with `PermissionError` unless the policy allows processes.
pub fn check_processes(interp: &mut Interp) -> PyResult<()> {
    let result = system(interp).policy.check_processes();
    result.map_err(|d| denied(interp, d))
}

/// Whether network access is allowed.
pub fn check_network(interp: &mut Interp) -> PyResult<()> {
    let r = system(interp).policy.check_network();
    r.map_err(|d| denied(interp, d))
}

/// Notes that a call on `fd` would have blocked (EAGAIN) for reading, or for
/// writing when `write` is set: a reactor watching `fd` waits for its next event.
pub fn would_block(interp: &mut Interp, fd: i32, write: bool) {
    if let Some(r) = system(interp).readiness.get_mut(&fd) {
        r[write as usize] = false;
    }
}

/// Notes that a stream transfer on `fd` moved less than asked: its queue is
/// empty (or full, when `write`), so the next change makes a new event. Not
/// after the peer hung up: the end of the stream stays readable with no new event.
pub fn drained(interp: &mut Interp, fd: i32, write: bool) {
    if let Some(r) = system(interp).readiness.get_mut(&fd) {
        if !r[2 + write as usize] {
            r[write as usize] = false;
        }
    }
}

/// A second descriptor for the file `fd` names (`os.dup`).
pub fn dup(interp: &mut Interp, fd: i32) -> PyResult<i32> {
    let entry = system(interp).fds.borrow().get(fd);
    let cloned = match entry {
        None => Err(io::Error::from_raw_os_error(libc::EBADF)),
        Some(OpenFile::Std(n)) => Ok(Err(n)),
        Some(OpenFile::Handle(h)) => h.borrow().try_clone().map(Ok),
    };
    match cloned {
        Ok(Ok(handle)) => Ok(system(interp).fds.borrow_mut().install(handle)),
        Ok(Err(stream)) => Ok(system(interp).fds.borrow_mut().install_std(stream)),
        Err(e) => Err(os_error(interp, &e, None, None)),
    }
}

/// Changes the permission bits of the open file `fd`.
pub fn fchmod(interp: &mut Interp, fd: i32, mode: u32) -> PyResult<()> {
    on_handle(interp, fd, libc::EPERM, |h| h.set_mode(mode))
}

/// A pipe: descriptors for its reading and writing ends (`os.pipe`).
pub fn pipe(interp: &mut Interp) -> PyResult<(i32, i32)> {
    use std::os::unix::io::FromRawFd;
    let mut ends = [0i32; 2];
    // SAFETY: `ends` has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(ends.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        let e = io::Error::last_os_error();
        return Err(os_error(interp, &e, None, None));
    }
    // SAFETY: pipe2 just returned these descriptors, owned by nothing else.
    let (r, w) = unsafe { (std::fs::File::from_raw_fd(ends[0]), std::fs::File::from_raw_fd(ends[1])) };
    let mut fds = system(interp).fds.borrow_mut();
    let r = fds.install(Box::new(real_fs::RealFile(r)));
    let w = fds.install(Box::new(real_fs::RealFile(w)));
    Ok((r, w))
}

/// Opens `path`, returning a new descriptor (the policy and the file system's errors as OSError).
pub fn open(interp: &mut Interp, path: &Path, options: &OpenOptions, shown: &Value) -> PyResult<i32> {
    check_path(interp, path, options.modifies())?;
    let fs = file_system(interp);
    match fs.open(path, options) {
        Ok(handle) => Ok(system(interp).fds.borrow_mut().install(handle)),
        Err(e) => Err(os_error(interp, &e, Some(shown.clone()), None)),
    }
}

/// Retries `op` while it fails with EINTR (PEP 475), raising others as OSError.
fn retrying<T>(interp: &mut Interp, mut op: impl FnMut(&mut Interp) -> io::Result<T>) -> PyResult<T> {
    loop {
        match op(interp) {
            Ok(v) => return Ok(v),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => interp.check_interrupt()?,
            Err(e) => return Err(os_error(interp, &e, None, None)),
        }
    }
}

/// What `fd` names (EBADF when the script does not hold it).
pub fn lookup(interp: &mut Interp, fd: i32) -> io::Result<OpenFile> {
    system(interp).fds.borrow().get(fd).ok_or_else(|| io::Error::from_raw_os_error(libc::EBADF))
}

fn bad_fd<T>() -> io::Result<T> {
    Err(io::Error::from_raw_os_error(libc::EBADF))
}

/// Reads up to `buf.len()` bytes from `fd` into `buf`; 0 at the end of the file.
pub fn read_into(interp: &mut Interp, fd: i32, buf: &mut [u8]) -> PyResult<usize> {
    retrying(interp, |interp| match lookup(interp, fd)? {
        OpenFile::Std(0) => io::Read::read(&mut io::stdin().lock(), buf),
        OpenFile::Std(_) => bad_fd(),
        OpenFile::Handle(h) => {
            let r = h.borrow_mut().read(buf);
            note_blocked(interp, fd, false, &r);
            r
        }
    })
}

/// [`would_block`] after a call that failed with EAGAIN.
fn note_blocked<T>(interp: &mut Interp, fd: i32, write: bool, r: &io::Result<T>) {
    if matches!(r, Err(e) if e.kind() == io::ErrorKind::WouldBlock) {
        would_block(interp, fd, write);
    }
}

/// Reads up to `n` bytes from `fd` (fewer at the end of the file).
pub fn read(interp: &mut Interp, fd: i32, n: usize) -> PyResult<Vec<u8>> {
    let mut buf = Vec::new();
    interp.reserve_exact(&mut buf, n)?;
    buf.resize(n, 0);
    let got = read_into(interp, fd, &mut buf)?;
    buf.truncate(got);
    Ok(buf)
}

/// Writes some of `data` to `fd`, returning how many bytes were written.
pub fn write(interp: &mut Interp, fd: i32, data: &[u8]) -> PyResult<usize> {
    retrying(interp, |interp| match lookup(interp, fd)? {
        OpenFile::Std(1) => interp.stdout.write_all(data).map(|_| data.len()),
        OpenFile::Std(2) => {
            let _ = interp.stdout.flush();
            interp.stderr.write_all(data)?;
            interp.stderr.flush().map(|_| data.len())
        }
        OpenFile::Std(_) => bad_fd(),
        OpenFile::Handle(h) => {
            let r = h.borrow_mut().write(data);
            note_blocked(interp, fd, true, &r);
            r
        }
    })
}

/// Runs `op` on the handle `fd` names; on a standard stream fails with `std_errno`.
fn on_handle<T>(
    interp: &mut Interp,
    fd: i32,
    std_errno: i32,
    mut op: impl FnMut(&mut dyn fs::FileHandle) -> io::Result<T>,
) -> PyResult<T> {
    retrying(interp, |interp| match lookup(interp, fd)? {
        OpenFile::Std(_) => Err(io::Error::from_raw_os_error(std_errno)),
        OpenFile::Handle(h) => op(h.borrow_mut().as_mut()),
    })
}

/// Pushes out what the interpreter's writer holds when `fd` is its standard output or error.
pub fn flush_std(interp: &mut Interp, fd: i32) {
    if let Ok(OpenFile::Std(1 | 2)) = lookup(interp, fd) {
        interp.flush();
    }
}

/// Moves the position of `fd`.
pub fn seek(interp: &mut Interp, fd: i32, pos: io::SeekFrom) -> PyResult<u64> {
    on_handle(interp, fd, libc::ESPIPE, |h| h.seek(pos))
}

/// Cuts or extends the file `fd` to `len` bytes.
pub fn truncate(interp: &mut Interp, fd: i32, len: u64) -> PyResult<()> {
    on_handle(interp, fd, libc::EINVAL, |h| h.set_len(len))
}

/// `os.fstat(fd)`.
pub fn fstat(interp: &mut Interp, fd: i32) -> PyResult<Metadata> {
    retrying(interp, |interp| match lookup(interp, fd)? {
        OpenFile::Std(n) => std_metadata(n),
        OpenFile::Handle(h) => h.borrow().metadata(),
    })
}

/// Flushes `fd` to storage.
pub fn fsync(interp: &mut Interp, fd: i32) -> PyResult<()> {
    on_handle(interp, fd, libc::EINVAL, |h| h.sync())
}

/// Whether `fd` is a terminal (false for descriptors not held).
pub fn isatty(interp: &mut Interp, fd: i32) -> bool {
    let captured = interp.embedder.is_some();
    let entry = system(interp).fds.borrow().get(fd);
    match entry {
        Some(OpenFile::Std(n)) => {
            // SAFETY: isatty only inspects the descriptor.
            !captured && unsafe { libc::isatty(n as i32) } == 1
        }
        Some(OpenFile::Handle(h)) => h.borrow().is_terminal(),
        None => false,
    }
}

/// Closes `fd` (EBADF when it is not open).
pub fn close(interp: &mut Interp, fd: i32) -> PyResult<()> {
    let removed = system(interp).fds.borrow_mut().remove(fd);
    match removed {
        Some(_) => Ok(()),
        None => Err(os_error_errno(interp, libc::EBADF, None, None)),
    }
}

/// The metadata of a standard stream.
fn std_metadata(stream: u8) -> io::Result<Metadata> {
    // SAFETY: `st` is written by fstat before it is read.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(stream as i32, &mut st) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(Metadata {
        mode: st.st_mode,
        ino: st.st_ino,
        dev: st.st_dev,
        nlink: st.st_nlink,
        uid: st.st_uid,
        gid: st.st_gid,
        size: st.st_size as u64,
        atime_ns: st.st_atime as i128 * 1_000_000_000 + st.st_atime_nsec as i128,
        mtime_ns: st.st_mtime as i128 * 1_000_000_000 + st.st_mtime_nsec as i128,
        ctime_ns: st.st_ctime as i128 * 1_000_000_000 + st.st_ctime_nsec as i128,
        blksize: st.st_blksize as u64,
        blocks: st.st_blocks as u64,
        rdev: st.st_rdev,
    })
}
