# A class's own __getattribute__ decides every attribute read of its instances,
# method calls included; __getattr__ is asked after it raises AttributeError.
class Logged:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        result = object.__getattribute__(self, name)
        return result * 10 if name == "value" else result

    def __getattr__(self, name):
        return "fallback for " + name

    def method(self):
        return "method ran"


obj = Logged()
print(obj.value, obj.method(), obj.hidden, obj.missing)
print(getattr(obj, "value"), hasattr(obj, "hidden"), getattr(obj, "nope", None))


class CountingTuple(tuple):
    def __getattribute__(self, name):
        if name in ("count", "index"):
            return lambda *args: (name, args)
        return tuple.__getattribute__(self, name)


t = CountingTuple((1, 2, 2))
print(t.count(), t.index(5), len(t), t[1])


class NoFallback:
    def __getattribute__(self, name):
        raise AttributeError("no " + name)


try:
    NoFallback().anything
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(NoFallback(), "x"))


class Base:
    def __getattribute__(self, name):
        return "base:" + name


class Child(Base):
    pass


print(Child().whatever)
Child.__getattribute__ = lambda self, name: "patched:" + name
print(Child().whatever)
del Child.__getattribute__
print(Child().whatever)
