//! The declared signatures (see `vm/signature.rs`) of the methods of the
//! classes the native modules make: `_struct.Struct`, the hash objects, the
//! zlib streams, sockets, weak references, `os.DirEntry`, the asyncio loop,
//! futures and handles, the `_itertools` tools, and the `_io` classes' constructors. CPython 3.11's
//! `__text_signature__`, or, where it has none, the parameters its errors
//! describe (`private:`); a native standing in for a method CPython writes in
//! Python is named as that method (`name=Class.method`).

use crate::objects::signatures::{declare, Rows};
use crate::vm::object::Class;
use std::rc::Rc;

/// Attaches the signatures to the methods of `classes`, made by a native module just built.
pub fn declare_classes(classes: &[Rc<Class>]) {
    let tables: &[(&[&str], Rows)] = &[
        (&["Struct"], STRUCT),
        (&["unpack_iterator"], UNPACK_ITERATOR),
        (&["HASH", "HASHXOF", "blake2b", "blake2s"], HASH),
        (&["HASHXOF"], &[("($self, /, length)", &["digest", "hexdigest"])]),
        (&["blake2b", "blake2s"], &[("($self, data, /)", &["update"])]),
        (&["Compress", "Decompress"], ZLIB_STREAM),
        (&["Compress"], &[("kw:($self, data, /)", &["compress"]), ("kw:($self, mode=zlib.Z_FINISH, /)", &["flush"])]),
        (&["Decompress"], DECOMPRESS),
        (&["socket"], SOCKET),
        (&["weakref"], WEAKREF),
        (&["DirEntry"], DIR_ENTRY),
        (&["ScandirIterator"], SCANDIR_ITERATOR),
        (&["FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom", "TextIOWrapper", "StringIO", "BytesIO"], CONSTRUCTED),
        (&["FileIO"], &[("($self, buffer, /)", &["readinto1"])]),
        (&["BufferedReader"], &[("tuple,private:($self, *args)", &["write=_BufferedIOBase.write"])]),
        (&["BufferedWriter"], BUFFERED_WRITER),
        (&["StringIO"], &[("private:($self, /)", &["detach=_TextIOBase.detach"])]),
        (&["Future", "Task"], FUTURE),
        (&["Task"], TASK),
        (&["FutureIter", "coroutine"], FUTURE_ITER),
        (&["Handle"], HANDLE),
        (&["TimerHandle"], &[("py,private:(self)", &["when=TimerHandle.when", "cancel=TimerHandle.cancel"])]),
        (&["TimerHandle"], &[("static:($type, *args, **kwargs)", &["__new__"])]),
        (&["TimerHandle"], TIMER_HANDLE),
        (&["_UnixSelectorEventLoop"], EVENT_LOOP),
        (&["Job"], OFFLOAD_JOB),
        (&["array"], ARRAY),
        (&["arrayiterator"], ARRAY_ITERATOR),
        (ITERTOOLS_CLASSES, ITERTOOLS),
        (&["chain"], &[("($type, iterable, /)", &["from_iterable"]), ("($type, item, /)", &["__class_getitem__"])]),
        (&["repeat"], &[("private:($self, /)", &["__length_hint__"])]),
        (&["_tee"], &[("($self, /)", &["__copy__"])]),
    ];
    for (names, rows) in tables {
        for cls in classes.iter().filter(|c| names.contains(&c.name.as_ref())) {
            declare(cls, rows);
        }
    }
}

/// coil's `_offload.Job`.
const OFFLOAD_JOB: Rows = &[
    ("private:($self, /)", &["done", "result", "__repr__"]),
    ("private:($self, /, timeout=None)", &["wait"]),
    ("private:($self, loop, callback, /)", &["notify"]),
];

/// A native class's `__new__` and `__init__`.
const CONSTRUCTED: Rows =
    &[("static:($type, *args, **kwargs)", &["__new__"]), ("wrap:($self, /, *args, **kwargs)", &["__init__"])];

const STRUCT: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /, *args, **kwargs)", &["__init__"]),
    ("($self, buffer, /)", &["iter_unpack", "unpack"]),
    ("($self, /, buffer, offset=0)", &["unpack_from"]),
    ("tuple,private:($self, *args)", &["pack", "pack_into"]),
    ("private:($self, /)", &["__sizeof__"]),
];

const UNPACK_ITERATOR: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /)", &["__iter__", "__next__"]),
    ("private:($self, /)", &["__length_hint__"]),
];

/// What every hash object has (`update`'s parameter is named per type).
const HASH: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /)", &["__repr__"]),
    ("($self, /)", &["copy", "digest", "hexdigest"]),
    ("($self, obj, /)", &["update"]),
];

/// The zlib streams' methods, parsed with their defining class (hence the
/// messages of functions that accept keywords).
const ZLIB_STREAM: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("($self, /)", &["__copy__", "copy"]),
    ("kw:($self, memo, /)", &["__deepcopy__"]),
];

const DECOMPRESS: Rows =
    &[("($self, data, /, max_length=0)", &["decompress"]), ("kw:($self, length=zlib.DEF_BUF_SIZE, /)", &["flush"])];

/// `_socket.socket`'s methods, parsed like PyArg_ParseTuple.
const SOCKET: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /, *args, **kwargs)", &["__init__"]),
    ("private:($self, /)", &["_accept", "close", "detach", "fileno", "getblocking", "getpeername", "getsockname", "gettimeout"]),
    ("private:($self, address, /)", &["bind", "connect", "connect_ex"]),
    ("private:($self, flag, /)", &["setblocking"]),
    ("private:($self, value, /)", &["settimeout"]),
    ("private:($self, how, /)", &["shutdown"]),
    ("private:($self, level, optname[, buflen], /)", &["getsockopt"]),
    ("private:($self, level, optname, value[, optlen], /)", &["setsockopt"]),
    ("private:($self[, backlog], /)", &["listen"]),
    ("private:($self, bufsize[, flags], /)", &["recv", "recvfrom"]),
    ("private:($self, data[, flags], /)", &["send", "sendall"]),
    // Its count is the native's ("sendto() takes 2 or 3 arguments").
    ("tuple,private:($self, *args)", &["sendto"]),
    ("kw,private:($self, /, buffer, nbytes=0, flags=0)", &["recv_into", "recvfrom_into"]),
];

const WEAKREF: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /, *args, **kwargs)", &["__init__"]),
    // Checked like PyArg_UnpackTuple(args, "weakref", 0, 0).
    ("pos,private:($self, /)", &["__call__=weakref"]),
    ("wrap:($self, value, /)", &["__eq__", "__ne__"]),
    ("wrap:($self, /)", &["__hash__", "__repr__"]),
];

const DIR_ENTRY: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /)", &["__repr__"]),
    ("($self, /)", &["__fspath__", "inode", "is_symlink"]),
    ("($self, /, *, follow_symlinks=True)", &["is_dir", "is_file", "stat"]),
];

const SCANDIR_ITERATOR: Rows = &[
    ("wrap:($self, /)", &["__iter__", "__next__"]),
    ("private:($self, /)", &["__enter__", "close"]),
    ("tuple,private:($self, *args)", &["__exit__"]),
];

/// The reading methods a BufferedWriter has from CPython's base class (which
/// fail), and coil's `peek`.
const BUFFERED_WRITER: Rows = &[
    ("tuple,private:($self, *args)", &["read=_BufferedIOBase.read", "read1=_BufferedIOBase.read1"]),
    ("($self, size=0, /)", &["peek"]),
];

const FUTURE: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /)", &["__await__", "__iter__", "__repr__"]),
    ("($self, fn, /, *, context=<unrepresentable>)", &["add_done_callback"]),
    ("($self, /, msg=None)", &["cancel"]),
    ("($self, /)", &["cancelled", "done", "exception", "get_loop", "result"]),
    ("($self, fn, /)", &["remove_done_callback"]),
    ("($self, exception, /)", &["set_exception"]),
    ("($self, result, /)", &["set_result"]),
];

const TASK: Rows = &[
    ("($self, /)", &["cancelling", "get_coro", "get_name", "uncancel"]),
    ("($self, value, /)", &["set_name"]),
];

/// The iterator of an awaited future, and coroutines driven by the asyncio
/// runtime.
const FUTURE_ITER: Rows = &[
    ("wrap:($self, /)", &["__iter__", "__next__", "__await__", "__repr__"]),
    ("private:($self, /)", &["close"]),
    ("private:($self, value, /)", &["send"]),
    ("pos,private:($self, typ, val=None, tb=None, /)", &["throw"]),
];

/// asyncio.Handle's methods (Python functions in CPython).
const HANDLE: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("py,private:(self)", &["__repr__=Handle.__repr__", "cancel=Handle.cancel", "cancelled=Handle.cancelled", "_run=Handle._run"]),
];

/// TimerHandle's comparisons (Python methods in CPython).
const TIMER_HANDLE: Rows = &[
    ("py,private:(self)", &["__hash__=TimerHandle.__hash__"]),
    (
        "py,private:(self, other)",
        &[
            "__eq__=TimerHandle.__eq__",
            "__ne__=TimerHandle.__ne__",
            "__lt__=TimerHandle.__lt__",
            "__le__=TimerHandle.__le__",
            "__gt__=TimerHandle.__gt__",
            "__ge__=TimerHandle.__ge__",
        ],
    ),
];

/// The event loop's methods, written in Python in CPython (named after the
/// class that defines each there).
const EVENT_LOOP: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    (
        "py,private:(self)",
        &[
            "close=_UnixSelectorEventLoop.close",
            "is_running=BaseEventLoop.is_running",
            "create_future=BaseEventLoop.create_future",
            "get_debug=BaseEventLoop.get_debug",
            "get_exception_handler=BaseEventLoop.get_exception_handler",
            "is_closed=BaseEventLoop.is_closed",
            "run_forever=BaseEventLoop.run_forever",
            "shutdown_asyncgens=BaseEventLoop.shutdown_asyncgens",
            "shutdown_default_executor=BaseEventLoop.shutdown_default_executor",
            "stop=BaseEventLoop.stop",
            "time=BaseEventLoop.time",
            "__repr__=BaseEventLoop.__repr__",
        ],
    ),
    ("py,private:(self, fd, callback, *args)", &["add_reader=BaseSelectorEventLoop.add_reader", "add_writer=BaseSelectorEventLoop.add_writer"]),
    ("py,private:(self, fd)", &["remove_reader=BaseSelectorEventLoop.remove_reader", "remove_writer=BaseSelectorEventLoop.remove_writer"]),
    ("py,private:(self, when, callback, *args, context=None)", &["call_at=BaseEventLoop.call_at"]),
    ("py,private:(self, delay, callback, *args, context=None)", &["call_later=BaseEventLoop.call_later"]),
    (
        "py,private:(self, callback, *args, context=None)",
        &["call_soon=BaseEventLoop.call_soon", "call_soon_threadsafe=BaseEventLoop.call_soon_threadsafe"],
    ),
    ("py,private:(self, context)", &["call_exception_handler=BaseEventLoop.call_exception_handler", "default_exception_handler=BaseEventLoop.default_exception_handler"]),
    ("py,private:(self, protocol_factory, sock, *, ssl=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None)", &["connect_accepted_socket=BaseEventLoop.connect_accepted_socket"]),
    ("py,private:(self, protocol_factory, host=None, port=None, *, ssl=None, family=0, proto=0, flags=0, sock=None, local_addr=None, server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None, happy_eyeballs_delay=None, interleave=None)", &["create_connection=BaseEventLoop.create_connection"]),
    ("py,private:(self, protocol_factory, local_addr=None, remote_addr=None, *, family=0, proto=0, flags=0, reuse_port=None, allow_broadcast=None, sock=None)", &["create_datagram_endpoint=BaseEventLoop.create_datagram_endpoint"]),
    ("py,private:(self, protocol_factory, host=None, port=None, *, family=0, flags=1, sock=None, backlog=100, ssl=None, reuse_address=None, reuse_port=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True)", &["create_server=BaseEventLoop.create_server"]),
    ("py,private:(self, coro, *, name=None, context=None)", &["create_task=BaseEventLoop.create_task"]),
    ("py,private:(self, protocol_factory, path=None, *, ssl=None, sock=None, server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None)", &["create_unix_connection=_UnixSelectorEventLoop.create_unix_connection"]),
    ("py,private:(self, protocol_factory, path=None, *, sock=None, backlog=100, ssl=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True)", &["create_unix_server=_UnixSelectorEventLoop.create_unix_server"]),
    ("py,private:(self, host, port, *, family=0, type=0, proto=0, flags=0)", &["getaddrinfo=BaseEventLoop.getaddrinfo"]),
    ("py,private:(self, sockaddr, flags=0)", &["getnameinfo=BaseEventLoop.getnameinfo"]),
    ("py,private:(self, future)", &["run_until_complete=BaseEventLoop.run_until_complete"]),
    ("py,private:(self, enabled)", &["set_debug=BaseEventLoop.set_debug"]),
    ("py,private:(self, factory)", &["set_task_factory=BaseEventLoop.set_task_factory"]),
    ("py,private:(self)", &["get_task_factory=BaseEventLoop.get_task_factory", "_check_closed=BaseEventLoop._check_closed"]),
    ("py,private:(self, handle)", &["_add_callback=BaseEventLoop._add_callback"]),
    ("py,private:(self, sig, callback, *args)", &["add_signal_handler=_UnixSelectorEventLoop.add_signal_handler"]),
    ("py,private:(self, sig)", &["remove_signal_handler=_UnixSelectorEventLoop.remove_signal_handler", "_check_signal=_UnixSelectorEventLoop._check_signal", "_handle_signal=_UnixSelectorEventLoop._handle_signal"]),
    ("py,private:(self, data)", &["_process_self_data=_UnixSelectorEventLoop._process_self_data"]),
    ("py,private:(self, handler)", &["set_exception_handler=BaseEventLoop.set_exception_handler"]),
    ("py,private:(self, sock)", &["sock_accept=BaseSelectorEventLoop.sock_accept"]),
    ("py,private:(self, sock, address)", &["sock_connect=BaseSelectorEventLoop.sock_connect"]),
    ("py,private:(self, sock, n)", &["sock_recv=BaseSelectorEventLoop.sock_recv"]),
    ("py,private:(self, sock, buf)", &["sock_recv_into=BaseSelectorEventLoop.sock_recv_into"]),
    ("py,private:(self, sock, bufsize)", &["sock_recvfrom=BaseSelectorEventLoop.sock_recvfrom"]),
    ("py,private:(self, sock, buf, nbytes=0)", &["sock_recvfrom_into=BaseSelectorEventLoop.sock_recvfrom_into"]),
    ("py,private:(self, sock, data)", &["sock_sendall=BaseSelectorEventLoop.sock_sendall"]),
    ("py,private:(self, sock, data, address)", &["sock_sendto=BaseSelectorEventLoop.sock_sendto"]),
    ("py,private:(self, executor, func, *args)", &["run_in_executor=BaseEventLoop.run_in_executor"]),
    ("py,private:(self, executor)", &["set_default_executor=BaseEventLoop.set_default_executor"]),
    ("py,private:(self, protocol_factory, pipe)", &["connect_read_pipe=BaseEventLoop.connect_read_pipe", "connect_write_pipe=BaseEventLoop.connect_write_pipe"]),
    ("py,private:(self, protocol_factory, program, *args, stdin=-1, stdout=-1, stderr=-1, universal_newlines=False, shell=False, bufsize=0, encoding=None, errors=None, text=None, **kwargs)", &["subprocess_exec=BaseEventLoop.subprocess_exec"]),
    ("py,private:(self, protocol_factory, cmd, *, stdin=-1, stdout=-1, stderr=-1, universal_newlines=False, shell=True, bufsize=0, encoding=None, errors=None, text=None, **kwargs)", &["subprocess_shell=BaseEventLoop.subprocess_shell"]),
    ("py,private:(self, sock, file, offset=0, count=None, *, fallback=True)", &["sock_sendfile=BaseEventLoop.sock_sendfile"]),
    ("py,private:(self, transport, file, offset=0, count=None, *, fallback=True)", &["sendfile=BaseEventLoop.sendfile"]),
    ("py,private:(self, transport, protocol, sslcontext, *, server_side=False, server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None)", &["start_tls=BaseEventLoop.start_tls"]),
];

/// `array.array`'s slot wrappers and methods.
const ARRAY: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /)", &["__len__", "__iter__", "__repr__"]),
    ("wrap:($self, key, /)", &["__getitem__", "__delitem__", "__contains__"]),
    ("wrapu:($self, key, value, /)", &["__setitem__"]),
    ("wrap:($self, value, /)", &["__add__", "__iadd__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]),
    ("wrapu:($self, value, /)", &["__mul__", "__rmul__", "__imul__"]),
    ("wrap:($self, /, *args, **kwargs)", &["__init__"]),
    ("($self, /)", &["__copy__", "__sizeof__", "buffer_info", "byteswap", "reverse", "tobytes", "tolist", "tounicode"]),
    ("($self, unused, /)", &["__deepcopy__"]),
    ("($self, value, /)", &["__reduce_ex__"]),
    ("($self, v, /)", &["append", "count", "remove"]),
    ("($self, bb, /)", &["extend"]),
    ("($self, buffer, /)", &["frombytes"]),
    ("($self, f, n, /)", &["fromfile"]),
    ("($self, list, /)", &["fromlist"]),
    ("($self, ustr, /)", &["fromunicode"]),
    ("($self, v, start=0, stop=sys.maxsize, /)", &["index"]),
    ("($self, i, v, /)", &["insert"]),
    ("($self, i=-1, /)", &["pop"]),
    ("($self, f, /)", &["tofile"]),
];

/// The native tools of `_itertools`.
const ITERTOOLS_CLASSES: &[&str] = &[
    "count", "cycle", "repeat", "compress", "dropwhile", "takewhile", "filterfalse", "islice", "chain",
    "zip_longest", "starmap", "accumulate", "pairwise", "groupby", "_grouper", "product", "permutations",
    "combinations", "combinations_with_replacement", "_tee", "_tee_dataobject",
];

/// What every `_itertools` tool has (each only where it defines it).
const ITERTOOLS: Rows = &[
    ("static:($type, *args, **kwargs)", &["__new__"]),
    ("wrap:($self, /)", &["__iter__", "__next__", "__repr__"]),
    ("($self, /)", &["__reduce__"]),
    ("($self, state, /)", &["__setstate__"]),
];

/// The array iterator's methods.
const ARRAY_ITERATOR: Rows = &[
    ("wrap:($self, /)", &["__iter__", "__next__"]),
    ("($self, /)", &["__reduce__"]),
    ("($self, state, /)", &["__setstate__"]),
];
