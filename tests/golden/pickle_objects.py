# pickle and instances: the reduction protocol (copyreg, __reduce_ex__,
# __getnewargs_ex__, __getstate__/__setstate__, slots), globals by qualified
# name, subclasses of builtins, custom picklers and unpicklers, and errors.
import copy
import copyreg
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a

    def __repr__(self):
        return 'Slotted(a=%r, b=%r)' % (self.a, getattr(self, 'b', '-'))


class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v

        def __repr__(self):
            return 'Outer.Inner(%r)' % (self.v,)


class Counter:
    def __init__(self, n):
        self.n = n
        self.cache = 'not saved'

    def __getstate__(self):
        return {'n': self.n}

    def __setstate__(self, state):
        self.n = state['n'] * 10
        self.cache = 'rebuilt'


class KwOnly:
    def __new__(cls, a, *, b):
        self = object.__new__(cls)
        self.a = a
        self.b = b
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}

    def __repr__(self):
        return 'KwOnly(%r, b=%r)' % (self.a, self.b)


class Positional:
    def __new__(cls, a):
        self = object.__new__(cls)
        self.a = a
        return self

    def __getnewargs__(self):
        return (self.a,)

    def __repr__(self):
        return 'Positional(%r)' % (self.a,)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __reduce__(self):
        return Money.from_text, (str(self.cents),)

    @classmethod
    def from_text(cls, text):
        return cls(int(text) + 1)

    def __repr__(self):
        return 'Money(%d)' % self.cents


class Version:
    def __init__(self, n):
        self.n = n

    def __reduce_ex__(self, proto):
        return Version, (self.n + proto,)

    def __repr__(self):
        return 'Version(%d)' % self.n


class Named:
    def __reduce__(self):
        return 'THE_NAMED'


THE_NAMED = Named()


class Tagged(list):
    pass


class Table(dict):
    pass


class Amount(int):
    pass


class Label(str):
    pass


class Pair(tuple):
    pass


class Bag(set):
    pass


class AppError(ValueError):
    pass


class WithSetter:
    def __init__(self):
        self.v = 1

    def __reduce__(self):
        return WithSetter, (), {'v': 5}, None, None, WithSetter.apply

    @staticmethod
    def apply(obj, state):
        obj.v = state['v'] * 2


def describe(obj):
    if isinstance(obj, type) or callable(obj) and not isinstance(obj, Version):
        return 'callable %s' % (obj.__qualname__,)
    parts = [type(obj).__qualname__]
    if type(obj).__repr__ is not object.__repr__:
        parts.append(repr(obj))
    attrs = getattr(obj, '__dict__', None)
    if attrs:
        parts.append(sorted(attrs.items()))
    return ' '.join(str(p) for p in parts)


tagged = Tagged([1, 2])
tagged.note = 'n'
table = Table(k=1)
table.extra = True
objects = [
    Point(1, 'y'), Outer.Inner(3), Counter(4), KwOnly(1, b=2), Positional(9),
    Money(100), Version(10), THE_NAMED, tagged, table, Amount(7), Label('l'),
    Pair((1, 2)), Bag([5]), AppError('bad', 2), WithSetter(), Outer.Inner,
    Point, Point.__repr__, describe, Money.from_text,
]
for obj in objects:
    print(describe(obj))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            back = pickle.loads(pickle.dumps(obj, proto))
        except Exception as e:
            print('  ', proto, type(e).__name__, e)
        else:
            print('  ', proto, describe(back), back is obj)

for proto in range(6):
    print('bound builtin method', proto, pickle.loads(pickle.dumps([3, 1].copy, proto))())
print('slots')
for proto in range(6):
    try:
        print('  ', proto, pickle.loads(pickle.dumps(Slotted(1), proto)))
    except TypeError as e:
        print('  ', proto, type(e).__name__, e)
full = Slotted(1)
full.b = [2]
print('  ', pickle.loads(pickle.dumps(full, 2)))

print('exact bytes')
for proto in range(6):
    print('  ', proto, pickle.dumps(Point(1, 2), proto))
    print('  ', proto, pickle.dumps(Outer.Inner(0), proto))
for proto in (2, 4):
    print('  ', proto, pickle.dumps(KwOnly(1, b=2), proto))
    print('  ', proto, pickle.dumps([Point('x', 'y'), Point('xy', 'b')], proto))
    print('  ', proto, pickle.dumps(Slotted(5), proto))
    print('  ', proto, pickle.dumps(Tagged([1]), proto))

print('object protocol')
print(Point(1, 2).__reduce_ex__(2)[1:3])
print(Point(1, 2).__reduce_ex__(1)[1:])
print(object().__reduce_ex__(4)[1:])
print(Point(1, 2).__getstate__(), Slotted(3).__getstate__())
print(object().__getstate__())
print(KwOnly(1, b=2).__reduce_ex__(4)[0].__name__)
print(copyreg.__newobj__(Point, 1, 2).__class__.__name__)
print(copyreg._reconstructor(Point, object, None).__class__.__name__)

print('recursive object')
p = Point(1, None)
p.y = p
for proto in range(6):
    back = pickle.loads(pickle.dumps(p, proto))
    print('  ', proto, back.y is back, back.x)
holder = Tagged()
holder.append(holder)
back = pickle.loads(pickle.dumps(holder, 2))
print('  ', back[0] is back, type(back).__name__)

print('errors')


def maker():
    class Local:
        pass
    return Local


Local = maker()
for obj in [lambda: 0, Local, Local(), maker]:
    for proto in (0, 4):
        try:
            pickle.dumps(obj, proto)
        except Exception as e:
            print('  ', proto, type(e).__name__, str(e).split(' at 0x')[0])
        else:
            print('  ', proto, 'pickled')


class Returns:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


for value in [42, (), (len,), (42, ()), (list, [1]), (list, (), None, None, None, None, 7),
              (list, (), None, [1]), (dict, (), None, None, [(1, 2)])]:
    try:
        pickle.dumps(Returns(value), 2)
    except pickle.PicklingError as e:
        print('  ', type(e).__name__, e)


class NotTuple:
    def __getnewargs__(self):
        return [1]


try:
    pickle.dumps(NotTuple(), 2)
except TypeError as e:
    print('  ', type(e).__name__, e)


class Impostor:
    pass


real_impostor = Impostor
Impostor = type('Impostor', (), {})
try:
    pickle.dumps(real_impostor, 2)
except pickle.PicklingError as e:
    print('  ', type(e).__name__, str(e).replace(__name__, 'MOD'))
Impostor = real_impostor


def gen():
    yield 1


try:
    pickle.dumps(gen())
except TypeError as e:
    print('  ', type(e).__name__, e)

print('persistent ids')


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return ('Point', obj.x)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'point #%s' % (pid[1],)


for proto in range(6):
    stream = io.BytesIO()
    DBPickler(stream, proto).dump([Point(5, 6), 'other'])
    stream.seek(0)
    print('  ', proto, DBUnpickler(stream).load())
stream = io.BytesIO()
DBPickler(stream, 0).dump(Point(1, 1))
print('  ', stream.getvalue())
try:
    pickle.Unpickler(io.BytesIO(stream.getvalue())).load()
except pickle.UnpicklingError as e:
    print('  ', type(e).__name__, e)

print('dispatch tables and reducer_override')
stream = io.BytesIO()
pickler = pickle.Pickler(stream, 3)
pickler.dispatch_table = copyreg.dispatch_table.copy()
pickler.dispatch_table[Point] = lambda p: (complex, (p.x, p.y))
pickler.dump([Point(1, 2), Outer.Inner(1)])
print('  ', pickle.loads(stream.getvalue()))
print('  ', Point not in copyreg.dispatch_table)


class Overriding(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Outer.Inner:
            return str, ('a class, replaced',)
        if isinstance(obj, Positional):
            return int, (obj.a * 2,)
        return NotImplemented


stream = io.BytesIO()
Overriding(stream, 4).dump([Outer.Inner, Positional(21), Point(0, 0)])
print('  ', pickle.loads(stream.getvalue()))

print('find_class')


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('range', 'set'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


for value in [range(3), {1}, Point(1, 2)]:
    try:
        print('  ', Restricted(io.BytesIO(pickle.dumps(value, 3))).load())
    except pickle.UnpicklingError as e:
        print('  ', type(e).__name__, e)

print('extension registry')
copyreg.add_extension(__name__, 'Point', 240)
copyreg.add_extension(__name__, 'Outer', 0x1234)
for proto in (1, 2, 4):
    data = pickle.dumps([Point, Outer, Outer.Inner], proto)
    print('  ', proto, data.replace(__name__.encode(), b'MOD'), pickle.loads(data) == [Point, Outer, Outer.Inner])
copyreg.remove_extension(__name__, 'Point', 240)
copyreg.remove_extension(__name__, 'Outer', 0x1234)
try:
    copyreg.remove_extension(__name__, 'Point', 240)
except ValueError as e:
    print('  ', type(e).__name__, e.args[0].replace(__name__, 'MOD'))

print('copy')
print(copy.copy(Point(1, 2)), copy.deepcopy([Point(3, [4])]))
print(copy.copy(Counter(2)).n, copy.deepcopy(KwOnly(1, b=[2])))
print(copy.copy(tagged), copy.copy(tagged).note, copy.deepcopy(table).extra)
print(copy.copy(Version(1)), copy.deepcopy(Money(5)))
c = copy.deepcopy(p)
print(c.y is c, c is not p)
