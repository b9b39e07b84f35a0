"""Specs and loaders: what the import system knows about a module before and
while it runs it."""

import sys
import _imp

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every file suffix a module may be loaded from."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """Where a module comes from and which loader runs it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is not None:
            return self.name
        head, _, _ = self.name.rpartition('.')
        return head

    def __repr__(self):
        shown = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            shown.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            shown.append(f"submodule_search_locations={self.submodule_search_locations}")
        return "ModuleSpec(" + ", ".join(shown) + ")"

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        mine = (self.name, self.loader, self.origin, self.cached, self.has_location,
                self.submodule_search_locations)
        theirs = (other.name, other.loader, other.origin, other.cached, other.has_location,
                  other.submodule_search_locations)
        return mine == theirs

    __hash__ = None


def _run_source(module, source, filename):
    code = compile(source, filename, 'exec')
    exec(code, module.__dict__)


class SourceFileLoader:
    """Loads a module from a .py file on disk."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and (self.name, self.path) == (other.name, other.path)

    def __hash__(self):
        return hash((self.name, self.path))

    def _check(self, name):
        if name is not None and name != self.name:
            raise ImportError(f"loader for {self.name} cannot handle {name}", name=name)

    def get_filename(self, name=None):
        self._check(name)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as stream:
            return stream.read()

    def get_source(self, name=None):
        self._check(name)
        raw = self.get_data(self.path)
        return raw.decode('utf-8')

    def is_package(self, name=None):
        self._check(name)
        stem = self.path.replace('\\', '/').rsplit('/', 1)[-1]
        return stem.rsplit('.', 1)[0] == '__init__'

    def get_code(self, name=None):
        return compile(self.get_source(name), self.path, 'exec')

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        _run_source(module, self.get_source(module.__name__), self.path)

    def load_module(self, name=None):
        name = self.name if name is None else name
        existing = sys.modules.get(name)
        if existing is not None:
            self.exec_module(existing)
            return existing
        from importlib.util import spec_from_loader, module_from_spec
        module = module_from_spec(spec_from_loader(name, self, origin=self.path))
        sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(name, None)
            raise
        return sys.modules[name]


class StdlibLoader:
    """Loads the modules embedded in the coil binary (their file names start
    with ``<stdlib>/``)."""

    def __init__(self, fullname, origin):
        self.name = fullname
        self.path = origin

    def _found(self, name):
        name = self.name if name is None else name
        found = _imp.find_source(name, None)
        if found is None:
            raise ImportError(f"no embedded source for {name!r}", name=name)
        return found

    def get_filename(self, name=None):
        return self._found(name)[0]

    def get_source(self, name=None):
        return self._found(name)[1]

    def is_package(self, name=None):
        return self._found(name)[2]

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        filename, source, _ = self._found(module.__name__)
        _run_source(module, source, filename)


class NamespaceLoader:
    """The loader of namespace packages (PEP 420): folders without an
    ``__init__.py``, which have no code of their own."""

    def __init__(self, name, path, path_finder=None):
        self.name = name
        self.path = path

    def create_module(self, spec):
        return None  # the import system makes a plain module

    def exec_module(self, module):
        return None  # nothing to run

    def is_package(self, fullname):
        """Always a package: its folders are its __path__."""
        return True

    def get_source(self, fullname):
        """The (empty) source of the package."""
        return ''

    def get_code(self, fullname):
        """Code that does nothing."""
        return compile(self.get_source(fullname), '<string>', 'exec', dont_inherit=True)


class BuiltinImporter:
    """Finds the modules built into the interpreter (written in Rust)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @classmethod
    def create_module(cls, spec):
        return _imp.create_builtin(spec)

    @classmethod
    def exec_module(cls, module):
        return None


class PathFinder:
    """Finds modules in folders (``sys.path``, or a package's ``__path__``) and
    among the embedded stdlib modules."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _imp.find_source(fullname, None if path is None else list(path))
        if found is None:
            return None
        filename, _source, is_package = found
        return _describe(fullname, filename, is_package)

    @classmethod
    def invalidate_caches(cls):
        return None



def _describe(name, filename, is_package):
    """The spec of a module the import statement is loading from `filename`;
    for a namespace package, filename is None and is_package its folders."""
    if filename is None:
        spec = ModuleSpec(name, NamespaceLoader(name, is_package), origin=None, is_package=True)
        spec.submodule_search_locations.extend(is_package)
        return spec
    if filename.startswith('<stdlib>/'):
        spec = ModuleSpec(name, StdlibLoader(name, filename), origin=filename, is_package=is_package)
    else:
        spec = ModuleSpec(name, SourceFileLoader(name, filename), origin=filename, is_package=is_package)
        spec.has_location = True
    if is_package:
        spec.submodule_search_locations.append(filename.rpartition('/')[0] or '.')
    return spec


def _describe_loaded():
    for name, module in list(sys.modules.items()):
        filename = getattr(module, '__file__', None)
        if name == '__main__' or filename is None or getattr(module, '__spec__', None) is not None:
            continue
        spec = _describe(name, filename, hasattr(module, '__path__'))
        module.__spec__ = spec
        module.__loader__ = spec.loader


_describe_loaded()
_imp.set_spec_maker(_describe)
