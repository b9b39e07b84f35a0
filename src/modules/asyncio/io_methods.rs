//! The readiness methods of the event loop: `add_reader` / `remove_reader` /
//! `add_writer` / `remove_writer` over the loop's mio reactor (see
//! `event_loop::dispatch_io`), and `_extend_loop`, through which
//! stdlib/asyncio adds the methods written in coil (`sock_recv`, the
//! transports' `create_connection` ...) to the loop's class.

use super::{add_methods, as_loop};
use crate::modules::asyncio::event_loop::{EventLoop, IoWatch};
use crate::modules::asyncio::timers::Handle;
use crate::system;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

pub fn register(_interp: &mut Interp, cls: &Rc<Class>) {
    add_methods(
        cls,
        &[
            ("add_reader", add_reader),
            ("remove_reader", remove_reader),
            ("add_writer", add_writer),
            ("remove_writer", remove_writer),
        ],
    );
    add_methods(cls, LAZY);
    add_methods(cls, LAZY_UNIX);
    add_methods(cls, LAZY_EXECUTORS);
}

/// The methods written in coil (stdlib/asyncio/reactor.py). Until that module
/// is imported, each name holds a stand-in that imports it (which replaces
/// every stand-in with the real method) and calls the real method: programs
/// that never touch sockets do not pay for compiling it.
macro_rules! lazy_methods {
    ($($name:ident),* $(,)?) => {
        const LAZY: &[(&str, NativeFn)] = &[$((stringify!($name), {
            fn $name(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                call_lazy(interp, stringify!($name), args, kwargs)
            }
            $name
        })),*];
    };
}

lazy_methods!(
    sock_recv,
    sock_recv_into,
    sock_recvfrom,
    sock_recvfrom_into,
    sock_sendall,
    sock_sendto,
    sock_connect,
    sock_accept,
    getaddrinfo,
    getnameinfo,
    create_connection,
    create_unix_connection,
    connect_accepted_socket,
    create_server,
    create_unix_server,
    create_datagram_endpoint,
    sock_sendfile,
    sendfile,
    start_tls,
);

/// The pipe and child-process methods (stdlib/asyncio/unix_events.py), loaded
/// the same way from their own module.
const LAZY_UNIX: &[(&str, NativeFn)] = &[
    ("subprocess_exec", |i, a, k| call_lazy_from(i, "asyncio.unix_events", "subprocess_exec", a, k)),
    ("subprocess_shell", |i, a, k| call_lazy_from(i, "asyncio.unix_events", "subprocess_shell", a, k)),
    ("connect_read_pipe", |i, a, k| call_lazy_from(i, "asyncio.unix_events", "connect_read_pipe", a, k)),
    ("connect_write_pipe", |i, a, k| call_lazy_from(i, "asyncio.unix_events", "connect_write_pipe", a, k)),
];

/// The executor methods (stdlib/asyncio/executors.py), loaded the same way, so
/// that `import asyncio` does not import `weakref` and what it needs. The
/// native `shutdown_default_executor` stands until then: with no executor made,
/// there is nothing to shut down.
const LAZY_EXECUTORS: &[(&str, NativeFn)] = &[
    ("run_in_executor", |i, a, k| call_lazy_from(i, "asyncio.executors", "run_in_executor", a, k)),
    ("set_default_executor", |i, a, k| call_lazy_from(i, "asyncio.executors", "set_default_executor", a, k)),
];

fn call_lazy(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    call_lazy_from(interp, "asyncio.reactor", name, args, kwargs)
}

fn call_lazy_from(interp: &mut Interp, module: &str, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    interp.import_module(module)?;
    let cls = interp.native_classes.get("_UnixSelectorEventLoop").cloned();
    let method = cls.and_then(|c| c.dict.borrow().get_str(name).cloned());
    match method {
        Some(m @ Value::Function(_)) => interp.call_value(m, args.to_vec(), kwargs.to_vec()),
        _ => Err(interp.attribute_error(format!("'_UnixSelectorEventLoop' object has no attribute '{name}'"))),
    }
}

fn recv(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<EventLoop>> {
    args.first().and_then(as_loop).ok_or_else(|| interp.type_error("descriptor requires an event loop"))
}

/// A descriptor argument: an int or an object with `fileno()`.
fn fd_arg(interp: &mut Interp, v: Option<&Value>) -> PyResult<i32> {
    let Some(v) = v else {
        return Err(interp.type_error("missing required argument 'fd'"));
    };
    let n = match v.builtin_value() {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => interp.c_int_value(v)?,
        _ => {
            let Ok(method) = interp.get_attr(v, "fileno") else {
                let r = interp.repr(v)?;
                return Err(interp.value_error(format!("Invalid file object: {r}")));
            };
            let r = interp.call_value(method, vec![], vec![])?;
            interp.c_int_value(&r)?
        }
    };
    if n < 0 {
        return Err(interp.value_error(format!("Invalid file descriptor: {n}")));
    }
    Ok(n as i32)
}

fn add(interp: &mut Interp, args: &[Value], write: bool, what: &str) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    if lp.closed.get() {
        return Err(interp.runtime_error("Event loop is closed"));
    }
    let fd = fd_arg(interp, args.get(1))?;
    let Some(cb) = args.get(2).cloned() else {
        return Err(interp.type_error(format!("{what}() missing 1 required positional argument: 'callback'")));
    };
    let raw = crate::modules::_select::raw_fd(interp, fd)?;
    let handle = Rc::new(Handle::new(cb, args[3..].to_vec(), None));
    let fresh = !lp.io.borrow().contains_key(&fd);
    if let Err(e) = lp.watch(fd, raw) {
        return Err(system::os_error(interp, &e, None, None));
    }
    if fresh {
        system::system(interp).readiness.insert(fd, [false; 4]);
    }
    let mut io = lp.io.borrow_mut();
    let entry = io.entry(fd).or_insert_with(IoWatch::default);
    let slot = if write { &mut entry.writer } else { &mut entry.reader };
    if let Some(old) = slot.replace(handle) {
        old.cancelled.set(true);
    }
    lp.watching.set(true);
    Ok(Value::None)
}

fn remove(interp: &mut Interp, args: &[Value], write: bool) -> PyResult<Value> {
    let lp = recv(interp, args)?;
    let fd = fd_arg(interp, args.get(1))?;
    let mut io = lp.io.borrow_mut();
    let Some(entry) = io.get_mut(&fd) else { return Ok(Value::Bool(false)) };
    let slot = if write { &mut entry.writer } else { &mut entry.reader };
    let had = match slot.take() {
        Some(h) => {
            h.cancelled.set(true);
            true
        }
        None => false,
    };
    if entry.reader.is_none() && entry.writer.is_none() {
        io.remove(&fd);
        lp.watching.set(!io.is_empty());
        drop(io);
        let raw = crate::modules::_select::raw_fd(interp, fd).unwrap_or(fd);
        lp.unwatch(raw);
        system::system(interp).readiness.remove(&fd);
    }
    Ok(Value::Bool(had))
}

fn add_reader(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    add(interp, args, false, "add_reader")
}

fn add_writer(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    add(interp, args, true, "add_writer")
}

fn remove_reader(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    remove(interp, args, false)
}

fn remove_writer(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    remove(interp, args, true)
}

/// `_asyncio._extend_loop(methods)`: adds the functions of the dict `methods`
/// to the event loop's class (once, when stdlib/asyncio is imported).
pub fn extend_loop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(Value::Dict(d)) = args.first() else {
        return Err(interp.type_error("_extend_loop() expects a dict"));
    };
    let Some(cls) = interp.native_classes.get("_UnixSelectorEventLoop").cloned() else {
        return Ok(Value::None);
    };
    let items: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, v) in items {
        if let Some(name) = k.as_str() {
            cls.dict.borrow_mut().set_str(name, v);
        }
    }
    Ok(Value::None)
}
