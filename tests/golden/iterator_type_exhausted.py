# A builtin iterator keeps its type once it is used up.
def used_up(it):
    for _ in it:
        pass
    return type(it).__name__

print(used_up(iter([1, 2])), used_up(iter({1: 2})), used_up(iter({1: 2}.values())))
print(used_up(iter({1: 2}.items())), used_up(iter(bytearray(b"ab"))))
print(used_up(zip([1], [2])), used_up(iter(lambda: 1, 1)))
it = iter([1])
next(it)
print(isinstance(it, type(iter([]))), next(it, "done"), isinstance(it, type(iter([]))))
d = {1: 2}
keys = iter(d)
d[3] = 4
try:
    next(keys)
except RuntimeError as e:
    print("RuntimeError", e, type(keys).__name__)
