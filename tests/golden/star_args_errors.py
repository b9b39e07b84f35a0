def f(*a, **k): return a, k
class A:
    def m(self, *a, **k): return a
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: f(*5)); t(lambda: f(**5)); t(lambda: f(*None)); t(lambda: print(*5)); t(lambda: A().m(*5))
t(lambda: f(0, *[1], *5)); t(lambda: f(a=1, **5)); t(lambda: f(**{'a': 1}, **{'a': 2})); t(lambda: [*5])
t(lambda: (*5,)); t(lambda: {**5}); t(lambda: {*5}); t(lambda: f(*[1, 2], **{'x': 3})); t(lambda: f(*(1,), *"ab"))
t(lambda: f(*range(3))); t(lambda: A(*5)); t(lambda: [].append(*5)); t(lambda: f(*(x for x in [1])))
t(lambda: f(**{1: 2}))
class It:
    def __iter__(self): return iter([7])
t(lambda: f(*It())); t(lambda: len(*5)); t(lambda: A.m(*5))
def g(): raise TypeError("inner")
class Bad:
    def __iter__(self): g()
t(lambda: f(*Bad()))
