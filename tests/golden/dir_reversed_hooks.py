# dir() honours __dir__ (on instances and through a metaclass); reversed() a metaclass __reversed__.
M = type("M", (type,), {"__reversed__": lambda c: iter([2, 1])})
print(list(reversed(M("C", (), {}))))
class A:
    __dir__ = lambda self: ["z", "a"]
print(dir(A()))
class N(type):
    def __dir__(cls):
        return ["q", "b"]
class B(metaclass=N):
    pass
print(dir(B), len(dir(A)) > 5)
try:
    reversed(A)
except TypeError as e:
    print(e)
