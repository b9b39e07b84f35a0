# json.dumps / json.dump / JSONEncoder: output format, options and errors.
import json
from json.encoder import encode_basestring, encode_basestring_ascii


def show(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


# Scalars and containers.
for value in [None, True, False, 0, -7, 2**64, -(10**40), 0.0, -0.0, 1.5, 1e16, 1e-5, 123456789.125,
              3.141592653589793, 1e100, 1e-300, float("inf"), float("-inf"), float("nan"),
              "", "plain", [], {}, (), [1, [2, [3]]], (1, "two", None), {"a": {"b": {}}}]:
    print(repr(value), "->", json.dumps(value))

# Strings: escapes, ensure_ascii, surrogate pairs beyond the BMP.
text = 'quote" back\\ slash/ \n\r\t\b\f \x00\x01\x1f \x7f é ß € 𝄞 😀'
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))
print(encode_basestring(text))
print(encode_basestring_ascii(text))
cases = [
    ('/\\"\ucafe\ubabe\uab98\ufcde\ubcda\uef4a\x08\x0c\n\r\t`1~!@#$%^&*()_+-=[]{}|;:\',./<>?'),
    ('\u0123\u4567\u89ab\ucdef\uabcd\uef4a'),
    ('\U0001d120'),
    ('\u03b1\u03a9'),
]
for c in cases:
    print(encode_basestring_ascii(c), encode_basestring(c))
show("basestring non-str", encode_basestring_ascii, 5)
show("basestring bytes", encode_basestring, b"x")

# Dict keys are coerced to strings.
print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, 2: 5, 10**30: 6, float("inf"): 7, float("nan"): 8, -1: 9}))
print(json.dumps({2: 3.0, 4.0: 5, False: 1, 6: True}, sort_keys=True))
print(json.dumps({True: False, False: True}, sort_keys=True))
show("tuple key", json.dumps, {"a": 1, (1, 2): 2})
show("bytes key", json.dumps, {b"k": 1})
print(json.dumps({b"invalid_key": False, "valid_key": True, (1,): 3}, skipkeys=True))
print(json.dumps({(1,): 3, "a": 1}, skipkeys=True))
print(repr(json.dumps({(1,): 3}, skipkeys=True, indent=2)))
print(repr(json.dumps({(1,): 3, "a": 1, (2,): 0, "b": 2}, skipkeys=True, indent=2)))
show("nan key", json.dumps, {float("nan"): 1}, allow_nan=False)

# sort_keys, including keys that cannot be ordered.
items = [("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5)]
print(json.dumps(dict(items)))
print(json.dumps(dict(items), sort_keys=True))
print(json.dumps({"b": {"z": 1, "y": 2}, "a": [{"d": 1, "c": 2}]}, sort_keys=True))
print(json.dumps({"é": 1, "e": 2, "z": 3, "E": 4, "€": 5}, sort_keys=True, ensure_ascii=False))
show("unsortable", json.dumps, {"a": 1, 1: "a"}, sort_keys=True)

# indent and separators.
h = [["blorpie"], ["whoops"], [], "d-shtaeou", "d-nthiouh", "i-vhbjkhnth",
     {"nifty": 87}, {"field": "yes", "morefield": False}]
print(json.dumps(h))
print(json.dumps(h, indent=2, sort_keys=True, separators=(",", ": ")))
print(json.dumps(h, indent="\t", sort_keys=True))
print(json.dumps(h, indent=2, sort_keys=True, separators=(" ,", " : ")))
print(json.dumps(h, separators=(",", ":")))
for indent in [0, None, -3, "", "--", 1]:
    print(repr(indent), repr(json.dumps({3: 1, "x": [1, [], {}]}, indent=indent)))
print(json.dumps([1, 2], indent=1, separators=(", ", ":")))
show("float indent", json.dumps, [1], indent=1.5)
show("bytes separator", json.dumps, {1: 2, 3: 4}, separators=(b", ", ": "))
show("bytes key separator", json.dumps, {1: 2, 3: 4}, separators=(", ", b": "))

# Floats as float.__repr__ writes them; allow_nan.
for f in [0.1, 0.2 + 0.1, 1 / 3, 2.5e-8, 1e22, 1e21, 123e300, 5e-324, 1.7976931348623157e308, 100.0, -1e16]:
    print(json.dumps(f), repr(f) == json.dumps(f))
for val in (float("inf"), float("-inf"), float("nan")):
    print(json.dumps([val]))
    show("allow_nan=False", json.dumps, [val], allow_nan=False)
show("allow_nan key", json.dumps, {float("-inf"): 0}, allow_nan=False)
# With an indent (or through iterencode) CPython runs its pure-Python encoder,
# whose message names the value.
for val in (float("inf"), float("-inf"), float("nan")):
    show("allow_nan=False, indent", json.dumps, [val], allow_nan=False, indent=1)
    show("allow_nan=False, iterencode", lambda v: list(json.JSONEncoder(allow_nan=False).iterencode(v)), {"k": val})
show("allow_nan=False, indented key", json.dumps, {float("nan"): 0}, allow_nan=False, indent=0)

# Big ints.
print(json.dumps([2**100, -(2**70), 1 << 64]))
show("huge int", json.dumps, 10**5000)

# Objects of no JSON type.
class Thing:
    def __init__(self, n):
        self.n = n


show("object", json.dumps, Thing(1))
show("set", json.dumps, {1, 2})
show("bytes", json.dumps, b"hi")
show("list of bytes", json.dumps, [b"hi"])
show("module", json.dumps, json)
show("type", json.dumps, type)
print(json.dumps(type, default=repr) == json.dumps(repr(type)))
print(json.dumps([Thing(1), {"k": Thing(2)}], default=lambda o: {"n": o.n}))
print(json.dumps(Thing(3), default=lambda o: o.n * 1.5))
print(json.dumps({1, 2}, default=sorted))


def failing_default(o):
    raise RuntimeError("no way: " + type(o).__name__)


show("default raises", json.dumps, [1, Thing(0)], default=failing_default)

# A default that shrinks the list being written (CPython issue 16228).
a = [object()] * 10


def crasher(obj):
    del a[-1]


print(json.dumps(a, default=crasher))

# Circular references.
x = []
x.append(x)
show("list cycle", json.dumps, x)
x = []
y = [x]
x.append(y)
show("alternating cycle", json.dumps, x)
d = {}
d["self"] = d
show("dict cycle", json.dumps, d)
y = []
print(json.dumps([y, y, {"a": y}]))
shared = {}
print(json.dumps({"a": shared, "b": shared}))
t = Thing(0)
show("default returns itself", json.dumps, t, default=lambda o: o)
show("default wraps itself", json.dumps, t, default=lambda o: [o])
print(json.dumps([t, t], default=lambda o: "T"))


# JSONEncoder subclasses.
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "f": frozenset("ba")}, cls=SetEncoder))
show("subclass falls back", json.dumps, Thing(1), cls=SetEncoder)
print(SetEncoder(indent=1).encode([{2, 1}]))
print(SetEncoder(sort_keys=True, separators=(",", "=")).encode({"b": 1, "a": {5}}))


class Marker:
    pass


class RecursiveJSONEncoder(json.JSONEncoder):
    recurse = False

    def default(self, o):
        if o is Marker:
            if self.recurse:
                return [Marker]
            return "Marker"
        return json.JSONEncoder.default(self, o)


enc = RecursiveJSONEncoder()
print(enc.encode(Marker))
enc.recurse = True
show("default recursion", enc.encode, Marker)


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"a": "b"}, cls=Upper), json.dumps("a lone string", cls=Upper))


class Pieces(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        return ["<", "pieces", ">"]


print(Pieces().encode([1]), Pieces().encode("str skips iterencode"))


class Extra(json.JSONEncoder):
    def __init__(self, *, tag, **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        return self.tag


print(json.dumps([Thing(1)], cls=Extra, tag="<thing>", indent=2))

# Replacing JSONEncoder.default on the class reaches every encoder, dumps too.
saved = json.JSONEncoder.default
json.JSONEncoder.default = lambda self, o: "patched " + type(o).__name__
print(json.dumps([Thing(1), {1, 2}]), json.JSONEncoder(indent=1).encode(Thing(2)))
json.JSONEncoder.default = saved
show("restored", json.dumps, Thing(1))
enc = json.JSONEncoder()
enc.default = lambda o: "instance attribute"
print(enc.encode([Thing(1)]))

# Encoder attributes.
e = json.JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator), e.indent, e.sort_keys, e.skipkeys,
      e.ensure_ascii, e.check_circular, e.allow_nan)
e = json.JSONEncoder(indent=3)
print(repr(e.item_separator), repr(e.key_separator), e.indent)
e = json.JSONEncoder(separators=(";", "="), default=str)
print(repr(e.item_separator), repr(e.key_separator), e.encode([Thing, 1]).startswith('["<class'))
e.indent = 2
e.sort_keys = True
print(e.encode({"b": [], "a": {}}))
e.indent = True
e.item_separator = ";"
e.key_separator = "->"
e.ensure_ascii = 0
print(e.encode({"b": [1, "é"], "a": {}}))
for bad in [1.5, "x".encode(), [2]]:
    e.indent = bad
    show("indent " + repr(bad), e.encode, [1])
e.indent = None
e.key_separator = 7
show("key_separator 7", e.encode, {"a": 1})
print("".join(json.JSONEncoder().iterencode({"a": [1, 2.5, None]})))
print("".join(json.JSONEncoder(indent=1).iterencode([1, {"a": 2}])))
print(json.JSONEncoder().encode("just a string"), json.JSONEncoder(ensure_ascii=False).encode("é"))


class BadBool:
    def __bool__(self):
        1 / 0


for name in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys"]:
    show(name, json.JSONEncoder(**{name: BadBool()}).encode, {"a": 1})

show("unknown option", json.dumps, 1, bogus=True)
show("positional option", json.dumps, 1, True)


# json.dump writes to any object with a write method.
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def value(self):
        return "".join(self.parts)


sink = Sink()
json.dump({}, sink)
print(sink.value())
sink = Sink()
json.dump({"z": [1, 2], "a": "é"}, sink, indent=2, sort_keys=True, ensure_ascii=False)
print(sink.value())
sink = Sink()
try:
    json.dump([1, "two", {"three": Thing(3)}], sink)
except TypeError as e:
    print("dump failed:", e, "| written so far:", repr(sink.value()))

# What a failing dump has written: as much as CPython's chunks would have.
for obj, kw in [([1, float("nan")], {"allow_nan": False}), ([float("nan")], {"allow_nan": False, "indent": 2}),
                ([[1], [float("inf")]], {"allow_nan": False, "indent": 2}), ({"a": 1, (1,): 2}, {}),
                ([1, Thing(0)], {}), ({"a": [1, {"b": Thing(0)}]}, {"indent": 2}), ([1, 10**5000], {}),
                ({"a": 1, "b": float("inf")}, {"allow_nan": False}), ({"a": 1, float("inf"): 1}, {"allow_nan": False})]:
    sink = Sink()
    try:
        json.dump(obj, sink, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, repr(sink.value()))
