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


# --- registration and caches ------------------------------------------------------

# Bumped by every register() call; negative caches older than it are stale.
_registrations = 0


def get_cache_token():
    """A value that changes whenever any ABC gets a new virtual subclass."""
    return _registrations


class _ABCState:
    """An ABC's virtual subclasses and its issubclass() caches."""

    __slots__ = ("registry", "positive", "negative", "negative_token")

    def __init__(self):
        self.registry = set()
        self.positive = set()
        self.negative = set()
        self.negative_token = _registrations


def _state_of(cls):
    state = cls.__dict__.get("_abc_impl")
    if not isinstance(state, _ABCState):
        raise TypeError("_abc_impl is set to a wrong type")
    return state


def _abstract_names(cls, own_namespace):
    """The abstract method names of cls: its own abstract attributes, and
    those of its bases' abstract names that cls still leaves abstract."""
    names = {name for name, value in own_namespace.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if name not in names and _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def _refusal(cls):
    missing = sorted(cls.__abstractmethods__)
    plural = "s" if len(missing) > 1 else ""
    return TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                     % (cls.__name__, plural, ", ".join(missing)))


def _constructor_kind(cls):
    """Which __new__ a call of cls runs: 'object' (object.__new__, which
    refuses abstract classes), 'python' (one written in Python, which
    normally ends in object.__new__) or 'native' (a builtin type's)."""
    for klass in cls.__mro__:
        if klass is object:
            return "object"
        new = klass.__dict__.get("__new__")
        if new is None:
            if klass.__module__ == "builtins":
                return "native"
            continue
        new = getattr(new, "__func__", new)
        return "python" if hasattr(new, "__code__") else "native"
    return "object"


class ABCMeta(type):
    """Metaclass of abstract base classes.

    A class made by it can be subclassed directly (and then acts as a
    mix-in), and unrelated classes can be registered as its virtual
    subclasses with register(): isinstance() and issubclass() accept them,
    though they inherit nothing.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, dict(cls.__dict__))
        cls._abc_impl = _ABCState()
        return cls

    def __call__(cls, *args, **kwargs):
        if getattr(cls, "__abstractmethods__", None):
            kind = _constructor_kind(cls)
            if kind == "object":
                raise _refusal(cls)
            if kind == "python":
                # run the class's own __new__ first; object.__new__ at the end
                # of it is what would refuse an abstract class
                made = cls.__new__(cls, *args, **kwargs)
                if isinstance(made, cls):
                    raise _refusal(cls)
                return made
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Makes subclass a virtual subclass of this ABC and returns it, so
        that register can decorate a class."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _state_of(cls).registry.add(subclass)
        _registrations += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), counting virtual subclasses."""
        state = _state_of(cls)
        claimed = instance.__class__
        if claimed in state.positive:
            return True
        actual = type(instance)
        if actual is claimed:
            if state.negative_token == _registrations and claimed in state.negative:
                return False
            return cls.__subclasscheck__(claimed)
        return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), counting virtual subclasses."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = _state_of(cls)
        if subclass in state.positive:
            return True
        if state.negative_token < _registrations:
            state.negative = set()
            state.negative_token = _registrations
        elif subclass in state.negative:
            return False
        verdict = _ask_hook(cls, subclass)
        if verdict is None:
            verdict = _search(cls, subclass, state)
        else:
            (state.positive if verdict else state.negative).add(subclass)
        return verdict

    def _dump_registry(cls, file=None):
        """Prints the ABC's registry and caches, for debugging."""
        state = _state_of(cls)
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % (get_cache_token(),), file=file)
        for label, value in (("_abc_registry", set(state.registry)),
                             ("_abc_cache", set(state.positive)),
                             ("_abc_negative_cache", set(state.negative)),
                             ("_abc_negative_cache_version", state.negative_token)):
            print("%s: %r" % (label, value), file=file)

    def _abc_registry_clear(cls):
        """Forgets all virtual subclasses (for tests and debugging)."""
        _state_of(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Empties both issubclass() caches (for tests and debugging)."""
        state = _state_of(cls)
        state.positive.clear()
        state.negative.clear()


def _ask_hook(cls, subclass):
    """True or False from cls.__subclasshook__, or None when it has no opinion."""
    hook = getattr(cls, "__subclasshook__", None)
    answer = NotImplemented if hook is None else hook(subclass)
    if answer is NotImplemented:
        return None
    if answer is True or answer is False:
        return answer
    raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")


def _search(cls, subclass, state):
    """issubclass through real inheritance, the registry, and subclasses'
    own checks; caches the outcome."""
    if cls in getattr(subclass, "__mro__", ()):
        state.positive.add(subclass)
        return True
    if subclass in state.registry:
        # registered directly: answered without being cached
        return True
    for virtual in list(state.registry):
        if issubclass(subclass, virtual):
            state.positive.add(subclass)
            return True
    children = cls.__subclasses__()
    if not isinstance(children, list):
        raise TypeError("__subclasses__() must return a list")
    for child in children:
        if type(child) is not type and "_abc_impl" not in child.__dict__ and isinstance(child, ABCMeta):
            # A class whose creation failed part-way (its __init_subclass__
            # raised) until the collector removes it.
            continue
        if issubclass(subclass, child):
            state.positive.add(subclass)
            return True
    state.negative.add(subclass)
    return False


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
