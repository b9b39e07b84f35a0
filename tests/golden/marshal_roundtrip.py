# marshal: values survive dumps/loads (and CPython's own bytes load the same way).
import marshal

values = [None, True, False, 0, -1, 2**31 - 1, 2**31, -2**63, 2**100, 1.5, -0.0,
          float("inf"), 3 + 4j, "", "héllo ☃", b"", b"\x00\xff", (), (1, (2, "x")),
          [1, [2]], {"a": 1, 2: [3]}, {1, 2}, frozenset({"f"}), StopIteration, ...]
for value in values:
    back = marshal.loads(marshal.dumps(value))
    print(repr(back), type(back).__name__, back == value or back is value)

# bytes CPython wrote (with its reference flags) read back the same
print(marshal.loads(bytes.fromhex("e901000000")), marshal.loads(bytes.fromhex("da0161")))
print(marshal.loads(bytes.fromhex("a902e901000000a901e902000000")))

for bad in (object(), lambda: 0):
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    marshal.loads(b"i\x01")
except EOFError as e:
    print("EOFError", e)
print(marshal.version)
