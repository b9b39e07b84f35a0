# Argument errors of native functions and methods: CPython's message for each
# kind of mistake (too many, missing, unexpected keyword, given twice).
import cmath
import math
import os
import sys
import time
import inspect


def attempt(label, thunk):
    try:
        result = thunk()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


calls = [
    # methods taking no keywords
    ("list.append kw", lambda: [].append(1, x=2)),
    ("list.append none", lambda: [].append()),
    ("list.append two", lambda: [].append(1, 2)),
    ("list.insert one", lambda: [].insert(1)),
    ("list.pop two", lambda: [].pop(1, 2)),
    ("list.pop kw", lambda: [].pop(x=1)),
    ("list.copy arg", lambda: [].copy(1)),
    ("list.sort positional", lambda: [].sort(1)),
    ("list.sort bad kw", lambda: [].sort(foo=1)),
    ("list.sort ok", lambda: sorted([3, 1, 2], key=lambda v: -v)),
    ("tuple.count kw", lambda: (1,).count(x=1)),
    ("tuple.index none", lambda: ().index()),
    ("range.index none", lambda: range(1).index()),
    ("str.upper kw", lambda: "a".upper(x=1)),
    ("str.upper arg", lambda: "a".upper(1)),
    ("str.split bad kw", lambda: "a b".split(sepx=1)),
    ("str.split twice", lambda: "a,b".split(",", sep=",")),
    ("str.split too many", lambda: "a".split(",", 1, maxsplit=1)),
    ("str.split ok", lambda: "a,b,c".split(sep=",", maxsplit=1)),
    ("str.replace count kw", lambda: "a".replace("a", "b", count=1)),
    ("str.replace one", lambda: "a".replace("a")),
    ("str.find none", lambda: "a".find()),
    ("str.find four", lambda: "a".find("a", 0, 1, 2)),
    ("str.ljust kw", lambda: "a".ljust(3, fillchar=" ")),
    ("str.strip kw", lambda: "a".strip(chars="a")),
    ("str.splitlines kw", lambda: "a\nb".splitlines(keepend=True)),
    ("str.splitlines ok", lambda: "a\nb".splitlines(keepends=True)),
    ("str.expandtabs kw", lambda: "a\tb".expandtabs(tabs=2)),
    ("str.encode kw", lambda: "a".encode(foo=1)),
    ("str.join none", lambda: "".join()),
    ("bytes.split bad kw", lambda: b"a".split(sepx=1)),
    ("bytes.hex three", lambda: b"a".hex(1, 2, 3)),
    ("bytearray.append kw", lambda: bytearray().append(x=1)),
    ("dict.get three", lambda: dict.get({}, 1, 2, 3)),
    ("dict.get none", lambda: {}.get()),
    ("dict.keys arg", lambda: {}.keys(1)),
    ("dict.copy kw", lambda: {}.copy(x=1)),
    ("dict.update two", lambda: {}.update(1, 2)),
    ("dict.update kw ok", lambda: sorted({}.update(a=1) or [])),
    ("dict.fromkeys none", lambda: dict.fromkeys()),
    ("set.add kw", lambda: set().add(x=1)),
    ("set.union kw", lambda: set().union(x=1)),
    ("set.union many", lambda: sorted(set().union([1], [2], [3]))),
    ("int.to_bytes three", lambda: (1).to_bytes(1, "big", 3)),
    ("int.to_bytes twice", lambda: (1).to_bytes(1, byteorder="big", length=1)),
    ("int.from_bytes none", lambda: int.from_bytes()),
    ("int.from_bytes twice", lambda: int.from_bytes(b"", "big", bytes=1)),
    ("int.bit_length arg", lambda: (1).bit_length(1)),
    ("float.hex arg", lambda: (1.0).hex(1)),
    ("float.fromhex none", lambda: float.fromhex()),
    ("unbound list.append", lambda: list.append()),
    ("unbound str.split", lambda: str.split()),
    ("slot wrapper arg", lambda: [].__len__(1)),
    ("slot wrapper kw", lambda: [].__len__(x=1)),
    ("slot wrapper setitem", lambda: [].__setitem__(1)),
    ("slot wrapper unbound", lambda: list.__len__()),
    # builtin functions
    ("len kw", lambda: len(x=1)),
    ("len none", lambda: len()),
    ("len two", lambda: len(1, 2)),
    ("sum none", lambda: sum()),
    ("sum bad kw", lambda: sum([], st=0)),
    ("sum too many", lambda: sum([], start=0, x=1)),
    ("sum ok", lambda: sum([1, 2], start=10)),
    ("abs kw", lambda: abs(x=1)),
    ("round bad kw", lambda: round(1, nd=2)),
    ("round none", lambda: round()),
    ("round ok", lambda: round(2.567, ndigits=1)),
    ("pow one", lambda: pow(1)),
    ("pow ok", lambda: pow(base=2, exp=5)),
    ("isinstance one", lambda: isinstance(1)),
    ("divmod three", lambda: divmod(1, 2, 3)),
    ("getattr kw", lambda: getattr(1, "real", x=1)),
    ("iter kw", lambda: iter([], x=1)),
    ("print bad kw", lambda: print(1, sepp=1)),
    ("input two", lambda: input(1, 2)),
    # constructors
    ("range kw", lambda: list(range(0, end=1))),
    ("range none", lambda: range()),
    ("list kw", lambda: list(x=1)),
    ("tuple kw", lambda: tuple(x=1)),
    ("int bad kw", lambda: int("1", bas=2)),
    ("int ok", lambda: int("11", base=2)),
    ("float kw", lambda: float(x=1)),
    ("str bad kw", lambda: str(x=1)),
    ("str ok", lambda: str(b"hi", encoding="ascii")),
    ("set kw", lambda: set(x=1)),
    ("frozenset kw", lambda: frozenset(x=1)),
    ("bytes bad kw", lambda: bytes(x=1)),
    ("complex bad kw", lambda: complex(x=1)),
    ("enumerate bad kw", lambda: enumerate([], st=1)),
    ("enumerate ok", lambda: list(enumerate("ab", start=1))),
    ("zip bad kw", lambda: zip(foo=1)),
    ("zip ok", lambda: list(zip("ab", "cd", strict=True))),
    ("reversed kw", lambda: reversed([], x=1)),
    ("reversed none", lambda: reversed()),
    ("map kw", lambda: map(f=1)),
    ("filter kw", lambda: filter(f=1)),
    ("staticmethod none", lambda: staticmethod()),
    ("classmethod kw", lambda: classmethod(x=1)),
    ("property bad kw", lambda: property(fgett=1)),
    # native modules
    ("math.sqrt none", lambda: math.sqrt()),
    ("math.sqrt kw", lambda: math.sqrt(x=1)),
    ("math.floor two", lambda: math.floor(1, 2)),
    ("math.isclose one", lambda: math.isclose(1)),
    ("math.isclose three", lambda: math.isclose(1, 2, 3)),
    ("math.isclose bad kw", lambda: math.isclose(1, 2, tol=1)),
    ("math.isclose ok", lambda: math.isclose(1, 1.05, rel_tol=0.1)),
    ("math.gcd kw", lambda: math.gcd(4, x=2)),
    ("time.sleep none", lambda: time.sleep()),
    ("time.sleep kw", lambda: time.sleep(x=1)),
    ("time.time arg", lambda: time.time(1)),
    ("time.gmtime kw", lambda: time.gmtime(x=1)),
    ("time.strftime none", lambda: time.strftime()),
    ("cmath.sqrt kw", lambda: cmath.sqrt(z=1)),
    ("cmath.log none", lambda: cmath.log()),
    ("cmath.rect kw", lambda: cmath.rect(1, phi=2)),
    ("sys.exit two", lambda: sys.exit(1, 2)),
    ("eval none", lambda: eval()),
    ("eval kw", lambda: eval("1", x=1)),
    ("exec bad kw", lambda: exec("1", x=1)),
    ("exec four", lambda: exec("1", {}, {}, {})),
    ("compile two", lambda: compile("1", "f")),
    ("os.remove bad kw", lambda: os.remove(x=1)),
    ("os.urandom none", lambda: os.urandom()),
    ("os.urandom kw", lambda: os.urandom(x=1)),
    ("os.unsetenv none", lambda: os.unsetenv()),
    ("os.strerror kw", lambda: os.strerror(x=1)),
    ("os.getcwd arg", lambda: os.getcwd(1)),
    ("compile ok", lambda: eval(compile(source="1 + 1", filename="f", mode="eval"))),
]
for label, thunk in calls:
    attempt(label, thunk)

print(str.split.__text_signature__)
print(list.append.__text_signature__)
print(len.__text_signature__)
print(math.isclose.__text_signature__)
print(str.find.__text_signature__)
print(inspect.signature(str.split))
print(inspect.signature("".split))
print(inspect.signature(list.index))
print(inspect.signature(len))
print(inspect.signature(math.isclose))

# Families converted later: min/max/sorted, super, object and type, more of
# posix, random, _struct, _hashlib, _weakref, zlib, _json, _socket, _io.
import random, struct, hashlib, weakref, zlib, json, socket, io, _io


class Plain:
    pass


class OwnInit:
    def __init__(self, *args):
        object.__init__(self, *args)


class OwnNew:
    def __new__(cls, *args):
        return object.__new__(cls)


later = [
    ("min none", lambda: min()),
    ("min kw", lambda: min(1, 2, bogus=3)),
    ("max kw", lambda: max([1], key=None, bogus=2)),
    ("max default many", lambda: max(1, 2, default=0)),
    ("min default ok", lambda: min([], default="d")),
    ("sorted none", lambda: sorted()),
    ("sorted two", lambda: sorted([], [])),
    ("sorted kw", lambda: sorted([2, 1], bogus=1)),
    ("sorted ok", lambda: sorted([2, 3, 1], key=lambda v: -v, reverse=True)),
    ("super many", lambda: super(Plain, Plain(), 3)),
    ("super kw", lambda: super(bogus=1)),
    ("type kw", lambda: type(1, bogus=2)),
    ("object arg", lambda: object(1)),
    ("object.__init__ none", lambda: object.__init__()),
    ("object.__init__ extra", lambda: object().__init__(1)),
    ("Plain.__init__ extra", lambda: Plain().__init__(1)),
    ("OwnInit extra", lambda: OwnInit(1)),
    ("OwnNew init extra", lambda: type(OwnNew().__init__(1)).__name__),
    ("object.__new__ none", lambda: object.__new__()),
    ("object.__new__ int", lambda: object.__new__(1)),
    ("object.__new__ Plain extra", lambda: object.__new__(Plain, 1)),
    ("object.__new__ OwnNew extra", lambda: object.__new__(OwnNew, 1)),
    ("object.__new__ OwnInit extra", lambda: type(object.__new__(OwnInit, 1)).__name__),
    ("object.__repr__ none", lambda: object.__repr__()),
    ("object.__eq__ none", lambda: object().__eq__()),
    ("type.__init__ none", lambda: type.__init__()),
    ("type.__init__ int", lambda: type.__init__(1)),
    ("globals arg", lambda: globals(1)),
    ("aiter none", lambda: aiter()),
    ("anext many", lambda: anext(1, 2, 3)),
    ("split int", lambda: "a".split(1)),
    ("strip int", lambda: "a".strip(1)),
    ("rstrip int", lambda: "a".rstrip(1)),
    ("join int", lambda: "".join(1)),
    ("bytes join int", lambda: b"".join(1)),
    ("list add int", lambda: [].__add__(1)),
    ("tuple add int", lambda: ().__add__(1)),
    ("os.stat kw", lambda: os.stat(bogus=1)),
    ("os.stat many", lambda: os.stat(1, 2, 3, 4)),
    ("os.mkdir kw", lambda: os.mkdir("x", bogus=1)),
    ("os.rename kw", lambda: os.rename("a", "b", bogus=1)),
    ("os.listdir many", lambda: os.listdir(1, 2)),
    ("os.kill kw", lambda: os.kill(1, 2, bogus=3)),
    ("os.putenv none", lambda: os.putenv()),
    ("random.random arg", lambda: random.random(1)),
    ("random.getrandbits none", lambda: random.getrandbits()),
    ("random.seed many", lambda: random.seed(1, 2, 3, 4)),
    ("random.randint one", lambda: random.randint(1)),
    ("random.randint kw", lambda: random.randint(1, 2, bogus=3)),
    ("random.choice kw ok", lambda: random.Random(1).choice(seq=[7])),
    ("Random.seed none", lambda: random.Random.seed()),
    ("Random().sample kw", lambda: random.Random(1).sample([1], 1, bogus=1)),
    ("struct.calcsize none", lambda: struct.calcsize()),
    ("struct.unpack kw", lambda: struct.unpack("b", b"x", bogus=1)),
    ("struct.pack none", lambda: struct.pack()),
    ("struct.pack kw", lambda: struct.pack("b", 1, bogus=1)),
    ("_hashlib.new kw", lambda: __import__("_hashlib").new(bogus=1)),
    ("hashlib.sha256 many", lambda: hashlib.sha256(b"", b"", b"")),
    ("hashlib.pbkdf2_hmac none", lambda: hashlib.pbkdf2_hmac()),
    ("weakref.getweakrefcount kw", lambda: weakref.getweakrefcount(Plain(), bogus=1)),
    ("zlib.crc32 kw", lambda: zlib.crc32(b"", bogus=1)),
    ("zlib.crc32 many", lambda: zlib.crc32(b"", 1, 2)),
    ("zlib.compress kw", lambda: zlib.compress(b"", bogus=1)),
    ("zlib.decompressobj many", lambda: zlib.decompressobj(1, 2, 3)),
    ("socket.htons kw", lambda: socket.htons(1, bogus=1)),
    ("socket.gethostbyname many", lambda: socket.gethostbyname(1, 2)),
    ("socket.getaddrinfo kw", lambda: socket.getaddrinfo(bogus=1)),
    ("socket.inet_pton one", lambda: socket.inet_pton(1)),
    ("BytesIO.read kw", lambda: io.BytesIO(b"ab").read(bogus=1)),
    ("BytesIO.read many", lambda: io.BytesIO(b"ab").read(1, 2)),
    ("BytesIO.getvalue arg", lambda: io.BytesIO(b"ab").getvalue(1)),
    ("BytesIO.write none", lambda: io.BytesIO().write()),
    ("StringIO.seek none", lambda: io.StringIO("ab").seek()),
    ("StringIO.seek many", lambda: io.StringIO("ab").seek(1, 2, 3)),
    ("StringIO.readlines kw", lambda: io.StringIO("ab").readlines(bogus=1)),
    ("StringIO.flush arg", lambda: io.StringIO("ab").flush(1)),
    ("StringIO.__next__ arg", lambda: io.StringIO("ab").__next__(1)),
    ("StringIO.truncate many", lambda: io.StringIO("ab").truncate(1, 2)),
]
for label, thunk in later:
    attempt(label, thunk)

print(sorted.__text_signature__, min.__text_signature__)
print(object.__init__.__text_signature__, object.__new__.__text_signature__)
print(os.stat.__text_signature__)
print(zlib.crc32.__text_signature__, _io.BytesIO.read.__text_signature__)
print(random.Random.getrandbits.__text_signature__)
