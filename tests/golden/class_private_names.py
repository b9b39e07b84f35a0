# Private name mangling: `__name` inside a class body stands for `_Class__name`.
class Counter:
    instances = 0
    __registry = []
    def __init__(self):
        type(self).instances += 1
        self.__private = "secret"
        Counter.__registry.append(self)
    def reveal(self):
        return self.__private
    def __helper(self, __n):
        return __n * 2
    def use(self):
        f = lambda: self.__helper(3)
        return f(), [self.__private for _ in range(2)]
    @classmethod
    def count(cls):
        return len(cls.__registry)
    def __repr__(self):
        return "Counter()"
class Sub(Counter):
    def peek(self):
        try:
            return self.__private
        except AttributeError as e:
            return f"AttributeError: {e}"
c1, c2 = Counter(), Counter()
print(Counter.instances, c1.reveal(), c1._Counter__private, c1.use(), Counter.count())
print(sorted(k for k in vars(c1)), "_Counter__helper" in Counter.__dict__, "__helper" in Counter.__dict__)
print(Sub().peek(), Counter._Counter__registry)
class _Under:
    __x = 1
    def get(self):
        return self.__x
print(_Under().get(), _Under._Under__x)
class A:
    def __init__(self):
        self.__v = "A"
    def a(self):
        return self.__v
class B(A):
    def __init__(self):
        super().__init__()
        self.__v = "B"
    def b(self):
        return self.__v
b = B()
print(b.a(), b.b(), sorted(vars(b)))
def outer():
    __local = 5
    class Inner:
        def m(self):
            return __local
    return Inner().m()
try:
    print(outer())
except NameError as e:
    print("NameError:", e)
print(c1.__private)
