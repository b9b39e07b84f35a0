# Builtin constructors and conversions: int/float/str/bool/bytes/list/tuple/dict/set/frozenset,
# ord/chr/hex/oct/bin, repr, type, isinstance/issubclass.
print(int(), int(5), int(-5.9), int("42"), int(" -17 "), int("1_000"), int("ff", 16), int("0xff", 0), int("0b101", 0))
print(int("777", 8), int("z", 36), int(True), int("10", 2), int(2.5e10), int("+3"), int("0o17", 0), int("-0"))
print(float(), float(1), float("2.5"), float(" -1e3 "), float("nan") != float("nan"), float("-inf"), float(False))
print(str(), str(1), str(1.5), str([1]), str((1, "a")), str({"k": [None]}), str(b"b"), str(True), str(str))
print(bool(), bool(0), bool(1), bool(""), bool("x"), bool([]), bool([0]), bool({}), bool(None), bool(0.0), bool(-1))
print(bytes(), bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"x"), bytes(range(3)), list(b"AB"))
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"a": 1}), list({"a": 1}.values()))
print(tuple(), tuple([1]), tuple("ab"), tuple(range(2)), dict(), dict(a=1), dict([("k", "v")]))
print(set(), sorted(set([3, 1, 3])), sorted(set("hello")), frozenset(), sorted(frozenset((2, 1))))
print(ord("A"), ord("\n"), ord("é"), ord("😀"), chr(65), chr(0x1F600), repr(chr(0)), chr(233))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 64))
print(repr(1), repr(1.0), repr("s"), repr([1, "s"]), repr((1,)), repr(None), repr(True), repr(b"\x00"), repr(...))
print(type(1), type("s"), type([]), type(()), type({}), type(set()), type(None), type(print), type(len))
print(type(1) is int, type(True) is bool, type(1.0).__name__, type(range(1)).__name__, type(type).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (int, str)), isinstance(1.0, float))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance(int, type), isinstance(3, object))
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(float, int), issubclass(type, object))
for bad in [lambda: int("abc"), lambda: int("1.5"), lambda: int(""), lambda: float("x"), lambda: int(None),
            lambda: int("12", 1), lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""),
            lambda: hex(1.5), lambda: bytes([256]), lambda: isinstance(1, 1), lambda: int(float("inf")),
            lambda: int(float("nan")), lambda: dict([1]), lambda: issubclass(1, int), lambda: float([])]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(int("1" * 30), int("-" + "9" * 25), int(10 ** 20 + 0.0), float(10 ** 20), int("0" * 5))
print(str(-0.0), float("-0"), int(-0.0), bool(-0.0), str(1e-320))
print(list(map(int, ["1", "2"])), [str(x) for x in (1.0, 2.5)], tuple(map(float, "12")))
print(type("s").__name__, int.__name__, str.__name__, type(None).__name__, type(NotImplemented).__name__)
print(int.__mro__, bool.__bases__, list.__mro__)
print(bytes.fromhex("41 42"), b"AB".hex(), bytearray(b"ab") if False else "", b"abc".upper(), b"a,b".split(b","))
print(b"hello".find(b"l"), b"abc".startswith(b"a"), b"x" in b"xyz", b"abc"[1], b"abc"[1:], b" pad ".strip())
print(b"abc" + b"def", b"ab" * 2, b"abc".decode("ascii"), b"a" < b"b", bytes([1, 2]) == b"\x01\x02", len(b"\xff" * 3))
