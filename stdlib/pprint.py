"""Pretty-printing of Python data structures (coil's own implementation)."""

import re
import sys
from io import StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write a pretty representation of *object* to *stream*."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """The pretty representation of *object* as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dictionaries keep their insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that survives recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval(repr(object)) could rebuild *object*."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether *object* contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Ordering:
    """Sort key that falls back to type name and id for unorderable values."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _pair_key(pair):
    return (_Ordering(pair[0]), _Ordering(pair[1]))


def _generated_dataclass_repr(obj):
    """True for instances whose __repr__ is the one @dataclass wrote."""
    cls = type(obj)
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or isinstance(obj, type) or not params.repr:
        return False
    globs = getattr(cls.__repr__, "__globals__", None) or {}
    return globs.get("__name__") == "dataclasses"


def _recursion_marker(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


_PLAIN_SCALARS = {str, bytes, float, complex, bool, type(None)}
try:
    _PLAIN_SCALARS.add(bytearray)
except NameError:
    pass


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._stream = sys.stdout if stream is None else stream
        self._width, self._depth = width, depth
        self._indent_per_level = indent
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        self._compact = bool(compact)

    # -- public API --------------------------------------------------------
    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        buf = StringIO()
        self._format(object, buf, 0, 0, {}, 0)
        return buf.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr string, readable flag, recursive flag) for *object*."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout --------------------------------------------------------------
    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion_marker(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            handler = self._layouts.get(type(object).__repr__)
            if handler is None and _generated_dataclass_repr(object):
                handler = PrettyPrinter._layout_dataclass
            if handler is not None:
                context[key] = 1
                handler(self, object, stream, indent, allowance, context,
                        level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _layout_dict(self, obj, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))
        if len(obj):
            if self._sort_dicts:
                pairs = sorted(obj.items(), key=_pair_key)
            else:
                pairs = obj.items()
            self._layout_pairs(pairs, stream, indent, allowance + 1,
                               context, level)
        stream.write("}")

    def _layout_named(self, obj, stream, indent, allowance, context, level):
        """OrderedDict-style: Name([(key, value), ...])."""
        if not len(obj):
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        stream.write(name + "(")
        self._format(list(obj.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(")")

    def _layout_defaultdict(self, obj, stream, indent, allowance, context,
                            level):
        if not len(obj):
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        indent += len(name) + 1
        factory = self._repr(obj.default_factory, context, level)
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._layout_dict(obj, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _layout_counter(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))
        self._layout_pairs(obj.most_common(), stream, indent + len(name) + 1,
                           allowance + 2, context, level)
        stream.write("})")

    def _layout_chainmap(self, obj, stream, indent, allowance, context,
                         level):
        maps = obj.maps
        if not len(maps) or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        for pos, mapping in enumerate(maps):
            if pos == len(maps) - 1:
                self._format(mapping, stream, indent, allowance + 1, context,
                             level)
                stream.write(")")
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    def _layout_deque(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        name = obj.__class__.__name__
        stream.write(name + "([")
        indent += len(name) + 1
        if obj.maxlen is None:
            self._layout_seq(obj, stream, indent, allowance + 2, context,
                             level)
            stream.write("])")
            return
        self._layout_seq(obj, stream, indent, 2, context, level)
        limit = self._repr(obj.maxlen, context, level)
        stream.write("],\n%smaxlen=%s)" % (" " * indent, limit))

    def _layout_wrapped(self, obj, stream, indent, allowance, context, level):
        """UserDict, UserList, UserString: laid out as what they hold."""
        self._format(obj.data, stream, indent, allowance, context, level - 1)

    def _layout_proxy(self, obj, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(obj.copy(), stream, indent + 13, allowance + 1, context,
                     level)
        stream.write(")")

    def _layout_namespace(self, obj, stream, indent, allowance, context,
                          level):
        import types
        if type(obj) is types.SimpleNamespace:
            name = "namespace"
        else:
            name = obj.__class__.__name__
        stream.write(name + "(")
        self._layout_keywords(list(obj.__dict__.items()), stream,
                              indent + len(name) + 1, allowance, context,
                              level)
        stream.write(")")

    def _layout_dataclass(self, obj, stream, indent, allowance, context,
                          level):
        import dataclasses
        name = obj.__class__.__name__
        shown = [(f.name, getattr(obj, f.name))
                 for f in dataclasses.fields(obj) if f.repr]
        stream.write(name + "(")
        self._layout_keywords(shown, stream, indent + len(name) + 1,
                              allowance, context, level)
        stream.write(")")

    def _layout_keywords(self, pairs, stream, indent, allowance, context,
                         level):
        final = len(pairs) - 1
        for pos, (key, value) in enumerate(pairs):
            stream.write(key + "=")
            if id(value) in context:
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if pos == final else 1, context, level)
            if pos != final:
                stream.write(",\n" + " " * indent)

    def _layout_pairs(self, pairs, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ",\n" + " " * indent
        pairs = list(pairs)
        final = len(pairs) - 1
        for pos, (k, v) in enumerate(pairs):
            ktext = self._repr(k, context, level)
            stream.write(ktext)
            stream.write(": ")
            self._format(v, stream, indent + len(ktext) + 2,
                         allowance if pos == final else 1, context, level)
            if pos != final:
                stream.write(separator)

    def _layout_list(self, obj, stream, indent, allowance, context, level):
        stream.write("[")
        self._layout_seq(obj, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _layout_tuple(self, obj, stream, indent, allowance, context, level):
        stream.write("(")
        closer = ",)" if len(obj) == 1 else ")"
        self._layout_seq(obj, stream, indent, allowance + len(closer),
                         context, level)
        stream.write(closer)

    def _layout_set(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        cls = obj.__class__
        if cls is set:
            stream.write("{")
            closer = "}"
        else:
            stream.write(cls.__name__ + "({")
            closer = "})"
            indent += len(cls.__name__) + 1
        ordered = sorted(obj, key=_Ordering)
        self._layout_seq(ordered, stream, indent, allowance + len(closer),
                         context, level)
        stream.write(closer)

    def _layout_seq(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))
        newline_sep = ",\n" + " " * indent
        items = list(items)
        if not items:
            return
        room = limit = self._width - indent + 1
        sep = ""
        count = len(items)
        for pos, item in enumerate(items):
            is_last = pos == count - 1
            if is_last:
                limit -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = limit
                    if sep:
                        sep = newline_sep
                if room >= need:
                    room -= need
                    stream.write(sep)
                    sep = ", "
                    stream.write(text)
                    continue
            stream.write(sep)
            sep = newline_sep
            self._format(item, stream, indent, allowance if is_last else 1,
                         context, level)

    def _layout_str(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        pieces = []
        lines = obj.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        avail = self._width - indent
        line_avail = avail
        nlines = len(lines)
        for li, line in enumerate(lines):
            text = repr(line)
            if li == nlines - 1:
                line_avail -= allowance
            if len(text) <= line_avail:
                pieces.append(text)
                continue
            words = re.findall(r"\S*\s*", line)
            words.pop()
            word_avail = avail
            acc = ""
            for wi, word in enumerate(words):
                trial = acc + word
                if wi == len(words) - 1 and li == nlines - 1:
                    word_avail -= allowance
                if len(repr(trial)) > word_avail:
                    if acc:
                        pieces.append(repr(acc))
                    acc = word
                else:
                    acc = trial
            if acc:
                pieces.append(repr(acc))
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        self._write_chunks(pieces, stream, indent, level)

    def _write_chunks(self, pieces, stream, indent, level):
        wrap = level == 1
        if wrap:
            stream.write("(")
        stream.write(("\n" + " " * indent).join(pieces))
        if wrap:
            stream.write(")")

    def _layout_bytes(self, obj, stream, indent, allowance, context, level):
        if len(obj) <= 4:
            stream.write(repr(obj))
            return
        if level == 1:
            indent += 1
            allowance += 1
        avail = self._width - indent
        pieces = []
        acc = obj[:0]
        final_start = len(obj) // 4 * 4
        for start in range(0, len(obj), 4):
            chunk = obj[start:start + 4]
            trial = acc + chunk
            if start == final_start:
                avail -= allowance
            if len(repr(trial)) > avail:
                if acc:
                    pieces.append(repr(acc))
                acc = chunk
            else:
                acc = trial
        if acc:
            pieces.append(repr(acc))
        self._write_chunks(pieces, stream, indent, level)

    _layouts = {
        dict.__repr__: _layout_dict,
        list.__repr__: _layout_list,
        tuple.__repr__: _layout_tuple,
        set.__repr__: _layout_set,
        frozenset.__repr__: _layout_set,
        str.__repr__: _layout_str,
        bytes.__repr__: _layout_bytes,
    }

    def _register_extra_layouts(table):
        import collections
        import types
        extra = [
            ("OrderedDict", "_layout_named"),
            ("defaultdict", "_layout_defaultdict"),
            ("Counter", "_layout_counter"),
            ("ChainMap", "_layout_chainmap"),
            ("deque", "_layout_deque"),
            ("UserDict", "_layout_wrapped"),
            ("UserList", "_layout_wrapped"),
            ("UserString", "_layout_wrapped"),
        ]
        for cls_name, method in extra:
            cls = getattr(collections, cls_name, None)
            if cls is not None:
                table[cls.__repr__] = method
        for cls, method in ((getattr(types, "MappingProxyType", None),
                             "_layout_proxy"),
                            (getattr(types, "SimpleNamespace", None),
                             "_layout_namespace")):
            if cls is not None:
                table[cls.__repr__] = method


    # -- one-line representation ------------------------------------------
    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _PLAIN_SCALARS:
            return repr(object), True, False
        method = getattr(cls, "__repr__", None)
        if issubclass(cls, int) and method is int.__repr__:
            if self._underscore_numbers:
                return "{:_d}".format(object), True, False
            return repr(object), True, False
        if issubclass(cls, dict) and method is dict.__repr__:
            if not object:
                return "{}", True, False
            return self._safe_container(
                object, "{", "}", context, maxlevels, level, True)
        if issubclass(cls, list) and method is list.__repr__:
            if not object:
                return repr(object), True, False
            return self._safe_container(
                object, "[", "]", context, maxlevels, level, False)
        if issubclass(cls, tuple) and method is tuple.__repr__:
            if not object:
                return repr(object), True, False
            close = ",)" if len(object) == 1 else ")"
            return self._safe_container(
                object, "(", close, context, maxlevels, level, False)
        text = repr(object)
        return text, bool(text and not text.startswith("<")), False

    def _safe_container(self, obj, opener, closer, context, maxlevels,
                        level, is_mapping):
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return opener + "..." + closer, False, key in context
        if key in context:
            return _recursion_marker(obj), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if is_mapping:
            if self._sort_dicts:
                entries = sorted(obj.items(), key=_pair_key)
            else:
                entries = obj.items()
            for k, v in entries:
                ktext, kread, krec = self.format(k, context, maxlevels, level)
                vtext, vread, vrec = self.format(v, context, maxlevels, level)
                parts.append(ktext + ": " + vtext)
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
        else:
            for item in obj:
                text, iread, irec = self.format(item, context, maxlevels,
                                                level)
                parts.append(text)
                readable = readable and iread
                recursive = recursive or irec
        del context[key]
        return opener + ", ".join(parts) + closer, readable, recursive


_pending = {}
PrettyPrinter._register_extra_layouts(_pending)
for _key, _name in _pending.items():
    PrettyPrinter._layouts[_key] = getattr(PrettyPrinter, _name)
del PrettyPrinter._register_extra_layouts, _pending, _key, _name
