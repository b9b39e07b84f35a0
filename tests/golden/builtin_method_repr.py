# Reprs of natives: bound built-in methods, method descriptors, slot wrappers;
# hmac.compare_digest over every bytes-like pair and its errors.
import hmac, math, re

def show(v):
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(v)))

for v in ["".split, dict.items, [].append, len, int.from_bytes, dict.fromkeys, math.sqrt,
          str.join, object.__init__, "".__len__, list.sort, [].sort, sorted, int.bit_length]:
    show(v)

for a, b in [(1, 1), (b"a", 1), (1, b"a"), ("a", b"a"), (bytearray(b"a"), memoryview(b"a")),
             (b"a", bytearray(b"b")), ("abc", "abc"), (memoryview(b"xy"), b"xy")]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print("TypeError:", e)
