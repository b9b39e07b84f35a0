# StopIteration raised inside a generator becomes RuntimeError.
def gen():
    yield 1
    next(iter([]))
    yield 2
g = gen()
print(next(g))
print(next(g))
