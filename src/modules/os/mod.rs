//! The `posix` module, what `os` is built on (stdlib/os.py): file and folder
//! operations, descriptors, the environment, process information. Every
//! operation goes through `crate::system` — the file system in use and the
//! policy of what scripts may touch — never to `std::fs` directly.
//!
//! `args.rs` parses arguments, `path_arg.rs` converts path arguments (str,
//! bytes, `os.PathLike`, descriptors), `structseq.rs` makes `stat_result` and
//! `terminal_size`, `files.rs` / `dirs.rs` / `environ.rs` / `process.rs` / `children.rs` hold
//! the functions by concern.

pub mod args;
pub mod children;
pub mod dirs;
pub mod environ;
pub mod files;
pub mod path_arg;
pub mod process;
pub mod structseq;

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// The `O_*`, `SEEK_*`, access and exit-status constants.
const CONSTANTS: &[(&str, i64)] = &[
    ("O_RDONLY", libc::O_RDONLY as i64),
    ("O_WRONLY", libc::O_WRONLY as i64),
    ("O_RDWR", libc::O_RDWR as i64),
    ("O_ACCMODE", libc::O_ACCMODE as i64),
    ("O_APPEND", libc::O_APPEND as i64),
    ("O_CREAT", libc::O_CREAT as i64),
    ("O_EXCL", libc::O_EXCL as i64),
    ("O_TRUNC", libc::O_TRUNC as i64),
    ("O_NONBLOCK", libc::O_NONBLOCK as i64),
    ("O_NDELAY", libc::O_NDELAY as i64),
    ("O_NOCTTY", libc::O_NOCTTY as i64),
    ("O_SYNC", libc::O_SYNC as i64),
    ("O_DSYNC", libc::O_DSYNC as i64),
    ("O_RSYNC", libc::O_RSYNC as i64),
    ("O_CLOEXEC", libc::O_CLOEXEC as i64),
    ("O_DIRECTORY", libc::O_DIRECTORY as i64),
    ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
    ("O_NOATIME", libc::O_NOATIME as i64),
    ("O_ASYNC", libc::O_ASYNC as i64),
    ("O_DIRECT", libc::O_DIRECT as i64),
    ("O_PATH", libc::O_PATH as i64),
    ("O_TMPFILE", libc::O_TMPFILE as i64),
    ("O_LARGEFILE", 0),
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
    ("SEEK_DATA", libc::SEEK_DATA as i64),
    ("SEEK_HOLE", libc::SEEK_HOLE as i64),
    ("F_OK", libc::F_OK as i64),
    ("R_OK", libc::R_OK as i64),
    ("W_OK", libc::W_OK as i64),
    ("X_OK", libc::X_OK as i64),
    ("EX_OK", 0),
    ("EX_USAGE", 64),
    ("EX_DATAERR", 65),
    ("EX_NOINPUT", 66),
    ("EX_NOUSER", 67),
    ("EX_NOHOST", 68),
    ("EX_UNAVAILABLE", 69),
    ("EX_SOFTWARE", 70),
    ("EX_OSERR", 71),
    ("EX_OSFILE", 72),
    ("EX_CANTCREAT", 73),
    ("EX_IOERR", 74),
    ("EX_TEMPFAIL", 75),
    ("EX_PROTOCOL", 76),
    ("EX_NOPERM", 77),
    ("EX_CONFIG", 78),
    ("WNOHANG", libc::WNOHANG as i64),
    ("WUNTRACED", libc::WUNTRACED as i64),
];

/// The `posix` module.
pub fn module(interp: &mut Interp) -> Value {
    let mut functions: Vec<(&str, NativeFn)> = Vec::new();
    functions.extend_from_slice(files::FUNCTIONS);
    functions.extend_from_slice(dirs::FUNCTIONS);
    functions.extend_from_slice(environ::FUNCTIONS);
    functions.extend_from_slice(process::FUNCTIONS);
    functions.extend_from_slice(children::FUNCTIONS);
    functions.push(("fspath", fspath));
    let constants = CONSTANTS.iter().chain(children::CONSTANTS);
    let mut values: Vec<(&str, Value)> = constants.map(|(n, v)| (*n, Value::Int(*v))).collect();
    values.push(("error", Value::Class(interp.types.exc(Exc::OSError))));
    values.push(("DirEntry", dirs::register_classes(interp)));
    for (name, layout) in [
        ("stat_result", &structseq::STAT_RESULT),
        ("terminal_size", &structseq::TERMINAL_SIZE),
        ("uname_result", &structseq::UNAME_RESULT),
        ("times_result", &structseq::TIMES_RESULT),
    ] {
        values.push((name, Value::Class(structseq::make_class(interp, layout))));
    }
    let have = ["HAVE_FSTATAT", "HAVE_FCHMOD", "HAVE_FTRUNCATE", "HAVE_LSTAT", "HAVE_UTIMENSAT"];
    values.push(("_have_functions", Value::list(have.iter().map(|h| Value::str(h)).collect())));
    super::make_module("posix", &functions, values)
}

/// `os.fspath(path)`.
fn fspath(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: args::Sig = args::Sig::new("fspath", &["path"], 1, &[]);
    let p = args::parse(interp, &SIG, args, kwargs)?;
    match path_arg::fspath(interp, p.req(0))? {
        Some(v) => Ok(v),
        None => {
            let t = interp.type_name(p.req(0));
            Err(interp.type_error(format!("expected str, bytes or os.PathLike object, not {t}")))
        }
    }
}
