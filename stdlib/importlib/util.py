"""Helpers around module specs: finding, creating and naming modules."""

import sys
from importlib.machinery import (ModuleSpec, SourceFileLoader, PathFinder,
                                 BuiltinImporter, SOURCE_SUFFIXES)


def resolve_name(name, package):
    """The absolute module name that the (possibly relative) `name` means
    inside `package`."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    dots = len(name) - len(name.lstrip('.'))
    pieces = package.split('.')
    if dots > len(pieces):
        raise ImportError("attempted relative import beyond top-level package")
    base = '.'.join(pieces[:len(pieces) - dots + 1])
    rest = name[dots:]
    return f"{base}.{rest}" if rest else base


def _spec_for_loaded(module, name):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    spec = BuiltinImporter.find_spec(name)
    if spec is None:
        parent = name.rpartition('.')[0]
        where = None
        if parent:
            where = getattr(sys.modules.get(parent), '__path__', None)
        spec = PathFinder.find_spec(name, where)
    return spec


def find_spec(name, package=None):
    """The spec of the module `name` would import, or None when no such module
    exists. An already imported module answers with its own spec."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_for_loaded(module, fullname)
    parent = fullname.rpartition('.')[0]
    where = None
    if parent:
        pkg = __import__(parent, fromlist=['__path__'])
        try:
            where = pkg.__path__
        except AttributeError as exc:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                name=fullname) from exc
    return PathFinder.find_spec(fullname, where)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that `loader` will load."""
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    spec = ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))
    return spec


_NOT_GIVEN = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_NOT_GIVEN):
    """A spec for the module in the file `location`."""
    if location is None:
        if loader is None or not hasattr(loader, 'get_filename'):
            return None
        location = loader.get_filename(name)
    location = str(location) if not isinstance(location, str) else location
    if loader is None:
        if not any(location.endswith(s) for s in SOURCE_SUFFIXES):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _NOT_GIVEN:
        package = False
        if hasattr(loader, 'is_package'):
            try:
                package = loader.is_package(name)
            except ImportError:
                package = False
        if package:
            folder = location.rsplit('/', 1)[0] if '/' in location else ''
            spec.submodule_search_locations = [folder]
    elif submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new module set up from `spec` (its code is not run yet)."""
    module = None
    create = getattr(spec.loader, 'create_module', None)
    if create is not None:
        module = create(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.submodule_search_locations is not None:
        module.__package__ = spec.name
        module.__path__ = spec.submodule_search_locations
    else:
        module.__package__ = spec.parent
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def cache_from_source(path, debug_override=None, *, optimization=None):
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, _, tail = path.rpartition('/')
    stem = tail.rpartition('.')[0] or tail
    folder = f"{head}/__pycache__" if head else "__pycache__"
    return f"{folder}/{stem}.{tag}.pyc"


def source_from_cache(path):
    head, _, tail = path.rpartition('/')
    folder, _, _ = head.rpartition('/')
    stem = tail.split('.')[0]
    return f"{folder}/{stem}.py" if folder else f"{stem}.py"
