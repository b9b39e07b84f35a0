import copyreg

print(copyreg.dispatch_table[complex](3 + 4j), sorted(copyreg.__all__))
f, (op, args) = copyreg.dispatch_table[type(int | str)](int | str)
print(f.__name__, op.__name__, args)

class Point:
    pass

def reduce_point(p):
    return Point, ()

copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point)
for args in [(Point, None), (Point, reduce_point, "nope")]:
    try:
        copyreg.pickle(*args)
    except TypeError as e:
        print(type(e).__name__, e)

class A:
    __slots__ = ("x", "__y", "__dict__")

class _B(A):
    __slots__ = "z"

class ___(object):
    __slots__ = ("__spam",)

print(copyreg._slotnames(A), copyreg._slotnames(_B), copyreg._slotnames(___), copyreg._slotnames(Point))
print(_B.__slotnames__)

copyreg.add_extension("mod", "name", 200)
copyreg.add_extension("mod", "name", 200)
print(copyreg._extension_registry[("mod", "name")], copyreg._inverted_registry[200])
for call in [lambda: copyreg.add_extension("mod", "name", 201), lambda: copyreg.add_extension("mod", "other", 200),
             lambda: copyreg.add_extension("m", "n", 0), lambda: copyreg.remove_extension("mod", "name", 201)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
copyreg._extension_cache[200] = "cached"
copyreg.remove_extension("mod", "name", 200)
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
copyreg._extension_cache[5] = 1
copyreg.clear_extension_cache()
print(copyreg._extension_cache)
print(copyreg.__newobj__(int, 7), copyreg.__newobj_ex__(int, ("12",), {"base": 5}))
