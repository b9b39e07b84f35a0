# divmod() calls a class's __divmod__, or the other operand's __rdivmod__
# (first when its type is a subclass), before giving up with TypeError.
class Pair:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


class Declines:
    def __divmod__(self, other):
        return NotImplemented


class SubPair(Pair):
    def __rdivmod__(self, other):
        return ("sub rdivmod", type(other).__name__)


print(divmod(Pair(), 7), divmod(7, Pair()))
print(divmod(Pair(), SubPair()))
print(divmod(Declines(), Pair())[0])
try:
    divmod(Declines(), 3)
except TypeError as e:
    print("TypeError", e)


class Number(int):
    pass


print(divmod(Number(7), 2), divmod(7, Number(2)))
