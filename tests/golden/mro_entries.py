class C(list[int]):
    pass
print(C.__bases__, C.__orig_bases__, C.__mro__)
class P:
    def __mro_entries__(self, bases):
        return (dict,)
class D(P()):
    pass
print(D.__bases__, type(D.__orig_bases__[0]).__name__)
class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    class E(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)
class F(int):
    pass
print("__orig_bases__" in F.__dict__)
