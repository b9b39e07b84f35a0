# Metaclass protocols: enum-like iteration/len/getitem/contains, __instancecheck__, singleton, registry, metaclass properties.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_')}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        return cls
    def __iter__(cls):
        return iter(cls._members.items())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, k):
        return cls._members[k]
    def __contains__(cls, k):
        return k in cls._members
    def __repr__(cls):
        return f"<enum {cls.__name__}>"
    def __bool__(cls):
        return True

class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
for x in Color:
    print(x)
print(len(Color), Color['RED'], 'RED' in Color, 'BLUE' in Color, repr(Color), str(Color), Color, [Color])
print(list(Color), dict(Color), sorted(Color))

class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, inst)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int
class Answer(metaclass=Meta): pass
print(isinstance(42, Answer), isinstance(1, Answer), isinstance(Answer(), Answer), isinstance(42, (str, Answer)))
print(issubclass(int, Answer), issubclass(str, (Answer, bytes)), issubclass(Answer, Answer))

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Conf(1); b = Conf(2)
print(a is b, a.v)

class Registry(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.registry.append(name)
class Base(metaclass=Registry): pass
class P1(Base): pass
class P2(Base): pass
print(Registry.registry, Base.__subclasses__())

class PMeta(type):
    @property
    def kind(cls):
        return cls.__name__.lower()
    @kind.setter
    def kind(cls, v):
        print("set kind", v)
    @classmethod
    def create(mcls):
        return mcls
    x = 10
class PA(metaclass=PMeta):
    kind = "shadowed"
print(PA.kind, PA.create(), PA.x)
PA.kind = "k"
try:
    PA().x
except AttributeError as e:
    print(e)
print(PA().kind)
