import reprlib
from collections import deque

r = reprlib.repr
print(r("abc"), r("a" * 100), r("'" * 40 + '"'))
print(r(tuple(range(3))), r((1,)), r(tuple(range(20))), r(()))
print(r([]), r(list(range(10))), r([[[[[[[1]]]]]]]), r([[[[[[[]]]]]]]))
print(r(set()), r({3, 1, 2}), r(set(range(100))), r(frozenset()), r(frozenset(range(8))))
print(r({}), r({i: str(i) for i in range(10)}), r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(r(deque(range(10))), r(deque()))
print(r(10 ** 50), r(-10 ** 39), r(12345))
print(r(1.5), r(None), r(range(1000)))
print(r({1j, 2j}), r({1j: 1, 2j: 2}).count(":"))

class Long:
    def __repr__(self):
        return "<Long " + "x" * 50 + ">"

class Broken:
    def __repr__(self):
        raise ValueError("no")

print(r(Long()))
print(r(Broken()).startswith("<Broken instance at 0x"))

a = reprlib.Repr()
print(sorted(vars(a).items()))
a.maxlevel = 1
a.maxstring = 10
a.fillvalue = "~"
a.maxlist = 2
print(a.repr([1, [2, 3], "hello world, long"]), a.repr("0123456789abc"))
print(a.repr([1, 2, 3]), a.repr(("x",)), a.repr({"k": [1]}))
a.maxlong = 5
print(a.repr(123456789))


class Box:
    def __init__(self, items):
        self.items = items

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Box(" + ", ".join(map(repr, self.items)) + ")"


class Box2(Box):
    @reprlib.recursive_repr("<self>")
    def __repr__(self):
        """doc"""
        return "Box2%r" % (self.items,)


b = Box([1, 2])
b.items.append(b)
print(repr(b))
c = Box2([b])
c.items.append(c)
print(repr(c), Box2.__repr__.__name__, Box2.__repr__.__doc__, Box2.__repr__.__qualname__)


class Named:
    pass

Named.__name__ = "my type"
class Sub(reprlib.Repr):
    def repr_my_type(self, obj, level):
        return "<custom>"
print(Sub().repr(Named()) if False else Sub().repr1(Named(), 3))
print(reprlib.__all__)
