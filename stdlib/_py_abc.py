"""ABCMeta written in coil, without the native `_abc` module: the same
behaviour as `abc.ABCMeta`, kept for code and tests that ask for the
pure-Python version by this name (CPython keeps one here too)."""


from abc import _abstract_names


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
        if isinstance(child, ABCMeta) and "_abc_impl" not in child.__dict__:
            # A class whose creation failed part-way (its __init_subclass__
            # raised) until the collector removes it.
            continue
        if issubclass(subclass, child):
            state.positive.add(subclass)
            return True
    state.negative.add(subclass)
    return False
