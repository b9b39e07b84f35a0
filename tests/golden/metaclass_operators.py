# Operators defined on a metaclass apply to its classes: |, reflected |, <, ==, !=, unary -.
class OpMeta(type):
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
    def __ror__(cls, other):
        return f"r:{other!r}|{cls.__name__}"
    def __lt__(cls, other):
        return cls.__name__ < other.__name__
    def __eq__(cls, other):
        return isinstance(other, OpMeta) and cls.__name__.lower() == other.__name__.lower()
    def __hash__(cls):
        return hash(cls.__name__.lower())
    def __neg__(cls):
        return "neg " + cls.__name__
class A(metaclass=OpMeta): pass
class B(metaclass=OpMeta): pass
a2 = OpMeta("a", (), {})
print(A | B, 1 | A, A < B, B < A, sorted([B, A])[0].__name__, -A)
print(A == a2, A != a2, A == B, A != B)
print(A == A, int == int, int != str)
