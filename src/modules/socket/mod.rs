//! The `_socket` module behind stdlib/socket.py: the `socket` type over the
//! kernel's sockets (libc), name resolution, address conversions and the
//! constants. A socket's descriptor is entered in the script's descriptor table
//! (`crate::system::fds`), so `os.read`, `select` and `os.close` see it; the
//! socket object removes it when closed or dropped. Opening sockets needs the
//! policy's network switch.

mod addr;
mod consts;
mod object;
mod sendfile;

use crate::vm::types::Exc;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::modules::_offload::Offload;
use std::cell::Cell;
use std::rc::Rc;

/// The module's classes and the default timeout.
#[derive(Default)]
pub struct State {
    pub gaierror: Option<Rc<Class>>,
    pub herror: Option<Rc<Class>>,
    /// `setdefaulttimeout`: negative for None.
    pub default_timeout: Cell<f64>,
}

pub fn state(interp: &mut Interp) -> &mut State {
    let s = interp.extensions.get_or_default::<State>();
    if s.gaierror.is_none() && s.default_timeout.get() == 0.0 {
        s.default_timeout.set(-1.0);
    }
    s
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getaddrinfo", getaddrinfo),
    ("getnameinfo", getnameinfo),
    ("gethostname", gethostname),
    ("gethostbyname", gethostbyname),
    ("gethostbyaddr", gethostbyaddr),
    ("inet_aton", inet_aton),
    ("inet_ntoa", inet_ntoa),
    ("inet_pton", inet_pton),
    ("inet_ntop", inet_ntop),
    ("htons", htons),
    ("ntohs", htons),
    ("htonl", htonl),
    ("ntohl", htonl),
    ("getdefaulttimeout", getdefaulttimeout),
    ("setdefaulttimeout", setdefaulttimeout),
    ("socketpair", object::socketpair),
    ("dup", dup),
    ("close", close),
    ("getservbyname", getservbyname),
    ("getprotobyname", getprotobyname),
    ("_sendfile", sendfile::sendfile),
];

/// Registers `_socket`.
pub fn register(interp: &mut Interp) {
    let os_error = interp.types.exc(Exc::OSError);
    let mk = |name: &str| {
        crate::vm::types::new_class(name, vec![os_error.clone()], Dict::new(), ClassKind::Exception, "socket")
            .unwrap_or(os_error.clone())
    };
    let gai = mk("gaierror");
    let herr = mk("herror");
    {
        let s = state(interp);
        s.gaierror = Some(gai.clone());
        s.herror = Some(herr.clone());
    }
    let cls = object::register_class(interp);
    let mut values: Vec<(&str, Value)> = consts::CONSTANTS.iter().map(|(n, v)| (*n, Value::Int(*v))).collect();
    values.push(("socket", Value::Class(cls.clone())));
    values.push(("SocketType", Value::Class(cls)));
    values.push(("gaierror", Value::Class(gai)));
    values.push(("herror", Value::Class(herr)));
    values.push(("error", Value::Class(os_error)));
    values.push(("timeout", Value::Class(interp.types.exc(Exc::TimeoutError))));
    values.push(("has_ipv6", Value::Bool(true)));
    let m = super::make_module("_socket", FUNCTIONS, values);
    interp.modules.insert("_socket".into(), m);
}

fn parse(
    interp: &mut Interp,
    sig: &super::os::args::Sig,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<super::os::args::Parsed> {
    super::os::args::parse(interp, sig, args, kwargs)
}

fn int_arg(interp: &mut Interp, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => super::os::args::int(interp, v),
    }
}

/// `getaddrinfo`'s arguments, checked.
fn gai_args(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<addr::GaiQuery> {
    use super::os::args::Sig;
    const SIG: Sig = Sig::new("getaddrinfo", &["host", "port", "family", "type", "proto", "flags"], 2, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let family = int_arg(interp, p.get(2), 0)? as i32;
    let kind = int_arg(interp, p.get(3), 0)? as i32;
    let proto = int_arg(interp, p.get(4), 0)? as i32;
    let flags = int_arg(interp, p.get(5), 0)? as i32;
    let host = p.req(0).clone();
    let port = p.req(1).clone();
    addr::gai_query(interp, &host, &port, (family, kind, proto, flags))
}

fn getaddrinfo(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let q = gai_args(interp, args, kwargs)?;
    let r = addr::gai_resolve(&q);
    addr::gai_value(interp, r)
}

/// The entry points of the resolvers, by which `_offload` knows them.
pub const GETADDRINFO: NativeFn = getaddrinfo;
pub const GETHOSTBYNAME: NativeFn = gethostbyname;

/// `getaddrinfo` as offloaded work: the lookup runs on a worker thread
/// (see `modules::_offload`).
pub fn getaddrinfo_offload(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Offload> {
    let q = gai_args(interp, args, kwargs)?;
    Ok(Offload::new(move || addr::gai_resolve(&q), addr::gai_value))
}

/// `gethostbyname` as offloaded work.
pub fn gethostbyname_offload(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Offload> {
    crate::objects::no_kwargs(interp, "gethostbyname", kwargs)?;
    crate::objects::check_args(interp, "gethostbyname", args, 1, 1)?;
    let host = addr::host_text(interp, &args[0], "gethostbyname() argument 1 must be ")?;
    Ok(Offload::new(
        move || addr::resolve_one_raw(&host, libc::AF_INET),
        |interp, r| match r {
            Ok(sa) => Ok(Value::string(addr::address_text(&sa))),
            Err(e) => Err(addr::resolve_error(interp, e)),
        },
    ))
}

fn getnameinfo(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "getnameinfo", kwargs)?;
    crate::objects::check_args(interp, "getnameinfo", args, 2, 2)?;
    let flags = super::os::args::int(interp, &args[1])? as i32;
    addr::getnameinfo(interp, &args[0], flags)
}

fn gethostname(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    let mut buf = [0u8; 256];
    // SAFETY: buf is writable for its length.
    unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(Value::string(String::from_utf8_lossy(&buf[..end]).into_owned()))
}

fn gethostbyname(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "gethostbyname", kwargs)?;
    crate::objects::check_args(interp, "gethostbyname", args, 1, 1)?;
    let host = addr::host_text(interp, &args[0], "gethostbyname() argument 1 must be ")?;
    Ok(Value::string(addr::host_v4(interp, &host)?))
}

fn gethostbyaddr(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "gethostbyaddr", kwargs)?;
    crate::objects::check_args(interp, "gethostbyaddr", args, 1, 1)?;
    let host = addr::host_text(interp, &args[0], "gethostbyaddr() argument 1 must be ")?;
    let ip = if host.contains(':') { host.clone() } else { addr::host_v4(interp, &host)? };
    let sa = Value::tuple(vec![Value::string(ip.clone()), Value::Int(0)]);
    let named = addr::getnameinfo(interp, &sa, libc::NI_NAMEREQD);
    match named {
        Ok(Value::Tuple(t)) => Ok(Value::tuple(vec![t.0[0].clone(), Value::list(vec![]), Value::list(vec![Value::string(ip)])])),
        _ => {
            let class = state(interp).herror.clone().expect("registered");
            let args = vec![Value::Int(1), Value::str("Unknown host")];
            Err(interp.call_value(Value::Class(class), args, vec![]).unwrap_or_else(|e| e))
        }
    }
}

fn text_arg(interp: &mut Interp, v: &Value, func: &str) -> PyResult<String> {
    match v.builtin_value() {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("{func}() argument 1 must be str, not {t}")))
        }
    }
}

fn inet_aton(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "inet_aton", kwargs)?;
    crate::objects::check_args(interp, "inet_aton", args, 1, 1)?;
    let text = text_arg(interp, &args[0], "inet_aton")?;
    match parse_dotted(&text) {
        Some(n) => Ok(Value::bytes(n.to_be_bytes().to_vec())),
        None => Err(interp.new_error(Exc::OSError, "illegal IP address string passed to inet_aton")),
    }
}

/// inet_aton(3)'s forms: one to four numbers (decimal, 0x hex or 0 octal)
/// separated by dots, the last filling the remaining bytes.
fn parse_dotted(text: &str) -> Option<u32> {
    let text = text.split(|c: char| c.is_ascii_whitespace()).next()?;
    let parts: Vec<&str> = text.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut nums = Vec::new();
    for p in &parts {
        let (digits, radix) = if let Some(h) = p.strip_prefix("0x").or_else(|| p.strip_prefix("0X")) {
            (h, 16)
        } else if p.len() > 1 && p.starts_with('0') {
            (&p[1..], 8)
        } else {
            (*p, 10)
        };
        if digits.is_empty() && radix != 16 {
            return None;
        }
        let n = if digits.is_empty() { 0 } else { u64::from_str_radix(digits, radix).ok()? };
        nums.push(n);
    }
    let last = nums.pop()?;
    let mut value: u64 = 0;
    for (i, n) in nums.iter().enumerate() {
        if *n > 255 {
            return None;
        }
        value |= n << (24 - 8 * i);
    }
    let room = 32 - 8 * nums.len() as u32;
    if room < 64 && last >= (1u64 << room) {
        return None;
    }
    Some((value | last) as u32)
}

fn inet_ntoa(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "inet_ntoa", kwargs)?;
    crate::objects::check_args(interp, "inet_ntoa", args, 1, 1)?;
    let b = crate::objects::buffer::require(interp, &args[0])?;
    if b.len() != 4 {
        return Err(interp.new_error(Exc::OSError, "packed IP wrong length for inet_ntoa"));
    }
    Ok(Value::string(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string()))
}

fn inet_pton(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "inet_pton", kwargs)?;
    crate::objects::check_args(interp, "inet_pton", args, 2, 2)?;
    let family = super::os::args::int(interp, &args[0])? as i32;
    let text = text_arg(interp, &args[1], "inet_pton")?;
    let bad = |interp: &mut Interp| interp.new_error(Exc::OSError, "illegal IP address string passed to inet_pton");
    match family {
        libc::AF_INET => match text.parse::<std::net::Ipv4Addr>() {
            Ok(ip) => Ok(Value::bytes(ip.octets().to_vec())),
            Err(_) => Err(bad(interp)),
        },
        libc::AF_INET6 => match text.parse::<std::net::Ipv6Addr>() {
            Ok(ip) => Ok(Value::bytes(ip.octets().to_vec())),
            Err(_) => Err(bad(interp)),
        },
        _ => Err(crate::system::os_error_errno(interp, libc::EAFNOSUPPORT, None, None)),
    }
}

fn inet_ntop(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "inet_ntop", kwargs)?;
    crate::objects::check_args(interp, "inet_ntop", args, 2, 2)?;
    let family = super::os::args::int(interp, &args[0])? as i32;
    let b = crate::objects::buffer::require(interp, &args[1])?;
    match (family, b.len()) {
        (libc::AF_INET, 4) => Ok(Value::string(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string())),
        (libc::AF_INET6, 16) => {
            let mut o = [0u8; 16];
            o.copy_from_slice(&b);
            Ok(Value::string(std::net::Ipv6Addr::from(o).to_string()))
        }
        (libc::AF_INET | libc::AF_INET6, _) => Err(interp.value_error("invalid length of packed IP address string")),
        _ => Err(interp.value_error(format!("unknown address family {family}"))),
    }
}

fn unsigned_arg(interp: &mut Interp, name: &str, args: &[Value], bits: u32) -> PyResult<u64> {
    crate::objects::check_args(interp, name, args, 1, 1)?;
    if !matches!(args[0].builtin_value(), Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        let t = interp.type_name(&args[0]);
        return Err(interp.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    let n = interp.index_value(&args[0]);
    match n {
        Ok(n) if n < 0 => Err(interp.overflow_error(format!(
            "{name}: can't convert negative Python int to C {bits}-bit unsigned integer"
        ))),
        Ok(n) if (n as u64) < (1u64 << bits) => Ok(n as u64),
        _ => Err(interp.overflow_error(format!("{name}: Python int too large to convert to C {bits}-bit unsigned integer"))),
    }
}

fn htons(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let n = unsigned_arg(interp, "htons", args, 16)? as u16;
    Ok(Value::Int(n.swap_bytes() as i64))
}

fn htonl(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let n = unsigned_arg(interp, "htonl", args, 32)? as u32;
    Ok(Value::Int(n.swap_bytes() as i64))
}

fn getdefaulttimeout(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = state(interp).default_timeout.get();
    Ok(if t < 0.0 { Value::None } else { Value::Float(t) })
}

/// A timeout argument: None (-1.0) or seconds >= 0.
pub fn timeout_value(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    if v.is_none() {
        return Ok(-1.0);
    }
    let secs = match v.builtin_value() {
        Value::Float(f) => *f,
        _ => interp.index_value(v)? as f64,
    };
    if secs.is_nan() {
        return Err(interp.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(interp.value_error("Timeout value out of range"));
    }
    Ok(secs)
}

fn setdefaulttimeout(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    crate::objects::check_args(interp, "setdefaulttimeout", args, 1, 1)?;
    let t = timeout_value(interp, &args[0])?;
    state(interp).default_timeout.set(t);
    Ok(Value::None)
}

fn dup(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    crate::objects::check_args(interp, "dup", args, 1, 1)?;
    let fd = super::os::args::fd(interp, &args[0])?;
    // SAFETY: F_DUPFD_CLOEXEC makes a new descriptor or fails.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        let e = std::io::Error::last_os_error();
        return Err(crate::system::os_error(interp, &e, None, None));
    }
    object::install_fd(interp, new);
    Ok(Value::Int(new as i64))
}

fn close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    crate::objects::check_args(interp, "close", args, 1, 1)?;
    let fd = super::os::args::fd(interp, &args[0])?;
    object::close_fd(interp, fd)?;
    Ok(Value::None)
}

fn getservbyname(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    crate::objects::check_args(interp, "getservbyname", args, 1, 2)?;
    let name = text_arg(interp, &args[0], "getservbyname")?;
    let proto = match args.get(1) {
        Some(v) => Some(text_arg(interp, v, "getservbyname")?),
        None => None,
    };
    let c = std::ffi::CString::new(name).unwrap_or_default();
    let p = proto.map(|p| std::ffi::CString::new(p).unwrap_or_default());
    // SAFETY: both strings are NUL-terminated; the result is read at once.
    let ent = unsafe { libc::getservbyname(c.as_ptr(), p.as_ref().map_or(std::ptr::null(), |p| p.as_ptr())) };
    if ent.is_null() {
        return Err(interp.new_error(Exc::OSError, "service/proto not found"));
    }
    // SAFETY: a non-null servent from getservbyname.
    Ok(Value::Int(u16::from_be(unsafe { (*ent).s_port } as u16) as i64))
}

fn getprotobyname(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    crate::objects::check_args(interp, "getprotobyname", args, 1, 1)?;
    let name = text_arg(interp, &args[0], "getprotobyname")?;
    let n = match name.as_str() {
        "ip" => 0,
        "icmp" => 1,
        "tcp" => 6,
        "udp" => 17,
        "ipv6" => 41,
        "icmpv6" | "ipv6-icmp" => 58,
        "raw" => 255,
        _ => return Err(interp.new_error(Exc::OSError, "protocol not found")),
    };
    Ok(Value::Int(n))
}
