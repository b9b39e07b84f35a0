# json.loads / json.load / JSONDecoder: values, hooks and every error message.
import json
from json.decoder import scanstring, JSONDecodeError


def show(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except JSONDecodeError as e:
        print(label, "JSONDecodeError", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(label, type(e).__name__, e)


# Values.
for doc in ['null', 'true', 'false', '0', '-0', '-0.0', '12', '-12', '1.5', '1e5', '1E+2', '2e-3', '-1.25e-2',
            '12345678901234567890123', '-98765432109876543210', '1e400', '-1e400', '23456789012E666',
            '0.1', '5e-324', '""', '"abc"', '[]', '{}', ' [ ] ', '\n{\n}\n', '[1, [2, [3, []]]]',
            '{"a": {"b": {"c": null}}}', '[true, false, null, "x", 1, 2.5]', 'NaN', 'Infinity', '-Infinity',
            '[NaN, Infinity, -Infinity]', '"\\u00e9\\u20ac\\ud834\\udd1e\\n\\t\\"\\\\\\/\\b\\f\\r"',
            '"é€𝄞"', '{"a": 1, "a": 2}', '{"b": 1, "a": 2, "b": 3}', '{   "key"    :    "value"    ,  "k":"v"    }',
            '"\\u007b"', '"\\uD834\\uDD1E"', '"\\u12345"', '"a\x7fb"']:
    show(repr(doc), json.loads, doc)
print(type(json.loads('1')).__name__, type(json.loads('1.0')).__name__, type(json.loads('"a"')).__name__)

# Every error message, with its position.
fails = [
    '["Unclosed array"', '{unquoted_key: "keys must be quoted"}', '["extra comma",]', '["double extra comma",,]',
    '[   , "<-- missing value"]', '["Comma after the close"],', '["Extra close"]]', '{"Extra comma": true,}',
    '{"Extra value after close": true} "misplaced quoted value"', '{"Illegal expression": 1 + 2}',
    '{"Illegal invocation": alert()}', '{"Numbers cannot have leading zeroes": 013}', '{"Numbers cannot be hex": 0x14}',
    '["Illegal backslash escape: \\x15"]', '[\\naked]', '["Illegal backslash escape: \\017"]', '{"Missing colon" null}',
    '{"Double colon":: null}', '{"Comma instead of colon", null}', '["Colon instead of comma": false]',
    '["Bad value", truth]', "['single quote']", '["\ttab\tcharacter\tin\tstring\t"]',
    '["tab\\   character\\   in\\  string\\  "]', '["line\nbreak"]', '["line\\\nbreak"]', '[0e]', '[0e+]', '[0e+-1]',
    '{"Comma instead if closing brace": true,', '["mismatch"}', '["A\u001FZ control characters in string"]',
    '', ' ', '[', '[42', '[42,', '["', '["spam', '["spam"', '["spam",', '{', '{"', '{"spam', '{"spam"', '{"spam":',
    '{"spam":42', '{"spam":42,', '"', '"spam', '[,', '{"spam":[}', '[42:', '[42 "spam"', '[42,]', '{"spam":[42}',
    '["]', '["spam":', '["spam",]', '{:', '{,', '{42', '[{]', '{"spam",', '{"spam"}', '[{"spam"]', '{"spam":}',
    '[{"spam":]', '{"spam":42 "ham"', '[{"spam":42]', '{"spam":42,}', '[]]', '{}}', '[],[]', '{},{}', '42,"spam"',
    '"spam",42', '!', ' !', '\n!', '\n  \n\n     !', '[1, 2, 3]5', '["abc\\y"]', 'nul', 'tru', 'fals', '-', '-x', '1.',
    '01', '.5', '+1', '-Inf', 'nan', 'inf', '[1 2]', '{"a" 1}', '{1: 2}', '"\\u', '"\\u12"', '"\\u12zz"', '"\\uzzzz"',
    '"\\u1234', '"\\ud834\\udd1e', '"\\ud834\\udd"', '"\\ud834\\u"', '"\\ud834\\', '"\\', '"\\"', '"é\\x"', 'é',
    '"é', '["é", x]', '["ünïcödé" 1]', '{"é": 1,\n "ü": }', '"\\U0041"', '"a\tb"', '"\x00"', '"\\u+123"', '"\\u-123"',
]
for doc in fails:
    show(repr(doc), json.loads, doc)

# strict=False lets control characters into strings.
for doc in ['"a\tb"', '"line\nbreak"', '["\x00\x1f"]', '{"k\x01": "v"}']:
    show("strict=False " + repr(doc), json.loads, doc, strict=False)
show("strict=False bad escape", json.loads, '"\\x"', strict=False)

# Hooks.
s = '{"xkd":1, "kcw":2, "art":3, "hxm":4, "qrt":5, "pad":6, "hoy":7}'
print(json.loads(s, object_pairs_hook=lambda x: x))
print(json.loads(s, object_pairs_hook=lambda x: x, object_hook=lambda x: None))
print(json.loads('{"empty": {}}', object_pairs_hook=lambda x: ("pairs", x)))
print(json.loads('[{"a": 1}, {"b": {"c": 2}}]', object_hook=lambda d: ("obj", sorted(d.items()))))
print(json.loads('[1, 2.5, -3e2, 7]', parse_int=float, parse_float=lambda t: "F" + t))
print(json.loads('[1, 1.1, 10]', parse_int=lambda t: "I" + t))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda t: "C" + t))
print(json.loads('[1.5]', parse_float=float), json.loads('[7]', parse_int=int))


def boom(x):
    raise KeyError("hook failed")


show("object_hook raises", json.loads, '{"a": 1}', object_hook=boom)
show("parse_int raises", json.loads, '[1]', parse_int=boom)
show("parse_constant raises", json.loads, 'NaN', parse_constant=boom)


class BadBool:
    def __bool__(self):
        1 / 0


show("strict BadBool", json.JSONDecoder, strict=BadBool())
late = json.JSONDecoder()
late.object_hook = lambda d: "hooked"
late.parse_int = str
print(late.decode('{"a": 1}'), late.raw_decode('[2]'))

# Keys are shared between objects.
rval = json.loads('[{"a_key": 1, "b_\xe9": 2}, {"a_key": 3, "b_\xe9": 4}]')
(a, b), (c, d) = sorted(rval[0]), sorted(rval[1])
print(a is c, b is d)

# Input types and encodings.
show("int", json.loads, 1)
show("float", json.loads, 3.14)
show("list", json.loads, [])
show("dict", json.loads, {})
show("None", json.loads, None)
show("BOM str", json.loads, "\ufeff[1,2,3]")
print(json.loads('"\ufeff"') == "\ufeff")
for b in [b'[1, "x"]', b'\xef\xbb\xbf[1]', b'\xff\xfe[\x001\x00]\x00', b'\xfe\xff\x00[\x001\x00]',
          b'[\x001\x00]\x00', b'\x00[\x001\x00]', b'5\x00', b'\x007', b'57', b'"\xc3\xa9"',
          b'[\x00\x00\x001\x00\x00\x00]\x00\x00\x00', b'\x00\x00\x00[\x00\x00\x001\x00\x00\x00]',
          b'\xff\xfe\x00\x00[\x00\x00\x00]\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"',
          b'"\x00\xac\x20"\x00', b'\xc3\xa9']:
    print(b, json.detect_encoding(b), end=" ")
    show("", json.loads, b)
show("bad utf-8", json.loads, b'["\x80"]')

# raw_decode, scanstring, scan_once.
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.raw_decode('{"a": 1}{"b": 2}'), dec.raw_decode('x 12', 2))
print(dec.raw_decode('"é" [1]'), dec.raw_decode('é 1', 2))
show("raw_decode leading space", dec.raw_decode, ' 1')
show("raw_decode past end", dec.raw_decode, '1', 5)
show("raw_decode at end", dec.raw_decode, '1', 1)
show("raw_decode negative", dec.raw_decode, 'a' * 42, -50000)
print(scanstring('"z\U0001d120x"', 1, True), scanstring('"\\u007b"', 1, True))
print(scanstring('["Unclosed array"', 2, True), scanstring('"abc" tail', 1), scanstring('"abc"', 0))
print(scanstring('"z\\ud834\\udd20x"', 1, True), scanstring('"a\tb"', 1, False))
for bad in ['"\\"', '"\\x"', '"\\u"', '"\\u0"', '"\\u01"', '"\\u012"', '"\\uz012"', '"\\u0z12"', '"\\u01z2"',
            '"\\u012z"', '"\\u0x12"', '"\\u0X12"', '"\\ud834\\"', '"\\ud834\\u"', '"\\ud834\\ud"',
            '"\\ud834\\udd"', '"\\ud834\\udd2"', '"\\ud834\\uzdd2"', '"\\ud834\\udzd2"', '"\\ud834\\uddz2"',
            '"\\ud834\\udd2z"', '"\\ud834\\u0x20"', '"\\ud834\\u0X20"', '"a\tb"']:
    show("scanstring " + repr(bad), scanstring, bad, 1, True)
for args in [('"abc"', 5), ('"abc"', 6), ('"abc"', -1), ('abc', 0)]:
    show("scanstring" + repr(args), scanstring, *args)
print(dec.scan_once('[1, 2] x', 0))
show("scan_once nothing", dec.scan_once, ' x', 1)
show("scan_once broken", dec.scan_once, '[1, x]', 0)
from json.scanner import make_scanner
print(make_scanner(json.JSONDecoder(parse_int=str))('{"a": 10}', 0))


# JSONDecoder subclasses.
class Tagged(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.tag, **kw)

    def tag(self, d):
        return {"tagged": d}


print(json.loads('{"a": [{"b": 1}]}', cls=Tagged))
print(json.loads('{"a": NaN}', cls=Tagged, parse_constant=str))


class Lines(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ["seen", obj], end


print(json.loads(' [1] ', cls=Lines))
show("subclass extra data", json.loads, ' [1] 2', cls=Lines)


class Whole(json.JSONDecoder):
    def decode(self, s):
        return ("whole", super().decode(s))


print(json.loads('[1]', cls=Whole))

d = json.JSONDecoder()
print(d.strict, d.object_hook, d.object_pairs_hook, d.parse_float is float, d.parse_int is int,
      d.parse_constant("NaN") != d.parse_constant("NaN"), d.parse_constant("-Infinity"))
show("decode int", d.decode, 5)
show("decode bytes", d.decode, b"1")
show("raw_decode int", d.raw_decode, 5)
show("raw_decode str index", d.raw_decode, "1", "x")
show("scanstring int", scanstring, 5, 1)
show("scan_once int", d.scan_once, 5, 0)
show("bad decoder option", json.JSONDecoder, bogus=1)
show("bad loads option", json.loads, '1', bogus=1)

# JSONDecodeError.
try:
    json.loads('{\n  "a": [1,\n        2,,\n  ]\n}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
    print(repr(e.msg), e.pos, e.lineno, e.colno, e.args)
    print(e.doc == '{\n  "a": [1,\n        2,,\n  ]\n}')
    cls, args = e.__reduce__()
    print(cls is JSONDecodeError, args[0], args[2])
err = JSONDecodeError("Custom", "ab\ncd", 4)
print(err, err.lineno, err.colno, repr(err))
print(json.JSONDecodeError is JSONDecodeError, issubclass(JSONDecodeError, ValueError))


# json.load reads a file-like object.
class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


print(json.load(Source('{"a": [1, 2]}')))
print(json.load(Source('{"a": 1}'), object_pairs_hook=lambda p: p))
show("load BOM", json.load, Source("\ufeff1"))

# Round trip of a large test document.
JSON = r'''
[
    "JSON Test Pattern pass1",
    {"object with 1 member":["array with 1 element"]},
    {}, [], -42, true, false, null,
    {
        "integer": 1234567890, "real": -9876.543210, "e": 0.123456789e-12, "E": 1.234567890E+34,
        "":  23456789012E66, "zero": 0, "one": 1, "space": " ", "quote": "\"", "backslash": "\\",
        "controls": "\b\f\n\r\t", "slash": "/ & \/", "alpha": "abcdefghijklmnopqrstuvwyz",
        "digit": "0123456789", "0123456789": "digit", "special": "`1~!@#$%^&*()_+-={':[,]}|;.</>?",
        "hex": "\u0123\u4567\u89AB\uCDEF\uabcd\uef4A", "true": true, "false": false, "null": null,
        "array":[  ], "object":{  }, "url": "http://www.JSON.org/", "comment": "// /* <!-- --",
        "# -- --> */": " ",
        " s p a c e d " :[1,2 , 3

,

4 , 5        ,          6           ,7        ],"compact":[1,2,3,4,5,6,7],
        "jsontext": "{\"object with 1 member\":[\"array with 1 element\"]}",
        "quotes": "&#34; \u0022 %22 0x22 034 &#x22;",
        "\/\\\"\uCAFE\uBABE\uAB98\uFCDE\ubcda\uef4A\b\f\n\r\t`1~!@#$%^&*()_+-=[]{}|;:',./<>?"
: "A key can be any string"
    },
    0.5 ,98.6
,
99.44
,

1066, 1e1, 0.1e1, 1e-1, 1e00,2e+00,2e-00
,"rosebud"]
'''
res = json.loads(JSON)
out = json.dumps(res)
print(out)
print(res == json.loads(out), json.loads(json.dumps(res, indent=3, sort_keys=True, ensure_ascii=False)) == res)
print(json.loads('[[[[[[[[[[[[[[[[[[[["Too deep"]]]]]]]]]]]]]]]]]]]]'))
