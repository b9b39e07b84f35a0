"""GNU dbm interface; this build has no _gdbm, so importing fails."""

from _gdbm import *
