# operator: getter reprs and errors, length_hint, sequence helpers, aliases
import operator as op


def show(label, fn):
    try:
        print(label, "=>", repr(fn()))
    except Exception as e:
        print(label, "=>", type(e).__name__ + ":", e)


show("attrgetter()", lambda: op.attrgetter())
show("attrgetter(1)", lambda: op.attrgetter(1))
show("attrgetter('a', 1)", lambda: op.attrgetter("a", 1))
show("itemgetter()", lambda: op.itemgetter())
show("methodcaller()", lambda: op.methodcaller())
show("methodcaller(1)", lambda: op.methodcaller(1))
show("methodcaller(name=)", lambda: op.methodcaller(name="x"))
show("attrgetter call ()", lambda: op.attrgetter("a")())
show("attrgetter call 2", lambda: op.attrgetter("a")(1, 2))
show("itemgetter call ()", lambda: op.itemgetter(1)())
show("methodcaller call ()", lambda: op.methodcaller("x")())
show("attrgetter kw", lambda: op.attrgetter("a")(x=1))
show("itemgetter(k=)", lambda: op.itemgetter(1, k=2))
print(op.attrgetter("real", "imag")(3), op.attrgetter("real.imag")(3), repr(op.attrgetter("a..b")))
print(op.itemgetter(1, 0)("ab"), op.itemgetter(slice(1, None))([1, 2, 3]), op.itemgetter("k")({"k": 5}))
print(op.methodcaller("split", ",", maxsplit=1)("a,b,c"), repr(op.methodcaller("x", 1, k=[2])))
print(repr(op.methodcaller("m", self=1)), repr(op.attrgetter("a.b", "c")), repr(op.itemgetter("a")))
print(op.methodcaller("x").__reduce__(), op.itemgetter(1).__reduce__(), op.attrgetter("a.b", "c").__reduce__())
print(op.methodcaller("x", 1).__reduce__(), op.methodcaller("x", 1, k=3).__reduce__()[1])
print(op.itemgetter(1) == op.itemgetter(1), op.attrgetter.__name__, op.attrgetter("a").__class__.__module__)

show("index(2.0)", lambda: op.index(2.0))
print(op.index(True), op.index(7))
print(op.length_hint([1, 2]), op.length_hint(5, 7), op.length_hint(5), op.length_hint((x for x in [])))
show("length_hint(5, 'x')", lambda: op.length_hint(5, "x"))

class Hint:
    def __init__(self, value):
        self.value = value
    def __length_hint__(self):
        if self.value == "type error":
            raise TypeError("x")
        if self.value == "value error":
            raise ValueError("y")
        return self.value
for v in [3, "x", -1, NotImplemented, "type error", "value error", True]:
    show("hint %r" % (v,), lambda: op.length_hint(Hint(v)))
class LenFails:
    def __len__(self):
        raise TypeError("no len")
    def __length_hint__(self):
        return 9
class LenRaises:
    def __len__(self):
        raise ValueError("bad len")
class NoneHint:
    __length_hint__ = None
print(op.length_hint(LenFails()), op.length_hint(NoneHint(), 4))
show("len raises", lambda: op.length_hint(LenRaises()))

show("concat(1, 2)", lambda: op.concat(1, 2))
show("concat([1], (2,))", lambda: op.concat([1], (2,)))
show("iconcat(1, [2])", lambda: op.iconcat(1, [2]))
print(op.concat("ab", "c"), op.iconcat([1], (2,)), op.iadd([1], (2,)), op.ior({1}, {2}))
print(op.countOf([1, 1.0, True, 2], 1), op.indexOf([1, 2, 3], 3), op.indexOf("abc", "c"))
show("indexOf missing", lambda: op.indexOf([1, 2], 3))
show("indexOf(5, 3)", lambda: op.indexOf(5, 3))
show("countOf(5, 3)", lambda: op.countOf(5, 3))
print(op.truth([]), op.not_(0), op.is_(None, None), op.is_not(1, None), op.call(max, 1, 2), op.pow(2, -1))
show("matmul", lambda: op.matmul(1, 2))
print(op.__lt__ is op.lt, op.__inv__ is op.inv, op.__invert__ is op.invert, op.inv.__name__, op.invert.__name__)
print(sorted(n for n in dir(op) if n.startswith("__") and n.endswith("__")
             and type(getattr(op, n)).__name__ in ("function", "builtin_function_or_method")))
print(op.__all__ == sorted(op.__all__), len(op.__all__))
x = [1]
print(op.iadd(x, [2]) is x, op.imul([1, 2], 2), op.isub(5, 3), op.ifloordiv(7, 2), op.imod(7, 3), op.ipow(2, 3))
print(op.ilshift(1, 3), op.irshift(8, 2), op.iand(6, 3), op.ixor(6, 3), op.itruediv(1, 4))
