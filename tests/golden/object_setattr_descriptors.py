# object.__setattr__ is the generic store: properties, data descriptors and
# __slots__ apply to it, only the class's own __setattr__ is skipped.
class Guarded:
    def _set(self, value):
        raise NameError("setter ran with %r" % (value,))

    prop = property(lambda self: 3, _set)

    def __setattr__(self, name, value):
        print("own __setattr__", name)
        object.__setattr__(self, name, value)


g = Guarded()
g.plain = 1
try:
    g.prop = 5
except NameError as e:
    print("NameError", e)
try:
    object.__setattr__(g, "prop", 6)
except NameError as e:
    print("NameError", e)
print(sorted(vars(g)))


class Loud:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return obj.__dict__.get(self.name, "unset")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = "stored " + str(value)


class Host:
    field = Loud()


h = Host()
object.__setattr__(h, "field", 7)
print(h.field)


class Slotted:
    __slots__ = ("a",)


s = Slotted()
object.__setattr__(s, "a", 1)
print(s.a)
try:
    object.__setattr__(s, "b", 2)
except AttributeError as e:
    print("AttributeError", e)
try:
    object.__setattr__(Guarded(), "prop")
except TypeError as e:
    print("TypeError", e)
