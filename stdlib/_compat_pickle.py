"""Where Python 2 kept the modules and names Python 3 moved, for pickles
that cross between the two (pickle's fix_imports, protocols 0-2).

IMPORT_MAPPING and NAME_MAPPING translate Python 2 names to Python 3;
REVERSE_IMPORT_MAPPING and REVERSE_NAME_MAPPING go the other way.
"""

# "python2 python3" module pairs that translate in both directions
_BOTH_WAYS = """
__builtin__ builtins
copy_reg copyreg
Queue queue
SocketServer socketserver
ConfigParser configparser
repr reprlib
tkFileDialog tkinter.filedialog
tkSimpleDialog tkinter.simpledialog
tkColorChooser tkinter.colorchooser
tkCommonDialog tkinter.commondialog
Dialog tkinter.dialog
Tkdnd tkinter.dnd
tkFont tkinter.font
tkMessageBox tkinter.messagebox
ScrolledText tkinter.scrolledtext
Tkconstants tkinter.constants
Tix tkinter.tix
ttk tkinter.ttk
Tkinter tkinter
markupbase _markupbase
_winreg winreg
thread _thread
dummy_thread _dummy_thread
dbhash dbm.bsd
dumbdbm dbm.dumb
dbm dbm.ndbm
gdbm dbm.gnu
xmlrpclib xmlrpc.client
SimpleXMLRPCServer xmlrpc.server
httplib http.client
htmlentitydefs html.entities
HTMLParser html.parser
Cookie http.cookies
cookielib http.cookiejar
BaseHTTPServer http.server
test.test_support test.support
commands subprocess
urlparse urllib.parse
robotparser urllib.robotparser
urllib2 urllib.request
anydbm dbm
_abcoll collections.abc
"""

# Python 2 modules whose contents now live in a Python 3 module
_ONLY_FORWARD = """
cPickle pickle
_elementtree xml.etree.ElementTree
FileDialog tkinter.filedialog
SimpleDialog tkinter.simpledialog
DocXMLRPCServer xmlrpc.server
SimpleHTTPServer http.server
CGIHTTPServer http.server
UserDict collections
UserList collections
UserString collections
whichdb dbm
StringIO io
cStringIO io
"""

# Python 3 accelerator modules, written under their Python 2 names
_ONLY_BACKWARD = """
bz2 _bz2
dbm _dbm
functools _functools
gdbm _gdbm
pickle _pickle
"""

# "python2.module name python3.module name" pairs for renamed names
_RENAMED = """
__builtin__ xrange builtins range
__builtin__ reduce functools reduce
__builtin__ intern sys intern
__builtin__ unichr builtins chr
__builtin__ unicode builtins str
__builtin__ long builtins int
itertools izip builtins zip
itertools imap builtins map
itertools ifilter builtins filter
itertools ifilterfalse itertools filterfalse
itertools izip_longest itertools zip_longest
UserDict IterableUserDict collections UserDict
UserList UserList collections UserList
UserString UserString collections UserString
whichdb whichdb dbm whichdb
_socket fromfd socket fromfd
_multiprocessing Connection multiprocessing.connection Connection
multiprocessing.process Process multiprocessing.context Process
multiprocessing.forking Popen multiprocessing.popen_fork Popen
urllib ContentTooShortError urllib.error ContentTooShortError
urllib getproxies urllib.request getproxies
urllib pathname2url urllib.request pathname2url
urllib quote_plus urllib.parse quote_plus
urllib quote urllib.parse quote
urllib unquote_plus urllib.parse unquote_plus
urllib unquote urllib.parse unquote
urllib url2pathname urllib.request url2pathname
urllib urlcleanup urllib.request urlcleanup
urllib urlencode urllib.parse urlencode
urllib urlopen urllib.request urlopen
urllib urlretrieve urllib.request urlretrieve
urllib2 HTTPError urllib.error HTTPError
urllib2 URLError urllib.error URLError
"""

# names that only translate from Python 2 (several old names, one new one)
_RENAMED_FORWARD = """
__builtin__ basestring builtins str
exceptions StandardError builtins Exception
UserDict UserDict collections UserDict
socket _socketobject socket SocketType
"""

# names that only translate to Python 2
_RENAMED_BACKWARD = """
_functools reduce __builtin__ reduce
tkinter.filedialog FileDialog FileDialog FileDialog
tkinter.filedialog LoadFileDialog FileDialog LoadFileDialog
tkinter.filedialog SaveFileDialog FileDialog SaveFileDialog
tkinter.simpledialog SimpleDialog SimpleDialog SimpleDialog
xmlrpc.server ServerHTMLDoc DocXMLRPCServer ServerHTMLDoc
xmlrpc.server XMLRPCDocGenerator DocXMLRPCServer XMLRPCDocGenerator
xmlrpc.server DocXMLRPCRequestHandler DocXMLRPCServer DocXMLRPCRequestHandler
xmlrpc.server DocXMLRPCServer DocXMLRPCServer DocXMLRPCServer
xmlrpc.server DocCGIXMLRPCRequestHandler DocXMLRPCServer DocCGIXMLRPCRequestHandler
http.server SimpleHTTPRequestHandler SimpleHTTPServer SimpleHTTPRequestHandler
http.server CGIHTTPRequestHandler CGIHTTPServer CGIHTTPRequestHandler
_socket socket socket _socketobject
"""

PYTHON2_EXCEPTIONS = tuple("""
ArithmeticError AssertionError AttributeError BaseException BufferError
BytesWarning DeprecationWarning EOFError EnvironmentError Exception
FloatingPointError FutureWarning GeneratorExit IOError ImportError
ImportWarning IndentationError IndexError KeyError KeyboardInterrupt
LookupError MemoryError NameError NotImplementedError OSError
OverflowError PendingDeprecationWarning ReferenceError RuntimeError
RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError
SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError
UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning
UserWarning ValueError Warning ZeroDivisionError
""".split())

MULTIPROCESSING_EXCEPTIONS = (
    'AuthenticationError', 'BufferTooShort', 'ProcessError', 'TimeoutError')

PYTHON3_OSERROR_EXCEPTIONS = tuple("""
BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
ConnectionRefusedError ConnectionResetError FileExistsError
FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError
PermissionError ProcessLookupError TimeoutError
""".split())

PYTHON3_IMPORTERROR_EXCEPTIONS = ('ModuleNotFoundError',)


def _pairs(table):
    return [line.split() for line in table.strip().splitlines()]


IMPORT_MAPPING = {}
REVERSE_IMPORT_MAPPING = {}
for _old, _new in _pairs(_BOTH_WAYS):
    IMPORT_MAPPING[_old] = _new
    REVERSE_IMPORT_MAPPING[_new] = _old
for _old, _new in _pairs(_ONLY_FORWARD):
    IMPORT_MAPPING[_old] = _new
for _old, _new in _pairs(_ONLY_BACKWARD):
    REVERSE_IMPORT_MAPPING[_new] = _old

NAME_MAPPING = {}
REVERSE_NAME_MAPPING = {}
for _fields in _pairs(_RENAMED):
    _old, _new = tuple(_fields[:2]), tuple(_fields[2:])
    NAME_MAPPING[_old] = _new
    REVERSE_NAME_MAPPING[_new] = _old
for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', _name)
for _name in MULTIPROCESSING_EXCEPTIONS:
    NAME_MAPPING[('multiprocessing', _name)] = ('multiprocessing.context', _name)
    REVERSE_NAME_MAPPING[('multiprocessing.context', _name)] = ('multiprocessing', _name)
for _fields in _pairs(_RENAMED_FORWARD):
    NAME_MAPPING[tuple(_fields[:2])] = tuple(_fields[2:])
for _fields in _pairs(_RENAMED_BACKWARD):
    REVERSE_NAME_MAPPING[tuple(_fields[:2])] = tuple(_fields[2:])
for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
for _name in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'ImportError')

del _old, _new, _fields, _name
