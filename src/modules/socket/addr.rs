//! Socket addresses between their Python form (`(host, port)` tuples, Unix
//! paths) and the kernel's `sockaddr` structures, and name resolution with
//! getaddrinfo(3).

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::ffi::{CStr, CString};
use std::mem::{size_of, zeroed};
use std::net::{Ipv4Addr, Ipv6Addr};

/// A kernel socket address and its length.
pub struct SockAddr {
    pub storage: libc::sockaddr_storage,
    pub len: libc::socklen_t,
}

impl SockAddr {
    pub fn empty() -> SockAddr {
        // SAFETY: sockaddr_storage is plain data; all zeroes is a valid value.
        SockAddr { storage: unsafe { zeroed() }, len: size_of::<libc::sockaddr_storage>() as libc::socklen_t }
    }
    pub fn ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const _ as *const libc::sockaddr
    }
    pub fn mut_ptr(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut _ as *mut libc::sockaddr
    }
}

/// `gaierror(code, text)` for a getaddrinfo/getnameinfo failure (EAI_SYSTEM: the OSError of errno).
pub fn gai_error(interp: &mut Interp, code: i32) -> Value {
    if code == libc::EAI_SYSTEM {
        let e = std::io::Error::last_os_error();
        return crate::system::os_error(interp, &e, None, None);
    }
    // SAFETY: gai_strerror returns a static NUL-terminated message.
    let text = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }.to_string_lossy().into_owned();
    let class = super::state(interp).gaierror.clone();
    let args = vec![Value::Int(code as i64), Value::string(text)];
    match class {
        Some(c) => interp.call_value(Value::Class(c), args, vec![]).unwrap_or_else(|e| e),
        None => interp.new_error(Exc::OSError, "getaddrinfo failed"),
    }
}

/// The text of a host argument: str (IDNA is not needed for ASCII names) or bytes.
pub fn host_text(interp: &mut Interp, v: &Value, what: &str) -> PyResult<String> {
    match v.builtin_value() {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        Value::ByteArray(b) => Ok(String::from_utf8_lossy(&b.data.borrow()).into_owned()),
        other => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("{what}str, bytes or bytearray expected, not {t}")))
        }
    }
}

/// Resolves `host` for `family` (AF_INET or AF_INET6) to one address, as CPython's
/// setipaddr: '' is the wildcard, '<broadcast>' the broadcast address, numbers are
/// parsed, other names go through getaddrinfo.
fn resolve_one(interp: &mut Interp, host: &str, family: i32) -> PyResult<SockAddr> {
    resolve_one_raw(host, family).map_err(|e| resolve_error(interp, e))
}

/// Why a name did not resolve: a NUL in it, or getaddrinfo's error code.
pub enum ResolveError {
    Nul,
    Gai(i32),
}

/// The error a failed resolution raises.
pub fn resolve_error(interp: &mut Interp, e: ResolveError) -> Value {
    match e {
        ResolveError::Nul => interp.type_error("host name must not contain null character"),
        ResolveError::Gai(code) => gai_error(interp, code),
    }
}

/// The first address of `host` in `family`, without the interpreter (it may
/// run on a worker thread, see `modules::_offload`).
pub fn resolve_one_raw(host: &str, family: i32) -> Result<SockAddr, ResolveError> {
    let mut sa = SockAddr::empty();
    if host.is_empty() || host == "<broadcast>" {
        if family == libc::AF_INET6 && host.is_empty() {
            return Ok(v6_addr(Ipv6Addr::UNSPECIFIED, 0, 0, 0));
        }
        let ip = if host.is_empty() { Ipv4Addr::UNSPECIFIED } else { Ipv4Addr::BROADCAST };
        return Ok(v4_addr(ip, 0));
    }
    if family == libc::AF_INET {
        if let Ok(ip) = host.parse::<Ipv4Addr>() {
            return Ok(v4_addr(ip, 0));
        }
    }
    if family == libc::AF_INET6 {
        if let Ok(ip) = host.parse::<Ipv6Addr>() {
            return Ok(v6_addr(ip, 0, 0, 0));
        }
    }
    let Ok(c) = CString::new(host) else {
        return Err(ResolveError::Nul);
    };
    // SAFETY: the hints are zeroed plain data; getaddrinfo's list is freed below.
    unsafe {
        let mut hints: libc::addrinfo = zeroed();
        hints.ai_family = family;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let code = libc::getaddrinfo(c.as_ptr(), std::ptr::null(), &hints, &mut res);
        if code != 0 {
            return Err(ResolveError::Gai(code));
        }
        let ai = &*res;
        let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, sa.mut_ptr() as *mut u8, n);
        sa.len = n as libc::socklen_t;
        libc::freeaddrinfo(res);
    }
    Ok(sa)
}

pub fn v4_addr(ip: Ipv4Addr, port: u16) -> SockAddr {
    let mut sa = SockAddr::empty();
    // SAFETY: sockaddr_storage is large enough and suitably aligned for sockaddr_in.
    let sin = unsafe { &mut *(sa.mut_ptr() as *mut libc::sockaddr_in) };
    sin.sin_family = libc::AF_INET as libc::sa_family_t;
    sin.sin_port = port.to_be();
    sin.sin_addr.s_addr = u32::from(ip).to_be();
    sa.len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
    sa
}

pub fn v6_addr(ip: Ipv6Addr, port: u16, flowinfo: u32, scope: u32) -> SockAddr {
    let mut sa = SockAddr::empty();
    // SAFETY: sockaddr_storage is large enough and suitably aligned for sockaddr_in6.
    let sin = unsafe { &mut *(sa.mut_ptr() as *mut libc::sockaddr_in6) };
    sin.sin6_family = libc::AF_INET6 as libc::sa_family_t;
    sin.sin6_port = port.to_be();
    sin.sin6_flowinfo = flowinfo.to_be();
    sin.sin6_scope_id = scope;
    sin.sin6_addr.s6_addr = ip.octets();
    sa.len = size_of::<libc::sockaddr_in6>() as libc::socklen_t;
    sa
}

fn set_port(sa: &mut SockAddr, port: u16) {
    // SAFETY: the family field says which structure the storage holds.
    unsafe {
        match sa.storage.ss_family as i32 {
            libc::AF_INET => (*(sa.mut_ptr() as *mut libc::sockaddr_in)).sin_port = port.to_be(),
            libc::AF_INET6 => (*(sa.mut_ptr() as *mut libc::sockaddr_in6)).sin6_port = port.to_be(),
            _ => {}
        }
    }
}

/// A port number (0-65535) of an address tuple.
fn port_arg(interp: &mut Interp, v: &Value, caller: &str) -> PyResult<u16> {
    if !matches!(v.builtin_value(), Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        let t = interp.type_name(v);
        return Err(interp.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    let n = interp.index_value(v).unwrap_or(-1);
    if !(0..=65535).contains(&n) {
        return Err(interp.overflow_error(format!("{caller}(): port must be 0-65535.")));
    }
    Ok(n as u16)
}

/// The kernel address for the Python address `addr` of a socket of `family`;
/// `caller` names the method in messages ("bind", "connect", ...).
pub fn parse(interp: &mut Interp, family: i32, addr: &Value, caller: &str) -> PyResult<SockAddr> {
    match family {
        libc::AF_UNIX => {
            let path: Vec<u8> = match crate::modules::os::path_arg::fspath(interp, addr)? {
                Some(Value::Str(s)) => crate::system::os_bytes(interp, s.as_str())?.into_owned(),
                Some(Value::Bytes(b)) => b.to_vec(),
                _ => match crate::objects::buffer::buffer(interp, addr)? {
                    Some(b) => b.to_vec(),
                    None => {
                        let t = interp.type_name(addr);
                        return Err(interp.type_error(format!(
                            "{caller}(): AF_UNIX address must be str or bytes, not {t}"
                        )));
                    }
                },
            };
            let mut sa = SockAddr::empty();
            // SAFETY: sockaddr_storage is large enough for sockaddr_un.
            let sun = unsafe { &mut *(sa.mut_ptr() as *mut libc::sockaddr_un) };
            if path.len() >= sun.sun_path.len() {
                return Err(interp.new_error(Exc::OSError, "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (i, b) in path.iter().enumerate() {
                sun.sun_path[i] = *b as libc::c_char;
            }
            let base = std::mem::offset_of!(libc::sockaddr_un, sun_path);
            // An abstract name (leading NUL) has no terminator.
            let extra = if path.first() == Some(&0) { 0 } else { 1 };
            sa.len = (base + path.len() + extra) as libc::socklen_t;
            Ok(sa)
        }
        libc::AF_INET | libc::AF_INET6 => {
            let name = if family == libc::AF_INET { "AF_INET" } else { "AF_INET6" };
            let Value::Tuple(t) = addr.builtin_value() else {
                let t = interp.type_name(addr);
                return Err(interp.type_error(format!("{caller}(): {name} address must be tuple, not {t}")));
            };
            let items = &t.0;
            let ok = if family == libc::AF_INET { items.len() == 2 } else { (2..=4).contains(&items.len()) };
            if !ok {
                let msg = if family == libc::AF_INET {
                    "AF_INET address must be a pair (host, port)".to_string()
                } else {
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])".to_string()
                };
                return Err(interp.type_error(msg));
            }
            let host = host_text(interp, &items[0], "")?;
            let port = port_arg(interp, &items[1], caller)?;
            let mut sa = resolve_one(interp, &host, family)?;
            set_port(&mut sa, port);
            if family == libc::AF_INET6 {
                let flow = match items.get(2) {
                    Some(v) => interp.index_value(v)?,
                    None => 0,
                };
                if !(0..=0xfffff).contains(&flow) {
                    return Err(interp.overflow_error(format!("{caller}(): flowinfo must be 0-1048575.")));
                }
                let scope = match items.get(3) {
                    Some(v) => interp.index_value(v)? as u32,
                    None => 0,
                };
                // SAFETY: an AF_INET6 lookup filled a sockaddr_in6.
                unsafe {
                    let sin = &mut *(sa.mut_ptr() as *mut libc::sockaddr_in6);
                    sin.sin6_flowinfo = (flow as u32).to_be();
                    if scope != 0 {
                        sin.sin6_scope_id = scope;
                    }
                }
            }
            Ok(sa)
        }
        _ => Err(interp.new_error(Exc::OSError, format!("{caller}(): bad family"))),
    }
}

/// The Python form of a kernel address (None for an empty one).
pub fn to_value(sa: &SockAddr) -> Value {
    if sa.len == 0 {
        return Value::None;
    }
    // SAFETY: the family field says which structure the storage holds, and the
    // kernel wrote `len` bytes of it.
    unsafe {
        match sa.storage.ss_family as i32 {
            libc::AF_INET => {
                let sin = &*(sa.ptr() as *const libc::sockaddr_in);
                let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
                Value::tuple(vec![Value::string(ip.to_string()), Value::Int(u16::from_be(sin.sin_port) as i64)])
            }
            libc::AF_INET6 => {
                let sin = &*(sa.ptr() as *const libc::sockaddr_in6);
                let ip = Ipv6Addr::from(sin.sin6_addr.s6_addr);
                Value::tuple(vec![
                    Value::string(ip.to_string()),
                    Value::Int(u16::from_be(sin.sin6_port) as i64),
                    Value::Int(u32::from_be(sin.sin6_flowinfo) as i64),
                    Value::Int(sin.sin6_scope_id as i64),
                ])
            }
            libc::AF_UNIX => {
                let sun = &*(sa.ptr() as *const libc::sockaddr_un);
                let base = std::mem::offset_of!(libc::sockaddr_un, sun_path);
                let n = (sa.len as usize).saturating_sub(base).min(sun.sun_path.len());
                let raw: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
                if raw.first() == Some(&0) {
                    return Value::bytes(raw);
                }
                let end = raw.iter().position(|b| *b == 0).unwrap_or(raw.len());
                Value::string(crate::codepoint::decode_os(&raw[..end]))
            }
            _ => Value::tuple(vec![Value::Int(sa.storage.ss_family as i64), Value::bytes(vec![])]),
        }
    }
}

/// A checked `getaddrinfo` request: host, port and the hints (family,
/// type, proto, flags). Owned data only, so it can be resolved on a worker.
pub struct GaiQuery {
    host: Option<CString>,
    port: Option<CString>,
    hints: (i32, i32, i32, i32),
}

/// One entry of `getaddrinfo`'s answer.
pub struct GaiEntry {
    family: i32,
    kind: i32,
    proto: i32,
    canon: String,
    addr: SockAddr,
}

/// Checks `getaddrinfo`'s host and port (raising its errors).
pub fn gai_query(interp: &mut Interp, host: &Value, port: &Value, hints: (i32, i32, i32, i32)) -> PyResult<GaiQuery> {
    let host_c = match host {
        Value::None => None,
        v => {
            let h = host_text(interp, v, "getaddrinfo() argument 1 must be string or None")?;
            let h = if h.is_empty() { None } else { Some(h) };
            match h.map(CString::new) {
                Some(Ok(c)) => Some(c),
                Some(Err(_)) => return Err(interp.value_error("embedded null character")),
                None => None,
            }
        }
    };
    let port_c = match port.builtin_value() {
        Value::None => None,
        Value::Int(n) => Some(n.to_string()),
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        _ => return Err(interp.new_error(Exc::OSError, "Int or String expected")),
    };
    let port_c = match port_c.map(CString::new) {
        Some(Ok(c)) => Some(c),
        Some(Err(_)) => return Err(interp.value_error("embedded null character")),
        None => None,
    };
    if host_c.is_none() && port_c.is_none() {
        return Err(gai_error(interp, libc::EAI_NONAME));
    }
    Ok(GaiQuery { host: host_c, port: port_c, hints })
}

/// Runs the request (Err: getaddrinfo's error code); needs no interpreter.
pub fn gai_resolve(q: &GaiQuery) -> Result<Vec<GaiEntry>, i32> {
    let mut out = Vec::new();
    // SAFETY: hints are zeroed plain data; the result list is walked then freed.
    unsafe {
        let mut h: libc::addrinfo = zeroed();
        h.ai_family = q.hints.0;
        h.ai_socktype = q.hints.1;
        h.ai_protocol = q.hints.2;
        h.ai_flags = q.hints.3;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let code = libc::getaddrinfo(
            q.host.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            q.port.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            &h,
            &mut res,
        );
        if code != 0 {
            return Err(code);
        }
        let mut p = res;
        while !p.is_null() {
            let ai = &*p;
            let mut sa = SockAddr::empty();
            let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
            std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, sa.mut_ptr() as *mut u8, n);
            sa.len = n as libc::socklen_t;
            let canon = if ai.ai_canonname.is_null() {
                String::new()
            } else {
                CStr::from_ptr(ai.ai_canonname).to_string_lossy().into_owned()
            };
            out.push(GaiEntry { family: ai.ai_family, kind: ai.ai_socktype, proto: ai.ai_protocol, canon, addr: sa });
            p = ai.ai_next;
        }
        libc::freeaddrinfo(res);
    }
    Ok(out)
}

/// The list of `(family, type, proto, canonname, sockaddr)` a resolution gives.
pub fn gai_value(interp: &mut Interp, r: Result<Vec<GaiEntry>, i32>) -> PyResult<Value> {
    let entries = r.map_err(|code| gai_error(interp, code))?;
    let out = entries
        .into_iter()
        .map(|e| {
            Value::tuple(vec![
                Value::Int(e.family as i64),
                Value::Int(e.kind as i64),
                Value::Int(e.proto as i64),
                Value::string(e.canon),
                to_value(&e.addr),
            ])
        })
        .collect();
    Ok(Value::list(out))
}

/// `getnameinfo(sockaddr, flags)`: `(host, port)` as text.
pub fn getnameinfo(interp: &mut Interp, addr: &Value, flags: i32) -> PyResult<Value> {
    let Value::Tuple(t) = addr.builtin_value() else {
        return Err(interp.type_error("getnameinfo() argument 1 must be a tuple"));
    };
    if !(2..=4).contains(&t.0.len()) {
        return Err(interp.type_error("getnameinfo(): illegal sockaddr argument"));
    }
    let host = host_text(interp, &t.0[0], "")?;
    let port = port_arg(interp, &t.0[1], "getnameinfo")?;
    let family = if host.contains(':') { libc::AF_INET6 } else { libc::AF_INET };
    let mut sa = resolve_one(interp, &host, family)?;
    set_port(&mut sa, port);
    let mut hbuf = [0 as libc::c_char; 1025];
    let mut sbuf = [0 as libc::c_char; 32];
    // SAFETY: both buffers are writable and their sizes are passed.
    let code = unsafe {
        libc::getnameinfo(
            sa.ptr(),
            sa.len,
            hbuf.as_mut_ptr(),
            hbuf.len() as libc::socklen_t,
            sbuf.as_mut_ptr(),
            sbuf.len() as libc::socklen_t,
            flags,
        )
    };
    if code != 0 {
        return Err(gai_error(interp, code));
    }
    // SAFETY: getnameinfo wrote NUL-terminated strings.
    let (h, s) = unsafe {
        (CStr::from_ptr(hbuf.as_ptr()).to_string_lossy().into_owned(), CStr::from_ptr(sbuf.as_ptr()).to_string_lossy().into_owned())
    };
    Ok(Value::tuple(vec![Value::string(h), Value::string(s)]))
}

/// The IPv4 address a host name resolves to (`gethostbyname`).
pub fn host_v4(interp: &mut Interp, host: &str) -> PyResult<String> {
    let sa = resolve_one(interp, host, libc::AF_INET)?;
    Ok(address_text(&sa))
}

/// The host part of an address, as text.
pub fn address_text(sa: &SockAddr) -> String {
    match to_value(sa) {
        Value::Tuple(t) => t.0[0].as_str().unwrap_or("").to_string(),
        _ => String::new(),
    }
}
