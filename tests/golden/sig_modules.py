# Argument errors of the native modules' functions moved to declared
# signatures: _codecs, unicodedata, signal, select, atexit, gc, time, sys,
# math.log, _io.open, and their __text_signature__.
import _codecs
import atexit
import codecs
import gc
import io
import math
import select
import _signal as signal
import sys
import time
import unicodedata


def attempt(label, thunk):
    try:
        result = thunk()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


calls = [
    ("codecs.utf_8_decode none", lambda: codecs.utf_8_decode()),
    ("codecs.utf_8_decode many", lambda: codecs.utf_8_decode(b"a", "strict", True, 4)),
    ("codecs.utf_8_decode kw", lambda: codecs.utf_8_decode(b"a", errors="strict")),
    ("codecs.utf_8_decode ok", lambda: codecs.utf_8_decode(b"ab", "strict", True)),
    ("_codecs.encode bad kw", lambda: _codecs.encode("a", encodin="ascii")),
    ("_codecs.encode ok", lambda: _codecs.encode(obj="a", encoding="ascii")),
    ("codecs.lookup_error none", lambda: codecs.lookup_error()),
    ("codecs.strict_errors none", lambda: codecs.strict_errors()),
    ("codecs.strict_errors kw", lambda: codecs.strict_errors(exc=1)),
    ("unicodedata.name none", lambda: unicodedata.name()),
    ("unicodedata.name many", lambda: unicodedata.name("a", 1, 2)),
    ("unicodedata.lookup kw", lambda: unicodedata.lookup(name="LATIN SMALL LETTER A")),
    ("signal.getsignal none", lambda: signal.getsignal()),
    ("signal.signal one", lambda: signal.signal(2)),
    ("signal.alarm kw", lambda: signal.alarm(seconds=0)),
    ("select.select few", lambda: select.select([], [])),
    ("select.select many", lambda: select.select([], [], [], 0, 1)),
    ("select.select kw", lambda: select.select([], [], [], timeout=0)),
    ("atexit.register none", lambda: atexit.register()),
    ("atexit.unregister none", lambda: atexit.unregister()),
    ("atexit._ncallbacks arg", lambda: atexit._ncallbacks(1)),
    ("gc.collect bad kw", lambda: gc.collect(gen=1)),
    ("gc.collect many", lambda: gc.collect(0, 1)),
    ("gc.isenabled arg", lambda: gc.isenabled(1)),
    ("gc.is_tracked none", lambda: gc.is_tracked()),
    ("gc.get_referents kw", lambda: gc.get_referents(x=1)),
    ("gc.set_threshold none", lambda: gc.set_threshold()),
    ("gc.set_threshold many", lambda: gc.set_threshold(1, 2, 3, 4)),
    ("time.mktime none", lambda: time.mktime()),
    ("time.tzset arg", lambda: time.tzset(1)),
    ("time.get_clock_info none", lambda: time.get_clock_info()),
    ("time.asctime many", lambda: time.asctime(1, 2)),
    ("time.strptime kw", lambda: time.strptime("1", format="%d")),
    ("sys.getsizeof none", lambda: sys.getsizeof()),
    ("sys.getsizeof bad kw", lambda: sys.getsizeof(1, dflt=2)),
    ("sys.exc_info arg", lambda: sys.exc_info(1)),
    ("sys.audit kw", lambda: sys.audit("e", x=1)),
    ("sys.setswitchinterval none", lambda: sys.setswitchinterval()),
    ("math.log kw", lambda: math.log(1, base=2)),
    ("io.open none", lambda: io.open()),
    ("io.open bad kw", lambda: io.open("x", moed="r")),
    ("open bad kw", lambda: open("x", moed="r")),
    ("io.text_encoding none", lambda: io.text_encoding()),
]
for label, thunk in calls:
    attempt(label, thunk)

for f in [codecs.utf_8_decode, _codecs.encode, signal.signal, gc.collect,
          gc.get_objects, sys.exc_info, sys.addaudithook, io.open, open, io.text_encoding]:
    print(f.__name__, f.__text_signature__)
for f in [codecs.strict_errors, gc.get_referents, time.mktime, sys.getsizeof, math.log, atexit.register]:
    print(f.__name__, f.__text_signature__)
