"""Abstract Base Classes (PEP 3119), written for coil.

CPython keeps the bookkeeping in the C module _abc and refuses to
instantiate an abstract class in object.__new__; here the data lives in a
per-class `_abc_impl` object and the instantiation check is done by
ABCMeta.__call__.
"""


def abstractmethod(funcobj):
    """Mark a method as abstract: a class whose metaclass is ABCMeta cannot
    be instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _builtin_subclass_works(base):
    try:
        class _Probe(base):
            pass
        _Probe(lambda self: None)
        return True
    except TypeError:
        return False


if _builtin_subclass_works(classmethod):

    class abstractclassmethod(classmethod):
        """Deprecated: use classmethod together with abstractmethod."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)

    class abstractstaticmethod(staticmethod):
        """Deprecated: use staticmethod together with abstractmethod."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)

else:
    # coil cannot construct subclasses of classmethod/staticmethod yet:
    # keep the subclass relation and implement the descriptor here.
    from types import MethodType as _MethodType

    class abstractclassmethod(classmethod):
        """Deprecated: use classmethod together with abstractmethod."""

        __isabstractmethod__ = True

        def __new__(cls, callable):
            return object.__new__(cls)

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            self._abc_func = callable

        @property
        def __func__(self):
            return self._abc_func

        @property
        def __wrapped__(self):
            return self._abc_func

        def __get__(self, obj, objtype=None):
            if objtype is None:
                objtype = type(obj)
            func = self._abc_func
            try:
                return _MethodType(func, objtype)
            except TypeError:
                # coil cannot create method objects from Python yet
                def bound(*args, **kwargs):
                    return func(objtype, *args, **kwargs)
                bound.__name__ = func.__name__
                bound.__qualname__ = getattr(func, "__qualname__", func.__name__)
                bound.__self__ = objtype
                bound.__func__ = func
                if getattr(func, "__isabstractmethod__", False):
                    bound.__isabstractmethod__ = True
                return bound

    class abstractstaticmethod(staticmethod):
        """Deprecated: use staticmethod together with abstractmethod."""

        __isabstractmethod__ = True

        def __new__(cls, callable):
            return object.__new__(cls)

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            self._abc_func = callable

        @property
        def __func__(self):
            return self._abc_func

        @property
        def __wrapped__(self):
            return self._abc_func

        def __get__(self, obj, objtype=None):
            return self._abc_func

        def __call__(self, *args, **kwargs):
            return self._abc_func(*args, **kwargs)


if _builtin_subclass_works(property):

    class abstractproperty(property):
        """Deprecated: use property together with abstractmethod."""

        __isabstractmethod__ = True

else:

    class abstractproperty(property):
        """Deprecated: use property together with abstractmethod."""

        __isabstractmethod__ = True

        def __new__(cls, *args, **kwargs):
            return object.__new__(cls)

        def __init__(self, fget=None, fset=None, fdel=None, doc=None):
            self._abc_fns = (fget, fset, fdel)
            if doc is None and fget is not None:
                doc = getattr(fget, "__doc__", None)
            self.__doc__ = doc

        fget = property(lambda self: self._abc_fns[0])
        fset = property(lambda self: self._abc_fns[1])
        fdel = property(lambda self: self._abc_fns[2])

        def __get__(self, obj, objtype=None):
            if obj is None:
                return self
            if self.fget is None:
                raise AttributeError("property has no getter")
            return self.fget(obj)

        def __set__(self, obj, value):
            if self.fset is None:
                raise AttributeError("property has no setter")
            self.fset(obj, value)

        def __delete__(self, obj):
            if self.fdel is None:
                raise AttributeError("property has no deleter")
            self.fdel(obj)

        def getter(self, fget):
            return type(self)(fget, self.fset, self.fdel, self.__doc__)

        def setter(self, fset):
            return type(self)(self.fget, fset, self.fdel, self.__doc__)

        def deleter(self, fdel):
            return type(self)(self.fget, self.fset, fdel, self.__doc__)


def _is_abstract(value):
    # property/classmethod/staticmethod forward __isabstractmethod__ from the
    # functions they wrap in CPython; look through them here as well.
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if f is not None and getattr(f, "__isabstractmethod__", False):
                return True
        return False
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, "__isabstractmethod__", False))
    # a bound method (an inherited classmethod seen through getattr)
    func = getattr(value, "__func__", None)
    if func is not None and func is not value:
        return bool(getattr(func, "__isabstractmethod__", False))
    return False


_abc_invalidation_counter = 0


def get_cache_token():
    """Return the current ABC cache token: it changes on every register()."""
    return _abc_invalidation_counter


class _abc_data:
    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _abc_invalidation_counter


def _impl(cls):
    impl = cls.__dict__.get("_abc_impl")
    if impl is None:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def _abc_init(cls):
    cls.__abstractmethods__ = _compute_abstracts(cls, dict(cls.__dict__), cls.__bases__)
    cls._abc_impl = _abc_data()


def _abc_register(cls, subclass):
    global _abc_invalidation_counter
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _impl(cls).registry.add(subclass)
    _abc_invalidation_counter += 1
    return subclass


def _abc_instancecheck(cls, instance):
    impl = _impl(cls)
    subclass = instance.__class__
    if subclass in impl.cache:
        return True
    subtype = type(instance)
    if subtype is subclass:
        if (impl.negative_cache_version == _abc_invalidation_counter
                and subclass in impl.negative_cache):
            return False
        return cls.__subclasscheck__(subclass)
    return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)


def _subclasses(cls):
    subclasses = cls.__subclasses__()
    if not isinstance(subclasses, list):
        raise TypeError("__subclasses__() must return a list")
    return subclasses


def _abc_subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("issubclass() arg 1 must be a class")
    impl = _impl(cls)
    if subclass in impl.cache:
        return True
    if impl.negative_cache_version < _abc_invalidation_counter:
        impl.negative_cache = set()
        impl.negative_cache_version = _abc_invalidation_counter
    elif subclass in impl.negative_cache:
        return False
    hook = getattr(cls, "__subclasshook__", None)
    ok = NotImplemented if hook is None else hook(subclass)
    if ok is not NotImplemented:
        if ok is True:
            impl.cache.add(subclass)
            return True
        if ok is False:
            impl.negative_cache.add(subclass)
            return False
        raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
    if cls in subclass.__mro__:
        impl.cache.add(subclass)
        return True
    if subclass in impl.registry:
        # directly registered: answered without going through the cache
        return True
    for rcls in list(impl.registry):
        if issubclass(subclass, rcls):
            impl.cache.add(subclass)
            return True
    for scls in _subclasses(cls):
        if issubclass(subclass, scls):
            impl.cache.add(subclass)
            return True
    impl.negative_cache.add(subclass)
    return False


def _get_dump(cls):
    impl = _impl(cls)
    return (set(impl.registry), set(impl.cache), set(impl.negative_cache),
            impl.negative_cache_version)


def _reset_registry(cls):
    _impl(cls).registry.clear()


def _reset_caches(cls):
    impl = _impl(cls)
    impl.cache.clear()
    impl.negative_cache.clear()


def _abstract_error(cls):
    names = sorted(cls.__abstractmethods__)
    return TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                     % (cls.__name__, "s" if len(names) > 1 else "",
                        ", ".join(names)))


def _new_kind(cls):
    # CPython raises in object.__new__: find the __new__ the call will run.
    # "object": object.__new__ itself; "python": a __new__ written in Python
    # (which normally ends in object.__new__); "builtin": the __new__ of a
    # builtin type other than object (list, dict, int...), which does not
    # check for abstract methods.
    for klass in cls.__mro__:
        if "__new__" in klass.__dict__:
            if klass is object:
                return "object"
            new = klass.__dict__["__new__"]
            if isinstance(new, staticmethod):
                new = new.__func__
            return "python" if hasattr(new, "__code__") else "builtin"
    return "object"


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    An ABC can be subclassed directly, and then acts as a mix-in class, or
    unrelated concrete classes (even built-in ones) and other ABCs can be
    registered as "virtual subclasses" with register().
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__")
        if abstracts:
            kind = _new_kind(cls)
            if kind == "object":
                raise _abstract_error(cls)
            if kind == "python":
                # Run the user's __new__ first, as CPython does; when it
                # produces an instance of cls, object.__new__ would have
                # refused it.
                obj = cls.__new__(cls, *args, **kwargs)
                if isinstance(obj, cls):
                    raise _abstract_error(cls)
                return obj
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        (_abc_registry, _abc_cache, _abc_negative_cache,
         _abc_negative_cache_version) = _get_dump(cls)
        print(f"_abc_registry: {_abc_registry!r}", file=file)
        print(f"_abc_cache: {_abc_cache!r}", file=file)
        print(f"_abc_negative_cache: {_abc_negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {_abc_negative_cache_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        _reset_caches(cls)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    Use it when abstract methods are implemented or added after the class
    was created (e.g. by a class decorator). Returns cls. A class that is
    not an ABC is returned unchanged.
    """
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance."""

    __slots__ = ()
