"""The asyncio package: the event loop, Future and Task are native (_asyncio);
the coordination tools are written here, laid out like CPython's Lib/asyncio."""

from asyncio.exceptions import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.futures import *
from asyncio.tasks import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.timeouts import *
from asyncio.taskgroups import *
from asyncio.runners import *

# The socket layer is imported on first use, so that programs without sockets
# do not compile it: name -> the submodule defining it.
_ON_DEMAND = {}
for _home, _names in (
        ('protocols', ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
                       'BufferedProtocol')),
        ('transports', ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
                        'DatagramTransport', 'SubprocessTransport')),
        ('streams', ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
                     'start_server', 'open_unix_connection', 'start_unix_server')),
        ('base_events', ()),
        ('log', ()),
        ('format_helpers', ()),
        ('unix_signals', ()),
        ('reactor', ('Server',)),
        ('threads', ('to_thread',)),
        ('executors', ('wrap_future', 'run_coroutine_threadsafe')),
        ('subprocess', ('create_subprocess_exec', 'create_subprocess_shell')),
        ('child_watchers', ('AbstractChildWatcher', 'PidfdChildWatcher', 'ThreadedChildWatcher',
                            'SafeChildWatcher', 'FastChildWatcher', 'MultiLoopChildWatcher')),
        ('unix_events', ()),
        ('base_subprocess', ()),
        ('trsock', ())):
    _ON_DEMAND[_home] = _home
    for _name in _names:
        _ON_DEMAND[_name] = _home
del _home, _names, _name


def __dir__():
    return sorted(set(globals()) | set(_ON_DEMAND))


def __getattr__(name):
    home = _ON_DEMAND.get(name)
    if home is None:
        raise AttributeError(f"module 'asyncio' has no attribute '{name}'")
    import importlib
    module = importlib.import_module('asyncio.' + home)
    value = module if name == home else getattr(module, name)
    globals()[name] = value
    return value
