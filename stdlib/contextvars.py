"""Context variables (PEP 567): values that each context sees separately.

A `Context` maps `ContextVar`s to values. One context is current at a time;
`Context.run` makes another current for the length of a call, and
`copy_context()` snapshots the current one. Setting a variable changes only the
current context, so a copy taken earlier keeps the old value.
"""

from types import GenericAlias as _GenericAlias

__all__ = ("Context", "ContextVar", "Token", "copy_context")


class _Missing:
    """The marker `Token.MISSING` for a variable that had no value."""

    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _Missing()


class Context:
    """A read-only mapping of context variables to their values in this context."""

    __slots__ = ("_vars", "_entered")

    def __init__(self):
        self._vars = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Calls `callable(*args, **kwargs)` with this context current."""
        global _current
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self} is already entered")
        saved = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved
            self._entered = False

    def copy(self):
        """A new context with the same values."""
        ctx = Context()
        ctx._vars = dict(self._vars)
        return ctx

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars[var]

    def get(self, var, default=None):
        """The value of `var` here, else `default`."""
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._vars

    def __iter__(self):
        return iter(self._vars)

    def __len__(self):
        return len(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


_current = Context()


def copy_context():
    """A copy of the current context."""
    return _current.copy()


class ContextVar:
    """A variable whose value depends on the current context."""

    __slots__ = ("_name", "_default")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    def get(self, *args):
        """The value in the current context, else the given default, else the variable's default."""
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        try:
            return _current._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; the token undoes it."""
        old = _current._vars.get(self, _MISSING)
        _current._vars[self] = value
        return Token(_current, self, old)

    def reset(self, token):
        """Restores the value the variable had before `token`'s `set`."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._ctx is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        if token._old is _MISSING:
            _current._vars.pop(self, None)
        else:
            _current._vars[self] = token._old

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(_GenericAlias)


class Token:
    """What `ContextVar.set` returns, for `ContextVar.reset` to undo the change."""

    __slots__ = ("_ctx", "_var", "_old", "_used")

    MISSING = _MISSING

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(_GenericAlias)
