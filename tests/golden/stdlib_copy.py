import copy

# immutables and builtins returned as is
for v in (None, 1, 2.5, True, "s", b"b", (1, 2), frozenset({1}), range(3), len, int, Ellipsis):
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)

def f(): pass
print(copy.copy(f) is f, copy.deepcopy(f) is f)

l = [1, [2, 3], {"a": [4]}]
s = copy.copy(l)
d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]["a"] is l[2]["a"])
dd = {"x": [1], "y": (2, [3])}
c = copy.deepcopy(dd)
print(c, c["y"] is dd["y"], c["y"][1] is dd["y"][1])
t = (1, 2, "x")
print(copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
st = {1, 2, 3}
print(copy.copy(st) == st, copy.copy(st) is st, sorted(copy.deepcopy(st)))
print(copy.deepcopy(slice(1, [2], None)))

# cycles
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, len(b))
dc = {}
dc["self"] = dc
dc2 = copy.deepcopy(dc)
print(dc2["self"] is dc2, dc2 is not dc)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    def __repr__(self):
        return "Node(%r)" % self.name

root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
root2 = copy.deepcopy(root)
print(root2, root2 is root, root2.children, root2.children[0].parent is root2)
print(root2.children[0].children[0].parent is root2.children[0])
shallow = copy.copy(root)
print(shallow.children is root.children, type(shallow).__name__, shallow.name)

# shared references stay shared
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)

# memo
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], y[0] is y[1])

# __copy__ / __deepcopy__
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + [1])
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 10)
c1 = Custom([1])
print(copy.copy(c1).v)
print(copy.deepcopy(c1).v)
print(copy.deepcopy([c1, c1])[0].v)

# __slots__
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
class Sub(Slotted):
    __slots__ = ("c",)
s1 = Sub()
s1.c = "c"
s2 = copy.copy(s1)
s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a is s1.a, s3.a, s3.c, hasattr(s3, "b"))

# __getstate__ / __setstate__
class State:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __getstate__(self):
        print("getstate")
        return {"a": self.a}
    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
st2 = copy.copy(State())
print(vars(st2))
st3 = copy.deepcopy(State())
print(vars(st3))

# __reduce__
class Red:
    def __init__(self, x):
        self.x = x
    def __reduce__(self):
        return (Red, (self.x,))
r = copy.deepcopy(Red([5]))
print(type(r).__name__, r.x)
class RedStr:
    def __reduce__(self):
        return "RedStr"
rs = RedStr()
print(copy.copy(rs) is rs, copy.deepcopy(rs) is rs)

# classes are atomic
class K: pass
print(copy.copy(K) is K, copy.deepcopy(K) is K)

# uncopyable
def gen():
    yield 1
try:
    copy.copy(gen())
except TypeError as e:
    print("TypeError:", e)
try:
    copy.deepcopy(gen())
except TypeError as e:
    print("TypeError:", e)

print(issubclass(copy.Error, Exception), copy.error is copy.Error)

# bound methods
class M:
    def __init__(self):
        self.v = [1]
    def get(self):
        return self.v
mm = M()
bm = copy.deepcopy(mm.get)
print(bm() == [1], bm() is mm.v, bm.__self__ is mm)
