# The interpreter's fast paths and the slow paths they fall back to: each case
# below takes the fallback at least once (a slot not yet set, a slice with a
# step, a list subclass being unpacked, a class attribute replaced after its
# lookup was cached, defaults replaced after calls used them...).

# Attribute stores on instances with __slots__.
class P:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
    def bump(self):
        self.x += 1
        self.y = 5
        try:
            self.z = 3
        except AttributeError as e:
            print("AttributeError:", e)
p = P()
for _ in range(3):
    p.bump()
print(p.x, p.y)
try:
    p.w = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError:", e)

class Q(P):
    __slots__ = ('__dict__',)
q = Q()
q.w = 4
q.bump()
print(q.w, q.x, q.y, q.z)

class Base:
    __slots__ = ('a',)
class Open(Base):
    pass
o = Open()
o.a = 1
o.b = 2
print(o.a, o.b)

# Slices: lists, tuples and strs (ASCII and not), with and without steps.
a = [1, 2, 3, 4, 5]
t = tuple(a)
s = "héllo wörld"
s2 = "hello"
for x in (a, t, s, s2, b"abcdef", range(10)):
    print(x[1:], x[:-2], x[-3:-1], x[5:2], x[:], x[::-1], x[::2], x[1:4:2], x[-100:100], x[3:-100:-1])
print(t[:] is t, s[:] is s, s2[0:5] is s2, a[:] is a, t[1:] is t)
k = 2
print(a[k:], a[:k + 1], a[True:], s[:k])

class L(list):
    pass
sub = L([1, 2, 3])
print(sub[1:], type(sub[1:]).__name__, sub[::2])

class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(a[Index(1):Index(3)], s[Index(2):], t[:Index(-1)])

# Unpacking: exact tuples and lists, wrong lengths, subclasses, iterators.
x, y = [1, 2]
print(x, y)
x, y = (3, 4)
print(x, y)
for bad in ([1, 2, 3], [1], (1, 2, 3), (1,)):
    try:
        x, y = bad
    except ValueError as e:
        print("ValueError:", e)
x, y = L([7, 8])
print(x, y)
x, y = (i * 2 for i in range(2))
print(x, y)
x, y = "ab"
print(x, y)
x, *rest = [1, 2, 3]
print(x, rest)

# Lookups through the MRO, cached until a class attribute changes.
class A:
    def m(self):
        return "A.m"
class B(A):
    pass
class C(B):
    pass
b, c = B(), C()
for _ in range(3):
    print(b.m(), c.m())
A.m = lambda self: "new A.m"
print(b.m(), c.m())
B.m = lambda self: "B.m"
print(b.m(), c.m())
del B.m
print(b.m(), c.m())
setattr(A, "m", lambda self: "setattr A.m")
print(b.m(), c.m())
type.__setattr__(A, "m", lambda self: "type.__setattr__ A.m")
print(b.m(), c.m())
del A.m
try:
    b.m()
except AttributeError as e:
    print("AttributeError:", e)
b.m = lambda: "instance m"
print(b.m())

def make_class(tag):
    class K:
        def m(self):
            return tag
    return K
print([make_class(i)().m() for i in range(5)])

class Meta(type):
    def __setattr__(cls, name, value):
        print("Meta.__setattr__", name)
        super().__setattr__(name, value)
class D(metaclass=Meta):
    def m(self):
        return 1
d = D()
print(d.m())
D.m = lambda self: 2
print(d.m())

# Comparisons decided inline: identity, floats (with NaN), strs.
nan = float("nan")
f1, f2 = 1.5, 2.0
print(f1 < f2, f1 > f2, f1 == f2, f1 != f2, f1 <= 1.5, f1 >= 1.6, 0.0 == -0.0)
print(nan == nan, nan != nan, nan < 1.0, nan >= nan)
s3 = "ab"
s4 = s3 + "c"
print(s4 == "abc", s4 != "abc", s4 is s4, s4 is not s4, None is None, [] is [])
n = 0
while f1 < 3.0:
    f1 += 1.0
    n += 1
print(f1, n)
if s4 == "abc" and s4 is not None:
    print("str compare jumps")

# Calls that leave trailing parameters to their defaults.
def f(a, b=2, c=[3]):
    return a, b, c
print(f(1), f(1, 5), f(1, 5, 6))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (7, 8)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)

class Init:
    def __init__(self, x, y=10):
        self.v = (x, y)
class InitKw:
    def __init__(self, x, y=10, *, z=5):
        self.v = (x, y, z)
print(Init(1).v, Init(1, 2).v, InitKw(1).v)
try:
    Init()
except TypeError as e:
    print("TypeError:", e)

def closure(a, b=1):
    return (lambda: a + b)()
def gen(a, b=3):
    yield a + b
print(closure(1), closure(1, 2), list(gen(1)))

# Item assignment into lists.
items = [0, 1, 2]
items[0] = "a"
items[-1] = "c"
print(items)
for i in (3, -4):
    try:
        items[i] = 0
    except IndexError as e:
        print("IndexError:", e)
class Shrink:
    def __index__(self):
        items.clear()
        return 1
try:
    items[Shrink()] = 9
except IndexError as e:
    print("IndexError:", e)
print(items)
