import operator
from operator import itemgetter, attrgetter, methodcaller
import string

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.neg(5), operator.pos(-5))
print(operator.pow(2, 10), operator.abs(-3), operator.mod("%s!", "hi"))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2))
print(operator.gt(1, 2), operator.ge(3, 2), operator.not_([]), operator.truth([0]))
print(operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2, 3], 2), operator.contains("abc", "z"))
print(operator.getitem([10, 20, 30], 1), operator.getitem({"a": 1}, "a"), operator.getitem("hello", slice(1, 3)))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5))
print(operator.lshift(1, 4), operator.rshift(64, 2), operator.concat([1], [2]))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
print(operator.index(7), operator.__add__(1, 2), operator.iadd([1], [2]))

class Idx:
    def __index__(self):
        return 4
print(operator.index(Idx()))
for bad in ["x", 1.5]:
    try:
        operator.index(bad)
    except TypeError as e:
        print("TypeError", e)

lst = [1, 2, 3]
operator.setitem(lst, 0, 99)
operator.delitem(lst, 1)
print(lst)

rows = [("bob", 25, "x"), ("alice", 30, "y"), ("carol", 25, "z")]
print(itemgetter(1)(rows[0]), itemgetter(0, 2)(rows[1]))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)))
print(itemgetter("a", "b")({"a": 1, "b": 2}))
print(repr(itemgetter(1)), repr(itemgetter(1, "k")))

class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct
people = [P("zed", 3), P("amy", 9), P("bo", 3)]
print([p.name for p in sorted(people, key=attrgetter("age", "name"))])
print(attrgetter("name")(people[0]), attrgetter("inner.inner.age")(people[1]))
print(attrgetter("name", "age")(people[2]))
print(repr(attrgetter("name")), repr(attrgetter("a.b", "c")))
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[1]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"))
print(repr(methodcaller("greet", "hi", punct="?")))

from functools import reduce
print(reduce(operator.mul, range(1, 6)), reduce(operator.add, ["a", "b", "c"]))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable))
print(string.capwords("  hello   big world "), string.capwords("a-b-c", "-"))
