# with statements: multiple items, suppression, exceptions in __exit__, ordering.
log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress
with CM("a") as a, CM("b") as b:
    log.append(f"body {a.name}{b.name}")
print(log); log.clear()
try:
    with CM("x"), CM("y"):
        raise ValueError("v")
except ValueError:
    log.append("caught outside")
print(log); log.clear()
with CM("outer", suppress=True):
    with CM("inner"):
        raise KeyError("k")
    log.append("not reached")
log.append("after")
print(log); log.clear()
try:
    with CM("ok"), CM("bad", fail_enter=True):
        log.append("never")
except RuntimeError as e:
    log.append(str(e))
print(log); log.clear()
def ret_in_with():
    with CM("r"):
        return "value"
print(ret_in_with(), log); log.clear()
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print(log); log.clear()
class ExitRaises:
    def __enter__(self):
        return "er"
    def __exit__(self, *args):
        raise TypeError("from exit")
try:
    with ExitRaises() as v:
        raise ValueError("body")
except TypeError as e:
    print(repr(e), repr(e.__context__))
class Info:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit args:", et, repr(ev))
        return True
with Info():
    1 / 0
with Info():
    pass
with CM("t") as (x):
    pass
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (p, q):
    print(p + q)
holder = {}
with Pair() as holder["k"]:
    pass
print(holder)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with Truthy():
    raise IndexError
print("suppressed by truthy string")
def gen_with():
    with CM("g"):
        yield 1
        yield 2
gw = gen_with()
print(next(gw), log)
gw.close()
print(log); log.clear()
with (CM("p1") as p1,
      CM("p2") as p2):
    pass
print(log)
