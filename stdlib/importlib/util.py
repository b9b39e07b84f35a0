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
    if where is None:
        spec = BuiltinImporter.find_spec(fullname)
        if spec is not None:
            return spec
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


# The first four bytes of a CPython 3.11 byte-code cache file: magic number
# 3495 as two little-endian bytes, then CR LF. coil writes the files (see
# py_compile) but its importer never reads them.
MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'

_MASK64 = (1 << 64) - 1


def _rotl64(word, bits):
    return ((word << bits) | (word >> (64 - bits))) & _MASK64


def _siphash13(k0, k1, data):
    """SipHash-1-3 (one compression round, three finalization rounds) of
    `data` under the 128-bit key (k0, k1), as an unsigned 64-bit integer."""
    state = [k0 ^ 0x736F6D6570736575, k1 ^ 0x646F72616E646F6D,
             k0 ^ 0x6C7967656E657261, k1 ^ 0x7465646279746573]

    def mix(times):
        a, b, c, d = state
        for _ in range(times):
            a = (a + b) & _MASK64
            b = _rotl64(b, 13) ^ a
            a = _rotl64(a, 32)
            c = (c + d) & _MASK64
            d = _rotl64(d, 16) ^ c
            a = (a + d) & _MASK64
            d = _rotl64(d, 21) ^ a
            c = (c + b) & _MASK64
            b = _rotl64(b, 17) ^ c
            c = _rotl64(c, 32)
        state[:] = [a, b, c, d]

    size = len(data)
    whole = size - size % 8
    for start in range(0, whole, 8):
        word = int.from_bytes(data[start:start + 8], 'little')
        state[3] ^= word
        mix(1)
        state[0] ^= word
    last = int.from_bytes(data[whole:], 'little') | ((size & 0xFF) << 56)
    state[3] ^= last
    mix(1)
    state[0] ^= last
    state[2] ^= 0xFF
    mix(3)
    return state[0] ^ state[1] ^ state[2] ^ state[3]


def source_hash(source_bytes):
    """The 8-byte hash a hash-based .pyc header records for `source_bytes`
    (SipHash-1-3 keyed with the magic number), as CPython computes it."""
    key = int.from_bytes(MAGIC_NUMBER, 'little')
    return _siphash13(key, 0, bytes(source_bytes)).to_bytes(8, 'little')


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where the byte-code cache of the source file `path` goes:
    ``<dir>/__pycache__/<name>.<tag>[.opt-<level>].pyc``."""
    if debug_override is not None:
        import warnings
        warnings.warn("the debug_override parameter is deprecated; use "
                      "'optimization' instead", DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = _fspath(path)
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, _, tail = path.rpartition('/')
    stem, dot, suffix = tail.rpartition('.')
    name = (stem or suffix) + dot + tag
    if optimization is None:
        level = sys.flags.optimize
        optimization = '' if level == 0 else level
    optimization = str(optimization)
    if optimization:
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        name = f"{name}.opt-{optimization}"
    folder = f"{head}/__pycache__" if head else "__pycache__"
    return f"{folder}/{name}.pyc"


def _fspath(path):
    if isinstance(path, str):
        return path
    import os
    return os.fspath(path)


def source_from_cache(path):
    head, _, tail = path.rpartition('/')
    folder, _, _ = head.rpartition('/')
    stem = tail.split('.')[0]
    return f"{folder}/{stem}.py" if folder else f"{stem}.py"
