"""Event loop access: the loop itself is native (_asyncio); which loop
get_event_loop(), set_event_loop() and new_event_loop() mean is up to the
event-loop policy, as in CPython (set_event_loop_policy() installs another)."""

from _asyncio import (get_running_loop, _get_running_loop, _set_running_loop, _current_event_loop,
                      set_event_loop as _install_loop, AbstractEventLoop, BaseEventLoop,
                      SelectorEventLoop, Handle, TimerHandle)

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'get_event_loop_policy',
           'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop', 'SelectorEventLoop',
           'DefaultEventLoopPolicy')
__all__ += ('AbstractServer', 'Handle', 'TimerHandle', 'BaseEventLoop', '_set_running_loop')


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


_UnixDefaultEventLoopPolicy.__module__ = 'asyncio.unix_events'
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

_policy = None


def get_event_loop_policy():
    """The event-loop policy in force (the default one, made on first use)."""
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    """Installs policy; None goes back to a fresh default policy."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, not "
                        f"'{type(policy).__name__}'")
    _policy = policy
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



# CPython keeps Python and C versions of these; coil has one of each.
_py__get_running_loop = _c__get_running_loop = _get_running_loop
_py__set_running_loop = _c__set_running_loop = _set_running_loop
_py_get_running_loop = _c_get_running_loop = get_running_loop
_py_get_event_loop = _c_get_event_loop = get_event_loop
