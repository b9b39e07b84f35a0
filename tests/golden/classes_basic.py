# Classes: inheritance, C3 MRO with diamonds, super, properties, class/static methods, __slots__.
class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super(Puppy, self).speak() + "!"
p = Puppy("Rex", 1)
print(p, p.speak(), p.kind, Animal.count, p.age, Puppy.kind, Animal.kind)
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy), type(p) is Puppy)
print([k.__name__ for k in Puppy.__mro__], Puppy.__bases__, Puppy.__name__)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y): pass
class V(Z, W): pass
print([k.__name__ for k in V.mro()])
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError:", e)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "The temperature."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius, type(Temp.celsius).__name__)
class M:
    factor = 2
    @classmethod
    def make(cls, v):
        return cls(v) if cls is not M else ("M.make", v)
    @staticmethod
    def helper(a, b):
        return a * b
    def __init__(self, v=0):
        self.v = v
class N(M):
    factor = 3
print(M.make(1), N.make(5).v, M.helper(3, 4), M().helper(2, 2), N.factor, M.make.__name__)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted(); s.b = 2; print(s.a, s.b)
class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
Counter(); Counter(); print(len(Counter.instances))
class Attr:
    pass
a = Attr()
a.x = 1; setattr(a, "y", 2)
print(a.x, getattr(a, "y"), getattr(a, "z", "dflt"), hasattr(a, "x"), hasattr(a, "q"), sorted(vars(a).items()))
delattr(a, "x"); print(hasattr(a, "x"), a.__dict__)
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Attr.missing
except AttributeError as e:
    print("AttributeError:", e)
class Meth:
    def m(self):
        return self
mm = Meth()
bound = mm.m
print(bound() is mm, Meth.m(mm) is mm, bound.__self__ is mm, bound.__func__ is Meth.m)
class Base:
    def template(self):
        return self.hook() * 2
    def hook(self):
        return 1
class Derived(Base):
    def hook(self):
        return 21
print(Base().template(), Derived().template())
class ClassVar:
    items = []
    def add(self, v):
        self.items.append(v)
c1, c2 = ClassVar(), ClassVar()
c1.add(1); c2.add(2); print(ClassVar.items, c1.items is c2.items)
c1.items = ["own"]; print(c1.items, c2.items)
class Str:
    def __str__(self):
        return "S"
print(str(Str()), f"{Str()}", [Str()].__len__(), repr(Str()).startswith("<Str object at"))
print(type(type), type(int), type(Animal), Animal.__name__, Animal.__qualname__, Dog.__base__.__name__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(object.__name__, isinstance(1, object), issubclass(bool, int), bool.__mro__)
