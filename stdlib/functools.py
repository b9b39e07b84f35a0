"""Tools that take or return callables: partial application (partial,
partialmethod), caching (lru_cache, cache, cached_property), wrapper
metadata (update_wrapper, wraps), comparison helpers (total_ordering,
cmp_to_key), reduce(), and dispatch on the first argument's type
(singledispatch, singledispatchmethod)."""

import sys as _sys
from abc import get_cache_token
from collections import namedtuple
from types import GenericAlias
from types import MappingProxyType as _MappingProxyType, UnionType as _UnionType

try:
    from _thread import RLock
except ImportError:
    class RLock:
        """Stand-in re-entrant lock for an interpreter without threads."""

        def acquire(self, blocking=True, timeout=-1):
            return True

        def release(self):
            pass

        def __enter__(self):
            return True

        def __exit__(self, *exc_info):
            return False

__all__ = """update_wrapper wraps WRAPPER_ASSIGNMENTS WRAPPER_UPDATES
    total_ordering cache cmp_to_key lru_cache reduce partial partialmethod
    singledispatch singledispatchmethod cached_property""".split()


# --- recursive_repr -------------------------------------------------------------

def recursive_repr(fillvalue="..."):
    """Decorates a __repr__ so that a call made while the same object's
    repr is already being computed returns fillvalue instead of recursing."""
    def decorate(user_repr):
        busy = set()

        def guarded(self):
            marker = id(self)
            if marker in busy:
                return fillvalue
            busy.add(marker)
            try:
                return user_repr(self)
            finally:
                busy.discard(marker)

        for attr in ("__module__", "__doc__", "__name__", "__qualname__"):
            if hasattr(user_repr, attr):
                setattr(guarded, attr, getattr(user_repr, attr))
        guarded.__wrapped__ = user_repr
        return guarded
    return decorate


# --- wrapper metadata ---------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the attributes named in
    assigned, merges the dictionaries named in updated, and records wrapped
    as wrapper.__wrapped__. Returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # last, so a __wrapped__ taken over from wrapped's __dict__ is replaced
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(wrapped) on a wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# --- total_ordering -------------------------------------------------------------------

# operator name -> (points "down" (< or <=), is strict, symbol)
_ORDERINGS = {
    "__lt__": (True, True, "<"),
    "__le__": (True, False, "<="),
    "__gt__": (False, True, ">"),
    "__ge__": (False, False, ">="),
}


def _derive(root, target):
    """The method `target` written in terms of `root` and ==."""
    root_down, root_strict, root_symbol = _ORDERINGS[root]
    target_down, target_strict, target_symbol = _ORDERINGS[target]
    flip = root_down != target_down
    # a comparison in the other direction with the other strictness is just
    # the negation; the other cases must also look at equality
    fix_equality = (root_down == target_down) != (root_strict == target_strict)

    def derived(self, other):
        answer = getattr(type(self), root)(self, other)
        if answer is NotImplemented:
            return answer
        if flip:
            answer = not answer
        if fix_equality:
            if target_strict:
                return answer and self != other
            return answer or self == other
        return answer

    # Kept in this module under its qualified name, which pickle looks up;
    # its __name__ is the method's.
    derived.__name__ = target
    derived.__qualname__ = _derived_name(root, target)
    derived.__doc__ = "a %s b, worked out by total_ordering from a %s b%s." % (
        target_symbol, root_symbol, " and a == b" if fix_equality else "")
    return derived


def _derived_name(root, target):
    # "__gt__" from "__lt__" is _gt_from_lt
    return "_%s_from_%s" % (target.strip("_"), root.strip("_"))


def _derived(root, target):
    """The module function for target from root, made on first use."""
    name = _derived_name(root, target)
    found = globals().get(name)
    if found is None:
        found = globals()[name] = _derive(root, target)
    return found


def __getattr__(name):
    # _gt_from_lt and its kind exist once asked for (unpickling asks).
    target, sep, root = name[1:].partition("_from_")
    root, target = "__%s__" % root, "__%s__" % target
    if name[:1] == "_" and sep and root != target and root in _ORDERINGS and target in _ORDERINGS:
        return _derived(root, target)
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def total_ordering(cls):
    """Class decorator: given one of __lt__, __le__, __gt__ or __ge__ (and
    __eq__), adds the other three."""
    defined = [name for name in _ORDERINGS
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # the preferred root: __lt__, then __le__, __gt__, __ge__
    root = max(defined)
    for name in _ORDERINGS:
        if name not in defined:
            setattr(cls, name, _derived(root, name))
    return cls


# --- cmp_to_key ----------------------------------------------------------------------------

class KeyWrapper:
    """What cmp_to_key() returns: called with an object, it wraps that
    object in another KeyWrapper that compares through the cmp function."""

    __slots__ = ("_cmp", "obj")

    def __init__(self, cmp, obj=None):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, *args, **kwargs):
        if kwargs:
            if set(kwargs) != {"obj"} or args:
                raise TypeError("K() takes at most 1 argument")
            args = (kwargs["obj"],)
        if len(args) != 1:
            if not args:
                raise TypeError("K() missing required argument 'obj' (pos 1)")
            raise TypeError("K() takes at most 1 argument (%d given)" % len(args))
        return type(self)(self._cmp, args[0])

    def _order(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._order(other) < 0

    def __le__(self, other):
        return self._order(other) <= 0

    def __eq__(self, other):
        return self._order(other) == 0

    def __ne__(self, other):
        return self._order(other) != 0

    def __gt__(self, other):
        return self._order(other) > 0

    def __ge__(self, other):
        return self._order(other) >= 0

    __hash__ = None


_KeyWrapper = KeyWrapper
del KeyWrapper


def cmp_to_key(mycmp):
    """Turns an old-style comparison function (negative, zero or positive
    result) into a key function for sorted(), min(), max() and friends."""
    return _KeyWrapper(mycmp)


# --- reduce --------------------------------------------------------------------------------

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Combines the items of iterable from left to right with a two-argument
    function: reduce(f, [a, b, c]) is f(f(a, b), c). initial, when given,
    goes before the items (and is the result for an empty iterable).
    """
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError("reduce expected at least 2 arguments, got %d" % len(args))
    if len(args) > 3:
        raise TypeError("reduce expected at most 3 arguments, got %d" % len(args))
    function, iterable = args[0], args[1]
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        total = args[2]
    else:
        for total in items:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        total = function(total, item)
    return total


# --- partial and partialmethod ----------------------------------------------------------

_PARTIAL_FIELDS = ("_func", "_args", "_keywords")


def _partial_extras(obj):
    """The attributes set on a partial object besides its own three."""
    return {k: v for k, v in obj.__dict__.items() if k not in _PARTIAL_FIELDS}


class partial:
    """partial(func, /, *args, **keywords): a callable that calls func with
    args followed by its own arguments, and keywords updated by its own
    keywords."""

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func, args = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not _partial_extras(func)):
            # partial(partial(f, a), b) is partial(f, a, b)
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = tuple(args)
        self._keywords = keywords
        return self

    func = property(lambda self: self._func, doc="the function partial calls")
    args = property(lambda self: self._args, doc="the positional arguments given first")
    keywords = property(lambda self: self._keywords, doc="the keyword arguments given")

    def __call__(self, /, *args, **keywords):
        merged = {**self._keywords, **keywords} if self._keywords else keywords
        return self._func(*self._args, *args, **merged)

    @recursive_repr()
    def __repr__(self):
        name = "functools.partial" if type(self) is partial else type(self).__name__
        shown = [repr(self._func)]
        shown += [repr(arg) for arg in self._args]
        shown += ["%s=%r" % (key, value) for key, value in self._keywords.items()]
        return "%s(%s)" % (name, ", ".join(shown))

    def __reduce__(self):
        extra = _partial_extras(self)
        return type(self), (self._func,), (self._func, self._args,
                                           self._keywords or None, extra or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, keywords, extra = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))
                or (extra is not None and not isinstance(extra, dict))):
            raise TypeError("invalid partial state")
        # Plain tuples and dicts are kept as given; subclasses are converted.
        self._func = func
        self._args = args if type(args) is tuple else tuple(args)
        if keywords is None:
            keywords = {}
        elif type(keywords) is not dict:
            keywords = dict(keywords)
        self._keywords = keywords
        for name in _partial_extras(self):
            del self.__dict__[name]
        if extra:
            self.__dict__.update(extra)

    __class_getitem__ = classmethod(GenericAlias)


def _descriptor_like(obj):
    return hasattr(obj, "__get__") or isinstance(obj, (classmethod, staticmethod))


def _bind(func, obj, owner):
    """func.__get__(obj, owner), also for callables that lack __get__ here."""
    getter = getattr(type(func), "__get__", None)
    if getter is not None:
        return getter(func, obj, owner)
    getter = getattr(func, "__get__", None)
    if getter is not None:
        return getter(obj, owner)
    if isinstance(func, classmethod):
        return partial(func.__func__, owner)
    if isinstance(func, staticmethod):
        return func.__func__
    if obj is None or not hasattr(func, "__code__"):
        return func
    return partial(func, obj)


class partialmethod:
    """partialmethod(func, /, *args, **keywords): like partial, as a method
    of a class: the instance (or class) the method is looked up on comes
    first, before the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _descriptor_like(func):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        earlier_args, earlier_keywords = (), {}
        if isinstance(func, partialmethod):
            # partialmethod(partialmethod(f, a), b) is partialmethod(f, a, b)
            earlier_args, earlier_keywords = func.args, func.keywords
            func = func.func
        self.func = func
        self.args = earlier_args + args
        self.keywords = {**earlier_keywords, **keywords}

    def __repr__(self):
        shown = [repr(self.func)]
        shown += [repr(arg) for arg in self.args]
        shown += ["%s=%r" % (key, value) for key, value in self.keywords.items()]
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, ", ".join(shown))

    def _as_function(self):
        stored = self

        def method(owner_or_self, /, *args, **keywords):
            merged = {**stored.keywords, **keywords}
            return stored.func(owner_or_self, *stored.args, *args, **merged)

        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        func = self.func
        if _descriptor_like(func) or hasattr(func, "__code__"):
            bound = _bind(func, obj, cls)
            if bound is not func:
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, "__self__", None)
                if owner is not None:
                    try:
                        result.__self__ = owner
                    except AttributeError:
                        pass
                return result
        return _bind(self._as_function(), obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# --- lru_cache and cache -----------------------------------------------------------------

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class _KeywordSeparator:
    """Marks where positional arguments end in a cache key."""

    __slots__ = ()

    def __repr__(self):
        return "<keywords>"


_KEYWORDS_FOLLOW = _KeywordSeparator()


class _KeyTuple(tuple):
    """A cache key that hashes its items once: the cache looks a key up
    more than once, and an argument's __hash__ may be slow."""

    __slots__ = ("_hash",)

    def __init__(self, items):
        self._hash = tuple.__hash__(self)

    def __hash__(self):
        return self._hash


# (len is bound here: the cached function may be builtins.len itself.)
def _cache_key(args, kwargs, typed, len=len):
    if not kwargs and not typed:
        # a lone int or str argument is its own key; anything else is keyed
        # by the argument tuple (so f(1) and f(1.0) are cached apart)
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return _KeyTuple(args)
    parts = list(args)
    if kwargs:
        parts.append(_KEYWORDS_FOLLOW)
        for pair in kwargs.items():
            parts.extend(pair)
    if typed:
        parts.extend(type(arg) for arg in args)
        parts.extend(type(value) for value in kwargs.values())
    return _KeyTuple(parts)


def _cached(user_function, maxsize, typed):
    entries = {}          # key -> result, least recently used first
    counts = [0, 0]       # hits, misses
    missing = object()
    size = len

    if maxsize == 0:
        def cached(*args, **kwargs):
            counts[1] += 1
            return user_function(*args, **kwargs)
    else:
        def cached(*args, **kwargs):
            key = _cache_key(args, kwargs, typed)
            found = entries.get(key, missing)
            if found is not missing:
                counts[0] += 1
                if maxsize is not None:
                    # refresh: move the entry to the most recent end
                    del entries[key]
                    entries[key] = found
                return found
            counts[1] += 1
            result = user_function(*args, **kwargs)
            if key not in entries:
                # (a recursive call may have stored it meanwhile)
                if maxsize is not None and size(entries) >= maxsize:
                    del entries[next(iter(entries))]
                entries[key] = result
            return result

    def cache_info():
        """hits, misses, maxsize and current size of the cache."""
        return _CacheInfo(counts[0], counts[1], maxsize, size(entries))

    def cache_clear():
        """Empties the cache and resets the statistics."""
        entries.clear()
        counts[0] = counts[1] = 0

    def cache_parameters():
        """The maxsize and typed arguments the cache was made with."""
        return {"maxsize": maxsize, "typed": typed}

    cached.cache_info = cache_info
    cached.cache_clear = cache_clear
    cached.cache_parameters = cache_parameters
    return update_wrapper(cached, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator that remembers the results of up to maxsize recent calls
    (all of them when maxsize is None), evicting the least recently used.

    Arguments must be hashable. With typed, arguments of different types
    (1 and 1.0) are cached apart. The decorated function gets cache_info(),
    cache_clear() and cache_parameters(). @lru_cache without parentheses
    uses maxsize 128.
    """
    if callable(maxsize) and isinstance(typed, bool):
        return _cached(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """An unbounded lru_cache: @cache is @lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# --- cached_property ----------------------------------------------------------------------------

_UNSET = object()


class cached_property:
    """A property computed on first access and then stored in the
    instance's __dict__ under the same name, so later reads find the
    stored value (and assigning or deleting the attribute works as usual)."""

    def __init__(self, func):
        self.attrname = None   # set by __set_name__
        self.lock = RLock()
        self.func = func
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is not None and known != name:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "(%r and %r)." % (known, name))
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, name)) from None
        value = store.get(name, _UNSET)
        if value is _UNSET:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does not support "
                                "item assignment for caching %r property."
                                % (type(instance).__name__, name)) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)


# --- singledispatch -------------------------------------------------------------------------------

def _is_union(candidate):
    """Whether candidate is `A | B` or typing's `Union[A, B]` / `Optional[A]`."""
    if isinstance(candidate, _UnionType):
        return True
    typing = _sys.modules.get("typing")
    return typing is not None and typing.get_origin(candidate) is typing.Union


def _is_class_or_union(candidate):
    if isinstance(candidate, type):
        return True
    if _is_union(candidate):
        return all(isinstance(arg, type) for arg in candidate.__args__)
    return False


def _first_annotation(func):
    """(name, class) of the first entry of func's annotations, strings evaluated."""
    annotations = getattr(func, "__annotations__", None) or {}
    for name, hint in annotations.items():
        if isinstance(hint, str):
            try:
                hint = eval(hint, getattr(func, "__globals__", {}))
            except Exception:
                pass
        return name, hint
    return None


def _c3_merge(sequences):
    """The C3 merge of the lists in sequences: repeatedly take the first
    head that appears in no list's tail."""
    pending = [list(seq) for seq in sequences if seq]
    merged = []
    while pending:
        for seq in pending:
            head = seq[0]
            if not any(head in other[1:] for other in pending):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        for seq in pending:
            if seq[0] == head:
                del seq[0]
        pending = [seq for seq in pending if seq]
    return merged


def _c3_mro(cls, abcs=None):
    """The MRO of cls with those of abcs that cls implements without
    deriving from them (registered, or found by __subclasshook__) put in:
    each just after the explicit bases that already imply it."""
    bases = list(cls.__bases__)
    # Bases up to the last one that is an ABC are placed before the
    # implied ABCs, the rest after them.
    split = 0
    for position in range(len(bases), 0, -1):
        if hasattr(bases[position - 1], "__abstractmethods__"):
            split = position
            break
    remaining = list(abcs) if abcs else []
    explicit, rest = bases[:split], bases[split:]
    implied = [abc for abc in remaining
               if issubclass(cls, abc) and not any(issubclass(b, abc) for b in bases)]
    for abc in implied:
        remaining.remove(abc)
    lines = [[cls]]
    for group in (explicit, implied, rest):
        lines.extend(_c3_mro(base, remaining) for base in group)
    lines += [explicit, implied, rest]
    return _c3_merge(lines)


def _compose_mro(cls, types):
    """The MRO of cls extended by the classes of types that cls is a
    virtual subclass of (for dispatch on ABCs)."""
    own = set(cls.__mro__)
    wanted = [t for t in types
              if t not in own and hasattr(t, "__mro__")
              and not isinstance(t, GenericAlias) and issubclass(cls, t)]
    # A class that is a base of another wanted class comes in with it.
    wanted = [t for t in wanted
              if not any(t is not other and t in other.__mro__ for other in wanted)]
    wanted_set = set(wanted)
    ordered = []
    for abc in wanted:
        # Subclasses of the ABC that cls also implements fix the order of
        # the wanted ABCs they derive from; the richest ones first.
        chains = [[k for k in sub.__mro__ if k in wanted_set]
                  for sub in abc.__subclasses__()
                  if sub not in own and issubclass(cls, sub)]
        if not chains:
            ordered.append(abc)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for k in chain:
                if k not in ordered:
                    ordered.append(k)
    return _c3_mro(cls, abcs=ordered)


def _find_impl(cls, registry):
    """The implementation registry holds for cls: that of the first class
    of cls's extended MRO that is registered. Two unrelated ABCs that cls
    only implies, equally near, make the choice ambiguous."""
    mro = _compose_mro(cls, registry.keys())
    found = None
    for klass in mro:
        if found is not None:
            if (klass in registry and klass not in cls.__mro__
                    and found not in cls.__mro__ and not issubclass(found, klass)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(found, klass))
            break
        if klass in registry:
            found = klass
    return registry.get(found)


def singledispatch(func):
    """Turns func into a generic function that picks an implementation by
    the class of its first argument. Implementations are added with
    .register(cls, impl), @.register(cls) or @.register on a function whose
    first parameter is annotated with the class (or a union of classes)."""
    import weakref
    registry = {object: func}
    memo = weakref.WeakKeyDictionary()
    # The ABC cache token when the memo was filled, once an ABC is registered.
    token = [None]

    def dispatch(cls):
        """The implementation singledispatch would call for class cls."""
        if token[0] is not None:
            current = get_cache_token()
            if token[0] != current:
                memo.clear()
                token[0] = current
        try:
            return memo[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        memo[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func) adds func as the implementation for cls (or
        each class of a union); without func it returns a decorator."""
        if _is_class_or_union(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                "%r is not a class or union type." % (cls,))
            found = _first_annotation(cls)
            if found is None:
                raise TypeError("Invalid first argument to `register()`: %r. Use either "
                                "`@register(some_class)` or plain `@register` on an "
                                "annotated function." % (cls,))
            func = cls
            argname, cls = found
            if not _is_class_or_union(cls):
                if _is_union(cls):
                    raise TypeError("Invalid annotation for %r. %r not all arguments are classes."
                                    % (argname, cls))
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        targets = cls.__args__ if _is_union(cls) else (cls,)
        for target in targets:
            registry[target] = func
            if token[0] is None and hasattr(target, "__abstractmethods__"):
                token[0] = get_cache_token()
        memo.clear()
        return func

    funcname = getattr(func, "__name__", "singledispatch function")

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % funcname)
        return dispatch(args[0].__class__)(*args, **kwargs)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxyType(registry)
    wrapper._clear_cache = memo.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: the implementation is chosen by the class
    of the first argument after self (or cls). Implementations may be
    plain functions, classmethods or staticmethods."""

    def __init__(self, func):
        if not callable(func) and not _descriptor_like(func):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """As the register() of a singledispatch function."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def method(*args, **kwargs):
            impl = dispatch(args[0].__class__)
            return _bind(impl, obj, cls)(*args, **kwargs)

        method.__isabstractmethod__ = self.__isabstractmethod__
        method.register = self.register
        update_wrapper(method, self.func)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
