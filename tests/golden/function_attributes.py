def f(p: 1, /, a: 2, *args: 3, b: 4 = 1, **kw: 5) -> 6: pass
print(f.__annotations__)
def g():
    def h(x, *a, **k):
        y = 1
        def i(): return y
        yield
    return h
h = g()
print(g.__code__.co_flags, h.__code__.co_flags, h.__code__.co_varnames, h.__code__.co_cellvars, h.__code__.co_nlocals)
async def a(): pass
async def ag(): yield
print(a.__code__.co_flags, ag.__code__.co_flags, (lambda: 0).__code__.co_flags)
def outer():
    x = 1
    def inner(): return x
    return inner
print(outer.__code__.co_flags, outer().__code__.co_flags)
print(f.__kwdefaults__, f.__defaults__, outer.__kwdefaults__)
f.__defaults__ = (1,2)
for attr, val in [('__defaults__', 3), ('__kwdefaults__', 3), ('__annotations__', 3), ('__name__', 3), ('__qualname__', 3), ('__code__', 3), ('__closure__', 3), ('__globals__', 3), ('__dict__', 3)]:
    try: setattr(f, attr, val)
    except Exception as e: print(type(e).__name__, e)
try: del f.__name__
except Exception as e: print(type(e).__name__, e)
try: del f.__dict__
except Exception as e: print(type(e).__name__, e)
try: del f.nothing
except Exception as e: print(type(e).__name__, e)
del f.__annotations__; print(f.__annotations__)
f.__annotations__ = None; print(f.__annotations__)
del f.__defaults__; print(f.__defaults__)
f.__module__ = 5; print(f.__module__)
f.__doc__ = 5; print(f.__doc__)
print(f.__dict__)
f.custom = [1]
print(f.custom, f.__dict__)
f.__dict__ = {'z': 1}
print(f.z, f.__dict__)
def ff(a, b=2): return a, b
ff.__defaults__ = (9, 8); print(ff())
ff.__defaults__ = None
try: ff()
except TypeError as e: print(e)
def kk(*, a=1): return a
kk.__kwdefaults__ = {'a': 7}; print(kk())
kk.__kwdefaults__['a'] = 8; print(kk())
kk.__kwdefaults__ = None
try: kk()
except TypeError as e: print(e)
ff.__name__ = 'renamed'; ff.__qualname__ = 'Q.renamed'
print(ff.__name__, ff.__qualname__)
try: ff(1, 2, 3)
except TypeError as e: print(e)
print(ff.__module__, ff.__globals__ is globals())
c = f.__code__
print(c.co_name, c.co_qualname, c.co_firstlineno, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_varnames, c.co_freevars, c.co_cellvars, c.co_flags)
class K:
    def m(self, x, *, y): z = 1
print(K.m.__code__.co_qualname, K.m.__code__.co_varnames, K.m.__code__.co_flags, K.m.__qualname__)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter()
cell = inc.__closure__[0]
print(type(cell).__name__, cell.cell_contents, repr(cell).startswith('<cell at 0x'), ': int object at 0x' in repr(cell))
inc(); print(cell.cell_contents)
cell.cell_contents = 10; print(inc())
del cell.cell_contents
try: cell.cell_contents
except ValueError as e: print(e)
print(repr(cell).endswith(': empty>'))
try: inc()
except NameError as e: print(e)
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)


# Closures: one cell per free variable, shared with the defining scope.
def make_pair():
    a = "A"
    b = [1]

    def get():
        return a, b

    def set_a(v):
        nonlocal a
        a = v

    return get, set_a


get, set_a = make_pair()
print(get.__code__.co_freevars, [type(c).__name__ for c in get.__closure__])
print([c.cell_contents for c in get.__closure__])
set_a("changed")
print(get(), get.__closure__[0] is set_a.__closure__[0])
print(make_pair.__code__.co_cellvars, make_pair.__closure__)
print(repr(set_a.__closure__[0]).split(":")[1].split(" at ")[0])


# A parameter that is also a cell appears in co_varnames and co_cellvars.
def param_cell(x, y):
    def use():
        return x
    return use


print(param_cell.__code__.co_varnames, param_cell.__code__.co_cellvars, param_cell(1, 2).__closure__[0].cell_contents)


# __defaults__ and __kwdefaults__ drive calls.
def greet(greeting, name="world", *, punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet.__defaults__, greet.__kwdefaults__, greet("hi"))
greet.__defaults__ = ("everyone",)
greet.__kwdefaults__ = {"punct": "?"}
print(greet("hello"))
greet.__defaults__ = ("a", "b")
print(greet())
greet.__defaults__ = ()
print(greet.__defaults__)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)


# Arbitrary attributes, __dict__ and __qualname__ / __name__ used by tools.
def tagged():
    "Docstring."


tagged.tags = ["a"]
tagged.__dict__["more"] = 1
print(tagged.tags, tagged.more, sorted(tagged.__dict__), tagged.__doc__)
tagged.__qualname__ = "Some.tagged"
print(tagged.__qualname__, tagged.__name__, repr(tagged).split(" at ")[0])
print(vars(tagged) is tagged.__dict__)


def copy_meta(src):
    def deco(dst):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__"):
            setattr(dst, attr, getattr(src, attr))
        dst.__dict__.update(src.__dict__)
        dst.__wrapped__ = src
        return dst
    return deco


def original(a: int) -> str:
    "Original doc."
    return str(a)


@copy_meta(original)
def wrapper(*args):
    return original(*args)


print(wrapper.__name__, wrapper.__doc__, wrapper.__annotations__, wrapper.__wrapped__ is original, wrapper(5))

# Code objects of nested and generator functions.
def gen():
    yield 1


async def co():
    pass


print(gen.__code__.co_flags, co.__code__.co_flags, gen.__code__.co_name, co.__code__.co_filename == __file__)
lam = lambda a, b=1, *c, d, **e: 0
code = lam.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames, code.co_flags, lam.__defaults__, lam.__kwdefaults__)
print(type(code).__name__, type(gen).__name__)
try:
    gen.nonexistent
except AttributeError as e:
    print("AttributeError:", e)


# co_firstlineno counts decorators; co_names; generator code objects.
def deco2(f): return f
@deco2
def decorated(a, b):
    import os
    x = a.b + len(b)
    global G
    G = 1
    return x
print(decorated.__code__.co_firstlineno, decorated.__code__.co_names)
class Decorated:
    @deco2
    @deco2
    def m(self): return self.y
print(Decorated.m.__code__.co_firstlineno, Decorated.m.__code__.co_names)
def outer2():
    x = 1
    def inner(): return x
    return inner
print(outer2.__code__.co_names, outer2().__code__.co_names)
print((lambda: 0).__code__.co_firstlineno, (lambda: 0).__code__.co_name, (lambda: 0).__code__.co_qualname)
print([c for c in outer2.__code__.co_consts if type(c).__name__ == 'code'][0].co_name)
print([x for x in [1]] and (lambda: 0).__code__.co_flags)
print(type((i for i in []).gi_code) if hasattr((i for i in []), 'gi_code') else None)


# staticmethod and classmethod present the function's metadata; methods delegate to it.
def meta(a: int) -> str:
    "doc"
s = staticmethod(meta); c = classmethod(meta)
print(s.__annotations__, s.__name__, s.__qualname__, s.__doc__, s.__module__, s.__wrapped__ is meta)
print(c.__annotations__, c.__name__, c.__doc__)
class KK:
    def m(self, x: int): pass
    @staticmethod
    def st(y: float): pass
    @property
    def p(self) -> int: return 1
print(KK().m.__annotations__, KK.st.__annotations__, KK.__dict__['st'].__annotations__, KK.p.fget.__annotations__)
try: len.__annotations__
except AttributeError as e: print(e)
try: KK().m.x = 1
except AttributeError as e: print(e)
print(KK().m.__name__, KK().m.__qualname__, KK().m.__module__, KK().m.__doc__)


# More defaults than parameters: the last ones are used, and CPython's message goes negative.
def one(a):
    return a


one.__defaults__ = (1, 2, 3)
print(one())
try:
    one(1, 2)
except TypeError as e:
    print("TypeError:", e)
