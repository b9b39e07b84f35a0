# weakref.finalize, WeakMethod and proxies.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        return "closed " + self.name

    def __repr__(self):
        return "Resource(%s)" % self.name


log = []

# finalize runs once, when the object dies
r = Resource("r")
f = weakref.finalize(r, log.append, "r finalized")
print(f.alive, f.atexit, f.peek()[0] is r, f.peek()[1] == log.append, f.peek()[2:])
del r
print(log, f.alive, f.peek(), f.detach())
print(f(), log)

# calling it early runs it now, with its result, and only once
s = Resource("s")
g = weakref.finalize(s, lambda a, b=0: a + b, 40, b=2)
print(g(), g.alive, g(), g.peek())
del s

# detach cancels it and gives back its parts
t = Resource("t")
h = weakref.finalize(t, log.append, "never")
obj, func, args, kwargs = h.detach()
print(obj is t, func is log.append, args, kwargs, h.alive, h.detach())
del t, obj
print(log)

# keyword arguments and exceptions in the callback
u = Resource("u")
k = weakref.finalize(u, print, "u", "done", sep="-")
k.atexit = False
print(k.atexit)
del u

# finalizers left at exit run in reverse order of creation
keep1 = Resource("keep1")
keep2 = Resource("keep2")
weakref.finalize(keep1, print, "exit keep1")
weakref.finalize(keep2, print, "exit keep2")
quiet = Resource("quiet")
weakref.finalize(quiet, print, "never printed").atexit = False

# WeakMethod
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
wm = weakref.WeakMethod(c.bump, lambda w: log.append("method gone"))
print(wm()(), wm()(), wm() == c.bump, isinstance(wm, weakref.ref))
wm2 = weakref.WeakMethod(c.bump)
print(wm == wm2, hash(wm) == hash(wm2), wm != wm2)
plain = weakref.ref(c.bump)
print("plain ref to a bound method dies at once:", plain())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
del c
print(wm(), log[-1], wm == wm2)

# proxies
res = Resource("p")
p = weakref.proxy(res)
print(p.name, p.close(), type(p) is weakref.ProxyType)
p.name = "renamed"
print(res.name)
print(weakref.ProxyType in weakref.ProxyTypes, weakref.CallableProxyType in weakref.ProxyTypes)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
items = [3, 1, 2]


class Box(list):
    pass


box = Box(items)
bp = weakref.proxy(box)
print(len(bp), bp[0], 2 in bp, sorted(bp), bp == [3, 1, 2])
call = weakref.proxy(Counter().bump if False else print)
print(type(call) is weakref.CallableProxyType)
notes = []
doomed = Resource("doomed")
dp = weakref.proxy(doomed, lambda proxy: notes.append("proxy callback"))
del doomed
print(notes)
try:
    dp.name
except ReferenceError as e:
    print(type(e).__name__, e)
print("end of program")
