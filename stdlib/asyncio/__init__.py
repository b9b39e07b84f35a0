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
from asyncio.protocols import *
from asyncio.transports import *
from asyncio.streams import *
from asyncio.reactor import Server
