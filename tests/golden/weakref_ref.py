# weakref.ref: calling, identity sharing, callbacks, hashing, equality, errors.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


events = []

a = Node("a")
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print("call", r1(), r1() is a)
print("shared", r1 is r2)
print("count", weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print("type", type(r1) is weakref.ReferenceType, type(r1).__name__)
print("callback attr", r1.__callback__)


def report(tag):
    def cb(wr):
        events.append((tag, wr() is None))
    return cb


r3 = weakref.ref(a, report("first"))
r4 = weakref.ref(a, report("second"))
print("distinct with callback", r3 is not r4, r3 is not r1)
print("count with callbacks", weakref.getweakrefcount(a))
print("equal while alive", r1 == r3, r3 == r4, r1 != r4)
print("hash", hash(r1) == hash(a), hash(r3) == hash(a))
del a
print("after del", r1(), r3(), events)
print("dead equality", r1 == r3, r1 == r1, r3 != r4)
print("callback cleared", r3.__callback__)
print("hash kept", hash(r1) == hash(r3))

b = Node("b")
rb = weakref.ref(b)
del b
try:
    hash(rb)
except TypeError as e:
    print(type(e).__name__, e)

# rebinding the last name also runs the callback
c = Node("c")
rc = weakref.ref(c, lambda wr: events.append("c died"))
c = None
print("rebinding", rc(), events[-1])

# objects that cannot be weakly referenced
for value in [1, 2.5, "text", b"bytes", (1, 2), [1], {1: 2}, None, object(), range(3)]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print(type(e).__name__, e)


# things that can be
def func():
    return 42


class Klass:
    def meth(self):
        return "m"


for value in [func, Klass, Klass(), {1, 2}, frozenset([3]), len]:
    w = weakref.ref(value)
    print(type(value).__name__, w() is value)

# a function dies like anything else
fr = weakref.ref(func, lambda wr: events.append("func died"))
del func
print("func", fr(), events[-1])

# weak references are hashable keys
d = {}
k = Klass()
d[weakref.ref(k)] = "value"
print("lookup", d[weakref.ref(k)], weakref.ref(k) in d)

# wrong arguments
try:
    weakref.ref()
except TypeError as e:
    print(type(e).__name__)
try:
    weakref.ref(k, None, 3)
except TypeError as e:
    print(type(e).__name__)


# subclasses of ref
class Tagged(weakref.ref):
    def __init__(self, obj, callback=None, tag=None):
        super().__init__(obj, callback)
        self.tag = tag


k2 = Klass()
seen = []
t = Tagged(k2, lambda wr: seen.append(wr.tag), tag="T")
print("subclass", t() is k2, isinstance(t, weakref.ref), t.tag, t is not weakref.ref(k2))
print("subclass in getweakrefs", any(w is t for w in weakref.getweakrefs(k2)))
del k2
print("subclass callback", seen, t())

# callbacks run most recent first
order = []
n = Node("n")
refs = [weakref.ref(n, lambda wr, i=i: order.append(i)) for i in range(4)]
del n
print("order", order)

# del inside a function, then the loop continues
log = []


def work():
    nodes = [Node(str(i)) for i in range(3)]
    watchers = [weakref.ref(x, lambda wr: log.append("gone")) for x in nodes]
    nodes.pop()
    log.append("popped")
    nodes.clear()
    log.append("cleared")
    return watchers


ws = work()
print(log, [w() for w in ws])
