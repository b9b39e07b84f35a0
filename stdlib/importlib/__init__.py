"""The import system, as functions a program can call."""

import sys
import _imp


def import_module(name, package=None):
    """Imports the module `name` and returns it (the module itself, not its
    top-level package). A relative `name` ('.mod', '..mod') is taken inside
    `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        level = len(name) - len(name.lstrip('.'))
    from importlib.util import resolve_name
    fullname = resolve_name(name, package) if level else name
    if not fullname:
        raise ValueError("Empty module name")
    __import__(fullname)
    return sys.modules[fullname]


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """Imports a module as the import statement does (what builtins.__import__ does)."""
    import builtins
    return builtins.__import__(name, globals, locals, fromlist, level)


def invalidate_caches():
    """Forgets what finders remember about folders (coil's finder looks at the
    folders afresh on every import, so there is nothing to forget)."""
    for finder in getattr(sys, 'meta_path', ()):
        hook = getattr(finder, 'invalidate_caches', None)
        if hook is not None:
            hook()


def reload(module):
    """Runs the module's source again in its existing namespace and returns
    the module now in ``sys.modules`` under its name."""
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    spec = getattr(module, '__spec__', None)
    name = spec.name if spec is not None else module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent = name.rpartition('.')[0]
    where = None
    if parent:
        holder = sys.modules.get(parent)
        if holder is None:
            raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
        where = holder.__path__
    from importlib.machinery import PathFinder
    found = PathFinder.find_spec(name, where)
    if found is None:
        if getattr(module, '__file__', None) is None and spec is None:
            return module
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    module.__spec__ = found
    module.__loader__ = found.loader
    found.loader.exec_module(module)
    return sys.modules[name]
