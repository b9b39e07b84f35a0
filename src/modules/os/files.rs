//! The `posix` functions on files and descriptors: `stat`, `open`, `read`,
//! `write`, `remove`, `rename`, links, `chmod`, `utime`, `access`. Each path
//! goes through the policy (`system::check_path`) and the file system in use.

use crate::vm::types::Exc;
use super::args::{self, parse, Sig};
use super::path_arg::{self, PathArg, Target};
use super::structseq;
use crate::system::{self, fs::Metadata, fs::OpenOptions};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::io;
use crate::modules::_offload::Offload;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("stat", stat),
    ("lstat", lstat),
    ("fstat", fstat),
    ("open", open),
    ("read", read),
    ("write", write),
    ("close", close),
    ("closerange", closerange),
    ("lseek", lseek),
    ("fsync", fsync),
    ("fdatasync", fsync),
    ("ftruncate", ftruncate),
    ("truncate", truncate),
    ("isatty", isatty),
    ("pipe", pipe),
    ("dup", dup),
    ("remove", remove),
    ("unlink", unlink),
    ("rename", rename),
    ("replace", replace),
    ("symlink", symlink),
    ("readlink", readlink),
    ("link", link),
    ("chmod", chmod),
    ("fchmod", fchmod),
    ("chown", chown),
    ("lchown", lchown),
    ("utime", utime),
    ("access", access),
    ("get_inheritable", get_inheritable),
    ("set_inheritable", set_inheritable),
    ("get_blocking", get_blocking),
    ("set_blocking", set_blocking),
];

/// The `OSError` for `e` on the path `p`.
pub fn path_error(interp: &mut Interp, e: &io::Error, p: &PathArg) -> Value {
    system::os_error(interp, e, Some(p.shown.clone()), None)
}

fn int_value(n: i128) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::bigint(num_bigint::BigInt::from(n)),
    }
}

/// `os.stat_result` for `m`.
pub fn stat_value(interp: &mut Interp, m: &Metadata) -> Value {
    let secs = |ns: i128| int_value(ns.div_euclid(1_000_000_000));
    let float = |ns: i128| {
        Value::Float(ns.div_euclid(1_000_000_000) as f64 + ns.rem_euclid(1_000_000_000) as f64 * 1e-9)
    };
    let items = vec![
        Value::Int(m.mode as i64),
        int_value(m.ino as i128),
        int_value(m.dev as i128),
        int_value(m.nlink as i128),
        Value::Int(m.uid as i64),
        Value::Int(m.gid as i64),
        int_value(m.size as i128),
        secs(m.atime_ns),
        secs(m.mtime_ns),
        secs(m.ctime_ns),
    ];
    let extra = vec![
        float(m.atime_ns),
        float(m.mtime_ns),
        float(m.ctime_ns),
        int_value(m.atime_ns),
        int_value(m.mtime_ns),
        int_value(m.ctime_ns),
        int_value(m.blksize as i128),
        int_value(m.blocks as i128),
        int_value(m.rdev as i128),
    ];
    structseq::make(interp, &structseq::STAT_RESULT, items, extra)
}

/// Rejects a `dir_fd` other than None (descriptors of folders are not supported).
pub fn no_dir_fd(interp: &mut Interp, func: &str, v: Option<&Value>) -> PyResult<()> {
    match v {
        None | Some(Value::None) => Ok(()),
        Some(Value::Int(_) | Value::Bool(_)) => {
            Err(interp.new_error(Exc::NotImplementedError, format!("{func}: dir_fd unavailable on this platform")))
        }
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("argument should be integer or None, not {t}")))
        }
    }
}

/// The EBADF error for a descriptor the script does not hold, naming it.
fn check_fd(interp: &mut Interp, fd: i32) -> PyResult<()> {
    if system::system(interp).fds.borrow().contains(fd) {
        Ok(())
    } else {
        Err(system::os_error_errno(interp, libc::EBADF, Some(Value::Int(fd as i64)), None))
    }
}

/// The metadata of `p` (of a link itself unless `follow`), through the policy.
pub fn metadata(interp: &mut Interp, p: &PathArg, follow: bool) -> PyResult<Metadata> {
    if follow {
        system::check_path(interp, &p.path, false)?;
    } else {
        system::check_entry(interp, &p.path, false)?;
    }
    let fs = system::file_system(interp);
    fs.metadata(&p.path, follow).map_err(|e| path_error(interp, &e, p))
}

fn do_stat(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs, follow_default: bool) -> PyResult<Value> {
    const STAT: Sig = Sig::new("stat", &["path"], 1, &["dir_fd", "follow_symlinks"]);
    const LSTAT: Sig = Sig::new("lstat", &["path"], 1, &["dir_fd"]);
    let sig = if follow_default { &STAT } else { &LSTAT };
    let p = parse(interp, sig, args, kwargs)?;
    no_dir_fd(interp, name, p.get(1))?;
    let follow = if follow_default { args::flag(interp, p.get(2), true)? } else { false };
    let accepts = if follow_default { path_arg::PATH_OR_FD } else { path_arg::PATH };
    match path_arg::convert(interp, name, "path", p.req(0), accepts)? {
        Some(Target::Fd(fd)) => {
            check_fd(interp, fd)?;
            let m = system::fstat(interp, fd)?;
            Ok(stat_value(interp, &m))
        }
        Some(Target::Path(path)) => {
            let m = metadata(interp, &path, follow)?;
            Ok(stat_value(interp, &m))
        }
        None => Ok(Value::None),
    }
}

fn stat(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    do_stat(interp, "stat", args, kwargs, true)
}

fn lstat(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    do_stat(interp, "lstat", args, kwargs, false)
}

fn fd_only(interp: &mut Interp, name: &'static str, args: &[Value], kwargs: KwArgs) -> PyResult<i32> {
    let names: &'static [&'static str] = &["fd"];
    let sig = Sig { name, pos: names, required: 1, kwonly: &[] };
    let p = parse(interp, &sig, args, kwargs)?;
    args::fd(interp, p.req(0))
}

fn fstat(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let fd = fd_only(interp, "fstat", args, kwargs)?;
    let m = system::fstat(interp, fd)?;
    Ok(stat_value(interp, &m))
}

fn open(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("open", &["path", "flags", "mode"], 2, &["dir_fd"]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let path = path_arg::path(interp, "open", "path", p.req(0))?;
    let flags = args::int(interp, p.req(1))? as i32;
    let mode = match p.get(2) {
        Some(v) => args::int(interp, v)? as u32,
        None => 0o777,
    };
    no_dir_fd(interp, "open", p.get(3))?;
    let options = OpenOptions::from_flags(flags, mode);
    let fd = system::open(interp, &path.path, &options, &path.shown)?;
    Ok(Value::Int(fd as i64))
}

fn read(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "read", args, kwargs, 2, 2)?;
    let fd = args::fd(interp, &args[0])?;
    let n = args::int(interp, &args[1])?;
    if n < 0 {
        return Err(system::os_error_errno(interp, libc::EINVAL, None, None));
    }
    let data = system::read(interp, fd, n as usize)?;
    Ok(Value::bytes(data))
}

/// The bytes of a bytes-like argument.
pub fn bytes_arg(interp: &mut Interp, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.to_vec()),
        b if crate::objects::buffer::is_bytes_like(b) => Ok(crate::objects::buffer::require(interp, b)?.into_vec()),
        _ => {
            let t = interp.type_name(v);
            Err(interp.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

fn write(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "write", args, kwargs, 2, 2)?;
    let fd = args::fd(interp, &args[0])?;
    let data = bytes_arg(interp, &args[1])?;
    let n = system::write(interp, fd, &data)?;
    Ok(Value::Int(n as i64))
}

/// The entry points of `read` and `write`, by which `_offload` knows them.
pub const READ: NativeFn = read;
pub const WRITE: NativeFn = write;

/// Retries a system call interrupted by a signal; its result, or the errno.
fn retrying(mut call: impl FnMut() -> isize) -> Result<usize, i32> {
    loop {
        let n = call();
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO);
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

/// `os.read(fd, n)` as offloaded work (see `modules::_offload`): read(2) on
/// the kernel's descriptor on a worker thread. A descriptor with none (a
/// captured standard stream) is read here, at once.
pub fn read_offload(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Offload> {
    args::positional(interp, "read", args, kwargs, 2, 2)?;
    let fd = args::fd(interp, &args[0])?;
    let n = args::int(interp, &args[1])?;
    if n < 0 {
        return Err(system::os_error_errno(interp, libc::EINVAL, None, None));
    }
    let Ok(raw) = crate::modules::_select::raw_fd(interp, fd) else {
        return Ok(Offload::ready(read(interp, args, kwargs)));
    };
    // A read may return fewer bytes than asked: at most 64 MiB at a time.
    let n = (n as usize).min(1 << 26);
    Ok(Offload::new(
        move || {
            let mut buf = vec![0u8; n];
            // SAFETY: buf is writable for n bytes.
            let r = retrying(|| unsafe { libc::read(raw, buf.as_mut_ptr() as *mut libc::c_void, n) });
            r.map(|got| {
                buf.truncate(got);
                buf
            })
        },
        |interp, r| r.map(Value::bytes).map_err(|e| system::os_error_errno(interp, e, None, None)),
    ))
}

/// `os.write(fd, data)` as offloaded work: write(2) on a worker thread.
pub fn write_offload(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Offload> {
    args::positional(interp, "write", args, kwargs, 2, 2)?;
    let fd = args::fd(interp, &args[0])?;
    let data = bytes_arg(interp, &args[1])?;
    let Ok(raw) = crate::modules::_select::raw_fd(interp, fd) else {
        return Ok(Offload::ready(write(interp, args, kwargs)));
    };
    interp.flush();
    Ok(Offload::new(
        // SAFETY: data is readable for its length.
        move || retrying(|| unsafe { libc::write(raw, data.as_ptr() as *const libc::c_void, data.len()) }),
        |interp, r| r.map(|n| Value::Int(n as i64)).map_err(|e| system::os_error_errno(interp, e, None, None)),
    ))
}

fn close(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let fd = fd_only(interp, "close", args, kwargs)?;
    system::close(interp, fd)?;
    Ok(Value::None)
}

fn closerange(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "closerange", args, kwargs, 2, 2)?;
    let lo = args::fd(interp, &args[0])?;
    let hi = args::fd(interp, &args[1])?;
    for fd in lo.max(0)..hi {
        if system::system(interp).fds.borrow().contains(fd) {
            let _ = system::close(interp, fd);
        }
    }
    Ok(Value::None)
}

fn lseek(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "lseek", args, kwargs, 3, 3)?;
    let fd = args::fd(interp, &args[0])?;
    let pos = args::int(interp, &args[1])?;
    let how = args::int(interp, &args[2])?;
    let target = match how {
        0 if pos >= 0 => io::SeekFrom::Start(pos as u64),
        1 => io::SeekFrom::Current(pos),
        2 => io::SeekFrom::End(pos),
        _ => return Err(system::os_error_errno(interp, libc::EINVAL, None, None)),
    };
    let at = system::seek(interp, fd, target)?;
    Ok(Value::Int(at as i64))
}

/// A descriptor given as an int or an object with `fileno()`.
fn fd_or_fileno(interp: &mut Interp, v: &Value) -> PyResult<i32> {
    if matches!(v, Value::Int(_) | Value::Bool(_)) {
        return args::fd(interp, v);
    }
    let Some(m) = interp.lookup_special(v, "fileno") else {
        return Err(interp.type_error("argument must be an int, or have a fileno() method."));
    };
    let r = interp.call_value(m, vec![], vec![])?;
    args::fd(interp, &r)
}

fn fsync(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let sig = Sig::new("fsync", &["fd"], 1, &[]);
    let p = parse(interp, &sig, args, kwargs)?;
    let fd = fd_or_fileno(interp, p.req(0))?;
    system::fsync(interp, fd)?;
    Ok(Value::None)
}

fn ftruncate(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "ftruncate", args, kwargs, 2, 2)?;
    let fd = args::fd(interp, &args[0])?;
    let len = args::int(interp, &args[1])?;
    if len < 0 {
        return Err(system::os_error_errno(interp, libc::EINVAL, None, None));
    }
    system::truncate(interp, fd, len as u64)?;
    Ok(Value::None)
}

fn truncate(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("truncate", &["path", "length"], 2, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let len = args::int(interp, p.req(1))?;
    match path_arg::path_or_fd(interp, "truncate", "path", p.req(0))? {
        Target::Fd(fd) => {
            if len < 0 {
                return Err(system::os_error_errno(interp, libc::EINVAL, None, None));
            }
            system::truncate(interp, fd, len as u64)?;
        }
        Target::Path(path) => {
            system::check_path(interp, &path.path, true)?;
            if len < 0 {
                let e = io::Error::from_raw_os_error(libc::EINVAL);
                return Err(path_error(interp, &e, &path));
            }
            let fs = system::file_system(interp);
            let options = OpenOptions { write: true, ..Default::default() };
            let result = fs.open(&path.path, &options).and_then(|mut h| h.set_len(len as u64));
            result.map_err(|e| path_error(interp, &e, &path))?;
        }
    }
    Ok(Value::None)
}

fn isatty(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let fd = fd_only(interp, "isatty", args, kwargs)?;
    Ok(Value::Bool(system::isatty(interp, fd)))
}

fn pipe(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "pipe", args, kwargs, 0, 0)?;
    let (r, w) = system::pipe(interp)?;
    Ok(Value::tuple(vec![Value::Int(r as i64), Value::Int(w as i64)]))
}

fn dup(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let fd = fd_only(interp, "dup", args, kwargs)?;
    Ok(Value::Int(system::dup(interp, fd)? as i64))
}

fn get_inheritable(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let fd = fd_only(interp, "get_inheritable", args, kwargs)?;
    check_fd(interp, fd)?;
    // The standard streams are inherited by child processes; what scripts open is not.
    let std = matches!(system::system(interp).fds.borrow().get(fd), Some(system::fds::OpenFile::Std(_)));
    Ok(Value::Bool(std))
}

fn set_inheritable(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "set_inheritable", args, kwargs, 2, 2)?;
    let fd = args::fd(interp, &args[0])?;
    check_fd(interp, fd)?;
    Ok(Value::None)
}

/// The status flags of the operating-system descriptor behind `fd`, and that descriptor.
fn status_flags(interp: &mut Interp, fd: i32) -> PyResult<(i32, i32)> {
    let raw = crate::modules::_select::raw_fd(interp, fd)?;
    // SAFETY: F_GETFL only reads the descriptor's flags.
    let flags = unsafe { libc::fcntl(raw, libc::F_GETFL) };
    if flags < 0 {
        let e = io::Error::last_os_error();
        return Err(system::os_error(interp, &e, None, None));
    }
    Ok((raw, flags))
}

/// `os.get_blocking(fd, /)`: false when O_NONBLOCK is set.
fn get_blocking(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "posix.get_blocking", kwargs)?;
    crate::objects::check_args(interp, "posix.get_blocking", args, 1, 1)?;
    let fd = args::fd(interp, &args[0])?;
    let (_, flags) = status_flags(interp, fd)?;
    Ok(Value::Bool(flags & libc::O_NONBLOCK == 0))
}

/// `os.set_blocking(fd, blocking, /)`: clears or sets O_NONBLOCK.
fn set_blocking(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "set_blocking", args, kwargs, 2, 2)?;
    let fd = args::fd(interp, &args[0])?;
    let blocking = interp.truthy(&args[1])?;
    let (raw, flags) = status_flags(interp, fd)?;
    let wanted = if blocking { flags & !libc::O_NONBLOCK } else { flags | libc::O_NONBLOCK };
    // SAFETY: F_SETFL only changes the descriptor's status flags.
    if wanted != flags && unsafe { libc::fcntl(raw, libc::F_SETFL, wanted) } < 0 {
        let e = io::Error::last_os_error();
        return Err(system::os_error(interp, &e, None, None));
    }
    Ok(Value::None)
}

fn remove_entry(interp: &mut Interp, name: &'static str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let names: &'static [&'static str] = &["path"];
    let sig = Sig { name, pos: names, required: 1, kwonly: &["dir_fd"] };
    let p = parse(interp, &sig, args, kwargs)?;
    let path = path_arg::path(interp, name, "path", p.req(0))?;
    no_dir_fd(interp, name, p.get(1))?;
    system::check_entry(interp, &path.path, true)?;
    let fs = system::file_system(interp);
    fs.remove_file(&path.path).map_err(|e| path_error(interp, &e, &path))?;
    Ok(Value::None)
}

fn remove(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    remove_entry(interp, "remove", args, kwargs)
}

fn unlink(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    remove_entry(interp, "unlink", args, kwargs)
}

/// The two paths of `rename`, `replace` and `link`.
fn two_paths(
    interp: &mut Interp,
    name: &'static str,
    args: &[Value],
    kwargs: KwArgs,
    kwonly: &'static [&'static str],
) -> PyResult<(PathArg, PathArg, args::Parsed)> {
    let names: &'static [&'static str] = &["src", "dst"];
    let sig = Sig { name, pos: names, required: 2, kwonly };
    let p = parse(interp, &sig, args, kwargs)?;
    let src = path_arg::path(interp, name, "src", p.req(0))?;
    let dst = path_arg::path(interp, name, "dst", p.req(1))?;
    no_dir_fd(interp, name, p.get(2))?;
    no_dir_fd(interp, name, p.get(3))?;
    Ok((src, dst, p))
}

fn do_rename(interp: &mut Interp, name: &'static str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (src, dst, _) = two_paths(interp, name, args, kwargs, &["src_dir_fd", "dst_dir_fd"])?;
    system::check_entry(interp, &src.path, true)?;
    system::check_entry(interp, &dst.path, true)?;
    let fs = system::file_system(interp);
    if let Err(e) = fs.rename(&src.path, &dst.path) {
        return Err(system::os_error(interp, &e, Some(src.shown), Some(dst.shown)));
    }
    Ok(Value::None)
}

fn rename(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    do_rename(interp, "rename", args, kwargs)
}

fn replace(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    do_rename(interp, "replace", args, kwargs)
}

fn link(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (src, dst, _) = two_paths(interp, "link", args, kwargs, &["src_dir_fd", "dst_dir_fd", "follow_symlinks"])?;
    system::check_path(interp, &src.path, true)?;
    system::check_entry(interp, &dst.path, true)?;
    let fs = system::file_system(interp);
    if let Err(e) = fs.hard_link(&src.path, &dst.path) {
        return Err(system::os_error(interp, &e, Some(src.shown), Some(dst.shown)));
    }
    Ok(Value::None)
}

fn symlink(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("symlink", &["src", "dst", "target_is_directory"], 2, &["dir_fd"]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let src = path_arg::path(interp, "symlink", "src", p.req(0))?;
    let dst = path_arg::path(interp, "symlink", "dst", p.req(1))?;
    no_dir_fd(interp, "symlink", p.get(3))?;
    system::check_entry(interp, &dst.path, true)?;
    let fs = system::file_system(interp);
    if let Err(e) = fs.symlink(&src.path, &dst.path) {
        return Err(system::os_error(interp, &e, Some(src.shown), Some(dst.shown)));
    }
    Ok(Value::None)
}

fn readlink(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("readlink", &["path"], 1, &["dir_fd"]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let path = path_arg::path(interp, "readlink", "path", p.req(0))?;
    no_dir_fd(interp, "readlink", p.get(1))?;
    system::check_entry(interp, &path.path, false)?;
    let fs = system::file_system(interp);
    let target = fs.read_link(&path.path).map_err(|e| path_error(interp, &e, &path))?;
    use std::os::unix::ffi::OsStrExt;
    Ok(path_arg::name_value(target.as_os_str().as_bytes(), path.bytes))
}

fn chmod(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("chmod", &["path", "mode"], 2, &["dir_fd", "follow_symlinks"]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let target = path_arg::path_or_fd(interp, "chmod", "path", p.req(0))?;
    let mode = args::int(interp, p.req(1))? as u32;
    no_dir_fd(interp, "chmod", p.get(2))?;
    let follow = args::flag(interp, p.get(3), true)?;
    match target {
        Target::Fd(fd) => system::fchmod(interp, fd, mode)?,
        Target::Path(path) => {
            if follow {
                system::check_path(interp, &path.path, true)?;
            } else {
                system::check_entry(interp, &path.path, true)?;
            }
            let fs = system::file_system(interp);
            fs.set_mode(&path.path, mode, follow).map_err(|e| path_error(interp, &e, &path))?;
        }
    }
    Ok(Value::None)
}

fn do_chown(interp: &mut Interp, name: &'static str, args: &[Value], kwargs: KwArgs, follow_default: bool) -> PyResult<Value> {
    let names: &'static [&'static str] = &["path", "uid", "gid"];
    let kwonly: &'static [&'static str] = if follow_default { &["dir_fd", "follow_symlinks"] } else { &[] };
    let sig = Sig { name, pos: names, required: 3, kwonly };
    let p = parse(interp, &sig, args, kwargs)?;
    let path = path_arg::path(interp, name, "path", p.req(0))?;
    let uid = args::int(interp, p.req(1))?;
    let gid = args::int(interp, p.req(2))?;
    no_dir_fd(interp, name, p.get(3))?;
    let follow = follow_default && args::flag(interp, p.get(4), true)?;
    if follow {
        system::check_path(interp, &path.path, true)?;
    } else {
        system::check_entry(interp, &path.path, true)?;
    }
    let fs = system::file_system(interp);
    fs.set_owner(&path.path, uid, gid, follow).map_err(|e| path_error(interp, &e, &path))?;
    Ok(Value::None)
}

fn chown(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    do_chown(interp, "chown", args, kwargs, true)
}

fn lchown(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    do_chown(interp, "lchown", args, kwargs, false)
}

fn fchmod(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("fchmod", &["fd", "mode"], 2, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let fd = args::fd(interp, p.req(0))?;
    let mode = args::int(interp, p.req(1))? as u32;
    system::fchmod(interp, fd, mode)?;
    Ok(Value::None)
}

/// A time given as an int or float of seconds, in nanoseconds.
fn seconds_to_ns(interp: &mut Interp, v: &Value) -> PyResult<i128> {
    match v {
        Value::Float(f) => {
            if !f.is_finite() {
                return Err(interp.value_error("Invalid value NaN (not a number)"));
            }
            Ok((f * 1e9).floor() as i128)
        }
        _ => Ok(args::int(interp, v)? as i128 * 1_000_000_000),
    }
}

fn now_ns() -> i128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as i128).unwrap_or(0)
}

fn utime(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("utime", &["path", "times"], 1, &["ns", "dir_fd", "follow_symlinks"]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let target = path_arg::path_or_fd(interp, "utime", "path", p.req(0))?;
    let times = p.opt(1).cloned();
    let ns = p.get(2).cloned();
    no_dir_fd(interp, "utime", p.get(3))?;
    let follow = args::flag(interp, p.get(4), true)?;
    if times.is_some() && ns.is_some() {
        return Err(interp.value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let (atime, mtime) = if let Some(t) = times {
        let pair = match &t {
            Value::Tuple(items) if items.len() == 2 => items.to_vec(),
            _ => return Err(interp.type_error("utime: 'times' must be either a tuple of two ints or None")),
        };
        (seconds_to_ns(interp, &pair[0])?, seconds_to_ns(interp, &pair[1])?)
    } else if let Some(n) = ns {
        let pair = match &n {
            Value::Tuple(items) if items.len() == 2 => items.to_vec(),
            _ => return Err(interp.type_error("utime: 'ns' must be a tuple of two ints")),
        };
        let a = big_ns(interp, &pair[0])?;
        let m = big_ns(interp, &pair[1])?;
        (a, m)
    } else {
        let now = now_ns();
        (now, now)
    };
    let path = match target {
        Target::Path(p) => p,
        Target::Fd(_) => {
            return Err(interp.new_error(Exc::NotImplementedError, "utime: fd unavailable on this platform"));
        }
    };
    if follow {
        system::check_path(interp, &path.path, true)?;
    } else {
        system::check_entry(interp, &path.path, true)?;
    }
    let fs = system::file_system(interp);
    if let Err(e) = fs.set_times(&path.path, atime, mtime, follow) {
        return Err(system::os_error(interp, &e, None, None));
    }
    Ok(Value::None)
}

/// A nanosecond count, possibly beyond i64.
fn big_ns(interp: &mut Interp, v: &Value) -> PyResult<i128> {
    match v {
        Value::BigInt(b) => {
            use num_traits::ToPrimitive;
            b.to_i128().ok_or_else(|| interp.overflow_error("timestamp too large"))
        }
        _ => Ok(args::int(interp, v)? as i128),
    }
}

fn access(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("access", &["path", "mode"], 2, &["dir_fd", "effective_ids", "follow_symlinks"]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let path = path_arg::path(interp, "access", "path", p.req(0))?;
    let mode = args::int(interp, p.req(1))? as i32;
    no_dir_fd(interp, "access", p.get(2))?;
    let follow = args::flag(interp, p.get(4), true)?;
    let write = mode & libc::W_OK != 0;
    let allowed = if follow {
        system::check_path(interp, &path.path, write)
    } else {
        system::check_entry(interp, &path.path, write)
    };
    if allowed.is_err() {
        return Ok(Value::Bool(false));
    }
    let fs = system::file_system(interp);
    Ok(Value::Bool(fs.access(&path.path, mode, follow).unwrap_or(false)))
}
