"""Get information about live objects: signatures, sources, frames, kinds.

coil's own implementation of the inspect interface of Python 3.11.
"""

import sys
import types
import enum
import functools
import collections
import linecache
import os


# code object flag bits
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---------------------------------------------------------------- predicates

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes (instances of type)."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods."""
    return (isinstance(object, types.MethodType)
            and not _bound_builtin(object))


def _bound_builtin(object):
    # a builtin method bound to an instance, seen as a method object
    return isinstance(getattr(object, "__func__", None),
                      types.BuiltinFunctionType)


def isfunction(object):
    """True for functions defined in Python (def and lambda)."""
    return isinstance(object, types.FunctionType)


def _strip_to_function(f):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
        while ismethod(f):
            f = f.__func__
    return f


def _code_flag_set(f, bit):
    f = _strip_to_function(f)
    if not (isfunction(f) or _looks_like_function(f)):
        return False
    code = getattr(f, "__code__", None)
    if code is None:
        return False
    return bool(code.co_flags & bit)


def isgeneratorfunction(obj):
    """True for functions whose body contains yield (not async)."""
    return _code_flag_set(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """True for functions defined with async def (without yield)."""
    return _code_flag_set(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """True for async def functions containing yield."""
    return _code_flag_set(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """True when the object can be used in an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        code = getattr(object, "gi_code", None)
        return bool(code is not None and code.co_flags & CO_ITERABLE_COROUTINE)
    return hasattr(type(object), "__await__")


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType) or (
        isinstance(object, types.MethodType) and _bound_builtin(object))


def _descriptor_types():
    names = ("WrapperDescriptorType", "MethodWrapperType",
             "MethodDescriptorType", "ClassMethodDescriptorType")
    found = []
    for n in names:
        t = getattr(types, n, None)
        if isinstance(t, type):
            found.append(t)
    return tuple(found)


def isroutine(object):
    """Functions, methods, builtins and method descriptors."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object)
            or isinstance(object, _descriptor_types()))


def isabstract(object):
    """True for classes that still have abstract methods."""
    if not isinstance(object, type):
        return False
    try:
        return bool(getattr(object, "__abstractmethods__", ()))
    except AttributeError:
        return False


def _native_slots(kind):
    """Descriptor hooks of builtin descriptor types, known by their class."""
    if issubclass(kind, property):
        return ("__get__", "__set__", "__delete__")
    if issubclass(kind, (staticmethod, classmethod)):
        return ("__get__",)
    for attr in ("GetSetDescriptorType", "MemberDescriptorType"):
        t = getattr(types, attr, None)
        if isinstance(t, type) and issubclass(kind, t):
            return ("__get__", "__set__", "__delete__")
    return ()


def _type_defines(kind, hook):
    return hasattr(kind, hook) or hook in _native_slots(kind)


def ismethoddescriptor(object):
    """Objects with __get__ but no __set__ that are not classes/functions."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return _type_defines(kind, "__get__") and not _type_defines(kind, "__set__")


def isdatadescriptor(object):
    """Objects whose type defines __set__ or __delete__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return _type_defines(kind, "__set__") or _type_defines(kind, "__delete__")


def isgetsetdescriptor(object):
    t = getattr(types, "GetSetDescriptorType", None)
    return t is not None and isinstance(object, t)


def ismemberdescriptor(object):
    t = getattr(types, "MemberDescriptorType", None)
    return t is not None and isinstance(object, t)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


# ---------------------------------------------------------------- members

def getmembers(object, predicate=None):
    """All (name, value) pairs of the object's attributes, sorted by name."""
    names = set(dir(object))
    if isclass(object):
        for klass in getmro(object):
            names.update(klass.__dict__.keys())
    pairs = []
    for name in names:
        try:
            value = getattr(object, name)
        except AttributeError:
            found = False
            if isclass(object):
                for klass in getmro(object):
                    if name in klass.__dict__:
                        value = klass.__dict__[name]
                        found = True
                        break
            if not found:
                continue
        if predicate is None or predicate(value):
            pairs.append((name, value))
    pairs.sort(key=lambda pair: pair[0])
    return pairs


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain to the innermost callable."""
    start = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, "__wrapped__"):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        key = id(func)
        if key in seen or len(seen) >= limit:
            raise ValueError("wrapper loop when unwrapping {!r}".format(start))
        seen.add(key)
    return func


_missing = object()


def _static_type_lookup(klass, name):
    for entry in klass.__mro__:
        d = getattr(entry, "__dict__", None)
        if isinstance(d, (dict, types.MappingProxyType)) and name in d:
            return d[name]
    return _missing


def getattr_static(obj, attr, default=_missing):
    """Find an attribute without running __getattr__ or descriptors."""
    if isinstance(obj, type):
        found = _static_type_lookup(obj, attr)
        if found is not _missing:
            return found
        meta = _static_type_lookup(type(obj), attr)
        if meta is not _missing:
            return meta
    else:
        klass_value = _static_type_lookup(type(obj), attr)
        if klass_value is not _missing:
            kind = type(klass_value)
            if _type_defines(kind, "__set__") or \
                    _type_defines(kind, "__delete__"):
                return klass_value
        inst = None
        shadow = _static_type_lookup(type(obj), "__dict__")
        if shadow is _missing or not isinstance(shadow, property):
            try:
                inst = object.__getattribute__(obj, "__dict__")
            except AttributeError:
                inst = None
        if isinstance(inst, dict) and attr in inst:
            return inst[attr]
        if klass_value is not _missing:
            return klass_value
    if default is not _missing:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------- docs

def cleandoc(doc):
    """Strip the common indentation of a docstring's lines after the first."""
    rows = doc.expandtabs().split("\n")
    width = None
    for row in rows[1:]:
        body = row.lstrip()
        if body:
            indent = len(row) - len(body)
            width = indent if width is None else min(width, indent)
    result = [rows[0].lstrip()]
    for row in rows[1:]:
        result.append(row[width:] if width is not None else row)
    while result and not result[-1]:
        result.pop()
    while result and not result[0]:
        result.pop(0)
    return "\n".join(result)


def getdoc(object):
    """The cleaned docstring, inherited from a base class when absent."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isinstance(object, property):
        doc = getattr(object.fget, "__doc__", None)
    if doc is None:
        doc = _inherited_doc(object)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _class_by_qualname(func):
    """The class a function was defined in, found through its qualname."""
    path = func.__qualname__.split(".")[:-1]
    if not path or "<locals>" in path:
        return None
    here = sys.modules.get(func.__module__)
    for part in path:
        here = getattr(here, part, None)
        if here is None:
            return None
    return here if isclass(here) else None


def _inherited_doc(obj):
    name = getattr(obj, "__name__", None)
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            d = base.__doc__
            if d is not None:
                return d
        return None
    owner = None
    if isinstance(obj, property) and isfunction(obj.fget):
        obj = obj.fget
        name = obj.__name__
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        name = obj.__func__.__name__
    elif isfunction(obj):
        owner = _class_by_qualname(obj)
    if owner is None or name is None:
        return None
    for base in owner.__mro__[1:]:
        member = base.__dict__.get(name)
        if member is not None:
            d = getattr(member, "__doc__", None)
            if d is None and isinstance(member, property):
                d = getattr(member.fget, "__doc__", None)
            if d is not None:
                return d
    return None


# ---------------------------------------------------------------- files

_CODE_STEPS = (
    (lambda o: ismethod(o), "__func__"),
    (lambda o: isfunction(o), "__code__"),
    (lambda o: istraceback(o), "tb_frame"),
    (lambda o: isframe(o), "f_code"),
)


def _down_to_code(obj):
    """Methods, functions, tracebacks and frames lead to a code object."""
    for test, attr in _CODE_STEPS:
        if test(obj):
            obj = getattr(obj, attr)
    return obj


def _wanted(object):
    return ("module, class, method, function, traceback, frame, or code "
            "object was expected, got {}".format(type(object).__name__))


def getfile(object):
    """The name of the file an object was defined in."""
    if ismodule(object):
        path = getattr(object, "__file__", None)
        if path:
            return path
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        mod = sys.modules.get(getattr(object, "__module__", None))
        path = getattr(mod, "__file__", None) if mod is not None else None
        if path:
            return path
        if getattr(object, "__module__", None) == "__main__":
            raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    object = _down_to_code(object)
    if iscode(object):
        return object.co_filename
    raise TypeError(_wanted(object))


def getmodulename(path):
    base = os.path.basename(path)
    for suffix in (".py", ".pyc", ".pyw"):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file of an object, or None."""
    name = getfile(object)
    if name.endswith(".pyc"):
        name = name[:-1]
    if os.path.exists(name):
        return name
    if getattr(getmodule(object), "__loader__", None) is not None:
        return name
    if name in linecache.cache:
        return name
    if name.startswith("<stdlib>/") and linecache.getlines(name):
        # a module of the library built into coil
        return name
    return None


def getabsfile(object, _filename=None):
    name = _filename or getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(name))


modulesbyfile = {}


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    modname = getattr(object, "__module__", None)
    if isinstance(modname, str) and modname in sys.modules:
        return sys.modules[modname]
    path = _filename
    if path is None:
        try:
            path = getfile(object)
        except (TypeError, OSError):
            return None
    wanted = os.path.normcase(os.path.abspath(path))
    if wanted in modulesbyfile:
        return sys.modules.get(modulesbyfile[wanted])
    for name, mod in list(sys.modules.items()):
        where = getattr(mod, "__file__", None)
        if not isinstance(where, str):
            continue
        key = os.path.normcase(os.path.abspath(where))
        modulesbyfile[key] = name
        if key == wanted:
            return mod
    return None


def _lines_of(object):
    source = getsourcefile(object)
    if source is None:
        raise OSError("source code not available")
    mod = getmodule(object)
    if mod is not None:
        lines = linecache.getlines(source, mod.__dict__)
    else:
        lines = linecache.getlines(source)
    if not lines:
        raise OSError("could not get source code")
    return lines


def _leading_spaces(text):
    return len(text) - len(text.lstrip(" \t"))


def _scan_line(text, state):
    """Advance the lexical state over one physical line.

    state is [open bracket count, open triple quote or None]. Returns the
    line's code with comments and string contents blanked, so callers can
    look at its shape (trailing colon, continuation backslash).
    """
    code = []
    j = 0
    n = len(text)
    while j < n:
        quote = state[1]
        if quote is not None:
            end = text.find(quote, j)
            while end > 0 and text[end - 1] == "\\":
                end = text.find(quote, end + 1)
            if end < 0:
                return "".join(code)
            j = end + len(quote)
            state[1] = None
            code.append("S")
            continue
        ch = text[j]
        if ch == "#":
            break
        if ch in "\"'":
            if text.startswith(ch * 3, j):
                state[1] = ch * 3
                j += 3
                continue
            k = j + 1
            while k < n and text[k] != ch:
                k += 2 if text[k] == "\\" else 1
            code.append("S")
            j = k + 1
            continue
        if ch in "([{":
            state[0] += 1
        elif ch in ")]}":
            state[0] -= 1
        code.append(ch)
        j += 1
    return "".join(code).rstrip("\n\r")


def _logical(lines, start):
    """Yield (first index, end index, code) for each logical line."""
    state = [0, None]
    i = start
    while i < len(lines):
        first = i
        pieces = []
        while i < len(lines):
            code = _scan_line(lines[i], state)
            pieces.append(code.rstrip())
            i += 1
            joined = code.rstrip()
            if state[0] > 0 or state[1] is not None or joined.endswith("\\"):
                continue
            break
        yield first, i, " ".join(pieces).strip()


def _block_end(lines, start):
    """Index one past the last line of the block starting at lines[start]."""
    base = None
    body = None
    comments_fit = True
    header_done = False
    last = start + 1
    for first, end, code in _logical(lines, start):
        if not header_done:
            if code.startswith("@"):
                continue
            base = _leading_spaces(lines[first].expandtabs())
            header_done = True
            last = end
            if not code.endswith(":"):
                return end
            continue
        indent = _leading_spaces(lines[first].expandtabs())
        if not code:
            if not lines[first].strip():
                continue
            # a comment: kept at the end only while at the body's depth
            if body is not None and indent < body:
                comments_fit = False
            elif comments_fit and indent > base:
                last = end
            continue
        if indent <= base:
            break
        if body is None:
            body = indent
        comments_fit = True
        last = end
    return last


_HEADER_WORDS = ("def ", "async def ", "class ")


def _find_class_line(lines, cls):
    """Index of the first line (decorators included) defining cls."""
    target = cls.__qualname__
    stack = []
    decorators_from = None
    for first, end, code in _logical(lines, 0):
        if not code:
            continue
        indent = _leading_spaces(lines[first].expandtabs())
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if code.startswith("@"):
            if decorators_from is None:
                decorators_from = first
            continue
        word = next((w for w in _HEADER_WORDS if code.startswith(w)), None)
        begin = decorators_from if decorators_from is not None else first
        decorators_from = None
        if word is None:
            continue
        name = code[len(word):].split("(")[0].split(":")[0].strip()
        if stack:
            parent_qual, parent_is_def = stack[-1][1], stack[-1][2]
            qual = parent_qual + (".<locals>." if parent_is_def else ".") + name
        else:
            qual = name
        is_def = word != "class "
        stack.append((indent, qual, is_def))
        if not is_def and qual == target:
            return begin
    raise OSError("could not find class definition")


def findsource(object):
    """(all lines of the file, index of the object's first line)."""
    file = getsourcefile(object)
    if file is None:
        try:
            getfile(object)
        except TypeError:
            raise
        raise OSError("source code not available")
    lines = _lines_of(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _find_class_line(lines, object)
    object = _down_to_code(object)
    if iscode(object):
        first = getattr(object, "co_firstlineno", 0) - 1
        if first < 0 or first >= len(lines):
            raise OSError("lineno is out of bounds")
        return lines, first
    raise OSError("could not find code object")


def getsourcelines(object):
    """(lines of the object's source, number of its first line)."""
    object = unwrap(object)
    lines, start = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    end = _block_end(lines, start)
    return lines[start:end], start + 1


def getsource(object):
    """The source text of an object as one string."""
    return "".join(getsourcelines(object)[0])


def getcomments(object):
    try:
        lines, start = findsource(object)
    except (OSError, TypeError):
        return None
    block = []
    if ismodule(object):
        i = 0
        if lines and lines[0].startswith("#!"):
            i = 1
        while i < len(lines) and not lines[i].strip():
            i += 1
        while i < len(lines) and lines[i].lstrip().startswith("#"):
            block.append(lines[i].expandtabs())
            i += 1
        return "".join(block) if block else None
    i = start - 1
    while i >= 0 and lines[i].lstrip().startswith("#"):
        block.insert(0, lines[i].expandtabs().lstrip())
        i -= 1
    return "".join(block) if block else None


# ---------------------------------------------------------------- frames

class FrameInfo(collections.namedtuple(
        "FrameInfo", "frame filename lineno function code_context index")):
    """One entry of stack(): the frame and where it is executing."""
    positions = None


class Traceback(collections.namedtuple(
        "Traceback", "filename lineno function code_context index")):
    positions = None


def currentframe():
    """The frame of the caller."""
    return sys._getframe(1)


def _context_of(filename, lineno, context):
    if context <= 0:
        return None, None
    lines = linecache.getlines(filename)
    if not lines:
        return None, None
    first = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[first:first + context], lineno - 1 - first


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    code = frame.f_code
    ctx, idx = _context_of(code.co_filename, lineno, context)
    return Traceback(code.co_filename, lineno, code.co_name, ctx, idx)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo for the frame and each of its callers, innermost first."""
    out = []
    while frame is not None:
        info = getframeinfo(frame, context)
        out.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return out


def getinnerframes(tb, context=1):
    out = []
    while tb is not None:
        info = getframeinfo(tb, context)
        out.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return out


def stack(context=1):
    """The caller's stack, innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    tb = sys.exc_info()[2]
    return getinnerframes(tb, context)


# ---------------------------------------------------------------- annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a function, class or module (a new dict)."""
    if isinstance(obj, type):
        found = obj.__dict__.get("__annotations__", None)
        owner_globals = getattr(sys.modules.get(obj.__module__, None),
                                "__dict__", None)
        owner_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, "__annotations__", None)
        owner_globals = obj.__dict__
        owner_locals = None
        unwrapped = obj
    elif callable(obj):
        found = getattr(obj, "__annotations__", None)
        unwrapped = obj
        while True:
            if hasattr(unwrapped, "__wrapped__"):
                unwrapped = unwrapped.__wrapped__
                continue
            if isinstance(unwrapped, functools.partial):
                unwrapped = unwrapped.func
                continue
            break
        owner_globals = getattr(unwrapped, "__globals__", None)
        owner_locals = None
    else:
        raise TypeError("{!r} is not a module, class, or callable.".format(obj))
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError("{!r}.__annotations__ is neither a dict nor None"
                         .format(obj))
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    g = owner_globals if globals is None else globals
    l = owner_locals if locals is None else locals
    result = {}
    for key, value in found.items():
        result[key] = eval(value, g, l) if isinstance(value, str) else value
    return result


def formatannotation(annotation, base_module=None):
    """Text of an annotation as shown in a signature."""
    if getattr(annotation, "__module__", None) == "typing":
        import re
        return re.sub(r"(?<![\w.])typing\.", "", repr(annotation))
    if isinstance(annotation, types.GenericAlias) if hasattr(
            types, "GenericAlias") else False:
        return repr(annotation)
    if isinstance(annotation, type):
        mod = annotation.__module__
        if mod in ("builtins", base_module):
            return annotation.__qualname__
        return mod + "." + annotation.__qualname__
    return repr(annotation)


# ---------------------------------------------------------------- Parameter

def _is_keyword(word):
    import keyword
    return keyword.iskeyword(word)


def _reader(slot):
    """A read-only property returning the given private slot."""
    return property(lambda self: getattr(self, slot))


class _empty:
    """Marker for an absent default or annotation."""


class _void:
    """Marker for an argument not given to replace()."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_WORDS[self]


_KIND_WORDS = {
    _ParameterKind.POSITIONAL_ONLY: "positional-only",
    _ParameterKind.POSITIONAL_OR_KEYWORD: "positional or keyword",
    _ParameterKind.VAR_POSITIONAL: "variadic positional",
    _ParameterKind.KEYWORD_ONLY: "keyword-only",
    _ParameterKind.VAR_KEYWORD: "variadic keyword",
}

_POS_ONLY = _ParameterKind.POSITIONAL_ONLY
_POS_OR_KW = _ParameterKind.POSITIONAL_OR_KEYWORD
_STAR_ARGS = _ParameterKind.VAR_POSITIONAL
_KW_ONLY = _ParameterKind.KEYWORD_ONLY
_STAR_KWARGS = _ParameterKind.VAR_KEYWORD


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POS_ONLY
    POSITIONAL_OR_KEYWORD = _POS_OR_KW
    VAR_POSITIONAL = _STAR_ARGS
    KEYWORD_ONLY = _KW_ONLY
    VAR_KEYWORD = _STAR_KWARGS

    empty = _empty

    name = _reader("_name")
    kind = _reader("_kind")
    default = _reader("_default")
    annotation = _reader("_annotation")

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError("value {!r} is not a valid Parameter.kind"
                             .format(kind)) from None
        if default is not _empty and kind in (_STAR_ARGS, _STAR_KWARGS):
            raise ValueError("{} parameters cannot have default values"
                             .format(kind.description))
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}"
                            .format(type(name).__name__))
        if name[:1] == "." and name[1:].isdigit():
            if kind != _POS_OR_KW:
                raise ValueError(
                    "implicit arguments must be passed as positional or "
                    "keyword arguments, not {}".format(kind.description))
            kind = _POS_ONLY
            name = "implicit" + name[1:]
        reserved = kind != _POS_ONLY and _is_keyword(name)
        if reserved or not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation





    def replace(self, *, name=_void, kind=_void, annotation=_void,
                default=_void):
        """A copy with some fields changed."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=(self._annotation if annotation is _void
                        else annotation))

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = "{}: {}".format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            joiner = " = " if self._annotation is not _empty else "="
            text = text + joiner + repr(self._default)
        if self._kind == _STAR_ARGS:
            return "*" + text
        if self._kind == _STAR_KWARGS:
            return "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {"_default": self._default, "_annotation": self._annotation})

    def __setstate__(self, state):
        self._default = state["_default"]
        self._annotation = state["_annotation"]


# ---------------------------------------------------------------- BoundArguments

class BoundArguments:
    """The result of Signature.bind: parameter names mapped to values."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    signature = _reader("_signature")

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_STAR_KWARGS, _KW_ONLY):
                break
            if name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _STAR_ARGS:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        positional_done = False
        for name, param in self._signature.parameters.items():
            if not positional_done:
                if param.kind in (_STAR_KWARGS, _KW_ONLY):
                    positional_done = True
                elif name not in self.arguments:
                    positional_done = True
                    continue
                else:
                    continue
            if name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _STAR_KWARGS:
                out.update(value)
            else:
                out[name] = value
        return out

    def apply_defaults(self):
        """Fill in defaults for missing arguments; () and {} for variadics."""
        given = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in given:
                filled.append((name, given[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind == _STAR_ARGS:
                filled.append((name, ()))
            elif param.kind == _STAR_KWARGS:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature
                and self.arguments == other.arguments)

    __hash__ = None

    def __getstate__(self):
        return {"_signature": self._signature, "arguments": self.arguments}

    def __setstate__(self, state):
        self._signature = state["_signature"]
        self.arguments = state["arguments"]

    def __repr__(self):
        shown = ", ".join("{}={!r}".format(k, v)
                          for k, v in self.arguments.items())
        return "<{} ({})>".format(type(self).__name__, shown)


# ---------------------------------------------------------------- Signature

class Signature:
    """The parameters and return annotation of a callable."""

    __slots__ = ("_parameters", "_return_annotation")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    parameters = _reader("_parameters")
    return_annotation = _reader("_return_annotation")

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        table = {}
        if parameters is not None:
            if __validate_parameters__:
                previous = _POS_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    if kind < previous:
                        raise ValueError(
                            "wrong parameter order: {} parameter before {} "
                            "parameter".format(previous.description,
                                               kind.description))
                    if kind > previous:
                        previous = kind
                    if kind in (_POS_ONLY, _POS_OR_KW):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError(
                                    "non-default argument follows default "
                                    "argument")
                        else:
                            seen_default = True
                    if param.name in table:
                        raise ValueError("duplicate parameter name: {!r}"
                                         .format(param.name))
                    table[param.name] = param
            else:
                for param in parameters:
                    table[param.name] = param
        self._parameters = types.MappingProxyType(
            collections.OrderedDict(table))
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        return _signature_of(obj, cls, follow_wrapped, True, globals, locals,
                             eval_str)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _key(self):
        keyword_part = frozenset(p for p in self._parameters.values()
                                 if p.kind == _KW_ONLY)
        ordered = tuple(p for p in self._parameters.values()
                        if p.kind != _KW_ONLY)
        return ordered, keyword_part, self._return_annotation

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._key() == other._key()

    def _bind(self, args, kwargs, partial):
        bound = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        position = 0
        index = 0
        # positional arguments
        while position < len(args):
            if index >= len(params):
                raise TypeError("too many positional arguments") from None
            param = params[index]
            if param.kind in (_KW_ONLY, _STAR_KWARGS):
                raise TypeError("too many positional arguments") from None
            if param.kind == _STAR_ARGS:
                bound[param.name] = tuple(args[position:])
                position = len(args)
                index += 1
                break
            if param.name in kwargs and param.kind != _POS_ONLY:
                raise TypeError("multiple values for argument {!r}"
                                .format(param.name)) from None
            bound[param.name] = args[position]
            position += 1
            index += 1
        # the rest by keyword
        var_kw = None
        for param in params[index:]:
            if param.kind == _STAR_KWARGS:
                var_kw = param
                continue
            if param.kind == _STAR_ARGS:
                continue
            name = param.name
            if param.kind == _POS_ONLY:
                if name in kwargs:
                    raise TypeError(
                        "{!r} parameter is positional only, but was passed "
                        "as a keyword".format(name))
                if not partial and param.default is _empty:
                    raise TypeError("missing a required argument: {!r}"
                                    .format(name)) from None
                continue
            if name in kwargs:
                bound[name] = kwargs.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError("missing a required argument: {!r}"
                                .format(name)) from None
        if kwargs:
            if var_kw is not None:
                bound[var_kw.name] = kwargs
            else:
                for p in params:
                    if p.kind == _STAR_KWARGS:
                        bound[p.name] = kwargs
                        break
                else:
                    extra = next(iter(kwargs))
                    raise TypeError("got an unexpected keyword argument {!r}"
                                    .format(extra))
        # keep the signature's parameter order
        ordered = {}
        for p in params:
            if p.name in bound:
                ordered[p.name] = bound[p.name]
        return self._bound_arguments_cls(self, ordered)

    def bind(self, /, *args, **kwargs):
        """Map arguments to parameters; TypeError if a call would fail."""
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but required arguments may be missing."""
        return self._bind(args, kwargs, True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {"_return_annotation": self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state["_return_annotation"]

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, self)

    def __str__(self):
        pieces = []
        slash_pending = False
        star_needed = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POS_ONLY:
                slash_pending = True
            elif slash_pending:
                pieces.append("/")
                slash_pending = False
            if kind == _STAR_ARGS:
                star_needed = False
            elif kind == _KW_ONLY and star_needed:
                pieces.append("*")
                star_needed = False
            pieces.append(str(param))
        if slash_pending:
            pieces.append("/")
        text = "({})".format(", ".join(pieces))
        if self._return_annotation is not _empty:
            text += " -> {}".format(formatannotation(self._return_annotation))
        return text


# ---------------------------------------------------------------- building

def _from_function(cls, func, skip_bound_arg, globals, locals, eval_str):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = getattr(code, "co_posonlyargcount", 0)
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    if eval_str or globals is not None or locals is not None:
        notes = get_annotations(func, globals=globals, locals=locals,
                                eval_str=eval_str)
    else:
        notes = getattr(func, "__annotations__", None) or {}
    Param = cls._parameter_cls
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POS_ONLY if i < nposonly else _POS_OR_KW
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Param(name, kind, default=default,
                            annotation=notes.get(name, _empty)))
    slot = npos + nkw
    if code.co_flags & CO_VARARGS:
        name = names[slot]
        params.append(Param(name, _STAR_ARGS,
                            annotation=notes.get(name, _empty)))
        slot += 1
    for i in range(npos, npos + nkw):
        name = names[i]
        params.append(Param(name, _KW_ONLY,
                            default=kwdefaults.get(name, _empty),
                            annotation=notes.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[slot]
        params.append(Param(name, _STAR_KWARGS,
                            annotation=notes.get(name, _empty)))
    return cls(params, return_annotation=notes.get("return", _empty),
               __validate_parameters__=False)


def _split_top_level(text):
    """Split a parameter list at the commas outside brackets and quotes."""
    parts = []
    depth = 0
    quote = None
    current = []
    for ch in text:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _text_default(expr, owner):
    """The value a default in a text signature spells: a literal, or a
    module attribute such as sys.maxsize."""
    try:
        return eval(expr, {"__builtins__": {}}, {})
    except Exception:
        pass
    head, dot, attr = expr.partition(".")
    loaded = sys.modules.get(head) if dot else None
    if loaded is not None and attr.isidentifier() and hasattr(loaded, attr):
        return getattr(loaded, attr)
    raise ValueError("{!r} builtin has invalid signature".format(owner))


def _from_text(cls, text, drop_marked, owner=None):
    """A Signature from a __text_signature__ such as '($self, a, b=1, /)'."""
    body = text.strip()
    if not body.startswith("("):
        raise ValueError("{!r} builtin has invalid signature".format(owner))
    close = body.rfind(")")
    items = _split_top_level(body[1:close])
    Param = cls._parameter_cls
    made = []
    kind = _POS_OR_KW
    marked = None
    explicit_slash = "/" in items
    for index, item in enumerate(items):
        if item == "/":
            made = [p.replace(kind=_POS_ONLY) for p in made]
            continue
        if item == "*":
            kind = _KW_ONLY
            continue
        if item.startswith("**"):
            made.append(Param(item[2:].strip(), _STAR_KWARGS))
            continue
        if item.startswith("*"):
            made.append(Param(item[1:].strip(), _STAR_ARGS))
            kind = _KW_ONLY
            continue
        name, eq, expr = item.partition("=")
        name = name.strip()
        if name.startswith("$"):
            name = name[1:]
            marked = len(made)
        default = _empty
        if eq:
            default = _text_default(expr.strip(), owner)
            if ismodule(default):
                raise ValueError("{!r} builtin has invalid signature"
                                 .format(owner))
        this_kind = kind
        if index == marked and not explicit_slash:
            this_kind = _POS_ONLY
        made.append(Param(name, this_kind, default=default))
    if marked is not None and drop_marked:
        del made[marked]
    return cls(made)


def _looks_like_function(obj):
    """Objects carrying the attributes a signature is read from."""
    wanted = (("__name__", str), ("__code__", types.CodeType),
              ("__defaults__", (tuple, type(None))),
              ("__kwdefaults__", (dict, type(None))),
              ("__annotations__", (dict, type(None))))
    if isinstance(obj, type):
        return False
    for attr, kinds in wanted:
        if not isinstance(getattr(obj, attr, _missing), kinds):
            return False
    return True


def _without_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_STAR_KWARGS, _KW_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _STAR_ARGS:
        return sig
    return sig.replace(parameters=params[1:])


def _apply_partial(sig, part, shown=None):
    """The signature left after functools.partial fixes some arguments."""
    try:
        fixed = sig.bind_partial(*part.args, **part.keywords)
    except TypeError as exc:
        raise ValueError("partial object {!r} has incorrect arguments"
                         .format(part if shown is None else shown)) from exc
    given = fixed.arguments
    out = []
    kw_from_here = False
    for name, param in sig.parameters.items():
        if name in given and param.kind in (_POS_ONLY, _POS_OR_KW) and \
                name not in part.keywords:
            continue
        if param.kind == _STAR_ARGS:
            if not kw_from_here:
                out.append(param)
            continue
        if name in part.keywords and param.kind != _STAR_KWARGS:
            if param.kind == _POS_ONLY:
                raise ValueError("partial object {!r} has incorrect arguments"
                                 .format(part if shown is None else shown))
            param = param.replace(default=part.keywords[name],
                                  kind=_KW_ONLY)
            kw_from_here = True
            out.append(param)
            continue
        if kw_from_here and param.kind == _POS_OR_KW:
            param = param.replace(kind=_KW_ONLY)
        out.append(param)
    # keyword-only parameters must come after any remaining variadics
    head = [p for p in out if p.kind in (_POS_ONLY, _POS_OR_KW, _STAR_ARGS)]
    kw = [p for p in out if p.kind == _KW_ONLY]
    tail = [p for p in out if p.kind == _STAR_KWARGS]
    return sig.replace(parameters=head + kw + tail)


def _partialmethod_signature(recipe, again):
    """Signature of the function a partialmethod makes for its class."""
    full = again(recipe.func)
    params = list(full.parameters.values())
    if params and params[0].kind == _STAR_ARGS:
        fixed = types.SimpleNamespace(args=recipe.args,
                                      keywords=recipe.keywords)
        return _apply_partial(full, fixed, recipe)
    if not params:
        raise ValueError("partial object {!r} has incorrect arguments"
                         .format(recipe))
    head = params[0]
    fixed = types.SimpleNamespace(args=(None,) + tuple(recipe.args),
                                  keywords=recipe.keywords)
    rest = _apply_partial(full, fixed, recipe)
    return rest.replace(parameters=[head] + list(rest.parameters.values()))


def _user_defined(klass, name):
    for entry in klass.__mro__:
        if name in entry.__dict__:
            if entry is object or entry is type:
                return None
            value = entry.__dict__[name]
            if isfunction(value) or isinstance(value, (staticmethod,
                                                       classmethod)):
                return value
            if callable(value) and not isbuiltin(value):
                return value
            return None
    return None


def _signature_of(obj, cls, follow_wrapped, skip_bound_arg, globals, locals,
                  eval_str):
    # staticmethod objects are callable in 3.10+ (coil's are not, yet).
    if not callable(obj) and not isinstance(obj, staticmethod):
        raise TypeError("{!r} is not a callable object".format(obj))

    def again(o):
        return _signature_of(o, cls, follow_wrapped, skip_bound_arg, globals,
                             locals, eval_str)

    if isinstance(obj, types.MethodType):
        text = getattr(obj.__func__, "__text_signature__", None)
        if skip_bound_arg and isinstance(text, str) and text:
            # A native's text marks the parameter binding fills.
            return _from_text(cls, text, True, obj.__func__)
        inner = again(obj.__func__)
        return _without_first(inner) if skip_bound_arg else inner

    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__")
                     or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return again(obj)

    try:
        declared = obj.__signature__
    except AttributeError:
        declared = None
    if declared is not None:
        if not isinstance(declared, Signature):
            raise TypeError("unexpected object {!r} in __signature__ "
                            "attribute".format(declared))
        return declared

    recipe = getattr(obj, "_partialmethod", None)
    pm_type = getattr(functools, "partialmethod", None)
    if isinstance(pm_type, type) and isinstance(recipe, pm_type):
        return _partialmethod_signature(recipe, again)

    text = getattr(obj, "__text_signature__", None)
    if isinstance(text, str) and text:
        # "$module" is never a parameter, nor "$type" (a class method's
        # class); "$self" only until bound.
        drop = (text.lstrip("( ").startswith(("$module", "$type"))
                or getattr(obj, "__self__", None) is not None)
        return _from_text(cls, text, drop, obj)

    if isfunction(obj) or _looks_like_function(obj):
        return _from_function(cls, obj, skip_bound_arg, globals, locals,
                              eval_str)

    if isinstance(obj, functools.partial):
        return _apply_partial(again(obj.func), obj)

    if isinstance(obj, type):
        meta_call = _user_defined(type(obj), "__call__")
        if meta_call is not None:
            return _without_first(again(meta_call))
        new = _user_defined(obj, "__new__")
        init = _user_defined(obj, "__init__")
        chosen = None
        if new is not None and init is not None:
            # whichever is defined closer to obj wins
            for entry in obj.__mro__:
                if "__init__" in entry.__dict__:
                    chosen = init
                    break
                if "__new__" in entry.__dict__:
                    chosen = new
                    break
        else:
            chosen = new if new is not None else init
        if chosen is not None:
            if isinstance(chosen, staticmethod):
                chosen = chosen.__func__
            return _without_first(again(chosen))
        if obj is type:
            raise ValueError("no signature found for builtin {!r}".format(obj))
        if issubclass(obj, type):
            raise ValueError("callable {!r} is not supported by signature"
                             .format(obj))
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return cls([], __validate_parameters__=False)
        raise ValueError("no signature found for builtin type {!r}"
                         .format(obj))

    if isbuiltin(obj) or isinstance(obj, _descriptor_types()) or \
            type(obj).__name__ in ("builtin_function_or_method",
                                   "method_descriptor", "wrapper_descriptor",
                                   "method-wrapper"):
        raise ValueError("no signature found for builtin {!r}".format(obj))

    call = _user_defined(type(obj), "__call__")
    if call is not None:
        if isinstance(call, staticmethod):
            return again(call.__func__)
        return _without_first(again(call))

    raise ValueError("callable {!r} is not supported by signature".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """The Signature of a callable object."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals,
                                   eval_str=eval_str)


# ---------------------------------------------------------------- argspecs

FullArgSpec = collections.namedtuple(
    "FullArgSpec",
    "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """The names and defaults of a callable's parameters (old interface)."""
    try:
        sig = _signature_of(func, Signature, False, False, None, None, False)
    except Exception as exc:
        raise TypeError("unsupported callable") from exc
    args = []
    varargs = None
    varkw = None
    defaults = []
    kwonly = []
    kwdefaults = {}
    notes = {}
    if sig.return_annotation is not _empty:
        notes["return"] = sig.return_annotation
    for param in sig.parameters.values():
        if param.annotation is not _empty:
            notes[param.name] = param.annotation
        if param.kind in (_POS_ONLY, _POS_OR_KW):
            args.append(param.name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif param.kind == _STAR_ARGS:
            varargs = param.name
        elif param.kind == _KW_ONLY:
            kwonly.append(param.name)
            if param.default is not _empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, notes)


def _name_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    return "{} and {}".format(", ".join(quoted[:-1]), quoted[-1])


def getcallargs(func, /, *positional, **named):
    """The dict a call func(*positional, **named) would bind its names to."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonly, kwdefaults, _ = spec
    fname = func.__name__
    bound_self = getattr(func, "__self__", None)
    if ismethod(func) and bound_self is not None:
        positional = (bound_self,) + positional
    result = {}
    given = len(positional)
    nargs = len(args)
    for name, value in zip(args, positional):
        result[name] = value
    if varargs:
        result[varargs] = tuple(positional[nargs:])
    elif given > nargs:
        ndef = len(defaults or ())
        if ndef:
            expected = "from {} to {}".format(nargs - ndef, nargs)
        else:
            expected = str(nargs)
        kw_given = sum(1 for k in named if k in kwonly)
        extra = ""
        if kw_given:
            extra = " positional argument{} (and {} keyword-only argument{})" \
                .format("s" if given != 1 else "", kw_given,
                        "s" if kw_given != 1 else "")
            raise TypeError("{}() takes {} positional argument{} but {}{} "
                            "were given".format(fname, expected,
                                                "s" if expected != "1" else "",
                                                given, extra))
        raise TypeError("{}() takes {} positional argument{} but {} {} given"
                        .format(fname, expected,
                                "s" if expected != "1" else "", given,
                                "was" if given == 1 else "were"))
    allowed = set(args + kwonly)
    if varkw:
        result[varkw] = {}
    for key, value in named.items():
        if key not in allowed:
            if varkw is None:
                raise TypeError("{}() got an unexpected keyword argument {!r}"
                                .format(fname, key))
            result[varkw][key] = value
            continue
        if key in result:
            raise TypeError("{}() got multiple values for argument {!r}"
                            .format(fname, key))
        result[key] = value
    if given < nargs:
        ndef = len(defaults or ())
        required = args[:nargs - ndef]
        missing = [n for n in required if n not in result]
        if missing:
            raise TypeError("{}() missing {} required positional argument{}: {}"
                            .format(fname, len(missing),
                                    "s" if len(missing) != 1 else "",
                                    _name_list(missing)))
        for i, name in enumerate(args[nargs - ndef:]):
            if name not in result:
                result[name] = defaults[i]
    missing = []
    for name in kwonly:
        if name not in result:
            if kwdefaults and name in kwdefaults:
                result[name] = kwdefaults[name]
            else:
                missing.append(name)
    if missing:
        raise TypeError("{}() missing {} required keyword-only argument{}: {}"
                        .format(fname, len(missing),
                                "s" if len(missing) != 1 else "",
                                _name_list(missing)))
    return result



# ---------------------------------------------------------------- more kinds

def ismethodwrapper(object):
    t = getattr(types, "MethodWrapperType", None)
    if not isinstance(t, type) or t in (types.BuiltinFunctionType,
                                        types.MethodType):
        return False
    return isinstance(object, t)


class EndOfBlock(Exception):
    pass


class ClassFoundException(Exception):
    pass


def indentsize(line):
    """Width of the leading whitespace of a line, tabs expanded."""
    wide = line.expandtabs()
    return len(wide) - len(wide.lstrip())


def getblock(lines):
    """The leading lines that make up one def/class block (or one line)."""
    return lines[:_block_end(list(lines), 0)]


# generator and coroutine states

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"
CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def _run_state(obj, prefix, names):
    running, frame_attr, suspended_attr = names
    if getattr(obj, running, False):
        return prefix + "RUNNING"
    frame = getattr(obj, frame_attr, None)
    if not frame:
        return prefix + "CLOSED"
    suspended = getattr(obj, suspended_attr, None)
    if suspended is None:
        lasti = getattr(frame, "f_lasti", -1)
        suspended = isinstance(lasti, int) and lasti > 0
    return prefix + ("SUSPENDED" if suspended else "CREATED")


def getgeneratorstate(generator):
    """One of GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED."""
    return _run_state(generator, "GEN_",
                      ("gi_running", "gi_frame", "gi_suspended"))


def getcoroutinestate(coroutine):
    """One of CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED."""
    return _run_state(coroutine, "CORO_",
                      ("cr_running", "cr_frame", "cr_suspended"))


def _frame_locals(frame):
    return dict(getattr(frame, "f_locals", None) or {})


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    return _frame_locals(getattr(generator, "gi_frame", None))


def getcoroutinelocals(coroutine):
    return _frame_locals(getattr(coroutine, "cr_frame", None))


# closures and frames' arguments

ClosureVars = collections.namedtuple("ClosureVars",
                                     "nonlocals globals builtins unbound")
Arguments = collections.namedtuple("Arguments", "args, varargs, varkw")
ArgInfo = collections.namedtuple("ArgInfo", "args varargs keywords locals")
Attribute = collections.namedtuple("Attribute",
                                   "name kind defining_class object")


def getclosurevars(func):
    """Where each name a function refers to currently lives."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    free = {}
    for name, cell in zip(code.co_freevars, cells):
        try:
            free[name] = cell.cell_contents
        except ValueError:
            pass
    glob = func.__globals__
    space = glob.get("__builtins__", {})
    if ismodule(space):
        space = space.__dict__
    found_globals, found_builtins, unknown = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in glob:
            found_globals[name] = glob[name]
        elif name in space:
            found_builtins[name] = space[name]
        else:
            unknown.add(name)
    return ClosureVars(free, found_globals, found_builtins, unknown)


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object."""
    if not iscode(co):
        raise TypeError("{!r} is not a code object".format(co))
    names = co.co_varnames
    plain = co.co_argcount + co.co_kwonlyargcount
    slot = plain
    star = starstar = None
    if co.co_flags & CO_VARARGS:
        star = names[slot]
        slot += 1
    if co.co_flags & CO_VARKEYWORDS:
        starstar = names[slot]
    return Arguments(list(names[:plain]), star, starstar)


def getargvalues(frame):
    """ArgInfo of the arguments a frame was called with."""
    spec = getargs(frame.f_code)
    return ArgInfo(spec.args, spec.varargs, spec.varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda n: "*" + n,
                    formatvarkw=lambda n: "**" + n,
                    formatvalue=lambda v: "=" + repr(v)):
    """Text like '(a=1, *rest=(2,))' from getargvalues' parts."""
    shown = [formatarg(a) + formatvalue(locals[a]) for a in args]
    if varargs:
        shown.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        shown.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return "(" + ", ".join(shown) + ")"


def formatannotationrelativeto(object):
    """A formatter that omits the module prefix of object's own module."""
    home = getattr(object, "__module__", None)

    def render(annotation):
        return formatannotation(annotation, home)
    return render


def _attribute_kind(name, raw, value):
    """(kind, object to report) for attribute `name`: raw is what a class
    __dict__ holds (or None), value what getattr gave (or None)."""
    shown = value if value is not None else raw
    if name == "__new__" and isbuiltin(raw):
        return "static method", raw
    if name in ("__init_subclass__", "__subclasshook__") and isbuiltin(raw):
        return "class method", raw
    if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
        return "static method", raw
    if isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
        return "class method", raw
    if isinstance(raw, property):
        return "property", raw
    if isroutine(shown):
        return "method", shown
    return "data", shown


def _same_value(found, value):
    # coil builds a class's __name__/__qualname__ string afresh on each
    # read, so equal plain strings count as the same object here.
    if found is value:
        return True
    return type(found) is str and type(value) is str and found == value


def _home_by_identity(cls, name, value, bases, metas):
    """The last class along bases (then metaclasses) whose attribute `name`
    is value itself, or None."""
    home = None
    for klass in bases:
        if _same_value(getattr(klass, name, None), value):
            home = klass
    for meta in metas:
        try:
            found = meta.__getattr__(cls, name)
        except AttributeError:
            continue
        if found is value:
            home = meta
    return home


def _dynamic_names(mro):
    """Names of the DynamicClassAttributes (enum's name/value...) along mro;
    dir() leaves them out because reading them on the class fails."""
    for klass in mro:
        for key, raw in klass.__dict__.items():
            if isinstance(raw, types.DynamicClassAttribute) and raw.fget is not None:
                yield key


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each name.

    kind is 'class method', 'static method', 'property', 'method' or 'data'.
    The object is what getattr(cls, name) gives, except for static/class
    methods and properties (the raw __dict__ entry).  Attributes found on the
    metaclass count as defined there; names whose home cannot be found are
    left out."""
    mro = getmro(cls)
    metas = tuple(k for k in getmro(type(cls)) if k not in (type, object))
    bases = (cls,) + mro
    out = []
    done = set()
    for name in list(dir(cls)) + list(_dynamic_names(mro)):
        home = None
        got = None
        if name not in done and name != "__dict__":
            try:
                got = getattr(cls, name)
            except Exception:
                got = None
            else:
                home = getattr(got, "__objclass__", None)
                if home not in bases:
                    home = _home_by_identity(cls, name, got, bases, metas)
        raw = None
        for klass in bases + metas:
            if name in klass.__dict__:
                raw = klass.__dict__[name]
                if home not in metas:
                    home = klass
                break
        if raw is None and name == "__class__" and home not in metas:
            # object's __class__ slot is not in coil's object.__dict__.
            home = object
        if home is None:
            continue
        kind, shown = _attribute_kind(name, raw, got)
        out.append(Attribute(name, kind, home, shown))
        done.add(name)
    return out


def getmembers_static(object, predicate=None):
    """getmembers without triggering descriptors or __getattr__."""
    pairs = []
    for name in set(dir(object)):
        try:
            value = getattr_static(object, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            pairs.append((name, value))
    pairs.sort(key=lambda pair: pair[0])
    return pairs


def walktree(classes, children, parent):
    result = []
    for klass in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
        result.append((klass, klass.__bases__))
        if klass in children:
            result.append(walktree(children[klass], children, klass))
    return result


def getclasstree(classes, unique=False):
    """Nested lists of (class, bases) arranged by inheritance."""
    children = {}
    roots = []
    for klass in classes:
        if klass.__bases__:
            for base in klass.__bases__:
                kids = children.setdefault(base, [])
                if klass not in kids:
                    kids.append(klass)
                if unique and base in classes:
                    break
        elif klass not in roots:
            roots.append(klass)
    for base in children:
        if base not in classes:
            roots.append(base)
    return walktree(roots, children, None)


# the public interface: predicates, then objects, then the rest
__all__ = [
    "isabstract", "isasyncgen", "isasyncgenfunction", "isawaitable",
    "isbuiltin", "isclass", "iscode", "iscoroutine", "iscoroutinefunction",
    "isdatadescriptor", "isframe", "isfunction", "isgenerator",
    "isgeneratorfunction", "isgetsetdescriptor", "ismemberdescriptor",
    "ismethod", "ismethoddescriptor", "ismethodwrapper", "ismodule",
    "isroutine", "istraceback",
    "Signature", "Parameter", "BoundArguments", "signature", "FullArgSpec",
    "ArgInfo", "Arguments", "Attribute", "ClosureVars", "FrameInfo",
    "Traceback", "ClassFoundException", "EndOfBlock",
    "getfullargspec", "getcallargs", "getargs", "getargvalues",
    "formatargvalues", "formatannotation", "formatannotationrelativeto",
    "get_annotations", "getattr_static", "getmembers", "getmembers_static",
    "getmro", "classify_class_attrs", "getclasstree", "walktree",
    "getclosurevars", "getdoc", "cleandoc", "getcomments", "getfile",
    "getabsfile", "getsourcefile", "getmodule", "getmodulename", "getsource",
    "getsourcelines", "findsource", "getblock", "indentsize",
    "currentframe", "stack", "trace", "getouterframes", "getinnerframes",
    "getframeinfo", "getlineno", "unwrap",
    "getgeneratorstate", "getgeneratorlocals", "getcoroutinestate",
    "getcoroutinelocals",
    "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED",
    "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED",
    "CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS",
    "CO_NESTED", "CO_GENERATOR", "CO_NOFREE", "CO_COROUTINE",
    "CO_ITERABLE_COROUTINE", "CO_ASYNC_GENERATOR", "TPFLAGS_IS_ABSTRACT",
]
