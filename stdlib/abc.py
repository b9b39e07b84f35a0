"""Abstract base classes (PEP 3119): the ABCMeta metaclass and ABC helper
class, the abstractmethod decorator, registration of virtual subclasses,
and __subclasshook__ support.

A class made by ABCMeta records the names of its abstract methods in
__abstractmethods__ and cannot be instantiated while that set is not
empty. Registration and isinstance/issubclass caching live in a
per-class `_abc_impl` record.
"""


def abstractmethod(funcobj):
    """Marks a method abstract. A class whose metaclass is ABCMeta cannot be
    instantiated until all its abstract methods are overridden. Put it
    innermost when combined with property, classmethod or staticmethod."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _instantiable_subclass_of(builtin):
    """Whether a Python subclass of this builtin descriptor type can be
    instantiated here (coil cannot do that yet)."""
    try:
        probe = type("_probe", (builtin,), {})
        probe(lambda *args: None)
    except TypeError:
        return False
    return True


# --- the deprecated abstract* decorators ----------------------------------------

if _instantiable_subclass_of(classmethod):

    class abstractclassmethod(classmethod):
        """Deprecated: stack classmethod on top of abstractmethod instead."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)

    class abstractstaticmethod(staticmethod):
        """Deprecated: stack staticmethod on top of abstractmethod instead."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)

else:

    class _WrappedCallable:
        """What the stand-ins below share: the wrapped callable, marked abstract."""

        __isabstractmethod__ = True

        def __new__(cls, callable):
            return object.__new__(cls)

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            self._callable = callable

        @property
        def __func__(self):
            return self._callable

        @property
        def __wrapped__(self):
            return self._callable

    def _bound_to(func, owner):
        def bound(*args, **kwargs):
            return func(owner, *args, **kwargs)
        for attr in ("__name__", "__qualname__", "__doc__"):
            if hasattr(func, attr):
                setattr(bound, attr, getattr(func, attr))
        bound.__self__ = owner
        bound.__func__ = func
        if _is_abstract(func):
            bound.__isabstractmethod__ = True
        return bound

    class abstractclassmethod(_WrappedCallable, classmethod):
        """Deprecated: stack classmethod on top of abstractmethod instead."""

        def __get__(self, instance, owner=None):
            return _bound_to(self._callable, type(instance) if owner is None else owner)

    class abstractstaticmethod(_WrappedCallable, staticmethod):
        """Deprecated: stack staticmethod on top of abstractmethod instead."""

        def __get__(self, instance, owner=None):
            return self._callable

        def __call__(self, *args, **kwargs):
            return self._callable(*args, **kwargs)


if _instantiable_subclass_of(property):

    class abstractproperty(property):
        """Deprecated: stack property on top of abstractmethod instead."""

        __isabstractmethod__ = True

else:

    class abstractproperty(property):
        """Deprecated: stack property on top of abstractmethod instead."""

        __isabstractmethod__ = True

        def __new__(cls, *args, **kwargs):
            return object.__new__(cls)

        def __init__(self, fget=None, fset=None, fdel=None, doc=None):
            self._accessors = (fget, fset, fdel)
            if doc is None and fget is not None:
                doc = getattr(fget, "__doc__", None)
            self.__doc__ = doc

        fget = property(lambda self: self._accessors[0])
        fset = property(lambda self: self._accessors[1])
        fdel = property(lambda self: self._accessors[2])

        def _use(self, which, complaint, *args):
            accessor = self._accessors[which]
            if accessor is None:
                raise AttributeError(complaint)
            return accessor(*args)

        def __get__(self, instance, owner=None):
            if instance is None:
                return self
            return self._use(0, "property has no getter", instance)

        def __set__(self, instance, value):
            self._use(1, "property has no setter", instance, value)

        def __delete__(self, instance):
            self._use(2, "property has no deleter", instance)

        def _replacing(self, which, func):
            accessors = list(self._accessors)
            accessors[which] = func
            return type(self)(*accessors, self.__doc__)

        def getter(self, fget):
            return self._replacing(0, fget)

        def setter(self, fset):
            return self._replacing(1, fset)

        def deleter(self, fdel):
            return self._replacing(2, fdel)


def _abstract_names(cls, own_namespace):
    """The abstract method names of cls: its own abstract attributes, and
    those of its bases' abstract names that cls still leaves abstract."""
    names = {name for name, value in own_namespace.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if name not in names and _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


# --- registration and caches ------------------------------------------------------

try:
    from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
                      _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches)
except ImportError:
    from _py_abc import ABCMeta, get_cache_token
    ABCMeta.__module__ = "abc"
else:
    class ABCMeta(type):
        """Metaclass of abstract base classes.

        A class made by it can be subclassed directly (and then acts as a
        mix-in), and unrelated classes can be registered as its virtual
        subclasses with register(): isinstance() and issubclass() accept them,
        though they inherit nothing. A class whose abstract methods are not
        all overridden cannot be instantiated.
        """

        def __new__(mcls, name, bases, namespace, /, **kwargs):
            made = super().__new__(mcls, name, bases, namespace, **kwargs)
            _abc_init(made)  # its abstract method names and an empty registry
            return made

        def register(cls, subclass):
            """Makes subclass a virtual subclass of this ABC and returns it, so
            that register can decorate a class."""
            return _abc_register(cls, subclass)

        def __instancecheck__(cls, instance):
            """isinstance(instance, cls), counting virtual subclasses."""
            return _abc_instancecheck(cls, instance)

        def __subclasscheck__(cls, subclass):
            """issubclass(subclass, cls), counting virtual subclasses."""
            return _abc_subclasscheck(cls, subclass)

        def _dump_registry(cls, file=None):
            """Prints the ABC's registry and caches, for debugging."""
            print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
            print("Inv. counter: %s" % (get_cache_token(),), file=file)
            registry, cache, negative, version = _get_dump(cls)
            for label, value in (("_abc_registry", registry), ("_abc_cache", cache),
                                 ("_abc_negative_cache", negative),
                                 ("_abc_negative_cache_version", version)):
                print("%s: %r" % (label, value), file=file)

        def _abc_registry_clear(cls):
            """Forgets all virtual subclasses (for tests and debugging)."""
            _reset_registry(cls)

        def _abc_caches_clear(cls):
            """Empties both issubclass() caches (for tests and debugging)."""
            _reset_caches(cls)


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after abstract methods were
    implemented or added once the class existed (a class decorator can
    call it). Classes that are not ABCs are left alone. Returns cls."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstract_names(cls, dict(cls.__dict__))
    return cls


class ABC(metaclass=ABCMeta):
    """Base class that makes a class abstract through inheritance alone,
    instead of naming ABCMeta as its metaclass."""

    __slots__ = ()
