//! The declared signatures of the native modules' functions (see
//! `vm/signature.rs`): CPython 3.11's `__text_signature__` of each, or, where
//! it has none, the parameters its errors describe (`private:`).

use crate::objects::signatures::{declare, declare_namespace, with_sig, Rows};
use crate::vm::signature::Signature;
use crate::vm::interp::Interp;
use crate::vm::value::Value;

/// Attaches the signatures to the registered modules' functions.
pub fn register(interp: &mut Interp) {
    let tables: [(&str, &str, Rows); 13] = [
        ("math", "math.", MATH),
        ("cmath", "cmath.", CMATH),
        ("time", "time.", TIME),
        ("sys", "sys.", SYS),
        ("posix", "posix.", POSIX),
        // The module's functions stand in for a hidden instance's methods.
        ("random", "Random.", RANDOM_FNS),
        ("_struct", "_struct.", STRUCT),
        ("_hashlib", "_hashlib.", HASHLIB),
        ("_weakref", "_weakref.", WEAKREF),
        ("zlib", "zlib.", ZLIB),
        ("_json", "_json.", JSON),
        ("_socket", "_socket.", SOCKET),
        ("array", "array.", ARRAY),
    ];
    for (module, prefix, rows) in tables {
        if let Some(Value::Module(m)) = interp.modules.get(module).cloned() {
            declare_namespace(interp, &m.dict, prefix, rows);
        }
    }
    if let Some(random) = interp.native_classes.get("Random").cloned() {
        declare(&random, RANDOM_METHODS);
    }
    if let Some(array) = interp.native_classes.get("array").cloned() {
        declare(&array, ARRAY_METHODS);
    }
    if let Some(iter) = interp.native_classes.get("arrayiterator").cloned() {
        declare(&iter, ARRAY_ITERATOR_METHODS);
    }
    declare_io(interp);
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
    for (name, method, qual, spec) in IO_INHERITED {
        let Some(cls) = class(name) else { continue };
        let entry = cls.dict.borrow().get_str(method).cloned();
        if let Some(Value::Builtin(b)) = entry {
            cls.dict.borrow_mut().set_str(method, with_sig(&b, Signature::declare(qual, spec)));
        }
    }
}

const MATH: Rows = &[
    ("sqrt", "($module, x, /)"),
    ("floor", "($module, x, /)"),
    ("ceil", "($module, x, /)"),
    ("trunc", "($module, x, /)"),
    ("fabs", "($module, x, /)"),
    ("exp", "($module, x, /)"),
    ("log2", "($module, x, /)"),
    ("log10", "($module, x, /)"),
    ("pow", "($module, x, y, /)"),
    ("sin", "($module, x, /)"),
    ("cos", "($module, x, /)"),
    ("tan", "($module, x, /)"),
    ("asin", "($module, x, /)"),
    ("acos", "($module, x, /)"),
    ("atan", "($module, x, /)"),
    ("atan2", "($module, y, x, /)"),
    ("isnan", "($module, x, /)"),
    ("isinf", "($module, x, /)"),
    ("isfinite", "($module, x, /)"),
    ("gcd", "($module, *integers)"),
    ("lcm", "($module, *integers)"),
    ("factorial", "($module, n, /)"),
    ("isqrt", "($module, n, /)"),
    ("copysign", "($module, x, y, /)"),
    ("degrees", "($module, x, /)"),
    ("radians", "($module, x, /)"),
    ("fsum", "($module, seq, /)"),
    ("prod", "($module, iterable, /, *, start=1)"),
    ("isclose", "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)"),
    ("comb", "($module, n, k, /)"),
    ("perm", "($module, n, k=None, /)"),
    ("modf", "($module, x, /)"),
    ("fmod", "($module, x, y, /)"),
    ("log1p", "($module, x, /)"),
    ("expm1", "($module, x, /)"),
    ("exp2", "($module, x, /)"),
    ("cbrt", "($module, x, /)"),
    ("sinh", "($module, x, /)"),
    ("cosh", "($module, x, /)"),
    ("tanh", "($module, x, /)"),
    ("asinh", "($module, x, /)"),
    ("acosh", "($module, x, /)"),
    ("atanh", "($module, x, /)"),
    ("frexp", "($module, x, /)"),
    ("ldexp", "($module, x, i, /)"),
    ("remainder", "($module, x, y, /)"),
    ("dist", "($module, p, q, /)"),
    ("nextafter", "($module, x, y, /)"),
    ("ulp", "($module, x, /)"),
    ("hypot", "private:($module, *coordinates)"),
];

const CMATH: Rows = &[
    ("acos", "($module, z, /)"),
    ("acosh", "($module, z, /)"),
    ("asin", "($module, z, /)"),
    ("asinh", "($module, z, /)"),
    ("atan", "($module, z, /)"),
    ("atanh", "($module, z, /)"),
    ("cos", "($module, z, /)"),
    ("cosh", "($module, z, /)"),
    ("exp", "($module, z, /)"),
    ("log", "($module, z, base=<unrepresentable>, /)"),
    ("log10", "($module, z, /)"),
    ("sin", "($module, z, /)"),
    ("sinh", "($module, z, /)"),
    ("sqrt", "($module, z, /)"),
    ("tan", "($module, z, /)"),
    ("tanh", "($module, z, /)"),
    ("phase", "($module, z, /)"),
    ("polar", "($module, z, /)"),
    ("rect", "($module, r, phi, /)"),
    ("isfinite", "($module, z, /)"),
    ("isinf", "($module, z, /)"),
    ("isnan", "($module, z, /)"),
    ("isclose", "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)"),
];

const TIME: Rows = &[
    ("time", "private:($module, /)"),
    ("time_ns", "private:($module, /)"),
    ("monotonic", "private:($module, /)"),
    ("monotonic_ns", "private:($module, /)"),
    ("perf_counter", "private:($module, /)"),
    ("perf_counter_ns", "private:($module, /)"),
    ("process_time", "private:($module, /)"),
    ("process_time_ns", "private:($module, /)"),
    ("thread_time", "private:($module, /)"),
    ("thread_time_ns", "private:($module, /)"),
    ("clock_gettime", "tuple,private:($module, clk_id, /)"),
    ("clock_gettime_ns", "tuple,private:($module, clk_id, /)"),
    ("clock_getres", "tuple,private:($module, clk_id, /)"),
    ("strftime", "private:($module, format[, tuple], /)"),
    ("localtime", "private:($module, [seconds], /)"),
    ("gmtime", "private:($module, [seconds], /)"),
    ("ctime", "private:($module, [seconds], /)"),
    ("sleep", "private:($module, secs, /)"),
];

const SYS: Rows = &[
    ("exit", "($module, status=None, /)"),
    ("getrecursionlimit", "($module, /)"),
    ("setrecursionlimit", "($module, limit, /)"),
    ("intern", "($module, string, /)"),
    ("getrefcount", "($module, object, /)"),
    ("getfilesystemencoding", "($module, /)"),
    ("getdefaultencoding", "($module, /)"),
    ("getfilesystemencodeerrors", "($module, /)"),
    ("__displayhook__", "($module, object, /)"),
    ("exception", "($module, /)"),
];

const POSIX: Rows = &[
    ("remove", "($module, /, path, *, dir_fd=None)"),
    ("unlink", "($module, /, path, *, dir_fd=None)"),
    ("rmdir", "($module, /, path, *, dir_fd=None)"),
    ("fspath", "($module, /, path)"),
    ("urandom", "($module, size, /)"),
    ("unsetenv", "($module, name, /)"),
    ("strerror", "($module, code, /)"),
    ("umask", "($module, mask, /)"),
    ("read", "($module, fd, length, /)"),
    ("write", "($module, fd, data, /)"),
    ("close", "($module, /, fd)"),
    ("closerange", "($module, fd_low, fd_high, /)"),
    ("lseek", "($module, fd, position, whence, /)"),
    ("fsync", "($module, /, fd)"),
    ("fdatasync", "($module, /, fd)"),
    ("ftruncate", "($module, fd, length, /)"),
    ("isatty", "($module, fd, /)"),
    ("pipe", "($module, /)"),
    ("dup", "($module, fd, /)"),
    ("fchmod", "($module, /, fd, mode)"),
    ("lchown", "($module, /, path, uid, gid)"),
    ("get_inheritable", "($module, fd, /)"),
    ("set_inheritable", "($module, fd, inheritable, /)"),
    ("getcwd", "($module, /)"),
    ("getpid", "($module, /)"),
    ("getppid", "($module, /)"),
    ("getuid", "($module, /)"),
    ("geteuid", "($module, /)"),
    ("getgid", "($module, /)"),
    ("getegid", "($module, /)"),
    ("getpgrp", "($module, /)"),
    ("getgroups", "($module, /)"),
    ("cpu_count", "($module, /)"),
    ("getloadavg", "($module, /)"),
    ("device_encoding", "($module, /, fd)"),
    ("waitstatus_to_exitcode", "($module, /, status)"),
    ("_exit", "($module, /, status)"),
    ("abort", "($module, /)"),
    ("access", "($module, /, path, mode, *, dir_fd=None, effective_ids=False,\n       follow_symlinks=True)"),
    ("chdir", "($module, /, path)"),
    ("chmod", "($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)"),
    ("chown", "($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)"),
    ("fstat", "($module, /, fd)"),
    ("get_terminal_size", "($module, fd=<unrepresentable>, /)"),
    ("getcwdb", "($module, /)"),
    ("kill", "($module, pid, signal, /)"),
    ("link", "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None,\n     follow_symlinks=True)"),
    ("listdir", "($module, /, path=None)"),
    ("lstat", "($module, /, path, *, dir_fd=None)"),
    ("mkdir", "($module, /, path, mode=511, *, dir_fd=None)"),
    ("open", "($module, /, path, flags, mode=511, *, dir_fd=None)"),
    ("putenv", "($module, name, value, /)"),
    ("readlink", "($module, /, path, *, dir_fd=None)"),
    ("rename", "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)"),
    ("replace", "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)"),
    ("scandir", "($module, /, path=None)"),
    ("stat", "($module, /, path, *, dir_fd=None, follow_symlinks=True)"),
    ("symlink", "($module, /, src, dst, target_is_directory=False, *, dir_fd=None)"),
    ("system", "($module, /, command)"),
    ("times", "($module, /)"),
    ("truncate", "($module, /, path, length)"),
    ("uname", "($module, /)"),
    ("utime", "($module, /, path, times=None, *, ns=<unrepresentable>,\n      dir_fd=None, follow_symlinks=True)"),
];

const RANDOM_FNS: Rows = &[
    ("seed", "py,bound,private:(self, a=None, version=2)"),
    ("random", "private:($module, /)"),
    ("getrandbits", "private:($module, k, /)"),
    ("randbytes", "py,bound,private:(self, n)"),
    ("randrange", "py,bound,private:(self, start, stop=None, step=1)"),
    ("randint", "py,bound,private:(self, a, b)"),
    ("choice", "py,bound,private:(self, seq)"),
    ("shuffle", "py,bound,private:(self, x)"),
    ("sample", "py,bound,private:(self, population, k, *, counts=None)"),
    ("choices", "py,bound,private:(self, population, weights=None, *, cum_weights=None, k=1)"),
    ("uniform", "py,bound,private:(self, a, b)"),
    ("triangular", "py,bound,private:(self, low=0.0, high=1.0, mode=None)"),
    ("gauss", "py,bound,private:(self, mu=0.0, sigma=1.0)"),
    ("normalvariate", "py,bound,private:(self, mu=0.0, sigma=1.0)"),
    ("lognormvariate", "py,bound,private:(self, mu, sigma)"),
    ("expovariate", "py,bound,private:(self, lambd)"),
    ("vonmisesvariate", "py,bound,private:(self, mu, kappa)"),
    ("gammavariate", "py,bound,private:(self, alpha, beta)"),
    ("betavariate", "py,bound,private:(self, alpha, beta)"),
    ("paretovariate", "py,bound,private:(self, alpha)"),
    ("weibullvariate", "py,bound,private:(self, alpha, beta)"),
    ("getstate", "py,bound,private:(self)"),
    ("setstate", "py,bound,private:(self, state)"),
];

const RANDOM_METHODS: Rows = &[
    ("seed", "py,private:(self, a=None, version=2)"),
    ("random", "($self, /)"),
    ("getrandbits", "($self, k, /)"),
    ("randbytes", "py,private:(self, n)"),
    ("randrange", "py,private:(self, start, stop=None, step=1)"),
    ("randint", "py,private:(self, a, b)"),
    ("choice", "py,private:(self, seq)"),
    ("shuffle", "py,private:(self, x)"),
    ("sample", "py,private:(self, population, k, *, counts=None)"),
    ("choices", "py,private:(self, population, weights=None, *, cum_weights=None, k=1)"),
    ("uniform", "py,private:(self, a, b)"),
    ("triangular", "py,private:(self, low=0.0, high=1.0, mode=None)"),
    ("gauss", "py,private:(self, mu=0.0, sigma=1.0)"),
    ("normalvariate", "py,private:(self, mu=0.0, sigma=1.0)"),
    ("lognormvariate", "py,private:(self, mu, sigma)"),
    ("expovariate", "py,private:(self, lambd)"),
    ("vonmisesvariate", "py,private:(self, mu, kappa)"),
    ("gammavariate", "py,private:(self, alpha, beta)"),
    ("betavariate", "py,private:(self, alpha, beta)"),
    ("paretovariate", "py,private:(self, alpha)"),
    ("weibullvariate", "py,private:(self, alpha, beta)"),
    ("getstate", "py,private:(self)"),
    ("setstate", "py,private:(self, state)"),
];

const STRUCT: Rows = &[
    ("_clearcache", "($module, /)"),
    ("calcsize", "($module, format, /)"),
    ("iter_unpack", "($module, format, buffer, /)"),
    // The format's absence is the native's error ("missing format argument").
    ("pack", "pos,private:($module, *args)"),
    ("pack_into", "pos,private:($module, *args)"),
    ("unpack", "($module, format, buffer, /)"),
    ("unpack_from", "($module, format, /, buffer, offset=0)"),
];

const HASHLIB: Rows = &[
    ("compare_digest", "($module, a, b, /)"),
    ("get_fips_mode", "($module, /)"),
    ("new", "($module, /, name, string=b'', *, usedforsecurity=True)"),
    ("openssl_md5", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("openssl_sha1", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("openssl_sha224", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("openssl_sha256", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("openssl_sha384", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("openssl_sha3_224", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("openssl_sha3_256", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("openssl_sha3_384", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("openssl_sha3_512", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("openssl_sha512", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("openssl_shake_128", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("openssl_shake_256", "($module, /, string=b'', *, usedforsecurity=True)"),
    ("pbkdf2_hmac", "($module, /, hash_name, password, salt, iterations,\n            dklen=None)"),
];

const WEAKREF: Rows = &[
    ("getweakrefcount", "($module, object, /)"),
    ("getweakrefs", "($module, object, /)"),
];

const ZLIB: Rows = &[
    ("adler32", "($module, data, value=1, /)"),
    ("compress", "($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)"),
    ("compressobj", "($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n            strategy=Z_DEFAULT_STRATEGY, zdict=None)"),
    ("crc32", "($module, data, value=0, /)"),
    ("decompress", "($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)"),
    ("decompressobj", "($module, /, wbits=MAX_WBITS, zdict=b'')"),
];

const JSON: Rows = &[
    ("encode_basestring", "private:($module, s, /)"),
    ("encode_basestring_ascii", "private:($module, s, /)"),
    // coil's scanner passes a fourth argument CPython's does not take.
    ("scanstring", "tuple,private:($module, string, end, strict, context, /)"),
];

const SOCKET: Rows = &[
    ("dup", "private:($module, fd, /)"),
    ("getaddrinfo", "kw,private:($module, host, port, family=0, type=0, proto=0, flags=0)"),
    ("getdefaulttimeout", "private:($module, /)"),
    ("gethostbyaddr", "tuple,private:($module, host, /)"),
    ("gethostbyname", "tuple,private:($module, host, /)"),
    ("gethostname", "private:($module, /)"),
    ("getnameinfo", "tuple,private:($module, sockaddr, flags, /)"),
    ("getprotobyname", "tuple,private:($module, name, /)"),
    ("getservbyname", "private:($module, servicename[, protocolname], /)"),
    ("getservbyport", "private:($module, port[, protocolname], /)"),
    ("htonl", "private:($module, x, /)"),
    ("htons", "tuple,private:($module, x, /)"),
    ("ntohl", "private:($module, x, /)"),
    ("ntohs", "tuple,private:($module, x, /)"),
    ("inet_aton", "tuple,private:($module, string, /)"),
    ("inet_ntoa", "tuple,private:($module, packed_ip, /)"),
    ("inet_ntop", "tuple,private:($module, af, packed_ip, /)"),
    ("inet_pton", "tuple,private:($module, af, ip_string, /)"),
    ("setdefaulttimeout", "private:($module, timeout, /)"),
    ("socketpair", "private:($module[, family[, type[, proto]]], /)"),
];

const IO_FILEIO: Rows = &[
    ("read", "($self, size=-1, /)"),
    ("readall", "($self, /)"),
    ("write", "($self, b, /)"),
    ("seek", "($self, pos, whence=0, /)"),
    ("tell", "($self, /)"),
    ("truncate", "($self, size=None, /)"),
    ("close", "($self, /)"),
    ("fileno", "($self, /)"),
    ("isatty", "($self, /)"),
    ("readable", "($self, /)"),
    ("writable", "($self, /)"),
    ("seekable", "($self, /)"),
    ("__repr__", "wrap:($self, /)"),
    ("readinto", "($self, buffer, /)"),
];

const IO_BUFFEREDREADER: Rows = &[
    ("read", "($self, size=-1, /)"),
    ("read1", "($self, size=-1, /)"),
    ("peek", "($self, size=0, /)"),
    ("readline", "($self, size=-1, /)"),
    ("flush", "private:($self, /)"),
    ("seek", "($self, target, whence=0, /)"),
    ("tell", "private:($self, /)"),
    ("truncate", "($self, pos=None, /)"),
    ("close", "private:($self, /)"),
    ("detach", "private:($self, /)"),
    ("fileno", "private:($self, /)"),
    ("isatty", "private:($self, /)"),
    ("seekable", "private:($self, /)"),
    ("readable", "private:($self, /)"),
    ("__repr__", "wrap:($self, /)"),
    ("__next__", "wrap:($self, /)"),
    ("readinto", "($self, buffer, /)"),
    ("readinto1", "($self, buffer, /)"),
];

const IO_BUFFEREDWRITER: Rows = &[
    ("write", "($self, buffer, /)"),
    ("flush", "private:($self, /)"),
    ("seek", "($self, target, whence=0, /)"),
    ("tell", "private:($self, /)"),
    ("truncate", "($self, pos=None, /)"),
    ("close", "private:($self, /)"),
    ("detach", "private:($self, /)"),
    ("fileno", "private:($self, /)"),
    ("isatty", "private:($self, /)"),
    ("seekable", "private:($self, /)"),
    ("writable", "private:($self, /)"),
    ("__repr__", "wrap:($self, /)"),
];

const IO_BUFFEREDRANDOM: Rows = &[
    ("read", "($self, size=-1, /)"),
    ("read1", "($self, size=-1, /)"),
    ("peek", "($self, size=0, /)"),
    ("readline", "($self, size=-1, /)"),
    ("write", "($self, buffer, /)"),
    ("flush", "private:($self, /)"),
    ("seek", "($self, target, whence=0, /)"),
    ("tell", "private:($self, /)"),
    ("truncate", "($self, pos=None, /)"),
    ("close", "private:($self, /)"),
    ("detach", "private:($self, /)"),
    ("fileno", "private:($self, /)"),
    ("isatty", "private:($self, /)"),
    ("seekable", "private:($self, /)"),
    ("readable", "private:($self, /)"),
    ("writable", "private:($self, /)"),
    ("__repr__", "wrap:($self, /)"),
    ("__next__", "wrap:($self, /)"),
    ("readinto", "($self, buffer, /)"),
    ("readinto1", "($self, buffer, /)"),
];

const IO_TEXTIOWRAPPER: Rows = &[
    ("read", "($self, size=-1, /)"),
    ("readline", "($self, size=-1, /)"),
    ("write", "($self, text, /)"),
    ("flush", "($self, /)"),
    ("close", "($self, /)"),
    ("seek", "($self, cookie, whence=os.SEEK_SET, /)"),
    ("tell", "($self, /)"),
    ("truncate", "($self, pos=None, /)"),
    ("detach", "($self, /)"),
    ("fileno", "($self, /)"),
    ("isatty", "($self, /)"),
    ("readable", "($self, /)"),
    ("writable", "($self, /)"),
    ("seekable", "($self, /)"),
    ("reconfigure", "($self, /, *, encoding=None, errors=None, newline=None,\n            line_buffering=None, write_through=None)"),
    ("__repr__", "wrap:($self, /)"),
    ("__next__", "wrap:($self, /)"),
];

const IO_STRINGIO: Rows = &[
    ("getvalue", "($self, /)"),
    ("read", "($self, size=-1, /)"),
    ("readline", "($self, size=-1, /)"),
    ("write", "($self, s, /)"),
    ("seek", "($self, pos, whence=0, /)"),
    ("tell", "($self, /)"),
    ("truncate", "($self, pos=None, /)"),
    ("close", "($self, /)"),
    ("readable", "($self, /)"),
    ("writable", "($self, /)"),
    ("seekable", "($self, /)"),
    ("__next__", "wrap:($self, /)"),
];

const IO_BYTESIO: Rows = &[
    ("getvalue", "($self, /)"),
    ("read", "($self, size=-1, /)"),
    ("read1", "($self, size=-1, /)"),
    ("readline", "($self, size=-1, /)"),
    ("write", "($self, b, /)"),
    ("seek", "($self, pos, whence=0, /)"),
    ("tell", "($self, /)"),
    ("truncate", "($self, size=None, /)"),
    ("close", "($self, /)"),
    ("readable", "($self, /)"),
    ("writable", "($self, /)"),
    ("seekable", "($self, /)"),
    ("isatty", "($self, /)"),
    ("flush", "($self, /)"),
    ("__iter__", "wrap:($self, /)"),
    ("__next__", "wrap:($self, /)"),
    ("readlines", "($self, size=None, /)"),
    ("writelines", "($self, lines, /)"),
    ("readinto", "($self, buffer, /)"),
];

/// Methods CPython inherits from a base class: (class, method, qualified name, signature).
const IO_INHERITED: &[(&str, &str, &str, &str)] = &[
    ("FileIO", "readline", "_IOBase.readline", "($self, size=-1, /)"),
    ("FileIO", "flush", "_IOBase.flush", "($self, /)"),
    ("FileIO", "__enter__", "_IOBase.__enter__", "private:($self, /)"),
    ("FileIO", "__exit__", "_IOBase.__exit__", "private:($self, *args)"),
    ("FileIO", "__iter__", "_IOBase.__iter__", "wrap:($self, /)"),
    ("FileIO", "__next__", "_IOBase.__next__", "wrap:($self, /)"),
    ("FileIO", "readlines", "_IOBase.readlines", "($self, hint=-1, /)"),
    ("FileIO", "writelines", "_IOBase.writelines", "($self, lines, /)"),
    ("BufferedReader", "writable", "_IOBase.writable", "($self, /)"),
    ("BufferedReader", "__enter__", "_IOBase.__enter__", "private:($self, /)"),
    ("BufferedReader", "__exit__", "_IOBase.__exit__", "private:($self, *args)"),
    ("BufferedReader", "__iter__", "_IOBase.__iter__", "wrap:($self, /)"),
    ("BufferedReader", "readlines", "_IOBase.readlines", "($self, hint=-1, /)"),
    ("BufferedReader", "writelines", "_IOBase.writelines", "($self, lines, /)"),
    ("BufferedWriter", "readline", "_IOBase.readline", "($self, size=-1, /)"),
    ("BufferedWriter", "readable", "_IOBase.readable", "($self, /)"),
    ("BufferedWriter", "__enter__", "_IOBase.__enter__", "private:($self, /)"),
    ("BufferedWriter", "__exit__", "_IOBase.__exit__", "private:($self, *args)"),
    ("BufferedWriter", "__iter__", "_IOBase.__iter__", "wrap:($self, /)"),
    ("BufferedWriter", "__next__", "_IOBase.__next__", "wrap:($self, /)"),
    ("BufferedWriter", "readlines", "_IOBase.readlines", "($self, hint=-1, /)"),
    ("BufferedWriter", "writelines", "_IOBase.writelines", "($self, lines, /)"),
    ("BufferedWriter", "readinto", "_BufferedIOBase.readinto", "($self, buffer, /)"),
    ("BufferedWriter", "readinto1", "_BufferedIOBase.readinto1", "($self, buffer, /)"),
    ("BufferedRandom", "__enter__", "_IOBase.__enter__", "private:($self, /)"),
    ("BufferedRandom", "__exit__", "_IOBase.__exit__", "private:($self, *args)"),
    ("BufferedRandom", "__iter__", "_IOBase.__iter__", "wrap:($self, /)"),
    ("BufferedRandom", "readlines", "_IOBase.readlines", "($self, hint=-1, /)"),
    ("BufferedRandom", "writelines", "_IOBase.writelines", "($self, lines, /)"),
    ("TextIOWrapper", "__enter__", "_IOBase.__enter__", "private:($self, /)"),
    ("TextIOWrapper", "__exit__", "_IOBase.__exit__", "private:($self, *args)"),
    ("TextIOWrapper", "__iter__", "_IOBase.__iter__", "wrap:($self, /)"),
    ("TextIOWrapper", "readlines", "_IOBase.readlines", "($self, hint=-1, /)"),
    ("TextIOWrapper", "writelines", "_IOBase.writelines", "($self, lines, /)"),
    ("StringIO", "isatty", "_IOBase.isatty", "($self, /)"),
    ("StringIO", "flush", "_IOBase.flush", "($self, /)"),
    ("StringIO", "fileno", "_IOBase.fileno", "($self, /)"),
    ("StringIO", "__enter__", "_IOBase.__enter__", "private:($self, /)"),
    ("StringIO", "__exit__", "_IOBase.__exit__", "private:($self, *args)"),
    ("StringIO", "__iter__", "_IOBase.__iter__", "wrap:($self, /)"),
    ("StringIO", "readlines", "_IOBase.readlines", "($self, hint=-1, /)"),
    ("StringIO", "writelines", "_IOBase.writelines", "($self, lines, /)"),
    ("BytesIO", "fileno", "_IOBase.fileno", "($self, /)"),
    ("BytesIO", "__enter__", "_IOBase.__enter__", "private:($self, /)"),
    ("BytesIO", "__exit__", "_IOBase.__exit__", "private:($self, *args)"),
    ("BytesIO", "readinto1", "_BufferedIOBase.readinto1", "($self, buffer, /)"),
];


const ARRAY: Rows = &[("_array_reconstructor", "($module, arraytype, typecode, mformat_code, items,\n                     /)")];

const ARRAY_METHODS: Rows = &[
    ("__len__", "wrap:($self, /)"),
    ("__getitem__", "wrap:($self, key, /)"),
    ("__setitem__", "wrapu:($self, key, value, /)"),
    ("__delitem__", "wrap:($self, key, /)"),
    ("__contains__", "wrap:($self, key, /)"),
    ("__iter__", "wrap:($self, /)"),
    ("__repr__", "wrap:($self, /)"),
    ("__add__", "wrap:($self, value, /)"),
    ("__mul__", "wrapu:($self, value, /)"),
    ("__rmul__", "wrapu:($self, value, /)"),
    ("__iadd__", "wrap:($self, value, /)"),
    ("__imul__", "wrapu:($self, value, /)"),
    ("__eq__", "wrap:($self, value, /)"),
    ("__ne__", "wrap:($self, value, /)"),
    ("__lt__", "wrap:($self, value, /)"),
    ("__le__", "wrap:($self, value, /)"),
    ("__gt__", "wrap:($self, value, /)"),
    ("__ge__", "wrap:($self, value, /)"),
    ("__init__", "wrap:($self, /, *args, **kwargs)"),
    ("__copy__", "($self, /)"),
    ("__deepcopy__", "($self, unused, /)"),
    ("__reduce_ex__", "($self, value, /)"),
    ("__sizeof__", "($self, /)"),
    ("append", "($self, v, /)"),
    ("buffer_info", "($self, /)"),
    ("byteswap", "($self, /)"),
    ("count", "($self, v, /)"),
    ("extend", "($self, bb, /)"),
    ("frombytes", "($self, buffer, /)"),
    ("fromfile", "($self, f, n, /)"),
    ("fromlist", "($self, list, /)"),
    ("fromunicode", "($self, ustr, /)"),
    ("index", "($self, v, start=0, stop=sys.maxsize, /)"),
    ("insert", "($self, i, v, /)"),
    ("pop", "($self, i=-1, /)"),
    ("remove", "($self, v, /)"),
    ("reverse", "($self, /)"),
    ("tobytes", "($self, /)"),
    ("tofile", "($self, f, /)"),
    ("tolist", "($self, /)"),
    ("tounicode", "($self, /)"),
];

const ARRAY_ITERATOR_METHODS: Rows = &[
    ("__iter__", "wrap:($self, /)"),
    ("__next__", "wrap:($self, /)"),
    ("__reduce__", "($self, /)"),
    ("__setstate__", "($self, state, /)"),
];
