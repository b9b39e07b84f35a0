print(int | str, int | None, None | int, int | int, (int|str)|float, int | list[int], type(int|str), (int|str).__args__, (int|str) == (str|int), hash(int|str)==hash(str|int))
print(isinstance(1, int|str), isinstance(None, int|None), issubclass(bool, int|str), isinstance("x", (int | float, bytes)))
for e in ['int | 1', 'int | "str"', 'isinstance([], int | list[int])', '(int|str)()', 'list[int] | None', 'int | str | int', '(int|None).__parameters__', '{int|str: 1}[str|int]']:
    try: print(e, '=>', repr(eval(e)))
    except Exception as x: print(e, '=>', type(x).__name__, x)
class A: pass
print(A | None, int | A)
def f(x: int | None = None, y: list[str] | dict[str, int] = ()) -> str | None:
    return x
print(f(3))
