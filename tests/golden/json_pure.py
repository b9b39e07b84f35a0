# The json package without its native accelerator: `_json` blocked (as
# CPython's test_json does), json imported afresh runs its pure-Python
# scanner, string reader and encoder. Decode errors (message, position,
# line, column), the decoder's hooks and the encoder's options.
import sys
from collections import OrderedDict
from decimal import Decimal
from enum import IntEnum
from io import StringIO

sys.modules["_json"] = None
for name in [n for n in sys.modules if n == "json" or n.startswith("json.")]:
    del sys.modules[name]
import json
import json.decoder
import json.encoder
import json.scanner

print("accelerated:", json.decoder.c_scanstring, json.scanner.c_make_scanner,
      json.encoder.c_make_encoder, json.encoder.c_encode_basestring_ascii)
print(json.decoder.scanstring is json.decoder.py_scanstring,
      json.scanner.make_scanner is json.scanner.py_make_scanner,
      json.encoder.encode_basestring_ascii is json.encoder.py_encode_basestring_ascii)
print(json.scanner.make_scanner.__module__, json.decoder.scanstring.__module__,
      json.encoder.encode_basestring.__module__)


def show_error(doc, **options):
    try:
        value = json.loads(doc, **options)
    except json.JSONDecodeError as e:
        print("%r: %s | msg=%r pos=%d line=%d col=%d" % (doc, e, e.msg, e.pos, e.lineno, e.colno))
    except Exception as e:
        print("%r: %s: %s" % (doc, type(e).__name__, e))
    else:
        print("%r: ok %r" % (doc, value))


print("-- documents")
for doc in ['{"a": [1, 2.5, -0, 1e3, 1E-2, true, false, null], "b": {"c": ""}}',
            ' [ 1 ,\t2 ,\n3 ] ', '"\\u00e9\\ud834\\udd1e\\n\\/"', '-12', '0.5e+2',
            "NaN", "Infinity", "-Infinity", "123456789012345678901234567890",
            '[[[[]]], {}, {"": {}}]', '"\\ud834"', '"\\udd1e\\ud834x"']:
    show_error(doc)

print("-- errors")
for doc in ["", " ", "[", "[1", "[1,", "[1,]", "[1 2]", "{", '{"a"', '{"a" 1}', '{"a":',
            '{"a":1', '{"a":1,', '{"a":1,}', "{1:2}", "{'a':1}", '"abc', '"a\\', '"\\y"',
            '"\\u12"', '"\\u12x4"', '"\\u0x12"', '"\\ud834\\u12"', '"a\x01b"', '"tab\there"',
            "[1]x", "1 2", "nul", "tru", "-", "01", "1.", "1e", "--1", "[-]",
            "[1,\n 2,\n x]", '{\n"a":\n  1\n  "b"}', '\ufeff[1]', "[\n\n\"\\q\"]"]:
    show_error(doc)
show_error('"tab\there"', strict=False)
show_error('["a\x00\x1fb"]', strict=False)
for value in [1, 3.5, None, [], {}]:
    show_error(value)
show_error(b'[1, "\xc3\xa9"]')

print("-- hooks")
doc = '{"x": 1, "y": 2.5, "z": [NaN, -Infinity], "w": {"v": 10}}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(type(json.loads(doc, object_pairs_hook=OrderedDict)).__name__)
print(json.loads(doc, object_pairs_hook=OrderedDict, object_hook=lambda d: "ignored"))
print(json.loads(doc, parse_float=Decimal, parse_int=lambda s: "int:" + s,
                 parse_constant=lambda s: "const:" + s))
print(json.loads("{}", object_hook=lambda d: ("empty", d)))
print(json.loads("{}", object_pairs_hook=lambda p: ("pairs", p)))
keys = json.loads('[{"shared": 1, "other": 2}, {"shared": 3, "other": 4}]')
print([k for k in keys[0]][0] is [k for k in keys[1]][0])
decoder = json.JSONDecoder()
print(decoder.decode(' {"k": [1]} '), decoder.memo)
print(decoder.raw_decode('[1, 2] tail'), decoder.raw_decode('xx"s"', 2))
for args in [("[1]", 5), ("abc", -1000), ("  1", 0)]:
    try:
        print(decoder.raw_decode(*args))
    except ValueError as e:
        print(type(e).__name__, e)


class Loud(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        value, end = super().raw_decode(s, idx)
        return ("loud", value), end


print(json.loads(" [1] ", cls=Loud))

print("-- scanstring")
scan = json.decoder.scanstring
for args in [('"abc"', 1), ('x"a\\"b"', 2), ('"z\\ud834\\udd20x"', 1), ('"\\ud834\\u0079"', 1),
             ('"\\ud834\\ud834\\udd20"', 1), ('"a\x05"', 1, False), ('"a"', 5), ('"a\x05"', 1)]:
    try:
        print(args, scan(*args))
    except json.JSONDecodeError as e:
        print(args, e)

print("-- quoting")
for text in ["plain", 'q"b\\s/', "\x00\x1f\x7f\b\f\n\r\t", "\u00e9\u20ac\U0001d11e", ""]:
    print(json.encoder.py_encode_basestring(text), json.encoder.py_encode_basestring_ascii(text))

print("-- encoding")
data = {"b": [1, 2.5, None, True, False, "s\u00e9"], "a": {"n": 1e16, "m": -0.0}, "e": [], "f": {}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent="\t", separators=(",", " = ")))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, {"x": [3]}]], indent=1))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps({1: "i", 2.5: "f", True: "t", False: "f", None: "n", "s": "s"}))
print(json.dumps({(1, 2): 1, "ok": 2, 3j: 4}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True), json.dumps({(1, 2): 1}, skipkeys=True, indent=2))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 0.1, 1 / 3, 10 ** 20]))
print(json.dumps((1, (2, 3))), json.dumps("top\u2028"), json.dumps(12), json.dumps(None))


class Level(IntEnum):
    LOW = 1


class Half(float):
    def __repr__(self):
        return "Half()"


class Text(str):
    pass


print(json.dumps([Level.LOW, Half(0.5), Text("t")]), json.dumps({Level.LOW: Half(2.0)}))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps({"z": 1, "a": 2, "m": 3}, sort_keys=True))
print(json.dumps([1, object], default=lambda o: "<%s>" % o.__name__))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps({"p": Point(1, [Point(2, 3)])}, cls=PointEncoder, sort_keys=True))
print(list(json.JSONEncoder(indent=1).iterencode({"a": [1, {"b": None}], "c": "d"})))
print(list(json.JSONEncoder().iterencode([1, "two", [], {}])))
out = StringIO()
json.dump({"k": [1, 2]}, out, indent=3)
print(out.getvalue())


def show_failure(value, **options):
    try:
        print(json.dumps(value, **options))
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))


loop = [1]
loop.append(loop)
show_failure(loop)
cycle = {}
cycle["self"] = [cycle]
show_failure(cycle)
shared = [1]
show_failure([shared, shared, {"s": shared}])
show_failure(float("nan"), allow_nan=False)
show_failure([Half(float("inf"))], allow_nan=False)
show_failure({float("-inf"): 1}, allow_nan=False)
show_failure({(1, 2): 1})
show_failure([1, 2j])
show_failure({"a": {1, 2}})
show_failure(Point(0, 0), default=lambda o: o)
show_failure({"a": 1, 2: "b"}, sort_keys=True)
show_failure([1], indent=1.5)
show_failure([1], separators=(",",))
out = StringIO()
try:
    json.dump([1, 2, [3, {4j: 5}]], out)
except TypeError as e:
    print("partial dump:", repr(out.getvalue()), e)
