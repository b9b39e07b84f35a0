//! The `_socket.socket` type: one kernel socket, its blocking mode or timeout,
//! and the calls on it. With a timeout the descriptor is non-blocking and a call
//! that would block waits with poll(2) until the deadline; with none (blocking)
//! the call blocks in the kernel; with 0.0 it fails with BlockingIOError.

use crate::vm::types::Exc;
use super::addr::{self, SockAddr};
use crate::modules::os::args::{self, parse, Sig};
use crate::objects::buffer;
use crate::system::fds::FdTable;
use crate::system::{self, real_fs::RealFile};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::os::unix::io::FromRawFd;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// A socket object.
pub struct Socket {
    /// The descriptor (the script's number is the kernel's); -1 once closed or detached.
    pub fd: Cell<i32>,
    pub family: Cell<i32>,
    pub kind: Cell<i32>,
    pub proto: Cell<i32>,
    /// Seconds; negative for None (blocking).
    pub timeout: Cell<f64>,
    table: RefCell<Option<Rc<RefCell<FdTable>>>>,
}

impl NativeObject for Socket {
    fn type_name(&self) -> &str {
        "socket"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 {
            if let Some(table) = self.table.get_mut() {
                if let Ok(mut t) = table.try_borrow_mut() {
                    t.remove(fd);
                }
            }
        }
    }
}

impl Socket {
    fn blank() -> Socket {
        Socket {
            fd: Cell::new(-1),
            family: Cell::new(libc::AF_INET),
            kind: Cell::new(libc::SOCK_STREAM),
            proto: Cell::new(0),
            timeout: Cell::new(-1.0),
            table: RefCell::new(None),
        }
    }
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn errno_error(interp: &mut Interp, code: i32) -> Value {
    system::os_error_errno(interp, code, None, None)
}

/// Enters a new kernel descriptor in the script's table (it closes it when removed).
pub fn install_fd(interp: &mut Interp, fd: i32) {
    // SAFETY: `fd` was just made by the kernel and is owned by nothing else.
    let file = unsafe { std::fs::File::from_raw_fd(fd) };
    system::system(interp).fds.borrow_mut().install(Box::new(RealFile(file)));
}

/// Closes `fd` through the table (or directly when the table does not hold it).
pub fn close_fd(interp: &mut Interp, fd: i32) -> PyResult<()> {
    let removed = system::system(interp).fds.borrow_mut().remove(fd);
    if removed.is_none() {
        // SAFETY: closing a descriptor the script named; errors are reported.
        if unsafe { libc::close(fd) } != 0 {
            let e = last_errno();
            if e != libc::ECONNRESET {
                return Err(errno_error(interp, e));
            }
        }
    }
    Ok(())
}

fn set_nonblocking(fd: i32, on: bool) {
    // SAFETY: fcntl on a descriptor; failures leave the flags as they were.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags >= 0 {
            let new = if on { flags | libc::O_NONBLOCK } else { flags & !libc::O_NONBLOCK };
            if new != flags {
                libc::fcntl(fd, libc::F_SETFL, new);
            }
        }
    }
}

/// Makes `s` own `fd`, with the default timeout applied.
fn adopt(interp: &mut Interp, s: &Socket, fd: i32, family: i32, kind: i32, proto: i32) {
    s.fd.set(fd);
    s.family.set(family);
    s.kind.set(kind & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC));
    s.proto.set(proto);
    let t = super::state(interp).default_timeout.get();
    s.timeout.set(t);
    if kind & libc::SOCK_NONBLOCK != 0 {
        s.timeout.set(0.0);
    }
    set_nonblocking(fd, s.timeout.get() >= 0.0);
    let table = system::system(interp).fds.clone();
    if !table.borrow().contains(fd) {
        install_fd(interp, fd);
    }
    *s.table.borrow_mut() = Some(table);
}

fn new_socket(interp: &mut Interp, family: i32, kind: i32, proto: i32) -> PyResult<i32> {
    system::check_network(interp)?;
    // SAFETY: socket(2) returns a new descriptor or -1.
    let fd = unsafe { libc::socket(family, kind | libc::SOCK_CLOEXEC, proto) };
    if fd < 0 {
        return Err(errno_error(interp, last_errno()));
    }
    Ok(fd)
}

fn sockopt_int(fd: i32, opt: i32) -> Option<i32> {
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `v` is writable for `len` bytes.
    let r = unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, opt, &mut v as *mut _ as *mut libc::c_void, &mut len) };
    (r == 0).then_some(v)
}

const INIT: Sig = Sig::new("socket", &["family", "type", "proto", "fileno"], 0, &[]);

fn init_from(interp: &mut Interp, s: &Socket, args: &[Value], kwargs: KwArgs) -> PyResult<()> {
    let p = parse(interp, &INIT, args, kwargs)?;
    let num = |interp: &mut Interp, i: usize| -> PyResult<i64> {
        match p.opt(i) {
            Some(v) => args::int(interp, v),
            None => Ok(-1),
        }
    };
    let mut family = num(interp, 0)? as i32;
    let mut kind = num(interp, 1)? as i32;
    let mut proto = num(interp, 2)? as i32;
    if let Some(f) = p.opt(3) {
        let fd = args::int(interp, f)?;
        if fd < 0 {
            return Err(interp.value_error("negative file descriptor"));
        }
        let fd = fd as i32;
        let Some(t) = sockopt_int(fd, libc::SO_TYPE) else {
            return Err(errno_error(interp, last_errno()));
        };
        if family == -1 {
            family = sockopt_int(fd, libc::SO_DOMAIN).unwrap_or(libc::AF_INET);
        }
        if kind == -1 {
            kind = t;
        }
        if proto == -1 {
            proto = sockopt_int(fd, libc::SO_PROTOCOL).unwrap_or(0);
        }
        adopt(interp, s, fd, family, kind, proto);
        return Ok(());
    }
    if family == -1 {
        family = libc::AF_INET;
    }
    if kind == -1 {
        kind = libc::SOCK_STREAM;
    }
    if proto == -1 {
        proto = 0;
    }
    let fd = new_socket(interp, family, kind, proto)?;
    adopt(interp, s, fd, family, kind, proto);
    Ok(())
}

fn ctor(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = Socket::blank();
    init_from(interp, &s, args, kwargs)?;
    Ok(Value::native(Rc::new(s)))
}

fn sock_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (Some(Value::Class(owner)), Some(Value::Class(cls))) = (args.first(), args.get(1)) else {
        return Err(interp.type_error("socket.__new__(X): X is not a type object"));
    };
    let value = Value::native(Rc::new(Socket::blank()));
    if Rc::ptr_eq(owner, cls) {
        return Ok(value);
    }
    let cls = cls.clone();
    Ok(interp.new_instance_with_base(&cls, value))
}

fn sock_init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    if s.fd.get() >= 0 {
        return Ok(Value::None);
    }
    init_from(interp, &s, &args[1..], kwargs)?;
    Ok(Value::None)
}

/// The socket a method is called on.
pub fn this(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<Socket>> {
    if let Some(v) = args.first() {
        let v = v.builtin_value();
        if let Value::Native(n) = v {
            if let Some(s) = downcast_rc::<Socket>(n) {
                return Ok(s);
            }
        }
    }
    let got = args.first().map(|v| interp.type_name(v)).unwrap_or_else(|| "nothing".into());
    Err(interp.type_error(format!("descriptor requires a '_socket.socket' object but received a '{got}'")))
}

fn open_fd(interp: &mut Interp, s: &Socket) -> PyResult<i32> {
    let fd = s.fd.get();
    if fd < 0 {
        return Err(errno_error(interp, libc::EBADF));
    }
    Ok(fd)
}

fn timed_out(interp: &mut Interp) -> Value {
    interp.new_error(Exc::TimeoutError, "timed out")
}

/// Waits until `fd` is ready (for writing when `write`) or `deadline` passes.
fn wait_ready(interp: &mut Interp, fd: i32, write: bool, deadline: Instant) -> PyResult<()> {
    let remaining = deadline.saturating_duration_since(Instant::now());
    if remaining.is_zero() {
        return Err(timed_out(interp));
    }
    let events = if write { libc::POLLOUT } else { libc::POLLIN };
    let mut p = [libc::pollfd { fd, events, revents: 0 }];
    let n = crate::modules::_select::wait(interp, &mut p, Some(remaining))?;
    if n == 0 {
        return Err(timed_out(interp));
    }
    Ok(())
}

fn deadline_of(s: &Socket) -> Option<Instant> {
    let t = s.timeout.get();
    (t > 0.0).then(|| Instant::now() + Duration::from_secs_f64(t.min(1e9)))
}

/// Runs the system call `op` on the socket's descriptor by the socket's mode:
/// retried after EINTR; after EAGAIN, waited for when the socket has a
/// timeout, else raised (BlockingIOError). Returns `op`'s non-negative result.
fn io_call(
    interp: &mut Interp,
    s: &Socket,
    write: bool,
    deadline: Option<Instant>,
    mut op: impl FnMut(i32) -> isize,
) -> PyResult<isize> {
    let fd = open_fd(interp, s)?;
    loop {
        let r = op(fd);
        if r >= 0 {
            return Ok(r);
        }
        let e = last_errno();
        if e == libc::EINTR {
            interp.check_interrupt()?;
            continue;
        }
        if e == libc::EAGAIN || e == libc::EWOULDBLOCK {
            system::would_block(interp, fd, write);
            if let Some(d) = deadline {
                wait_ready(interp, fd, write, d)?;
                continue;
            }
        }
        return Err(errno_error(interp, e));
    }
}

/// The size of a writable buffer argument of `func`.
fn writable(interp: &mut Interp, v: &Value, func: &str) -> PyResult<usize> {
    if matches!(v.builtin_value(), Value::ByteArray(_) | Value::MemoryView(_)) || buffer::array_store(v).is_some() {
        return buffer::writable_len(interp, v, func);
    }
    let t = interp.type_name(v);
    Err(interp.type_error(format!("{func}() argument 1 must be read-write bytes-like object, not {t}")))
}

fn bufsize_arg(interp: &mut Interp, v: &Value, what: &str) -> PyResult<usize> {
    let n = args::int(interp, v)?;
    if n < 0 {
        return Err(interp.value_error(format!("negative buffersize in {what}")));
    }
    Ok(n as usize)
}

fn flags_arg(interp: &mut Interp, v: Option<&Value>) -> PyResult<i32> {
    match v {
        Some(v) => Ok(args::int(interp, v)? as i32),
        None => Ok(0),
    }
}

thread_local! {
    /// A buffer reused by receives, so that a large `recv(n)` with little
    /// waiting neither zeroes nor allocates n bytes each time.
    static SCRATCH: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Largest scratch buffer kept between calls.
const SCRATCH_KEEP: usize = 1 << 20;

/// Runs `f` on a scratch buffer of `n` bytes (taken out of the thread's slot
/// while in use, so a receive in a signal handler gets its own).
fn with_scratch<T>(n: usize, f: impl FnOnce(&mut [u8]) -> T) -> T {
    let mut buf = SCRATCH.with(|c| c.take());
    if buf.len() < n {
        buf.resize(n, 0);
    }
    let r = f(&mut buf[..n]);
    if buf.len() <= SCRATCH_KEEP {
        SCRATCH.with(|c| c.set(buf));
    }
    r
}

/// `recv(n)`: the bytes received.
fn recv_bytes(interp: &mut Interp, s: &Socket, n: usize, flags: i32) -> PyResult<Vec<u8>> {
    with_scratch(n, |buf| {
        let got = recv_raw(interp, s, buf, flags)?;
        Ok(buf[..got].to_vec())
    })
}

fn recv_raw(interp: &mut Interp, s: &Socket, buf: &mut [u8], flags: i32) -> PyResult<usize> {
    let deadline = deadline_of(s);
    let ptr = buf.as_mut_ptr();
    let len = buf.len();
    // SAFETY: `ptr` is writable for `len` bytes during the call.
    let n = io_call(interp, s, false, deadline, |fd| unsafe { libc::recv(fd, ptr as *mut libc::c_void, len, flags) })?;
    let n = n as usize;
    if n > 0 && n < len && s.kind.get() == libc::SOCK_STREAM && flags & libc::MSG_PEEK == 0 {
        // A short read emptied the stream's queue: what arrives next makes a new
        // edge, so a reactor need not try again to see EAGAIN.
        system::drained(interp, s.fd.get(), false);
    }
    Ok(n)
}

fn recvfrom_raw(interp: &mut Interp, s: &Socket, buf: &mut [u8], flags: i32) -> PyResult<(usize, Value)> {
    let deadline = deadline_of(s);
    let ptr = buf.as_mut_ptr();
    let len = buf.len();
    let mut sa = SockAddr::empty();
    let n = io_call(interp, s, false, deadline, |fd| {
        sa.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: the buffer and the address are writable for the lengths given.
        unsafe { libc::recvfrom(fd, ptr as *mut libc::c_void, len, flags, sa.mut_ptr(), &mut sa.len) }
    })?;
    Ok((n as usize, addr::to_value(&sa)))
}

fn recv(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "recv", &args[1..], 1, 2)?;
    let n = bufsize_arg(interp, &args[1], "recv")?;
    let flags = flags_arg(interp, args.get(2))?;
    let data = recv_bytes(interp, &s, n, flags)?;
    Ok(Value::bytes(data))
}

fn recv_into(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("recv_into", &["buffer", "nbytes", "flags"], 1, &[]);
    let s = this(interp, args)?;
    let p = parse(interp, &SIG, &args[1..], kwargs)?;
    let target = p.req(0).clone();
    let cap = writable(interp, &target, "recv_into")?;
    let want = match p.get(1) {
        Some(v) => bufsize_arg(interp, v, "recv_into")?,
        None => 0,
    };
    if want > cap {
        return Err(interp.value_error("buffer too small for requested bytes"));
    }
    let want = if want == 0 { cap } else { want };
    let flags = flags_arg(interp, p.get(2))?;
    let got = with_scratch(want, |buf| {
        let got = recv_raw(interp, &s, buf, flags)?;
        buffer::write_into(&target, &buf[..got]);
        Ok::<_, Value>(got)
    })?;
    Ok(Value::Int(got as i64))
}

fn recvfrom(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "recvfrom", &args[1..], 1, 2)?;
    let n = bufsize_arg(interp, &args[1], "recvfrom")?;
    let flags = flags_arg(interp, args.get(2))?;
    let (data, from) = with_scratch(n, |buf| {
        let (got, from) = recvfrom_raw(interp, &s, buf, flags)?;
        Ok::<_, Value>((buf[..got].to_vec(), from))
    })?;
    Ok(Value::tuple(vec![Value::bytes(data), from]))
}

fn recvfrom_into(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("recvfrom_into", &["buffer", "nbytes", "flags"], 1, &[]);
    let s = this(interp, args)?;
    let p = parse(interp, &SIG, &args[1..], kwargs)?;
    let target = p.req(0).clone();
    let cap = writable(interp, &target, "recvfrom_into")?;
    let want = match p.get(1) {
        Some(v) => bufsize_arg(interp, v, "recvfrom_into")?,
        None => 0,
    };
    if want > cap {
        return Err(interp.value_error("nbytes is greater than the length of the buffer"));
    }
    let want = if want == 0 { cap } else { want };
    let flags = flags_arg(interp, p.get(2))?;
    let (got, from) = with_scratch(want, |buf| {
        let (got, from) = recvfrom_raw(interp, &s, buf, flags)?;
        buffer::write_into(&target, &buf[..got]);
        Ok::<_, Value>((got, from))
    })?;
    Ok(Value::tuple(vec![Value::Int(got as i64), from]))
}

/// The bytes of a bytes-like argument, read in place at each attempt of a call
/// (a bytearray is borrowed only for the system call, never while a signal
/// handler may run); only a non-contiguous memoryview is copied.
enum Data {
    Shared(Rc<Vec<u8>>),
    Array(Rc<crate::vm::buffers::ByteArrayObj>),
    View(Rc<crate::vm::buffers::Export>, usize, usize),
    Owned(Vec<u8>),
}

impl Data {
    fn of(interp: &mut Interp, v: &Value) -> PyResult<Data> {
        match v.builtin_value() {
            Value::Bytes(b) => Ok(Data::Shared(b.clone())),
            Value::ByteArray(b) => Ok(Data::Array(b.clone())),
            Value::MemoryView(m) => {
                let Some(ex) = m.live() else { return Err(buffer::released_error(interp)) };
                let l = &m.layout;
                if l.c_contiguous() && l.offset >= 0 {
                    let start = l.offset as usize;
                    Ok(Data::View(ex, start, start + l.items() * l.itemsize))
                } else {
                    Ok(Data::Owned(m.to_bytes().unwrap_or_default()))
                }
            }
            _ => Ok(Data::Owned(buffer::require(interp, v)?.into_vec())),
        }
    }

    /// Calls `f` with the bytes from `offset` on.
    fn with<T>(&self, offset: usize, f: impl FnOnce(&[u8]) -> T) -> T {
        match self {
            Data::Shared(b) => f(b.get(offset..).unwrap_or(&[])),
            Data::Array(b) => f(b.data.borrow().get(offset..).unwrap_or(&[])),
            Data::View(ex, start, end) => ex.with(|all| {
                let end = (*end).min(all.len());
                let from = (start + offset).min(end);
                f(&all[from..end])
            }),
            Data::Owned(b) => f(b.get(offset..).unwrap_or(&[])),
        }
    }

    fn len(&self) -> usize {
        self.with(0, |b| b.len())
    }
}

fn send_raw(
    interp: &mut Interp,
    s: &Socket,
    data: &Data,
    offset: usize,
    flags: i32,
    deadline: Option<Instant>,
) -> PyResult<usize> {
    let flags = flags | libc::MSG_NOSIGNAL;
    let mut len = 0;
    let n = io_call(interp, s, true, deadline, |fd| {
        data.with(offset, |b| {
            len = b.len();
            // SAFETY: `b` is readable for its length during the call.
            unsafe { libc::send(fd, b.as_ptr() as *const libc::c_void, b.len(), flags) }
        })
    })?;
    let n = n as usize;
    if n < len && s.kind.get() == libc::SOCK_STREAM {
        // A short write filled the send buffer (see `recv_raw`).
        system::drained(interp, s.fd.get(), true);
    }
    Ok(n)
}

fn send(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "send", &args[1..], 1, 2)?;
    let data = Data::of(interp, &args[1])?;
    let flags = flags_arg(interp, args.get(2))?;
    let deadline = deadline_of(&s);
    Ok(Value::Int(send_raw(interp, &s, &data, 0, flags, deadline)? as i64))
}

fn sendall(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "sendall", &args[1..], 1, 2)?;
    let data = Data::of(interp, &args[1])?;
    let flags = flags_arg(interp, args.get(2))?;
    let deadline = deadline_of(&s);
    let mut done = 0;
    while done < data.len() {
        done += send_raw(interp, &s, &data, done, flags, deadline)?;
        interp.check_interrupt()?;
    }
    Ok(Value::None)
}

fn sendto(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "sendto", &args[1..], 2, 3)?;
    let data = buffer::require(interp, &args[1])?;
    let (flags, target) = if args.len() == 4 { (flags_arg(interp, Some(&args[2]))?, &args[3]) } else { (0, &args[2]) };
    let sa = addr::parse(interp, s.family.get(), target, "sendto")?;
    let deadline = deadline_of(&s);
    let ptr = data.as_ptr();
    let len = data.len();
    let flags = flags | libc::MSG_NOSIGNAL;
    // SAFETY: data and address are readable for their lengths during the call.
    let n = io_call(interp, &s, true, deadline, |fd| unsafe {
        libc::sendto(fd, ptr as *const libc::c_void, len, flags, sa.ptr(), sa.len)
    })?;
    Ok(Value::Int(n as i64))
}

fn bind(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "bind", &args[1..], 1, 1)?;
    let sa = addr::parse(interp, s.family.get(), &args[1], "bind")?;
    let fd = open_fd(interp, &s)?;
    // SAFETY: the address is valid for its length.
    if unsafe { libc::bind(fd, sa.ptr(), sa.len) } != 0 {
        return Err(errno_error(interp, last_errno()));
    }
    Ok(Value::None)
}

fn listen(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "listen", &args[1..], 0, 1)?;
    let backlog = match args.get(1) {
        Some(v) => args::int(interp, v)?.max(0) as i32,
        None => libc::SOMAXCONN.min(128),
    };
    let fd = open_fd(interp, &s)?;
    // SAFETY: listen on a descriptor.
    if unsafe { libc::listen(fd, backlog) } != 0 {
        return Err(errno_error(interp, last_errno()));
    }
    Ok(Value::None)
}

/// Connects; returns 0 or the error number (EINPROGRESS in non-blocking mode).
fn connect_raw(interp: &mut Interp, s: &Socket, target: &Value, caller: &str) -> PyResult<i32> {
    let sa = addr::parse(interp, s.family.get(), target, caller)?;
    let fd = open_fd(interp, s)?;
    // SAFETY: the address is valid for its length.
    let r = unsafe { libc::connect(fd, sa.ptr(), sa.len) };
    if r == 0 {
        return Ok(0);
    }
    let e = last_errno();
    let t = s.timeout.get();
    let pending = e == libc::EINPROGRESS || (e == libc::EINTR && t != 0.0);
    if !pending {
        return Ok(e);
    }
    if t == 0.0 {
        system::would_block(interp, fd, true);
        return Ok(e);
    }
    if e == libc::EINTR {
        interp.check_interrupt()?;
    }
    // Wait until the connection is made (or failed).
    let deadline = if t > 0.0 { Instant::now() + Duration::from_secs_f64(t.min(1e9)) } else { Instant::now() + Duration::from_secs(1 << 40) };
    wait_ready(interp, fd, true, deadline)?;
    Ok(sockopt_int(fd, libc::SO_ERROR).unwrap_or(0))
}

fn connect(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "connect", &args[1..], 1, 1)?;
    match connect_raw(interp, &s, &args[1], "connect")? {
        0 => Ok(Value::None),
        e => Err(errno_error(interp, e)),
    }
}

fn connect_ex(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "connect_ex", &args[1..], 1, 1)?;
    let r = connect_raw(interp, &s, &args[1], "connect_ex");
    match r {
        Ok(e) => Ok(Value::Int(e as i64)),
        Err(e) if interp.is_exc(&e, Exc::TimeoutError) => Ok(Value::Int(libc::EAGAIN as i64)),
        Err(e) => Err(e),
    }
}

/// `_accept()`: `(fd, address)` of a new connection (socket.py wraps it).
fn accept(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    let deadline = deadline_of(&s);
    let mut sa = SockAddr::empty();
    let fd = io_call(interp, &s, false, deadline, |fd| {
        sa.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: the address is writable for its length.
        unsafe { libc::accept4(fd, sa.mut_ptr(), &mut sa.len, libc::SOCK_CLOEXEC) as isize }
    })? as i32;
    install_fd(interp, fd);
    Ok(Value::tuple(vec![Value::Int(fd as i64), addr::to_value(&sa)]))
}

fn close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    let fd = s.fd.replace(-1);
    if fd >= 0 {
        close_fd(interp, fd)?;
    }
    Ok(Value::None)
}

fn detach(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    Ok(Value::Int(s.fd.replace(-1) as i64))
}

fn fileno(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    Ok(Value::Int(s.fd.get() as i64))
}

fn name_call(
    interp: &mut Interp,
    args: &[Value],
    f: unsafe extern "C" fn(i32, *mut libc::sockaddr, *mut libc::socklen_t) -> i32,
) -> PyResult<Value> {
    let s = this(interp, args)?;
    let fd = open_fd(interp, &s)?;
    let mut sa = SockAddr::empty();
    // SAFETY: the address is writable for its length.
    if unsafe { f(fd, sa.mut_ptr(), &mut sa.len) } != 0 {
        return Err(errno_error(interp, last_errno()));
    }
    if s.family.get() == libc::AF_UNIX && sa.len as usize <= std::mem::size_of::<libc::sa_family_t>() {
        return Ok(Value::str(""));
    }
    Ok(addr::to_value(&sa))
}

fn getsockname(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    name_call(interp, args, libc::getsockname)
}

fn getpeername(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    name_call(interp, args, libc::getpeername)
}

fn setsockopt(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "setsockopt", &args[1..], 3, 4)?;
    let level = args::int(interp, &args[1])? as i32;
    let opt = args::int(interp, &args[2])? as i32;
    let fd = open_fd(interp, &s)?;
    let r = if args.len() == 5 {
        if !args[3].is_none() {
            return Err(interp.type_error("setsockopt() takes 3 arguments or 4 with None as the third"));
        }
        let len = args::int(interp, &args[4])? as libc::socklen_t;
        // SAFETY: a null value with a length, as the call allows.
        unsafe { libc::setsockopt(fd, level, opt, std::ptr::null(), len) }
    } else if let Some(b) = buffer::buffer(interp, &args[3])? {
        // SAFETY: the buffer is readable for its length.
        unsafe { libc::setsockopt(fd, level, opt, b.as_ptr() as *const libc::c_void, b.len() as libc::socklen_t) }
    } else {
        let v = args::int(interp, &args[3])? as libc::c_int;
        let size = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: `v` is readable for its size.
        unsafe { libc::setsockopt(fd, level, opt, &v as *const _ as *const libc::c_void, size) }
    };
    if r != 0 {
        return Err(errno_error(interp, last_errno()));
    }
    Ok(Value::None)
}

fn getsockopt(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "getsockopt", &args[1..], 2, 3)?;
    let level = args::int(interp, &args[1])? as i32;
    let opt = args::int(interp, &args[2])? as i32;
    let fd = open_fd(interp, &s)?;
    match args.get(3) {
        None => {
            let mut v: libc::c_int = 0;
            let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
            // SAFETY: `v` is writable for `len` bytes.
            if unsafe { libc::getsockopt(fd, level, opt, &mut v as *mut _ as *mut libc::c_void, &mut len) } != 0 {
                return Err(errno_error(interp, last_errno()));
            }
            Ok(Value::Int(v as i64))
        }
        Some(n) => {
            let n = args::int(interp, n)?;
            if !(0..=1024).contains(&n) {
                return Err(interp.new_error(Exc::OSError, "getsockopt buflen out of range"));
            }
            let mut buf = vec![0u8; n as usize];
            let mut len = n as libc::socklen_t;
            // SAFETY: `buf` is writable for `len` bytes.
            if unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr() as *mut libc::c_void, &mut len) } != 0 {
                return Err(errno_error(interp, last_errno()));
            }
            buf.truncate(len as usize);
            Ok(Value::bytes(buf))
        }
    }
}

fn shutdown(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "shutdown", &args[1..], 1, 1)?;
    let how = args::int(interp, &args[1])? as i32;
    let fd = open_fd(interp, &s)?;
    // SAFETY: shutdown on a descriptor.
    if unsafe { libc::shutdown(fd, how) } != 0 {
        return Err(errno_error(interp, last_errno()));
    }
    Ok(Value::None)
}

fn apply_timeout(s: &Socket, t: f64) {
    s.timeout.set(t);
    let fd = s.fd.get();
    if fd >= 0 {
        set_nonblocking(fd, t >= 0.0);
    }
}

fn setblocking(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "setblocking", &args[1..], 1, 1)?;
    let on = interp.truthy(&args[1])?;
    open_fd(interp, &s)?;
    apply_timeout(&s, if on { -1.0 } else { 0.0 });
    Ok(Value::None)
}

fn getblocking(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    open_fd(interp, &s)?;
    Ok(Value::Bool(s.timeout.get() != 0.0))
}

fn settimeout(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    crate::objects::check_args(interp, "settimeout", &args[1..], 1, 1)?;
    let t = super::timeout_value(interp, &args[1])?;
    apply_timeout(&s, t);
    Ok(Value::None)
}

fn gettimeout(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    let t = s.timeout.get();
    Ok(if t < 0.0 { Value::None } else { Value::Float(t) })
}

fn family(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(interp, args)?.family.get() as i64))
}

fn kind(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(interp, args)?.kind.get() as i64))
}

fn proto(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(interp, args)?.proto.get() as i64))
}

fn timeout_prop(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    gettimeout(interp, args, kwargs)
}

/// `socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)`: two connected `_socket.socket`s.
pub fn socketpair(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("socketpair", &["family", "type", "proto"], 0, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let family = match p.opt(0) {
        Some(v) => args::int(interp, v)? as i32,
        None => libc::AF_UNIX,
    };
    let kind = match p.opt(1) {
        Some(v) => args::int(interp, v)? as i32,
        None => libc::SOCK_STREAM,
    };
    let proto = match p.opt(2) {
        Some(v) => args::int(interp, v)? as i32,
        None => 0,
    };
    system::check_network(interp)?;
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::socketpair(family, kind | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) } != 0 {
        return Err(errno_error(interp, last_errno()));
    }
    let mut out = Vec::new();
    for fd in fds {
        let s = Socket::blank();
        adopt(interp, &s, fd, family, kind, proto);
        out.push(Value::native(Rc::new(s)));
    }
    Ok(Value::tuple(out))
}

fn add_property(cls: &Rc<Class>, name: &str, getter: NativeFn) {
    crate::modules::io::add_property(cls, name, getter);
}

/// Makes the `_socket.socket` class.
pub fn register_class(interp: &mut Interp) -> Rc<Class> {
    let object = interp.types.object.clone();
    let cls = crate::vm::types::native_class(interp, "socket", &object, "_socket");
    crate::objects::builtin_subclass::set_constructor(&cls, ctor);
    let new = BuiltinFunction {
        name: "__new__".into(),
        func: sock_new,
        bound: Some(Value::Class(cls.clone())),
        with_caller: None,
        on_builtin_value: false,
        sig: None,
    };
    cls.dict.borrow_mut().set_str("__new__", Value::Builtin(Rc::new(new)));
    let methods: &[(&str, NativeFn)] = &[
        ("__init__", sock_init),
        ("_accept", accept),
        ("bind", bind),
        ("close", close),
        ("connect", connect),
        ("connect_ex", connect_ex),
        ("detach", detach),
        ("fileno", fileno),
        ("getpeername", getpeername),
        ("getsockname", getsockname),
        ("getsockopt", getsockopt),
        ("setsockopt", setsockopt),
        ("listen", listen),
        ("recv", recv),
        ("recv_into", recv_into),
        ("recvfrom", recvfrom),
        ("recvfrom_into", recvfrom_into),
        ("send", send),
        ("sendall", sendall),
        ("sendto", sendto),
        ("setblocking", setblocking),
        ("getblocking", getblocking),
        ("settimeout", settimeout),
        ("gettimeout", gettimeout),
        ("shutdown", shutdown),
    ];
    for (name, f) in methods {
        crate::objects::add_method(&cls, name, *f);
    }
    add_property(&cls, "family", family);
    add_property(&cls, "type", kind);
    add_property(&cls, "proto", proto);
    add_property(&cls, "timeout", timeout_prop);
    cls
}
