//! The declared signatures of the native modules' functions (see
//! `vm/signature.rs`): CPython 3.11's `__text_signature__` of each, or, where
//! it has none, the parameters its errors describe (`private:`).

use crate::objects::signatures::{declare_namespace, Rows};
use crate::vm::interp::Interp;
use crate::vm::value::Value;

/// Attaches the signatures to the registered modules' functions.
pub fn register(interp: &mut Interp) {
    let tables: [(&str, &str, Rows); 5] =
        [("math", "math.", MATH), ("cmath", "cmath.", CMATH), ("time", "time.", TIME), ("sys", "sys.", SYS), ("posix", "posix.", POSIX)];
    for (module, prefix, rows) in tables {
        if let Some(Value::Module(m)) = interp.modules.get(module).cloned() {
            declare_namespace(interp, &m.dict, prefix, rows);
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
];
