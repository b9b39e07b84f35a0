# Generators: send/throw/close, yield from with return values, generator expressions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)), sum(count(10)), [x for x in count(3)])
def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except ValueError as e:
            print("gen caught", e)
            v = "thrown"
        except GeneratorExit:
            print("gen closing with", received)
            raise
        if v == "stop":
            return received
        received.append(v)
g = echo()
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError("boom")))
g.close()
print("closed")
g2 = echo(); next(g2); g2.send(1)
try:
    g2.send("stop")
except StopIteration as e:
    print("returned", e.value)
def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield from [10, 20]
    yield from (c for c in "ab")
    return "outer-done"
go = outer()
print(next(go), go.send("sent-to-inner"), next(go), next(go), next(go), next(go))
try:
    next(go)
except StopIteration as e:
    print("outer returned", e.value)
def thrower():
    try:
        yield 1
    finally:
        print("thrower finally")
t = thrower(); next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def delegating_throw():
    try:
        yield from thrower()
    except KeyError:
        yield "delegate handled"
d = delegating_throw(); next(d)
print(d.throw(KeyError("x")))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def gen_state():
    yield 1
gs = gen_state()
print(next(gs), next(gs, "exhausted"), list(gs))
def close_ignored():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ci = close_ignored(); next(ci)
try:
    ci.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def stop_inside():
    yield 1
    raise StopIteration("oops")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))
def running():
    yield gr.gi_running if False else "ok"
gr = running()
print(list(gr))
try:
    g3 = count(2)
    g3.send(5)
except TypeError as e:
    print("TypeError:", e)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 0})))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
gexp = (i * i for i in range(5) if i % 2)
print(next(gexp), list(gexp), type(gexp).__name__)
def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())
def accum():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
a = accum(); next(a)
for v in [5, 10, 15]:
    print(a.send(v), end=" ")
print()
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
def gen_with_return_only():
    return 5
    yield
print(list(gen_with_return_only()))
def lazy():
    print("started")
    yield 1
lz = lazy()
print("created")
print(next(lz))
print(list(zip(count(3), fib())), dict(zip("abc", count(5))))
