# Iterating classes through the metaclass: __iter__, the __getitem__ sequence protocol, unpacking, membership; errors for plain classes.
class SeqMeta(type):
    def __getitem__(cls, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class S(metaclass=SeqMeta): pass
print(list(S), 20 in S, 5 in S)
for x in S:
    print(x)
a, b, c = S
print(a, b, c)
class IterMeta(type):
    def __iter__(cls):
        yield from ("a", "b")
class I(metaclass=IterMeta): pass
print(list(I), "a" in I, tuple(I), set(I) == {"a", "b"}, sorted(I, reverse=True))
print(dict.fromkeys(I), list(enumerate(I)), list(zip(I, S)))
try:
    len(I)
except TypeError as e:
    print(e)
try:
    I[0]
except TypeError as e:
    print(e)
class Plain: pass
for op in (lambda: len(Plain), lambda: iter(Plain), lambda: Plain[0], lambda: 1 in Plain):
    try:
        op()
    except TypeError as e:
        print(e)
