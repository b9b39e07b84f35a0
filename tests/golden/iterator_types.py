# type() of builtin iterators and views names the specific CPython type.
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
print(type(iter(range(3))).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
print(type(map(int, "1")).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)
print(type(reversed([])).__name__, type(reversed(range(2))).__name__, type({}.keys()).__name__, type(iter(set())).__name__)
print(type(x for x in []).__name__, type(iter("é")).__name__)
m = map(str, [1, 2])
print(isinstance(m, map), isinstance(zip(), zip), isinstance(enumerate([]), enumerate), map.__name__, zip.__name__)
