for e in ['int[str]', 'isinstance([], list[int])', 'issubclass(list, list[int])', 'list[int]()', 'list[int]("ab")', 'list[int] == list[int]', 'list[int] == list[str]', 'list[int] == list', 'hash(list[int]) == hash(list[int])', 'dict[str, list[int]]', 'tuple[int, ...]', 'list[()]', 'type(list[int])', 'list[int].__origin__', 'list[int].__args__', 'list[int].__parameters__', 'dict[str, int].fromkeys("ab", 0)', 'set[int]', 'frozenset[str]', 'enumerate[int]', 'str[int]']:
    try:
        print(e, '=>', repr(eval(e)))
    except Exception as x: print(e, '=>', type(x).__name__, x)
class Foo: pass
print(list[Foo], list[list], dict[int, 'str'], tuple[tuple[int, str], ...])
d = {list[int]: 1}
print(d[list[int]])
def f(x: list[int]) -> dict[str, int]:
    return {}
print(f([1]))
print(list[int].__mro_entries__((list[int],)), list[int].__origin__.__name__)
print({list[int], list[int], list[str]} == {list[str], list[int]})
import types
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
class Box:
    __class_getitem__ = classmethod(types.GenericAlias)
print(Box[int], Box[int].__origin__ is Box)
try:
    types.GenericAlias(list)
except TypeError as e:
    print(e)
