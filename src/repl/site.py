"""The names the REPL adds to builtins, as CPython's site module does:
help, exit, quit, copyright, credits and license. Each shows a hint as its
repr and does its work when called.
"""

import builtins

# `inspect` is imported when help() or completion first needs it: importing it
# at startup would make the prompt appear several times later.
inspect = None


def _inspect():
    global inspect
    if inspect is None:
        import inspect as module

        inspect = module
    return inspect


class _Hint:
    """A callable whose repr tells how to use it."""

    def __init__(self, name, hint, action):
        self._name = name
        self._hint = hint
        self._action = action

    def __repr__(self):
        return self._hint

    def __call__(self, *args, **kwargs):
        return self._action(*args, **kwargs)


def _leave(code=None):
    # Closing stdin first is what CPython does too: a pending read stops.
    raise SystemExit(code)


INTRO = """\
coil's interactive prompt runs Python 3.11 code line by line.
  - a block (def, if, for, ...) ends with an empty line
  - `await` works at the top level; tasks keep running while the prompt waits
  - Tab completes names, attributes, keyword arguments and dict keys;
    Tab on an empty line indents, Backspace there removes a level
  - Up and Down recall earlier inputs, whole blocks at a time
  - Ctrl-C discards the input or interrupts running code
  - exit(), quit() or Ctrl-D on an empty line leave; history is kept in ~/.coil_history
  - help(object) describes an object: help(len), help(str), help(asyncio)
"""

COPYRIGHT = """\
coil is an interpreter for a subset of Python 3.11, written in Rust.
Python is a trademark of the Python Software Foundation; the language and its
documentation are Copyright (c) 2001-2023 Python Software Foundation."""

CREDITS = """\
    Thanks to the Python Software Foundation and the CPython developers, whose
    interpreter is coil's reference.  See www.python.org for more information."""

LICENSE = """\
coil is distributed under the terms given in its source repository.
Python's own license is at https://docs.python.org/3/license.html."""


def _show(text):
    def action():
        print(text)

    return action


# ---- help(object) ---------------------------------------------------------


def _indent(text, prefix):
    # Blank lines keep the prefix, as pydoc's do.
    return "\n".join(prefix + line.rstrip() for line in text.split("\n"))


def _doc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return ""
    return inspect.cleandoc(doc)


def _signature(obj):
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return "(...)"


def _is_native(obj):
    return callable(obj) and not inspect.isfunction(obj) and not inspect.ismethod(obj) and not inspect.isclass(obj)


def _module_name(obj):
    name = getattr(obj, "__module__", None)
    if name is None and getattr(builtins, getattr(obj, "__name__", ""), None) is obj:
        name = "builtins"
    return name


def _routine(obj, name=None):
    """`name(signature)` and the indented docstring."""
    name = name or getattr(obj, "__name__", "?")
    lines = [name + _signature(obj)]
    doc = _doc(obj)
    if doc:
        lines.append(_indent(doc, "    "))
    return "\n".join(lines)


def _bound(method):
    """A method bound to an object: `name(signature) method of module.Class instance`."""
    owner = type(method.__self__)
    lines = [method.__name__ + _signature(method) + " method of " + _class_name(owner, None) + " instance"]
    doc = _doc(method)
    if doc:
        lines.append(_indent(doc, "    "))
    return "\n".join(lines)


def _class_name(cls, here):
    module = getattr(cls, "__module__", None)
    if module is None or module == here:
        return cls.__name__
    return module + "." + cls.__qualname__


def _class(cls):
    here = cls.__module__
    bases = ", ".join(_class_name(b, here) for b in cls.__bases__)
    head = "class " + cls.__name__ + ("(" + bases + ")" if bases else "")
    body = []
    doc = _doc(cls)
    if doc:
        body.append(doc)
        body.append("")
    methods, data = [], []
    for name, value in sorted(vars(cls).items()):
        if name.startswith("__") and name not in ("__init__", "__call__") and not inspect.isfunction(value):
            continue
        if name in ("__dict__", "__weakref__", "__module__", "__doc__", "__qualname__"):
            continue
        if inspect.isfunction(value) or _is_native(value):
            methods.append(_routine(value, name))
        elif isinstance(value, (classmethod, staticmethod)):
            methods.append(_routine(value.__func__, name))
        elif isinstance(value, property):
            data.append(name + ("\n" + _indent(_doc(value), "    ") if _doc(value) else ""))
        else:
            data.append(name + " = " + repr(value))
    if methods:
        body.append("Methods defined here:")
        body.append("")
        for m in methods:
            body.append(_indent(m, ""))
            body.append("")
    if data:
        if methods:
            body.append("-" * 70)
        body.append("Data and other attributes defined here:")
        body.append("")
        for d in data:
            body.append(d)
            body.append("")
    while body and body[-1] == "":
        body.pop()
    return head + ("\n" + _indent("\n".join(body), " |  ") if body else "")


def _module(mod):
    name = mod.__name__
    doc = _doc(mod)
    first, _, rest = doc.partition("\n")
    parts = ["NAME\n    " + name + (" - " + first if first else "")]
    if rest.strip():
        parts.append("DESCRIPTION\n" + _indent(rest.strip("\n"), "    "))
    classes, functions, data = [], [], []
    for key, value in sorted(vars(mod).items()):
        if key.startswith("_"):
            continue
        if inspect.isclass(value):
            if getattr(value, "__module__", name) == name:
                classes.append(_class(value))
        elif callable(value):
            if inspect.isfunction(value) and value.__module__ != name:
                continue
            functions.append(_routine(value, key))
        elif not inspect.ismodule(value):
            data.append(key + " = " + repr(value))
    # Classes and functions are separated by blank lines, data lines are not.
    for title, items, gap in (("CLASSES", classes, "\n\n"), ("FUNCTIONS", functions, "\n\n"), ("DATA", data, "\n")):
        if items:
            parts.append(title + "\n" + _indent(gap.join(items), "    "))
    path = getattr(mod, "__file__", None)
    parts.append("FILE\n    " + (path if path else "(built-in)"))
    return "\n\n".join(parts)


def _describe(obj):
    """The title line and the text of help(obj)."""
    if inspect.ismodule(obj):
        native = getattr(obj, "__file__", None) is None
        return "Help on " + ("built-in module " if native else "module ") + obj.__name__ + ":", _module(obj)
    if inspect.isclass(obj):
        return "Help on class " + obj.__name__ + " in module " + str(obj.__module__) + ":", _class(obj)
    if inspect.ismethod(obj):
        title = "Help on method " + obj.__name__ + " in module " + str(_module_name(obj.__func__)) + ":"
        return title, _bound(obj)
    if inspect.isfunction(obj):
        return "Help on function " + obj.__name__ + " in module " + str(obj.__module__) + ":", _routine(obj)
    receiver = getattr(obj, "__self__", None)
    if _is_native(obj) and receiver is not None and not inspect.ismodule(receiver):
        return "Help on built-in function " + obj.__name__ + ":", _bound(obj)
    if _is_native(obj) and hasattr(obj, "__name__"):
        module = _module_name(obj)
        where = " in module " + module if module else ""
        return "Help on built-in function " + obj.__name__ + where + ":", _routine(obj)
    cls = type(obj)
    title = "Help on " + cls.__name__ + " object:"
    if cls.__module__ not in ("builtins", None):
        title = "Help on " + cls.__name__ + " in module " + cls.__module__ + " object:"
    return title, _class(cls)


def _lookup(name):
    """The object a help('name') string names, or None."""
    try:
        return __import__(name)
    except Exception:
        pass
    if hasattr(builtins, name):
        return getattr(builtins, name)
    head, _, tail = name.rpartition(".")
    if head:
        owner = _lookup(head)
        if owner is not None and hasattr(owner, tail):
            return getattr(owner, tail)
    return None


def _help(*args):
    _inspect()
    if not args:
        print(INTRO, end="")
        return
    if len(args) > 1:
        raise TypeError("help() takes at most 1 argument (" + str(len(args)) + " given)")
    obj = args[0]
    if isinstance(obj, str):
        found = _lookup(obj)
        if found is None:
            print("No Python documentation found for " + repr(obj) + ".")
            print("Use help() to get the interactive help utility.")
            print("Use help(str) for help on the str class.")
            return
        obj = found
    title, text = _describe(obj)
    print(title + "\n\n" + text + "\n")


def install():
    """Adds the REPL's names to builtins."""
    hints = {
        "help": ("Type help() for interactive help, or help(object) for help about object.", _help),
        "exit": ("Use exit() or Ctrl-D (i.e. EOF) to exit", _leave),
        "quit": ("Use quit() or Ctrl-D (i.e. EOF) to exit", _leave),
        "copyright": (COPYRIGHT, _show(COPYRIGHT)),
        "credits": (CREDITS, _show(CREDITS)),
        "license": ("Type license() to see the full license text", _show(LICENSE)),
    }
    for name, (hint, action) in hints.items():
        setattr(builtins, name, _Hint(name, hint, action))


def keyword_names(func):
    """The parameters of `func` that can be passed by keyword (for Tab completion)."""
    _inspect()
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return []
    kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return [p.name for p in sig.parameters.values() if p.kind in kinds]
