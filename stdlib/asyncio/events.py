"""Event loop access: the loop itself is native (_asyncio); which loop
get_event_loop(), set_event_loop() and new_event_loop() mean is up to the
event-loop policy, as in CPython (set_event_loop_policy() installs another)."""

from _asyncio import (get_running_loop, _get_running_loop, _set_running_loop, _current_event_loop,
                      set_event_loop as _install_loop, BaseEventLoop,
                      SelectorEventLoop, Handle, TimerHandle)

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'get_event_loop_policy',
           'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop', 'SelectorEventLoop',
           'DefaultEventLoopPolicy', 'get_child_watcher', 'set_child_watcher')
__all__ += ('AbstractServer', 'Handle', 'TimerHandle', 'BaseEventLoop', '_set_running_loop')


def _not_implemented(name, coroutine):
    """A method of AbstractEventLoop: it only raises NotImplementedError."""
    if coroutine:
        async def method(self, *args, **kwargs):
            raise NotImplementedError
    else:
        def method(self, *args, **kwargs):
            raise NotImplementedError
    method.__name__ = name
    method.__qualname__ = 'AbstractEventLoop.' + name
    return method


class _CountsNativeLoops(type):
    """AbstractEventLoop's metaclass: coil's native loop class does not inherit
    from it, but its instances and subclasses count as its own (without
    importing abc, which `import asyncio` does not otherwise need)."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        return cls is AbstractEventLoop and isinstance(sub, type) and issubclass(sub, BaseEventLoop)


class AbstractEventLoop(metaclass=_CountsNativeLoops):
    """What an event loop provides. Every method raises NotImplementedError
    here; coil's native loop (BaseEventLoop) counts as an implementation."""


for _name in ('run_forever run_until_complete stop is_running is_closed close '
              '_timer_handle_cancelled call_soon call_later call_at time create_future '
              'create_task call_soon_threadsafe set_default_executor add_reader remove_reader '
              'add_writer remove_writer add_signal_handler remove_signal_handler '
              'set_task_factory get_task_factory get_exception_handler set_exception_handler '
              'default_exception_handler call_exception_handler get_debug set_debug').split():
    setattr(AbstractEventLoop, _name, _not_implemented(_name, False))
for _name in ('shutdown_asyncgens shutdown_default_executor run_in_executor getaddrinfo '
              'getnameinfo create_connection create_server sendfile start_tls '
              'create_unix_connection create_unix_server connect_accepted_socket '
              'create_datagram_endpoint connect_read_pipe connect_write_pipe subprocess_shell '
              'subprocess_exec sock_recv sock_recv_into sock_recvfrom sock_recvfrom_into '
              'sock_sendall sock_sendto sock_connect sock_accept sock_sendfile').split():
    setattr(AbstractEventLoop, _name, _not_implemented(_name, True))
del _name


class AbstractServer:
    """What create_server() returns: a listening server."""

    def close(self):
        """Stops listening (connections already made stay open)."""
        raise NotImplementedError

    def get_loop(self):
        """The event loop the server belongs to."""
        raise NotImplementedError

    def is_serving(self):
        """Whether the server accepts new connections."""
        raise NotImplementedError

    async def start_serving(self):
        """Starts accepting connections (a no-op when it already does)."""
        raise NotImplementedError

    async def serve_forever(self):
        """Accepts connections until cancelled, then closes the server."""
        raise NotImplementedError

    async def wait_closed(self):
        """Waits until the server is closed."""
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoopPolicy:
    """What an event-loop policy provides: the current loop of this context,
    replacing it, and making new loops."""

    def get_event_loop(self):
        """The current context's event loop."""
        raise NotImplementedError

    def set_event_loop(self, loop):
        """Makes loop the current context's event loop."""
        raise NotImplementedError

    def new_event_loop(self):
        """A new event loop (not installed as current)."""
        raise NotImplementedError

    def get_child_watcher(self):
        """The watcher of child processes."""
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        """Replaces the watcher of child processes."""
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy's rules: the main thread gets a loop made on first
    request, unless set_event_loop() was called (then only what it set).
    Subclasses name the loop class in _loop_factory."""

    _loop_factory = None

    def __init__(self):
        self._set_called = False

    def get_event_loop(self):
        loop = _current_event_loop()
        if loop is None and not self._set_called:
            loop = self.new_event_loop()
            self.set_event_loop(loop)
        if loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError("loop must be an instance of AbstractEventLoop or None, not "
                            f"'{type(loop).__name__}'")
        _install_loop(loop)

    def new_event_loop(self):
        return self._loop_factory()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    """The default policy on Unix: selector event loops."""

    _loop_factory = SelectorEventLoop
    _watcher = None

    def set_event_loop(self, loop):
        super().set_event_loop(loop)
        if self._watcher is not None:
            self._watcher.attach_loop(loop)

    def get_child_watcher(self):
        """The child watcher (stdlib/asyncio/child_watchers.py), made on first request."""
        if self._watcher is None:
            from asyncio import child_watchers
            self._watcher = child_watchers._default_watcher()
            self._watcher.attach_loop(_current_event_loop())
        return self._watcher

    def set_child_watcher(self, watcher):
        """Replaces the child watcher, closing the old one."""
        from asyncio import child_watchers
        if watcher is not None and not isinstance(watcher, child_watchers.AbstractChildWatcher):
            raise TypeError('watcher must be an AbstractChildWatcher or None')
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = watcher


_UnixDefaultEventLoopPolicy.__module__ = 'asyncio.unix_events'
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

_event_loop_policy = None  # CPython's name: test.support reads it


def get_event_loop_policy():
    """The event-loop policy in force (the default one, made on first use)."""
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Installs policy; None goes back to a fresh default policy."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, not "
                        f"'{type(policy).__name__}'")
    _event_loop_policy = policy
    # The loop the old policy made current is not the new policy's.
    _install_loop(None)


def get_event_loop():
    """The running loop when called from a coroutine or callback, else the
    policy's current loop."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    """get_event_loop_policy().get_child_watcher()."""
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    """get_event_loop_policy().set_child_watcher(watcher)."""
    return get_event_loop_policy().set_child_watcher(watcher)

# CPython keeps Python and C versions of these; coil has one of each.
_py__get_running_loop = _c__get_running_loop = _get_running_loop
_py__set_running_loop = _c__set_running_loop = _set_running_loop
_py_get_running_loop = _c_get_running_loop = get_running_loop
_py_get_event_loop = _c_get_event_loop = get_event_loop
