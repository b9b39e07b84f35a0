"""ndbm interface; this build has no _dbm, so importing fails."""

from _dbm import *
