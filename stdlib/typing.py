"""Support for type hints (PEP 484 and its successors), written for coil.

The module is shaped as CPython 3.11's: the same public names, reprs,
equalities and error messages. Its insides are coil's own:

- `_Form`: the special forms (Union, Optional, ClassVar, Literal, ...);
  subscripting one calls the function it was made from.
- `_Alias`: every subscripted hint (List[int], Union[int, str], Box[T], ...),
  with __origin__, __args__ and __parameters__; subclasses give Union,
  Literal, Annotated, Callable, Concatenate and Unpack their own rules.
- `_BareAlias`: the unsubscripted aliases of builtin and collections.abc
  classes (List, Dict, Iterable, ...); the origin of a few is imported only
  when first needed (Deque, Pattern, ContextManager, ...), which keeps
  `import typing` cheap.
- TypeVar, ParamSpec, TypeVarTuple: the type variables; substitution walks
  an alias's arguments and rebuilds them with the variables replaced.
- Generic and Protocol are ordinary classes; NamedTuple and TypedDict are
  functions whose __mro_entries__ lead class statements to metaclasses here.
"""

import sys
import _collections_abc as _abcs
from abc import ABCMeta, abstractmethod

_GenericAlias = GenericAlias = type(list[int])
_UnionType = type(int | str)
_NoneType = type(None)
_FunctionType = type(lambda: None)

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final",
    "ForwardRef", "Generic", "Literal", "Optional", "ParamSpec", "Protocol",
    "Tuple", "Type", "TypeVar", "TypeVarTuple", "Union",
    "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable",
    "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized",
    "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
    "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible",
    "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
    "SupportsIndex", "SupportsInt", "SupportsRound",
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List",
    "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator",
    "BinaryIO", "IO", "Match", "Pattern", "TextIO",
    "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads",
    "dataclass_transform", "final", "get_args", "get_origin",
    "get_overloads", "get_type_hints", "is_typeddict", "LiteralString",
    "Never", "NewType", "no_type_check", "no_type_check_decorator",
    "NoReturn", "NotRequired", "overload", "ParamSpecArgs", "ParamSpecKwargs",
    "Required", "reveal_type", "runtime_checkable", "Self", "Text",
    "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack",
]


# ---------------------------------------------------------------- small helpers


def _caller_module(depth=2):
    # The __name__ of the module whose code called the function that
    # called this one (depth 2), or None when frames are unavailable.
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


def _shown(obj):
    """How a hint shows one of its arguments: classes by dotted name
    (builtins bare), ... as '...', functions by name, the rest by repr."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        module = obj.__module__
        if module == "builtins":
            return obj.__qualname__
        return module + "." + obj.__qualname__
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _unique(items):
    # Drop repeated items (by ==), keeping the first of each; works for
    # unhashable items too.
    kept = []
    for item in items:
        if item not in kept:
            kept.append(item)
    return kept


def _is_var(obj):
    return isinstance(obj, (TypeVar, ParamSpec, TypeVarTuple))


def _takes_params(obj):
    # ..., a ParamSpec or Concatenate[...], which stand for a whole
    # parameter list; lists and tuples of types count too.
    return (obj is Ellipsis or isinstance(obj, (ParamSpec, list, tuple))
            or getattr(type(obj), "_coil_param_expr", False))


def _to_hint(arg, module=None, is_argument=True, is_class=False):
    # None means NoneType and a string is a forward reference.
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, is_argument=is_argument, module=module, is_class=is_class)
    return arg


def _checked(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """arg made into a hint (None, strings) and checked to be usable as one,
    with msg opening the error raised for a tuple."""
    arg = _to_hint(arg, module, True, allow_special_forms)
    if isinstance(arg, _Alias):
        origin = arg.__origin__
        if (origin is Generic or origin is Protocol
                or (origin is ClassVar and not allow_special_forms)
                or (origin is Final and is_argument and not allow_special_forms)):
            raise TypeError(f"{arg} is not valid as type argument")
    for ok in _PLAIN_OK:
        if arg is ok:
            return arg
    if allow_special_forms and (arg is ClassVar or arg is Final):
        return arg
    if isinstance(arg, _Form) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _variables_in(args):
    """The type variables of args, in order of first appearance."""
    found = []

    def visit(arg):
        if isinstance(arg, type):
            return
        if _is_var(arg):
            if arg not in found:
                found.append(arg)
        elif isinstance(arg, (_GenericAlias, _UnionType)):
            for inner in arg.__args__:
                visit(inner)
        elif isinstance(arg, (tuple, list)):
            for inner in arg:
                visit(inner)
        else:
            for var in getattr(arg, "__parameters__", ()):
                if var not in found:
                    found.append(var)

    for arg in args:
        visit(arg)
    return tuple(found)


def _union_of(*args):
    return Union[args]


_remembered_results = {}

# What clears the caches of this module (the tests call each).
_cleanups = [_remembered_results.clear]


def _remembered(subscript):
    """Make a __getitem__ remember its results, so that List[int] is
    List[int] and repeated hints cost nothing; the types of the arguments
    are part of the key (Literal[1] is not Literal[True]). Unhashable
    arguments are simply not remembered."""

    def remembering(owner, params):
        if isinstance(params, tuple):
            kinds = tuple(type(p) for p in params)
        else:
            kinds = type(params)
        try:
            key = (subscript, owner, params, kinds)
            found = _remembered_results.get(key)
        except TypeError:
            return subscript(owner, params)
        if found is None:
            if len(_remembered_results) > 4096:
                _remembered_results.clear()
            found = _remembered_results[key] = subscript(owner, params)
        return found

    remembering.__name__ = subscript.__name__
    remembering.__qualname__ = subscript.__qualname__
    remembering.__doc__ = subscript.__doc__
    return remembering


class _Hint:
    """What every typing object can do: `|` makes a Union."""

    __slots__ = ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _Final:
    # Classes that must not be subclassed outside this module.

    __slots__ = ()

    def __init_subclass__(cls, /, *args, _inside=False, **kwargs):
        if not _inside:
            raise TypeError("Cannot subclass special typing classes")
        super().__init_subclass__(*args, **kwargs)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------- special forms


class _Form(_Hint, _Final, _inside=True):
    """A special form: shown as typing.NAME; subscripting it calls the
    function it was made from."""

    __iter__ = None

    def __init__(self, subscript):
        self._tname = subscript.__name__
        self.__doc__ = subscript.__doc__
        self._subscript = subscript

    def __getattr__(self, name):
        if name in ("__name__", "__qualname__"):
            return self._tname
        raise AttributeError(name)

    def __repr__(self):
        return "typing." + self._tname

    def __reduce__(self):
        return self._tname

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_remembered
    def __getitem__(self, params):
        return self._subscript(self, params)


def _form_without_params(name, doc):
    def subscript(self, params):
        raise TypeError(f"{self} is not subscriptable")

    subscript.__name__ = name
    subscript.__doc__ = doc
    return _Form(subscript)


def _one_hint(self, params, msg):
    return _Alias(self, (_checked(params, msg),))


@_Form
def ClassVar(self, params):
    """Marks a class variable: `x: ClassVar[int] = 0` in a class body says
    that x belongs to the class, not to its instances."""
    return _one_hint(self, params, f"{self} accepts only single type.")


@_Form
def Final(self, params):
    """Marks a name that must not be reassigned or overridden:
    `MAX: Final = 9000`, `x: Final[int] = 1`."""
    return _one_hint(self, params, f"{self} accepts only single type.")


@_Form
def TypeGuard(self, params):
    """The return type of a function that narrows its argument:
    `def is_str_list(v: list[object]) -> TypeGuard[list[str]]: ...`."""
    return _one_hint(self, params, f"{self} accepts only single type.")


@_Form
def Required(self, params):
    """Marks a key of a total=False TypedDict as required."""
    return _one_hint(self, params, f"{self._tname} accepts only a single type.")


@_Form
def NotRequired(self, params):
    """Marks a key of a TypedDict as possibly missing."""
    return _one_hint(self, params, f"{self._tname} accepts only a single type.")


@_Form
def Union(self, params):
    """Union[X, Y] is a value of either type X or type Y.

    Nested unions are flattened, repeated arguments dropped, and a union of
    one argument is that argument; Union[X, None] is Optional[X]. Unions
    compare equal regardless of the order of their arguments.
    """
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    msg = "Union[arg, ...]: each arg must be a type."
    members = []
    for param in _as_tuple(params):
        param = _checked(param, msg)
        if isinstance(param, (_UnionAlias, _UnionType)):
            members.extend(param.__args__)
        else:
            members.append(param)
    members = _unique(members)
    if len(members) == 1:
        return members[0]
    return _UnionAlias(self, tuple(members))


@_Form
def Optional(self, params):
    """Optional[X] is Union[X, None]."""
    arg = _checked(params, f"{self} requires a single type.")
    return Union[arg, _NoneType]


@_Form
def Literal(self, params):
    """Literal[v1, v2, ...]: a value equal to one of the given literals
    (ints, strs, bytes, bools, enum members, None)."""
    values = []
    for param in _as_tuple(params):
        if isinstance(param, _LiteralAlias):
            values.extend(param.__args__)
        else:
            values.append(param)
    try:
        hash(tuple(values))
    except TypeError:
        # Unhashable values are kept as given, repeats and all.
        return _LiteralAlias(self, tuple(values))
    kept, seen = [], set()
    for value in values:
        key = (value, type(value))
        if key not in seen:
            seen.add(key)
            kept.append(value)
    return _LiteralAlias(self, tuple(kept))


@_Form
def Concatenate(self, params):
    """Concatenate[X, Y, P]: the parameters X, Y followed by those of the
    ParamSpec P (in Callable[Concatenate[...], R])."""
    if params == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    params = _as_tuple(params)
    last = params[-1]
    if not (last is Ellipsis or isinstance(last, ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    head = tuple(_checked(p, msg) for p in params[:-1])
    return _ConcatenateAlias(self, head + (last,))


@_Form
def Unpack(self, params):
    """Unpack[Ts] is *Ts: the types a TypeVarTuple stands for, spread out."""
    item = _checked(params, f"{self} accepts only single type.")
    return _UnpackAlias(self, (item,))


NoReturn = _form_without_params("NoReturn", """The return type of a function that never returns.""")
Never = _form_without_params("Never", """The bottom type: no value has it.""")
Self = _form_without_params("Self", """The type of the class being defined, inside its methods.""")
LiteralString = _form_without_params("LiteralString", """A str made only of literal strings.""")
TypeAlias = _form_without_params("TypeAlias", """Marks an explicit type alias: `Vector: TypeAlias = list[float]`.""")


class _AnyType(type):
    # Any itself is shown as typing.Any and refuses isinstance(); its
    # subclasses are ordinary classes.

    def __repr__(self):
        return "typing.Any" if self is Any else type.__repr__(self)

    def __instancecheck__(self, obj):
        if self is not Any:
            return type.__instancecheck__(self, obj)
        raise TypeError("typing.Any cannot be used with isinstance()")


class Any(metaclass=_AnyType):
    """The type compatible with every other type, both ways."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


# Special forms a bare hint may be, anywhere.
_PLAIN_OK = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)


# ---------------------------------------------------------------- subscripted hints


class _Alias(_Hint, _Final, _inside=True):
    """A subscripted hint: __origin__[__args__]. `_tname` is the typing name
    (List, Dict, ...) of an alias of a builtin or abc class, shown in its
    repr; `_inst` False forbids calling it (List[int]())."""

    def __init__(self, origin, args, *, name=None, inst=True):
        # Straight into the dict: __setattr__ would send most names to the origin.
        own = self.__dict__
        own["__origin__"] = origin
        own["__args__"] = args
        own["__parameters__"] = _variables_in(args)
        own["_tname"] = name
        own["_inst"] = inst
        if name is None:
            # Box[int] belongs to Box's module; List[int] to typing.
            own["__module__"] = getattr(origin, "__module__", "typing")

    def __setattr__(self, name, value):
        # Box[int].x = 1 sets Box.x; dunders and the alias's own stay here.
        if (name.startswith("__") and name.endswith("__")) or name in ("_tname", "_inst", "_lazy"):
            object.__setattr__(self, name, value)
        else:
            setattr(self.__origin__, name, value)

    def _with_args(self, args):
        return type(self)(self.__origin__, args, name=self._tname, inst=self._inst)

    def _head(self):
        if self._tname is not None:
            return "typing." + self._tname
        return _shown(self.__origin__)

    def __repr__(self):
        args = self.__args__
        inner = ", ".join(_shown(a) for a in args) if args else "()"
        return f"{self._head()}[{inner}]"

    def __eq__(self, other):
        if not isinstance(other, _Alias) or isinstance(other, (_UnionAlias, _LiteralAlias, _AnnotatedAlias)):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._tname} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getattr__(self, name):
        if name == "__origin__" and "_lazy" in self.__dict__:
            # Pattern[str] and the like: the origin is imported when needed.
            origin = self._lazy.__origin__
            self.__origin__ = origin
            return origin
        if name in ("__name__", "__qualname__"):
            return self._shown_name()
        # Everything but dunders is looked up on the origin (List[int].append).
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if name in ("_tname", "_inst", "_lazy"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def _shown_name(self):
        # __name__: the typing name (List), else the origin's (Box, Union).
        return self._tname or self.__origin__.__name__

    def __dir__(self):
        # The alias's own names and the origin's public ones (read through it).
        public = [name for name in dir(self.__origin__)
                  if not (name.startswith("__") and name.endswith("__"))]
        return sorted(set(self.__dict__) | set(dir(type(self))) | set(public))

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _Form):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._tname is not None:
            return _entries_with_generic(self, origin, bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            for base in later:
                if isinstance(base, (_Alias, _BareAlias)) and base is not self:
                    return ()
        return (origin,)

    @_remembered
    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        return _substitute(self, self.__parameters__, args)

    def __reduce__(self):
        # Unpickling subscripts again, which gives back the remembered alias.
        owner = globals()[self._tname] if self._tname else self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args = args[0]
        return _subscript_of, (owner, args)

    def __iter__(self):
        # *Tuple[int, str] (PEP 646)
        yield Unpack[self]


def _subscript_of(owner, args):
    return owner[args]


def _entries_with_generic(alias, origin, bases):
    # class C(List[int]) derives from list, and from Generic unless a later
    # base brings it.
    entries = []
    if origin not in bases:
        entries.append(origin)
    for base in bases[bases.index(alias) + 1:]:
        if isinstance(base, (_Alias, _BareAlias)):
            break
        if isinstance(base, type) and issubclass(base, Generic):
            break
    else:
        entries.append(Generic)
    return tuple(entries)


class _UnionAlias(_Alias, _inside=True):
    __iter__ = None

    def _with_args(self, args):
        return Union[args]

    def _shown_name(self):
        args = self.__args__
        return "Optional" if len(args) == 2 and _NoneType in args else "Union"

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[1] is _NoneType:
                return f"typing.Optional[{_shown(args[0])}]"
            if args[0] is _NoneType:
                return f"typing.Optional[{_shown(args[1])}]"
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __reduce__(self):
        return _union_of, self.__args__


class _LiteralAlias(_Alias, _inside=True):
    def _with_args(self, args):
        return Literal[args]

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(_typed_values(self.__args__)) == set(_typed_values(other.__args__))

    def __hash__(self):
        return hash(frozenset(_typed_values(self.__args__)))

    def __repr__(self):
        args = self.__args__
        inner = ", ".join(_shown(a) for a in args) if args else "()"
        return f"typing.Literal[{inner}]"


def _typed_values(values):
    return [(value, type(value)) for value in values]


class _AnnotatedAlias(_Alias, _inside=True):
    """Annotated[T, x, ...]: __origin__ is T, the rest is __metadata__."""

    __iter__ = None

    def _shown_name(self):
        return "Annotated"

    def __init__(self, origin, metadata, **ignored):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__dict__["__metadata__"] = metadata

    def _with_args(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        shown = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_shown(self.__origin__)}, {shown}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __reduce__(self):
        return _subscript_of, (Annotated, (self.__origin__, *self.__metadata__))


class _CallableAlias(_Alias, _inside=True):
    """typing.Callable[[A, B], R]: __args__ is (A, B, R), or (..., R),
    (P, R), (Concatenate[...], R)."""

    __iter__ = None

    def _with_args(self, args):
        *params, result = args
        if len(params) == 1 and isinstance(params[0], (list, tuple)):
            params = list(params[0])
        return _CallableAlias(self.__origin__, (*params, result), name=self._tname, inst=self._inst)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _takes_params(args[0]):
            return f"typing.Callable[{_shown(args[0])}, {_shown(args[1])}]"
        params = ", ".join(_shown(a) for a in args[:-1])
        return f"typing.Callable[[{params}], {_shown(args[-1])}]"

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _takes_params(args[0])):
            args = (list(args[:-1]), args[-1])
        return _subscript_callable, args


def _subscript_callable(params, result):
    return Callable[params, result]


class _ConcatenateAlias(_Alias, _inside=True):
    _coil_param_expr = True

    def _with_args(self, args):
        last = args[-1]
        if isinstance(last, (list, tuple)):
            return (*args[:-1], *last)
        if isinstance(last, _ConcatenateAlias):
            args = (*args[:-1], *last.__args__)
        elif not (last is Ellipsis or isinstance(last, ParamSpec)):
            raise TypeError("The last parameter to Concatenate should be a ParamSpec variable.")
        return _ConcatenateAlias(self.__origin__, args)


class _UnpackAlias(_Alias, _inside=True):
    def __repr__(self):
        return "*" + repr(self.__args__[0])

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)

    @property
    def __typing_unpacked_tuple_args__(self):
        inner = self.__args__[0]
        if getattr(inner, "__origin__", None) is tuple:
            return inner.__args__
        return None


# ---------------------------------------------------------------- substitution


def _substitute(owner, params, args):
    """owner (an alias or a generic class) with args put in for params."""
    args = tuple(_to_hint(a) for a in _as_tuple(args))
    binding = _bind(owner, params, args)
    new_args = []
    for arg in owner.__args__:
        replaced = _replace(arg, binding)
        if isinstance(arg, _UnpackAlias) and isinstance(replaced, tuple):
            new_args.extend(replaced)
        else:
            new_args.append(replaced)
    return owner._with_args(tuple(new_args))


def _bind(owner, params, args):
    """A dict from each of params to what it stands for in args (checked)."""
    if any(isinstance(p, ParamSpec) for p in params):
        if len(params) == 1 and not (args and _takes_params(args[0])):
            args = (args,)
        args = tuple(tuple(a) if isinstance(a, list) else a for a in args)
    star = [i for i, p in enumerate(params) if isinstance(p, TypeVarTuple)]
    if star:
        i = star[0]
        after = len(params) - i - 1
        if len(args) < len(params) - 1:
            raise TypeError(f"Too few arguments for {owner}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        binding = dict(zip(params[:i], args[:i]))
        binding[params[i]] = tuple(args[i:len(args) - after])
        binding.update(zip(params[i + 1:], args[len(args) - after:]))
        for p in params[:i] + params[i + 1:]:
            binding[p] = p.__typing_subst__(binding[p])
        return binding
    if len(args) != len(params):
        which = "many" if len(args) > len(params) else "few"
        raise TypeError(f"Too {which} arguments for {owner}; actual {len(args)}, "
                        f"expected {len(params)}")
    return {p: p.__typing_subst__(a) for p, a in zip(params, args)}


def _replace(arg, binding):
    """arg with the variables of binding replaced, rebuilt when changed."""
    if _is_var(arg):
        if isinstance(arg, TypeVarTuple) and arg in binding:
            raise TypeError("Substitution of bare TypeVarTuple is not supported")
        return binding.get(arg, arg)
    if isinstance(arg, _UnpackAlias):
        inner = arg.__args__[0]
        if isinstance(inner, TypeVarTuple) and inner in binding:
            return binding[inner]
        return arg
    if isinstance(arg, (list, tuple)):
        return type(arg)(_replace_each(arg, binding))
    if isinstance(arg, type):
        return arg
    if isinstance(arg, (_GenericAlias, _UnionType)):
        inner = _replace_each(arg.__args__, binding)
        if inner == arg.__args__:
            return arg
        if isinstance(arg, _UnionType):
            return _or_all(inner)
        made = _GenericAlias(arg.__origin__, inner)
        # *tuple[T] stays unpacked.
        return next(iter(made)) if getattr(arg, "__unpacked__", False) else made
    rebuild = getattr(arg, "_with_args", None)
    if rebuild is not None and getattr(arg, "__parameters__", None):
        return rebuild(_replace_each(arg.__args__, binding))
    return arg


def _replace_each(args, binding):
    """The items of args replaced, an unpacked TypeVarTuple spread out."""
    out = []
    for item in args:
        replaced = _replace(item, binding)
        if isinstance(item, _UnpackAlias) and isinstance(replaced, tuple):
            out.extend(replaced)
        else:
            out.append(replaced)
    return tuple(out)


def _or_all(items):
    result = items[0]
    for item in items[1:]:
        result = result | item
    return result


# ---------------------------------------------------------------- unsubscripted aliases


class _BareAlias(_Hint, _Final, _inside=True):
    """typing.List and its kind: an alias of a class, subscripted with
    `nparams` types. A dotted-name string as origin is imported on first
    use."""

    __iter__ = None

    def __init__(self, origin, nparams, name, *, inst=True):
        if isinstance(origin, str):
            self._load = origin
        else:
            self.__origin__ = origin
        self._nparams = nparams
        self._tname = name
        self._inst = inst
        self.__doc__ = f"A generic version of {origin if isinstance(origin, str) else _qualified(origin)}."

    def __getattr__(self, name):
        if name == "__origin__" and "_load" in self.__dict__:
            module, _, attr = self._load.rpartition(".")
            origin = getattr(__import__(module, fromlist=[attr]), attr)
            self.__origin__ = origin
            return origin
        if name in ("__name__", "__qualname__"):
            return self._tname
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if name in ("_load", "_nparams", "_tname", "_inst"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        return "typing." + self._tname

    def __reduce__(self):
        return self._tname

    @_remembered
    def __getitem__(self, params):
        params = _as_tuple(params)
        msg = "Parameters to generic types must be types."
        params = tuple(_checked(p, msg) for p in params)
        expected = self._nparams
        if expected == 0:
            raise TypeError(f"{self} is not a generic class")
        if len(params) != expected:
            which = "many" if len(params) > expected else "few"
            raise TypeError(f"Too {which} arguments for {self}; actual {len(params)}, "
                            f"expected {expected}")
        if "__origin__" in self.__dict__:
            return _Alias(self.__origin__, params, name=self._tname, inst=self._inst)
        alias = _Alias(None, params, name=self._tname, inst=self._inst)
        del alias.__origin__
        alias._lazy = self
        return alias

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._tname} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return _entries_with_generic(self, self.__origin__, bases)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _BareAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _Alias):
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return issubclass(cls, self.__origin__)


def _qualified(cls):
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


class _TupleAlias(_BareAlias, _inside=True):
    @_remembered
    def __getitem__(self, params):
        params = _as_tuple(params)
        if len(params) >= 2 and params[-1] is Ellipsis:
            msg = "Tuple[t, ...]: t must be a type."
            head = tuple(_checked(p, msg) for p in params[:-1])
            return _Alias(tuple, head + (Ellipsis,), name="Tuple", inst=False)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return _Alias(tuple, tuple(_checked(p, msg) for p in params), name="Tuple", inst=False)


class _CallableBare(_BareAlias, _inside=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(args)
        elif args is Ellipsis or isinstance(args, ParamSpec) or isinstance(args, _ConcatenateAlias):
            args = (args,)
        else:
            args = _as_tuple(args)
        return self._subscript((args, result))

    @_remembered
    def _subscript(self, params):
        args, result = params
        result = _checked(result, "Callable[args, result]: result must be a type.")
        if not (len(args) == 1 and (args[0] is Ellipsis or _takes_params(args[0]))):
            args = tuple(_to_hint(a) for a in args)
        return _CallableAlias(self.__origin__, args + (result,), name="Callable")


def _coil_substitute_callable(alias, items):
    # collections.abc.Callable[...][...]: substitute as typing.Callable does
    # and give back the collections.abc form.
    if not alias.__parameters__:
        raise TypeError(f"{alias} is not a generic class")
    flat = _CallableAlias(alias.__origin__, alias.__args__, name="Callable")[items]
    return type(alias)(alias.__origin__, flat.__args__)


_abc = _abcs
Hashable = _BareAlias(_abc.Hashable, 0, "Hashable")
Awaitable = _BareAlias(_abc.Awaitable, 1, "Awaitable")
Coroutine = _BareAlias(_abc.Coroutine, 3, "Coroutine")
AsyncIterable = _BareAlias(_abc.AsyncIterable, 1, "AsyncIterable")
AsyncIterator = _BareAlias(_abc.AsyncIterator, 1, "AsyncIterator")
Iterable = _BareAlias(_abc.Iterable, 1, "Iterable")
Iterator = _BareAlias(_abc.Iterator, 1, "Iterator")
Reversible = _BareAlias(_abc.Reversible, 1, "Reversible")
Sized = _BareAlias(_abc.Sized, 0, "Sized")
Container = _BareAlias(_abc.Container, 1, "Container")
Collection = _BareAlias(_abc.Collection, 1, "Collection")
Callable = _CallableBare(_abc.Callable, 2, "Callable")
Callable.__doc__ = """Callable[[X, Y], R]: a callable taking an X and a Y and returning an R.
Callable[..., R] takes any arguments."""
AbstractSet = _BareAlias(_abc.Set, 1, "AbstractSet")
MutableSet = _BareAlias(_abc.MutableSet, 1, "MutableSet")
Mapping = _BareAlias(_abc.Mapping, 2, "Mapping")
MutableMapping = _BareAlias(_abc.MutableMapping, 2, "MutableMapping")
Sequence = _BareAlias(_abc.Sequence, 1, "Sequence")
MutableSequence = _BareAlias(_abc.MutableSequence, 1, "MutableSequence")
ByteString = _BareAlias(_abc.ByteString, 0, "ByteString")
Tuple = _TupleAlias(tuple, -1, "Tuple", inst=False)
Tuple.__doc__ = """Tuple[X, Y] is a pair of an X and a Y; Tuple[X, ...] any number of Xs;
Tuple[()] the empty tuple."""
List = _BareAlias(list, 1, "List", inst=False)
Deque = _BareAlias("collections.deque", 1, "Deque")
Set = _BareAlias(set, 1, "Set", inst=False)
FrozenSet = _BareAlias(frozenset, 1, "FrozenSet", inst=False)
MappingView = _BareAlias(_abc.MappingView, 1, "MappingView")
KeysView = _BareAlias(_abc.KeysView, 1, "KeysView")
ItemsView = _BareAlias(_abc.ItemsView, 2, "ItemsView")
ValuesView = _BareAlias(_abc.ValuesView, 1, "ValuesView")
ContextManager = _BareAlias("contextlib.AbstractContextManager", 1, "ContextManager")
AsyncContextManager = _BareAlias("contextlib.AbstractAsyncContextManager", 1, "AsyncContextManager")
Dict = _BareAlias(dict, 2, "Dict", inst=False)
DefaultDict = _BareAlias("collections.defaultdict", 2, "DefaultDict")
OrderedDict = _BareAlias("collections.OrderedDict", 2, "OrderedDict")
Counter = _BareAlias("collections.Counter", 1, "Counter")
ChainMap = _BareAlias("collections.ChainMap", 2, "ChainMap")
Generator = _BareAlias(_abc.Generator, 3, "Generator")
AsyncGenerator = _BareAlias(_abc.AsyncGenerator, 2, "AsyncGenerator")
Type = _BareAlias(type, 1, "Type", inst=False)
Type.__doc__ = """Type[C] is the class C or a subclass of it (not an instance)."""
Pattern = _BareAlias("re.Pattern", 1, "Pattern")
Match = _BareAlias("re.Match", 1, "Match")
del _abc


# ---------------------------------------------------------------- Annotated


class Annotated:
    """Annotated[T, x, ...]: the type T with metadata x, ... attached, for
    tools that read it; to type checkers it is T."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @classmethod
    @_remembered
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        if isinstance(params[0], _UnpackAlias) and isinstance(params[0].__args__[0], TypeVarTuple):
            raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
        origin = _checked(params[0], "Annotated[t, ...]: t must be a type.",
                          allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---------------------------------------------------------------- type variables


def _set_module(var):
    # A type variable belongs to the module that made it.
    module = _caller_module(3)
    if module != "typing":
        var.__module__ = module


class _Variable(_Hint, _Final, _inside=True):
    # What TypeVar, ParamSpec and TypeVarTuple share.

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, /, *args, _inside=False, **kwargs):
        if not _inside:
            raise TypeError("Cannot subclass special typing classes")


def _variance_mark(var):
    if var.__covariant__:
        return "+"
    if var.__contravariant__:
        return "-"
    return "~"


class TypeVar(_Variable, _inside=True):
    """A type variable: T = TypeVar('T'), with optional constraints
    (TypeVar('S', int, str)), bound (TypeVar('B', bound=int)) and variance
    (covariant=True or contravariant=True). Shown as ~T, +T or -T."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_checked(t, msg) for t in constraints)
        self.__bound__ = _checked(bound, "Bound must be a type.") if bound else None
        _set_module(self)

    def __repr__(self):
        return _variance_mark(self) + self.__name__

    def __typing_subst__(self, arg):
        arg = _checked(arg, "Parameters to generic types must be types.")
        if isinstance(arg, (_UnpackAlias, TypeVarTuple)):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_Variable, _inside=True):
    """A variable standing for any number of types: Ts = TypeVarTuple('Ts'),
    used unpacked (*Ts or Unpack[Ts])."""

    def __init__(self, name):
        self.__name__ = name
        _set_module(self)

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __iter__(self):
        # *Ts
        return iter((Unpack[self],))


class _ParamSpecPart(_Final, _inside=True):
    # P.args and P.kwargs: shown as P.<_part>, equal for the same P.

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + "." + self._part

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = None


class ParamSpecArgs(_ParamSpecPart, _inside=True):
    """P.args: the positional arguments of a ParamSpec P."""

    _part = "args"


class ParamSpecKwargs(_ParamSpecPart, _inside=True):
    """P.kwargs: the keyword arguments of a ParamSpec P."""

    _part = "kwargs"


class ParamSpec(_Variable, _inside=True):
    """A variable standing for the parameters of a callable:
    P = ParamSpec('P'); Callable[P, R]; `def f(*args: P.args, **kwargs: P.kwargs)`."""

    _coil_param_expr = True

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _checked(bound, "Bound must be a type.") if bound else None
        _set_module(self)

    args = property(ParamSpecArgs, doc="The positional arguments, P.args.")
    kwargs = property(ParamSpecKwargs, doc="The keyword arguments, P.kwargs.")

    def __repr__(self):
        return _variance_mark(self) + self.__name__

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_checked(a, "Parameters to generic types must be types.") for a in arg)
        if not _takes_params(arg):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                            f"or Concatenate. Got {arg}")
        return arg


# ---------------------------------------------------------------- Generic and Protocol


def _check_generic_params(cls, params):
    # Generic[...] and Protocol[...] take distinct type variables only.
    for p in params:
        if not (isinstance(p, (TypeVar, ParamSpec))
                or (isinstance(p, _UnpackAlias) and isinstance(p.__args__[0], TypeVarTuple))):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                            "variables or parameter specification variables.")
    if len(set(params)) != len(params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")


class Generic:
    """The base of generic classes: `class Box(Generic[T]): ...` makes Box
    subscriptable (Box[int]) with T as its parameter."""

    __slots__ = ()
    _is_protocol = False

    @classmethod
    @_remembered
    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            params = tuple(_to_hint(p) for p in params)
            _check_generic_params(cls, params)
            return _Alias(cls, params)
        own = cls.__dict__.get("__parameters__", None)
        if own is None:
            own = getattr(cls, "__parameters__", ())
        if not own:
            raise TypeError(f"{cls} is not a generic class")
        params = tuple(_to_hint(p) for p in params)
        binding = _bind_class(cls, own, params)
        return _Alias(cls, binding)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get("__orig_bases__")
        if orig is not None:
            plain = Generic in orig
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != "Protocol"
                     and not isinstance(cls, _TypedDictType))
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        if orig is None:
            cls.__parameters__ = ()
            return
        found = _variables_in(orig)
        declared = None
        for base in orig:
            if isinstance(base, _Alias) and base.__origin__ is Generic:
                if declared is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                declared = base.__parameters__
        if declared is not None:
            missing = [v for v in found if v not in declared]
            if missing:
                raise TypeError(
                    "Some type variables (" + ", ".join(str(v) for v in missing)
                    + ") are not listed in Generic[" + ", ".join(str(v) for v in declared) + "]")
            found = declared
        cls.__parameters__ = tuple(found)


def _bind_class(cls, params, args):
    # Generic class subscription: count the arguments (ParamSpec and
    # TypeVarTuple aware) without checking that they are types.
    if any(isinstance(p, ParamSpec) for p in params):
        if len(params) == 1 and not (args and _takes_params(args[0])):
            args = (args,)
        args = tuple(tuple(a) if isinstance(a, list) else a for a in args)
    if any(isinstance(p, TypeVarTuple) for p in params):
        if len(args) < len(params) - 1:
            raise TypeError(f"Too few arguments for {cls}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        return args
    if len(args) != len(params):
        which = "many" if len(args) > len(params) else "few"
        raise TypeError(f"Too {which} arguments for {cls}; actual {len(args)}, "
                        f"expected {len(params)}")
    return args


EXCLUDED_ATTRIBUTES = [
    "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
    "_is_runtime_protocol", "__final__", "__abstractmethods__",
    "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
    "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "_MutableMapping__marker",
]

# Non-protocol classes a protocol may derive from.
_PROTOCOL_BASES_OK = {
    "collections.abc": ("Callable", "Awaitable", "Iterable", "Iterator",
                        "AsyncIterable", "Hashable", "Sized", "Container",
                        "Collection", "Reversible"),
    "contextlib": ("AbstractContextManager", "AbstractAsyncContextManager"),
}


def _protocol_members(cls):
    """The names a protocol asks for: what its classes (up to Protocol and
    Generic) define or annotate, less the bookkeeping ones."""
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", None) or {}
        for name in [*base.__dict__, *annotations]:
            if not name.startswith("_abc_") and name not in EXCLUDED_ATTRIBUTES:
                names.add(name)
    return names


_get_protocol_attrs = _protocol_members


def _only_methods(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


def _asked_by_abc_machinery(from_hook):
    """True when the isinstance()/issubclass() call being answered was made
    by the abc or functools modules, which may probe any class."""
    try:
        frame = sys._getframe(2)
    except (AttributeError, ValueError):
        return False
    while frame is not None and frame.f_globals.get("__name__") == "typing":
        frame = frame.f_back
    if from_hook:
        # Leave the ABC machinery that called the hook, up to its
        # __subclasscheck__.
        while frame is not None and frame.f_globals.get("__name__") == "abc":
            name = frame.f_code.co_name
            frame = frame.f_back
            if name == "__subclasscheck__":
                break
    if frame is None:
        return False
    return frame.f_globals.get("__name__") in ("abc", "functools")


def _make_protocol_hook(cls):
    def __subclasshook__(other):
        if not cls.__dict__.get("_is_protocol", False):
            return NotImplemented
        if not getattr(cls, "_is_runtime_protocol", False):
            if _asked_by_abc_machinery(True):
                return NotImplemented
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if not _only_methods(cls):
            if _asked_by_abc_machinery(True):
                return NotImplemented
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        for name in _protocol_members(cls):
            if not _provides(other, name):
                return NotImplemented
        return True

    return __subclasshook__


def _provides(other, name):
    # other (a class) defines name somewhere in its MRO (None refuses it),
    # or a protocol among its bases annotates it.
    for base in other.__mro__:
        if name in base.__dict__:
            return base.__dict__[name] is not None
        annotations = getattr(base, "__annotations__", None) or {}
        if (name in annotations and isinstance(base, type) and issubclass(base, Generic)
                and base._is_protocol):
            return True
    return False


def _protocol_init(self, *args, **kwargs):
    # The __init__ of a protocol: protocols refuse instances; a concrete
    # class deriving from one gets the first real __init__ of its MRO.
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")
    if cls.__init__ is not _protocol_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get("__init__", _protocol_init)
        if init is not _protocol_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def _check_protocol_bases(bases):
    if Protocol not in bases:
        return
    for base in bases:
        allowed = (base is object or base is Generic
                   or base.__name__ in _PROTOCOL_BASES_OK.get(base.__module__, ())
                   or (issubclass(base, Generic) and base._is_protocol))
        if not allowed:
            raise TypeError("Protocols can only inherit from other protocols, "
                            f"got {base!r}")


class _ProtocolType(ABCMeta):
    # The metaclass of protocols: isinstance() checks the members an
    # instance has, for @runtime_checkable protocols.


    def __instancecheck__(cls, instance):
        is_protocol = getattr(cls, "_is_protocol", False)
        if (is_protocol and not getattr(cls, "_is_runtime_protocol", False)
                and not _asked_by_abc_machinery(False)):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if (not is_protocol or _only_methods(cls)) and issubclass(instance.__class__, cls):
            return True
        if is_protocol:
            for name in _protocol_members(cls):
                if not hasattr(instance, name):
                    break
                if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                    break
            else:
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolType):
    """The base of protocol classes, which describe what an object must
    have rather than what it derives from:

        class Closeable(Protocol):
            def close(self) -> None: ...

    A type checker accepts any object with a close() method; at run time,
    isinstance() works on protocols decorated with @runtime_checkable.
    """

    _is_runtime_protocol = False
    _is_protocol = True
    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A class is a protocol when Protocol is among its direct bases.
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = _make_protocol_hook(cls)
        if not cls._is_protocol:
            return
        _check_protocol_bases(cls.__bases__)
        if cls.__init__ is object.__init__:
            cls.__init__ = _protocol_init


def runtime_checkable(cls):
    """Class decorator: let isinstance() and issubclass() be used with a
    protocol class (checking only that the members exist)."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------- the predefined type variables


T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)
AnyStr = TypeVar("AnyStr", bytes, str)


# ---------------------------------------------------------------- forward references


class ForwardRef(_Hint, _Final, _inside=True):
    """A hint written as a string, evaluated later (by get_type_hints)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        source = arg
        if arg.startswith("*"):
            source = f"({arg},)[0]"
        try:
            self.__forward_code__ = compile(source, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_evaluated__, self.__forward_value__ = False, None

    def _resolve(self, globalns, localns, seen=frozenset()):
        if self.__forward_arg__ in seen:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        # One namespace given serves as both; none at all means an empty one.
        if localns is None:
            localns = {} if globalns is None else globalns
        if globalns is None:
            globalns = localns
        if self.__forward_module__ is not None:
            module = sys.modules.get(self.__forward_module__)
            globalns = getattr(module, "__dict__", globalns)
        value = _checked(eval(self.__forward_code__, globalns, localns),
                         "Forward references must evaluate to types.",
                         is_argument=self.__forward_is_argument__,
                         allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _evaluate(value, globalns, localns, seen | {self.__forward_arg__})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module = self.__forward_module__
        extra = "" if module is None else f", module={module!r}"
        return f"ForwardRef({self.__forward_arg__!r}{extra})"


def _evaluate(hint, globalns, localns, seen=frozenset()):
    """hint with every forward reference in it evaluated."""
    if isinstance(hint, ForwardRef):
        return hint._resolve(globalns, localns, seen)
    if isinstance(hint, _GenericAlias):
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in hint.__args__)
        done = tuple(_evaluate(a, globalns, localns, seen) for a in args)
        if getattr(hint, "__unpacked__", False):
            # *tuple[int, str] evaluates to Unpack[tuple[int, str]].
            return Unpack[_GenericAlias(hint.__origin__, done)]
        if done == hint.__args__:
            return hint
        return _GenericAlias(hint.__origin__, done)
    if isinstance(hint, _UnionType):
        done = tuple(_evaluate(a, globalns, localns, seen) for a in hint.__args__)
        return hint if done == hint.__args__ else _or_all(done)
    if isinstance(hint, (_Alias, _abcs._CallableAlias)) and not isinstance(hint, _LiteralAlias):
        done = tuple(_evaluate(a, globalns, localns, seen) for a in hint.__args__)
        if done == hint.__args__:
            return hint
        return hint._with_args(done)
    return hint


# ---------------------------------------------------------------- introspection


def _strip_extras(hint):
    # Annotated, Required and NotRequired dropped, all the way down.
    if isinstance(hint, _AnnotatedAlias):
        return _strip_extras(hint.__origin__)
    if isinstance(hint, _Alias) and hint.__origin__ in (Required, NotRequired):
        return _strip_extras(hint.__args__[0])
    if isinstance(hint, (_Alias, _GenericAlias, _UnionType)) and not isinstance(hint, _LiteralAlias):
        stripped = tuple(_strip_extras(a) for a in hint.__args__)
        if stripped == hint.__args__:
            return hint
        if isinstance(hint, _GenericAlias):
            return _GenericAlias(hint.__origin__, stripped)
        if isinstance(hint, _UnionType):
            return _or_all(stripped)
        return hint._with_args(stripped)
    return hint


def _hintable_kinds():
    kinds = {_FunctionType, type(len), type(sys), type("".join), type(object.__init__)}

    class Probe:
        def method(self):
            pass

    kinds.add(type(Probe().method))
    return tuple(kinds)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, method or function as a dict,
    with string annotations evaluated (in the globals of the module that
    wrote them) and None turned into NoneType. A class gets those of its
    whole MRO. Annotated, Required and NotRequired are stripped unless
    include_extras is true."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    finish = (lambda h: h) if include_extras else _strip_extras
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get("__annotations__") or {}
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # Names of the class body come first, then the module's.
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                if value is None:
                    value = _NoneType
                elif isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _evaluate(value, base_globals, base_locals)
        return {name: finish(h) for name, h in hints.items()}
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, "__wrapped__"):
                inner = inner.__wrapped__
            globalns = getattr(inner, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    annotations = getattr(obj, "__annotations__", None)
    if annotations is None:
        if isinstance(obj, _hintable_kinds()):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    is_argument = not isinstance(obj, type(sys))
    hints = {}
    for name, value in annotations.items():
        if value is None:
            value = _NoneType
        elif isinstance(value, str):
            value = ForwardRef(value, is_argument=is_argument, is_class=False)
        hints[name] = finish(_evaluate(value, globalns, localns))
    return hints


def get_origin(tp):
    """The unsubscripted form of a hint: get_origin(List[int]) is list,
    get_origin(Union[int, str]) is Union, get_origin(Annotated[int, x]) is
    Annotated; None for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_Alias, _BareAlias, _GenericAlias, ParamSpecArgs, ParamSpecKwargs,
                       _abcs._CallableAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted hint, with Callable's parameters as a
    list: get_args(Callable[[int], str]) == ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_Alias, _GenericAlias, _abcs._CallableAlias)):
        args = tp.__args__
        if (tp.__origin__ is _abcs.Callable and args
                and not (len(args) == 2 and _takes_params(args[0]))):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def is_typeddict(tp):
    """Whether tp is a class made with TypedDict."""
    return isinstance(tp, _TypedDictType)


# ---------------------------------------------------------------- functions


def cast(typ, val):
    """Tell a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that val has type typ; returns val."""
    return val


# How much of its argument's repr assert_never shows.
_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Mark code a type checker should prove unreachable; raises if reached."""
    shown = repr(arg)
    if len(shown) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        shown = shown[:_ASSERT_NEVER_REPR_MAX_LENGTH] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def reveal_type(obj, /):
    """Ask a type checker for the type it infers for obj; at run time, print
    the runtime type to stderr and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def final(f):
    """Decorator: a method that must not be overridden, or a class that must
    not be subclassed (sets __final__ = True where it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: the annotations of this function (or of the methods and
    nested classes of this class) are not type hints."""
    if isinstance(arg, type):
        for name in dir(arg):
            member = getattr(arg, name)
            if (getattr(member, "__qualname__", None) != f"{arg.__qualname__}.{getattr(member, '__name__', None)}"
                    or getattr(member, "__module__", None) != arg.__module__):
                continue
            if isinstance(member, _FunctionType):
                member.__no_type_check__ = True
            elif isinstance(member, type):
                no_type_check(member)
            elif isinstance(getattr(member, "__func__", None), _FunctionType):
                member.__func__.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make a decorator whose results are marked with no_type_check."""
    from functools import wraps

    @wraps(decorator)
    def marking_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))

    return marking_decorator


# module -> qualname -> first line -> function
_overload_registry = {}


def _refuse_overload_call(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for the signatures of an overloaded function; the plain
    definition that follows them is the implementation. The signatures are
    kept for get_overloads()."""
    inner = getattr(func, "__func__", func)
    try:
        by_name = _overload_registry.setdefault(inner.__module__, {})
        by_line = by_name.setdefault(inner.__qualname__, {})
        by_line[inner.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _refuse_overload_call


def get_overloads(func):
    """The @overload signatures recorded for func, in definition order."""
    inner = getattr(func, "__func__", func)
    by_name = _overload_registry.get(inner.__module__, {})
    return list(by_name.get(inner.__qualname__, {}).values())


def clear_overloads():
    """Forget every recorded @overload signature."""
    _overload_registry.clear()


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking a function, class or metaclass that makes
    dataclass-like classes; records its arguments in __dataclass_transform__."""
    record = dict(eq_default=eq_default, order_default=order_default,
                  kw_only_default=kw_only_default, field_specifiers=field_specifiers,
                  kwargs=kwargs)

    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = dict(record)
        return cls_or_fn

    return mark


def _idfunc(_, x):
    # A NewType called: gives back its argument.
    return x


class NewType(_Hint):
    """A distinct type for a type checker: UserId = NewType('UserId', int).
    At run time UserId(5) is just 5."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        supertype_name = self.__name__

        class _Refuse:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{sub} = NewType({sub!r}, {supertype_name})`")

        return (_Refuse,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    __call__ = _idfunc

    def __reduce__(self):
        return self.__qualname__


Text = str
TYPE_CHECKING = False


# ---------------------------------------------------------------- NamedTuple


_NT_RESERVED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                          "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_NT_KEPT = frozenset({"__module__", "__name__", "__annotations__"})


def _namedtuple_class(name, fields, module, defaults=()):
    from collections import namedtuple
    hints = {}
    for field, hint in fields:
        hints[field] = _checked(hint, f"field {field} annotation must be a type")
    cls = namedtuple(name, list(hints), defaults=defaults, module=module)
    cls.__annotations__ = hints
    try:
        cls.__new__.__annotations__ = hints
    except (AttributeError, TypeError):
        pass
    return cls


class _NamedTupleType(type):
    # Turns `class P(NamedTuple): x: int` into a collections.namedtuple.

    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTupleBase and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        if len(set(bases)) != len(bases):
            raise TypeError("duplicate base class tuple")
        hints = ns.get("__annotations__", {})
        with_default = []
        for field in hints:
            if field in ns:
                with_default.append(field)
            elif with_default:
                raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                                f"default field{'s' if len(with_default) > 1 else ''} "
                                f"{', '.join(with_default)}")
        cls = _namedtuple_class(typename, hints.items(), ns["__module__"],
                                [ns[f] for f in with_default])
        generic = Generic in bases
        if generic:
            # The same class, with Generic after tuple among its bases.
            body = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
            body["__orig_bases__"] = ns.get("__orig_bases__", bases)
            cls = type(typename, tuple(tuple if b is _NamedTupleBase else b for b in bases), body)
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_KEPT and key not in cls._fields:
                setattr(cls, key, value)
        if generic:
            cls.__class_getitem__ = classmethod(Generic.__dict__["__class_getitem__"].__func__)
            cls.__parameters__ = _variables_in(ns.get("__orig_bases__", ()))
        return cls


_NamedTupleBase = type.__new__(_NamedTupleType, "NamedTuple", (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed version of collections.namedtuple:

        class Employee(NamedTuple):
            name: str
            id: int = 3

    or Employee = NamedTuple('Employee', [('name', str), ('id', int)]).
    The fields' types are in __annotations__, defaults in _field_defaults.
    """
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _namedtuple_class(typename, fields, _caller_module())


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


# ---------------------------------------------------------------- TypedDict


class _TypedDictType(type):
    # The metaclass of TypedDict classes; calling one makes a plain dict.

    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictType and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        if any(issubclass(b, Generic) for b in bases):
            real_bases = (Generic, dict)
        else:
            real_bases = (dict,)
        cls = type.__new__(mcls, name, real_bases, ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {}
        for key, hint in ns.get("__annotations__", {}).items():
            own[key] = _checked(hint, msg, module=cls.__module__)
        annotations, required, optional = {}, set(), set()
        # A key is required or optional as the last class to declare it says.
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            base_required = base.__dict__.get("__required_keys__", ())
            base_optional = base.__dict__.get("__optional_keys__", ())
            required.difference_update(base_optional)
            optional.difference_update(base_required)
            required.update(base_required)
            optional.update(base_optional)
        annotations.update(own)
        for key, hint in own.items():
            required.discard(key)
            optional.discard(key)
            origin = get_origin(hint)
            if origin is Annotated:
                inner = get_args(hint)
                if inner:
                    origin = get_origin(inner[0])
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        if not hasattr(cls, "__total__"):
            cls.__total__ = total
        return cls

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of string keys, each with its own value type:

        class Point2D(TypedDict):
            x: int
            y: int
            label: str

    or Point2D = TypedDict('Point2D', {'x': int, 'y': int, 'label': str}).
    At run time the class makes plain dicts. total=False makes every key
    optional; Required[] and NotRequired[] mark single keys.
    """
    if fields is None:
        fields = kwargs
        if kwargs:
            import warnings
            warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated "
                          "in Python 3.11, will be removed in Python 3.13, and may not be "
                          "understood by third-party type checkers.",
                          DeprecationWarning, stacklevel=2)
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields)}
    module = _caller_module()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictType(typename, (), ns, total=total)


_TypedDictBase = type.__new__(_TypedDictType, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


# ---------------------------------------------------------------- protocols of the stdlib


@runtime_checkable
class SupportsInt(Protocol):
    """Objects with __int__."""

    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """Objects with __float__."""

    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """Objects with __complex__."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> "complex":
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """Objects with __bytes__."""

    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """Objects with __index__."""

    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """Objects with __abs__, whose result has type T_co."""

    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """Objects with __round__, whose result has type T_co."""

    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# ---------------------------------------------------------------- IO


def _make_abstract(cls, names):
    # IO and its subclasses declare their members abstract (as markers:
    # they are not ABCs).
    for name in names.split():
        member = cls.__dict__[name]
        abstractmethod(member.fget if isinstance(member, property) else member)


class IO(Generic[AnyStr]):
    """The generic type of the objects open() returns; TextIO and BinaryIO
    are its str and bytes versions."""

    __slots__ = ()

    @property
    def mode(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def closed(self) -> bool: ...

    def close(self) -> None: ...

    def fileno(self) -> int: ...

    def flush(self) -> None: ...

    def isatty(self) -> bool: ...

    def read(self, n: int = -1) -> AnyStr: ...

    def readable(self) -> bool: ...

    def readline(self, limit: int = -1) -> AnyStr: ...

    def readlines(self, hint: int = -1) -> List[AnyStr]: ...

    def seek(self, offset: int, whence: int = 0) -> int: ...

    def seekable(self) -> bool: ...

    def tell(self) -> int: ...

    def truncate(self, size: int = None) -> int: ...

    def writable(self) -> bool: ...

    def write(self, s: AnyStr) -> int: ...

    def writelines(self, lines: List[AnyStr]) -> None: ...

    def __enter__(self) -> "IO[AnyStr]": ...

    def __exit__(self, type, value, traceback) -> None: ...


_make_abstract(IO, """mode name closed close fileno flush isatty read readable readline
                      readlines seek seekable tell truncate writable write writelines
                      __enter__ __exit__""")


class BinaryIO(IO[bytes]):
    """The type of binary files."""

    __slots__ = ()

    def write(self, s: "Union[bytes, bytearray]") -> int: ...

    def __enter__(self) -> "BinaryIO": ...


_make_abstract(BinaryIO, "write __enter__")


class TextIO(IO[str]):
    """The type of text files."""

    __slots__ = ()

    @property
    def buffer(self) -> BinaryIO: ...

    @property
    def encoding(self) -> str: ...

    @property
    def errors(self) -> Optional[str]: ...

    @property
    def line_buffering(self) -> bool: ...

    @property
    def newlines(self) -> Any: ...

    def __enter__(self) -> "TextIO": ...


_make_abstract(TextIO, "buffer encoding errors line_buffering newlines __enter__")


# ---------------------------------------------------------------- typing.io and typing.re


def __getattr__(name):
    # typing.io and typing.re (deprecated) are separate modules, imported
    # when first asked for.
    if name in ("io", "re"):
        import importlib
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _deprecated_submodule(module_name, names):
    """The module-level __getattr__ of typing.io and typing.re (deprecated
    since 3.8): each of `names` (and __all__) is typing's own, read with a
    DeprecationWarning."""
    def __getattr__(name):
        if name != "__all__" and name not in names:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        import warnings
        warnings.warn(f"{module_name} is deprecated, import directly from typing instead. "
                      f"{module_name} will be removed in Python 3.12.", DeprecationWarning,
                      stacklevel=2)
        if name == "__all__":
            return list(names)
        return globals()[name]
    return __getattr__
