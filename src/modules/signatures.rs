//! The declared signatures of the native modules' functions (see
//! `vm/signature.rs`): CPython 3.11's `__text_signature__` of each, or, where
//! it has none, the parameters its errors describe (`private:`).

use crate::objects::signatures::{declare, declare_namespace, with_sig, Rows};
use crate::vm::signature::Signature;
use crate::vm::interp::Interp;
use crate::vm::object::Module;
use crate::vm::value::Value;
use std::rc::Rc;

/// Each native module's rows: (module, the prefix messages name its natives by, rows).
const MODULE_TABLES: &[(&str, &str, Rows)] = &[
    ("math", "math.", MATH),
    ("cmath", "cmath.", CMATH),
    ("time", "time.", TIME),
    ("sys", "sys.", SYS),
    ("posix", "posix.", POSIX),
    // The module's functions stand in for a hidden instance's methods.
    ("random", "Random.", RANDOM_FNS),
    ("_struct", "_struct.", STRUCT),
    ("_bisect", "_bisect.", BISECT),
    ("_heapq", "_heapq.", HEAPQ),
    ("_hashlib", "_hashlib.", HASHLIB),
    ("_weakref", "_weakref.", WEAKREF),
    ("zlib", "zlib.", ZLIB),
    ("_json", "_json.", JSON),
    ("_socket", "_socket.", SOCKET),
    ("_codecs", "_codecs.", CODECS),
    // Error handlers are named alone, as CPython's are.
    ("_codecs", "", CODEC_ERROR_HANDLERS),
    ("_sre", "_sre.", SRE),
    ("unicodedata", "unicodedata.", UNICODEDATA),
    ("_signal", "_signal.", SIGNAL),
    ("_select", "select.", SELECT),
    ("_offload", "_offload.", OFFLOAD),
    ("_subprocess", "_subprocess.", SUBPROCESS),
    ("atexit", "atexit.", ATEXIT),
    ("gc", "gc.", GC),
    ("_imp", "_imp.", IMP),
    ("_traceback", "_traceback.", TRACEBACK),
    ("_io", "_io.", IO_FUNCTIONS),
    ("_asyncio", "_asyncio.", ASYNCIO),
    ("_asyncio", "", ASYNCIO_PY),
    ("_md5", "_md5.", HASH_CONSTRUCTORS),
    ("_sha1", "_sha1.", HASH_CONSTRUCTORS),
    ("_sha256", "_sha256.", HASH_CONSTRUCTORS),
    ("_sha512", "_sha512.", HASH_CONSTRUCTORS),
    ("_sha3", "_sha3.", SHA3),
    ("_operator", "_operator.", &[("($module, a, b, /)", &["_compare_digest"])]),
    ("_warnings", "_warnings.", WARNINGS),
    ("_itertools", "itertools.", &[("pos:($module, iterable, n=2, /)", &["tee"])]),
    ("array", "array.", &[("($module, arraytype, typecode, mformat_code, items, /)", &["_array_reconstructor"])]),
];

/// Attaches the signatures to the functions of the native module `name`
/// (module `m`), just built.
pub fn declare_module(interp: &mut Interp, name: &str, m: &Rc<Module>) {
    for (module, prefix, rows) in MODULE_TABLES.iter().copied() {
        if module == name {
            declare_namespace(interp, &m.dict, prefix, rows);
        }
    }
    if name == "random" {
        for (class, rows) in [("Random", RANDOM_METHODS), ("SystemRandom", SYSTEM_RANDOM_METHODS)] {
            if let Some(cls) = interp.native_classes.get(class).cloned() {
                declare(&cls, rows);
            }
        }
    }
}

/// Attaches the signatures to the natives built when the interpreter starts:
/// `sys` and `_io`, whose `open` is the builtins' `open`.
pub fn declare_startup(interp: &mut Interp) {
    for name in ["sys", "_io"] {
        if let Some(Value::Module(m)) = interp.modules.get(name).cloned() {
            declare_module(interp, name, &m);
        }
    }
    if let Some(Value::Module(io)) = interp.modules.get("_io") {
        if let Some(open) = io.dict.borrow().get_str("open").cloned() {
            interp.builtins.borrow_mut().set_str("open", open);
        }
    }
    declare_io(interp);
    if let Some(Value::Module(io)) = interp.modules.get("_io") {
        let classes: Vec<Rc<crate::vm::object::Class>> = io
            .dict
            .borrow()
            .entries()
            .filter_map(|(_, v)| match v {
                Value::Class(c) => Some(c.clone()),
                _ => None,
            })
            .collect();
        super::method_signatures::declare_classes(&classes);
    }
}

/// The `_io` classes' methods: their own, and those CPython defines on a base
/// class (named after it in messages: "_IOBase.readlines() ...").
fn declare_io(interp: &mut Interp) {
    let Some(Value::Module(io)) = interp.modules.get("_io").cloned() else { return };
    let class = |name: &str| match io.dict.borrow().get_str(name) {
        Some(Value::Class(c)) => Some(c.clone()),
        _ => None,
    };
    let tables: [(&str, Rows); 7] = [
        ("FileIO", IO_FILEIO),
        ("BufferedReader", IO_BUFFEREDREADER),
        ("BufferedWriter", IO_BUFFEREDWRITER),
        ("BufferedRandom", IO_BUFFEREDRANDOM),
        ("TextIOWrapper", IO_TEXTIOWRAPPER),
        ("StringIO", IO_STRINGIO),
        ("BytesIO", IO_BYTESIO),
    ];
    for (name, rows) in tables {
        if let Some(cls) = class(name) {
            declare(&cls, rows);
        }
    }
    for (method, qual, spec, classes) in IO_INHERITED {
        for cls in classes.iter().filter_map(|name| class(name)) {
            let entry = cls.dict.borrow().get_str(method).cloned();
            if let Some(Value::Builtin(b)) = entry {
                cls.dict.borrow_mut().set_str(method, with_sig(&b, Signature::declare(qual, spec)));
            }
        }
    }
}

const MATH: Rows = &[
    ("($module, x, /)", &["sqrt", "floor", "ceil", "trunc", "fabs", "exp", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "isnan", "isinf", "isfinite", "degrees", "radians", "modf", "log1p", "expm1", "exp2", "cbrt", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "frexp", "ulp", "erf", "erfc", "gamma", "lgamma"]),
    ("($module, x, y, /)", &["pow", "copysign", "fmod", "remainder", "nextafter"]),
    ("($module, y, x, /)", &["atan2"]),
    ("($module, *integers)", &["gcd", "lcm"]),
    ("($module, n, /)", &["factorial", "isqrt"]),
    ("($module, seq, /)", &["fsum"]),
    ("($module, iterable, /, *, start=1)", &["prod"]),
    ("($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)", &["isclose"]),
    ("($module, n, k, /)", &["comb"]),
    ("($module, n, k=None, /)", &["perm"]),
    ("($module, x, i, /)", &["ldexp"]),
    ("($module, p, q, /)", &["dist"]),
    ("private:($module, *coordinates)", &["hypot"]),
    // Its count is the native's ("math.log requires 1 to 2 arguments").
    ("tuple,private:($module, *args)", &["log"]),
];

const CMATH: Rows = &[
    ("($module, z, /)", &["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]),
    ("($module, z, base=<unrepresentable>, /)", &["log"]),
    ("($module, r, phi, /)", &["rect"]),
    ("($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)", &["isclose"]),
];

const TIME: Rows = &[
    ("private:($module, /)", &["time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time", "process_time_ns", "thread_time", "thread_time_ns"]),
    ("tuple,private:($module, clk_id, /)", &["clock_gettime", "clock_gettime_ns", "clock_getres"]),
    ("private:($module, format[, tuple], /)", &["strftime"]),
    ("private:($module, [seconds], /)", &["localtime", "gmtime", "ctime"]),
    ("private:($module, secs, /)", &["sleep"]),
    ("pos,private:($module, t=<unrepresentable>, /)", &["asctime"]),
    ("tuple,private:($module, clk_id, time, /)", &["clock_settime", "clock_settime_ns"]),
    ("tuple,private:($module, name, /)", &["get_clock_info"]),
    ("tuple,private:($module, thread_id, /)", &["pthread_getcpuclockid"]),
    ("private:($module, t, /)", &["mktime"]),
    // Its count is the native's (CPython's is a Python function's).
    ("tuple,private:($module, *args)", &["strptime"]),
    ("private:($module, /)", &["tzset"]),
];

const SYS: Rows = &[
    ("($module, status=None, /)", &["exit"]),
    ("($module, /)", &["getrecursionlimit", "get_int_max_str_digits", "getfilesystemencoding", "getdefaultencoding", "getfilesystemencodeerrors", "exception"]),
    ("($module, /)", &["is_finalizing", "get_coroutine_origin_tracking_depth"]),
    ("($module, /, depth)", &["set_coroutine_origin_tracking_depth"]),
    ("($module, limit, /)", &["setrecursionlimit"]),
    ("($module, maxdigits)", &["set_int_max_str_digits"]),
    ("($module, string, /)", &["intern"]),
    ("($module, object, /)", &["getrefcount"]),
    ("($module, depth=0, /)", &["_getframe"]),
    ("($module, /, hook)", &["addaudithook"]),
    ("($module, /)", &["exc_info", "getswitchinterval"]),
    ("($module, interval, /)", &["setswitchinterval"]),
    ("pos,private:($module, *args)", &["audit"]),
    ("kw,private:($module, object, default=<unrepresentable>)", &["getsizeof"]),
];

const POSIX: Rows = &[
    ("($module, /, path, *, dir_fd=None)", &["remove", "unlink", "rmdir", "lstat", "readlink"]),
    ("($module, /, path)", &["fspath", "chdir"]),
    ("($module, size, /)", &["urandom"]),
    ("($module, name, /)", &["unsetenv"]),
    ("($module, code, /)", &["strerror"]),
    ("($module, mask, /)", &["umask"]),
    ("($module, fd, length, /)", &["read", "ftruncate"]),
    ("($module, fd, data, /)", &["write"]),
    ("($module, /, fd)", &["close", "fsync", "fdatasync", "device_encoding", "fstat"]),
    ("($module, fd_low, fd_high, /)", &["closerange"]),
    ("($module, fd, position, whence, /)", &["lseek"]),
    ("($module, fd, /)", &["isatty", "dup", "get_inheritable"]),
    ("($module, /)", &["pipe", "getcwd", "getpid", "getppid", "getuid", "geteuid", "getgid", "getegid", "getpgrp", "getgroups", "cpu_count", "getloadavg", "abort", "getcwdb", "times", "uname", "wait"]),
    ("($module, /, fd, mode)", &["fchmod"]),
    ("($module, /, path, uid, gid)", &["lchown"]),
    ("($module, fd, inheritable, /)", &["set_inheritable"]),
    ("($module, /, status)", &["waitstatus_to_exitcode", "_exit", "WIFEXITED", "WEXITSTATUS", "WIFSIGNALED", "WTERMSIG", "WIFSTOPPED", "WSTOPSIG", "WIFCONTINUED"]),
    ("($module, status, /)", &["WCOREDUMP"]),
    ("($module, pid, options, /)", &["waitpid"]),
    ("($module, /, pid, flags=0)", &["pidfd_open"]),
    ("($module, fd, blocking, /)", &["set_blocking"]),
    ("($module, fd, /)", &["get_blocking"]),
    ("($module, /, path, mode, *, dir_fd=None, effective_ids=False,\n       follow_symlinks=True)", &["access"]),
    ("($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)", &["chmod"]),
    ("($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)", &["chown"]),
    ("($module, fd=<unrepresentable>, /)", &["get_terminal_size"]),
    ("($module, pid, signal, /)", &["kill"]),
    ("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None,\n     follow_symlinks=True)", &["link"]),
    ("($module, /, path=None)", &["listdir", "scandir"]),
    ("($module, /, path, mode=511, *, dir_fd=None)", &["mkdir"]),
    ("($module, /, path, flags, mode=511, *, dir_fd=None)", &["open"]),
    ("($module, name, value, /)", &["putenv"]),
    ("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)", &["rename", "replace"]),
    ("($module, /, path, *, dir_fd=None, follow_symlinks=True)", &["stat"]),
    ("($module, /, src, dst, target_is_directory=False, *, dir_fd=None)", &["symlink"]),
    ("($module, /, command)", &["system"]),
    ("($module, /, path, length)", &["truncate"]),
    ("($module, /, path, times=None, *, ns=<unrepresentable>,\n      dir_fd=None, follow_symlinks=True)", &["utime"]),
    // coil's: the environment os.environ starts from.
    ("private:($module, /)", &["_environ"]),
];

const RANDOM_FNS: Rows = &[
    ("py,bound,private:(self, a=None, version=2)", &["seed"]),
    ("private:($module, /)", &["random"]),
    ("private:($module, k, /)", &["getrandbits"]),
    ("py,bound,private:(self, n)", &["randbytes"]),
    ("py,bound,private:(self, start, stop=None, step=1)", &["randrange"]),
    ("py,bound,private:(self, a, b)", &["randint", "uniform"]),
    ("py,bound,private:(self, seq)", &["choice"]),
    ("py,bound,private:(self, x)", &["shuffle"]),
    ("py,bound,private:(self, population, k, *, counts=None)", &["sample"]),
    ("py,bound,private:(self, population, weights=None, *, cum_weights=None, k=1)", &["choices"]),
    ("py,bound,private:(self, low=0.0, high=1.0, mode=None)", &["triangular"]),
    ("py,bound,private:(self, mu=0.0, sigma=1.0)", &["gauss", "normalvariate"]),
    ("py,bound,private:(self, mu, sigma)", &["lognormvariate"]),
    ("py,bound,private:(self, lambd)", &["expovariate"]),
    ("py,bound,private:(self, mu, kappa)", &["vonmisesvariate"]),
    ("py,bound,private:(self, alpha, beta)", &["gammavariate", "betavariate", "weibullvariate"]),
    ("py,bound,private:(self, alpha)", &["paretovariate"]),
    ("py,bound,private:(self)", &["getstate"]),
    ("py,bound,private:(self, state)", &["setstate"]),
    ("($module, size, /)", &["_urandom=urandom"]),
];

const RANDOM_METHODS: Rows = &[
    ("py,private:(self, a=None, version=2)", &["seed"]),
    ("($self, /)", &["random"]),
    ("($self, k, /)", &["getrandbits"]),
    ("py,private:(self, n)", &["randbytes"]),
    ("py,private:(self, start, stop=None, step=1)", &["randrange"]),
    ("py,private:(self, a, b)", &["randint", "uniform"]),
    ("py,private:(self, seq)", &["choice"]),
    ("py,private:(self, x)", &["shuffle"]),
    ("py,private:(self, population, k, *, counts=None)", &["sample"]),
    ("py,private:(self, population, weights=None, *, cum_weights=None, k=1)", &["choices"]),
    ("py,private:(self, low=0.0, high=1.0, mode=None)", &["triangular"]),
    ("py,private:(self, mu=0.0, sigma=1.0)", &["gauss", "normalvariate"]),
    ("py,private:(self, mu, sigma)", &["lognormvariate"]),
    ("py,private:(self, lambd)", &["expovariate"]),
    ("py,private:(self, mu, kappa)", &["vonmisesvariate"]),
    ("py,private:(self, alpha, beta)", &["gammavariate", "betavariate", "weibullvariate"]),
    ("py,private:(self, alpha)", &["paretovariate"]),
    ("py,private:(self)", &["getstate"]),
    ("py,private:(self, state)", &["setstate"]),
    ("static:($type, *args, **kwargs)", &["__new__=_random.Random.__new__"]),
    ("private:($type, /, **kwargs)", &["__init_subclass__"]),
    ("py,private:(self, x=None)", &["__init__"]),
    ("py,private:(self)", &["__reduce__", "__getstate__"]),
    ("py,private:(self, state)", &["__setstate__"]),
    ("py,private:(self, n)", &["_randbelow=Random._randbelow_with_getrandbits", "_randbelow_with_getrandbits"]),
    ("py,private:(self, n, maxsize=9007199254740992)", &["_randbelow_without_getrandbits"]),
];

/// `SystemRandom`'s own methods (`getstate` and `setstate` are its `_notimplemented`).
const SYSTEM_RANDOM_METHODS: Rows = &[
    ("py,private:(self)", &["random"]),
    ("py,private:(self, k)", &["getrandbits"]),
    ("py,private:(self, n)", &["randbytes"]),
    ("py,private:(self, *args, **kwds)", &["seed", "_notimplemented"]),
    (
        "py,private:(self, *args, **kwds)",
        &["getstate=SystemRandom._notimplemented", "setstate=SystemRandom._notimplemented"],
    ),
    ("py,private:(self, n)", &["_randbelow=Random._randbelow_with_getrandbits"]),
];

const STRUCT: Rows = &[
    ("($module, /)", &["_clearcache"]),
    ("($module, format, /)", &["calcsize"]),
    ("($module, format, buffer, /)", &["iter_unpack", "unpack"]),
    // The format's absence is the native's error ("missing format argument").
    ("pos,private:($module, *args)", &["pack", "pack_into"]),
    ("($module, format, /, buffer, offset=0)", &["unpack_from"]),
];

const BISECT: Rows =
    &[("($module, /, a, x, lo=0, hi=None, *, key=None)", &["bisect_left", "bisect_right", "insort_left", "insort_right"])];

const HEAPQ: Rows = &[
    ("($module, heap, /)", &["heapify", "heappop", "_heapify_max", "_heappop_max"]),
    ("($module, heap, item, /)", &["heappush", "heappushpop", "heapreplace", "_heapreplace_max"]),
];

const HASHLIB: Rows = &[
    ("($module, a, b, /)", &["compare_digest"]),
    ("($module, /)", &["get_fips_mode"]),
    ("($module, /, name, string=b'', *, usedforsecurity=True)", &["new"]),
    ("($module, /, string=b'', *, usedforsecurity=True)", &["openssl_md5", "openssl_sha1", "openssl_sha224", "openssl_sha256", "openssl_sha384", "openssl_sha3_224", "openssl_sha3_256", "openssl_sha3_384", "openssl_sha3_512", "openssl_sha512", "openssl_shake_128", "openssl_shake_256"]),
    ("($module, /, hash_name, password, salt, iterations,\n            dklen=None)", &["pbkdf2_hmac"]),
];

const WEAKREF: Rows = &[
    ("($module, object, /)", &["getweakrefcount", "getweakrefs"]),
    ("private:($module, /)", &["_collect"]),
];

const ZLIB: Rows = &[
    ("($module, data, value=1, /)", &["adler32"]),
    ("($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)", &["compress"]),
    ("($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n            strategy=Z_DEFAULT_STRATEGY, zdict=None)", &["compressobj"]),
    ("($module, data, value=0, /)", &["crc32"]),
    ("($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)", &["decompress"]),
    ("($module, /, wbits=MAX_WBITS, zdict=b'')", &["decompressobj"]),
];

const JSON: Rows = &[
    ("private:($module, s, /)", &["encode_basestring", "encode_basestring_ascii"]),
    // coil's scanner passes a fourth argument CPython's does not take.
    ("tuple,private:($module, string, end, strict, context, /)", &["scanstring"]),
    // coil's accelerators (json/decoder.py, json/encoder.py).
    ("private:($module, s, settings, /)", &["decode"]),
    ("private:($module, obj, encoder, base_default, /)", &["encode", "encode_partial"]),
    ("private:($module, s, idx, settings, /)", &["scan"]),
];

const SOCKET: Rows = &[
    ("private:($module, fd, /)", &["dup"]),
    ("kw,private:($module, host, port, family=0, type=0, proto=0, flags=0)", &["getaddrinfo"]),
    ("private:($module, /)", &["getdefaulttimeout", "gethostname"]),
    ("tuple,private:($module, host, /)", &["gethostbyaddr", "gethostbyname"]),
    ("tuple,private:($module, sockaddr, flags, /)", &["getnameinfo"]),
    ("tuple,private:($module, name, /)", &["getprotobyname"]),
    ("private:($module, out_fd, in_fd, offset, count, /)", &["_sendfile"]),
    ("private:($module, servicename[, protocolname], /)", &["getservbyname"]),
    ("private:($module, port[, protocolname], /)", &["getservbyport"]),
    ("private:($module, x, /)", &["htonl", "ntohl"]),
    ("tuple,private:($module, x, /)", &["htons", "ntohs"]),
    ("tuple,private:($module, string, /)", &["inet_aton"]),
    ("tuple,private:($module, packed_ip, /)", &["inet_ntoa"]),
    ("tuple,private:($module, af, packed_ip, /)", &["inet_ntop"]),
    ("tuple,private:($module, af, ip_string, /)", &["inet_pton"]),
    ("private:($module, timeout, /)", &["setdefaulttimeout"]),
    ("private:($module[, family[, type[, proto]]], /)", &["socketpair"]),
    ("private:($module, fd, /)", &["close"]),
];

const IO_FILEIO: Rows = &[
    ("($self, size=-1, /)", &["read"]),
    ("($self, /)", &["readall", "tell", "close", "fileno", "isatty", "readable", "writable", "seekable"]),
    ("($self, b, /)", &["write"]),
    ("($self, pos, whence=0, /)", &["seek"]),
    ("($self, size=None, /)", &["truncate"]),
    ("wrap:($self, /)", &["__repr__"]),
    ("($self, buffer, /)", &["readinto"]),
];

const IO_BUFFEREDREADER: Rows = &[
    ("($self, size=-1, /)", &["read", "read1", "readline"]),
    ("($self, size=0, /)", &["peek"]),
    ("private:($self, /)", &["flush", "tell", "close", "detach", "fileno", "isatty", "seekable", "readable"]),
    ("($self, target, whence=0, /)", &["seek"]),
    ("($self, pos=None, /)", &["truncate"]),
    ("wrap:($self, /)", &["__repr__", "__next__"]),
    ("($self, buffer, /)", &["readinto", "readinto1"]),
];

const IO_BUFFEREDWRITER: Rows = &[
    ("($self, buffer, /)", &["write"]),
    ("private:($self, /)", &["flush", "tell", "close", "detach", "fileno", "isatty", "seekable", "writable"]),
    ("($self, target, whence=0, /)", &["seek"]),
    ("($self, pos=None, /)", &["truncate"]),
    ("wrap:($self, /)", &["__repr__"]),
];

const IO_BUFFEREDRANDOM: Rows = &[
    ("($self, size=-1, /)", &["read", "read1", "readline"]),
    ("($self, size=0, /)", &["peek"]),
    ("($self, buffer, /)", &["write", "readinto", "readinto1"]),
    ("private:($self, /)", &["flush", "tell", "close", "detach", "fileno", "isatty", "seekable", "readable", "writable"]),
    ("($self, target, whence=0, /)", &["seek"]),
    ("($self, pos=None, /)", &["truncate"]),
    ("wrap:($self, /)", &["__repr__", "__next__"]),
];

const IO_TEXTIOWRAPPER: Rows = &[
    ("($self, size=-1, /)", &["read", "readline"]),
    ("($self, text, /)", &["write"]),
    ("($self, /)", &["flush", "close", "tell", "detach", "fileno", "isatty", "readable", "writable", "seekable"]),
    ("($self, cookie, whence=os.SEEK_SET, /)", &["seek"]),
    ("($self, pos=None, /)", &["truncate"]),
    ("($self, /, *, encoding=None, errors=None, newline=None,\n            line_buffering=None, write_through=None)", &["reconfigure"]),
    ("wrap:($self, /)", &["__repr__", "__next__"]),
];

const IO_STRINGIO: Rows = &[
    ("($self, /)", &["getvalue", "tell", "close", "readable", "writable", "seekable"]),
    ("($self, size=-1, /)", &["read", "readline"]),
    ("($self, s, /)", &["write"]),
    ("($self, pos, whence=0, /)", &["seek"]),
    ("($self, pos=None, /)", &["truncate"]),
    ("wrap:($self, /)", &["__next__"]),
];

const IO_BYTESIO: Rows = &[
    ("($self, /)", &["getvalue", "tell", "close", "readable", "writable", "seekable", "isatty", "flush"]),
    ("($self, size=-1, /)", &["read", "read1", "readline"]),
    ("($self, b, /)", &["write"]),
    ("($self, pos, whence=0, /)", &["seek"]),
    ("($self, size=None, /)", &["truncate", "readlines"]),
    ("wrap:($self, /)", &["__iter__", "__next__"]),
    ("($self, lines, /)", &["writelines"]),
    ("($self, buffer, /)", &["readinto"]),
];

/// Methods CPython inherits from a base class: (method, qualified name,
/// signature, the classes that have it).
const IO_INHERITED: &[(&str, &str, &str, &[&str])] = &[
    ("readline", "_IOBase.readline", "($self, size=-1, /)", &["FileIO", "BufferedWriter"]),
    ("flush", "_IOBase.flush", "($self, /)", &["FileIO", "StringIO"]),
    ("__enter__", "_IOBase.__enter__", "private:($self, /)", &["FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom", "TextIOWrapper", "StringIO", "BytesIO"]),
    ("__exit__", "_IOBase.__exit__", "private:($self, *args)", &["FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom", "TextIOWrapper", "StringIO", "BytesIO"]),
    ("__iter__", "_IOBase.__iter__", "wrap:($self, /)", &["FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom", "TextIOWrapper", "StringIO"]),
    ("__next__", "_IOBase.__next__", "wrap:($self, /)", &["FileIO", "BufferedWriter"]),
    ("readlines", "_IOBase.readlines", "($self, hint=-1, /)", &["FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom", "TextIOWrapper", "StringIO"]),
    ("writelines", "_IOBase.writelines", "($self, lines, /)", &["FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom", "TextIOWrapper", "StringIO"]),
    ("writable", "_IOBase.writable", "($self, /)", &["BufferedReader"]),
    ("readable", "_IOBase.readable", "($self, /)", &["BufferedWriter"]),
    ("readinto", "_BufferedIOBase.readinto", "($self, buffer, /)", &["BufferedWriter"]),
    ("readinto1", "_BufferedIOBase.readinto1", "($self, buffer, /)", &["BufferedWriter", "BytesIO"]),
    ("isatty", "_IOBase.isatty", "($self, /)", &["StringIO"]),
    ("fileno", "_IOBase.fileno", "($self, /)", &["StringIO", "BytesIO"]),
];


const CODECS: Rows = &[
    ("($module, /, obj, encoding='utf-8', errors='strict')", &["encode", "decode"]),
    ("($module, data, errors=None, /)", &["ascii_decode", "latin_1_decode"]),
    ("($module, str, errors=None, /)", &["ascii_encode", "latin_1_encode", "raw_unicode_escape_encode", "unicode_escape_encode", "utf_16_be_encode", "utf_16_le_encode", "utf_32_be_encode", "utf_32_le_encode", "utf_8_encode"]),
    ("($module, str, errors=None, byteorder=0, /)", &["utf_16_encode", "utf_32_encode"]),
    ("($module, data, errors=None, final=False, /)", &["utf_16_be_decode", "utf_16_decode", "utf_16_le_decode", "utf_32_be_decode", "utf_32_decode", "utf_32_le_decode", "utf_8_decode"]),
    ("($module, data, errors=None, final=True, /)", &["raw_unicode_escape_decode", "unicode_escape_decode"]),
    ("($module, name, /)", &["lookup_error"]),
    ("($module, errors, handler, /)", &["register_error"]),
    // coil's, behind codecs.py's incremental codecs.
    ("private:($module, encoding, /)", &["canonical"]),
    ("private:($module, name, errors, /)", &["decoder_new", "encoder_new"]),
    ("private:($module, state, input, final, /)", &["decoder_decode", "encoder_encode"]),
    ("private:($module, state, /)", &["decoder_reset", "decoder_getstate", "encoder_reset", "encoder_getstate"]),
    ("private:($module, state, pending, flag, /)", &["decoder_setstate"]),
    ("private:($module, state, errors, /)", &["decoder_set_errors", "encoder_set_errors"]),
    ("private:($module, state, saved, /)", &["encoder_setstate"]),
];

const CODEC_ERROR_HANDLERS: Rows = &[(
    "private:($module, exception, /)",
    &["strict_errors", "ignore_errors", "replace_errors", "backslashreplace_errors", "xmlcharrefreplace_errors", "namereplace_errors", "surrogateescape", "surrogatepass"],
)];

/// coil's regular expression engine, behind re.py (CPython's `_sre` differs).
const SRE: Rows = &[
    ("private:($module, pattern, flags, /)", &["compile"]),
    ("private:($module, program, string, pos, endpos, mode, /)", &["match"]),
    ("private:($module, program, string, pos, endpos, limit, /)", &["scan"]),
    ("private:($module, program, repl, string, count, /)", &["subn"]),
    ("private:($module, program, repl, /)", &["template"]),
    ("private:($module, error, /)", &["set_error"]),
];

const UNICODEDATA: Rows = &[
    ("($module, name, /)", &["lookup"]),
    ("($module, chr, default=<unrepresentable>, /)", &["name"]),
];

const SIGNAL: Rows = &[
    ("($module, seconds, /)", &["alarm"]),
    ("($module, which, /)", &["getitimer"]),
    ("($module, signalnum, /)", &["getsignal", "raise_signal", "strsignal"]),
    ("($module, /)", &["pause", "sigpending", "valid_signals"]),
    ("($module, which, seconds, interval=0.0, /)", &["setitimer"]),
    ("($module, signalnum, flag, /)", &["siginterrupt"]),
    ("($module, signalnum, handler, /)", &["signal"]),
    ("kw,private:($module, fd, /, *, warn_on_full_buffer=True)", &["set_wakeup_fd"]),
    ("($module, thread_id, signalnum, /)", &["pthread_kill"]),
    ("($module, how, mask, /)", &["pthread_sigmask"]),
];

const SELECT: Rows = &[
    ("pos,private:($module, rlist, wlist, xlist, timeout=None, /)", &["select"]),
    // coil's, behind select.poll.
    ("kw,private:($module, entries, timeout)", &["poll_wait"]),
];

/// coil's worker-thread offload (`modules/_offload.rs`).
const OFFLOAD: Rows = &[
    ("private:($module, func, /, *args, **kwargs)", &["submit"]),
    ("private:($module, func, /)", &["offloadable"]),
    ("private:($module, jobs, timeout=None, /)", &["wait_any"]),
];

/// coil's process primitives, behind subprocess.py.
const SUBPROCESS: Rows = &[
    (
        "kw,private:($module, args, executable, cwd, env, stdin, stdout, stderr, pass_fds=(), start_new_session=False, process_group=None, umask=-1)",
        &["spawn"],
    ),
    ("kw,private:($module, pid)", &["poll"]),
    ("kw,private:($module, pid, timeout=None)", &["wait"]),
    ("kw,private:($module, stdin, data, offset, stdout, stderr, timeout)", &["exchange"]),
];

const ATEXIT: Rows = &[
    ("tuple,private:($module, func, /, *args, **kwargs)", &["register"]),
    ("private:($module, func, /)", &["unregister"]),
    ("private:($module, /)", &["_clear", "_ncallbacks", "_run_exitfuncs"]),
];

const GC: Rows = &[
    ("($module, /, generation=2)", &["collect"]),
    ("($module, /)", &["disable", "enable", "freeze", "get_count", "get_debug", "get_freeze_count", "get_stats", "get_threshold", "isenabled", "unfreeze"]),
    ("($module, /, generation=None)", &["get_objects"]),
    ("($module, obj, /)", &["is_finalized", "is_tracked"]),
    ("($module, flags, /)", &["set_debug"]),
    ("tuple,private:($module, *objs)", &["get_referents", "get_referrers"]),
    ("private:($module, threshold0[, threshold1[, threshold2]], /)", &["set_threshold"]),
];

const IMP: Rows = &[
    ("($module, override, /)", &["_override_frozen_modules_for_tests"]),
    ("($module, name, /)", &["is_builtin"]),
    ("($module, spec, /)", &["create_builtin"]),
    // coil's import machinery hooks (importlib).
    ("kw,private:($module, name, path=None)", &["find_source"]),
    ("private:($module, maker, /)", &["set_spec_maker"]),
];

/// coil's traceback helpers, behind traceback.py.
const TRACEBACK: Rows = &[
    ("private:($module, code, lasti, /)", &["source_and_carets"]),
    ("private:($module, exc, /)", &["format_group"]),
];

const IO_FUNCTIONS: Rows = &[
    ("($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)", &["open"]),
    ("($module, encoding, stacklevel=2, /)", &["text_encoding"]),
];

/// The `_asyncio` functions of CPython's, and coil's natives behind the
/// methods of asyncio.Event and asyncio.Queue (named as those methods).
const ASYNCIO: Rows = &[
    ("($module, /)", &["get_event_loop", "get_running_loop", "_get_running_loop", "_current_event_loop"]),
    ("private:($module, /)", &["_drain_finalizers"]),
    ("($module, loop, /)", &["_set_running_loop"]),
    ("private:($module, methods, /)", &["_extend_loop"]),
    ("private:($module, event, /)", &["_event_init", "_event_waiters"]),
    ("private:($module, queue, maxsize, order, /)", &["_queue_init"]),
    ("private:($module, queue, /)", &["_queue_maxsize"]),
    (
        "py,private:(self)",
        &[
            "_event_is_set=Event.is_set",
            "_event_set=Event.set",
            "_event_clear=Event.clear",
            "_event_wait=Event.wait",
            "_queue_qsize=Queue.qsize",
            "_queue_empty=Queue.empty",
            "_queue_full=Queue.full",
            "_queue_get=Queue.get",
            "_queue_get_nowait=Queue.get_nowait",
            "_queue_task_done=Queue.task_done",
            "_queue_join=Queue.join",
            "_queue_format=Queue._format",
        ],
    ),
    ("py,private:(self, item)", &["_queue_put=Queue.put", "_queue_put_nowait=Queue.put_nowait"]),
];

/// The asyncio functions CPython writes in Python, which `_asyncio` has.
const ASYNCIO_PY: Rows = &[
    ("py,private:(loop=None)", &["all_tasks", "current_task"]),
    ("py,private:(coro, *, name=None, context=None)", &["create_task"]),
    ("py,private:(coro_or_future, *, loop=None)", &["ensure_future"]),
    ("py,private:(*coros_or_futures, return_exceptions=False)", &["gather"]),
    ("py,private:(obj)", &["iscoroutine", "isfuture"]),
    ("py,private:(func)", &["iscoroutinefunction"]),
    ("py,private:()", &["new_event_loop"]),
    ("py,private:(loop)", &["set_event_loop"]),
    ("py,private:(delay, result=None)", &["sleep"]),
];

const HASH_CONSTRUCTORS: Rows =
    &[("($module, /, string=b'', *, usedforsecurity=True)", &["md5", "sha1", "sha224", "sha256", "sha384", "sha512"])];

const SHA3: Rows = &[(
    "kw,private:($module, data=b'', /, *, usedforsecurity=True)",
    &["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"],
)];

/// `_warnings`: `warn` has argument clinic's signature, `warn_explicit` is
/// parsed with PyArg_ParseTupleAndKeywords (no text signature).
const WARNINGS: Rows = &[
    ("($module, /, message, category=None, stacklevel=1, source=None)", &["warn"]),
    (
        "private:($module, /, message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None)",
        &["warn_explicit"],
    ),
    ("noargs,private:($module, /)", &["_filters_mutated"]),
];
